"""Chart layout, measured on the drawn figure: labels do not collide, nothing falls outside the figure,
nothing is cut with "…", legends are uniform, and the class view's charts can be read on a projector.

Texts are the ones the renderer actually draws (tick labels beyond the axis limits are not drawn),
and their boxes come from ``Text.get_window_extent`` after a full draw with the figure's own layout.
"""

from __future__ import annotations

import base64
import io
import random
import re

import pytest
from support import ROOT

from helpers import aktorer, diagram, klassvy, svarskod, texts
from helpers.ui import plots

CLASS_VIEW_PX = 64 * 13  # the class view is at most 64em wide at 13 px (measured in JupyterLab: 832 px)


def drawn_texts(fig):
    """Draw ``fig`` and return the renderer and every non-empty Text that was drawn, in drawing order."""
    from unittest import mock

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # runs the layout engine
    renderer = canvas.get_renderer()
    drawn = []
    original = Text.draw

    def record(text, renderer):
        if text.get_visible() and text.get_text().strip() and text not in drawn:
            drawn.append(text)
        return original(text, renderer)

    with mock.patch.object(Text, "draw", record):
        fig.draw(renderer)
    return renderer, drawn


def layout_problems(fig) -> list[str]:
    """Texts that overlap each other or reach outside the figure."""
    renderer, drawn = drawn_texts(fig)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in drawn]
    frame = fig.bbox
    problems = [f"outside the figure: {text!r}" for text, box in boxes
                if box.x0 < frame.x0 - 0.5 or box.y0 < frame.y0 - 0.5 or box.x1 > frame.x1 + 0.5 or box.y1 > frame.y1 + 0.5]
    for k, (text, box) in enumerate(boxes):
        for other, other_box in boxes[k + 1:]:
            if box.overlaps(other_box):
                problems.append(f"overlap: {text!r} and {other!r}")
    return problems


