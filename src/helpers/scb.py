"""Refresh the population data set from SCB's open API (PxWebApi 2, JSON-stat 2).

Maintainer use::

    python -m helpers.data refresh befolkning            # newest year from SCB
    python -m helpers.data refresh befolkning --file svar.json --dry-run

The request is a GET against ``/tables/TAB638/data`` with ``lang=sv``,
``outputFormat=json-stat2`` and ``valueCodes[...]`` for Region (riket, the county and its
municipalities), ContentsCode ``BE0101N1`` (folkmängd) and Tid ``top(1)``; the eliminable
variables (civilstånd, ålder, kön) are left out so SCB returns totals. The JSON-stat 2 answer is
decoded, merged into ``data/befolkning.csv`` and validated with the same rules as
:func:`helpers.data.load`. Only a complete, valid result replaces the file – atomically – so a
failed or partial download never overwrites good data. Nothing here runs at notebook time.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import data

API = "https://statistikdatabasen.scb.se/api/v2/tables/{table}/data"
TIMEOUT = 60


class RefreshError(RuntimeError):
    """The SCB answer could not be used; the data file was left untouched."""


@dataclass(frozen=True)
class Report:
    years: tuple[int, ...]
    added: int
    changed: int
    written: bool


def query_url(years: str = "top(1)") -> str:
    """The GET URL for folkmängd for riket, the county and its municipalities."""
    res = data.resource("befolkning")
    update = res["uppdatering"]
    params = [("lang", "sv"), ("outputFormat", "json-stat2"),
              ("valueCodes[Region]", ",".join(["00", "24", *res["kommunkoder"]])),
              ("valueCodes[ContentsCode]", update["innehall"]), ("valueCodes[Tid]", years)]
    return API.format(table=update["tabell"]) + "?" + urllib.parse.urlencode(params, safe="[](),")


def fetch(url: str) -> dict[str, Any]:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "regionalpolitik-kurs"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310 - fixed https URL
            body = answer.read()
    except urllib.error.HTTPError as err:
        raise RefreshError(f"SCB answered HTTP {err.code}: {err.read()[:300]!r}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise RefreshError(f"could not reach SCB: {err}") from None
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RefreshError(f"SCB's answer is not JSON: {err}") from None


def decode(doc: Any) -> list[dict[str, Any]]:
    """Flatten a JSON-stat 2 dataset into one dict per cell: ``{dimension id: category id, "value": v}``.

    Follows the JSON-stat 2.0 format: ``id`` and ``size`` list the dimensions in row-major order;
    a category ``index`` is an array of ids or an object id → position (``label`` stands in when
    ``index`` is missing); ``value`` is an array or a sparse object keyed by position.
    """
    if not isinstance(doc, dict) or doc.get("class") != "dataset" or not str(doc.get("version", "")).startswith("2"):
        raise RefreshError("not a JSON-stat 2 dataset (class must be 'dataset', version 2.x)")
    ids, sizes, dims = doc.get("id"), doc.get("size"), doc.get("dimension")
    if not (isinstance(ids, list) and isinstance(sizes, list) and isinstance(dims, dict) and len(ids) == len(sizes)):
        raise RefreshError("JSON-stat 'id', 'size' and 'dimension' do not match")
    categories = []
    for dim_id, size in zip(ids, sizes, strict=True):
        category = (dims.get(dim_id) or {}).get("category") or {}
        index = category.get("index", category.get("label"))
        if isinstance(index, list):
            order = list(index)
        elif isinstance(index, dict):
            order = [code for code, _ in sorted(index.items(), key=lambda item: item[1])] \
                if all(isinstance(v, int) for v in index.values()) else list(index)
        else:
            raise RefreshError(f"dimension {dim_id!r} has no category index")
        if len(order) != size:
            raise RefreshError(f"dimension {dim_id!r} has {len(order)} categories but size {size}")
        categories.append(order)
    total = math.prod(sizes)
    values = doc.get("value")
    if isinstance(values, list):
        if len(values) != total:
            raise RefreshError(f"expected {total} values, got {len(values)}: the answer is incomplete")
        cells = values
    elif isinstance(values, dict):
        cells = [values.get(str(i)) for i in range(total)]
    else:
        raise RefreshError("JSON-stat 'value' is missing")
    rows = []
    for position, value in enumerate(cells):
        row, rest = {}, position
        for dim_id, order, size in zip(reversed(ids), reversed(categories), reversed(sizes), strict=True):
            row[dim_id] = order[rest % size]
            rest //= size
        row["value"] = value
        rows.append(row)
    return rows


def to_population(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turn decoded TAB638 cells into rows of ``data/befolkning.csv`` (complete years only)."""
    res = data.resource("befolkning")
    codes = ["00", "24", *res["kommunkoder"]]
    current = data.load("befolkning")
    names = dict(zip(current["regionkod"], current["region"], strict=True))
    rows = []
    years = sorted({str(c.get("Tid")) for c in cells})
    for year in years:
        in_year = {c.get("Region"): c for c in cells if str(c.get("Tid")) == year}
        missing = [code for code in codes if code not in in_year]
        if missing:
            raise RefreshError(f"year {year} lacks regions {', '.join(missing)}: the answer is partial")
        for code in codes:
            cell = in_year[code]
            if cell.get("ContentsCode") not in (None, res["uppdatering"]["innehall"]):
                raise RefreshError(f"unexpected contents {cell.get('ContentsCode')!r}")
            value = cell["value"]
            if not isinstance(value, int | float) or isinstance(value, bool) or value != int(value):
                raise RefreshError(f"{code} {year} has no whole-number value ({value!r})")
            level = "riket" if code == "00" else "lan" if len(code) == 2 else "kommun"
            rows.append({"regionkod": code, "region": names.get(code, code), "niva": level, "ar": int(year),
                         "folkmangd": int(value)})
    if not rows:
        raise RefreshError("the answer contains no data")
    return rows


def refresh(doc: dict[str, Any] | None = None, *, write: bool = True) -> Report:
    """Merge SCB's newest figures into ``data/befolkning.csv``; validate before replacing the file."""
    import pandas as pd

    new = pd.DataFrame(to_population(decode(doc if doc is not None else fetch(query_url()))))
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
        raise RefreshError(f"the refreshed data does not validate, nothing was written: {err}") from None
    if write and (added or changed):
        _atomic_write(target, text)
    return Report(tuple(sorted({int(y) for y in new["ar"]})), added, changed, write and bool(added or changed))


def _order(code: str) -> str:
    return {"00": "0", "24": "1"}.get(code, "2" + code)


def _atomic_write(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".befolkning-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cli(argv: list[str]) -> int:
    usage = "usage: python -m helpers.data refresh befolkning [--file ANSWER.json] [--dry-run]"
    if len(argv) < 2 or argv[0] != "refresh" or argv[1] != "befolkning":
        print(usage)
        return 2
    doc = None
    if "--file" in argv:
        position = argv.index("--file") + 1
        if position >= len(argv):
            print(usage)
            return 2
        try:
            doc = json.loads(Path(argv[position]).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            print(f"Refresh failed: cannot read {argv[position]}: {err}")
            return 1
    try:
        report = refresh(doc, write="--dry-run" not in argv)
    except (RefreshError, data.DataError) as err:
        print(f"Refresh failed, data/befolkning.csv is unchanged: {err}")
        return 1
    state = "written" if report.written else "not written (dry run or no change)"
    print(f"Years {', '.join(map(str, report.years))}: {report.added} rows added, {report.changed} changed; {state}.")
    return 0
