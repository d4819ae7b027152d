"""The pictures of the class view, one per kind of exercise (``VIEWS``, chosen by the codec's ``view``).

Each view takes the exercise, its course data (:func:`helpers.svarskod.course_data`) and the answers
of one or two rounds, and returns HTML; the numbers come from the pure :mod:`helpers.core.klass`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from .. import texts
from ..core import klass
from ..core.codecs import Exercise
from ..core.model import ChoiceQuestion, ClassifyQuestion, Question
from ..core.parsing import format_number
from . import plots, render

MAX_REJECTED_SHOWN = 30
View = Callable[[Exercise, dict[str, Any], Sequence[list[Any]]], str]


def pct(value: float | None) -> str:
    return texts.CLASS_NONE if value is None else f"{round(100 * value)} %"


def rejected_html(batch: klass.Batch, name: str) -> str:
    rows = [(r.line, r.text, r.reason) for r in batch.rejected[:MAX_REJECTED_SHOWN]]
    more = len(batch.rejected) - len(rows)
    tail = f"<p>{texts.CLASS_MORE_REJECTED.format(n=more)}</p>" if more > 0 else ""
    return (f"<details><summary>{texts.CLASS_REJECTED_TITLE.format(round=name)} ({len(batch.rejected)})</summary>"
            f"{render.table(texts.CLASS_REJECTED_COLUMNS, rows)}{tail}</details>")


def _round_shares(question: Question, rounds: Sequence[list[Any]]) -> str:
    shares = [klass.share(sum(klass.is_right(question, a) for a in answers), len(answers)) for answers in rounds]
    text = texts.CLASS_SHARE_RIGHT.format(share1=pct(shares[0]))
    if len(shares) > 1 and shares[1] is not None and shares[0] is not None:
        points = round(100 * (shares[1] - shares[0]))
        change = texts.CLASS_POINTS.format(sign="+" if points > 0 else "−" if points < 0 else "", value=abs(points))
        text += texts.CLASS_SHARE_RIGHT2.format(share2=pct(shares[1]), change=change if points else texts.CLASS_NO_CHANGE)
    else:
        text += "."
    return f"<p><strong>{render.inline(text)}</strong></p>"


def question_html(ex: Exercise, data: dict[str, Any], rounds: Sequence[list[Any]]) -> str:
    """The class picture of a bank question, headed by the exercise's title (the question's id only as a small detail)."""
    question: Question = data["question"]
    rounds = [r for r in rounds if r] or [[]]
    detail = html.escape(texts.CLASS_DIST_DETAIL.format(notebook=ex.notebook, qid=question.id))
    parts = [f'<h3>{render.inline(texts.CLASS_DIST_TITLE.format(title=ex.title))} <small style="font-weight: normal;">{detail}</small></h3>',
             f'<div class="kurs-prompt">{render.inline(question.prompt)}</div>', _round_shares(question, rounds)]
    if isinstance(question, ClassifyQuestion):
        summaries = [klass.item_summary(question, answers) for answers in rounds]
        rows = []
        for i, item in enumerate(summaries[0]):
            second = summaries[1][i] if len(summaries) > 1 else None
            wrong = (second or item)["top_wrong"]
            rows.append((item["text"], item["category"], f"{item['right']} av {item['answered']}",
                         f"{second['right']} av {second['answered']}" if second else texts.CLASS_NONE,
                         f"{wrong[0]} ({wrong[1]})" if wrong else texts.CLASS_NONE))
        parts.append(render.table(texts.CLASS_ITEM_COLUMNS, rows))
        return "".join(parts)
    assert isinstance(question, ChoiceQuestion)
    counts = [klass.option_counts(question, answers) for answers in rounds]
    labels = [o.text for o in question.options]
    correct = question.correct_indices
    parts.append(distribution_chart(ex.title, labels, counts, correct))
    rows = [(label, texts.CLASS_RIGHT if i in correct else texts.CLASS_WRONG, counts[0][i],
             counts[1][i] if len(counts) > 1 else texts.CLASS_NONE) for i, label in enumerate(labels)]
    parts.append(render.table(texts.CLASS_DIST_COLUMNS, rows))
    return "".join(parts)


def distribution_chart(title: str, labels: Sequence[str], counts: Sequence[Sequence[int]], correct: frozenset[int] | set[int]) -> str:
    """Horizontal bars per option for one or two rounds; right options marked with ✓ in the label.

    ``title`` is the exercise's title as the learners saw it, not the question's internal id."""
    names = [n.capitalize() for n in texts.CLASS_ROUND_NAMES]
    marked = [("✓ " if i in correct else "") + label for i, label in enumerate(labels)]
    fig = plots.distribution(marked, counts, names[: len(counts)], {
        "title": texts.CLASS_DIST_TITLE.format(title=title), "x": texts.CLASS_DIST_X})
    values = "; ".join(f"{label}: " + ", ".join(f"{n.lower()} {c[i]}" for n, c in zip(names, counts, strict=False))
                       for i, label in enumerate(labels))
    return plots.to_html(fig, texts.CLASS_DIST_ALT.format(title=title, values=values,
                                                            correct=", ".join(labels[i] for i in sorted(correct))))


def typing_html(data: dict[str, Any], answers: list[Any]) -> str:
    rows = [(r["name"], f"{r['type_right']} av {r['typed']}", f"{r['level_right']} av {r['leveled']}",
             f"{r['top_wrong'][0]} ({r['top_wrong'][1]})" if r["top_wrong"] else texts.CLASS_NONE)
            for r in klass.typing_summary(answers, data["aktorer"])]
    return render.table(texts.CLASS_TYPING_COLUMNS, rows)


def _fmt(pair: tuple[float, float] | None) -> str:
    if pair is None:
        return texts.CLASS_NONE
    return f"{format_number(pair[0], 1)} ({format_number(pair[1], 1)})"


def grid_html(data: dict[str, Any], answers: list[Any]) -> str:
    rows = klass.grid_summary(answers, data["aktorer"])
    placed = [r for r in rows if r["n"]]
    widest = [r for r in sorted(placed, key=lambda r: -r["spread"]) if r["spread"] > 0][:2]
    table = render.table(texts.CLASS_GRID_COLUMNS, [
        (r["name"], r["n"], _fmt(r.get("power")), _fmt(r.get("interest")), f"{r['reference'][0]}, {r['reference'][1]}")
        for r in rows])
    spread = (f"<p><strong>{render.inline(texts.CLASS_GRID_SPREAD.format(names=' och '.join(r['name'] for r in widest)))}"
              "</strong></p>") if widest else ""
    fig = plots.heatmaps([r["name"] for r in rows], [r["counts"] for r in rows], [r["reference"] for r in rows],
                         {"x": texts.CLASS_HEAT_X, "y": texts.CLASS_HEAT_Y, "note": texts.CLASS_HEAT_REFERENCE})
    return spread + plots.to_html(fig, texts.CLASS_HEAT_ALT.format(n=len(rows))) + table


def rating_html(data: dict[str, Any], answers: list[Any]) -> str:
    rows = [r for r in klass.rating_summary(answers, data["projekttyper"]) if r["n"]]
    table = render.table(texts.CLASS_RATING_COLUMNS, [
        (r["project"], r["dimension"], r["n"], render.signed(r["mean"], 1), format_number(r["sd"], 1),
         f"{render.signed(r['min'])} till {render.signed(r['max'])}", render.signed(r["reference"]))
        for r in rows])
    projects = list(dict.fromkeys(r["project"] for r in rows))
    dims = list(dict.fromkeys(r["dimension"] for r in rows))
    data = {p: {r["dimension"]: (r["mean"], r["sd"], r["reference"]) for r in rows if r["project"] == p} for p in projects}
    fig = plots.rating_spread(projects, dims, data, {"title": texts.CLASS_RATING_TITLE, "y": texts.RATING_Y,
                                                     "mean": texts.CLASS_RATING_MEAN, "reference": texts.CLASS_RATING_REFERENCE})
    values = "; ".join(f"{r['project']}, {r['dimension'].lower()}: medel {render.signed(r['mean'], 1)}, referens {render.signed(r['reference'])}"
                       for r in rows)
    return plots.to_html(fig, texts.CLASS_RATING_ALT.format(values=values)) + table


def per_round(draw: Callable[[dict[str, Any], list[Any]], str]) -> View:
    """A view that draws one picture per round (round 1 first), for the larger exercises."""
    def view(ex: Exercise, data: dict[str, Any], rounds: Sequence[list[Any]]) -> str:
        parts = []
        for name, answers in zip(texts.CLASS_ROUND_NAMES, rounds, strict=False):
            if len(rounds) > 1:
                parts.append(f"<h3>{html.escape(name.capitalize())}</h3>")
            if answers:
                parts.append(draw(data, answers))
        return "".join(parts)
    return view


VIEWS: dict[str, View] = {"fraga": question_html, "aktorstyp": per_round(typing_html),
                          "maktkarta": per_round(grid_html), "hallbarhet": per_round(rating_html)}
