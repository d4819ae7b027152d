"""Browser tests do not share state: each starts with no kernel and an empty progress folder.

The first test leaves a kernel running and a progress file behind on purpose; the second, which
runs after it on the same JupyterLab, must find neither.
"""

from __future__ import annotations

import json

import pytest
from labtools import api

pytestmark = pytest.mark.browser


def test_a_test_that_leaves_state_behind(lab):
    api(lab, "POST", "/api/kernels")
    (lab["progress"] / "framsteg.json").write_text(json.dumps({"version": 1, "questions": {}}), encoding="utf-8")
    assert api(lab, "GET", "/api/kernels")


def test_the_next_test_starts_clean(lab):
    assert api(lab, "GET", "/api/kernels") == []
    assert lab["progress"].is_dir() and list(lab["progress"].iterdir()) == []
