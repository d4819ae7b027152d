"""Helpers for the notebook course "Det regionala utvecklingsuppdraget".

Import what a notebook needs, for example ``from helpers import quiz``. Submodules load
lazily, so ``import helpers`` itself costs next to nothing.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

__version__ = "0.1.0"
__all__ = ["bank", "fakta", "grading", "model", "ordlista", "parsing", "paths", "progress", "quiz", "render", "texts"]


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
