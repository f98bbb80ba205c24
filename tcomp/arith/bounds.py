"""Bound analysis of integer expressions: numeric bounds and the public API (layer 1).

Integers wrap (two's complement), so a bound is only worth what the analysis can prove about
overflow. ``ConstBounds`` gives bounds of the *wrapped* value of an expression: an operation
whose exact result may leave the dtype's range gets no bounds (``None``: anything in the
type). Alongside it keeps "typed" bounds, where ``None`` is filled in with the dtype's limits,
to check overflow; ``fits`` says whether a polynomial's exact value always stays in range (so
that rewriting it as mathematics, e.g. moving terms across a comparison, is valid).

``bounds`` gives symbolic intervals (``symbounds.SymBounds``) over the variables *not* in
``ranges``. A divisor that may be zero is allowed (``x // 0 == x % 0 == 0``); a vector is the
hull of its lanes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..dtypes import MAX_DIM
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
from .poly import Poly

IntPair = tuple["int | None", "int | None"]
ExprPair = tuple["Expr | None", "Expr | None"]
# (lo, hi, typed lo, typed hi): lo/hi may be None (no bound beyond the type); typed are ints.
Quad = tuple["int | None", "int | None", int, int]


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


def int_limits(bits: int) -> tuple[int, int]:
    """``(min, max)`` of a signed ``bits``-bit integer."""
    half = 1 << (bits - 1)
    return -half, half - 1


def mul_bounds(al: int | None, ah: int | None, bl: int | None, bh: int | None) -> IntPair:
    """Interval product with ``None`` as infinity (``0 * inf`` is 0)."""
    inf = float("inf")
    xs = (-inf if al is None else al, inf if ah is None else ah)
    ys = (-inf if bl is None else bl, inf if bh is None else bh)
    corners = [0 if x == 0 or y == 0 else x * y for x in xs for y in ys]
    lo, hi = min(corners), max(corners)
    return (None if lo == -inf else int(lo)), (None if hi == inf else int(hi))


def add_bounds(a: IntPair, b: IntPair, scale: int = 1) -> IntPair:
    """``a + scale * b`` with ``None`` as infinity."""
    bl, bh = (b[0], b[1]) if scale >= 0 else (b[1], b[0])
    lo = None if a[0] is None or bl is None else a[0] + scale * bl
    hi = None if a[1] is None or bh is None else a[1] + scale * bh
    return lo, hi


def div_bounds(al: int, ah: int, dl: int, dh: int) -> tuple[int, int]:
    """Exact bounds of ``a // d`` (floor; ``a // 0 == 0``) over finite intervals."""
    cands = []
    if dl <= 0 <= dh:
        cands.append(0)
    # floor(a / d) is monotone in a, and in d on each side of zero: the corners decide.
    for d1, d2 in ((max(dl, 1), dh), (dl, min(dh, -1))):
        if d1 <= d2:
            cands += [al // d1, al // d2, ah // d1, ah // d2]
    if not cands:  # an empty divisor range (dl > dh: a loop that runs no iteration):
        m = max(abs(al), abs(ah))  # |a // d| <= |a| for any d != 0 holds anyway
        return -m, m  # (fuzz case 2041011009: the build raised ValueError here)
    return min(cands), max(cands)


def mod_bounds(al: int, ah: int, dl: int, dh: int) -> tuple[int, int]:
    """Exact-enough bounds of ``a % d`` (floor; ``a % 0 == 0``) over finite intervals."""
    los: list[int] = []
    his: list[int] = []
    if dl <= 0 <= dh:
        los.append(0)
        his.append(0)
    if dh >= 1:
        p1, p2 = max(dl, 1), dh
        if p1 == p2 and al // p1 == ah // p1:
            q = al // p1
            los.append(al - q * p1)
            his.append(ah - q * p1)
        elif al >= 0 and ah < p1:  # a % d == a for every d
            los.append(al)
            his.append(ah)
        else:
            los.append(0)
            his.append(p2 - 1 if al < 0 else min(p2 - 1, ah))
    if dl <= -1:
        n1, n2 = dl, min(dh, -1)
        if n1 == n2 and al // n1 == ah // n1:
            q = al // n1
            los.append(al - q * n1)
            his.append(ah - q * n1)
        elif ah <= 0 and al > n2:  # a % d == a for every d
            los.append(al)
            his.append(ah)
        else:
            los.append(n1 + 1 if ah > 0 else max(n1 + 1, al))
            his.append(0)
    return min(los), max(his)


def _hull(a: IntPair, b: IntPair) -> IntPair:
    lo = None if a[0] is None or b[0] is None else min(a[0], b[0])
    hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
    return lo, hi


_UNKNOWN_BOOL: Quad = (0, 1, 0, 1)


class ConstBounds:
    """Integer bounds of expressions under ``ranges`` (memoized per instance).

    ``nonzero`` holds expressions known not to be zero (the extent of an enclosing loop).
    ``free_index``: the overflow checks (not the bounds) take a variable without a range as an
    index of magnitude below ``2**(bits/2 - 5)`` (see ``bounds``); else as any value.
    """

    def __init__(self, ranges: Mapping[Var, Interval], nonzero: frozenset[Expr] = frozenset(),
                 free_index: bool = False) -> None:
        self.ranges = ranges
        self.nonzero = nonzero
        self.free_index = free_index
        self._cache: dict[Expr, Quad] = {}
        self._var_cache: dict[Var, Quad] = {}
        self._active: set[Var] = set()

    def expr(self, e: Expr) -> IntPair:
        """Bounds of the (wrapped) value of ``e``; ``None`` where nothing is known."""
        q = self.quad(e)
        return q[0], q[1]

    def typed(self, e: Expr) -> tuple[int, int]:
        """Finite bounds of an integer ``e`` (the type's limits where nothing is known)."""
        q = self.quad(e)
        return q[2], q[3]

    def quad(self, e: Expr) -> Quad:
        r = self._cache.get(e)
        if r is None:
            r = self._compute(e)
            if self.nonzero and e in self.nonzero:
                r = _exclude_zero(r)
            self._cache[e] = r
        return r

    def poly(self, p: Poly) -> IntPair:
        """Bounds of the exact (unwrapped) value of ``p`` over its atoms' values."""
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

    def poly_typed(self, p: Poly) -> tuple[int, int]:
        """Finite bounds of the exact value of ``p`` (atoms at their typed bounds)."""
        lo = hi = p.const
        for m, c in p.terms.items():
            ml, mh = self.typed(m[0])
            for a in m[1:]:
                al, ah = self.typed(a)
                ml, mh = mul_bounds(ml, mh, al, ah)  # type: ignore[assignment]
            tl, th = (ml, mh) if c > 0 else (mh, ml)
            lo += c * tl
            hi += c * th
        return lo, hi

    def fits(self, p: Poly, bits: int) -> bool:
        """Whether the exact value of ``p`` always lies in the ``bits``-bit range, so that the
        wrapped value of ``from_poly(p)`` is ``p``'s mathematical value."""
        if not p.terms:
            tmin, tmax = int_limits(bits)
            return tmin <= p.const <= tmax
        if p.const == 0 and len(p.terms) == 1:
            (m, c), = p.terms.items()
            if c == 1 and len(m) == 1:
                return True
        lo, hi = self.poly_typed(p)
        tmin, tmax = int_limits(bits)
        return tmin <= lo and hi <= tmax

    def var(self, v: Var) -> Quad:
        r = self._var_cache.get(v)
        if r is not None:
            return r
        tmin, tmax = int_limits(v.dtype.bits)
        if v in self._active:
            return None, None, tmin, tmax  # a cycle between ranges: give up on this path
        rng = self.ranges.get(v)
        lo = hi = None
        tlo, thi = tmin, tmax
        if rng is None:
            if self.free_index:
                tlo, thi = -(1 << (v.dtype.bits // 2 - 5)), 1 << (v.dtype.bits // 2 - 5)
        else:
            self._active.add(v)
            try:
                if rng.lo is not None:
                    q = self.quad(rng.lo)
                    lo, tlo = q[0], max(q[2], tmin)
                if rng.hi is not None:
                    q = self.quad(rng.hi)
                    hi, thi = q[1], min(q[3], tmax)
            finally:
                self._active.discard(v)
        if isinstance(v, SizeVar):  # an array dimension: 0 <= n <= MAX_DIM (checked at calls)
            lo = 0 if lo is None else max(lo, 0)
            tlo, thi = max(tlo, 0), min(thi, MAX_DIM)
        lo = None if lo is None or lo <= tmin else lo
        hi = None if hi is None or hi >= tmax else hi
        r = (lo, hi, tlo, thi)
        if not self._active:
            self._var_cache[v] = r
        return r

    def _compute(self, e: Expr) -> Quad:
        t = type(e)
        dt = e.dtype
        if dt.kind == "b":
            if t is Const:
                return (int(e.value),) * 4  # type: ignore[return-value]
            if t is Broadcast and type(e.value) is Const:
                return (int(e.value.value),) * 4  # type: ignore[return-value]
            return _UNKNOWN_BOOL
        if dt.kind != "i":
            return None, None, 0, 0
        bits = dt.bits
        if t is Const:
            return e.value, e.value, e.value, e.value
        if isinstance(e, Var):
            return self.var(e)
        if t is Binary:
            return self._binary(e, bits)
        tmin, tmax = int_limits(bits)
        if t is Unary:
            a = self.quad(e.a)
            if e.op is Op.NEG:
                return _exact(lambda lo, hi: (-hi, -lo), a, bits)
            if e.op is Op.ABS:
                return _exact(_abs_bounds, a, bits)
            return None, None, tmin, tmax
        if t is Cast:
            src = e.value.dtype
            if src.kind == "b":
                return self.quad(e.value)
            if src.kind == "i":
                lo, hi, tlo, thi = self.quad(e.value)
                if tmin <= tlo and thi <= tmax:
                    smin, smax = int_limits(src.bits)
                    # Widening: the source type's own limits are information in the new type.
                    # Narrowing (the typed bounds fit, e.g. an index variable): the value
                    # bound may lie outside the new type (max(i, -2**63 + 1) has lo -2**63 +
                    # 1); both bounds hold, so the tighter one is kept, which fits.
                    lo = (smin if smin > tmin else None) if lo is None else max(lo, tlo)
                    hi = (smax if smax < tmax else None) if hi is None else min(hi, thi)
                    return lo, hi, tlo, thi
            return None, None, tmin, tmax  # narrowing may wrap; float -> int saturates
        if t is Select:
            cl, ch = self.expr(e.cond)
            if cl == ch == 1:
                return self.quad(e.t)
            if cl == ch == 0:
                return self.quad(e.f)
            a, b = self.quad(e.t), self.quad(e.f)
            lo, hi = _hull(a[:2], b[:2])
            return lo, hi, min(a[2], b[2]), max(a[3], b[3])
        if t is Ramp:
            base, stride = self.quad(e.base), self.quad(e.stride)
            n = add_bounds(base[:2], mul_bounds(stride[0], stride[1], 0, e.lanes - 1))
            tl = add_bounds(base[2:], mul_bounds(stride[2], stride[3], 0, e.lanes - 1))
            return _finish(n, tl, bits)  # type: ignore[arg-type]
        if t is Broadcast:
            return self.quad(e.value)
        return None, None, tmin, tmax

    def _binary(self, e: Binary, bits: int) -> Quad:
        op = e.op
        tmin, tmax = int_limits(bits)
        if op not in (Op.ADD, Op.SUB, Op.MUL, Op.FLOORDIV, Op.FLOORMOD, Op.MIN, Op.MAX):
            return None, None, tmin, tmax
        a = self.quad(e.a)
        b = self.quad(e.b)
        if op is Op.ADD:
            return _finish(add_bounds(a[:2], b[:2]), add_bounds(a[2:], b[2:]), bits)
        if op is Op.SUB:
            return _finish(add_bounds(a[:2], b[:2], -1), add_bounds(a[2:], b[2:], -1), bits)
        if op is Op.MUL:
            return _finish(mul_bounds(*a[:2], *b[:2]), mul_bounds(*a[2:], *b[2:]), bits)
        if op is Op.MIN:
            lo = None if a[0] is None or b[0] is None else min(a[0], b[0])
            hi = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
            return lo, hi, min(a[2], b[2]), min(a[3], b[3])
        if op is Op.MAX:
            lo = b[0] if a[0] is None else a[0] if b[0] is None else max(a[0], b[0])
            hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
            return lo, hi, max(a[2], b[2]), max(a[3], b[3])
        fn = div_bounds if op is Op.FLOORDIV else mod_bounds
        # Unknown sides stand in as values beyond the type: loose, but still valid bounds.
        big = 1 << (bits + 2)
        lo, hi = fn(_or(a[0], -big), _or(a[1], big), _or(b[0], -big), _or(b[1], big))
        if op is Op.FLOORDIV and (a[0] is None or a[1] is None):
            # big // d would pass for knowledge: a quotient side follows its dividend side.
            if b[0] is not None and b[0] >= 1:
                lo, hi = (None if a[0] is None else lo), (None if a[1] is None else hi)
            elif b[1] is not None and b[1] <= -1:
                lo, hi = (None if a[1] is None else lo), (None if a[0] is None else hi)
            else:
                lo = hi = None
        return _finish((None if lo is None or lo <= tmin else lo,
                        None if hi is None or hi >= tmax else hi), fn(*a[2:], *b[2:]), bits)


def _or(v: int | None, default: int) -> int:
    return default if v is None else v


def _abs_bounds(lo: int, hi: int) -> tuple[int, int]:
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return 0, max(-lo, hi)


def _exact(fn, a: Quad, bits: int) -> Quad:  # type: ignore[no-untyped-def]
    """Apply a monotone interval function to known and typed bounds, checking overflow."""
    big = 1 << (bits + 2)
    lo, hi = fn(_or(a[0], -big), _or(a[1], big))
    tmin, tmax = int_limits(bits)
    return _finish((None if lo <= tmin else lo, None if hi >= tmax else hi), fn(a[2], a[3]),
                   bits)


def _finish(n: IntPair, t: tuple[int, int], bits: int) -> Quad:
    """Known bounds ``n`` and typed bounds ``t`` of an exact result: if ``t`` leaves the type,
    the wrapped value may be anything."""
    tmin, tmax = int_limits(bits)
    if t[0] < tmin or t[1] > tmax:
        return None, None, tmin, tmax
    lo, hi = n
    return (None if lo is None or lo < tmin else lo), (None if hi is None or hi > tmax else hi), \
        t[0], t[1]


def _exclude_zero(q: Quad) -> Quad:
    lo, hi, tlo, thi = q
    return (1 if lo == 0 else lo, -1 if hi == 0 else hi, 1 if tlo == 0 else tlo,
            -1 if thi == 0 else thi)


# --------------------------------------------------------------------------------- public API


def bounds(expr: Expr, ranges: Mapping[Var, object] | None = None) -> Interval:
    """Symbolic inclusive bounds of an integer ``expr`` (the hull of the lanes of a vector).

    Endpoints are simplified and mention only variables that are not in ``ranges``; ``None``
    marks a side that can't be bounded. Example: ``bounds(i*32 + j, {j: (0, 31)})`` is
    ``[i*32, i*32 + 31]``.

    The variables without a range are taken as index variables (loop counters of enclosing
    loops): the overflow checks assume their magnitude is below ``2**27`` (int64; ``2**11``
    for int32), so the bounds hold for such values. ``simplify``, ``const_bounds`` and
    ``can_prove`` assume nothing about unranged variables.
    """
    from .simplify import Simplifier

    sim = Simplifier(ranges, free_index=True)
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
        return sim.value_bounds(e, fill=False)
    return sim.cb.expr(e)
