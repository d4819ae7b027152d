"""Pure grading functions: a question and an answer in, a :class:`Result` out.

No widgets and no I/O here, so every rule can be unit-tested directly. Answers use
JSON-friendly shapes, which is also how the progress store saves them:

* ``single``: the index of the chosen option, or ``None``;
* ``multiple``: a list of chosen indices;
* ``numeric`` and ``text``: the raw string the learner typed (a number is accepted too);
* ``classify``: one category name (or ``None``) per item, in item order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .. import texts
from .model import ChoiceQuestion, ClassifyQuestion, NumericQuestion, Question, TextQuestion
from .parsing import (
    UNIT_FAMILIES,
    NumberError,
    allowed_typos,
    convert,
    count,
    edit_distance,
    format_number,
    inflected,
    literal,
    normalise,
    parse_number,
    unit_family,
    visible,
)


class Status(StrEnum):
    CORRECT = "correct"
    PARTLY = "partly"
    INCORRECT = "incorrect"
    NOT_ATTEMPTED = "not_attempted"


@dataclass(frozen=True)
class Result:
    """Outcome of grading one answer.

    ``marks`` holds one entry per option or item: ``True`` (right), ``False`` (wrong) or
    ``None`` (nothing to mark).
    """

    status: Status
    message: str
    details: tuple[str, ...] = ()
    marks: tuple[bool | None, ...] = ()

    @property
    def attempted(self) -> bool:
        return self.status is not Status.NOT_ATTEMPTED

    @property
    def score(self) -> float:
        return 1.0 if self.status is Status.CORRECT else 0.0


def grade(question: Question, answer: object) -> Result:
    """Grade ``answer`` with the rule for the question's type."""
    if isinstance(question, ChoiceQuestion):
        if question.type == "single":
            return grade_single(question, answer)  # type: ignore[arg-type]
        return grade_multiple(question, answer or ())  # type: ignore[arg-type]
    if isinstance(question, NumericQuestion):
        return grade_numeric(question, answer)  # type: ignore[arg-type]
    if isinstance(question, TextQuestion):
        return grade_text(question, answer)  # type: ignore[arg-type]
    if isinstance(question, ClassifyQuestion):
        return grade_classify(question, answer or ())  # type: ignore[arg-type]
    raise TypeError(f"no grading rule for {type(question).__name__}")


def grade_single(q: ChoiceQuestion, selected: int | None) -> Result:
    if selected is None or not 0 <= int(selected) < len(q.options):
        return Result(Status.NOT_ATTEMPTED, texts.CHOOSE_ONE)
    option = q.options[int(selected)]
    marks = tuple(True if i == selected and option.correct else False if i == selected else None
                  for i in range(len(q.options)))
    details = (_option_line(q, int(selected)),)
    if option.correct:
        return Result(Status.CORRECT, texts.SINGLE_CORRECT, details, marks)
    return Result(Status.INCORRECT, texts.SINGLE_WRONG, details, marks)


def _option_line(q: ChoiceQuestion, i: int) -> str:
    option = q.options[i]
    return texts.OPTION_LINE.format(mark="✓" if option.correct else "✗", text=option.text, feedback=option.feedback)


def grade_multiple(q: ChoiceQuestion, selected: Sequence[int]) -> Result:
    chosen = sorted({int(i) for i in selected if 0 <= int(i) < len(q.options)})
    if not chosen:
        return Result(Status.NOT_ATTEMPTED, texts.CHOOSE_SOME)
    correct = q.correct_indices
    right = [i for i in chosen if i in correct]
    wrong = [i for i in chosen if i not in correct]
    marks = tuple((i in correct) if i in chosen else None for i in range(len(q.options)))
    details = tuple(_option_line(q, i) for i in chosen)
    if not wrong and len(right) == len(correct):
        return Result(Status.CORRECT, texts.MULTI_CORRECT, details, marks)
    if not right:
        return Result(Status.INCORRECT, texts.MULTI_WRONG, details, marks)
    message = texts.MULTI_PARTLY.format(right=len(right), total=len(correct), wrong=count(texts.MULTI_WRONG_COUNT, len(wrong)))
    if len(right) < len(correct):
        message += " " + texts.MULTI_MISSING
    return Result(Status.PARTLY, message, details, marks)


