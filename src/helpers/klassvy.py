"""The teacher's class view: paste answer codes, see the class picture.

``collect`` sorts pasted text into accepted answers, removed duplicates and rejected lines
(each with a Swedish reason); the ``*_summary`` functions aggregate the accepted answers; the
widget draws the result for one or two rounds (peer instruction). All of it is pure Python on
the teacher's own machine: nothing is sent anywhere and nothing pasted is ever executed.
"""

from __future__ import annotations

import html
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as W

from . import fakta, svarskod, texts
from .core.model import ChoiceQuestion, ClassifyQuestion, Question
from .core.parsing import count, visible
from .ui import plots, render

MAX_REJECTED_SHOWN = 30


@dataclass(frozen=True)
class Rejected:
    line: int
    text: str
    reason: str


@dataclass
class Batch:
    """The codes of one round for one exercise: one answer per learner number, the last one pasted."""

    exercise: svarskod.Exercise
    accepted: list[svarskod.Decoded] = field(default_factory=list)
    duplicates: int = 0  # the same code pasted again
    replaced: int = 0  # an earlier code from the same learner, replaced by a later one with other answers
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def answers(self) -> list[Any]:
        return [d.answer for d in self.accepted]


def collect(text: str, exercise_id: str) -> Batch:
    """Validate every code in ``text`` (any order, several per line allowed) for one exercise.

    A learner who changes an answer and pastes the new code is counted once, with the last code.
    """
    ex = svarskod.exercise(exercise_id)
    batch = Batch(ex)
    by_learner: dict[int, svarskod.Decoded] = {}
    layouts = svarskod.current_layouts()
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        found = list(svarskod.find(stripped, layouts=layouts))
        if not found:
            batch.rejected.append(Rejected(number, _short(stripped), texts.CLASS_NO_CODE_ON_LINE))
        for item in found:
            decoded = item.decoded
            if decoded is None:
                batch.rejected.append(Rejected(number, _short(item.text), str(item.error)))
            elif decoded.exercise.id != ex.id:
                reason = texts.CLASS_OTHER_EXERCISE.format(exercise=decoded.exercise.id, title=decoded.exercise.title)
                batch.rejected.append(Rejected(number, _short(item.text), reason))
            elif decoded.nonce not in by_learner:
                by_learner[decoded.nonce] = decoded
            elif by_learner[decoded.nonce].code == decoded.code:
                batch.duplicates += 1
            else:
                batch.replaced += 1
                by_learner[decoded.nonce] = decoded
    batch.accepted = list(by_learner.values())
    return batch


