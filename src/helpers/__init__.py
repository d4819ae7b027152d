"""Helpers for the notebook course "Det regionala utvecklingsuppdraget".

Import what a notebook needs, for example ``from helpers import quiz``. Submodules load
lazily, so ``import helpers`` itself costs next to nothing.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

__version__ = "0.1.0"
__all__ = ["aktorer", "data", "diagram", "fakta", "hallbarhet", "hubb", "klassvy", "kontroll", "ordlista",
           "prioritering", "quiz", "reflektion", "scb", "svarskod", "texts", "core", "store", "ui"]


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _show_numbers_in_swedish() -> None:
    """In a notebook, numbers that a cell ends with are shown as Swedish text (see helpers.ui.display)."""
    import sys

    if "IPython" in sys.modules:
        from .ui.display import install

        install()


_show_numbers_in_swedish()
