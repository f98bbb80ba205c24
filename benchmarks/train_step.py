"""Training-step benchmark: forward, backward and Adam of an MLP (784->512->10, batch 128) and
of the digits CapsNet, tcomp.nn against PyTorch CPU eager (2 threads), as ratios in one run.

Run: PYTHONPATH=. /tmp/benchvenv/bin/python benchmarks/train_step.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "examples"))

from tcomp import nn  # noqa: E402
from tcomp.nn import functional as F  # noqa: E402


def _median_time(step: Any, warmup: int = 3, repeat: int = 15) -> float:
    for _ in range(warmup):
        step()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        step()
        ts.append(time.perf_counter() - t0)
    return float(np.median(ts))


def tcomp_mlp(x: np.ndarray, y: np.ndarray) -> float:
    model = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10, seed=1))
    opt = nn.Adam(model.parameters(), lr=1e-3)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)

    def step() -> None:
        loss = F.cross_entropy(model(xt), yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return _median_time(step)


def torch_mlp(x: np.ndarray, y: np.ndarray) -> float:
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
    return _median_time(step)


def tcomp_caps(x: np.ndarray, y: np.ndarray) -> float:
    from capsnet import CapsNet

    model = CapsNet()
    opt = nn.Adam(model.parameters(), lr=1e-2)
    xt = nn.Tensor(x)

    def step() -> None:
        loss = nn.margin_loss(model(xt), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return _median_time(step)


def torch_caps(x: np.ndarray, y: np.ndarray) -> float:
    from capsnet import torch_epoch_time

    # an "epoch" of 20 steps over the batch repeated, so model setup and the first
    # (warm-up) step are amortized; per-step time = epoch time / 20
    xs, ys = np.tile(x, (20, 1, 1, 1)), np.tile(y, 20)
    return float(np.median([torch_epoch_time(xs, ys, len(x), 2) / 20 for _ in range(3)]))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    rng = np.random.default_rng(0)
    res: dict[str, Any] = {}
    xm, ym = rng.standard_normal((128, 784)).astype(np.float32), rng.integers(0, 10, 128)
    xc, yc = rng.random((64, 1, 8, 8)).astype(np.float32), rng.integers(0, 10, 64)
    res["mlp_tcomp_s"] = tcomp_mlp(xm, ym)
    res["capsnet_tcomp_s"] = tcomp_caps(xc, yc)
    try:
        import torch

        torch.set_num_threads(2)
        res["mlp_torch_s"] = torch_mlp(xm, ym)
        res["capsnet_torch_s"] = torch_caps(xc, yc)
        res["mlp_speedup_vs_torch"] = res["mlp_torch_s"] / res["mlp_tcomp_s"]
        res["capsnet_speedup_vs_torch"] = res["capsnet_torch_s"] / res["capsnet_tcomp_s"]
    except ImportError:
        res["torch"] = "not installed"
    for k, v in res.items():
        print(f"{k:28s} {v:.5f}" if isinstance(v, float) else f"{k:28s} {v}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
