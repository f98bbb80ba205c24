"""The schedule-free build (``tc.build(outputs, args)``: the automatic CPU schedule) against
the blank schedule (the naive loop nest it replaced) and numpy, on ops with no template.

Run from the repository root with nothing else running:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/default_schedule.py

Each op is built both ways (no tuning database), checked against numpy, then timed in
interleaved rounds (blank, default, numpy in turn) in this one process; medians of the rounds.
tcomp writes preallocated outputs; numpy allocates its results. Threads: tcomp's default (all
cores), numpy's OpenBLAS default.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import tcomp as tc
from tcomp.ops import layers as L
from tcomp.runtime.timing import time_kernel


def _sig(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell(batch: int = 64, n: int = 256) -> tuple[list, list, list, Callable]:
    """One LSTM step: gates = x @ Wx + h @ Wh + b; c' = f*c + i*g; h' = o * tanh(c')."""
    X = tc.placeholder((batch, n), name="X")
    H = tc.placeholder((batch, n), name="H")
    C = tc.placeholder((batch, n), name="C")
    Wx = tc.placeholder((n, 4 * n), name="Wx")
    Wh = tc.placeholder((n, 4 * n), name="Wh")
    B = tc.placeholder((4 * n,), name="B")
    k = tc.reduce_axis(n, name="k")
    G = tc.compute((batch, 4 * n), lambda b, j: tc.sum(X[b, k] * Wx[k, j] + H[b, k] * Wh[k, j],
                                                       axis=k), name="G")
    Cn = tc.compute((batch, n), lambda b, j: tc.sigmoid(G[b, n + j] + B[n + j]) * C[b, j]
                    + tc.sigmoid(G[b, j] + B[j]) * tc.tanh(G[b, 2 * n + j] + B[2 * n + j]),
                    name="Cn")
    Hn = tc.compute((batch, n), lambda b, j: tc.sigmoid(G[b, 3 * n + j] + B[3 * n + j])
                    * tc.tanh(Cn[b, j]), name="Hn")
    rng = np.random.default_rng(0)
    ins = [rng.standard_normal(s).astype("float32") * 0.1 for s in
           ((batch, n), (batch, n), (batch, n), (n, 4 * n), (n, 4 * n), (4 * n,))]

    def ref(x, h, c, wx, wh, b):
        g = x @ wx + h @ wh + b
        cn = _sig(g[:, n:2 * n]) * c + _sig(g[:, :n]) * np.tanh(g[:, 2 * n:3 * n])
        return [cn, _sig(g[:, 3 * n:]) * np.tanh(cn)]

    return [X, H, C, Wx, Wh, B], [Cn, Hn], ins, ref


def layernorm(rows: int = 4096, n: int = 1024) -> tuple[list, list, list, Callable]:
    X = tc.placeholder((rows, n), name="X")
    W = tc.placeholder((n,), name="W")
    Bb = tc.placeholder((n,), name="Bb")
    Y = L.layer_norm(X, W, Bb)
    rng = np.random.default_rng(1)
    ins = [rng.standard_normal(s).astype("float32") for s in ((rows, n), (n,), (n,))]

    def ref(x, w, b):
        m = x.mean(-1, keepdims=True)
        v = x.var(-1, keepdims=True)
        return [(x - m) / np.sqrt(v + 1e-5) * w + b]

    return [X, W, Bb], [Y], ins, ref


def batched_matmul(b: int = 16, n: int = 128, m: int = 128, k: int = 64
                   ) -> tuple[list, list, list, Callable]:
    A = tc.placeholder((b, n, k), name="A")
    Bm = tc.placeholder((b, k, m), name="Bm")
    C = L.batch_matmul(A, Bm)
    rng = np.random.default_rng(2)
    ins = [rng.standard_normal(s).astype("float32") for s in ((b, n, k), (b, k, m))]
    return [A, Bm], [C], ins, lambda a, bm: [a @ bm]


OPS = {"lstm_cell": lstm_cell, "layernorm": layernorm, "batch_matmul": batched_matmul}


def run(name: str, rounds: int) -> dict[str, Any]:
    params, outs, ins, ref = OPS[name]()
    args = [*params, *outs]
    want = ref(*ins)
    kernels = {"blank": tc.build(tc.create_schedule(outs), args, database=False),
               "default": tc.build(outs, args, database=False)}
    bufs = [np.zeros(w.shape, np.float32) for w in want]
    for label, k in kernels.items():
        k(*ins, *bufs)
        for got, w in zip(bufs, want, strict=True):
            np.testing.assert_allclose(got, w, rtol=2e-3, atol=2e-3, err_msg=f"{name} {label}")
    times: dict[str, list[float]] = {"blank": [], "default": [], "numpy": []}
    for _ in range(rounds):
        for label, k in kernels.items():
            time.sleep(0.2)
            times[label].append(time_kernel(k, [*ins, *bufs], warmup=1, repeat=5).median)
        time.sleep(0.2)
        times["numpy"].append(time_kernel(ref, ins, warmup=1, repeat=5).median)
    med = {k: float(np.median(v)) * 1e3 for k, v in times.items()}
    return {"op": name, **{f"{k}_ms": round(v, 3) for k, v in med.items()},
            "default_vs_numpy": round(med["numpy"] / med["default"], 2),
            "default_vs_blank": round(med["blank"] / med["default"], 2)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ops", nargs="*", default=list(OPS))
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--json", default=None)
    a = p.parse_args(argv)
    print(f"{platform.processor() or platform.machine()}, target {tc.Target.host()} "
          f"(ISA {tc.Target.host().isa}); tcomp outputs preallocated, numpy allocates")
    rows = [run(n, a.rounds) for n in a.ops]
    for r in rows:
        print(f"{r['op']:14s} blank {r['blank_ms']:9.3f} ms  default {r['default_ms']:8.3f} ms"
              f"  numpy {r['numpy_ms']:8.3f} ms  default/numpy speed {r['default_vs_numpy']}x"
              f"  vs blank {r['default_vs_blank']}x")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
