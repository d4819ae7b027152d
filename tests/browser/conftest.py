"""Fixtures for real-browser tests: a fresh JupyterLab server on 127.0.0.1 with a token, on a
copy of the notebooks, and Debian's Chromium driven by Playwright.

Without /usr/bin/chromium the tests are skipped with the reason shown; under CI=true a missing
browser is a failure instead, so CI cannot pass without having run them.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from labtools import CHROMIUM, CHROMIUM_ARGS, jupyter_env, wait_for_status
from support import ROOT, free_port, require


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """Base URL and token of a fresh JupyterLab serving a copy of notebooks/."""
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}; install it with `apt-get install chromium`")
    root = tmp_path_factory.mktemp("kurs") / "notebooks"
    shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    home = tmp_path_factory.mktemp("jupyter-home")
    token = secrets.token_hex(16)
    port = free_port()
    log = home / "lab.log"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, env=jupyter_env(home), stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_status(f"{base}/api/status?token={token}", proc, log)
        yield {"base": base, "token": token, "root": root, "log": log}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


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
