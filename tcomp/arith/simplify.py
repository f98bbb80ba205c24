"""Expression simplifier: canonical integer polynomials plus a rule table per operator (layer 1).

``Simplifier`` rewrites bottom-up. Integers wrap (two's complement), and every rule holds for
every value of the type. Integer ``+ - *`` go through the polynomial form of ``poly.py`` (like
terms collected, constants right, ``x - x = 0``): ring identities hold under wrapping. Rules
that treat the values as mathematics (moving terms across a comparison, min/max of a
difference, splitting ``//`` and ``%``) first prove with ``fits`` that no value involved can
overflow; ``//``, ``%``, min, max and comparisons use the bounds of ``bounds.py`` to drop what
the variable ranges make constant. Float expressions are only folded where the result is
bit-exact (see ``fold.py``) and never reassociated. The rule families live in their own
modules, each a part that calls back into the ``Simplifier``: comparisons and min/max
(``compare.py``), ``//`` and ``%`` (``divmod.py``), vector rules that move work from
Ramp/Broadcast lanes to scalars (``vector.py``) and symbolic bounds (``symbounds.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..dtypes import DType, float64
from ..ir.expr import (
    COMPARE_OPS,
    Binary,
    Broadcast,
    Cast,
    Const,
    Expr,
    Load,
    Op,
    ProducerLoad,
    Ramp,
    Select,
    Unary,
    Var,
    as_expr,
)
from ..ir.npops import wrap_int
from ..ir.visitor import children
from .bounds import ConstBounds, Interval, IntPair, int_limits
from .compare import CompareRules
from .divmod import DivModRules
from .fold import const_like, fold_binary, fold_cast, fold_unary, scalar_const
from .poly import Poly, from_poly, mul_atom, same, to_poly
from .symbounds import SymBounds
from .vector import VectorRules

_NEGATE_CMP = {Op.LT: (Op.LE, True), Op.LE: (Op.LT, True), Op.EQ: (Op.NE, False),
               Op.NE: (Op.EQ, False)}


def _is_lossless(src: DType, dst: DType) -> bool:
    """Whether a cast ``src -> dst`` keeps every value (so a cast after it sees the same value)."""
    if src.kind == "b":
        return True
    if src.kind == "i":
        return (dst.kind == "i" and dst.bits >= src.bits) or (
            dst.kind == "f" and dst.bits > src.bits)
    return dst.kind == "f" and dst.bits >= src.bits


def _normalize_const(e: Const) -> Const:
    """Bring a constant's value into its dtype (wrap ints, round float32)."""
    dt = e.dtype
    v = e.value
    if dt.kind == "i":
        w = wrap_int(v, dt.bits)
        return e if w == v and type(v) is int else Const(w, dt)
    if dt.kind == "f" and dt.bits == 32:
        f = fold_cast(dt.scalar, Const(v, float64))
        return e if f is None or f.value == v or v != v else f
    return e


def normalize_ranges(ranges: Mapping[Var, Any] | None) -> dict[Var, Interval]:
    """Accept Interval, ``(lo, hi)`` pairs and Python ints; endpoints take the var's dtype
    (a number beyond the type is clipped to it: the variable can't hold it)."""
    out: dict[Var, Interval] = {}
    for v, iv in (ranges or {}).items():
        if not isinstance(iv, Interval):
            lo, hi = iv
            iv = Interval(lo, hi)
        lo, hi = iv.lo, iv.hi
        if v.dtype.kind == "i":
            tmin, tmax = int_limits(v.dtype.bits)
            lo = lo if not isinstance(lo, int) else min(max(lo, tmin), tmax)
            hi = hi if not isinstance(hi, int) else min(max(hi, tmin), tmax)
        if lo is not None and not isinstance(lo, Expr):
            lo = as_expr(lo, like=v.dtype)
        if hi is not None and not isinstance(hi, Expr):
            hi = as_expr(hi, like=v.dtype)
        out[v] = iv if (lo is iv.lo and hi is iv.hi) else Interval(lo, hi)
    return out


