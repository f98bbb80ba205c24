"""Run-time bounds checks of the CPU code: which accesses get one, and how a kernel reports
the first out-of-bounds access it skipped (layer 5).

Modes (``func.attrs["bounds_check"]``, set by ``tc.build``):

- ``"all"`` (``bounds_check=True``, ``TCOMP_BOUNDS_CHECK=1``): every Load/Store whose flat
  index the bound analysis can't prove inside its buffer, under the ranges of the enclosing
  loops, the If conditions and the condition of a scalar Select around it.
- ``"gather"`` (the default): only accesses whose index is read from memory (a gather or
  scatter through an index tensor), again unless proved in range.
- ``"off"`` (``bounds_check=False``): none.

A checked access that is out of range is skipped (a load gives zero) and records its error in
the module's global ``<symbol>_oob``, three i64: ``code`` (0: none, else ``2 * buffer + 1 +
is_store``), the flat index and the buffer's size. The first error wins (cmpxchg), so
parallel loops report one of their errors. Buffers are numbered as ``buffer_table`` lists
them: the parameters, then every Allocate in walk order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ... import config
from ...arith.bounds import Interval
from ...arith.fold import scalar_const
from ...arith.simplify_stmt import StmtSimplifier
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.visitor import children, walk

MODES = ("off", "gather", "all")
OOB_SUFFIX = "_oob"


def resolve_mode(bounds_check: bool | str | None) -> str:
    """The mode of a ``bounds_check`` option: True/False, a mode name, or None for the
    default (``"all"`` under ``TCOMP_BOUNDS_CHECK=1``, else ``"gather"``)."""
    if bounds_check is None:
        return "all" if config.get().bounds_check else "gather"
    if bounds_check is True or bounds_check is False:
        return "all" if bounds_check else "off"
    if bounds_check not in MODES:
        raise ValueError(f"bounds_check={bounds_check!r}: expected True, False or None")
    return str(bounds_check)


def func_mode(func: PrimFunc) -> str:
    """The checking mode of a function (its attribute, else the configured default)."""
    return resolve_mode(func.attrs.get("bounds_check"))


def buffer_table(func: PrimFunc) -> list[Buffer]:
    """Buffers in error-code order: the parameters, then each Allocate in walk order."""
    out = list(func.params)
    seen = set(out)
    for n in walk(func.body):
        if isinstance(n, S.Allocate) and n.buffer not in seen:
            seen.add(n.buffer)
            out.append(n.buffer)
    return out


def unravel(index: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """Row-major multi-index of a flat ``index``; what lies beyond the shape goes to the
    first dimension, so ``unravel(17, (4, 4)) == (4, 1)`` and ``unravel(-1, (4, 4)) == (-1,
    3)``."""
    out = []
    for n in reversed(shape[1:]):
        index, r = divmod(index, n) if n else (index, 0)
        out.append(r)
    return (index, *reversed(out))


def _has_load(e: Any) -> bool:
    return any(isinstance(n, E.Load) for n in walk(e))


class _Analysis(StmtSimplifier):
    """Walks a flattened function with the ranges in scope and collects the ids of the
    Load/Store nodes whose index isn't proved inside the buffer."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.need: set[int] = set()
        self.data_vars: set[E.Var] = set()  # loop/let variables whose value comes from memory

    # ------------------------------------------------------------------ statements
    def stmt(self, s: S.Stmt) -> None:
        t = type(s)
        if t is S.Seq:
            for x in s.stmts:
                self.stmt(x)
        elif t is S.For:
            self.scan(s.min)
            self.scan(s.extent)
            if self.data(s.min) or self.data(s.extent):
                self.data_vars.add(s.var)
            sim = self.sim
            dt = s.var.dtype
            mn = sim.as_dtype(sim.visit(s.min), dt)
            last = sim.visit(mn + sim.as_dtype(sim.visit(s.extent), dt) - 1)
            with self._scope({s.var: Interval(mn, last)}):
                self.stmt(s.body)
        elif t is S.If:
            self.scan(s.cond)
            cond = self.sim.visit(s.cond)
            with self._scope(*self._narrow(cond, True)):
                self.stmt(s.then)
            if s.orelse is not None:
                with self._scope(*self._narrow(cond, False)):
                    self.stmt(s.orelse)
        elif t is S.LetStmt:
            self.scan(s.value)
            if self.data(s.value):
                self.data_vars.add(s.var)
            v = s.value
            known = {s.var: Interval(v, v)} if v.dtype == s.var.dtype and \
                v.dtype.kind == "i" and v.dtype.lanes == 1 else {}
            with self._scope(known):
                self.stmt(s.body)
        elif t is S.Store:
            self.scan(s.value)
            for i in s.indices:
                self.scan(i)
            self.check(s, s.buffer, s.indices)
        elif t is S.Allocate:
            for d in s.buffer.shape:
                self.scan(d)
            self.stmt(s.body)
        elif t is S.Evaluate:
            self.scan(s.value)

    # ------------------------------------------------------------------ expressions
    def scan(self, e: E.Expr) -> None:
        """Check the loads of ``e``; a scalar Select's condition narrows its branches."""
        if type(e) is E.Select and e.cond.dtype.lanes == 1 and (
                _has_load(e.t) or _has_load(e.f)):
            self.scan(e.cond)
            cond = self.sim.visit(e.cond)
            with self._scope(*self._narrow(cond, True)):
                self.scan(e.t)
            with self._scope(*self._narrow(cond, False)):
                self.scan(e.f)
            return
        for c in children(e):
            self.scan(c)
        if type(e) is E.Load:
            self.check(e, e.buffer, e.indices)

    def data(self, e: E.Expr) -> bool:
        """Whether ``e``'s value depends on memory (a load, or a variable bound to one)."""
        return any(type(n) is E.Load or (isinstance(n, E.Var) and n in self.data_vars)
                   for n in walk(e))

    def check(self, node: Any, buf: Buffer, indices: tuple[E.Expr, ...]) -> None:
        if len(indices) != 1:
            self.need.add(id(node))  # not flattened: codegen refuses it anyway
            return
        idx = indices[0]
        if self.mode == "gather" and not self.data(idx):
            return
        if not self.proved(idx, buf):
            self.need.add(id(node))

    def proved(self, idx: E.Expr, buf: Buffer) -> bool:
        sim = self.sim
        size: E.Expr = E.const(1, idx.dtype.scalar)
        for d in buf.shape:
            size = size * sim.as_dtype(d, idx.dtype.scalar)
        size = sim.visit(size)
        lo, hi = sim.cb.expr(idx)  # numeric bounds first: the static case costs little
        if lo is not None and lo >= 0 and hi is not None and type(size) is E.Const and \
                hi < size.value:
            return True
        return all(scalar_const(sim.visit(E.binary(E.Op.GE, x, E.const(0, x.dtype)))) is True
                   and scalar_const(sim.visit(E.binary(E.Op.LT, x, size))) is True
                   for x in _ends(idx))


