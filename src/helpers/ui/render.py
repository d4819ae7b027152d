"""HTML snippets for the exercise widgets (pure functions, no widgets).

Colours come only from JupyterLab's CSS variables, so feedback follows the light and the
dark theme; every status also has a symbol and a word, never colour alone.
"""

from __future__ import annotations

import functools
import html
import re
import traceback
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ParamSpec, TypeVar

from .. import texts
from ..core.errors import CourseError
from ..core.grading import Result
from ..core.htmltable import NUMERIC_CELL, table  # noqa: F401 - the course's one table, used as render.table
from ..core.parsing import LITERAL_CLOSE, LITERAL_OPEN
from ..core.parsing import signed as signed  # re-exported for the widgets

P = ParamSpec("P")
T = TypeVar("T")

CSS = """<style>
.kurs-fraga { border: 1px solid var(--jp-border-color2, #ccc); border-radius: 4px; padding: 8px 12px;
  margin: 8px 0; color: var(--jp-ui-font-color1, inherit); max-width: 60em; }
.kurs-rubrik { font-size: var(--jp-ui-font-size0, 11px); text-transform: uppercase; letter-spacing: .04em;
  color: var(--jp-ui-font-color2, inherit); }
.kurs-prompt { font-size: var(--jp-content-font-size1, 14px); margin: 4px 0 8px 0; line-height: 1.45; }
.kurs-fraga .widget-label, .kurs-fraga .widget-label-basic, .kurs-fraga .widget-radio-box label,
.kurs-fraga .widget-checkbox label { white-space: normal; overflow: visible; text-overflow: clip;
  height: auto; line-height: 1.35; }
.kurs-fraga .widget-radio-box label { margin-bottom: 4px; display: flex; flex-direction: row-reverse; justify-content: flex-end;
  align-items: flex-start; gap: .4em; }
.kurs-fraga .widget-radio-box label input { flex: none; margin-top: .2em; }
.kurs-fraga .widget-dropdown { height: auto; min-height: var(--jp-widgets-inline-height, 28px); align-items: center;
  margin-bottom: 6px; }
.kurs-fraga .widget-dropdown > .widget-label { text-align: left; padding-right: 10px; }
.kurs-fraga .widget-dropdown > select { height: var(--jp-widgets-inline-height, 28px); align-self: center; }
.kurs-fb { border-left: 5px solid var(--jp-border-color1, #999); background: var(--jp-layout-color2, transparent);
  color: var(--jp-ui-font-color1, inherit); padding: 6px 10px; margin: 6px 0; line-height: 1.45; }
.kurs-fb ul { margin: 4px 0 0 0; padding-left: 1.3em; }
.kurs-fb-correct { border-left-color: var(--jp-success-color1, #2e7d32); }
.kurs-fb-partly { border-left-color: var(--jp-warn-color1, #b26a00); }
.kurs-fb-incorrect { border-left-color: var(--jp-error-color1, #c62828); border-left-style: double; }
.kurs-fb-not_attempted, .kurs-fb-info { border-left-color: var(--jp-info-color1, #0277bd); border-left-style: dotted; }
.kurs-fb-warning, .kurs-fb-error { border-left-color: var(--jp-warn-color0, #b26a00); border-left-style: dashed; }
.kurs-sym { font-weight: bold; margin-right: .3em; }
.kurs-hint, .kurs-solution { border-left: 3px solid var(--jp-border-color1, #999); padding: 4px 10px; margin: 4px 0;
  background: var(--jp-layout-color1, transparent); color: var(--jp-ui-font-color1, inherit); }
.kurs-mark { padding-left: .6em; color: var(--jp-ui-font-color1, inherit); }
.kurs-table { border-collapse: collapse; margin: 6px 0; color: var(--jp-ui-font-color1, inherit); }
table.kurs-table { line-height: 1.4; }
/* Narrow screens (from 800 px with the file browser open): no widget is wider than its output area,
   rows of controls wrap instead of running off the edge, and buttons keep their whole label. */
.jp-OutputArea-output .jupyter-widgets { max-width: 100%; box-sizing: border-box; }
/* A field as wide as its box (width 100%) keeps its margin on both sides inside the box, which clips
   what overflows: otherwise its right border is cut off. */
.jp-OutputArea-output .widget-box > .jupyter-widgets:not(.widget-box) {
  max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); }
/* Text in an HTML widget is single-spaced (ipywidgets sets each line to the height of a text box), and
   a row of controls centres its items, so a unit label or a word count sits level with the text beside it. */
.jp-OutputArea-output .widget-html-content { line-height: 1.45; }
.jp-OutputArea-output .widget-hbox { flex-wrap: wrap; column-gap: 6px; align-items: center; }
.jp-OutputArea-output .widget-button { flex: 0 0 auto; width: auto; min-width: max-content; max-width: 100%; }
.jp-OutputArea-output .widget-dropdown > select { min-width: 0; text-overflow: ellipsis; }
.jp-OutputArea-output .widget-html-content { max-width: 100%; min-width: 0; overflow-x: auto; }
.jp-OutputArea-output .kurs-svar-enhet { flex-wrap: nowrap; }
.jp-OutputArea-output .kurs-svar-enhet > .widget-text { flex: 0 1 auto; min-width: 0; }
.jp-OutputArea-output .kurs-svar-enhet > .widget-label { flex: none; }
.jp-OutputArea-output img.kurs-figur, .jp-OutputArea-output .widget-html-content img { max-width: 100%; height: auto; }
.kurs-sortera-lang .widget-dropdown { flex-wrap: wrap; }
.kurs-sortera-lang .widget-dropdown > .widget-label { width: 100% !important; max-width: 100%; }
.kurs-sortera-lang .widget-dropdown > select { flex: 1 1 20em; max-width: 100%; }
a.kurs-nedladdning { display: inline-block; margin: 4px 8px 4px 0; padding: 4px 12px; border-radius: 4px;
  border: 1px solid var(--jp-brand-color1, #1976d2); color: var(--jp-content-link-color, #1976d2);
  background: var(--jp-layout-color1, transparent); text-decoration: underline; font-weight: 600; }
a.kurs-nedladdning::before { content: "⬇ "; text-decoration: none; }
a.kurs-nedladdning:focus-visible { outline: 2px solid var(--jp-brand-color1, #1976d2); outline-offset: 2px; }
table.kurs-table th, table.kurs-table td { border: 1px solid var(--jp-border-color2, #ccc); padding: 3px 8px;
  text-align: left !important; vertical-align: top; }
table.kurs-table td.kurs-tal { text-align: right !important; white-space: nowrap; font-variant-numeric: tabular-nums; }
</style>"""

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


