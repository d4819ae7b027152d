"""Check a learner's own pandas calculation against the course data ("try another municipality").

The expected value is computed from ``data/`` at check time, so the same check works for any
municipality and any pair of years; grading reuses :func:`helpers.core.grading.grade_numeric`, and
typical slips (persons instead of percent, wrong base year, wrong sign) get targeted feedback.
"""

from __future__ import annotations

import html
import numbers
from typing import Any

import ipywidgets as W

from . import data, texts
from .core import grading
from .core.model import NumericQuestion, TypicalError
from .store import progress
from .ui import display, render


def change_percent(place: str, start: int, end: int) -> tuple[float, int, int]:
    """(change in percent, population in ``start``, population in ``end``) for a municipality or the county."""
    frame = data.load("befolkning")
    rows = frame[frame["region"].str.casefold() == place.strip().casefold()]
    if rows.empty:
        names = ", ".join(sorted(set(frame.loc[frame["niva"] != "riket", "region"])))
        raise ValueError(texts.CHECK_UNKNOWN_PLACE.format(name=place, names=names))
    by_year = dict(zip(rows["ar"].astype(int), rows["folkmangd"].astype(int), strict=True))
    for year in (start, end):
        if year not in by_year:
            raise ValueError(texts.CHECK_UNKNOWN_YEAR.format(year=year, years=", ".join(map(str, sorted(by_year)))))
    first, last = by_year[start], by_year[end]
    return (last - first) / first * 100, first, last


def grade_change(answer: Any, place: str, start: int, end: int) -> grading.Result:
    """Pure: grade a percent change computed by the learner (one decimal, ±0.1)."""
    if answer is None:
        return grading.Result(grading.Status.NOT_ATTEMPTED, texts.CHECK_NONE)
    expected, first, last = change_percent(place, start, end)
    direction = texts.CHECK_GREW if expected >= 0 else texts.CHECK_SHRANK
    question = NumericQuestion(
        id="08-egen", type="numeric", prompt="", hints=("",), solution="", answer=round(expected, 1), tolerance=0.11,
        unit="%", decimals=1, plausible=(-100.0, 1000.0), typical_errors=(
            TypicalError(float(last - first), texts.CHECK_ABSOLUTE, 0.5),
            TypicalError(round(-expected, 1), texts.CHECK_SIGN.format(direction=direction), 0.11),
            TypicalError(round((last - first) / last * 100, 1), texts.CHECK_WRONG_BASE, 0.11),
        ),
    )
    if abs(expected) < 0.2:  # the sign slip would coincide with the right answer
        question = NumericQuestion(**{**question.__dict__, "typical_errors": question.typical_errors[:1]})
    raw = answer if isinstance(answer, str) else float(answer) if isinstance(answer, int | float) else str(answer)
    return grading.grade_numeric(question, raw)


def check_change(answer: Any, place: str, start: int = 1990, end: int = 2024,
                 *, store: progress.ProgressStore | None = None) -> W.HTML:
    """Feedback on the learner's change in percent for ``place`` between ``start`` and ``end``."""
    try:
        result = grade_change(answer, place, start, end)
    except (ValueError, data.DataError) as err:
        return W.HTML(render.error(str(err)))
    store = store or progress.default_store()
    if result.attempted:
        checks = store.get_state("08-egna-uttrakningar") or {}
        checks = checks if isinstance(checks, dict) else {}
        checks[f"{place}:{start}-{end}"] = {"svar": answer if isinstance(answer, int | float) else str(answer),
                                            "status": result.status.value}
        store.set_state("08-egna-uttrakningar", checks)
    shown = render.feedback(result, store.new_warnings())
    if isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        shown = render.CSS + f"<p>{html.escape(texts.CHECK_YOUR_VALUE.format(value=display.swedish(answer)))}</p>" + shown
    return W.HTML(shown)
