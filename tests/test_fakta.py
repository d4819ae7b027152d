"""Fact files and the glossary: complete, sourced and consistent with the notebooks and banks."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from support import ROOT, make_unreadable

from helpers import fakta, ordlista, texts
from helpers.maintain import notebook_paths
from helpers.store import bank
from helpers.ui import render

FACT_FILES = sorted((ROOT / "data" / "fakta").glob("*.json"))


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.name)
def test_fact_files_load(path):
    assert fakta.load(path.stem)


def test_every_provision_has_sfs_version_and_check_date():
    items = fakta.load("lagrum")["bestammelser"]
    assert len(items) >= 20
    for item in items:
        assert re.fullmatch(r"\d{4}:\d+", item["sfs"]) and item["lydelse"].startswith("SFS ")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["hamtad"])
        assert item["verb"] in (None, "ska", "får")
        if item["paragraf"] is None:  # shown in the table's "Osäkert" aside, not in the content
            assert "inte kontrollerats" in item["osakert"], f"{item['id']}: say that the number is unverified"


@pytest.mark.parametrize("mutation,expected", [
    (lambda b: b.pop("sfs"), "saknar sfs"),
    (lambda b: b.update(sfs="2010-630"), "SFS-nummer"),
    (lambda b: b.pop("hamtad"), "saknar hamtad"),
    (lambda b: b.update(hamtad="november 2026"), "ÅÅÅÅ-MM-DD"),
    (lambda b: b.update(lydelse="2018:1348"), "”lydelse”"),
    (lambda b: b.update(kalla=" "), "får inte vara tomma"),
    (lambda b: b.update(paragraf=None), "”osakert” säger inte att paragrafnumret inte har kontrollerats"),
])
def test_a_broken_provision_names_file_and_entry(tmp_path, monkeypatch, mutation, expected):
    data = json.loads((ROOT / "data" / "fakta" / "lagrum.json").read_text(encoding="utf-8"))
    mutation(data["bestammelser"][3])
    (tmp_path / "fakta").mkdir()
    (tmp_path / "fragor").mkdir()
    (tmp_path / "fakta" / "lagrum.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("REGKURS_DATA_DIR", str(tmp_path))
    with pytest.raises(fakta.FactError) as err:
        fakta.load("lagrum")
    message = str(err.value)
    assert "lagrum.json" in message and "”lag-5-1”" in message and expected in message


def test_missing_and_corrupt_fact_files(tmp_path, monkeypatch):
    (tmp_path / "fakta").mkdir()
    (tmp_path / "fragor").mkdir()
    monkeypatch.setenv("REGKURS_DATA_DIR", str(tmp_path))
    with pytest.raises(fakta.FactError, match="Hittar inte faktafilen .*lagrum.json"):
        fakta.load("lagrum")
    (tmp_path / "fakta" / "ordlista.json").write_text("{ trasig", encoding="utf-8")
    with pytest.raises(fakta.FactError, match="ordlista.json är felaktig"):
        ordlista.terms()


def test_citations_never_invent_a_paragraph_number():
    assert fakta.citation("lag-5-1") == "Lag (2010:630) 5 § 1"
    assert fakta.citation("lag-6") == "Lag (2010:630) 6 §"
    assert fakta.citation("lag-lansplan") == "Lag (2010:630)"
    assert fakta.citation("forordning-20") == "Förordning (2017:583) 20 §"
    with pytest.raises(fakta.FactError, match="finns inte"):
        fakta.provision("lag-99")


def test_tasks_point_to_known_provisions():
    for task in fakta.load("regionens-uppdrag")["uppgifter"]:
        for pid in task["lagrum"]:
            fakta.provision(pid)


def test_strategy_has_four_areas_and_three_challenges():
    strategy = fakta.load("nationell-strategi")
    assert len(strategy["strategiska_omraden"]) == 4 and len(strategy["samhallsutmaningar"]) == 3
    assert all("i hela landet" in o["namn"] for o in strategy["strategiska_omraden"])


def test_rus_priorities_are_not_invented():
    rus = fakta.load("regionens-uppdrag")["rus"]
    assert rus["prioriteringar"]["namn"] is None and rus["prioriteringar"]["antal"] == 6


def _markdown(path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown").casefold()


def test_glossary_terms_are_complete_and_taught_where_they_say():
    entries = ordlista.terms()
    assert len({e["term"].casefold() for e in entries}) == len(entries), "duplicate terms"
    notebooks = {p.name[:2]: _markdown(p) for p in notebook_paths(ROOT)}
    for entry in entries:
        assert entry["notebook"] in notebooks, entry
        words = [w for w in re.split(r"[\s()]+", entry["term"].split(" (")[0].casefold()) if len(w) > 2]
        text = notebooks[entry["notebook"]]
        missing = [w for w in words if w[: max(3, len(w) - 3)] not in text]
        assert not missing, f"“{entry['term']}” is not taught in notebook {entry['notebook']} ({missing})"


def test_every_notebook_from_01_has_a_glossary_table():
    for path in notebook_paths(ROOT)[1:]:
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
        assert f'ordlista.table("{path.name[:2]}")' in code and "ordlista.widget()" in code, path.name


def test_glossary_search():
    assert ordlista.search("länsplan")[0]["term"].startswith("länsplan")
    assert any(e["term"] == "samråda" for e in ordlista.search("CONSULT"))
    assert ordlista.search("   ") == []
    assert ordlista.search("xyzzy") == []


def test_glossary_widget_headless():
    w = ordlista.widget()
    count = len(json.loads((ROOT / "data" / "fakta" / "ordlista.json").read_text(encoding="utf-8"))["termer"])
    assert f"bland kursens {count} termer" in w.results.value
    w.search_box.value = "rus"
    assert "regional utvecklingsstrategi (RUS)" in w.results.value and "regional development strategy" in w.results.value
    w.search_box.value = "qqq"
    assert "Inga träffar på ”qqq”" in w.results.value
    w.search_box.value = ""
    assert "Skriv i rutan" in w.results.value


MISCONCEPTIONS = {m["id"] for m in fakta.load("missuppfattningar")["missuppfattningar"]}


@pytest.mark.parametrize("path", bank.all_bank_paths(), ids=lambda p: p.name)
def test_distractors_are_tied_to_known_misconceptions(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    for q in raw["questions"]:
        for option in q.get("options", []):
            if "misconception" in option:
                assert option["misconception"] in MISCONCEPTIONS, (q["id"], option["misconception"])
            elif path.name[:2] != "00" and not option["correct"]:
                pytest.fail(f"{q['id']}: the distractor “{option['text']}” names no misconception")


@pytest.mark.parametrize("path", bank.all_bank_paths()[1:], ids=lambda p: p.name)
def test_content_notebooks_have_enough_checked_questions(path):
    assert len(bank.load_bank(path).questions) >= 8


def _private_fakta(tmp_path, monkeypatch):
    (tmp_path / "fragor").mkdir()
    shutil.copytree(ROOT / "data" / "fakta", tmp_path / "fakta")
    monkeypatch.setenv("REGKURS_DATA_DIR", str(tmp_path))
    return tmp_path / "fakta"


@pytest.mark.parametrize("name", [p.stem for p in FACT_FILES])
def test_a_fact_file_with_a_byte_order_mark_loads(tmp_path, monkeypatch, name):
    folder = _private_fakta(tmp_path, monkeypatch)
    file = folder / f"{name}.json"
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    assert fakta.load(name) == json.loads((ROOT / "data" / "fakta" / f"{name}.json").read_text(encoding="utf-8"))


def test_an_unreadable_fact_file_says_why_in_swedish(tmp_path, monkeypatch):
    folder = _private_fakta(tmp_path, monkeypatch)
    file = folder / "lagrum.json"
    make_unreadable(monkeypatch, file)
    with pytest.raises(fakta.FactError) as err:
        fakta.load("lagrum")
    assert str(file) in str(err.value) and "behörighet" in str(err.value).lower()
    assert "Permission denied" not in str(err.value)


def test_invalid_json_in_a_fact_file_is_described_in_swedish(tmp_path, monkeypatch):
    folder = _private_fakta(tmp_path, monkeypatch)
    (folder / "lagrum.json").write_text('{"bestammelser": [}', encoding="utf-8")
    with pytest.raises(fakta.FactError) as err:
        fakta.load("lagrum")
    assert "inte giltig JSON (rad 1, kolumn 19)" in str(err.value) and "Expecting" not in str(err.value)


def test_a_fact_table_takes_its_swedish_headers_from_the_texts():
    shown = fakta.table("lagrum", "andringar").data
    heads = re.findall(r"<th[^>]*>([^<]*)</th>", shown)
    assert heads == list(texts.FACT_TABLES["andringar"].values()) == ["När", "Vad", "Beslut", "Osäkert"]
    first = fakta.load("lagrum")["andringar"][0]
    assert render.inline(first["vad"]) in shown or first["vad"] in shown
    tasks = fakta.table("regionens-uppdrag", "uppgifter").data
    assert fakta.citation(fakta.load("regionens-uppdrag")["uppgifter"][0]["lagrum"][0]) in tasks


def test_an_unknown_fact_list_gives_the_swedish_error_box():
    shown = fakta.table("lagrum", "finns-inte").data
    assert 'class="kurs-fb kurs-fb-error"' in shown and "”finns-inte” finns inte i faktafilen" in shown


def test_the_duties_table_uses_the_same_headers_as_every_provisions_table():
    shown = fakta.provisions_table("lag-", duties=True).data
    assert re.findall(r"<th[^>]*>([^<]*)</th>", shown) == list(texts.PROVISION_COLUMNS[:3])
    with_verb = [p for p in fakta.load("lagrum")["bestammelser"] if p["id"].startswith("lag-") and p["verb"]]
    assert shown.count("<tr>") == len(with_verb) + 1


def test_the_rus_directions_are_one_call():
    rus = fakta.load("regionens-uppdrag")["rus"]
    shown = fakta.rus_directions().data
    assert texts.RUS_GOALS.format(goals=", ".join(rus["mal"])) in shown
    assert all(i["namn"] in shown for i in rus["inriktningar"]) and "Inriktning" in shown


def test_no_notebook_types_table_headers_by_hand():
    for path in notebook_paths(ROOT):
        code = "".join("".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
                       if c["cell_type"] == "code")
        assert "fakta.table((" not in code, path.name
