# The README's two commands: `make report` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser report test bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first and pinned: the CPU build on this disk; a bare `torch` pulls CUDA
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[st,test,dask,tables]'
	# byte-compiled once, as pip does for an installed package (an editable install is not)
	$(BIN)/python -m compileall -q compare
	touch $(STAMP)

setup: $(STAMP)

# Debian's chromium for the HTML view's browser test; where it cannot be installed the
# test is skipped with a message saying so.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
	  || echo "make: chromium could not be installed; the browser test will be skipped"; }

report: $(STAMP)
	$(BIN)/python -m compare report seeds --output reports/seeds.md --json reports/seeds.json --html reports/seeds.html

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .test-artifacts
