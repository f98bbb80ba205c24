"""Pass remove_noops: drop statements without effect and trivial control flow (layer 4).

Pre:  none (any loop IR).
Post: no loop of constant extent <= 0; no non-thread loop of constant extent 1 (its variable
      is replaced by ``min``); no If with a constant condition; no nested or single-element
      Seq; no ``Evaluate`` of a constant; no For/If/LetStmt/Allocate whose body does nothing.
      An entirely empty body becomes a single ``Evaluate(0)``. GPU thread loops of extent 1
      are kept because they define the launch shape.
"""

from __future__ import annotations

from typing import Any

from ..ir import expr as E
from ..ir import stmt as S
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, substitute


def is_noop(stmt: S.Stmt | None) -> bool:
    """True for ``None``, ``Evaluate(<const>)`` and an empty Seq."""
    if stmt is None:
        return True
    if isinstance(stmt, S.Evaluate):
        return isinstance(stmt.value, E.Const)
    return isinstance(stmt, S.Seq) and not stmt.stmts


def _noop() -> S.Stmt:
    return S.Evaluate(E.const(0))


class _RemoveNoops(Mutator):
    def visit_Seq(self, node: S.Seq) -> S.Stmt:
        out: list[S.Stmt] = []
        for st in node.stmts:
            new = self.visit(st)
            if isinstance(new, S.Seq):
                out.extend(new.stmts)
            elif not is_noop(new):
                out.append(new)
        if not out:
            return _noop()
        if len(out) == 1:
            return out[0]
        if len(out) == len(node.stmts) and all(
            a is b for a, b in zip(out, node.stmts, strict=True)
        ):
            return node
        return S.Seq(tuple(out))

    def visit_For(self, node: S.For) -> S.Stmt:
        ext = E.const_value(node.extent)
        if isinstance(ext, int) and ext <= 0:
            return _noop()
        if ext == 1 and node.kind != S.ForKind.THREAD:
            return self.visit(substitute(node.body, {node.var: node.min}))
        new = self.generic_visit(node)
        return _noop() if is_noop(new.body) else new

    def visit_If(self, node: S.If) -> S.Stmt:
        if isinstance(node.cond, E.Const):
            branch = node.then if node.cond.value else node.orelse
            return _noop() if branch is None else self.visit(branch)
        then = self.visit(node.then)
        orelse = None if node.orelse is None else self.visit(node.orelse)
        if is_noop(orelse):
            orelse = None
        if is_noop(then):
            if orelse is None:
                return _noop()
            return S.If(E.unary(E.Op.NOT, node.cond), orelse, None)
        if then is node.then and orelse is node.orelse:
            return node
        return S.If(node.cond, then, orelse)

    def visit_LetStmt(self, node: S.LetStmt) -> S.Stmt:
        new = self.generic_visit(node)
        return _noop() if is_noop(new.body) else new

    def visit_Allocate(self, node: S.Allocate) -> S.Stmt:
        new = self.generic_visit(node)
        return _noop() if is_noop(new.body) else new


def remove_noops(func: PrimFunc) -> PrimFunc:
    """Remove empty and trivial statements.

    Example::

        for i in 0..1:                  A[0] = 1.0
          if true:               ->
            A[i] = 1.0
          0
    """
    body: Any = _RemoveNoops().visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["is_noop", "remove_noops"]
