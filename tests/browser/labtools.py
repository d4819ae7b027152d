"""Helpers for the browser tests: an isolated Jupyter environment and JupyterLab UI steps."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from support import ROOT, free_port, require

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]


def jupyter_env(home: Path, theme: str | None = None) -> dict[str, str]:
    """Keep Jupyter, IPython and matplotlib state out of the user's home directory; the course's own
    Jupyter config is in force, as with ``make lab``."""
    from helpers import launch

    settings = home / "settings"
    files: dict[str, dict] = {
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                             "checkForUpdates": False},
    }
    if theme:
        files["@jupyterlab/apputils-extension/themes.jupyterlab-settings"] = {"theme": theme}
    for name, content in files.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content), encoding="utf-8")
    return dict(
        launch.environment(),
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


@contextlib.contextmanager
def running_lab(root: Path, home: Path, theme: str | None = None) -> Iterator[dict]:
    """A fresh JupyterLab on 127.0.0.1 with a random token, serving ``root``; stopped on exit."""
    token = secrets.token_hex(16)
    port = free_port()
    log = home / "lab.log"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, env=jupyter_env(home, theme), stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_status(f"{base}/api/status?token={token}", proc, log)
        yield {"base": base, "token": token, "root": root, "log": log, "progress": home / "progress"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def api(lab: dict, method: str, path: str) -> object:
    """One call to the Jupyter server's REST API with the lab's token; the parsed JSON answer or None."""
    request = urllib.request.Request(f"{lab['base']}{path}", method=method,
                                     headers={"Authorization": f"token {lab['token']}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        body = answer.read()
    return json.loads(body) if body else None


def shut_down_kernels(lab: dict) -> int:
    """Close every session and kernel of the server, as a learner closing the notebook's kernel would."""
    for session in api(lab, "GET", "/api/sessions"):
        api(lab, "DELETE", f"/api/sessions/{session['id']}")
    kernels = api(lab, "GET", "/api/kernels")
    for kernel in kernels:
        api(lab, "DELETE", f"/api/kernels/{kernel['id']}")
    return len(kernels)


def fresh_progress(lab: dict, name: str) -> Path:
    """Give the next test an empty progress folder; the last test's folder is kept beside it for debugging."""
    folder: Path = lab["progress"]
    if folder.exists():
        done = folder.parent / "progress-done"
        done.mkdir(exist_ok=True)
        folder.rename(done / re.sub(r"[^\w.-]+", "_", name)[:120])
    folder.mkdir()
    return folder


def open_and_run_all(page, lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, wait for the kernel and run every cell via the Run menu."""
    page.goto(f"{lab['base']}/lab/tree/{notebook}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=60_000)
    page.click("#jp-MainMenu >> text=Run")
    page.click('.lm-Menu li[data-command="runmenu:run-all"]')


def open_file_browser(page) -> None:
    """Show JupyterLab's file browser beside the notebook (as on a laptop) and let the notebook narrow."""
    sidebar = page.locator("#jp-left-stack")
    if not sidebar.is_visible():
        page.locator('.jp-SideBar [data-id="filebrowser"]').click()
    assert sidebar.is_visible() and sidebar.bounding_box()["width"] > 150, "the file browser is open"
    page.wait_for_timeout(500)  # let the notebook panel take its narrower width


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


# --- accessibility (axe-core) -----------------------------------------------------------------------
AXE_JS = ROOT / "tests" / "browser" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
FAILING_IMPACTS = {"serious", "critical"}
ALWAYS_CHECKED = {"heading-order", "image-alt", "color-contrast", "label", "button-name"}

# Violations that come from JupyterLab, its editor or nbconvert's template, not from the course:
# (rule, regular expression searched in "<selector> <html>" of the violating node, reason).
# Anything that matches none of them fails the test.
EXCLUSIONS = (
    ("aria-input-field-name", r"\.cm-content",
     "CodeMirror 6's editing surface in every code cell has role=textbox without a name; JupyterLab would "
     "have to set it (codemirror/dev#848, #1127). Learners do not edit code in the exercises."),
    ("aria-required-children", r"\.jp-WindowedPanel-viewport",
     "JupyterLab's notebook list of cells uses role=feed whose children are not articles "
     "(jupyterlab/jupyterlab#14765, the Notebooks for All recommendations)."),
    ("aria-allowed-attr", r"^jp-button|<jp-button",
     "JupyterLab's toolbar buttons carry aria-pressed on a role that does not allow it "
     "(jupyterlab/jupyterlab#16891). Outside the notebook content; listed in case a test scans the whole page."),
    ("color-contrast", r"jp-(Input|Output)Prompt",
     "nbconvert's lab template greys out the In [n]/Out [n] prompts with JupyterLab's prompt colour; "
     "the HTML export only (the prompts are not course content)."),
    ("color-contrast", r'<span class="[a-z0-9]{1,3}">',
     "Pygments syntax colours in exported code cells (nbconvert's lab template: comments, numbers, operators)."),
    ("link-in-text-block", r"<a ",
     "JupyterLab's rendered-Markdown CSS, which nbconvert's lab template copies, shows links in colour "
     "without an underline (jupyterlab/jupyterlab#9399, item 2; the proposed fix #14914 was closed). "
     "Only reported for the HTML export; inside JupyterLab the course cannot restyle links."),
)


def excluded(rule: str, target: str, html: str = "") -> str | None:
    text = f"{target} {html}"
    return next((reason for r, pattern, reason in EXCLUSIONS if r == rule and re.search(pattern, text)), None)


def axe_violations(page, context: str | None = None) -> list[dict]:
    """Run axe-core in the page (on ``context``, a CSS selector, or the whole document)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async (context) => {
            const result = await axe.run(context ? {include: [[context]]} : document, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 200)}))}));
        }""",
        context,
    )


