"""Pass partition_loops: peel the first or last iteration of a loop whose guard is decided
on all the others (layer 4).

Pre:  none (any loop IR; before ``simplify``, which then drops the guard from the rest).
Post: a serial loop of constant bounds, with an ``If`` inside whose condition depends on the
      loop variable and holds (or fails) for every iteration but its first (or last), is two
      loops: that one iteration, then the others, each with the same body in the same order.
      Nothing else changes; ``simplify`` decides the condition over the second loop's range
      and removes the ``If`` there (keeping its ``then`` or its ``else``).

A causal convolution's reduction ``sum_k w[k] x[t - k] where t >= k`` lowers to
``if k <= t`` around every update: with ``t`` vectorized that is a masked FMA for every
vector, though only the first time tile needs it (TVM's LoopPartition does the same).
Only boundary iterations are peeled, and only where the body is small (the body is copied
once per partitioned loop). A guard that fails on all iterations but one is an adjoint's
scatter into a tensor read at one index (``if k < 1 and i0 < 1`` in a loop over ``i0`` of 2):
after the peel the other iterations only zero their output. That peel also keeps from LLVM
22 a loop nest whose inner latch branched straight back to the outer header, where
InstCombine's ``mergeStoreIntoSuccessor`` merged the zero store of the next iteration's
output with the last store of the previous one (its "if/then triangle" case takes the two
for one location, but the pointer is computed in the outer header from the outer loop's
variable): the gradient lost its last term (gradient fuzzer, seed 900526;
``tests/codegen/test_llvm_bugs.py``).
"""

from __future__ import annotations

from typing import Any

from ..arith import Interval, can_prove
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.func import PrimFunc
from ..ir.op import Op
from ..ir.visitor import Mutator, uses_var, walk
from .unroll import count_stmts, fresh_copy

MAX_BODY_STMTS = 64  # statements of a body that may be copied


def partition_loops(func: PrimFunc) -> PrimFunc:
    new = _Partition().visit(func.body)
    return func if new is func.body else func.with_body(new)


class LoopRanges(Mutator):
    """A mutator that knows each enclosing loop variable's range (``ranges``) while it visits
    a loop's body."""

    def __init__(self) -> None:
        super().__init__()
        self.ranges: dict[E.Var, Interval] = {}  # enclosing loops

    def visit_For(self, node: S.For) -> Any:
        self.ranges[node.var] = Interval.from_extent(node.min, node.extent)
        try:
            return self.generic_visit(node)
        finally:
            del self.ranges[node.var]


class _Partition(LoopRanges):
    def visit_For(self, node: S.For) -> Any:
        node = super().visit_For(node)
        lo, ext = E.const_value(node.min), E.const_value(node.extent)
        if node.kind != S.ForKind.SERIAL or not isinstance(lo, int) or not isinstance(ext, int) \
                or ext < 2 or count_stmts(node.body) > MAX_BODY_STMTS:
            return node
        conds: list[E.Expr] = []
        inner: dict[E.Var, Interval] = {}
        for n in walk(node.body):
            if isinstance(n, S.If) and uses_var(n.cond, node.var):
                conds.append(n.cond)
            elif isinstance(n, S.For):
                inner[n.var] = Interval.from_extent(n.min, n.extent)
            elif isinstance(n, S.LetStmt):
                return node  # a let-bound value in the condition has no range here
        if not conds:
            return node

        def decided(first: int, last: int) -> bool:  # a guard holds or fails on all of them
            r = {**self.ranges, **inner, node.var: Interval(E.const(first, node.var.dtype),
                                                            E.const(last, node.var.dtype))}
            return any(can_prove(c, r) or can_prove(E.unary(Op.NOT, c), r) for c in conds)

        end = lo + ext - 1
        if decided(lo, end):
            return node  # simplify removes it everywhere
        if decided(lo + 1, end):
            return S.seq(_iteration(node, lo), _loop(node, lo + 1, ext - 1))
        if decided(lo, end - 1):
            return S.seq(_loop(node, lo, ext - 1), _iteration(node, end))
        return node


def _loop(node: S.For, lo: int, ext: int) -> S.For:
    dt = node.var.dtype
    return S.For(node.var, E.const(lo, dt), E.const(ext, dt), node.kind, node.body,
                 node.thread_tag)


def _iteration(node: S.For, value: int) -> S.Stmt:
    """The body of iteration ``value``, its inner loops and buffers fresh (each variable
    and buffer stays bound once)."""
    return fresh_copy(node.body, {node.var: E.const(value, node.var.dtype)})


__all__ = ["MAX_BODY_STMTS", "partition_loops"]
