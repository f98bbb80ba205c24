"""Parallel loops of the CPU emitter: a PARALLEL loop's body outlined into a task function
that the thread runtime of ``parallel.py`` calls on ranges of the iterations (layer 5).

``ParallelOutlining`` is a mixin of ``Emitter`` (emit.py): it uses the emitter's ``module``,
``fn``, ``b``, ``expr``, ``stmt``, ``cast_value`` and ``checks``.
"""

from __future__ import annotations

from llvmlite import ir

from ... import dtypes
from ...errors import CompileError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.visitor import free_vars, walk
from . import builder_utils as bu
from .builder_utils import I32, I64, PTR, VOID

RUNTIME_PARALLEL_FOR = "tcomp_rt_parallel_for"
NUM_THREADS_GLOBAL = "tcomp_num_threads"


class FnState:
    """Emission state of one LLVM function (the kernel or an outlined parallel task)."""

    def __init__(self, function: ir.Function, in_task: bool) -> None:
        self.function = function
        self.builder = ir.IRBuilder(function.append_basic_block("entry"))
        self.vars: dict[E.Var, ir.Value] = {}
        self.bufs: dict[Buffer, ir.Value] = {}
        self.in_task = in_task
        self.ws_cells: ir.Value | None = None  # workspace.py: the heap cells, loaded at entry
        self.stack_bytes = 0  # emit.py: the bytes of its stack buffers (STACK_BUDGET)
        self.streamed = False  # emit.py: it made non-temporal stores (fence_streams)


class ParallelOutlining:
    """``parallel_for`` and what it needs: the captured values, the closure, the thread count."""

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
        self.fn, self.mask = FnState(body_fn, in_task=True), None
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
        self.fence_streams()
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
