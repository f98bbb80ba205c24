"""Pass partition_vector_tails: a vector loop under per-lane bound checks -> a vector path
for whole vectors and a scalar loop for the tail (layer 4).

A non-divisible split leaves a vectorized loop guarded by a bound check, which would make
every access a masked one::

    for v in 0..4  # vectorized             if base + 3 < n:
      if base + v < n:                ->      for v in 0..4  # vectorized: body
        body                                else:
                                              for v in 0..4: if base + v < n: body

Pre:  one SPMD kernel (run per kernel, before ``vectorize``).
Post: each VECTORIZED loop of constant extent whose body is a chain of Ifs without else
      whose lane-dependent conditions are all ``a(v) < b`` (or <=, >, >=) with ``a``
      increasing in the loop variable and ``b`` free of it is split as above (conditions
      free of the loop variable guard both paths); other loops are unchanged.
"""

from __future__ import annotations

from ...arith import simplify
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.visitor import Mutator, substitute, uses_var, walk


def _conjuncts(c: E.Expr) -> list[E.Expr]:
    if isinstance(c, E.Binary) and c.op == E.Op.AND:
        return _conjuncts(c.a) + _conjuncts(c.b)
    return [c]


def _prefix_bound(c: E.Expr, v: E.Var) -> bool:
    """True for ``a(v) < b`` (or <=, >, >= mirrored) with ``a`` increasing in v and ``b``
    free of v: if it holds at the last lane it holds at every lane."""
    if not isinstance(c, E.Binary) or any(isinstance(n, E.Load) for n in walk(c)):
        return False
    if c.op in (E.Op.LT, E.Op.LE):
        a, b = c.a, c.b
    elif c.op in (E.Op.GT, E.Op.GE):
        a, b = c.b, c.a
    else:
        return False
    if uses_var(b, v) or not a.dtype.is_int:
        return False
    step = simplify(substitute(a, {v: v + E.const(1, v.dtype)}) - a)
    return isinstance(step, E.Const) and int(step.value) > 0


def _all(conds: list[E.Expr]) -> E.Expr:
    out = conds[0]
    for c in conds[1:]:
        out = E.binary(E.Op.AND, out, c)
    return out


class _VectorTails(Mutator):
    def visit_For(self, node: S.For) -> S.Stmt:
        node = self.generic_visit(node)
        if node.kind != S.ForKind.VECTORIZED or not isinstance(node.extent, E.Const):
            return node
        conds, body = [], node.body
        while isinstance(body, S.If) and body.orelse is None:
            conds += _conjuncts(body.cond)
            body = body.then
        v = node.var
        lane_free = [c for c in conds if not uses_var(c, v)]
        per_lane = [c for c in conds if uses_var(c, v)]
        if not per_lane or not all(_prefix_bound(c, v) for c in per_lane):
            return node
        last = node.min + E.const(int(node.extent.value) - 1, node.min.dtype)
        whole = _all([substitute(c, {v: last}) for c in per_lane])
        tail = S.For(v, node.min, node.extent, S.ForKind.SERIAL, S.If(_all(per_lane), body))
        out: S.Stmt = S.If(whole, S.For(v, node.min, node.extent, node.kind, body), tail)
        return S.If(_all(lane_free), out) if lane_free else out


def partition_vector_tails(func: PrimFunc) -> PrimFunc:
    """Vectorized loops under per-lane bound checks -> ``if (every lane in bounds) vector
    loop else serial loop with the checks``; other loops unchanged (see module doc)."""
    body = _VectorTails().visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["partition_vector_tails"]
