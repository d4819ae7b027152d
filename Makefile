# Two commands do all set-up on a fresh machine with Python 3.11+ (no conda needed):
#   make lab    create .venv, install the pinned stack and the course package, open JupyterLab
#   make test   the same set-up plus test tools, then the whole test suite
# .ci/run calls `make test`.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Extra flags for `make lab`, e.g. LAB_FLAGS="--no-browser --port=8890"
LAB_FLAGS ?=
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

AXE := tests/browser/axe/node_modules/axe-core/axe.min.js

.PHONY: lab test bench setup setup-test sync lock clean

# helpers.launch adds 127.0.0.1, a fresh random token, the notebooks folder and notebook 00.
lab: $(VENV)/.kurs-installerad
	$(BIN)/python -m helpers.launch $(LAB_FLAGS)

test: $(VENV)/.test-installerad $(AXE)
	$(BIN)/python -m pytest

# Performance budgets (not part of `make test`): writes PRESTANDA.md; about two minutes.
bench: $(VENV)/.test-installerad
	$(BIN)/python tests/bench.py --out PRESTANDA.md

# axe-core for the accessibility tests, pinned in tests/browser/axe/package-lock.json.
$(AXE): tests/browser/axe/package.json tests/browser/axe/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix tests/browser/axe --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm saknas: tillgänglighetstesterna hoppas över (i CI underkänns de). Installera nodejs och npm."; fi

setup: $(VENV)/.kurs-installerad
setup-test: $(VENV)/.test-installerad

$(VENV)/.kurs-installerad: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.test-installerad: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e ".[test]"
	touch $@ $(VENV)/.kurs-installerad

$(BIN)/python:
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v >= (3, 11) else "Kursen kräver Python 3.11 eller senare (du har %d.%d). Ange en annan med PYTHON=python3.12" % v[:2])'
	$(PYTHON) -m venv $(VENV)

# Maintainer: rewrite navigation cells and the course map from the notebooks' metadata.
sync: $(VENV)/.kurs-installerad
	$(BIN)/python -m helpers.maintain

# Maintainer: re-resolve the newest versions and rewrite constraints.txt (needs PyPI).
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	( echo "# Pinned stack for .venv (make lab / make test) and CI. Regenerate with: make lock"; \
	  echo "# Keep the major.minor versions of the teaching stack equal to environment.yml."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^regionalpolitik-helpers' ) > constraints.txt
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) test-artifacts
