"""The automatic default (``tc.build(outputs, args)``, no schedule, no tuning) on ops that have
no template, against its own tuned best, numpy, torch eager and torch.compile.

Run from the repository root with nothing else running:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/default_schedule.py \
        [--ops attention lstm ...] [--trials 64] [--target "llvm -mattr=-avx512f"] [--json F]

Each op is a built-in workload of ``autotune.workloads`` at the sizes below. The default is
built without a tuning database and checked against numpy. With ``--trials N`` the op is then
tuned (automatic space, N trials, a fresh database) and the tuned record rebuilt here; the
runner's figure for it (``tuned_runner_ms``, the tuning run's best, measured in the tuner's
worker process) is shown beside the figure measured in this process; the record is also
measured by the runner in every round (``tuned_runner_rounds_ms``), next to the in-process
figure (before it in every other round), and ``runner_vs_in_process`` is the median of the
per-round ratios of the two, with a bootstrap 95% interval (``runner_vs_in_process_ci95``).
Then every contender is timed in interleaved rounds (one after another, round after round,
tcomp's kernels in reverse order every other round; medians of the rounds). tcomp writes
preallocated outputs and reads 64-byte aligned inputs (``tc.aligned``, as its runner
measures; torch's allocator aligns as much); numpy and torch allocate theirs. Threads:
tcomp's default (all cores), OpenBLAS's, torch.set_num_threads(os.cpu_count()). torch and
torch.compile columns appear where torch is installed (the ``bench`` extra); ``--blank``
adds the blank schedule (the naive loop nest).

numpy and torch run in a child process (spawned per op, timed in the same interleaved rounds
through a pipe), and the references are computed there, so their thread pools never share a
process with tcomp's.
``--same-process`` times the peers in this process.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import peak
from tune_bench import _np_capsule, _torch_capsule, median_ci, runner_ms

import autotune
import tcomp as tc
from tcomp.runtime.timing import time_kernel


def _sig(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _np_softmax(s: np.ndarray) -> np.ndarray:
    e = np.exp(s - s.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


# ----------------------------------------------------------------------------- numpy


def _np_attention(q, k, v):
    return [_np_softmax(q @ k.T / math.sqrt(q.shape[1])) @ v]


def _np_lstm(x, h, c, wx, wh, b):
    n = x.shape[1]
    g = x @ wx + h @ wh + b
    cn = _sig(g[:, n:2 * n]) * c + _sig(g[:, :n]) * np.tanh(g[:, 2 * n:3 * n])
    return [cn, _sig(g[:, 3 * n:]) * np.tanh(cn)]


def _np_maxpool_relu(x):
    n, c, h, w = x.shape
    return [np.maximum(x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5)), 0)]


def _np_squash(s):
    n2 = (s * s).sum(-1, keepdims=True)
    return [s * (n2 / (1 + n2)) / np.sqrt(n2 + 1e-7)]


def _np_causal_conv1d(x, w):
    y = x * w[:, 0, None]
    for k in range(1, w.shape[1]):
        y[..., k:] += x[..., :-k] * w[:, k, None]
    return [y]


def _np_layer_norm(x, w, b):
    m = x.mean(-1, keepdims=True)
    return [(x - m) / np.sqrt(x.var(-1, keepdims=True) + 1e-5) * w + b]


# ----------------------------------------------------------------------------- torch


def _torch_fns(torch: Any) -> dict[str, Callable]:
    F = torch.nn.functional

    def lstm(x, h, c, wx, wh, b):
        n = x.shape[1]
        g = x @ wx + h @ wh + b
        i, f, gg, o = g[:, :n], g[:, n:2 * n], g[:, 2 * n:3 * n], g[:, 3 * n:]
        cn = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(gg)
        return cn, torch.sigmoid(o) * torch.tanh(cn)

    def squash(s):
        n2 = (s * s).sum(-1, keepdim=True)
        return s * (n2 / (1 + n2)) * torch.rsqrt(n2 + 1e-7)

    def causal(x, w):
        return F.conv1d(F.pad(x, (w.shape[1] - 1, 0)), w.flip(1)[:, None, :],
                        groups=w.shape[0])

    return {
        "attention": lambda q, k, v: torch.softmax(q @ k.T / math.sqrt(q.shape[1]), -1) @ v,
        "lstm": lstm,
        "maxpool_relu": lambda x: torch.relu(F.max_pool2d(x, 2)),
        "squash": squash,
        "causal_conv1d": causal,
        "layer_norm": lambda x, w, b: F.layer_norm(x, (x.shape[-1],), w, b, 1e-5),
        "batch_matmul": lambda a, b: a @ b,
        "capsule_routing": lambda u, w: _torch_capsule(torch, u, w),
    }


# (workload, kwargs, numpy reference)
OPS: dict[str, tuple[str, dict[str, Any], Callable]] = {
    "attention": ("attention_head", {"seq": 128, "d": 64}, _np_attention),
    "lstm": ("lstm_cell", {"batch": 64, "n": 256}, _np_lstm),
    "maxpool_relu": ("maxpool_relu", {"n": 16, "c": 64, "size": 56}, _np_maxpool_relu),
    "squash": ("capsule_squash", {"batch": 64, "caps": 1152, "dim": 8}, _np_squash),
    "causal_conv1d": ("causal_conv1d", {"batch": 8, "channels": 256, "length": 1024,
                                        "width": 4}, _np_causal_conv1d),
    "layer_norm": ("layer_norm", {"rows": 4096, "n": 1024}, _np_layer_norm),
    "batch_matmul": ("batch_matmul", {"b": 16, "n": 128, "m": 128, "k": 64},
                     lambda a, b: [a @ b]),
    "capsule_routing": ("capsule_routing", {}, lambda u, w: [_np_capsule(u, w)]),
}


def _shape(t: tc.Tensor) -> list[int]:
    return [int(d.value) for d in t.shape]


def _inputs(name: str) -> tuple[Any, list[Any], list[Any], list[np.ndarray]]:
    """(workload, outputs, args, inputs): the same inputs in every process."""
    wname, kw, _ref = OPS[name]
    w = autotune.workloads.resolve(wname, kw)
    outs, args = w.build()
    nin = len(args) - len(outs)
    rng = np.random.default_rng(0)
    ins = [(rng.standard_normal(_shape(a)) * (0.1 if name == "lstm" else 1)).astype("float32")
           for a in args[:nin]]
    return w, outs, args, ins


def _peers(name: str, ins: list[np.ndarray], use_torch: bool
           ) -> dict[str, tuple[Callable, list[Any]]]:
    out: dict[str, tuple[Callable, list[Any]]] = {"numpy": (OPS[name][2], ins)}
    if use_torch:
        import torch

        torch.set_num_threads(os.cpu_count() or 1)
        fn = _torch_fns(torch)[name]
        targs = [torch.from_numpy(a) for a in ins]
        out["torch"] = (fn, targs)
        compiled = torch.compile(fn)
        compiled(*targs)  # compiles outside the timed rounds
        out["torch_compile"] = (compiled, targs)
    return out


def _time(fn: Callable, fargs: list[Any]) -> float:
    time.sleep(0.4)  # thread pools of the previous contender go idle (OpenMP spins ~0.2 s)
    return time_kernel(fn, fargs).median * 1e3  # the runner's protocol (MeasureOptions)


def _peer_process(conn: Any, name: str, use_torch: bool, ref_dir: str) -> None:
    """The peers of ``name`` in a child process: writes the numpy reference to ``ref_dir``
    (.npy), sends the peers' labels, then times the one named by each message."""
    _w, _outs, _args, ins = _inputs(name)
    for i, r in enumerate(OPS[name][2](*ins)):
        np.save(os.path.join(ref_dir, f"ref{i}.npy"), np.ascontiguousarray(r))
    peers = _peers(name, ins, use_torch)
    conn.send(list(peers))
    while (label := conn.recv()) is not None:
        conn.send(_time(*peers[label]))


