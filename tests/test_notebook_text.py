"""Teaching text reads as teaching: a note that a fact is unchecked stands in a marked aside.

The course is honest about what it has not been able to check, but such a note belongs in a
Markdown blockquote that starts with ``> **Osäkert:**`` (right after the paragraph it qualifies) or
in the notebook's closing section "Källor och faktaläge" – never in the middle of a teaching
sentence. Fact texts that the notebooks show as running table text follow the same rule: their
unchecked parts live in the field ``osakert`` and are shown in the same marked aside.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import ROOT

from helpers import fakta, texts
from helpers.ui import render

NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
SOURCES = "Källor och faktaläge"
ASIDE = f"> **{texts.UNVERIFIED_LABEL}**"

# Phrases by which the course admits that it has not checked or found something.
HEDGES = re.compile("|".join([
    r"\binte (?:har )?(?:kunnat )?kontroller",
    r"\binte (?:har )?(?:kunnat )?bekräft",
    r"\bkunde inte\b",
    r"\binte (?:har )?kunnat\b",
    r"\binte (?:har )?läst\b",
    r"\binte (?:heller )?hittat\b",
    r"\bkursen (?:har )?inte\b",
    r"\bhar kursen inte\b",
    r"\bosäkert\b",
]), re.IGNORECASE)


def stray_hedges(cells: list[dict]) -> list[str]:
    """Lines of Markdown cells with a hedge outside a marked aside and outside the sources section."""
    found = []
    in_sources = False
    for n, cell in enumerate(cells):
        if cell["cell_type"] != "markdown":
            continue
        text = "".join(cell["source"])
        in_aside = False
        for line in text.splitlines():
            heading = re.match(r"^##\s+(.+?)\s*$", line)
            if heading:
                in_sources = heading.group(1) == SOURCES
            if line.startswith(">"):
                in_aside = in_aside or line.startswith(ASIDE)
            else:
                in_aside = False
            if not in_sources and not in_aside and HEDGES.search(line):
                found.append(f"cell {n}: {line.strip()[:160]}")
    return found


def _markdown(*texts_: str) -> list[dict]:
    return [{"cell_type": "markdown", "source": t} for t in texts_]


@pytest.mark.parametrize(("cells", "stray"), [
    (_markdown("Lagen säger att regionen ska samverka. Paragrafnumret har inte kontrollerats."), 1),
    (_markdown("Text.\n\n> **Osäkert:** Paragrafnumret har inte kontrollerats.\n> Kursen har inte läst mer."), 0),
    (_markdown("> **Faktaläge 2026-12-01:** Riksdagens beslut har kursen inte kunnat läsa."), 1),
    (_markdown("> **Osäkert:** Ett.\n\nKursen har inte kunnat läsa beslutet."), 1),
    (_markdown("## Källor och faktaläge\n\n- En källa.", "> Beslutet kunde inte bekräftas."), 0),
    (_markdown("## Källor och faktaläge", "## Ordlista\n\nBeslutet har inte kunnat bekräftas."), 1),
    (_markdown("Kursen skickar inte dina svar vidare. Du behöver inte kunna programmera."), 0),
])
def test_the_scan_finds_hedges_outside_marked_asides(cells, stray):
    assert len(stray_hedges(cells)) == stray


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_unchecked_facts_stand_in_a_marked_aside(path: Path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    stray = stray_hedges(cells)
    assert not stray, f"move these notes into a '{ASIDE} …' blockquote after the paragraph:\n" + "\n".join(stray)


def test_every_aside_in_the_teaching_text_uses_the_same_label():
    """Blockquotes that admit an unchecked fact are labelled alike in every notebook, also in the sources."""
    labels = set()
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for line in "".join(cell["source"]).splitlines():
                label = re.match(r"^> \*\*([^*]+)\*\*", line)
                if cell["cell_type"] == "markdown" and label and HEDGES.search(line):
                    labels.add(label.group(1))
    assert labels == {texts.UNVERIFIED_LABEL}, labels


def test_fact_texts_shown_as_running_text_carry_no_hedges():
    """What a table shows as the content of a provision or a sector is checked; doubts go in ``osakert``."""
    shown = [p["innehall"] for p in fakta.load("lagrum")["bestammelser"]]
    shown += [f for s in fakta.load("styrkeomraden")["sektorer"] for f in s["fakta"]]
    assert [t for t in shown if HEDGES.search(t)] == []


def test_the_provisions_table_puts_unchecked_section_numbers_in_the_aside():
    html = fakta.provisions_table("lag-").data
    table, _, aside = html.partition("</table>")
    assert not HEDGES.search(table)
    assert f"<strong>{texts.UNVERIFIED_LABEL}</strong>" in aside and "kurs-osakert" in aside
    for item in fakta.load("lagrum")["bestammelser"]:
        if item["id"].startswith("lag-") and item["paragraf"] is None:
            assert render.inline(item["osakert"]) in aside, item["id"]
    assert "kurs-osakert" not in fakta.provisions_table("lag-5-1").data  # nothing unchecked, no aside


def test_a_fact_table_shows_its_unchecked_notes_in_the_aside():
    html = fakta.table(("Sektor",), [("Batterier",)], unverified=["Hur det har gått har kursen inte kunnat läsa."]).data
    assert html.index("</table>") < html.index(texts.UNVERIFIED_LABEL) < html.index("kursen inte kunnat läsa")
    assert "kurs-osakert" not in fakta.table(("Sektor",), [("Batterier",)]).data
