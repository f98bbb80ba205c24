"""Lowering phase 3, nest emission: each stage's loop nest as loop IR (layer 4).

Input: a ``Placement`` (phase 1). Output: an ``Emission``, the kernel's ``PrimFunc`` (before
the pass pipeline) and the regions inferred on the way (phase 2, which emission calls at
each loop that has stages attached).

Each stage computed at root becomes a loop nest over its leaf iteration variables. A stage
computed at a loop is emitted inside it, over the region the consumer reads in one iteration
of that loop, into a buffer of that region's size. Splits that don't divide evenly peel
their last outer iteration, so the hot inner loops carry no bounds checks; only splits that
can't be peeled get a guard. Loop extents come from ``relations.compute_extents``, the one
source of split and fused extents.
"""

from __future__ import annotations

import dataclasses

from ..arith import Interval, simplify
from ..dsl.tensor import ComputeOp, PlaceholderOp, Tensor
from ..errors import LoweringError, ScheduleError
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import walk
from ..schedule.schedule import Stage
from .inline import InlinedBodies
from .nest import Frame, Nest
from .placement import Placement, placed_at
from .regions import InferredRegion, RegionInference


@dataclasses.dataclass(frozen=True)
class Emission:
    """The output of nest emission: the kernel and the regions it was emitted with."""

    func: PrimFunc
    regions: tuple[InferredRegion, ...]


def emit(placement: Placement, name: str) -> Emission:
    """Emit the loop nests of a placed schedule as one kernel.

    Pre: ``placement`` is ``place``'s output for the schedule (every attachment checked).
    Post: a PrimFunc named ``name`` whose parameters are the argument buffers in order, whose
    root stages' temporary buffers are allocated around the body, and whose every symbolic
    dimension is bound by some argument's shape (LoweringError otherwise); loads of tensors
    are loads of buffers (no ProducerLoad remains).
    """
    return Emitter(placement).run(name)


class Emitter:
    """Emission state: the frame each stage's reads resolve to here, the ranges of the loops
    around the statement being emitted, and what each tensor's loads read."""

    def __init__(self, placement: Placement) -> None:
        self.placement = placement
        self.sch = placement.sch
        self.bodies = InlinedBodies(placement.sch)
        self.regions = RegionInference(placement.sch, placement.attached, self.bodies)
        self.frames: dict[Stage, Frame] = {}
        self.var_ranges: dict[E.Var, Interval] = {}
        self.read_buffers: dict[Tensor, set[Buffer]] = {}
        self.inferred: list[InferredRegion] = []

    def run(self, name: str) -> Emission:
        pl = self.placement
        body: list[S.Stmt] = []
        for st, bufs in pl.roots.items():
            op = st.op
            assert isinstance(op, ComputeOp)
            region = [E.Range(E.const(0), d) for d in op.shape]
            self.frames[st] = Frame(st, bufs, [E.const(0)] * len(region), region)
            body.append(Nest(self, st).emit())
        stmt = S.seq(*body)
        for b in reversed(pl.allocs):
            stmt = S.Allocate(b, stmt)
        dim_vars: list[E.Var] = []
        for b in pl.params:
            for d in b.shape:
                for v in walk(d):
                    if isinstance(v, E.SizeVar) and v not in dim_vars:
                        dim_vars.append(v)
        for v in walk(stmt):
            if isinstance(v, E.SizeVar) and v not in dim_vars:
                raise LoweringError(f"symbolic dimension '{v.name}' is used but no argument has "
                                    "it in its shape, so it can't be bound at call time")
        outputs = tuple(i for i, t in enumerate(pl.args)
                        if not isinstance(self.sch[t].op, PlaceholderOp))
        func = PrimFunc(name, pl.params, stmt, tuple(dim_vars), {"outputs": outputs})
        return Emission(func, tuple(self.inferred))

    def read(self, tensor: Tensor, idx: tuple[E.Expr, ...]) -> E.Expr:
        """A read of ``tensor`` at ``idx`` as a load of the buffer visible here."""
        st = self.sch[tensor]
        if isinstance(st.op, PlaceholderOp):
            load = E.Load(self.placement.arg_buffer[(st, 0)], idx, tensor.dtype)
        else:
            fr = self.frames.get(st)
            if fr is None:
                raise ScheduleError(  # placement refuses this first; a safety net
                    f"{placed_at(st)}: compute_at: stage '{st.name}' is read where it has not "
                    "been computed: a reader runs outside the loop it is attached to; attach "
                    "it to a loop that encloses every reader, or compute_root()")
            buf = fr.buffers[tensor.value_index]
            if st.layout is not None:
                idx = tuple(E.as_expr(i) for i in st.layout(*idx))
            else:
                idx = tuple(simplify(i - o) for i, o in zip(idx, fr.offset, strict=False))
            load = E.Load(buf, idx, tensor.dtype)
        self.read_buffers.setdefault(tensor, set()).add(load.buffer)
        return load


__all__ = ["Emission", "Emitter", "emit"]
