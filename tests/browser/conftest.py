"""Fixtures for real-browser tests: a fresh JupyterLab server on 127.0.0.1 with a token, on a
copy of the notebooks, and Debian's Chromium driven by Playwright.

Without /usr/bin/chromium the tests are skipped with the reason shown; under CI=true a missing
browser is a failure instead, so CI cannot pass without having run them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from labtools import CHROMIUM, CHROMIUM_ARGS, fresh_progress, running_lab, shut_down_kernels
from support import ROOT, require


@pytest.fixture(scope="session", autouse=True)
def chromium_present():
    """Every browser test needs Chromium; checked before any other fixture does slow work.

    Session scope puts it ahead of module fixtures (such as the HTML export run), so a machine
    without Chromium skips each test with the reason instead of erroring in a fixture.
    """
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}; install it with `apt-get install chromium`")


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """Base URL and token of a fresh JupyterLab serving a copy of notebooks/."""
    yield from _start_lab(tmp_path_factory)


@pytest.fixture(scope="session")
def lab_dark(tmp_path_factory):
    """A second, separate JupyterLab whose settings select the dark theme."""
    yield from _start_lab(tmp_path_factory, theme="JupyterLab Dark")


def _start_lab(tmp_path_factory, theme: str | None = None):
    root = tmp_path_factory.mktemp("kurs") / "notebooks"
    shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "export"))
    with running_lab(root, tmp_path_factory.mktemp("jupyter-home"), theme) as lab:
        yield lab


@pytest.fixture(autouse=True)
def isolated_lab_state(request):
    """Each test that uses a JupyterLab starts with no kernels and an empty progress folder, and leaves
    no kernel running, so no test depends on what an earlier one answered or on the order of tests."""
    labs = [request.getfixturevalue(name) for name in ("lab", "lab_dark") if name in request.fixturenames]
    for lab in labs:
        shut_down_kernels(lab)
        fresh_progress(lab, request.node.name)
    yield
    for lab in labs:
        shut_down_kernels(lab)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1400}, locale="sv-SE")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()
