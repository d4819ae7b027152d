"""Charts for notebooks 07 and 08, drawn from ``data/`` and returned as HTML with alt text and
the data source printed beside the figure."""

from __future__ import annotations

import html

import ipywidgets as W
from IPython.display import HTML

from . import data, texts
from .core.parsing import format_number
from .ui import plots, render


def _caption(what: str, source_name: str, sources: list[str] | None = None, *, also: tuple[str, ...] = ()) -> str:
    """The figure's one caption: what it shows and its data's citation; ``sources`` narrows the data set's
    sources to the rows that are shown, and the data sets in ``also`` are cited after it."""
    citations = [_citation(source_name, sources), *(_citation(name) for name in also)]
    return f'<p class="kurs-kalla"><small>{html.escape(texts.CHART_SOURCE.format(what=what, source=" ".join(citations)))}</small></p>'


def _citation(source_name: str, sources: list[str] | None = None) -> str:
    if not sources:
        return data.source(source_name)
    res = data.resource(source_name)
    return texts.DATA_SOURCE.format(sources="; ".join(dict.fromkeys(sources)), table=res["tabell"], date=res["hamtad"],
                                    licence=", ".join(lic["name"] for lic in res["licenses"]))


@render.shows_errors(str)
def expenditure_areas(year: int, log: bool = False) -> str:
    """HTML: horizontal bars of the expenditure areas of ``year``, UO19 hatched."""
    frame = data.load("utgiftsomraden")
    rows = frame[(frame["ar"] == year) & (frame["uo"] != "totalt")].sort_values("belopp_mdkr")
    labels = [f"{u} {n}" for u, n in zip(rows["uo"], rows["namn"], strict=True)]
    values = [float(v) for v in rows["belopp_mdkr"]]
    scale = texts.UO_LOG if log else ""
    fig, ax = plots.figure(7.5, 0.55 * len(values) + 1.4)
    bars = ax.barh(labels, values, color=plots.BLUE)
    for bar, uo, status in zip(bars, rows["uo"], rows["status"], strict=True):
        if uo == "UO19":
            bar.set_facecolor("white")
            bar.set_edgecolor(plots.VERMILION)
            bar.set_hatch("//")
            bar.set_linewidth(1.5)
        ax.annotate(f"{format_number(bar.get_width(), 1)} ({status})", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=9)  # the status shows what compares
    if log:
        ax.set_xscale("log")
    ax.set_xlabel(texts.UO_X.format(scale=scale))
    ax.set_title(texts.UO_TITLE.format(year=year))
    ax.margins(x=0.6 if log else 0.45)  # room for the value and status beside the longest bar
    alt = texts.UO_ALT.format(year=year, scale=scale, values="; ".join(
        f"{label} {format_number(v, 1)} ({status})" for label, v, status in zip(labels, values, rows["status"], strict=True)))
    groups: dict[str, list[str]] = {}
    for uo, status in zip(rows["uo"], rows["status"], strict=True):
        groups.setdefault(status, []).append(uo)
    statuses = "; ".join(status if len(groups) == 1 else f"{', '.join(uos)}: {status}" for status, uos in groups.items())
    note = f"<p><small>{html.escape(texts.UO_NOTE.format(status=statuses))}</small></p>"
    caption = _caption(texts.UO_TITLE.format(year=year), "utgiftsomraden", list(rows["kalla"]))
    return plots.to_html(fig, alt) + note + caption


@render.shows_errors(W.HTML)
def expenditure_widget() -> W.VBox:
    """The comparison chart with a toggle between linear and logarithmic scale, and a year choice."""
    counts = data.load("utgiftsomraden").query("uo != 'totalt'")["ar"].value_counts()
    years = sorted((int(y) for y, n in counts.items() if n >= 3), reverse=True)
    year = W.Dropdown(options=years, value=years[0], description=texts.UO_YEAR, layout=W.Layout(width="12em"))
    scale = W.ToggleButtons(options=list(texts.UO_SCALES), value=texts.UO_SCALES[0], description=texts.UO_SCALE)
    out = W.HTML()

    def draw() -> None:
        out.value = render.CSS + expenditure_areas(year.value, log=scale.value == texts.UO_SCALES[1])

    update = render.guarded(out, draw)

    year.observe(update, names="value")
    scale.observe(update, names="value")
    update()
    box = W.VBox([W.HBox([year, scale]), out])
    box.add_class("kurs-uo-jamforelse")
    return box


