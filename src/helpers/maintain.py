"""Maintainer tool: keep navigation cells and the course map in step with the notebooks.

Each notebook carries its own metadata under ``metadata["kurs"]``::

    {"titel": "Kom igång med kursen", "niva": "Introduktion", "minuter": 15,
     "du_lar_dig": "köra celler, svara på övningar och spara ditt arbete"}

From that, this module writes (a) a navigation cell right after the title and as the last
cell of every notebook, (b) the course map table in notebook 00 and (c) the course map in
README.md. ``python -m helpers.maintain`` rewrites them; ``--check`` only reports drift
(tests/test_repo.py runs the check, so CI fails when someone forgets).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from . import texts
from .store.paths import REPO_ROOT

NAV_MARK = "<!-- NAVIGATION: skapas av `python -m helpers.maintain` – ändra inte för hand -->"
MAP_MARK = "<!-- KURSKARTA: skapas av `python -m helpers.maintain` – ändra inte för hand -->"
README_START = "<!-- KURSKARTA:START -->"
README_END = "<!-- KURSKARTA:END -->"
NOTEBOOK_NAME = re.compile(r"^(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*\.ipynb$")
META_KEYS = ("titel", "niva", "minuter", "du_lar_dig")


def notebook_paths(root: Path = REPO_ROOT) -> list[Path]:
    """The course notebooks, in order (``notebooks/NN-slug.ipynb``)."""
    return sorted(p for p in (root / "notebooks").glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))


def read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, nb: dict[str, Any]) -> None:
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def meta(nb: dict[str, Any], path: Path) -> dict[str, Any]:
    kurs = nb.get("metadata", {}).get("kurs")
    missing = [k for k in META_KEYS if not isinstance(kurs, dict) or k not in kurs]
    if missing:
        raise ValueError(f"{path.name}: metadata.kurs lacks {', '.join(missing)}")
    return kurs


def label(path: Path, kurs: dict[str, Any]) -> str:
    return f"{path.name[:2]} · {kurs['titel']}"


def nav_source(index: int, paths: list[Path], metas: list[dict[str, Any]]) -> str:
    parts = []
    if index > 0:
        parts.append(f"[← {label(paths[index - 1], metas[index - 1])}]({paths[index - 1].name})")
    else:
        parts.append(texts.NAV_START)
    parts.append(f"[{texts.NAV_CONTENTS}]({paths[0].name})")
    if index + 1 < len(paths):
        parts.append(f"[{label(paths[index + 1], metas[index + 1])} →]({paths[index + 1].name})")
    else:
        parts.append(texts.NAV_END)
    return f"{NAV_MARK}\n" + " | ".join(parts)


def course_map(paths: list[Path], metas: list[dict[str, Any]], prefix: str = "") -> str:
    rows = ["| " + " | ".join(texts.MAP_HEADER) + " |", "|---|---|---|---|"]
    for path, kurs in zip(paths, metas, strict=True):
        minutes = texts.MINUTES.format(n=kurs["minuter"])
        rows.append(f"| [{label(path, kurs)}]({prefix}{path.name}) | {kurs['niva']} | {minutes} | {kurs['du_lar_dig']} |")
    total = texts.MINUTES.format(n=sum(int(k["minuter"]) for k in metas))
    rows.append(f"| **{texts.MAP_TOTAL}** | | **{total}** | |")
    return "\n".join(rows)


def _cell(cell_id: str, source: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source.splitlines(keepends=True)}


def _text(cell: dict[str, Any]) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def expected_notebook(nb: dict[str, Any], index: int, paths: list[Path], metas: list[dict[str, Any]]) -> dict[str, Any]:
    """``nb`` with its navigation cells (and, in notebook 00, the course map) up to date."""
    nb = json.loads(json.dumps(nb))
    cells = [c for c in nb["cells"] if not _text(c).startswith(NAV_MARK)]
    nav = nav_source(index, paths, metas)
    cells.insert(1, _cell("navigering-topp", nav))
    cells.append(_cell("navigering-botten", nav))
    if index == 0:
        for cell in cells:
            if _text(cell).startswith(MAP_MARK):
                cell["source"] = f"{MAP_MARK}\n{course_map(paths, metas)}".splitlines(keepends=True)
    nb["cells"] = cells
    return nb


def expected_readme(text: str, paths: list[Path], metas: list[dict[str, Any]]) -> str:
    start, end = text.index(README_START), text.index(README_END)
    table = course_map(paths, metas, prefix="notebooks/")
    return f"{text[:start]}{README_START}\n{table}\n{text[end:]}"


def sync(root: Path = REPO_ROOT, check: bool = False) -> list[str]:
    """Bring notebooks and README up to date; with ``check`` only list what is out of date."""
    paths = notebook_paths(root)
    notebooks = [read(p) for p in paths]
    metas = [meta(nb, p) for nb, p in zip(notebooks, paths, strict=True)]
    drift = []
    for i, (path, nb) in enumerate(zip(paths, notebooks, strict=True)):
        wanted = expected_notebook(nb, i, paths, metas)
        if wanted != nb:
            drift.append(str(path.relative_to(root)))
            if not check:
                write(path, wanted)
    readme = root / "README.md"
    text = readme.read_text(encoding="utf-8")
    wanted_text = expected_readme(text, paths, metas)
    if wanted_text != text:
        drift.append("README.md")
        if not check:
            readme.write_text(wanted_text, encoding="utf-8")
    return drift


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    drift = sync(check=check)
    if check and drift:
        print("Out of date (run `make sync`):", ", ".join(drift))
        return 1
    print("Updated: " + ", ".join(drift) if drift else "Everything is up to date.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
