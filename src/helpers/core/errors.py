"""The base class of the course's own errors.

A :class:`CourseError` carries a complete Swedish message (what is wrong, where, and the fix).
Notebook-facing display calls turn it into the Swedish error box (:func:`helpers.ui.render.shows_errors`);
when a notebook cell raises one directly (for example ``fakta.load`` of a broken file), IPython shows
the message alone instead of a Python traceback.
"""

from __future__ import annotations


class CourseError(Exception):
    """A data, fact or bank file problem with a Swedish message meant for the learner or teacher."""

    def _render_traceback_(self) -> list[str]:
        """IPython's hook: show only the Swedish message, not the Python traceback."""
        return [str(self)]


class WithDetail(str):
    """A Swedish message that carries a technical detail (e.g. the raw OS error) to show folded away."""

    detail: str

    def __new__(cls, message: str, detail: str) -> WithDetail:
        obj = super().__new__(cls, message)
        obj.detail = detail
        return obj