_LITERAL = re.compile(f"{LITERAL_OPEN}(.*?){LITERAL_CLOSE}", re.DOTALL)
_SLOT = re.compile("\ue002(\\d+)\ue003")


def inline(text: str) -> str:
    """Escape ``text`` and allow **bold**, `code` and [links](https://…).

    Spans marked with :func:`helpers.core.parsing.literal` (learner input) are shown as plain text:
    they are escaped but never formatted, so a typed ``[klicka](https://…)`` stays text.
    """
    spans: list[str] = []

    def park(match: re.Match[str]) -> str:
        spans.append(html.escape(match.group(1), quote=False))
        return f"\ue002{len(spans) - 1}\ue003"

    out = html.escape(_LITERAL.sub(park, text).replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, ""), quote=False)
    out = _LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}" target="_blank" rel="noopener">{m.group(1)}</a>', out)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    return _SLOT.sub(lambda m: spans[int(m.group(1))], out)


def header(qid: str, prompt: str, scored: bool) -> str:
    kind = texts.EXERCISE if scored else texts.PRETEST
    label = f"{texts.QUESTION.format(qid=qid)} · {kind}"
    return f'{CSS}<div class="kurs-rubrik">{html.escape(label)}</div><div class="kurs-prompt">{inline(prompt)}</div>'


def box(kind: str, symbol: str, title: str, message: str = "", items: Iterable[str] = (), extra: str = "") -> str:
    """One feedback block; ``kind`` picks the border style, ``symbol`` and ``title`` carry the meaning."""
    lis = "".join(f"<li>{inline(i)}</li>" for i in items)
    body = f"<ul>{lis}</ul>" if lis else ""
    heading = f"<strong>{html.escape(title)}</strong> " if title else ""
    return (
        f'<div class="kurs-fb kurs-fb-{kind}" role="status" aria-live="polite">'
        f'<span class="kurs-sym" aria-hidden="true">{symbol}</span>{heading}'
        f"{inline(message)}{body}{extra}</div>"
    )


