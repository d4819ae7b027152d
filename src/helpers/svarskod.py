"""Answer codes ("svarskoder"): one learner's answers to one exercise as a short checksummed text.

A class on mybinder.org has no shared server, so the learner shows a code and pastes it into a
channel the teacher chose; ``notebooks/larare/klassvy.ipynb`` decodes all codes and draws the
class picture (:mod:`helpers.klassvy`).

Format, e.g. ``AK1-R7Q2-FK3M-9X4T-CQ``:

* ``AK`` – the exercise (two letters, see :data:`EXERCISES`); ``1`` – the code format version.
* The rest (hyphens ignored, Crockford base32): one character for the exercise's *layout version*
  (a hash of its questions, options and categories, so a code from an edited course is recognised),
  the payload, and a 20-bit checksum.
* The payload is one integer in mixed radix: a random 20-bit learner number (so two learners
  with the same answers are not taken for a duplicate) followed by one small number per answer
  slot (0 = not answered). Its length is fixed per exercise. A learner keeps the number in every
  code, so the class view counts each number once per exercise and round, with the last code
  pasted (two learners of a class of 30 share a number with a chance of about 1 in 2,400).

Reading is tolerant (:func:`clean`, :func:`find`): the whole code is read after Unicode NFKC
(fullwidth letters become ASCII), in any case, with Crockford's look-alikes O→0 and I/L→1 in every
position – the exercise letters too, which are compared in the same folded form – and with any
dash, minus sign, invisible format character or run of spaces in place of a hyphen.

The format itself is :mod:`helpers.core.codes`; what each slot means is the exercise's codec in
:mod:`helpers.core.codecs`. This module gives the codecs the course data and shows the code.

A code holds no name and no personal data. Decoding only checks characters against the alphabet
and does integer arithmetic: no ``eval``, no pickle, nothing executed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import ipywidgets as W

from . import fakta, texts
from .core import codes
from .core.codecs import BY_FOLDED, BY_QUESTION, EXERCISES, FACTS, Exercise
from .core.codes import ALPHABET, FORMAT_VERSION, NONCE_BITS, CodeError, Layout, clean, fold
from .core.model import Question
from .store import bank, progress
from .ui import render

__all__ = ["ALPHABET", "BY_FOLDED", "BY_QUESTION", "EXERCISES", "FORMAT_VERSION", "NONCE_BITS", "CodeError",
           "CodePanel", "Decoded", "Exercise", "Found", "Layout", "clean", "current_layouts", "decode", "encode",
           "exercise", "find", "fold", "layout", "learner_number", "normalize", "question_of"]

NONCE_KEY = "svarskod-slump"


@dataclass(frozen=True)
class Decoded:
    """A valid code: the exercise, the learner number and the answers in the exercise's own shape."""

    code: str
    exercise: Exercise
    nonce: int
    answer: Any


# --- layouts: the exercise's codec with the course data it needs ---------------------------------
def exercise(exercise_id: str) -> Exercise:
    try:
        return EXERCISES[exercise_id]
    except KeyError:
        raise CodeError("okand", texts.CODE_UNKNOWN_EXERCISE.format(exercise=exercise_id)) from None


def question_of(ex: Exercise) -> Question:
    assert ex.question is not None
    return bank.find_question(ex.question)


def course_data(ex: Exercise) -> dict[str, Any]:
    """What the exercise's codec reads: its fact files by name, and its bank question as ``"question"``."""
    data: dict[str, Any] = {name: fakta.load(name) for name in ex.codec.facts}
    if ex.question:
        data["question"] = question_of(ex)
    return data


def layout(ex: Exercise) -> Layout:
    """The current layout of ``ex``, built from the course's data (cached per data change)."""
    return _layout(ex.id, _data_stamp())


def _data_stamp() -> tuple[int, ...]:
    files = [*(fakta.path(name) for name in FACTS), *bank.all_bank_paths()]
    return tuple(f.stat().st_mtime_ns for f in files)


@cache
def _layout(exercise_id: str, _stamp: tuple[int, ...]) -> Layout:
    ex = EXERCISES[exercise_id]
    radices, signature, meta = ex.codec.layout(course_data(ex))
    return codes.make_layout(ex.kind, radices, signature, meta)


def to_values(ex: Exercise, answer: Any) -> list[int]:
    """The answer as one small integer per slot (0 = not answered); unknown values count as unanswered."""
    return ex.codec.to_values(layout(ex).meta, answer)


def from_values(ex: Exercise, values: list[int], lay: Layout | None = None) -> Any:
    """Inverse of :func:`to_values`."""
    return ex.codec.from_values((lay or layout(ex)).meta, values)


# --- the code itself ---------------------------------------------------------------------------
def encode(exercise_id: str, answer: Any, nonce: int) -> str:
    """The answer code for ``answer`` to exercise ``exercise_id``; ``nonce`` is the learner number."""
    ex = exercise(exercise_id)
    lay = layout(ex)
    return codes.pack(ex.id, lay, ex.codec.to_values(lay.meta, answer), nonce)


_KNOWN = BY_FOLDED  # folded exercise letters → the exercise's own


