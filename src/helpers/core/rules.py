"""Pure rules of the exercises that are not bank questions: actor cards, the grid, ratings, reflections.

The widget modules (:mod:`helpers.aktorer`, :mod:`helpers.hallbarhet`, :mod:`helpers.reflektion`)
re-export these under their old names and pass in the course's facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import texts
from .parsing import count_words

RATING_MIN, RATING_MAX = -2, 2
GRID_MAX = 5  # power and interest are 0..5


def _small_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# --- actor cards and the power/interest grid ---------------------------------------------------
@dataclass(frozen=True)
class CardResult:
    type_ok: bool | None
    level_ok: bool | None
    lines: tuple[str, ...]  # one judgement per chosen dimension: the type, then the level

    @property
    def complete(self) -> bool:
        return bool(self.type_ok and self.level_ok)

    @property
    def message(self) -> str:
        return " ".join(self.lines)


def grade_card(card: Mapping[str, Any], chosen_type: str | None, chosen_level: str | None) -> CardResult:
    """Per-card feedback; ``None`` for a dimension that has not been chosen yet."""
    lines = []
    type_ok = level_ok = None
    if chosen_type:
        type_ok = chosen_type == card["typ"]
        if type_ok:
            lines.append(texts.ACTOR_TYPE_RIGHT.format(text=card["om_typ"]))
        else:
            lines.append(texts.ACTOR_TYPE_WRONG.format(chosen=chosen_type, text=card["felval"].get(chosen_type, card["om_typ"])))
    if chosen_level:
        level_ok = chosen_level in card["nivaer"]
        if level_ok:
            lines.append(texts.ACTOR_LEVEL_RIGHT.format(text=card["om_niva"]))
        else:
            lines.append(texts.ACTOR_LEVEL_WRONG.format(chosen=chosen_level, text=card["felval"].get(chosen_level, card["om_niva"])))
    return CardResult(type_ok, level_ok, tuple(lines))


def valid_placement(value: Any) -> bool:
    """A placement on the grid: [power, interest], each 0..5."""
    return (isinstance(value, list | tuple) and len(value) == 2
            and all(_small_int(v, 0, GRID_MAX) for v in value))


# --- sustainability rating -------------------------------------------------------------------------
def valid_rating_value(value: Any) -> bool:
    """A rating of one dimension: an integer −2..+2."""
    return _small_int(value, RATING_MIN, RATING_MAX)


def rating_problems(values: Mapping[str, Any], reasons: Mapping[str, str | None], dimensions: Sequence[Mapping[str, Any]],
                    minimum: int) -> list[str]:
    """Everything that stops a rating from being saved, as Swedish messages (empty list = OK)."""
    problems = []
    for dim in dimensions:
        adjective = texts.DIMENSION_ADJ[dim["id"]]
        if not valid_rating_value(values.get(dim["id"])):
            problems.append(texts.RATING_NO_VALUE.format(dimension=adjective))
        words = count_words(reasons.get(dim["id"]))
        if words < minimum:
            problems.append(texts.RATING_SHORT_REASON.format(dimension=adjective, minimum=minimum, words=words))
    return problems


def valid_saved_rating(entry: Any, dimensions: Sequence[Mapping[str, Any]], minimum: int) -> bool:
    """Whether a stored rating (``{"varden": …, "motiveringar": …}``) is complete and could have been saved."""
    return (isinstance(entry, dict) and isinstance(entry.get("varden"), dict) and isinstance(entry.get("motiveringar"), dict)
            and not rating_problems(entry["varden"], entry["motiveringar"], dimensions, minimum))


# --- reflections ---------------------------------------------------------------------------------------
def check_reflection(text: str | None, minimum: int) -> tuple[bool, str]:
    """Is ``text`` long enough? Returns (ok, Swedish message)."""
    words = count_words(text)
    if words < minimum:
        return False, texts.REFLECTION_TOO_SHORT.format(minimum=minimum, words=words)
    return True, texts.REFLECTION_SAVED
