"""Charts for the exercise widgets, drawn without pyplot and returned as accessible HTML.

Each chart is a PNG inside an ``<img>`` with alt text, on a light card so it stays readable in
JupyterLab's dark theme. Colours come from the Okabe–Ito palette (safe for colour-blind
readers), and every series also differs by marker or hatching and is labelled in words.
matplotlib is imported only when a chart is drawn, so ``import helpers`` stays cheap.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence

from ..core.parsing import format_number
from .render import signed

BLUE, ORANGE, GREEN, VERMILION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#595959"
# The class view's charts are read on a projector: no text below TEXT_PT, at a width (WIDE_IN at 110 dpi)
# that the class view (at most 64em, about 830 px) shows without shrinking.
TEXT_PT, TITLE_PT, WIDE_IN = 12, 14, 7.2


def figure(width: float, height: float):  # type: ignore[no-untyped-def]
    """A figure with one axes. The constrained layout keeps every label, legend and title inside the figure."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110, facecolor="white", layout="constrained")
    return fig, fig.add_subplot()


def number_axis(axis, decimals: int = 0, step: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Ticks written the Swedish way ("10 000", "64,5"); with ``decimals`` 0 (counts) only at whole numbers."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

    axis.set_major_locator(MultipleLocator(step) if step else MaxNLocator(nbins=5, integer=decimals == 0))
    axis.set_major_formatter(FuncFormatter(lambda value, _: format_number(round(value, decimals), decimals)))


def to_html(fig, alt: str) -> str:  # type: ignore[no-untyped-def]
    """The figure as an ``<img>`` with alt text (PNG, base64)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", facecolor="white")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<img class="kurs-figur" src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
            'style="max-width:100%; background:white; border-radius:4px; padding:4px;">')


def power_interest(labels: Sequence[str], learner: Sequence[tuple[int, int]], reference: Sequence[tuple[int, int]],
                   quadrants: Mapping[str, str], border: float, texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Scatter of (power, interest) for the learner (filled circles) and the reference (hollow squares).

    Names do not fit beside points one step apart, so every actor has a number: the numbers of the
    actors on one point form one label beside it (three to a line), and a key under the chart
    gives the names. The quadrant names sit in corners that no label reaches.
    """
    from matplotlib.lines import Line2D

    fig, ax = figure(7.5, 8.2)
    ax.axhline(border, color=GREY, linewidth=1, linestyle="--")
    ax.axvline(border, color=GREY, linewidth=1, linestyle="--")
    low, high = -1.0, 6.0
    for (x, y), name in (((low + 0.1, high - 0.1), quadrants["hog_lag"]), ((high - 0.1, high - 0.1), quadrants["hog_hog"]),
                         ((low + 0.1, low + 0.1), quadrants["lag_lag"]), ((high - 0.1, low + 0.1), quadrants["lag_hog"])):
        ax.text(x, y, name, ha="left" if x < border else "right", va="top" if y > border else "bottom", fontsize=11,
                fontweight="bold", color=GREY)
    for (lp, li), (rp, ri) in zip(learner, reference, strict=True):
        if (lp, li) != (rp, ri):
            ax.annotate("", xy=(li, lp), xytext=(ri, rp), arrowprops={"arrowstyle": "->", "color": GREY, "lw": 0.8})
    ax.scatter([r[1] for r in reference], [r[0] for r in reference], marker="s", s=110, facecolors="none",
               edgecolors=ORANGE, linewidths=2, label=texts["reference"], zorder=3)
    ax.scatter([p[1] for p in learner], [p[0] for p in learner], marker="o", s=70, color=BLUE,
               label=texts["learner"], zorder=4)
    points: dict[tuple[int, int], list[str]] = {}
    for number, point in enumerate(learner, 1):
        points.setdefault(point, []).append(str(number))
    for (p, i), numbers in points.items():
        lines = [", ".join(numbers[k:k + 3]) for k in range(0, len(numbers), 3)]
        ax.annotate("\n".join(lines), (i, p), xytext=(9, 0), textcoords="offset points", ha="left", va="center",
                    fontsize=12, fontweight="bold", linespacing=1.0, zorder=5)
    ax.set_xlim(low, high)
    ax.set_ylim(low, high)
    ax.set_xticks(range(6))
    ax.set_yticks(range(6))
    ax.set_aspect("equal")
    ax.set_xlabel(texts["x"])
    ax.set_ylabel(texts["y"])
    ax.set_title(texts["title"])
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=2, frameon=False)
    key = [Line2D([], [], linestyle="none") for _ in labels]
    fig.legend(key, [f"{n} {label}" for n, label in enumerate(labels, 1)], loc="outside lower center", ncols=2,
               handlelength=0, handletextpad=0, columnspacing=2.5, frameon=False, title=texts["key"], fontsize=11,
               title_fontsize=11)
    return fig


