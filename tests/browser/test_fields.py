"""Fields, feedback lines and unit labels as a learner sees them, at 1280 px and at 800 px with the
file browser open, in the light and the dark theme (issue 12, cosmetic):

- every field of the capstone form (nb 09) and of its rubric shows all four borders: no field is
  wider than the box around it, so no box clips its right edge;
- the feedback in nb 05's actor cards is single-spaced, one line per judgement;
- a unit label ("%", "kr") sits on the same line as the text in the answer field.

Each check writes a screenshot to test-artifacts/ to be looked at.
"""

from __future__ import annotations

import pytest
from labtools import ARTIFACTS, open_and_run_all, open_file_browser, wait_until_idle

pytestmark = pytest.mark.browser
WIDTHS = (1280, 800)

# Every field in ``root`` that a clipping box cuts, or that has lost a border, as readable lines.
CLIPPED_FIELDS = """(root) => {
    const out = [];
    for (const el of document.querySelectorAll(`${root} input[type=text], ${root} textarea, ${root} select`)) {
        const widget = el.closest('.jupyter-widgets');
        const name = ((widget.querySelector('label') || {}).textContent || el.tagName).replace(/:$/, '');
        const style = getComputedStyle(el);
        for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
            if (!(parseFloat(style[`border${side}Width`]) > 0)) out.push(`${name} has no ${side.toLowerCase()} border`);
        }
        const box = el.getBoundingClientRect(), own = widget.getBoundingClientRect();
        if (box.left < own.left - 0.75 || box.right > own.right + 0.75) {
            out.push(`${name}: the field (${box.left}–${box.right}) is wider than its widget (${own.left}–${own.right})`);
        }
        // Up to the exercise box, every ancestor that clips its content must show the whole field.
        for (let a = widget.parentElement; a; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') {
                const left = a.getBoundingClientRect().left + a.clientLeft, right = left + a.clientWidth;
                if (box.left < left - 0.75 || box.right > right + 0.75) {
                    out.push(`${name}: ends at ${box.right.toFixed(1)}, but ${[...a.classList].slice(-2).join('.')} ` +
                             `shows only up to ${right.toFixed(1)}`);
                }
            }
            if (a.classList.contains('kurs-fraga')) break;
        }
    }
    return out;
}"""

# The vertical distances between consecutive lines of text in ``selector`` (each text line's top edge),
# in units of the font size: 1.2–1.5 is single spacing, 2 or more is a blank line or a wide margin.
LINE_GAPS = """(selector) => {
    const el = document.querySelector(selector);
    const size = parseFloat(getComputedStyle(el).fontSize);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const tops = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) tops.push(r.top);
    }
    const lines = [...new Set(tops.map(t => Math.round(t)))].sort((a, b) => a - b);
    return lines.slice(1).map((t, i) => (t - lines[i]) / size);
}"""

# Vertical centre of the unit label's text minus the vertical centre of the answer field, per question.
UNIT_OFFSETS = """() => [...document.querySelectorAll('.kurs-fraga .widget-hbox')].flatMap(row => {
    const field = row.querySelector('.widget-text input[type=text]');
    const unit = row.querySelector(':scope > .widget-label');
    if (!field || !unit) return [];
    const range = document.createRange();
    range.selectNodeContents(unit);
    const text = range.getBoundingClientRect(), box = field.getBoundingClientRect();
    return [[unit.textContent, (text.top + text.bottom) / 2 - (box.top + box.bottom) / 2]];
})"""


def open_notebook(browser, lab, notebook: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    open_and_run_all(page, lab, notebook)
    wait_until_idle(page)
    if width < 1000:
        open_file_browser(page)
    return context, page


def check_capstone_fields(browser, lab, width: int, name: str) -> None:
    context, page = open_notebook(browser, lab, "09-capstone-mini-rus.ipynb", width)
    try:
        form = page.locator(".kurs-prioritering")
        assert form.locator("input[type=text]").count() >= 10 and form.locator("textarea").count() >= 8
        problems = page.evaluate(CLIPPED_FIELDS, ".kurs-prioritering") + page.evaluate(CLIPPED_FIELDS, ".kurs-matris")
        ARTIFACTS.mkdir(exist_ok=True)
        form.locator(".kurs-avsnitt-1").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"09-falt-{name}.png"))
        assert problems == [], problems
        assert page.errors == [], page.errors
    finally:
        context.close()


def check_actor_cards(browser, lab, width: int, name: str) -> None:
    context, page = open_notebook(browser, lab, "05-aktorerna-i-lanet.ipynb", width)
    try:
        card = page.locator(".kurs-kort-lansstyrelsen")
        card.locator("select").nth(0).select_option(label="Region")
        card.locator("select").nth(1).select_option(label="Regional")
        card.locator(".kurs-mark").filter(has_text="Nivå: rätt").wait_for()
        gaps = page.evaluate(LINE_GAPS, ".kurs-kort-lansstyrelsen .widget-html-content:has(.kurs-mark)")
        ARTIFACTS.mkdir(exist_ok=True)
        card.scroll_into_view_if_needed()
        card.screenshot(path=str(ARTIFACTS / f"05-kort-{name}.png"))

        question = page.locator(".kurs-q-05-oecd-gruvor")
        question.locator("input[type=text]").fill("75")
        question.get_by_role("button", name="Kontrollera").click()
        question.locator(".kurs-fb-correct").wait_for()
        offsets = page.evaluate(UNIT_OFFSETS)
        question.scroll_into_view_if_needed()
        question.screenshot(path=str(ARTIFACTS / f"05-enhet-{name}.png"))

        assert len(gaps) >= 1, "the feedback has a line for the type and one for the level"
        assert all(gap <= 1.6 for gap in gaps), f"line distances {gaps} font sizes: not single-spaced"
        assert offsets and all(abs(off) <= 2 for _, off in offsets), f"unit label above/below the field: {offsets}"
        assert page.errors == [], page.errors
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_capstone_fields_show_all_four_borders(lab, browser, width):
    check_capstone_fields(browser, lab, width, f"{width}px")


def test_capstone_fields_in_the_dark_theme(lab_dark, browser):
    check_capstone_fields(browser, lab_dark, 1280, "1280px-mork")


@pytest.mark.parametrize("width", WIDTHS)
def test_actor_card_feedback_is_single_spaced_and_units_sit_beside_the_text(lab, browser, width):
    check_actor_cards(browser, lab, width, f"{width}px")


def test_actor_cards_in_the_dark_theme(lab_dark, browser):
    check_actor_cards(browser, lab_dark, 800, "800px-mork")
