# Quick start:  make demo  (venv + install + an explained verdict)   ·   make test  (the test suite)   ·   make serve  (the web app)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
EXAMPLE ?= examples/crestline-abusive-director.yaml

.PHONY: demo test serve lint bench bench-scale fuzz diagrams clean

$(BIN)/clientfire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/pip install --quiet -e '.[test]'  # setuptools' note on every editable install
	$(BIN)/python -m compileall -q clientfire engine explain knowledge    # bytecode on install (PYTHONDONTWRITEBYTECODE or not)
	@touch $@

demo: $(BIN)/clientfire
	$(BIN)/clientfire verdict $(EXAMPLE) --explain

test: $(BIN)/clientfire
	$(BIN)/python -m pytest

# the web app and HTTP API on http://127.0.0.1:8080/ (Ctrl-C to stop); PORT=8081 make serve for another port
serve: $(BIN)/clientfire
	$(BIN)/clientfire serve --port $(or $(PORT),8080)

lint: $(BIN)/clientfire
	$(BIN)/pip install --quiet ruff mypy types-PyYAML
	$(BIN)/ruff check clientfire engine explain knowledge tests bench
	rm -rf .lint && mkdir -p .lint/clientfire    # mypy sees the folders as the installed package does
	cp -r clientfire/. .lint/clientfire/ && cp -r engine .lint/clientfire/engine && cp -r explain .lint/clientfire/explain
	cp -r knowledge .lint/clientfire/knowledge
	cd .lint && ../$(BIN)/mypy -p clientfire

bench: $(BIN)/clientfire
	$(BIN)/pip install --quiet -e '.[bench]' || echo "clipspy could not be installed: the CLIPS row is skipped"
	$(BIN)/python bench/run.py
	$(BIN)/python bench/http.py
	$(BIN)/python -m compileall -q clientfire engine explain knowledge && $(BIN)/python bench/cold.py
	$(BIN)/python bench/growth.py

# 50,000 generated hostile inputs through the readers, the engine and the schema (tests/fuzz.py); prints the counts
fuzz: $(BIN)/clientfire
	$(BIN)/python -m tests.fuzz 50000

# the audit log and batch at scale (issue 14): recorded vs unrecorded, bytes per record, memory, PostgreSQL, Dask
bench-scale: $(BIN)/clientfire
	$(BIN)/python bench/audit_scale.py

# diagrams/: the rule network and each example's decision path, as .dot and .svg (needs Graphviz's dot)
diagrams: $(BIN)/clientfire
	$(BIN)/python -m clientfire.explain.make_diagrams

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
