"""CPU schedules for the nn operators (layer 7): ``matmul`` takes the packed GEMM of
``schedules.cpu`` where the shape suits it, else the automatic schedule (``tc.auto_schedule``,
what nn's kernels and a schedule-free ``tc.build`` use).
"""

from __future__ import annotations

import tcomp as tc

from . import cpu


def matmul(A: tc.Tensor, B: tc.Tensor, C: tc.Tensor) -> tuple[tc.Schedule, list]:
    """The packed GEMM of ``schedules.cpu`` when the shape is large enough, else auto."""
    n, m = (int(d.value) for d in C.shape)
    mr, nr, _ = cpu.gemm_tile(None, C.dtype)
    if n >= 64 and m >= 64 and n % mr == 0 and m % nr == 0:
        return cpu.matmul(A, B, C)
    return tc.auto_schedule(C), [A, B, C]


__all__ = ["matmul"]
