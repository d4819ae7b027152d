"""The capstone's rules (notebook 09): field schema, options, the checklist and the rubric's points.

Everything here is pure: the answers come in as a plain dict and the course's configuration as a
:class:`~helpers.core.capstone_config.Config`. ``checklist`` returns one :class:`Check` per rule, with a
Swedish detail and a "why it matters" line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import texts
from . import parsing
from .capstone_config import Config

KEY = "09-prioritering"
RUBRIC_KEY = "09-matris"
RATING_KEY = "06-betyg"
INDICATORS = 3
MIN_WORDS = 5
GOAL_WORDS = 8
FIRST_YEAR, LAST_YEAR = 2026, 2060


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # "text", "area", "choice" or "multi"
    section: int
    short: bool = False  # part of the short form used in the lesson

    @property
    def label(self) -> str:
        return texts.PRIO_FIELDS[self.key][0]

    @property
    def help(self) -> str:
        return texts.PRIO_FIELDS[self.key][1]


FIELDS = (
    Field("utmaning", "area", 1, True), Field("siffra", "text", 1, True), Field("siffra_kalla", "text", 1, True),
    Field("omrade", "choice", 2, True), Field("inriktning", "choice", 2), Field("rus_koppling", "area", 2),
    Field("mal", "area", 3, True),
    Field("territorium", "choice", 4), Field("malgrupp", "text", 4), Field("jamstalldhet", "area", 4),
    Field("aktorer", "multi", 5), Field("roll", "multi", 5),
    Field("ekonomisk", "area", 6), Field("social", "area", 6), Field("miljomassig", "area", 6),
    Field("instrument", "choice", 7), Field("lagrum", "choice", 7), Field("kostnad", "text", 7), Field("belopp", "text", 7),
    Field("risker", "area", 9),
)
BY_KEY = {f.key: f for f in FIELDS}
OPTIONAL_UNLESS_GRANT = ("kostnad", "belopp")
INDICATOR_KEYS = tuple(texts.PRIO_INDICATOR_FIELDS)
DIMENSIONS = ("ekonomisk", "social", "miljomassig")


@dataclass(frozen=True)
class Check:
    rule: str
    ok: bool
    detail: str

    @property
    def title(self) -> str:
        return texts.PRIO_RULES[self.rule][0]

    @property
    def why(self) -> str:
        return texts.PRIO_RULES[self.rule][1]


# --- options from the course's facts -------------------------------------------------------------
def options(key: str, config: Config) -> list[tuple[str, str]]:
    """(label, value) pairs for a choice field; values are what the answers dict stores."""
    if key == "omrade":
        return list(config.areas)
    if key == "inriktning":
        return list(config.directions)
    if key == "territorium":
        return [(t, t) for t in texts.PRIO_TERRITORIES]
    if key == "aktorer":
        return [(t, t) for t in config.actor_types]
    if key == "roll":
        return [(r, r) for r in texts.PRIO_ROLES]
    if key == "instrument":
        return [(label, value) for value, label in config.instruments.items()]
    if key == "lagrum":
        return [(label, pid) for pid, label in config.provisions.items()]
    raise KeyError(key)


def label(config: Config, key: str, value: Any) -> str:
    return next((name for name, v in options(key, config) if v == value), str(value))


def restorable(saved: Mapping[str, Any], config: Config) -> tuple[dict[str, Any], list[str]]:
    """The saved answers that are still valid, by field (a tuple for a multiple choice), and a Swedish
    message for each saved value that is not (of the wrong kind, or no longer one of the options)."""
    values: dict[str, Any] = {}
    problems = []
    for f in FIELDS:
        value = saved.get(f.key)
        if value is None or value == "" or value == []:
            continue
        allowed = {v for _, v in options(f.key, config)} if f.kind in ("choice", "multi") else set()
        if f.kind == "multi" and isinstance(value, list) and all(isinstance(v, str) and v in allowed for v in value):
            values[f.key] = tuple(value)
        elif isinstance(value, str) and (f.kind != "multi") and (f.kind != "choice" or value in allowed):
            values[f.key] = value
        else:
            problems.append(texts.PRIO_BAD_STATE.format(field=f.label.rstrip(":")))
    return values, problems


# --- pure rules ------------------------------------------------------------------------------------
def text(answers: Mapping[str, Any], key: str) -> str:
    value = answers.get(key)
    return value.strip() if isinstance(value, str) else ""


def chosen(answers: Mapping[str, Any], key: str) -> list[str]:
    value = answers.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []


def filled(answers: Mapping[str, Any], key: str) -> bool:
    return bool(chosen(answers, key)) if BY_KEY[key].kind == "multi" else bool(text(answers, key))


def indicator_rows(answers: Mapping[str, Any]) -> list[dict[str, str]]:
    """The indicator rows with at least one field filled in (row number kept under ``"n"``)."""
    rows = answers.get("indikatorer")
    rows = rows if isinstance(rows, list) else []
    out = []
    for n, row in enumerate(rows[:INDICATORS], 1):
        row = row if isinstance(row, dict) else {}
        clean = {k: row[k].strip() if isinstance(row.get(k), str) else "" for k in INDICATOR_KEYS}
        if any(clean.values()):
            out.append({"n": str(n), **clean})
    return out


def amount(raw: str) -> float:
    """A sum of money typed in Swedish style ("2 000 000", "2 mkr", "1,5 miljoner kronor") in kronor."""
    parsed = parsing.parse_number(raw)
    return parsing.convert(parsed.value, parsed.unit or "kr", "kr")


def _words(answers: Mapping[str, Any], key: str) -> int:
    return parsing.count_words(text(answers, key))


def checklist(answers: Mapping[str, Any], config: Config, *, short: bool = False) -> list[Check]:
    """Every rule as a :class:`Check`; ``short`` keeps only the rules of the lesson's short form."""
    checks = [
        _check_fields(answers, short), _check_figure(answers), _check_strategy(answers, config, short),
        _check_goal(answers), _check_indicators(answers),
    ]
    if not short:
        checks[4:4] = [_check_actors(answers, config), _check_role(answers), _check_dimensions(answers),
                       _check_mandate(answers, config), _check_finance(answers)]
        checks.append(_check_risks(answers))
    return checks


