"""axe-core on the static HTML export (nbconvert) of every notebook, executed first so that
charts, tables and feedback text are in the page. This is what a learner gets from
File → Save and Export Notebook As → HTML, and what a teacher might publish."""

from __future__ import annotations

import re

import pytest
from labtools import ARTIFACTS, assert_accessible
from support import ROOT

from helpers.maintain import notebook_paths

pytestmark = pytest.mark.browser
NOTEBOOKS = [*notebook_paths(ROOT), *sorted((ROOT / "notebooks" / "larare").glob("*.ipynb"))]


@pytest.fixture(scope="module")
def exported(tmp_path_factory, monkeypatch_module):
    """Execute every notebook once (fresh kernel each) and export it to HTML with the lab template."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    out = tmp_path_factory.mktemp("html")
    monkeypatch_module.setenv("REGKURS_PROGRESS_DIR", str(tmp_path_factory.mktemp("progress")))
    exporter = HTMLExporter(template_name="lab", language_code="sv")
    pages = {}
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        body, _ = exporter.from_notebook_node(nb)
        target = out / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        pages[path.stem] = target
    return pages


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_html_export_is_accessible(page, exported, path):
    page.goto(exported[path.stem].as_uri())
    page.wait_for_selector("main, body")
    images = page.locator("img")
    for i in range(images.count()):
        assert images.nth(i).get_attribute("alt"), f"{path.stem}: image {i} has no alt text"
    assert page.locator("html").get_attribute("lang") == "sv"
    body = exported[path.stem].read_text(encoding="utf-8")
    assert not re.search(r"np\.(float|int)\d+\(", body), f"{path.stem}: numpy's technical form in the output"
    assert_accessible(page, f"export-{path.stem}", context=None)
    ARTIFACTS.mkdir(exist_ok=True)
