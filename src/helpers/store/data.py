"""Course data sets (``data/*.csv``), described in ``data/datapackage.json`` (Frictionless): the files alone.

``load(name)`` reads a data set by name and validates it against its descriptor – columns,
types, ranges, keys – and against the checks the descriptor names (for example that the 15
municipalities sum to the county every year). Any problem raises :class:`DataError` with a
Swedish message naming the file, the row and the fix. ``source(name)`` gives the citation a
notebook prints beside a chart or table.

Maintainers refresh the population figures from SCB with
``python -m helpers.data refresh befolkning`` (see :mod:`helpers.store.scb`). Showing a data set
is :mod:`helpers.data`'s job; nothing here imports widgets or display code.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import texts
from ..core.parsing import format_number, signed
from . import loader, paths
from .dataerrors import PACKAGE, DataError, data_error, package_error, relpath, setting
from .oserrors import describe_os_error

if TYPE_CHECKING:  # pandas is imported only when data is loaded
    import pandas as pd

TYPES = ("string", "integer", "number")
INTEGER = re.compile(r"-?[0-9]+")
NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")  # finite, written as digits: no nan, inf, 1e3 or 1_000


def package() -> dict[str, Any]:
    """The validated descriptor ``data/datapackage.json`` (cached until the file changes)."""
    return loader.load_json(paths.data_dir() / PACKAGE, _checked_package, _package_unreadable)


def _package_unreadable(err: Exception, file: Path) -> DataError:
    if isinstance(err, json.JSONDecodeError):
        reason = texts.JSON_INVALID.format(line=err.lineno, col=err.colno)
    elif isinstance(err, UnicodeDecodeError):
        reason = texts.NOT_UTF8
    else:
        reason = describe_os_error(err) if isinstance(err, OSError) else str(err)
    return DataError(texts.DATA_PACKAGE_MISSING.format(path=file, error=reason))


def _checked_package(doc: Any, file: Path) -> dict[str, Any]:
    _check_package(doc, file)
    return doc


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _entries(value: Any, key: str) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(i, dict) and _text(i.get(key)) for i in value)


# What every reader of a resource relies on, checked in this order (a later test may assume an earlier one).
RESOURCE_KEYS: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (
    ("name", lambda r: _text(r.get("name"))),
    ("path", lambda r: _text(r.get("path"))),
    ("schema.fields", lambda r: isinstance(r.get("schema"), dict) and _entries(r["schema"].get("fields"), "name")),
    ("schema.fields: type", lambda r: all(f.get("type") in TYPES and isinstance(f.get("constraints", {}), dict)
                                          for f in r["schema"]["fields"])),
    ("tabell", lambda r: _text(r.get("tabell"))),
    ("hamtad", lambda r: _text(r.get("hamtad"))),
    ("sources: title", lambda r: _entries(r.get("sources"), "title")),
    ("licenses: name", lambda r: _entries(r.get("licenses"), "name")),
    ("kontroller", lambda r: isinstance(r.get("kontroller", []), list)),
)


def _check_package(doc: Any, file: Path) -> None:
    """The structure every reader of the descriptor relies on; anything else is a Swedish data error."""
    resources = doc.get("resources") if isinstance(doc, dict) else None
    if not isinstance(resources, list) or not resources:
        raise package_error(file, "no_resources")
    for n, res in enumerate(resources, 1):
        if not isinstance(res, dict):
            raise package_error(file, "not_object", n=n)
        for key, present in RESOURCE_KEYS:
            if not present(res):
                raise package_error(file, "missing", res=res, n=n, key=key)
        for check in res.get("kontroller", []):
            if not isinstance(check, str) or check not in CHECKS:
                raise package_error(file, "unknown_check", res=res, n=n, key=check)


def available() -> list[str]:
    return [r["name"] for r in package()["resources"]]


def resource(name: str) -> dict[str, Any]:
    for res in package()["resources"]:
        if res["name"] == name:
            return res
    raise DataError(texts.DATA_UNKNOWN.format(name=name, available=", ".join(available())))


def path(name: str) -> Path:
    return paths.data_dir() / resource(name)["path"]


def source(name: str) -> str:
    """The citation for a data set: sources, table, retrieval date and licence."""
    res = resource(name)
    return texts.DATA_SOURCE.format(sources="; ".join(s["title"] for s in res["sources"]), table=res["tabell"],
                                    date=res["hamtad"], licence=", ".join(lic["name"] for lic in res["licenses"]))


def load(name: str) -> pd.DataFrame:
    """The validated data set ``name`` as a pandas DataFrame with typed columns."""
    file = path(name)
    try:
        text = file.read_text(encoding="utf-8-sig")  # Excel's "CSV UTF-8" starts with a byte-order mark
    except FileNotFoundError:
        raise DataError(texts.DATA_FILE_MISSING.format(path=file, relpath=relpath(file))) from None
    except OSError as err:
        raise DataError(texts.DATA_FILE_UNREADABLE.format(path=file, reason=describe_os_error(err))) from None
    except UnicodeDecodeError:
        raise data_error(file, texts.DATA_WHERE_FILE, "not_utf8") from None
    return parse(name, text, file)


def parse(name: str, text: str, file: Path | None = None) -> pd.DataFrame:
    """Validate CSV ``text`` against the descriptor of ``name`` and return a typed DataFrame."""
    import pandas as pd

    res = resource(name)
    file = file or path(name)
    fields = res["schema"]["fields"]
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        raw_rows = list(reader)
    except csv.Error:
        raise data_error(file, texts.DATA_WHERE_FILE, "unreadable") from None
    names = [f["name"] for f in fields]
    for column in names:
        if column not in header:
            raise data_error(file, texts.DATA_WHERE_FILE, "missing_column", column=column)
    for column in header:
        if column not in names:
            raise data_error(file, texts.DATA_WHERE_FILE, "extra_column", column=column)
    rows = [_convert_row(raw, fields, file, line) for line, raw in enumerate(raw_rows, start=2)]
    _check_keys(rows, res["schema"].get("primaryKey", []), file)
    for check in res.get("kontroller", []):
        CHECKS[check](rows, res, file)
    frame = pd.DataFrame(rows, columns=names)
    for field in fields:
        if field["type"] == "integer":
            frame[field["name"]] = frame[field["name"]].astype("Int64")
        elif field["type"] == "number":
            frame[field["name"]] = frame[field["name"]].astype("Float64")
        else:
            frame[field["name"]] = frame[field["name"]].astype("string")
    return frame


def _convert_row(raw: dict[str, str | None], fields: list[dict[str, Any]], file: Path, line: int) -> dict[str, Any]:
    where = texts.DATA_WHERE_ROW.format(row=line)
    if None in raw:  # csv.DictReader keeps fields beyond the header under the key None
        raise data_error(file, where, "extra_fields")
    row: dict[str, Any] = {}
    for field in fields:
        column, constraints = field["name"], field.get("constraints", {})
        value = (raw.get(column) or "").strip()
        if not value:
            if constraints.get("required"):
                raise data_error(file, where, "required", column=column)
            row[column] = None
            continue
        if field["type"] == "integer":
            if not INTEGER.fullmatch(value):
                raise data_error(file, where, "not_integer", column=column, value=value)
            converted: Any = int(value)
        elif field["type"] == "number":
            if not NUMBER.fullmatch(value):
                raise data_error(file, where, "not_number", column=column, value=value)
            converted = float(value)
        else:
            converted = value
        if "minimum" in constraints and converted < constraints["minimum"]:
            raise data_error(file, where, "below", column=column, value=value, limit=constraints["minimum"])
        if "maximum" in constraints and converted > constraints["maximum"]:
            raise data_error(file, where, "above", column=column, value=value, limit=constraints["maximum"])
        if "enum" in constraints and converted not in constraints["enum"]:
            raise data_error(file, where, "enum", column=column, value=value, allowed=", ".join(constraints["enum"]))
        if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value, re.ASCII):
            raise data_error(file, where, "pattern", column=column, value=value)
        row[column] = converted
    row["_line"] = line
    return row


def _check_keys(rows: list[dict[str, Any]], key: list[str], file: Path) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        value = tuple(row[k] for k in key)
        if value in seen:
            raise data_error(file, texts.DATA_WHERE_ROW.format(row=row["_line"]), "duplicate",
                         key="(" + ", ".join(map(str, value)) + ")", other=seen[value])
        seen[value] = row["_line"]


def _check_population(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    codes = setting(res, "kommunkoder")
    allowed = {a["ar"]: a["differens"] for a in res.get("kanda_avvikelser", [])}
    names = {r["regionkod"]: r["region"] for r in rows if r["niva"] == "kommun"}
    for year in sorted({r["ar"] for r in rows}):
        in_year = [r for r in rows if r["ar"] == year]
        present = {r["regionkod"] for r in in_year if r["niva"] == "kommun"}
        missing = [c for c in codes if c not in present]
        county = [r for r in in_year if r["regionkod"] == "24"]
        where = texts.DATA_WHERE_ROW.format(row=county[0]["_line"]) if county else texts.DATA_WHERE_FILE
        if missing:
            raise data_error(file, where, "missing_municipality", year=year,
                         names=", ".join(f"{names.get(c, 'kommunen')} ({c})" for c in missing))
        if county:
            total = sum(r["folkmangd"] for r in in_year if r["niva"] == "kommun")
            if total - county[0]["folkmangd"] != allowed.get(year, 0):
                raise data_error(file, where, "sum_mismatch", year=year, total=total, county=county[0]["folkmangd"])


def _check_riket(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    """Riket can never have fewer inhabitants than the county."""
    county = {r["ar"]: r["folkmangd"] for r in rows if r["niva"] == "lan"}
    for row in rows:
        if row["niva"] == "riket" and row["ar"] in county and row["folkmangd"] < county[row["ar"]]:
            raise data_error(file, texts.DATA_WHERE_ROW.format(row=row["_line"]), "riket_below_county",
                         riket=row["folkmangd"], year=row["ar"], county=county[row["ar"]])


def _check_names(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    """Each region code has one name, and each name one code, in every year."""
    names: dict[str, tuple[str, int]] = {}
    codes: dict[str, tuple[str, int]] = {}
    for row in rows:
        where = texts.DATA_WHERE_ROW.format(row=row["_line"])
        name, line = names.setdefault(row["regionkod"], (row["region"], row["_line"]))
        if name != row["region"]:
            raise data_error(file, where, "name_mismatch", code=row["regionkod"], name=row["region"], other=name, line=line)
        code, line = codes.setdefault(row["region"], (row["regionkod"], row["_line"]))
        if code != row["regionkod"]:
            raise data_error(file, where, "code_mismatch", name=row["region"], code=row["regionkod"], other=code, line=line)


def _check_changes(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    """From one year in the file to the next, no region changes by more than its level's bound per year
    (``rimlighet.max_forandring_per_ar``, compounded over the years between)."""
    series: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        series.setdefault(row["regionkod"], []).append(row)
    for code, items in series.items():
        limit = float(setting(res, f"rimlighet.max_forandring_per_ar.{items[0]['niva']}"))
        for before, after in pairwise(sorted(items, key=lambda r: r["ar"])):
            years, old, new = after["ar"] - before["ar"], before["folkmangd"], after["folkmangd"]
            if old and not (1 - limit) ** years <= new / old <= (1 + limit) ** years:
                raise data_error(file, texts.DATA_WHERE_ROW.format(row=after["_line"]), "implausible_change",
                             region=after["region"], code=code, before=old, start=before["ar"], after=new,
                             end=after["ar"], change=signed((new / old - 1) * 100, 1),
                             limit=format_number(limit * 100))


def _check_budget(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["ar"], row["status"]), []).append(row)
    for (year, status), group in groups.items():
        totals = [r for r in group if r["anslag"] == "UO19"]
        parts = [r for r in group if r["anslag"] != "UO19"]
        if totals and len(parts) >= 2:
            total = sum(r["belopp_mnkr"] for r in parts)
            tolerance = sum(r["noggrannhet_mnkr"] for r in group) + 1e-6
            if abs(total - totals[0]["belopp_mnkr"]) > tolerance:
                raise data_error(file, texts.DATA_WHERE_ROW.format(row=totals[0]["_line"]), "budget_mismatch",
                             year=year, status=status, total=round(total, 3), expected=totals[0]["belopp_mnkr"])


def _check_employment(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    for year in {r["ar"] for r in rows}:
        totals = [r for r in rows if r["ar"] == year and r["bransch"] == "Totalt"]
        parts = [r["antal"] for r in rows if r["ar"] == year and r["bransch"] != "Totalt" and r["antal"] is not None]
        if totals and sum(parts) != totals[0]["antal"]:
            raise data_error(file, texts.DATA_WHERE_ROW.format(row=totals[0]["_line"]), "employment_mismatch",
                         total=sum(parts), expected=totals[0]["antal"])


def _check_municipalities(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    expected = setting(resource("befolkning"), "kommunkoder")
    present = {r["kommunkod"] for r in rows}
    for code in expected:
        if code not in present:
            raise data_error(file, texts.DATA_WHERE_FILE, "missing_municipality_row", code=code)


CHECKS = {
    "kommuner_summerar_till_lanet": _check_population,
    "riket_minst_lanet": _check_riket,
    "koder_och_namn": _check_names,
    "rimlig_forandring": _check_changes,
    "anslag_summerar_till_totalen": _check_budget,
    "branscher_summerar_till_totalen": _check_employment,
    "alla_kommuner": _check_municipalities,
}


def to_csv(name: str, frame: pd.DataFrame) -> str:
    """Serialise a frame in the column order of the descriptor (no index)."""
    names = [f["name"] for f in resource(name)["schema"]["fields"]]
    return frame[names].to_csv(index=False, lineterminator="\n")
