"""The interpreter's compiler (layer 1): each loop-IR statement or expression becomes a
Python closure over a register list (variables and buffers by register), vector ops on
numpy, scalar ops on Python numbers with the integer semantics of the code generators.
Illegal accesses and barrier divergence raise InterpError when the closures run.
``interp.py`` holds the entry points that run what this compiles.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

import numpy as np

from ..dtypes import DType
from ..errors import IRVerifyError
from . import expr as E
from . import stmt as S
from .buffer import Buffer
from .expr import Op
from .npops import NP_BINARY, NP_UNARY, float_to_int, int_pow, np_cast, wrap_int
from .visitor import walk

Fn = Callable[[list], Any]


class InterpError(IRVerifyError):
    """Interpreted IR did something illegal: out-of-bounds access, barrier divergence. Like
    IRVerifyError this means the IR (or a pass) is wrong."""


# ----------------------------------------------------------------------------- scalar helpers

_INT_SENTINEL = -987654321  # fills uninitialised int allocations so bad reads stand out


def _scalar(value: Any, dt: DType) -> Any:
    """A Python/numpy scalar of type ``dt``: numpy floats (rounding), Python ints and bools."""
    if dt.is_float:
        return dt.np.type(value)
    if dt.is_bool:
        return bool(value)
    return wrap_int(int(value), dt.bits)


def _int_floordiv(a: int, b: int) -> int:
    return 0 if b == 0 else a // b  # MIN // -1 is wrapped by the caller


def _int_mod(a: int, b: int) -> int:
    return 0 if b == 0 else a % b


_PY_INT_BINARY: dict[Op, Callable[[Any, Any], Any]] = {
    Op.ADD: operator.add, Op.SUB: operator.sub, Op.MUL: operator.mul, Op.POW: int_pow,
    Op.FLOORDIV: _int_floordiv, Op.FLOORMOD: _int_mod,
    Op.MIN: lambda a, b: a if a < b else b, Op.MAX: lambda a, b: a if a > b else b,
}


_PY_COMPARE: dict[Op, Callable[[Any, Any], Any]] = {
    Op.EQ: operator.eq, Op.NE: operator.ne, Op.LT: operator.lt, Op.LE: operator.le,
    Op.GT: operator.gt, Op.GE: operator.ge, Op.AND: operator.and_, Op.OR: operator.or_,
}


_PY_FLOAT_BINARY: dict[Op, Callable[[Any, Any], Any]] = {
    Op.ADD: operator.add, Op.SUB: operator.sub, Op.MUL: operator.mul, Op.DIV: operator.truediv,
    Op.FLOORDIV: operator.floordiv, Op.FLOORMOD: operator.mod, Op.POW: operator.pow,
    Op.MIN: lambda a, b: a if (a < b or a != a) else b,  # NaN-propagating, like np.minimum
    Op.MAX: lambda a, b: a if (a > b or a != a) else b,
}


# ----------------------------------------------------------------------------- compiler


class Compiler:
    """Turns IR nodes into closures over a register list ``r``.

    Register 0 holds the active lane mask of a vector Select (None outside one); every Var and
    Buffer gets its own register (a Buffer two: its array and a flat 1-D view of it).
    """

    def __init__(self) -> None:
        self.slots: dict[int, int] = {}
        self.keep: list[Any] = []  # keeps keyed objects alive so ids stay unique
        self.scope: list[tuple[str, int]] = []  # bound loop/let vars, for error messages
        self.barrier_memo: dict[int, bool] = {}
        self.nslots = 1
        self.in_vselect = 0  # compiling a branch of a vector Select (loads there are masked)

    def new_slot(self, obj: Any) -> int:
        s = self.slots.get(id(obj))
        if s is None:
            s = self.slots[id(obj)] = self.nslots
            self.nslots += 2 if isinstance(obj, Buffer) else 1
            self.keep.append(obj)
        return s

    def where(self) -> Callable[[list], str]:
        """Formatter of the loop/let values in scope here, for runtime error messages."""
        scope = tuple(self.scope)

        def fmt(r: list) -> str:
            vals = ", ".join(f"{n}={r[s]}" for n, s in scope)
            return f" (with {vals})" if vals else ""
        return fmt

    # ---------------------------------------------------------------- expressions
    def expr(self, e: E.Expr) -> Fn:
        fn = getattr(self, "_e_" + type(e).__name__, None)
        if fn is None:
            raise IRVerifyError(
                f"interp: {type(e).__name__} is not loop IR ({e!r}); lowering must replace it")
        return fn(e)

    def _e_Const(self, e: E.Const) -> Fn:
        v = _scalar(e.value, e.dtype.scalar)
        if e.dtype.lanes > 1:
            v = np.full(e.dtype.lanes, v, e.dtype.scalar.np)
        return lambda r: v

    def _e_Var(self, e: E.Var) -> Fn:
        s = self.slots.get(id(e))
        if s is None:
            raise IRVerifyError(
                f"interp: variable '{e.name}' is used but not bound by a loop, a let, the "
                "function's dim_vars or a parameter shape")
        return operator.itemgetter(s)

    _e_SizeVar = _e_Var

    def _e_Binary(self, e: E.Binary) -> Fn:
        fa, fb = self.expr(e.a), self.expr(e.b)
        dt, op = e.a.dtype, e.op
        if dt.lanes > 1:
            npop = NP_BINARY[op]
            return lambda r: npop(fa(r), fb(r))
        if op in _PY_COMPARE and not (dt.is_bool and op not in (Op.AND, Op.OR, Op.EQ, Op.NE)):
            pyop = _PY_COMPARE[op]
            return lambda r: pyop(fa(r), fb(r))
        if dt.is_int and op in _PY_INT_BINARY:
            pyop, bits = _PY_INT_BINARY[op], dt.bits
            lo, hi = -(1 << (bits - 1)), 1 << (bits - 1)

            def intop(r: list) -> int:
                v = pyop(fa(r), fb(r))
                return v if lo <= v < hi else wrap_int(v, bits)
            return intop
        if dt.is_float and op in _PY_FLOAT_BINARY:
            pyop = _PY_FLOAT_BINARY[op]
            return lambda r: pyop(fa(r), fb(r))
        npop, rt = NP_BINARY[op], e.dtype
        return lambda r: _scalar(npop(fa(r), fb(r)), rt)

    def _e_Unary(self, e: E.Unary) -> Fn:
        fa, dt, op = self.expr(e.a), e.dtype, e.op
        if dt.lanes > 1:
            npop = NP_UNARY[op]
            return lambda r: npop(fa(r))
        if op == Op.NOT:
            return lambda r: not fa(r)
        if dt.is_int and op in (Op.NEG, Op.ABS):
            pyop, bits = (operator.neg if op == Op.NEG else abs), dt.bits
            return lambda r: wrap_int(pyop(fa(r)), bits)
        if op == Op.ERF:
            t = dt.np.type
            return lambda r: t(math.erf(fa(r)))
        npop = NP_UNARY[op]
        return lambda r: npop(fa(r))

    def _e_Cast(self, e: E.Cast) -> Fn:
        fv, src, dst = self.expr(e.value), e.value.dtype, e.dtype
        if dst.lanes > 1:
            return lambda r: np_cast(fv(r), dst)
        if dst.is_float:
            t = dst.np.type
            return lambda r: t(fv(r))
        if dst.is_bool:
            return lambda r: bool(fv(r))
        bits = dst.bits
        if src.is_float:
            return lambda r: float_to_int(fv(r), bits)
        return lambda r: wrap_int(int(fv(r)), bits)

    def _e_Select(self, e: E.Select) -> Fn:
        fc = self.expr(e.cond)
        if e.cond.dtype.lanes == 1:
            ft, ff = self.expr(e.t), self.expr(e.f)
            return lambda r: ft(r) if fc(r) else ff(r)
        self.in_vselect += 1
        try:
            ft, ff = self.expr(e.t), self.expr(e.f)
        finally:
            self.in_vselect -= 1

        def vselect(r: list) -> Any:
            # Each branch runs with the lanes it supplies as the active mask, so a vector load
            # may go out of bounds in lanes the Select discards (a masked load in codegen).
            c = np.asarray(fc(r), bool)
            old = r[0]
            r[0] = c if old is None else old & c
            t = ft(r)
            r[0] = ~c if old is None else old & ~c
            f = ff(r)
            r[0] = old
            return np.where(c, t, f)
        return vselect

    def _e_Ramp(self, e: E.Ramp) -> Fn:
        fb, fs = self.expr(e.base), self.expr(e.stride)
        lanes = np.arange(e.lanes, dtype=e.dtype.scalar.np)
        return lambda r: fb(r) + fs(r) * lanes

    def _e_Broadcast(self, e: E.Broadcast) -> Fn:
        fv, n, npdt = self.expr(e.value), e.lanes, e.dtype.scalar.np
        return lambda r: np.full(n, fv(r), npdt)

    def _access(self, buf: Buffer, indices: tuple[E.Expr, ...], what: str) -> tuple[int, Fn]:
        """Register of the array to index (native or flat view) and a function giving the
        bounds-checked index (an int, or a tuple for several dims / vector lanes)."""
        s = self.slots.get(id(buf))
        if s is None:
            raise IRVerifyError(
                f"interp: buffer '{buf.name}' is used outside its Allocate and is not a parameter")
        flat = len(indices) == 1 and buf.ndim != 1
        if not flat and len(indices) != buf.ndim:
            raise IRVerifyError(
                f"interp: {what} of '{buf.name}' has {len(indices)} indices for "
                f"{buf.ndim} dims")
        slot = s + 1 if flat else s
        fis = [self.expr(i) for i in indices]
        vector = any(i.dtype.lanes > 1 for i in indices)
        name, where = buf.name, self.where()

        def fail(r: list, idx: Any) -> None:
            shape = r[slot].shape
            raise InterpError(
                f"interp: {what} of buffer '{name}' out of bounds: index {idx} for shape "
                f"{tuple(shape)}{' (flat view)' if flat else ''}{where(r)}")

        if vector:
            def vindex(r: list) -> tuple:
                arr = r[slot]
                idx = [np.asarray(f(r)) for f in fis]
                bad = np.zeros((), bool)
                for ix, n in zip(idx, arr.shape, strict=True):
                    bad = bad | (ix < 0) | (ix >= n)
                if bad.any():
                    m = r[0]
                    if what == "store" or m is None or (bad & m).any():
                        fail(r, tuple(ix.tolist() for ix in idx))
                    idx = [np.where(bad, 0, ix) for ix in idx]
                return tuple(idx)
            return slot, vindex
        if len(fis) == 1:
            (fi,) = fis

            def index1(r: list) -> int:
                i = fi(r)
                if 0 <= i < r[slot].shape[0]:
                    return i
                fail(r, i)
            return slot, index1

        def index(r: list) -> tuple:
            idx = tuple(f(r) for f in fis)
            for i, n in zip(idx, r[slot].shape, strict=True):
                if not 0 <= i < n:
                    fail(r, idx)
            return idx
        return slot, index

    def _e_Load(self, e: E.Load) -> Fn:
        slot, index = self._access(e.buffer, e.indices, "load")
        if e.dtype.lanes > 1:
            return lambda r: r[slot][index(r)]
        get = (lambda r: r[slot].item(index(r))) if e.buffer.dtype.is_int else \
            (lambda r: r[slot][index(r)])
        if not self.in_vselect:
            return get
        zero = 0 if e.buffer.dtype.is_int else e.dtype.np.type(0)  # as `get` gives: int loads
        # are Python ints, which the scalar integer ops wrap (a numpy int64 would overflow)

        def scalar(r: list) -> Any:
            # A scalar load in a vector select's branch (broadcast to the lanes) runs only
            # when some lane takes that branch, as in codegen (_guarded_scalar_load): with
            # none, its index may be out of range (fuzz case 2035019030), and its value unused.
            m = r[0]
            if m is not None and not m.any():
                return zero
            return get(r)
        return scalar

    # ---------------------------------------------------------------- statements
    # A subtree holding a Barrier compiles in "gen" mode, to a generator function that yields
    # at each barrier. A GPU thread loop (THREAD kind, not a blockIdx) then runs its iterations
    # in lockstep from barrier to barrier, each with its own copy of the registers, like the
    # threads of a block. Everything else runs serially.

    def has_barrier(self, s: S.Stmt) -> bool:
        v = self.barrier_memo.get(id(s))
        if v is None:
            v = self.barrier_memo[id(s)] = any(isinstance(n, S.Barrier) for n in walk(s))
        return v

    def stmt(self, s: S.Stmt, gen: bool = False) -> Fn:
        if gen and not self.has_barrier(s):
            f = self.stmt(s)

            def plain(r: list) -> Any:
                f(r)
                yield from ()
            return plain
        return getattr(self, "_s_" + type(s).__name__)(s, gen)

    def _bind(self, var: E.Var) -> int:
        slot = self.new_slot(var)
        self.scope.append((var.name, slot))
        return slot

    def _s_For(self, s: S.For, gen: bool) -> Fn:
        fmin, fext = self.expr(s.min), self.expr(s.extent)
        slot = self._bind(s.var)
        body = self.stmt(s.body, gen)
        self.scope.pop()

        bits = s.var.dtype.bits

        def stop(lo: int, r: list) -> int:
            return wrap_int(lo + fext(r), bits)  # the generated code's min + extent wraps

        def loop(r: list) -> None:
            lo = fmin(r)
            for v in range(lo, stop(lo, r)):
                r[slot] = v
                body(r)

        def gen_loop(r: list) -> Any:
            lo = fmin(r)
            for v in range(lo, stop(lo, r)):
                r[slot] = v
                yield from body(r)
        if not gen:
            return loop
        if s.kind != S.ForKind.THREAD or s.thread_tag in S.BLOCK_TAGS:
            return gen_loop
        tag, where = s.thread_tag, self.where()

        def lockstep(r: list) -> Any:
            lo = fmin(r)
            threads = []
            for v in range(lo, stop(lo, r)):
                rt = r.copy()
                rt[slot] = v
                threads.append(body(rt))
            while threads:
                done = [next(t, StopIteration) is StopIteration for t in threads]
                if all(done):
                    return
                if any(done):
                    raise InterpError(
                        f"interp: barrier divergence in loop over {tag}: threads "
                        f"{[lo + k for k, d in enumerate(done) if d][:8]} finished while others "
                        f"wait at a barrier{where(r)}")
                yield
        return lockstep

    def _s_Seq(self, s: S.Seq, gen: bool) -> Fn:
        fs = [self.stmt(c, gen) for c in s.stmts]

        def seq(r: list) -> None:
            for f in fs:
                f(r)

        def gen_seq(r: list) -> Any:
            for f in fs:
                yield from f(r)
        return gen_seq if gen else seq

    def _s_Store(self, s: S.Store, gen: bool) -> Fn:
        slot, index = self._access(s.buffer, s.indices, "store")
        fv = self.expr(s.value)

        def store(r: list) -> None:
            r[slot][index(r)] = fv(r)  # the value is evaluated first
        return store

    # Allocate, If and LetStmt do their work when called and return what their body returns:
    # None, or in gen mode the body's generator, which the caller then runs with `yield from`.

    def _s_Allocate(self, s: S.Allocate, gen: bool) -> Fn:
        buf = s.buffer
        fshape = [self.expr(d) for d in buf.shape]
        npdt = buf.dtype.scalar.np
        fill = np.nan if buf.dtype.is_float else True if buf.dtype.is_bool else _INT_SENTINEL
        slot = self.new_slot(buf)
        body = self.stmt(s.body, gen)

        def allocate(r: list) -> Any:
            arr = np.full(tuple(f(r) for f in fshape), fill, npdt)
            r[slot], r[slot + 1] = arr, arr.reshape(-1)
            return body(r)
        return allocate

    def _s_If(self, s: S.If, gen: bool) -> Fn:
        fc, ft = self.expr(s.cond), self.stmt(s.then, gen)
        fe = self.stmt(s.orelse, gen) if s.orelse is not None else (lambda r: ())
        return lambda r: ft(r) if fc(r) else fe(r)

    def _s_LetStmt(self, s: S.LetStmt, gen: bool) -> Fn:
        fv = self.expr(s.value)
        slot = self._bind(s.var)
        body = self.stmt(s.body, gen)
        self.scope.pop()

        def let(r: list) -> Any:
            r[slot] = fv(r)
            return body(r)
        return let

    def _s_Evaluate(self, s: S.Evaluate, gen: bool) -> Fn:
        return self.expr(s.value)

    def _s_Prefetch(self, s: S.Prefetch, gen: bool) -> Fn:
        return lambda r: None  # a cache hint: nothing to do, and its address is never read

    def _s_Barrier(self, s: S.Barrier, gen: bool) -> Fn:
        def barrier(r: list) -> Any:
            yield
        return barrier if gen else (lambda r: None)
