"""Symbolic bounds: intervals whose endpoints are expressions over unranged variables (layer 1).

``SymBounds`` lets the lowering ask for the region of ``i*32 + j`` over ``j`` and get
``[i*32, i*32 + 31]``. Integers wrap, so every endpoint is built by operations proved not to
overflow, and a polynomial is only bounded as mathematics where its value can't wrap; a
divisor that may be zero is allowed (``x // 0 == x % 0 == 0``); a vector is the hull of its
lanes. Numeric facts come from the simplifier's ``ConstBounds``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import Binary, Broadcast, Cast, Const, Expr, Op, Ramp, Select, SizeVar, Unary, Var
from ..ir.visitor import uses_var
from .bounds import ExprPair, add_bounds, int_limits, mul_bounds
from .poly import Poly, from_poly, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier


class SymBounds:
    """Symbolic intervals over the unranged variables; endpoints are simplified by ``sim``.

    Invariant: an endpoint's polynomial always fits its dtype (so its wrapped value is its
    mathematical value), and each endpoint is built by operations proved not to overflow.
    """

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim
        self.ranges = sim.ranges
        self._cache: dict[Expr, ExprPair] = {}
        self._var_cache: dict[Var, ExprPair] = {}
        self._active: set[Var] = set()
        self._dependent: set[Var] | None = None

    def _fits(self, e: Expr) -> bool:
        return self.sim.cb.fits(to_poly(e), e.dtype.bits)

    # endpoint arithmetic (operands are simplified expressions)
    def _op(self, op: Op, a: Expr | None, b: Expr | None) -> Expr | None:
        """``a op b`` for endpoints, or None when the exact result may not fit the dtype."""
        if a is None or b is None:
            return None
        cb = self.sim.cb
        bits = a.dtype.bits
        tmin, tmax = int_limits(bits)
        if op is Op.MUL and type(a) is not Const and type(b) is not Const:
            lo, hi = mul_bounds(*cb.typed(a), *cb.typed(b))
            if lo < tmin or hi > tmax:  # type: ignore[operator]
                return None
        elif op is Op.FLOORDIV:
            dl, dh = cb.typed(b)
            if dl <= -1 <= dh and cb.typed(a)[0] == tmin:
                return None  # MIN // -1 wraps
        r = self.sim.rewrite_binary(op, a, b, a.dtype)
        return r if self._fits(r) else None

    def _nonneg(self, e: Expr | None) -> bool:
        if e is None:
            return False
        lo = self.sim.cb.expr(e)[0]
        return lo is not None and lo >= 0

    def _pos(self, e: Expr | None) -> bool:
        if e is None:
            return False
        lo = self.sim.cb.expr(e)[0]
        return lo is not None and lo >= 1

    def _nonpos(self, e: Expr | None) -> bool:
        if e is None:
            return False
        hi = self.sim.cb.expr(e)[1]
        return hi is not None and hi <= 0

    def expr(self, e: Expr) -> ExprPair:
        """Bounds of a simplified expression."""
        r = self._cache.get(e)
        if r is None:
            lo, hi = self._compute(e)
            if (lo is not None and not self._fits(lo)) or (hi is not None and not self._fits(hi)):
                n = self._numeric(e)
                lo = lo if lo is not None and self._fits(lo) else n[0]
                hi = hi if hi is not None and self._fits(hi) else n[1]
            r = lo, hi
            self._cache[e] = r
        return r

    def _numeric(self, e: Expr) -> ExprPair:
        lo, hi = self.sim.cb.expr(e)
        dt = e.dtype.scalar
        return (None if lo is None else Const(lo, dt)), (None if hi is None else Const(hi, dt))

    def poly(self, p: Poly, dt: DType) -> ExprPair:
        """Bounds of the exact value of ``p`` (the caller knows whether it fits ``dt``)."""
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
        tried: set[Var] = set()
        while True:
            for m, c in p.terms.items():
                v = m[0]
                if len(m) != 1 or v not in self._dependent or v in done or v in tried \
                        or v in self._active or any(
                            uses_var(a, v) for mm in p.terms if mm is not m for a in mm):
                    continue
                rng = self.ranges[v]
                end = rng.hi if (c > 0) == upper else rng.lo
                if end is None:
                    continue
                end = self._endpoint(end, v)
                if end is None:  # its polynomial may overflow: its value isn't its maths
                    tried.add(v)
                    continue
                done.add(v)
                p = p.copy()
                del p.terms[m]
                p = self.sim.divmod.recombine(p.iadd(to_poly(end), c), dt, exact=True)
                break
            else:
                return p, done

    def _endpoint(self, end: Expr, v: Var) -> Expr | None:
        """A range endpoint of ``v`` in ``v``'s dtype, simplified, or None if its value can't
        be used as mathematics (it doesn't fit)."""
        if end.dtype != v.dtype:
            tmin, tmax = int_limits(v.dtype.bits)
            lo, hi = self.sim.cb.typed(end)
            if lo < tmin or hi > tmax:
                return None
        end = self.sim.visit(self.sim.as_dtype(end, v.dtype))
        return end if self._fits(end) else None

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
        post = self.sim.divmod.recombine
        bits = dt.bits
        cb = self.sim.cb
        return (None if lo is None or not cb.fits(lo, bits) else from_poly(post(lo, dt), dt),
                None if hi is None or not cb.fits(hi, bits) else from_poly(post(hi, dt), dt))

    def mul(self, a: Expr | None, b: Expr | None, c: Expr | None, d: Expr | None) -> ExprPair:
        """``[a, b] * [c, d]`` using the signs the numeric bounds can show."""
        if c is not None and c == d and type(c) is Const:
            return (self._op(Op.MUL, a, c), self._op(Op.MUL, b, c)) if c.value >= 0 else (
                self._op(Op.MUL, b, c), self._op(Op.MUL, a, c))
        if a is not None and a == b and type(a) is Const:
            return self.mul(c, d, a, b)
        if all(type(v) is Const for v in (a, b, c, d)):
            lo, hi = mul_bounds(a.value, b.value, c.value, d.value)  # type: ignore[union-attr]
            dt = a.dtype  # type: ignore[union-attr]
            tmin, tmax = int_limits(dt.bits)
            return (Const(lo, dt) if tmin <= lo <= tmax else None,  # type: ignore[operator]
                    Const(hi, dt) if tmin <= hi <= tmax else None)  # type: ignore[operator]
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
            if rng.lo is not None and (end := self._endpoint(rng.lo, v)) is not None:
                lo = self.expr(end)[0]
            if rng.hi is not None and (end := self._endpoint(rng.hi, v)) is not None:
                hi = self.expr(end)[1]
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
        cb = self.sim.cb
        bits = dt.bits
        tmin, tmax = int_limits(bits)
        if t is Ramp:
            sl, sh = cb.typed(e.stride)
            lo, hi = add_bounds(cb.typed(e.base), mul_bounds(sl, sh, 0, e.lanes - 1))
            if lo < tmin or hi > tmax:  # type: ignore[operator]
                return self._numeric(e)  # some lane wraps
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
                    if not cb.fits(p, bits):  # the value wraps: it isn't the polynomial's
                        return self._numeric(e)
                    return self.poly(p, dt)
                lo, hi = mul_bounds(*cb.typed(e.a), *cb.typed(e.b))
                if lo < tmin or hi > tmax:  # type: ignore[operator]
                    return self._numeric(e)
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
            return self._numeric(e)
        if t is Unary and e.op is Op.NEG and cb.typed(e.a)[0] > tmin:
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
        return self._numeric(e)

    def _neg(self, e: Expr | None) -> Expr | None:
        if e is None:
            return None
        return self._op(Op.SUB, Const(0, e.dtype), e)

    def _floordiv(self, e: Binary) -> ExprPair:
        lo, hi = self.expr(e.a)
        dl, dh = self.expr(e.b)
        if dl is not None and dl == dh:
            if self._nonneg(dl):  # monotone in the dividend (a // 0 == 0 is constant)
                return self._op(Op.FLOORDIV, lo, dl), self._op(Op.FLOORDIV, hi, dl)
            if type(dl) is Const and dl.value < 0:
                return self._op(Op.FLOORDIV, hi, dl), self._op(Op.FLOORDIV, lo, dl)
        if self._pos(dl) and self._nonneg(lo):
            return (Const(0, e.dtype) if dh is None else self._op(Op.FLOORDIV, lo, dh),
                    self._op(Op.FLOORDIV, hi, dl))
        return self._numeric(e)

    def _floormod(self, e: Binary) -> ExprPair:
        dt = e.dtype
        lo, hi = self.expr(e.a)
        dl, dh = self.expr(e.b)
        if dl is None or dl != dh or not self._pos(dl):
            return self._numeric(e)
        if lo is not None and hi is not None:
            q_lo = self._op(Op.FLOORDIV, lo, dl)
            q_hi = self._op(Op.FLOORDIV, hi, dl)
            if q_lo is not None and q_lo == q_hi:  # the whole range sits in one block
                shift = self._op(Op.MUL, q_lo, dl)
                return self._op(Op.SUB, lo, shift), self._op(Op.SUB, hi, shift)
        top = self._op(Op.SUB, dl, Const(1, dt))
        if self._nonneg(lo) and hi is not None:
            top = self._op(Op.MIN, top, hi)
        return Const(0, dt), top
