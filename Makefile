# Quick start:  make demo  (venv + install + an explained verdict)   ·   make test  (the test suite)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
EXAMPLE ?= examples/crestline-abusive-director.yaml

.PHONY: demo test lint bench diagrams clean

$(BIN)/clientfire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/clientfire
	$(BIN)/clientfire verdict $(EXAMPLE)

test: $(BIN)/clientfire
	$(BIN)/python -m pytest

lint: $(BIN)/clientfire
	$(BIN)/pip install --quiet ruff mypy types-PyYAML
	$(BIN)/ruff check clientfire engine explain knowledge tests bench
	$(BIN)/mypy clientfire engine explain

bench: $(BIN)/clientfire
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
