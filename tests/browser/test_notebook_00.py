"""Notebook 00 in a real browser: Run All through the menu, then answer exercises through
the UI (wrong, then right) and check the feedback text that appears."""

from __future__ import annotations

import pytest
from labtools import ARTIFACTS, assert_accessible, assert_clean, open_and_run_all, wait_until_idle
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def check(question):
    question.get_by_role("button", name="Kontrollera").click()


def test_notebook_00_in_jupyterlab(lab, page):
    open_and_run_all(page, lab, "00-kom-igang.ipynb")
    wait_until_idle(page)

    assert_clean(page, expected_widgets=7)
    expect(page.locator(".jp-OutputArea-output", has_text="Välkommen till kursen om")).to_have_count(1)

    # Single choice: a wrong option gets its own explanation, then the right one.
    q = page.locator(".kurs-q-00-kortkommando")
    q.locator("label", has_text="Ctrl + S").click()
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text("Inte rätt än.")
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text("sparar notebooken")
    expect(q.locator(".kurs-fb-incorrect .kurs-sym")).to_have_text("✗")
    q.locator("label", has_text="Shift + Enter").click()
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")
    expect(q.locator(".kurs-fb-correct .kurs-sym")).to_have_text("✓")
    q.locator(".kurs-fb-correct").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    q.screenshot(path=str(ARTIFACTS / "00-fraga-ratt.png"))

    # Numeric: text where a number belongs, a proportion instead of a percentage, then right.
    q = page.locator(".kurs-q-00-andel-umea")
    field = q.locator("input[type=text]")
    field.fill("ungefär hälften")
    check(q)
    expect(q.locator(".kurs-fb")).to_contain_text("är inget tal")
    field.fill("0,478")
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text("multiplicera med 100")
    field.fill("47,8 %")
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt svar är 47,8")

    # Classification: one row wrong, then all right.
    q = page.locator(".kurs-q-00-celltyper")
    selects = q.locator("select")
    for i, label in enumerate(["Markdown-cell (text)", "Markdown-cell (text)", "Markdown-cell (text)",
                               "Kodcell (Python)"]):
        selects.nth(i).select_option(label=label)
    check(q)
    expect(q.locator(".kurs-fb-partly")).to_contain_text("3 av 4 rader")
    expect(q.locator(".kurs-mark").nth(1)).to_have_text("✗ fel")
    selects.nth(1).select_option(label="Kodcell (Python)")
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Alla 4 rader")
    q.screenshot(path=str(ARTIFACTS / "00-sortering.png"))

    # Multiple choice: partly, then right.
    q = page.locator(".kurs-q-00-framsteg")
    q.locator("label", has_text="sparas i en fil").click()
    check(q)
    expect(q.locator(".kurs-fb-partly")).to_contain_text("1 av 3")
    q.locator("label", has_text="skickar inte mina svar").click()
    q.locator("label", has_text="På Binder försvinner").click()
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Rätt!")

    # Short text with a typo; hints one at a time; the solution only after confirming.
    q = page.locator(".kurs-q-00-fortest-strategi")
    q.get_by_role("button", name="Ledtråd (2 kvar)").click()
    expect(q.locator(".kurs-hint")).to_have_count(1)
    q.get_by_role("button", name="Visa lösning").click()
    expect(q).to_contain_text("Försök gärna själv först")
    q.get_by_role("button", name="Visa lösning").click()
    expect(q.locator(".kurs-solution")).to_contain_text("RUS")
    q.locator("input[type=text]").fill("länsplan")
    check(q)
    expect(q.locator(".kurs-fb-incorrect")).to_contain_text("transportinfrastruktur")
    q.locator("input[type=text]").fill("regional utveklingsstrategi")
    check(q)
    expect(q.locator(".kurs-fb-correct")).to_contain_text("Det stavas")

    # The progress overview counts what was just answered.
    overview = page.locator(".jp-OutputArea-output", has_text="Dina framsteg")
    overview.get_by_role("button", name="Uppdatera").click()
    expect(overview.locator("table").first).to_contain_text("00 · Kom igång med kursen")  # named by title, not file slug
    expect(overview.locator("table").nth(1)).to_contain_text("Makt- och intressekartan")

    assert page.errors == [], page.errors
    page.screenshot(path=str(ARTIFACTS / "00-kom-igang.png"))
    assert_accessible(page, "00-kom-igang")
