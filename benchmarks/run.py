"""One command for the core benchmarks: tcomp's hand schedules against numpy, torch, TVM and
Halide (whichever are installed), in one process, with medians and ratios, written to JSON.

    make bench                       # or: python benchmarks/run.py --json out.json

Every contender of a workload (tcomp on all threads and on one, each peer) is built and
checked first, then timed in ``--rounds`` interleaved rounds (``peers.time_rounds``): a ratio
is the median of the per-round ratios of peer time to tcomp time, with their range, so the
VM's drift between seconds falls on both sides of it. The table names the CPU, the ISA tcomp
built for, and gives each rate as a % of this machine's limits measured at the start
(``peak.py``: the FMA probe, the faster copy). tcomp writes into preallocated outputs; numpy
and torch allocate theirs each call (the "alloc" column); TVM and Halide write preallocated
outputs too.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _work(workload: str, inputs: dict[str, np.ndarray]) -> tuple[float, str]:
    """(amount, unit): FLOPs for GEMM, bytes that must move for the others."""
    if workload == "gemm":
        n = inputs["a"].shape[0]
        return 2.0 * n ** 3, "GFLOP/s"
    return 2.0 * inputs["x"].nbytes, "GB/s"  # read x once, write y once


def prepare_tcomp(workload: str, inputs: dict[str, np.ndarray], ref: np.ndarray
                  ) -> list[peers.Contender | dict[str, Any]]:
    """tcomp on all threads and on one (the 2-core speedup), built cold (no cache hit)."""
    from tcomp.runtime import default_cache

    default_cache().clear_memory()
    with tc.config.override(disk_cache=False):  # time lowering + LLVM, not a cache hit
        kernel, call_args, build_s = _tcomp_setup(workload, inputs)
    kernel(*call_args)
    err = peers._check(call_args[-1], ref)
    if err:
        return [peers._row("tcomp", workload, False, note=err)]
    threads = kernel.num_threads

    def on(n: int) -> Any:
        def call() -> None:
            kernel.num_threads = n
            kernel(*call_args)
        return call
    return [peers.Contender("tcomp", workload, False, on(threads),
                            f"{threads} threads; cold build (lower + LLVM) {build_s:.2f} s"),
            peers.Contender("tcomp 1 thread", workload, False, on(1), "same kernel")]


def bench_workload(workload: str, names: list[str], rounds: int, calls: int,
                   measured: dict[str, float]) -> list[dict[str, Any]]:
    """The rows of one workload: tcomp first (the base of the ratios), then the peers."""
    inputs = peers.make_inputs(workload)
    ref = peers.reference(workload, inputs)
    amount, unit = _work(workload, inputs)
    cs = prepare_tcomp(workload, inputs, ref)
    cs += [peers.PEERS[p](workload, inputs, ref) for p in names]
    ready = [c for c in cs if isinstance(c, peers.Contender)]
    rows = peers.rows_of(cs, peers.time_rounds(ready, rounds, calls))
    for r in rows:
        ms = r["ms_median"]
        r["rate"] = amount / (ms * 1e-3) / 1e9 if ms else None
        r["unit"] = unit
        r["pct_of_measured"] = 100.0 * r["rate"] / measured[unit] if ms else None
        if not isinstance(cs[0], peers.Contender):  # tcomp failed: no ratios to it
            r.pop("ratio_to_base", None)
            r.pop("ratio_range", None)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workloads", nargs="+", choices=peers.WORKLOADS,
                    default=list(peers.WORKLOADS))
    ap.add_argument("--peers", nargs="+", choices=list(peers.PEERS), default=list(peers.PEERS))
    ap.add_argument("--rounds", type=int, default=9, help="interleaved rounds (default 9)")
    ap.add_argument("--calls", type=int, default=3,
                    help="timed calls per contender per round, after one warm-up (default 3)")
    ap.add_argument("--json", default="benchmarks/results/core.json")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.calls < 1:
        ap.error(f"--rounds and --calls must be >= 1, got {args.rounds} and {args.calls}")
    print(peak.machine_line())
    measured = {"GFLOP/s": peak.fma_peak(), "GB/s": peak.copy_bandwidth()}
    print(f"measured here: FMA-chain probe {measured['GFLOP/s']:.0f} GFLOP/s (a lower bound "
          f"of the peak), the faster parallel copy {measured['GB/s']:.1f} GB/s")
    rows: list[dict[str, Any]] = []
    for workload in args.workloads:
        rows += bench_workload(workload, args.peers, args.rounds, args.calls, measured)
    print(f"medians of {args.rounds} interleaved rounds of {args.calls} calls; x tcomp: the "
          "median per-round ratio of each time to tcomp's [range]")
    print(f"{'workload':<8} {'impl':<14} {'ms':>8} {'rate':>14} {'% meas':>7} "
          f"{'x tcomp':>19}  {'alloc':<5} note")
    for r in rows:
        ms = r["ms_median"]
        rate = f"{r['rate']:.1f} {r['unit']}" if ms and r.get("rate") else "-"
        pctm = f"{r['pct_of_measured']:.0f}%" if ms and r.get("pct_of_measured") else "-"
        ratio = (f"{r['ratio_to_base']:.2f} [{r['ratio_range'][0]:.2f}, "
                 f"{r['ratio_range'][1]:.2f}]") if "ratio_to_base" in r else "-"
        print(f"{r['workload']:<8} {r['name']:<14} {ms if ms is None else round(ms, 2)!s:>8} "
              f"{rate:>14} {pctm:>7} {ratio:>19}  "
              f"{'yes' if r['allocates_output'] else 'no':<5} {r['note']}")
    if args.json:
        os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"machine": peak.machine_line(), "rows": rows, "rounds": args.rounds,
                       "calls_per_round": args.calls, "measured_limits": measured,
                       "threads": tc.config.get().num_threads}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
