"""The layers of ``src/helpers`` and the rules that keep them apart (see docs/architecture.md).

* ``helpers.core``: pure logic. Imports only ``core`` and ``texts``; no widgets, display, charts,
  pandas or file and network libraries.
* ``helpers.store``: files. Imports ``core``, ``texts`` and ``store``; never ``ui`` or widgets.
* ``helpers.ui``: shared display parts. Imports ``core``, ``store``, ``texts`` and ``ui``, never the
  notebook-facing modules on top.
* ``helpers.texts``: strings only; imports nothing from the package.
* No import cycle anywhere, counting imports inside functions too.

The rules are read from the source with :mod:`ast`, so a wrong-way import fails here before it runs.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "helpers"
LAYERS = ("core", "store", "ui", "texts")
ALLOWED = {"core": {"core", "texts"}, "store": {"core", "store", "texts"},
           "ui": {"core", "store", "ui", "texts"}, "texts": {"texts"}}
FORBIDDEN_LIBRARIES = {
    "core": {"ipywidgets", "IPython", "matplotlib", "pandas", "numpy", "urllib", "socket", "http", "shutil", "tempfile"},
    "store": {"ipywidgets", "IPython", "matplotlib"},
    "ui": set(), "texts": set(),
}
MAX_LINES = 350


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(p, package): p for p in sorted(package.rglob("*.py"))}


def imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The package modules and outside libraries that the file imports, at any depth of the code."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    return found


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    mods = modules(package)
    known = set(mods)
    return {name: imports(path, name, known) for name, path in mods.items()}


def violations(package: Path = PACKAGE) -> list[str]:
    edges = graph(package)
    root = package.name
    problems = []
    for mod, targets in edges.items():
        layer = layer_of(mod)
        if layer is None:
            continue
        for target in sorted(targets):
            top = target.split(".")[0]
            if top == root:
                if target == root:
                    problems.append(f"{mod} imports the package root")
                elif layer_of(target) not in ALLOWED[layer]:
                    problems.append(f"{mod} ({layer}) imports {target}")
            elif top in FORBIDDEN_LIBRARIES[layer]:
                problems.append(f"{mod} ({layer}) imports {top}")
    return problems + [" → ".join(c) for c in cycles(edges)]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of modules (Tarjan), as a list of names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in edges or w == v:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_layers_import_only_downwards_and_nothing_imports_in_a_circle():
    assert violations() == []


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root / "helpers"


@pytest.mark.parametrize(("files", "expected"), [
    ({"helpers/core/grading.py": "from ..store import progress\n", "helpers/store/progress.py": ""},
     "helpers.core.grading (core) imports helpers.store.progress"),
    ({"helpers/core/grading.py": "def f():\n    import ipywidgets\n"}, "helpers.core.grading (core) imports ipywidgets"),
    ({"helpers/store/bank.py": "from ..ui.render import box\n", "helpers/ui/render.py": ""},
     "helpers.store.bank (store) imports helpers.ui.render"),
    ({"helpers/ui/render.py": "from .. import quiz\n", "helpers/quiz.py": ""}, "helpers.ui.render (ui) imports helpers.quiz"),
    ({"helpers/a.py": "from . import b\n", "helpers/b.py": "def f():\n    from . import a\n"}, "helpers.a → helpers.b"),
], ids=["core-to-store", "core-to-widgets", "store-to-ui", "ui-to-top", "cycle"])
def test_a_wrong_way_import_is_found(tmp_path, files, expected):
    package = _write(tmp_path, {"helpers/__init__.py": "", "helpers/core/__init__.py": "", "helpers/store/__init__.py": "",
                                "helpers/ui/__init__.py": "", **files})
    assert expected in violations(package)


def test_the_real_package_has_each_layer():
    names = set(modules())
    for layer in ("core", "store", "ui"):
        assert f"helpers.{layer}" in names and sum(n.startswith(f"helpers.{layer}.") for n in names) >= 2, layer


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_longer_than_the_limit(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines (at most {MAX_LINES}); split it by concern"


NOTEBOOK_MODULES = sorted(p for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "launch", "maintain", "labserver"})


@pytest.mark.parametrize("path", NOTEBOOK_MODULES, ids=lambda p: p.stem)
def test_widget_factories_show_errors_through_the_one_decorator(path):
    """Every ``widget``/``*_widget`` factory is wrapped by ``render.shows_errors``, and none builds its own
    load-error box in a ``try``/``except`` (there were six copies of that)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and (node.name == "widget" or node.name.endswith("_widget")):
            decorators = [ast.unparse(d) for d in node.decorator_list]
            assert any("shows_errors" in d for d in decorators), f"{path.stem}.{node.name}"
            own = [n for stmt in node.body if not isinstance(stmt, ast.FunctionDef) for n in ast.walk(stmt)]  # not its callbacks
            assert not any(isinstance(n, ast.Try) for n in own), f"{path.stem}.{node.name} catches errors itself"
    assert "LOAD_FAILED.format" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_numbers_are_formatted_in_one_place(path):
    """Swedish numbers come from ``core.parsing.format_number`` only: no hand-made decimal comma or
    thousands separator elsewhere (there were six copies with two different separators)."""
    if path == PACKAGE / "core" / "parsing.py":
        return
    text = path.read_text(encoding="utf-8")
    for pattern in ('.replace(".", ",")', ".replace('.', ',')", ':,}"', ":,.", '.replace(",", " ")'):
        assert pattern not in text, f"{path.relative_to(PACKAGE)} formats a number by hand ({pattern})"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_html_tables_are_built_in_one_place(path):
    """Every HTML table (notebook tables, fact tables, the class view, the capstone export) comes from
    ``core.htmltable.table``; there were two renderers."""
    if path != PACKAGE / "core" / "htmltable.py":
        assert "<table" not in path.read_text(encoding="utf-8"), f"{path.relative_to(PACKAGE)} builds its own table"


@pytest.mark.parametrize("path", NOTEBOOK_MODULES, ids=lambda p: p.stem)
def test_saving_warnings_are_shown_in_one_way(path):
    """A widget hands the store's new warnings straight to ``render`` (``show_new_warnings``, or as the
    ``warnings`` of ``render.info``/``render.feedback``); none keeps its own copy of the check (six before)."""
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\w+ :?= (?:self\.)?store\.new_warnings\(\)", text), path.stem


def test_new_warnings_are_shown_only_when_there_are_some():
    from helpers.ui import render

    class Store:
        def __init__(self, warnings):
            self.warnings = warnings

        def new_warnings(self):
            found, self.warnings = self.warnings, []
            return found

    class Out:
        value = "tidigare återkoppling"

    out = Out()
    assert render.show_new_warnings(Store([]), out) is False and out.value == "tidigare återkoppling"
    assert render.show_new_warnings(Store(["Disken är full."]), out) is True
    assert "Disken är full." in out.value and "⚠" in out.value
    assert render.show_new_warnings(Store(["X"]), out, lambda w: f"egen {w[0]}") and out.value == "egen X"
