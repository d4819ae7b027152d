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

BLUE, ORANGE, GREEN, VERMILION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#595959"


def figure(width: float, height: float):  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110, facecolor="white")
    return fig, fig.add_subplot()


def to_html(fig, alt: str) -> str:  # type: ignore[no-untyped-def]
    """The figure as an ``<img>`` with alt text (PNG, base64)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", facecolor="white")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<img class="kurs-figur" src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
            'style="max-width:100%; background:white; border-radius:4px; padding:4px;">')


def power_interest(labels: Sequence[str], learner: Sequence[tuple[int, int]], reference: Sequence[tuple[int, int]],
                   quadrants: Mapping[str, str], border: float, texts: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """Scatter of (power, interest) for the learner (filled circles) and the reference (hollow squares)."""
    fig, ax = figure(7.5, 6.0)
    ax.axhline(border, color=GREY, linewidth=1, linestyle="--")
    ax.axvline(border, color=GREY, linewidth=1, linestyle="--")
    for (x, y), name in ((( -0.35, 5.35), quadrants["hog_lag"]), ((5.35, 5.35), quadrants["hog_hog"]),
                         ((-0.35, -0.35), quadrants["lag_lag"]), ((5.35, -0.35), quadrants["lag_hog"])):
        ax.text(x, y, name, ha="left" if x < 0 else "right", va="top" if y > 0 else "bottom", fontsize=11,
                fontweight="bold", color=GREY)
    for (lp, li), (rp, ri) in zip(learner, reference, strict=True):
        if (lp, li) != (rp, ri):
            ax.annotate("", xy=(li, lp), xytext=(ri, rp), arrowprops={"arrowstyle": "->", "color": GREY, "lw": 0.8})
    ax.scatter([r[1] for r in reference], [r[0] for r in reference], marker="s", s=110, facecolors="none",
               edgecolors=ORANGE, linewidths=2, label=texts["reference"], zorder=3)
    ax.scatter([p[1] for p in learner], [p[0] for p in learner], marker="o", s=70, color=BLUE,
               label=texts["learner"], zorder=4)
    stacked: dict[tuple[int, int], int] = {}
    for label, (p, i) in zip(labels, learner, strict=True):
        n = stacked.get((p, i), 0)  # several actors on one point: stack their labels
        stacked[(p, i)] = n + 1
        ax.annotate(label, (i, p), xytext=(6, 4 - 10 * n), textcoords="offset points", fontsize=8)
    ax.set_xlim(-0.5, 5.5)
    ax.set_ylim(-0.5, 5.5)
    ax.set_xlabel(texts["x"])
    ax.set_ylabel(texts["y"])
    ax.set_title(texts["title"])
    ax.legend(loc="center", bbox_to_anchor=(0.5, -0.18), ncol=2, frameon=False)
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
            ax.annotate(f"{value:+d}" if value else "0", (bar.get_x() + bar.get_width() / 2, value),
                        xytext=(0, 3 if value >= 0 else -12), textcoords="offset points", ha="center", fontsize=9)
    ax.axhline(0, color=GREY, linewidth=1)
    ax.set_xticks(list(positions), dimensions)
    ax.set_ylim(-2.6, 2.6)
    ax.set_yticks([-2, -1, 0, 1, 2])
    ax.set_ylabel(texts["y"])
    ax.set_title(texts["title"])
    ax.legend(loc="center", bbox_to_anchor=(0.5, -0.2), ncol=2, frameon=False)
    return fig
