"""Bound analysis of integer expressions: numeric (const) and symbolic intervals (layer 1).

``ConstBounds`` gives integer bounds, ``None`` meaning unbounded; it never simplifies and is
what the simplifier consults. ``SymBounds`` gives intervals whose endpoints are simplified
expressions over the variables *not* in ``ranges``, so the lowering can ask for the region of
``i*32 + j`` over ``j`` and get ``[i*32, i*32 + 31]``. Both treat integers as unbounded
mathematical integers (no overflow), a division by zero as impossible (a ``SizeVar`` divisor
is taken as ``>= 1``), and a vector as the hull of its lanes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import (
    Binary,
    Broadcast,
    Cast,
    Const,
    Expr,
    Op,
    Ramp,
    Select,
    SizeVar,
    Unary,
    Var,
)
from ..ir.visitor import uses_var
from .poly import Poly, from_poly, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier

IntPair = tuple["int | None", "int | None"]
ExprPair = tuple["Expr | None", "Expr | None"]
_INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """The inclusive integer interval ``[lo, hi]``; ``None`` is unbounded on that side."""

    lo: Expr | None
    hi: Expr | None

    @staticmethod
    def point(e: Expr) -> Interval:
        return Interval(e, e)

    @staticmethod
    def from_extent(min: Expr, extent: Expr) -> Interval:
        """``[min, min + extent - 1]``: the values a loop ``for v in min..min+extent`` takes."""
        from .simplify import simplify

        return Interval(min, simplify(min + extent - 1))

    def extent(self) -> Expr | None:
        """``hi - lo + 1`` simplified, or None when unbounded."""
        from .simplify import simplify

        if self.lo is None or self.hi is None:
            return None
        return simplify(self.hi - self.lo + 1)

    def __repr__(self) -> str:
        return f"Interval({self.lo!r}, {self.hi!r})"


# ----------------------------------------------------------------------------- numeric bounds


def _inf(v: int | None, default: float) -> float | int:
    return default if v is None else v


def _fin(v: float | int) -> int | None:
    return None if v in (_INF, -_INF) else int(v)


def _prod(x: float | int, y: float | int) -> float | int:
    return 0 if x == 0 or y == 0 else x * y


def mul_bounds(al: int | None, ah: int | None, bl: int | None, bh: int | None) -> IntPair:
    """Interval product with ``None`` as infinity (``0 * inf`` is 0)."""
    xs = (_inf(al, -_INF), _inf(ah, _INF))
    ys = (_inf(bl, -_INF), _inf(bh, _INF))
    corners = [_prod(x, y) for x in xs for y in ys]
    return _fin(min(corners)), _fin(max(corners))


def add_bounds(a: IntPair, b: IntPair, scale: int = 1) -> IntPair:
    """``a + scale * b``."""
    bl, bh = (b[0], b[1]) if scale >= 0 else (b[1], b[0])
    lo = None if a[0] is None or bl is None else a[0] + scale * bl
    hi = None if a[1] is None or bh is None else a[1] + scale * bh
    return lo, hi


def _div_bounds(a: IntPair, d: IntPair) -> IntPair:
    al, ah = a
    dl, dh = d
    if dl is not None and dl == dh and dl != 0:
        if dl > 0:
            return (None if al is None else al // dl, None if ah is None else ah // dl)
        return (None if ah is None else ah // dl, None if al is None else al // dl)
    if dl is None or dl < 0:
        return None, None
    dl = max(dl, 1)  # a zero divisor is undefined behaviour, so the divisor is >= 1
    if al is None:
        lo = None
    elif al >= 0:
        lo = 0 if dh is None else al // dh
    else:
        lo = al // dl
    if ah is None:
        hi = None
    elif ah >= 0:
        hi = ah // dl
    else:
        hi = -1 if dh is None else ah // dh
    return lo, hi


def _mod_bounds(a: IntPair, d: IntPair) -> IntPair:
    al, ah = a
    dl, dh = d
    if dl is not None and dl == dh and dl != 0:
        c = dl
        if c > 0:
            if al is not None and ah is not None and al // c == ah // c:
                q = al // c
                return al - q * c, ah - q * c
            return 0, (c - 1 if ah is None or al is None or al < 0 else min(c - 1, ah))
        return c + 1, 0
    if dl is None or dl < 0:
        return None, None
    hi = None if dh is None else dh - 1
    if al is not None and al >= 0 and ah is not None:
        hi = ah if hi is None else min(hi, ah)
    return 0, hi


def _hull(a: IntPair, b: IntPair) -> IntPair:
    lo = None if a[0] is None or b[0] is None else min(a[0], b[0])
    hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
    return lo, hi


def _int_range(dt_bits: int) -> tuple[int, int]:
    half = 1 << (dt_bits - 1)
    return -half, half - 1


class ConstBounds:
    """Integer bounds of expressions under ``ranges`` (memoized per instance)."""

    def __init__(self, ranges: Mapping[Var, Interval]) -> None:
        self.ranges = ranges
        self._cache: dict[Expr, IntPair] = {}
        self._var_cache: dict[Var, IntPair] = {}
        self._active: set[Var] = set()

    def expr(self, e: Expr) -> IntPair:
        r = self._cache.get(e)
        if r is None:
            r = self._compute(e)
            self._cache[e] = r
        return r

    def poly(self, p: Poly) -> IntPair:
        lo: int | None = p.const
        hi: int | None = p.const
        for m, c in p.terms.items():
            ml, mh = self.expr(m[0])
            for a in m[1:]:
                al, ah = self.expr(a)
                ml, mh = mul_bounds(ml, mh, al, ah)
            tl, th = (ml, mh) if c > 0 else (mh, ml)
            lo = None if lo is None or tl is None else lo + c * tl
            hi = None if hi is None or th is None else hi + c * th
            if lo is None and hi is None:
                break
        return lo, hi

    def var(self, v: Var) -> IntPair:
        r = self._var_cache.get(v)
        if r is not None:
            return r
        if v in self._active:
            return None, None  # a cycle between ranges: give up on this path
        rng = self.ranges.get(v)
        lo = hi = None
        if rng is not None:
            self._active.add(v)
            try:
                lo = None if rng.lo is None else self.expr(rng.lo)[0]
                hi = None if rng.hi is None else self.expr(rng.hi)[1]
            finally:
                self._active.discard(v)
        if isinstance(v, SizeVar):
            lo = 0 if lo is None else max(lo, 0)
        r = (lo, hi)
        if not self._active:
            self._var_cache[v] = r
        return r

    def _compute(self, e: Expr) -> IntPair:
        t = type(e)
        dt = e.dtype
        if dt.kind == "b":
            if t is Const:
                return int(e.value), int(e.value)
            if t is Broadcast and type(e.value) is Const:
                return int(e.value.value), int(e.value.value)
            return 0, 1
        if dt.kind != "i":
            return None, None
        if t is Const:
            return e.value, e.value
        if isinstance(e, Var):
            return self.var(e)
        if t is Binary:
            return self._binary(e)
        if t is Unary:
            al, ah = self.expr(e.a)
            if e.op is Op.NEG:
                return (None if ah is None else -ah, None if al is None else -al)
            if e.op is Op.ABS:
                if al is not None and al >= 0:
                    return al, ah
                if ah is not None and ah <= 0:
                    return -ah, (None if al is None else -al)
                return 0, (None if al is None or ah is None else max(-al, ah))
            return None, None
        if t is Cast:
            src = e.value.dtype
            if src.kind == "b":
                return self.expr(e.value)
            if src.kind == "i":
                lo, hi = self.expr(e.value)
                tmin, tmax = _int_range(dt.bits)
                if lo is not None and hi is not None and tmin <= lo and hi <= tmax:
                    return lo, hi
                return (lo, hi) if dt.bits >= src.bits else (None, None)
            return None, None
        if t is Select:
            cl, ch = self.expr(e.cond)
            if cl == ch == 1:
                return self.expr(e.t)
            if cl == ch == 0:
                return self.expr(e.f)
            return _hull(self.expr(e.t), self.expr(e.f))
        if t is Ramp:
            sl, sh = self.expr(e.stride)
            return add_bounds(self.expr(e.base), mul_bounds(sl, sh, 0, e.lanes - 1))
        if t is Broadcast:
            return self.expr(e.value)
        return None, None

    def _binary(self, e: Binary) -> IntPair:
        op = e.op
        a = self.expr(e.a)
        b = self.expr(e.b)
        if op is Op.ADD:
            return add_bounds(a, b)
        if op is Op.SUB:
            return add_bounds(a, b, -1)
        if op is Op.MUL:
            return mul_bounds(a[0], a[1], b[0], b[1])
        if op is Op.FLOORDIV:
            return _div_bounds(a, b)
        if op is Op.FLOORMOD:
            return _mod_bounds(a, b)
        if op is Op.MIN:
            lo = None if a[0] is None or b[0] is None else min(a[0], b[0])
            hi = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
            return lo, hi
        if op is Op.MAX:
            lo = b[0] if a[0] is None else a[0] if b[0] is None else max(a[0], b[0])
            hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
            return lo, hi
        return None, None


# ----------------------------------------------------------------------------- symbolic bounds


class SymBounds:
    """Symbolic intervals over the unranged variables; endpoints are simplified by ``sim``."""

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim
        self.ranges = sim.ranges
        self._cache: dict[Expr, ExprPair] = {}
        self._var_cache: dict[Var, ExprPair] = {}
        self._active: set[Var] = set()
        self._dependent: set[Var] | None = None

    # endpoint arithmetic (operands are simplified expressions)
    def _op(self, op: Op, a: Expr | None, b: Expr | None) -> Expr | None:
        if a is None or b is None:
            return None
        return self.sim.rewrite_binary(op, a, b, a.dtype)

    def _nonneg(self, e: Expr | None) -> bool:
        if e is None:
            return False
        lo = self.sim.cb.expr(e)[0]
        return lo is not None and lo >= 0

    def _nonpos(self, e: Expr | None) -> bool:
        if e is None:
            return False
        hi = self.sim.cb.expr(e)[1]
        return hi is not None and hi <= 0

    def expr(self, e: Expr) -> ExprPair:
        """Bounds of a simplified expression."""
        r = self._cache.get(e)
        if r is None:
            r = self._compute(e)
            self._cache[e] = r
        return r

    def poly(self, p: Poly, dt: DType) -> ExprPair:
        part = self.relax_dependent(p, dt)
        if part is None:
            return self._poly_side(p, dt)
        # The relaxed variables are active: meeting one again (a cycle of ranges) gives up.
        (lo_p, lo_done), (hi_p, hi_done) = part
        added = (lo_done | hi_done) - self._active
        self._active |= added
        try:
            return self._poly_side(lo_p, dt)[0], self._poly_side(hi_p, dt)[1]
        finally:
            self._active -= added

    def relax_dependent(self, p: Poly, dt: DType
                        ) -> tuple[tuple[Poly, set[Var]], tuple[Poly, set[Var]]] | None:
        """Lower and upper bounds of ``p`` over the variables whose ranges mention other
        ranged variables only (the rest stay symbolic), or None when ``p`` has none."""
        if self._dependent is None:
            self._dependent = {
                v for v, iv in self.ranges.items()
                if any(e is not None and self.sim.has_ranged(e) for e in (iv.lo, iv.hi))
            }
        if not self._dependent or not any(m[0] in self._dependent for m in p.terms):
            return None
        return self._relax_dependent(p, False, dt), self._relax_dependent(p, True, dt)

    def _relax_dependent(self, p: Poly, upper: bool, dt: DType) -> tuple[Poly, set[Var]]:
        """Replace, one at a time, each linear variable whose range mentions other ranged
        variables by its range endpoint, so ``j - i*32`` with ``j in [i*32, i*32 + 31]``
        keeps the correlation and gives ``[0, 31]``."""
        done: set[Var] = set()
        while True:
            for m, c in p.terms.items():
                v = m[0]
                if len(m) != 1 or v not in self._dependent or v in done or v in self._active or any(
                    uses_var(a, v) for mm in p.terms if mm is not m for a in mm
                ):
                    continue
                rng = self.ranges[v]
                end = rng.hi if (c > 0) == upper else rng.lo
                if end is None:
                    continue
                done.add(v)
                end = self.sim.visit(self.sim.as_dtype(end, v.dtype))
                p = p.copy()
                del p.terms[m]
                p = self.sim.post_poly(p.iadd(to_poly(end), c), dt)
                break
            else:
                return p, done

    def _poly_side(self, p: Poly, dt: DType) -> ExprPair:
        lo: Poly | None = Poly({}, p.const)
        hi: Poly | None = Poly({}, p.const)
        for m, c in p.terms.items():
            ml, mh = self.expr(m[0])
            for a in m[1:]:
                ml, mh = self.mul(ml, mh, *self.expr(a))
            tl, th = (ml, mh) if c > 0 else (mh, ml)
            if lo is not None:
                lo = None if tl is None else lo.iadd(to_poly(tl), c)
            if hi is not None:
                hi = None if th is None else hi.iadd(to_poly(th), c)
            if lo is None and hi is None:
                break
        post = self.sim.post_poly
        return (None if lo is None else from_poly(post(lo, dt), dt),
                None if hi is None else from_poly(post(hi, dt), dt))

    def mul(self, a: Expr | None, b: Expr | None, c: Expr | None, d: Expr | None) -> ExprPair:
        """``[a, b] * [c, d]`` using the signs the numeric bounds can show."""
        if c is not None and c == d and type(c) is Const:
            return (self._op(Op.MUL, a, c), self._op(Op.MUL, b, c)) if c.value >= 0 else (
                self._op(Op.MUL, b, c), self._op(Op.MUL, a, c))
        if a is not None and a == b and type(a) is Const:
            return self.mul(c, d, a, b)
        if all(type(v) is Const for v in (a, b, c, d)):
            lo, hi = mul_bounds(a.value, b.value, c.value, d.value)  # type: ignore[union-attr]
            return Const(lo, a.dtype), Const(hi, a.dtype)  # type: ignore[union-attr]
        if self._nonneg(c):  # y >= 0
            return self._mul_nonneg(a, b, c, d)
        if self._nonneg(a):
            return self._mul_nonneg(c, d, a, b)
        if a is not None and a == b and c is not None and c == d:
            return (self._op(Op.MUL, a, c),) * 2
        if a is not None and a == b:
            a, b, c, d = c, d, a, b
        if c is not None and c == d:  # a point of unknown sign: the order may flip
            lo_p, hi_p = self._op(Op.MUL, a, c), self._op(Op.MUL, b, c)
            return self._op(Op.MIN, lo_p, hi_p), self._op(Op.MAX, lo_p, hi_p)
        return None, None

    def _mul_nonneg(self, a: Expr | None, b: Expr | None, c: Expr, d: Expr | None) -> ExprPair:
        # x in [a, b], y in [c, d] with c >= 0.
        m = self._op
        if self._nonneg(a):
            lo = m(Op.MUL, a, c)
        elif self._nonpos(a):
            lo = m(Op.MUL, a, d)
        else:
            lo = m(Op.MIN, m(Op.MUL, a, c), m(Op.MUL, a, d))
        if self._nonneg(b):
            hi = m(Op.MUL, b, d)
        elif self._nonpos(b):
            hi = m(Op.MUL, b, c)
        else:
            hi = m(Op.MAX, m(Op.MUL, b, c), m(Op.MUL, b, d))
        return lo, hi

    def var(self, v: Var) -> ExprPair:
        r = self._var_cache.get(v)
        if r is not None:
            return r
        rng = self.ranges.get(v)
        if rng is None:
            return v, v
        if v in self._active:
            return None, None
        self._active.add(v)
        try:
            lo = hi = None
            if rng.lo is not None:
                lo = self.expr(self.sim.visit(self.sim.as_dtype(rng.lo, v.dtype)))[0]
            if rng.hi is not None:
                hi = self.expr(self.sim.visit(self.sim.as_dtype(rng.hi, v.dtype)))[1]
        finally:
            self._active.discard(v)
        if isinstance(v, SizeVar) and not self._nonneg(lo):
            lo = Const(0, v.dtype) if lo is None else self._op(Op.MAX, lo, Const(0, v.dtype))
        r = (lo, hi)
        if not self._active:
            self._var_cache[v] = r
        return r

    def _compute(self, e: Expr) -> ExprPair:
        t = type(e)
        dt = e.dtype
        if dt.kind != "i":
            if t is Const or not self.sim.has_ranged(e):
                return e, e
            return None, None
        if t is Const:
            return e, e
        if isinstance(e, Var):
            return self.var(e)
        if t is Ramp:
            base = self.expr(e.base)
            k = Const(e.lanes - 1, e.stride.dtype)
            step = self.mul(*self.expr(e.stride), Const(0, e.stride.dtype), k)
            return self._op(Op.ADD, base[0], step[0]), self._op(Op.ADD, base[1], step[1])
        if t is Broadcast:
            return self.expr(e.value)
        if dt.lanes != 1:
            return None, None
        if not self.sim.has_ranged(e):
            return e, e
        if t is Binary:
            op = e.op
            if op in (Op.ADD, Op.SUB, Op.MUL):
                p = to_poly(e)
                if p.single_atom() is not e:
                    return self.poly(p, dt)
                return self.mul(*self.expr(e.a), *self.expr(e.b))
            if op in (Op.MIN, Op.MAX):
                (al, ah), (bl, bh) = self.expr(e.a), self.expr(e.b)
                if op is Op.MIN:
                    return (self._op(op, al, bl),
                            ah if bh is None else bh if ah is None else self._op(op, ah, bh))
                return (al if bl is None else bl if al is None else self._op(op, al, bl),
                        self._op(op, ah, bh))
            if op is Op.FLOORDIV:
                return self._floordiv(e)
            if op is Op.FLOORMOD:
                return self._floormod(e)
            return None, None
        if t is Unary and e.op is Op.NEG:
            lo, hi = self.expr(e.a)
            neg = self._neg
            return neg(hi), neg(lo)
        if t is Select:
            (tl, th), (fl, fh) = self.expr(e.t), self.expr(e.f)
            return self._op(Op.MIN, tl, fl), self._op(Op.MAX, th, fh)
        if t is Cast and e.value.dtype.kind == "i" and e.dtype.bits >= e.value.dtype.bits:
            lo, hi = self.expr(e.value)
            cast = self.sim.as_dtype
            return (None if lo is None else cast(lo, dt), None if hi is None else cast(hi, dt))
        if t is Cast and e.value.dtype.kind == "b":
            return Const(0, dt), Const(1, dt)
        lo, hi = self.sim.cb.expr(e)
        return (None if lo is None else Const(lo, dt), None if hi is None else Const(hi, dt))

    def _neg(self, e: Expr | None) -> Expr | None:
        if e is None:
            return None
        return self._op(Op.SUB, Const(0, e.dtype), e)

    def _floordiv(self, e: Binary) -> ExprPair:
        lo, hi = self.expr(e.a)
        dl, dh = self.expr(e.b)
        if dl is not None and dl == dh:
            if self._nonneg(dl):  # divisor >= 1 (zero is undefined), monotone in the dividend
                return self._op(Op.FLOORDIV, lo, dl), self._op(Op.FLOORDIV, hi, dl)
            if type(dl) is Const and dl.value < 0:
                return self._op(Op.FLOORDIV, hi, dl), self._op(Op.FLOORDIV, lo, dl)
        if self._nonneg(dl) and self._nonneg(lo):
            return (Const(0, e.dtype) if dh is None else self._op(Op.FLOORDIV, lo, dh),
                    self._op(Op.FLOORDIV, hi, dl))
        n = self.sim.cb.expr(e)
        return (None if n[0] is None else Const(n[0], e.dtype),
                None if n[1] is None else Const(n[1], e.dtype))

    def _floormod(self, e: Binary) -> ExprPair:
        dt = e.dtype
        lo, hi = self.expr(e.a)
        dl, dh = self.expr(e.b)
        if dl is None or dl != dh or not self._nonneg(dl):
            n = self.sim.cb.expr(e)
            return (None if n[0] is None else Const(n[0], dt),
                    None if n[1] is None else Const(n[1], dt))
        if lo is not None and hi is not None:
            q_lo = self._op(Op.FLOORDIV, lo, dl)
            q_hi = self._op(Op.FLOORDIV, hi, dl)
            if q_lo == q_hi:  # the whole range sits between two multiples of the divisor
                shift = self._op(Op.MUL, q_lo, dl)
                return self._op(Op.SUB, lo, shift), self._op(Op.SUB, hi, shift)
        top = self._op(Op.SUB, dl, Const(1, dt))
        if self._nonneg(lo) and hi is not None:
            top = self._op(Op.MIN, top, hi)
        return Const(0, dt), top


# --------------------------------------------------------------------------------- public API


def bounds(expr: Expr, ranges: Mapping[Var, object] | None = None) -> Interval:
    """Symbolic inclusive bounds of an integer ``expr`` (the hull of the lanes of a vector).

    Endpoints are simplified and mention only variables that are not in ``ranges``; ``None``
    marks a side that can't be bounded. Example: ``bounds(i*32 + j, {j: (0, 31)})`` is
    ``[i*32, i*32 + 31]``.
    """
    from .simplify import Simplifier

    sim = Simplifier(ranges)
    e = sim.visit(expr)
    if e.dtype.kind == "b" and type(e) is not Const:
        return Interval(None, None)
    lo, hi = sim.sym.expr(e)
    return Interval(lo, hi)


def const_bounds(expr: Expr, ranges: Mapping[Var, object] | None = None) -> IntPair:
    """Integer bounds ``(lo, hi)`` of ``expr``; ``None`` where unbounded."""
    from .simplify import Simplifier

    sim = Simplifier(ranges)
    e = sim.visit(expr)
    if e.dtype.kind == "i" and e.dtype.lanes == 1:
        return sim.sign(to_poly(e), e.dtype)
    return sim.cb.expr(e)
