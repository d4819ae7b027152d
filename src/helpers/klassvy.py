"""The teacher's class view: paste answer codes, see the class picture.

``collect`` sorts pasted text into accepted answers, removed duplicates and rejected lines
(each with a Swedish reason); the ``*_summary`` functions aggregate the accepted answers (both pure,
in :mod:`helpers.core.klass`); the widget draws the result for one or two rounds (peer instruction)
with the exercise's picture from :mod:`helpers.ui.klassbild`. All of it runs on the teacher's own
machine: nothing is sent anywhere and nothing pasted is ever executed.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Sequence
from typing import Any

import ipywidgets as W

from . import fakta, svarskod, texts
from .core import klass
from .core.klass import Batch, Rejected, is_right, item_summary, option_counts, share
from .core.model import ChoiceQuestion
from .core.parsing import count
from .ui import klassbild, render
from .ui.klassbild import MAX_REJECTED_SHOWN, distribution_chart

__all__ = ["MAX_REJECTED_SHOWN", "Batch", "ClassView", "ManualCount", "Rejected", "collect", "demo_codes",
           "distribution_chart", "grid_summary", "is_right", "item_summary", "manual_widget", "option_counts",
           "rating_summary", "report", "share", "typing_summary", "widget"]


def collect(text: str, exercise_id: str) -> Batch:
    """Validate every code in ``text`` (any order, several per line allowed) for one exercise.

    A learner who changes an answer and pastes the new code is counted once, with the last code.
    """
    ex = svarskod.exercise(exercise_id)
    return klass.collect(text, ex, functools.partial(svarskod.find, layouts=svarskod.current_layouts()))


def typing_summary(answers: Sequence[dict[str, dict[str, str | None]]]) -> list[dict[str, Any]]:
    """Per actor card: answers, right type, right level, most common wrong type."""
    return klass.typing_summary(answers, fakta.load("aktorer"))


def grid_summary(answers: Sequence[dict[str, list[int]]]) -> list[dict[str, Any]]:
    """Per actor of the case: 6×6 counts (power × interest), mean and spread, and the reference."""
    return klass.grid_summary(answers, fakta.load("aktorer"))


def rating_summary(answers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per project and dimension: number of ratings, mean, spread (population sd), range and reference."""
    return klass.rating_summary(answers, fakta.load("projekttyper"))


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
            parts.append(klassbild.rejected_html(batch, name))
    if not batches[0].accepted:
        parts.append(render.box("warning", "⚠", "", texts.CLASS_NONE_ACCEPTED.format(round=names[0], title=ex.title)))
        return "".join(parts)
    view = klassbild.VIEWS[ex.codec.view]
    parts.append(view(ex, svarskod.course_data(ex), [b.answers for b in batches]))
    return "".join(parts)


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
def widget(demo: str | None = None) -> W.Widget:
    """The class view for answer codes; ``demo="AK"`` fills round 1 with made-up codes of that exercise and shows them."""
    view = ClassView()
    if demo is not None:
        view.exercise.value = svarskod.exercise(demo).id
        view.round1.value = demo_codes(demo)
        view.show()
    return view


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

    The answers are drawn around the course's reference (the codec's demo answer), so the picture looks like a class.
    """
    rng = random.Random(seed)
    ex = svarskod.exercise(exercise_id)
    data = svarskod.course_data(ex)
    lines = [svarskod.encode(ex.id, ex.codec.demo_answer(data, rng), rng.randrange(2**svarskod.NONCE_BITS))
             for _ in range(n)]
    return "\n".join([*lines, lines[0], texts.CLASS_DEMO_JUNK])