def _check_fields(answers: Mapping[str, Any], short: bool) -> Check:
    grant = answers.get("instrument") == "projektmedel"
    missing = [f.label.rstrip(":") for f in FIELDS
               if (f.short or not short) and (grant or f.key not in OPTIONAL_UNLESS_GRANT) and not filled(answers, f.key)]
    if not indicator_rows(answers):
        missing.append(texts.PRIO_INDICATOR.format(n=1))
    return Check("falt", not missing, texts.PRIO_MISSING_FIELDS.format(fields=", ".join(missing)) if missing else "")


def _check_figure(answers: Mapping[str, Any]) -> Check:
    problems = []
    if not re.search(r"\d", text(answers, "siffra")):
        problems.append(texts.PRIO_NO_DIGIT)
    if not text(answers, "siffra_kalla"):
        problems.append(texts.PRIO_NO_SOURCE)
    return Check("siffra", not problems, " ".join(problems))


def _check_strategy(answers: Mapping[str, Any], config: Config, short: bool) -> Check:
    problems = []
    if text(answers, "omrade") not in {v for _, v in config.areas}:
        problems.append(texts.PRIO_NO_AREA)
    if not short and text(answers, "inriktning") not in {v for _, v in config.directions}:
        problems.append(texts.PRIO_NO_DIRECTION)
    return Check("strategi-kort" if short else "strategi", not problems, " ".join(problems))


def _check_goal(answers: Mapping[str, Any]) -> Check:
    problems = []
    words = _words(answers, "mal")
    if words < GOAL_WORDS:
        problems.append(texts.PRIO_GOAL_SHORT.format(minimum=GOAL_WORDS, words=words))
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text(answers, "mal"))]
    if not any(FIRST_YEAR <= y <= LAST_YEAR for y in years):
        problems.append(texts.PRIO_GOAL_NO_YEAR.format(first=FIRST_YEAR, last=LAST_YEAR))
    return Check("mal", not problems, " ".join(problems))


def _check_actors(answers: Mapping[str, Any], config: Config) -> Check:
    picked = chosen(answers, "aktorer")
    if len(picked) < 3:
        return Check("aktorer", False, texts.PRIO_FEW_ACTORS.format(n=len(picked)))
    if set(picked) <= config.public_types:
        private = [v for v in config.actor_types if v not in config.public_types]
        return Check("aktorer", False, texts.PRIO_ONLY_PUBLIC.format(options=", ".join(private)))
    return Check("aktorer", True, "")


def _check_role(answers: Mapping[str, Any]) -> Check:
    ok = bool(chosen(answers, "roll"))
    return Check("roll", ok, "" if ok else texts.PRIO_NO_ROLE)


def _check_dimensions(answers: Mapping[str, Any]) -> Check:
    problems = [texts.PRIO_DIMENSION_SHORT.format(minimum=MIN_WORDS, dimension=texts.DIMENSION_ADJ[d],
                                                  words=_words(answers, d))
                for d in DIMENSIONS if _words(answers, d) < MIN_WORDS]
    return Check("dimensioner", not problems, " ".join(problems))


