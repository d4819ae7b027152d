"""Safe file writing shared by the course's tools.

:func:`atomic_write_text` replaces a file so that readers see either the old or the new content,
never half of it, and keeps the file's permissions (``tempfile.mkstemp`` alone creates 0600
files). :func:`dated_copy` keeps a dated backup before a file is replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path


def _mode_for(target: Path) -> int:
    """The permission bits ``target`` has, or that a new file would get (0666 minus the umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def temp_pattern(target: Path) -> tuple[str, str]:
    """Prefix and suffix of the temporary files :func:`atomic_write_text` makes beside ``target``."""
    return f".{target.stem}-", ".tmp"


def atomic_write_text(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically: a temporary file in the same folder, flushed to disk,
    given ``target``'s mode and renamed over it. On any failure the temporary file is removed and
    ``target`` is left as it was; the ``OSError`` propagates."""
    mode = _mode_for(target)
    prefix, suffix = temp_pattern(target)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def dated_copy(source: Path, folder: Path, today: dt.date | None = None) -> Path:
    """Copy ``source`` to ``folder/<stem>-<YYYY-MM-DD><suffix>`` (``-2``, ``-3`` … when that exists),
    keeping its mode and time stamps, and return the copy's path. A failed copy leaves nothing behind."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (today or dt.date.today()).isoformat()
    target, n = folder / f"{source.stem}-{stamp}{source.suffix}", 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem}-{stamp}-{n}{source.suffix}"
    try:
        shutil.copy2(source, target)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target
