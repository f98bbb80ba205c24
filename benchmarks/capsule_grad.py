"""Capsule dynamic routing, forward and backward: tcomp's derived gradients (no template, no
hand-written backward) against torch eager and torch.compile on the same computation.

Run from the repository root with nothing else running:

    python benchmarks/capsule_grad.py [--rounds 7] [--tune SECONDS] [--db F] [--json F]

The step: ``u_hat[b, i, j, :] = W[i, j] @ u[b, i]``, three iterations of routing by
agreement, ``loss = sum(v * head)``, and the gradients of ``u`` and ``W`` (batch 32, 1152 ->
10 capsules, 8 -> 16 dims, as CapsNet's digit capsules). tcomp runs ``tcomp.nn`` with
``DigitCapsules`` (its kernels derived by ``tcomp.autodiff``; with ``--tune``, tuned first by
``tcomp.nn.tune``). torch runs in a child process (spawned, timed through a pipe in the same
interleaved rounds), eager and under ``torch.compile`` (its backward compiled by
AOTAutograd). Threads: tcomp's default (all cores), ``torch.set_num_threads(os.cpu_count())``.
Figures are medians over rounds of the mean over ``--per-round`` steps; ratios are medians of
per-round ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from tune_bench import torch_routing

from tcomp import nn

B, IN_CAPS, IN_DIM, OUT_CAPS, OUT_DIM, ITERS = 32, 1152, 8, 10, 16, 3


def _data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    u = (rng.standard_normal((B, IN_CAPS, IN_DIM)) * 0.1).astype(np.float32)
    w = (0.5 * rng.standard_normal((IN_CAPS, IN_DIM, OUT_CAPS * OUT_DIM))
         / np.sqrt(IN_DIM)).astype(np.float32)
    head = rng.standard_normal((B, OUT_CAPS, OUT_DIM)).astype(np.float32)
    return u, w, head


def tcomp_step() -> tuple[Any, Any]:
    """The tcomp step and a function returning (loss, du, dW) of one call."""
    u, w, head = _data()
    caps = nn.DigitCapsules(IN_CAPS, IN_DIM, OUT_CAPS, OUT_DIM, ITERS, seed=0)
    caps.weight.data[...] = w
    ut, ht = nn.Tensor(u, requires_grad=True), nn.Tensor(head)

    def step() -> float:
        ut.grad = None
        caps.weight.grad = None
        loss = (caps(ut) * ht).sum()
        loss.backward()
        return float(loss.detach())

    def result() -> tuple[float, np.ndarray, np.ndarray]:
        loss = step()
        return loss, ut.grad.numpy(), caps.weight.grad.numpy()
    return step, result


def _torch_fns() -> tuple[dict[str, Any], Any]:
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    u, w, head = _data()
    ut = torch.from_numpy(u).requires_grad_(True)
    wt = torch.from_numpy(w).requires_grad_(True)
    ht = torch.from_numpy(head)

    def fwd(u: Any, w: Any) -> Any:
        # W as tcomp's DigitCapsules holds it: [i, k, j*d]
        uhat = torch.einsum("bik,ikn->bin", u, w).reshape(B, IN_CAPS, OUT_CAPS, OUT_DIM)
        return torch_routing(torch, uhat, ITERS)

    def make(f: Any) -> Any:
        def step() -> float:
            ut.grad = None
            wt.grad = None
            loss = (f(ut, wt) * ht).sum()
            loss.backward()
            return float(loss.detach())
        return step
    compiled = torch.compile(fwd)
    steps = {"torch": make(fwd), "torch_compile": make(compiled)}
    steps["torch_compile"]()  # compiles outside the timed rounds

    def result() -> tuple[float, np.ndarray, np.ndarray]:
        loss = steps["torch"]()
        return loss, ut.grad.numpy().copy(), wt.grad.numpy().copy()
    return steps, result


def _per_step(step: Any, n: int) -> float:
    time.sleep(0.3)  # the other contender's thread pool goes idle
    for _ in range(2):
        step()
    t0 = time.perf_counter()
    for _ in range(n):
        step()
    return (time.perf_counter() - t0) / n


def _peer(conn: Any, per_round: int) -> None:
    steps, result = _torch_fns()
    conn.send((list(steps), result()))
    while (label := conn.recv()) is not None:
        conn.send(_per_step(steps[label], per_round))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--per-round", type=int, default=5)
    ap.add_argument("--tune", type=float, default=0.0, metavar="SECONDS",
                    help="tune the step's kernels with tcomp.nn.tune first")
    ap.add_argument("--db", default=None, help="tuning database (default: a fresh one)")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    import multiprocessing as mp

    step, result = tcomp_step()
    out: dict[str, Any] = {"shape": f"batch {B}, {IN_CAPS}->{OUT_CAPS} caps, {IN_DIM}->"
                                    f"{OUT_DIM} dims, {ITERS} iterations"}
    if a.tune:
        db = a.db or os.path.join(tempfile.mkdtemp(), "caps.db")
        rep = nn.tune(step, budget_s=a.tune, db=db, progress=False)
        print(rep)
        out["tune_budget_s"] = a.tune
        step, result = tcomp_step()  # a fresh model; its kernels come from the database
    ctx = mp.get_context("spawn")
    conn, child = ctx.Pipe()
    proc = ctx.Process(target=_peer, args=(child, a.per_round), daemon=True)
    proc.start()
    labels, (tloss, tdu, tdw) = conn.recv()
    loss, du, dw = result()
    # the same math in both: the gradients agree (float32, a 3-iteration routing)
    np.testing.assert_allclose(loss, tloss, rtol=1e-4)
    np.testing.assert_allclose(du, tdu, rtol=2e-3, atol=2e-4)
    np.testing.assert_allclose(dw, tdw, rtol=2e-3, atol=2e-4)
    times: dict[str, list[float]] = {"tcomp": [], **{k: [] for k in labels}}
    for _ in range(a.rounds):
        times["tcomp"].append(_per_step(step, a.per_round))
        for k in labels:
            conn.send(k)
            times[k].append(conn.recv())
    conn.send(None)
    proc.join(timeout=30)
    for k, v in times.items():
        out[f"{k}_ms"] = round(float(np.median(v)) * 1e3, 3)
    for k in labels:
        out[f"tcomp_vs_{k}"] = round(float(np.median(
            [p / t for p, t in zip(times[k], times["tcomp"], strict=True)])), 2)
    print(json.dumps(out, indent=1))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=1)
    return out


if __name__ == "__main__":
    main()
