"""Shared test set-up.

Progress files from unit tests and from the notebooks executed by nbval go to a throwaway
folder, never to the user's real progress file. The variable is set at import time so that
the kernels nbval starts inherit it.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from support import ROOT

_PROGRESS = tempfile.mkdtemp(prefix="regkurs-progress-")
os.environ["REGKURS_PROGRESS_DIR"] = _PROGRESS


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001
    shutil.rmtree(_PROGRESS, ignore_errors=True)


@pytest.fixture
def store(tmp_path):
    from helpers.store.progress import ProgressStore

    return ProgressStore(tmp_path / "progress")


@pytest.fixture
def datadir(tmp_path, monkeypatch):
    """A private copy of data/ so tests may corrupt or rewrite files."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    monkeypatch.setenv("REGKURS_DATA_DIR", str(target))
    return target
