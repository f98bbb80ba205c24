"""Simplifier rules for vector expressions built from Ramp and Broadcast (layer 1).

The rules move arithmetic from lanes to scalars: ``x4(a) + x4(b) -> x4(a + b)``,
``ramp(b, s, n) + x4(x) -> ramp(b + x, s, n)``, ``ramp(b, s, n) * x4(c) -> ramp(b*c, s*c, n)``,
and ``ramp(b, 1, n) // x4(c) -> x4(b // c)`` when no two lanes straddle a multiple of ``c``
(by ``b``'s bounds, or by its residues modulo ``c``).
Lane arithmetic wraps like scalars; rules that reason on lane values as mathematics (division,
comparisons, min/max) first check that no lane can wrap.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import COMPARE_OPS, Binary, Broadcast, Const, Expr, Op, Ramp
from .bounds import add_bounds, int_limits, mul_bounds
from .compare import decide
from .fold import const_like, scalar_const
from .poly import Poly, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier


class VectorRules:
    """Vector rewrites; scalar work is delegated back to the owning ``Simplifier``."""

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim

    def lanes_fit(self, r: Ramp) -> bool:
        """Whether every lane ``base + k*stride`` of ``r`` is exact (never wraps)."""
        cb = self.sim.cb
        if not self.sim.expr_fits(r.base):
            return False
        sl, sh = cb.typed(r.stride)
        lo, hi = add_bounds(cb.typed(r.base), mul_bounds(sl, sh, 0, r.lanes - 1))
        tmin, tmax = int_limits(r.dtype.bits)
        return tmin <= lo and hi <= tmax  # type: ignore[operator]

    def _exact_difference(self, a: Expr, b: Expr) -> bool:
        """Whether ``a - b`` lane by lane is the exact difference of the lane values."""
        cb = self.sim.cb
        (al, ah), (bl, bh) = cb.typed(a), cb.typed(b)
        tmin, tmax = int_limits(a.dtype.bits)
        return tmin <= al - bh and ah - bl <= tmax

    def broadcast(self, v: Expr, lanes: int) -> Expr:
        if lanes == 1:
            return v
        return Broadcast(v, lanes, v.dtype.with_lanes(lanes))

    def ramp(self, base: Expr, stride: Expr, lanes: int, dt: DType) -> Expr:
        if lanes == 1:
            return base
        if type(stride) is Const and stride.value == 0:
            return Broadcast(base, lanes, dt)
        return Ramp(base, stride, lanes, dt)

    def binary(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        """``a op b`` for vector operands that are already simplified."""
        sim = self.sim
        ta, tb = type(a), type(b)
        lanes = dt.lanes
        if ta is Broadcast and tb is Broadcast:
            return self.broadcast(sim.rewrite_binary(op, a.value, b.value, dt.scalar), lanes)
        kind = a.dtype.kind
        if kind == "i":
            r = self._ramp_rules(op, a, b, dt)
            if r is not None:
                return r
            va, vb = scalar_const(a), scalar_const(b)
            if (op in (Op.ADD, Op.SUB) and vb == 0) or (op is Op.MUL and vb == 1):
                return a
            if (op is Op.ADD and va == 0) or (op is Op.MUL and va == 1):
                return b
            if op is Op.MUL and (va == 0 or vb == 0):
                return const_like(0, dt)
            if op is Op.FLOORDIV and vb == 1:
                return a
            if (op in COMPARE_OPS or op in (Op.MIN, Op.MAX)) and self._exact_difference(a, b):
                diff = sim.rewrite_binary(Op.SUB, a, b, a.dtype)
                lo, hi = sim.cb.expr(diff)
                if op in COMPARE_OPS:
                    res = decide(op, lo, hi)
                    if res is not None:
                        return const_like(res, dt)
                elif hi is not None and hi <= 0:
                    return a if op is Op.MIN else b
                elif lo is not None and lo >= 0:
                    return b if op is Op.MIN else a
        elif kind == "f":
            return sim.float_binary(op, a, b, dt)
        elif kind == "b":
            return sim.bool_binary(op, a, b, dt)
        return Binary(op, a, b, dt)

    def _ramp_rules(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr | None:
        sim = self.sim
        s = dt.scalar
        ta, tb = type(a), type(b)
        if op is Op.ADD or op is Op.SUB:
            if ta is Ramp and tb is Broadcast:
                return self.ramp(sim.rewrite_binary(op, a.base, b.value, s), a.stride, a.lanes, dt)
            if ta is Broadcast and tb is Ramp:
                stride = b.stride if op is Op.ADD else sim.rewrite_unary(Op.NEG, b.stride, s)
                return self.ramp(sim.rewrite_binary(op, a.value, b.base, s), stride, b.lanes, dt)
            if ta is Ramp and tb is Ramp:
                return self.ramp(sim.rewrite_binary(op, a.base, b.base, s),
                                 sim.rewrite_binary(op, a.stride, b.stride, s), a.lanes, dt)
            return None
        if op is Op.MUL:
            if ta is Broadcast and tb is Ramp:
                a, b, ta, tb = b, a, tb, ta
            if ta is Ramp and tb is Broadcast:
                c = b.value
                return self.ramp(sim.rewrite_binary(op, a.base, c, s),
                                 sim.rewrite_binary(op, a.stride, c, s), a.lanes, dt)
            return None
        if (op is Op.FLOORDIV or op is Op.FLOORMOD) and ta is Ramp and tb is Broadcast:
            return self._ramp_divmod(op, a, b.value, dt)
        return None

    def _ramp_divmod(self, op: Op, a: Ramp, c_expr: Expr, dt: DType) -> Expr | None:
        if type(c_expr) is not Const or c_expr.value <= 0 or type(a.stride) is not Const:
            return None
        sim = self.sim
        s = dt.scalar
        c, stride, lanes = c_expr.value, a.stride.value, a.lanes
        if not self.lanes_fit(a):  # a wrapped lane is not base + k*stride
            return None
        if stride % c == 0:  # every lane has the same remainder
            if op is Op.FLOORDIV:
                return self.ramp(sim.rewrite_binary(op, a.base, c_expr, s),
                                 Const(stride // c, s), lanes, dt)
            return self.broadcast(sim.rewrite_binary(op, a.base, c_expr, s), lanes)
        # base = c*q + r: the lanes r + k*stride must all sit in one block [m*c, (m+1)*c).
        pb = to_poly(a.base)
        r = Poly({m: k for m, k in pb.terms.items() if k % c}, pb.const % c)
        lo, hi = sim.sign(r, s)
        span = stride * (lanes - 1)
        if lo is None or hi is None or (lo + min(span, 0)) // c != (hi + max(span, 0)) // c:
            # By residues: base % c is r.const % g plus a multiple of g = gcd(c, r's
            # coefficients), so ramp(8*i, 1, 8) % 16 is 0 or 8 and its lanes never straddle.
            g = math.gcd(c, *r.terms.values())
            m = r.const % g
            if not (m + span < g if stride >= 0 else m + span >= 0):
                return None
        scalar = sim.rewrite_binary(op, a.base, c_expr, s)
        if op is Op.FLOORDIV:
            return self.broadcast(scalar, lanes)
        return self.ramp(scalar, a.stride, lanes, dt)