def ratings(dimensions: Sequence[str], learner: Sequence[int], reference: Sequence[int], texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Grouped bars −2..+2 per sustainability dimension: learner (solid) and reference (hatched)."""
    fig, ax = figure(7.0, 4.2)
    positions = range(len(dimensions))
    width = 0.38
    bars_l = ax.bar([p - width / 2 for p in positions], learner, width, color=BLUE, label=texts["learner"])
    bars_r = ax.bar([p + width / 2 for p in positions], reference, width, color="white", edgecolor=ORANGE,
                    hatch="//", linewidth=1.5, label=texts["reference"])
    for bars in (bars_l, bars_r):
        for bar in bars:
            value = int(bar.get_height())
            ax.annotate(signed(value), (bar.get_x() + bar.get_width() / 2, value),
                        xytext=(0, 3 if value >= 0 else -12), textcoords="offset points", ha="center", fontsize=9)
    ax.axhline(0, color=GREY, linewidth=1)
    ax.set_xticks(list(positions), dimensions)
    ax.set_ylim(-2.6, 2.6)
    ax.set_yticks([-2, -1, 0, 1, 2])
    ax.set_ylabel(texts["y"])
    ax.set_title(texts["title"])
    ax.legend(loc="center", bbox_to_anchor=(0.5, -0.2), ncol=2, frameon=False)
    return fig


def distribution(labels: Sequence[str], counts: Sequence[Sequence[int]], rounds: Sequence[str],
                 texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Horizontal bars per option; round 1 hatched, round 2 solid; every bar labelled with its count (class view)."""
    wrapped = [wrap(label, 40) for label in labels]
    lines = max((w.count("\n") + 1 for w in wrapped), default=1)
    fig, ax = figure(WIDE_IN, 1.6 + len(labels) * max(0.62 * len(counts), 0.25 * lines + 0.15))
    height = 0.8 / len(counts)
    styles = [{"color": "white", "edgecolor": BLUE, "hatch": "//", "linewidth": 1.5}, {"color": ORANGE}]
    if len(counts) == 1:
        styles = [{"color": BLUE}]
    for k, (series, style, name) in enumerate(zip(counts, styles, rounds, strict=False)):
        offsets = [i + (k - (len(counts) - 1) / 2) * height for i in range(len(labels))]
        bars = ax.barh(offsets, series, height, label=name, **style)
        for bar, value in zip(bars, series, strict=True):
            ax.annotate(str(value), (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=TEXT_PT)
    ax.set_yticks(range(len(labels)), wrapped)
    ax.tick_params(labelsize=TEXT_PT)
    ax.invert_yaxis()
    ax.set_xlabel(texts["x"], fontsize=TEXT_PT)
    fig.suptitle(wrap(texts["title"], 60), fontsize=TITLE_PT)  # over the whole figure: the axes are narrower
    ax.set_xlim(0, max([max(c) for c in counts] + [1]) * 1.15)
    number_axis(ax.xaxis)  # a count: 0, 1, 2 – never 0,5
    if len(counts) > 1:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False, fontsize=TEXT_PT)
    return fig


def wrap(text: str, width: int, max_lines: int | None = None) -> str:
    """``text`` broken between words into lines of at most ``width`` characters (a longer word keeps its own line).

    With ``max_lines``, a longer text ends in "…" on the last line, so the cut shows; use it only where
    the full text is also given (in a table or the alt text).
    """
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], lines[max_lines - 1][:width - 1].rstrip() + "…"]
    return "\n".join(lines)


