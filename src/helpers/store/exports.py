"""The capstone's export files (notebook 09) in the course folder, keeping the previous one once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .. import texts
from .oserrors import describe_os_error

EXPORT_NAME = "min-rus-prioritering"
PREVIOUS_EXPORT_NAME = f"{EXPORT_NAME}-tidigare"  # the export before the latest one, kept once


def save_keeping_previous(folder: Path, suffix: str, content: str) -> str:
    """Write the export file; a different earlier file is first kept as the previous export.

    Returns ``"new"``, ``"same"`` (the file already held this content) or ``"replaced"``. Only one
    previous export is kept, so a learner's own edits in the file survive one more export.
    """
    path = folder / f"{EXPORT_NAME}{suffix}"
    data = content.encode("utf-8")
    if not path.exists():
        outcome = "new"
    elif path.read_bytes() == data:
        return "same"
    else:
        path.replace(folder / f"{PREVIOUS_EXPORT_NAME}{suffix}")
        outcome = "replaced"
    path.write_bytes(data)
    return outcome


def save_copies(folder: Path, files: Mapping[str, str]) -> tuple[str, str]:
    """Save the export files (content by suffix) in ``folder``, creating it if needed.

    Returns the Swedish sentence that says what happened and, if nothing could be saved, the raw OS
    error text (to show folded away; empty when saving worked).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        outcomes = {save_keeping_previous(folder, suffix, content) for suffix, content in files.items()}
    except OSError as err:
        return texts.PRIO_EXPORT_NOT_SAVED.format(folder=folder, error=describe_os_error(err)), str(err)
    lines = [texts.PRIO_EXPORT_SAVED.format(path=f"`{folder / EXPORT_NAME}.md`")]
    if "replaced" in outcomes:
        lines.append(texts.PRIO_EXPORT_REPLACED.format(previous=f"`{folder / PREVIOUS_EXPORT_NAME}.md`"))
    elif "same" in outcomes:
        lines.append(texts.PRIO_EXPORT_SAME)
    return " ".join(lines), ""
