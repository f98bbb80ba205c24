"""Training-step benchmark: forward, backward and Adam of an MLP (784->512->10, batch 128) and
of the digits CapsNet, tcomp.nn against PyTorch CPU eager (2 threads), as ratios in one run.

The contenders alternate in rounds (a few steps of one, then of the other), so a burst of
load on a shared machine hits both; each figure is the median (and the 10th percentile) over
every timed step. Also reported: tcomp's kernel launches per step, the step with lazy fusion
off, and how idle the machine was just before each race (other processes skew the figures).

With ``--tune SECONDS``, each tcomp model's kernels are first tuned for that long
(``tcomp.nn.tune``, records in ``--db``), and the per-kernel table (share of the step, time
before and after) is printed before the race.

Run: PYTHONPATH=. /tmp/benchvenv/bin/python benchmarks/train_step.py [--rounds N] [--json f]
     [--tune 600 --db model.db]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "examples"))

from tcomp import nn
from tcomp.nn import functional as F
from tcomp.nn import kernels, lazy

Step = Callable[[], None]


def tcomp_mlp(x: np.ndarray, y: np.ndarray) -> Step:
    model = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10, seed=1))
    opt = nn.Adam(model.parameters(), lr=1e-3)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)

    def step() -> None:
        loss = F.cross_entropy(model(xt), yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return step


def torch_mlp(x: np.ndarray, y: np.ndarray) -> Step:
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(784, 512), torch.nn.ReLU(),
                                torch.nn.Linear(512, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    def step() -> None:
        loss = torch.nn.functional.cross_entropy(model(xt), yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return step


def tcomp_caps(x: np.ndarray, y: np.ndarray) -> Step:
    from capsnet import CapsNet

    model = CapsNet()
    opt = nn.Adam(model.parameters(), lr=1e-2)
    xt = nn.Tensor(x)

    def step() -> None:
        loss = nn.margin_loss(model(xt), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return step


def torch_caps(x: np.ndarray, y: np.ndarray) -> Step:
    """examples/capsnet.py's PyTorch model (torch_train_step), one step at a time."""
    import torch
    from capsnet import torch_train_step

    step = torch_train_step(torch, len(x))
    xb, yb = torch.from_numpy(x), torch.from_numpy(y)
    return lambda: step(xb, yb)


def race(steps: dict[str, Step], rounds: int, per_round: int = 5, warmup: int = 3
         ) -> dict[str, list[float]]:
    """Seconds per step of each contender, timed in alternating rounds."""
    for s in steps.values():
        for _ in range(warmup):
            s()
    times: dict[str, list[float]] = {k: [] for k in steps}
    names = list(steps)
    for r in range(rounds):
        for k in names if r % 2 == 0 else reversed(names):
            s = steps[k]
            for _ in range(per_round):
                t0 = time.perf_counter()
                s()
                times[k].append(time.perf_counter() - t0)
    return times


def machine_idle(seconds: float = 1.0) -> float | None:
    """Share of the machine's CPU time left idle while this process sleeps ``seconds``
    (Linux): near 1 on a quiet machine, near 0 when other processes hold every core, and
    then the figures say little (torch's spinning OpenMP threads suffer most)."""
    def read() -> list[int]:
        with open("/proc/stat") as f:
            return [int(v) for v in f.readline().split()[1:]]
    try:
        a = read()
        time.sleep(seconds)
        d = [y - x for x, y in zip(a, read(), strict=True)]
    except (OSError, ValueError):
        return None
    return (d[3] + d[4]) / max(1, sum(d))


def launches_per_step(step: Step) -> int:
    before = kernels.STATS["launches"]
    step()
    return kernels.STATS["launches"] - before


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--json", default=None)
    ap.add_argument("--tune", type=float, default=0.0, metavar="SECONDS",
                    help="tune each tcomp model's kernels this long first (tcomp.nn.tune)")
    ap.add_argument("--db", default=None, help="tuning database for --tune (default: a "
                    "temporary file)")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(0)
    res: dict[str, Any] = {}
    xm, ym = rng.standard_normal((128, 784)).astype(np.float32), rng.integers(0, 10, 128)
    xc, yc = rng.random((64, 1, 8, 8)).astype(np.float32), rng.integers(0, 10, 64)
    with lazy.enabled(False):
        mlp_eager, caps_eager = tcomp_mlp(xm, ym), tcomp_caps(xc, yc)
        for s in (mlp_eager, caps_eager):
            s()
        res["mlp_launches_per_step_unfused"] = launches_per_step(mlp_eager)
        res["capsnet_launches_per_step_unfused"] = launches_per_step(caps_eager)
    mlp, caps = tcomp_mlp(xm, ym), tcomp_caps(xc, yc)
    if args.tune:
        import tempfile

        db = args.db or os.path.join(tempfile.mkdtemp(), "train_step.db")
        for name, s in (("mlp", mlp), ("capsnet", caps)):
            rep = nn.tune(s, budget_s=args.tune, db=db, progress=False)
            print(f"{name}: kernels of one training step, tuned {args.tune:.0f} s\n{rep}\n")
            res[f"{name}_step_untuned_s"] = rep.step_before_ms / 1e3
            res[f"{name}_step_tuned_s"] = rep.step_after_ms / 1e3
    for s in (mlp, caps):
        s()
    res["mlp_launches_per_step"] = launches_per_step(mlp)
    res["capsnet_launches_per_step"] = launches_per_step(caps)

    def unfused(s: Step) -> Step:
        def run() -> None:
            with lazy.enabled(False):
                s()
        return run

    mlp_steps: dict[str, Step] = {"tcomp": mlp, "tcomp_unfused": unfused(mlp_eager)}
    caps_steps: dict[str, Step] = {"tcomp": caps, "tcomp_unfused": unfused(caps_eager)}
    try:
        import torch

        torch.set_num_threads(2)
        mlp_steps["torch"] = torch_mlp(xm, ym)
        caps_steps["torch"] = torch_caps(xc, yc)
    except ImportError:
        res["torch"] = "not installed"
    for name, steps in (("mlp", mlp_steps), ("capsnet", caps_steps)):
        res[f"{name}_machine_idle_before"] = machine_idle()
        times = race(steps, args.rounds)
        for k, v in times.items():
            res[f"{name}_{k}_s"] = float(np.median(v))
            res[f"{name}_{k}_p10_s"] = float(np.percentile(v, 10))
        if "torch" in steps:
            for q in ("", "_p10"):
                res[f"{name}_speedup_vs_torch{q}"] = (res[f"{name}_torch{q}_s"]
                                                      / res[f"{name}_tcomp{q}_s"])
    for k, v in res.items():
        print(f"{k:36s} {v:.5f}" if isinstance(v, float) else f"{k:36s} {v}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
