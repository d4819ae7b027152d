"""Helpers for the notebook course "Det regionala utvecklingsuppdraget".

Import what a notebook needs, for example ``from helpers import quiz``. Submodules load
lazily, so ``import helpers`` itself costs next to nothing.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

__version__ = "0.1.0"
__all__ = ["aktorer", "bank", "data", "diagram", "display", "fakta", "grading", "hallbarhet", "hubb", "klassvy", "kontroll", "model", "ordlista", "parsing",
           "paths", "plots", "prioritering", "progress", "quiz", "reflektion", "render", "scb", "svarskod", "texts"]


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _show_numbers_in_swedish() -> None:
    """In a notebook, numbers that a cell ends with are shown as Swedish text (see helpers.display)."""
    import sys

    if "IPython" in sys.modules:
        from .display import install

        install()


_show_numbers_in_swedish()
