"""Environment files agree with each other, with the pip lock and with Binder.

repo2docker ignores root-level config once binder/ exists, so binder/environment.yml is what
Binder builds; the root copy serves local conda users. constraints.txt pins .venv and CI.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from support import ROOT, require

ENV = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PINS = {
    canonicalize_name(m.group(1)): m.group(2)
    for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", (ROOT / "constraints.txt").read_text(), flags=re.M)
}
CONDA = {}
for dep in ENV["dependencies"]:
    if isinstance(dep, str):
        name, _, version = dep.partition("=")
        CONDA[canonicalize_name(name)] = version


def test_binder_environment_is_identical_to_the_root_one():
    assert (ROOT / "binder" / "environment.yml").read_bytes() == (ROOT / "environment.yml").read_bytes()


def test_environment_uses_conda_forge_and_pins_python_and_the_teaching_stack():
    assert ENV["channels"] == ["conda-forge"]
    assert re.fullmatch(r"3\.\d+", CONDA["python"]), "pin python to major.minor, e.g. python=3.11"
    for name, version in CONDA.items():
        if name != "pip":
            assert re.fullmatch(r"\d+\.\d+", version), f"{name}: pin major.minor ({name}={version!r})"


def test_environment_and_pyproject_list_the_same_runtime_packages():
    runtime = {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    assert set(CONDA) - {"python", "pip"} == runtime


def test_lock_agrees_with_environment_major_minor():
    for name, version in CONDA.items():
        if name in ("python", "pip"):
            continue
        assert name in PINS, f"{name} is missing from constraints.txt"
        assert PINS[name].split(".")[:2] == version.split("."), f"{name}: lock {PINS[name]} vs environment {version}"
    lower = re.search(r">=\s*(\d+\.\d+)", PYPROJECT["project"]["requires-python"]).group(1)
    assert CONDA["python"] == lower, "environment.yml python and requires-python should name the same version"


def test_every_requirement_is_pinned_and_the_venv_matches_the_lock():
    extras = PYPROJECT["project"]["optional-dependencies"]["test"]
    for req in PYPROJECT["project"]["dependencies"] + extras:
        requirement = Requirement(req)
        name = canonicalize_name(requirement.name)
        assert name in PINS, f"{name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(PINS[name]), f"{name}=={PINS[name]} breaks pyproject's {requirement}"
    require(sys.prefix != sys.base_prefix,
            "not running in the project's virtual environment; run the tests through `make test`")
    skip = {"pip", "setuptools", "wheel", canonicalize_name(PYPROJECT["project"]["name"])}
    for dist in metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name not in skip:
            assert PINS.get(name) == dist.version, f"installed {name} {dist.version} but constraints.txt says {PINS.get(name)}"


def test_postbuild_is_strict_and_installs_the_package():
    post = ROOT / "binder" / "postBuild"
    text = post.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/bash\n") and "set -euo pipefail" in text
    assert re.search(r"pip install .*-e \.", text)
    assert 'cp -r src/helpers/jupyter_config/. "$HOME/.jupyter/"' in text  # the same settings as make lab
    assert os.access(post, os.X_OK)
    assert not (ROOT / ".binder").exists(), "binder/ and .binder/ together make repo2docker fail"


def test_repo2docker_accepts_the_binder_config():
    exe = shutil.which("jupyter-repo2docker", path=os.path.dirname(sys.executable)) or shutil.which("jupyter-repo2docker")
    assert exe, "jupyter-repo2docker is part of the test extra (pip install -e '.[test]')"
    result = subprocess.run([exe, "--no-build", "--no-run", "--debug", str(ROOT)], capture_output=True, text=True,
                            timeout=120)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-3000:]
    assert f"Building conda environment for python={CONDA['python']}" in out
    assert '--file "binder/environment.yml"' in out, "the conda build pack must use binder/environment.yml"
    assert "RUN ./binder/postBuild" in out
    assert "Python version unspecified" not in out


def test_every_installed_package_runs_on_the_oldest_supported_python():
    """The README promises Python 3.11 or later, so no pinned package may need a newer 3.11.x.

    Debian 12 ships Python 3.11.2; a pin that requires 3.11.5 (as soupsieve 3.0+ does) would make
    `make lab` fail there with a resolver error.
    """
    from packaging.specifiers import SpecifierSet

    require(sys.prefix != sys.base_prefix,
            "not running in the project's virtual environment; run the tests through `make test`")
    oldest = re.search(r">=\s*(\d+\.\d+)", PYPROJECT["project"]["requires-python"]).group(1) + ".0"
    too_new = sorted(f"{dist.metadata['Name']} {dist.version} needs Python {dist.metadata['Requires-Python']}"
                     for dist in metadata.distributions()
                     if dist.metadata["Requires-Python"]
                     and not SpecifierSet(dist.metadata["Requires-Python"]).contains(oldest))
    assert too_new == [], too_new
