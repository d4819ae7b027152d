"""Repository conventions as tests: the notebook template, clean notebooks, links, data
provenance, navigation and the course map. Conventions that are only reviewed drift."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from support import ROOT

from helpers.maintain import NOTEBOOK_NAME, notebook_paths, sync
from helpers.store import bank

NOTEBOOKS = notebook_paths(ROOT)
ALL_NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
REQUIRED_H2 = ["Översikt", "Förkunskaper", "Förberedelser", "Övningar", "Sammanfattning", "Källor och faktaläge"]
LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def headings(nb: dict) -> list[tuple[int, str, int]]:
    """(level, text, cell index) of every Markdown heading outside code fences."""
    found = []
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "markdown":
            continue
        text = re.sub(r"```.*?```", "", source(cell), flags=re.S)
        for m in re.finditer(r"^(#{1,6})\s+(.+?)\s*$", text, flags=re.M):
            found.append((len(m.group(1)), m.group(2), i))
    return found


def test_notebook_names_and_numbering():
    assert NOTEBOOKS, "no notebooks found"
    numbers = [int(p.name[:2]) for p in NOTEBOOKS]
    assert numbers == list(range(len(numbers))), f"numbering must start at 00 without gaps: {numbers}"
    for path in ALL_NOTEBOOKS:
        assert re.fullmatch(r"[a-z0-9-]+\.ipynb", path.name), f"{path.name}: use lowercase ASCII and hyphens"
    assert all(NOTEBOOK_NAME.match(p.name) for p in NOTEBOOKS)


def installed_kernelspec() -> dict[str, str]:
    """The kernelspec metadata JupyterLab writes when it starts the environment's python3 kernel."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    return {"display_name": spec.display_name, "language": spec.language, "name": "python3"}


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs_and_with_python3_kernel(path):
    nb = load(path)
    # Exactly what JupyterLab would write on starting the kernel; anything else marks the notebook as changed.
    assert nb["metadata"]["kernelspec"] == installed_kernelspec()
    assert "widgets" not in nb["metadata"], "widget state is saved: strip the notebook (nbstripout)"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, f"{path.name} cell {i} has output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_template_structure(path):
    nb = load(path)
    kurs = nb["metadata"]["kurs"]
    heads = headings(nb)
    h1 = [h for h in heads if h[0] == 1]
    assert len(h1) == 1 and h1[0][2] == 0, "exactly one H1, in the first cell"
    assert h1[0][1].startswith(f"{path.name[:2]} · {kurs['titel']}")
    first = source(nb["cells"][0])
    assert f"**Nivå:** {kurs['niva']}" in first and f"**Tid:** ca {kurs['minuter']} min" in first
    previous = 1
    for level, text, _ in heads[1:]:
        assert level <= previous + 1, f"heading level jumps to {level} at '{text}'"
        previous = level
    h2 = [text for level, text, _ in heads if level == 2]
    positions = [h2.index(name) if name in h2 else -1 for name in REQUIRED_H2]
    assert -1 not in positions, f"missing sections: {[n for n, p in zip(REQUIRED_H2, positions, strict=True) if p < 0]}"
    assert positions == sorted(positions), f"sections out of order: {h2}"
    titles = [text for _, text, _ in heads]
    assert titles.index("Nästa steg") > titles.index("Sammanfattning")
    if int(path.name[:2]) >= 2:  # spaced retrieval from earlier notebooks
        assert "Kom ihåg" in h2 and h2.index("Förberedelser") < h2.index("Kom ihåg") < h2.index("Övningar")
    assert re.search(r"^1\. ", source(nb["cells"][_cell_of(heads, "Översikt")]), flags=re.M), "objectives list"


def _cell_of(heads: list, title: str) -> int:
    return next(i for level, text, i in heads if text == title)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_sources_end_with_a_fact_date(path):
    nb = load(path)
    cell = source(nb["cells"][_cell_of(headings(nb), "Källor och faktaläge")])
    match = re.search(r"\*\*Faktaläge:\*\* (\d{4}-\d{2}-\d{2})", cell)
    assert match, "the sources cell needs '**Faktaläge:** ÅÅÅÅ-MM-DD'"
    assert dt.date.fromisoformat(match.group(1)) <= dt.date.today()
    assert cell.count("\n- ") >= 1, "list the sources"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_first_code_cell_imports_helpers(path):
    code = next(source(c) for c in load(path)["cells"] if c["cell_type"] == "code")
    assert "from helpers import" in code


