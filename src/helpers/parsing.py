"""Pure parsing helpers: Swedish-style numbers with units, and text normalisation."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

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
_NUMBER = re.compile(r"^([+-]?)\s*(\d{1,3}(?: \d{3})+(?:[.,]\d+)?|[\d.,]*\d[\d.,]*)\s*(.*)$")


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
    text = raw.translate(_SPACES).replace("\u2212", "-").strip()
    if not text:
        raise NumberError("empty")
    match = _NUMBER.match(text)
    if not match:
        raise NumberError("not_a_number")
    sign, digits, unit = match.groups()
    value = _to_float(digits.replace(" ", ""))
    if value is None or not math.isfinite(value):
        raise NumberError("not_a_number")
    unit = " ".join(unit.casefold().split()).rstrip(".")
    return ParsedNumber(-value if sign == "-" else value, unit or None)


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


def format_number(value: float, decimals: int | None = None) -> str:
    """Swedish number format: space between thousands, decimal comma."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(6, max(1, _needed_decimals(value)))
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "\u2212")


def _needed_decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def normalise(text: str) -> str:
    """Casefold, unify dashes and spaces, drop punctuation; keeps å, ä and ö."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[-\u2010-\u2015_/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


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
