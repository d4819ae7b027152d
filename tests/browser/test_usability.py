"""Usability in the real browser: an exercise answered with the keyboard only, the time from a click
to visible feedback for every exercise type, and the dark theme (screenshot and contrast)."""

from __future__ import annotations

import json

import pytest
from labtools import (
    ARTIFACTS,
    FEEDBACK_QUESTIONS,
    assert_accessible,
    feedback_medians,
    open_and_run_all,
    wait_until_idle,
)
from playwright.sync_api import expect

from helpers.store import bank

pytestmark = pytest.mark.browser
CLICKS = 5


def test_single_choice_with_the_keyboard_only(lab, page):
    question = bank.find_question("02-lag-forordning")
    right = next(i for i, o in enumerate(question.options) if o.correct)
    open_and_run_all(page, lab, "02-lagen-och-forordningen.ipynb")
    wait_until_idle(page)
    box = page.locator(".kurs-q-02-lag-forordning")
    box.scroll_into_view_if_needed()
    box.locator("input[type=radio]").first.focus()  # where Tab lands when it reaches the question
    for _ in range(right):  # every option is its own tab stop in ipywidgets' radio buttons
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(box.locator("input[type=radio]").nth(right)).to_be_checked()
    for _ in range(len(question.options) - right):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Kontrollera"
    page.keyboard.press("Enter")
    expect(box.locator(".kurs-fb-correct")).to_contain_text("Rätt!")
    page.keyboard.press("Tab")  # on to the hint button
    assert page.evaluate("document.activeElement.textContent.trim()").startswith("Ledtråd")
    page.keyboard.press("Enter")
    expect(box.locator(".kurs-hint")).to_have_count(1)
    assert page.errors == [], page.errors


def test_click_to_feedback_for_every_exercise_type(lab, page):
    """Median over several clicks per type; written to test-artifacts for `make bench` and the README."""
    open_and_run_all(page, lab, "00-kom-igang.ipynb")
    wait_until_idle(page)
    medians = {qtype: round(ms, 1) for qtype, ms in feedback_medians(page, CLICKS).items()}
    for qid in FEEDBACK_QUESTIONS.values():
        expect(page.locator(f".kurs-q-{qid} .kurs-fb")).not_to_have_count(0)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "klick-till-aterkoppling.json").write_text(json.dumps(medians, indent=1), encoding="utf-8")
    print("click to feedback, median ms per type:", medians)
    assert all(0 < ms < 3000 for ms in medians.values()), medians
    assert page.errors == [], page.errors


def test_dark_theme_with_feedback_and_a_chart(lab_dark, page):
    open_and_run_all(page, lab_dark, "06-hallbarhet-i-tre-dimensioner.ipynb")
    wait_until_idle(page)
    assert page.evaluate("document.body.dataset.jpThemeLight") == "false"
    q = page.locator(".kurs-q-06-integrerad")
    q.scroll_into_view_if_needed()
    wrong = next(o for o in bank.find_question("06-integrerad").options if not o.correct)
    q.locator(".widget-radio-box label").filter(has_text=wrong.text).click()
    q.get_by_role("button", name="Kontrollera").click()
    expect(q.locator(".kurs-fb-incorrect .kurs-sym")).to_have_text("✗")
    box = page.locator(".kurs-betyg")
    box.scroll_into_view_if_needed()
    box.locator("select").first.select_option(index=1)
    for dim, label in (("ekonomisk", "+1"), ("social", "−1"), ("miljomassig", "+2 – tydligt positiv")):
        box.locator(f".kurs-dimension-{dim} select").select_option(label=label)
    for area in box.locator("textarea").all():
        area.fill("Projektet påverkar länet på flera sätt som behöver vägas mot varandra.")
    box.get_by_role("button", name="Spara bedömningen").click()
    chart = box.locator("img.kurs-figur")
    expect(chart).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    q.screenshot(path=str(ARTIFACTS / "06-morkt-tema-aterkoppling.png"))
    chart.scroll_into_view_if_needed()
    box.screenshot(path=str(ARTIFACTS / "06-morkt-tema-diagram.png"))
    assert_accessible(page, "06-morkt-tema")  # contrast is checked against the dark theme's colours
    assert page.errors == [], page.errors
