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

A code holds no name and no personal data. Decoding only checks characters against the alphabet
and does integer arithmetic: no ``eval``, no pickle, nothing executed.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import ipywidgets as W

from . import fakta, texts
from .core.model import ChoiceQuestion, ClassifyQuestion, Question
from .store import bank, progress
from .ui import render

FORMAT_VERSION = "1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CHECK_BITS = 20
NONCE_BITS = 20
NONCE_KEY = "svarskod-slump"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_TOLERATED = str.maketrans({"O": "0", "I": "1", "L": "1"})
# A code's first three characters: two exercise letters (or their look-alike digits) and the format digit
# (or a look-alike letter). A code continues with groups joined by hyphens or by spaces.
_HEAD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z01]{2})([0-9IiLl])(?=[ \t-]+[0-9A-Za-z])")
_GROUP = re.compile(r"([ \t]*-[ \t-]*|[ \t]+)([0-9A-Za-z]+)")


@dataclass(frozen=True)
class Exercise:
    """An exercise that can show an answer code."""

    id: str
    kind: str  # "fraga" (a bank question), "aktorstyp", "maktkarta" or "hallbarhet"
    title: str
    notebook: str
    question: str | None = None


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


def fold(text: str) -> str:
    """Upper case with Crockford's look-alikes replaced (O→0, I/L→1): how a code is compared."""
    return text.upper().translate(_TOLERATED)


BY_FOLDED = {fold(e): e for e in EXERCISES}  # "S0" → "SO", "1N" → "IN"; unique (checked by a test)


class CodeError(ValueError):
    """A text that is not a valid answer code; ``reason`` is a short key, ``str()`` is Swedish."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Layout:
    """The answer slots of one exercise and what they mean."""

    radices: tuple[int, ...]
    version: str  # one base32 character
    length: int  # payload characters
    meta: dict[str, Any]


@dataclass(frozen=True)
class Decoded:
    """A valid code: the exercise, the learner number and the answers in the exercise's own shape."""

    code: str
    exercise: Exercise
    nonce: int
    answer: Any


# --- layouts -------------------------------------------------------------------------------
def exercise(exercise_id: str) -> Exercise:
    try:
        return EXERCISES[exercise_id]
    except KeyError:
        raise CodeError("okand", texts.CODE_UNKNOWN_EXERCISE.format(exercise=exercise_id)) from None


def question_of(ex: Exercise) -> Question:
    assert ex.question is not None
    return bank.find_question(ex.question)


def layout(ex: Exercise) -> Layout:
    """The current layout of ``ex``, built from the course's data (cached per data change)."""
    return _layout(ex.id, _data_stamp())


def _data_stamp() -> tuple[int, ...]:
    files = [fakta.path("aktorer"), fakta.path("projekttyper"), *bank.all_bank_paths()]
    return tuple(f.stat().st_mtime_ns for f in files)


@cache
def _layout(exercise_id: str, _stamp: tuple[int, ...]) -> Layout:
    ex = EXERCISES[exercise_id]
    meta: dict[str, Any]
    if ex.kind == "fraga":
        q = question_of(ex)
        if isinstance(q, ChoiceQuestion) and q.type == "single":
            radices = (len(q.options) + 1,)
        elif isinstance(q, ChoiceQuestion):
            radices = (2,) * len(q.options)
        elif isinstance(q, ClassifyQuestion):
            radices = (len(q.categories) + 1,) * len(q.items)
        else:
            raise TypeError(f"{q.id}: answer codes support choice and classify questions, not {q.type}")
        signature, meta = list(q.answer_layout), {"question": q}  # what the progress fingerprint covers too
    elif ex.kind == "aktorstyp":
        info = fakta.load("aktorer")
        cards = [c["id"] for c in info["aktorer"]]
        meta = {"cards": cards, "types": list(info["typer"]), "levels": list(info["nivaer"])}
        radices = (len(meta["types"]) + 1, len(meta["levels"]) + 1) * len(cards)
        signature = [*cards, "|", *meta["types"], "|", *meta["levels"]]
    elif ex.kind == "maktkarta":
        actors = [a["id"] for a in fakta.load("aktorer")["fall"]["aktorer"]]
        meta = {"actors": actors}
        radices, signature = (7, 7) * len(actors), actors  # 0 = not placed, else value 0..5 plus one
    elif ex.kind == "hallbarhet":
        info = fakta.load("projekttyper")
        meta = {"projects": [p["id"] for p in info["projekt"]], "dims": [d["id"] for d in info["dimensioner"]]}
        radices = (len(meta["projects"]) + 1, *(6,) * len(meta["dims"]))  # 0 = none, else value −2..2 plus three
        signature = [*meta["projects"], "|", *meta["dims"]]
    else:  # pragma: no cover - EXERCISES is fixed in code
        raise ValueError(ex.kind)
    digest = hashlib.sha256("\x1f".join([ex.kind, *signature]).encode("utf-8")).digest()
    bits = NONCE_BITS + sum(math.log2(r) for r in radices)
    return Layout(tuple(radices), ALPHABET[digest[0] & 31], math.ceil(bits / 5), meta)


