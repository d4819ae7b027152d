"""A notebook that is only opened is not marked as changed (issue 12: "every notebook shows ● as soon
as the kernel starts, so closing the tab asks to save").

JupyterLab writes the kernel's ``language_info`` (with the Python version) into a notebook when its
kernel starts, and any change of metadata marks the notebook as changed. The committed notebooks
carry only ``{"name": "python"}``, so the course's server settings fill in the kernel's full
``language_info`` when a notebook is opened (helpers.labserver). Running cells still marks a
notebook as changed: outputs are changes, by JupyterLab's design, and the second test shows that
they are the only ones (no widget state, no metadata written by the course).
"""

from __future__ import annotations

import json
import re

import pytest
from labtools import open_and_run_all, wait_until_idle
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
# The first notebook, the capstone and a teacher's notebook; every notebook carries the same metadata
# (tests/test_repo.py checks the kernelspec, tests/test_labserver.py the language_info).
NOTEBOOKS = ("00-kom-igang.ipynb", "09-capstone-mini-rus.ipynb", "larare/klassvy.ipynb")


def notebook_tab(page, notebook: str):
    return page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text=notebook.rsplit("/", 1)[-1])


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_opening_a_notebook_and_starting_its_kernel_changes_nothing(lab, page, notebook):
    page.goto(f"{lab['base']}/lab/tree/{notebook}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=60_000)
    tab = notebook_tab(page, notebook)
    expect(tab).to_have_class(re.compile(r"\bjp-mod-current\b"))
    page.wait_for_timeout(1500)  # the kernel's information arrives just after it is idle
    expect(tab).not_to_have_class(re.compile(r"\bjp-mod-dirty\b"))


def test_running_a_notebook_changes_only_its_outputs(lab, page):
    notebook = "05-aktorerna-i-lanet.ipynb"
    path = lab["root"] / notebook
    before = json.loads(path.read_text(encoding="utf-8"))
    open_and_run_all(page, lab, notebook)
    wait_until_idle(page)
    expect(notebook_tab(page, notebook)).to_have_class(re.compile(r"\bjp-mod-dirty\b"))  # outputs were added
    page.keyboard.press("Control+s")
    expect(notebook_tab(page, notebook)).not_to_have_class(re.compile(r"\bjp-mod-dirty\b"))
    after = json.loads(path.read_text(encoding="utf-8"))
    assert "widgets" not in after["metadata"], "widget state was saved in the notebook"
    language = after["metadata"].pop("language_info")
    assert language["name"] == "python" and re.fullmatch(r"3\.\d+\.\d+\S*", language["version"])
    before["metadata"].pop("language_info")
    assert after["metadata"] == before["metadata"]
    assert len(after["cells"]) == len(before["cells"])
    for old, new in zip(before["cells"], after["cells"], strict=True):
        changed = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
        assert changed <= {"outputs", "execution_count"}, (old["source"][:1], changed)
    assert any(cell.get("outputs") for cell in after["cells"])
