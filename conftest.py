"""Root pytest set-up: nbval's options, set here instead of in ``addopts``.

Options in ``addopts`` are parsed before plugins are known, so ``-p no:nbval`` (the fast
command in the README) would fail with "unrecognized arguments". Here they are applied only
when nbval is loaded: notebooks are run top to bottom in the current environment, outputs are
not compared (``--nbval`` on the command line still asks for a strict comparison), and no cell
may take longer than two minutes.
"""

from __future__ import annotations

import pytest

NBVAL_CELL_TIMEOUT = 120.0


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.hasplugin("nbval"):
        return
    option = config.option
    if not option.nbval:
        option.nbval_lax = True
    option.nbval_current_env = True
    if option.nbval_cell_timeout == 2000:  # nbval's default: nobody chose a timeout
        option.nbval_cell_timeout = NBVAL_CELL_TIMEOUT
