"""The answer-code format, pure: Crockford base32, the checksum, the mixed-radix payload, reading pasted text.

A code such as ``AK1-R7Q2-FK3M-9X4T-CQ`` is two exercise letters, the format version, and (hyphens
ignored) one layout-version character, the payload and a 20-bit checksum. The payload is one integer
in mixed radix: a 20-bit learner number followed by one small number per answer slot (0 = not
answered). What the slots mean is an exercise's :class:`Layout`, built by its codec
(:mod:`helpers.core.codecs`); this module only turns slot values into text and back.

Decoding only checks characters against the alphabet and does integer arithmetic: nothing is executed.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from .. import texts

FORMAT_VERSION = "1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CHECK_BITS = 20
NONCE_BITS = 20
VALUE = {c: i for i, c in enumerate(ALPHABET)}
_TOLERATED = str.maketrans({"O": "0", "I": "1", "L": "1"})
# A code's first three characters: two exercise letters (or their look-alike digits) and the format digit
# (or a look-alike letter). A code continues with groups joined by hyphens or by spaces.
HEAD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z01]{2})([0-9IiLl])(?=[ \t-]+[0-9A-Za-z])")
_GROUP = re.compile(r"([ \t]*-[ \t-]*|[ \t]+)([0-9A-Za-z]+)")


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


def make_layout(kind: str, radices: Sequence[int], signature: Sequence[str], meta: dict[str, Any]) -> Layout:
    """A layout whose version character is a hash of the kind and ``signature`` (questions, options, categories)."""
    digest = hashlib.sha256("\x1f".join([kind, *signature]).encode("utf-8")).digest()
    bits = NONCE_BITS + sum(math.log2(r) for r in radices)
    return Layout(tuple(radices), ALPHABET[digest[0] & 31], math.ceil(bits / 5), meta)


def fold(text: str) -> str:
    """Upper case with Crockford's look-alikes replaced (O→0, I/L→1): how a code is compared."""
    return text.upper().translate(_TOLERATED)


def to_base32(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def checksum(exercise_id: str, version: str, payload: str) -> str:
    digest = hashlib.sha256(f"svarskod|{FORMAT_VERSION}|{exercise_id}|{version}|{payload}".encode("ascii")).digest()
    return to_base32(int.from_bytes(digest[:4], "big") >> (32 - CHECK_BITS), CHECK_BITS // 5)


def pack(exercise_id: str, lay: Layout, values: Sequence[int], nonce: int) -> str:
    """The code for slot ``values`` of an exercise with layout ``lay``; ``nonce`` is the learner number."""
    if not 0 <= nonce < 2**NONCE_BITS:
        raise ValueError(f"nonce must be in [0, 2**{NONCE_BITS})")
    number = nonce
    for value, radix in zip(values, lay.radices, strict=True):
        number = number * radix + value
    payload = lay.version + to_base32(number, lay.length)
    tail = payload + checksum(exercise_id, lay.version, payload)
    return f"{exercise_id}{FORMAT_VERSION}-" + "-".join(tail[i:i + 4] for i in range(0, len(tail), 4))


def split(canonical: str) -> tuple[str, str]:
    """(exercise letters, payload) of a canonical code after checking format, characters, length and checksum."""
    head, tail = canonical.split("-", 1)
    exercise_id, fmt = head[:2], head[2:]
    tail = tail.replace("-", "")
    if fmt != FORMAT_VERSION:
        raise CodeError("format-version", texts.CODE_OTHER_FORMAT.format(version=fmt))
    return exercise_id, tail


def check(exercise_id: str, tail: str) -> str:
    """The payload of ``tail`` (layout character first), or :class:`CodeError` for bad characters, length or checksum."""
    bad = sorted({c for c in tail if c not in VALUE})
    if bad:
        raise CodeError("tecken", texts.CODE_BAD_CHARS.format(chars=" ".join(bad)))
    if len(tail) < 2 + CHECK_BITS // 5:
        raise CodeError("langd", texts.CODE_TOO_SHORT)
    payload, mark = tail[: -CHECK_BITS // 5], tail[-CHECK_BITS // 5:]
    if checksum(exercise_id, payload[0], payload) != mark:
        raise CodeError("kontroll", texts.CODE_BAD_CHECKSUM)
    return payload


def unpack(payload: str, lay: Layout, title: str) -> tuple[int, list[int]]:
    """(learner number, slot values) of a checked payload; :class:`CodeError` when it is of another layout."""
    if payload[0] != lay.version or len(payload) - 1 != lay.length:
        raise CodeError("version", texts.CODE_OTHER_VERSION.format(title=title))
    number = 0
    for char in payload[1:]:
        number = number * 32 + VALUE[char]
    values = []
    for radix in reversed(lay.radices):
        number, value = divmod(number, radix)
        values.append(value)
    if number >= 2**NONCE_BITS:
        raise CodeError("kontroll", texts.CODE_BAD_CHECKSUM)
    return number, values[::-1]


# --- reading pasted text -----------------------------------------------------------------------
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
class Candidate:
    start: int
    ends: tuple[int, ...]  # where the code may end, shortest first; the first one ends the hyphen-joined part
    spaced: bool  # a space (not only hyphens) between the exercise letters and the first group


def candidate(text: str, head: re.Match[str], known_letters: Collection[str]) -> Candidate | None:
    """The possible extents of a code starting at ``head``, or ``None`` when it is no code.

    Groups joined by hyphens alone always belong to the code. A group after a separator with a space
    in it may be the rest of the code or the next word of a chat line, so each such separator is a
    possible end. The exercise letters must be known (``known_letters``, folded), or two letters and
    a digit as in the canonical spelling. A code with a space after the exercise letters must be of a
    known exercise and have a first group of at least four characters, so that words such as
    "sol och" are not taken for a code.
    """
    letters, version = head.group(1), head.group(2)
    known = fold(letters) in known_letters
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
    return Candidate(head.start(), (*ends, end), spaced)


def canonical(text: str, by_folded: dict[str, str]) -> str:
    """The canonical spelling of a code that starts ``text`` (``by_folded`` maps folded letters to the exercise's)."""
    head = HEAD.match(text)
    assert head is not None
    letters = by_folded.get(fold(head.group(1)), head.group(1).upper())
    tail = fold(re.sub(r"[ \t-]", "", text[head.end():]))
    return f"{letters}{fold(head.group(2))}-" + "-".join(tail[i:i + 4] for i in range(0, len(tail), 4))