def grade_numeric(q: NumericQuestion, raw: str | float | int | None) -> Result:
    expected = _unit_text(q)
    try:
        value = _read_number(raw, q)
    except NumberError as err:
        return Result(Status.NOT_ATTEMPTED, _number_message(err, raw, expected))
    answer_text = _with_unit(format_number(q.answer, q.decimals), q)
    if abs(value - q.answer) <= q.tolerance + 1e-9:
        return Result(Status.CORRECT, texts.NUM_CORRECT.format(answer=answer_text))
    shown = _with_unit(format_number(value), q)
    for err in q.typical_errors:
        tol = q.tolerance if err.tolerance is None else err.tolerance
        if abs(value - err.value) <= tol + 1e-9:
            return Result(Status.INCORRECT, err.feedback)
    if q.unit and q.unit.casefold() in ("%", "procent") and 0 < abs(value) < 1 <= abs(q.answer):
        return Result(Status.INCORRECT, texts.NUM_PROPORTION)
    scale = _scale_slip(value, q)
    if scale:
        return Result(Status.INCORRECT, scale)
    if q.plausible and not q.plausible[0] <= value <= q.plausible[1]:
        low, high = (format_number(v) for v in q.plausible)
        return Result(Status.INCORRECT, texts.NUM_OUT_OF_RANGE.format(value=shown, low=low, high=high))
    if q.decimals is not None and _rounding_slip(value, q):
        return Result(Status.INCORRECT, texts.NUM_CLOSE_ROUNDING.format(answer=answer_text))
    template = texts.NUM_TOO_HIGH if value > q.answer else texts.NUM_TOO_LOW
    return Result(Status.INCORRECT, template.format(value=shown))


def _rounding_slip(value: float, q: NumericQuestion) -> bool:
    """The answer is off only in its last digits: one step of the asked precision, or the right
    answer rounded or cut to fewer decimals (48 or 47 for 47,8)."""
    if abs(value - q.answer) <= max(q.tolerance, 0) + 10 ** -q.decimals:
        return True
    for digits in range(q.decimals):
        step = 10 ** -digits
        shorter = (round(q.answer, digits), math.floor(q.answer / step) * step, math.ceil(q.answer / step) * step)
        if any(abs(value - s) <= 1e-9 * max(1.0, abs(s)) for s in shorter):
            return True
    return False


def _read_number(raw: str | float | int | None, q: NumericQuestion) -> float:
    if raw is None:
        raise NumberError("empty")
    if isinstance(raw, bool):
        raise NumberError("not_a_number")
    if isinstance(raw, int | float):
        if not math.isfinite(raw):
            raise NumberError("not_a_number")
        return float(raw)
    parsed = parse_number(str(raw))
    return convert(parsed.value, parsed.unit, q.unit, q.unit_aliases)


def _number_message(err: NumberError, raw: object, expected: str) -> str:
    if err.code == "empty":
        return texts.NUM_EMPTY
    if err.code == "unknown_unit":
        return texts.NUM_UNKNOWN_UNIT.format(unit=literal(err.unit, 30), expected=expected)
    if err.code == "wrong_unit":
        return texts.NUM_WRONG_UNIT.format(unit=literal(err.unit, 30), expected=expected)
    if err.code == "no_unit":
        return texts.NUM_NO_UNIT
    if err.code == "too_large":
        return texts.NUM_TOO_LARGE.format(raw=literal(raw, 40))
    return texts.NUM_NOT_A_NUMBER.format(raw=literal(raw, 40))


def _unit_text(q: NumericQuestion) -> str:
    return q.unit if q.unit else "siffror"


def _with_unit(number: str, q: NumericQuestion) -> str:
    if not q.unit:
        return number
    return f"{number}\u00a0{q.unit}"


