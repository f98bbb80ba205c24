"""Training-step benchmark: forward, backward and Adam of an MLP (784->512->10, batch 128), the
digits CapsNet, a small CNN (batch 64, 16x16: conv16, pool, conv32, pool, linear) and a
transformer block (batch 32, length 32, width 64, 4 heads, layer norms, GELU MLP), tcomp.nn
against PyTorch CPU eager (2 threads), as ratios in one run.

The contenders alternate in rounds (a few steps of one, then of the other), so a burst of
load on a shared machine hits both; each figure is the median (and the 10th percentile) over
every timed step. Also reported: tcomp's kernel launches per step, the step with lazy fusion
off, the step whose forward and backward run as one compiled call (``tcomp_compiled``:
``tcomp.nn.compile_step``, the same zero_grad and Adam update around it), and how idle the
machine was just before each race (other processes skew the figures).

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


def _step(loss_fn: Callable[[], Any], opt: Any) -> Step:
    """One training step of either framework (the same spelling in both): the loss, zeroed
    gradients, backward, the optimizer's update."""
    def step() -> None:
        loss = loss_fn()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return step


def _tcomp_step(model: Any, opt: Any, loss_fn: Callable[..., Any], inputs: tuple[Any, ...],
                compiled: bool) -> Step:
    """tcomp's step: the eager ``_step``, or with ``compiled`` the forward and backward as
    one call (``tcomp.nn.compile_step``) between the same zero_grad and optimizer update."""
    if not compiled:
        return _step(lambda: loss_fn(*inputs), opt)
    run = nn.compile_step(loss_fn, model, inputs)

    def step() -> None:
        opt.zero_grad()
        run(*inputs)
        opt.step()
    return step


def tcomp_mlp(x: np.ndarray, y: np.ndarray, compiled: bool = False) -> Step:
    model = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10, seed=1))
    opt = nn.Adam(model.parameters(), lr=1e-3)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)

    return _tcomp_step(model, opt, lambda x, y: F.cross_entropy(model(x), y), (xt, yt),
                       compiled)


def torch_mlp(x: np.ndarray, y: np.ndarray) -> Step:
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(784, 512), torch.nn.ReLU(),
                                torch.nn.Linear(512, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    return _step(lambda: torch.nn.functional.cross_entropy(model(xt), yt), opt)


def tcomp_caps(x: np.ndarray, y: np.ndarray, compiled: bool = False) -> Step:
    from capsnet import CapsNet

    model = CapsNet()
    opt = nn.Adam(model.parameters(), lr=1e-2)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)

    return _tcomp_step(model, opt, lambda x, y: nn.margin_loss(model(x), y), (xt, yt),
                       compiled)


def torch_caps(x: np.ndarray, y: np.ndarray) -> Step:
    """examples/capsnet.py's PyTorch model (torch_train_step), one step at a time."""
    import torch
    from capsnet import torch_train_step

    step = torch_train_step(torch, len(x))
    xb, yb = torch.from_numpy(x), torch.from_numpy(y)
    return lambda: step(xb, yb)


def tcomp_cnn(x: np.ndarray, y: np.ndarray, compiled: bool = False) -> Step:
    model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, seed=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(16, 32, 3, padding=1, seed=2), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(32 * 4 * 4, 10, seed=3))
    opt = nn.Adam(model.parameters(), lr=1e-3)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)
    return _tcomp_step(model, opt, lambda x, y: F.cross_entropy(model(x), y), (xt, yt),
                       compiled)


def torch_cnn(x: np.ndarray, y: np.ndarray) -> Step:
    import torch

    t = torch.nn
    model = t.Sequential(t.Conv2d(1, 16, 3, padding=1), t.ReLU(), t.MaxPool2d(2),
                         t.Conv2d(16, 32, 3, padding=1), t.ReLU(), t.MaxPool2d(2), t.Flatten(),
                         t.Linear(32 * 4 * 4, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    return _step(lambda: torch.nn.functional.cross_entropy(model(xt), yt), opt)


class _Block(nn.Module):
    """Pre-norm transformer block: x + attn(ln1(x)), then x + fc2(gelu(fc1(ln2(x)))); a
    linear head on the mean over positions."""

    def __init__(self, d: int = 64, heads: int = 4) -> None:
        super().__init__()
        self.d, self.h = d, heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v = (nn.Linear(d, d, seed=s) for s in (1, 2, 3))
        self.proj = nn.Linear(d, d, seed=4)
        self.fc1, self.fc2 = nn.Linear(d, 4 * d, seed=5), nn.Linear(4 * d, d, seed=6)
        self.head = nn.Linear(d, 10, seed=7)

    def forward(self, x: nn.Tensor) -> nn.Tensor:
        b, t, d = x.shape
        h, dh = self.h, d // self.h
        z = self.ln1(x)

        def split(u: nn.Tensor) -> nn.Tensor:
            return u.reshape(b, t, h, dh).permute(0, 2, 1, 3).reshape(b * h, t, dh)
        o = F.scaled_dot_product_attention(split(self.q(z)), split(self.k(z)), split(self.v(z)))
        o = o.reshape(b, h, t, dh).permute(0, 2, 1, 3).reshape(b, t, d)
        x = x + self.proj(o)
        x = x + self.fc2(F.gelu(self.fc1(self.ln2(x))))
        return self.head(F.mean(x, axis=1))


def tcomp_transformer(x: np.ndarray, y: np.ndarray, compiled: bool = False) -> Step:
    model = _Block()
    opt = nn.Adam(model.parameters(), lr=1e-3)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)

    return _tcomp_step(model, opt, lambda x, y: F.cross_entropy(model(x), y), (xt, yt),
                       compiled)


def torch_transformer(x: np.ndarray, y: np.ndarray) -> Step:
    import torch

    t = torch.nn

    class Block(t.Module):
        def __init__(self, d: int = 64, heads: int = 4) -> None:
            super().__init__()
            self.h = heads
            self.ln1, self.ln2 = t.LayerNorm(d), t.LayerNorm(d)
            self.q, self.k, self.v, self.proj = (t.Linear(d, d) for _ in range(4))
            self.fc1, self.fc2, self.head = t.Linear(d, 4 * d), t.Linear(4 * d, d), t.Linear(d, 10)

        def forward(self, x: Any) -> Any:
            b, n, d = x.shape
            h, dh = self.h, d // self.h
            z = self.ln1(x)

            def split(u: Any) -> Any:
                return u.reshape(b, n, h, dh).permute(0, 2, 1, 3).reshape(b * h, n, dh)
            q, k, v = split(self.q(z)), split(self.k(z)), split(self.v(z))
            att = torch.softmax((q @ k.transpose(-2, -1)) * (1.0 / dh ** 0.5), -1)
            o = (att @ v).reshape(b, h, n, dh).permute(0, 2, 1, 3).reshape(b, n, d)
            x = x + self.proj(o)
            x = x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))
            return self.head(x.mean(1))

    model = Block()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    return _step(lambda: torch.nn.functional.cross_entropy(model(xt), yt), opt)


