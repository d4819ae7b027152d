"""Exercise widgets: a thin view over :mod:`helpers.core.grading` and :mod:`helpers.store.progress`.

Use in a notebook::

    from helpers import quiz
    quiz.widget("00-kortkommando")     # the last expression displays the widget

Functions return widgets and never call ``display``. Every callback is guarded: an
exception is shown in the widget in Swedish instead of vanishing.
"""

from __future__ import annotations

import functools
from typing import Any

import ipywidgets as W

from . import progress_rows, texts
from .core import grading, parsing
from .core.codecs import BY_QUESTION
from .core.model import ChoiceQuestion, ClassifyQuestion, NumericQuestion, Question
from .store import bank, progress
from .ui import render

__all__ = ["widget", "progress_overview", "QuestionBox"]

_FULL = W.Layout(width="100%")


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def widget(qid: str, *, store: progress.ProgressStore | None = None) -> W.Widget:
    """The exercise widget for question ``qid`` (or a Swedish error box if it cannot load)."""
    question = bank.find_question(qid)
    return QuestionBox(question, store or progress.default_store())


class QuestionBox(W.VBox):
    """One question: prompt, answer controls, buttons and feedback areas."""

    def __init__(self, question: Question, store: progress.ProgressStore) -> None:
        self.question = question
        self.store = store
        self.feedback = W.HTML()
        self.hint_area = W.HTML()
        self.solution_area = W.HTML()
        self.check_button = W.Button(description=texts.CHECK, tooltip=texts.CHECK_TIP, button_style="primary")
        self.hint_button = W.Button(layout=W.Layout(width="auto"))
        self.solution_button = W.Button(description=texts.SOLUTION, tooltip=texts.SOLUTION_TIP)
        self.controls: list[W.Widget] = []
        self.marks: list[W.HTML] = []
        self._hints_shown = 0
        self._attempted = False
        self._confirm_pending = False
        self._solution_seen = False
        answer_box = self._build_controls()
        self.check_button.on_click(render.guarded(self.feedback, self._on_check))
        self.hint_button.on_click(render.guarded(self.feedback, self._on_hint))
        self.solution_button.on_click(render.guarded(self.feedback, self._on_solution))
        buttons = W.HBox([self.check_button, self.hint_button, self.solution_button])
        extra: list[W.Widget] = []
        self.code_panel: Any = None
        if question.id in BY_QUESTION:  # a class question: the answer can be shown as a code
            from . import svarskod

            self.code_panel = svarskod.CodePanel(BY_QUESTION[question.id].id, self.get_answer, store)
            buttons.children = (*buttons.children, self.code_panel.button)
            extra.append(self.code_panel.output)
        super().__init__(
            [W.HTML(render.header(question.id, question.prompt, question.scored)), answer_box, buttons,
             self.feedback, self.hint_area, self.solution_area, *extra],
        )
        self.add_class("kurs-fraga")
        self.add_class(f"kurs-q-{question.id}")
        render.guarded(self.feedback, self._restore)()

    # --- controls per question type ---------------------------------------------
    def _build_controls(self) -> W.Widget:
        q = self.question
        if isinstance(q, ChoiceQuestion) and q.type == "single":
            radio = W.RadioButtons(options=[(o.text, i) for i, o in enumerate(q.options)], value=None,
                                   description=texts.ANSWER_LABEL, layout=_FULL)
            self.controls = [radio]
            return radio
        if isinstance(q, ChoiceQuestion):
            self.controls = [W.Checkbox(value=False, description=o.text, indent=False, layout=_FULL) for o in q.options]
            return W.VBox(self.controls)
        if isinstance(q, ClassifyQuestion):
            return self._build_classify(q)
        placeholder = texts.NUMBER_PLACEHOLDER if isinstance(q, NumericQuestion) else texts.TEXT_PLACEHOLDER
        field = W.Text(placeholder=placeholder, description=texts.ANSWER_LABEL, layout=W.Layout(width="28em"))
        self.controls = [field]
        unit = q.unit if isinstance(q, NumericQuestion) else None
        if not unit:
            return field
        row = W.HBox([field, W.Label(unit)])
        row.add_class("kurs-svar-enhet")  # the unit stays beside the field, also on a narrow screen
        return row

    def _build_classify(self, q: ClassifyQuestion) -> W.Widget:
        options = [(texts.CHOOSE, None)] + [(c, c) for c in q.categories]
        rows = []
        for i, item in enumerate(q.items):
            dropdown = W.Dropdown(options=options, index=0, description=item.text, tooltip=item.text,
                                  style={"description_width": "60%"}, layout=W.Layout(width="100%", max_width="48em"))
            mark = W.HTML(layout=W.Layout(min_width="5em"))
            if q.immediate:
                dropdown.observe(render.guarded(self.feedback, lambda i=i: self._mark_item(i)), names="value")
            self.controls.append(dropdown)
            self.marks.append(mark)
            rows.append(W.HBox([dropdown, mark], layout=W.Layout(align_items="center")))
        box = W.VBox(rows)
        if max(map(len, q.categories)) > 24:  # long category names: the item above, a full-width list below
            box.add_class("kurs-sortera-lang")
        return box

    def get_answer(self) -> Any:
        """The current answer in the JSON-friendly shape :func:`grading.grade` takes."""
        q = self.question
        if isinstance(q, ChoiceQuestion) and q.type == "single":
            return self.controls[0].value
        if isinstance(q, ChoiceQuestion):
            return [i for i, box in enumerate(self.controls) if box.value]
        if isinstance(q, ClassifyQuestion):
            return [d.value for d in self.controls]
        return self.controls[0].value

    def set_answer(self, answer: Any) -> bool:
        """Put a stored answer back into the controls; ``False`` if it does not fit."""
        q = self.question
        if isinstance(q, ChoiceQuestion) and q.type == "single":
            if isinstance(answer, int) and 0 <= answer < len(q.options):
                self.controls[0].value = answer
                return True
            return False
        if isinstance(q, ChoiceQuestion):
            if not isinstance(answer, list):
                return False
            for i, box in enumerate(self.controls):
                box.value = i in answer
            return True
        if isinstance(q, ClassifyQuestion):
            if not isinstance(answer, list):
                return False
            for dropdown, value in zip(self.controls, answer, strict=False):
                dropdown.index = 1 + q.categories.index(value) if value in q.categories else 0
            return True
        if isinstance(answer, str | int | float) and not isinstance(answer, bool):
            self.controls[0].value = str(answer)
            return True
        return False

    # --- callbacks -------------------------------------------------------------------
    def _on_check(self, _button: W.Button | None = None) -> None:
        answer = self.get_answer()
        result = grading.grade(self.question, answer)
        self._show_marks(result)
        self.feedback.value = render.feedback(result)  # shown first: saving to disk must not delay the feedback
        if result.attempted:
            self.store.record(self.question, answer, result.status.value)
            self._attempted = True
            if self.code_panel:
                self.code_panel.answer_changed()
        render.show_new_warnings(self.store, self.feedback, lambda warnings: render.feedback(result, warnings))

    def _on_hint(self, _button: W.Button | None = None) -> None:
        self._hints_shown = min(self._hints_shown + 1, len(self.question.hints))
        self.store.note(self.question.id, self.question.notebook, hints=self._hints_shown)
        self._update_hints()
        render.show_new_warnings(self.store, self.feedback)

    def _on_solution(self, _button: W.Button | None = None) -> None:
        if not (self._attempted or self._solution_seen or self._confirm_pending):
            self._confirm_pending = True
            self.solution_area.value = render.info(texts.SOLUTION_CONFIRM)
            return
        self._solution_seen = True
        self._confirm_pending = False
        self.store.note(self.question.id, self.question.notebook, solution_viewed=True)
        self.solution_area.value = render.solution(self.question.solution, grading.correct_answer_text(self.question))

    def _mark_item(self, i: int) -> None:
        q = self.question
        assert isinstance(q, ClassifyQuestion)
        value = self.controls[i].value
        item = q.items[i]
        if value is None:
            self.marks[i].value = ""
        elif value == item.category:
            self.marks[i].value = f'<span class="kurs-mark">{texts.ITEM_RIGHT}</span>'
        else:
            self.marks[i].value = f'<span class="kurs-mark">{texts.ITEM_WRONG} – {render.inline(item.feedback)}</span>'

    def _show_marks(self, result: grading.Result) -> None:
        for mark, ok in zip(self.marks, result.marks, strict=False):
            mark.value = "" if ok is None else f'<span class="kurs-mark">{texts.ITEM_RIGHT if ok else texts.ITEM_WRONG}</span>'

    def _update_hints(self) -> None:
        left = len(self.question.hints) - self._hints_shown
        self.hint_button.description = texts.HINT_LEFT.format(left=left) if left else texts.HINT_NONE_LEFT
        self.hint_button.disabled = left == 0
        self.hint_area.value = render.hints(self.question.hints[: self._hints_shown])

    def _restore(self) -> None:
        q = self.question
        entry = self.store.entry(q.id) or {}
        stale = progress.is_stale(entry, q)
        self._hints_shown = min(entry.get("hints", 0), len(q.hints))
        self._solution_seen = bool(entry.get("solution_viewed"))
        self._attempted = entry.get("attempts", 0) > 0 and not stale
        self._update_hints()
        if stale:
            self.feedback.value = render.info(texts.RESTORE_CHANGED, self.store.new_warnings())
        elif "answer" in entry and self.set_answer(entry["answer"]):
            if "fingerprint" not in entry and q.fingerprint is not None:  # saved before fingerprints existed
                self.store.note(q.id, q.notebook, fingerprint=q.fingerprint)
            symbol, label = texts.STATUS.get(entry.get("status", ""), ("", "–"))
            status = f"{symbol} {label.rstrip('.!')}".strip()
            self.feedback.value = render.info(texts.RESTORED.format(status=status), self.store.new_warnings())
        else:
            render.show_new_warnings(self.store, self.feedback)


