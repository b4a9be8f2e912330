# secframe — `make run` opens the app, `make test` runs the tests. `make help` lists the rest.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3 python; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
ARGS ?=
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

.PHONY: help run demo test fuzz lint format typecheck translations bench migration dist clean

help: ## list the targets
	@echo "secframe — make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-13s %s\n", $$1, $$2}'
	@echo "Variables: ARGS='--db FILE' for run, PYTEST_ARGS='-k name' for test."

$(PY):
	@test -n "$(PYTHON)" || { echo "secframe needs Python 3.11 or newer (python3 --version)."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu, 'sudo apt install python3-venv'."; exit 1; }
	@$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run ## open the desktop app (installs into .venv on first use)
	@$(PY) tools/check_qt.py
	$(BIN)/secframe $(ARGS)

demo: $(VENV)/.installed-run ## add the example frameworks to the default database
	$(BIN)/secframe demo $(ARGS)

test: $(VENV)/.installed-dev ## run the test suite (offscreen; PostgreSQL too if SECFRAME_TEST_PG_URL is set)
	$(PY) -m pytest $(PYTEST_ARGS)

fuzz: $(VENV)/.installed-dev ## fuzz the importers for a few minutes (make test runs a short campaign)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/fuzz $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev ## ruff (lint and format check), mypy, translation catalogues
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy
	$(PY) tools/translations.py check

format: $(VENV)/.installed-dev ## format the code with ruff
	$(BIN)/ruff check --fix src tests bench tools
	$(BIN)/ruff format src tests bench tools

translations: $(VENV)/.installed-dev ## extract strings into the .ts catalogues and compile the .qm files
	$(PY) tools/translations.py update
	$(PY) tools/translations.py release

bench: $(VENV)/.installed-dev ## build a large database and time the main operations
	$(PY) bench/run.py $(ARGS)

migration: $(VENV)/.installed-dev ## new Alembic revision from the models: make migration m="what changed" id=0002_name
	@test -n "$(m)" -a -n "$(id)" || { echo 'usage: make migration m="what changed" id=0002_name'; exit 1; }
	cd src/secframe/db && ../../../$(BIN)/alembic -c alembic.ini revision --autogenerate --rev-id "$(id)" -m "$(m)"

$(VENV)/.installed-dist: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dist]"
	@touch $@ $(VENV)/.installed-run

dist: $(VENV)/.installed-dist ## standalone app in dist/secframe/ (PyInstaller; check it with tools/check_dist.py)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		resources/pyinstaller/secframe.spec
	@du -sh --apparent-size dist/secframe | sed 's/\t/  /'

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist src/*.egg-info
