"""The C entry points of an exported library, generated in LLVM IR (layer 5).

``Wrappers`` builds one LLVM module per library: per kernel, ``int <p>_<kernel>(ptr, shape,
...)``, which checks every extent against the kernel's contract (``CompiledKernel.params``),
NULL pointers, alignment and overlap before the call and turns a skipped out-of-bounds
access into a status after it; and the thread-local error message and thread-count
functions every library has. The statuses (``STATUS``) and messages match the Python
checker's; ``export.py`` describes the ABI and links the module with the kernels
(``toolchain.write_library``).
"""

from __future__ import annotations

import re
from typing import Any

from llvmlite import ir

from ..codegen.llvm import builder_utils as bu
from ..codegen.llvm.builder_utils import I8, I32, I64, PTR, VOID
from ..codegen.llvm.checks import OOB_SUFFIX, buffer_table
from ..codegen.llvm.emit import NUM_THREADS_GLOBAL
from ..codegen.llvm.operators import binary_op
from ..codegen.llvm.thread_pool import CPU_SET_WORDS
from ..codegen.llvm.workspace import WS_RELEASE
from ..dtypes import MAX_DIM, DType, int64
from ..errors import CompileError
from ..ir import expr as E
from ..ir.printer import expr_str
from .kernel import CompiledKernel, Param

# status name -> (value, what it means), as the header defines them
STATUS = {"OK": (0, "success"),
          "EARGUMENT": (1, "a NULL pointer, a misaligned buffer or an output overlapping "
                           "another buffer; the kernel did not run"),
          "ESHAPE": (2, "an extent breaks the kernel's shape contract; the kernel did not run"),
          "EBOUNDS": (3, "a bounds-checked kernel skipped an out-of-bounds access; the "
                         "outputs are incomplete"),
          "ENOMEM": (4, "a temporary buffer of the kernel could not be allocated; the outputs "
                        "are incomplete")}
ERROR_LEN = 512  # bytes of the thread-local message buffer
_SC_NPROCESSORS_ONLN = 84  # Linux (glibc, musl)


def c_type(dtype: DType) -> str:
    """The C element type of a buffer (bool: ``uint8_t`` holding 0 or 1, as numpy's)."""
    if dtype.kind == "f":
        return "float" if dtype.bits == 32 else "double"
    return "uint8_t" if dtype.kind == "b" else f"int{dtype.bits}_t"


