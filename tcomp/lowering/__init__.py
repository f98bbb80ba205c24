"""Schedule -> loop IR (layer 4): bounds inference, loop nests, compute_at, caches.

``lower_schedule`` first proves the reads of every compute of the schedule against their
tensors' shapes (``access_check``): a read that is out of bounds for some iteration stops
the build (``tc.lower`` and ``tc.build`` alike) with ProvablyOutOfBoundsError.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dsl.tensor import Tensor
from ..ir.func import PrimFunc
from ..schedule.schedule import Schedule
from .access_check import check_ops
from .lower import lower_schedule as _lower_schedule


def lower_schedule(sch: Schedule, args: Sequence[Tensor], name: str = "main") -> PrimFunc:
    """Lower a schedule to loop IR (before the pass pipeline), after checking that no read
    of its computes is provably out of bounds."""
    check_ops(st.op for st in sch.stages)
    return _lower_schedule(sch, args, name)


__all__ = ["lower_schedule"]
