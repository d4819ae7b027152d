"""Opening the course: `make lab` and the README's path without `make` serve notebook 00 on 127.0.0.1,
always behind a token, even when the user's Jupyter config tries to switch the token off."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from support import ROOT, free_port, require

from helpers import labserver

README = (ROOT / "README.md").read_text(encoding="utf-8")

# User configs that would open an unprotected server if the course relied on the config files.
HOSTILE_CONFIGS = {
    "no-config": "",
    "empty-token": 'c.IdentityProvider.token = ""\nc.ServerApp.open_browser = False\n',
    "empty-token-old-name": 'c.ServerApp.token = ""\nc.ServerApp.ip = "0.0.0.0"\n',
}


def readme_block(marker: str) -> list[str]:
    block = re.search(rf"<!-- {marker}:START -->\n```\w*\n(.*?)```\n<!-- {marker}:END -->", README, re.S)
    assert block, f"README has no {marker} block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def _jupyter_env(tmp_path: Path, config: str) -> dict[str, str]:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    if config:
        (config_dir / "jupyter_server_config.py").write_text(config, encoding="utf-8")
    return dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTER_CONFIG_DIR=str(config_dir),
                JUPYTER_DATA_DIR=str(tmp_path / "data"), JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "ws"))


def assert_serves_notebook_00_behind_a_token(cmd: list[str], port: int, env: dict[str, str], log: Path) -> None:
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        pattern = re.compile(rf"http://127\.0\.0\.1:{port}/lab/tree/00-kom-igang\.ipynb\?token=(\w+)")
        deadline = time.monotonic() + 90
        while not (match := pattern.search(log.read_text())):
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        token = match.group(1)
        assert len(token) >= 32
        while "is running at" not in log.read_text():  # the address is printed before the server listens
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        while True:  # under load the socket may take a moment to accept after the address is logged
            try:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.2)
        for url in (f"http://127.0.0.1:{port}/api/contents/00-kom-igang.ipynb", f"http://127.0.0.1:{port}/api/contents"):
            with pytest.raises(urllib.error.HTTPError) as denied:
                urllib.request.urlopen(url, timeout=5)
            assert denied.value.code == 403, url
        answer = urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/00-kom-igang.ipynb?token={token}",
                                        timeout=5)
        assert answer.status == 200
        # Opening a notebook changes nothing: it already carries what the kernel will report (helpers.labserver).
        assert json.load(answer)["content"]["metadata"]["language_info"] == labserver.kernel_language()
        # The course's own settings are in force: no English news pop-up, and HTML exports in Swedish.
        lab_page = urllib.request.urlopen(f"http://127.0.0.1:{port}/lab?token={token}", timeout=10).read().decode()
        assert "@jupyterlab/apputils-extension:announcements" in lab_page.split("disabledExtensions", 1)[1][:2000]
        export = urllib.request.urlopen(f"http://127.0.0.1:{port}/nbconvert/html/00-kom-igang.ipynb?download=false"
                                        f"&token={token}", timeout=60).read().decode()
        assert '<html lang="sv">' in export
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _require_venv() -> None:
    require((ROOT / ".venv" / ".kurs-installerad").exists(),
            "the course's .venv is not set up; run the tests through `make test`, which creates it first")


@pytest.mark.parametrize("config", HOSTILE_CONFIGS, ids=list(HOSTILE_CONFIGS))
def test_make_lab_opens_notebook_00_with_a_token(tmp_path, config):
    require(shutil.which("make") is not None, "`make` is not installed")
    _require_venv()
    port = free_port()
    assert_serves_notebook_00_behind_a_token(["make", "lab", f"LAB_FLAGS=--no-browser --port={port}"], port,
                                             _jupyter_env(tmp_path, HOSTILE_CONFIGS[config]), tmp_path / "lab.log")


def test_readme_without_make_opens_the_course_with_a_token(tmp_path):
    """The Linux/macOS lines of the path without make, run as written (the install line as make runs it)."""
    _require_venv()
    create, install, launch = readme_block("UTAN-MAKE")
    # 1. Creating the environment works as written, in a fresh folder.
    subprocess.run([sys.executable if w == "python3" else w for w in shlex.split(create)], cwd=tmp_path,
                   check=True, timeout=120)
    assert (tmp_path / ".venv" / "bin" / "python").exists()
    # 2. The install line is exactly what `make lab` runs to fill .venv, which `make test` has just done.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    pip = re.search(r"^PIP := \$\(BIN\)/python (.*)$", makefile, re.M).group(1)
    assert re.search(r"^\t\$\(PIP\) -e \.$", makefile, re.M), "make lab installs the course with $(PIP) -e ."
    assert set(shlex.split(install)[1:]) <= {*shlex.split(pip), "-e", "."}, (install, pip)
    assert shlex.split(install)[0] == ".venv/bin/python" and "-c" in install and "constraints.txt" in install
    # 3. The launch line serves the course, also against a config that empties the token.
    port = free_port()
    cmd = shlex.split(launch) + ["--no-browser", f"--port={port}"]
    assert_serves_notebook_00_behind_a_token(cmd, port, _jupyter_env(tmp_path, HOSTILE_CONFIGS["empty-token"]),
                                             tmp_path / "lab.log")


def test_windows_lines_are_the_same_steps():
    windows = readme_block("UTAN-MAKE-WINDOWS")
    posix = readme_block("UTAN-MAKE")
    assert windows[0] == "py -m venv .venv" and posix[0] == "python3 -m venv .venv"
    assert [w.replace(".venv\\Scripts\\python", ".venv/bin/python") for w in windows[1:]] == posix[1:]


def test_launch_command_always_sets_address_token_and_one_port():
    from helpers import launch

    cmd, url = launch.command(["--no-browser", "--port=9123", "--port=9124"], token="abc" * 12)
    assert "--ip=127.0.0.1" in cmd and f"--IdentityProvider.token={'abc' * 12}" in cmd
    assert [a for a in cmd if "port=" in a] == ["--port=9124"] and "--no-browser" in cmd
    assert url == f"http://127.0.0.1:9124/lab/tree/00-kom-igang.ipynb?token={'abc' * 12}"
    cmd, url = launch.command()
    token = url.rsplit("=", 1)[1]
    assert len(token) >= 32 and f"--IdentityProvider.token={token}" in cmd
    assert launch.command()[1] != url, "every start gets a new token"
