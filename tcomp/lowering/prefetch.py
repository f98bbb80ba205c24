"""The schedule's ``prefetch``: Prefetch statements ahead of a loop's loads (layer 4, part of
nest emission)."""

from __future__ import annotations

from typing import Any

from ..arith import simplify
from ..dsl.tensor import Tensor
from ..errors import ScheduleError
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.visitor import Mutator, substitute, walk
from ..schedule.schedule import Stage


def prefetched(body: S.Stmt, st: Stage, tensor: Tensor, iv: E.IterVar, offset: int,
               bufs: set[Buffer]) -> S.Stmt:
    """``body`` (of loop ``iv`` of stage ``st``) with a Prefetch, ``offset`` iterations of
    ``iv`` ahead, before each statement that loads ``tensor`` from one of ``bufs`` (or, if
    ``tensor`` is ``st``'s own output, stores to them)."""
    ins = _InsertPrefetches(bufs, iv.var, offset, write=tensor.op is st.op)
    body = ins.visit(body)
    if not ins.count and ins.gathers:
        raise ScheduleError(
            f"stage '{st.name}': prefetch('{tensor.name}') at loop '{iv.var.name}': "
            f"every read of '{tensor.name}' there is at an index read from memory (a "
            "gather); its address ahead would need that index read ahead, past the loop's "
            "range, which can fault; prefetch the index tensor instead")
    if not ins.count:
        raise ScheduleError(
            f"stage '{st.name}': prefetch('{tensor.name}') at loop '{iv.var.name}': "
            f"nothing inside that loop loads '{tensor.name}' (a cache_read moved the reads "
            "to its copy, or the reads were inlined away); prefetch the tensor that is read")
    return body


class _InsertPrefetches(Mutator):
    """Put ``Prefetch(buf, idx[var := var + offset])`` before each Store whose value loads
    one of ``bufs`` (once per distinct index). An index that itself loads from memory (a
    gather) is skipped and counted in ``gathers``: shifting it would read its index tensor
    ahead, out of range, and that read can fault where the hint cannot."""

    def __init__(self, bufs: set[Buffer], var: E.Var, offset: int, write: bool = False) -> None:
        super().__init__()
        self.bufs, self.shift, self.write = bufs, {var: var + offset}, write
        self.count = self.gathers = 0

    def _ahead(self, indices: tuple[E.Expr, ...]) -> tuple[E.Expr, ...] | None:
        if any(isinstance(n, E.Load) for i in indices for n in walk(i)):
            self.gathers += 1
            return None
        return tuple(simplify(substitute(i, self.shift)) for i in indices)

    def visit_Store(self, node: S.Store) -> S.Stmt:
        seen: dict[tuple[Any, ...], S.Prefetch] = {}
        if self.write:
            idx = self._ahead(node.indices) if node.buffer in self.bufs else None
            if idx is None:
                return node
            self.count += 1
            return S.seq(S.Prefetch(node.buffer, idx, True), node)
        for n in walk(node.value):
            if isinstance(n, E.Load) and n.buffer in self.bufs:
                idx = self._ahead(n.indices)
                if idx is not None:
                    seen.setdefault((n.buffer, idx), S.Prefetch(n.buffer, idx))
        self.count += len(seen)
        return S.seq(*seen.values(), node) if seen else node


__all__ = ["prefetched"]