def test_navigation_cells_and_course_map_are_up_to_date():
    drift = sync(ROOT, check=True)
    assert drift == [], f"out of date, run `make sync`: {drift}"


def test_every_quiz_reference_exists_and_every_question_is_used():
    used: dict[str, str] = {}
    for path in ALL_NOTEBOOKS:
        for cell in load(path)["cells"]:
            if cell["cell_type"] == "code":
                for qid in re.findall(r"quiz\.widget\(\s*[\"']([^\"']+)[\"']", source(cell)):
                    assert qid not in used, f"{qid} is shown twice ({used[qid]} and {path.name})"
                    used[qid] = path.name
    for qid, name in used.items():
        bank.find_question(qid)  # raises with a clear message if it is missing
        assert name.startswith(qid[:2]), f"{qid} belongs in notebook {qid[:2]}, not {name}"
    for bank_path in bank.all_bank_paths():
        unused = [q.id for q in bank.load_bank(bank_path).questions if q.id not in used]
        assert not unused, f"{bank_path.name}: questions never shown in a notebook: {unused}"


def _markdown_files() -> list[tuple[Path, str]]:
    texts = [(p, p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("*.md")) + sorted(ROOT.glob("*/README.md"))]
    for path in ALL_NOTEBOOKS:
        texts += [(path, source(c)) for c in load(path)["cells"] if c["cell_type"] == "markdown"]
    return texts


def test_relative_links_and_images_resolve_and_images_have_alt_text():
    checked = 0
    for path, text in _markdown_files():
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        for match in LINK.finditer(text):
            label, target = match.groups()
            if match.group(0).startswith("!"):
                assert label.strip(), f"{path.name}: image {target} has no alt text"
            parsed = urlparse(target)
            if parsed.scheme or target.startswith("#"):
                continue
            resolved = (path.parent / unquote(parsed.path)).resolve()
            assert resolved.exists(), f"{path.relative_to(ROOT)}: broken link {target}"
            checked += 1
        for img in re.findall(r"<img\b[^>]*>", text):
            assert re.search(r'\balt="[^"]+"', img), f"{path.name}: <img> without alt text"
    assert checked > 0


def test_binder_badge_opens_notebook_00():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    badge = re.search(r"https://mybinder\.org/v2/gh/[^)\s]+", readme)
    assert badge, "README needs a Binder badge"
    labpath = re.search(r"[?&]labpath=([^&)]+)", badge.group(0))
    assert labpath and unquote(labpath.group(1)) == "notebooks/00-kom-igang.ipynb"
    assert (ROOT / unquote(labpath.group(1))).exists()


def test_every_data_file_has_provenance():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells
    files = [p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").rglob("*")
             if p.is_file() and p.name != "README.md" and "sakerhetskopior" not in p.parts]  # the refresh's backups
    assert files
    for name in files:
        assert name in rows, f"data/{name} is not listed in data/README.md"
        _, content, source_, table, fetched, licence = rows[name]
        assert content and source_ and table and licence, f"data/{name}: fill in every column"
        dt.date.fromisoformat(fetched)
    assert not set(rows) - set(files), f"listed but missing: {set(rows) - set(files)}"


def test_readme_commands_and_ci_entry_point():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make lab" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.M) and "set -euo pipefail" in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lab = re.search(r"^lab:.*\n\t(.+)$", makefile, flags=re.M).group(1)
    assert lab == "$(BIN)/python -m helpers.launch $(LAB_FLAGS)", "make lab starts the course through helpers.launch"


def test_readme_test_commands_parse_and_collect():
    """Each pytest command in the README's test block runs as written (collection only: no recursion)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Tester\n\n```bash\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("  #")[0].strip() for line in block.splitlines() if line.startswith(".venv/bin/python")]
    assert len(commands) >= 2, block
    for command in commands:
        args = shlex.split(command)[1:]
        result = subprocess.run([sys.executable, *args, "--collect-only", "-q"], cwd=ROOT, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0, (command, result.stdout[-2000:], result.stderr[-2000:])
        assert re.search(r"\d+(/\d+)? tests? collected", result.stdout), (command, result.stdout[-500:])


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "notebooks"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_tests_skip_only_through_require():
    """A bare pytest.skip would let CI pass without running the test; support.require fails under CI=true."""
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "tests").rglob("*.py"))
                 if path.name != "support.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bpytest\.skip\(|\bpytest\.importorskip\(", line)]
    assert offenders == [], offenders
