"""Pass insert_barriers: ``__syncthreads()`` where a block's threads share data (layer 4).

A block's threads communicate through shared memory; a barrier makes every write before it
visible to every read after it. Barriers go at block level (outside the threadIdx loops,
which are one thread's work)::

    for t  # threadIdx: A.shared[t] = A[..]          for t  # threadIdx: A.shared[t] = A[..]
    for t  # threadIdx: B[t] = A.shared[15 - t]  ->  barrier
                                                     for t  # threadIdx: B[t] = A.shared[15 - t]

Pre:  one kernel of ``split_host_device`` (bound loops, not yet SPMD).
Post: in every Seq outside threadIdx loops, a Barrier between two statements when the later
      one reads or writes a shared buffer the earlier ones (since the last barrier) wrote,
      or writes one they read; a Barrier at the end of the body of a block-level loop that
      reads and writes a shared buffer (the next iteration overwrites what was read).
"""

from __future__ import annotations

from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.stmt import THREAD_TAGS
from ...ir.visitor import Mutator, walk


def _shared_access(s: S.Stmt) -> tuple[set[Buffer], set[Buffer]]:
    reads: set[Buffer] = set()
    writes: set[Buffer] = set()
    for n in walk(s):
        if isinstance(n, S.Store) and n.buffer.scope == "shared":
            writes.add(n.buffer)
        elif isinstance(n, E.Load) and n.buffer.scope == "shared":
            reads.add(n.buffer)
    return reads, writes


class _InsertBarriers(Mutator):
    """Barriers at block level (outside thread loops), where threads communicate."""

    def visit_For(self, node: S.For) -> S.Stmt:
        if node.kind == S.ForKind.THREAD and node.thread_tag in THREAD_TAGS:
            return node  # one thread's work: no barrier inside
        body = self.visit(node.body)
        if node.kind != S.ForKind.THREAD:
            reads, writes = _shared_access(body)
            last = body.stmts[-1] if isinstance(body, S.Seq) else body
            if reads & writes and not isinstance(last, S.Barrier):
                body = S.seq(body, S.Barrier())  # the next iteration overwrites shared data
        return node if body is node.body else S.For(node.var, node.min, node.extent, node.kind,
                                                    body, node.thread_tag)

    def visit_Seq(self, node: S.Seq) -> S.Stmt:
        out: list[S.Stmt] = []
        pend_r: set[Buffer] = set()
        pend_w: set[Buffer] = set()
        for c in node.stmts:
            c = self.visit(c)
            if isinstance(c, S.Barrier):
                pend_r, pend_w = set(), set()
                out.append(c)
                continue
            r, w = _shared_access(c)
            if (r | w) & pend_w or w & pend_r:
                out.append(S.Barrier())
                pend_r, pend_w = set(), set()
            pend_r |= r
            pend_w |= w
            out.append(c)
        return S.Seq(tuple(out))


def insert_barriers(kernel: PrimFunc) -> PrimFunc:
    """``kernel`` with barriers where its threads communicate (see module doc)."""
    body = _InsertBarriers().visit(kernel.body)
    return kernel if body is kernel.body else kernel.with_body(body)


__all__ = ["insert_barriers"]
