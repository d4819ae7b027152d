"""Helpers for the browser tests: an isolated Jupyter environment and JupyterLab UI steps."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from support import ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]


def jupyter_env(home: Path) -> dict[str, str]:
    """Keep Jupyter, IPython and matplotlib state out of the user's home directory."""
    settings = home / "settings"
    for name, content in {
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                             "checkForUpdates": False},
    }.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content), encoding="utf-8")
    labconfig = home / "config" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    (labconfig / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}), encoding="utf-8")
    return dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"), IPYTHONDIR=str(home / "ipython"),
        MPLCONFIGDIR=str(home / "mpl"), REGKURS_PROGRESS_DIR=str(home / "progress"),
    )


def wait_for_status(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, OSError):
            if proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited early:\n{log.read_text()[-3000:]}") from None
            time.sleep(0.2)
    raise RuntimeError(f"JupyterLab did not answer {url}:\n{log.read_text()[-3000:]}")


def open_and_run_all(page, lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, wait for the kernel and run every cell via the Run menu."""
    page.goto(f"{lab['base']}/lab/tree/{notebook}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=60_000)
    page.click("#jp-MainMenu >> text=Run")
    page.click('.lm-Menu li[data-command="runmenu:run-all"]')


def wait_until_idle(page, timeout: float = 90_000) -> None:
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout,
    )


def assert_clean(page, expected_widgets: int) -> None:
    """Every exercise rendered, and no error output or broken widget anywhere in the notebook."""
    from playwright.sync_api import expect

    expect(page.locator('.kurs-fraga[class*="kurs-q-"]')).to_have_count(expected_widgets, timeout=30_000)
    expect(page.locator(".jp-OutputArea-output", has_text="Error displaying widget")).to_have_count(0)
    expect(page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')).to_have_count(0)
    expect(page.locator(".jp-OutputArea-output", has_text="Traceback")).to_have_count(0)
    expect(page.locator(".kurs-fb-error")).to_have_count(0)
