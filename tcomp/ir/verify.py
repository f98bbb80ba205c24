"""Structural and type checks of a PrimFunc; failures show a window of printed IR (layer 1).

``verify(func)`` runs after every pass when ``TCOMP_VERIFY=1`` (and always in tests). A failure
is a tcomp bug, reported as IRVerifyError with the offending node marked in the printed IR.
"""

from __future__ import annotations

from typing import Any

from .. import dtypes
from ..errors import IRVerifyError
from . import expr as E
from . import stmt as S
from .buffer import SCOPES, Buffer
from .func import PrimFunc
from .printer import Printer

_WINDOW = 8  # printed lines shown on each side of the offending statement


def verify(func: PrimFunc) -> None:
    """Check ``func``'s invariants; raise IRVerifyError naming the first violation.

    Checked: every Var is bound (loop var, LetStmt, ``dim_vars`` or a Var in a parameter
    shape) where it is used, and each loop/let var is bound only once; Load/Store index arity
    equals the buffer's ndim (1 when ``attrs["flattened"]``); indices are integers; loaded and
    stored values have the buffer's dtype and the index's lanes; buffers are parameters or
    used inside their Allocate; For bounds are int64; conditions are bool; operand types of
    every expression agree with its dtype; no DSL-only nodes (Reduce, ProducerLoad) remain.
    """
    _Verifier(func).run()


