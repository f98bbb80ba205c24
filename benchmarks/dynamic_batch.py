"""Dynamic batch sizes: the training step (forward, backward, Adam) of the MLP (784->512->10)
and the small CNN of ``train_step.py`` at each batch size, run in ``tcomp.nn``'s default mode
(the first size on kernels built for it, every later size on the kernels of one
symbolic-batch family, scheduled for the first size) against kernels built for that exact
size (``tcomp.nn.dynamic_batch(False)``), as ratios in one run.

The two alternate in rounds at each size (``train_step.race``); each figure is the median
step time, and the ratio of the 10th percentiles is printed too (steadier on a busy
machine). Also printed: what the sweep compiled in the dynamic mode after its second
size, which built the families (nn kernel builds; 0 is the point), and the worst ratio over
the sizes.

Run: PYTHONPATH=. .venv/bin/python benchmarks/dynamic_batch.py [--sizes 1-128]
     [--models mlp,cnn] [--rounds 6] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))

from train_step import machine_idle, race, tcomp_cnn, tcomp_mlp

from tcomp import nn
from tcomp.nn import kernels

Step = Callable[[], None]
SHAPES = {"mlp": (784,), "cnn": (1, 16, 16)}
MAKERS = {"mlp": tcomp_mlp, "cnn": tcomp_cnn}
DEFAULT_SIZES = "1,2,3,5,8,13,16,17,31,32,33,48,63,64,65,96,100,127,128"


def parse_sizes(text: str) -> list[int]:
    """``"1,2,8-12"`` -> [1, 2, 8, 9, 10, 11, 12]."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += range(int(lo), int(hi or lo) + 1)
    if not out or min(out) < 1:
        raise SystemExit(f"--sizes: batch sizes must be positive ints, got {text!r}")
    return out


def in_mode(dynamic: bool, step: Step) -> Step:
    """``step`` run with nn's dynamic batches on or off (the mode picks the kernel cache)."""
    def run() -> None:
        with nn.dynamic_batch(dynamic):
            step()
    return run


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help="batch sizes: '1,2,8-12'")
    ap.add_argument("--models", default="mlp,cnn")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--per-round", type=int, default=3)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    sizes = parse_sizes(args.sizes)
    res: dict[str, Any] = {"sizes": sizes}
    for m in args.models.split(","):
        if m not in MAKERS:
            raise SystemExit(f"--models: unknown model {m!r}; choose from {list(MAKERS)}")
        rng = np.random.default_rng(0)
        data = {n: (rng.standard_normal((n, *SHAPES[m])).astype(np.float32),
                    rng.integers(0, 10, n)) for n in sizes}
        # the dynamic sweep first: what it compiles after its second batch size
        dyn = {}
        for k, n in enumerate(sizes):
            if k == 2:
                before = (kernels.STATS["builds"], kernels.STATS["kernels"])
            dyn[n] = in_mode(True, MAKERS[m](*data[n]))
            dyn[n]()
        if len(sizes) > 2:
            res[f"{m}_builds_after_second_size"] = kernels.STATS["builds"] - before[0]
            res[f"{m}_kernels_after_second_size"] = kernels.STATS["kernels"] - before[1]
        res[f"{m}_machine_idle_before"] = machine_idle()
        print(f"{m}: {'batch':>5} {'symbolic ms':>12} {'exact ms':>9} {'ratio':>6} "
              f"{'p10 ratio':>9}", flush=True)
        ratios = []
        for n in sizes:
            exact = in_mode(False, MAKERS[m](*data[n]))
            exact()  # compiles this size's kernels
            times = race({"symbolic": dyn[n], "exact": exact}, args.rounds, args.per_round)
            sym_s, ex_s = (float(np.median(times[k])) for k in ("symbolic", "exact"))
            p10 = float(np.percentile(times["symbolic"], 10)
                        / np.percentile(times["exact"], 10))
            ratios.append(sym_s / ex_s)
            res[f"{m}_{n}_symbolic_s"], res[f"{m}_{n}_exact_s"] = sym_s, ex_s
            res[f"{m}_{n}_p10_ratio"] = p10
            print(f"{m}: {n:>5} {sym_s * 1e3:>12.3f} {ex_s * 1e3:>9.3f} {ratios[-1]:>6.2f} "
                  f"{p10:>9.2f}", flush=True)
        worst = int(np.argmax(ratios))
        res[f"{m}_worst_ratio"] = ratios[worst]
        res[f"{m}_worst_ratio_batch"] = sizes[worst]
        res[f"{m}_median_ratio"] = float(np.median(ratios))
    for k, v in res.items():
        if k != "sizes" and not k.split("_")[1].isdigit():
            print(f"{k:34s} {v:.4f}" if isinstance(v, float) else f"{k:34s} {v}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
