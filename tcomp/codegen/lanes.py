"""What a code generator can prove about integer index expressions (layer 5): a divisor of
a scalar (``known_multiple``), and a vector index's lanes as one scalar plus constant
offsets (``lane_offsets``), which turns a strided or repeating vector read into contiguous
loads and a shuffle instead of a gather.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ..ir import expr as E

_ANY = 1 << 30  # "a multiple of anything" (the constant 0)


def known_multiple(e: E.Expr, lets: Mapping[E.Var, int] | None = None) -> int:
    """A positive m such that the integer ``e`` is a multiple of m for every value of its
    variables (``lets``: what is known of let-bound variables; others count as 1)."""
    if isinstance(e, E.Const):
        if not e.dtype.is_int:
            return 1
        return abs(int(e.value)) or _ANY
    if isinstance(e, E.Var):
        return (lets or {}).get(e, 1)
    if isinstance(e, E.Cast) and e.dtype.is_int and e.value.dtype.is_int:
        return known_multiple(e.value, lets)
    if isinstance(e, E.Select):
        return math.gcd(known_multiple(e.t, lets), known_multiple(e.f, lets))
    if isinstance(e, E.Binary) and e.dtype.is_int:
        a, b = known_multiple(e.a, lets), known_multiple(e.b, lets)
        if e.op in (E.Op.ADD, E.Op.SUB, E.Op.MIN, E.Op.MAX):
            return math.gcd(a, b)
        if e.op == E.Op.MUL:
            return min(a * b, _ANY)
    return 1


def _scalar_const(e: E.Expr) -> int | None:
    """The int a broadcast constant (or a scalar constant) holds, else None."""
    if isinstance(e, E.Broadcast):
        e = e.value
    if isinstance(e, E.Const) and e.dtype.is_int:
        return int(e.value)
    return None


def lane_offsets(e: E.Expr) -> tuple[E.Expr, list[int]] | None:
    """``(base, offsets)`` with lane k of the integer vector ``e`` equal to
    ``base + offsets[k]`` (``base`` a scalar expression, the offsets constants), for vectors
    built from ramps with constant strides and broadcasts by +, -, * a constant, and // or %
    a positive constant where ``base`` is provably a multiple of it; else None.

    Exact integer arithmetic is assumed, as for an index whose every lane addresses the
    buffer: the lanes of ``ramp(2b, 1, 8) // 2`` are ``b + [0, 0, 1, 1, 2, 2, 3, 3]``.
    """
    if not e.dtype.is_int:
        return None
    if isinstance(e, E.Ramp):
        s = _scalar_const(e.stride)
        if s is None or e.base.dtype.lanes != 1:
            return None
        return e.base, [s * k for k in range(e.lanes)]
    if isinstance(e, E.Broadcast):
        return (e.value, [0] * e.lanes) if e.value.dtype.lanes == 1 else None
    if isinstance(e, E.Cast) and e.value.dtype.is_int:
        r = lane_offsets(e.value)
        return None if r is None else (E.cast(e.dtype.with_lanes(1), r[0]), r[1])
    if not isinstance(e, E.Binary):
        return None
    if e.op in (E.Op.ADD, E.Op.SUB):
        a, b = lane_offsets(e.a), lane_offsets(e.b)
        if a is None or b is None:
            return None
        sign = 1 if e.op == E.Op.ADD else -1
        base = a[0] + b[0] if sign == 1 else a[0] - b[0]
        return base, [x + sign * y for x, y in zip(a[1], b[1], strict=True)]
    c = _scalar_const(e.b)
    if c is None:
        return None
    a = lane_offsets(e.a)
    if a is None:
        return None
    if e.op == E.Op.MUL:
        return a[0] * c, [x * c for x in a[1]]
    if e.op in (E.Op.FLOORDIV, E.Op.FLOORMOD) and c > 0 and known_multiple(a[0]) % c == 0:
        if e.op == E.Op.FLOORDIV:
            return a[0] // c, [x // c for x in a[1]]
        return E.const(0, a[0].dtype), [x % c for x in a[1]]
    return None


__all__ = ["known_multiple", "lane_offsets"]
