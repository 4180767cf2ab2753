# Two entry points, both from nothing: `make run` (set up, then start the app) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup run test bench-retrieval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q bot benchmarks
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python app.py

test: setup
	$(BIN)/python -m pytest

bench-retrieval: setup
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/retrieval.py --out docs/retrieval-benchmark.md

clean:
	rm -rf $(VENV) index/built .cache
