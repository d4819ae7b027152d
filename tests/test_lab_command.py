"""`make lab` opens JupyterLab on 127.0.0.1 at notebook 00, protected by a token."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from support import ROOT, free_port, require


def test_make_lab_opens_notebook_00_with_a_token(tmp_path):
    require(shutil.which("make") is not None, "`make` is not installed")
    if not (ROOT / ".venv" / ".kurs-installerad").exists():
        pytest.skip("run through `make test`, which sets up .venv first")
    port = free_port()
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_DATA_DIR=str(tmp_path / "data"), JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "ws"))
    log = tmp_path / "lab.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(["make", "lab", f"LAB_FLAGS=--no-browser --port={port}"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        pattern = re.compile(rf"http://127\.0\.0\.1:{port}/lab/tree/00-kom-igang\.ipynb\?token=(\w+)")
        deadline = time.monotonic() + 60
        while not (match := pattern.search(log.read_text())):
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        token = match.group(1)
        assert len(token) >= 32
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/00-kom-igang.ipynb", timeout=5)
        assert denied.value.code == 403
        answer = urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/00-kom-igang.ipynb?token={token}",
                                        timeout=5)
        assert answer.status == 200
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
