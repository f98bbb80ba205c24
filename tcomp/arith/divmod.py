"""Simplifier rules for integer floor division and modulo (layer 1).

With ``a = c*q + r`` split on the polynomial form (terms whose coefficient is a multiple of
``c`` go to ``q``): ``a // c = q + r // c`` and ``a % c = r % c`` always (floor semantics);
``r // c`` folds to a constant when the bounds of ``r`` sit between two multiples of ``c``.
A common factor of ``r`` and ``c`` cancels, nested divisions merge (``x // 4 // 8 = x // 32``),
and a positive symbolic divisor ``d`` splits ``a = d*q + r`` the same way.
"""

from __future__ import annotations

from math import gcd
from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import Binary, Const, Expr, Op
from .poly import Poly, from_poly, same, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier


class DivModRules:
    """``//`` and ``%`` rewrites; bounds and polynomial work go back to the ``Simplifier``."""

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim

    def floordiv(self, a: Expr, b: Expr, dt: DType) -> Expr:
        if type(b) is Const:
            c = b.value
            if c == 1:
                return a
            if c > 0:
                return self._div_const(to_poly(a), c, dt)
            return Binary(Op.FLOORDIV, a, b, dt)
        if same(a, b):
            return Const(1, dt)  # a zero divisor is undefined behaviour anyway
        split = self._split_symbolic(a, b, dt)
        if split is None:
            return Binary(Op.FLOORDIV, a, b, dt)
        q, r, fits = split
        if not fits:
            q.iadd(to_poly(Binary(Op.FLOORDIV, from_poly(r, dt), b, dt)))
        return self.sim.poly_expr(q, dt)

    def floormod(self, a: Expr, b: Expr, dt: DType) -> Expr:
        if type(b) is Const:
            c = b.value
            if c == 1:
                return Const(0, dt)
            if c > 0:
                return self._mod_const(to_poly(a), c, dt)
            return Binary(Op.FLOORMOD, a, b, dt)
        if same(a, b):
            return Const(0, dt)
        split = self._split_symbolic(a, b, dt)
        if split is None:
            return Binary(Op.FLOORMOD, a, b, dt)
        _, r, fits = split
        re = self.sim.poly_expr(r, dt)
        return re if fits else Binary(Op.FLOORMOD, re, b, dt)

    def _split_symbolic(self, a: Expr, b: Expr, dt: DType) -> tuple[Poly, Poly, bool] | None:
        """For a positive atom divisor ``d``: ``a = q*d + r``; ``fits`` when ``0 <= r < d``."""
        lo = self.sim.cb.expr(b)[0]
        if lo is None or lo < 0 or to_poly(b).single_atom() is not b:
            return None
        pa = to_poly(a)
        q, r = Poly(), Poly({}, pa.const)
        for m, c in pa.terms.items():
            if b in m:
                i = m.index(b)
                q.terms[m[:i] + m[i + 1:]] = c
            else:
                r.terms[m] = c
        if () in q.terms:
            q.const += q.terms.pop(())
        rlo, rhi = self.sim.sign(r, dt)
        fits = False
        if rlo is not None and rlo >= 0:
            if rhi is not None and rhi <= 0:
                fits = True  # r == 0
            else:
                hi = self.sim.sign(r.copy().iadd(Poly.atom(b), -1), dt)[1]
                fits = hi is not None and hi < 0
        if not q.terms and not q.const and not fits:
            return None
        return q, r, fits

    def _div_const(self, pa: Poly, c: int, dt: DType) -> Expr:
        q, r = Poly(), Poly()
        for m, k in pa.terms.items():
            if k % c == 0:
                q.terms[m] = k // c
            else:
                r.terms[m] = k
        q.const, r.const = divmod(pa.const, c)
        g = gcd(r.content(), r.const, c)
        if g > 1:
            r = Poly({m: k // g for m, k in r.terms.items()}, r.const // g)
            c //= g
        lo, hi = self.sim.sign(r, dt)
        if lo is not None and hi is not None and lo // c == hi // c:
            q.const += lo // c
            return self.sim.poly_expr(q, dt)
        sq = self._sym_quotient(r, c, dt)
        if sq is not None:
            return self.sim.poly_expr(q.iadd(to_poly(sq)), dt)
        inner = r.single_atom()
        if (type(inner) is Binary and inner.op is Op.FLOORDIV and type(inner.b) is Const
                and inner.b.value > 0):
            rdiv = self._div_const(to_poly(inner.a), inner.b.value * c, dt)
        else:
            rdiv = Binary(Op.FLOORDIV, from_poly(r, dt), Const(c, dt), dt)
        if q.is_const() and not q.const:
            return rdiv
        return self.sim.poly_expr(q.iadd(to_poly(rdiv)), dt)

    def _sym_quotient(self, r: Poly, c: int, dt: DType) -> Expr | None:
        """``r // c`` when the symbolic bounds of ``r`` share one quotient, else None."""
        sim = self.sim
        if not sim.symbolic_helps(r):
            return None
        with sim.no_symbolic():
            part = sim.sym.relax_dependent(r, dt)
            if part is not None:
                lo, hi = from_poly(part[0][0], dt), from_poly(part[1][0], dt)
            else:
                lo, hi = sim.sym.poly(r, dt)
            if lo is None or hi is None:
                return None
            k = Const(c, dt)
            q_lo = sim.rewrite_binary(Op.FLOORDIV, lo, k, dt)
            q_hi = sim.rewrite_binary(Op.FLOORDIV, hi, k, dt)
        if not same(q_lo, q_hi) or any(
            type(a) is Binary and a.op in (Op.FLOORDIV, Op.FLOORMOD)
            for m in to_poly(q_lo).terms for a in m
        ):
            return None  # a quotient that is itself a division is no simpler
        return q_lo

    def _mod_const(self, pa: Poly, c: int, dt: DType) -> Expr:
        r = Poly({}, pa.const % c)
        for m, k in pa.terms.items():
            if k % c:
                r.terms[m] = k % c
        g = gcd(r.content(), r.const, c)
        if g > 1:
            r = Poly({m: k // g for m, k in r.terms.items()}, r.const // g)
            c //= g
        lo, hi = self.sim.sign(r, dt)
        if lo is not None and hi is not None and lo // c == hi // c:
            r.const -= (lo // c) * c
            res = r
        elif (sq := self._sym_quotient(r, c, dt)) is not None:
            res = r.iadd(to_poly(sq), -c)
        else:
            inner = r.single_atom()
            if (type(inner) is Binary and inner.op is Op.FLOORMOD and type(inner.b) is Const
                    and inner.b.value > 0 and inner.b.value % c == 0):
                res = to_poly(self._mod_const(to_poly(inner.a), c, dt))
            else:
                res = Poly.atom(Binary(Op.FLOORMOD, from_poly(r, dt), Const(c, dt), dt))
        return self.sim.poly_expr(res.scaled(g) if g > 1 else res, dt)