def normalize(code: str) -> str:
    """Canonical spelling of one code (exercise letters, upper case, look-alikes replaced, hyphens regrouped)."""
    text = clean(code).strip(" \t\r\n-")
    head = codes.HEAD.match(text)
    candidate = codes.candidate(text, head, _KNOWN) if head else None
    if candidate is None or candidate.ends[-1] != len(text):
        raise CodeError("format", texts.CODE_NOT_A_CODE)
    return codes.canonical(text, _KNOWN)


@dataclass(frozen=True)
class Found:
    """A code found in pasted text: as written (after :func:`clean`), and decoded or why not."""

    text: str
    decoded: Decoded | None = None
    error: CodeError | None = None


def find(text: str, *, layouts: Mapping[str, Layout] | None = None) -> Iterator[Found]:
    """Every code in ``text`` (a line of a chat, say), each decoded or rejected with a Swedish reason.

    Where a code written with spaces may go on into the next words, the longest spelling that decodes
    wins. When none decodes, the reason is given for the code as written with hyphens, or for all of it
    when it was written with spaces, and the search goes on after the hyphen-joined part.
    """
    text = clean(text)
    pos = 0
    while head := codes.HEAD.search(text, pos):
        candidate = codes.candidate(text, head, _KNOWN)
        if candidate is None:
            pos = head.end()
            continue
        errors: dict[int, CodeError] = {}
        for end in reversed(candidate.ends):
            try:
                decoded = _decode(codes.canonical(text[candidate.start:end], _KNOWN), layouts)
            except CodeError as err:
                errors[end] = err
                continue
            yield Found(text[candidate.start:end], decoded)
            pos = end
            break
        else:
            shown = candidate.ends[-1] if candidate.spaced else candidate.ends[0]
            yield Found(text[candidate.start:shown], error=errors[shown])
            pos = candidate.ends[0]


def current_layouts() -> dict[str, Layout]:
    """Every exercise's layout, read once (pass to :func:`decode` when decoding many codes)."""
    return {ex.id: layout(ex) for ex in EXERCISES.values()}


def decode(code: str, *, layouts: Mapping[str, Layout] | None = None) -> Decoded:
    """Check and decode one code; raises :class:`CodeError` with a Swedish reason."""
    return _decode(normalize(code), layouts)


def _decode(canonical: str, layouts: Mapping[str, Layout] | None) -> Decoded:
    exercise_id, tail = codes.split(canonical)
    ex = exercise(exercise_id)
    payload = codes.check(exercise_id, tail)
    lay = layouts[ex.id] if layouts else layout(ex)
    nonce, values = codes.unpack(payload, lay, ex.title)
    return Decoded(canonical, ex, nonce, ex.codec.from_values(lay.meta, values))


def learner_number(store: progress.ProgressStore) -> int:
    """The learner's random number, created once and kept in the progress store."""
    value = store.get_state(NONCE_KEY)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**NONCE_BITS:
        return value
    value = secrets.randbelow(2**NONCE_BITS)
    store.set_state(NONCE_KEY, value)
    return value


# --- widget ----------------------------------------------------------------------------------
CODE_CSS = """<style>
.kurs-kod code { font-size: 1.25em; letter-spacing: .06em; user-select: all; padding: 2px 6px;
  border: 1px solid var(--jp-border-color1, #999); border-radius: 3px; background: var(--jp-layout-color0, transparent);
  color: var(--jp-content-font-color0, inherit); }
</style>"""


class CodePanel:
    """A "Visa svarskod" button and the area where the code appears, for any exercise widget.

    ``get_answer`` returns the current answer in the exercise's shape, or ``None`` when there is
    nothing to show yet (``empty_message`` then explains what to do).
    """

    def __init__(self, exercise_id: str, get_answer: Callable[[], Any], store: progress.ProgressStore,
                 empty_message: str = texts.CODE_EMPTY) -> None:
        self.exercise = exercise(exercise_id)
        self.get_answer, self.store, self.empty_message = get_answer, store, empty_message
        self.button = W.Button(description=texts.CODE_BUTTON, tooltip=texts.CODE_TIP, icon="share-square",
                               layout=W.Layout(width="auto"))
        self.output = W.HTML()
        self.output.add_class("kurs-kod-ruta")
        self.button.on_click(render.guarded(self.output, self.show))
        self.code: str | None = None

    def answer_changed(self) -> None:
        """Call after the learner checked or saved an answer: what the panel shows must not go stale.

        An earlier "answer first" message is removed; a code shown for an earlier answer is renewed.
        """
        if not self.output.value:
            return
        if self.code is None:
            self.output.value = ""
        else:
            self.show()

    def show(self) -> str | None:
        answer = self.get_answer()
        if answer is None or not any(to_values(self.exercise, answer)):
            self.code = None
            self.output.value = render.info(self.empty_message)
            return None
        self.code = encode(self.exercise.id, answer, learner_number(self.store))
        self.output.value = CODE_CSS + render.box(
            "info", "ℹ", texts.CODE_TITLE.format(exercise=self.exercise.id), "",
            extra=f'<p class="kurs-kod"><code>{self.code}</code></p><p>{render.inline(texts.CODE_HOW)}</p>',
        ) + render.warning_blocks(self.store.new_warnings())
        return self.code
