"""Rate a project on the three sustainability dimensions (−2..+2) with a justification each.

``validate`` and ``compare`` are pure; ``RatingBox`` wires a project dropdown, three rating dropdowns
and three text areas to them, draws a bar chart against the course's reference rating, and
asks which RUS direction the project supports. Ratings are saved per project in the progress
store (``06-betyg``), so a re-run or a kernel restart does not lose them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as W

from . import fakta, progress_rows, reflektion, svarskod, texts
from .core import grading, rules
from .store import progress
from .ui import plots, render

KEY = "06-betyg"
DIRECTION_KEY = "06-inriktning"
MIN_WORDS = 8
TRADEOFF_KEY = "06-avvagning"  # the reflection shown per project after a rating
reflektion.EMBEDDED.add(TRADEOFF_KEY)


def data() -> dict[str, Any]:
    return fakta.load("projekttyper")


def validate(values: Mapping[str, Any], reasons: Mapping[str, str | None], minimum: int = MIN_WORDS) -> list[str]:
    """Everything that stops a rating from being saved, as Swedish messages (empty list = OK)."""
    return rules.rating_problems(values, reasons, data()["dimensioner"], minimum)


def is_saved_rating(entry: Any) -> bool:
    """Whether a stored rating (``{"varden": …, "motiveringar": …}``) is complete and valid."""
    return rules.valid_saved_rating(entry, data()["dimensioner"], MIN_WORDS)


def compare(project: dict[str, Any], values: Mapping[str, int]) -> list[str]:
    """One line per dimension with the reference and its rationale; a question where the gap is large."""
    lines = []
    for dim in data()["dimensioner"]:
        mine, ref = values[dim["id"]], project["referens"][dim["id"]]
        lines.append(texts.RATING_LINE.format(dimension=dim["namn"], learner=render.signed(mine), reference=render.signed(ref),
                                              reason=project["motivering"][dim["id"]]))
        if abs(mine - ref) >= 2:
            lines.append(texts.RATING_BIG_DIFF.format(steps=abs(mine - ref), dimension=texts.DIMENSION_ADJ[dim["id"]]))
    return lines


def weakest_and_strongest(values: Mapping[str, int]) -> tuple[str, str]:
    names = {d["id"]: d["namn"].lower() for d in data()["dimensioner"]}
    order = sorted(values, key=lambda k: (values[k], k))
    return names[order[0]], names[order[-1]]


def grade_direction(project: dict[str, Any], choice: str | None) -> grading.Result:
    """Feedback on the RUS direction; the reference is a view, so a different choice is discussed, not failed."""
    if not choice:
        return grading.Result(grading.Status.NOT_ATTEMPTED, texts.CHOOSE_ONE)
    if choice == project["inriktning"]:
        return grading.Result(grading.Status.CORRECT, texts.RATING_INRIKTNING_RIGHT.format(
            inriktning=project["inriktning"], reason=project["inriktning_motivering"]))
    return grading.Result(grading.Status.PARTLY, texts.RATING_INRIKTNING_OTHER.format(
        inriktning=project["inriktning"], reason=project["inriktning_motivering"]))


class RatingBox(W.VBox):
    """Choose a project, rate and justify each dimension, save, compare, then reflect."""

    def __init__(self, store: progress.ProgressStore) -> None:
        info = data()
        self.store, self.projects, self.dims = store, {p["id"]: p for p in info["projekt"]}, info["dimensioner"]
        self.project = W.Dropdown(options=[(texts.RATING_CHOOSE_PROJECT, None)] + [(p["namn"], p["id"]) for p in info["projekt"]],
                                  index=0, description=texts.RATING_PROJECT, style={"description_width": "5em"},
                                  layout=W.Layout(width="36em"))
        self.description = W.HTML()
        self.scales: dict[str, W.Dropdown] = {}  # labelled dropdowns: a slider handle has no accessible name
        self.reasons: dict[str, W.Textarea] = {}
        parts: list[W.Widget] = []
        levels = [(texts.CHOOSE, None), *((label, v) for v, label in texts.RATING_LEVELS.items())]
        for dim in self.dims:
            scale = W.Dropdown(options=levels, index=0, description=dim["namn"], style={"description_width": "7em"},
                               layout=W.Layout(width="24em"))
            reason = W.Textarea(placeholder=texts.RATING_REASON_PLACEHOLDER.format(minimum=MIN_WORDS), rows=2,
                                description=texts.RATING_REASON.format(dimension=dim["namn"].lower()),
                                style={"description_width": "12em"}, layout=W.Layout(width="100%"))
            self.scales[dim["id"]], self.reasons[dim["id"]] = scale, reason
            box = W.VBox([scale, reason])
            box.add_class(f"kurs-dimension-{dim['id']}")
            parts.append(box)
        self.save_button = W.Button(description=texts.RATING_SAVE, button_style="primary", layout=W.Layout(width="auto"))
        self.feedback, self.chart = W.HTML(), W.HTML()
        self.direction = W.Dropdown(options=[(texts.CHOOSE, None)] + [(d, d) for d in info["inriktningar"]], index=0,
                                    description=texts.RATING_INRIKTNING, style={"description_width": "initial"},
                                    layout=W.Layout(width="100%"))
        self.direction.add_class("kurs-inriktning")
        self.direction_feedback = W.HTML()
        self.tradeoff = W.VBox()
        self.after = W.VBox([self.direction, self.direction_feedback, self.tradeoff], layout=W.Layout(display="none"))
        self.code_panel = svarskod.CodePanel("HB", self.saved_rating, store, texts.CODE_EMPTY_RATING)
        super().__init__([W.HTML(render.CSS), self.project, self.description, *parts,
                          W.HBox([self.save_button, self.code_panel.button]), self.feedback, self.code_panel.output,
                          self.chart, self.after])
        self.add_class("kurs-fraga")
        self.add_class("kurs-betyg")
        self.project.observe(render.guarded(self.feedback, self._load_project), names="value")
        self.save_button.on_click(render.guarded(self.feedback, self.save))
        self.direction.observe(render.guarded(self.feedback, self._on_direction), names="value")

    def current(self) -> dict[str, Any] | None:
        return self.projects.get(self.project.value)

    def values(self) -> dict[str, int | None]:
        return {k: s.value for k, s in self.scales.items()}

    def saved_rating(self) -> dict[str, Any] | None:
        """The saved, valid rating of the chosen project (what the answer code shows), else ``None``."""
        project = self.current()
        saved = self._saved().get(project["id"]) if project else None
        if not is_saved_rating(saved):
            return None
        assert isinstance(saved, dict) and project is not None
        return {"projekt": project["id"], "varden": saved["varden"]}

    def _saved(self) -> dict[str, Any]:
        saved = self.store.get_state(KEY)
        return saved if isinstance(saved, dict) else {}

    def _load_project(self) -> None:
        project = self.current()
        self.chart.value = self.code_panel.output.value = ""
        self.after.layout.display = "none"
        if project is None:
            self.description.value = self.feedback.value = ""
            return
        self.description.value = f'<div class="kurs-prompt">{render.inline(project["beskrivning"])}</div>'
        saved = self._saved().get(project["id"])
        if is_saved_rating(saved):
            values, reasons = saved["varden"], saved["motiveringar"]
            for dim in self.dims:
                self.scales[dim["id"]].value = values[dim["id"]]
                self.reasons[dim["id"]].value = reasons[dim["id"]]
            self._show_result(project, texts.RATING_RESTORED)
            return
        for dim in self.dims:
            self.scales[dim["id"]].value = None
            self.reasons[dim["id"]].value = ""
        self.feedback.value = render.warning_blocks([texts.RATING_BAD_STATE.format(project=project["namn"])]) if saved else ""

    def save(self) -> bool:
        project = self.current()
        if project is None:
            self.feedback.value = render.info(texts.RATING_PICK_FIRST)
            return False
        reasons = {k: t.value for k, t in self.reasons.items()}
        problems = validate(self.values(), reasons)
        if problems:
            self.feedback.value = render.box("not_attempted", "ℹ", texts.RATING_NOT_SAVED, "", problems)
            return False
        saved = self._saved()
        saved[project["id"]] = {"varden": self.values(), "motiveringar": reasons}
        self.store.set_state(KEY, saved)
        self._show_result(project, texts.RATING_SAVED)
        self.code_panel.answer_changed()
        return True

    def _show_result(self, project: dict[str, Any], message: str) -> None:
        values = self.values()
        self.feedback.value = render.box("info", "ℹ", "", message, compare(project, values), ) + render.warning_blocks(
            self.store.new_warnings())
        names = [d["namn"] for d in self.dims]
        mine = [values[d["id"]] for d in self.dims]
        reference = [project["referens"][d["id"]] for d in self.dims]
        alt = texts.RATING_ALT.format(project=project["namn"],
                                      learner=", ".join(f"{n.lower()} {render.signed(v)}" for n, v in zip(names, mine, strict=True)),
                                      reference=", ".join(f"{n.lower()} {render.signed(v)}" for n, v in zip(names, reference, strict=True)))
        fig = plots.ratings(names, mine, reference, {"title": texts.RATING_TITLE.format(project=project["namn"]),
                                                     "y": texts.RATING_Y, "learner": texts.RATING_LEARNER,
                                                     "reference": texts.RATING_REFERENCE})
        self.chart.value = plots.to_html(fig, alt)
        weakest, strongest = weakest_and_strongest(values)
        key = f"{TRADEOFF_KEY}-{project['id']}"
        prompt = texts.RATING_TRADEOFF.format(project=project["namn"], weakest=weakest, strongest=strongest)
        model = reflektion.entry(TRADEOFF_KEY)["modellsvar"]
        self.tradeoff.children = (reflektion.ReflectionBox(key, prompt, model, 15, self.store),)
        chosen = self.store.get_state(DIRECTION_KEY)
        chosen = chosen.get(project["id"]) if isinstance(chosen, dict) else None
        options = [o[1] for o in self.direction.options]
        self.direction.index = options.index(chosen) if chosen in options else 0
        self._on_direction()
        self.after.layout.display = "flex"

    def _on_direction(self) -> None:
        project = self.current()
        if project is None:
            return
        choice = self.direction.value
        if choice:
            chosen = self.store.get_state(DIRECTION_KEY)
            chosen = chosen if isinstance(chosen, dict) else {}
            chosen[project["id"]] = choice
            self.store.set_state(DIRECTION_KEY, chosen)
            self.direction_feedback.value = render.feedback(grade_direction(project, choice))
        else:
            self.direction_feedback.value = ""


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def rating_widget(*, store: progress.ProgressStore | None = None) -> W.Widget:
    """The project-rating exercise for notebook 06."""
    return RatingBox(store or progress.default_store())


@progress_rows.register(__name__)
def course_progress(state: Mapping[str, Any]) -> list[progress_rows.Row]:
    """The course-progress row of the rating: how many projects have a valid saved rating."""
    rated = sum(1 for v in progress_rows.part(state, KEY).values() if is_saved_rating(v))
    return [("06", texts.PROGRESS_EX_RATING, progress_rows.status(rated > 0, rated > 0, texts.PROGRESS_RATED[rated != 1].format(n=rated)))]
