"""Simplifier rules for integer floor division and modulo (layer 1).

``x // 0 == x % 0 == 0``, ``MIN // -1 == MIN`` (it wraps) and ``x % -1 == 0``. With
``a = c*q + r`` split on the polynomial form (terms whose coefficient is a multiple of ``c``
go to ``q``): ``a // c = q + r // c`` and ``a % c = r % c`` when ``a``'s exact value fits its
dtype (a wrapped ``a`` is not ``c*q + r``); ``a % c = r % c`` holds anyway for a power of two
``c``, which divides the wrap-around ``2**bits``. ``r // c`` folds to a constant when the
bounds of ``r`` sit between two multiples of ``c``. A common factor of ``r`` and ``c`` cancels,
nested divisions merge (``x // 4 // 8 = x // 32``), and a divisor ``d >= 1`` that is an atom
splits ``a = d*q + r`` the same way. In the other direction, ``recombine`` merges the pieces
of a polynomial back: ``d*(x // d) + x % d`` into ``x`` where ``d != 0``.
"""

from __future__ import annotations

from math import gcd
from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import Binary, Const, Expr, Op
from .bounds import int_limits
from .poly import Poly, from_poly, key, same, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier


def _pow2(c: int) -> bool:
    return c > 0 and c & (c - 1) == 0


