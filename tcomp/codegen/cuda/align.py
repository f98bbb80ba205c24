"""Alignment of vector accesses in GPU kernels (layer 5).

A ``float4`` load or store (``ld.global.v4.f32``) needs a 16-byte aligned address. Every
buffer a kernel touches starts 16-byte aligned: kernel arguments are whole ``cudaMalloc``
allocations (256-byte aligned; ``DeviceArray`` has no views), shared arrays and local arrays
are declared with 16-byte alignment. So an access ``buf[ramp(base, 1, lanes)]`` is aligned to
``itemsize * m`` bytes when ``base`` is provably a multiple of ``m`` (``known_multiple``), and
the emitters widen the access only as far as that proof goes; otherwise they keep it scalar.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ...ir import expr as E

BASE_ALIGN = 16  # bytes every kernel buffer is aligned to; also the widest GPU access
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


def vector_alignment(base: E.Expr, itemsize: int, lanes: int,
                     lets: Mapping[E.Var, int] | None = None) -> int:
    """Bytes of alignment provable for ``lanes`` contiguous elements from index ``base``:
    a power of two, at most the access size and ``BASE_ALIGN``, at least ``itemsize``."""
    nbytes = known_multiple(base, lets) * itemsize
    align = min(nbytes & -nbytes, BASE_ALIGN)
    while align > itemsize * lanes:
        align //= 2
    return max(align, itemsize)


__all__ = ["BASE_ALIGN", "known_multiple", "vector_alignment"]
