"""The signature exercises of notebooks 05 and 06 through the real UI: one typing round, a full
power/interest placement with the keyboard, a reflection, and one sustainability rating."""

from __future__ import annotations

import pytest
from labtools import ARTIFACTS, open_and_run_all, wait_until_idle
from playwright.sync_api import expect

from helpers import aktorer, texts

pytestmark = pytest.mark.browser
LONG_TEXT = " ".join(["Samebyarna och invånarna måste få vara med eftersom lagen kräver samråd."] * 5)


def choose_with_keyboard(page, select, steps: int, expected: str) -> None:
    """Pick the option ``steps`` below "– välj –" with the keyboard only: Space opens the list, the arrow
    keys move, Enter chooses. (Arrow keys on a closed list are taken by JupyterLab's command mode.)"""
    select.focus()  # where Tab lands
    page.keyboard.press("Space")
    for _ in range(steps):  # the list opens on the current option, "– välj –"
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(select).to_have_value(expected)


def test_actor_typing_grid_and_reflection(lab, page):
    open_and_run_all(page, lab, "05-aktorerna-i-lanet.ipynb")
    wait_until_idle(page)

    kort = page.locator(".kurs-kort-lansstyrelsen")
    kort.locator("select").nth(0).select_option(label="Region")
    expect(kort).to_contain_text("Länsstyrelsen är inte regionen")
    kort.locator("select").nth(0).select_option(label="Statlig aktör")
    kort.locator("select").nth(1).select_option(label="Regional")
    expect(kort).to_contain_text("✓ Typ: rätt.")
    expect(kort).to_contain_text("✓ Nivå: rätt.")
    expect(page.locator(".kurs-aktorstyp")).to_contain_text("1 av 15 kort helt rätt")

    grid = page.locator(".kurs-maktkarta")
    grid.get_by_role("button", name="Visa karta och jämför").click()
    expect(grid).to_contain_text("Placera alla aktörer först")
    for actor in aktorer.data()["fall"]["aktorer"]:
        row = grid.locator(f".kurs-placering-{actor['id']}")
        row.scroll_into_view_if_needed()
        selects = row.locator("select")
        power = actor["inflytande"] if actor["id"] != "invanare" else 4
        choose_with_keyboard(page, selects.nth(0), 1 + power, texts.GRID_LEVELS[power])
        choose_with_keyboard(page, selects.nth(1), 1 + actor["intresse"], texts.GRID_LEVELS[actor["intresse"]])
    grid.get_by_role("button", name="Visa karta och jämför").click()
    chart = grid.locator("img.kurs-figur")
    expect(chart).to_be_visible(timeout=15_000)
    assert chart.get_attribute("alt").startswith("Punktdiagram över inflytande")
    expect(grid).to_contain_text("Du gav Invånarna i Skellefteå 3 steg högre inflytande än referensen")
    expect(grid.locator("table")).to_contain_text("Renskötande samebyar i området")
    chart.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    grid.screenshot(path=str(ARTIFACTS / "05-maktkarta.png"))

    reflection = page.locator(".kurs-r-05-lagt-inflytande")
    button = reflection.get_by_role("button", name="Spara och visa modellsvar")
    expect(button).to_be_disabled()
    reflection.locator("textarea").fill(LONG_TEXT)
    expect(button).to_be_enabled()
    button.click()
    expect(reflection).to_contain_text("Modellsvar")
    assert page.errors == [], page.errors


def test_sustainability_rating(lab, page):
    open_and_run_all(page, lab, "06-hallbarhet-i-tre-dimensioner.ipynb")
    wait_until_idle(page)

    box = page.locator(".kurs-betyg")
    box.locator("select").first.select_option(label="Bredband till byar i inlandet")
    expect(box).to_contain_text("Påhittat exempel")
    box.get_by_role("button", name="Spara bedömningen").click()
    expect(box).to_contain_text("Bedömningen är inte sparad")
    for dim, label in (("ekonomisk", "0 – ingen tydlig effekt"), ("miljomassig", "0 – ingen tydlig effekt")):
        box.locator(f".kurs-dimension-{dim} select").select_option(label=label)
    choose_with_keyboard(page, box.locator(".kurs-dimension-social select"), 5, texts.RATING_LEVELS[2])  # → +2
    for area in box.locator("textarea").all():
        area.fill("Fler kan arbeta och gå i skola på distans från byn.")
    box.get_by_role("button", name="Spara bedömningen").click()
    expect(box).to_contain_text("Bedömningen är sparad")
    expect(box).to_contain_text("Social: du +2, referensen +1.")
    chart = box.locator("img.kurs-figur")
    expect(chart).to_be_visible()
    assert "Stapeldiagram för projektet Bredband till byar i inlandet" in chart.get_attribute("alt")
    box.locator(".kurs-inriktning select").select_option(label="Sammanhållen region")
    expect(box).to_contain_text("Kursens referens väljer också")
    chart.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    box.screenshot(path=str(ARTIFACTS / "06-bedomning.png"))
    assert page.errors == [], page.errors
