"""Tuning benchmark: GEMM 1024^3, conv2d 64->64 56x56 3x3, capsule routing (auto space, no
template); tuned time and ratios against numpy (and torch, torch.compile when installed, in a
child process), timed in interleaved rounds after tuning; trials to get within 10% of the final
best, tuning wall time. Writes JSON with --out.

Run: python benchmarks/tune_bench.py [--trials 200] [--only gemm,conv,capsule] [--db PATH]
[--target "llvm -mattr=-avx512f"]
(``conv_auto``: the conv2d tuned in the automatic space instead of its template's)
Unset OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE first (see /work/shared/PEERS.md). For an AVX2
target on an AVX-512 machine, hold the peers to the same ISA: ``OPENBLAS_CORETYPE=Haswell``
(numpy) and ``ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2`` (torch) in the environment
of the whole command; the peers' child process inherits it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import tempfile
import time
from typing import Any

import numpy as np
import peak

import autotune
import tcomp as tc
from tcomp.runtime.timing import time_kernel

CASES = {
    "gemm": ("autotune.workloads:matmul", {"n": 1024}, "matmul"),
    "conv": ("autotune.workloads:conv2d", {"n": 1, "c": 64, "k": 64, "size": 56, "kernel": 3,
                                            "pad": 1}, "conv2d_nchw"),
    "capsule": ("autotune.workloads:capsule_routing", {}, "auto"),
    # the same conv2d in the automatic space (no template), from the automatic default
    "conv_auto": ("autotune.workloads:conv2d", {"n": 1, "c": 64, "k": 64, "size": 56,
                                                "kernel": 3, "pad": 1}, "auto"),
}


def _np_capsule(u: np.ndarray, W: np.ndarray, iters: int = 3) -> np.ndarray:
    uhat = np.einsum("ijdq,biq->bijd", W, u, optimize=True)
    b = np.zeros(uhat.shape[:3], np.float32)
    v = None
    for it in range(iters):
        c = np.exp(b - b.max(-1, keepdims=True))
        c /= c.sum(-1, keepdims=True)
        s = np.einsum("bij,bijd->bjd", c, uhat, optimize=True)
        n2 = (s * s).sum(-1, keepdims=True)
        v = s * n2 / (1 + n2) / np.sqrt(n2 + 1e-7)
        if it + 1 < iters:
            b = b + np.einsum("bijd,bjd->bij", uhat, v, optimize=True)
    return v


def _torch_capsule(torch: Any, u: Any, W: Any, iters: int = 3) -> Any:
    """The same routing as ``_np_capsule``, in torch (eager or under torch.compile)."""
    return torch_routing(torch, torch.einsum("ijdq,biq->bijd", W, u), iters)


def torch_routing(torch: Any, uhat: Any, iters: int = 3) -> Any:
    """Routing by agreement on predictions ``uhat[b, i, j, d]`` in torch: ``v[b, j, d]``."""
    b = torch.zeros(uhat.shape[:3], dtype=uhat.dtype)
    v = None
    for it in range(iters):
        c = torch.softmax(b, dim=-1)
        s = torch.einsum("bij,bijd->bjd", c, uhat)
        n2 = (s * s).sum(-1, keepdim=True)
        v = s * n2 / (1 + n2) / torch.sqrt(n2 + 1e-7)
        if it + 1 < iters:
            b = b + torch.einsum("bijd,bjd->bij", uhat, v)
    return v


def _np_conv(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    _n, _c, _h, _wd = x.shape
    cols = np.lib.stride_tricks.sliding_window_view(xp, (3, 3), axis=(2, 3))  # n c h w 3 3
    return np.einsum("nchwyx,kcyx->nkhw", cols, w, optimize=True)


def _peers(name: str, ins: list[np.ndarray]) -> dict[str, tuple[Any, list[Any]]]:
    """The peer callables with their arguments: numpy, and torch eager / torch.compile when
    torch is installed (2 threads)."""
    name = name.removesuffix("_auto")  # conv_auto: conv's peers
    fn = {"gemm": lambda a, b: a @ b, "conv": _np_conv, "capsule": _np_capsule}[name]
    out: dict[str, tuple[Any, list[Any]]] = {"numpy": (fn, ins)}
    try:
        import torch
    except ImportError:
        return out
    torch.set_num_threads(2)
    t = [torch.from_numpy(a) for a in ins]
    tf = {"gemm": lambda a, b: a @ b,
          "conv": lambda x, w: torch.nn.functional.conv2d(x, w, padding=1),
          "capsule": lambda u, w: _torch_capsule(torch, u, w)}[name]
    out["torch"] = (tf, t)
    if name == "capsule":
        compiled = torch.compile(tf)
        compiled(*t)  # compile outside the timed rounds
        out["torch_compile"] = (compiled, t)
    return out


def _inputs(shapes: list[list[int]]) -> list[np.ndarray]:
    """The same inputs in every process."""
    return [np.random.default_rng(i).uniform(-1, 1, s).astype("float32")
            for i, s in enumerate(shapes)]


def median_ci(ratios: list[float], level: float = 0.95) -> list[float]:
    """A bootstrap interval for the median of per-round ratios (2000 resamples, seeded): on a
    shared VM one round's ratio of two 0.1 ms kernels swings by 20%, so a median of a few
    rounds says little without it."""
    r = np.asarray([x for x in ratios if math.isfinite(x)], dtype=float)
    if r.size == 0:
        return [float("nan"), float("nan")]
    meds = np.median(np.random.default_rng(0).choice(r, (2000, r.size)), axis=1)
    tail = (1 - level) / 2 * 100
    return [round(float(x), 3) for x in np.percentile(meds, [tail, 100 - tail])]


def runner_ms(runner: Any, rin: Any) -> float:
    """The tuner's runner's figure for ``rin`` (ms; NaN if it failed), after the same pause
    as every contender's."""
    time.sleep(0.4)
    r = runner.measure([rin])[0]
    return r.median * 1e3 if r.ok else float("nan")


