"""Load and validate question banks (``data/fragor/NN-slug.json``).

Every problem raises :class:`BankError` with a Swedish message that names the file and the
question id, so a broken bank is found by the schema test long before a learner meets it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .. import texts
from ..core.errors import CourseError
from ..core.model import (
    QUESTION_TYPES,
    Bank,
    ChoiceQuestion,
    ClassifyQuestion,
    Item,
    NumericQuestion,
    Option,
    Question,
    TextQuestion,
    TypicalError,
    WrongAnswer,
)
from ..core.parsing import normalise
from . import loader, paths
from .oserrors import describe_os_error

COMMON_KEYS = {"id", "type", "prompt", "hints", "solution", "source", "fact", "scored"}
TYPE_KEYS = {
    "single": {"options"},
    "multiple": {"options"},
    "numeric": {"answer", "tolerance", "unit", "unit_aliases", "decimals", "plausible", "typical_errors"},
    "text": {"answers", "wrong_answers"},
    "classify": {"categories", "items", "immediate"},
}


class BankError(CourseError, ValueError):
    """A question bank is missing, unreadable or breaks the schema."""


class _Problem(Exception):
    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(texts.BANK_PROBLEMS[code].format(**fields))


def bank_path_for(qid: str) -> Path:
    """The bank file that holds question ``qid`` (``00-…`` lives in ``00-*.json``)."""
    prefix = qid.split("-", 1)[0]
    folder = paths.banks_dir()
    found = sorted(folder.glob(f"{prefix}-*.json"))
    if not found:
        raise BankError(texts.BANK_NOT_FOUND.format(qid=qid, folder=folder, pattern=f"{prefix}-<namn>.json"))
    return found[0]


def all_bank_paths() -> list[Path]:
    return sorted(paths.banks_dir().glob("*.json"))


def load_bank(path: Path | str) -> Bank:
    """Read and validate one bank; results are cached until the file changes."""
    return loader.load_json(Path(path), parse_bank, _unreadable)


def find_question(qid: str) -> Question:
    bank = load_bank(bank_path_for(qid))
    question = bank.get(qid)
    if question is None:
        raise BankError(texts.QUESTION_NOT_FOUND.format(qid=qid, path=bank.path))
    return question


def _unreadable(err: Exception, path: Path) -> BankError:
    if isinstance(err, FileNotFoundError):
        return BankError(texts.BANK_NOT_FOUND.format(qid="?", folder=path.parent, pattern=path.name))
    if isinstance(err, json.JSONDecodeError):
        return BankError(texts.BANK_INVALID_JSON.format(path=path, line=err.lineno, col=err.colno, msg=err.msg))
    if isinstance(err, UnicodeDecodeError):
        return BankError(texts.BANK_INVALID_JSON.format(path=path, line="?", col="?", msg=err.reason))
    reason = describe_os_error(err) if isinstance(err, OSError) else str(err)
    return BankError(texts.BANK_UNREADABLE.format(path=path, reason=reason))


def parse_bank(raw: Any, path: Path) -> Bank:
    """Validate decoded JSON and build a :class:`Bank`."""
    where = texts.BANK_WHERE_FILE
    try:
        if not isinstance(raw, dict):
            raise _Problem("not_object")
        _no_unknown(raw, {"notebook", "description", "questions"})
        if raw.get("notebook") != path.stem:
            raise _Problem("notebook_name", expected=path.stem)
        items = raw.get("questions")
        if not isinstance(items, list) or not items:
            raise _Problem("no_questions")
        prefix = path.stem.split("-", 1)[0]
        questions: list[Question] = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise _Problem("question_not_object", n=n)
            where = texts.BANK_WHERE_QUESTION.format(qid=item.get("id", f"nr {n}"))
            question = _parse_question(item, prefix, path.stem)
            if any(q.id == question.id for q in questions):
                raise _Problem("duplicate_id")
            questions.append(question)
    except _Problem as problem:
        raise BankError(texts.BANK_ERROR.format(path=path, where=where, problem=problem)) from None
    return Bank(notebook=path.stem, path=str(path), questions=tuple(questions))


def _parse_question(d: dict[str, Any], prefix: str, notebook: str) -> Question:
    qtype = d.get("type")
    if qtype not in QUESTION_TYPES:
        raise _Problem("bad_type", types=", ".join(QUESTION_TYPES))
    _no_unknown(d, COMMON_KEYS | TYPE_KEYS[qtype])
    qid = _text(d, "id")
    if not re.fullmatch(rf"{re.escape(prefix)}-[a-z0-9]+(-[a-z0-9]+)*", qid):
        raise _Problem("bad_id", prefix=prefix)
    hints = d.get("hints")
    if not isinstance(hints, list) or not hints or not all(isinstance(h, str) and h.strip() for h in hints):
        raise _Problem("no_hints")
    source = d.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise _Problem("empty_text", key="source")
    if _bool(d, "fact", False) and not source:
        raise _Problem("needs_source")
    common = {
        "id": qid, "type": qtype, "prompt": _text(d, "prompt"), "hints": tuple(hints),
        "solution": _text(d, "solution"), "source": source, "scored": _bool(d, "scored", True),
        "notebook": notebook,
    }
    if qtype in ("single", "multiple"):
        return ChoiceQuestion(**common, options=_options(d, qtype))
    if qtype == "numeric":
        return _numeric(d, common)
    if qtype == "text":
        return _text_question(d, common)
    return _classify(d, common)


def _options(d: dict[str, Any], qtype: str) -> tuple[Option, ...]:
    raw = _list(d, "options")
    if len(raw) < 2:
        raise _Problem("few_options")
    options = []
    for n, o in enumerate(raw, 1):
        for key in ("text", "correct", "feedback"):
            if not isinstance(o, dict) or key not in o:
                raise _Problem("option_missing", n=n, key=key)
        options.append(Option(_text(o, "text"), _bool(o, "correct", False), _text(o, "feedback"),
                              o.get("misconception")))
    if len({normalise(o.text) for o in options}) != len(options):
        raise _Problem("duplicate_option", n=len(options))
    correct = sum(o.correct for o in options)
    if qtype == "single" and correct != 1:
        raise _Problem("single_correct", count=correct)
    if qtype == "multiple" and (correct < 2 or correct == len(options)):
        raise _Problem("multiple_correct")
    return tuple(options)


def _numeric(d: dict[str, Any], common: dict[str, Any]) -> NumericQuestion:
    answer = _number(d, "answer")
    tolerance = _number(d, "tolerance", 0.0)
    if tolerance < 0:
        raise _Problem("negative_tolerance")
    plausible = d.get("plausible")
    if plausible is not None:
        if (not isinstance(plausible, list) or len(plausible) != 2
                or not all(isinstance(v, int | float) for v in plausible)
                or not plausible[0] <= answer <= plausible[1]):
            raise _Problem("bad_plausible")
        plausible = (float(plausible[0]), float(plausible[1]))
    errors = []
    for n, e in enumerate(_list(d, "typical_errors", []), 1):
        err = TypicalError(_number(e, "value"), _text(e, "feedback"), e.get("tolerance"))
        if abs(err.value - answer) <= tolerance:
            raise _Problem("typical_is_answer", n=n)
        errors.append(err)
    decimals = d.get("decimals")
    if decimals is not None and (not isinstance(decimals, int) or decimals < 0):
        raise _Problem("not_number", key="decimals")
    return NumericQuestion(
        **common, answer=answer, tolerance=tolerance, unit=d.get("unit"),
        unit_aliases=tuple(_list(d, "unit_aliases", [])), decimals=decimals, plausible=plausible,
        typical_errors=tuple(errors),
    )


def _text_question(d: dict[str, Any], common: dict[str, Any]) -> TextQuestion:
    answers = _list(d, "answers")
    if not answers or not all(isinstance(a, str) and normalise(a) for a in answers):
        raise _Problem("no_answers")
    right = {normalise(a) for a in answers}
    wrong = []
    for w in _list(d, "wrong_answers", []):
        item = WrongAnswer(_text(w, "text"), _text(w, "feedback"))
        if normalise(item.text) in right:
            raise _Problem("wrong_is_right", text=item.text)
        wrong.append(item)
    return TextQuestion(**common, answers=tuple(answers), wrong_answers=tuple(wrong))


def _classify(d: dict[str, Any], common: dict[str, Any]) -> ClassifyQuestion:
    categories = _list(d, "categories")
    if len(set(categories)) < 2 or len(set(categories)) != len(categories):
        raise _Problem("few_categories")
    items = []
    for n, i in enumerate(_list(d, "items"), 1):
        item = Item(_text(i, "text"), _text(i, "category"), _text(i, "feedback"))
        if item.category not in categories:
            raise _Problem("item_category", n=n, category=item.category)
        items.append(item)
    if len(items) < 2:
        raise _Problem("few_items")
    return ClassifyQuestion(**common, categories=tuple(categories), items=tuple(items),
                            immediate=_bool(d, "immediate", False))


def _no_unknown(d: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(d) - allowed)
    if unknown:
        raise _Problem("unknown_keys", keys=", ".join(unknown), allowed=", ".join(sorted(allowed)))


def _text(d: Any, key: str) -> str:
    if not isinstance(d, dict) or key not in d:
        raise _Problem("missing", key=key)
    value = d[key]
    if not isinstance(value, str) or not value.strip():
        raise _Problem("empty_text", key=key)
    return value


def _bool(d: dict[str, Any], key: str, default: bool) -> bool:
    value = d.get(key, default)
    if not isinstance(value, bool):
        raise _Problem("not_bool", key=key)
    return value


def _number(d: Any, key: str, default: float | None = None) -> float:
    if not isinstance(d, dict) or key not in d:
        if default is not None:
            return default
        raise _Problem("missing", key=key)
    value = d[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Problem("not_number", key=key)
    return float(value)


def _list(d: dict[str, Any], key: str, default: list[Any] | None = None) -> list[Any]:
    if key not in d:
        if default is not None:
            return default
        raise _Problem("missing", key=key)
    value = d[key]
    if not isinstance(value, list):
        raise _Problem("not_list", key=key)
    return value
