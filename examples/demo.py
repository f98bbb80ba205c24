"""tcomp demo: write an op, schedule it, look at the loop nest, build it, check it, time it.

Run with ``make demo``. Sizes are the benchmark sizes; the whole demo takes well under a
minute on 2 cores.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import numpy as np

import tcomp as tc
from schedules import cpu
from tcomp.codegen.target import Target
from tcomp.runtime.timing import time_kernel

TARGET = "llvm"  # set from --target in main


def section(title: str) -> None:
    print(f"\n{'=' * 78}\n{title}\n{'=' * 78}")


def _copy_kernels(shape: tuple[int, int]) -> list[Any]:
    """Plain copies of a float32 array of ``shape`` with the elementwise schedule, one with
    ordinary stores and one with non-temporal ones (``Stage.stream``): the faster is the
    bandwidth limit of the memory-bound sections, measured beside them. Without the
    schedule's software prefetch, which slows a plain copy (5-16% on a Zen 4), so the
    bar is the faster copy."""
    Xc = tc.placeholder(shape, name="Xc")
    Yc = tc.compute(shape, lambda i, j: Xc[i, j], name="copy")
    out = []
    for stream in (False, True):
        sc, cargs = cpu.elementwise_chain([Yc], [Xc], target=TARGET, prefetch_bytes=0,
                                          stream=stream)
        out.append(tc.build(sc, cargs, target=TARGET))
    return out


def _vs_copy(f: Any, args: tuple, x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    """Seconds per round of ``f(*args)`` and of the copies of ``x`` into ``y`` (ordinary
    stores, non-temporal stores), timed in interleaved rounds."""
    return _rounds([(f, args), *((c, (x, y)) for c in _copy_kernels(x.shape))])


def _rounds(calls: list, rounds: int = 5, pause: float = 0.0) -> list[np.ndarray]:
    """Seconds of each (kernel, args) in each of ``rounds`` interleaved rounds (a median of
    ``time_kernel``'s repeats per round), every other round in reverse order, ``pause``
    seconds after each call. This VM's speed drifts between seconds: a ratio is taken per
    round (``_per_round``), between figures from the same seconds."""
    times: list[list[float]] = [[] for _ in calls]
    order = list(range(len(calls)))
    for r in range(rounds):
        for i in (order if r % 2 == 0 else order[::-1]):
            f, a = calls[i]
            times[i].append(time_kernel(f, a).median)
            time.sleep(pause)
    return [np.array(ts) for ts in times]


def _per_round(num: np.ndarray, den: np.ndarray) -> float:
    """The median over rounds of ``num / den``."""
    return float(np.median(num / den))


def gemm() -> None:
    section("1. GEMM 1024^3: definition, schedule, loop nest, build, check, time")
    M = N = K = 1024
    A = tc.placeholder((M, K), name="A")
    B = tc.placeholder((K, N), name="B")
    k = tc.reduce_axis(K, name="k")
    C = tc.compute((M, N), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    print(tc.graph_str(C))
    s, args = cpu.matmul(A, B, C, target=TARGET)
    print("\nschedule trace:\n" + s.trace_str())
    print("\nloop nest:\n" + str(tc.lower(s, args)))
    t0 = time.perf_counter()
    f = tc.build(s, args, target=TARGET)
    print(f"\nbuilt in {(time.perf_counter() - t0) * 1e3:.0f} ms")
    rng = np.random.default_rng(0)
    # 64-byte aligned arrays (numpy aligns to 16 bytes, which splits AVX loads across lines)
    a = tc.aligned(rng.standard_normal((M, K), dtype=np.float32))
    b = tc.aligned(rng.standard_normal((K, N), dtype=np.float32))
    c = tc.empty((M, N), np.float32)
    f(a, b, c)
    # A pause after numpy: OpenBLAS threads spin ~0.1 s after a call and would slow tcomp.
    tt, tn = _rounds([(f, (a, b, c)), (lambda x, y: x @ y, (a, b))], pause=0.2)
    ref = a @ b
    err = float(np.max(np.abs(c - ref)) / np.max(np.abs(ref)))
    print(f"max relative error vs numpy: {err:.2e}")
    t_tc, t_np = float(np.median(tt)), float(np.median(tn))
    gf = 2 * M * N * K / t_tc / 1e9
    print(f"tcomp {t_tc * 1e3:.2f} ms ({gf:.0f} GFLOP/s), numpy {t_np * 1e3:.2f} ms (medians of "
          f"{len(tt)} rounds); numpy/tcomp = {_per_round(tn, tt):.2f}x (median per round, "
          f"{np.min(tn / tt):.2f}-{np.max(tn / tt):.2f})")


def chain() -> None:
    section("2. Fused chain gelu_tanh(x * w + b) on 4096 x 4096: one pass over memory")
    n = 4096
    X = tc.placeholder((n, n), name="X")
    W = tc.placeholder((n,), name="W")
    Bb = tc.placeholder((n,), name="Bias")
    stages = tc.ops.gelu_tanh(X, W, Bb)
    s, args = cpu.elementwise_chain(stages, [X, W, Bb], target=TARGET)
    print(str(tc.lower(s, args)))
    f = tc.build(s, args, target=TARGET)
    rng = np.random.default_rng(1)
    x = tc.aligned(rng.standard_normal((n, n), dtype=np.float32))
    w = tc.aligned(rng.standard_normal(n, dtype=np.float32))
    b = tc.aligned(rng.standard_normal(n, dtype=np.float32))
    y = tc.empty(x.shape, x.dtype)
    f(x, w, b, y)
    z = x * w + b
    ref = 0.5 * z * (1 + np.tanh(0.7978845608 * (z + 0.044715 * z ** 3)))
    print(f"max abs error vs numpy: {float(np.max(np.abs(y - ref))):.2e}")
    # The limit is measured here, not assumed: a copy of the same array, same schedule.
    _report_vs_copy(x, _vs_copy(f, (x, w, b, y), x, y))


def _report_vs_copy(x: np.ndarray, times: list[np.ndarray]) -> None:
    """A kernel's times per round (``times[0]``, reading and writing ``x``'s size) against
    the faster copy of the same array in each round (the bar), and against the copy with
    ordinary stores (the bar of the figures before the copy could stream: ``times[1]``,
    ``times[2]``); the %s are medians of per-round ratios."""
    t, t_plain, t_nt = times
    t_copy = np.minimum(t_plain, t_nt)
    tm, cm = float(np.median(t)), float(np.median(t_copy))
    nt = int(np.sum(t_nt < t_plain))
    print(f"tcomp {tm * 1e3:.2f} ms = {2 * x.nbytes / tm / 1e9:.1f} GB/s, "
          f"{_per_round(t_copy, t) * 100:.0f}% of the faster copy of the same array "
          f"({2 * x.nbytes / cm / 1e9:.1f} GB/s, non-temporal stores faster in {nt} of "
          f"{len(t)} rounds, measured now; output preallocated; medians, % per round); "
          f"{_per_round(t_plain, t) * 100:.0f}% of the copy with ordinary stores")


def softmax() -> None:
    section("3. Row softmax 8192 x 1024: max, exp-sum, divide fused per row")
    X = tc.placeholder((8192, 1024), name="X")
    stages = tc.ops.softmax(X)
    s, args = cpu.softmax(X, stages, target=TARGET)
    print(str(tc.lower(s, args)))
    f = tc.build(s, args, target=TARGET)
    x = tc.aligned(np.random.default_rng(2).standard_normal((8192, 1024), dtype=np.float32))
    y = tc.empty(x.shape, x.dtype)
    f(x, y)
    e = np.exp(x - x.max(axis=1, keepdims=True))
    ref = e / e.sum(axis=1, keepdims=True)
    print(f"max abs error vs numpy: {float(np.max(np.abs(y - ref))):.2e}")
    _report_vs_copy(x, _vs_copy(f, (x, y), x, y))


def layer_norm() -> None:
    section("4. Layer norm 4096 x 1024: row mean and variance, then scale and shift, per row")
    X = tc.placeholder((4096, 1024), name="X")
    W = tc.placeholder((1024,), name="W")
    Bb = tc.placeholder((1024,), name="B")
    stages = tc.ops.layer_norm_rows(X, W, Bb)
    s, args = cpu.layer_norm(stages, [X, W, Bb], target=TARGET)
    f = tc.build(s, args, target=TARGET)
    rng = np.random.default_rng(3)
    x = tc.aligned(rng.standard_normal((4096, 1024), dtype=np.float32))
    w, b = (rng.standard_normal(1024, dtype=np.float32) for _ in range(2))
    y = tc.empty(x.shape, x.dtype)
    f(x, w, b, y)
    x64 = x.astype(np.float64)
    mu = x64.mean(axis=1, keepdims=True)
    ref = (x64 - mu) / np.sqrt(x64.var(axis=1, keepdims=True) + 1e-5) * w + b
    print(f"max abs error vs numpy (float64): {float(np.max(np.abs(y - ref))):.2e}")
    _report_vs_copy(x, _vs_copy(f, (x, w, b, y), x, y))


def main() -> None:
    global TARGET
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--target", default="llvm", help="tcomp target, e.g. 'llvm' (the host) or "
                   "'llvm -mattr=-avx512f' (AVX2 code on an AVX-512 machine)")
    TARGET = p.parse_args().target
    t = Target.parse(TARGET)
    print(f"target: {t} ({t.isa}, {t.vector_bits}-bit vectors, {t.vector_registers} vector "
          f"registers; host CPU {Target.host().cpu})")
    if t.isa != Target.host().isa:
        print("numpy's OpenBLAS picks its kernels for the host CPU; for a same-ISA comparison "
              "set OPENBLAS_CORETYPE (Haswell for AVX2)")
    gemm()
    chain()
    softmax()
    layer_norm()


if __name__ == "__main__":
    main()