def _ends(idx: E.Expr) -> Iterator[E.Expr]:
    """Scalar expressions whose range covers every lane of ``idx``."""
    if idx.dtype.lanes == 1:
        yield idx
    elif type(idx) is E.Ramp and idx.base.dtype.lanes == 1:
        yield idx.base
        yield idx.base + idx.stride * (idx.lanes - 1)
    elif type(idx) is E.Broadcast:
        yield idx.value
    else:
        yield E.Var("unprovable", idx.dtype.scalar)  # an unranged var proves nothing


def accesses_to_check(func: PrimFunc, mode: str) -> set[int]:
    """Ids of the Load/Store nodes of ``func`` that need a run-time check in ``mode``."""
    if mode == "off":
        return set()
    if mode == "gather" and not any(
            (isinstance(n, (E.Load, S.Store)) and any(_has_load(i) for i in n.indices))
            or (isinstance(n, (S.LetStmt, S.For)) and any(
                _has_load(c) for c in children(n) if isinstance(c, E.Expr)))
            for n in walk(func.body)):
        return set()  # no index comes from memory
    a = _Analysis(mode)
    a.stmt(func.body)
    return a.need


__all__ = ["MODES", "OOB_SUFFIX", "accesses_to_check", "buffer_table", "func_mode",
           "resolve_mode", "unravel"]
