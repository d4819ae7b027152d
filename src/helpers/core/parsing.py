"""Pure parsing helpers: Swedish-style numbers with units, and text normalisation."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# Unit families: every spelling maps to a factor relative to the family's base unit.
UNIT_FAMILIES: dict[str, dict[str, float]] = {
    "procent": {"%": 1.0, "procent": 1.0, "pct": 1.0},
    "kronor": {
        "kr": 1.0, "kronor": 1.0, "sek": 1.0,
        "tkr": 1e3, "tsek": 1e3, "tusen kronor": 1e3, "tusen kr": 1e3,
        "mkr": 1e6, "mnkr": 1e6, "msek": 1e6, "miljoner kronor": 1e6, "miljoner kr": 1e6, "miljoner": 1e6,
        "mdkr": 1e9, "mdr": 1e9, "mdr kr": 1e9, "mrd": 1e9, "mrd kr": 1e9, "miljarder kronor": 1e9,
        "miljarder kr": 1e9, "miljarder": 1e9,
    },
    "km2": {"km2": 1.0, "km²": 1.0, "kvadratkilometer": 1.0},
}

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007"), " ")
# Digits end with a digit, so a full stop or comma after a number is never read as part of it.
_NUMBER = re.compile(r"^([+-]?)\s*(\d{1,3}(?: \d{3})+(?:[.,]\d+)?|[\d.,]*\d)([eE][+-]?\d+)?\s*(.*)$")
# Sentence punctuation and brackets around an answer: "0,3." "(47,8 %)" "12!".
_TRAILING = ".,;:!?)]}…\"'”’»"
_LEADING = "([{\"'“”‘’«"


class NumberError(ValueError):
    """Raised when an answer cannot be read as a number; ``code`` says why."""

    def __init__(self, code: str, unit: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.unit = unit


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    unit: str | None


def parse_number(raw: str) -> ParsedNumber:
    """Read ``"1 234,5 mkr"``, ``"12.5 %"`` or ``"-3"``.

    Space, no-break space and thin space may group thousands; comma or point is the decimal
    mark. When both appear, the last one is the decimal mark.
    """
    text = visible(raw).translate(_SPACES).replace("\u2212", "-").strip()
    if not text:
        raise NumberError("empty")
    text = text.rstrip(_TRAILING).lstrip(_LEADING).strip()
    match = _NUMBER.match(text)
    if not match:
        raise NumberError("not_a_number")
    sign, digits, exponent, unit = match.groups()
    value = _to_float(digits.replace(" ", ""))
    if value is not None and exponent:
        value = float(Decimal(repr(value)).scaleb(max(-9999, min(9999, int(exponent[1:])))))
    if value is None:
        raise NumberError("not_a_number")
    if not math.isfinite(value):
        raise NumberError("too_large")
    unit = " ".join(unit.casefold().split()).rstrip(_TRAILING)
    value = -value if sign == "-" else value
    return ParsedNumber(value + 0.0 if value else 0.0, unit or None)


def _to_float(digits: str) -> float | None:
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        digits = digits.replace(thousands, "").replace(decimal, ".")
    elif digits.count(",") > 1 or digits.count(".") > 1:
        digits = digits.replace(",", "").replace(".", "")
    else:
        digits = digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def unit_family(unit: str) -> dict[str, float] | None:
    """The family that contains ``unit`` (case-insensitive), or ``None``."""
    key = unit.casefold()
    return next((fam for fam in UNIT_FAMILIES.values() if key in fam), None)


def convert(value: float, unit: str | None, target: str | None, aliases: tuple[str, ...] = ()) -> float:
    """Convert ``value`` given in ``unit`` into ``target``.

    ``None`` as ``unit`` means "the question's own unit". Raises :class:`NumberError` with
    code ``wrong_unit`` (a known unit of another kind) or ``unknown_unit``.
    """
    if unit is None:
        return value
    if target is None:
        raise NumberError("no_unit", unit)
    accepted = {target.casefold(), *(a.casefold() for a in aliases)}
    if unit in accepted:
        return value
    family = unit_family(target)
    if family and unit in family:
        return value * family[unit] / family[target.casefold()]
    if unit_family(unit):
        raise NumberError("wrong_unit", unit)
    raise NumberError("unknown_unit", unit)


def count(forms: tuple[str, str], n: int) -> str:
    """Swedish singular or plural from ``(singular, plural)`` templates with ``{n}``: 1 rad, 2 rader, 0 rader."""
    return forms[0 if n == 1 else 1].format(n=n)


def format_number(value: float, decimals: int | None = None) -> str:
    """Swedish number format, the course's one number formatter: a no-break space between thousands
    (U+00A0, so a number never breaks over two lines), decimal comma, true minus sign."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(6, max(1, _needed_decimals(value)))
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    if text.startswith("-") and not text.strip("-0,\u00a0"):
        text = text[1:]  # a value that rounds to zero has no sign: "0", never "−0"
    return text.replace("-", "\u2212")


