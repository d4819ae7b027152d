"""Refresh the population data set from SCB's open API (PxWebApi 2, JSON-stat 2).

Maintainer use::

    python -m helpers.data refresh befolkning            # newest year from SCB
    python -m helpers.data refresh befolkning --file svar.json --dry-run

The request is a GET against ``/tables/TAB638/data`` with ``lang=sv``,
``outputFormat=json-stat2`` and ``valueCodes[...]`` for Region (riket, the county and its
municipalities), ContentsCode ``BE0101N1`` (folkmängd) and Tid ``top(1)``; the eliminable
variables (civilstånd, ålder, kön) are left out so SCB returns totals. The JSON-stat 2 answer is
decoded strictly (anything unexpected is refused, never guessed at), merged into
``data/befolkning.csv`` and validated with the same rules as :func:`helpers.store.data.load` – including
the plausibility checks (riket at least the county, codes matched to names, year-on-year change
within the descriptor's bounds) – and SCB's own region labels must match the names in the file.
Only a complete, valid result replaces the file: first a dated copy of the old file is kept in
``data/sakerhetskopior/``, then the file is replaced atomically with its mode kept. Every failure
ends in one Swedish "Uppdateringen misslyckades" message with the file unchanged. Nothing here
runs at notebook time.
"""

from __future__ import annotations

import json
import math
import re
import traceback
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import texts
from . import data, files
from .oserrors import describe_os_error

API = "https://statistikdatabasen.scb.se/api/v2/tables/{table}/data"
TIMEOUT = 60
BACKUPS = "sakerhetskopior"


class RefreshError(RuntimeError):
    """The SCB answer could not be used; the data file was left untouched.

    The message is Swedish; ``detail`` keeps raw technical text (shown apart, for the maintainer).
    """

    def __init__(self, problem: str, /, *, detail: str | None = None, **fields: Any) -> None:
        super().__init__(texts.SCB_PROBLEMS[problem].format(**fields))
        self.detail = detail


@dataclass(frozen=True)
class Report:
    years: tuple[int, ...]
    added: int
    changed: int
    written: bool
    backup: Path | None = None


def query_url(years: str = "top(1)") -> str:
    """The GET URL for folkmängd for riket, the county and its municipalities."""
    res = data.resource("befolkning")
    params = [("lang", "sv"), ("outputFormat", "json-stat2"),
              ("valueCodes[Region]", ",".join(["00", "24", *data.setting(res, "kommunkoder")])),
              ("valueCodes[ContentsCode]", data.setting(res, "uppdatering.innehall")), ("valueCodes[Tid]", years)]
    return API.format(table=data.setting(res, "uppdatering.tabell")) + "?" + urllib.parse.urlencode(params, safe="[](),")


def fetch(url: str) -> dict[str, Any]:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "regionalpolitik-kurs"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310 - fixed https URL
            body = answer.read()
    except urllib.error.HTTPError as err:
        raise RefreshError("http", code=err.code, detail=repr(err.read()[:300])) from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise RefreshError("offline", detail=str(err)) from None
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RefreshError("not_json", detail=str(err)) from None


