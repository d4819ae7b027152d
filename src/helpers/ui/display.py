"""Numbers and tables in notebook output as Swedish text: ``0,0321`` and ``−1 458``, not ``np.float64(0.0321)``.

A cell that ends with a number from pandas shows numpy's technical form, which means nothing to a
learner. :func:`install` registers plain-text formatters with the running IPython kernel, by type
name, so numpy is not imported for it. It does nothing outside IPython.

:func:`frame_html` shows a pandas table the same way: Swedish headers (``texts.COLUMN_TITLES``)
instead of column names such as ``tathet``, "–" instead of ``<NA>`` and Swedish numbers. The
notebooks show it with :func:`helpers.data.table`.
"""

from __future__ import annotations

import numbers
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import texts
from ..core.parsing import format_number
from . import render

if TYPE_CHECKING:
    import pandas as pd

YEAR_COLUMNS = ("ar",)  # shown as 2024, never as "2 024"

NUMPY_FLOATS = ("float64", "float32", "float16")
NUMPY_INTS = ("int64", "int32", "int16", "int8", "uint64", "uint32", "uint16", "uint8")


def swedish(value: Any) -> str:
    """A number as a learner should read it: decimal comma, thousands split by a no-break space, true minus sign."""
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return "–"
    if float(number).is_integer() and abs(number) < 1e15:
        return format_number(int(number), 0)
    return format_number(number)


def _pretty(value: Any, printer: Any, _cycle: bool) -> None:
    printer.text(swedish(value))


def install() -> bool:
    """Register the Swedish number display in the running IPython shell; ``False`` outside IPython."""
    ipython_module = sys.modules.get("IPython")
    shell = ipython_module.get_ipython() if ipython_module else None
    if shell is None:
        return False
    plain = shell.display_formatter.formatters["text/plain"]
    plain.for_type(float, _pretty)
    numpy = sys.modules.get("numpy")
    for name in (*NUMPY_FLOATS, *NUMPY_INTS):
        if numpy is not None and hasattr(numpy, name):
            plain.for_type(getattr(numpy, name), _pretty)  # a type already known wins over a name
        else:
            plain.for_type_by_name("numpy", name, _pretty)
    return True


def frame_html(frame: pd.DataFrame, headers: Mapping[Any, str] | None = None) -> str:
    """``frame`` as an HTML table a learner can read.

    Headers come from ``headers``, then ``texts.COLUMN_TITLES``, else the column name itself; each
    header's tooltip gives the name to type in code. A named index (a pivot's ``ar``, a group's
    ``kust``) is the first column; a plain row number is left out. Missing values are "–", numbers
    have a decimal comma and spaced thousands, years are plain.
    """
    import pandas as pd

    titles = {**texts.COLUMN_TITLES, **(headers or {})}
    shown = frame.reset_index() if any(name is not None for name in frame.index.names) else frame
    columns = list(shown.columns)
    numeric = {i for i, c in enumerate(columns) if pd.api.types.is_numeric_dtype(shown[c])
               and not pd.api.types.is_bool_dtype(shown[c])}
    heads = [titles.get(c, str(c)) for c in columns]
    tips = [texts.COLUMN_IN_CODE.format(name=c) if isinstance(c, str) and h != c else "" for c, h in zip(columns, heads, strict=True)]
    rows = [[_cell(v, c in YEAR_COLUMNS) for c, v in zip(columns, row, strict=True)]
            for row in shown.itertuples(index=False, name=None)]
    return render.table(heads, rows, numeric, tips)


def _cell(value: Any, year: bool) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return str(int(value)) if year else swedish(value)
    return str(value)
