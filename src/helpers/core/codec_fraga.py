"""The answer-code codec of a bank question (choice or classify): one slot per option or item."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from .model import ChoiceQuestion, ClassifyQuestion


def index(options: Sequence[Any], value: Any) -> int:
    """1 + the position of ``value`` in ``options``, 0 when it is not one of them."""
    return options.index(value) + 1 if value in options else 0


class QuestionCodec:
    kind = "fraga"
    facts: tuple[str, ...] = ()
    view = "fraga"

    def layout(self, data: Mapping[str, Any]) -> tuple[Sequence[int], Sequence[str], dict[str, Any]]:
        q = data["question"]
        if isinstance(q, ChoiceQuestion) and q.type == "single":
            radices: tuple[int, ...] = (len(q.options) + 1,)
        elif isinstance(q, ChoiceQuestion):
            radices = (2,) * len(q.options)
        elif isinstance(q, ClassifyQuestion):
            radices = (len(q.categories) + 1,) * len(q.items)
        else:
            raise TypeError(f"{q.id}: answer codes support choice and classify questions, not {q.type}")
        return radices, list(q.answer_layout), {"question": q}  # what the progress fingerprint covers too

    def to_values(self, meta: Mapping[str, Any], answer: Any) -> list[int]:
        q = meta["question"]
        if isinstance(q, ClassifyQuestion):
            answer = answer if isinstance(answer, list) else []
            return [index(q.categories, answer[i] if i < len(answer) else None) for i in range(len(q.items))]
        if q.type == "single":
            ok = isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(q.options)
            return [answer + 1 if ok else 0]
        chosen = set(answer) if isinstance(answer, list) else set()
        return [1 if i in chosen else 0 for i in range(len(q.options))]

    def from_values(self, meta: Mapping[str, Any], values: Sequence[int]) -> Any:
        q = meta["question"]
        if isinstance(q, ClassifyQuestion):
            return [q.categories[v - 1] if v else None for v in values]
        if q.type == "single":
            return values[0] - 1 if values[0] else None
        return [i for i, v in enumerate(values) if v]

    def demo_answer(self, data: Mapping[str, Any], rng: random.Random) -> Any:
        q = data["question"]
        if isinstance(q, ClassifyQuestion):
            return [i.category if rng.random() < 0.7 else rng.choice(q.categories) for i in q.items]
        assert isinstance(q, ChoiceQuestion)
        if q.type == "single":
            return min(q.correct_indices) if rng.random() < 0.55 else rng.randrange(len(q.options))
        return sorted(i for i in range(len(q.options)) if (i in q.correct_indices) == (rng.random() < 0.8))


CODEC = QuestionCodec()
