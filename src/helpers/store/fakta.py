"""Sourced facts the notebooks teach (``data/fakta/*.json``), loaded by name and returned as data.

Facts live in one place: notebooks show them with these functions instead of retyping
them, and every legal provision carries its SFS number, the consolidated version read and
the date it was checked. A file that breaks those rules fails on load with a Swedish message
that names the file and the entry. Showing facts is :mod:`helpers.ui.tables`' job.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from .. import texts
from ..core.errors import CourseError
from . import loader, paths
from .oserrors import describe_os_error

SFS = re.compile(r"\d{4}:\d+")
PROVISION_KEYS = ("id", "forfattning", "sfs", "paragraf", "punkt", "lydelse", "verb", "innehall", "kalla", "hamtad")


class FactError(CourseError, ValueError):
    """A fact file is missing, unreadable or incomplete."""


def path(name: str) -> Path:
    return paths.data_dir() / "fakta" / f"{name}.json"


def load(name: str) -> dict[str, Any]:
    """The fact file ``data/fakta/<name>.json``, validated (cached until the file changes)."""
    return loader.load_json(path(name), _checked, _unreadable)


def _unreadable(err: Exception, file: Path) -> FactError:
    if isinstance(err, FileNotFoundError):
        return FactError(texts.FACT_MISSING.format(path=file))
    if isinstance(err, json.JSONDecodeError):
        problem = texts.JSON_INVALID.format(line=err.lineno, col=err.colno)
        return FactError(texts.FACT_INVALID.format(path=file, where=texts.FACT_WHERE_FILE, problem=problem))
    if isinstance(err, UnicodeDecodeError):
        return FactError(_invalid(file, texts.FACT_WHERE_FILE, "not_utf8"))
    reason = describe_os_error(err) if isinstance(err, OSError) else str(err)
    return FactError(texts.FACT_UNREADABLE.format(path=file, reason=reason))


def _checked(data: Any, file: Path) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise FactError(_invalid(file, texts.FACT_WHERE_FILE, "not_object"))
    if file.stem == "lagrum":
        _check_provisions(data, file)
    return data


def _check_provisions(data: dict[str, Any], file: Path) -> None:
    items = data.get("bestammelser")
    if not isinstance(items, list) or not items:
        raise FactError(_invalid(file, texts.FACT_WHERE_FILE, "no_provisions"))
    seen = set()
    for n, item in enumerate(items, 1):
        where = texts.FACT_WHERE_ENTRY.format(name=f"”{item.get('id', n)}”" if isinstance(item, dict) else n)
        missing = [k for k in PROVISION_KEYS if not isinstance(item, dict) or k not in item]
        if missing:
            raise FactError(_invalid(file, where, "missing", keys=", ".join(missing)))
        if not SFS.fullmatch(str(item["sfs"])):
            raise FactError(_invalid(file, where, "sfs"))
        if not re.fullmatch(r"SFS \d{4}:\d+", str(item["lydelse"])):
            raise FactError(_invalid(file, where, "lydelse"))
        try:
            dt.date.fromisoformat(str(item["hamtad"]))
        except ValueError:
            raise FactError(_invalid(file, where, "date")) from None
        if not str(item["innehall"]).strip() or not str(item["kalla"]).strip():
            raise FactError(_invalid(file, where, "blank"))
        if item["id"] in seen:
            raise FactError(_invalid(file, where, "duplicate"))
        if item["paragraf"] is None and "paragrafnumret" not in str(item.get("osakert") or "").lower():
            raise FactError(_invalid(file, where, "no_note"))
        seen.add(item["id"])


def _invalid(file: Path, where: str, code: str, **fields: Any) -> str:
    return texts.FACT_INVALID.format(path=file, where=where, problem=texts.FACT_PROBLEMS[code].format(**fields))


def provision(pid: str) -> dict[str, Any]:
    """One legal provision by id, e.g. ``provision("lag-5-1")``."""
    for item in load("lagrum")["bestammelser"]:
        if item["id"] == pid:
            return item
    raise FactError(texts.FACT_NO_ENTRY.format(key=pid, path=path("lagrum")))


def citation(pid: str) -> str:
    """How the course cites a provision: ``Lag (2010:630) 5 § 1``; without a number when it is unverified."""
    item = provision(pid)
    short = item["forfattning"].split(" om ")[0]
    if not item["paragraf"]:
        return short
    point = f" {item['punkt']}" if item["punkt"] else ""
    return f"{short} {item['paragraf']}{point}"


def provisions(prefix: str = "") -> list[dict[str, Any]]:
    """The provisions whose id starts with ``prefix``, in the file's order."""
    return [i for i in load("lagrum")["bestammelser"] if i["id"].startswith(prefix)]


def listing(name: str, key: str) -> list[dict[str, Any]]:
    """The list at dotted ``key`` in fact file ``name`` (``listing("regionens-uppdrag", "rus.inriktningar")``)."""
    value: Any = load(name)
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise FactError(texts.FACT_NO_ENTRY.format(key=key, path=path(name)))
        value = value[part]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise FactError(texts.FACT_NO_ENTRY.format(key=key, path=path(name)))
    return value


def cell(field: str, value: Any) -> str:
    """One fact as table text: provision ids (field ``lagrum``) become citations, other lists are joined."""
    if value is None:
        return "–"
    if field == "lagrum":
        return "; ".join(citation(pid) for pid in value)
    if isinstance(value, list):
        return " ".join(map(str, value))
    return str(value)


def fact_table(name: str, key: str) -> tuple[tuple[str, ...], list[tuple[str, ...]], list[str]]:
    """Headers, rows and unchecked notes of the fact list ``key`` in ``name``.

    The columns and their Swedish headers come from ``texts.FACT_TABLES`` (by the list's last key);
    an entry's ``osakert`` note goes to the aside under the table.
    """
    items = listing(name, key)
    columns = texts.FACT_TABLES.get(key.rsplit(".", 1)[-1])
    if columns is None:
        raise FactError(texts.FACT_NO_ENTRY.format(key=key, path=path(name)))
    rows = [tuple(cell(field, item.get(field)) for field in columns) for item in items]
    return tuple(columns.values()), rows, [item["osakert"] for item in items if item.get("osakert")]
