"""Pass ``simplify``: run the arithmetic simplifier over every expression of a PrimFunc (layer 4).

Preconditions: none; any loop IR is accepted (before or after flattening, vectorized or not).
Postconditions: every expression is in the simplifier's canonical form with the same dtype and
value; an ``If`` whose condition is provable from the enclosing loop ranges is replaced by the
branch taken; a loop with extent provably 1 is replaced by its body with the loop variable
substituted by ``min``; a loop with extent provably ``<= 0`` is removed (``Evaluate(0)``).
Thread-bound loops (``ForKind.THREAD``) are never removed or inlined. Buffers are untouched.
In an SPMD kernel the thread index variables range over the launch dimensions.
"""

from __future__ import annotations

from typing import Any

from ..arith import Interval
from ..arith.simplify_stmt import simplify_stmt
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.func import PrimFunc

_LAUNCH_TAGS = (("grid", S.BLOCK_TAGS), ("block", S.THREAD_TAGS))


def launch_ranges(func: PrimFunc) -> dict[E.Var, Interval]:
    """``[0, extent - 1]`` of each thread index variable of an SPMD kernel (else empty).

    Integers wrap, so the simplifier only reasons on index arithmetic whose variables have
    ranges; a kernel's thread indices are bounded by its launch dimensions."""
    tvars: dict[str, E.Var] = func.attrs.get("thread_vars") or {}
    launch: dict[str, Any] = func.attrs.get("launch") or {}
    out: dict[E.Var, Interval] = {}
    for key, tags in _LAUNCH_TAGS:
        for tag, ext in zip(tags, launch.get(key, ()), strict=False):
            v = tvars.get(tag)
            if v is not None and v.dtype.is_int:
                ext = E.as_expr(ext)
                out[v] = Interval(E.const(0, v.dtype), E.cast(v.dtype, ext - 1))
    return out


def simplify(func: PrimFunc) -> PrimFunc:
    """Return ``func`` with its body simplified (the same object when nothing changed).

    Before / after::

        for io in 0..4:                       for io in 0..4:
          for ii in 0..32:                      for ii in 0..32:
            if io*32 + ii < 128:                  C[io*32 + ii] = A[io*32 + ii]
              C[(io*32 + ii) // 32 * 32 + (io*32 + ii) % 32] = A[io*32 + ii]
    """
    body = simplify_stmt(func.body, launch_ranges(func))
    return func if body is func.body else func.with_body(body)
