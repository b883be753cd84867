# newswatch — the two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
PIP_VERSION := 26.3

.PHONY: run test bench install install-test lock clean help

help:
	@echo "make run    - create .venv, install newswatch, poll the configured feeds once"
	@echo "make test   - create .venv with the dev and airflow extras, run the tests"
	@echo "make lock   - refresh constraints.txt from the current .venv"
	@echo "make bench  - run the benchmarks (bench/run.py; --quick: python bench/run.py --quick), write BENCHMARKS.md"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q "pip==$(PIP_VERSION)"

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -q -c constraints.txt -e '.[dev,airflow,plot]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/newswatch run --once

test: install-test
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python bench/run.py

lock: install-test
	( sed -n '1,3p' constraints.txt; $(PIP) freeze --exclude-editable ) > constraints.new && mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache
