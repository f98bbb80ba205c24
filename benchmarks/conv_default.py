"""conv2d 64->64 at 56x56, 3x3, pad 1, batch 1: tcomp's automatic default (``tc.build`` with
no schedule and no tuning database) against torch eager (oneDNN), 2 threads each, 9
interleaved rounds; tcomp writes a preallocated output, torch allocates its own.

Run: python benchmarks/conv_default.py [--target "llvm -mattr=-avx512f"]   (needs torch; for
an AVX2 build hold torch to AVX2 too: ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2)
"""

import argparse
import time

import numpy as np
import torch

import tcomp as tc
from autotune import workloads as W
from tcomp.runtime.timing import time_kernel


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--target", default="llvm")
    target = p.parse_args().target
    torch.set_num_threads(2)
    outs, args = W.conv2d(n=1, c=64, k=64, size=56, kernel=3, pad=1)
    k = tc.build(outs, args, target=target, database=False)
    rng = np.random.default_rng(0)
    x = tc.aligned(rng.standard_normal((1, 64, 56, 56)).astype(np.float32))
    w = tc.aligned(rng.standard_normal((64, 64, 3, 3)).astype(np.float32))
    y = tc.zeros((1, 64, 56, 56), np.float32)
    k(x, w, y)
    tx, tw = torch.from_numpy(x), torch.from_numpy(w)
    ref = torch.nn.functional.conv2d(tx, tw, padding=1).numpy()
    np.testing.assert_allclose(y, ref, rtol=1e-3, atol=1e-3)

    def f():
        return torch.nn.functional.conv2d(tx, tw, padding=1)

    r = []
    for _ in range(9):
        time.sleep(0.2)
        a = time_kernel(k, [x, w, y], repeat=5).median
        time.sleep(0.2)
        b = time_kernel(f, [], repeat=5).median
        r.append((a, b))
    r = np.array(r) * 1e3
    fl = 2 * 64 * 64 * 56 * 56 * 9
    ratio = r[:, 1] / r[:, 0]
    ms = np.median(r[:, 0])
    print(f"{tc.Target.parse(target)} (ISA {tc.Target.parse(target).isa}): "
          f"tcomp default {ms:.3f} ms ({fl / ms / 1e6:.0f} GFLOP/s), "
          f"torch eager {np.median(r[:, 1]):.3f} ms, torch/tcomp {np.median(ratio):.2f}x "
          f"(per-round {ratio.min():.2f}-{ratio.max():.2f})")


if __name__ == "__main__":
    main()