def _scale_slip(value: float, q: NumericQuestion) -> str | None:
    """Feedback when the answer is off by a power of 1 000 (a typical unit slip)."""
    if q.answer == 0 or value == 0 or not q.unit or unit_family(q.unit) is not UNIT_FAMILIES["kronor"]:
        return None
    tol = max(q.tolerance, abs(q.answer) * 0.005)
    for power in (1, 2, 3):
        factor = 1000**power
        for candidate, direction in ((q.answer * factor, texts.NUM_SCALE_BIG), (q.answer / factor, texts.NUM_SCALE_SMALL)):
            scaled_tol = tol * factor if direction == texts.NUM_SCALE_BIG else tol / factor
            if abs(value - candidate) <= scaled_tol:
                return texts.NUM_SCALE.format(factor=format_number(factor), direction=direction)
    return None


def grade_text(q: TextQuestion, raw: str | None) -> Result:
    given = normalise(raw or "")
    if not given:
        if visible(raw or "").strip():
            return Result(Status.NOT_ATTEMPTED, texts.TEXT_NO_LETTERS)
        return Result(Status.NOT_ATTEMPTED, texts.TEXT_EMPTY)
    candidates = [(normalise(a), a, None) for a in q.answers]
    candidates += [(normalise(w.text), w.text, w.feedback) for w in q.wrong_answers]
    for norm, shown, feedback in candidates:
        if given == norm or given in inflected(norm):  # "utvecklingen" for "utveckling" is no typo
            if feedback is None:
                return Result(Status.CORRECT, texts.TEXT_CORRECT.format(answer=shown))
            return Result(Status.INCORRECT, feedback)
    near = [(edit_distance(given, norm), shown, feedback) for norm, shown, feedback in candidates
            if edit_distance(given, norm) <= allowed_typos(len(norm))]
    if near:
        # Closest wins; on a tie a right answer beats a known misconception.
        _, shown, feedback = min(near, key=lambda n: (n[0], n[2] is not None))
        if feedback is None:
            return Result(Status.CORRECT, texts.TEXT_TYPO.format(answer=shown))
        return Result(Status.INCORRECT, feedback)
    return Result(Status.INCORRECT, texts.TEXT_WRONG.format(raw=literal(raw or "", 60)))


def grade_classify(q: ClassifyQuestion, chosen: Sequence[str | None]) -> Result:
    picks = [chosen[i] if i < len(chosen) and chosen[i] in q.categories else None for i in range(len(q.items))]
    answered = [i for i, c in enumerate(picks) if c is not None]
    if not answered:
        return Result(Status.NOT_ATTEMPTED, texts.CLASSIFY_NONE)
    marks = tuple(None if c is None else c == item.category for c, item in zip(picks, q.items, strict=True))
    right = sum(1 for m in marks if m)
    total = len(q.items)
    details = tuple(
        texts.CLASSIFY_ITEM_WRONG.format(item=item.text, chosen=c, feedback=item.feedback)
        for c, item, m in zip(picks, q.items, marks, strict=True) if m is False
    )
    missing = total - len(answered)
    if right == total:
        return Result(Status.CORRECT, texts.CLASSIFY_CORRECT.format(total=total), marks=marks)
    message = texts.CLASSIFY_SCORE.format(right=right, total=total)
    if missing:
        message += " " + count(texts.CLASSIFY_MISSING, missing)
    status = Status.PARTLY if right else Status.INCORRECT
    return Result(status, message, details, marks)


def correct_answer_text(q: Question) -> str:
    """A short Swedish statement of the right answer, shown with the solution."""
    if isinstance(q, ChoiceQuestion):
        return "; ".join(o.text for o in q.options if o.correct)
    if isinstance(q, NumericQuestion):
        return _with_unit(format_number(q.answer, q.decimals), q)
    if isinstance(q, TextQuestion):
        return q.answers[0]
    if isinstance(q, ClassifyQuestion):
        return "; ".join(f"{item.text} → {item.category}" for item in q.items)
    return ""
