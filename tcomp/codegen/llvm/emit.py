"""Flattened loop IR (PrimFunc) -> llvmlite ``ir.Module`` for the CPU (layer 5).

The kernel is ``void @tcomp_<name>(ptr noalias %A, ..., i64 %n, ...)``: one pointer per
param, then one i64 per dim var. PARALLEL loops are outlined into task functions and handed
to the thread runtime of ``parallel.py``; see ``Emitter.parallel_for``. Accesses that
``checks.py`` selects get a bounds check: out of range, they are skipped and reported in
the global ``@tcomp_<name>_oob`` (see there).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
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
from ...ir.visitor import free_vars, walk
from ..float_mode import FloatMode
from ..lanes import lane_offsets
from . import builder_utils as bu
from .builder_utils import I1, I32, I64, PTR, VOID
from .checks import OOB_SUFFIX, accesses_to_check, buffer_table, func_mode

RUNTIME_PARALLEL_FOR = "tcomp_rt_parallel_for"
NUM_THREADS_GLOBAL = "tcomp_num_threads"
ALLOCA_LIMIT = 64 * 1024  # bytes; larger (or symbolic) buffers go to the heap
HEAP_ALIGN = 64
# A Prefetch hints one address per this many bytes: the cache line of x86-64 and of common
# aarch64 cores (a core with longer lines only gets redundant hints).
CACHE_LINE = 64


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


class _Fn:
    """Emission state of one LLVM function (the kernel or an outlined parallel task)."""

    def __init__(self, function: ir.Function, in_task: bool) -> None:
        self.function = function
        self.builder = ir.IRBuilder(function.append_basic_block("entry"))
        self.vars: dict[E.Var, ir.Value] = {}
        self.bufs: dict[Buffer, ir.Value] = {}
        self.in_task = in_task


def _contains_load(e: E.Expr) -> bool:
    return any(isinstance(n, E.Load) for n in walk(e))


class Emitter:
    """Emits one PrimFunc as an LLVM module (``emit_module``); the PTX emitter subclasses it."""

    def __init__(self, func: PrimFunc, triple: str, mode: FloatMode,
                 features: frozenset[str] = frozenset()) -> None:
        self.func = func
        self.features = features
        self.module = ir.Module(name=func.name)
        self.module.triple = triple
        self.fp_mode = mode  # the flags of + - * /; approximate math functions only if FAST
        self.fm_arith = bu.fp_flags(mode)
        self.uses_parallel = False
        self.n_tasks = 0
        self.mask: ir.Value | None = None  # lanes that may be read in a vector Select branch
        self._has_load: dict[int, bool] = {}
        self.fn: _Fn
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
        self.fn = _Fn(fn, in_task=False)
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
        if self.checks:
            self.buf_ids = {b: k for k, b in enumerate(buffer_table(f))}
        self.declare_kernel(symbol, PTR)
        self.stmt(f.body)
        self.fn.builder.ret_void()
        return EmittedModule(self.module, symbol, self.uses_parallel,
                             _reassociable_accumulator(f.body, self.fp_mode))

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
            if _reads_accumulator_twice(s.body):
                hints.append("llvm.loop.unroll.disable")
            if _conditional_division(s.body):
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
                self.b.store(value, addr, align=align)
        else:
            mask = bu.all_true(lanes)
            if chk is not None:
                mask = self._lanes_ok(index, mask, *chk)
            ptrs = bu.vector_gep(self.b, ptr, index, elem)
            bu.masked_scatter(self.b, value, ptrs, mask, align)

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
        size: Any = 1
        for d in buf.shape:
            size = size * d.value if isinstance(size, int) and isinstance(d, E.Const) else None
            if size is None:
                break
        if size is not None and buf.scope == "local" and size * buf.dtype.itemsize <= ALLOCA_LIMIT:
            ptr = bu.alloca_entry(self.b, ir.ArrayType(elem, max(size, 1)), align=HEAP_ALIGN,
                                  name=buf.name)
            self.fn.bufs[buf] = ptr
            self.stmt(s.body)
            del self.fn.bufs[buf]
            return
        nbytes: ir.Value = ir.Constant(I64, buf.dtype.itemsize)
        for d in buf.shape:
            nbytes = self.b.mul(nbytes, self.cast_value(self.expr(d), d.dtype, dtypes.int64))
        # aligned_alloc wants a size that is a multiple of the alignment, and > 0.
        nbytes = self.b.and_(self.b.add(nbytes, ir.Constant(I64, HEAP_ALIGN)),
                             ir.Constant(I64, -HEAP_ALIGN))
        alloc = bu.get_function(self.module, "aligned_alloc", PTR, [I64, I64])
        free = bu.get_function(self.module, "free", VOID, [PTR])
        ptr = self.b.call(alloc, [ir.Constant(I64, HEAP_ALIGN), nbytes], name=buf.name)
        self.fn.bufs[buf] = ptr
        self.stmt(s.body)
        del self.fn.bufs[buf]
        self.b.call(free, [ptr])

    # ------------------------------------------------------------------ parallel loops
    def parallel_for(self, s: S.For) -> None:
        """Outline the loop body into ``body(ptr noalias bufs..., values..., min, begin,
        end)`` plus a trampoline ``task(ptr closure, i64 begin, i64 end)`` and call
        ``tcomp_rt_parallel_for(task, closure, extent, num_threads)``.

        The body keeps ``noalias`` on its buffer arguments, which loads out of the closure
        would lose, so vectorisation inside parallel loops needs no runtime alias checks.
        """
        self.uses_parallel = True
        bufs, values = self._captures(s)
        k = self.n_tasks
        self.n_tasks += 1
        base = f"{self.fn.function.name}.par{k}"
        val_types = [self.fn.vars[v].type for v in values]
        var_t = bu.llvm_type(s.var.dtype)
        body_ty = ir.FunctionType(VOID, [PTR] * len(bufs) + val_types + [var_t, I64, I64])
        body_fn = ir.Function(self.module, body_ty, base + ".body")
        body_fn.linkage = "internal"
        body_fn.attributes.add("nounwind")
        task_fn = ir.Function(self.module, ir.FunctionType(VOID, [PTR, I64, I64]), base)
        task_fn.linkage = "internal"
        task_fn.attributes.add("nounwind")
        closure_ty = ir.LiteralStructType([PTR] * len(bufs) + val_types + [var_t])

        # caller: fill the closure and dispatch
        start = self.cast_value(self.expr(s.min), s.min.dtype, s.var.dtype)
        extent = self.cast_value(self.expr(s.extent), s.extent.dtype, dtypes.int64)
        closure = bu.alloca_entry(self.b, closure_ty, name=f"closure{k}")
        fields = [self.fn.bufs[bf] for bf in bufs] + [self.fn.vars[v] for v in values] + [start]
        for i, val in enumerate(fields):
            self.b.store(val, self._field(closure, closure_ty, i))
        nthreads = self.b.load(self._num_threads_global(), typ=I32)
        runtime = bu.get_function(self.module, RUNTIME_PARALLEL_FOR, VOID, [PTR, PTR, I64, I32])
        self.b.call(runtime, [task_fn, closure, extent, nthreads])

        # trampoline: unpack the closure
        tb = ir.IRBuilder(task_fn.append_basic_block("entry"))
        args = [tb.load(self._field(task_fn.args[0], closure_ty, i, tb), typ=t)
                for i, t in enumerate(closure_ty.elements)]
        tb.call(body_fn, [*args, task_fn.args[1], task_fn.args[2]])
        tb.ret_void()

        # body: a serial loop over [begin, end); nested parallel loops run serially
        outer, mask = self.fn, self.mask
        self.fn, self.mask = _Fn(body_fn, in_task=True), None
        for arg, bf in zip(body_fn.args, bufs, strict=False):
            arg.name = bf.name
            arg.add_attribute("noalias")
            self.fn.bufs[bf] = arg
        for arg, v in zip(body_fn.args[len(bufs):], values, strict=False):
            arg.name = v.name
            self.fn.vars[v] = arg
        vmin, begin, end = body_fn.args[-3:]
        with bu.for_range(self.b, begin, end, "it") as it:
            it_v = it if var_t == I64 else self.b.trunc(it, var_t)
            self.fn.vars[s.var] = self.b.add(vmin, it_v, name=s.var.name)
            self.stmt(s.body)
        self.b.ret_void()
        self.fn, self.mask = outer, mask

    def _captures(self, s: S.For) -> tuple[list[Buffer], list[E.Var]]:
        """Buffers and variables the loop body uses but doesn't define, in a stable order."""
        used: set[E.Var] = set()
        bound: set[E.Var] = {s.var}
        bufs: set[Buffer] = set()
        local: set[Buffer] = set()
        for n in walk(s.body):
            if isinstance(n, E.Var):
                used.add(n)
            elif isinstance(n, (S.For, S.LetStmt)):
                bound.add(n.var)
            elif isinstance(n, (E.Load, S.Store, S.Prefetch)):
                bufs.add(n.buffer)
                if id(n) in self.checks:  # the check needs the buffer's size
                    for d in n.buffer.shape:
                        used |= free_vars(d)
            elif isinstance(n, S.Allocate):
                local.add(n.buffer)
                for d in n.buffer.shape:
                    used |= free_vars(d)
        missing = [v for v in used - bound if v not in self.fn.vars]
        if missing:
            raise CompileError(f"parallel loop {s.var.name} uses unbound variable(s) "
                               f"{sorted(v.name for v in missing)}")
        values = sorted(used - bound, key=lambda v: v.uid)
        return sorted(bufs - local, key=lambda b: b.uid), values

    def _field(self, ptr: ir.Value, ty: ir.LiteralStructType, i: int,
               builder: ir.IRBuilder | None = None) -> ir.Value:
        b = builder or self.b
        g = b.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, i)], inbounds=True,
                  source_etype=ty)
        g.type = PTR  # llvmlite derives a typed pointer from the struct; LLVM 22 has only ptr
        return g

    def _num_threads_global(self) -> ir.GlobalVariable:
        g = self.module.globals.get(NUM_THREADS_GLOBAL)
        if g is None:
            g = ir.GlobalVariable(self.module, I32, NUM_THREADS_GLOBAL)
            g.initializer = ir.Constant(I32, 1)  # the loader sets the real count
            # Weak: the kernels linked into one library (runtime/export.py) share one count
            # instead of clashing; each MCJIT engine still defines its own.
            g.linkage = "weak"
        return g

    # ------------------------------------------------------------------ memory
    def address(self, buf: Buffer, indices: tuple[E.Expr, ...]) -> tuple[ir.Value, ir.Value]:
        if len(indices) != 1:
            raise CompileError(f"access to {buf.name} has {len(indices)} indices; codegen "
                               "needs flattened (1-D) accesses")
        ptr = self.fn.bufs.get(buf)
        if ptr is None:
            raise CompileError(f"buffer {buf.name} is neither a parameter nor allocated here")
        idx = indices[0]
        return ptr, self.cast_value(self.expr(idx), idx.dtype, dtypes.int64.with_lanes(
            idx.dtype.lanes))

    def _contiguous_base(self, index: E.Expr) -> ir.Value | None:
        """Scalar start of a stride-1 Ramp index (a plain vector access), else None."""
        if isinstance(index, E.Ramp) and E.is_const(index.stride, 1):
            return self.cast_value(self.expr(index.base), index.base.dtype, dtypes.int64)
        return None

    def expr_Load(self, e: E.Load) -> ir.Value:
        buf = e.buffer
        elem = bu.scalar_type(buf.dtype, memory=True)
        align = buf.dtype.itemsize
        lanes = e.dtype.lanes
        chk = self._check_of(e, buf, store=False)
        if lanes == 1:
            ptr, index = self.address(buf, e.indices)
            val = self._guarded_scalar_load(ptr, index, elem, align, chk)
        else:
            ptr = self.fn.bufs.get(buf)
            base = self._contiguous_base(e.indices[0]) if len(e.indices) == 1 else None
            vty = ir.VectorType(elem, lanes)
            if base is not None and ptr is not None:
                if chk is not None and self.mask is None:
                    ok = self._span_ok(base, lanes, *chk)
                    val = self._if_value(ok, lambda: self.b.load(
                        self.b.gep(ptr, [base], inbounds=True, source_etype=elem), typ=vty,
                        align=align), vty)
                else:
                    addr = self.b.gep(ptr, [base], inbounds=True, source_etype=elem)
                    if self.mask is None:
                        val = self.b.load(addr, typ=vty, align=align)
                    else:
                        mask = self.mask
                        if chk is not None:
                            mask = self._lanes_ok(self.address(buf, e.indices)[1], mask, *chk)
                        val = bu.masked_load(self.b, addr, mask, vty, align)
            else:
                val = None
                if chk is None and ptr is not None and len(e.indices) == 1:
                    val = self._window_load(ptr, elem, e.indices[0], lanes, align)
                if val is None:
                    ptr, index = self.address(buf, e.indices)
                    ptrs = bu.vector_gep(self.b, ptr, index, elem)
                    mask = self.mask if self.mask is not None else bu.all_true(lanes)
                    if chk is not None:
                        mask = self._lanes_ok(index, mask, *chk)
                    val = bu.masked_gather(self.b, ptrs, mask, vty, align)
        if buf.dtype.is_bool:
            val = self.b.icmp_unsigned("!=", val, ir.Constant(val.type, None))
        return val

    def _window_load(self, ptr: ir.Value, elem: ir.Type, index: E.Expr, lanes: int,
                     align: int) -> ir.Value | None:
        """A vector read whose lanes are a scalar plus constant offsets spanning at most two
        vectors (a stride-2 read, the repeats of ``i // 2``, a broadcast) as one or two
        contiguous loads of that span and a shuffle, instead of a gather (the max-pool
        backward 64x16x16x16 on Zen 2: 0.72 -> 0.43 ms). Only elements between two that
        some lane reads are loaded, so nothing outside the buffer is touched; under a lane
        mask (a select's branch) the loads are masked to the elements an active lane reads,
        and inactive lanes give zero as a masked gather's do. None where the index has no
        such form."""
        form = lane_offsets(index)
        if form is None:
            return None
        base, offs = form
        lo = min(offs)
        width = max(offs) - lo + 1
        if width > 2 * lanes:
            return None
        start = self.cast_value(self.expr(base), base.dtype, dtypes.int64)
        if lo:
            start = self.b.add(start, ir.Constant(I64, lo))
        rel = [o - lo for o in offs]
        # the span's first and last vectors (they overlap where lanes < width < 2 * lanes)
        chunks = [(0, width)] if width <= lanes else [(0, lanes), (width - lanes, lanes)]
        parts = []
        for first, n in chunks:
            at = start if not first else self.b.add(start, ir.Constant(I64, first))
            addr = self.b.gep(ptr, [at], inbounds=True, source_etype=elem)
            vty = ir.VectorType(elem, n)
            if self.mask is None:
                parts.append(self.b.load(addr, typ=vty, align=align))
            else:
                parts.append(bu.masked_load(self.b, addr, self._span_mask(rel, first, n), vty,
                                            align))
        if len(parts) == 1:
            a, b = parts[0], ir.Constant(parts[0].type, ir.Undefined)
        else:
            a, b = parts
            shift = width - lanes
            rel = [o if o < lanes else lanes + o - shift for o in rel]
        val = self.b.shuffle_vector(a, b, ir.Constant(ir.VectorType(I32, lanes), rel))
        if self.mask is not None:
            val = self.b.select(self.mask, val, ir.Constant(val.type, None))
        return val

    def _span_mask(self, rel: list[int], first: int, n: int) -> ir.Value:
        """Lane j of ``n`` span elements from ``first`` is set when an active lane of
        ``self.mask`` reads element ``first + j`` (lane k reads ``rel[k]``)."""
        lanes = len(rel)
        readers: list[list[int]] = [[k for k in range(lanes) if rel[k] == first + j]
                                    for j in range(n)]
        off = ir.Constant(ir.VectorType(I1, lanes), [ir.Constant(I1, 0)] * lanes)
        out = None
        for t in range(max(len(r) for r in readers)):
            pick = [r[t] if t < len(r) else lanes for r in readers]  # lanes: a false lane
            m = self.b.shuffle_vector(self.mask, off, ir.Constant(ir.VectorType(I32, n), pick))
            out = m if out is None else self.b.or_(out, m)
        return out

    def _guarded_scalar_load(self, ptr: ir.Value, index: ir.Value, elem: ir.Type,
                             align: int, chk: tuple[ir.Value, ir.Value] | None = None
                             ) -> ir.Value:
        """A scalar load; inside a masked vector branch only when some lane is active; with
        a check ``chk`` only when the index is in range (else reported, and zero)."""
        guard = None if self.mask is None else bu.vector_any(self.b, self.mask)
        if chk is not None:
            ok = self.b.icmp_unsigned("<", index, chk[1])
            self._report_if(self.b.not_(ok) if guard is None else
                            self.b.and_(guard, self.b.not_(ok)), chk[0], index, chk[1])
            guard = ok if guard is None else self.b.and_(guard, ok)
        if guard is None:
            addr = self.b.gep(ptr, [index], inbounds=True, source_etype=elem)
            return self.b.load(addr, typ=elem, align=align)
        return self._if_value(guard, lambda: self.b.load(
            self.b.gep(ptr, [index], inbounds=True, source_etype=elem), typ=elem,
            align=align), elem)

    # ------------------------------------------------------------------ bounds checks
    def _check_of(self, node: Any, buf: Buffer, store: bool
                  ) -> tuple[ir.Value, ir.Value] | None:
        """``(error code, buffer size)`` when ``node`` is checked, else None."""
        if id(node) not in self.checks:
            return None
        size: ir.Value | None = None
        n = 1
        for d in buf.shape:
            if isinstance(d, E.Const):
                n *= int(d.value)
            else:
                v = self.cast_value(self.expr(d), d.dtype, dtypes.int64)
                size = v if size is None else self.b.mul(size, v)
        size = ir.Constant(I64, n) if size is None else (
            size if n == 1 else self.b.mul(size, ir.Constant(I64, n)))
        return ir.Constant(I64, 2 * self.buf_ids[buf] + 1 + int(store)), size

    def _report_fn(self) -> ir.Function:
        """``void report(i64 code, i64 index, i64 size)``: record the first error."""
        if self._report is None:
            arr = ir.ArrayType(I64, 3)
            g = ir.GlobalVariable(self.module, arr, self.symbol + OOB_SUFFIX)
            g.initializer = ir.Constant(arr, None)
            g.align = 8
            fn = ir.Function(self.module, ir.FunctionType(VOID, [I64, I64, I64]),
                             self.symbol + ".oob_report")
            fn.linkage = "internal"
            for a in ("cold", "noinline", "nounwind"):
                fn.attributes.add(a)
            b = ir.IRBuilder(fn.append_basic_block("entry"))
            code, index, size = fn.args

            def slot(i: int) -> ir.Value:
                return b.gep(g, [ir.Constant(I32, 0), ir.Constant(I32, i)], inbounds=True)
            old = b.cmpxchg(slot(0), ir.Constant(I64, 0), code, "seq_cst", "seq_cst")
            with b.if_then(b.extract_value(old, 1)):  # the first error wins
                b.store(index, slot(1))
                b.store(size, slot(2))
            b.ret_void()
            self._report = fn
        return self._report

    def _report_if(self, bad: ir.Value, code: ir.Value, index: ir.Value,
                   size: ir.Value) -> None:
        with self.b.if_then(bad, likely=False):
            self.b.call(self._report_fn(), [code, index, size])

    def _scalar_ok(self, index: ir.Value, code: ir.Value, size: ir.Value) -> ir.Value:
        """``0 <= index < size`` (one unsigned compare); reports the error when not."""
        ok = self.b.icmp_unsigned("<", index, size)
        self._report_if(self.b.not_(ok), code, index, size)
        return ok

    def _span_ok(self, base: ir.Value, lanes: int, code: ir.Value, size: ir.Value
                 ) -> ir.Value:
        """Whether ``base .. base + lanes - 1`` is in range (first and last lane checked
        once per vector); reports the first lane out of range when not (``size`` itself
        when the vector starts inside)."""
        last = self.b.add(base, ir.Constant(I64, lanes - 1))
        first_ok = self.b.icmp_unsigned("<", base, size)
        ok = self.b.and_(first_ok, self.b.icmp_unsigned("<", last, size))
        self._report_if(self.b.not_(ok), code, self.b.select(first_ok, size, base), size)
        return ok

    def _lanes_ok(self, index: ir.Value, active: ir.Value, code: ir.Value, size: ir.Value
                  ) -> ir.Value:
        """The lanes of ``active`` whose ``index`` is in range; reports the first active
        lane out of range."""
        n = index.type.count
        inb = self.b.icmp_unsigned("<", index, bu.splat(self.b, size, n))
        bad = self.b.and_(active, self.b.not_(inb))
        with self.b.if_then(bu.vector_any(self.b, bad), likely=False):
            bits = self.b.bitcast(bad, ir.IntType(n))
            lane = bu.intrinsic(self.b, "cttz", bits.type, [bits, ir.Constant(I1, 1)])
            lane = self.b.zext(lane, I32) if n < 32 else self.b.trunc(lane, I32) \
                if n > 32 else lane
            self.b.call(self._report_fn(), [code, self.b.extract_element(index, lane), size])
        return self.b.and_(active, inb)

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
            return bu.float_to_int(b, v, t)
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
            hit = self._has_load[key] = _contains_load(e)
        return hit

    def expr_Unary(self, e: E.Unary) -> ir.Value:
        return bu.unary_op(self.b, e.op, self.expr(e.a), e.a.dtype, self.fp_mode,
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
        return bu.binary_op(self.b, e.op, av, bv, a_t.with_lanes(lanes), self.fp_mode)


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


__all__ = ["ALLOCA_LIMIT", "NUM_THREADS_GLOBAL", "RUNTIME_PARALLEL_FOR", "EmittedModule", "Emitter",
           "emit_module", "kernel_symbol"]


def _accumulator_updates(body: S.Stmt) -> Iterator[tuple[S.Store, int]]:
    """(store, number of uses of its own location in its value) for every store in ``body``
    that reads that location: the updates of reductions (``B[i] = B[i] + x``). A float
    min/max of the location counts twice: it is emitted as numpy's
    ``isnan(a) ? a : (a < b ? a : b)``, three uses of ``a`` (an unrolled chain of 32 float
    min steps took LLVM 22 forever, fuzz case 2040010832)."""
    lets = [n.value for n in walk(body) if isinstance(n, S.LetStmt)]
    for st in walk(body):
        if isinstance(st, S.Store):
            n = 0

            def own(x: Any, st: S.Store = st) -> bool:
                return isinstance(x, E.Load) and x.buffer is st.buffer \
                    and bool(x.indices == st.indices)

            for e in (st.value, *lets):
                for x in walk(e):
                    if own(x):
                        n += 1
                    elif isinstance(x, E.Binary) and x.op in (E.Op.MIN, E.Op.MAX) \
                            and x.dtype.is_float and (own(x.a) or own(x.b)):
                        n += 1
            if n:
                yield st, n


def _reads_accumulator_twice(body: S.Stmt) -> bool:
    """True when a store in ``body`` updates ``B[i]`` from two or more reads of ``B[i]`` (a
    reducer that uses its accumulator twice: argmax's selects, ``a + b + a*b``), counting
    the update under a data-dependent condition (``if A[k] == 0: B[i] = f(B[i])``) as a
    second read: LLVM if-converts it to ``select(c, f(B[i]), B[i])``.

    LLVM may not unroll such a loop: fully unrolled, the update chain is a DAG whose paths
    double at every step, and LLVM 22's SCCP (range propagation) took exponential time on
    it (54 steps of ``a + b + a*b`` did not finish in 10 minutes), as its loop vectoriser
    did on the if-converted chain (fuzz case 2033006285). A condition of loop variables
    only (a split's guard) folds to a constant per unrolled step, so leaves no select. A
    loop the schedule unrolls keeps its unroll: the user asked for it.
    """
    data_dependent = {id(st) for n in walk(body) if isinstance(n, S.If) and _contains_load(n.cond)
                      for branch in (n.then, n.orelse) if branch is not None
                      for st in walk(branch) if isinstance(st, S.Store)}
    return any(n + (id(st) in data_dependent) >= 2 for st, n in _accumulator_updates(body))


def _variable_division(node: Any) -> bool:
    """An integer ``//`` or ``%`` by a divisor that is not a constant under ``node``."""
    return any(isinstance(x, E.Binary) and x.op in (E.Op.FLOORDIV, E.Op.FLOORMOD)
               and x.dtype.is_int and not isinstance(x.b, E.Const) for x in walk(node))


def _conditional_division(body: S.Stmt) -> bool:
    """True when ``body`` divides by a variable inside a conditional: an ``If`` branch, or a
    select branch that reads memory (emitted as real branches, see ``expr_Select``).

    LLVM 22's loop vectoriser must predicate such a division (the divisor may be zero where
    the branch is not taken). When the division is the same in every lane (``A[(k + 1) % n]``
    inside a loop over ``j``), it computed it only where the first lane's condition held, and
    the other lanes' masked gather then read through a poison address: a segfault (fuzz case
    2032014157). Loops around such code are not vectorised by LLVM.
    """
    for n in walk(body):
        if isinstance(n, S.If) and (_variable_division(n.then) or (
                n.orelse is not None and _variable_division(n.orelse))):
            return True
        if isinstance(n, E.Select) and (_contains_load(n.t) or _contains_load(n.f)) and (
                _variable_division(n.t) or _variable_division(n.f)):
            return True
    return False


def _reassociable_accumulator(body: S.Stmt, fp_mode: FloatMode) -> bool:
    """True when ``body`` updates an integer or bool accumulator, or a float one when
    ``fp_mode`` is not STRICT: reductions LLVM may reassociate, and so
    rewrite as SLP horizontal reductions (see the note on SLP above ``jit.optimize``)."""
    for st, _ in _accumulator_updates(body):
        dt = st.buffer.dtype
        if dt.is_int or dt.is_bool or (dt.is_float and fp_mode is not FloatMode.STRICT):
            return True
    return False
