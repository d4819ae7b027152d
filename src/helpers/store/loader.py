"""The one cached JSON reader behind question banks, fact files and the data descriptor.

:func:`load_json` reads ``file`` (a byte-order mark is allowed), hands the decoded value to
``build`` and caches what ``build`` returns until the file's modification time changes, so an
edited file is read again without a kernel restart. Every failure – the file missing or
unreadable, not UTF-8, not JSON, or refused by ``build`` – reaches the caller as the caller's own
Swedish error: ``error(exc, file)`` turns the ``OSError``, ``UnicodeDecodeError`` or ``json.JSONDecodeError``
into it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
Build = Callable[[Any, Path], T]
ErrorFor = Callable[[Exception, Path], Exception]


def load_json(file: Path, build: Build[T], error: ErrorFor) -> T:
    """``build(decoded JSON, file)``, cached until ``file`` changes; ``error(exc, file)`` is raised for a bad file.

    ``build`` and ``error`` are module-level functions (they are part of the cache key).
    """
    try:
        stamp = file.stat().st_mtime_ns
    except OSError as err:
        raise error(err, file) from None
    return _cached(file, stamp, build, error)


@lru_cache(maxsize=128)
def _cached(file: Path, stamp: int, build: Build[T], error: ErrorFor) -> T:
    try:
        raw = json.loads(file.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise error(err, file) from None
    return build(raw, file)