# Models whose step runs compiled too (tcomp.nn.compile_step).
COMPILED = ("mlp", "capsnet", "cnn", "transformer")


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
    ap.add_argument("--models", default="mlp,capsnet,cnn,transformer",
                    help="comma-separated: mlp, capsnet, cnn, transformer")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(0)
    res: dict[str, Any] = {}
    data = {
        "mlp": (rng.standard_normal((128, 784)).astype(np.float32), rng.integers(0, 10, 128)),
        "capsnet": (rng.random((64, 1, 8, 8)).astype(np.float32), rng.integers(0, 10, 64)),
        "cnn": (rng.standard_normal((64, 1, 16, 16)).astype(np.float32),
                rng.integers(0, 10, 64)),
        "transformer": (rng.standard_normal((32, 32, 64)).astype(np.float32),
                        rng.integers(0, 10, 32)),
    }
    makers = {"mlp": (tcomp_mlp, torch_mlp), "capsnet": (tcomp_caps, torch_caps),
              "cnn": (tcomp_cnn, torch_cnn), "transformer": (tcomp_transformer, torch_transformer)}
    names = [m for m in makers if m in args.models.split(",")]
    unfused_steps = {}
    with lazy.enabled(False):
        for m in names:
            s = unfused_steps[m] = makers[m][0](*data[m])
            s()
            res[f"{m}_launches_per_step_unfused"] = launches_per_step(s)
    steps = {m: makers[m][0](*data[m]) for m in names}
    if args.tune:
        import tempfile

        db = args.db or os.path.join(tempfile.mkdtemp(), "train_step.db")
        for m in names:
            rep = nn.tune(steps[m], budget_s=args.tune, db=db, progress=False)
            print(f"{m}: kernels of one training step, tuned {args.tune:.0f} s\n{rep}\n",
                  flush=True)
            res[f"{m}_step_untuned_s"] = rep.step_before_ms / 1e3
            res[f"{m}_step_tuned_s"] = rep.step_after_ms / 1e3
    for m in names:
        steps[m]()
        res[f"{m}_launches_per_step"] = launches_per_step(steps[m])

    def unfused(s: Step) -> Step:
        def run() -> None:
            with lazy.enabled(False):
                s()
        return run

    races: dict[str, dict[str, Step]] = {
        m: {"tcomp": steps[m], "tcomp_unfused": unfused(unfused_steps[m])} for m in names}
    for m in names:  # built after --tune: the compiled step's kernels are the tuned ones
        if m in COMPILED:
            races[m]["tcomp_compiled"] = makers[m][0](*data[m], compiled=True)
    try:
        import torch

        torch.set_num_threads(2)
        for m in names:
            races[m]["torch"] = makers[m][1](*data[m])
    except ImportError:
        res["torch"] = "not installed"
    for name, contenders in races.items():
        res[f"{name}_machine_idle_before"] = machine_idle()
        times = race(contenders, args.rounds)
        for k, v in times.items():
            res[f"{name}_{k}_s"] = float(np.median(v))
            res[f"{name}_{k}_p10_s"] = float(np.percentile(v, 10))
        if "torch" in contenders:
            for q in ("", "_p10"):
                res[f"{name}_speedup_vs_torch{q}"] = (res[f"{name}_torch{q}_s"]
                                                      / res[f"{name}_tcomp{q}_s"])
                if "tcomp_compiled" in contenders:
                    res[f"{name}_compiled_speedup_vs_torch{q}"] = (
                        res[f"{name}_torch{q}_s"] / res[f"{name}_tcomp_compiled{q}_s"])
    for k, v in res.items():
        print(f"{k:36s} {v:.5f}" if isinstance(v, float) else f"{k:36s} {v}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
