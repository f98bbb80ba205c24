"""Measure this machine's fp32 FMA peak and copy bandwidth with tcomp kernels.

The brief's limits (230 GFLOP/s, 30 GB/s) were measured on a Zen 4 machine; the one a run
lands on may differ (a Zen 5 runs 512-bit FMAs at full width). ``benchmarks/run.py`` reports
percentages against both.

FMA peak: every lane of 16 independent 16-wide accumulators runs a chain of K dependent FMAs
(``acc = acc * a + x``) on registers only, on every core. Bandwidth: a parallel, vectorized
copy of 256 MiB into a preallocated array (read + write counted).
"""

from __future__ import annotations

import numpy as np

import tcomp as tc
from tcomp.runtime.timing import time_kernel


def fma_peak(threads: int | None = None, k: int = 4096) -> float:
    """GFLOP/s of register-resident FMA chains over all threads of the pool."""
    ntasks = 2 * (threads or tc.config.get().num_threads)
    X = tc.placeholder((ntasks, 256), name="X")
    r = tc.reduce_axis(k, name="r")
    chain = tc.comm_reducer(lambda acc, x: acc * 0.999 + x, lambda t: tc.const(0.0, t),
                            name="fma_chain")
    Y = tc.compute((ntasks, 256), lambda i, l: chain(X[i, l], axis=r), name="Y")
    s = tc.create_schedule(Y)
    i, lane = Y.op.axis
    lo, li = s[Y].split(lane, factor=16)
    s[Y].reorder(i, r, lo, li)
    s[Y].unroll(lo)
    s[Y].vectorize(li)
    s[Y].parallel(i)
    f = tc.build(s, [X, Y])
    x = np.full((ntasks, 256), 1e-3, np.float32)
    y = np.empty_like(x)
    t = time_kernel(f, (x, y), repeat=20).median
    return 2.0 * ntasks * 256 * k / t / 1e9


def copy_bandwidth(mib: int = 256) -> float:
    """GB/s of a parallel vectorized copy (bytes read + bytes written)."""
    n = mib * (1 << 20) // 4 // 4096
    X = tc.placeholder((n, 4096), name="X")
    Y = tc.compute((n, 4096), lambda i, j: X[i, j], name="Y")
    s = tc.create_schedule(Y)
    jo, ji = s[Y].split(Y.op.axis[1], factor=16)
    s[Y].vectorize(ji)
    s[Y].parallel(Y.op.axis[0])
    f = tc.build(s, [X, Y])
    x = np.ones((n, 4096), np.float32)
    y = np.empty_like(x)
    t = time_kernel(f, (x, y), repeat=10).median
    return 2.0 * x.nbytes / t / 1e9


if __name__ == "__main__":
    print(f"fp32 FMA peak (measured): {fma_peak():.0f} GFLOP/s")
    print(f"copy bandwidth (measured): {copy_bandwidth():.1f} GB/s")
