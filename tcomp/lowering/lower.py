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
from .regions import InferredRegion

PHASES = ("placement", "regions", "emit")


@dataclasses.dataclass(frozen=True)
class LoweringPhases:
    """Each phase's output for one schedule, then each pass's, if passes were run after it
    (``tc.lower(..., phases=True)``). ``str()`` prints them in order, each under a
    ``# phase: <name>`` or ``# pass <n>: <name>`` header; ``func`` is the last of them."""

    placement: Placement
    emission: Emission
    passes: tuple[tuple[str, PrimFunc], ...] = ()

    @property
    def func(self) -> PrimFunc:
        return self.passes[-1][1] if self.passes else self.emission.func

    def texts(self) -> dict[str, str]:
        """Header -> printed output, in order: ``phase: placement``, ``phase: regions``,
        ``phase: emit``, then ``pass <n>: <name>`` for each pass run (a pipeline may run a
        pass twice)."""
        out = {"phase: placement": str(self.placement),
               "phase: regions": regions_text(self.emission.regions),
               "phase: emit": str(self.emission.func)}
        for i, (name, f) in enumerate(self.passes, start=1):
            out[f"pass {i}: {name}"] = str(f)
        return out

    def __str__(self) -> str:
        return "\n\n".join(f"# {k}\n{v}" for k, v in self.texts().items())


def regions_text(regions: Sequence[InferredRegion]) -> str:
    """The printed output of region inference: one line per answer emission used."""
    return "\n".join(str(r) for r in regions) or "(no stage is computed at a loop)"


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


__all__ = ["PHASES", "LoweringPhases", "lower_phases", "lower_schedule", "regions_text"]
