"""Stage bodies with their inlined producers substituted, for region inference and emission
(layer 4)."""

from __future__ import annotations

import dataclasses

from ..dsl.tensor import ComputeOp
from ..ir import expr as E
from ..ir.visitor import Mutator, substitute
from ..schedule.schedule import Schedule, Stage


class InlinedBodies:
    """``bodies.of(stage)``: the stage's body expressions (one per output) with every read of
    a ``compute_inline`` stage replaced by that stage's body at the read's indices. Each is
    computed once per lowering."""

    def __init__(self, sch: Schedule) -> None:
        self.sch = sch
        self._memo: dict[Stage, tuple[E.Expr, ...]] = {}

    def of(self, st: Stage) -> tuple[E.Expr, ...]:
        got = self._memo.get(st)
        if got is None:
            op = st.op
            assert isinstance(op, ComputeOp)
            exp = _Expand(self)
            got = tuple(exp.visit(b) if not isinstance(b, E.Reduce) else dataclasses.replace(
                b, source=tuple(exp.visit(s) for s in b.source),
                condition=exp.visit(b.condition)) for b in op.body)
            self._memo[st] = got
        return got


class _Expand(Mutator):
    """Inline compute_inline stages into an expression."""

    def __init__(self, bodies: InlinedBodies) -> None:
        super().__init__()
        self.bodies = bodies

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> E.Expr:
        node = self.generic_visit(node)
        st = self.bodies.sch[node.tensor]
        if st.attach != "inline":
            return node
        op = st.op
        assert isinstance(op, ComputeOp)
        body = self.bodies.of(st)[node.tensor.value_index]
        return substitute(body, {iv.var: i for iv, i in zip(op.axis, node.indices, strict=False)})


__all__ = ["InlinedBodies"]
