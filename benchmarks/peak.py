"""Measure this machine's fp32 FMA peak and copy bandwidth with tcomp kernels, per ISA.

The brief's limits (230 GFLOP/s, 30 GB/s) were measured on a Zen 4 machine; the one a run
lands on may differ (a Zen 5 runs 512-bit FMAs at full width), so benchmarks quote this
machine's: ``benchmarks/run.py`` times the probe and the copy (``fma_probe_call``,
``copy_call``) in the same rounds as the kernels it measures. Each figure is for one
target: ``llvm`` (the host's best ISA) or ``llvm -mattr=-avx512f`` (AVX2 code on an AVX-512
machine), so a table can give the % of the peak of the ISA it was built for.

FMA peak: every lane of independent accumulators (as many vectors as the target's register
file holds with room for the operands, at most 16) runs a chain of K dependent FMAs
(``acc = acc * a + x``) on registers only, on every core. Bandwidth: a parallel, vectorized
copy of 256 MiB into a preallocated array (read + write counted), scheduled by the hand
schedule of elementwise chains without its software prefetch; with ordinary stores and with
non-temporal ones (``Stage.stream``), the faster of the two being the limit.
"""

from __future__ import annotations

import argparse
import os
import platform
from collections.abc import Callable
from typing import Any

import numpy as np

import tcomp as tc
from schedules import cpu
from tcomp.runtime.timing import time_kernel


def cpu_model() -> str:
    """The CPU's marketing name (``/proc/cpuinfo``'s model name on Linux), else what
    ``platform`` knows."""
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    return ln.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_line(target: Any = "llvm") -> str:
    """What a benchmark table names: the CPU, the target tcomp builds for and its ISA level,
    the cores."""
    t = tc.Target.parse(target)
    return f"{cpu_model()}, {os.cpu_count()} cores; tcomp target {t} (ISA {t.isa})"


def fma_probe(ntasks: int, k: int = 1 << 16, target: Any = "llvm") -> tuple[Any, int]:
    """The probe kernel ``Y[i, j] = chain over k of (acc * 0.999 + x)`` for ``ntasks`` parallel
    rows, and the width of its rows (accumulator lanes per task).

    As many accumulator vectors as the register file holds with room for the operands (at
    most 16), and two vectors of addends shared by all the chains: with one addend per chain,
    AVX2's 16 registers held 12 accumulators and spilled the 12 addends, so every FMA read
    one from the stack (166 GFLOP/s on a Zen 4, where its AVX2 GEMM reached 217; 231 now)."""
    t = tc.Target.parse(target)
    lanes = t.vector_lanes("float32")
    nacc = max(1, min(16, t.vector_registers - 4))
    width = nacc * lanes
    X = tc.placeholder((ntasks, 2 * lanes), name="X")
    r = tc.reduce_axis(k, name="r")
    chain = tc.comm_reducer(lambda acc, x: acc * 0.999 + x, lambda t: tc.const(0.0, t),
                            name="fma_chain")
    Y = tc.compute((ntasks, width), lambda i, j: chain(X[i, j % (2 * lanes)], axis=r),
                   name="Y")
    s = tc.create_schedule(Y)
    i, lane = Y.op.axis
    lo, li = s[Y].split(lane, factor=lanes)
    s[Y].reorder(i, r, lo, li)
    s[Y].unroll(lo)
    s[Y].vectorize(li)
    s[Y].parallel(i)
    return tc.build(s, [X, Y], target=target), width


def fma_probe_call(ntasks: int, k: int = 1 << 16, target: Any = "llvm",
                   threads: int | None = None) -> tuple[Callable[[], None], float]:
    """``fma_probe``'s kernel with its arrays bound, on ``threads`` threads (default: the
    pool's): (a call, the FLOPs one call does)."""
    f, width = fma_probe(ntasks, k, target)
    if threads:
        f.num_threads = threads
    lanes = tc.Target.parse(target).vector_lanes("float32")
    x = np.full((ntasks, 2 * lanes), 1e-3, np.float32)
    y = np.empty((ntasks, width), np.float32)
    return (lambda: f(x, y)), 2.0 * ntasks * width * k


def fma_peak(threads: int | None = None, k: int = 1 << 16, target: Any = "llvm") -> float:
    """GFLOP/s of register-resident FMA chains (``fma_probe``) on ``threads`` threads
    (default: the pool's), two tasks per thread.

    ``k`` FMAs per chain: with 4096 a call did 3 MFLOP in about 25 us, so the thread pool's
    wake-up was a third of the time and the figure came out 25-35% low and erratic (87-89
    GFLOP/s against 116-119 with 65536, AVX2 Zen 2)."""
    ntasks = 2 * (threads or tc.config.get().num_threads)
    call, flops = fma_probe_call(ntasks, k, target, threads)
    secs = time_kernel(call, (), repeat=20).median
    return flops / secs / 1e9


def copy_call(x: np.ndarray, stream: bool, target: Any = "llvm"
              ) -> tuple[Callable[[], None], float]:
    """A parallel vectorized copy of the 2-D float32 ``x`` into a 64-byte aligned array of
    its shape, with non-temporal stores or ordinary ones: (a call, the bytes one call moves,
    read + written). The hand schedule of elementwise chains without its software prefetch
    (it slows a plain copy: 5-16% on a Zen 4)."""
    X = tc.placeholder(x.shape, name="X")
    Y = tc.compute(x.shape, lambda i, j: X[i, j], name="Y")
    s, args = cpu.elementwise_chain([Y], [X], target=target, prefetch_bytes=0, stream=stream)
    f = tc.build(s, args, target=target)
    y = tc.empty(x.shape, x.dtype)
    return (lambda: f(x, y)), 2.0 * x.nbytes


def copy_bandwidth(mib: int = 256, target: Any = "llvm", rows: int | None = None,
                   cols: int = 4096, stream: bool | None = None) -> float:
    """GB/s of a parallel vectorized copy (bytes read + bytes written) of ``mib`` MiB, or of
    a ``rows x cols`` float32 array when ``rows`` is given; with non-temporal stores
    (``stream=True``), ordinary ones (``False``) or the faster of the two (None)."""
    if stream is None:
        return max(copy_bandwidth(mib, target, rows, cols, s) for s in (False, True))
    n = rows or mib * (1 << 20) // 4 // cols
    x = tc.aligned(np.ones((n, cols), np.float32))  # 64-byte aligned: whole MOVNT vectors
    call, nbytes = copy_call(x, stream, target)
    return nbytes / time_kernel(call, (), repeat=10).median / 1e9


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="fp32 FMA peak and copy bandwidth per ISA")
    p.add_argument("--target", action="append", default=None,
                   help="tcomp target (repeatable; default: 'llvm' and, on an AVX-512 host, "
                        "'llvm -mattr=-avx512f')")
    targets = p.parse_args().target
    if targets is None:
        targets = ["llvm"]
        if "avx512f" in tc.Target.host().feature_set:
            targets.append("llvm -mattr=-avx512f")
    print(f"host CPU: {cpu_model()} ({tc.Target.host().cpu})")
    for tgt in targets:
        isa = tc.Target.parse(tgt).isa
        plain, nt = (copy_bandwidth(target=tgt, stream=st) for st in (False, True))
        print(f"{tgt} ({isa}): fp32 FMA peak {fma_peak(target=tgt):.0f} GFLOP/s, "
              f"copy bandwidth {max(plain, nt):.1f} GB/s (ordinary stores {plain:.1f}, "
              f"non-temporal {nt:.1f})")
