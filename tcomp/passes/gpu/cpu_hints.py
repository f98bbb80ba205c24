"""Pass drop_cpu_hints: remove the CPU's cache hints from a GPU function (layer 4).

Pre:  any loop IR.
Post: no Prefetch (each became ``Evaluate(0)``, which ``remove_noops`` drops) and no
      streamed Store (each an ordinary one): a schedule's ``prefetch`` and ``stream`` are
      hints for a CPU's caches; a GPU kernel stages its data with ``cache_read`` into shared
      memory instead.
"""

from __future__ import annotations

import dataclasses

from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.visitor import Mutator


class _DropHints(Mutator):
    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        return S.Evaluate(E.const(0))

    def visit_Store(self, node: S.Store) -> S.Stmt:
        node = self.generic_visit(node)
        return dataclasses.replace(node, stream=False) if node.stream else node


def drop_cpu_hints(func: PrimFunc) -> PrimFunc:
    """``func`` without Prefetch statements and streamed stores (the same object when it has
    neither)."""
    body = _DropHints().visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["drop_cpu_hints"]
