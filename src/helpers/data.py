"""Course data sets (``data/*.csv``), described in ``data/datapackage.json`` (Frictionless).

``load(name)`` reads a data set by name and validates it against its descriptor – columns,
types, ranges, keys – and against the checks the descriptor names (for example that the 15
municipalities sum to the county every year). Any problem raises :class:`DataError` with a
Swedish message naming the file, the row and the fix. ``source(name)`` gives the citation a
notebook prints beside a chart or table.

Maintainers refresh the population figures from SCB with
``python -m helpers.data refresh befolkning`` (see :mod:`helpers.scb`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import texts
from .core.errors import CourseError
from .store import paths
from .store.oserrors import describe_os_error
from .ui import display, render

if TYPE_CHECKING:  # pandas is imported only when data is loaded
    import pandas as pd

PACKAGE = "datapackage.json"
TYPES = ("string", "integer", "number")
INTEGER = re.compile(r"-?[0-9]+")
NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")  # finite, written as digits: no nan, inf, 1e3 or 1_000


class DataError(CourseError, ValueError):
    """A data file is missing, malformed or fails validation.

    ``problem`` is the problem alone (without file and fix), for messages that reuse the check.
    """

    def __init__(self, message: str, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem or message


def package() -> dict[str, Any]:
    file = paths.data_dir() / PACKAGE
    try:
        stamp = file.stat().st_mtime_ns
    except OSError as err:
        raise DataError(texts.DATA_PACKAGE_MISSING.format(path=file, error=describe_os_error(err))) from None
    return _package(file, stamp)


@lru_cache(maxsize=4)
def _package(file: Path, stamp: int) -> dict[str, Any]:
    try:
        doc = json.loads(file.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise DataError(texts.DATA_PACKAGE_MISSING.format(path=file, error=describe_os_error(err))) from None
    except json.JSONDecodeError as err:
        error = texts.JSON_INVALID.format(line=err.lineno, col=err.colno)
        raise DataError(texts.DATA_PACKAGE_MISSING.format(path=file, error=error)) from None
    except UnicodeDecodeError:
        raise DataError(texts.DATA_PACKAGE_MISSING.format(path=file, error=texts.NOT_UTF8)) from None
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
        raise _package_error(file, "no_resources")
    for n, res in enumerate(resources, 1):
        if not isinstance(res, dict):
            raise _package_error(file, "not_object", n=n)
        for key, present in RESOURCE_KEYS:
            if not present(res):
                raise _package_error(file, "missing", res=res, n=n, key=key)
        for check in res.get("kontroller", []):
            if not isinstance(check, str) or check not in CHECKS:
                raise _package_error(file, "unknown_check", res=res, n=n, key=check)


def _package_error(file: Path, code: str, res: dict[str, Any] | None = None, n: int = 0, **fields: Any) -> DataError:
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
            raise _package_error(paths.data_dir() / PACKAGE, "missing", res=res, key=key)
        value = value[part]
    return value


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


def _html(text: str) -> Any:
    from IPython.display import HTML  # IPython only when a table is shown

    return HTML(text)


@render.shows_errors(_html)
def table(frame: pd.DataFrame, headers: Mapping[Any, str] | None = None) -> Any:
    """Show ``frame`` as a learner reads it: Swedish headers, "–" for missing values, Swedish numbers.

    The data itself is untouched, so code still uses the column names (``kom["tathet"]``); hovering
    over a header shows that name. ``headers`` names columns a cell has computed itself.
    """
    return _html(render.CSS + display.frame_html(frame, headers))


def load(name: str) -> pd.DataFrame:
    """The validated data set ``name`` as a pandas DataFrame with typed columns."""
    file = path(name)
    try:
        text = file.read_text(encoding="utf-8-sig")  # Excel's "CSV UTF-8" starts with a byte-order mark
    except FileNotFoundError:
        raise DataError(texts.DATA_FILE_MISSING.format(path=file, relpath=_relpath(file))) from None
    except OSError as err:
        raise DataError(texts.DATA_FILE_UNREADABLE.format(path=file, reason=describe_os_error(err))) from None
    except UnicodeDecodeError:
        raise _error(file, texts.DATA_WHERE_FILE, "not_utf8") from None
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
        raise _error(file, texts.DATA_WHERE_FILE, "unreadable") from None
    names = [f["name"] for f in fields]
    for column in names:
        if column not in header:
            raise _error(file, texts.DATA_WHERE_FILE, "missing_column", column=column)
    for column in header:
        if column not in names:
            raise _error(file, texts.DATA_WHERE_FILE, "extra_column", column=column)
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
        raise _error(file, where, "extra_fields")
    row: dict[str, Any] = {}
    for field in fields:
        column, constraints = field["name"], field.get("constraints", {})
        value = (raw.get(column) or "").strip()
        if not value:
            if constraints.get("required"):
                raise _error(file, where, "required", column=column)
            row[column] = None
            continue
        if field["type"] == "integer":
            if not INTEGER.fullmatch(value):
                raise _error(file, where, "not_integer", column=column, value=value)
            converted: Any = int(value)
        elif field["type"] == "number":
            if not NUMBER.fullmatch(value):
                raise _error(file, where, "not_number", column=column, value=value)
            converted = float(value)
        else:
            converted = value
        if "minimum" in constraints and converted < constraints["minimum"]:
            raise _error(file, where, "below", column=column, value=value, limit=constraints["minimum"])
        if "maximum" in constraints and converted > constraints["maximum"]:
            raise _error(file, where, "above", column=column, value=value, limit=constraints["maximum"])
        if "enum" in constraints and converted not in constraints["enum"]:
            raise _error(file, where, "enum", column=column, value=value, allowed=", ".join(constraints["enum"]))
        if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value, re.ASCII):
            raise _error(file, where, "pattern", column=column, value=value)
        row[column] = converted
    row["_line"] = line
    return row


def _check_keys(rows: list[dict[str, Any]], key: list[str], file: Path) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        value = tuple(row[k] for k in key)
        if value in seen:
            raise _error(file, texts.DATA_WHERE_ROW.format(row=row["_line"]), "duplicate",
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
            raise _error(file, where, "missing_municipality", year=year,
                         names=", ".join(f"{names.get(c, 'kommunen')} ({c})" for c in missing))
        if county:
            total = sum(r["folkmangd"] for r in in_year if r["niva"] == "kommun")
            if total - county[0]["folkmangd"] != allowed.get(year, 0):
                raise _error(file, where, "sum_mismatch", year=year, total=total, county=county[0]["folkmangd"])


def _check_riket(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    """Riket can never have fewer inhabitants than the county."""
    county = {r["ar"]: r["folkmangd"] for r in rows if r["niva"] == "lan"}
    for row in rows:
        if row["niva"] == "riket" and row["ar"] in county and row["folkmangd"] < county[row["ar"]]:
            raise _error(file, texts.DATA_WHERE_ROW.format(row=row["_line"]), "riket_below_county",
                         riket=row["folkmangd"], year=row["ar"], county=county[row["ar"]])


def _check_names(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    """Each region code has one name, and each name one code, in every year."""
    names: dict[str, tuple[str, int]] = {}
    codes: dict[str, tuple[str, int]] = {}
    for row in rows:
        where = texts.DATA_WHERE_ROW.format(row=row["_line"])
        name, line = names.setdefault(row["regionkod"], (row["region"], row["_line"]))
        if name != row["region"]:
            raise _error(file, where, "name_mismatch", code=row["regionkod"], name=row["region"], other=name, line=line)
        code, line = codes.setdefault(row["region"], (row["regionkod"], row["_line"]))
        if code != row["regionkod"]:
            raise _error(file, where, "code_mismatch", name=row["region"], code=row["regionkod"], other=code, line=line)


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
                raise _error(file, texts.DATA_WHERE_ROW.format(row=after["_line"]), "implausible_change",
                             region=after["region"], code=code, before=old, start=before["ar"], after=new,
                             end=after["ar"], change=render.signed((new / old - 1) * 100, 1),
                             limit=f"{limit * 100:g}".replace(".", ","))


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
                raise _error(file, texts.DATA_WHERE_ROW.format(row=totals[0]["_line"]), "budget_mismatch",
                             year=year, status=status, total=round(total, 3), expected=totals[0]["belopp_mnkr"])


def _check_employment(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    for year in {r["ar"] for r in rows}:
        totals = [r for r in rows if r["ar"] == year and r["bransch"] == "Totalt"]
        parts = [r["antal"] for r in rows if r["ar"] == year and r["bransch"] != "Totalt" and r["antal"] is not None]
        if totals and sum(parts) != totals[0]["antal"]:
            raise _error(file, texts.DATA_WHERE_ROW.format(row=totals[0]["_line"]), "employment_mismatch",
                         total=sum(parts), expected=totals[0]["antal"])


def _check_municipalities(rows: list[dict[str, Any]], res: dict[str, Any], file: Path) -> None:
    expected = setting(resource("befolkning"), "kommunkoder")
    present = {r["kommunkod"] for r in rows}
    for code in expected:
        if code not in present:
            raise _error(file, texts.DATA_WHERE_FILE, "missing_municipality_row", code=code)


CHECKS = {
    "kommuner_summerar_till_lanet": _check_population,
    "riket_minst_lanet": _check_riket,
    "koder_och_namn": _check_names,
    "rimlig_forandring": _check_changes,
    "anslag_summerar_till_totalen": _check_budget,
    "branscher_summerar_till_totalen": _check_employment,
    "alla_kommuner": _check_municipalities,
}


def _relpath(file: Path) -> str:
    try:
        return str(file.relative_to(paths.REPO_ROOT))
    except ValueError:
        return str(file)


def _error(file: Path, where: str, problem_id: str, **fields: Any) -> DataError:
    problem = texts.DATA_PROBLEMS[problem_id].format(**fields)
    return DataError(texts.DATA_ERROR.format(path=file, where=where, problem=problem,
                                             fix=texts.DATA_FIX_RESTORE.format(relpath=_relpath(file))), problem)


def to_csv(name: str, frame: pd.DataFrame) -> str:
    """Serialise a frame in the column order of the descriptor (no index)."""
    names = [f["name"] for f in resource(name)["schema"]["fields"]]
    return frame[names].to_csv(index=False, lineterminator="\n")


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers.data refresh befolkning [--file svar.json]``"""
    from . import scb

    return scb.cli(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
