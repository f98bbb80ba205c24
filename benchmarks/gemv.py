"""Batch-1 dense layers: ``x @ W.T`` with ``W`` stored (out, in), as ``tcomp.nn.Linear`` and
ONNX Gemm store it, for one to three rows.

In one process and in interleaved rounds (the order reversed every other round): the
automatic default (dot products reading ``W`` as stored, for fewer than 4 rows), the
default before that rule (a packed register tile of the rows, forced through its knobs), and
numpy (OpenBLAS: sgemv for one row). Each figure is the median over rounds of a round's mean
per call, in ms; tcomp writes a preallocated output, numpy allocates its own. Every tcomp
result is checked against numpy first.

Run: env -u OPENBLAS_CORETYPE PYTHONPATH=. .venv/bin/python benchmarks/gemv.py \\
         [--rounds 9] [--json out]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import numpy as np

import tcomp as tc

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from export_c import machine

SHAPES = [(1, 784, 256), (1, 256, 256), (1, 1024, 1024), (1, 4096, 1024), (2, 784, 256),
          (3, 784, 256)]


def bench(m: int, k: int, n: int, rounds: int) -> dict[str, Any]:
    x = tc.placeholder((m, k), name="x")
    w = tc.placeholder((n, k), name="W")
    r = tc.reduce_axis(k, name="k")
    y = tc.compute((m, n), lambda i, j: tc.sum(x[i, r] * w[j, r], axis=r), name="y")
    knobs = tc.auto_knobs(y)
    new = tc.build(tc.auto_schedule(y), [x, w, y])
    old = tc.build(tc.auto_schedule(y, config={"tile:y": f"{m}x16", "dot:y": 0}), [x, w, y])
    rng = np.random.default_rng(0)
    xa = tc.aligned(rng.standard_normal((m, k)).astype(np.float32))
    wa = tc.aligned(rng.standard_normal((n, k)).astype(np.float32))
    ya = tc.empty((m, n), "float32")
    for f in (new, old):
        f(xa, wa, ya)
        np.testing.assert_allclose(ya, xa @ wa.T, rtol=1e-4, atol=1e-3)
    fns = {"new": lambda: new(xa, wa, ya), "old": lambda: old(xa, wa, ya),
           "numpy": lambda: xa @ wa.T}
    calls = max(20, int(2e-2 / max(1e-6, 2 * m * k * n / 20e9)))
    times: dict[str, list[float]] = {name: [] for name in fns}
    for rnd in range(rounds):
        for name in (list(fns) if rnd % 2 == 0 else list(fns)[::-1]):
            fn = fns[name]
            fn()
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            times[name].append((time.perf_counter() - t0) / calls * 1e3)
    ms = {name: float(np.median(v)) for name, v in times.items()}
    return {"shape": f"{m}x{k}x{n}", "default": f"tile {knobs['tile:y'][0]}, dot "
            f"{knobs.get('dot:y', [0])[0]}", "ms": ms, "gflops": 2 * m * k * n / ms["new"] / 1e6,
            "old/new": ms["old"] / ms["new"], "numpy/new": ms["numpy"] / ms["new"]}


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--json", help="write the rows here")
    args = ap.parse_args(argv)
    print(machine())
    rows = []
    for m, k, n in SHAPES:
        r = bench(m, k, n, args.rounds)
        rows.append(r)
        ms = r["ms"]
        print(f"{r['shape']:12s} ({r['default']}) new {ms['new']:.4f} ms "
              f"({r['gflops']:.1f} GFLOP/s), previous default {ms['old']:.4f}, numpy "
              f"{ms['numpy']:.4f}; previous/new {r['old/new']:.2f}x, numpy/new "
              f"{r['numpy/new']:.2f}x", flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return rows


if __name__ == "__main__":
    main()
