"""Flattened loop IR (PrimFunc) -> llvmlite ``ir.Module`` for the CPU (layer 5).

The kernel is ``void @tcomp_<name>(ptr noalias %A, ..., i64 %n, ...)``: one pointer per
param, then one i64 per dim var. PARALLEL loops are outlined into task functions and handed
to the thread runtime of ``parallel.py``; see ``Emitter.parallel_for``. Accesses that
``checks.py`` selects get a bounds check: out of range, they are skipped and reported in
the global ``@tcomp_<name>_oob`` (see there).

``Emitter`` holds statements and expressions; its mixins hold the other families: parallel
loops (``outline.py``), loads (``memory.py``), bounds checks (``bounds.py``) and heap
temporaries kept between calls (``workspace.py``).
"""

from __future__ import annotations

import contextlib
import math
import re
from dataclasses import dataclass
from typing import Any

from llvmlite import ir

from ... import dtypes
from ...dtypes import DType
from ...errors import CompileError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.printer import expr_str
from ..float_mode import FloatMode
from ..target import CACHE_LINE  # a Prefetch hints one address per line
from . import builder_utils as bu
from .accumulators import (
    conditional_division,
    contains_load,
    reads_accumulator_twice,
    reassociable_accumulator,
)
from .bounds import BoundsChecks
from .builder_utils import I1, I32, I64, PTR, VOID
from .checks import accesses_to_check, buffer_table, func_mode
from .memory import MemoryAccess
from .operators import binary_op, float_to_int, fp_flags, unary_op
from .outline import NUM_THREADS_GLOBAL, RUNTIME_PARALLEL_FOR, FnState, ParallelOutlining
from .workspace import HEAP_ALIGN, Workspace

# bytes: a larger (or symbolic) buffer is on the heap (workspace.py), and so is one beyond the
# function's STACK_BUDGET of stack buffers in all
ALLOCA_LIMIT, STACK_BUDGET = 64 * 1024, 512 * 1024


@dataclass
class EmittedModule:
    """The LLVM module of one kernel and what the loader needs to know about it."""

    module: ir.Module
    symbol: str
    uses_parallel: bool
    # A reduction LLVM may reorder (integer, or float under fast-math): compile_ir then
    # turns the SLP vectoriser off (see the note on SLP above ``jit.optimize``).
    reassociable_accumulator: bool = False


def kernel_symbol(name: str) -> str:
    """Symbol of a kernel; the prefix keeps kernel names like ``exp`` off libc's names."""
    return "tcomp_" + (re.sub(r"[^0-9A-Za-z_]", "_", name) or "kernel")




