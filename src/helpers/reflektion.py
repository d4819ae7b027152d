"""Free-text reflection with a minimum length before the model answer is shown.

Reflections are not graded. The text is saved in the progress store (``state``), so a re-run
or a kernel restart brings it back. Prompts and model answers live in
``data/fakta/reflektioner.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as W

from . import fakta, progress_rows, texts
from .core.rules import check_reflection as check  # the pure rule: (ok, Swedish message)
from .core.rules import count_words
from .store import progress
from .ui import render


def all_entries() -> dict[str, dict[str, Any]]:
    """Every reflection prompt in ``data/fakta/reflektioner.json``, by key."""
    return {item["id"]: item for item in fakta.load("reflektioner")["reflektioner"]}


def entry(key: str) -> dict[str, Any]:
    for item in fakta.load("reflektioner")["reflektioner"]:
        if item["id"] == key:
            return item
    raise fakta.FactError(texts.REFLECTION_UNKNOWN.format(key=key, path=fakta.path("reflektioner")))


class ReflectionBox(W.VBox):
    """A prompt, a text area with a live word count, and a save button that reveals the model answer."""

    def __init__(self, key: str, prompt: str, model_answer: str, minimum: int,
                 store: progress.ProgressStore) -> None:
        self.key, self.minimum, self.model_answer, self.store = key, minimum, model_answer, store
        self.text = W.Textarea(placeholder=texts.REFLECTION_PLACEHOLDER, rows=6, layout=W.Layout(width="100%"))
        self.counter = W.HTML()
        self.save_button = W.Button(description=texts.REFLECTION_SAVE, button_style="primary",
                                    layout=W.Layout(width="auto"))
        self.feedback = W.HTML()
        self.model = W.HTML()
        self.text.observe(lambda _change: self._update_counter(), names="value")
        self.save_button.on_click(render.guarded(self.feedback, self.save))
        super().__init__([W.HTML(render.CSS + f'<div class="kurs-prompt">{render.inline(prompt)}</div>'), self.text,
                          W.HBox([self.save_button, self.counter]), self.feedback, self.model])
        self.add_class("kurs-fraga")
        self.add_class(f"kurs-r-{key}")
        saved = store.get_state(key)
        if isinstance(saved, dict) and isinstance(saved.get("text"), str):
            self.text.value = saved["text"]
            self._show_model()
        self._update_counter()
        render.show_new_warnings(store, self.feedback)

    def _update_counter(self) -> None:
        words = count_words(self.text.value)
        self.counter.value = f'<span class="kurs-mark">{texts.REFLECTION_COUNT.format(words=words, minimum=self.minimum)}</span>'
        self.save_button.disabled = words < self.minimum

    def save(self) -> bool:
        ok, message = check(self.text.value, self.minimum)
        if not ok:
            self.feedback.value = render.info(message)
            return False
        self.store.set_state(self.key, {"text": self.text.value})
        self.feedback.value = render.info(message, self.store.new_warnings())
        self._show_model()
        return True

    def _show_model(self) -> None:
        self.model.value = (f'<div class="kurs-solution"><strong>{texts.REFLECTION_MODEL}</strong>'
                            f"<p>{render.inline(self.model_answer)}</p></div>")


@render.shows_errors(W.HTML, texts.LOAD_FAILED)
def widget(key: str, *, store: progress.ProgressStore | None = None) -> W.Widget:
    """The reflection ``key`` from ``data/fakta/reflektioner.json``."""
    item = entry(key)
    return ReflectionBox(key, item["fraga"], item["modellsvar"], int(item["min_ord"]), store or progress.default_store())


EMBEDDED: set[str] = set()  # reflections shown inside another exercise (added by it), without a row of their own


def _shorten(text: str, limit: int = 70) -> str:
    plain = text.replace("**", "")
    return plain if len(plain) <= limit else plain[: plain.rfind(" ", 0, limit)] + " …"


@progress_rows.register(__name__)
def course_progress(state: Mapping[str, Any]) -> list[progress_rows.Row]:
    """One course-progress row per reflection of its own: done when a long enough text is saved."""
    rows = []
    for key, item in all_entries().items():
        if key in EMBEDDED:
            continue
        saved = state.get(key)
        done = isinstance(saved, dict) and isinstance(saved.get("text"), str) and check(saved["text"], int(item["min_ord"]))[0]
        rows.append((item["notebook"], texts.PROGRESS_EX_REFLECTION.format(prompt=_shorten(item["fraga"])),
                     progress_rows.status(done, done, texts.PROGRESS_SAVED)))
    return rows
