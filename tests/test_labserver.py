"""A notebook that is only opened is not marked as changed (issue 12): the course's Jupyter server
hands JupyterLab each notebook with the kernel's ``language_info``, which JupyterLab would otherwise
write into the notebook as soon as the kernel starts (tests/browser/test_unchanged.py shows it)."""

from __future__ import annotations

import asyncio
import copy
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from jupyter_server.services.contents.manager import ContentsManager
from support import ROOT
from traitlets.config.loader import JSONFileConfigLoader
from traitlets.utils.importstring import import_item

from helpers import labserver, launch

KERNEL = {"name": "python", "version": "3.11.7", "mimetype": "text/x-python",
          "codemirror_mode": {"name": "ipython", "version": 3}, "pygments_lexer": "ipython3",
          "nbconvert_exporter": "python", "file_extension": ".py"}
COMMITTED = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
             "language_info": {"name": "python"}, "kurs": {"titel": "Test"}}


def notebook(metadata: dict) -> dict:
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": copy.deepcopy(metadata), "cells": []}


def test_a_course_notebook_gets_the_kernels_language_info_and_keeps_the_rest():
    nb = notebook(COMMITTED)
    assert labserver.with_kernel_language(nb, KERNEL)
    assert nb["metadata"] == {**COMMITTED, "language_info": KERNEL}
    assert not labserver.with_kernel_language(nb, KERNEL), "a second time changes nothing"
    saved_elsewhere = notebook({**COMMITTED, "language_info": {**KERNEL, "version": "3.12.1"}})
    assert labserver.with_kernel_language(saved_elsewhere, KERNEL)  # saved with another Python
    assert saved_elsewhere["metadata"]["language_info"]["version"] == "3.11.7"
    no_info = notebook({"kernelspec": COMMITTED["kernelspec"]})
    assert labserver.with_kernel_language(no_info, KERNEL) and no_info["metadata"]["language_info"] == KERNEL


@pytest.mark.parametrize("metadata", [
    {"kernelspec": {"name": "ir", "display_name": "R", "language": "R"}, "language_info": {"name": "R"}},
    {"kernelspec": COMMITTED["kernelspec"], "language_info": {"name": "R"}},
    {"language_info": {"name": "python"}},
    {"kernelspec": "python3"},
])
def test_other_notebooks_are_left_alone(metadata):
    nb = notebook(metadata)
    assert not labserver.with_kernel_language(nb, KERNEL)
    assert nb["metadata"] == metadata
    assert not labserver.with_kernel_language({"cells": [], "metadata": None}, KERNEL)


def test_the_kernel_language_is_what_ipykernel_reports_for_this_python():
    import sys

    from ipykernel.ipkernel import IPythonKernel

    language = labserver.kernel_language()
    assert language == IPythonKernel.language_info and language["version"] == sys.version.split()[0]
    language["version"] = "changed"  # a caller cannot change the cached value
    assert labserver.kernel_language() == IPythonKernel.language_info


def run(coro):
    """Run ``coro`` on its own event loop in a fresh thread: the browser tests' Playwright keeps a loop
    running in this thread, where ``asyncio.run`` refuses to start."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_the_contents_manager_serves_a_course_notebook_with_the_kernel_language(tmp_path):
    path = tmp_path / "01-test.ipynb"
    text = json.dumps(notebook(COMMITTED), indent=1) + "\n"
    path.write_text(text, encoding="utf-8")
    manager = labserver.CourseContentsManager(root_dir=str(tmp_path))
    model = run(manager.get("01-test.ipynb"))
    assert model["type"] == "notebook"
    assert model["content"]["metadata"]["language_info"] == labserver.kernel_language()
    assert model["content"]["metadata"]["kurs"] == {"titel": "Test"}
    assert path.read_text(encoding="utf-8") == text, "the file itself is not changed"
    listing = run(manager.get("01-test.ipynb", content=False))
    assert listing["content"] is None


def test_make_lab_and_binder_use_the_course_contents_manager():
    config = JSONFileConfigLoader("jupyter_server_config.json", str(launch.CONFIG_DIR)).load_config()
    name = config.ServerApp.contents_manager_class
    assert name == "helpers.labserver.CourseContentsManager"
    assert issubclass(import_item(name), ContentsManager)
    assert (ROOT / "src" / "helpers" / "jupyter_config" / "jupyter_server_config.json").parent == launch.CONFIG_DIR
