"""Schedule: the stages of a graph and the trace of the primitives applied to them (layer 3).

A schedule never changes what is computed, only how: loop order, tiling, caching, placement
and annotations. Every primitive checks its arguments at the call and raises ScheduleError
naming the stage, the axis, the user's ``file:line`` and, when there is one, the legal
alternative.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..dsl.printer import topo_ops
from ..dsl.tensor import ComputeOp, Operation, PlaceholderOp, Tensor
from ..errors import ScheduleError, user_location
from ..ir import expr as E
from ..ir.stmt import BIND_TAGS
from .primitives import Directive, recorded
from .rewrites import GraphRewrites
from .stage import IterAttr, Stage, ThreadAxis, thread_axis

__all__ = ["BIND_TAGS", "IterAttr", "Schedule", "Stage", "ThreadAxis", "create_schedule",
           "thread_axis"]


class Schedule(GraphRewrites):
    """The stages of a computation graph and the trace of primitives applied to them."""

    def __init__(self, outputs: Sequence[Tensor]) -> None:
        self.outputs = list(outputs)
        self.location = user_location()  # where it was made: build names it as the origin
        self.reassociate_floats = False
        self.trace: list[Directive] = []
        self.stages: list[Stage] = []
        self._by_op: dict[Operation, Stage] = {}
        names: dict[str, int] = {}
        for op in topo_ops(self.outputs):
            st = Stage(self, op)
            n = names.get(op.name, 0)
            names[op.name] = n + 1
            if n:
                raise ScheduleError(
                    f"two operations are named '{op.name}'; give each compute/placeholder a "
                    "unique name= so schedules, traces and errors can refer to it"
                )
            self.stages.append(st)
            self._by_op[op] = st
        for t in self.outputs:
            self._by_op[t.op].is_output = True

    # ------------------------------------------------------------------ lookup
    def __getitem__(self, key: Any) -> Stage:
        op = key.op if isinstance(key, Tensor) else key
        st = self._by_op.get(op)
        if st is None:
            name = getattr(key, "name", repr(key))
            raise ScheduleError(f"{user_location()}: '{name}' is not part of this schedule "
                                "(create_schedule builds stages for the outputs and everything "
                                "they read)")
        return st

    def stage_of(self, op: Operation) -> Stage | None:
        """The stage of ``op`` (its current op, or one that cache_write or rfactor replaced),
        or None for an op outside this schedule."""
        return self._by_op.get(op)

    def _fresh_name(self, base: str) -> str:
        """``base``, or ``base.1``, ``base.2``... if a stage has it: stage names stay unique,
        so traces (which name stages) replay onto the stage they were recorded on (a
        cache_read and a cache_write of one tensor in one scope were both 'T.local')."""
        names = {st.name for st in self.stages}
        name, n = base, 0
        while name in names:
            n += 1
            name = f"{base}.{n}"
        return name

    def stage_by_name(self, name: str) -> Stage:
        for st in self.stages:
            if st.name == name:
                return st
        raise ScheduleError(f"no stage named '{name}' in this schedule")

    def _owner_of(self, iv: E.IterVar) -> Stage | None:
        for st in self.stages:
            if iv in st.all_iter_vars:
                return st
        return None

    def consumers(self, stage: Stage) -> list[Stage]:
        """Stages whose current op reads an output of ``stage`` (through any op the stage
        had: readers keep the tensors of the op before cache_write/rfactor replaced it)."""
        return [s for s in self.stages if isinstance(s.op, ComputeOp)
                and any(self.stage_of(t.op) is stage for t in s.op.input_tensors)]

    def _reaches(self, producer: Stage, consumer: Stage) -> bool:
        """Does ``consumer`` depend on ``producer`` (directly or through other stages)?

        Intermediate stages must end up inside the same loop (inlined or attached there);
        lowering checks that and names the stage that runs outside.
        """
        todo, seen = [producer], set()
        while todo:
            st = todo.pop()
            for c in self.consumers(st):
                if c is consumer:
                    return True
                if id(c) not in seen:
                    seen.add(id(c))
                    todo.append(c)
        return False

    @recorded
    def reassociate(self, enable: bool = True) -> None:
        """Let float ``+`` and ``*`` in this kernel be reassociated (LLVM's ``reassoc`` and
        ``contract``): a sum may then be vectorized along its reduction axis, with partial
        sums combined at the end, as numpy's and PyTorch's reductions do. Results differ from
        the sequential order by rounding, and where an intermediate sum or product overflows
        in one order and not the other; division is not reordered (``(a / b) * c`` stays as
        written). NaN, infinity and signed-zero semantics are kept (unlike
        ``build(..., fast_math=True)``)."""
        self.reassociate_floats = bool(enable)

    # ------------------------------------------------------------------ trace
    def trace_json(self) -> str:
        """The primitives applied so far, as JSON (what the autotuner stores)."""
        return json.dumps([d.to_json() for d in self.trace], sort_keys=True)

    def trace_str(self) -> str:
        return "\n".join(f"{n:3d}  {d}    # {d.location}" for n, d in enumerate(self.trace))


def create_schedule(outputs: Any) -> Schedule:
    """A default schedule (every stage at root, loops in definition order) for ``outputs``."""
    outs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
    for t in outs:
        if not isinstance(t, Tensor):
            raise ScheduleError(f"create_schedule: expected tensors, got {type(t).__name__}")
        if isinstance(t.op, PlaceholderOp):
            raise ScheduleError(f"create_schedule: '{t.name}' is a placeholder; schedule the "
                                "computes that produce outputs")
    # A multi-output op's outputs all belong to one stage.
    return Schedule(outs)