# --- answers <-> slot values -------------------------------------------------------------
def _index(options: Sequence[Any], value: Any) -> int:
    return options.index(value) + 1 if value in options else 0


def to_values(ex: Exercise, answer: Any) -> list[int]:
    """The answer as one small integer per slot (0 = not answered); unknown values count as unanswered."""
    lay = layout(ex)
    meta = lay.meta
    if ex.kind == "fraga":
        q = meta["question"]
        if isinstance(q, ClassifyQuestion):
            answer = answer if isinstance(answer, list) else []
            return [_index(q.categories, answer[i] if i < len(answer) else None) for i in range(len(q.items))]
        if q.type == "single":
            ok = isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(q.options)
            return [answer + 1 if ok else 0]
        chosen = set(answer) if isinstance(answer, list) else set()
        return [1 if i in chosen else 0 for i in range(len(q.options))]
    if ex.kind == "aktorstyp":
        answer = answer if isinstance(answer, dict) else {}
        values = []
        for card in meta["cards"]:
            entry = answer.get(card) if isinstance(answer.get(card), dict) else {}
            values += [_index(meta["types"], entry.get("typ")), _index(meta["levels"], entry.get("niva"))]
        return values
    if ex.kind == "maktkarta":
        answer = answer if isinstance(answer, dict) else {}
        values = []
        for actor in meta["actors"]:
            place = answer.get(actor)
            ok = (isinstance(place, list | tuple) and len(place) == 2
                  and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 5 for v in place))
            values += [place[0] + 1, place[1] + 1] if ok else [0, 0]
        return values
    answer = answer if isinstance(answer, dict) else {}
    ratings = answer.get("varden") if isinstance(answer.get("varden"), dict) else {}
    values = [_index(meta["projects"], answer.get("projekt"))]
    for dim in meta["dims"]:
        v = ratings.get(dim)
        values.append(v + 3 if isinstance(v, int) and not isinstance(v, bool) and -2 <= v <= 2 else 0)
    return values


def from_values(ex: Exercise, values: Sequence[int], lay: Layout | None = None) -> Any:
    """Inverse of :func:`to_values`."""
    meta = (lay or layout(ex)).meta
    if ex.kind == "fraga":
        q = meta["question"]
        if isinstance(q, ClassifyQuestion):
            return [q.categories[v - 1] if v else None for v in values]
        if q.type == "single":
            return values[0] - 1 if values[0] else None
        return [i for i, v in enumerate(values) if v]
    if ex.kind == "aktorstyp":
        return {card: {"typ": meta["types"][t - 1] if t else None, "niva": meta["levels"][n - 1] if n else None}
                for card, t, n in zip(meta["cards"], values[0::2], values[1::2], strict=True)}
    if ex.kind == "maktkarta":
        return {actor: [p - 1, i - 1] for actor, p, i in zip(meta["actors"], values[0::2], values[1::2], strict=True)
                if p and i}
    project = meta["projects"][values[0] - 1] if values[0] else None
    return {"projekt": project, "varden": {d: v - 3 for d, v in zip(meta["dims"], values[1:], strict=True) if v}}


