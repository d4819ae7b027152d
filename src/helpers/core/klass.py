"""The class picture, pure: sort pasted codes into accepted, duplicate and rejected, and aggregate the answers.

Decoding is passed in (``find``, see :func:`helpers.svarskod.find`) and so is the course data, so
everything here can be called with plain values. Nothing pasted is ever executed.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import texts
from .codecs import Exercise
from .model import ChoiceQuestion, ClassifyQuestion, Question
from .parsing import visible


@dataclass(frozen=True)
class Rejected:
    line: int
    text: str
    reason: str


@dataclass
class Batch:
    """The codes of one round for one exercise: one answer per learner number, the last one pasted."""

    exercise: Exercise
    accepted: list[Any] = field(default_factory=list)  # decoded codes (``helpers.svarskod.Decoded``)
    duplicates: int = 0  # the same code pasted again
    replaced: int = 0  # an earlier code from the same learner, replaced by a later one with other answers
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def answers(self) -> list[Any]:
        return [d.answer for d in self.accepted]


def collect(text: str, ex: Exercise, find: Callable[[str], Iterable[Any]]) -> Batch:
    """Validate every code in ``text`` (any order, several per line allowed) for one exercise.

    ``find(line)`` gives each code found on a line, decoded or with its error. A learner who changes
    an answer and pastes the new code is counted once, with the last code.
    """
    batch = Batch(ex)
    by_learner: dict[int, Any] = {}
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        found = list(find(stripped))
        if not found:
            batch.rejected.append(Rejected(number, short(stripped), texts.CLASS_NO_CODE_ON_LINE))
        for item in found:
            decoded = item.decoded
            if decoded is None:
                batch.rejected.append(Rejected(number, short(item.text), str(item.error)))
            elif decoded.exercise.id != ex.id:
                reason = texts.CLASS_OTHER_EXERCISE.format(exercise=decoded.exercise.id, title=decoded.exercise.title)
                batch.rejected.append(Rejected(number, short(item.text), reason))
            elif decoded.nonce not in by_learner:
                by_learner[decoded.nonce] = decoded
            elif by_learner[decoded.nonce].code == decoded.code:
                batch.duplicates += 1
            else:
                batch.replaced += 1
                by_learner[decoded.nonce] = decoded
    batch.accepted = list(by_learner.values())
    return batch


def short(text: str, limit: int = 60) -> str:
    """Pasted text as it is echoed: control and format characters made visible, long text cut."""
    text = visible(text, mark=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- aggregation ---------------------------------------------------------------------------------
def is_right(question: Question, answer: Any) -> bool:
    """Whether an answer is entirely right (used for the share of right answers per round)."""
    if isinstance(question, ClassifyQuestion):
        return isinstance(answer, list) and [i.category for i in question.items] == answer
    assert isinstance(question, ChoiceQuestion)
    if question.type == "single":
        return answer in question.correct_indices
    return set(answer or []) == set(question.correct_indices)


def option_counts(question: ChoiceQuestion, answers: Sequence[Any]) -> list[int]:
    """How many chose each option (for multiple choice: how many ticked it)."""
    counts = [0] * len(question.options)
    for answer in answers:
        chosen = [answer] if isinstance(answer, int) else (answer or [])
        for i in chosen:
            counts[i] += 1
    return counts


def item_summary(question: ClassifyQuestion, answers: Sequence[list[str | None]]) -> list[dict[str, Any]]:
    """Per item of a classification: how many placed it right and the most common wrong category."""
    rows = []
    for i, item in enumerate(question.items):
        chosen = Counter(a[i] for a in answers if a[i] is not None)
        wrong = [(c, n) for c, n in chosen.most_common() if c != item.category]
        rows.append({"text": item.text, "category": item.category, "answered": sum(chosen.values()),
                     "right": chosen.get(item.category, 0), "top_wrong": wrong[0] if wrong else None})
    return rows


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def typing_summary(answers: Sequence[dict[str, dict[str, str | None]]], info: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per actor card of ``info`` (the facts ``aktorer``): answers, right type, right level, most common wrong type."""
    rows = []
    for card in info["aktorer"]:
        entries = [a[card["id"]] for a in answers if card["id"] in a]
        types = Counter(e["typ"] for e in entries if e["typ"])
        levels = [e["niva"] for e in entries if e["niva"]]
        wrong = [(t, n) for t, n in types.most_common() if t != card["typ"]]
        rows.append({"name": card["namn"], "typed": sum(types.values()), "type_right": types.get(card["typ"], 0),
                     "leveled": len(levels), "level_right": sum(lv in card["nivaer"] for lv in levels),
                     "top_wrong": wrong[0] if wrong else None})
    return rows


def mean_sd(values: Sequence[int]) -> tuple[float, float]:
    return statistics.fmean(values), statistics.pstdev(values) if len(values) > 1 else 0.0


def grid_summary(answers: Sequence[dict[str, list[int]]], info: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per actor of the case in ``info`` (the facts ``aktorer``): 6×6 counts (power × interest), mean, spread, reference."""
    rows = []
    for actor in info["fall"]["aktorer"]:
        places = [a[actor["id"]] for a in answers if actor["id"] in a]
        counts = [[0] * 6 for _ in range(6)]
        for p, i in places:
            counts[p][i] += 1
        row: dict[str, Any] = {"id": actor["id"], "name": actor["namn"], "n": len(places), "counts": counts,
                               "reference": (actor["inflytande"], actor["intresse"])}
        if places:
            row["power"] = mean_sd([p for p, _ in places])
            row["interest"] = mean_sd([i for _, i in places])
            row["spread"] = row["power"][1] + row["interest"][1]
        rows.append(row)
    return rows


def rating_summary(answers: Sequence[dict[str, Any]], info: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per project and dimension of ``info`` (the facts ``projekttyper``): ratings, mean, spread, range and reference."""
    rows = []
    for project in info["projekt"]:
        mine = [a["varden"] for a in answers if a.get("projekt") == project["id"]]
        for dim in info["dimensioner"]:
            values = [m[dim["id"]] for m in mine if dim["id"] in m]
            row = {"project": project["namn"], "project_id": project["id"], "dimension": dim["namn"],
                   "dim_id": dim["id"], "n": len(values), "reference": project["referens"][dim["id"]]}
            if values:
                row["mean"], row["sd"] = mean_sd(values)
                row["min"], row["max"] = min(values), max(values)
            rows.append(row)
    return rows
