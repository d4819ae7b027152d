"""The pure grading rules, one question type at a time, including bad input."""

from __future__ import annotations

import pytest
from support import CLASSIFY, COUNT, MULTIPLE, NUMERIC, PERCENT, SINGLE, TEXT, question

from helpers.core.grading import Status, correct_answer_text, grade
from helpers.core.parsing import NumberError, convert, format_number, parse_number, plain


class TestSingle:
    def test_right_and_wrong_options_get_their_own_feedback(self):
        q = question(**SINGLE)
        right, wrong = grade(q, 0), grade(q, 1)
        assert right.status is Status.CORRECT and "Rätt organisation." in right.details[0]
        assert wrong.status is Status.INCORRECT and "före 2008" in wrong.details[0]
        assert wrong.marks == (None, False, None)

    @pytest.mark.parametrize("answer", [None, -1, 3])
    def test_no_valid_choice_is_not_attempted(self, answer):
        result = grade(question(**SINGLE), answer)
        assert result.status is Status.NOT_ATTEMPTED and "Välj" in result.message


class TestMultiple:
    def test_exactly_the_right_set_is_correct(self):
        assert grade(question(**MULTIPLE), [0, 1, 3]).status is Status.CORRECT

    def test_some_right_is_partly_and_says_how_many(self):
        result = grade(question(**MULTIPLE), [0, 2])
        assert result.status is Status.PARTLY
        assert "1 av 3" in result.message and "1 felaktigt" in result.message
        assert "fler rätta" in result.message
        assert any("missförstånd" in d for d in result.details)

    def test_all_right_plus_a_wrong_one_is_partly(self):
        result = grade(question(**MULTIPLE), [0, 1, 2, 3])
        assert result.status is Status.PARTLY and "fler rätta" not in result.message

    def test_only_wrong_is_incorrect(self):
        assert grade(question(**MULTIPLE), [2]).status is Status.INCORRECT

    def test_empty_is_not_attempted(self):
        assert grade(question(**MULTIPLE), []).status is Status.NOT_ATTEMPTED


class TestNumeric:
    @pytest.mark.parametrize("raw", ["4,874", "4.874", " 4,874 ", "4,874 mdkr", "4 874 mkr", "4874 MKR",
                                     "4 874 201 tkr", "4,88", "4 874 201 000 kr", 4.874])
    def test_accepts_swedish_formats_and_converts_units(self, raw):
        assert grade(question(**NUMERIC), raw).status is Status.CORRECT

    def test_empty_answer(self):
        result = grade(question(**NUMERIC), "   ")
        assert result.status is Status.NOT_ATTEMPTED and result.message == "Skriv ett tal i rutan först."

    @pytest.mark.parametrize("raw", ["fyra", "abc", "..", "nan", "inf"])
    def test_text_where_a_number_belongs(self, raw):
        result = grade(question(**NUMERIC), raw)
        assert result.status is Status.NOT_ATTEMPTED
        assert "är inget tal" in result.message or "enheten" in result.message

    def test_unknown_and_wrong_units_are_explained(self):
        assert "känner inte igen enheten ”äpplen”" in plain(grade(question(**NUMERIC), "4,9 äpplen").message)
        assert "passar inte" in grade(question(**NUMERIC), "4,9 %").message
        assert grade(question(**NUMERIC), "4,9 %").status is Status.NOT_ATTEMPTED

    def test_typical_error_gets_targeted_feedback(self):
        result = grade(question(**NUMERIC), "2,167")
        assert result.status is Status.INCORRECT and result.message == "Det är bara anslag 1:1."

    def test_forgotten_thousands_is_detected(self):
        result = grade(question(**NUMERIC), "4874")  # mdkr expected; 4874 is the figure in mkr
        assert result.status is Status.INCORRECT and "1 000 gånger för stort" in result.message.replace("\u00a0", " ")

    def test_far_out_of_range(self):
        result = grade(question(**PERCENT), "123456")
        assert "långt utanför" in result.message

    def test_proportion_instead_of_percent(self):
        for raw in ("0,478", "0,4"):
            result = grade(question(**PERCENT), raw)
            assert result.status is Status.INCORRECT and "multiplicera med 100" in result.message

    def test_rounding_slip_and_direction(self):
        q = question(**PERCENT)
        assert "avrundningen" in grade(q, "47,7").message
        assert "för högt" in grade(q, "50").message
        assert "för lågt" in grade(q, "40").message

    def test_custom_unit_words_and_aliases(self):
        q = question(**COUNT)
        for raw in ("15", "15 kommuner", "15 st"):
            assert grade(q, raw).status is Status.CORRECT
        assert grade(q, "21").message == "21 är antalet regioner."
        assert grade(q, "15000").status is Status.INCORRECT  # no money-unit hint for a count

    def test_booleans_are_not_numbers(self):
        assert grade(question(**COUNT), True).status is Status.NOT_ATTEMPTED


