"""Schedule -> loop IR as named phases (layer 4), in the manner of Halide's ``Lower.cpp``.

=====================  ==========================  ===========================================
phase                  function                    output
=====================  ==========================  ===========================================
0 access check         ``access_check.check_ops``  nothing: refuses reads provably out of bounds
1 placement            ``placement.place``         ``Placement``: attach map, root buffers
2 region inference     ``regions.RegionInference``  ``Region`` per attached stage and loop
3 nest emission        ``emit.emit``               ``Emission``: the PrimFunc, regions used
=====================  ==========================  ===========================================

Region inference runs inside emission, once per loop that has stages attached (the loop
context decides the regions: a peeled tail needs less than the main loop); its answers come
back to emission as values and are kept in the ``Emission`` for printing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..dsl.tensor import Tensor
from ..ir.func import PrimFunc
from ..schedule.schedule import Schedule
from .access_check import check_ops
from .emit import Emission, emit
from .placement import Placement, place

PHASES = ("placement", "regions", "emit")


@dataclasses.dataclass(frozen=True)
class LoweringPhases:
    """Each phase's output for one schedule; ``str()`` prints them in order, each under a
    ``# phase: <name>`` header. ``func`` is the loop IR lowering returns."""

    placement: Placement
    emission: Emission

    @property
    def func(self) -> PrimFunc:
        return self.emission.func

    def texts(self) -> dict[str, str]:
        """Phase name -> its printed output, in phase order."""
        regions = "\n".join(str(r) for r in self.emission.regions)
        return {"placement": str(self.placement),
                "regions": regions or "(no stage is computed at a loop)",
                "emit": str(self.emission.func)}

    def __str__(self) -> str:
        return "\n\n".join(f"# phase: {k}\n{v}" for k, v in self.texts().items())


def lower_phases(sch: Schedule, args: Sequence[Tensor], name: str = "main") -> LoweringPhases:
    """Lower a schedule, keeping each phase's output.

    Pre: ``sch`` is a schedule (primitives validated); ``args`` the build's argument tensors.
    Post: the phases' outputs; ``.func`` is the loop IR before the pass pipeline, with
    multi-dimensional buffer indices. Raises ProvablyOutOfBoundsError, ScheduleError or
    LoweringError, naming the tensor, stage or loop at fault.
    """
    check_ops(st.op for st in sch.stages)
    placement = place(sch, args)
    return LoweringPhases(placement, emit(placement, name))


def lower_schedule(sch: Schedule, args: Sequence[Tensor], name: str = "main") -> PrimFunc:
    """Lower a schedule to loop IR (before the pass pipeline): ``lower_phases(...).func``."""
    return lower_phases(sch, args, name).func


__all__ = ["PHASES", "LoweringPhases", "lower_phases", "lower_schedule"]