class _Peers:
    """Peer timings from a child process (``same_process=False``) or from this one."""

    def __init__(self, name: str, ins: list[np.ndarray], use_torch: bool,
                 same_process: bool) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.local = None
        if same_process:
            for i, r in enumerate(OPS[name][2](*ins)):
                np.save(os.path.join(self.tmp.name, f"ref{i}.npy"), np.ascontiguousarray(r))
            self.local = _peers(name, ins, use_torch)
            self.labels = list(self.local)
            return
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_peer_process, args=(child, name, use_torch,
                                                            self.tmp.name), daemon=True)
        self.proc.start()
        self.labels = self.conn.recv()

    def reference(self, n: int) -> list[np.ndarray]:
        return [np.load(os.path.join(self.tmp.name, f"ref{i}.npy"), allow_pickle=False)
                for i in range(n)]

    def time(self, label: str) -> float:
        if self.local is not None:
            return _time(*self.local[label])
        self.conn.send(label)
        return self.conn.recv()

    def close(self) -> None:
        if self.local is None:
            self.conn.send(None)
            self.proc.join(timeout=30)
        self.tmp.cleanup()


def run(name: str, rounds: int, trials: int, target: str, blank: bool, use_torch: bool,
        same_process: bool = False) -> dict[str, Any]:
    w, outs, args, ins = _inputs(name)
    peers = _Peers(name, ins, use_torch, same_process)
    try:
        return _run(name, w, outs, args, ins, peers, rounds, trials, target, blank)
    finally:
        peers.close()