def save(fig, name: str, scale: float = 1.0) -> None:
    """Keep a PNG in test-artifacts/ to be looked at (``scale`` < 1: as shown in a narrow window)."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    fig.savefig(folder / name, format="png", bbox_inches="tight", facecolor="white", dpi=fig.dpi * scale)


class Captured:
    """Figures passed to ``plots.to_html`` while the helpers build their HTML."""

    def __init__(self, monkeypatch):
        self.figures = []
        original = plots.to_html

        def capture(fig, alt):
            self.figures.append(fig)
            return original(fig, alt)

        monkeypatch.setattr(plots, "to_html", capture)


@pytest.fixture
def captured(monkeypatch):
    return Captured(monkeypatch)


# --- nb 05: power/interest chart ---------------------------------------------------------------------
def _grid_chart(placements, store, captured):
    """The chart notebook 05 draws when the learner has placed the actors as ``placements(reference)``."""
    box = aktorer.GridBox(store)
    reference = [(a["inflytande"], a["intresse"]) for a in box.actors]
    for actor, (power, interest) in zip(box.actors, placements(reference), strict=True):
        box.scales[actor["id"]][0].value, box.scales[actor["id"]][1].value = power, interest
    assert box.show()
    return captured.figures[-1]


PLACEMENTS = {
    "reference": lambda ref: ref,
    "all-on-one-point": lambda ref: [(2, 4)] * len(ref),
    "all-in-a-corner": lambda ref: [(5, 5)] * len(ref),
    "neighbours": lambda ref: [(k % 2 * 5, k % 6) for k in range(len(ref))],
    "every-corner": lambda ref: [((0, 0), (0, 5), (5, 0), (5, 5))[k % 4] for k in range(len(ref))],
    "random": lambda ref: [(random.Random(k).randrange(6), random.Random(-k).randrange(6)) for k in range(len(ref))],
}


@pytest.mark.parametrize("placement", PLACEMENTS)
def test_power_interest_labels_never_overlap_and_stay_inside_the_figure(placement, store, captured):
    fig = _grid_chart(PLACEMENTS[placement], store, captured)
    assert layout_problems(fig) == []
    if placement == "reference":
        save(fig, "i12-power-interest.png")
        save(fig, "i12-power-interest-narrow.png", scale=450 / (fig.get_figwidth() * fig.dpi))


def test_power_interest_names_every_actor_once_and_groups_a_shared_point(store, captured):
    fig = _grid_chart(PLACEMENTS["reference"], store, captured)
    _, drawn = drawn_texts(fig)
    names = [a["namn"] for a in aktorer.data()["fall"]["aktorer"]]
    (key,) = fig.legends
    assert [t.get_text() for t in key.get_texts()] == [f"{n} {name}" for n, name in enumerate(names, 1)]
    assert key.get_title().get_text() == texts.GRID_KEY
    shown = "\n".join(t.get_text() for t in drawn)
    assert all(shown.count(name) == 1 for name in names)  # each name once, in the key
    # Arbetsförmedlingen (6) and Universitet och högskolor (7) share the point (2, 4): one label
    assert "6, 7" in [t.get_text() for t in drawn]


# --- nb 08: employment and map -----------------------------------------------------------------------
def test_employment_labels_are_whole_and_inside_the_figure(captured):
    diagram.employment()
    fig = captured.figures[-1]
    assert layout_problems(fig) == []
    _, drawn = drawn_texts(fig)
    labels = [" ".join(t.get_text().split()) for t in drawn]
    assert not [label for label in labels if "…" in label]
    industries = diagram.data.load("sysselsattning").query("bransch != 'Totalt'").dropna(subset=["antal"])["bransch"]
    for industry in industries:
        assert industry in labels, industry
    assert "20 000" in labels and "20000" not in labels  # the count axis in Swedish, like the bar labels
    hatches = [bar.get_hatch() for bar in fig.axes[0].patches]
    assert hatches.count("//") == 1  # the derived bar is "den randiga stapeln" of the notebook's text
    save(fig, "i12-employment.png")
    save(fig, "i12-employment-narrow.png", scale=450 / (fig.get_figwidth() * fig.dpi))


def _handle_size(handle) -> float:
    """The marker's edge length in points, for both scatter (area) and line (edge) handles."""
    if hasattr(handle, "get_sizes"):
        return float(handle.get_sizes()[0]) ** 0.5
    return float(handle.get_markersize())


def test_county_map_legend_markers_have_one_size(captured):
    diagram.county_map(2024)
    fig = captured.figures[-1]
    handles = fig.axes[0].get_legend().legend_handles
    assert len(handles) == 2 and len({round(_handle_size(h), 3) for h in handles}) == 1
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == [texts.MAP_COAST, texts.MAP_INLAND]
    assert layout_problems(fig) == []
    _, drawn = drawn_texts(fig)
    numbers = [t.get_text() for t in drawn if re.fullmatch(r"[\d.,]+", t.get_text())]
    assert numbers and all(re.fullmatch(r"\d+(,\d)?", n) for n in numbers), numbers  # decimal comma on the axes
    save(fig, "i12-map.png")
    save(fig, "i12-map-narrow.png", scale=450 / (fig.get_figwidth() * fig.dpi))


def test_county_map_has_one_caption_citing_both_data_sets():
    out = diagram.county_map(2024).data
    assert out.count("Figur:") == 1
    for name in ("kommuner", "befolkning"):
        assert diagram.data.source(name) in out, name
    notebook = (ROOT / "notebooks" / "08-vasterbotten-i-siffror.ipynb").read_text(encoding="utf-8")
    assert "Figur:" not in notebook  # the notebook's own text does not add a second caption


# --- the class view ----------------------------------------------------------------------------------
def _codes(exercise_id: str, answers) -> str:
    return "\n".join(svarskod.encode(exercise_id, a, n) for n, a in enumerate(answers))