@render.shows_errors(HTML)
def population_change(start: int, end: int) -> HTML:
    """Bars of each municipality's population change in percent between two years."""
    frame = data.load("befolkning")
    municipalities = frame[frame["niva"] == "kommun"]
    wide = municipalities.pivot(index="region", columns="ar", values="folkmangd")
    change = ((wide[end] - wide[start]) / wide[start] * 100).astype(float).sort_values()
    fig, ax = plots.figure(7.5, 6.0)
    for name, value in change.items():
        grew = value >= 0
        ax.barh(name, value, color=plots.BLUE if grew else "white", edgecolor=plots.BLUE if grew else plots.VERMILION,
                hatch=None if grew else "//", linewidth=1.2, label=texts.POP_GROW if grew else texts.POP_SHRINK)
        ax.annotate(f"{render.signed(value, 1)} %", (value, name),
                    xytext=(4 if grew else -4, 0), textcoords="offset points", va="center",
                    ha="left" if grew else "right", fontsize=8)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), loc="lower right", frameon=False)
    ax.axvline(0, color=plots.GREY, linewidth=1)
    ax.margins(x=0.2)
    ax.set_xlabel(texts.POP_X)
    ax.set_title(texts.POP_TITLE.format(start=start, end=end))
    alt = texts.POP_ALT.format(start=start, end=end, values="; ".join(
        f"{n} {render.signed(v, 1)} %" for n, v in change.items()))
    return HTML(render.CSS + plots.to_html(fig, alt) + _caption(texts.POP_TITLE.format(start=start, end=end), "befolkning"))


@render.shows_errors(HTML)
def county_map(year: int) -> HTML:
    """A map-like scatter of the municipal seats: position by coordinates, area by population."""
    from matplotlib.lines import Line2D

    places = data.load("kommuner")
    population = data.load("befolkning")
    pop = population[(population["ar"] == year) & (population["niva"] == "kommun")].set_index("regionkod")["folkmangd"]
    fig, ax = plots.figure(7.0, 6.5)
    described, handles = [], []
    for coast, marker, color, label in ((True, "^", plots.ORANGE, texts.MAP_COAST), (False, "o", plots.BLUE, texts.MAP_INLAND)):
        rows = places[(places["kust"] == "ja") == coast]
        sizes = [float(pop[c]) / 180 + 25 for c in rows["kommunkod"]]
        ax.scatter(rows["lon"].astype(float), rows["lat"].astype(float), s=sizes, marker=marker, color=color,
                   edgecolors="black", linewidths=0.6, alpha=0.85)
        # the legend shows the shape at one size; the size of a point is its population
        handles.append(Line2D([], [], linestyle="none", marker=marker, markersize=9, color=color, markeredgecolor="black",
                              markeredgewidth=0.6, alpha=0.85, label=label))
    for _, row in places.iterrows():
        ax.annotate(row["kommun"], (float(row["lon"]), float(row["lat"])), xytext=(6, 4), textcoords="offset points", fontsize=8)
        described.append(f"{row['kommun']} {format_number(int(pop[row['kommunkod']]), 0)}")
    ax.set_xlabel(texts.MAP_X)
    ax.set_ylabel(texts.MAP_Y)
    ax.set_title(texts.MAP_TITLE.format(year=year))
    plots.number_axis(ax.xaxis)
    plots.number_axis(ax.yaxis, 1, step=0.5)
    ax.set_aspect(1 / 0.44)  # one degree of longitude is about 0.44 of a degree of latitude at 64° N
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, frameon=False)
    alt = texts.MAP_ALT.format(year=year, values="; ".join(described))
    what = texts.MAP_TITLE.format(year=year)
    return HTML(render.CSS + plots.to_html(fig, alt) + _caption(what, "kommuner", also=("befolkning",)))


@render.shows_errors(HTML)
def employment() -> HTML:
    """Bars of people in work by industry (2020); the gaps in the source are named, not filled."""
    frame = data.load("sysselsattning")
    rows = frame[(frame["bransch"] != "Totalt") & frame["antal"].notna()].sort_values("antal")
    labels = [plots.wrap(b, 30) for b in rows["bransch"]]  # whole names, on up to three lines
    values = [int(v) for v in rows["antal"]]
    fig, ax = plots.figure(7.5, 5.4)
    bars = ax.barh(labels, values, color=plots.BLUE)
    for bar, status in zip(bars, rows["status"], strict=True):
        if str(status).startswith("härlett"):
            bar.set_facecolor("white")
            bar.set_edgecolor(plots.GREY)
            bar.set_hatch("//")  # "den randiga stapeln" in the notebook
        ax.annotate(format_number(int(bar.get_width()), 0), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    ax.margins(x=0.15)
    plots.number_axis(ax.xaxis)
    ax.set_xlabel(texts.JOBS_X)
    fig.suptitle(texts.JOBS_TITLE)  # over the whole figure: the axes are narrower than the title
    alt = texts.JOBS_ALT.format(values="; ".join(f"{b} {v}" for b, v in zip(rows["bransch"], values, strict=True)))
    return HTML(render.CSS + plots.to_html(fig, alt) + _caption(texts.JOBS_TITLE, "sysselsattning"))
