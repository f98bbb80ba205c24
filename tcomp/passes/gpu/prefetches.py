"""Pass drop_prefetches: remove the CPU's prefetch hints from a GPU function (layer 4).

Pre:  any loop IR.
Post: no Prefetch (each became ``Evaluate(0)``, which ``remove_noops`` drops): a schedule's
      ``prefetch`` is a hint for a CPU's caches; a GPU kernel stages its data with
      ``cache_read`` into shared memory instead.
"""

from __future__ import annotations

from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.visitor import Mutator


class _DropPrefetches(Mutator):
    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        return S.Evaluate(E.const(0))


def drop_prefetches(func: PrimFunc) -> PrimFunc:
    """``func`` without Prefetch statements (the same object when it has none)."""
    body = _DropPrefetches().visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["drop_prefetches"]
