"""export_library: CPU kernels as one shared library, static archive or object file, with a C
header, callable from C, C++, Rust or ctypes without Python (layer 5).

The library holds each kernel's object code as built, the thread-pool runtime compiled for the
kernels' target (only when a kernel has parallel loops) and, per kernel, a C-callable wrapper
generated in LLVM IR. The system linker (``cc``) and archiver (``ar``) join them.

ABI (``<p>`` is the prefix, by default the file name without ``lib`` and its suffix)::

    int <p>_<kernel>(const T* buf0, const int64_t buf0_shape[rank0], ..., T* out, ...);

One data pointer and one shape array per buffer, in the kernel's parameter order (inputs
``const``; a rank-0 buffer's shape may be NULL). Buffers are dense, C-contiguous (row-major),
aligned to their element size, and no output may share memory with another buffer. The
wrapper checks every extent against the kernel's contract (fixed sizes, symbolic dims equal
across buffers, derived dims like ``n + 2``), NULL pointers, alignment and overlap, then
calls the kernel. It returns 0 (``<P>_OK``), or ``<P>_EARGUMENT`` (1: a NULL pointer,
misalignment, overlap), ``<P>_ESHAPE`` (2: an extent breaks the contract) without running
the kernel, or ``<P>_EBOUNDS`` (3: a bounds-checked kernel skipped an out-of-bounds access;
the outputs are incomplete; the record is one per kernel, so concurrent calls of one
kernel may see each other's). ``const char* <p>_last_error(void)`` gives the message of the
calling thread's last failed call (thread-local; "" if none), worded like the Python
checker's. ``<p>_set_num_threads(n)`` sets the library's thread count for parallel loops
(``n <= 0``: back to the default, ``TCOMP_NUM_THREADS`` or the CPUs the process may run on);
``<p>_get_num_threads()`` reads it. Pool workers are not bound to CPUs.

Symbols: a shared library exports only the ``<p>_*`` functions. In a ``.o`` or ``.a`` the
kernels (``tcomp_<kernel>``) stay global too; the runtime's symbols and ``tcomp_num_threads``
are weak, so several tcomp archives link into one program if their kernel names differ.
Static users link with ``-lm -lpthread``.

Cross-compiling (kernels built for another architecture, e.g. ``llvm -mtriple=aarch64-linux-gnu``):
without ``cc=``, LLVM links a ``.o`` (or the object of a ``.a``) itself from the parts'
optimised IR, code generation only; a ``.so`` needs a linker for that target: ``cc=``, else
Debian's cross gcc (``aarch64-linux-gnu-gcc``) on PATH, else zig's from the ``ziglang``
package (``python -m ziglang cc -target aarch64-linux-gnu``), in that order (``cross_cc``).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from typing import Any

import llvmlite.binding as llvm
from llvmlite import ir

from ..codegen.llvm import builder_utils as bu
from ..codegen.llvm.builder_utils import I8, I32, I64, PTR, VOID
from ..codegen.llvm.checks import OOB_SUFFIX, buffer_table
from ..codegen.llvm.emit import NUM_THREADS_GLOBAL, RUNTIME_PARALLEL_FOR, kernel_symbol
from ..codegen.llvm.jit import compile_ir, link_and_emit, parse_and_verify
from ..codegen.llvm.operators import binary_op
from ..codegen.llvm.thread_pool import CPU_SET_WORDS, runtime_ir
from ..dtypes import MAX_DIM, DType, int64
from ..errors import CompileError, ExportError, TcompRuntimeError
from ..ir import expr as E
from ..ir.printer import expr_str
from .kernel import CompiledKernel, _Param

# status name -> (value, what it means), as the header defines them
STATUS = {"OK": (0, "success"),
          "EARGUMENT": (1, "a NULL pointer, a misaligned buffer or an output overlapping "
                           "another buffer; the kernel did not run"),
          "ESHAPE": (2, "an extent breaks the kernel's shape contract; the kernel did not run"),
          "EBOUNDS": (3, "a bounds-checked kernel skipped an out-of-bounds access; the "
                         "outputs are incomplete")}
ERROR_LEN = 512  # bytes of the thread-local message buffer
_SC_NPROCESSORS_ONLN = 84  # Linux (glibc, musl)
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_C_KEYWORDS = frozenset(
    "auto bool break case char class const continue default delete do double else enum "
    "extern float for goto if inline int long new operator private public register "
    "restrict return short signed sizeof static struct switch template this typedef union "
    "unsigned void volatile while".split())


def c_type(dtype: DType) -> str:
    """The C element type of a buffer (bool: ``uint8_t`` holding 0 or 1, as numpy's)."""
    if dtype.kind == "f":
        return "float" if dtype.bits == 32 else "double"
    return "uint8_t" if dtype.kind == "b" else f"int{dtype.bits}_t"


def _c_name(name: str, taken: set[str]) -> str:
    """A C identifier for a buffer name, unique among ``taken`` (which it joins)."""
    out = re.sub(r"\W", "_", name) or "buf"
    out = "_" + out if out[0].isdigit() else out
    while out in _C_KEYWORDS or out in taken or out + "_shape" in taken:
        out += "_"
    taken.update((out, out + "_shape"))
    return out


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

        def head(p: _Param, axis: int) -> list[Any]:
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

    def _nbytes(self, b: ir.IRBuilder, k: CompiledKernel, p: _Param, extents: list[ir.Value]
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
        """After the call: a recorded out-of-bounds access becomes EBOUNDS (record cleared).
        A kernel called at several places shares its record and name table."""
        rec_ty = ir.ArrayType(I64, 3)
        rec = self.m.globals.get(k.symbol + OOB_SUFFIX) or ir.GlobalVariable(
            self.m, rec_ty, k.symbol + OOB_SUFFIX)
        slots = [b.gep(rec, [ir.Constant(I32, 0), ir.Constant(I32, i)], source_etype=rec_ty)
                 for i in range(3)]
        for s in slots:
            s.type = PTR  # llvmlite types the GEP by the array; LLVM 22 has only ptr
        code, index, size = (b.load(s, typ=I64) for s in slots)
        names = []
        for i, buf in enumerate(buffer_table(k.func)):
            what = buf.name if i < len(k.func.params) else f"the temporary buffer '{buf.name}'"
            names += [self.cstr(f"read of {what}"), self.cstr(f"write to {what}")]
        table_ty = ir.ArrayType(PTR, len(names))
        table = self.m.globals.get(f"{k.symbol}.oob_names")
        if table is None:
            table = ir.GlobalVariable(self.m, table_ty, f"{k.symbol}.oob_names")
            table.initializer = ir.Constant(table_ty, names)
            table.global_constant, table.linkage = True, "private"
        bad = b.icmp_signed("!=", code, ir.Constant(I64, 0))
        with b.if_then(bad, likely=False):
            for s in slots:
                b.store(ir.Constant(I64, 0), s)
        ok = b.and_(b.icmp_signed(">", code, ir.Constant(I64, 0)),
                    b.icmp_signed("<=", code, ir.Constant(I64, len(names))))
        at = b.select(ok, b.sub(code, ir.Constant(I64, 1)), ir.Constant(I64, 0))
        name = b.load(b.gep(table, [ir.Constant(I64, 0), at], source_etype=table_ty), typ=PTR)
        self.check(b, bad, "EBOUNDS", f"kernel {k.name!r}: ", name, " at flat index ", index,
                   " is out of bounds: it holds ", size, " elements. The access was skipped, "
                   "so no memory outside the buffers was touched, but the outputs are "
                   "incomplete. Keep the indices of the computes inside their tensors")


def _entry(prefix: str, k: CompiledKernel) -> str:
    """The C name of a kernel's wrapper: ``<prefix>_<kernel>`` (the symbol's tail)."""
    return f"{prefix}_{k.symbol.removeprefix('tcomp_')}"


def _who(k: CompiledKernel, p: _Param) -> str:
    return f"argument {p.index} ({p.name}) of kernel {k.name!r}"


def _shape_value(b: ir.IRBuilder, e: E.Expr, env: dict[E.Var, Any]) -> ir.Value:
    """A derived shape expression over the bound dims, with the kernels' integer semantics
    (``operators.binary_op``: floor division, x // 0 == 0), as ``kernel._eval_dim``."""
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


def _runtime_text(triple: str) -> str:
    """The thread runtime with every definition other modules see made weak and hidden:
    private to a shared library, and merged when several tcomp archives share a program."""
    mod = parse_and_verify(runtime_ir(triple), "the thread runtime")
    for g in (*mod.global_variables, *mod.functions):
        if not g.is_declaration and g.linkage == llvm.Linkage.external:
            g.linkage = llvm.Linkage.weak_any
            g.visibility = llvm.Visibility.hidden
    return str(mod)


def c_header(kernels: Sequence[CompiledKernel], prefix: str, library: str = "",
             guard: str = "") -> str:
    """The C header of a library of ``kernels``: status codes, one prototype per kernel with
    its shape and dtype contract, the error and thread-count functions."""
    p = prefix
    guard = re.sub(r"\W", "_", guard or f"{prefix}_h").upper()
    codes = "".join(textwrap.fill(why, 90, initial_indent="/* ", subsequent_indent=" * ")
                    + f" */\n#define {p.upper()}_{n} {v}\n" for n, (v, why) in STATUS.items())
    protos = []
    for k in kernels:
        taken: set[str] = set()
        args, lines = [], [f"/* {k.name}: {len(k.params)} buffers, C-contiguous, aligned to "
                           "their element size;", " * outputs must not overlap other buffers."]
        dims = ", ".join(v.name for v in k.func.dim_vars)
        if dims:
            lines.append(f" * Symbolic dims {dims}: taken from the shapes, equal everywhere.")
        for q in k.params:
            c, buf = _c_name(q.name, taken), k.func.params[q.index]
            ctype = c_type(buf.dtype)
            args.append(f"{'' if q.output else 'const '}{ctype}* {c}, " + (
                f"const int64_t {c}_shape[{q.ndim}]" if q.ndim else
                f"const int64_t* {c}_shape /* rank 0: may be NULL */"))
            lines.append(f" *   {c}: {'output' if q.output else 'input '} {buf.dtype} "
                         f"shape {q.shape_text}")
        if has_bounds_record(k):
            lines.append(" * Bounds-checked: may return the EBOUNDS status (one record per "
                         "kernel: concurrent\n * calls of it may see each other's error).")
        lines.append(" */")
        protos.append("\n".join(lines) + f"\nint {_entry(p, k)}(" + ",\n    ".join(args)
                      + ");\n")
    lib = library or f"lib{p}.so"
    return f"""/* {lib}: tcomp kernels, generated by tcomp.export_library; do not edit.
 *
 * int {p}_<kernel>(data, shape, ...): one pointer and one int64_t shape array per buffer,
 * in the kernel's parameter order. Returns {p.upper()}_OK (0) or a status below;
 * {p}_last_error() says why (the calling thread's last failure).
 * Machine code for {kernels[0].target.resolved_triple} ({kernels[0].target}).
 * Parallel loops use {p}_get_num_threads() threads (default: TCOMP_NUM_THREADS, else the
 * CPUs the process may run on). Static linking (.a, .o) also needs -lm -lpthread.
 */
#ifndef {guard}
#define {guard}

#include <stdint.h>

#ifdef __cplusplus
extern "C" {{
#endif

{codes}
{chr(10).join(protos)}
/* The message of the calling thread's last failed call ("" if none). */
const char* {p}_last_error(void);
/* Threads for parallel loops from the next call on; n <= 0 restores the default. */
void {p}_set_num_threads(int n);
int {p}_get_num_threads(void);

#ifdef __cplusplus
}}
#endif

#endif /* {guard} */
"""


# ----------------------------------------------------------------------------- toolchain
def _tool(kind: str, explicit: str | Sequence[str] | None) -> list[str]:
    """The command of the C compiler driver (``kind="cc"``) or archiver (``"ar"``):
    ``explicit``, else ``$CC``/``$AR``, else the first on PATH, else ``python -m ziglang``."""
    if explicit:
        return [explicit] if isinstance(explicit, str) else list(explicit)
    env = os.environ.get(kind.upper())
    if env:
        return env.split()
    names = ("cc", "gcc", "clang") if kind == "cc" else ("ar", "llvm-ar", "gcc-ar")
    for name in names:
        found = shutil.which(name)
        if found:
            return [found]
    if _has_ziglang():
        return [sys.executable, "-m", "ziglang", kind]
    what = "a C compiler driver (to link)" if kind == "cc" else "an archiver"
    raise TcompRuntimeError(
        f"export_library needs {what}, but found none of {', '.join(names)} on PATH and "
        f"${kind.upper()} is unset. Install one (Debian/Ubuntu: apt-get install "
        f"{'gcc' if kind == 'cc' else 'binutils'}), or `pip install ziglang`, which provides "
        f"`python -m ziglang {kind}`, or pass {kind}=[...] to export_library")


def _has_ziglang() -> bool:
    """Whether the ``ziglang`` package (zig's toolchain from PyPI) is importable."""
    return importlib.util.find_spec("ziglang") is not None


def cross_cc(triple: str) -> list[str]:
    """A linker driver for Linux on another architecture: Debian's cross gcc
    (``<arch>-linux-<abi>-gcc``) on PATH, else zig's (``python -m ziglang cc -target
    <arch>-linux-<abi>``), else an ExportError saying how to get one."""
    arch, abi = triple.split("-")[0], triple.split("-")[-1]
    abi = abi if abi.startswith(("gnu", "musl")) else "gnu"
    gcc = f"{arch}-linux-{abi}-gcc"
    if shutil.which(gcc):
        return [gcc]
    if _has_ziglang():
        return [sys.executable, "-m", "ziglang", "cc", "-target", f"{arch}-linux-{abi}"]
    raise ExportError(
        f"export_library: a shared library for {triple} needs a linker for that target, and "
        f"found neither {gcc} on PATH nor the ziglang package. Install one (Debian/Ubuntu: "
        f"apt-get install gcc-{arch}-linux-{abi}; or pip install ziglang, which links with "
        f"`python -m ziglang cc -target {arch}-linux-{abi}`), pass cc=[...], or export a .o "
        "or .a, which LLVM links itself")


def _run(cmd: list[str], what: str) -> None:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise TcompRuntimeError(f"export_library could not run {cmd[0]!r} ({what}): {exc}; "
                                "pass a working tool (cc=..., ar=...)") from None
    if r.returncode != 0:
        raise CompileError(f"{what} failed ({' '.join(cmd)}, exit status {r.returncode})",
                           log=(r.stdout + r.stderr).strip())


# ----------------------------------------------------------------------------- the driver
def _check_kernels(kernels: Any) -> list[CompiledKernel]:
    single = isinstance(kernels, CompiledKernel) or hasattr(kernels, "target")
    ks = [kernels] if single or not hasattr(kernels, "__iter__") else list(kernels)
    if not ks:
        raise ExportError("export_library got no kernels; pass a list of built kernels")
    seen: dict[str, int] = {}
    for i, k in enumerate(ks):
        kind = getattr(getattr(k, "target", None), "kind", None)
        if kind == "cuda":
            raise ExportError(f"kernel {i} ({getattr(k, 'name', '?')!r}) is a CUDA kernel; "
                              "export_library supports CPU kernels only for now: build it "
                              "with target='llvm'")
        if not isinstance(k, CompiledKernel):
            raise ExportError(f"kernel {i} is a {type(k).__name__}, not a kernel from "
                              "tc.build(..., target='llvm')")
        if k.symbol in seen:
            raise ExportError(f"kernels {seen[k.symbol]} and {i} are both named {k.name!r} "
                              f"(symbol {k.symbol}); build them with distinct names "
                              "(tc.build(..., name=...))")
        seen[k.symbol] = i
        if k.target.key() != ks[0].target.key():
            raise ExportError(f"kernel {k.name!r} was built for {k.target}, kernel "
                              f"{ks[0].name!r} for {ks[0].target}; one library holds code for "
                              "one target: build them all for the same target")
    triple = ks[0].target.resolved_triple
    if "linux" not in triple:
        raise ExportError(f"export_library writes ELF libraries for Linux targets; the kernels "
                          f"target {triple}")
    return ks


def library_kind(path: str, what: str) -> str:
    """The suffix of a library path: ``.so``, ``.a`` or ``.o``, else an ExportError."""
    kind = os.path.splitext(os.path.basename(path))[1]
    if kind not in (".so", ".a", ".o"):
        raise ExportError(f"{what}: can't tell the kind of library from {path!r}; end the "
                          "path in .so (shared), .a (static archive) or .o (object)")
    return kind


def check_prefix(prefix: str | None, path: str, what: str) -> str:
    """``prefix``, or by default the file name without ``lib`` and its suffix; an
    ExportError unless it is a C identifier that can't clash with tcomp's own symbols."""
    if prefix is None:
        base = os.path.basename(path)
        prefix = re.sub(r"\W", "_", os.path.splitext(base)[0].removeprefix("lib"))
    if not _IDENT.match(prefix):
        raise ExportError(f"{what}: prefix {prefix!r} is not a C identifier; pass "
                          "prefix='ops' (letters, digits, '_'; not starting with a digit)")
    if f"{prefix}_".startswith("tcomp_"):
        raise ExportError(f"{what}: prefix {prefix!r} would clash with tcomp's own "
                          "symbols (tcomp_<kernel>, tcomp_rt_*); pass another, e.g. prefix='ops'")
    return prefix


def thread_api(prefix: str) -> list[str]:
    """The names of the error and thread-count functions every library exports."""
    return [f"{prefix}_{n}" for n in ("last_error", "set_num_threads", "get_num_threads")]


def renamed(k: CompiledKernel, name: str) -> CompiledKernel:
    """``k`` under another name (symbol ``tcomp_<name>``), for a library holding two kernels
    of one name: its optimised IR renamed and emitted again (code generation only, so the
    same machine code). The copy can be exported, not called."""
    sym = kernel_symbol(name)
    texts = []
    for text in (k.source("llvm"), k.source("llvm-opt")):
        mod = parse_and_verify(text, k.symbol)
        for old, new in ((k.symbol, sym), (k.symbol + OOB_SUFFIX, sym + OOB_SUFFIX)):
            g = mod.get_function(old) if old == k.symbol else _global_or_none(mod, old)
            if g is not None:
                g.name = new
        texts.append(str(mod))
    obj = link_and_emit([texts[1]], k.target)
    compiled = dataclasses.replace(k._compiled, symbol=sym, object_code=obj,
                                   llvm_ir=texts[0], llvm_opt=texts[1], _asm=None)
    stages = {n: k.stages[n] for n in k.stages if n not in ("llvm", "llvm-opt", "asm")}
    return CompiledKernel(dataclasses.replace(k.func, name=name), compiled, None, stages,
                          k.target)


def _global_or_none(mod: llvm.ModuleRef, name: str) -> llvm.ValueRef | None:
    try:
        return mod.get_global_variable(name)
    except NameError:
        return None


def write_library(lib: Wrappers, ks: Sequence[CompiledKernel], path: str, api: Sequence[str],
                  *, modules: Sequence[str] = (), cc: str | Sequence[str] | None = None,
                  ar: str | Sequence[str] | None = None) -> None:
    """Compile the wrapper module ``lib`` (and, code generation only, the LLVM ``modules``:
    data such as a model's weights) and link them with the kernels ``ks`` and, if a kernel
    has parallel loops, the thread runtime into ``path`` (.so, .a or .o); a shared library
    exports only the functions ``api``."""
    base = os.path.basename(path)
    kind = library_kind(path, "export_library")
    target = ks[0].target
    triple = target.resolved_triple
    # Another architecture than this machine's: a .so needs that target's linker (cross_cc);
    # a .o or .a without cc= is linked by LLVM.
    foreign = triple.split("-")[0] != llvm.get_process_triple().split("-")[0]
    if foreign and cc is None and kind == ".so":
        cc = cross_cc(triple)
    by_llvm = foreign and cc is None
    linker = [] if by_llvm else _tool("cc", cc)  # before any work: a missing tool fails fast
    archiver = _tool("ar", ar) if kind == ".a" else []
    built = [compile_ir(bu.module_text(lib.m), target, f"{lib.prefix} wrappers", False,
                        count_as="runtime_codegen")]
    if any(k.uses_parallel for k in ks):
        built.append(compile_ir(_runtime_text(triple), target, RUNTIME_PARALLEL_FOR, False,
                                count_as="runtime_codegen"))
    if by_llvm:
        parts = [link_and_emit([*(c.llvm_opt for c in built), *modules,
                                *(k.source("llvm-opt") for k in ks)], target)]
    else:
        parts = [c.object_code for c in built] + [k.object_code for k in ks]
        parts += [link_and_emit([text], target) for text in modules]  # code generation only
    out_dir = os.path.dirname(os.path.abspath(path))
    with tempfile.TemporaryDirectory(prefix="tcomp-export-") as tmp:
        objs = []
        for i, data in enumerate(parts):
            objs.append(os.path.join(tmp, f"part{i}.o"))
            with open(objs[-1], "wb") as fh:
                fh.write(data)
        made = os.path.join(tmp, "out" + kind)
        if kind == ".so":
            script = os.path.join(tmp, "exports.map")
            with open(script, "w") as fh:
                fh.write("{ global: " + " ".join(f"{n};" for n in api) + " local: *; };\n")
            _run([*linker, "-shared", "-o", made, *objs, f"-Wl,-soname,{base}",
                  f"-Wl,--version-script={script}", "-Wl,--no-undefined", "-lm", "-lpthread"],
                 f"linking {base}")
        else:
            obj = made if kind == ".o" else os.path.join(tmp, f"{lib.prefix}.o")
            if by_llvm:
                os.replace(objs[0], obj)
            else:
                _run([*linker, "-r", "-nostdlib", "-o", obj, *objs], f"linking {base}")
            if kind == ".a":
                _run([*archiver, "rcs", made, obj], f"archiving {base}")
        os.makedirs(out_dir, exist_ok=True)
        shutil.move(made, path)


def export_library(kernels: CompiledKernel | Sequence[CompiledKernel], path: str | os.PathLike,
                   header: str | os.PathLike | None = None, *, prefix: str | None = None,
                   cc: str | Sequence[str] | None = None,
                   ar: str | Sequence[str] | None = None) -> None:
    """Write CPU kernels as a library callable from C without Python (ABI: module docstring).

    Args:
        kernels: kernels from ``tc.build`` for one CPU target, with distinct names.
        path: ``*.so`` (shared library), ``*.a`` (static archive) or ``*.o`` (one
            relocatable object).
        header: where to write the C header, or None for none.
        prefix: of every exported function (``<prefix>_<kernel>``, ``<prefix>_last_error``);
            default: the file name without ``lib`` and its suffix (``libops.so``: ``ops``).
        cc, ar: the linker driver and archiver commands; default ``$CC``/``$AR``, else
            ``cc``/``ar`` on PATH, else ``python -m ziglang cc``/``ar``. For kernels of
            another architecture, ``cc`` is that target's linker driver (default: see
            ``cross_cc``).
    """
    ks = _check_kernels(kernels)
    path = os.fspath(path)
    library_kind(path, "export_library")
    prefix = check_prefix(prefix, path, "export_library")
    lib = Wrappers(prefix, ks[0].target.resolved_triple)
    for k in ks:
        lib.kernel(k, _entry(prefix, k))
    api = [_entry(prefix, k) for k in ks] + thread_api(prefix)
    write_library(lib, ks, path, api, cc=cc, ar=ar)
    if header is not None:
        with open(header, "w") as fh:
            fh.write(c_header(ks, prefix, os.path.basename(path),
                              os.path.basename(os.fspath(header))))


__all__ = ["ERROR_LEN", "STATUS", "Wrappers", "c_header", "c_type", "check_prefix",
           "cross_cc", "export_library", "has_bounds_record", "library_kind", "renamed",
           "thread_api", "write_library"]
