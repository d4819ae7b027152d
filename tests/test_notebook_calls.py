"""Notebook-facing calls never show a Python traceback: a broken data, fact or bank file (or any
other failure) gives the Swedish error box, made by one shared decorator (``render.shows_errors``)."""

from __future__ import annotations

import importlib
import json
import re

import ipywidgets as W
import pytest
from IPython.display import HTML
from support import ROOT

from helpers import diagram, fakta, hubb, klassvy, ordlista, texts
from helpers.maintain import notebook_paths


def _html(shown):
    assert isinstance(shown, HTML | W.HTML | str), type(shown)
    return shown if isinstance(shown, str) else shown.data if isinstance(shown, HTML) else shown.value


def _break(datadir, relpath, text="{ trasig"):
    (datadir / relpath).write_text(text, encoding="utf-8")


BROKEN = [
    ("fakta/ordlista.json", ordlista.widget, "ordlista.json"),
    ("fakta/ordlista.json", lambda: ordlista.table("02"), "ordlista.json"),
    ("fakta/lagrum.json", lambda: fakta.provisions_table("lag-"), "lagrum.json"),
    ("befolkning.csv", lambda: diagram.population_change(1990, 2024), "befolkning.csv"),
    ("befolkning.csv", lambda: diagram.county_map(2024), "befolkning.csv"),
    ("kommuner.csv", lambda: diagram.county_map(2024), "kommuner.csv"),
    ("sysselsattning.csv", diagram.employment, "sysselsattning.csv"),
    ("utgiftsomraden.csv", diagram.expenditure_widget, "utgiftsomraden.csv"),
    ("utgiftsomraden.csv", lambda: diagram.expenditure_areas(2025), "utgiftsomraden.csv"),
    ("datapackage.json", lambda: diagram.population_change(1990, 2024), "datapackage.json"),
    ("fragor/01-mal-och-helhetsbild.json", klassvy.manual_widget, "01-mal-och-helhetsbild.json"),
]


@pytest.mark.parametrize("relpath,call,named", BROKEN, ids=[f"{c[0]}-{i}" for i, c in enumerate(BROKEN)])
def test_a_broken_file_gives_the_swedish_error_box(datadir, relpath, call, named):
    _break(datadir, relpath)
    html = _html(call())
    assert 'class="kurs-fb kurs-fb-error"' in html and named in html, html[-500:]
    assert "Traceback" not in html and "Error:" not in html


@pytest.mark.parametrize("call", [
    lambda: diagram.population_change(1990, 1995),  # no figures for 1995
    lambda: fakta.table(("Rubrik",), None),
    lambda: fakta.bullet_list(None),
    lambda: hubb.link_widget(42),  # not a text
])
def test_an_unexpected_failure_is_shown_in_swedish_with_details_folded(call):
    html = _html(call())
    message, _, details = html.partition("<details>")
    assert 'class="kurs-fb kurs-fb-error"' in message and texts.CALL_FAILED in message
    assert "Traceback" in details and "Traceback" not in message and "Error" not in message


def test_working_calls_are_unchanged():
    assert isinstance(ordlista.widget(), W.VBox) and isinstance(klassvy.widget(), W.VBox)
    assert isinstance(hubb.link_widget(), W.VBox) and isinstance(diagram.expenditure_widget(), W.VBox)
    assert 'class="kurs-fb kurs-fb-error"' not in diagram.population_change(1990, 2024).data


# Calls that return data for the notebook to work with, not something to display. Their course errors
# (DataError, FactError, BankError) render in a notebook as the Swedish message alone, without a traceback.
RETURNS_DATA = {"fakta.load", "fakta.citation", "data.load", "data.source", "klassvy.demo_codes", "hubb.nbgitpuller_link"}


def test_every_notebook_facing_display_call_shows_errors():
    called = set()
    for path in notebook_paths(ROOT) + sorted((ROOT / "notebooks" / "larare").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                called |= set(re.findall(r"\b(diagram|fakta|ordlista|hubb|klassvy|data)\.(\w+)\(", "".join(cell["source"])))
    assert ("klassvy", "widget") in called and ("hubb", "link_widget") in called, called
    unguarded = [f"{m}.{f}" for m, f in sorted(called) if f"{m}.{f}" not in RETURNS_DATA
                 and not getattr(getattr(importlib.import_module(f"helpers.{m}"), f), "shows_errors", False)]
    assert not unguarded, f"decorate with render.shows_errors: {unguarded}"
