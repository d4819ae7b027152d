"""Where the course finds its data and keeps the learner's progress.

Paths never depend on the notebook's working directory: data is resolved from the
installed (editable) package, progress from the user's data directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import texts
from ..core.errors import CourseError

APP_NAME = "regionalpolitik-kurs"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # src/helpers
REPO_ROOT = PACKAGE_ROOT.parents[1]


class DataDirError(CourseError, FileNotFoundError):
    """The course's ``data/`` folder could not be found."""


def data_dir() -> Path:
    """The course's ``data/`` folder.

    Order: ``$REGKURS_DATA_DIR``; ``data/`` next to ``src/`` (editable install, Binder);
    a ``data/`` folder with question banks in the working directory or a parent.
    """
    tried: list[Path] = []
    env = os.environ.get("REGKURS_DATA_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT / "data")
    cwd = Path.cwd().resolve()
    candidates += [p / "data" for p in (cwd, *cwd.parents)]
    for candidate in candidates:
        tried.append(candidate)
        if (candidate / "fragor").is_dir():
            return candidate
    raise DataDirError(texts.DATA_DIR_MISSING.format(tried=", ".join(str(p) for p in tried[:3])))


def banks_dir() -> Path:
    """Folder with the question banks, ``data/fragor``."""
    return data_dir() / "fragor"


def progress_dir() -> Path:
    """Folder for the learner's progress file (``$REGKURS_PROGRESS_DIR`` overrides)."""
    env = os.environ.get("REGKURS_PROGRESS_DIR")
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME
