"""Numbers that a notebook cell ends with are shown as Swedish text, never as np.float64(…)."""

from __future__ import annotations

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell

from helpers.ui import display


@pytest.fixture
def plain():
    shell = InteractiveShell.instance()
    assert display.install()
    yield shell.display_formatter.formatters["text/plain"]
    InteractiveShell.clear_instance()


@pytest.mark.parametrize(("value", "shown"), [
    (np.float64(2.700801), "2,700801"), (np.int64(-1458), "\u22121\u00a0458"), (np.float64(30.0), "30"),
    (0.1 + 0.2, "0,3"), (np.float32(0.5), "0,5"), (np.int32(281138), "281\u00a0138"), (float("nan"), "–"),
])
def test_numbers_are_shown_in_swedish(plain, value, shown):
    assert plain(value) == shown


def test_outside_ipython_nothing_is_installed(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "IPython", None)
    assert display.install() is False


def test_the_check_helper_echoes_the_learners_value_in_swedish(store):
    from helpers import kontroll

    value = np.float64(-30.0123)
    shown = kontroll.check_change(value, "Dorotea", store=store).value
    assert "Ditt värde: \u221230,0123" in shown and "np.float64" not in shown


# --- Tables: Swedish headers, "–" for missing values, Swedish numbers -----------------------------------

def _visible(html: str) -> str:
    """The text a learner sees: tags (and their attributes, such as a tooltip) removed."""
    import re

    return re.sub(r"<style>.*?</style>|<[^>]+>", " ", html, flags=re.S)


def _headers(html: str) -> list[str]:
    import re

    return [_visible(h).strip() for h in re.findall(r"<th\b[^>]*>(.*?)</th>", html, flags=re.S)]


@pytest.fixture
def municipalities():
    import pandas as pd

    return pd.DataFrame({
        "ar": pd.array([2024, 2024], dtype="Int64"),
        "kommun": pd.array(["Umeå", "Vilhelmina"], dtype="string"),
        "folkmangd": pd.array([131_000, None], dtype="Int64"),
        "tathet": pd.array([56.4, None], dtype="Float64"),
        "anmarkning": pd.array([None, "ej omkontrollerad"], dtype="string"),
    })


def test_a_table_has_swedish_headers_and_a_dash_for_what_is_missing(municipalities):
    html = display.frame_html(municipalities)
    assert _headers(html) == ["År", "Kommun", "Folkmängd", "Invånare per km²", "Anmärkning"]
    visible = _visible(html)
    for raw in ("<NA>", "&lt;NA&gt;", "NaN", "nan", "None", "tathet", "folkmangd", "anmarkning"):
        assert raw not in visible, raw
    assert visible.split().count("–") == 3
    assert "131\u00a0000" in visible and "56,4" in visible
    assert "2024" in visible and "2\u00a0024" not in visible, "a year is not a number with thousands"
    assert 'title="Namn i koden: tathet"' in html, "the name to type in code is one hover away"
    assert html.count('class="kurs-tal"') == 6, "numbers are right-aligned, years too"


def test_a_named_index_is_a_column_and_a_plain_row_number_is_not(municipalities):
    html = display.frame_html(municipalities.set_index("ar"))
    assert _headers(html)[0] == "År"
    assert ">0<" not in display.frame_html(municipalities) and ">1<" not in display.frame_html(municipalities)
    pivot = municipalities.pivot(index="kommun", columns="ar", values="tathet")
    assert _headers(pivot_html := display.frame_html(pivot)) == ["Kommun", "2024"]
    assert "–" in _visible(pivot_html)


def test_headers_can_be_given_for_columns_a_cell_computes(municipalities):
    municipalities["per_1000"] = municipalities["folkmangd"] / 1000
    html = display.frame_html(municipalities, {"per_1000": "Tusental invånare", "kommun": "Ort"})
    assert _headers(html)[1] == "Ort" and _headers(html)[-1] == "Tusental invånare"
    assert "131" in _visible(html)


def test_every_column_of_the_course_data_has_a_swedish_header():
    from helpers import data, texts

    names = {f["name"] for r in data.package()["resources"] for f in r["schema"]["fields"]}
    assert names - set(texts.COLUMN_TITLES) == set()


def test_the_table_call_shows_the_swedish_error_box_for_something_that_is_not_a_table():
    from helpers import data

    shown = data.table("inte en tabell").data
    assert 'class="kurs-fb kurs-fb-error"' in shown and "Traceback" not in shown.partition("<details>")[0]


@pytest.mark.parametrize("name", ["07-lilla-och-stora-regionalpolitiken", "08-vasterbotten-i-siffror"])
def test_every_table_the_pandas_notebooks_show_is_in_swedish(name):
    """Run the notebook's code cells in order, as a learner would, and look at what each cell shows."""
    import json

    import pandas as pd
    from IPython.display import HTML
    from support import ROOT

    from helpers import data

    raw_names = {f["name"] for r in data.package()["resources"] for f in r["schema"]["fields"]}
    cells = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    shell = InteractiveShell.instance()
    tables = 0
    try:
        for n, cell in enumerate(cells):
            if cell["cell_type"] != "code":
                continue
            result = shell.run_cell("".join(cell["source"]), silent=False, store_history=False)
            assert result.success, f"cell {n}: {result.error_in_exec or result.error_before_exec}"
            shown = result.result
            assert not isinstance(shown, pd.DataFrame | pd.Series), f"cell {n} shows a raw pandas table: use data.table"
            if isinstance(shown, HTML) and "<table" in shown.data:
                tables += 1
                frames = [v for v in shell.user_ns.values() if isinstance(v, pd.DataFrame)]
                computed = {str(c) for f in frames for c in f.columns} - {"Riket", "Västerbottens län"}
                assert not set(_headers(shown.data)) & (raw_names | computed), f"cell {n}: {_headers(shown.data)}"
                assert "<NA>" not in _visible(shown.data) and "NaN" not in _visible(shown.data), f"cell {n}"
    finally:
        InteractiveShell.clear_instance()
    assert tables >= 2