class Simplifier:
    """Simplify expressions under fixed variable ranges (results are memoized per instance)."""

    def __init__(self, ranges: Mapping[Var, Any] | None = None,
                 facts: tuple[Poly, ...] = (), nonzero: frozenset[Expr] = frozenset(),
                 free_index: bool = False) -> None:
        self.ranges = normalize_ranges(ranges)
        # Each fact is a polynomial whose exact value is known to be < 0 (from enclosing If
        # conditions); ``nonzero`` holds expressions known not to be 0 (loop extents).
        self.facts = facts
        self._neg_facts = tuple({m: -c for m, c in f.terms.items()} for f in facts)
        self.cb = ConstBounds(self.ranges, nonzero, free_index)
        self.sym = SymBounds(self)
        self.vec = VectorRules(self)
        self.divmod = DivModRules(self)
        self.cmp = CompareRules(self)
        self._memo: dict[Expr, Expr] = {}
        self._fits_memo: dict[Expr, bool] = {}
        self._ranged: dict[Expr, bool] = {}
        self._sym_depth = 0
        # Symbolic bounds only add knowledge about variables with a non-constant endpoint.
        self._sym_vars = frozenset(
            v for v, iv in self.ranges.items()
            if any(e is not None and type(e) is not Const for e in (iv.lo, iv.hi)))
        self._sym_enabled = bool(self._sym_vars)
        self._has_sym: dict[Expr, bool] = {}

    # ------------------------------------------------------------------ helpers
    def has_ranged(self, e: Expr) -> bool:
        """Whether ``e`` mentions a variable that has a range."""
        if not self.ranges:
            return False
        r = self._ranged.get(e)
        if r is None:
            if isinstance(e, Var):
                r = e in self.ranges
            elif type(e) is Const:
                r = False
            else:
                r = any(self.has_ranged(c) for c in children(e) if isinstance(c, Expr))
            self._ranged[e] = r
        return r

    def has_sym(self, e: Expr) -> bool:
        """Whether ``e`` mentions a variable whose range has a non-constant endpoint."""
        r = self._has_sym.get(e)
        if r is None:
            if isinstance(e, Var):
                r = e in self._sym_vars
            elif type(e) is Const:
                r = False
            else:
                r = any(self.has_sym(c) for c in children(e) if isinstance(c, Expr))
            self._has_sym[e] = r
        return r

    def as_dtype(self, e: Expr, dt: DType) -> Expr:
        if e.dtype == dt:
            return e
        if type(e) is Const and dt.kind == "i" and e.dtype.kind == "i":
            return Const(wrap_int(e.value, dt.bits), dt)
        return self.rewrite_cast(dt, e)

    def fits(self, p: Poly, dt: DType) -> bool:
        """Whether the exact value of ``p`` always lies in ``dt``'s range: then the wrapped
        value of ``from_poly(p)`` is ``p``'s mathematical value, and rules may reason on it."""
        if self.cb.fits(p, dt.bits):
            return True
        if not self.facts and not self.symbolic_helps(p):
            return False
        lo, hi = self.sign(p, dt)
        tmin, tmax = int_limits(dt.bits)
        return lo is not None and hi is not None and tmin <= lo and hi <= tmax

    def expr_fits(self, e: Expr) -> bool:
        """``fits`` of a simplified integer scalar's polynomial (memoized)."""
        r = self._fits_memo.get(e)
        if r is None:
            r = self._fits_memo[e] = self.fits(to_poly(e), e.dtype)
        return r

    def value_bounds(self, e: Expr, fill: bool = True) -> IntPair:
        """Bounds of the (wrapped) value of a simplified integer scalar ``e`` (see ``sign``
        for ``fill``)."""
        if self.expr_fits(e):
            return self.sign(to_poly(e), e.dtype, fill)
        if fill and not self.cb.free_index:
            return self.cb.typed(e)
        return self.cb.expr(e)

    def nonzero(self, e: Expr) -> bool:
        lo, hi = self.value_bounds(e)
        return (lo is not None and lo > 0) or (hi is not None and hi < 0)

    def sign(self, p: Poly, dt: DType, fill: bool = True) -> IntPair:
        """Bounds of the exact value of a polynomial (the caller knows whether it fits):
        numeric first, then facts, then symbolic over non-constant ranges; with ``fill``, a
        side still unknown comes from the atoms' type ranges (else it stays None)."""
        lo, hi = self.cb.poly(p)
        for f, neg in zip(self.facts, self._neg_facts, strict=True):
            if p.terms == f.terms:  # p = f + k < k
                k = p.const - f.const - 1
                hi = k if hi is None else min(hi, k)
            elif p.terms == neg:  # p = k - f > k
                k = p.const + f.const + 1
                lo = k if lo is None else max(lo, k)
        if self.symbolic_helps(p):
            with self.no_symbolic():
                slo, shi = self.sym.poly(p, dt)
            if slo is not None and (v := self.cb.expr(slo)[0]) is not None:
                lo = v if lo is None else max(lo, v)
            if shi is not None and (v := self.cb.expr(shi)[1]) is not None:
                hi = v if hi is None else min(hi, v)
        if fill and (lo is None or hi is None) and not self.cb.free_index:
            tlo, thi = self.cb.poly_typed(p)  # every atom lies in its type's range
            lo = tlo if lo is None else lo
            hi = thi if hi is None else hi
        return lo, hi

    def symbolic_helps(self, p: Poly) -> bool:
        """Whether symbolic bounds may know more than numeric ones about ``p``: ``p`` mentions
        a variable whose range has a non-constant endpoint, and no symbolic bounds are being
        computed already (which keeps the analysis from recursing into itself)."""
        return self._sym_enabled and self._sym_depth == 0 and any(
            self.has_sym(a) for m in p.terms for a in m)

    @contextmanager
    def no_symbolic(self) -> Iterator[None]:
        """Within: ``sign`` and the division rules use numeric bounds only."""
        self._sym_depth += 1
        try:
            yield
        finally:
            self._sym_depth -= 1

    def poly_expr(self, p: Poly, dt: DType) -> Expr:
        return from_poly(self.divmod.recombine(p, dt), dt)

    # ------------------------------------------------------------------ traversal
    def visit(self, e: Expr) -> Expr:
        """Simplify ``e``."""
        r = self._memo.get(e)
        if r is not None:
            return r
        t = type(e)
        if t is Binary:
            dt = e.dtype
            if e.op in (Op.ADD, Op.SUB, Op.MUL) and dt.kind == "i" and dt.lanes == 1:
                p = Poly()
                self._lin_into(e, p, 1)
                r = self.poly_expr(p, dt)
            else:
                r = self.rewrite_binary(e.op, self.visit(e.a), self.visit(e.b), dt)
        elif isinstance(e, Var):
            return e
        elif t is Const:
            return _normalize_const(e)
        elif t is Unary:
            r = self.rewrite_unary(e.op, self.visit(e.a), e.dtype)
        elif t is Cast:
            r = self.rewrite_cast(e.dtype, self.visit(e.value))
        elif t is Select:
            r = self.rewrite_select(self.visit(e.cond), self.visit(e.t), self.visit(e.f), e.dtype)
        elif t is Load or t is ProducerLoad:
            idx = tuple(self.visit(i) for i in e.indices)
            changed = any(a is not b for a, b in zip(idx, e.indices, strict=True))
            r = t(e.buffer if t is Load else e.tensor, idx, e.dtype) if changed else e
        elif t is Ramp:
            r = self.vec.ramp(self.visit(e.base), self.visit(e.stride), e.lanes, e.dtype)
        elif t is Broadcast:
            r = self.vec.broadcast(self.visit(e.value), e.lanes)
        else:
            r = e  # Reduce and unknown nodes are opaque
        self._memo[e] = r
        return r

    def _lin_into(self, e: Expr, acc: Poly, scale: int) -> None:
        """``acc += scale * e`` walking integer ``+ - * neg`` without building nodes."""
        t = type(e)
        if t is Binary and e.op in (Op.ADD, Op.SUB, Op.MUL) and e.dtype.kind == "i" \
                and e.dtype.lanes == 1:
            done = self._memo.get(e)
            if done is not None:
                acc.iadd(to_poly(done), scale)
            elif e.op is Op.ADD:
                self._lin_into(e.a, acc, scale)
                self._lin_into(e.b, acc, scale)
            elif e.op is Op.SUB:
                self._lin_into(e.a, acc, scale)
                self._lin_into(e.b, acc, -scale)
            else:
                pa, pb = Poly(), Poly()
                self._lin_into(e.a, pa, 1)
                self._lin_into(e.b, pb, 1)
                prod = pa.mul(pb)
                if prod is None:
                    dt = e.dtype
                    prod = Poly.atom(mul_atom(self.poly_expr(pa, dt), self.poly_expr(pb, dt), dt))
                acc.iadd(prod, scale)
        elif t is Unary and e.op is Op.NEG:
            self._lin_into(e.a, acc, -scale)
        elif t is Const:
            acc.const += e.value * scale
        else:
            acc.iadd(to_poly(self.visit(e)), scale)

    # ------------------------------------------------------------------ binary rules
    def rewrite_binary(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        """Rules for ``a op b`` whose operands are already simplified."""
        if dt.lanes != 1:
            return self.vec.binary(op, a, b, dt)
        if type(a) is Const and type(b) is Const:
            f = fold_binary(op, a, b, dt)
            if f is not None:
                return f
        kind = a.dtype.kind
        if kind == "i":
            if op is Op.ADD:
                return self.poly_expr(to_poly(a).iadd(to_poly(b)), dt)
            if op is Op.SUB:
                return self.poly_expr(to_poly(a).iadd(to_poly(b), -1), dt)
            if op is Op.MUL:
                p = to_poly(a).mul(to_poly(b))
                return mul_atom(a, b, dt) if p is None else self.poly_expr(p, dt)
            if op is Op.FLOORDIV:
                return self.divmod.floordiv(a, b, dt)
            if op is Op.FLOORMOD:
                return self.divmod.floormod(a, b, dt)
            if op is Op.MIN or op is Op.MAX:
                return self.cmp.minmax(op, a, b, dt)
            if op in COMPARE_OPS:
                return self.cmp.cmp_int(op, a, b, dt)
            if op is Op.POW and type(b) is Const and b.value in (0, 1):
                return Const(1, dt) if b.value == 0 else a  # a ** 0 == 1 for every a
        elif kind == "f":
            return self.float_binary(op, a, b, dt)
        else:
            return self.bool_binary(op, a, b, dt)
        return Binary(op, a, b, dt)

    def float_binary(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        # Only identities that are exact for every IEEE value, NaN, inf and -0.0 included.
        va, vb = scalar_const(a), scalar_const(b)
        if op is Op.MUL:
            if vb == 1.0:
                return a
            if va == 1.0:
                return b
        elif op is Op.DIV:
            if vb == 1.0:
                return a
        elif op is Op.SUB:
            if vb == 0.0 and str(vb) == "0.0":
                return a
        elif op is Op.ADD:
            if vb == 0.0 and str(vb) == "-0.0":
                return a
            if va == 0.0 and str(va) == "-0.0":
                return b
        return Binary(op, a, b, dt)

    def bool_binary(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        ca, cb = scalar_const(a), scalar_const(b)
        if op is Op.AND or op is Op.OR:
            absorb = op is Op.OR  # x && false = false, x || true = true
            if ca is absorb or cb is absorb:
                return const_like(absorb, dt)
            if ca is not None:
                return b
            if cb is not None:
                return a
            if same(a, b):
                return a
            if (type(b) is Unary and b.op is Op.NOT and same(b.a, a)) or (
                type(a) is Unary and a.op is Op.NOT and same(a.a, b)
            ):
                return const_like(absorb, dt)
        elif op is Op.EQ or op is Op.NE:
            if ca is not None:
                a, b, ca, cb = b, a, cb, ca
            if cb is not None and ca is None:
                keep = (cb is True) == (op is Op.EQ)
                return a if keep else self.rewrite_unary(Op.NOT, a, a.dtype)
            if same(a, b):
                return const_like(op is Op.EQ, dt)
        return Binary(op, a, b, dt)

    # ------------------------------------------------------------------ other nodes
    def rewrite_unary(self, op: Op, a: Expr, dt: DType) -> Expr:
        if type(a) is Broadcast:
            return self.vec.broadcast(self.rewrite_unary(op, a.value, dt.scalar), dt.lanes)
        if type(a) is Const:
            f = fold_unary(op, a, dt)
            if f is not None:
                return f
        if op is Op.NEG:
            if dt.kind == "i" and dt.lanes == 1:
                return self.poly_expr(to_poly(a).scaled(-1), dt)
            if type(a) is Unary and a.op is Op.NEG:
                return a.a
            if type(a) is Ramp:
                return self.vec.ramp(self.rewrite_unary(op, a.base, dt.scalar),
                                     self.rewrite_unary(op, a.stride, dt.scalar), a.lanes, dt)
        elif op is Op.NOT:
            if type(a) is Unary and a.op is Op.NOT:
                return a.a
            if (type(a) is Binary and a.op in _NEGATE_CMP and a.a.dtype.kind == "i"
                    and dt.lanes == 1):
                new_op, swap = _NEGATE_CMP[a.op]
                x, y = (a.b, a.a) if swap else (a.a, a.b)
                return self.rewrite_binary(new_op, x, y, dt)
        elif op is Op.ABS and dt.kind == "i" and dt.lanes == 1:
            lo, hi = self.value_bounds(a)
            if lo is not None and lo >= 0:
                return a
            if hi is not None and hi <= 0:  # abs(MIN) == MIN == -MIN: wrapping agrees
                return self.rewrite_unary(Op.NEG, a, dt)
        return Unary(op, a, dt)

    def rewrite_cast(self, dt: DType, v: Expr) -> Expr:
        if v.dtype == dt:
            return v
        t = type(v)
        if t is Const:
            f = fold_cast(dt, v)
            if f is not None:
                return f
        elif t is Broadcast:
            return self.vec.broadcast(self.rewrite_cast(dt.scalar, v.value), v.lanes)
        elif t is Ramp and dt.kind == "i" and v.dtype.kind == "i" and dt.bits >= v.dtype.bits \
                and self.vec.lanes_fit(v):  # a lane that wraps in the narrow type differs
            s = dt.scalar
            return self.vec.ramp(self.rewrite_cast(s, v.base), self.rewrite_cast(s, v.stride),
                                 v.lanes, dt)
        elif t is Cast and _is_lossless(v.value.dtype.scalar, v.dtype.scalar):
            return self.rewrite_cast(dt, v.value)
        return Cast(dt, v)

    def rewrite_select(self, c: Expr, t: Expr, f: Expr, dt: DType) -> Expr:
        cv = scalar_const(c)
        if cv is not None:
            return t if cv else f
        if same(t, f):
            return t
        if dt.kind == "b":
            tv, fv = scalar_const(t), scalar_const(f)
            if tv is True and fv is False:
                return c
            if tv is False and fv is True:
                return self.rewrite_unary(Op.NOT, c, c.dtype)
        if type(c) is Broadcast and type(t) is Broadcast and type(f) is Broadcast:
            return self.vec.broadcast(
                self.rewrite_select(c.value, t.value, f.value, dt.scalar), dt.lanes)
        return Select(c, t, f, dt)


# --------------------------------------------------------------------------------- public API


def simplify(expr: Expr, ranges: Mapping[Var, Any] | None = None) -> Expr:
    """Simplify ``expr``; the result equals it for every variable value inside ``ranges``."""
    return Simplifier(ranges).visit(expr)


def can_prove(cond: Expr, ranges: Mapping[Var, Any] | None = None) -> bool:
    """True only if ``cond`` holds for every variable value inside ``ranges`` (sound)."""
    r = simplify(cond, ranges)
    return scalar_const(r) is True