def _short(text: str, limit: int = 60) -> str:
    """Pasted text as it is echoed: control and format characters made visible, long text cut."""
    text = visible(text, mark=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- aggregation (pure) ----------------------------------------------------------------------
def is_right(question: Question, answer: Any) -> bool:
    """Whether an answer is entirely right (used for the share of right answers per round)."""
    if isinstance(question, ClassifyQuestion):
        return isinstance(answer, list) and [i.category for i in question.items] == answer
    assert isinstance(question, ChoiceQuestion)
    if question.type == "single":
        return answer in question.correct_indices
    return set(answer or []) == set(question.correct_indices)


def option_counts(question: ChoiceQuestion, answers: Sequence[Any]) -> list[int]:
    """How many chose each option (for multiple choice: how many ticked it)."""
    counts = [0] * len(question.options)
    for answer in answers:
        chosen = [answer] if isinstance(answer, int) else (answer or [])
        for i in chosen:
            counts[i] += 1
    return counts


def item_summary(question: ClassifyQuestion, answers: Sequence[list[str | None]]) -> list[dict[str, Any]]:
    """Per item of a classification: how many placed it right and the most common wrong category."""
    rows = []
    for i, item in enumerate(question.items):
        chosen = Counter(a[i] for a in answers if a[i] is not None)
        wrong = [(c, n) for c, n in chosen.most_common() if c != item.category]
        rows.append({"text": item.text, "category": item.category, "answered": sum(chosen.values()),
                     "right": chosen.get(item.category, 0), "top_wrong": wrong[0] if wrong else None})
    return rows


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def typing_summary(answers: Sequence[dict[str, dict[str, str | None]]]) -> list[dict[str, Any]]:
    """Per actor card: answers, right type, right level, most common wrong type."""
    info = fakta.load("aktorer")
    rows = []
    for card in info["aktorer"]:
        entries = [a[card["id"]] for a in answers if card["id"] in a]
        types = Counter(e["typ"] for e in entries if e["typ"])
        levels = [e["niva"] for e in entries if e["niva"]]
        wrong = [(t, n) for t, n in types.most_common() if t != card["typ"]]
        rows.append({"name": card["namn"], "typed": sum(types.values()), "type_right": types.get(card["typ"], 0),
                     "leveled": len(levels), "level_right": sum(lv in card["nivaer"] for lv in levels),
                     "top_wrong": wrong[0] if wrong else None})
    return rows


def _mean_sd(values: Sequence[int]) -> tuple[float, float]:
    return statistics.fmean(values), statistics.pstdev(values) if len(values) > 1 else 0.0


def grid_summary(answers: Sequence[dict[str, list[int]]]) -> list[dict[str, Any]]:
    """Per actor of the case: 6×6 counts (power × interest), mean and spread, and the reference."""
    rows = []
    for actor in fakta.load("aktorer")["fall"]["aktorer"]:
        places = [a[actor["id"]] for a in answers if actor["id"] in a]
        counts = [[0] * 6 for _ in range(6)]
        for p, i in places:
            counts[p][i] += 1
        row: dict[str, Any] = {"id": actor["id"], "name": actor["namn"], "n": len(places), "counts": counts,
                               "reference": (actor["inflytande"], actor["intresse"])}
        if places:
            row["power"] = _mean_sd([p for p, _ in places])
            row["interest"] = _mean_sd([i for _, i in places])
            row["spread"] = row["power"][1] + row["interest"][1]
        rows.append(row)
    return rows


def rating_summary(answers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per project and dimension: number of ratings, mean, spread (population sd), range and reference."""
    info = fakta.load("projekttyper")
    rows = []
    for project in info["projekt"]:
        mine = [a["varden"] for a in answers if a.get("projekt") == project["id"]]
        for dim in info["dimensioner"]:
            values = [m[dim["id"]] for m in mine if dim["id"] in m]
            row = {"project": project["namn"], "project_id": project["id"], "dimension": dim["namn"],
                   "dim_id": dim["id"], "n": len(values), "reference": project["referens"][dim["id"]]}
            if values:
                row["mean"], row["sd"] = _mean_sd(values)
                row["min"], row["max"] = min(values), max(values)
            rows.append(row)
    return rows


# --- rendering ---------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return texts.CLASS_NONE if value is None else f"{round(100 * value)} %"


def report(batches: Sequence[Batch]) -> str:
    """The whole class picture as HTML, for one or two rounds of the same exercise."""
    ex = batches[0].exercise
    names = texts.CLASS_ROUND_NAMES
    parts = [render.CSS]
    for name, batch in zip(names, batches, strict=False):
        counts = [count(texts.CLASS_ACCEPTED, len(batch.accepted)), count(texts.CLASS_DUPLICATES, batch.duplicates)]
        if batch.replaced:
            counts.append(count(texts.CLASS_REPLACED, batch.replaced))
        summary = texts.CLASS_SUMMARY.format(round=name.capitalize(), counts=", ".join(
            [*counts, count(texts.CLASS_REJECTED, len(batch.rejected))]))
        parts.append(render.box("info", "ℹ", "", summary))
        if batch.rejected:
            parts.append(_rejected_html(batch, name))
    if not batches[0].accepted:
        parts.append(render.box("warning", "⚠", "", texts.CLASS_NONE_ACCEPTED.format(round=names[0], title=ex.title)))
        return "".join(parts)
    if ex.kind == "fraga":
        parts.append(_question_html(ex, [b.answers for b in batches]))
        return "".join(parts)
    draw = {"aktorstyp": _typing_html, "maktkarta": _grid_html, "hallbarhet": _rating_html}[ex.kind]
    for name, batch in zip(names, batches, strict=False):
        if len(batches) > 1:  # two rounds of a larger exercise: one picture per round, round 1 first
            parts.append(f"<h3>{html.escape(name.capitalize())}</h3>")
        if batch.accepted:
            parts.append(draw(batch.answers))
    return "".join(parts)


def _rejected_html(batch: Batch, name: str) -> str:
    rows = [(r.line, r.text, r.reason) for r in batch.rejected[:MAX_REJECTED_SHOWN]]
    more = len(batch.rejected) - len(rows)
    tail = f"<p>{texts.CLASS_MORE_REJECTED.format(n=more)}</p>" if more > 0 else ""
    return (f"<details><summary>{texts.CLASS_REJECTED_TITLE.format(round=name)} ({len(batch.rejected)})</summary>"
            f"{render.table(texts.CLASS_REJECTED_COLUMNS, rows)}{tail}</details>")


def _round_shares(question: Question, rounds: Sequence[list[Any]]) -> str:
    shares = [share(sum(is_right(question, a) for a in answers), len(answers)) for answers in rounds]
    text = texts.CLASS_SHARE_RIGHT.format(share1=_pct(shares[0]))
    if len(shares) > 1 and shares[1] is not None and shares[0] is not None:
        points = round(100 * (shares[1] - shares[0]))
        change = texts.CLASS_POINTS.format(sign="+" if points > 0 else "−" if points < 0 else "", value=abs(points))
        text += texts.CLASS_SHARE_RIGHT2.format(share2=_pct(shares[1]), change=change if points else texts.CLASS_NO_CHANGE)
    else:
        text += "."
    return f"<p><strong>{render.inline(text)}</strong></p>"


def _question_html(ex: svarskod.Exercise, rounds: Sequence[list[Any]]) -> str:
    """The class picture of a bank question, headed by the exercise's title (the question's id only as a small detail)."""
    question = svarskod.question_of(ex)
    rounds = [r for r in rounds if r] or [[]]
    detail = html.escape(texts.CLASS_DIST_DETAIL.format(notebook=ex.notebook, qid=question.id))
    parts = [f'<h3>{render.inline(texts.CLASS_DIST_TITLE.format(title=ex.title))} <small style="font-weight: normal;">{detail}</small></h3>',
             f'<div class="kurs-prompt">{render.inline(question.prompt)}</div>', _round_shares(question, rounds)]
    if isinstance(question, ClassifyQuestion):
        summaries = [item_summary(question, answers) for answers in rounds]
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
    counts = [option_counts(question, answers) for answers in rounds]
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


def _typing_html(answers: list[Any]) -> str:
    rows = [(r["name"], f"{r['type_right']} av {r['typed']}", f"{r['level_right']} av {r['leveled']}",
             f"{r['top_wrong'][0]} ({r['top_wrong'][1]})" if r["top_wrong"] else texts.CLASS_NONE)
            for r in typing_summary(answers)]
    return render.table(texts.CLASS_TYPING_COLUMNS, rows)


def _fmt(pair: tuple[float, float] | None) -> str:
    if pair is None:
        return texts.CLASS_NONE
    return f"{pair[0]:.1f} ({pair[1]:.1f})".replace(".", ",")


def _grid_html(answers: list[Any]) -> str:
    rows = grid_summary(answers)
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


def _rating_html(answers: list[Any]) -> str:
    rows = [r for r in rating_summary(answers) if r["n"]]
    table = render.table(texts.CLASS_RATING_COLUMNS, [
        (r["project"], r["dimension"], r["n"], render.signed(r["mean"], 1), f"{r['sd']:.1f}".replace(".", ","),
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


# --- widgets -----------------------------------------------------------------------------------
class ClassView(W.VBox):
    """Choose the exercise, paste round 1 (and round 2), show the class picture."""

    def __init__(self) -> None:
        options = [(f"{e.id} · {e.title} (notebook {e.notebook})", e.id) for e in svarskod.EXERCISES.values()]
        self.exercise = W.Dropdown(options=options, description=texts.CLASS_EXERCISE, style={"description_width": "5em"},
                                   layout=W.Layout(width="44em"))
        self.round1 = W.Textarea(placeholder=texts.CLASS_PLACEHOLDER, description=texts.CLASS_ROUND1, rows=8,
                                 style={"description_width": "9em"}, layout=W.Layout(width="100%"))
        self.round2 = W.Textarea(placeholder=texts.CLASS_PLACEHOLDER, description=texts.CLASS_ROUND2, rows=4,
                                 style={"description_width": "9em"}, layout=W.Layout(width="100%"))
        self.show_button = W.Button(description=texts.CLASS_SHOW, button_style="primary", layout=W.Layout(width="auto"))
        self.output = W.HTML()
        self.show_button.on_click(render.guarded(self.output, self.show))
        super().__init__([W.HTML(render.CSS), self.exercise, self.round1, self.round2, self.show_button, self.output],
                         layout=W.Layout(max_width="64em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-klassvy")

    def show(self) -> list[Batch]:
        if not self.round1.value.strip():
            self.output.value = render.info(texts.CLASS_NOTHING)
            return []
        batches = [collect(self.round1.value, self.exercise.value)]
        if self.round2.value.strip():
            batches.append(collect(self.round2.value, self.exercise.value))
        self.output.value = report(batches)
        return batches


@render.shows_errors(W.HTML)
def widget() -> W.Widget:
    """The class view for answer codes."""
    return ClassView()


class ManualCount(W.VBox):
    """Fallback without technology: type the number of hands (or slips) per option."""

    def __init__(self) -> None:
        options = [(f"{e.id} · {e.title}", e.id) for e in svarskod.EXERCISES.values()
                   if e.kind == "fraga" and isinstance(svarskod.question_of(e), ChoiceQuestion)]
        self.exercise = W.Dropdown(options=options, description=texts.CLASS_MANUAL_QUESTION,
                                   style={"description_width": "5em"}, layout=W.Layout(width="44em"))
        self.counts: list[W.BoundedIntText] = []
        self.rows = W.VBox()
        self.show_button = W.Button(description=texts.CLASS_MANUAL_SHOW, button_style="primary", layout=W.Layout(width="auto"))
        self.output = W.HTML()
        self.exercise.observe(render.guarded(self.output, self._build), names="value")
        self.show_button.on_click(render.guarded(self.output, self.show))
        super().__init__([W.HTML(render.CSS + f"<p>{texts.CLASS_MANUAL_HELP}</p>"), self.exercise, self.rows,
                          self.show_button, self.output], layout=W.Layout(max_width="64em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-handrakning")
        self._build()

    def question(self) -> ChoiceQuestion:
        q = svarskod.question_of(svarskod.exercise(self.exercise.value))
        assert isinstance(q, ChoiceQuestion)
        return q

    def _build(self) -> None:
        q = self.question()
        self.counts = [W.BoundedIntText(value=0, min=-10_000, max=10_000, description=o.text,
                                        style={"description_width": "70%"}, layout=W.Layout(width="40em"))
                       for o in q.options]
        self.rows.children = tuple(self.counts)
        self.output.value = ""

    def show(self) -> bool:
        q = self.question()
        values = [c.value for c in self.counts]
        negative = [o.text for o, v in zip(q.options, values, strict=True) if v < 0]
        if negative:
            self.output.value = render.info(texts.CLASS_MANUAL_NEGATIVE.format(option=negative[0]))
            return False
        if not sum(values):
            self.output.value = render.info(texts.CLASS_MANUAL_EMPTY)
            return False
        title = svarskod.exercise(self.exercise.value).title
        self.output.value = render.CSS + distribution_chart(title, [o.text for o in q.options], [values], q.correct_indices)
        return True


@render.shows_errors(W.HTML)
def manual_widget() -> W.Widget:
    """Enter counts by hand (hands up or paper slips) and show the same distribution chart."""
    return ManualCount()


def demo_codes(exercise_id: str, n: int = 24, seed: int = 1) -> str:
    """``n`` made-up codes for trying the class view before a lesson (plus one junk line and one duplicate).

    The answers are drawn around the course's reference, so the picture looks like a class.
    """
    import random

    rng = random.Random(seed)
    ex = svarskod.exercise(exercise_id)
    lines = [svarskod.encode(ex.id, _demo_answer(ex, rng), rng.randrange(2**svarskod.NONCE_BITS)) for _ in range(n)]
    return "\n".join([*lines, lines[0], texts.CLASS_DEMO_JUNK])


def _demo_answer(ex: svarskod.Exercise, rng: Any) -> Any:
    def near(value: int, low: int, high: int) -> int:
        return min(high, max(low, value + rng.choice([-1, 0, 0, 0, 1])))

    if ex.kind == "fraga":
        q = svarskod.question_of(ex)
        if isinstance(q, ClassifyQuestion):
            return [i.category if rng.random() < 0.7 else rng.choice(q.categories) for i in q.items]
        assert isinstance(q, ChoiceQuestion)
        if q.type == "single":
            return min(q.correct_indices) if rng.random() < 0.55 else rng.randrange(len(q.options))
        return sorted(i for i in range(len(q.options)) if (i in q.correct_indices) == (rng.random() < 0.8))
    if ex.kind == "aktorstyp":
        info = fakta.load("aktorer")
        return {c["id"]: {"typ": c["typ"] if rng.random() < 0.75 else rng.choice(info["typer"]),
                          "niva": c["nivaer"][0] if rng.random() < 0.8 else rng.choice(info["nivaer"])}
                for c in info["aktorer"]}
    if ex.kind == "maktkarta":
        return {a["id"]: [near(a["inflytande"], 0, 5), near(a["intresse"], 0, 5)]
                for a in fakta.load("aktorer")["fall"]["aktorer"]}
    info = fakta.load("projekttyper")
    project = rng.choice(info["projekt"][:4])
    return {"projekt": project["id"], "varden": {d: near(v, -2, 2) for d, v in project["referens"].items()}}