def _size(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RefreshError("size")
    return value


def _categories(dim_id: str, dimension: Any) -> list[str]:
    """The category ids of one dimension, in order (JSON-stat 2: ``index`` as array or object, else ``label``)."""
    category = dimension.get("category") if isinstance(dimension, dict) else None
    if not isinstance(category, dict):
        raise RefreshError("bad_category", dim=dim_id)
    index = category.get("index", category.get("label"))
    if index is None:
        raise RefreshError("no_index", dim=dim_id)
    if isinstance(index, list) and all(isinstance(code, str) for code in index):
        return list(index)
    if isinstance(index, dict) and all(isinstance(code, str) for code in index):
        positions = list(index.values())
        if all(isinstance(p, int) and not isinstance(p, bool) and p >= 0 for p in positions):
            if len(set(positions)) != len(positions):
                raise RefreshError("bad_category", dim=dim_id)
            return [code for code, _ in sorted(index.items(), key=lambda item: item[1])]
        if all(isinstance(p, str) for p in positions):  # a label object stands in for the index
            return list(index)
    raise RefreshError("bad_category", dim=dim_id)


def decode(doc: Any) -> list[dict[str, Any]]:
    """Flatten a JSON-stat 2 dataset into one dict per cell: ``{dimension id: category id, "value": v}``.

    Follows the JSON-stat 2.0 format: ``id`` and ``size`` list the dimensions in row-major order;
    a category ``index`` is an array of ids or an object id → position (``label`` stands in when
    ``index`` is missing); ``value`` is an array or a sparse object keyed by position. Anything of
    another shape raises :class:`RefreshError`.
    """
    if not isinstance(doc, dict) or doc.get("class") != "dataset" or not str(doc.get("version", "")).startswith("2"):
        raise RefreshError("not_dataset")
    ids, sizes, dims = doc.get("id"), doc.get("size"), doc.get("dimension")
    if not (isinstance(ids, list) and isinstance(sizes, list) and isinstance(dims, dict) and len(ids) == len(sizes)
            and all(isinstance(i, str) and i in dims for i in ids)):
        raise RefreshError("shape")
    sizes = [_size(size) for size in sizes]
    categories = []
    for dim_id, size in zip(ids, sizes, strict=True):
        order = _categories(dim_id, dims[dim_id])
        if len(order) != size:
            raise RefreshError("category_count", dim=dim_id, count=len(order), size=size)
        categories.append(order)
    total = math.prod(sizes)
    values = doc.get("value")
    if isinstance(values, list):
        if len(values) != total:
            raise RefreshError("incomplete", total=total, count=len(values))
        cells = values
    elif isinstance(values, dict):
        cells = [values.get(str(i)) for i in range(total)]
    else:
        raise RefreshError("no_values")
    rows = []
    for position, value in enumerate(cells):
        row, rest = {}, position
        for dim_id, order, size in zip(reversed(ids), reversed(categories), reversed(sizes), strict=True):
            row[dim_id] = order[rest % size]
            rest //= size
        row["value"] = value
        rows.append(row)
    return rows


def _whole(value: Any) -> int | None:
    """``value`` as an int if it is a finite whole number (``6942`` or ``6942.0``), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        return None
    return int(value)


def _labels(doc: Any) -> dict[str, str]:
    """SCB's region labels by code, without a leading code (``"2480 Umeå"`` → ``"Umeå"``)."""
    try:
        labels = doc["dimension"]["Region"]["category"]["label"]
    except (KeyError, TypeError):
        return {}
    if not isinstance(labels, dict):
        return {}
    return {code: re.sub(rf"^{re.escape(code)}\s+", "", label).strip() for code, label in labels.items()
            if isinstance(code, str) and isinstance(label, str)}


def to_population(cells: list[dict[str, Any]], labels: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Turn decoded TAB638 cells into rows of ``data/befolkning.csv`` (complete years only).

    ``labels`` (SCB's region names by code) must agree with the names in the file: a response whose
    codes and names disagree is refused.
    """
    res = data.resource("befolkning")
    codes = ["00", "24", *data.setting(res, "kommunkoder")]
    contents = data.setting(res, "uppdatering.innehall")
    current = data.load("befolkning")
    names = dict(zip(current["regionkod"], current["region"], strict=True))
    for code, label in (labels or {}).items():
        if code in names and label.casefold() != names[code].casefold():
            raise RefreshError("name", code=code, label=label, name=names[code])
    rows = []
    for year in sorted({str(c.get("Tid")) for c in cells}):
        if not re.fullmatch(r"[0-9]{4}", year):
            raise RefreshError("not_year", year=year)
        in_year = {c.get("Region"): c for c in cells if str(c.get("Tid")) == year}
        missing = [code for code in codes if code not in in_year]
        if missing:
            raise RefreshError("partial", year=year, codes=", ".join(missing))
        for code in codes:
            cell = in_year[code]
            if cell.get("ContentsCode") not in (None, contents):
                raise RefreshError("contents", code=cell.get("ContentsCode"))
            value = _whole(cell["value"])
            if value is None:
                raise RefreshError("not_whole", code=code, year=year, value=cell["value"])
            level = "riket" if code == "00" else "lan" if len(code) == 2 else "kommun"
            rows.append({"regionkod": code, "region": names.get(code, code), "niva": level, "ar": int(year),
                         "folkmangd": value})
    if not rows:
        raise RefreshError("empty")
    return rows


def refresh(doc: dict[str, Any] | None = None, *, write: bool = True) -> Report:
    """Merge SCB's newest figures into ``data/befolkning.csv``; validate before replacing the file.

    A written refresh first keeps a dated copy of the old file in ``data/sakerhetskopior/``.
    """
    import pandas as pd

    doc = doc if doc is not None else fetch(query_url())
    new = pd.DataFrame(to_population(decode(doc), _labels(doc)))
    current = data.load("befolkning")
    key = ["regionkod", "ar"]
    merged = current.merge(new, on=key, how="outer", suffixes=("", "_ny"), indicator=True)
    added = int((merged["_merge"] == "right_only").sum())
    both = merged[merged["_merge"] == "both"]
    changed = int((both["folkmangd"].astype("Int64") != both["folkmangd_ny"].astype("Int64")).sum())
    kept = current.set_index(key)
    kept.update(new.set_index(key)[["folkmangd"]])
    combined = pd.concat([kept.reset_index(), new[~new.set_index(key).index.isin(kept.index)]], ignore_index=True)
    combined = combined.sort_values(["ar", "regionkod"], key=lambda s: s if s.name == "ar" else s.map(_order))
    text = data.to_csv("befolkning", combined)
    target = data.path("befolkning")
    try:
        data.parse("befolkning", text, target)  # the same rules as data.load – before anything is written
    except data.DataError as err:
        raise RefreshError("invalid", problem=err.problem) from None
    years = tuple(sorted({int(y) for y in new["ar"]}))
    if not (write and (added or changed)):
        return Report(years, added, changed, False)
    try:
        backup = files.dated_copy(target, target.parent / BACKUPS)
    except OSError as err:
        raise RefreshError("backup", reason=describe_os_error(err), detail=str(err)) from None
    try:
        files.atomic_write_text(target, text)
    except OSError as err:
        raise RefreshError("write", reason=describe_os_error(err), detail=str(err)) from None
    return Report(years, added, changed, True, backup)


def _order(code: str) -> str:
    return {"00": "0", "24": "1"}.get(code, "2" + code)


def _read_answer(name: str) -> Any:
    try:
        return json.loads(Path(name).read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise RefreshError("file_unreadable", reason=describe_os_error(err), detail=str(err)) from None
    except json.JSONDecodeError as err:
        raise RefreshError("file_not_json", path=name, line=err.lineno, col=err.colno) from None
    except UnicodeDecodeError:
        raise RefreshError("file_unreadable", reason=texts.NOT_UTF8) from None


def cli(argv: list[str]) -> int:
    """``refresh befolkning [--dry-run] [--file SVAR.json]``; every failure ends in one Swedish message."""
    if len(argv) < 2 or argv[0] != "refresh" or argv[1] != "befolkning" or argv[-1] == "--file":
        print(texts.SCB_USAGE)
        return 2
    try:
        target: Path | str = data.path("befolkning")
    except data.DataError:
        target = "data/befolkning.csv"
    try:
        doc = _read_answer(argv[argv.index("--file") + 1]) if "--file" in argv else None
        report = refresh(doc, write="--dry-run" not in argv)
    except (RefreshError, data.DataError) as err:
        return _failed(target, str(err), getattr(err, "detail", None))
    except Exception:  # noqa: BLE001 - last resort: the file is untouched, say so in Swedish
        return _failed(target, texts.SCB_PROBLEMS["unexpected"], traceback.format_exc())
    state = (texts.SCB_WRITTEN.format(backup=report.backup) if report.written
             else texts.SCB_DRY_RUN if "--dry-run" in argv else texts.SCB_NO_CHANGE)
    print(texts.SCB_DONE.format(years=", ".join(map(str, report.years)), added=report.added, changed=report.changed,
                                state=state))
    return 0


def _failed(target: Path | str, reason: str, detail: str | None) -> int:
    print(texts.SCB_FAILED.format(path=target, reason=reason.rstrip(".") + "."))
    if detail:
        print(texts.SCB_DETAILS.format(detail=detail))
    return 1