class TestText:
    @pytest.mark.parametrize("raw", ["RUS", "rus", "  Rus. ", "Regional utvecklingsstrategi", "regional-utvecklingsstrategi"])
    def test_normalised_answers(self, raw):
        result = grade(question(**TEXT), raw)
        assert result.status is Status.CORRECT and "Det stavas" not in result.message

    def test_typo_is_accepted_and_spelling_shown(self):
        result = grade(question(**TEXT), "regional utveklingsstrategi")
        assert result.status is Status.CORRECT and "Det stavas ”regional utvecklingsstrategi”" in result.message

    def test_short_answers_need_exact_spelling(self):
        assert grade(question(**TEXT), "RUT").status is Status.INCORRECT

    def test_known_misconception_gets_its_feedback(self):
        for raw in ("länsplan", "Länsplanen", "lansplan"):
            result = grade(question(**TEXT), raw)
            assert result.status is Status.INCORRECT and "transportinfrastruktur" in result.message

    @pytest.mark.parametrize("raw", ["", "   ", None, "?!"])
    def test_empty(self, raw):
        assert grade(question(**TEXT), raw).status is Status.NOT_ATTEMPTED

    def test_unrelated_answer(self):
        result = grade(question(**TEXT), "budgetpropositionen")
        assert result.status is Status.INCORRECT and "budgetpropositionen" in result.message


class TestClassify:
    def test_all_right(self):
        result = grade(question(**CLASSIFY), ["Kommun", "Stat", "Region"])
        assert result.status is Status.CORRECT and result.marks == (True, True, True)

    def test_partly_with_per_item_feedback_and_missing_count(self):
        result = grade(question(**CLASSIFY), ["Kommun", "Region", None])
        assert result.status is Status.PARTLY and result.marks == (True, False, None)
        assert "1 av 3" in result.message and "1 rad saknar" in result.message
        assert any("Länsstyrelsen" in d and "statens myndighet" in d for d in result.details)

    def test_all_wrong_is_incorrect(self):
        assert grade(question(**CLASSIFY), ["Stat", "Region", "Kommun"]).status is Status.INCORRECT

    @pytest.mark.parametrize("answer", [[], [None, None, None], ["Påhittad", None, None]])
    def test_nothing_chosen(self, answer):
        assert grade(question(**CLASSIFY), answer).status is Status.NOT_ATTEMPTED


def test_correct_answer_text_for_every_type():
    assert correct_answer_text(question(**SINGLE)) == "Region Västerbotten"
    assert correct_answer_text(question(**MULTIPLE)) == "A; B; D"
    assert correct_answer_text(question(**PERCENT)) == "47,8\u00a0%"
    assert correct_answer_text(question(**TEXT)) == "RUS"
    assert "Umeå kommun → Kommun" in correct_answer_text(question(**CLASSIFY))


class TestParsing:
    @pytest.mark.parametrize("raw,value,unit", [
        ("12,5", 12.5, None), ("12.5 %", 12.5, "%"), ("1 234,5", 1234.5, None), ("1\u00a0234", 1234, None),
        ("−3", -3, None), ("1.234,5", 1234.5, None), ("1,234.5", 1234.5, None), (",5", 0.5, None),
        ("4 874 201 tkr", 4874201, "tkr"), ("15 Kommuner.", 15, "kommuner"),
    ])
    def test_parse_number(self, raw, value, unit):
        parsed = parse_number(raw)
        assert parsed.value == pytest.approx(value) and parsed.unit == unit

    def test_convert_between_money_units(self):
        assert convert(4874, "mkr", "mdkr") == pytest.approx(4.874)
        with pytest.raises(NumberError) as err:
            convert(3, "km2", "mdkr")
        assert err.value.code == "wrong_unit"

    def test_format_number_is_swedish(self):
        assert format_number(281138) == "281\u00a0138"
        assert format_number(47.752, 1) == "47,8"
        assert format_number(-2.5) == "\u22122,5"