def _timed(fn: Any, fargs: list[Any]) -> float:
    # OpenBLAS threads spin ~0.1 s after a call and torch's OpenMP threads longer
    time.sleep(0.4)
    return time_kernel(fn, fargs).median * 1e3  # the runner's protocol (MeasureOptions)


def _peer_process(conn: Any, name: str, shapes: list[list[int]]) -> None:
    """The peers in a child process: sends their labels, then times the one each message
    names. In tcomp's own process a torch call slowed the next tcomp kernel for longer than
    any pause (conv2d tuned: 2.5-2.9 ms after torch calls, 1.3-1.6 ms without, the runner
    1.3-1.7), so no peer runs there."""
    peers = _peers(name, _inputs(shapes))
    conn.send(list(peers))
    while (label := conn.recv()) is not None:
        conn.send(_timed(*peers[label]))


def run(name: str, trials: int, db: str, seed: int, rounds: int,
        target: str = "llvm") -> dict[str, Any]:
    """Tune, then time the tuned kernel and each peer in ``rounds`` interleaved rounds (one
    after the other, round after round), so a drift of this shared VM hits all of them; the
    figures are medians over rounds, and each ratio is the median of per-round ratios."""
    factory, kw, space = CASES[name]
    w = autotune.Workload(factory, kw)
    res = autotune.tune(w, space=space, trials=trials, db=db, seed=seed, early_stop=None,
                        target=target)
    rep = res.report
    outs, args = w.build()
    k = tc.build(res.best_schedule, res.args, target=target)
    shapes = [[int(d.value) for d in a.shape] for a in args[:-1]]
    ins = [tc.aligned(a) for a in _inputs(shapes)]  # 64-byte aligned, as the runner measures
    o = tc.zeros([int(d.value) for d in outs[0].shape], "float32")
    # the chosen record measured again by the tuner's runner in every round below, beside the
    # in-process figure (the search's best is the luckiest of many noisy trials, and the tuner
    # may pick another config by its re-measured mean)
    from autotune.measure import LocalExecutor, MeasureInput

    runner = LocalExecutor(n_builders=1)
    rin = MeasureInput(w, res.best_record.trace, res.best_record.config, target)
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    conn, child = ctx.Pipe()
    proc = ctx.Process(target=_peer_process, args=(child, name, shapes), daemon=True)
    proc.start()
    labels = conn.recv()
    times: dict[str, list[float]] = {c: [] for c in ["tcomp", *labels]}
    in_runner: list[float] = []
    try:
        for rnd in range(rounds):
            # in-process then runner, and the other way round in every other round, so
            # neither always follows the peers' child (whose thread pools were last busy)
            for what in (("runner", "tcomp") if rnd % 2 else ("tcomp", "runner")):
                if what == "tcomp":
                    times["tcomp"].append(_timed(k, [*ins, o]))
                else:
                    in_runner.append(runner_ms(runner, rin))
            for c in labels:
                conn.send(c)
                times[c].append(conn.recv())
    finally:
        conn.send(None)
        proc.join(timeout=30)
        runner.close()
    contenders = times
    ratios = [r / t for r, t in zip(in_runner, times["tcomp"], strict=True)]
    tgt = tc.Target.parse(target)
    row = {"workload": name, "target": str(tgt), "isa": tgt.isa, "space": rep.space,
           "trials": rep.trials, "failed": rep.failed, "rounds": rounds,
           "tuned_best_ms_in_db": rep.best_ms, "trials_to_10pct": rep.trials_to_10pct,
           "tuning_wall_s": rep.wall_s,
           "chosen_config": res.best_record.config,
           "runner_ms": float(np.median(in_runner)),
           # the runner's figure for the chosen record over the in-process one (median of
           # per-round ratios): the tuner predicts what the user gets when this is near 1
           "runner_vs_in_process": float(np.median(ratios)),
           "runner_vs_in_process_ci95": median_ci(ratios)}
    for c, ts in times.items():
        row[f"{c}_ms"] = float(np.median(ts))
    for c in contenders:
        if c != "tcomp":
            ratios = [p / t for p, t in zip(times[c], times["tcomp"], strict=True)]
            row[f"speedup_vs_{c}"] = float(np.median(ratios))
            row[f"speedup_vs_{c}_range"] = [float(min(ratios)), float(max(ratios))]
    return row


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--trials", type=int, default=200)
    p.add_argument("--only", default="gemm,conv,capsule")
    p.add_argument("--db", default=os.path.join(tempfile.mkdtemp(), "bench.db"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=None)
    p.add_argument("--rounds", type=int, default=7, help="interleaved timing rounds")
    p.add_argument("--target", default="llvm", help="tcomp target, e.g. 'llvm' (the host) or "
                   "'llvm -mattr=-avx512f' (AVX2 on an AVX-512 machine)")
    a = p.parse_args()
    t = tc.Target.parse(a.target)
    print(f"{peak.machine_line(t)}; OPENBLAS_CORETYPE="
          f"{os.environ.get('OPENBLAS_CORETYPE', '(unset)')}, ONEDNN_MAX_CPU_ISA="
          f"{os.environ.get('ONEDNN_MAX_CPU_ISA', '(unset)')}", flush=True)
    rows = [run(n, a.trials, a.db, a.seed, a.rounds, a.target) for n in a.only.split(",")]
    for r in rows:
        print(json.dumps(r))
    if a.out:
        with open(a.out, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
