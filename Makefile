# Reconnect: `make run` to use it, `make test` to check it. Everything else is set up on the way.
PY ?= python3.11
VENV := .venv
UV := .tools/bin/uv
BIN := $(VENV)/bin
VENDOR := src/reconnect/web/static/vendor
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test setup assets migrate lint typecheck check test-sqlite test-postgresql test-browser system-deps bench dist clean help

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

run: migrate  ## Set everything up and serve on http://127.0.0.1:8765 (SQLite)
	$(BIN)/reconnect serve --no-migrate

setup: $(VENV)/.synced assets  ## Virtual environment, Python packages and front-end assets

$(UV):
	$(PY) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.8

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PY) --compile-bytecode
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

assets: $(VENDOR)/htmx.min.js  ## Copy front-end packages from npm into the static folder

$(VENDOR)/htmx.min.js: node_modules/.installed
	mkdir -p $(VENDOR)
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx.min.js
	cp node_modules/axe-core/axe.min.js $(VENDOR)/axe.min.js

migrate: setup  ## Create or upgrade the database
	$(BIN)/reconnect db upgrade

system-deps:  ## PostgreSQL and Chromium from apt, for the tests
	bash scripts/system-deps.sh

lint: setup  ## ruff, the import contracts
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/lint-imports

typecheck: setup  ## mypy, strict
	$(BIN)/mypy

test: setup system-deps lint typecheck test-sqlite test-postgresql  ## The whole suite: lint, types, SQLite (with browser tests), PostgreSQL

test-sqlite: setup
	$(BIN)/pytest -n 2 --db=sqlite

test-postgresql: setup
	$(BIN)/pytest -n 2 --db=postgresql -m "not browser"

bench: setup  ## Benchmarks; results go in docs/benchmarks.md
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

dist: setup  ## Wheel and sdist in dist/, front-end files included (see README)
	$(UV) build --out-dir dist

clean:  ## Remove the environments and built assets (not your data)
	rm -rf .tools $(VENV) node_modules $(VENDOR) dist
