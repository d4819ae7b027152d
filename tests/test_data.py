"""The data layer: every data set loads and validates, corrupted copies fail with a clear Swedish
message naming file, row and fix, and the SCB refresh works against a JSON-stat 2 fixture –
never the network – without ever overwriting good data with a bad answer."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import errno
import io
import json
import os
import re
import stat
import urllib.error
from pathlib import Path

import pytest
from support import ROOT

from helpers import data, diagram, kontroll
from helpers.store import files, oserrors, scb

FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "scb_tab638_folkmangd_2024.json").read_text(encoding="utf-8"))
RESOURCES = data.available()


@pytest.mark.parametrize("name", RESOURCES)
def test_every_data_set_loads_and_is_described(name):
    frame = data.load(name)
    res = data.resource(name)
    assert len(frame) > 0 and list(frame.columns) == [f["name"] for f in res["schema"]["fields"]]
    assert res["sources"] and res["licenses"] and res["tabell"] and res["hamtad"]
    for field in res["schema"]["fields"]:
        if field["type"] in ("integer", "number") and field["name"] not in ("ar",):
            assert field.get("unit"), f"{name}.{field['name']} needs a unit"
    citation = data.source(name)
    assert citation.startswith("Källa: ") and res["hamtad"] in citation and "Licens:" in citation


def test_every_csv_is_in_the_package():
    listed = {r["path"] for r in data.package()["resources"]}
    assert {p.name for p in (ROOT / "data").glob("*.csv")} == listed


def test_population_facts():
    bef = data.load("befolkning")
    county = bef[bef["regionkod"] == "24"].set_index("ar")["folkmangd"]
    assert county[2024] == 281138 and county[1970] == 233134
    municipalities = bef[bef["niva"] == "kommun"]
    assert municipalities.groupby("ar")["regionkod"].nunique().eq(15).all()
    assert sorted(bef["ar"].unique().tolist()) == [1970, 1980, 1990, 2000, 2010, 2018, 2020, 2021, 2022, 2023, 2024]


def _corrupt(datadir, name, edit):
    file = datadir / data.resource(name)["path"]
    lines = file.read_text(encoding="utf-8").splitlines()
    edit(lines)
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def _replace_cell(lines, row, column, value):
    header = next(csv.reader([lines[0]]))
    cells = next(csv.reader([lines[row - 1]]))
    cells[header.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    lines[row - 1] = out.getvalue()


def _row_of(lines, prefix):
    return next(i for i, line in enumerate(lines, 1) if line.startswith(prefix))


CORRUPTIONS = {
    "befolkning": [
        (lambda ls: ls.__setitem__(0, ls[0].replace("folkmangd", "invanare")), "kolumnen ”folkmangd” saknas", "filen"),
        (lambda ls: _replace_cell(ls, 5, "folkmangd", "okänt"), "innehåller ”okänt”, som inte är ett heltal", "rad 5"),
        (lambda ls: ls.pop(4), "år 1970 saknar Bjurholm (2403)", "rad 3"),
        (lambda ls: _replace_cell(ls, _row_of(ls, "2401,Nordmaling,kommun,1980"), "folkmangd", "8125"),
         "kommunerna summerar till 243857 år 1980", "rad 20"),
        (lambda ls: ls.append(ls[3]), "nyckeln (2401, 1970) finns redan på rad 4", "rad"),
        (lambda ls: _replace_cell(ls, 4, "niva", "stad"), "tillåtna värden är riket, lan, kommun", "rad 4"),
    ],
    "kommuner": [
        (lambda ls: ls.__setitem__(0, ls[0].replace("lat,", "latitud,")), "kolumnen ”lat” saknas", "filen"),
        (lambda ls: _replace_cell(ls, 3, "landareal_km2", "stor"), "innehåller ”stor”, som inte är ett tal", "rad 3"),
        (lambda ls: ls.pop(5), "kommunen med kod 2417 saknas", "filen"),
        (lambda ls: _replace_cell(ls, 2, "lat", "99"), "större än 66.5", "rad 2"),
    ],
    "budget_uo19": [
        (lambda ls: ls.__setitem__(0, ls[0].replace("status", "typ")), "kolumnen ”status” saknas", "filen"),
        (lambda ls: _replace_cell(ls, 4, "belopp_mnkr", "två"), "innehåller ”två”, som inte är ett tal", "rad 4"),
        (lambda ls: _replace_cell(ls, 4, "belopp_mnkr", "2500"), "anslagen summerar till 4342", "rad 3"),
    ],
    "utgiftsomraden": [
        (lambda ls: ls.__setitem__(0, ls[0] + ",extra"), "okänd kolumn ”extra”", "filen"),
        (lambda ls: _replace_cell(ls, 3, "belopp_mdkr", "sjuttio"), "innehåller ”sjuttio”, som inte är ett tal", "rad 3"),
        (lambda ls: _replace_cell(ls, 3, "uo", "Arbetsmarknad"), "inte har rätt form", "rad 3"),
    ],
    "sysselsattning": [
        (lambda ls: ls.__setitem__(0, ls[0].replace("antal", "personer")), "kolumnen ”antal” saknas", "filen"),
        (lambda ls: _replace_cell(ls, 3, "antal", "många"), "innehåller ”många”, som inte är ett heltal", "rad 3"),
        (lambda ls: ls.pop(_row_of(ls, "2020,Handel") - 1), "branscherna summerar till 111310, men raden Totalt säger 122675", "rad 2"),
    ],
}
CASES = [(name, *case) for name, cases in CORRUPTIONS.items() for case in cases]


@pytest.mark.parametrize("name,edit,problem,where", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_corrupted_copy_fails_with_file_row_and_fix(datadir, name, edit, problem, where):
    file = _corrupt(datadir, name, edit)
    with pytest.raises(data.DataError) as err:
        data.load(name)
    message = str(err.value)
    assert str(file) in message and problem in message and where in message, message
    assert "Åtgärd:" in message and "git checkout" in message


def test_missing_file_and_unknown_name(datadir):
    (datadir / "kommuner.csv").unlink()
    with pytest.raises(data.DataError, match=r"Datafilen .*kommuner\.csv saknas.*git checkout"):
        data.load("kommuner")
    with pytest.raises(data.DataError, match="Datamängden ”folk” finns inte. Tillgängliga: befolkning"):
        data.load("folk")


def test_broken_package_descriptor(datadir):
    (datadir / "datapackage.json").write_text("{ trasig", encoding="utf-8")
    with pytest.raises(data.DataError, match="datapackage.json.*saknas eller är trasig"):
        data.available()


# --- SCB refresh against the JSON-stat 2 fixture ---------------------------------------------------
def test_decode_follows_json_stat_2():
    cells = scb.decode(FIXTURE)
    assert len(cells) == 17 and cells[0] == {"Region": "00", "ContentsCode": "BE0101N1", "Tid": "2024", "value": 10587710}
    sparse = copy.deepcopy(FIXTURE)
    sparse["value"] = {str(i): v for i, v in enumerate(FIXTURE["value"]) if i != 3}
    sparse["dimension"]["Region"]["category"]["index"] = list(FIXTURE["dimension"]["Region"]["category"]["index"])
    decoded = scb.decode(sparse)
    assert decoded[3] == {"Region": "2403", "ContentsCode": "BE0101N1", "Tid": "2024", "value": None}


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d.update({"class": "collection"}), "inte en datamängd i JSON-stat 2"),
    (lambda d: d.update({"version": "1.0"}), "inte en datamängd i JSON-stat 2"),
    (lambda d: d["value"].pop(), "borde ha 17 värden men har 16: det är ofullständigt"),
    (lambda d: d.update({"size": [17, 1]}), "stämmer inte överens"),
    (lambda d: d["dimension"]["Tid"]["category"].pop("index") and d["dimension"]["Tid"]["category"].pop("label"),
     "dimensionen ”Tid” saknar en lista över kategorier"),
    (lambda d: d.update({"size": [17.0, 1, 1]}), "”size” ska vara en lista med positiva heltal"),
    (lambda d: d.update({"size": [17, True, 1]}), "”size” ska vara en lista med positiva heltal"),
    (lambda d: d["dimension"]["Region"].update(category=["00", "24"]), "dimensionen ”Region” har kategorier i fel form"),
    (lambda d: d["dimension"]["Region"]["category"].update(index=[0, 1] * 8 + [2]), "dimensionen ”Region” har kategorier i fel form"),
    (lambda d: d["dimension"].update(Tid=["2024"]), "dimensionen ”Tid” har kategorier i fel form"),
    (lambda d: d.update(value="många"), "”value” saknas i svaret"),
])
def test_decode_rejects_malformed_answers(mutate, message):
    doc = copy.deepcopy(FIXTURE)
    mutate(doc)
    with pytest.raises(scb.RefreshError, match=message):
        scb.decode(doc)


def test_query_url_follows_the_pxwebapi_2_documentation():
    url = scb.query_url()
    assert url.startswith("https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2")
    assert "valueCodes[Region]=00,24,2401," in url and "valueCodes[ContentsCode]=BE0101N1" in url
    assert url.endswith("valueCodes[Tid]=top(1)")


def test_refresh_with_the_same_year_changes_nothing(datadir):
    before = (datadir / "befolkning.csv").read_bytes()
    report = scb.refresh(copy.deepcopy(FIXTURE))
    assert report == scb.Report((2024,), 0, 0, False)
    assert (datadir / "befolkning.csv").read_bytes() == before


def test_refresh_adds_a_new_year_and_the_result_validates(datadir):
    doc = copy.deepcopy(FIXTURE)
    doc["dimension"]["Tid"]["category"] = {"index": ["2099"], "label": {"2099": "2099"}}  # synthetic test year
    report = scb.refresh(doc)
    assert report.added == 17 and report.written
    bef = data.load("befolkning")
    assert (bef["ar"] == 2099).sum() == 17
    assert not list(datadir.glob(".befolkning-*"))


@pytest.mark.parametrize("mutate,message", [
    (lambda d: (d["value"].pop(5), d["dimension"]["Region"]["category"]["index"].pop("2404"), d.update(size=[16, 1, 1])),
     "år 2099 saknar regionerna 2404: svaret är ofullständigt"),
    (lambda d: d["value"].__setitem__(4, None), "region 2404 år 2099 har inget heltal som värde"),
    (lambda d: d["value"].__setitem__(4, d["value"][4] + 5), "klarar inte kontrollerna: kommunerna summerar till"),
    (lambda d: d["dimension"]["ContentsCode"]["category"].update(index={"BE0101N2": 0}), "oväntat tabellinnehåll ”BE0101N2”"),
    (lambda d: d["value"].__setitem__(4, float("nan")), "region 2404 år 2099 har inget heltal som värde"),
    (lambda d: d["value"].__setitem__(4, float("inf")), "region 2404 år 2099 har inget heltal som värde"),
    (lambda d: d["value"].__setitem__(4, "5417"), "region 2404 år 2099 har inget heltal som värde"),
    (lambda d: d["dimension"]["Tid"]["category"].update(index=["2099.0"]), "”2099.0” är inget årtal"),
])
def test_a_bad_answer_never_overwrites_good_data(datadir, mutate, message):
    doc = copy.deepcopy(FIXTURE)
    doc["dimension"]["Tid"]["category"] = {"index": ["2099"], "label": {"2099": "2099"}}
    mutate(doc)
    before = (datadir / "befolkning.csv").read_bytes()
    with pytest.raises(scb.RefreshError, match=message):
        scb.refresh(doc)
    assert (datadir / "befolkning.csv").read_bytes() == before


def test_network_failure_is_reported_not_raised(datadir, monkeypatch, capsys):
    def offline(*_args, **_kwargs):
        raise urllib.error.URLError("no network in tests")

    monkeypatch.setattr(scb.urllib.request, "urlopen", offline)
    before = (datadir / "befolkning.csv").read_bytes()
    assert scb.cli(["refresh", "befolkning"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Uppdateringen misslyckades, ") and "SCB gick inte att nå" in out
    assert "Traceback" not in out
    assert (datadir / "befolkning.csv").read_bytes() == before


def test_cli_with_a_saved_answer(datadir, tmp_path, capsys):
    answer = tmp_path / "svar.json"
    doc = copy.deepcopy(FIXTURE)
    doc["dimension"]["Tid"]["category"] = {"index": ["2099"], "label": {"2099": "2099"}}
    answer.write_text(json.dumps(doc), encoding="utf-8")
    assert data.main(["refresh", "befolkning", "--file", str(answer), "--dry-run"]) == 0
    assert "17 rader tillagda" in capsys.readouterr().out and (data.load("befolkning")["ar"] != 2099).all()
    assert data.main(["refresh", "befolkning", "--file", str(answer)]) == 0
    assert (data.load("befolkning")["ar"] == 2099).sum() == 17
    assert data.main(["refresh"]) == 2 and data.main(["refresh", "befolkning", "--file"]) == 2
    assert data.main(["refresh", "befolkning", "--file", str(tmp_path / "saknas.json")]) == 1


# --- learner self-checks and charts -------------------------------------------------------------------
@pytest.mark.parametrize("answer,status,text", [
    (None, "not_attempted", "fortfarande värdet None"),
    (-38.9, "correct", "Rätt svar är"),
    ("-38,9 %", "correct", "Rätt svar är"),
    (38.9, "incorrect", "Tecknet är fel: befolkningen har minskat"),
    (-1458, "incorrect", "antal personer"),
    (-63.6, "incorrect", "delat med värdet för slutåret"),
    ("mycket", "not_attempted", "är inget tal"),
])
def test_check_change_for_dorotea(answer, status, text):
    result = kontroll.grade_change(answer, "Dorotea", 1990, 2024)
    assert result.status.value == status and text in result.message


def test_check_change_for_another_place_and_bad_names(store):
    assert kontroll.grade_change(47.1, "umeå", 1990, 2024).status.value == "correct"
    assert "Hittar inte kommunen ”Umea”" in kontroll.check_change(1, "Umea", store=store).value
    assert "Året 1995 finns inte" in kontroll.check_change(1, "Umeå", 1995, 2024, store=store).value
    kontroll.check_change(-38.9, "Dorotea", store=store)
    assert store.get_state("08-egna-uttrakningar")["Dorotea:1990-2024"]["status"] == "correct"


def test_charts_cite_their_data_and_have_alt_text():
    charts = [(diagram.population_change(1990, 2024).data, ["befolkning"]),
              (diagram.county_map(2024).data, ["kommuner", "befolkning"]),
              (diagram.employment().data, ["sysselsattning"]),
              (diagram.expenditure_areas(2025), ["utgiftsomraden"]),
              (diagram.expenditure_areas(2026, log=True), ["utgiftsomraden"])]
    for html, names in charts:
        assert 'alt="' in html and "Källa: " in html
        for name in names:  # the retrieval date comes from the descriptor, which a refresh updates
            assert f"Hämtad {data.resource(name)['hamtad']}" in html, name
    assert "Dorotea −38,9 %" in diagram.population_change(1990, 2024).data
    assert "logaritmisk skala" in diagram.expenditure_areas(2026, log=True)


def test_expenditure_widget_toggles_scale_and_year():
    widget = diagram.expenditure_widget()
    year, scale = widget.children[0].children
    assert year.options == (2026, 2025, 2015)
    scale.value = "Logaritmisk"
    assert "logaritmisk skala" in widget.children[1].value
    year.value = 2015
    assert "budget 2015" in widget.children[1].value


# --- hardening: numbers, encodings, descriptor, permissions ---------------------------------------------
@pytest.mark.parametrize("name,row,column,value,problem", [
    ("kommuner", 3, "lat", "nan", "innehåller ”nan”, som inte är ett tal"),
    ("kommuner", 3, "lat", "NaN", "innehåller ”NaN”, som inte är ett tal"),
    ("kommuner", 3, "landareal_km2", "inf", "innehåller ”inf”, som inte är ett tal"),
    ("kommuner", 3, "landareal_km2", "Infinity", "innehåller ”Infinity”, som inte är ett tal"),
    ("kommuner", 3, "landareal_km2", "1_000", "innehåller ”1_000”, som inte är ett tal"),
    ("kommuner", 3, "landareal_km2", "1e3", "innehåller ”1e3”, som inte är ett tal"),
    ("kommuner", 3, "landareal_km2", "١٢٣", "innehåller ”١٢٣”, som inte är ett tal"),
    ("befolkning", 5, "folkmangd", "٣٩١٢", "innehåller ”٣٩١٢”, som inte är ett heltal"),
    ("befolkning", 5, "folkmangd", "3_912", "innehåller ”3_912”, som inte är ett heltal"),
    ("budget_uo19", 2, "noggrannhet_mnkr", "NaN", "innehåller ”NaN”, som inte är ett tal"),
])
def test_only_finite_numbers_written_as_digits_are_accepted(datadir, name, row, column, value, problem):
    file = _corrupt(datadir, name, lambda ls: _replace_cell(ls, row, column, value))
    with pytest.raises(data.DataError) as err:
        data.load(name)
    assert str(file) in str(err.value) and f"rad {row}" in str(err.value) and problem in str(err.value)


def test_a_nan_tolerance_no_longer_hides_a_wrong_budget_total(datadir):
    def edit(lines):
        rows = list(csv.DictReader(lines))
        total = next(i for i, row in enumerate(rows, 2) if row["anslag"] == "UO19")
        _replace_cell(lines, total, "belopp_mnkr", str(float(rows[total - 2]["belopp_mnkr"]) + 999))
        _replace_cell(lines, total, "noggrannhet_mnkr", "nan")

    _corrupt(datadir, "budget_uo19", edit)
    with pytest.raises(data.DataError, match="”nan”, som inte är ett tal"):
        data.load("budget_uo19")


@pytest.mark.parametrize("name", RESOURCES)
def test_a_csv_saved_by_excel_with_a_byte_order_mark_loads(datadir, name):
    file = datadir / data.resource(name)["path"]
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    rows = len(file.read_text(encoding="utf-8-sig").splitlines()) - 1
    assert len(data.load(name)) == rows
    assert list(data.load(name).columns)[0] == data.resource(name)["schema"]["fields"][0]["name"]


def test_a_descriptor_with_a_byte_order_mark_loads(datadir):
    file = datadir / "datapackage.json"
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    assert "befolkning" in data.available()


def test_a_row_with_extra_fields_is_rejected(datadir):
    file = _corrupt(datadir, "befolkning", lambda ls: ls.__setitem__(4, ls[4] + ",12"))
    with pytest.raises(data.DataError) as err:
        data.load("befolkning")
    assert str(file) in str(err.value) and "rad 5: raden har fler fält än rubrikraden" in str(err.value)


@pytest.mark.parametrize("descriptor,problem", [
    ({}, "”resources” ska vara en lista med minst en datamängd"),
    ({"resources": "befolkning"}, "”resources” ska vara en lista med minst en datamängd"),
    ({"resources": [{"name": "befolkning"}]}, "datamängden ”befolkning” saknar ”path”"),
    ({"resources": [{"path": "befolkning.csv"}]}, "datamängd nummer 1 saknar ”name”"),
    ({"resources": [{"name": "befolkning", "path": "befolkning.csv", "schema": {}}]},
     "datamängden ”befolkning” saknar ”schema.fields”"),
    ({"resources": [{"name": "befolkning", "path": "befolkning.csv", "schema": {"fields": [{"name": "ar", "type": "datum"}]}}]},
     "datamängden ”befolkning” saknar ”schema.fields: type”"),
    ([], "”resources” ska vara en lista med minst en datamängd"),
])
def test_a_broken_descriptor_gives_the_swedish_data_error(datadir, descriptor, problem):
    (datadir / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    for call in (data.available, lambda: data.load("befolkning"), lambda: data.source("befolkning")):
        with pytest.raises(data.DataError) as err:
            call()
        assert "datapackage.json" in str(err.value) and problem in str(err.value), str(err.value)
        assert "Hämta filen på nytt" in str(err.value)


def _refuse(path_to_refuse, error):
    real = Path.read_text

    def read_text(self, *args, **kwargs):
        if self == path_to_refuse:
            raise error
        return real(self, *args, **kwargs)

    return read_text


def test_a_csv_without_read_permission_says_so(datadir, monkeypatch):
    file = datadir / "befolkning.csv"
    monkeypatch.setattr(Path, "read_text", _refuse(file, PermissionError(errno.EACCES, "Permission denied", str(file))))
    with pytest.raises(data.DataError) as err:
        data.load("befolkning")
    message = str(err.value)
    assert str(file) in message and "behörighet" in message.lower()
    assert "CSV" not in message and "felaktig" not in message and "Permission denied" not in message


def test_an_unreadable_descriptor_says_why_in_swedish(datadir, monkeypatch):
    file = datadir / "datapackage.json"
    monkeypatch.setattr(Path, "read_text", _refuse(file, PermissionError(errno.EACCES, "Permission denied", str(file))))
    with pytest.raises(data.DataError) as err:
        data.available()
    assert "behörighet" in str(err.value).lower() and "Permission denied" not in str(err.value)


def test_course_errors_render_without_a_python_traceback_in_a_notebook(datadir):
    (datadir / "kommuner.csv").unlink()
    with pytest.raises(data.DataError) as err:
        data.load("kommuner")
    assert err.value._render_traceback_() == [str(err.value)]


# --- hardening: plausibility of refreshed figures, backup, file mode ------------------------------------
REGION_POSITION = {code: i for code, i in FIXTURE["dimension"]["Region"]["category"]["index"].items()}


def _swap(values, a, b):
    values[REGION_POSITION[a]], values[REGION_POSITION[b]] = values[REGION_POSITION[b]], values[REGION_POSITION[a]]


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d["value"].__setitem__(REGION_POSITION["00"], 1), "riket har 1 invånare år 2024, färre än länets 281138"),
    (lambda d: d.update(value=[v * 10 for v in d["value"]]), "Riket (00) går från 10551707 år 2023 till 105877100 år 2024"),
    (lambda d: _swap(d["value"], "2480", "2403"), "Bjurholm (2403) går från 2348 år 2023 till 134249 år 2024"),
    (lambda d: d["dimension"]["Region"]["category"]["label"].update({"2480": "Bjurholm", "2403": "Umeå"}),
     "region 2403 heter ”Umeå” i svaret men ”Bjurholm” i filen"),
])
def test_consistent_but_wrong_figures_are_refused(datadir, mutate, message):
    doc = copy.deepcopy(FIXTURE)
    mutate(doc)
    before = (datadir / "befolkning.csv").read_bytes()
    with pytest.raises(scb.RefreshError, match=re.escape(message)):
        scb.refresh(doc)
    assert (datadir / "befolkning.csv").read_bytes() == before
    assert not (datadir / "sakerhetskopior").exists()


def test_scb_labels_with_a_code_prefix_still_match_the_names(datadir):
    doc = copy.deepcopy(FIXTURE)
    labels = doc["dimension"]["Region"]["category"]["label"]
    labels.update({code: f"{code} {name}" for code, name in labels.items() if len(code) == 4})
    assert scb.refresh(doc) == scb.Report((2024,), 0, 0, False)


@pytest.mark.parametrize("edit,problem,where", [
    (lambda ls: _replace_cell(ls, _row_of(ls, "00,Riket,riket,2024"), "folkmangd", "1"),
     "riket har 1 invånare år 2024, färre än länets 281138", "rad 172"),
    (lambda ls: (_replace_cell(ls, _row_of(ls, "2480,Umeå,kommun,2024"), "folkmangd", "184249"),  # the sum still holds
                 _replace_cell(ls, _row_of(ls, "2482,Skellefteå,kommun,2024"), "folkmangd", "28150")),
     "Umeå (2480) går från 133091 år 2023 till 184249 år 2024", "rad 186"),
    (lambda ls: _replace_cell(ls, _row_of(ls, "2480,Umeå,kommun,2024"), "region", "Bjurholm"),
     "region 2480 heter ”Bjurholm” här men ”Umeå” på rad 16", "rad 186"),
])
def test_the_plausibility_checks_also_guard_the_file(datadir, edit, problem, where):
    file = _corrupt(datadir, "befolkning", edit)
    with pytest.raises(data.DataError) as err:
        data.load("befolkning")
    message = str(err.value)
    assert str(file) in message and problem in message and where in message, message


def test_the_change_bounds_come_from_the_descriptor():
    bounds = data.resource("befolkning")["rimlighet"]["max_forandring_per_ar"]
    assert set(bounds) == {"riket", "lan", "kommun"} and all(0 < b < 0.2 for b in bounds.values())


def _new_year_doc():
    doc = copy.deepcopy(FIXTURE)
    doc["dimension"]["Tid"]["category"] = {"index": ["2099"], "label": {"2099": "2099"}}
    return doc


def test_a_written_refresh_keeps_a_dated_backup_and_the_file_mode(datadir):
    target = datadir / "befolkning.csv"
    before = target.read_bytes()
    target.chmod(0o644)
    report = scb.refresh(_new_year_doc())
    assert report.written
    backup = datadir / "sakerhetskopior" / f"befolkning-{dt.date.today().isoformat()}.csv"
    assert report.backup == backup and backup.read_bytes() == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not list(datadir.glob(".befolkning-*"))


def test_the_file_mode_is_kept_whatever_it_was(datadir):
    target = datadir / "befolkning.csv"
    target.chmod(0o664)
    scb.refresh(_new_year_doc())
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_a_second_refresh_on_the_same_day_keeps_both_backups(datadir):
    scb.refresh(_new_year_doc())
    doc = _new_year_doc()
    doc["dimension"]["Tid"]["category"] = {"index": ["2098"], "label": {"2098": "2098"}}
    second = scb.refresh(doc)
    today = dt.date.today().isoformat()
    assert {p.name for p in (datadir / "sakerhetskopior").iterdir()} == {f"befolkning-{today}.csv", f"befolkning-{today}-2.csv"}
    assert second.backup.name == f"befolkning-{today}-2.csv"
    assert (datadir / "sakerhetskopior" / f"befolkning-{today}-2.csv").read_text(encoding="utf-8").count(",2099,") == 17


def test_a_dry_run_writes_no_backup(datadir):
    assert not scb.refresh(_new_year_doc(), write=False).written
    assert not (datadir / "sakerhetskopior").exists()


def _run_cli(tmp_path, capsys, text, *extra):
    answer = tmp_path / "svar.json"
    answer.write_text(text, encoding="utf-8")
    code = data.main(["refresh", "befolkning", "--file", str(answer), *extra])
    return code, capsys.readouterr().out


def _answer_text(mutate):
    doc = _new_year_doc()
    mutate(doc)
    return json.dumps(doc, ensure_ascii=False)


@pytest.mark.parametrize("text,reason", [
    (_answer_text(lambda d: d["value"].__setitem__(4, float("nan"))), "region 2404 år 2099 har inget heltal som värde"),
    (_answer_text(lambda d: d["value"].__setitem__(4, float("inf"))), "region 2404 år 2099 har inget heltal som värde"),
    (_answer_text(lambda d: d["value"].__setitem__(4, float("-inf"))), "region 2404 år 2099 har inget heltal som värde"),
    (_answer_text(lambda d: d["dimension"]["Tid"]["category"].update(index=["2024.0"])), "”2024.0” är inget årtal"),
    (_answer_text(lambda d: d["dimension"]["Region"].update(category=["00"])), "dimensionen ”Region” har kategorier i fel form"),
    (_answer_text(lambda d: d.update(size=[17.0, 1, 1])), "”size” ska vara en lista med positiva heltal"),
    (_answer_text(lambda d: d.update(size=[1e300, 1, 1])), "”size” ska vara en lista med positiva heltal"),
    (_answer_text(lambda d: d.update(id="Region")), "stämmer inte överens"),
    ("[1, 2]", "inte en datamängd i JSON-stat 2"),
    ("{ trasig", "är inte giltig JSON (rad 1, kolumn 3)"),
])
def test_every_bad_answer_ends_in_the_swedish_failure_message(datadir, tmp_path, capsys, text, reason):
    before = (datadir / "befolkning.csv").read_bytes()
    code, out = _run_cli(tmp_path, capsys, text)
    assert code == 1 and out.startswith(f"Uppdateringen misslyckades, {datadir / 'befolkning.csv'} är oförändrad: ")
    assert reason in out and "Traceback" not in out, out
    assert (datadir / "befolkning.csv").read_bytes() == before


@pytest.mark.parametrize("error,reason", [
    (OSError(errno.ENOSPC, "No space left on device"), "Disken är full"),
    (PermissionError(errno.EACCES, "Permission denied"), "behörighet"),
])
def test_a_failed_write_leaves_the_file_unchanged(datadir, tmp_path, capsys, monkeypatch, error, reason):
    def fail(*_args):
        raise error

    before = (datadir / "befolkning.csv").read_bytes()
    monkeypatch.setattr(files.os, "fsync", fail)
    code, out = _run_cli(tmp_path, capsys, _answer_text(lambda d: None))
    assert code == 1 and out.startswith("Uppdateringen misslyckades, ") and reason in out.lower() or reason in out, out
    assert "No space left" not in out.split("\n")[0] and "Permission denied" not in out.split("\n")[0]
    assert (datadir / "befolkning.csv").read_bytes() == before
    assert not list(datadir.glob(".befolkning-*"))


def test_a_failed_backup_leaves_the_file_unchanged(datadir, tmp_path, capsys, monkeypatch):
    def fail(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    before = (datadir / "befolkning.csv").read_bytes()
    monkeypatch.setattr(files.shutil, "copy2", fail)
    code, out = _run_cli(tmp_path, capsys, _answer_text(lambda d: None))
    assert code == 1 and "säkerhetskopian kunde inte skrivas" in out and "Disken är full" in out, out
    assert (datadir / "befolkning.csv").read_bytes() == before


def test_an_unreadable_answer_file_is_reported_in_swedish(datadir, tmp_path, capsys):
    code = data.main(["refresh", "befolkning", "--file", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("Uppdateringen misslyckades, ") and "en mapp där en fil ska ligga" in out, out
    assert "Is a directory" not in out.split("\n")[0]


def test_an_answer_saved_with_a_byte_order_mark_is_read(datadir, tmp_path, capsys):
    answer = tmp_path / "svar.json"
    answer.write_bytes(b"\xef\xbb\xbf" + json.dumps(_new_year_doc()).encode("utf-8"))
    assert data.main(["refresh", "befolkning", "--file", str(answer), "--dry-run"]) == 0
    assert "17 rader tillagda" in capsys.readouterr().out


def test_the_success_message_names_the_backup(datadir, tmp_path, capsys):
    code, out = _run_cli(tmp_path, capsys, _answer_text(lambda d: None))
    assert code == 0 and "År 2099: 17 rader tillagda, 0 ändrade." in out and "sakerhetskopior" in out, out
    code, out = _run_cli(tmp_path, capsys, _answer_text(lambda d: None), "--dry-run")
    assert code == 0 and "inget har skrivits" in out.lower(), out


def test_data_readme_advises_a_dry_run_first_and_describes_the_safeguards():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.startswith(".venv/bin/python -m helpers.data refresh")]
    assert commands and "--dry-run" in commands[0], commands
    assert "sakerhetskopior/" in readme and "rimlighet" in readme and "max_forandring_per_ar" in readme


@pytest.mark.parametrize("code,fragment", [
    (errno.ENOSPC, "Disken är full"), (errno.EDQUOT, "lagringsutrymme"), (errno.EACCES, "behörighet"),
    (errno.EPERM, "behörighet"), (errno.EROFS, "skrivskyddad"), (errno.EISDIR, "en mapp där en fil ska ligga"),
    (errno.ENOTDIR, "är en fil och inte en mapp"), (errno.EEXIST, "finns redan"), (errno.ENOENT, "finns inte"),
    (errno.EIO, "läs- eller skrivfel"), (errno.ELOOP, "felkod 40"),
])
def test_os_errors_are_explained_in_swedish_with_the_fix(code, fragment):
    err = OSError(code, os.strerror(code), "/tmp/x/befolkning.csv")
    text = oserrors.describe_os_error(err)
    assert fragment in text and "”/tmp/x/befolkning.csv”" in text and os.strerror(code) not in text, text
    without_path = oserrors.describe_os_error(OSError(code, os.strerror(code)))
    assert "befolkning" not in without_path and without_path[0].isupper() and fragment in without_path, without_path


def test_the_atomic_writer_gives_a_new_file_the_default_mode_not_0600(tmp_path):
    umask = os.umask(0o022)
    try:
        files.atomic_write_text(tmp_path / "ny.csv", "a,b\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "ny.csv").stat().st_mode) == 0o644
    assert (tmp_path / "ny.csv").read_text(encoding="utf-8") == "a,b\n" and len(list(tmp_path.iterdir())) == 1
