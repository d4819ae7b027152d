"""Numbers in notebook output as Swedish text: ``0,0321`` and ``−1 458``, not ``np.float64(0.0321)``.

A cell that ends with a number from pandas shows numpy's technical form, which means nothing to a
learner. :func:`install` registers plain-text formatters with the running IPython kernel, by type
name, so numpy is not imported for it. It does nothing outside IPython.
"""

from __future__ import annotations

import sys
from typing import Any

from .parsing import format_number

NUMPY_FLOATS = ("float64", "float32", "float16")
NUMPY_INTS = ("int64", "int32", "int16", "int8", "uint64", "uint32", "uint16", "uint8")


def swedish(value: Any) -> str:
    """A number as a learner should read it: decimal comma, thin-spaced thousands, true minus sign."""
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
