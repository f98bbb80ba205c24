# One-command entry points. Each sets up .venv itself (python3 -m venv) and reinstalls the
# project into it only when pyproject.toml changed (stamp files inside .venv).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.tcomp-test-installed
BENCH_STAMP := $(VENV)/.tcomp-bench-installed
PYTEST_ARGS ?=

.PHONY: demo test test-slow test-conformance bench bench-avx2 bench-tune lint clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	touch $@

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[bench,test]'
	touch $@

DEMO_STAMP := $(VENV)/.tcomp-demo-installed

$(DEMO_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[demo,test]'
	touch $@

# The compiler demo (GEMM, fused chain, softmax), a short tuning run, then a CapsNet
# trained on digits.
demo: $(DEMO_STAMP)
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) examples/demo.py
	$(PY) examples/tune_demo.py
	$(PY) examples/capsnet.py

# Two pytest workers (pytest-xdist): the suite is compile-bound and took 10-11 minutes on one
# core of a 2-core Zen 3, 6 minutes on both. PYTEST_ARGS="-n 0" runs it in one process.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q -n 2 $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow $(PYTEST_ARGS)

# onnx's backend conformance suite (node tests and the models the onnx package ships): marked
# slow, 4-5 minutes on two workers of a 2-core Zen 3; CI runs it after `make test`.
test-conformance: $(STAMP)
	$(PY) -m pytest -q -m slow -n 2 tests/onnx/test_backend.py $(PYTEST_ARGS)

# numpy's OpenBLAS picks its best kernel only when these two are unset (benchmarks/README.md).
bench: $(BENCH_STAMP)
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) benchmarks/run.py

# The same with AVX2 code on an AVX-512 machine: tcomp, the limits, TVM and Halide built for
# AVX2, numpy's OpenBLAS and torch (ATen, oneDNN, MKL) held to it through their environment.
bench-avx2: $(BENCH_STAMP)
	env -u OPENBLAS_L2_SIZE OPENBLAS_CORETYPE=Haswell ATEN_CPU_CAPABILITY=avx2 \
		ONEDNN_MAX_CPU_ISA=AVX2 MKL_ENABLE_INSTRUCTIONS=AVX2 $(PY) benchmarks/run.py \
		--target "llvm -mattr=-avx512f" --json benchmarks/results/core_avx2.json

# Autotuning benchmark (GEMM, conv2d, capsule routing; 200 trials each by default).
bench-tune: $(BENCH_STAMP)
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) benchmarks/tune_bench.py

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) build *.egg-info
