"""One command for the core benchmarks: tcomp's hand schedules against numpy, torch, TVM and
Halide (whichever are installed), in one process, with medians and ratios, written to JSON.

    make bench                       # or: python benchmarks/run.py --json out.json

Ratios are peer time / tcomp time, taken in the same run (the VM's speed drifts between
runs). tcomp writes into preallocated outputs; numpy and torch allocate theirs each call (the
"alloc" column); TVM and Halide write preallocated outputs too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import peak
import peers

import tcomp as tc
from schedules import cpu
from tcomp.runtime.timing import time_kernel

# Limits of the reference machine (../shared brief): fp32 FMA peak and STREAM triad.
PEAK_GFLOPS = 230.0
STREAM_GBS = 30.0


def _tcomp_setup(workload: str, inputs: dict[str, np.ndarray]) -> tuple[Any, list[Any], float]:
    """Build tcomp's kernel for ``workload``; returns (kernel, call args, build seconds)."""
    t0 = time.perf_counter()
    if workload == "gemm":
        n = inputs["a"].shape[0]
        A = tc.placeholder((n, n), name="A")
        B = tc.placeholder((n, n), name="B")
        C = tc.ops.matmul(A, B)
        s, args = cpu.matmul(A, B, C)
        out = np.empty((n, n), np.float32)
        call_args = [inputs["a"], inputs["b"], out]
    elif workload == "chain":
        rows, cols = inputs["x"].shape
        X = tc.placeholder((rows, cols), name="X")
        W = tc.placeholder((cols,), name="W")
        Bb = tc.placeholder((cols,), name="Bias")
        s, args = cpu.elementwise_chain(tc.ops.gelu_tanh(X, W, Bb), [X, W, Bb])
        call_args = [inputs["x"], inputs["w"], inputs["b"], np.empty_like(inputs["x"])]
    else:
        X = tc.placeholder(inputs["x"].shape, name="X")
        s, args = cpu.softmax(X, tc.ops.softmax(X))
        call_args = [inputs["x"], np.empty_like(inputs["x"])]
    kernel = tc.build(s, args)
    return kernel, call_args, time.perf_counter() - t0


def _work(workload: str, inputs: dict[str, np.ndarray]) -> tuple[float, str, float]:
    """(amount, unit, limit): FLOPs for GEMM, bytes that must move for the others."""
    if workload == "gemm":
        n = inputs["a"].shape[0]
        return 2.0 * n ** 3, "GFLOP/s", PEAK_GFLOPS
    x = inputs["x"]
    return 2.0 * x.nbytes, "GB/s", STREAM_GBS  # read x once, write y once


def bench_tcomp(workload: str, inputs: dict[str, np.ndarray], ref: np.ndarray,
                repeat: int) -> list[dict[str, Any]]:
    """tcomp on all threads, then on one (the 2-core speedup), with a cold build time."""
    from tcomp.runtime import default_cache

    default_cache().clear_memory()
    with tc.config.override(disk_cache=False):  # time lowering + LLVM, not a cache hit
        kernel, call_args, build_s = _tcomp_setup(workload, inputs)
    kernel(*call_args)
    err = peers._check(call_args[-1], ref)
    if err:
        return [peers._row("tcomp", workload, False, note=err)]
    rows = []
    for threads in (kernel.num_threads, 1):
        kernel.num_threads = threads
        time.sleep(0.2)
        r = time_kernel(kernel, call_args, warmup=2, repeat=repeat)
        name = "tcomp" if len(rows) == 0 else "tcomp 1 thread"
        note = f"cold build (lower + LLVM) {build_s:.2f} s" if not rows else "same kernel"
        rows.append(peers._row(name, workload, False, [t * 1e3 for t in r.all], note))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workloads", nargs="+", choices=peers.WORKLOADS,
                    default=list(peers.WORKLOADS))
    ap.add_argument("--peers", nargs="+", choices=list(peers.PEERS), default=list(peers.PEERS))
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--json", default="benchmarks/results/core.json")
    args = ap.parse_args(argv)
    measured = {"GFLOP/s": peak.fma_peak(), "GB/s": peak.copy_bandwidth()}
    print(f"measured here: FMA-chain probe {measured['GFLOP/s']:.0f} GFLOP/s (a lower bound "
          f"of the peak), parallel copy {measured['GB/s']:.1f} GB/s")
    rows: list[dict[str, Any]] = []
    for workload in args.workloads:
        inputs = peers.make_inputs(workload)
        ref = peers.reference(workload, inputs)
        amount, unit, limit = _work(workload, inputs)
        wl_rows = bench_tcomp(workload, inputs, ref, args.repeat)
        wl_rows += [peers.PEERS[p](workload, inputs, ref, repeat=args.repeat) for p in args.peers]
        base = wl_rows[0]["ms_median"]
        for r in wl_rows:
            ms = r["ms_median"]
            r["rate"] = amount / (ms * 1e-3) / 1e9 if ms else None
            r["unit"] = unit
            r["pct_of_limit"] = 100.0 * r["rate"] / limit if ms else None
            r["pct_of_measured"] = 100.0 * r["rate"] / measured[unit] if ms else None
            r["speedup_of_tcomp"] = ms / base if ms and base else None
        rows += wl_rows
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"limits {PEAK_GFLOPS:.0f} GFLOP/s, {STREAM_GBS:.0f} GB/s")
    print(f"{'workload':<8} {'impl':<14} {'ms':>8} {'rate':>14} {'% brief':>8} {'% meas':>7} "
          f"{'peer/tcomp':>10}  {'alloc':<5} note")
    for r in rows:
        ms = r["ms_median"]
        rate = f"{r['rate']:.1f} {r['unit']}" if ms else "-"
        pct = f"{r['pct_of_limit']:.0f}%" if ms else "-"
        pctm = f"{r['pct_of_measured']:.0f}%" if ms else "-"
        ratio = f"{r['speedup_of_tcomp']:.2f}x" if r["speedup_of_tcomp"] else "-"
        print(f"{r['workload']:<8} {r['name']:<14} {ms if ms is None else round(ms, 2)!s:>8} "
              f"{rate:>14} {pct:>8} {pctm:>7} {ratio:>10}  "
              f"{'yes' if r['allocates_output'] else 'no':<5} {r['note']}")
    if args.json:
        os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "median_of": args.repeat, "measured_limits": measured,
                       "threads": tc.config.get().num_threads}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
