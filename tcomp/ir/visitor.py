"""Generic visitors over IR nodes: walk, Mutator, substitute (layer 1).

A ``Mutator`` dispatches on the node class name (``visit_Binary``); the default rebuilds a
node only when one of its children changed, so untouched subtrees are shared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .buffer import Buffer
from .expr import CommReducer, Expr, IterVar, Range, Var
from .stmt import Stmt

_CHILD_TYPES = (Expr, Stmt, Range, tuple)


def children(node: Any) -> Iterator[Any]:
    """Direct Expr/Stmt children of a node, in field order (tuples are flattened)."""
    for name in getattr(node, "_fields", ()):
        if name in ("dtype", "combiner"):
            continue
        value = getattr(node, name)
        if isinstance(value, tuple):
            for v in value:
                if isinstance(v, (Expr, Stmt)):
                    yield v
                elif isinstance(v, IterVar):
                    yield v.dom.min
                    yield v.dom.extent
        elif isinstance(value, (Expr, Stmt)):
            yield value
        elif isinstance(value, Range):
            yield value.min
            yield value.extent


def walk(node: Any) -> Iterator[Any]:
    """Pre-order traversal of every Expr and Stmt under ``node`` (``node`` included)."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))


def free_vars(node: Any) -> set[Var]:
    """Variables used under ``node`` (bound ones included; loop IR binds few)."""
    return {n for n in walk(node) if isinstance(n, Var)}


def uses_var(node: Any, var: Var) -> bool:
    return any(n is var for n in walk(node))


class Mutator:
    """Rebuild-on-change IR transformer. Override ``visit_<Class>`` methods."""

    def __init__(self) -> None:
        self._dispatch: dict[type, Callable[[Any], Any]] = {}

    def visit(self, node: Any) -> Any:
        fn = self._dispatch.get(type(node))
        if fn is None:
            fn = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
            self._dispatch[type(node)] = fn
        return fn(node)

    def visit_Var(self, node: Var) -> Any:
        return node

    def visit_Const(self, node: Any) -> Any:
        return node

    def _visit_field(self, value: Any) -> Any:
        if isinstance(value, (Expr, Stmt)):
            return self.visit(value)
        if isinstance(value, tuple):
            new = tuple(self._visit_field(v) for v in value)
            return value if all(a is b for a, b in zip(new, value, strict=False)) else new
        if isinstance(value, Range):
            mn, ext = self.visit(value.min), self.visit(value.extent)
            return value if (mn is value.min and ext is value.extent) else Range(mn, ext)
        return value

    def generic_visit(self, node: Any) -> Any:
        changes = {}
        for name in node._fields:
            if name in ("dtype", "combiner", "buffer", "tensor", "axis", "var"):
                continue
            old = getattr(node, name)
            new = self._visit_field(old)
            if new is not old:
                changes[name] = new
        if not changes:
            return node
        new_node = dataclasses.replace(node, **changes)
        return _retype(new_node)


def _retype(node: Any) -> Any:
    """Recompute a node's dtype after a child changed lanes (vectorization)."""
    from . import expr as E

    if isinstance(node, E.Binary):
        if node.a.dtype.lanes != node.b.dtype.lanes:
            return E.binary(node.op, node.a, node.b)
        lanes = node.a.dtype.lanes
        if node.dtype.lanes != lanes:
            return dataclasses.replace(node, dtype=node.dtype.with_lanes(lanes))
    elif isinstance(node, E.Unary):
        if node.dtype.lanes != node.a.dtype.lanes:
            return dataclasses.replace(node, dtype=node.dtype.with_lanes(node.a.dtype.lanes))
    elif isinstance(node, E.Cast):
        if node.dtype.lanes != node.value.dtype.lanes:
            return dataclasses.replace(node, dtype=node.dtype.with_lanes(node.value.dtype.lanes))
    elif isinstance(node, E.Select):
        lanes = {node.cond.dtype.lanes, node.t.dtype.lanes, node.f.dtype.lanes}
        if len(lanes) > 1 or node.dtype.lanes not in lanes:
            return E.select(node.cond, node.t, node.f)
    elif isinstance(node, E.Load):
        lanes = max(i.dtype.lanes for i in node.indices) if node.indices else 1
        if node.dtype.lanes != lanes:
            return dataclasses.replace(node, dtype=node.dtype.with_lanes(lanes))
    elif isinstance(node, E.Ramp):
        if node.base.dtype.lanes != 1 or node.stride.dtype.lanes != 1:
            raise AssertionError("Ramp of vectors")
    return node


class _Substitute(Mutator):
    def __init__(self, vmap: Mapping[Var, Expr]) -> None:
        super().__init__()
        self.vmap = vmap

    def visit_Var(self, node: Var) -> Any:
        return self.vmap.get(node, node)

    def visit_Reduce(self, node: Any) -> Any:
        new_src = self._visit_field(node.source)
        new_cond = self.visit(node.condition)
        new_axis = tuple(
            iv if (self.visit(iv.dom.min) is iv.dom.min
                   and self.visit(iv.dom.extent) is iv.dom.extent)
            else IterVar(iv.var, Range(self.visit(iv.dom.min), self.visit(iv.dom.extent)), iv.kind,
                         iv.location)
            for iv in node.axis
        )
        if new_src is node.source and new_cond is node.condition and all(
            a is b for a, b in zip(new_axis, node.axis, strict=False)
        ):
            return node
        return dataclasses.replace(node, source=new_src, condition=new_cond, axis=new_axis)


def substitute(node: Any, vmap: Mapping[Var, Expr]) -> Any:
    """Replace variables by expressions everywhere under ``node``."""
    if not vmap:
        return node
    return _Substitute(vmap).visit(node)


class _BufferReplace(Mutator):
    def __init__(self, bmap: Mapping[Buffer, Buffer]) -> None:
        super().__init__()
        self.bmap = bmap

    def visit_Load(self, node: Any) -> Any:
        node = self.generic_visit(node)
        b = self.bmap.get(node.buffer)
        return node if b is None else dataclasses.replace(node, buffer=b)

    def visit_Store(self, node: Any) -> Any:
        node = self.generic_visit(node)
        b = self.bmap.get(node.buffer)
        return node if b is None else dataclasses.replace(node, buffer=b)

    visit_Allocate = visit_Prefetch = visit_Store


def replace_buffers(node: Any, bmap: Mapping[Buffer, Buffer]) -> Any:
    return _BufferReplace(bmap).visit(node) if bmap else node


__all__ = ["CommReducer", "Mutator", "children", "free_vars", "replace_buffers", "substitute",
           "uses_var", "walk"]
