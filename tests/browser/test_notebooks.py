"""Every content notebook in a real browser: Run All, no errors, every exercise rendered, and
one exercise of each type the notebook uses answered through the UI – wrong, then right.

The answers come from the notebook's own question bank, so the test follows the content."""

from __future__ import annotations

import re

import pytest
from labtools import ARTIFACTS, assert_accessible, assert_clean, open_and_run_all, wait_until_idle
from playwright.sync_api import expect
from support import ROOT

from helpers.core.model import ChoiceQuestion, ClassifyQuestion, NumericQuestion, TextQuestion
from helpers.maintain import notebook_paths
from helpers.store import bank

pytestmark = pytest.mark.browser
NOTEBOOKS = notebook_paths(ROOT)[1:]  # notebook 00 has its own, more detailed test


def quiz_ids(path) -> list[str]:
    return re.findall(r'quiz\.widget\(\\?"([^"\\]+)', path.read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """Feedback as the browser shows it: without Markdown marks, first sentence only."""
    return re.sub(r"[*`]", "", text).split(". ")[0]


def typed(value: float) -> str:
    """A number as a Swedish learner types it (never in exponent notation)."""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",")


def exact(text: str):
    return re.compile(rf"^\s*{re.escape(text)}\s*$")


def check(q) -> None:
    q.get_by_role("button", name="Kontrollera").click()


def answer_single(q, question: ChoiceQuestion) -> None:
    wrong = next(o for o in question.options if not o.correct)
    right = next(o for o in question.options if o.correct)
    q.locator(".widget-radio-box label").filter(has_text=exact(wrong.text)).click()
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text(plain(wrong.feedback))
    q.locator(".widget-radio-box label").filter(has_text=exact(right.text)).click()
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")


def answer_multiple(q, question: ChoiceQuestion) -> None:
    boxes = q.locator(".widget-checkbox input[type=checkbox]")
    wrong = next(i for i, o in enumerate(question.options) if not o.correct)
    boxes.nth(wrong).check()
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text(plain(question.options[wrong].feedback))
    boxes.nth(wrong).uncheck()
    for i, option in enumerate(question.options):
        if option.correct:
            boxes.nth(i).check()
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")


def answer_numeric(q, question: NumericQuestion) -> None:
    field = q.locator("input[type=text]")
    if question.typical_errors:
        field.fill(typed(question.typical_errors[0].value))
        check(q)
        expect(q.locator(".kurs-fb-incorrect")).to_contain_text(plain(question.typical_errors[0].feedback))
    else:
        field.fill(typed(question.answer * 3 + 1))
        check(q)
        expect(q.locator(".kurs-fb-incorrect")).to_be_visible()
    field.fill(typed(question.answer))
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")


def answer_text(q, question: TextQuestion) -> None:
    field = q.locator("input[type=text]")
    wrong = question.wrong_answers[0] if question.wrong_answers else None
    field.fill(wrong.text if wrong else "helt fel svar")
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text(plain(wrong.feedback) if wrong else "inte det svar")
    field.fill(question.answers[0])
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")


def answer_classify(q, question: ClassifyQuestion) -> None:
    selects = q.locator("select")
    first = question.items[0]
    other = next(c for c in question.categories if c != first.category)
    selects.nth(0).select_option(label=other)
    for i, item in enumerate(question.items[1:], 1):
        selects.nth(i).select_option(label=item.category)
    check(q)
    expect(q.locator(".kurs-fb-partly")).to_contain_text(f"{len(question.items) - 1} av {len(question.items)}")
    expect(q.locator(".kurs-mark").first).to_contain_text("✗ fel")
    selects.nth(0).select_option(label=first.category)
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")


ANSWER = {"single": answer_single, "multiple": answer_multiple, "numeric": answer_numeric, "text": answer_text,
          "classify": answer_classify}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_jupyterlab(lab, page, path):
    ids = quiz_ids(path)
    first_of_type = {}
    for qid in ids:
        question = bank.find_question(qid)
        first_of_type.setdefault(question.type, question)

    open_and_run_all(page, lab, path.name)
    wait_until_idle(page)
    assert_clean(page, expected_widgets=len(ids))
    expect(page.locator(".jp-OutputArea-output .kurs-table").first).to_be_visible()
    if "diagram." in path.read_text(encoding="utf-8"):  # charts drawn from data/ carry alt text and a source
        chart = page.locator("img.kurs-figur").first
        chart.scroll_into_view_if_needed()
        expect(chart).to_be_visible()
        assert chart.get_attribute("alt")
        expect(page.locator(".kurs-kalla").first).to_contain_text("Källa:")

    assert set(first_of_type) <= set(ANSWER), f"no browser answer step for {set(first_of_type) - set(ANSWER)}"
    for qtype, question in first_of_type.items():
        q = page.locator(f".kurs-q-{question.id}")
        q.scroll_into_view_if_needed()
        ANSWER[qtype](q, question)
    assert page.errors == [], page.errors
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{path.stem}.png"))
    assert_accessible(page, path.stem)  # with feedback, hints and charts on screen