def test_class_view_titles_name_the_question_not_its_id(captured):
    for exercise_id in ("LR", "LS"):  # a classification (no chart) and a choice question (a chart)
        ex = svarskod.EXERCISES[exercise_id]
        out = klassvy.report([klassvy.collect(klassvy.demo_codes(exercise_id, 6), exercise_id)])
        heading = re.search(r"<h3>(.*?)</h3>", out).group(1)
        assert ex.title in heading, heading
        assert ex.question not in re.sub(r"<small\b.*?</small>", "", heading), heading  # the id at most as a small detail
        assert texts.CLASS_DIST_TITLE.format(title=ex.question) not in out
    titles = [" ".join(fig.get_suptitle().split()) for fig in captured.figures]
    assert titles == [texts.CLASS_DIST_TITLE.format(title=ex.title)]
    alt = re.search(r'alt="([^"]*)"', out).group(1)
    assert ex.title in alt and ex.question not in alt


@pytest.mark.parametrize("answers", [[0], [0, 1], [1, 1, 0]])
def test_class_view_count_axes_have_whole_numbers(captured, answers):
    klassvy.report([klassvy.collect(_codes("LS", answers), "LS")])
    manual = klassvy.manual_widget()
    manual.exercise.value = "LS"
    manual.counts[0].value = len(answers)
    manual.show()
    assert len(captured.figures) == 2  # the pasted codes and the manual count
    for fig in captured.figures:
        _, drawn = drawn_texts(fig)
        ticks = [t.get_text() for t in drawn if t in fig.axes[0].xaxis.get_ticklabels()]
        assert len(ticks) >= 2 and all(re.fullmatch(r"\d+", t) for t in ticks), ticks


def _contrast(one, other) -> float:
    from matplotlib.colors import to_rgb

    def luminance(colour):
        r, g, b = (v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in to_rgb(colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _png_width(html: str) -> int:
    from PIL import Image

    data = base64.b64decode(re.search(r'base64,([^"]+)"', html).group(1))
    return Image.open(io.BytesIO(data)).width


@pytest.mark.parametrize("exercise_id", ["AK", "HB", "LS"])
def test_class_view_charts_are_readable_on_a_projector(monkeypatch, exercise_id):
    """Every text at least 12 pt as the picture is shown in the class view, and nothing overflows."""
    shown = []
    original = plots.to_html

    def capture(fig, alt):
        out = original(fig, alt)
        shown.append((fig, _png_width(out)))
        return out

    monkeypatch.setattr(plots, "to_html", capture)
    klassvy.report([klassvy.collect(klassvy.demo_codes(exercise_id), exercise_id)])
    assert shown
    for fig, width in shown:
        scale = min(1.0, CLASS_VIEW_PX / width)  # a wider picture is shrunk to the class view's width
        renderer, drawn = drawn_texts(fig)
        small = sorted({(t.get_text(), round(t.get_fontsize() * scale, 1)) for t in drawn if t.get_fontsize() * scale < 12})
        assert small == [], small
        assert layout_problems(fig) == []
        assert not [t.get_text() for t in drawn if "…" in t.get_text()]  # whole texts, not cut
        for ax in fig.axes:  # a heat map's numbers fit in their cells
            if ax.images:
                cell = ax.get_window_extent(renderer).width / 6
                numbers = [t for t in ax.texts if t in drawn]
                assert numbers and all(t.get_window_extent(renderer).width < cell * 0.9 for t in numbers)
                assert all(t.get_window_extent(renderer).height < cell * 0.9 for t in numbers)
                image = ax.images[0]
                for t in numbers:  # and stand out from the cell's colour (WCAG 4.5:1)
                    x, y = (round(v) for v in t.get_position())
                    cell_colour = image.cmap(image.norm(image.get_array()[y][x]))
                    assert _contrast(cell_colour, t.get_color()) >= 4.5, (t.get_text(), cell_colour)
        save(fig, f"i12-class-{exercise_id}.png")


def test_chart_numbers_use_the_courses_one_number_format():
    from helpers.core.parsing import format_number

    population = diagram.data.load("befolkning").query("ar == 2024 and regionkod == '2480'")["folkmangd"].iloc[0]
    assert f"Umeå {format_number(int(population), 0)}" in diagram.county_map(2024).data
