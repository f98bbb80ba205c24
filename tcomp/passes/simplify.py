"""Pass ``simplify``: run the arithmetic simplifier over every expression of a PrimFunc (layer 4).

Preconditions: none; any loop IR is accepted (before or after flattening, vectorized or not).
Postconditions: every expression is in the simplifier's canonical form with the same dtype and
value; an ``If`` whose condition is provable from the enclosing loop ranges is replaced by the
branch taken; a loop with extent provably 1 is replaced by its body with the loop variable
substituted by ``min``; a loop with extent provably ``<= 0`` is removed (``Evaluate(0)``).
Thread-bound loops (``ForKind.THREAD``) are never removed or inlined. Buffers are untouched.
"""

from __future__ import annotations

from ..arith.simplify_stmt import simplify_stmt
from ..ir.func import PrimFunc


def simplify(func: PrimFunc) -> PrimFunc:
    """Return ``func`` with its body simplified (the same object when nothing changed).

    Before / after::

        for io in 0..4:                       for io in 0..4:
          for ii in 0..32:                      for ii in 0..32:
            if io*32 + ii < 128:                  C[io*32 + ii] = A[io*32 + ii]
              C[(io*32 + ii) // 32 * 32 + (io*32 + ii) % 32] = A[io*32 + ii]
    """
    body = simplify_stmt(func.body)
    return func if body is func.body else func.with_body(body)
