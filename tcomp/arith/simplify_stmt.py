"""Statement simplifier: every expression of a loop nest, under the ranges in scope (layer 1).

Ranges come from enclosing loops (``v in [min, min + extent - 1]``) and Let bindings; a loop's
body runs only when its extent is positive, so the atoms of an extent that is one product
(``n * m``) are known to be nonzero there. An If condition made of integer comparisons whose
operands can't overflow (conjunctions in the then-branch, negations in the else-branch) becomes
*facts* (``p < 0``) that decide comparisons differing from it by a constant, and tightens the
range of a loop variable that occurs in it with coefficient +-1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..dtypes import int64
from ..ir.expr import COMPARE_OPS, Binary, Const, Expr, Op, Unary, Var
from ..ir.stmt import Evaluate, For, ForKind, If, LetStmt, Seq, Stmt, seq
from ..ir.visitor import Mutator, substitute, walk
from .bounds import Interval
from .fold import scalar_const
from .poly import Poly, to_poly
from .simplify import Simplifier, normalize_ranges

_NEGATE = {Op.LT: Op.GE, Op.LE: Op.GT, Op.GT: Op.LE, Op.GE: Op.LT, Op.EQ: Op.NE, Op.NE: Op.EQ}


def _noop() -> Stmt:
    return Evaluate(Const(0, int64))


class StmtSimplifier(Mutator):
    """Rebuild-on-change statement walker that tracks variable ranges."""

    def __init__(self, ranges: Mapping[Var, Any] | None = None) -> None:
        super().__init__()
        self.ranges = normalize_ranges(ranges)
        self.facts: tuple[Poly, ...] = ()
        self.nonzero: frozenset[Expr] = frozenset()
        self._sim: Simplifier | None = None

    @property
    def sim(self) -> Simplifier:
        if self._sim is None:
            self._sim = Simplifier(self.ranges, self.facts, self.nonzero)
        return self._sim

    def visit(self, node: Any) -> Any:
        if isinstance(node, Expr):
            return self.sim.visit(node)
        return super().visit(node)

    @contextmanager
    def _scope(self, updates: Mapping[Var, Interval], facts: list[Poly] | None = None,
               nonzero: frozenset[Expr] = frozenset()) -> Iterator[None]:
        nonzero = nonzero - self.nonzero
        if not updates and not facts and not nonzero:
            yield
            return
        old = {v: self.ranges.get(v) for v in updates}
        saved, saved_facts, saved_nonzero = self._sim, self.facts, self.nonzero
        self.ranges.update(updates)
        if facts:
            self.facts = saved_facts + tuple(facts)
        self.nonzero = saved_nonzero | nonzero
        self._sim = None
        try:
            yield
        finally:
            for v, iv in old.items():
                if iv is None:
                    del self.ranges[v]
                else:
                    self.ranges[v] = iv
            self._sim, self.facts, self.nonzero = saved, saved_facts, saved_nonzero

    # ------------------------------------------------------------------ statements
    def visit_For(self, s: For) -> Stmt:
        sim = self.sim
        mn, ext = sim.visit(s.min), sim.visit(s.extent)
        dt = s.var.dtype
        mn_v, ext_v = sim.as_dtype(mn, dt), sim.as_dtype(ext, dt)
        if s.kind is not ForKind.THREAD and ext_v.dtype.kind == "i":
            lo, hi = sim.value_bounds(ext_v)
            if hi is not None and hi <= 0:
                return _noop()
            if lo == hi == 1:
                return self.visit(substitute(s.body, {s.var: mn_v}))
        # The loop runs for mn <= v < mn + ext (wrapped: no iteration when that wraps), so
        # v <= mn + ext - 1 whenever the body runs.
        last = sim.poly_expr(to_poly(mn_v).iadd(to_poly(ext_v)).iadd(Poly({}, 1), -1), dt)
        with self._scope({s.var: Interval(mn_v, last)}, nonzero=_extent_atoms(ext_v)):
            body = self.visit(s.body)
        if mn is s.min and ext is s.extent and body is s.body:
            return s
        return dataclasses.replace(s, min=mn, extent=ext, body=body)

    def visit_If(self, s: If) -> Stmt:
        cond = self.sim.visit(s.cond)
        cv = scalar_const(cond)
        if cv is True:
            return self.visit(s.then)
        if cv is False:
            return _noop() if s.orelse is None else self.visit(s.orelse)
        with self._scope(*self._narrow(cond, True)):
            then = self.visit(s.then)
        orelse = s.orelse
        if orelse is not None:
            with self._scope(*self._narrow(cond, False)):
                orelse = self.visit(orelse)
        if cond is s.cond and then is s.then and orelse is s.orelse:
            return s
        return If(cond, then, orelse)

    def visit_LetStmt(self, s: LetStmt) -> Stmt:
        value = self.sim.visit(s.value)
        known = {s.var: Interval(value, value)} if value.dtype == s.var.dtype and \
            value.dtype.kind == "i" and value.dtype.lanes == 1 else {}
        with self._scope(known):
            body = self.visit(s.body)
        if value is s.value and body is s.body:
            return s
        return LetStmt(s.var, value, body)

    def visit_Seq(self, s: Seq) -> Stmt:
        stmts = [self.visit(x) for x in s.stmts]
        if all(a is b for a, b in zip(stmts, s.stmts, strict=True)):
            return s
        return seq(*stmts)

    # ------------------------------------------------------------------ If narrowing
    def _constraints(self, c: Expr, positive: bool) -> list[Poly]:
        """Polynomials ``p`` with ``p < 0`` implied by ``c`` being ``positive``."""
        t = type(c)
        if t is Unary and c.op is Op.NOT:
            return self._constraints(c.a, not positive)
        if t is not Binary:
            return []
        if (c.op is Op.AND and positive) or (c.op is Op.OR and not positive):
            return self._constraints(c.a, positive) + self._constraints(c.b, positive)
        if c.op not in COMPARE_OPS or c.a.dtype.kind != "i" or c.a.dtype.lanes != 1:
            return []
        if not (self.sim.expr_fits(c.a) and self.sim.expr_fits(c.b)):
            return []  # an operand may wrap: a - b is not the difference
        op = c.op if positive else _NEGATE[c.op]
        d = to_poly(c.a).iadd(to_poly(c.b), -1)
        one = Poly({}, 1)
        if op is Op.LT:
            return [d]
        if op is Op.LE:
            return [d.iadd(one, -1)]
        if op is Op.GT:
            return [d.scaled(-1)]
        if op is Op.GE:
            return [d.scaled(-1).iadd(one, -1)]
        if op is Op.EQ:
            return [d.copy().iadd(one, -1), d.scaled(-1).iadd(one, -1)]
        return []

    def _narrow(self, c: Expr, positive: bool) -> tuple[dict[Var, Interval], list[Poly]]:
        """Tighter ranges for loop variables, and the facts ``p < 0``, when ``c == positive``."""
        sim = self.sim
        out: dict[Var, Interval] = {}
        facts = self._constraints(c, positive)
        # A bound may only mention variables bound outside ``v`` (earlier in ``ranges``), so
        # narrowed ranges never refer to each other in a cycle.
        order = {v: n for n, v in enumerate(self.ranges)}
        for p in facts:
            for m, coeff in p.terms.items():
                v = m[0]
                if len(m) != 1 or coeff not in (1, -1) or not isinstance(v, Var):
                    continue
                old = out.get(v) or self.ranges.get(v)
                if old is None or any(
                    isinstance(w, Var) and order.get(w, -1) >= order[v]
                    for mm in p.terms if mm != m for a in mm for w in walk(a)
                ):
                    continue
                rest = p.copy()
                del rest.terms[m]
                dt = v.dtype
                if coeff == 1:  # v + rest < 0  =>  v <= -rest - 1
                    bp = rest.scaled(-1).iadd(Poly({}, 1), -1)
                else:  # rest - v < 0  =>  v >= rest + 1
                    bp = rest.iadd(Poly({}, 1))
                if not sim.fits(bp, dt):  # the bound's value would not be its mathematics
                    continue
                if coeff == 1:
                    bound = sim.poly_expr(bp, dt)
                    hi = bound if old.hi is None else sim.rewrite_binary(Op.MIN, old.hi, bound, dt)
                    out[v] = Interval(old.lo, hi)
                else:
                    bound = sim.poly_expr(bp, dt)
                    lo = bound if old.lo is None else sim.rewrite_binary(Op.MAX, old.lo, bound, dt)
                    out[v] = Interval(lo, old.hi)
        return out, facts


def _extent_atoms(ext: Expr) -> frozenset[Expr]:
    """Atoms that are nonzero wherever a loop of extent ``ext`` runs its body: the value is
    >= 1, so a single product ``c * a * b`` is not 0 even wrapped, and neither is any factor."""
    if ext.dtype.kind != "i" or ext.dtype.lanes != 1 or type(ext) is Const:
        return frozenset()
    p = to_poly(ext)
    if p.const or len(p.terms) != 1:
        return frozenset()
    (m,) = p.terms
    return frozenset(m)


def simplify_stmt(stmt: Stmt, ranges: Mapping[Var, Any] | None = None) -> Stmt:
    """Simplify every expression in ``stmt``; drop Ifs with a provable condition, loops with
    an extent provably ``<= 0``, and inline loops with extent 1 (thread-bound loops are kept)."""
    return StmtSimplifier(ranges).visit(stmt)