def feedback(result: Result, warnings: Sequence[str] = ()) -> str:
    symbol, title = texts.STATUS[result.status.value]
    return warning_blocks(warnings) + box(result.status.value, symbol, title, result.message, result.details)


def info(message: str, warnings: Sequence[str] = ()) -> str:
    return warning_blocks(warnings) + box("info", "ℹ", "", message)




def folded(text: str | None) -> str:
    """A folded ``<details>`` block with technical text, or nothing."""
    if not text:
        return ""
    return f"<details><summary>{html.escape(texts.TECH_DETAILS)}</summary><pre>{html.escape(text[-4000:])}</pre></details>"


def warning_blocks(warnings: Sequence[str]) -> str:
    return "".join(box("warning", "⚠", texts.WARNING_TITLE, w, extra=folded(getattr(w, "detail", None)))
                   for w in warnings)


def show_new_warnings(store: Any, out: Any, make: Callable[[list[str]], str] = warning_blocks) -> bool:
    """The one way to show what saving left unsaid: if ``store`` has new warnings (a full disk, a
    read-only folder …), put ``make(warnings)`` into the HTML widget ``out``. True if it did."""
    warnings = store.new_warnings()
    if warnings:
        out.value = make(warnings)
    return bool(warnings)


def error(message: str, details: str | None = None) -> str:
    return CSS + box("error", "⚠", "", message, extra=folded(details))


def exception(exc: BaseException) -> str:
    """The Swedish message for an exception caught in a widget callback, with the traceback folded away."""
    return error(texts.CALLBACK_ERROR, traceback.format_exc())


def guarded(area: Any, action: Callable[[], object]) -> Callable[..., None]:
    """A widget callback that runs ``action()`` and shows any exception in ``area`` (anything with ``.value``).

    The error appears in Swedish with the traceback folded away, instead of vanishing into the log.
    """

    def run(*_args: Any) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never swallowed
            area.value = exception(exc)

    return run


def failure(exc: BaseException, template: str = "{message}") -> str:
    """The Swedish error box for an exception in a notebook-facing call.

    A course error (a broken data, fact or bank file) carries its own Swedish message with the fix,
    put into ``template`` (e.g. ``texts.LOAD_FAILED`` for an exercise that could not load);
    anything else gets a general Swedish message, with the traceback folded away for the teacher.
    """
    if isinstance(exc, CourseError):
        return error(template.format(message=exc))
    return error(texts.CALL_FAILED, traceback.format_exc())


def shows_errors(wrap: Callable[[str], Any], template: str = "{message}") -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorator for a notebook-facing call: instead of raising, it returns the Swedish error box.

    The one mechanism for every notebook-facing call. ``wrap`` turns the box's HTML into what the call
    normally returns, so the notebook still shows something of the expected kind:
    ``IPython.display.HTML``, ``ipywidgets.HTML`` or ``str``. ``template`` frames a course error's
    message (see :func:`failure`).
    """

    def decorate(func: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(func)
        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                return func(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - shown to the user, never swallowed
                return wrap(failure(exc, template))

        call.shows_errors = True  # type: ignore[attr-defined]
        return call

    return decorate


def hints(items: Sequence[str]) -> str:
    return "".join(
        f'<div class="kurs-hint">{inline(texts.HINT_ITEM.format(n=n, text=text))}</div>'
        for n, text in enumerate(items, 1)
    )


def solution(text: str, answer: str) -> str:
    return (
        f'<div class="kurs-solution"><strong>{html.escape(texts.SOLUTION_HEADING)}</strong>'
        f"<p>{inline(text)}</p><p>{inline(texts.SOLUTION_ANSWER.format(answer=answer))}</p></div>"
    )


def aside(notes: Iterable[str]) -> str:
    """What the course has not been able to check, in the marked aside "**Osäkert:** …" (or nothing).

    The notebooks' Markdown uses the same label in a blockquote, and JupyterLab styles both alike,
    so a doubt never stands in the middle of the teaching text or of a table.
    """
    shown = [n for n in notes if n]
    if not shown:
        return ""
    label = f"<strong>{html.escape(texts.UNVERIFIED_LABEL)}</strong>"
    if len(shown) == 1:
        return f'<blockquote class="kurs-osakert"><p>{label} {inline(shown[0])}</p></blockquote>'
    items = "".join(f"<li>{inline(n)}</li>" for n in shown)
    return f'<blockquote class="kurs-osakert"><p>{label}</p><ul>{items}</ul></blockquote>'



