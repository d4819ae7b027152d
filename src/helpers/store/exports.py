"""The capstone's export files (notebook 09) in the course folder, keeping the previous one once."""

from __future__ import annotations

from pathlib import Path

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
