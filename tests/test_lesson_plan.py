"""The teacher guide's lesson plan only uses what the learners have met: every exercise it runs in
class belongs to a pre-read notebook or to the notebook the pass is built around."""

from __future__ import annotations

import json
import re

from support import ROOT

GUIDE = json.loads((ROOT / "notebooks" / "larare" / "lararhandledning.ipynb").read_text(encoding="utf-8"))
CELLS = {c.get("id"): "".join(c["source"]) for c in GUIDE["cells"]}
LINK = re.compile(r"\]\(\.\./(\d\d)-[^)]*\.ipynb\)")


def _code_notebooks() -> dict[str, str]:
    rows = re.findall(r"^\| ([A-Z]{2}) \|.*?\| \[(\d\d)\]", CELLS["svarskoder-tabell"], re.M)
    return dict(rows)


def test_the_code_table_is_read():
    assert {"AT", "AK", "HB", "LR", "LS", "SO"} <= set(_code_notebooks())


def test_every_code_used_in_a_pass_comes_from_a_pre_read_or_core_notebook():
    pre_read = set(LINK.findall(CELLS["fore-lektionen"]))
    assert pre_read, "the guide names the notebooks to read before the lesson"
    cores = re.findall(r"\[notebook (\d\d)\]", CELLS["lektionsplan"])
    code_notebook = _code_notebooks()
    for number, pass_id in enumerate(("pass-1", "pass-2")):
        allowed = pre_read | set(cores[: number + 1]) | ({"09"} if pass_id == "pass-2" else set())
        used = re.findall(r"svarskod ([A-Z]{2})|\(([A-Z]{2})\)", CELLS[pass_id])
        for code in {a or b for a, b in used}:
            assert code_notebook[code] in allowed, f"{pass_id} uses {code} from notebook {code_notebook[code]}"


def test_binder_is_started_before_the_lesson():
    assert "före lektionen" in CELLS["fore-lektionen"] and "flera minuter" in CELLS["fore-lektionen"]
    assert "före lektionen" in CELLS["pass-1"].lower()
