"""export_library: CPU kernels as one shared library, static archive or object file, with a C
header, callable from C, C++, Rust or ctypes without Python (layer 5).

The library holds each kernel's object code as built, the thread-pool runtime compiled for the
kernels' target (only when a kernel has parallel loops) and, per kernel, a C-callable wrapper
generated in LLVM IR (``wrappers.py``). The system linker (``cc``) and archiver (``ar``)
join them (``toolchain.py``).

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
kernel may see each other's) or ``<P>_ENOMEM`` (4: a heap temporary could not be allocated;
the outputs are incomplete). A kernel keeps its heap temporaries between calls (one block
each) until ``<p>_release_workspace()`` frees them (safe at any time: a call in progress keeps
its own block; the next call allocates again). ``const char* <p>_last_error(void)`` gives
the message of the calling thread's last failed call (thread-local; "" if none), worded like
the Python checker's. ``<p>_set_num_threads(n)`` sets the library's thread count for parallel loops
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
import os
import re
import textwrap
from collections.abc import Sequence
from typing import Any

import llvmlite.binding as llvm

from ..codegen.llvm.checks import OOB_SUFFIX
from ..codegen.llvm.emit import kernel_symbol
from ..codegen.llvm.jit import link_and_emit, parse_and_verify
from ..codegen.llvm.workspace import WS_RELEASE, WS_SUFFIX
from ..errors import ExportError
from .kernel import CompiledKernel
from .toolchain import cross_cc, library_kind, write_library
from .wrappers import ERROR_LEN, STATUS, Wrappers, c_type, has_bounds_record

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_C_KEYWORDS = frozenset(
    "auto bool break case char class const continue default delete do double else enum "
    "extern float for goto if inline int long new operator private public register "
    "restrict return short signed sizeof static struct switch template this typedef union "
    "unsigned void volatile while".split())


def _c_name(name: str, taken: set[str]) -> str:
    """A C identifier for a buffer name, unique among ``taken`` (which it joins)."""
    out = re.sub(r"\W", "_", name) or "buf"
    out = "_" + out if out[0].isdigit() else out
    while out in _C_KEYWORDS or out in taken or out + "_shape" in taken:
        out += "_"
    taken.update((out, out + "_shape"))
    return out


def _entry(prefix: str, k: CompiledKernel) -> str:
    """The C name of a kernel's wrapper: ``<prefix>_<kernel>`` (the symbol's tail)."""
    return f"{prefix}_{k.symbol.removeprefix('tcomp_')}"


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
            lines.append(" * May return EBOUNDS (bounds checks) or ENOMEM (heap temporaries): "
                         "one record per\n * kernel, so concurrent calls of it may see each "
                         "other's error.")
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
{api_prototypes(p)}
#ifdef __cplusplus
}}
#endif

#endif /* {guard} */
"""


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
    """The names of the error, thread-count and workspace functions every library exports
    (``Wrappers`` defines the first three; ``Wrappers.release_function`` the last)."""
    return [f"{prefix}_{n}" for n in ("last_error", "set_num_threads", "get_num_threads",
                                      "release_workspace")]


def api_prototypes(p: str) -> str:
    """The C prototypes of ``thread_api(p)``, with what each does, for a header."""
    return f"""/* The message of the calling thread's last failed call ("" if none). */
const char* {p}_last_error(void);
/* Threads for parallel loops from the next call on; n <= 0 restores the default. */
void {p}_set_num_threads(int n);
int {p}_get_num_threads(void);
/* Frees the heap temporaries the kernels keep from one call to the next (safe at any
 * time: a call in progress keeps its own; the next call allocates again). */
void {p}_release_workspace(void);
"""


def renamed(k: CompiledKernel, name: str) -> CompiledKernel:
    """``k`` under another name (symbol ``tcomp_<name>``), for a library holding two kernels
    of one name: its optimised IR renamed and emitted again (code generation only, so the
    same machine code). The copy can be exported, not called."""
    sym = kernel_symbol(name)
    texts = []
    for text in (k.source("llvm"), k.source("llvm-opt")):
        mod = parse_and_verify(text, k.symbol)
        for old, new in ((k.symbol, sym), *((k.symbol + x, sym + x) for x in
                                            (OOB_SUFFIX, WS_SUFFIX, WS_SUFFIX + "_n",
                                             WS_RELEASE))):
            g = _value_or_none(mod, old)
            if g is not None:
                g.name = new
        texts.append(str(mod))
    obj = link_and_emit([texts[1]], k.target)
    compiled = dataclasses.replace(k.compiled, symbol=sym, object_code=obj,
                                   llvm_ir=texts[0], llvm_opt=texts[1], _asm=None)
    stages = {n: k.stages[n] for n in k.stages if n not in ("llvm", "llvm-opt", "asm")}
    return CompiledKernel(dataclasses.replace(k.func, name=name), compiled, None, stages,
                          k.target)


def _value_or_none(mod: llvm.ModuleRef, name: str) -> llvm.ValueRef | None:
    """The module's function or global variable ``name``, if it has one."""
    for get in (mod.get_function, mod.get_global_variable):
        try:
            return get(name)
        except NameError:
            pass
    return None


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
    lib.release_function(ks)
    api = [_entry(prefix, k) for k in ks] + thread_api(prefix)
    write_library(lib, ks, path, api, cc=cc, ar=ar)
    if header is not None:
        with open(header, "w") as fh:
            fh.write(c_header(ks, prefix, os.path.basename(path),
                              os.path.basename(os.fspath(header))))




__all__ = ["ERROR_LEN", "STATUS", "Wrappers", "api_prototypes", "c_header", "c_type",
           "check_prefix", "cross_cc", "export_library", "has_bounds_record", "library_kind",
           "renamed", "thread_api", "write_library"]
