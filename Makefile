# The few verbs a human types. `make start` takes a fresh machine to a working course;
# `make test` runs the whole course's tests (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
AXE := $(if $(wildcard tests/site/axe/package.json),tests/site/axe/node_modules/axe-core/axe.min.js,)
# the instructor edition's tests render slides and start the workshop hub: they need the npm tools
TOOLS := $(if $(wildcard solutions/.),tools,)
UV_PIN := $(shell sed -n 's/^\(uv==[^ ]*\).*/\1/p' requirements.lock)
# a learner's first check and first JupyterLab start import compiled code (the course's own tests of an
# install turn it off: UV_COMPILE_BYTECODE=0 make start)
export UV_COMPILE_BYTECODE ?= 1
# dvc.yaml's stages run `python -m credit_scoring...`: that must be the course's python
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DVC_NO_ANALYTICS := 1
# MLflow (module 06) sends usage data unless told not to; the course sends nothing
export MLFLOW_DISABLE_TELEMETRY := true
export NO_MKDOCS_2_WARNING := 1

.PHONY: start setup data test model serve lab site serve-site bench lock clean tools hub

start: setup data  ## install, pull the data, check the machine, and show the next exercise
	@$(BIN)/puente doctor --quiet
	@$(BIN)/puente welcome

setup: $(INSTALLED)  ## install the locked dependencies and the puente toolkit into .venv

$(INSTALLED): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Puente needs Python 3.11 or newer: install it, then run make start again (or: make start PYTHON=python3.12)")'
	@echo "Puente [1/3] creating .venv with $(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(UV_PIN)"
	@echo "Puente [2/3] installing the locked dependencies (a few minutes on a first install or a busy machine; uv reports as it goes)"
	$(BIN)/uv pip install --python $(BIN)/python -r requirements.lock
	@echo "Puente [3/3] installing the puente toolkit"
	$(BIN)/uv pip install --python $(BIN)/python --quiet --no-deps --no-build-isolation -e .
	@touch $@

data: $(INSTALLED)  ## pull the course data from the DVC remote folder inside the repository
	@$(BIN)/dvc pull --quiet data.dvc churn.dvc

test: setup data $(AXE) $(TOOLS)  ## the whole course's tests, fast checks first; what CI runs (student edition: toolkit tests, then your points)
ifneq ($(wildcard solutions/.),)
	$(LINT)
	$(BIN)/puente verify --static
	$(BIN)/python -m pytest $(filter-out tests/m%,$(wildcard tests/*/)) -q -n auto --durations=25
	$(BIN)/puente verify
else
	$(BIN)/python -m pytest tests/toolkit -q -n auto
# (exit 1 only means unsolved exercises; 2 or more is a broken setup)
	$(BIN)/puente check --all || [ $$? -eq 1 ]
	$(BIN)/puente progress
endif

LINT = $(BIN)/ruff check --quiet src hooks benchmarks tests
.PHONY: test-fast
test-fast: setup data  ## while you work, under a minute: lint, static verify, the toolkit's tests not marked slow
	$(LINT)
	$(BIN)/puente verify --static
	$(BIN)/python -m pytest tests/toolkit -q -n auto -m "not slow"

model: setup data  ## build artifacts/model (the model module 05 serves) with the reference pipeline
	$(BIN)/dvc repro

serve: setup data  ## the reference model server on http://127.0.0.1:8000 (docs at /docs)
	$(BIN)/puente serve

tools: node_modules/.installed  ## npm tools the course runs, into node_modules/: Marp CLI (the instructors' slides), the workshop hub's proxy

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

hub: setup data tools  ## the workshop's JupyterHub for a room (workshop/hub.toml): prints the password and the link
	$(BIN)/puente workshop hub

lab: setup  ## JupyterLab on http://127.0.0.1:8888/lab; notebooks import your exercises (m01_notebooks...)
	PYTHONPATH="$(CURDIR)/exercises" $(BIN)/jupyter lab --ip 127.0.0.1 --no-browser --IdentityProvider.token= $(if $(filter 0,$(shell id -u)),--allow-root,)

site: setup  ## build the course site into site/, both languages; any warning fails the build (slides too, with `make tools`)
	$(BIN)/mkdocs build --strict
	@touch site/.built

serve-site: setup  ## serve the built site on http://127.0.0.1:8001 (search needs HTTP; 8000 is the model server); rebuilt only when a source changed
	@if [ ! -f site/.built ] || [ -n "$$(find mkdocs.yml course.toml modules hooks src tests .dvc/config -newer site/.built -type f 2>/dev/null | head -n 1)" ]; \
	then $(MAKE) --no-print-directory site; else echo "site/ is up to date with its sources: not rebuilt"; fi
	@echo "Puente: http://127.0.0.1:8001/ (English), http://127.0.0.1:8001/es/ (Español). Ctrl+C stops it."
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory site 8001

bench: setup data  ## run every benchmark; each prints ratios against a baseline measured in the same run
	@for script in $(filter-out benchmarks/suite.py,$(wildcard benchmarks/*.py)); do echo "== $$script"; $(BIN)/python $$script || exit 1; done

lock:  ## re-pin every dependency after changing pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --universal --generate-hashes --quiet -o requirements.lock

clean:  ## remove the virtual environment and build output (your exercises are kept)
	rm -rf $(VENV) site dist

$(AXE): tests/site/axe/package.json tests/site/axe/package-lock.json  ## axe-core (npm, locked) for the site's accessibility test
	npm ci --prefix tests/site/axe --no-audit --no-fund --silent
