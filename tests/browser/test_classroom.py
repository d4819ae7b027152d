"""The classroom features through the real UI: a learner's answer code pasted into the teacher's
class view, the capstone's short form with checklist and download, and the nbgitpuller link form."""

from __future__ import annotations

import re

import pytest
from labtools import ARTIFACTS, assert_accessible, open_and_run_all, wait_until_idle
from playwright.sync_api import expect

from helpers import svarskod
from helpers.store import bank

pytestmark = pytest.mark.browser


def test_answer_code_from_a_learner_reaches_the_class_view(lab, page):
    question = bank.find_question("01-lilla-stora")
    right = next(o for o in question.options if o.correct)
    open_and_run_all(page, lab, "01-mal-och-helhetsbild.ipynb")
    wait_until_idle(page)
    q = page.locator(".kurs-q-01-lilla-stora")
    q.scroll_into_view_if_needed()
    q.get_by_role("button", name="Visa svarskod").click()
    expect(q).to_contain_text("Svara på övningen först")
    q.locator(".widget-radio-box label").filter(has_text=right.text).click()
    q.get_by_role("button", name="Visa svarskod").click()
    code = q.locator(".kurs-kod code").inner_text().strip()
    assert re.fullmatch(r"LS1(-[0-9A-Z]{1,4})+", code), code
    expect(q.locator(".kurs-fb-correct")).to_have_count(0)  # a vote shows no verdict
    assert svarskod.decode(code).answer == question.options.index(right)

    open_and_run_all(page, lab, "larare/klassvy.ipynb")
    wait_until_idle(page)
    demo = page.locator(".kurs-klassvy").nth(0)
    expect(demo).to_contain_text("Omgång 1: 24 godkända svar, 1 dubblett borttagen, 1 rad kunde inte användas.")
    expect(demo.locator("img.kurs-figur")).to_have_attribute("alt", re.compile("^Värmekartor för 10 aktörer"))
    view = page.locator(".kurs-klassvy").nth(1)
    view.scroll_into_view_if_needed()
    ls = svarskod.EXERCISES["LS"]
    view.locator("select").select_option(label=f"LS · {ls.title} (notebook {ls.notebook})")
    view.locator("textarea").nth(0).fill(f"Kim: {code}\n{code}\nhej\n{code[:-1]}{'0' if code[-1] != '0' else '1'}")
    view.get_by_role("button", name="Visa klassbilden").click()
    expect(view).to_contain_text("Omgång 1: 1 godkänt svar, 1 dubblett borttagen, 2 rader kunde inte användas.")
    expect(view).to_contain_text("Andel helt rätta svar: 100 % i omgång 1.")
    chart = view.locator("img.kurs-figur")
    expect(chart).to_be_visible()
    assert chart.get_attribute("alt").startswith("Liggande stapeldiagram över hur klassen svarade")
    view.locator("summary").click()
    expect(view.locator("table").first).to_contain_text("Kontrollsumman stämmer inte")
    chart.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    view.screenshot(path=str(ARTIFACTS / "klassvy.png"))
    page.screenshot(path=str(ARTIFACTS / "larare-klassvy.png"))
    assert_accessible(page, "larare-klassvy")
    assert page.errors == [], page.errors


def fill_text(field, value: str) -> None:
    """Type into a widget field and leave it, so a field with continuous_update=False syncs."""
    field.fill(value)
    field.press("Tab")


def test_capstone_short_form_checklist_and_download(lab, page):
    open_and_run_all(page, lab, "09-capstone-mini-rus.ipynb")
    wait_until_idle(page)
    form = page.locator(".kurs-prioritering")
    form.scroll_into_view_if_needed()
    form.get_by_role("button", name="Kör checklistan").click()
    expect(form).to_contain_text("1 av 11 punkter uppfyllda")
    form.locator("input[type=checkbox]").first.check()
    fill_text(form.locator(".kurs-avsnitt-1 textarea"), "Befolkningen minskar i inlandet och servicen försvinner.")
    fields = form.locator(".kurs-avsnitt-1 input[type=text]")
    fill_text(fields.nth(0), "Dorotea, Åsele och Sorsele hade 7 345 invånare 2024")
    fill_text(fields.nth(1), "SCB, folkmängd 31 december")
    form.locator(".kurs-avsnitt-2 select").first.select_option(
        label="Likvärdiga möjligheter till boende, arbete och välfärd i hela landet")
    fill_text(form.locator(".kurs-avsnitt-3 textarea"),
              "Bromsa befolkningsminskningen i de tre kommunerna till år 2030 genom service i tätorterna.")
    indicator = form.locator(".kurs-avsnitt-8 input[type=text]")
    for i, value in enumerate(["Folkmängd i de tre kommunerna", "7 345", "7 100", "2030", "SCB (BE0101)"]):
        fill_text(indicator.nth(i), value)
    form.get_by_role("button", name="Kör checklistan").click()
    result = form.locator(".kurs-fb-correct")
    expect(result).to_contain_text("Alla 5 punkter är uppfyllda")
    expect(result).to_contain_text("✓ Uppfyllt: Varje indikator har utgångsvärde, målvärde, år och datakälla")

    form.get_by_role("button", name="Skapa filer för nedladdning").click()
    link = form.locator("a.kurs-nedladdning").first
    expect(link).to_be_visible()
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename == "min-rus-prioritering.md"
    text = open(download.path(), encoding="utf-8").read()
    assert text.startswith("# Min mini-RUS-prioritering")
    assert "Bromsa befolkningsminskningen" in text and "| Folkmängd i de tre kommunerna | 7 345 | 7 100 | 2030 |" in text
    saved = lab["root"] / "export" / "min-rus-prioritering.md"
    assert saved.read_text(encoding="utf-8") == text
    # The short form was chosen and its checklist is met: the file is finished, not a draft (issue: short form).
    expect(form.locator(".kurs-fb-info").last).not_to_contain_text("utkast")
    assert "Checklista för den korta versionen" in text and "✗" not in text
    ARTIFACTS.mkdir(exist_ok=True)
    result.screenshot(path=str(ARTIFACTS / "09-checklista.png"))

    page.reload()  # nothing typed is lost: a fresh kernel restores the form from the progress file
    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=60_000)
    page.click("#jp-MainMenu >> text=Run")
    page.click('.lm-Menu li[data-command="runmenu:run-all"]')
    wait_until_idle(page)
    restored = page.locator(".kurs-prioritering")
    expect(restored).to_contain_text("Det du skrev tidigare har hämtats")
    expect(restored.locator(".kurs-avsnitt-3 textarea")).to_have_value(re.compile("^Bromsa befolkningsminskningen"))
    assert page.errors == [], page.errors


def test_teacher_guide_builds_an_nbgitpuller_link(lab, page):
    open_and_run_all(page, lab, "larare/lararhandledning.ipynb")
    wait_until_idle(page)
    box = page.locator(".jp-OutputArea-output").filter(has=page.get_by_role("button", name="Skapa länken"))
    box.scroll_into_view_if_needed()
    box.locator("input[type=text]").fill("ftp://fel.exempel.se")
    box.get_by_role("button", name="Skapa länken").click()
    expect(box).not_to_contain_text("Traceback")
    box.locator("input[type=text]").fill("https://jupyter.exempel.se/")
    box.get_by_role("button", name="Skapa länken").click()
    expect(box.locator("a").first).to_have_attribute(
        "href", re.compile(r"^https://jupyter\.exempel\.se/hub/user-redirect/git-pull\?repo="))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "larare-lararhandledning.png"))
    assert_accessible(page, "larare-lararhandledning")
    assert page.errors == [], page.errors
