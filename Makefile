# The README's two commands: `make report` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup report test bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first and pinned: the CPU build on this disk; a bare `torch` pulls CUDA
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[st,test]'
	touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	$(BIN)/python -m compare report seeds --output reports/seeds.md --json reports/seeds.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache

bench: $(STAMP)
	$(BIN)/python bench/run.py