@pytest.mark.parametrize(("length", "typos"), [
    (1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (14, 2), (15, 2), (21, 3), (28, 4), (35, 5),
])
def test_allowed_typos_grow_with_the_answer(length, typos):
    from helpers.core.parsing import allowed_typos

    assert allowed_typos(length) == typos


@pytest.mark.parametrize(("answer", "typed", "accepted"), [
    ("RUS", "RUT", False),                 # 3 letters: exact spelling
    ("länsplan", "lensplan", True),         # 8 letters: one slip is a typo
    ("länsplan", "lenspln", True),          # two slips still pass at 8 letters
    ("regional", "rgeonla", False),         # three edits at 8 letters: not a typo
    ("sektorssamordning", "sektorsamordnig", True),
])
def test_typo_tolerance_at_the_edges(answer, typed, accepted):
    q = question(type="text", answers=[answer])
    assert (grade(q, typed).status is Status.CORRECT) is accepted


def test_counts_agree_in_number():
    from helpers import texts
    from helpers.core.parsing import count

    assert count(texts.CLASSIFY_MISSING, 1) == "1 rad saknar ännu en kategori."
    assert count(texts.CLASSIFY_MISSING, 2) == "2 rader saknar ännu en kategori."
    assert count(texts.MULTI_WRONG_COUNT, 0) == "0 felaktiga" and count(texts.MULTI_WRONG_COUNT, 1) == "1 felaktigt"
    assert count(texts.ACTOR_STARTED, 1) == "1 påbörjat" and count(texts.ACTOR_STARTED, 3) == "3 påbörjade"
    two_wrong = grade(question(**MULTIPLE), [0, 2, 3, 1][:1] + [2])
    assert "och 1 felaktigt." in two_wrong.message


@pytest.mark.parametrize(("answer", "typed"), [
    ("utveckling", "utvecklingen"), ("regional utvecklingsstrategi", "regional utvecklingsstrategin"),
    ("region", "regionerna"), ("strategi", "strategin"), ("område", "området"), ("program", "programmet"),
    ("länsplan", "länsplanen"),
])
def test_definite_forms_are_right_without_a_spelling_remark(answer, typed):
    result = grade(question(type="text", answers=[answer]), typed)
    assert result.status is Status.CORRECT and result.message == f"”{answer}” är rätt.", result.message


def test_a_definite_form_of_a_misconception_gets_its_feedback():
    result = grade(question(**TEXT), "länsplanen")
    assert result.status is Status.INCORRECT and "transportinfrastruktur" in result.message


@pytest.mark.parametrize("typed", ["48", "47", "47,9", "47,7"])
def test_rounding_to_fewer_decimals_gets_the_rounding_hint(typed):
    result = grade(question(**PERCENT), typed)
    assert result.status is Status.INCORRECT and result.message.startswith("Nästan – kontrollera avrundningen"), result.message


@pytest.mark.parametrize("typed", ["49", "46"])
def test_a_real_miss_is_still_too_high_or_too_low(typed):
    assert "Nästan" not in grade(question(**PERCENT), typed).message


def test_the_share_instead_of_the_amount_is_explained():
    from helpers.store.bank import find_question

    q = find_question("02-scenario-belopp")
    assert "andelen" in grade(q, "0,5").message and "procentsatsen" in grade(q, "50").message


@pytest.mark.parametrize(("value", "decimals", "shown"), [
    (2, 0, "+2"), (-1, 0, "\u22121"), (0, 0, "0"), (1.5, 1, "+1,5"), (-0.3, 1, "\u22120,3"), (0, 1, "0,0"),
    (-0.04, 1, "0,0"), (1234.5, 1, "+1\u00a0234,5"), (-38.9, 1, "\u221238,9")])
def test_a_signed_number_has_the_same_form_as_every_other_number(value, decimals, shown):
    from helpers.core.parsing import signed

    assert signed(value, decimals) == shown
