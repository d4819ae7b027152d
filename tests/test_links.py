"""Links: every internal anchor resolves to a heading, and every external address the course uses
is listed in LANKAR.md with the date it was checked. No network: nothing is fetched here.

Relative file links (and alt text) are checked in test_repo.py."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from support import ROOT

LIST = ROOT / "LANKAR.md"
URL = re.compile(r"https?://[^\s)\]>\"'`|,\\]+")
LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.M)


def markdown_sources() -> list[tuple[Path, str]]:
    """(file, Markdown text) for every notebook cell and Markdown file a reader sees."""
    out = [(p, p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("*.md")) + sorted(ROOT.glob("*/README.md"))]
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        out += [(path, "".join(c["source"])) for c in cells if c["cell_type"] == "markdown"]
    return out


def jupyter_anchor(heading: str) -> str:
    """The id JupyterLab gives a Markdown heading: its text with spaces as hyphens."""
    text = re.sub(r"[*_`]", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)).strip()
    return text.replace(" ", "-")


def github_anchor(heading: str) -> str:
    """The id GitHub gives a heading in a Markdown file."""
    text = re.sub(r"[*_`]", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        return {jupyter_anchor(h) for h in HEADING.findall(text)}
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    return {github_anchor(h) for h in HEADING.findall(text)}


def test_every_anchor_resolves_to_a_heading():
    checked = 0
    for path, text in markdown_sources():
        for _, target in LINK.findall(re.sub(r"```.*?```", "", text, flags=re.S)):
            parsed = urlparse(target)
            if parsed.scheme or not parsed.fragment:
                continue
            file = path if not parsed.path else (path.parent / unquote(parsed.path)).resolve()
            assert unquote(parsed.fragment) in anchors(file), f"{path.relative_to(ROOT)}: no heading for {target}"
            checked += 1
    assert checked >= 1


def test_anchor_rules_match_jupyterlab_and_github():
    assert jupyter_anchor("Checklista för Binder") == "Checklista-för-Binder"
    assert github_anchor("För lärare") == "för-lärare" and github_anchor("Kom igång (snabbt)") == "kom-igång-snabbt"


def used_urls() -> dict[str, set[str]]:
    """External addresses in notebooks, Markdown files, data descriptions, banks, facts and helper texts."""
    files = [p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    files += [p for p in ROOT.glob("*.md") if p != LIST]
    files += [p for p in ROOT.glob("*/README.md") if not p.parent.name.startswith(".")]
    files += [*sorted((ROOT / "data").rglob("*.json")), *sorted((ROOT / "src" / "helpers" / "texts").glob("*.py")),
              ROOT / "src" / "helpers" / "hubb.py", ROOT / "src" / "helpers" / "store" / "scb.py"]
    found: dict[str, set[str]] = {}
    for path in files:
        text = path.read_text(encoding="utf-8").replace("\\n", "\n")
        for url in URL.findall(text):
            url = url.rstrip(".;:")
            host = urlparse(url).netloc
            if "…" in url or re.search(r"[<>{}]", url) or "." not in host:  # templates and placeholders
                continue
            found.setdefault(url, set()).add(str(path.relative_to(ROOT)))
    return found


def listed_urls() -> dict[str, dt.date]:
    rows = {}
    for line in LIST.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].startswith("<http"):
            rows[cells[0].strip("<>")] = dt.date.fromisoformat(cells[2])
    return rows


def test_every_external_address_is_listed_with_a_check_date():
    used, listed = used_urls(), listed_urls()
    assert used and listed
    missing = sorted(set(used) - set(listed))
    assert not missing, "list these addresses in LANKAR.md (with where, date and how checked):\n" + "\n".join(
        f"{u}  ({', '.join(sorted(used[u]))})" for u in missing)
    stale = sorted(set(listed) - set(used))
    assert not stale, f"LANKAR.md lists addresses nothing uses any more: {stale}"
    assert all(d <= dt.date.today() for d in listed.values())
