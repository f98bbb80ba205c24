"""One command for the core benchmarks: tcomp's hand schedules against numpy, torch, TVM and
Halide (whichever are installed), and for the chain the same algorithm written by hand in C
(``benchmarks/c``, built with gcc where it is on PATH), in one process, with medians and
ratios, written to JSON.

    make bench                       # or: python benchmarks/run.py --json out.json

Every contender of a workload (tcomp on all threads and on one, each peer) is built and
checked first, then timed in ``--rounds`` interleaved rounds (``peers.time_rounds``): a ratio
is the median of the per-round ratios of peer time to tcomp time, with their range, so the
VM's drift between seconds falls on both sides of it. This machine's limit runs in the same
rounds (``peak.py``'s FMA probe for GEMM; for the others a copy of the same array, with
ordinary and with non-temporal stores), and each rate is given as the median per-round % of
the limit's; the FMA probe also runs in every round of the other workloads, and ``full``
is the same % over the rounds in which it ran at 90% of its best rate or more
(``full_rounds``: these VMs lose half their compute now and then). The table names
the CPU and the ISA tcomp built for. Every contender reads the same 64-byte aligned inputs
(``peers.make_inputs``). tcomp writes into preallocated outputs from its allocator
(``tc.empty``, 64-byte aligned); numpy and torch allocate theirs each call (the "alloc"
column; torch's allocator aligns to 64 bytes, numpy's large arrays start 16 bytes past a
page); TVM and Halide write preallocated outputs too, aligned the same way.
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

# A round counts as one with the machine's full compute when the FMA probe ran at this
# fraction of its best rate of the run or more (``full_rounds``).
FULL_COMPUTE = 0.9


def _tcomp_setup(workload: str, inputs: dict[str, np.ndarray], target: str
                 ) -> tuple[Any, list[Any], float]:
    """Build tcomp's kernel for ``workload`` and ``target``; returns (kernel, call args, build
    seconds)."""
    t0 = time.perf_counter()
    if workload == "gemm":
        n = inputs["a"].shape[0]
        A = tc.placeholder((n, n), name="A")
        B = tc.placeholder((n, n), name="B")
        C = tc.ops.matmul(A, B)
        s, args = cpu.matmul(A, B, C, target=target)
        out = tc.empty((n, n), np.float32)
        call_args = [inputs["a"], inputs["b"], out]
    elif workload == "chain":
        rows, cols = inputs["x"].shape
        X = tc.placeholder((rows, cols), name="X")
        W = tc.placeholder((cols,), name="W")
        Bb = tc.placeholder((cols,), name="Bias")
        s, args = cpu.elementwise_chain(tc.ops.gelu_tanh(X, W, Bb), [X, W, Bb], target=target)
        call_args = [inputs["x"], inputs["w"], inputs["b"], tc.empty(inputs["x"].shape)]
    else:
        X = tc.placeholder(inputs["x"].shape, name="X")
        s, args = cpu.softmax(X, tc.ops.softmax(X), target=target)
        call_args = [inputs["x"], tc.empty(inputs["x"].shape)]
    kernel = tc.build(s, args, target=target)
    return kernel, call_args, time.perf_counter() - t0


def _work(workload: str, inputs: dict[str, np.ndarray]) -> tuple[float, str]:
    """(amount, unit): FLOPs for GEMM, bytes that must move for the others."""
    if workload == "gemm":
        n = inputs["a"].shape[0]
        return 2.0 * n ** 3, "GFLOP/s"
    return 2.0 * inputs["x"].nbytes, "GB/s"  # read x once, write y once


def prepare_tcomp(workload: str, inputs: dict[str, np.ndarray], ref: np.ndarray,
                  target: str = "llvm") -> list[peers.Contender | dict[str, Any]]:
    """tcomp on all threads and on one (the 2-core speedup), built cold (no cache hit)."""
    from tcomp.runtime import default_cache

    default_cache().clear_memory()
    with tc.config.override(disk_cache=False):  # time lowering + LLVM, not a cache hit
        kernel, call_args, build_s = _tcomp_setup(workload, inputs, target)
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


def _probe(workload: str, note: str, target: str) -> tuple[peers.Contender, float]:
    """The FMA probe (``peak.fma_probe``) for ``target`` as a contender, with the FLOPs of
    one call: about 1 ms a call, so the pool's wake-up after the pause is noise."""
    call, flops = peak.fma_probe_call(2 * tc.config.get().num_threads, 1 << 18, target)
    return peers.Contender("FMA probe", workload, False, call, note), flops


