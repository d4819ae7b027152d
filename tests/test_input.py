"""Odd and hostile learner input: punctuation after numbers, exponents, symbols, Markdown and control characters."""

from __future__ import annotations

import pytest
from support import NUMERIC, PERCENT, TEXT, question

from helpers.core.grading import Status, grade
from helpers.core.model import NumericQuestion
from helpers.core.parsing import NumberError, format_number, literal, parse_number, visible
from helpers.store.bank import all_bank_paths, load_bank
from helpers.ui import render


def _numeric_questions() -> list[NumericQuestion]:
    return [q for path in all_bank_paths() for q in load_bank(path).questions if isinstance(q, NumericQuestion)]


NUMERIC_QUESTIONS = _numeric_questions()


def test_the_banks_have_numeric_questions():
    assert len(NUMERIC_QUESTIONS) >= 10


@pytest.mark.parametrize("mark", [".", "!", ")", " ."])
@pytest.mark.parametrize("q", NUMERIC_QUESTIONS, ids=lambda q: q.id)
def test_sentence_punctuation_after_every_correct_answer_keeps_its_value(q, mark):
    typed = format_number(q.answer, q.decimals).replace("\u00a0", " ")
    assert grade(q, typed).status is Status.CORRECT, typed
    opening = "(" if mark == ")" else ""
    result = grade(q, f"{opening}{typed}{mark}")
    assert result.status is Status.CORRECT, (typed + mark, result.message)
    if q.unit:
        with_unit = f"{typed} {q.unit}{mark}"
        assert grade(q, with_unit).status is Status.CORRECT, with_unit


@pytest.mark.parametrize(("raw", "value"), [
    ("0,3.", 0.3), ("47,8.", 47.8), ("0,30.", 0.3), ("400 000.", 400_000), ("1 234,5!", 1234.5), ("(12)", 12),
    ("3,0e-1", 0.3), ("2.5e3", 2500), ("4,874E0", 4.874), ("-0", 0.0), ("−0,0", 0.0),
])
def test_parse_number_with_punctuation_and_exponent(raw, value):
    assert parse_number(raw).value == pytest.approx(value)


def test_minus_zero_is_a_plain_zero():
    assert str(parse_number("-0").value) == "0.0"
    assert format_number(-0.0) == "0"
    assert format_number(-0.0004, 2) == "0,00"
    assert format_number(-1.5) == "\u22121,5"


def test_an_overflowing_exponent_is_said_to_be_too_large():
    with pytest.raises(NumberError) as err:
        parse_number("1e309")
    assert err.value.code == "too_large"
    result = grade(question(**NUMERIC), "1e309")
    assert result.status is Status.NOT_ATTEMPTED
    assert "för stort" in result.message and "e309" not in result.message.replace("1e309", "")
    assert "enhet" not in result.message


def test_exponent_is_no_longer_an_unknown_unit():
    result = grade(question(**PERCENT), "4,78e1")
    assert result.status is Status.CORRECT


def test_an_answer_of_only_symbols_says_it_has_no_letters():
    result = grade(question(**TEXT), "🎉🎉 ✓✓ ***")
    assert result.status is Status.NOT_ATTEMPTED
    assert result.message == "Svaret innehåller inga bokstäver eller siffror, bara tecken eller symboler. Skriv svaret med ord."
    assert grade(question(**TEXT), "   ").message == "Skriv ett svar i rutan först."


HOSTILE = ["[klicka](https://exempel.se/x)", "**fet** och `kod`", "<img src=x onerror=alert(1)>"]


@pytest.mark.parametrize("raw", HOSTILE)
def test_learner_text_in_text_feedback_is_plain_text(raw):
    html_out = render.feedback(grade(question(**TEXT), raw))
    assert "<a " not in html_out and "<strong>fet" not in html_out and "<code>kod" not in html_out
    assert "<img" not in html_out
    assert "href=\"https://exempel" not in html_out
    assert "[klicka](https://exempel.se/x)" in html_out or "**fet**" in html_out or "&lt;img" in html_out


@pytest.mark.parametrize("raw", HOSTILE)
def test_learner_text_in_number_feedback_is_plain_text(raw):
    html_out = render.feedback(grade(question(**NUMERIC), raw))
    assert "<a " not in html_out and "<strong>fet" not in html_out and "<img" not in html_out
    assert "är inget tal" in html_out


def test_bank_markdown_still_works_around_learner_text():
    text = "**Obs:** ”" + literal("**inte fet** [länk](https://x.se)") + "” – se [källan](https://riksdagen.se)."
    out = render.inline(text)
    assert "<strong>Obs:</strong>" in out
    assert '<a href="https://riksdagen.se"' in out
    assert "**inte fet** [länk](https://x.se)" in out
    assert out.count("<a ") == 1 and out.count("<strong>") == 1


def test_glossary_search_echo_is_plain_text():
    from helpers import ordlista
    box = ordlista.widget()
    box.search_box.value = "[zzzz](https://exempel.se)"
    assert "Inga träffar" in box.results.value
    assert "<a " not in box.results.value.split("Inga träffar", 1)[1]


def test_capstone_amount_echo_is_plain_text():
    from helpers import prioritering
    share, reason = prioritering.grant_share({"kostnad": "**[x](https://e.se)**", "belopp": "100"})
    assert share is None
    out = render.inline(reason)
    assert "går inte att läsa som ett belopp" in out and "<a " not in out and "<strong>" not in out


@pytest.mark.parametrize("raw", ["ab\x00cd", "\u202eabc", "a\u200bb", "a\u00adb", "x\x1b[31my"])
def test_control_and_bidi_characters_are_not_echoed(raw):
    shown = visible(raw)
    assert not any(ch in shown for ch in "\x00\u202e\u200b\u00ad\x1b")
    out = render.feedback(grade(question(**TEXT), raw))
    assert not any(ch in out for ch in "\x00\u202e\u200b\u00ad\x1b")


def test_a_learner_cannot_close_the_literal_span():
    out = render.inline("Du skrev ”" + literal("\ue001[a](https://e.se)\ue000") + "”.")
    assert "<a " not in out and "\ue000" not in out and "\ue001" not in out


def test_long_learner_text_is_cut_with_an_ellipsis():
    shown = literal("å" * 500, 60)
    assert len(shown) == 62 and shown[-2] == "…"


def test_checklist_details_in_the_export_carry_no_literal_marks():
    from helpers import prioritering

    answers = {"indikatorer": [{"namn": "X", "bas": "**fyrtio**", "mal": "80", "ar": "2030", "kalla": "K"}]}
    for document in (prioritering.to_markdown(answers), prioritering.to_html(answers)):
        assert "fyrtio" in document and "\ue000" not in document and "\ue001" not in document