def _check_mandate(answers: Mapping[str, Any], config: Config) -> Check:
    instrument, provision = text(answers, "instrument"), text(answers, "lagrum")
    if instrument not in config.suitable:
        return Check("mandat", False, texts.PRIO_NO_INSTRUMENT)
    if provision not in config.provisions:
        return Check("mandat", False, texts.PRIO_NO_PROVISION)
    if provision not in config.suitable[instrument]:
        names = " eller ".join(config.provisions[p] for p in config.suitable[instrument])
        return Check("mandat", False, texts.PRIO_WRONG_PROVISION.format(instrument=config.instruments[instrument],
                                                                         provisions=names))
    return Check("mandat", True, "")


def grant_share(answers: Mapping[str, Any]) -> tuple[float | None, str]:
    """The share of the cost paid with grant 1:1, or ``None`` and the Swedish reason it cannot be computed."""
    values = {}
    for key in ("kostnad", "belopp"):
        label = BY_KEY[key].label.rstrip(":")
        raw = text(answers, key)
        if not raw:
            return None, texts.PRIO_MISSING_AMOUNT.format(field=label)
        try:
            values[key] = amount(raw)
        except (parsing.NumberError, ValueError):
            return None, texts.PRIO_NOT_A_NUMBER.format(value=parsing.literal(raw, 40), field=label)
        if values[key] <= 0:
            return None, texts.PRIO_NOT_POSITIVE.format(field=label)
    if values["belopp"] > values["kostnad"]:
        return None, texts.PRIO_AMOUNT_OVER_COST
    return values["belopp"] / values["kostnad"], ""


def percent(share: float) -> str:
    return f"{parsing.format_number(round(100 * share, 1))} procent"


def _check_finance(answers: Mapping[str, Any]) -> Check:
    if answers.get("instrument") != "projektmedel":
        return Check("finansiering", True, texts.PRIO_FINANCE_NA)
    share, problem = grant_share(answers)
    if share is None:
        return Check("finansiering", False, problem)
    if share > 0.5:
        return Check("finansiering", False, texts.PRIO_SHARE_TOO_HIGH.format(share=percent(share)))
    return Check("finansiering", True, texts.PRIO_SHARE_OK.format(share=percent(share)))


def _check_indicators(answers: Mapping[str, Any]) -> Check:
    rows = indicator_rows(answers)
    if not rows:
        return Check("indikatorer", False, texts.PRIO_NO_INDICATOR)
    problems = []
    for row in rows:
        n = row["n"]
        missing = [texts.PRIO_INDICATOR_FIELDS[k][0].rstrip(":").lower() for k in INDICATOR_KEYS if not row[k]]
        if missing:
            problems.append(texts.PRIO_INDICATOR_MISSING.format(n=n, fields=", ".join(missing)))
            continue
        numbers = {}
        for k in ("bas", "mal"):
            try:
                numbers[k] = parsing.parse_number(row[k]).value
            except (parsing.NumberError, ValueError):
                problems.append(texts.PRIO_INDICATOR_NOT_NUMBER.format(
                    n=n, value=parsing.literal(row[k], 40), field=texts.PRIO_INDICATOR_FIELDS[k][0].rstrip(":").lower()))
        if not (re.fullmatch(r"\d{4}", row["ar"]) and FIRST_YEAR <= int(row["ar"]) <= LAST_YEAR):
            problems.append(texts.PRIO_INDICATOR_BAD_YEAR.format(n=n, first=FIRST_YEAR, last=LAST_YEAR))
        if len(numbers) == 2 and numbers["bas"] == numbers["mal"]:
            problems.append(texts.PRIO_INDICATOR_SAME.format(n=n))
    return Check("indikatorer", not problems, " ".join(problems))


def _check_risks(answers: Mapping[str, Any]) -> Check:
    words = _words(answers, "risker")
    ok = words >= MIN_WORDS
    return Check("risker", ok, "" if ok else texts.PRIO_RISKS_SHORT.format(minimum=MIN_WORDS, words=words))


def level(rubric: Mapping[str, Any], key: str) -> int | None:
    """The level 1–3 a saved rubric gives criterion ``key``, or ``None`` when it is not (validly) set."""
    levels = rubric.get("nivaer") if isinstance(rubric.get("nivaer"), dict) else {}
    value = levels.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3 else None


def rubric_points(rubric: Mapping[str, Any], config: Config) -> tuple[int, list[str]]:
    """Total points of a (possibly partial) rubric and the names of criteria not yet assessed."""
    points, missing = 0, []
    for key, criterion in config.rubric.items():
        value = level(rubric, key)
        if value is None:
            missing.append(criterion.name)
        else:
            points += value
    return points, missing


