"""Notebook 05 and 06 widgets driven headless: actor typing, the power/interest grid, the
sustainability rating and free-text reflections – including bad input and restored state."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from helpers import aktorer, fakta, hallbarhet, reflektion
from helpers.ui import plots

WORDS = "ett två tre fyra fem sex sju åtta nio tio"


def card(card_id):
    return next(c for c in aktorer.data()["aktorer"] if c["id"] == card_id)


# --- reflection -------------------------------------------------------------------------------
def test_reflection_rules():
    assert reflektion.count_words("  Två ord. ") == 2
    ok, message = reflektion.check("för kort", 5)
    assert not ok and "minst 5 ord" in message and "skrivit 2" in message
    assert reflektion.check(WORDS, 10)[0]


def test_reflection_widget_needs_enough_words_then_shows_model(store):
    box = reflektion.widget("05-lagt-inflytande", store=store)
    assert box.save_button.disabled and "0 av minst 40 ord" in box.counter.value
    box.text.value = "   "
    box.save_button.click()  # a click on a disabled button still reaches Python: the rule must hold
    assert "Skriv minst 40 ord" in box.feedback.value and box.model.value == ""
    assert store.get_state("05-lagt-inflytande") is None
    box.text.value = " ".join([WORDS] * 4)
    assert not box.save_button.disabled
    box.save_button.click()
    assert "Modellsvar" in box.model.value and "samebyarna" in box.model.value
    again = reflektion.widget("05-lagt-inflytande", store=store)
    assert again.text.value == box.text.value and "Modellsvar" in again.model.value


def test_unknown_reflection_gives_a_swedish_message():
    assert "finns inte" in reflektion.widget("99-saknas").value


# --- actor typing ----------------------------------------------------------------------------------
def test_every_card_uses_known_types_and_levels():
    info = aktorer.data()
    assert 14 <= len(info["aktorer"]) <= 16
    for c in info["aktorer"]:
        assert c["typ"] in info["typer"] and set(c["nivaer"]) <= set(info["nivaer"])
        assert set(c["felval"]) <= set(info["typer"]) | set(info["nivaer"])


def test_grade_card_explains_the_misconception():
    result = aktorer.grade_card(card("lansstyrelsen"), "Region", "Regional")
    assert result.type_ok is False and result.level_ok is True and not result.complete
    assert "Länsstyrelsen är inte regionen" in result.message and "✓ Nivå" in result.message
    assert aktorer.grade_card(card("umea-universitet"), "Universitet eller högskola", "Nationell").complete
    assert aktorer.grade_card(card("umea-universitet"), None, None).message == ""


def test_card_feedback_has_one_line_per_judgement_and_no_blank_lines():
    result = aktorer.grade_card(card("lansstyrelsen"), "Region", "Regional")
    html = aktorer.card_feedback(result)
    lines = re.findall(r'<div class="kurs-mark">(.*?)</div>', html)
    assert len(lines) == 2 and lines[0].startswith("✗ Typ: inte Region.") and lines[1].startswith("✓ Nivå: rätt.")
    assert "".join(f'<div class="kurs-mark">{line}</div>' for line in lines) == html, "nothing between the lines"
    assert "<br" not in html and "<p" not in html
    only_level = aktorer.card_feedback(aktorer.grade_card(card("lansstyrelsen"), None, "Regional"))
    assert only_level.count("kurs-mark") == 1 and "Nivå: rätt" in only_level
    assert aktorer.card_feedback(aktorer.grade_card(card("lansstyrelsen"), None, None)) == ""


def test_typing_widget_gives_immediate_feedback_and_saves(store):
    box = aktorer.typing_widget(store=store)
    type_dd, level_dd, feedback = box.rows["tillvaxtverket"]
    level_dd.value = "Regional"
    assert "✗ Nivå: inte Regional" in feedback.value and "regionen, inte Tillväxtverket" in feedback.value
    type_dd.value = "Statlig aktör"
    level_dd.value = "Nationell"
    assert "✓ Typ" in feedback.value and "✓ Nivå" in feedback.value
    assert "1 av 15 kort helt rätt" in box.summary.value
    assert store.get_state(aktorer.TYPING_KEY)["tillvaxtverket"] == {"typ": "Statlig aktör", "niva": "Nationell"}
    again = aktorer.typing_widget(store=store)
    assert again.rows["tillvaxtverket"][0].value == "Statlig aktör" and "✓ Typ" in again.rows["tillvaxtverket"][2].value


def test_typing_all_right_and_bad_saved_values(store):
    store.set_state(aktorer.TYPING_KEY, {"regeringen": {"typ": "Påhittad", "niva": 7}, "skelleftea-kommun": "skräp"})
    box = aktorer.typing_widget(store=store)
    assert box.rows["regeringen"][0].value is None and box.rows["regeringen"][1].value is None
    for c in aktorer.data()["aktorer"]:
        box.rows[c["id"]][0].value = c["typ"]
        box.rows[c["id"]][1].value = c["nivaer"][0]
    assert "Alla 15 kort är rätt" in box.summary.value


# --- power/interest grid ----------------------------------------------------------------------------
def test_compare_placement_explains_differences_of_two_steps_or_more():
    municipality = next(a for a in aktorer.data()["fall"]["aktorer"] if a["id"] == "skelleftea-kommun")
    lines = aktorer.compare_placement(municipality, power=2, interest=5)
    assert lines == [lines[0]] and "Du gav Skellefteå kommun 2 steg lägre inflytande än referensen – varför?" in lines[0]
    assert aktorer.compare_placement(municipality, power=3, interest=4) == []
    case = aktorer.data()["fall"]
    assert aktorer.quadrant(5, 5, case) == "Nyckelaktörer" and aktorer.quadrant(1, 4, case) == "Berörda"
    assert aktorer.quadrant(4, 1, case) == "Kontextsättare" and aktorer.quadrant(0, 0, case) == "Publiken"


def test_grid_rejects_missing_placements_then_draws_chart_and_table(store):
    box = aktorer.grid_widget(store=store)
    box.show_button.click()
    assert "Placera alla aktörer först" in box.feedback.value and box.chart.value == ""
    for i, actor in enumerate(box.actors):
        power, interest = box.scales[actor["id"]]
        power.value, interest.value = actor["inflytande"], actor["intresse"]
        if i == 0:
            power.value = max(0, actor["inflytande"] - 3)
    box.show_button.click()
    assert '<img class="kurs-figur"' in box.chart.value and 'alt="Punktdiagram' in box.chart.value
    assert "3 steg lägre inflytande" in box.feedback.value
    assert box.table.value.count("<tr>") == len(box.actors) + 1
    assert len(store.get_state(aktorer.GRID_KEY)) == len(box.actors)


def test_grid_restores_and_rejects_bad_saved_placements(store):
    store.set_state(aktorer.GRID_KEY, {"foretaget": [5, 4], "invanare": [9, 1], "samebyar": "hög"})
    box = aktorer.grid_widget(store=store)
    assert [s.value for s in box.scales["foretaget"]] == [5, 4] and "foretaget" in box.placed
    assert "invanare" not in box.placed and "samebyar" not in box.placed
    assert "Invånarna i Skellefteå" in box.feedback.value and "ogiltig" in box.feedback.value


# --- sustainability rating ----------------------------------------------------------------------------
def test_project_types_are_complete():
    info = hallbarhet.data()
    assert 8 <= len(info["projekt"]) <= 12
    for p in info["projekt"]:
        assert set(p["referens"]) == set(p["motivering"]) == {"ekonomisk", "social", "miljomassig"}
        assert all(-2 <= v <= 2 for v in p["referens"].values())
        assert p["inriktning"] in info["inriktningar"] and "påhitta" in p["beskrivning"].lower()


@pytest.mark.parametrize("values,problem", [
    ({"ekonomisk": 1, "social": None, "miljomassig": 0}, "den sociala dimensionen"),
    ({"ekonomisk": 3, "social": 0, "miljomassig": 0}, "den ekonomiska dimensionen"),
    ({"ekonomisk": True, "social": 0, "miljomassig": 0}, "den ekonomiska dimensionen"),
    ({"ekonomisk": "2", "social": 0, "miljomassig": 0}, "den ekonomiska dimensionen"),
])
def test_validate_rejects_missing_and_out_of_range_values(values, problem):
    reasons = dict.fromkeys(values, WORDS)
    problems = hallbarhet.validate(values, reasons)
    assert len(problems) == 1 and problem in problems[0]


def test_validate_requires_a_justification_per_dimension():
    problems = hallbarhet.validate({"ekonomisk": 1, "social": 1, "miljomassig": 1},
                                   {"ekonomisk": WORDS, "social": "för kort", "miljomassig": ""})
    assert len(problems) == 2 and "sociala bedömningen med minst 8 ord (du har skrivit 2)" in problems[0]


def test_compare_and_direction():
    project = next(p for p in hallbarhet.data()["projekt"] if p["id"] == "servicepunkt")
    lines = hallbarhet.compare(project, {"ekonomisk": -1, "social": 2, "miljomassig": 1})
    assert lines[0].startswith("Ekonomisk: du −1, referensen +1.") and "2 steg i den ekonomiska" in lines[1]
    assert hallbarhet.weakest_and_strongest({"ekonomisk": -1, "social": 2, "miljomassig": 1}) == ("ekonomisk", "social")
    assert hallbarhet.grade_direction(project, "Sammanhållen region").status.value == "correct"
    assert hallbarhet.grade_direction(project, "Föregångare i omställning").status.value == "partly"
    assert hallbarhet.grade_direction(project, None).status.value == "not_attempted"


def test_rating_widget_cannot_save_unjustified_then_saves_and_compares(store):
    box = hallbarhet.rating_widget(store=store)
    box.save_button.click()
    assert "Välj ett projekt" in box.feedback.value
    box.project.value = "bredband"
    box.scales["social"].value = 2
    box.save_button.click()
    assert "Bedömningen är inte sparad" in box.feedback.value and store.get_state(hallbarhet.KEY) is None
    assert "Välj ett värde mellan −2 och +2 för den ekonomiska dimensionen" in box.feedback.value  # no default value
    assert box.after.layout.display == "none"
    for reason in box.reasons.values():
        reason.value = WORDS
    box.save_button.click()
    assert "Bedömningen är inte sparad" in box.feedback.value and "miljömässiga dimensionen" in box.feedback.value
    box.scales["ekonomisk"].value = box.scales["miljomassig"].value = 0
    box.save_button.click()
    assert "Bedömningen är sparad" in box.feedback.value and "Social: du +2, referensen +1." in box.feedback.value
    assert 'alt="Stapeldiagram för projektet Bredband till byar i inlandet' in box.chart.value
    assert box.after.layout.display == "flex"
    assert "svagaste dimensionen (ekonomisk)" in box.tradeoff.children[0].children[0].value
    box.direction.value = "Sammanhållen region"
    assert "Rätt!" in box.direction_feedback.value
    assert store.get_state(hallbarhet.KEY)["bredband"]["varden"] == {"ekonomisk": 0, "social": 2, "miljomassig": 0}
    assert store.get_state(hallbarhet.DIRECTION_KEY) == {"bredband": "Sammanhållen region"}


@pytest.mark.parametrize("bad", [["Sammanhållen region"], "Sammanhållen region", 5, True])
def test_a_saved_direction_of_the_wrong_type_is_ignored(store, bad):
    store.set_state(hallbarhet.DIRECTION_KEY, bad)
    box = hallbarhet.rating_widget(store=store)
    box.project.value = "bredband"
    for dim, scale in box.scales.items():
        scale.value, box.reasons[dim].value = 0, WORDS
    box.save_button.click()
    assert "Bedömningen är sparad" in box.feedback.value and box.direction.value is None
    box.direction.value = "Sammanhållen region"
    assert "Rätt!" in box.direction_feedback.value
    assert store.get_state(hallbarhet.DIRECTION_KEY) == {"bredband": "Sammanhållen region"}


def test_rating_is_restored_per_project_and_bad_state_is_rejected(store):
    store.set_state(hallbarhet.KEY, {
        "cykelled": {"varden": {"ekonomisk": 1, "social": 1, "miljomassig": -1},
                     "motiveringar": dict.fromkeys(("ekonomisk", "social", "miljomassig"), WORDS)},
        "bioekonomi": {"varden": {"ekonomisk": 7, "social": 0, "miljomassig": 0}, "motiveringar": {}},
    })
    box = hallbarhet.rating_widget(store=store)
    box.project.value = "cykelled"
    assert box.scales["miljomassig"].value == -1 and "hämtats" in box.feedback.value and box.chart.value
    box.project.value = "bioekonomi"
    assert "var ogiltig" in box.feedback.value and box.scales["ekonomisk"].value is None
    box.project.value = None
    assert box.feedback.value == "" and box.chart.value == ""


def test_charts_have_alt_text_and_do_not_need_pyplot():
    fig = plots.ratings(["A", "B"], [1, -2], [2, 0], {"title": "T", "y": "Y", "learner": "L", "reference": "R"})
    html = plots.to_html(fig, 'Alt med "citat" & tecken')
    assert html.startswith('<img class="kurs-figur" src="data:image/png;base64,')
    assert 'alt="Alt med &quot;citat&quot; &amp; tecken"' in html
    code = ("import helpers.quiz, helpers.aktorer, helpers.hallbarhet, sys; "
            "print('matplotlib' in sys.modules, 'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"], "charts must import matplotlib lazily"


def test_fact_file_for_reflections_is_complete():
    for item in fakta.load("reflektioner")["reflektioner"]:
        assert item["min_ord"] >= 15 and len(item["modellsvar"].split()) > item["min_ord"] and item["kalla"]


def test_one_rating_validity_check_for_saving_restoring_codes_and_progress():
    from helpers.core import rules

    dims = hallbarhet.data()["dimensioner"]
    reason = "en motivering med tillräckligt många ord för att räknas här"
    good = {"varden": {d["id"]: 1 for d in dims}, "motiveringar": {d["id"]: reason for d in dims}}
    assert hallbarhet.is_saved_rating(good) and rules.valid_saved_rating(good, dims, hallbarhet.MIN_WORDS)
    assert not hallbarhet.is_saved_rating({**good, "varden": {**good["varden"], dims[0]["id"]: True}})
    assert not hallbarhet.is_saved_rating({**good, "varden": {**good["varden"], dims[0]["id"]: 3}})
    assert not hallbarhet.is_saved_rating({"varden": good["varden"]}) and not hallbarhet.is_saved_rating("x")
    assert [rules.valid_rating_value(v) for v in (-3, -2, 2, 3, True, 1.0)] == [False, True, True, False, False, False]
    assert rules.rating_problems({}, {}, dims[:1], 8)[0].startswith("Välj")