class Emitter(ParallelOutlining, MemoryAccess, BoundsChecks, Workspace):
    """Emits one PrimFunc as an LLVM module (``emit_module``); the PTX emitter subclasses it."""

    def __init__(self, func: PrimFunc, triple: str, mode: FloatMode,
                 features: frozenset[str] = frozenset()) -> None:
        self.func = func
        self.features = features
        self.module = ir.Module(name=func.name)
        self.module.triple = triple
        self.fp_mode = mode  # the flags of + - * /; approximate math functions only if FAST
        self.fm_arith = fp_flags(mode)
        self.uses_parallel = False
        self.n_tasks = 0
        self.mask: ir.Value | None = None  # lanes that may be read in a vector Select branch
        self._has_load: dict[int, bool] = {}
        self.fn: FnState
        self.checks: set[int] = set()  # ids of the Load/Store nodes to bounds-check
        self.buf_ids: dict[Buffer, int] = {}
        self._report: ir.Function | None = None
        self.symbol = ""

    # ------------------------------------------------------------------ entry point
    def declare_kernel(self, symbol: str, ptr_type: ir.Type,
                       calling_convention: str = "") -> ir.Function:
        """Define the kernel function: one ``noalias`` pointer per buffer parameter, then an
        i64 per symbolic dimension; bind both for the body."""
        f = self.func
        fnty = ir.FunctionType(VOID, [ptr_type] * len(f.params) + [I64] * len(f.dim_vars))
        fn = ir.Function(self.module, fnty, symbol)
        if calling_convention:
            fn.calling_convention = calling_convention
        fn.attributes.add("nounwind")
        self.fn = FnState(fn, in_task=False)
        for arg, buf in zip(fn.args, f.params, strict=False):
            arg.name = buf.name
            arg.add_attribute("noalias")
            self.fn.bufs[buf] = arg
        for arg, var in zip(fn.args[len(f.params):], f.dim_vars, strict=True):
            arg.name = var.name
            self.fn.vars[var] = arg if var.dtype == dtypes.int64 else self.cast_value(
                arg, dtypes.int64, var.dtype)
        return fn

    def emit(self) -> EmittedModule:
        f = self.func
        if not f.attrs.get("flattened"):
            raise CompileError(f"kernel {f.name!r} reached LLVM codegen without "
                               "attrs['flattened']; run the pass pipeline (flatten_buffers) first")
        symbol = self.symbol = kernel_symbol(f.name)
        self.checks = accesses_to_check(f, func_mode(f))
        self.buf_ids = {b: k for k, b in enumerate(buffer_table(f))}
        self.declare_kernel(symbol, PTR)
        self.stmt(f.body)
        self.fence_streams()
        self.fn.builder.ret_void()
        self.finish_workspace()
        return EmittedModule(self.module, symbol, self.uses_parallel,
                             reassociable_accumulator(f.body, self.fp_mode))

    @property
    def b(self) -> ir.IRBuilder:
        return self.fn.builder

    # ------------------------------------------------------------------ statements
    def stmt(self, s: S.Stmt) -> None:
        method = getattr(self, "stmt_" + type(s).__name__, None)
        if method is None:
            raise CompileError(f"LLVM codegen can't emit statement {type(s).__name__}:\n{s!r}")
        method(s)

    def stmt_Seq(self, s: S.Seq) -> None:
        for st in s.stmts:
            self.stmt(st)

    def stmt_Evaluate(self, s: S.Evaluate) -> None:
        pass  # expressions are pure; Evaluate(0) is the no-op

    def stmt_Barrier(self, s: S.Barrier) -> None:
        raise CompileError("a Barrier reached the CPU backend; thread-bound loops and shared "
                           "memory are only for 'cuda' targets")

    def stmt_LetStmt(self, s: S.LetStmt) -> None:
        self.fn.vars[s.var] = self.expr(s.value)
        self.stmt(s.body)
        del self.fn.vars[s.var]

    def stmt_If(self, s: S.If) -> None:
        cond = self.expr(s.cond)
        if bu.is_vector(cond):
            raise CompileError(f"If with a vector condition {expr_str(s.cond)}; the vectorize "
                               "pass must turn it into a Select or keep the loop serial")
        if s.orelse is None:
            with self.b.if_then(cond):
                self.stmt(s.then)
        else:
            with self.b.if_else(cond) as (then, otherwise):
                with then:
                    self.stmt(s.then)
                with otherwise:
                    self.stmt(s.orelse)

    def stmt_For(self, s: S.For) -> None:
        if s.kind == S.ForKind.THREAD:
            raise CompileError(f"loop {s.var.name} is bound to {s.thread_tag!r}, which only a "
                               "'cuda' target can run; remove bind() for the CPU")
        if s.kind == S.ForKind.PARALLEL and not self.fn.in_task:
            self.parallel_for(s)
            return
        start = self.cast_value(self.expr(s.min), s.min.dtype, s.var.dtype)
        stop = self.b.add(start, self.cast_value(self.expr(s.extent), s.extent.dtype,
                                                 s.var.dtype))
        md = None
        if s.kind == S.ForKind.UNROLLED:
            md = bu.loop_metadata(self.module, "llvm.loop.unroll.full")
        elif s.kind == S.ForKind.VECTORIZED:
            md = bu.loop_metadata(self.module, "llvm.loop.vectorize.enable")
        elif s.kind == S.ForKind.SERIAL:
            hints: list[Any] = []
            if reads_accumulator_twice(s.body):
                hints.append("llvm.loop.unroll.disable")
            if conditional_division(s.body):
                hints.append(("llvm.loop.vectorize.enable", ir.Constant(I1, 0)))
            md = bu.loop_metadata(self.module, *hints) if hints else None
        with bu.for_range(self.b, start, stop, s.var.name or "i", md) as iv:
            self.fn.vars[s.var] = iv
            self.stmt(s.body)
        del self.fn.vars[s.var]

    def stmt_Store(self, s: S.Store) -> None:
        buf = s.buffer
        ptr, index = self.address(buf, s.indices)
        value = self.expr(s.value)
        lanes = index.type.count if bu.is_vector(index) else 1
        if lanes > 1 and not bu.is_vector(value):
            value = bu.splat(self.b, value, lanes)
        if buf.dtype.is_bool:
            value = self.b.zext(value, bu.llvm_type(buf.dtype.with_lanes(lanes), memory=True))
        elem = bu.scalar_type(buf.dtype, memory=True)
        align = buf.dtype.itemsize
        chk = self._check_of(s, buf, store=True)
        if lanes == 1:
            with self._maybe_if(None if chk is None else self._scalar_ok(index, *chk)):
                self.b.store(value, self.b.gep(ptr, [index], inbounds=True,
                                               source_etype=elem), align=align)
            return
        base = self._contiguous_base(s.indices[0])
        if base is not None:
            ok = None if chk is None else self._span_ok(base, lanes, *chk)
            with self._maybe_if(ok):
                addr = self.b.gep(ptr, [base], inbounds=True, source_etype=elem)
                if s.stream and self._streams(lanes * buf.dtype.itemsize):
                    self._stream_store(value, addr, lanes * buf.dtype.itemsize, align)
                else:
                    self.b.store(value, addr, align=align)
        else:
            mask = bu.all_true(lanes)
            if chk is not None:
                mask = self._lanes_ok(index, mask, *chk)
            ptrs = bu.vector_gep(self.b, ptr, index, elem)
            bu.masked_scatter(self.b, value, ptrs, mask, align)

    def _streams(self, nbytes: int) -> bool:
        """Whether a streamed store of a vector of ``nbytes`` is written non-temporally: on
        x86, a power of two of 16 bytes or more (MOVNTPS and its kin; wider vectors are
        split into the target's registers); other targets store it as usual."""
        return self.module.triple.startswith(("x86_64", "i686", "i386")) and \
            nbytes >= 16 and nbytes & (nbytes - 1) == 0

    def _stream_store(self, value: ir.Value, addr: ir.Value, nbytes: int, align: int,
                      need: int = 0) -> None:
        """Store ``value`` (``nbytes``) at ``addr`` non-temporally where ``addr`` is aligned
        to ``nbytes`` or a cache line, else in 16-byte pieces where it is aligned to 16
        (numpy's large arrays are: 16 bytes past a page), else as an ordinary store. MOVNTPS
        and its kin need their register's alignment: LLVM splits an under-aligned store into
        the widest aligned pieces, and one aligned to less than 16 into scalar MOVNTIs. The
        function fences before it returns (``fence_streams``)."""
        need = need or min(nbytes, CACHE_LINE)
        low = self.b.and_(self.b.ptrtoint(addr, I64), ir.Constant(I64, need - 1))
        aligned = self.b.icmp_unsigned("==", low, ir.Constant(I64, 0))
        with self.b.if_else(aligned, likely=True) as (then, otherwise):
            with then:
                st = self.b.store(value, addr, align=need)
                st.set_metadata("nontemporal", self.module.add_metadata([ir.Constant(I32, 1)]))
            with otherwise:
                if need > 16:
                    self._stream_store(value, addr, nbytes, align, 16)
                else:
                    self.b.store(value, addr, align=align)
        self.fn.streamed = True

    def fence_streams(self) -> None:
        """An SFENCE after the function's non-temporal stores, before it returns: they are
        weakly ordered, and whoever reads the output next (the caller, after the thread
        pool's join) must see them."""
        if self.fn.streamed:
            sfence = bu.get_function(self.module, "llvm.x86.sse.sfence", VOID, [])
            self.b.call(sfence, [])

    def stmt_Prefetch(self, s: S.Prefetch) -> None:
        """``llvm.prefetch`` (read, keep in every cache level) of each cache line the index
        covers: one per line of a contiguous vector, the first and last lane of any other.
        The address is computed without ``inbounds``: it may lie outside the buffer."""
        buf = s.buffer
        elem = bu.scalar_type(buf.dtype, memory=True)
        idx = s.indices[0]
        lanes = idx.dtype.lanes
        base = self._contiguous_base(idx) if lanes > 1 else None
        if base is not None:
            ptr = self.fn.bufs[buf]
            step = max(1, CACHE_LINE // buf.dtype.itemsize)
            starts = [base if k == 0 else self.b.add(base, ir.Constant(I64, k))
                      for k in range(0, lanes, step)]
        else:
            ptr, index = self.address(buf, s.indices)
            starts = [index] if lanes == 1 else [
                self.b.extract_element(index, ir.Constant(I32, k))
                for k in sorted({0, lanes - 1})]
        fn = bu.get_function(self.module, "llvm.prefetch.p0", VOID, [PTR, I32, I32, I32])
        read, keep, data = (ir.Constant(I32, v) for v in (int(s.write), 3, 1))
        for start in starts:
            self.b.call(fn, [self.b.gep(ptr, [start], source_etype=elem), read, keep, data])

    def stmt_Allocate(self, s: S.Allocate) -> None:
        buf = s.buffer
        elem = bu.scalar_type(buf.dtype, memory=True)
        size = math.prod(d.value for d in buf.shape) if all(
            isinstance(d, E.Const) for d in buf.shape) else None
        # a small constant-size buffer is on the stack, at root too (the parallel loops reach
        # the kernel's frame, which outlives them), within the function's STACK_BUDGET in all
        # (glibc gives a thread 2-8 MB); the others are on the heap
        nbytes = ALLOCA_LIMIT + 1 if size is None else size * buf.dtype.itemsize
        if (buf.scope in ("local", "global") and nbytes <= ALLOCA_LIMIT
                and self.fn.stack_bytes + nbytes <= STACK_BUDGET):
            self.fn.stack_bytes += nbytes
            self.fn.bufs[buf] = bu.alloca_entry(self.b, ir.ArrayType(elem, max(size, 1)),
                                                align=HEAP_ALIGN, name=buf.name)
            self.stmt(s.body)
            del self.fn.bufs[buf]
            return
        slot, block, ok = self.heap_acquire(buf)
        with self.b.if_then(ok, likely=True):
            self.fn.bufs[buf] = self.heap_data(block)
            self.stmt(s.body)
            del self.fn.bufs[buf]
            self.heap_release(slot, block)

    def _if_value(self, cond: ir.Value, make: Any, ty: ir.Type) -> ir.Value:
        """``make()`` where ``cond`` holds, else zero (a phi over two blocks)."""
        with self.b.if_else(cond, likely=True) as (then, otherwise):
            with then:
                val = make()
                then_bb = self.b.block
            with otherwise:
                else_bb = self.b.block
        phi = self.b.phi(ty)
        phi.add_incoming(val, then_bb)
        phi.add_incoming(ir.Constant(ty, None), else_bb)
        return phi

    def _maybe_if(self, cond: ir.Value | None) -> Any:
        """``if cond:`` around the code emitted in the block (no branch for None)."""
        return contextlib.nullcontext() if cond is None else self.b.if_then(cond, likely=True)

    # ------------------------------------------------------------------ expressions
    def expr(self, e: E.Expr) -> ir.Value:
        method = getattr(self, "expr_" + type(e).__name__, None)
        if method is None:
            if isinstance(e, E.Var):
                method = self.expr_Var
            else:
                raise CompileError(f"LLVM codegen can't emit {type(e).__name__}: {e!r}; it "
                                   "should have been lowered before codegen")
        return method(e)

    def expr_Const(self, e: E.Const) -> ir.Value:
        return bu.constant(e.dtype, e.value)

    def expr_Var(self, e: E.Var) -> ir.Value:
        v = self.fn.vars.get(e)
        if v is None:
            raise CompileError(f"variable {e.name!r} is used but not bound (not a loop "
                               "variable, let binding or dim var of the function)")
        return v

    expr_SizeVar = expr_Var

    def expr_Broadcast(self, e: E.Broadcast) -> ir.Value:
        return bu.splat(self.b, self.expr(e.value), e.lanes)

    def expr_Ramp(self, e: E.Ramp) -> ir.Value:
        base = bu.splat(self.b, self.expr(e.base), e.lanes)
        stride = bu.splat(self.b, self.expr(e.stride), e.lanes)
        ids = bu.lane_ids(bu.scalar_type(e.dtype), e.lanes)
        if e.dtype.is_float:
            return self.b.fadd(base, self.b.fmul(stride, ids, flags=self.fm_arith),
                               flags=self.fm_arith)
        return self.b.add(base, self.b.mul(stride, ids))

    def expr_Cast(self, e: E.Cast) -> ir.Value:
        return self.cast_value(self.expr(e.value), e.value.dtype, e.dtype)

    def cast_value(self, v: ir.Value, src: DType, dst: DType) -> ir.Value:
        """Convert between dtypes like numpy ``astype``; float -> int saturates."""
        if src.scalar == dst.scalar:
            return v
        if src.lanes == 1 and dst.lanes > 1:
            return bu.splat(self.b, self.cast_value(v, src, dst.scalar), dst.lanes)
        dst = dst.with_lanes(src.lanes)
        t = bu.llvm_type(dst)
        b = self.b
        if dst.is_bool:
            zero = ir.Constant(v.type, None)
            if src.is_float:
                return b.fcmp_unordered("!=", v, zero)  # nan is truthy, like numpy
            return b.icmp_unsigned("!=", v, zero)
        if src.is_bool:
            return b.uitofp(v, t) if dst.is_float else b.zext(v, t)
        if src.is_float and dst.is_float:
            return b.fpext(v, t) if dst.bits > src.bits else b.fptrunc(v, t)
        if src.is_float:
            return float_to_int(b, v, t)
        if dst.is_float:
            return b.sitofp(v, t)
        if dst.bits > src.bits:
            return b.sext(v, t)
        return b.trunc(v, t)

    def expr_Select(self, e: E.Select) -> ir.Value:
        if not (self._loads(e.t) or self._loads(e.f)):
            return self.b.select(self.expr(e.cond), self.expr(e.t), self.expr(e.f))
        cond = self.expr(e.cond)
        if e.dtype.lanes == 1 or not bu.is_vector(cond):
            # Real branches: the dead branch's loads may be out of bounds (padding).
            if bu.is_vector(cond):
                raise CompileError(f"scalar select with a vector condition: {e!r}")
            with self.b.if_else(cond) as (then, otherwise):
                with then:
                    tv = self.expr(e.t)
                    then_bb = self.b.block
                with otherwise:
                    fv = self.expr(e.f)
                    else_bb = self.b.block
            phi = self.b.phi(tv.type)
            phi.add_incoming(tv, then_bb)
            phi.add_incoming(fv, else_bb)
            return phi
        outer = self.mask
        not_cond = self.b.not_(cond)
        self.mask = cond if outer is None else self.b.and_(outer, cond)
        tv = self.expr(e.t)
        self.mask = not_cond if outer is None else self.b.and_(outer, not_cond)
        fv = self.expr(e.f)
        self.mask = outer
        lanes = cond.type.count
        tv = tv if bu.is_vector(tv) else bu.splat(self.b, tv, lanes)
        fv = fv if bu.is_vector(fv) else bu.splat(self.b, fv, lanes)
        return self.b.select(cond, tv, fv)

    def _loads(self, e: E.Expr) -> bool:
        key = id(e)
        hit = self._has_load.get(key)
        if hit is None:
            hit = self._has_load[key] = contains_load(e)
        return hit

    def expr_Unary(self, e: E.Unary) -> ir.Value:
        return unary_op(self.b, e.op, self.expr(e.a), e.a.dtype, self.fp_mode,
                           self.features)

    def expr_Binary(self, e: E.Binary) -> ir.Value:
        a, b = e.a, e.b
        if a.dtype.scalar != b.dtype.scalar:  # tolerate un-promoted operands from passes
            t = dtypes.promote(a.dtype.scalar, b.dtype.scalar)
            av = self.cast_value(self.expr(a), a.dtype, t.with_lanes(a.dtype.lanes))
            bv = self.cast_value(self.expr(b), b.dtype, t.with_lanes(b.dtype.lanes))
            a_t = t
        else:
            av, bv, a_t = self.expr(a), self.expr(b), a.dtype.scalar
        lanes = max(a.dtype.lanes, b.dtype.lanes)
        if lanes > 1:
            av = av if bu.is_vector(av) else bu.splat(self.b, av, lanes)
            bv = bv if bu.is_vector(bv) else bu.splat(self.b, bv, lanes)
        return binary_op(self.b, e.op, av, bv, a_t.with_lanes(lanes), self.fp_mode)


def emit_module(func: PrimFunc, triple: str, mode: FloatMode = FloatMode.STRICT,
                features: frozenset[str] = frozenset()) -> EmittedModule:
    """Generate the LLVM module of a flattened PrimFunc.

    Args:
        func: the kernel after the pass pipeline (``attrs["flattened"]`` set).
        triple: LLVM target triple of the module.
        mode: how float arithmetic may be compiled (``FloatMode``).
        features: the CPU features the code may use (``Target.feature_set``); the inline
            math picks target instructions from them (reciprocal estimates, vscalef).
    """
    return Emitter(func, triple, mode, features).emit()


__all__ = ["ALLOCA_LIMIT", "NUM_THREADS_GLOBAL", "RUNTIME_PARALLEL_FOR", "STACK_BUDGET",
           "EmittedModule", "Emitter", "emit_module", "kernel_symbol"]





