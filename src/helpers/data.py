"""Course data sets for the notebooks: ``data.load(name)``, ``data.source(name)`` and ``data.table(frame)``.

Reading and validating the files is :mod:`helpers.store.data`; this module adds the Swedish table
display. Maintainers refresh the population figures from SCB with
``python -m helpers.data refresh befolkning`` (see :mod:`helpers.store.scb`).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .store.data import (
    CHECKS,
    PACKAGE,
    DataError,
    available,
    load,
    package,
    parse,
    path,
    resource,
    setting,
    source,
    to_csv,
)
from .ui import display, render

if TYPE_CHECKING:  # pandas is imported only when data is loaded
    import pandas as pd

__all__ = ["CHECKS", "PACKAGE", "DataError", "available", "load", "main", "package", "parse", "path", "resource",
           "setting", "source", "table", "to_csv"]


def _html(text: str) -> Any:
    from IPython.display import HTML  # IPython only when a table is shown

    return HTML(text)


@render.shows_errors(_html)
def table(frame: pd.DataFrame, headers: Mapping[Any, str] | None = None) -> Any:
    """Show ``frame`` as a learner reads it: Swedish headers, "–" for missing values, Swedish numbers.

    The data itself is untouched, so code still uses the column names (``kom["tathet"]``); hovering
    over a header shows that name. ``headers`` names columns a cell has computed itself.
    """
    return _html(render.CSS + display.frame_html(frame, headers))


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers.data refresh befolkning [--file svar.json]``"""
    from .store import scb

    return scb.cli(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
