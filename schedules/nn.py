"""CPU schedules for the nn operators and their autodiff-generated gradients (layer 7).

``auto_schedule`` is tcomp's automatic CPU schedule (``tcomp/autoschedule.py``, also what a
schedule-free ``tc.build`` compiles); ``matmul`` takes the packed GEMM of ``schedules.cpu``
where the shape suits it.
"""

from __future__ import annotations

from typing import Any

import tcomp as tc

from . import cpu


def auto_schedule(out: Any, *, parallel: bool = True, target: Any = None
                  ) -> tuple[tc.Schedule, list]:
    """``tc.auto_schedule``, returned with the list of outputs: ``(s, outputs)``."""
    outs = list(out) if isinstance(out, (list, tuple)) else [out]
    return tc.auto_schedule(outs, parallel=parallel, target=target), outs


def matmul(A: tc.Tensor, B: tc.Tensor, C: tc.Tensor) -> tuple[tc.Schedule, list]:
    """The packed GEMM of ``schedules.cpu`` when the shape is large enough, else auto."""
    n, m = (int(d.value) for d in C.shape)
    mr, nr, _ = cpu.gemm_tile(None, C.dtype)
    if n >= 64 and m >= 64 and n % mr == 0 and m % nr == 0:
        return cpu.matmul(A, B, C)
    s, _ = auto_schedule(C)
    return s, [A, B, C]


__all__ = ["auto_schedule", "matmul"]
