"""Capstone (notebook 09): the learner's own mini-RUS priority, as widgets.

The rules live in :mod:`helpers.core.capstone` and the export in :mod:`helpers.core.capstone_doc`; this
module feeds them the course's configuration (:func:`config`) and wires widgets to them.
:class:`PriorityForm` saves every field in the progress store (``09-prioritering``) as soon as it
changes, so a re-run or a kernel restart does not lose anything.
"""

from __future__ import annotations

import functools
import html
import inspect
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import ipywidgets as W

from . import fakta, texts
from .core import capstone, capstone_config, capstone_doc
from .core.capstone import (  # noqa: F401 - the names notebooks, quiz and tests use from here
    BY_KEY,
    FIELDS,
    INDICATOR_KEYS,
    INDICATORS,
    KEY,
    RATING_KEY,
    RUBRIC_KEY,
    Check,
    Field,
    amount,
    filled,
    grant_share,
)
from .core.capstone_config import Config
from .core.capstone_doc import download_link
from .store import exports, progress
from .store.exports import EXPORT_NAME, save_keeping_previous  # noqa: F401
from .ui import render

T = TypeVar("T")


def config() -> Config:
    """The capstone's configuration from ``data/fakta/prioritering.json``, checked against the other fact files."""
    raw = fakta.load("prioritering")
    try:
        return capstone_config.read(
            raw, areas=tuple((a["namn"], a["id"]) for a in fakta.load("nationell-strategi")["strategiska_omraden"]),
            directions=tuple((i["namn"], i["namn"]) for i in fakta.load("regionens-uppdrag")["rus"]["inriktningar"]),
            actor_types=fakta.load("aktorer")["typer"],
            citations={p["id"]: fakta.citation(p["id"]) for p in fakta.load("lagrum")["bestammelser"]})
    except capstone_config.ConfigError as err:
        raise fakta.FactError(texts.FACT_INVALID.format(path=fakta.path("prioritering"), where=err.where,
                                                        problem=err.problem)) from None


def __getattr__(name: str) -> Any:
    """``SUITABLE`` and ``PUBLIC_TYPES`` are read from the configuration when asked for."""
    if name == "SUITABLE":
        return config().suitable
    if name == "PUBLIC_TYPES":
        return config().public_types
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _configured(func: Callable[..., T]) -> Callable[..., T]:
    """The pure ``func`` with the course's configuration (:func:`config`) filled in as its second argument."""

    @functools.wraps(func)
    def call(first: Any, *args: Any, **kwargs: Any) -> T:
        return func(first, config(), *args, **kwargs)

    signature = inspect.signature(func)
    call.__signature__ = signature.replace(parameters=[p for p in signature.parameters.values() if p.name != "config"])
    return call


options = _configured(capstone.options)  # (label, value) pairs for a choice field
checklist = _configured(capstone.checklist)
rubric_points = _configured(capstone.rubric_points)
document = _configured(capstone_doc.document)
to_markdown = _configured(capstone_doc.to_markdown)
to_html = _configured(capstone_doc.to_html)


# --- ratings carried over from notebook 06 -----------------------------------------------------------
def saved_ratings(store: progress.ProgressStore) -> dict[str, dict[str, int]]:
    """The learner's valid, saved ratings from notebook 06, by project id."""
    from . import hallbarhet

    saved = store.get_state(RATING_KEY)
    return {pid: entry["varden"] for pid, entry in saved.items() if hallbarhet.is_saved_rating(entry)} if isinstance(saved, dict) else {}


def project_name(project_id: str) -> str:
    return next((p["namn"] for p in fakta.load("projekttyper")["projekt"] if p["id"] == project_id), project_id)


def rating_text(project_id: str, values: Mapping[str, int]) -> str:
    parts = [f"{d['namn'].lower()} {render.signed(values[d['id']])}"
             for d in fakta.load("projekttyper")["dimensioner"] if d["id"] in values]
    return texts.PRIO_RATING_LINE.format(project=project_name(project_id), values=", ".join(parts))


# --- widgets ---------------------------------------------------------------------------------------------
def _control(field: Field) -> W.Widget:
    common = {"description": field.label, "style": {"description_width": "10em"}}
    if field.kind == "area":
        return W.Textarea(rows=3, continuous_update=False, layout=W.Layout(width="100%"), **common)
    if field.kind == "text":
        return W.Text(continuous_update=False, layout=W.Layout(width="100%"), **common)
    if field.kind == "choice":
        return W.Dropdown(options=[(texts.CHOOSE, None), *options(field.key)], index=0, layout=W.Layout(width="100%"),
                          **common)
    return W.SelectMultiple(options=options(field.key), value=(), rows=len(options(field.key)),
                            layout=W.Layout(width="100%"), **common)


