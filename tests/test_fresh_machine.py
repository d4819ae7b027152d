"""A fresh machine without Chromium, hunspell or npm: the README's `make test` passes there with
visible skip reasons, while under CI=true the same missing tools fail the run."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from support import ROOT

SUITES = ["tests/browser", "tests/test_spelling.py"]


def _run(tmp_path, ci: bool) -> subprocess.CompletedProcess[str]:
    empty = tmp_path / "bin"
    empty.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(CHROMIUM=str(tmp_path / "no-such-chromium"), PATH=str(empty))  # no hunspell, npm or browser on PATH
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", *SUITES, "-p", "no:nbval", "-q", "-rs"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


def _counts(output: str) -> dict[str, int]:
    last = output.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|errors?)", last)}


def test_missing_tools_are_visible_skips_locally(tmp_path):
    run = _run(tmp_path, ci=False)
    counts = _counts(run.stdout)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "error" not in counts and "errors" not in counts and "failed" not in counts, run.stdout[-3000:]
    assert counts.get("skipped", 0) >= 20, counts
    assert "Chromium not found at" in run.stdout and "hunspell" in run.stdout  # the reasons are listed (-rs)


def test_missing_tools_fail_under_ci(tmp_path):
    run = _run(tmp_path, ci=True)
    counts = _counts(run.stdout)
    assert run.returncode != 0, run.stdout[-3000:]
    assert counts.get("skipped", 0) == 0, counts
    assert counts.get("failed", 0) + counts.get("errors", 0) + counts.get("error", 0) >= 20, counts
    assert "CI=true: this is a failure, not a skip" in run.stdout
