"""Per-call overhead of CompiledKernel and the parallel runtime's dispatch cost (benchmarks).

Run from the repository root: ``python3 benchmarks/call_overhead.py [--json out.json]``.
Prints median microseconds per call for:
- a trivial 3-argument kernel through CompiledKernel (argument checks + ctypes call), and the
  bare ctypes call of the same code (the floor);
- an empty-ish PARALLEL loop with 1 thread (no dispatch) and 2 threads (pool dispatch), with
  workers spinning (back-to-back calls) and with spinning off (futex wake-up every call);
- a memory-light, compute-heavy PARALLEL kernel on 1 and 2 threads (the speedup).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tcomp import dtypes
from tcomp.codegen import Target, codegen
from tcomp.codegen.llvm import parallel
from tcomp.codegen.llvm.jit import LoadedModule
from tcomp.ir import (
    Allocate,
    Buffer,
    For,
    ForKind,
    Load,
    Op,
    PrimFunc,
    Store,
    Var,
    binary,
    const,
    seq,
)
from tcomp.ir.expr import SizeVar
from tcomp.runtime import CompiledKernel, time_kernel

F32 = dtypes.float32


def build(f: PrimFunc, threads: int) -> CompiledKernel:
    target = Target.host(threads)
    obj = codegen(f, target)
    return CompiledKernel(f, obj, LoadedModule(obj), {}, target)


def add_func(kind: ForKind = ForKind.SERIAL) -> PrimFunc:
    n = SizeVar("n")
    A, B, C = (Buffer(x, (n,), F32) for x in "ABC")
    i = Var("i")
    body = For(i, const(0), n, kind, Store(C, (i,), binary(Op.ADD, Load(A, (i,), F32),
                                                          Load(B, (i,), F32))))
    return PrimFunc("add", (A, B, C), body, (n,), {"flattened": True, "outputs": (2,)})


def heavy_func(iters: int) -> PrimFunc:
    """C[i] = iters steps of acc = acc * 0.999 + A[i]: a serial dependency chain per i."""
    n = SizeVar("n")
    A, C = Buffer("A", (n,), F32), Buffer("C", (n,), F32)
    acc = Buffer("acc", (const(1),), F32, "local")
    i, k = Var("i"), Var("k")
    zero = const(0)
    step = Store(acc, (zero,), binary(Op.ADD, binary(Op.MUL, Load(acc, (zero,), F32),
                                                     const(0.999, F32)), Load(A, (i,), F32)))
    body = For(i, const(0), n, ForKind.PARALLEL, Allocate(acc, seq(
        Store(acc, (zero,), const(0.0, F32)),
        For(k, const(0), const(iters), ForKind.SERIAL, step),
        Store(C, (i,), Load(acc, (zero,), F32)))))
    return PrimFunc("heavy", (A, C), body, (n,), {"flattened": True, "outputs": (1,)})


def us(seconds: float) -> float:
    return round(seconds * 1e6, 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--repeat", type=int, default=15)
    opts = ap.parse_args()
    out: dict[str, float] = {}

    one = [np.ones(1, np.float32) for _ in range(3)]
    k = build(add_func(), 1)
    out["call_trivial_us"] = us(time_kernel(k, one, repeat=opts.repeat).median)
    raw = k._cfunc  # the same machine code without argument checks
    ptrs = [a.ctypes.data for a in one]
    out["ctypes_floor_us"] = us(time_kernel(raw, (*ptrs, 1), repeat=opts.repeat).median)

    p1, p2 = build(add_func(ForKind.PARALLEL), 1), build(add_func(ForKind.PARALLEL), 2)
    small = [np.ones(64, np.float32) for _ in range(3)]
    out["parallel_1thread_us"] = us(time_kernel(p1, small, repeat=opts.repeat).median)
    out["parallel_2threads_spinning_us"] = us(time_kernel(p2, small, repeat=opts.repeat).median)
    old = parallel.set_spin(0)
    out["parallel_2threads_sleeping_us"] = us(time_kernel(p2, small, repeat=opts.repeat).median)
    parallel.set_spin(old)
    out["dispatch_overhead_spinning_us"] = round(
        out["parallel_2threads_spinning_us"] - out["parallel_1thread_us"], 3)
    out["dispatch_overhead_sleeping_us"] = round(
        out["parallel_2threads_sleeping_us"] - out["parallel_1thread_us"], 3)

    f = heavy_func(2000)
    h1, h2 = build(f, 1), build(f, 2)
    a = np.random.default_rng(0).random(4096).astype(np.float32)
    c1, c2 = np.zeros_like(a), np.zeros_like(a)
    h1(a, c1)
    h2(a, c2)
    assert np.array_equal(c1, c2), "parallel result differs from serial"
    t1 = time_kernel(h1, (a, c1), repeat=opts.repeat).median
    t2 = time_kernel(h2, (a, c2), repeat=opts.repeat).median
    out["heavy_1thread_ms"] = round(t1 * 1e3, 3)
    out["heavy_2threads_ms"] = round(t2 * 1e3, 3)
    out["speedup_2threads"] = round(t1 / t2, 3)
    out["cpu_count"] = os.cpu_count() or 0

    width = max(map(len, out))
    for key, value in out.items():
        print(f"{key:<{width}}  {value}")
    if opts.json:
        with open(opts.json, "w") as fh:
            json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
