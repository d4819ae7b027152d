"""Immutable data model of a question bank.

Question banks are JSON files (``data/fragor/NN-*.json``); :mod:`helpers.store.bank` turns
them into these objects after validating them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

QUESTION_TYPES = ("single", "multiple", "numeric", "text", "classify")


@dataclass(frozen=True)
class Option:
    """One answer option of a single- or multiple-choice question."""

    text: str
    correct: bool
    feedback: str
    misconception: str | None = None


@dataclass(frozen=True)
class TypicalError:
    """A known wrong numeric answer with targeted feedback."""

    value: float
    feedback: str
    tolerance: float | None = None


@dataclass(frozen=True)
class WrongAnswer:
    """A known wrong text answer (usually a misconception) with feedback."""

    text: str
    feedback: str


@dataclass(frozen=True)
class Item:
    """A line to place in a category in a classification question."""

    text: str
    category: str
    feedback: str


@dataclass(frozen=True)
class Question:
    """Fields shared by every question type."""

    id: str
    type: str
    prompt: str
    hints: tuple[str, ...]
    solution: str
    source: str | None = None
    scored: bool = True
    notebook: str = ""

    @property
    def answer_layout(self) -> tuple[str, ...] | None:
        """The texts whose positions an answer refers to; ``None`` when an answer is a value, not positions."""
        return None

    @property
    def fingerprint(self) -> str | None:
        """A short hash of :attr:`answer_layout`: a stored answer is valid only while this is unchanged."""
        layout = self.answer_layout
        if layout is None:
            return None
        return hashlib.sha256("\x1f".join([self.type, *layout]).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ChoiceQuestion(Question):
    """``single`` (exactly one correct option) or ``multiple`` (several correct)."""

    options: tuple[Option, ...] = ()

    @property
    def answer_layout(self) -> tuple[str, ...]:
        return tuple(o.text for o in self.options)

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, o in enumerate(self.options) if o.correct)


@dataclass(frozen=True)
class NumericQuestion(Question):
    """A number, compared with ``answer`` within ``tolerance`` (in ``unit``)."""

    answer: float = 0.0
    tolerance: float = 0.0
    unit: str | None = None
    unit_aliases: tuple[str, ...] = ()
    decimals: int | None = None
    plausible: tuple[float, float] | None = None
    typical_errors: tuple[TypicalError, ...] = ()


@dataclass(frozen=True)
class TextQuestion(Question):
    """A short text, normalised and compared with a typo tolerance."""

    answers: tuple[str, ...] = ()
    wrong_answers: tuple[WrongAnswer, ...] = ()


@dataclass(frozen=True)
class ClassifyQuestion(Question):
    """Each item is put in one of ``categories`` (dropdowns in the widget)."""

    categories: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    immediate: bool = False

    @property
    def answer_layout(self) -> tuple[str, ...]:
        return (*self.categories, "|", *(i.text for i in self.items))  # a category per item, by position


@dataclass(frozen=True)
class Bank:
    """All questions of one notebook, in file order."""

    notebook: str
    path: str
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def get(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)