def heatmaps(names: Sequence[str], counts: Sequence[Sequence[Sequence[int]]], reference: Sequence[tuple[int, int]],
             texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Small multiples, three to a row: one 6×6 grid (power × interest) per actor, the count in every non-empty cell.

    The sequential colour map (cividis) is safe for colour-blind readers, and the numbers carry
    the information on their own; the reference position is circled. Axis names only on the outer grids.
    """
    import matplotlib
    import numpy as np
    from matplotlib.figure import Figure

    cols = min(3, max(1, len(names)))
    rows = -(-len(names) // cols)
    fig = Figure(figsize=(WIDE_IN, 2.9 * rows + 0.5), dpi=110, facecolor="white", layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False)
    top = max((max(max(r) for r in c) for c in counts), default=1) or 1
    for ax in axes.flat[len(names):]:
        ax.set_visible(False)
    cmap = matplotlib.colormaps["cividis"].with_extremes(bad="#f2f2f2")  # empty cells stay light
    for k, (ax, name, grid, (rp, ri)) in enumerate(zip(axes.flat, names, counts, reference, strict=False)):
        ax.imshow(np.ma.masked_equal(np.array(grid), 0), origin="lower", cmap=cmap, vmin=0, vmax=top, aspect="equal")
        ax.set_xticks([x - 0.5 for x in range(7)], minor=True)
        ax.set_yticks([y - 0.5 for y in range(7)], minor=True)
        ax.grid(which="minor", color="#cccccc", linewidth=0.5)
        ax.tick_params(which="minor", length=0)
        for p in range(6):
            for i in range(6):
                if grid[p][i]:
                    light = grid[p][i] > top * 0.47  # where black text contrasts more than white (both ≥ 4.5:1)
                    ax.text(i, p, str(grid[p][i]), ha="center", va="center", fontsize=TEXT_PT,
                            color="black" if light else "white", fontweight="bold")
        ax.scatter([ri], [rp], s=420, facecolors="none", edgecolors=VERMILION, linewidths=2.5)
        ax.set_title(wrap(name, 22, 3), fontsize=TEXT_PT + 1)
        ax.set_xticks(range(6))
        ax.set_yticks(range(6))
        ax.tick_params(labelsize=TEXT_PT)
        if k + cols >= len(names):  # the lowest grid of its column
            ax.set_xlabel(texts["x"], fontsize=TEXT_PT)
        if k % cols == 0:
            ax.set_ylabel(texts["y"], fontsize=TEXT_PT)
    fig.supxlabel(texts["note"], fontsize=TEXT_PT)
    return fig


def rating_spread(projects: Sequence[str], dimensions: Sequence[str],
                  data: Mapping[str, Mapping[str, tuple[float, float, int]]], texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Per project, two to a row: the class mean per dimension as a bar with ± one standard deviation, the reference as a diamond."""
    from matplotlib.figure import Figure

    cols = min(2, max(1, len(projects)))
    rows = -(-max(1, len(projects)) // cols)
    fig = Figure(figsize=(WIDE_IN, 3.6 * rows + 1.2), dpi=110, facecolor="white", layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False, sharey=True)
    for ax in axes.flat[len(projects):]:
        ax.set_visible(False)
    for k, (ax, project) in enumerate(zip(axes.flat, projects, strict=False)):
        values = data[project]
        dims = [d for d in dimensions if d in values]
        means = [values[d][0] for d in dims]
        sds = [values[d][1] for d in dims]
        refs = [values[d][2] for d in dims]
        ax.bar(range(len(dims)), means, 0.6, yerr=sds, capsize=4, color=BLUE, ecolor=GREY, label=texts["mean"])
        ax.scatter(range(len(dims)), refs, marker="D", s=80, color=ORANGE, edgecolors="black", zorder=3,
                   label=texts["reference"])
        ax.axhline(0, color=GREY, linewidth=1)
        ax.set_xticks(range(len(dims)), dims)
        ax.tick_params(labelsize=TEXT_PT)
        ax.set_ylim(-2.6, 2.6)
        ax.set_yticks([-2, -1, 0, 1, 2])
        ax.set_title(wrap(project, 30, 3), fontsize=TEXT_PT + 1)
        if k % cols == 0:
            ax.set_ylabel(texts["y"], fontsize=TEXT_PT)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=1, frameon=False, fontsize=TEXT_PT)
    fig.suptitle(texts["title"], fontsize=TITLE_PT)
    return fig
