"""Accessibility rules that hold without a browser: no meaning carried by colour alone, a colour-blind
safe palette in every chart, alt text on every chart the helpers draw. (axe-core runs in
tests/browser on every notebook in JupyterLab and on its HTML export.)"""

from __future__ import annotations

import ast
import re

import pytest
from support import ROOT

from helpers import klassvy, svarskod, texts
from helpers.core import grading
from helpers.ui import plots, render

OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"}
NEUTRAL = {"#595959", "white", "black", "#f2f2f2", "#cccccc", "none"}


@pytest.mark.parametrize("status", list(grading.Status))
def test_every_feedback_status_has_a_symbol_and_words(status):
    symbol, word = texts.STATUS[status.value]
    assert symbol.strip() and re.search(r"[A-Za-zÅÄÖåäö]{3}", word)
    html = render.feedback(grading.Result(status, "Förklaring."))
    assert symbol in html and word in html and 'role="status"' in html


def test_feedback_css_uses_only_jupyterlab_variables_with_fallbacks():
    colours = re.findall(r"(?:color|background)[^:;]*:\s*([^;]+);", render.CSS)
    assert colours and all(c.strip().startswith("var(--jp-") or c.strip() in {"transparent", "inherit"} for c in colours), colours


def test_chart_colours_come_from_the_okabe_ito_palette():
    used = set()
    for path in (ROOT / "src" / "helpers").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", node.value):
                used.add(node.value)
    used -= {"#2e7d32", "#b26a00", "#c62828", "#0277bd", "#ccc", "#999"}  # fallbacks inside var(--jp-…) in render.CSS
    assert used <= OKABE_ITO | NEUTRAL, used - OKABE_ITO - NEUTRAL


def test_heat_map_uses_a_colour_blind_safe_map_and_prints_the_counts():
    grid = [[0] * 6 for _ in range(6)]
    grid[3][4] = 7
    fig = plots.heatmaps(["A"], [grid], [(3, 4)], {"x": "x", "y": "y", "note": "n"})
    ax = fig.axes[0]
    assert ax.images[0].cmap.name.startswith("cividis")
    assert "7" in [t.get_text() for t in ax.texts]  # the number, not only the shade


def test_every_chart_in_the_class_view_has_alt_text():
    for exercise_id in ("AK", "HB", "LS"):
        html = klassvy.report([klassvy.collect(klassvy.demo_codes(exercise_id, 12), exercise_id)])
        images = re.findall(r"<img\b[^>]*>", html)
        assert images and all(re.search(r'\balt="[^"]{40,}"', img) for img in images), exercise_id


def test_answer_code_panel_shows_words_not_only_an_icon(store):
    panel = svarskod.CodePanel("LS", lambda: 1, store)
    panel.show()
    assert texts.CODE_TITLE.format(exercise="LS") in panel.output.value and "inget namn" in panel.output.value
