"""The data layer: every data set loads and validates, corrupted copies fail with a clear Swedish
message naming file, row and fix, and the SCB refresh works against a JSON-stat 2 fixture –
never the network – without ever overwriting good data with a bad answer."""

from __future__ import annotations

import copy
import json
import shutil
import urllib.error

import pytest
from support import ROOT

from helpers import data, diagram, kontroll, scb

FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "scb_tab638_folkmangd_2024.json").read_text(encoding="utf-8"))
RESOURCES = data.available()


@pytest.fixture
def datadir(tmp_path, monkeypatch):
    """A private copy of data/ so tests may corrupt or rewrite files."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    monkeypatch.setenv("REGKURS_DATA_DIR", str(target))
    return target


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
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(column)] = value
    lines[row - 1] = ",".join(cells)


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
    (lambda d: d.update({"class": "collection"}), "not a JSON-stat 2 dataset"),
    (lambda d: d.update({"version": "1.0"}), "not a JSON-stat 2 dataset"),
    (lambda d: d["value"].pop(), "expected 17 values, got 16"),
    (lambda d: d.update({"size": [17, 1]}), "do not match"),
    (lambda d: d["dimension"]["Tid"]["category"].pop("index") and d["dimension"]["Tid"]["category"].pop("label"), "no category index"),
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
     "lacks regions 2404: the answer is partial"),
    (lambda d: d["value"].__setitem__(4, None), "has no whole-number value"),
    (lambda d: d["value"].__setitem__(4, d["value"][4] + 5), "does not validate, nothing was written"),
    (lambda d: d["dimension"]["ContentsCode"]["category"].update(index={"BE0101N2": 0}), "unexpected contents"),
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
    assert "could not reach SCB" in capsys.readouterr().out
    assert (datadir / "befolkning.csv").read_bytes() == before


def test_cli_with_a_saved_answer(datadir, tmp_path, capsys):
    answer = tmp_path / "svar.json"
    doc = copy.deepcopy(FIXTURE)
    doc["dimension"]["Tid"]["category"] = {"index": ["2099"], "label": {"2099": "2099"}}
    answer.write_text(json.dumps(doc), encoding="utf-8")
    assert data.main(["refresh", "befolkning", "--file", str(answer), "--dry-run"]) == 0
    assert "17 rows added" in capsys.readouterr().out and (data.load("befolkning")["ar"] != 2099).all()
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
    for html in (diagram.population_change(1990, 2024).data, diagram.county_map(2024).data, diagram.employment().data,
                 diagram.expenditure_areas(2025), diagram.expenditure_areas(2026, log=True)):
        assert 'alt="' in html and "Källa: " in html and "Hämtad 2026-11-27" in html
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
