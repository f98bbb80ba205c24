"""Canonical polynomial form of integer expressions and the deterministic term order (layer 1).

An integer scalar expression is ``sum(coeff * monomial) + const``. A monomial is a tuple of
*atoms* (every node that is not ``+ - *`` or a constant: variables, ``//``, ``%``, min, max,
select, loads, casts) sorted by :func:`key`. ``to_poly`` and ``from_poly`` round-trip:
``to_poly(from_poly(p)) == p``, which is what makes the simplifier's output a fixed point.
"""

from __future__ import annotations

from math import gcd
from typing import Any

from ..dtypes import DType
from ..ir.expr import (
    Binary,
    Broadcast,
    Cast,
    Const,
    Expr,
    Load,
    Op,
    Ramp,
    Select,
    Unary,
    Var,
)
from ..ir.npops import wrap_int

Monomial = tuple[Expr, ...]

_OP_RANK = {op: i for i, op in enumerate(Op)}
_KEYS: dict[Any, tuple] = {}
_KEY_CACHE_LIMIT = 200_000
# A product of two sums is distributed only while it stays this small, so nested products of
# sums can't blow up exponentially.
MAX_DISTRIBUTED_TERMS = 16


def key(e: Expr) -> tuple:
    """Deterministic sort key of an expression (variables by creation order)."""
    k = _KEYS.get(e)
    if k is None:
        k = _make_key(e)
        if len(_KEYS) > _KEY_CACHE_LIMIT:
            _KEYS.clear()
        _KEYS[e] = k
    return k


def _make_key(e: Expr) -> tuple:
    if isinstance(e, Var):
        return (1, e.uid)
    t = type(e)
    if t is Const:
        return (0, e.dtype.kind, e.dtype.bits, e.value)
    if t is Binary:
        return (2, _OP_RANK[e.op], key(e.a), key(e.b))
    if t is Unary:
        return (3, _OP_RANK[e.op], key(e.a))
    if t is Cast:
        return (4, e.dtype.name, key(e.value))
    if t is Select:
        return (5, key(e.cond), key(e.t), key(e.f))
    if t is Load:
        return (6, e.buffer.uid, tuple(key(i) for i in e.indices))
    if t is Ramp:
        return (7, key(e.base), key(e.stride), e.lanes)
    if t is Broadcast:
        return (8, key(e.value), e.lanes)
    return (9, repr(e))


def mono_key(m: Monomial) -> tuple:
    return tuple(key(a) for a in m)


class Poly:
    """``sum(terms[m] * m) + const`` with Python-int coefficients (never zero in ``terms``)."""

    __slots__ = ("const", "terms")

    def __init__(self, terms: dict[Monomial, int] | None = None, const: int = 0) -> None:
        self.terms: dict[Monomial, int] = terms if terms is not None else {}
        self.const = const

    @staticmethod
    def atom(e: Expr) -> Poly:
        return Poly({(e,): 1}, 0)

    def copy(self) -> Poly:
        return Poly(dict(self.terms), self.const)

    def is_const(self) -> bool:
        return not self.terms

    def iadd(self, other: Poly, scale: int = 1) -> Poly:
        """In place: ``self += scale * other``."""
        if scale == 0:
            return self
        terms = self.terms
        for m, c in other.terms.items():
            v = terms.get(m, 0) + c * scale
            if v:
                terms[m] = v
            else:
                terms.pop(m, None)
        self.const += other.const * scale
        return self

    def scaled(self, c: int) -> Poly:
        if c == 0:
            return Poly()
        return Poly({m: v * c for m, v in self.terms.items()}, self.const * c)

    def mul(self, other: Poly) -> Poly | None:
        """Product, or None when distributing would exceed ``MAX_DISTRIBUTED_TERMS``."""
        if other.is_const():
            return self.scaled(other.const)
        if self.is_const():
            return other.scaled(self.const)
        n = (len(self.terms) + (self.const != 0)) * (len(other.terms) + (other.const != 0))
        if n > MAX_DISTRIBUTED_TERMS:
            return None
        out = Poly()
        terms = out.terms
        for ma, ca in [*self.terms.items(), ((), self.const)]:
            if not ca:
                continue
            for mb, cb in [*other.terms.items(), ((), other.const)]:
                if not cb:
                    continue
                if not ma and not mb:
                    out.const += ca * cb
                    continue
                m = ma + mb if not ma or not mb else tuple(sorted(ma + mb, key=key))
                v = terms.get(m, 0) + ca * cb
                if v:
                    terms[m] = v
                else:
                    terms.pop(m, None)
        return out

    def single_atom(self) -> Expr | None:
        """The atom when this poly is exactly ``1 * atom``."""
        if self.const or len(self.terms) != 1:
            return None
        (m, c), = self.terms.items()
        return m[0] if c == 1 and len(m) == 1 else None

    def content(self) -> int:
        """gcd of the term coefficients (0 when there are no terms)."""
        g = 0
        for c in self.terms.values():
            g = gcd(g, c)
            if g == 1:
                break
        return g

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Poly) and self.const == other.const and self.terms == other.terms

    def __repr__(self) -> str:
        parts = [f"{c}*{'*'.join(map(repr, m))}" for m, c in self.terms.items()]
        return " + ".join([*parts, str(self.const)])