@render.shows_errors(W.HTML)
def progress_overview(*, store: progress.ProgressStore | None = None) -> W.VBox:
    """A table of the learner's progress per notebook, with a refresh button."""
    store = store or progress.default_store()
    out = W.HTML()
    refresh = W.Button(description=texts.PROGRESS_REFRESH)

    def update() -> None:
        banks = [bank.load_bank(p) for p in bank.all_bank_paths()]
        out.value = render.CSS + _overview_html(store, banks)

    update = render.guarded(out, update)
    refresh.on_click(update)
    update()
    return W.VBox([out, refresh], layout=W.Layout(max_width="60em"))


@functools.cache
def notebook_titles() -> dict[str, str]:
    """``{"05-aktorerna-i-lanet": "05 · Aktörerna i länet", …}`` from the notebooks' metadata (empty if unreadable)."""
    from . import maintain

    try:
        return {p.stem: maintain.label(p, maintain.meta(maintain.read(p), p)) for p in maintain.notebook_paths()}
    except (OSError, ValueError):
        return {}


def _overview_html(store: progress.ProgressStore, banks: list[Any]) -> str:
    summary = progress.summarize(store.data(), banks)
    parts = [render.warning_blocks(store.new_warnings()), f"<h3>{texts.PROGRESS_TITLE}</h3>"]
    titles = notebook_titles()
    rows = [(titles.get(r["notebook"], r["notebook"]), r["total"], r["answered"], r["correct"], r["first_try"]) for r in summary["notebooks"]]
    if any(r[2] for r in rows) or summary["pretest"]["answered"]:
        parts.append(render.table(texts.PROGRESS_COLUMNS, rows))
    else:
        parts.append(f"<p>{texts.PROGRESS_EMPTY}</p>")
    pre = summary["pretest"]
    if pre["total"]:
        parts.append(f"<p>{texts.PROGRESS_PRETEST.format(**pre)}</p>")
    if summary["changed"]:
        parts.append(f"<p>{parsing.count(texts.PROGRESS_CHANGED, summary['changed'])}</p>")
    snapshot = store.data()
    parts.append(f"<h3>{texts.PROGRESS_EXERCISES_TITLE}</h3>")
    parts.append(render.table(texts.PROGRESS_EXERCISE_COLUMNS, exercise_rows(snapshot)))
    where = texts.PROGRESS_MEMORY if store.in_memory else texts.PROGRESS_FILE.format(path=store.path)
    parts.append(f"<p><small>{render.inline(where)}</small></p>")
    return "".join(parts)


def exercise_rows(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(notebook, exercise, status) for the exercises that are not bank questions, from the stored state.

    Pure: reads only ``data`` (a progress snapshot) and the course's facts; each exercise registers its
    rows with :mod:`helpers.progress_rows`.
    """
    return progress_rows.rows(data)
