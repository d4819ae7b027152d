"""Sourced facts the notebooks teach (``data/fakta/*.json``), loaded by name.

Facts live in one place: notebooks show them with these functions instead of retyping
them, and every legal provision carries its SFS number, the consolidated version read and
the date it was checked. A file that breaks those rules fails on load with a Swedish message
that names the file and the entry.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from IPython.display import HTML

from . import texts
from .core.errors import CourseError
from .store import paths
from .store.oserrors import describe_os_error
from .ui import render

SFS = re.compile(r"\d{4}:\d+")
PROVISION_KEYS = ("id", "forfattning", "sfs", "paragraf", "punkt", "lydelse", "verb", "innehall", "kalla", "hamtad")


class FactError(CourseError, ValueError):
    """A fact file is missing, unreadable or incomplete."""


def path(name: str) -> Path:
    return paths.data_dir() / "fakta" / f"{name}.json"


def load(name: str) -> dict[str, Any]:
    """The fact file ``data/fakta/<name>.json``, validated (cached until the file changes)."""
    file = path(name)
    try:
        stamp = file.stat().st_mtime_ns
    except FileNotFoundError:
        raise FactError(texts.FACT_MISSING.format(path=file)) from None
    return _load(file, stamp)


@lru_cache(maxsize=16)
def _load(file: Path, stamp: int) -> dict[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as err:
        problem = texts.JSON_INVALID.format(line=err.lineno, col=err.colno)
        raise FactError(texts.FACT_INVALID.format(path=file, where=texts.FACT_WHERE_FILE, problem=problem)) from None
    except UnicodeDecodeError:
        raise FactError(_invalid(file, texts.FACT_WHERE_FILE, "not_utf8")) from None
    except OSError as err:
        raise FactError(texts.FACT_UNREADABLE.format(path=file, reason=describe_os_error(err))) from None
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


@render.shows_errors(HTML)
def provisions_table(prefix: str = "") -> HTML:
    """A table of the provisions whose id starts with ``prefix``, with version and check date.

    What is unchecked about them (field ``osakert``, e.g. a section number) follows in the marked aside.
    """
    items = [i for i in load("lagrum")["bestammelser"] if i["id"].startswith(prefix)]
    rows = [(citation(i["id"]), i["verb"] or "–", i["innehall"], i["lydelse"], i["hamtad"].replace("-", "\u2011"))
            for i in items]
    notes = [f"{citation(i['id'])}: {i['osakert']}" for i in items if i.get("osakert")]
    return HTML(render.CSS + render.table(texts.PROVISION_COLUMNS, rows) + render.aside(notes))


@render.shows_errors(HTML)
def bullet_list(items: list[str]) -> HTML:
    """An HTML list (used to show lists from the fact files)."""
    lis = "".join(f"<li>{render.inline(i)}</li>" for i in items)
    return HTML(f"<ul>{lis}</ul>")


@render.shows_errors(HTML)
def table(headers: tuple[str, ...], rows: list[tuple[Any, ...]], unverified: Iterable[str] = ()) -> HTML:
    """A table of facts; ``unverified`` notes (what could not be checked) follow in the marked aside."""
    return HTML(render.CSS + render.table(headers, rows) + render.aside(unverified))


@render.shows_errors(HTML)
def aside(*notes: str) -> HTML:
    """The marked aside "Osäkert: …" for what the course has not been able to check."""
    return HTML(render.aside(notes))