def same(x: Expr, y: Expr) -> bool:
    """Structural equality with a cheap hash check first."""
    return x is y or (hash(x) == hash(y) and x == y)


def to_poly(e: Expr) -> Poly:
    """Decompose an (already simplified) integer scalar expression; other nodes are atoms."""
    t = type(e)
    if t is Const:
        return Poly({}, e.value)
    if t is Binary:
        op = e.op
        if op is Op.ADD:
            return to_poly(e.a).iadd(to_poly(e.b))
        if op is Op.SUB:
            return to_poly(e.a).iadd(to_poly(e.b), -1)
        if op is Op.MUL:
            p = to_poly(e.a).mul(to_poly(e.b))
            return Poly.atom(e) if p is None else p
    elif t is Unary and e.op is Op.NEG:
        return to_poly(e.a).scaled(-1)
    return Poly.atom(e)


def mul_atom(a: Expr, b: Expr, dt: DType) -> Expr:
    """The node for a product too large to distribute, operands in canonical order."""
    if key(b) < key(a):
        a, b = b, a
    return Binary(Op.MUL, a, b, dt)


def _term(m: Monomial, c: int, dt: DType) -> Expr:
    e = m[0]
    for a in m[1:]:
        e = Binary(Op.MUL, e, a, dt)
    if c != 1:
        e = Binary(Op.MUL, e, Const(c, dt), dt)
    return e


def from_poly(p: Poly, dt: DType) -> Expr:
    """Build the canonical expression of ``p``: positive terms in key order, then the
    negative ones subtracted, then the constant (``k - x`` when every term is negative)."""
    bits = dt.bits
    items = [(m, wrap_int(c, bits)) for m, c in p.terms.items()]
    if len(items) > 1:
        items.sort(key=lambda mc: mono_key(mc[0]))
    k = wrap_int(p.const, bits)
    acc: Expr | None = None
    neg: list[tuple[Monomial, int]] = []
    for m, c in items:
        if c > 0:
            t = _term(m, c, dt)
            acc = t if acc is None else Binary(Op.ADD, acc, t, dt)
        elif c < 0:
            neg.append((m, c))
    if acc is None and neg:
        if k > 0:
            acc, k = Const(k, dt), 0
        else:
            m, c = neg.pop(0)
            acc = Unary(Op.NEG, _term(m, 1, dt), dt) if c == -1 else _term(m, c, dt)
    for m, c in neg:
        acc = Binary(Op.SUB, acc, _term(m, -c, dt), dt)  # type: ignore[arg-type]
    if acc is None:
        return Const(k, dt)
    if k > 0:
        return Binary(Op.ADD, acc, Const(k, dt), dt)
    if k < 0 and -k < (1 << (bits - 1)):
        return Binary(Op.SUB, acc, Const(-k, dt), dt)
    if k < 0:  # -k of the most negative value doesn't fit the dtype
        return Binary(Op.ADD, acc, Const(k, dt), dt)
    return acc