class Wrappers:
    """The LLVM module of a library's C entry points (``m``), with its thread-local message
    buffer and thread-count functions. ``kernel`` adds a checked wrapper of a kernel; other
    entry points (an exported model's) are built with ``define``, ``check`` (a status and a
    message from ``statuses``), ``sync_threads`` and ``bounds_report``; ``write_library``
    links the module with the kernels."""

    def __init__(self, prefix: str, triple: str) -> None:
        self.prefix = prefix
        self.statuses = STATUS  # status name -> (value, meaning) that check() returns
        self.m = ir.Module(name=f"{prefix}_wrappers")
        self.m.triple = triple
        self._strings: dict[str, ir.GlobalVariable] = {}
        err_ty = ir.ArrayType(I8, ERROR_LEN)
        self.err = ir.GlobalVariable(self.m, err_ty, f"{prefix}.error")
        self.err.initializer = ir.Constant(err_ty, None)
        self.err.linkage = "internal"
        self.err.storage_class = "thread_local"  # llvmlite has no field; LLVM's grammar slot
        self.threads = ir.GlobalVariable(self.m, I32, f"{prefix}.threads")  # 0: the default
        self.threads.initializer = ir.Constant(I32, 0)
        self.threads.linkage = "internal"
        # The kernels' shared count (weak in each kernel object; see emit.py).
        self.nt = ir.GlobalVariable(self.m, I32, NUM_THREADS_GLOBAL)
        self.nt.initializer = ir.Constant(I32, 1)
        self.nt.linkage = "weak"
        self.snprintf = bu.get_function(self.m, "snprintf", I32, [PTR, I64, PTR], var_arg=True)
        self._thread_functions()

    # ------------------------------------------------------------------ helpers
    def cstr(self, text: str) -> ir.GlobalVariable:
        """A private constant NUL-terminated string (one per distinct text)."""
        gv = self._strings.get(text)
        if gv is None:
            data = bytearray(text.encode() + b"\0")
            ty = ir.ArrayType(I8, len(data))
            gv = ir.GlobalVariable(self.m, ty, f"{self.prefix}.str{len(self._strings)}")
            gv.initializer = ir.Constant(ty, data)
            gv.global_constant, gv.linkage, gv.unnamed_addr = True, "private", True
            self._strings[text] = gv
        return gv

    def _table(self, name: str, strings: list[ir.Value]) -> tuple[ir.Value, ir.Type]:
        """A private constant array of C strings, defined once per module."""
        ty = ir.ArrayType(PTR, len(strings))
        table = self.m.globals.get(name)
        if table is None:
            table = ir.GlobalVariable(self.m, ty, name)
            table.initializer = ir.Constant(ty, strings)
            table.global_constant, table.linkage = True, "private"
        return table, ty

    def check(self, b: ir.IRBuilder, bad: ir.Value, status: str, *parts: Any) -> None:
        """If ``bad``: write the message ``parts`` (text, i64 values as decimals, pointers
        as C strings) to the error buffer and return ``status``."""
        with b.if_then(bad, likely=False):
            fmt = "".join(p.replace("%", "%%") if isinstance(p, str) else
                          "%s" if p.type == PTR else "%lld" for p in parts)
            args = [p for p in parts if not isinstance(p, str)]
            b.call(self.snprintf, [self.err, ir.Constant(I64, ERROR_LEN), self.cstr(fmt), *args])
            b.ret(ir.Constant(I32, self.statuses[status][0]))

    def define(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.IRBuilder:
        """A new function of the module (nounwind), as a builder at its entry block."""
        fn = ir.Function(self.m, ir.FunctionType(ret, args), name)
        fn.attributes.add("nounwind")
        return ir.IRBuilder(fn.append_basic_block("entry"))

    def _thread_functions(self) -> None:
        p = self.prefix
        b = self.define(f"{p}_last_error", PTR, [])
        b.ret(self.err)
        b = self.define(f"{p}_set_num_threads", VOID, [I32])
        n = b.function.args[0]
        n = b.select(b.icmp_signed(">", n, ir.Constant(I32, 0)), n, ir.Constant(I32, 0))
        b.store_atomic(n, self.threads, "monotonic", 4)
        b.ret_void()
        self.current = self.define(f"{p}.current_threads", I32, []).function
        self.current.linkage = "internal"
        self._current_threads(ir.IRBuilder(self.current.blocks[0]))
        b = self.define(f"{p}_get_num_threads", I32, [])
        b.ret(b.call(self.current, []))

    def _current_threads(self, b: ir.IRBuilder) -> None:
        """The count set, else (computed once) ``TCOMP_NUM_THREADS`` or the number of CPUs
        in the affinity mask, else the online CPUs, as ``config`` does for Python."""
        zero = ir.Constant(I32, 0)
        n = b.load_atomic(self.threads, "monotonic", 4, typ=I32)
        with b.if_then(b.icmp_signed(">", n, zero), likely=True):
            b.ret(n)
        env = b.call(bu.get_function(self.m, "getenv", PTR, [PTR]),
                     [self.cstr("TCOMP_NUM_THREADS")])
        env = b.select(b.icmp_unsigned("!=", env, ir.Constant(PTR, None)), env, self.cstr(""))
        from_env = b.call(bu.get_function(self.m, "atoi", I32, [PTR]), [env])
        mask = bu.alloca_entry(b, I64, CPU_SET_WORDS)
        words = [b.gep(mask, [ir.Constant(I32, i)], source_etype=I64)
                 for i in range(CPU_SET_WORDS)]
        for w in words:
            b.store(ir.Constant(I64, 0), w)
        aff = bu.get_function(self.m, "sched_getaffinity", I32, [I32, I64, PTR])
        b.call(aff, [zero, ir.Constant(I64, 8 * CPU_SET_WORDS), mask])
        cpus = ir.Constant(I64, 0)
        for w in words:
            cpus = b.add(cpus, bu.intrinsic(b, "ctpop", I64, [b.load(w, typ=I64)]))
        online = b.call(bu.get_function(self.m, "sysconf", I64, [I32]),
                        [ir.Constant(I32, _SC_NPROCESSORS_ONLN)])
        cpus = b.select(b.icmp_signed(">", cpus, ir.Constant(I64, 0)), cpus, online)
        cpus = b.select(b.icmp_signed(">", cpus, ir.Constant(I64, 0)), cpus, ir.Constant(I64, 1))
        n = b.select(b.icmp_signed(">", from_env, zero), from_env, b.trunc(cpus, I32))
        b.store_atomic(n, self.threads, "monotonic", 4)
        b.ret(n)

    def sync_threads(self, b: ir.IRBuilder) -> None:
        """Before a kernel with parallel loops: the kernels' shared count := the current."""
        n = b.call(self.current, [])
        with b.if_then(b.icmp_signed("!=", b.load(self.nt, typ=I32), n), likely=False):
            b.store(n, self.nt)

    def release_function(self, ks: Any) -> None:
        """``void <p>_release_workspace(void)``: each kernel's ``<symbol>_ws_release`` (those
        with heap temporaries), which frees the blocks it keeps between calls."""
        b = self.define(f"{self.prefix}_release_workspace", VOID, [])
        for k in ks:
            name = k.symbol + WS_RELEASE
            if re.search(rf'^define .*@"?{re.escape(name)}"?\(', k.source("llvm"), re.M):
                b.call(bu.get_function(self.m, name, VOID, []), [])
        b.ret_void()

    # ------------------------------------------------------------------ one kernel
    def kernel(self, k: CompiledKernel, cname: str) -> None:
        """Define ``int <cname>(ptr, shape, ...)``: check the arguments, call the kernel,
        report a skipped out-of-bounds access."""
        params = k.params
        b = self.define(cname, I32, [PTR] * (2 * len(params)))
        for p in params:
            data, shape = b.function.args[2 * p.index:2 * p.index + 2]
            data.name, shape.name = f"{p.name}.{p.index}", f"{p.name}.{p.index}.shape"
        dims, sizes = self._check_shapes(b, k)
        ptrs = self._check_memory(b, k, sizes)
        if k.uses_parallel:
            self.sync_threads(b)
        callee = bu.get_function(self.m, k.symbol, VOID, [PTR] * len(params) + [I64] * len(dims))
        b.call(callee, [*ptrs, *dims])
        if has_bounds_record(k):
            self.bounds_report(b, k)
        b.ret(ir.Constant(I32, 0))

    def _check_shapes(self, b: ir.IRBuilder, k: CompiledKernel
                      ) -> tuple[list[ir.Value], list[ir.Value]]:
        """Load and check every extent as ``CompiledKernel._check_shape`` and
        ``_check_derived`` do; the dim values (binding order: the first buffer with the dim
        as an extent) and each buffer's size in bytes."""
        func, args = k.func, b.function.args
        dims: list[Any] = [None] * len(func.dim_vars)
        binder: list[Any] = [None] * len(func.dim_vars)
        shapes: dict[int, list[ir.Value]] = {}

        def head(p: Param, axis: int) -> list[Any]:
            text: list[Any] = [_who(k, p), " has shape ("]
            for a, e in enumerate(shapes[p.index]):
                text += [", "] * bool(a) + [e]
            return [*text, f"{',' * (p.ndim == 1)}), expected {p.shape_text}: dimension {axis}"]

        for p in k.params:
            shp = args[2 * p.index + 1]
            if p.ndim:
                self.check(b, b.icmp_unsigned("==", shp, ir.Constant(PTR, None)), "EARGUMENT",
                           _who(k, p), f": its shape pointer {p.name}_shape is NULL; pass the "
                           f"address of {p.ndim} int64_t extents {p.shape_text}")
            shapes[p.index] = [b.load(b.gep(shp, [ir.Constant(I64, a)], source_etype=I64),
                                      typ=I64) for a in range(p.ndim)]
            for axis, ((kind, v), e) in enumerate(zip(p.dims, shapes[p.index], strict=True)):
                if kind == "c":
                    self.check(b, b.icmp_signed("!=", e, ir.Constant(I64, v)), "ESHAPE",
                               *head(p, axis), " is ", e, f", must be {v}")
                elif kind == "e":
                    self.check(b, b.icmp_signed("<", e, ir.Constant(I64, 0)), "ESHAPE",
                               *head(p, axis), " is ", e, ", must be >= 0")
                elif dims[v] is None:
                    dims[v], binder[v] = e, p
                    self.check(b, b.icmp_unsigned(">", e, ir.Constant(I64, MAX_DIM)), "ESHAPE",
                               *head(p, axis), f" ({func.dim_vars[v].name}) is ", e, ", must be "
                               "between 0 and the largest symbolic dimension tcomp supports, "
                               "2**48 - 1")
                else:
                    q, var = binder[v], func.dim_vars[v].name
                    self.check(b, b.icmp_signed("!=", e, dims[v]), "ESHAPE", *head(p, axis),
                               f" ({var}) is ", e, f", but {var} = ", dims[v], f" from argument "
                               f"{q.index} ({q.name}); make the shapes agree")
        env = dict(zip(func.dim_vars, dims, strict=True))
        for p in k.params:
            for axis, ((kind, v), e) in enumerate(zip(p.dims, shapes[p.index], strict=True)):
                if kind == "e":
                    want = _shape_value(b, v, env)
                    self.check(b, b.icmp_signed("!=", e, want), "ESHAPE", *head(p, axis),
                               " is ", e, f", must be {expr_str(v)} = ", want,
                               "; make the shapes agree")
        return dims, [self._nbytes(b, k, p, shapes[p.index]) for p in k.params]

    def _check_memory(self, b: ir.IRBuilder, k: CompiledKernel, sizes: list[ir.Value]
                      ) -> list[ir.Value]:
        """Check NULL data pointers, alignment and outputs overlapping other buffers (as
        ``CompiledKernel.__call__``); return 0 at once when every output is empty. The data
        pointers."""
        params, zero = k.params, ir.Constant(I64, 0)
        ptrs = [b.function.args[2 * p.index] for p in params]
        for p, ptr, n in zip(params, ptrs, sizes, strict=True):
            self.check(b, b.and_(b.icmp_unsigned("==", ptr, ir.Constant(PTR, None)),
                                 b.icmp_signed("!=", n, zero)), "EARGUMENT",
                       _who(k, p), ": the data pointer is NULL but the buffer holds ", n,
                       " bytes")
            if p.itemsize > 1:
                low = b.and_(b.ptrtoint(ptr, I64), ir.Constant(I64, p.itemsize - 1))
                self.check(b, b.icmp_unsigned("!=", low, zero), "EARGUMENT", _who(k, p),
                           f" is not aligned to its {p.itemsize}-byte elements; pass a pointer "
                           f"to {c_type(k.func.params[p.index].dtype)} elements")
        live = ir.Constant(bu.I1, 0)
        for o in (p for p in params if p.output):
            lo, n = b.ptrtoint(ptrs[o.index], I64), sizes[o.index]
            live = b.or_(live, b.icmp_signed(">", n, zero))
            for p in params:
                if p is o:
                    continue
                plo, pn = b.ptrtoint(ptrs[p.index], I64), sizes[p.index]
                both = b.and_(b.icmp_signed(">", n, zero), b.icmp_signed(">", pn, zero))
                cross = b.and_(b.icmp_unsigned("<", lo, b.add(plo, pn)),
                               b.icmp_unsigned("<", plo, b.add(lo, n)))
                self.check(b, b.and_(both, cross), "EARGUMENT", f"output argument {o.index} "
                           f"({o.name}) of kernel {k.name!r} shares memory with argument "
                           f"{p.index} ({p.name}); the kernel assumes no overlap: pass a "
                           "separate output buffer")
        if any(p.output for p in params):  # every output empty: nothing to compute
            with b.if_then(b.not_(live), likely=False):
                b.ret(ir.Constant(I32, 0))
        return ptrs

    def _nbytes(self, b: ir.IRBuilder, k: CompiledKernel, p: Param, extents: list[ir.Value]
                ) -> ir.Value:
        """Bytes of a buffer; a product above 2**63 - 1 is an ESHAPE error."""
        n, over = ir.Constant(I64, p.itemsize), ir.Constant(bu.I1, 0)
        ty = ir.LiteralStructType([I64, bu.I1])
        for e in extents:
            r = bu.intrinsic(b, "smul.with.overflow", ty, [n, e], overload=[I64])
            n, over = b.extract_value(r, 0), b.or_(over, b.extract_value(r, 1))
        if extents:
            self.check(b, over, "ESHAPE", _who(k, p), " holds more than 2**63 - 1 bytes; its "
                       "extents are wrong")
        return n

    def bounds_report(self, b: ir.IRBuilder, k: CompiledKernel) -> None:
        """After the call: a recorded out-of-bounds access becomes EBOUNDS, a temporary that
        could not be allocated ENOMEM (record cleared).
        A kernel called at several places shares its record and name table."""
        rec_ty = ir.ArrayType(I64, 3)
        rec = self.m.globals.get(k.symbol + OOB_SUFFIX) or ir.GlobalVariable(
            self.m, rec_ty, k.symbol + OOB_SUFFIX)
        slots = [b.gep(rec, [ir.Constant(I32, 0), ir.Constant(I32, i)], source_etype=rec_ty)
                 for i in range(3)]
        for s in slots:
            s.type = PTR  # llvmlite types the GEP by the array; LLVM 22 has only ptr
        code, index, size = (b.load(s, typ=I64) for s in slots)
        whats = [buf.name if i < len(k.func.params) else f"the temporary buffer '{buf.name}'"
                 for i, buf in enumerate(buffer_table(k.func))]
        names = [self.cstr(f"{verb} {what}") for what in whats
                 for verb in ("read of", "write to")]
        table, table_ty = self._table(f"{k.symbol}.oob_names", names)
        bad = b.icmp_signed("!=", code, ir.Constant(I64, 0))
        with b.if_then(bad, likely=False):
            for s in slots:
                b.store(ir.Constant(I64, 0), s)
        if len(whats) > len(k.func.params):  # a temporary that could not be allocated
            nomem = b.icmp_signed("<", code, ir.Constant(I64, 0))  # (codegen/llvm/workspace)
            bufs, bufs_ty = self._table(f"{k.symbol}.buf_names", list(map(self.cstr, whats)))
            bid = b.sub(ir.Constant(I64, -1), code)
            bid = b.select(b.icmp_unsigned("<", bid, ir.Constant(I64, len(whats))), bid,
                           ir.Constant(I64, 0))
            name = b.load(b.gep(bufs, [ir.Constant(I64, 0), bid], source_etype=bufs_ty), typ=PTR)
            self.check(b, nomem, "ENOMEM", f"kernel {k.name!r} could not allocate ", name, " (",
                       index, " bytes; -1: more than 2**62), so the outputs are incomplete")
        ok = b.and_(b.icmp_signed(">", code, ir.Constant(I64, 0)),
                    b.icmp_signed("<=", code, ir.Constant(I64, len(names))))
        at = b.select(ok, b.sub(code, ir.Constant(I64, 1)), ir.Constant(I64, 0))
        name = b.load(b.gep(table, [ir.Constant(I64, 0), at], source_etype=table_ty), typ=PTR)
        self.check(b, bad, "EBOUNDS", f"kernel {k.name!r}: ", name, " at flat index ", index,
                   " is out of bounds: it holds ", size, " elements. The access was skipped, "
                   "so no memory outside the buffers was touched, but the outputs are "
                   "incomplete. Keep the indices of the computes inside their tensors")


def _who(k: CompiledKernel, p: Param) -> str:
    return f"argument {p.index} ({p.name}) of kernel {k.name!r}"


def _shape_value(b: ir.IRBuilder, e: E.Expr, env: dict[E.Var, Any]) -> ir.Value:
    """A derived shape expression over the bound dims, with the kernels' integer semantics
    (``operators.binary_op``: floor division, x // 0 == 0), as ``ir.npops.eval_int``."""
    if isinstance(e, E.Const):
        return ir.Constant(I64, int(e.value))
    if isinstance(e, E.Var):
        return env[e]
    if isinstance(e, E.Cast):
        return _shape_value(b, e.value, env)
    if isinstance(e, E.Binary):
        return binary_op(b, e.op, _shape_value(b, e.a, env), _shape_value(b, e.b, env), int64)
    raise CompileError(f"can't export the shape expression {expr_str(e)}")


def has_bounds_record(k: CompiledKernel) -> bool:
    """Whether the kernel's object defines ``<symbol>_oob`` (it has bounds checks)."""
    name = re.escape(k.symbol + OOB_SUFFIX)
    return re.search(rf'^@"?{name}"? = ', k.source("llvm"), re.M) is not None


__all__ = ["ERROR_LEN", "STATUS", "Wrappers", "c_type", "has_bounds_record"]
