"""Numbers that a notebook cell ends with are shown as Swedish text, never as np.float64(…)."""

from __future__ import annotations

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell

from helpers import display


@pytest.fixture
def plain():
    shell = InteractiveShell.instance()
    assert display.install()
    yield shell.display_formatter.formatters["text/plain"]
    InteractiveShell.clear_instance()


@pytest.mark.parametrize(("value", "shown"), [
    (np.float64(2.700801), "2,700801"), (np.int64(-1458), "\u22121\u00a0458"), (np.float64(30.0), "30"),
    (0.1 + 0.2, "0,3"), (np.float32(0.5), "0,5"), (np.int32(281138), "281\u00a0138"), (float("nan"), "–"),
])
def test_numbers_are_shown_in_swedish(plain, value, shown):
    assert plain(value) == shown


def test_outside_ipython_nothing_is_installed(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "IPython", None)
    assert display.install() is False


def test_the_check_helper_echoes_the_learners_value_in_swedish(store):
    from helpers import kontroll

    value = np.float64(-30.0123)
    shown = kontroll.check_change(value, "Dorotea", store=store).value
    assert "Ditt värde: \u221230,0123" in shown and "np.float64" not in shown
