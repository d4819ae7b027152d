"""Performance budgets for the course, measured in one run on one machine (`make bench`).

Every budget is a ratio against a floor measured in the same run, interleaved where it can be, so
the numbers compare on a noisy machine. Writes a Markdown table (default PRESTANDA.md) and prints it.

    python tests/bench.py [--out PRESTANDA.md] [--rounds 3] [--skip-env] [--skip-browser]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(HERE / "browser")]

BASE_IMPORT = "import pandas, matplotlib, ipywidgets"
FLOOR_CELL = "import pandas, matplotlib.pyplot, ipywidgets"
BARE_BUTTON = """import ipywidgets as W
ut = W.HTML()
knapp = W.Button(description="Kontrollera")
antal = [0]


def klick(_):
    antal[0] += 1
    ut.value = f"<b>{antal[0]}</b>"


knapp.on_click(klick)
W.VBox([knapp, ut]).add_class("bare-box")"""


def notebooks() -> list[Path]:
    from helpers.maintain import notebook_paths

    return [*notebook_paths(ROOT), *sorted((ROOT / "notebooks" / "larare").glob("*.ipynb"))]


# --- measurements ------------------------------------------------------------------------------------
def run_notebook(nb, cwd: Path) -> float:
    from nbclient import NotebookClient

    start = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - start


def execution(rounds: int) -> dict:
    """All notebooks vs as many fresh kernels that only import pandas, matplotlib.pyplot and ipywidgets."""
    import nbformat

    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)])
    course_totals, floor_totals = [], []
    for _ in range(rounds):
        course = floor_total = 0.0
        for path in notebooks():
            course += run_notebook(nbformat.read(path, as_version=4), path.parent)
            floor_total += run_notebook(nbformat.from_dict(json.loads(json.dumps(floor))), path.parent)
        course_totals.append(course)
        floor_totals.append(floor_total)
    c, f = statistics.median(course_totals), statistics.median(floor_totals)
    return {"course": c, "floor": f, "ratio": c / f, "n": len(notebooks())}


def import_time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def imports(runs: int = 15) -> dict:
    variants = {"base": BASE_IMPORT, "helpers": f"{BASE_IMPORT}; import helpers",
                "quiz": f"{BASE_IMPORT}; from helpers import quiz",
                "heaviest": f"{BASE_IMPORT}; from helpers import data, diagram, fakta, kontroll, ordlista, quiz, reflektion"}
    times: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(runs):  # interleaved, so drift on the machine hits every variant alike
        for key, code in variants.items():
            times[key].append(import_time(code))
    return {k: statistics.median(v) for k, v in times.items()}


def browser(clicks: int = 15) -> dict:
    """Click-to-feedback per exercise type in notebook 00 vs a bare button that only sets an HTML value."""
    import nbformat
    from labtools import (
        CHROMIUM,
        CHROMIUM_ARGS,
        feedback_medians,
        median_click_ms,
        open_and_run_all,
        running_lab,
        wait_until_idle,
    )
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "notebooks"
        shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "export"))
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BARE_BUTTON)],
                                                metadata={"kernelspec": {"name": "python3", "language": "python",
                                                                         "display_name": "Python 3"}}),
                       root / "bench-bare.ipynb")
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["REGKURS_PROGRESS_DIR"] = str(home / "progress")
        with running_lab(root, home) as lab, sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = chromium.new_page(viewport={"width": 1280, "height": 1400})
            open_and_run_all(page, lab, "bench-bare.ipynb")
            wait_until_idle(page)
            page.wait_for_selector(".bare-box button")
            bare = median_click_ms(page, ".bare-box", clicks)
            open_and_run_all(page, lab, "00-kom-igang.ipynb")
            wait_until_idle(page)
            per_type = feedback_medians(page, clicks)
            chromium.close()
    return {"bare": bare, "types": per_type, "slowest": max(per_type.values())}


def class_view(runs: int = 7) -> dict:
    """The class view reading 1,000 pasted codes and drawing the grid summary (the unit test counts the work)."""
    from helpers import klassvy

    text = klassvy.demo_codes("AK", 1000, seed=2026)
    klassvy.collect(text, "AK")  # the course data read once, as in a running notebook
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        klassvy.grid_summary(klassvy.collect(text, "AK").answers)
        times.append(time.perf_counter() - start)
    return {"codes": len(text.splitlines()), "seconds": statistics.median(times)}


def notebook_sizes() -> dict[str, int]:
    return {str(p.relative_to(ROOT)): p.stat().st_size for p in notebooks()}


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def environments() -> dict:
    """Installed size of the runtime environment vs a bare jupyterlab + ipywidgets + pandas + matplotlib."""
    sizes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, packages in {"bare": ["jupyterlab", "ipywidgets", "pandas", "matplotlib"], "course": [str(ROOT)]}.items():
            venv = Path(tmp) / name
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "-c", str(ROOT / "constraints.txt"), *packages], check=True)
            sizes[name] = du(venv)
    return {**sizes, "ratio": sizes["course"] / sizes["bare"]}


# --- report ------------------------------------------------------------------------------------------
def machine() -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    from importlib.metadata import version

    stack = ", ".join(f"{p} {version(p)}" for p in ("jupyterlab", "ipywidgets", "pandas", "matplotlib", "playwright"))
    return [f"- Datum: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
            f"- Dator: {cpu}, {os.cpu_count()} kärnor, {mem} MiB minne, {platform.platform()}",
            f"- Python {platform.python_version()}; {stack}"]


def fmt(x: float, unit: str = "") -> str:
    return f"{x:.2f}".replace(".", ",") + unit


def row(name: str, course: str, floor: str, ratio: float | None, budget: float | None) -> str:
    ok = "–" if budget is None or ratio is None else ("✓ ja" if ratio <= budget else "✗ nej")
    r = "–" if ratio is None else fmt(ratio) + "×"
    b = "–" if budget is None else f"högst {fmt(budget)}×"
    return f"| {name} | {course} | {floor} | {r} | {b} | {ok} |"


def report(results: dict) -> str:
    lines = ["# Prestanda", "", "Skapad med `make bench` (tests/bench.py). Alla kvoter är mätta i samma körning på samma dator;",
             "tiderna i sig varierar mellan datorer och körningar, kvoterna mindre.", "", *machine(), "",
             "| Mått | Kursen | Jämförelse (golv) | Kvot | Budget | Klarar |", "|---|---|---|---|---|---|"]
    ex = results.get("execution")
    if ex:
        lines.append(row(f"Köra alla {ex['n']} notebooks, färsk kernel var (median av {results['rounds']} varv)",
                         fmt(ex["course"], " s"), fmt(ex["floor"], f" s ({ex['n']} kernels som bara importerar pandas, matplotlib.pyplot, ipywidgets)"),
                         ex["ratio"], 1.5))
    im = results["imports"]
    lines.append(row("`import helpers` ovanpå pandas, matplotlib, ipywidgets (median av 15)", fmt(im["helpers"], " s"),
                     fmt(im["base"], " s"), im["helpers"] / im["base"], 1.15))
    lines.append(row("… och `from helpers import quiz` (information)", fmt(im["quiz"], " s"), fmt(im["base"], " s"),
                     im["quiz"] / im["base"], None))
    lines.append(row("… och notebook 08:s import av sju moduler (information)", fmt(im["heaviest"], " s"), fmt(im["base"], " s"),
                     im["heaviest"] / im["base"], None))
    br = results.get("browser")
    if br:
        types = ", ".join(f"{k} {v:.0f}".replace(".", ",") for k, v in br["types"].items())
        lines.append(row(f"Klick till synlig återkoppling, långsammaste övningstypen (median per typ, ms: {types})",
                         f"{br['slowest']:.0f} ms", f"{br['bare']:.0f} ms (en knapp som bara sätter en HTML-text)",
                         br["slowest"] / br["bare"], 1.5))
    cv = results.get("class_view")
    if cv:
        from helpers.core.parsing import format_number

        lines.append(row(f"Klassvyn läser {format_number(cv['codes'])} inklistrade rader med svarskoder och räknar ut värmekartan "
                         "(median av 7, information)", fmt(cv["seconds"], " s"), "–", None, None))
    sizes = results["sizes"]
    biggest = max(sizes, key=sizes.get)
    lines.append(f"| Största notebook utan utdata ({biggest}) | {sizes[biggest] / 1024:.0f} kB | – | – | högst 100 kB "
                 f"| {'✓ ja' if sizes[biggest] <= 100 * 1024 else '✗ nej'} |")
    env = results.get("env")
    if env:
        lines.append(row("Installerad körmiljö utan testverktyg (venv)", f"{env['course'] / 2**20:.0f} MiB",
                         f"{env['bare'] / 2**20:.0f} MiB (jupyterlab, ipywidgets, pandas, matplotlib)", env["ratio"], 1.25))
    lines += ["", "Notebookstorlekar utan utdata (kB): " + ", ".join(f"{Path(k).stem} {v / 1024:.0f}" for k, v in sizes.items()), ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "PRESTANDA.md"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-env", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("REGKURS_PROGRESS_DIR", tempfile.mkdtemp(prefix="regkurs-bench-"))
    os.environ.setdefault("MPLBACKEND", "Agg")
    results: dict = {"rounds": args.rounds}
    print("notebook sizes …", flush=True)
    results["sizes"] = notebook_sizes()
    print("imports …", flush=True)
    results["imports"] = imports()
    print("class view …", flush=True)
    results["class_view"] = class_view()
    print("executing notebooks …", flush=True)
    results["execution"] = execution(args.rounds)
    if not args.skip_browser:
        print("browser …", flush=True)
        results["browser"] = browser()
    if not args.skip_env:
        print("environments …", flush=True)
        results["env"] = environments()
    text = report(results)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
