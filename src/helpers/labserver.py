"""The course's Jupyter server: a notebook that is only opened stays unchanged.

When a notebook's kernel starts, JupyterLab writes the kernel's ``language_info`` (with the exact
Python version) into the notebook's metadata, and any change of metadata marks the notebook as
changed (●): closing its tab then asks to save although the learner did nothing. The committed
notebooks carry only ``{"name": "python"}``, since the Python version differs between machines.

:class:`CourseContentsManager` hands JupyterLab every notebook for the course's ``python3`` kernel
with the ``language_info`` that this environment's kernel will report, so starting the kernel
changes nothing. The file on disk is not touched. ``jupyter_config/jupyter_server_config.json``
switches it on; ``make lab`` (helpers.launch) and Binder (binder/postBuild) use that config.
"""

from __future__ import annotations

import copy
from typing import Any

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

KERNEL = "python3"


def kernel_language() -> dict[str, Any]:
    """The ``language_info`` that the ``python3`` kernel reports (a fresh copy).

    jupyter_client starts that kernel with the server's own Python (its kernelspec's command is
    ``python``), so ipykernel's value in this process is the one the kernel sends.
    """
    from ipykernel.ipkernel import IPythonKernel

    return copy.deepcopy(IPythonKernel.language_info)


def with_kernel_language(notebook: dict[str, Any], language: dict[str, Any]) -> bool:
    """Put ``language`` into the metadata of a notebook for the ``python3`` kernel, as JupyterLab would
    when the kernel starts; ``True`` if that changed the notebook. Other notebooks are left alone."""
    meta = notebook.get("metadata")
    if not isinstance(meta, dict):
        return False
    spec, current = meta.get("kernelspec"), meta.get("language_info")
    if not isinstance(spec, dict) or spec.get("name") != KERNEL:
        return False
    if current is not None and not (isinstance(current, dict) and current.get("name") == language.get("name")):
        return False
    if current == language:
        return False
    meta["language_info"] = copy.deepcopy(language)
    return True


class CourseContentsManager(AsyncLargeFileManager):
    """Jupyter's default contents manager, but notebooks arrive with the kernel's ``language_info``."""

    async def get(self, path: str, content: bool = True, type: str | None = None, format: str | None = None,
                  **kwargs: Any) -> dict[str, Any]:
        model = await super().get(path, content=content, type=type, format=format, **kwargs)
        if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
            with_kernel_language(model["content"], kernel_language())
        return model