class _Verifier:
    def __init__(self, func: PrimFunc) -> None:
        self.func = func
        self.flat = bool(func.attrs.get("flattened"))
        self.bound: set[E.Var] = set(func.dim_vars)
        for b in func.params:
            for d in b.shape:
                self.bound |= {n for n in _vars(d)}
        self.dim_vars = set(self.bound)
        self.buffers: set[Buffer] = set(func.params)
        self.stmt_at: S.Stmt | None = None

    def fail(self, msg: str, node: Any = None) -> None:
        p = Printer()
        lines = p.func(self.func).split("\n")
        start = 2 if self.func.attrs.get("launch") else 1
        idx = _locate(p, self.func.body, self.stmt_at, start) if self.stmt_at is not None else 0
        idx = 0 if idx is None else idx
        lo, hi = max(0, idx - _WINDOW), min(len(lines), idx + _WINDOW + 1)
        window = "\n".join(
            (">> " if k == idx else "   ") + lines[k] for k in range(lo, hi))
        at = ""
        if node is not None:
            text = p.expr(node) if isinstance(node, E.Expr) else repr(node).split("\n")[0]
            at = f"\n  offending node: {text}"
        raise IRVerifyError(
            f"IR verify failed in func '{self.func.name}': {msg}{at}\n{window}")

    def run(self) -> None:
        seen: set[Buffer] = set()
        for b in self.func.params:
            if b in seen:
                self.fail(f"buffer '{b.name}' is listed twice in the parameters")
            seen.add(b)
        for v in self.func.dim_vars:
            if not v.dtype.is_int:
                self.fail(f"dim var '{v.name}' has dtype {v.dtype}; dims are integers")
        self.stmt(self.func.body)

    # ---------------------------------------------------------------- statements
    def bind(self, var: E.Var, what: str) -> None:
        # Sequential loops may reuse a Var (peeled copies, a reduction's init and update
        # nests); re-binding it inside its own scope would shadow it and is an error.
        if var in self.bound or var in self.dim_vars:
            self.fail(f"{what} variable '{var.name}' is bound again inside its own scope "
                      "(a nested loop/let needs its own Var)")
        self.bound.add(var)

    def stmt(self, s: S.Stmt) -> None:
        outer, self.stmt_at = self.stmt_at, s
        if isinstance(s, S.For):
            for part, e in (("min", s.min), ("extent", s.extent)):
                self.expr(e)
                if e.dtype != dtypes.int64:
                    self.fail(f"loop '{s.var.name}' {part} has dtype {e.dtype}; For bounds "
                              "must be int64", e)
            if s.var.dtype != dtypes.int64:
                self.fail(f"loop variable '{s.var.name}' has dtype {s.var.dtype}, not int64")
            if s.kind == S.ForKind.THREAD and not s.thread_tag:
                self.fail(f"thread loop '{s.var.name}' has no thread_tag (e.g. threadIdx.x)")
            self.bind(s.var, "loop")
            self.stmt(s.body)
            self.bound.discard(s.var)
        elif isinstance(s, S.LetStmt):
            self.expr(s.value)
            if s.value.dtype != s.var.dtype:
                self.fail(f"let '{s.var.name}' has dtype {s.var.dtype} but its value is "
                          f"{s.value.dtype}", s.value)
            self.bind(s.var, "let")
            self.stmt(s.body)
            self.bound.discard(s.var)
        elif isinstance(s, S.Seq):
            for c in s.stmts:
                self.stmt(c)
        elif isinstance(s, S.Store):
            lanes = self.access(s.buffer, s.indices, "store to")
            self.expr(s.value)
            vt = s.value.dtype
            if vt.scalar != s.buffer.dtype.scalar:
                self.fail(f"store of a {vt} value into buffer '{s.buffer.name}' of dtype "
                          f"{s.buffer.dtype}; insert a Cast", s.value)
            if vt.lanes != lanes:
                self.fail(f"store to '{s.buffer.name}' writes a {vt.lanes}-lane value at a "
                          f"{lanes}-lane index", s.value)
        elif isinstance(s, S.Allocate):
            b = s.buffer
            if b in self.buffers:
                self.fail(f"buffer '{b.name}' is allocated while already live (a parameter or "
                          "an enclosing Allocate)")
            if b.scope not in SCOPES:
                self.fail(f"buffer '{b.name}' has unknown scope {b.scope!r}")
            for d in b.shape:
                self.expr(d)
                if not d.dtype.is_int or d.dtype.lanes != 1:
                    self.fail(f"dim of buffer '{b.name}' has dtype {d.dtype}", d)
            self.buffers.add(b)
            self.stmt(s.body)
            self.buffers.discard(b)
        elif isinstance(s, S.If):
            self.expr(s.cond)
            if s.cond.dtype != dtypes.bool_:
                self.fail(f"If condition has dtype {s.cond.dtype}; it must be a scalar bool",
                          s.cond)
            self.stmt(s.then)
            if s.orelse is not None:
                self.stmt(s.orelse)
        elif isinstance(s, S.Evaluate):
            self.expr(s.value)
        elif isinstance(s, S.Prefetch):
            self.access(s.buffer, s.indices, "prefetch of")
        elif not isinstance(s, S.Barrier):
            self.fail(f"{type(s).__name__} is not a loop-IR statement", None)
        self.stmt_at = outer

    def access(self, buf: Buffer, indices: tuple[E.Expr, ...], what: str) -> int:
        """Check a Load/Store address; return the lanes of its index."""
        if buf not in self.buffers:
            self.fail(f"{what} buffer '{buf.name}', which is neither a parameter nor inside its "
                      "Allocate")
        want = 1 if self.flat else buf.ndim
        if len(indices) != want:
            how = "the function is flattened" if self.flat else f"'{buf.name}' has {buf.ndim} dims"
            self.fail(f"{what} '{buf.name}' uses {len(indices)} indices but {how}",
                      indices[0] if indices else None)
        lanes = 1
        for i in indices:
            self.expr(i)
            if not i.dtype.is_int:
                self.fail(f"index into '{buf.name}' has dtype {i.dtype}; indices are integers", i)
            if i.dtype.lanes != 1:
                if lanes not in (1, i.dtype.lanes):
                    self.fail(f"indices into '{buf.name}' mix {lanes} and {i.dtype.lanes} lanes", i)
                lanes = i.dtype.lanes
        return lanes

    # ---------------------------------------------------------------- expressions
    def expr(self, e: E.Expr) -> None:
        if isinstance(e, E.Var):
            if e not in self.bound:
                self.fail(f"variable '{e.name}' is used where it is not bound (not an enclosing "
                          "loop or let, not a dim var or parameter dimension)", e)
        elif isinstance(e, E.Const):
            pass
        elif isinstance(e, E.Binary):
            self.expr(e.a)
            self.expr(e.b)
            if e.a.dtype != e.b.dtype:
                self.fail(f"operands of '{e.op.value}' have dtypes {e.a.dtype} and "
                          f"{e.b.dtype}; they must match (insert a Cast/Broadcast)", e)
            if e.op in E.LOGIC_OPS and not e.a.dtype.is_bool:
                self.fail(f"'{e.op.value}' needs bool operands, got {e.a.dtype}", e)
            want = (dtypes.bool_.with_lanes(e.a.dtype.lanes) if e.op in E.COMPARE_OPS
                    else e.a.dtype)
            if e.dtype != want:
                self.fail(f"'{e.op.value}' has dtype {e.dtype} but its operands give {want}", e)
        elif isinstance(e, E.Unary):
            self.expr(e.a)
            if e.dtype != e.a.dtype:
                self.fail(f"{e.op.value}() has dtype {e.dtype} but its operand is {e.a.dtype}", e)
        elif isinstance(e, E.Cast):
            self.expr(e.value)
            if e.dtype.lanes != e.value.dtype.lanes:
                self.fail(f"cast changes lanes ({e.value.dtype} -> {e.dtype})", e)
        elif isinstance(e, E.Select):
            for c in (e.cond, e.t, e.f):
                self.expr(c)
            if not e.cond.dtype.is_bool:
                self.fail(f"select condition has dtype {e.cond.dtype}; it must be bool", e.cond)
            if not (e.t.dtype == e.f.dtype == e.dtype):
                self.fail(f"select branches have dtypes {e.t.dtype} and {e.f.dtype} for a "
                          f"{e.dtype} result", e)
            if e.cond.dtype.lanes not in (1, e.dtype.lanes):
                self.fail(f"select condition has {e.cond.dtype.lanes} lanes for a "
                          f"{e.dtype.lanes}-lane result", e)
        elif isinstance(e, E.Load):
            lanes = self.access(e.buffer, e.indices, "load from")
            if e.dtype != e.buffer.dtype.scalar.with_lanes(lanes):
                self.fail(f"load from '{e.buffer.name}' has dtype {e.dtype}; the buffer is "
                          f"{e.buffer.dtype} and the index has {lanes} lane(s)", e)
        elif isinstance(e, E.Ramp):
            self.expr(e.base)
            self.expr(e.stride)
            if not (e.base.dtype.is_int and e.base.dtype.lanes == 1
                    and e.stride.dtype == e.base.dtype):
                self.fail(f"ramp needs scalar integer base and stride of one type, got "
                          f"{e.base.dtype} and {e.stride.dtype}", e)
            if e.lanes < 2 or e.dtype != e.base.dtype.with_lanes(e.lanes):
                self.fail(f"ramp of {e.lanes} lanes has dtype {e.dtype}", e)
        elif isinstance(e, E.Broadcast):
            self.expr(e.value)
            if e.value.dtype.lanes != 1 or e.dtype != e.value.dtype.with_lanes(e.lanes):
                self.fail(f"broadcast of {e.value.dtype} to {e.lanes} lanes has dtype {e.dtype}",
                          e)
        else:
            self.fail(f"{type(e).__name__} is not loop IR (lowering must replace it)", e)


def _vars(e: E.Expr) -> list[E.Var]:
    from .visitor import walk

    return [n for n in walk(e) if isinstance(n, E.Var)]


def _locate(p: Printer, s: S.Stmt, target: S.Stmt, line: int) -> int | None:
    """Printed line of ``target`` within ``s``, which starts at ``line``."""
    if s is target:
        return line
    if isinstance(s, S.For | S.Allocate | S.LetStmt):
        return _locate(p, s.body, target, line + 1)
    if isinstance(s, S.Seq):
        for c in s.stmts:
            found = _locate(p, c, target, line)
            if found is not None:
                return found
            line += len(p.stmt(c))
        return None
    if isinstance(s, S.If):
        found = _locate(p, s.then, target, line + 1)
        if found is None and s.orelse is not None:
            found = _locate(p, s.orelse, target, line + 2 + len(p.stmt(s.then)))
        return found
    return None


__all__ = ["verify"]