# --- the code itself ---------------------------------------------------------------------------
def _checksum(exercise_id: str, version: str, payload: str) -> str:
    digest = hashlib.sha256(f"svarskod|{FORMAT_VERSION}|{exercise_id}|{version}|{payload}".encode("ascii")).digest()
    return _to_base32(int.from_bytes(digest[:4], "big") >> (32 - CHECK_BITS), CHECK_BITS // 5)


def _to_base32(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def encode(exercise_id: str, answer: Any, nonce: int) -> str:
    """The answer code for ``answer`` to exercise ``exercise_id``; ``nonce`` is the learner number."""
    ex = exercise(exercise_id)
    lay = layout(ex)
    if not 0 <= nonce < 2**NONCE_BITS:
        raise ValueError(f"nonce must be in [0, 2**{NONCE_BITS})")
    number = nonce
    for value, radix in zip(to_values(ex, answer), lay.radices, strict=True):
        number = number * radix + value
    payload = lay.version + _to_base32(number, lay.length)
    tail = payload + _checksum(ex.id, lay.version, payload)
    return f"{ex.id}{FORMAT_VERSION}-" + "-".join(tail[i:i + 4] for i in range(0, len(tail), 4))


def clean(text: str) -> str:
    """``text`` after Unicode NFKC, with every dash, minus sign and invisible format character as a hyphen.

    NFKC turns fullwidth letters, digits and spaces into ASCII and the non-breaking hyphen into a
    hyphen; en dash, em dash, U+2212, soft hyphen, zero-width space and direction marks need the rest.
    """
    if text.isascii():  # nothing to do, and the common case
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join("-" if unicodedata.category(c) in ("Pd", "Cf") or c == "\u2212" else c for c in text)


@dataclass(frozen=True)
class _Candidate:
    start: int
    ends: tuple[int, ...]  # where the code may end, shortest first; the first one ends the hyphen-joined part
    spaced: bool  # a space (not only hyphens) between the exercise letters and the first group


def _candidate(text: str, head: re.Match[str]) -> _Candidate | None:
    """The possible extents of a code starting at ``head``, or ``None`` when it is no code.

    Groups joined by hyphens alone always belong to the code. A group after a separator with a space
    in it may be the rest of the code or the next word of a chat line, so each such separator is a
    possible end. The exercise letters must be a known exercise (compared folded), or two letters and
    a digit as in the canonical spelling. A code with a space after the exercise letters must be of a
    known exercise and have a first group of at least four characters, so that words such as
    "sol och" are not taken for a code.
    """
    letters, version = head.group(1), head.group(2)
    known = fold(letters) in BY_FOLDED
    if not known and not re.fullmatch(r"[A-Za-z]{2}\d", letters + version):
        return None
    end, ends, spaced = head.end(), [], None
    while group := _GROUP.match(text, end):
        loose = group.group(1) != "-" * len(group.group(1))
        if spaced is None:
            spaced = loose
            if loose and (not known or len(group.group(2)) < 4):
                return None
        elif loose:
            if not known:
                break
            ends.append(end)
        end = group.end()
    if spaced is None:  # pragma: no cover - the head's look-ahead guarantees a first group
        return None
    return _Candidate(head.start(), (*ends, end), spaced)


def _canonical(text: str) -> str:
    head = _HEAD.match(text)
    assert head is not None
    letters = fold(head.group(1))
    letters = BY_FOLDED.get(letters, head.group(1).upper())
    tail = fold(re.sub(r"[ \t-]", "", text[head.end():]))
    return f"{letters}{fold(head.group(2))}-" + "-".join(tail[i:i + 4] for i in range(0, len(tail), 4))


def normalize(code: str) -> str:
    """Canonical spelling of one code (exercise letters, upper case, look-alikes replaced, hyphens regrouped)."""
    text = clean(code).strip(" \t\r\n-")
    head = _HEAD.match(text)
    candidate = _candidate(text, head) if head else None
    if candidate is None or candidate.ends[-1] != len(text):
        raise CodeError("format", texts.CODE_NOT_A_CODE)
    return _canonical(text)


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
    while head := _HEAD.search(text, pos):
        candidate = _candidate(text, head)
        if candidate is None:
            pos = head.end()
            continue
        errors: dict[int, CodeError] = {}
        for end in reversed(candidate.ends):
            try:
                decoded = _decode(_canonical(text[candidate.start:end]), layouts)
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
    head, tail = canonical.split("-", 1)
    exercise_id, fmt = head[:2], head[2:]
    tail = tail.replace("-", "")
    if fmt != FORMAT_VERSION:
        raise CodeError("format-version", texts.CODE_OTHER_FORMAT.format(version=fmt))
    ex = exercise(exercise_id)
    bad = sorted({c for c in tail if c not in _VALUE})
    if bad:
        raise CodeError("tecken", texts.CODE_BAD_CHARS.format(chars=" ".join(bad)))
    if len(tail) < 2 + CHECK_BITS // 5:
        raise CodeError("langd", texts.CODE_TOO_SHORT)
    payload, check = tail[: -CHECK_BITS // 5], tail[-CHECK_BITS // 5:]
    if _checksum(exercise_id, payload[0], payload) != check:
        raise CodeError("kontroll", texts.CODE_BAD_CHECKSUM)
    lay = layouts[ex.id] if layouts else layout(ex)
    if payload[0] != lay.version or len(payload) - 1 != lay.length:
        raise CodeError("version", texts.CODE_OTHER_VERSION.format(title=ex.title))
    number = 0
    for char in payload[1:]:
        number = number * 32 + _VALUE[char]
    values = []
    for radix in reversed(lay.radices):
        number, value = divmod(number, radix)
        values.append(value)
    if number >= 2**NONCE_BITS:
        raise CodeError("kontroll", texts.CODE_BAD_CHECKSUM)
    return Decoded(canonical, ex, number, from_values(ex, values[::-1], lay))


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
