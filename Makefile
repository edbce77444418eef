# Payvand: `make demo` builds the bundled sample corpus into out/, `make test` runs the tests.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# hazm 0.12 needs Python >= 3.12: use PYTHON if given, else the first 3.12+ found
# (python3.13, python3.12, pyenv's versions, python3).
PYTHON ?= $(shell for c in python3.13 python3.12 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python 2>/dev/null | sort -rV) python3; do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$c; break; }; done)

.PHONY: demo test venv clean bench model

# Two stamps: .installed is the package alone (what `make demo` needs), .installed-test adds
# the test extras (what `make test`, `make model` and `make bench` need).
$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.12 not found (install one, e.g. 'pyenv install 3.12', or set PYTHON=...)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e ".[test]"
	@touch $@

venv: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(VENV)/bin/payvand build payvand/sample -o out
	$(VENV)/bin/payvand validate out
	@echo "Graph of the sample corpus in out/: store/ (Oxigraph), graph.trig, facts.jsonl, viewer.html with reading.html, entity.html and map.html (open them in a browser)"

test: venv
	$(PY) -m pytest -q

# the learned models shipped in the package: the relation scorer, trained on the shared gold, and
# the name model, trained on name lists and the lexicon shipped in packages
model: $(VENV)/.installed
	$(VENV)/bin/payvand train ../shared/corpus/dev.gold.jsonl ../shared/corpus/dev2.gold.jsonl \
		-o payvand/extract/data/models/relation-scorer.json
	$(VENV)/bin/payvand train-names -o payvand/extract/data/models/name-shape.json

clean:
	rm -rf out $(VENV) .pytest_cache

bench: venv
	cd benchmarks && ../$(PY) bench_extract.py
	cd benchmarks && ../$(PY) bench_build.py --articles $${BENCH_ARTICLES:-1500}
	cd benchmarks && ../$(PY) bench_store.py --sizes $${BENCH_QUADS:-100000 1000000}
	cd benchmarks && ../$(PY) bench_growth.py --sizes $${BENCH_SIZES:-1000 10000}
	cd benchmarks && ../$(PY) bench_viewer.py --nodes 500 5000
	cd benchmarks && ../$(PY) bench_long.py
	cd benchmarks && ../$(PY) bench_instructions.py