def limit_contenders(workload: str, inputs: dict[str, np.ndarray], target: str = "llvm"
                     ) -> list[tuple[peers.Contender, float]]:
    """This machine's limit for ``workload``, timed in the same rounds as the contenders,
    each with the work one call does: the FMA probe (``peak.fma_probe``) for GEMM; for the
    others a copy of the same array (read once, written once), with ordinary and with
    non-temporal stores (the faster of the two in each round is the limit)."""
    if workload == "gemm":
        return [_probe(workload, "limit: register-resident FMA chains", target)]
    x = inputs["x"]
    out = []
    for stream in (False, True):
        call, nbytes = peak.copy_call(x, stream, target)
        name = "copy, NT stores" if stream else "copy"
        out.append((peers.Contender(name, workload, False, call,
                                    "limit: the same array copied"), nbytes))
    return out


def full_rounds(probe_ms: list[float], keep: float = FULL_COMPUTE) -> list[int]:
    """The rounds in which the FMA probe ran at ``keep`` or more of its best rate of the run.

    These VMs lose half their compute now and then (on the 2-core Zen 3 the probe fell from
    150-165 to 80-87 GFLOP/s for 0.3-2 s, six times in 22 s, while a copy kept its speed:
    another guest on the cores' SMT siblings, as far as a guest can tell); a kernel with as
    much arithmetic as memory traffic slows by half then, and its % of a copy's rate with
    it."""
    best = min(probe_ms)
    return [r for r, t in enumerate(probe_ms) if best / t >= keep]


def limit_rates(times: list[list[float]], works: list[float]) -> list[float]:
    """Per round, the limit's rate (work per ms): the fastest of the limit contenders (their
    round times ``times``, the work of one call each ``works``)."""
    return [max(w / t[r] for w, t in zip(works, times, strict=True))
            for r in range(len(times[0]))]


def pct_of_limit(ms: list[float], work: float, rates: list[float]) -> float:
    """The median over rounds of a contender's rate (``work`` per call, ``ms`` per round) as
    a % of that round's limit rate: a figure and its bar from the same seconds."""
    return 100.0 * float(np.median([work / t / r for t, r in zip(ms, rates, strict=True)]))


