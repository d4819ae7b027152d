"""From 800 px wide with the file browser open, every widget fits the notebook panel (issue: narrow
screens). A screenshot of each notebook at that width goes to test-artifacts/ to be looked at."""

from __future__ import annotations

import pytest
from labtools import ARTIFACTS, open_and_run_all, open_file_browser, wait_until_idle

pytestmark = pytest.mark.browser
# Each notebook with its main exercise, photographed at that width.
NOTEBOOKS = {"02-lagen-och-forordningen.ipynb": ".kurs-q-02-lagrum", "05-aktorerna-i-lanet.ipynb": ".kurs-maktkarta", "06-hallbarhet-i-tre-dimensioner.ipynb": ".kurs-betyg",
             "09-capstone-mini-rus.ipynb": ".kurs-prioritering", "larare/klassvy.ipynb": ".kurs-klassvy"}

OVERFLOW = """() => {
    const panel = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer, .jp-NotebookPanel .jp-Notebook');
    const right = panel.getBoundingClientRect().right;
    const out = [];
    for (const el of document.querySelectorAll('.jp-OutputArea-output .jupyter-widgets, .jp-OutputArea-output img')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 1) {
            out.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')} ends at ${Math.round(box.right)} > ${Math.round(right)}`);
        }
    }
    return out;
}"""


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_widgets_fit_at_800_px_with_the_file_browser_open(lab, browser, notebook):
    context = browser.new_context(viewport={"width": 800, "height": 900}, locale="sv-SE")
    page = context.new_page()
    try:
        open_and_run_all(page, lab, notebook)
        wait_until_idle(page)
        open_file_browser(page)
        offenders = page.evaluate(OVERFLOW)
        ARTIFACTS.mkdir(exist_ok=True)
        widget = page.locator(NOTEBOOKS[notebook]).first
        widget.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"800px-{notebook.replace('/', '-')}.png"), full_page=False)
        assert offenders == [], offenders
        if notebook.startswith("02"):  # long category names: each list is as wide as the exercise, so the choice can be read
            select = widget.locator("select").first
            assert select.bounding_box()["width"] >= 0.8 * widget.bounding_box()["width"]
    finally:
        context.close()
