"""The course-progress rows of the exercises that are not bank questions, from a registry.

Each exercise module registers a function with :func:`register`; it gets the stored state (the
``state`` part of a progress snapshot) and returns its rows ``(notebook, exercise, status)``.
:func:`rows` loads the modules in :data:`MODULES` (in this order, which is the order of rows within
a notebook) and asks each. The overview in :mod:`helpers.quiz` names no exercise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

from . import texts

Row = tuple[str, str, str]
RowsFunction = Callable[[Mapping[str, Any]], list[Row]]
MODULES = ("aktorer", "hallbarhet", "reflektion", "prioritering")  # the exercise modules, loaded by :func:`rows`
_REGISTRY: dict[str, list[RowsFunction]] = {}


def register(module: str) -> Callable[[RowsFunction], RowsFunction]:
    """Decorator: ``@progress_rows.register(__name__)`` adds the function's rows to the overview."""
    def add(function: RowsFunction) -> RowsFunction:
        _REGISTRY.setdefault(module.rsplit(".", 1)[-1], []).append(function)
        return function
    return add


def status(done: bool, started: bool, detail: str) -> str:
    """The status column: a symbol and a word, and ``detail`` once the exercise is started."""
    symbol, word = texts.PROGRESS_DONE if done else texts.PROGRESS_STARTED if started else texts.PROGRESS_NOT_STARTED
    return f"{symbol} {word}" + (f" – {detail}" if started or done else "")


def part(state: Mapping[str, Any], key: str) -> dict[str, Any]:
    """``state[key]`` when it is a dict (what every exercise stores), else an empty dict."""
    value = state.get(key)
    return value if isinstance(value, dict) else {}


def rows(data: Mapping[str, Any]) -> list[Row]:
    """(notebook, exercise, status) for every registered exercise, from a progress snapshot, by notebook."""
    state = data.get("state", {}) if isinstance(data.get("state"), dict) else {}
    found: list[Row] = []
    for name in MODULES:
        import_module(f"{__package__}.{name}")
        for function in _REGISTRY.get(name, []):
            found += function(state)
    return sorted(found, key=lambda row: row[0])