def signed(value: float, decimals: int = 0) -> str:
    """A value with its sign, in :func:`format_number`'s form: +2, −1, 0 (with decimals: +1,5, −0,3, 0,0)."""
    text = format_number(value, decimals)
    return "+" + text if text.strip("0,") and value > 0 else text


def _needed_decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def normalise(text: str) -> str:
    """Casefold, unify dashes and spaces, drop punctuation; keeps å, ä and ö."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[-\u2010-\u2015_/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


# Endings of the definite form (singular and plural) that a learner may add to an answer's last word:
# utveckling → utvecklingen, strategi → strategin, område → området, region → regionerna.
_DEFINITE = ("en", "n", "et", "t", "na", "erna", "arna", "orna", "rna")


def inflected(answer: str) -> set[str]:
    """The normalised ``answer`` with its last word in definite form, singular or plural.

    A doubled final consonant is allowed too (program → programmet). Only endings are added, so a
    different word is never produced by removing letters.
    """
    words = answer.split()
    if not words or not words[-1].isalpha():
        return set()
    head, last = words[:-1], words[-1]
    stems = {last, last + last[-1]} if last[-1] not in "aeiouyåäö" else {last}
    return {" ".join([*head, stem + ending]) for stem in stems for ending in _DEFINITE}


def edit_distance(a: str, b: str, limit: int = 200) -> int:
    """Levenshtein distance (insert, delete, substitute); strings are cut at ``limit``."""
    a, b = a[:limit], b[:limit]
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def allowed_typos(length: int) -> int:
    """How many edits still count as a typo for a normalised answer of ``length``."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    if length <= 14:
        return 2
    return length // 7


# --- Learner text inside messages ----------------------------------------------------
# Text that a learner typed is marked with two private-use characters when it is put into a
# message. The renderer (helpers.ui.render.inline) shows a marked span as plain text, so that
# Markdown, HTML and links in an answer stay visible as typed and are never formatted.
LITERAL_OPEN, LITERAL_CLOSE = "\ue000", "\ue001"
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}


def visible(text: str, mark: bool = False) -> str:
    """``text`` without control, format and private-use characters (NUL, U+202E, zero-width space …).

    Tabs and line breaks become spaces. Everything else that cannot be seen is dropped, or with
    ``mark=True`` shown as ⟨U+202E⟩ (for the teacher's view of pasted text), so an echoed text
    can neither hide characters nor reverse the direction of the text around it.
    """
    out = []
    for ch in unicodedata.normalize("NFC", str(text)):
        if ch in "\t\n\r\u2028\u2029":
            out.append(" ")
        elif unicodedata.category(ch) in _INVISIBLE:
            if mark:
                out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def literal(text: object, limit: int = 60) -> str:
    """Learner text prepared for a message: visible characters only, cut at ``limit``, marked as literal."""
    shown = " ".join(visible(str(text)).split())
    if len(shown) > limit:
        shown = shown[: limit - 1].rstrip() + "…"
    return LITERAL_OPEN + shown + LITERAL_CLOSE


def plain(text: str) -> str:
    """A message with the literal marks removed: what a reader sees, for plain-text output and tests."""
    return text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, "")


def count_words(text: str | None) -> int:
    """The number of words in ``text`` (runs of letters or digits)."""
    return len(re.findall(r"\w+", text or ""))