def bench_workload(workload: str, names: list[str], rounds: int, calls: int,
                   target: str = "llvm") -> tuple[list[dict[str, Any]], list[int]]:
    """The rows of one workload: tcomp first (the base of the ratios), the peers, then the
    machine's limit; ``pct_of_limit`` is the median per-round % of the limit's rate, and
    ``pct_of_limit_full`` the same over the rounds with the machine's full compute
    (``full_rounds``, returned beside the rows; the FMA probe is timed in every round for
    it)."""
    inputs = peers.make_inputs(workload)
    ref = peers.reference(workload, inputs)
    amount, unit = _work(workload, inputs)
    cs = prepare_tcomp(workload, inputs, ref, target)
    cs += [peers.PEERS[p](workload, inputs, ref) for p in peers.peers_for(workload, names)]
    limits = limit_contenders(workload, inputs, target)
    cs += [c for c, _ in limits]
    if workload == "gemm":  # GEMM's limit is the probe itself
        probe = limits[0][0]
    else:
        probe = _probe(workload, "compute check (full_rounds), not a limit", target)[0]
        cs.append(probe)
    ready = [c for c in cs if isinstance(c, peers.Contender)]
    times = peers.time_rounds(ready, rounds, calls)
    times_of = {id(c): t for c, t in zip(ready, times, strict=True)}
    lim_rate = limit_rates([times_of[id(c)] for c, _ in limits], [w for _, w in limits])
    full = full_rounds(times_of[id(probe)])
    work_of = {c.name: w for c, w in limits}
    rows = peers.rows_of(cs, times)
    for row in rows:
        ms = row["ms_median"]
        work = work_of.get(row["name"], amount)
        row["rate"] = work / (ms * 1e-3) / 1e9 if ms else None
        row["unit"] = unit
        row["pct_of_limit"] = pct_of_limit(row["ms_all"], work, lim_rate) if ms else None
        if row["name"] == "FMA probe" and workload != "gemm":
            row["pct_of_limit"] = row["rate"] = None  # a probe, not the workload's work
        if row["pct_of_limit"] is not None:
            row["pct_of_limit_full"] = pct_of_limit(
                [row["ms_all"][r] for r in full], work, [lim_rate[r] for r in full])
        if not isinstance(cs[0], peers.Contender):  # tcomp failed: no ratios to it
            row.pop("ratio_to_base", None)
            row.pop("ratio_range", None)
    return rows, full


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workloads", nargs="+", choices=peers.WORKLOADS,
                    default=list(peers.WORKLOADS))
    ap.add_argument("--peers", nargs="+", choices=list(peers.PEERS), default=list(peers.PEERS))
    ap.add_argument("--rounds", type=int, default=9, help="interleaved rounds (default 9)")
    ap.add_argument("--calls", type=int, default=3,
                    help="timed calls per contender per round, after one warm-up (default 3)")
    ap.add_argument("--json", default="benchmarks/results/core.json")
    ap.add_argument("--target", default="llvm",
                    help="tcomp's target and the limits': 'llvm' (the host's best ISA) or "
                    "'llvm -mattr=-avx512f' (AVX2 code on an AVX-512 machine; TVM and Halide "
                    "build AVX2 code too; numpy and torch follow the environment: make "
                    "bench-avx2)")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.calls < 1:
        ap.error(f"--rounds and --calls must be >= 1, got {args.rounds} and {args.calls}")
    try:
        target = tc.Target.parse(args.target)
    except ValueError as exc:  # TargetError
        ap.error(f"--target {args.target!r}: {exc}")
    host = tc.Target.host()
    peers.ISA = target.isa if target.isa != host.isa else None
    env = " ".join(f"{k}={os.environ.get(k, '(unset)')}" for k in peers.ISA_ENV["avx2"])
    print(f"{peak.machine_line(args.target)}; host ISA {host.isa}; {env}")
    missing = peers.isa_env_missing(peers.ISA)
    if missing:
        print(f"warning: tcomp builds {target.isa} code on this {host.isa} host, but numpy "
              f"and torch use the host's: set {' '.join(missing)} (make bench-avx2 does)")
    rows: list[dict[str, Any]] = []
    full: dict[str, list[int]] = {}
    for workload in args.workloads:
        wrows, full[workload] = bench_workload(workload, args.peers, args.rounds, args.calls,
                                               args.target)
        rows += wrows
    print(f"medians of {args.rounds} interleaved rounds of {args.calls} calls; x tcomp: the "
          "median per-round ratio of each time to tcomp's [range]; % limit: of the rate of "
          "this machine's limit (FMA probe, the faster copy) in the same round; full: the "
          f"same over the rounds whose FMA probe ran at {FULL_COMPUTE:.0%} of its best rate "
          "or more (" + ", ".join(f"{w} {len(r)} of {args.rounds}" for w, r in full.items())
          + ")")
    print(f"{'workload':<8} {'impl':<15} {'ms':>8} {'rate':>14} {'% limit':>7} {'full':>5} "
          f"{'x tcomp':>19}  {'alloc':<5} note")
    for r in rows:
        ms = r["ms_median"]
        rate = f"{r['rate']:.1f} {r['unit']}" if ms and r.get("rate") else "-"
        pctm = f"{r['pct_of_limit']:.0f}%" if ms and r.get("pct_of_limit") else "-"
        pctf = f"{r['pct_of_limit_full']:.0f}%" if ms and r.get("pct_of_limit_full") else "-"
        ratio = (f"{r['ratio_to_base']:.2f} [{r['ratio_range'][0]:.2f}, "
                 f"{r['ratio_range'][1]:.2f}]") if "ratio_to_base" in r else "-"
        print(f"{r['workload']:<8} {r['name']:<15} {ms if ms is None else round(ms, 2)!s:>8} "
              f"{rate:>14} {pctm:>7} {pctf:>5} {ratio:>19}  "
              f"{'yes' if r['allocates_output'] else 'no':<5} {r['note']}")
    if args.json:
        os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"machine": peak.machine_line(args.target), "isa": target.isa,
                       "host_isa": host.isa, "peer_isa_env": {k: os.environ.get(k) for k in
                                                              peers.ISA_ENV["avx2"]},
                       "rows": rows, "rounds": args.rounds,
                       "full_compute_rounds": full, "full_compute": FULL_COMPUTE,
                       "calls_per_round": args.calls,
                       "threads": tc.config.get().num_threads}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