class PriorityForm(W.VBox):
    """The capstone form: fields, indicator rows, ratings from 06, checklist and export."""

    def __init__(self, store: progress.ProgressStore, export_dir: Path | None = None) -> None:
        self.store = store
        self.export_dir = export_dir if export_dir is not None else Path.cwd() / "export"
        self.controls: dict[str, W.Widget] = {f.key: _control(f) for f in FIELDS}
        self.indicators: list[dict[str, W.Text]] = [
            {k: W.Text(description=texts.PRIO_INDICATOR_FIELDS[k][0], placeholder=texts.PRIO_INDICATOR_FIELDS[k][1],
                       continuous_update=False, style={"description_width": "10em"}, layout=W.Layout(width="100%"))
             for k in INDICATOR_KEYS}
            for _ in range(INDICATORS)]
        self.ratings = saved_ratings(store)
        self.rating = W.Dropdown(options=[(texts.PRIO_RATING_NONE, None)] + [(project_name(p), p) for p in self.ratings],
                                 index=0, description=texts.PRIO_RATING_FROM_06, style={"description_width": "initial"},
                                 layout=W.Layout(width="100%"))
        self.rating_info = W.HTML()
        self.short = W.Checkbox(value=False, description=texts.PRIO_SHORT_FORM, indent=False, layout=W.Layout(width="auto"))
        self.status = W.HTML()
        self.check_button = W.Button(description=texts.PRIO_CHECK, button_style="primary", layout=W.Layout(width="auto"))
        self.checklist_area = W.HTML()
        self.export_button = W.Button(description=texts.PRIO_EXPORT, layout=W.Layout(width="auto"))
        self.export_area = W.HTML()
        super().__init__([W.HTML(render.CSS + f"<p><small>{texts.PRIO_SAVED_NOTE}</small></p>"), self.status, self.short,
                          *self._sections(), W.HBox([self.check_button, self.export_button]), self.checklist_area,
                          self.export_area], layout=W.Layout(max_width="60em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-prioritering")
        self._restore()
        for control in [*self.controls.values(), *(t for row in self.indicators for t in row.values()), self.rating,
                        self.short]:
            control.observe(render.guarded(self.status, self.save), names="value")
        self.rating.observe(render.guarded(self.rating_info, self._show_rating), names="value")
        self.check_button.on_click(render.guarded(self.checklist_area, self.run_checklist))
        self.export_button.on_click(render.guarded(self.export_area, self.export))

    def _sections(self) -> list[W.Widget]:
        parts: list[W.Widget] = []
        for number, heading in texts.PRIO_SECTIONS.items():
            box: list[W.Widget] = [W.HTML(f"<h3>{html.escape(heading)}</h3>")]
            if number == 6:
                box.append(W.HTML(f"<p>{render.inline(texts.PRIO_RATING_HELP)}</p>"))
                box += [self.rating, self.rating_info]
            for f in FIELDS:
                if f.section == number:
                    box += [W.HTML(f'<div class="kurs-hjalp">{render.inline(f.help)}</div>'), self.controls[f.key]]
            if number == 8:
                for n, row in enumerate(self.indicators, 1):
                    title = texts.PRIO_INDICATOR.format(n=n) if n == 1 else texts.PRIO_INDICATOR_OPTIONAL.format(n=n)
                    box += [W.HTML(f"<strong>{html.escape(title)}</strong>"), *row.values()]
            section = W.VBox(box)
            section.add_class(f"kurs-avsnitt-{number}")
            parts.append(section)
        return parts

    # --- state ---------------------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, control in self.controls.items():
            out[key] = list(control.value) if BY_KEY[key].kind == "multi" else control.value
        out["indikatorer"] = [{k: t.value for k, t in row.items()} for row in self.indicators]
        return out

    def save(self) -> None:
        """Store every field now (called on each change)."""
        self.store.set_state(KEY, {"svar": self.answers(), "betyg06": self.rating.value, "kort": self.short.value})
        render.show_new_warnings(self.store, self.status)

    def _restore(self) -> None:
        saved = self.store.get_state(KEY)
        if not isinstance(saved, dict):
            self._show_rating()
            return
        answers = saved.get("svar") if isinstance(saved.get("svar"), dict) else {}
        values, problems = capstone.restorable(answers, config())
        for key, value in values.items():
            self.controls[key].value = value
        rows = answers.get("indikatorer")
        for row, saved_row in zip(self.indicators, rows if isinstance(rows, list) else [], strict=False):
            if isinstance(saved_row, dict):
                for k, text in row.items():
                    if isinstance(saved_row.get(k), str):
                        text.value = saved_row[k]
        if saved.get("betyg06") in self.ratings:
            self.rating.value = saved["betyg06"]
        self.short.value = saved.get("kort") is True
        self._show_rating()
        note = render.info(texts.PRIO_RESTORED) if any(filled(self.answers(), f.key) for f in FIELDS) else ""
        self.status.value = render.warning_blocks(problems + self.store.new_warnings()) + note

    def _show_rating(self) -> None:
        if not self.ratings:
            self.rating_info.value = f"<p><small>{texts.PRIO_RATING_NONE_SAVED}</small></p>"
        elif self.rating.value in self.ratings:
            self.rating_info.value = f"<p>{render.inline(rating_text(self.rating.value, self.ratings[self.rating.value]))}</p>"
        else:
            self.rating_info.value = ""

    def rating_line(self) -> str | None:
        pid = self.rating.value
        return rating_text(pid, self.ratings[pid]) if pid in self.ratings else None

    # --- actions -------------------------------------------------------------------------------------
    def run_checklist(self) -> list[Check]:
        checks = checklist(self.answers(), short=self.short.value)
        ok = sum(c.ok for c in checks)
        rows = []
        for c in checks:
            mark = texts.PRIO_OK if c.ok else texts.PRIO_NOT_OK
            if c.ok and c.detail == texts.PRIO_FINANCE_NA:
                mark = texts.PRIO_NOT_APPLICABLE
            detail = f"<br>{render.inline(c.detail)}" if c.detail else ""
            rows.append(f'<li class="kurs-regel-{c.rule}"><strong>{mark}: {html.escape(c.title)}</strong>{detail}'
                        f"<br><small>{texts.PRIO_WHY} {html.escape(c.why)}</small></li>")
        summary = texts.PRIO_CHECK_ALL.format(total=len(checks)) if ok == len(checks) else \
            texts.PRIO_CHECK_SUMMARY.format(ok=ok, total=len(checks))
        kind, symbol = ("correct", "✓") if ok == len(checks) else ("partly", "◐")
        note = f"<p><small>{texts.PRIO_CHECK_SHORT_NOTE}</small></p>" if self.short.value else ""
        self.checklist_area.value = render.box(kind, symbol, texts.PRIO_CHECK_TITLE, summary,
                                               extra=f"{note}<ul>{''.join(rows)}</ul>")
        return checks

    def export(self) -> dict[str, str]:
        answers = self.answers()
        rubric = self.store.get_state(RUBRIC_KEY)
        rubric = rubric if isinstance(rubric, dict) else None
        short = self.short.value
        markdown = to_markdown(answers, self.rating_line(), rubric, short=short)
        page = to_html(answers, self.rating_line(), rubric, short=short)
        links = (download_link(markdown, f"{EXPORT_NAME}.md", "text/markdown", texts.PRIO_EXPORT_MD) + " &nbsp; "
                 + download_link(page, f"{EXPORT_NAME}.html", "text/html", texts.PRIO_EXPORT_HTML))
        checks = checklist(answers, short=short)
        ok = sum(c.ok for c in checks)
        lines = [texts.PRIO_EXPORT_DONE]
        if ok < len(checks):
            lines.append(texts.PRIO_EXPORT_DRAFT.format(ok=ok, total=len(checks)))
        saved, error = exports.save_copies(self.export_dir, {".md": markdown, ".html": page})
        lines.append(saved)
        if error:
            links += render.folded(error)
        self.export_area.value = render.box("info", "ℹ", "", " ".join(lines), extra=f'<p class="kurs-lankar">{links}</p>')
        return {"md": markdown, "html": page}


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def form_widget(*, store: progress.ProgressStore | None = None, export_dir: Path | None = None) -> W.Widget:
    """The capstone form for notebook 09."""
    return PriorityForm(store or progress.default_store(), export_dir)


class RubricBox(W.VBox):
    """Self- or peer assessment: four criteria, three levels each, a comment; saved in the progress store."""

    def __init__(self, store: progress.ProgressStore) -> None:
        self.store = store
        criteria = config().rubric
        rows = [(c.name, *c.levels) for c in criteria.values()]
        self.who = W.ToggleButtons(options=texts.PRIO_RUBRIC_WHO_OPTIONS, description=texts.PRIO_RUBRIC_WHO,
                                   style={"description_width": "initial"})
        self.levels: dict[str, W.ToggleButtons] = {
            key: W.ToggleButtons(options=[("–", None), ("1", 1), ("2", 2), ("3", 3)], value=None,
                                 description=f"{c.name}:", style={"description_width": "9em", "button_width": "3em"},
                                 tooltips=[texts.PRIO_RUBRIC_NOT_SET, *c.levels])
            for key, c in criteria.items()}
        self.comment = W.Textarea(placeholder=texts.PRIO_RUBRIC_COMMENT_PLACEHOLDER, description=texts.PRIO_RUBRIC_COMMENT,
                                  rows=3, style={"description_width": "9em"}, layout=W.Layout(width="100%"))
        self.save_button = W.Button(description=texts.PRIO_RUBRIC_SAVE, button_style="primary", layout=W.Layout(width="auto"))
        self.feedback = W.HTML()
        self.save_button.on_click(render.guarded(self.feedback, self.save))
        super().__init__([W.HTML(render.CSS + f"<h3>{texts.PRIO_RUBRIC_TITLE}</h3>" + render.table(texts.PRIO_RUBRIC_COLUMNS, rows)),
                          self.who, *self.levels.values(), self.comment, self.save_button, self.feedback],
                         layout=W.Layout(max_width="60em"))
        self.add_class("kurs-fraga")
        self.add_class("kurs-matris")
        saved = store.get_state(RUBRIC_KEY)
        if isinstance(saved, dict):
            for key, toggle in self.levels.items():
                toggle.value = capstone.level(saved, key)
            if saved.get("vem") in texts.PRIO_RUBRIC_WHO_OPTIONS:
                self.who.value = saved["vem"]
            if isinstance(saved.get("kommentar"), str):
                self.comment.value = saved["kommentar"]

    def value(self) -> dict[str, Any]:
        return {"vem": self.who.value, "nivaer": {k: t.value for k, t in self.levels.items()}, "kommentar": self.comment.value}

    def save(self) -> bool:
        rubric = self.value()
        points, missing = rubric_points(rubric)
        if missing:
            self.feedback.value = render.info(texts.PRIO_RUBRIC_INCOMPLETE.format(names=", ".join(missing)))
            return False
        self.store.set_state(RUBRIC_KEY, rubric)
        self.feedback.value = render.info(texts.PRIO_RUBRIC_SAVED.format(points=points, total=3 * len(self.levels)),
                                          self.store.new_warnings())
        return True


@render.shows_errors(W.HTML)
def rubric_widget(*, store: progress.ProgressStore | None = None) -> W.Widget:
    """The four-criteria rubric for self or peer assessment."""
    return RubricBox(store or progress.default_store())


# --- course progress (registered with helpers.progress_rows; uses only the public names above) ---
from . import progress_rows as _progress_rows  # noqa: E402


@_progress_rows.register(__name__)
def _progress(state: Mapping[str, Any]) -> list[_progress_rows.Row]:
    """The course-progress rows of the capstone: its checklist and the self-assessment rubric."""
    saved = state.get(KEY)
    answers = saved.get("svar") if isinstance(saved, dict) and isinstance(saved.get("svar"), dict) else {}
    checks = checklist(answers, short=isinstance(saved, dict) and saved.get("kort") is True)
    ok = sum(c.ok for c in checks)
    started = any(filled(answers, f.key) for f in FIELDS)
    rubric = state.get(RUBRIC_KEY)
    points, missing = rubric_points(rubric) if isinstance(rubric, dict) else (0, ["x"])
    return [("09", texts.PROGRESS_EX_CAPSTONE, _progress_rows.status(ok == len(checks), started,
                                                                     texts.PROGRESS_CHECKLIST.format(ok=ok, total=len(checks)))),
            ("09", texts.PROGRESS_EX_RUBRIC, _progress_rows.status(not missing, not missing, texts.PROGRESS_POINTS.format(points=points)))]