class DivModRules:
    """``//`` and ``%`` rewrites; bounds and polynomial work go back to the ``Simplifier``."""

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim
        self._in_mod_rule = False

    def floordiv(self, a: Expr, b: Expr, dt: DType) -> Expr:
        if type(a) is Const and a.value == 0:
            return a  # 0 // d == 0, d == 0 included
        if type(b) is Const:
            c = b.value
            if c == 0:
                return Const(0, dt)
            if c == 1:
                return a
            if c == -1:  # -a wraps exactly like MIN // -1
                return self.sim.rewrite_unary(Op.NEG, a, dt)
            if c > 0:
                return self._div_const(a, c, dt)
            return Binary(Op.FLOORDIV, a, b, dt)
        if same(a, b):  # 1, but 0 // 0 == 0
            return Const(1, dt) if self.sim.nonzero(a) else Binary(Op.FLOORDIV, a, b, dt)
        split = self._split_symbolic(a, b, dt)
        if split is None:
            return Binary(Op.FLOORDIV, a, b, dt)
        q, r, fits = split
        if not fits:
            q.iadd(to_poly(Binary(Op.FLOORDIV, from_poly(r, dt), b, dt)))
        return self.sim.poly_expr(q, dt)

    def floormod(self, a: Expr, b: Expr, dt: DType) -> Expr:
        if type(a) is Const and a.value == 0:
            return a
        if type(b) is Const:
            c = b.value
            if c in (0, 1, -1):
                return Const(0, dt)
            if c > 0:
                return self._mod_const(a, c, dt)
            return Binary(Op.FLOORMOD, a, b, dt)
        if same(a, b):
            return Const(0, dt)  # x % x == 0, and 0 % 0 == 0 too
        split = self._split_symbolic(a, b, dt)
        if split is None:
            return Binary(Op.FLOORMOD, a, b, dt)
        _, r, fits = split
        re = self.sim.poly_expr(r, dt)
        return re if fits else Binary(Op.FLOORMOD, re, b, dt)

    def _split_symbolic(self, a: Expr, b: Expr, dt: DType) -> tuple[Poly, Poly, bool] | None:
        """For an atom divisor ``d >= 1``: ``a = q*d + r``; ``fits`` when ``0 <= r < d``."""
        sim = self.sim
        lo = sim.cb.expr(b)[0]
        if lo is None or lo < 1 or to_poly(b).single_atom() is not b:
            return None
        if not sim.expr_fits(a):
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
        if not sim.fits(r, dt):
            return None
        rlo, rhi = sim.sign(r, dt)
        fits = False
        if rlo is not None and rlo >= 0:
            if rhi is not None and rhi <= 0:
                fits = True  # r == 0
            else:
                hi = sim.sign(r.copy().iadd(Poly.atom(b), -1), dt)[1]
                fits = hi is not None and hi < 0
        if not q.terms and not q.const and not fits:
            return None
        return q, r, fits

    def _div_const(self, a: Expr, c: int, dt: DType) -> Expr:
        sim = self.sim
        if not sim.expr_fits(a):  # a wrapped a is not c*q + r
            return Binary(Op.FLOORDIV, a, Const(c, dt), dt)
        pa = to_poly(a)
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
        lo, hi = sim.sign(r, dt)
        if lo is not None and hi is not None and lo // c == hi // c:
            q.const += lo // c
            return sim.poly_expr(q, dt)
        sq = self._sym_quotient(r, c, dt)
        if sq is not None:
            return sim.poly_expr(q.iadd(to_poly(sq)), dt)
        if not sim.fits(r, dt):
            return Binary(Op.FLOORDIV, a, Const(c * g, dt), dt)
        inner = r.single_atom()
        # x // d // c == x // (d*c); merged only where x fits, else a later simplification
        # with ranges could no longer split x and the two forms would not meet again.
        if (type(inner) is Binary and inner.op is Op.FLOORDIV and type(inner.b) is Const
                and inner.b.value > 0 and inner.b.value * c <= int_limits(dt.bits)[1]
                and sim.expr_fits(inner.a)):
            rdiv = self._div_const(inner.a, inner.b.value * c, dt)
        else:
            rdiv = Binary(Op.FLOORDIV, from_poly(r, dt), Const(c, dt), dt)
        if q.is_const() and not q.const:
            return rdiv
        return sim.poly_expr(q.iadd(to_poly(rdiv)), dt)

    def _sym_quotient(self, r: Poly, c: int, dt: DType) -> Expr | None:
        """``r // c`` (of ``r``'s exact value) when the symbolic bounds of ``r`` share one
        quotient, else None."""
        sim = self.sim
        if not sim.symbolic_helps(r):
            return None
        with sim.no_symbolic():
            part = sim.sym.relax_dependent(r, dt)
            if part is not None:
                lo_p, hi_p = part[0][0], part[1][0]
                if not (sim.cb.fits(lo_p, dt.bits) and sim.cb.fits(hi_p, dt.bits)):
                    return None
                lo, hi = from_poly(lo_p, dt), from_poly(hi_p, dt)
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

    def _mod_const(self, a: Expr, c: int, dt: DType) -> Expr:
        sim = self.sim
        pa = to_poly(a)
        # A power of two divides 2**bits, so a wrapped a has a's remainder.
        exact = _pow2(c)
        if not exact and not sim.expr_fits(a):
            return Binary(Op.FLOORMOD, a, Const(c, dt), dt)
        c0 = c
        r = Poly({}, pa.const % c)
        for m, k in pa.terms.items():
            if k % c:
                r.terms[m] = k % c
        g = gcd(r.content(), r.const, c)
        if g > 1:
            r = Poly({m: k // g for m, k in r.terms.items()}, r.const // g)
            c //= g
        lo, hi = sim.sign(r, dt)
        if lo is not None and hi is not None and lo // c == hi // c:
            r.const -= (lo // c) * c
            res = r
        elif (sq := self._sym_quotient(r, c, dt)) is not None:
            res = r.iadd(to_poly(sq), -c)
        elif not exact and not sim.fits(r, dt):
            return Binary(Op.FLOORMOD, a, Const(c0, dt), dt)
        else:
            inner = r.single_atom()
            if (type(inner) is Binary and inner.op is Op.FLOORMOD and type(inner.b) is Const
                    and inner.b.value > 0 and inner.b.value % c == 0
                    and sim.expr_fits(inner.a)):
                res = to_poly(self._mod_const(inner.a, c, dt))
            else:
                res = Poly.atom(Binary(Op.FLOORMOD, from_poly(r, dt), Const(c, dt), dt))
        return sim.poly_expr(res.scaled(g) if g > 1 else res, dt)

    def _div_identity(self, x: Expr, d: Expr, dt: DType, exact: bool) -> bool:
        """Whether ``d*(x // d) + x % d`` may become ``x``: ``d`` is not zero (``x // 0 == x % 0
        == 0``); then the values agree, wrapped or not. With ``exact`` the exact value must be
        kept too, so ``x``'s polynomial must fit (its value is then its mathematics)."""
        if type(d) is Const:
            if d.value == 0:
                return False
        elif not self._cb_nonzero(d):
            return False
        return not exact or self.sim.cb.fits(to_poly(x), dt.bits)

    def _cb_nonzero(self, e: Expr) -> bool:
        lo, hi = self.sim.cb.expr(e)
        return (lo is not None and lo > 0) or (hi is not None and hi < 0)

    def recombine(self, p: Poly, dt: DType, exact: bool = False) -> Poly:
        """Merge ``k*(x % d) + k*d*(x // d)`` into ``k*x`` and ``k*x - k*c*(x // c)`` into
        ``k*(x % c)`` where ``d != 0``: the wrapped value is unchanged, and with ``exact`` (for
        a polynomial reasoned on as mathematics) the exact value too."""
        has_div = has_mod = False
        for m in p.terms:
            for a in m:
                if type(a) is Binary:
                    has_div |= a.op is Op.FLOORDIV
                    has_mod |= a.op is Op.FLOORMOD
        if not has_div:
            return p
        terms = p.terms
        if has_mod:
            for m, c in list(terms.items()):
                a = m[0]
                if (len(m) != 1 or m not in terms or type(a) is not Binary
                        or a.op is not Op.FLOORMOD):
                    continue
                div = Binary(Op.FLOORDIV, a.a, a.b, a.dtype)
                if type(a.b) is Const:
                    dm: tuple[Expr, ...] = (div,)
                    want = c * a.b.value
                else:
                    dm = tuple(sorted((div, a.b), key=key))
                    want = c
                if terms.get(dm) == want and self._div_identity(a.a, a.b, dt, exact):
                    del terms[m], terms[dm]
                    p.iadd(to_poly(a.a), c)
            self._merge_reduced_mods(p, dt, exact)
        if self._in_mod_rule:
            return p
        for m, c in list(terms.items()):
            a = m[0]
            if (len(m) != 1 or m not in terms or type(a) is not Binary or a.op is not Op.FLOORDIV
                    or type(a.b) is not Const or a.b.value <= 0 or c % a.b.value):
                continue
            k = -c // a.b.value
            px = to_poly(a.a)
            if px.terms and all(terms.get(mx) == k * cx for mx, cx in px.terms.items()) \
                    and self._div_identity(a.a, a.b, dt, exact):
                for mx in px.terms:
                    del terms[mx]
                del terms[m]
                p.const -= k * px.const
                self._in_mod_rule = True  # the % below must not re-enter this rule
                try:
                    p.iadd(to_poly(self.sim.rewrite_binary(Op.FLOORMOD, a.a, a.b, dt)), k)
                finally:
                    self._in_mod_rule = False
        return p

    def _merge_reduced_mods(self, p: Poly, dt: DType, exact: bool) -> None:
        """``d*(x // d) + (x' % d)`` where ``x'`` is ``x`` with its coefficients reduced mod
        ``d`` (the form ``%`` simplifies to): ``(16o + i) // 10 * 10 + (6o + i) % 10`` is
        ``16o + i``. A fused loop split by a factor its inner extent doesn't divide indexes
        its buffer this way."""
        terms = p.terms
        mods = {m[0]: c for m, c in terms.items() if len(m) == 1 and type(m[0]) is Binary
                and m[0].op is Op.FLOORMOD and type(m[0].b) is Const}
        if not mods:
            return
        for m, c in list(terms.items()):
            a = m[0]
            if (len(m) != 1 or m not in terms or type(a) is not Binary or a.op is not Op.FLOORDIV
                    or type(a.b) is not Const or a.b.value <= 0 or c % a.b.value):
                continue
            k = c // a.b.value
            red = self.sim.rewrite_binary(Op.FLOORMOD, a.a, a.b, dt)
            if red in mods and mods[red] == k and (red,) in terms \
                    and self._div_identity(a.a, a.b, dt, exact):
                del terms[m], terms[(red,)]
                del mods[red]
                p.iadd(to_poly(a.a), k)
