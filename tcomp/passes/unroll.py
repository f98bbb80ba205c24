"""Pass unroll: ForKind.UNROLLED loops -> a sequence of copies of the body (layer 4).

Pre:  none (any loop IR).
Post: no UNROLLED loop remains. A loop of constant extent n becomes n copies of its body with
      the loop variable replaced by ``min + k``; variables bound inside a copy (inner loops,
      lets) and buffers allocated inside it are fresh per copy, so every binding stays unique.
      Inner unrolled loops are expanded first, so nested unrolling multiplies. A loop with a
      non-constant extent, more than ``max_extent`` iterations or more than ``max_stmts``
      resulting statements stays as a SERIAL loop; the reason is logged at debug level.
"""

from __future__ import annotations

import logging
from typing import Any

from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, walk

log = logging.getLogger("tcomp")


class _Copy(Mutator):
    """Substitute variables and give every binder under the node a fresh Var/Buffer."""

    def __init__(self, vmap: dict[E.Var, E.Expr]) -> None:
        super().__init__()
        self.vmap: dict[E.Var, E.Expr] = dict(vmap)
        self.bmap: dict[Buffer, Buffer] = {}

    def visit_Var(self, node: E.Var) -> E.Expr:
        return self.vmap.get(node, node)

    def _fresh(self, var: E.Var) -> E.Var:
        new = E.Var(var.name, var.dtype)
        self.vmap[var] = new
        return new

    def visit_For(self, node: S.For) -> S.Stmt:
        mn, ext = self.visit(node.min), self.visit(node.extent)
        var = self._fresh(node.var)
        return S.For(var, mn, ext, node.kind, self.visit(node.body), node.thread_tag)

    def visit_LetStmt(self, node: S.LetStmt) -> S.Stmt:
        value = self.visit(node.value)
        var = self._fresh(node.var)
        return S.LetStmt(var, value, self.visit(node.body))

    def visit_Allocate(self, node: S.Allocate) -> S.Stmt:
        old = node.buffer
        new = Buffer(old.name, tuple(self.visit(d) for d in old.shape), old.dtype, old.scope)
        self.bmap[old] = new
        return S.Allocate(new, self.visit(node.body))

    def visit_Load(self, node: E.Load) -> E.Expr:
        idx = tuple(self.visit(i) for i in node.indices)
        return E.Load(self.bmap.get(node.buffer, node.buffer), idx, node.dtype)

    def visit_Store(self, node: S.Store) -> S.Stmt:
        idx = tuple(self.visit(i) for i in node.indices)
        return S.Store(self.bmap.get(node.buffer, node.buffer), idx, self.visit(node.value),
                       node.stream)

    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        idx = tuple(self.visit(i) for i in node.indices)
        return S.Prefetch(self.bmap.get(node.buffer, node.buffer), idx, node.write)


def fresh_copy(stmt: S.Stmt, vmap: dict[E.Var, E.Expr]) -> S.Stmt:
    """``stmt`` with ``vmap`` substituted and every variable and buffer bound inside it fresh
    (a copy that can sit beside the original)."""
    return _Copy(vmap).visit(stmt)


def count_stmts(stmt: S.Stmt) -> int:
    return sum(1 for n in walk(stmt) if isinstance(n, S.Stmt) and not isinstance(n, S.Seq))


def _index(base: E.Expr, k: int, var: E.Var) -> E.Expr:
    if isinstance(base, E.Const):
        return E.const(base.value + k, var.dtype)
    base = E.cast(var.dtype, base)
    return base if k == 0 else E.binary(E.Op.ADD, base, E.const(k, var.dtype))


class _Unroller(Mutator):
    def __init__(self, max_extent: int, max_stmts: int) -> None:
        super().__init__()
        self.max_extent = max_extent
        self.max_stmts = max_stmts

    def visit_For(self, node: S.For) -> Any:
        node = self.generic_visit(node)  # inner loops first, so nested unrolling multiplies
        if node.kind != S.ForKind.UNROLLED:
            return node
        ext = E.const_value(node.extent)
        reason = ""
        if not isinstance(ext, int):
            reason = f"its extent {node.extent!r} is not a constant"
        elif ext > self.max_extent:
            reason = f"its extent {ext} exceeds {self.max_extent} iterations"
        elif ext * count_stmts(node.body) > self.max_stmts:
            reason = (f"{ext} copies of {count_stmts(node.body)} statement(s) exceed "
                      f"{self.max_stmts} statements")
        if reason:
            log.debug("unroll: loop '%s' kept serial: %s", node.var.name, reason)
            return S.For(node.var, node.min, node.extent, S.ForKind.SERIAL, node.body,
                         node.thread_tag)
        copies = [_Copy({node.var: _index(node.min, k, node.var)}).visit(node.body)
                  for k in range(max(ext, 0))]
        return S.seq(*copies)


def unroll(func: PrimFunc, *, max_extent: int = 512, max_stmts: int = 20000) -> PrimFunc:
    """Expand every ``unrolled`` loop with a constant extent into copies of its body.

    Example::

        for k in 0..3:  # unrolled          C[0] = C[0] + A[0]
          C[0] = C[0] + A[k]          ->    C[0] = C[0] + A[1]
                                            C[0] = C[0] + A[2]
    """
    body = _Unroller(max_extent, max_stmts).visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["count_stmts", "fresh_copy", "unroll"]