def assert_accessible(page, name: str, context: str | None = ".jp-NotebookPanel .jp-Notebook") -> list[dict]:
    """Fail on serious or critical axe violations (and a few rules always) that are not in EXCLUSIONS.

    Writes every violation, excluded or not, to test-artifacts/axe/<name>.json for review.
    """
    require(AXE_JS.exists(), f"axe-core is not installed at {AXE_JS}: run `npm ci --prefix tests/browser/axe`")
    violations = axe_violations(page, context)
    (ARTIFACTS / "axe").mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "axe" / f"{name}.json").write_text(json.dumps(violations, indent=1, ensure_ascii=False),
                                                    encoding="utf-8")
    failures = [
        f"{v['id']} ({v['impact']}): {v['help']} – {node['target']}: {node['html']}"
        for v in violations if v["impact"] in FAILING_IMPACTS or v["id"] in ALWAYS_CHECKED
        for node in v["nodes"] if not excluded(v["id"], node["target"], node["html"])
    ]
    assert not failures, f"{name}: accessibility violations from the course's own content:\n" + "\n".join(failures)
    return violations


# --- click to feedback ------------------------------------------------------------------------------
def click_to_update_ms(page, box_selector: str, button_text: str) -> float:
    """Milliseconds from clicking the button ``button_text`` inside ``box_selector`` until the box's
    content changes (a MutationObserver on child nodes and text, measured inside the page)."""
    return page.evaluate(
        """([selector, text]) => new Promise((resolve, reject) => {
            const box = document.querySelector(selector);
            const button = [...box.querySelectorAll('button')].find(b => b.textContent.trim() === text);
            if (!button) { reject(new Error('no button ' + text)); return; }
            const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - start); });
            observer.observe(box, {childList: true, subtree: true, characterData: true});
            setTimeout(() => { observer.disconnect(); reject(new Error('no update within 20 s in ' + selector)); }, 20000);
            const start = performance.now();
            button.click();
        })""",
        [box_selector, button_text],
    )


# One question of every exercise type in notebook 00, for click-to-feedback timings (tests and `make bench`).
FEEDBACK_QUESTIONS = {"single": "00-kortkommando", "multiple": "00-framsteg", "numeric": "00-andel-umea",
                      "text": "00-fortest-strategi", "classify": "00-celltyper"}


def alternate_answer(page, qid: str):
    """An action per exercise type that changes the answer, so that every check gives new feedback."""
    from helpers.store import bank

    box = page.locator(f".kurs-q-{qid}")
    q = bank.find_question(qid)
    if q.type == "single":
        labels = box.locator(".widget-radio-box label")
        return lambda n: labels.nth(n % 2).click()
    if q.type == "multiple":
        boxes = box.locator("input[type=checkbox]")
        return lambda n: boxes.nth(0).set_checked(n % 2 == 0)
    if q.type == "classify":  # every row answered, the first row alternating between right and wrong
        selects = box.locator("select")
        first, other = q.items[0].category, next(c for c in q.categories if c != q.items[0].category)

        def change(n: int) -> None:
            selects.nth(0).select_option(label=first if n % 2 else other)
            for i, item in enumerate(q.items[1:], 1):
                selects.nth(i).select_option(label=item.category)

        return change
    values = ("47,8", "12") if q.type == "numeric" else ("RUS", "en plan")
    field = box.locator("input[type=text]")
    return lambda n: field.fill(values[n % 2])


def median_click_ms(page, box_selector: str, clicks: int, change=None) -> float:
    """Median of ``clicks`` timed clicks on "Kontrollera" in ``box_selector``; ``change(n)`` alters the
    answer before click ``n`` so that every click gives new feedback."""
    import statistics

    page.locator(box_selector).first.scroll_into_view_if_needed()
    times = []
    for n in range(clicks):
        if change:
            change(n)
        # ipywidgets holds back a value update while the kernel is still busy with the previous click,
        # but sends a click at once; a learner is never this fast, so give the new answer time to arrive.
        page.wait_for_timeout(150)
        times.append(click_to_update_ms(page, box_selector, "Kontrollera"))
    return statistics.median(times)


def feedback_medians(page, clicks: int) -> dict[str, float]:
    """Median click-to-feedback time per exercise type in notebook 00 (the notebook must be open and run)."""
    return {qtype: median_click_ms(page, f".kurs-q-{qid}", clicks, alternate_answer(page, qid))
            for qtype, qid in FEEDBACK_QUESTIONS.items()}