def _run(name: str, w: Any, outs: list[Any], args: list[Any], ins: list[np.ndarray],
         peers: _Peers, rounds: int, trials: int, target: str, blank: bool) -> dict[str, Any]:
    want = peers.reference(len(outs))
    # tcomp gets 64-byte aligned arrays (tc.aligned, tc.zeros), as its runner measures and as
    # torch allocates; numpy's own are 16-byte aligned
    ins = [tc.aligned(a) for a in ins]
    bufs = [tc.zeros(_shape(o), np.float32) for o in outs]
    kernels: dict[str, Any] = {"default": tc.build(outs, args, target=target, database=False)}
    row: dict[str, Any] = {"op": name, "workload": w.name}
    if blank:
        kernels["blank"] = tc.build(tc.create_schedule(outs), args, target=target,
                                    database=False)
    if trials:
        db = os.path.join(tempfile.mkdtemp(), "tune.db")
        res = autotune.tune(w, space="auto", trials=trials, db=db, target=target,
                            early_stop=None, progress=False)
        kernels["tuned"] = tc.build(res.best_schedule, res.args, target=target)
        row["tuned_runner_ms"] = res.report.best_ms
        row["tuned_config"] = res.best_record.config
        row["tuning_wall_s"] = round(res.report.wall_s, 1)
        # The tuned record measured again by the tuner's runner in every round below,
        # beside the in-process figure (this VM's speed drifts between minutes).
        from autotune.measure import LocalExecutor, MeasureInput

        runner = LocalExecutor(n_builders=1)
        rin = MeasureInput(w, res.best_record.trace, res.best_record.config, target)
    for label, k in kernels.items():
        k(*ins, *bufs)
        for got, ww in zip(bufs, want, strict=True):
            np.testing.assert_allclose(got, ww, rtol=2e-3, atol=2e-3, err_msg=f"{name} {label}")
    times: dict[str, list[float]] = {c: [] for c in [*kernels, *peers.labels]}
    in_runner: list[float] = []
    for rnd in range(rounds):
        # every other round runs backwards (runner, tuned, ..., default), so the runner and the
        # tuned kernel are neighbours in each round and neither always follows the peers
        backwards = rnd % 2 == 1
        runner_first = trials and backwards
        if runner_first:
            in_runner.append(runner_ms(runner, rin))
        for label, k in (reversed(kernels.items()) if backwards else kernels.items()):
            times[label].append(_time(k, [*ins, *bufs]))
        if trials and not runner_first:
            in_runner.append(runner_ms(runner, rin))
        for label in peers.labels:
            times[label].append(peers.time(label))
    for c, ts in times.items():
        row[f"{c}_ms"] = round(float(np.median(ts)), 4)
    d = times["default"]
    for c in times:
        if c != "default":  # > 1: the default is faster; median of per-round ratios
            row[f"default_vs_{c}"] = round(float(np.median(
                [o / t for o, t in zip(times[c], d, strict=True)])), 2)
    if trials:
        runner.close()
        row["tuned_runner_rounds_ms"] = round(float(np.median(in_runner)), 4)
        # the runner's figure for the tuned record, measured in the same rounds, over the
        # in-process one (median of per-round ratios); the tuning run's own best beside it
        ratios = [r / t for r, t in zip(in_runner, times["tuned"], strict=True)]
        row["runner_vs_in_process"] = round(float(np.median(ratios)), 2)
        row["runner_vs_in_process_ci95"] = median_ci(ratios)
        row["tuning_best_vs_in_process"] = round(row["tuned_runner_ms"] / row["tuned_ms"], 2)
    return row


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ops", nargs="*", default=list(OPS), choices=list(OPS))
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--trials", type=int, default=0, help="tune each op this many trials")
    p.add_argument("--target", default="llvm")
    p.add_argument("--blank", action="store_true", help="also time the blank schedule")
    p.add_argument("--no-torch", action="store_true")
    p.add_argument("--same-process", action="store_true",
                   help="time numpy and torch in this process (see the module docstring)")
    p.add_argument("--json", default=None)
    a = p.parse_args(argv)
    import importlib.util

    use_torch = not a.no_torch and importlib.util.find_spec("torch") is not None
    t = tc.Target.parse(a.target)
    print(f"{peak.machine_line(t)}; "
          f"tcomp outputs preallocated, numpy and torch allocate; peers in "
          f"{'this' if a.same_process else 'a child'} process; torch "
          f"{'used' if use_torch else 'not used'}")
    rows = []
    for n in a.ops:
        r = run(n, a.rounds, a.trials, a.target, a.blank, use_torch, a.same_process)
        rows.append(r)
        print(json.dumps(r), flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
