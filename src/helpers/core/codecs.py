"""The registry of answer-code exercises and their codecs: what each answer slot of a code means.

Each kind of exercise has one codec (a :class:`Codec`) in its own module; the exercises that show a
code are listed in :data:`EXERCISES`. Nothing else names a kind: the answer-code module, the
class view and its demo codes all ask the codec. A codec is pure: it gets the course data it needs
(the fact files named in ``facts``, and ``"question"`` for an exercise tied to a bank question)
as a mapping, loaded by the caller.

To add an exercise: add an :class:`Exercise` line below; for a new kind of answer, also a codec
module listed in :data:`CODECS` (and a class-view picture in :mod:`helpers.ui.klassbild` if none
of the existing ones fits).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from . import codec_aktorer, codec_fraga, codec_hallbarhet
from .codes import fold


class Codec(Protocol):
    """How one kind of exercise fills the slots of an answer code, and what the class view needs."""

    kind: str
    facts: tuple[str, ...]  # fact files (``data/fakta/<name>.json``) that ``layout`` reads
    view: str  # the class-view picture (a key of ``helpers.ui.klassbild.VIEWS``)

    def layout(self, data: Mapping[str, Any]) -> tuple[Sequence[int], Sequence[str], dict[str, Any]]:
        """(radix per slot, signature for the layout version, meta for the two functions below)."""
        ...

    def to_values(self, meta: Mapping[str, Any], answer: Any) -> list[int]:
        """The answer as one small integer per slot (0 = not answered); unknown values count as unanswered."""
        ...

    def from_values(self, meta: Mapping[str, Any], values: Sequence[int]) -> Any:
        """Inverse of ``to_values``."""
        ...

    def demo_answer(self, data: Mapping[str, Any], rng: random.Random) -> Any:
        """A made-up answer near the course's reference, for trying the class view."""
        ...


CODECS: dict[str, Codec] = {c.kind: c for c in (
    codec_fraga.CODEC, codec_aktorer.TYPING, codec_aktorer.GRID, codec_hallbarhet.CODEC)}


@dataclass(frozen=True)
class Exercise:
    """An exercise that can show an answer code."""

    id: str
    kind: str  # a key of CODECS: "fraga" (a bank question), "aktorstyp", "maktkarta" or "hallbarhet"
    title: str
    notebook: str
    question: str | None = None

    @property
    def codec(self) -> Codec:
        return CODECS[self.kind]


EXERCISES: dict[str, Exercise] = {e.id: e for e in (
    Exercise("AT", "aktorstyp", "Aktörernas typ och nivå (15 kort)", "05"),
    Exercise("AK", "maktkarta", "Makt- och intressekartan", "05"),
    Exercise("HB", "hallbarhet", "Hållbarhetsbedömning av ett projekt", "06"),
    Exercise("LR", "fraga", "Uppgift och rättslig grund", "02", "02-lagrum"),
    Exercise("LS", "fraga", "Den lilla och den stora regionalpolitiken", "01", "01-lilla-stora"),
    Exercise("SO", "fraga", "Strategins fyra områden", "03", "03-omraden"),
    Exercise("SA", "fraga", "Varför regionen samordnar", "05", "05-samordnar"),
    Exercise("IN", "fraga", "Integrerade dimensioner", "06", "06-integrerad"),
    Exercise("RR", "fraga", "Är utgiftsområde 19 litet?", "07", "07-liten"),
)}
BY_QUESTION = {e.question: e for e in EXERCISES.values() if e.question}
BY_FOLDED = {fold(e): e for e in EXERCISES}  # "S0" → "SO", "1N" → "IN"; unique (checked by a test)
FACTS = tuple(sorted({name for c in CODECS.values() for name in c.facts}))  # every fact file a layout reads
