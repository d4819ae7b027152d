"""The Swedish errors of the data layer: which file, which row, what is wrong and how to fix it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import texts
from ..core.errors import CourseError
from . import paths

PACKAGE = "datapackage.json"


class DataError(CourseError, ValueError):
    """A data file is missing, malformed or fails validation.

    ``problem`` is the problem alone (without file and fix), for messages that reuse the check.
    """

    def __init__(self, message: str, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem or message


def package_error(file: Path, code: str, res: dict[str, Any] | None = None, n: int = 0, **fields: Any) -> DataError:
    name = res.get("name") if isinstance(res, dict) else None
    which = texts.DATA_PACKAGE_WHICH_NAME.format(name=name) if isinstance(name, str) and name \
        else texts.DATA_PACKAGE_WHICH_N.format(n=n)
    problem = texts.DATA_PACKAGE_PROBLEMS[code].format(which=which, **fields)
    return DataError(texts.DATA_PACKAGE_INVALID.format(path=file, problem=problem), problem)


def setting(res: dict[str, Any], key: str) -> Any:
    """A value from a resource's descriptor by dotted ``key`` (``"uppdatering.tabell"``), or a Swedish data error."""
    value: Any = res
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise package_error(paths.data_dir() / PACKAGE, "missing", res=res, key=key)
        value = value[part]
    return value


def relpath(file: Path) -> str:
    try:
        return str(file.relative_to(paths.REPO_ROOT))
    except ValueError:
        return str(file)


def data_error(file: Path, where: str, problem_id: str, **fields: Any) -> DataError:
    problem = texts.DATA_PROBLEMS[problem_id].format(**fields)
    return DataError(texts.DATA_ERROR.format(path=file, where=where, problem=problem,
                                             fix=texts.DATA_FIX_RESTORE.format(relpath=relpath(file))), problem)
