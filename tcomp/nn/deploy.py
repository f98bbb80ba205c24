"""``tcomp.nn.export``: a model's forward as a standalone C library, run with no Python
(layer 9). The module is ``tcomp.nn.deploy``; ``tcomp.nn.export`` is its function.

``export(model, example, "model.so")`` traces the forward (``forward_trace.trace_forward``:
twice, in eval mode under ``no_grad``, each array a launch reads or writes found by its
memory as an input, a weight, a constant or an intermediate; data the forward computed
outside tcomp kernels is an ExportError naming the op that read it). Last, the library runs
on both inputs and must give the forward's outputs (an in-place numpy write is caught there).

The library (``runtime.export.write_library``) holds the kernels' object code, built for the
export (the op cache is cleared first) so that each is the tuned kernel of this machine where
the tuning database in use (``autotune.use_database``) has a record of its workload, and one
module generated in LLVM IR (no C compiled at export time)::

    int  <p>_create(<p>_model** model, const void* weights);   /* weights: NULL = embedded */
    int  <p>_run(<p>_model* model, const float* x, const int64_t x_shape[r], ...,
                 float* y, const int64_t y_shape[r], ...);       /* caller-owned buffers */
    void <p>_destroy(<p>_model* model);

plus ``<p>_last_error``, ``<p>_set_num_threads``, ``<p>_get_num_threads`` and
``<p>_release_workspace`` as ``export_library`` has them. ``create`` allocates every
intermediate once, 64-byte aligned, in one arena whose slots are shared by intermediates that
are never live together; ``run`` checks the shapes (fixed: the example's), pointers,
alignment and overlap, then calls the kernels in order. One model runs one call at a time (the
arena is its state); create one per thread to run in parallel.

The weights are embedded in the library (read-only data, 64-byte aligned): one file to ship,
mapped by the loader and shared between processes, with nothing to find, parse or check at
``create``. The header documents their layout, so a caller may pass other weights of the same
model (a fine-tuned copy) to ``create`` as one buffer.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from llvmlite import ir

from ..build import build
from ..codegen.llvm import builder_utils as bu
from ..codegen.llvm.builder_utils import I8, I32, I64, PTR, VOID
from ..codegen.llvm.emit import kernel_symbol
from ..codegen.target import Target
from ..dtypes import as_dtype
from ..errors import ExportError
from ..runtime.export import (
    STATUS,
    Wrappers,
    api_prototypes,
    c_type,
    check_prefix,
    has_bounds_record,
    library_kind,
    renamed,
    thread_api,
    write_library,
)
from ..runtime.kernel import CompiledKernel
from ..runtime.memory import empty
from . import kernels
from .forward_trace import (
    ALIGN,
    Memory,
    Region,
    align,
    check_outputs,
    place_temps,
    trace_forward,
)

# status name -> (value, what it means), as the header defines them (export_library's codes)
MODEL_STATUS = {
    "OK": (0, "success"),
    "EARGUMENT": (STATUS["EARGUMENT"][0], "a NULL pointer, a misaligned buffer or an output "
                  "overlapping another buffer; nothing ran"),
    "ESHAPE": (STATUS["ESHAPE"][0], "a buffer's shape is not the one exported; nothing ran"),
    "EBOUNDS": (STATUS["EBOUNDS"][0], "a bounds-checked kernel skipped an out-of-bounds "
                "access; the outputs are incomplete"),
    "ENOMEM": (STATUS["ENOMEM"][0], "create could not allocate the intermediates, or a "
               "kernel its temporaries"),
}
_HEAD = ALIGN  # bytes of the model handle before its arena: the weights pointer


@dataclass
class ExportedModel:
    """What ``export`` wrote: the paths, the C prefix, the input and output (shape, dtype),
    the kernels in launch order with where each one's schedule came from (a tuning record
    or the default schedule) and the embedded weights (name, shape, dtype, byte offset)."""

    library: str
    header: str
    prefix: str
    inputs: list[tuple[tuple[int, ...], np.dtype]]
    outputs: list[tuple[tuple[int, ...], np.dtype]]
    kernels: list[str]
    schedules: list[str]
    weights: list[tuple[str, tuple[int, ...], np.dtype, int]] = field(default_factory=list)
    weights_bytes: int = 0
    arena_bytes: int = 0


def _plan(mem: Memory) -> tuple[bytes, int]:
    """Offsets: weights and constants in the blob, temps in the arena (``place_temps``).
    The blob and the arena's size."""
    blob = bytearray()
    for r in mem.regions:
        if r.kind in ("weight", "const"):
            r.offset = len(blob)
            blob += r.array.tobytes() + bytes(align(r.nbytes) - r.nbytes)
    return bytes(blob), place_temps(mem)


def _for_target(ks: list[CompiledKernel], uses: dict[int, Any], target: Any
                ) -> list[CompiledKernel]:
    """The kernels built again from their DSL for ``target`` (the tuning database's record
    for it, else the automatic schedule); a kernel already built for it stays."""
    tgt = Target.parse(target)
    if tgt.kind != "llvm" or "linux" not in tgt.resolved_triple:
        raise ExportError(f"tcomp.nn.export: target {tgt} is not a CPU target for Linux; pass "
                          "e.g. 'llvm -mtriple=aarch64-linux-gnu' (the export writes ELF)")
    dsl = {id(u.kernel): u for u in uses.values()}
    return [k if k.target.key() == tgt.key() else
            build(dsl[id(k)].outs, dsl[id(k)].args, target=tgt, name=k.name) for k in ks]


def _unique_names(ks: list[CompiledKernel], prefix: str) -> list[CompiledKernel]:
    """The kernels with distinct symbols: a later kernel of a name taken is renamed. With a
    ``prefix`` (a static library, whose kernel symbols stay global) every kernel is renamed
    ``<prefix>_<name>``, so two models' archives link into one program."""
    taken: set[str] = set()
    out = []
    for k in ks:
        name, n = f"{prefix}_{k.name}" if prefix else k.name, 1
        while kernel_symbol(name if n == 1 else f"{name}_{n}") in taken:
            n += 1
        name = name if n == 1 else f"{name}_{n}"
        if kernel_symbol(name) != k.symbol:
            k = renamed(k, name)
        taken.add(k.symbol)
        out.append(k)
    return out


class _ModelModule:
    """The create/run/destroy functions, added to the wrappers' module."""

    def __init__(self, lib: Wrappers, blob: int, arena: int):
        self.lib, self.m = lib, lib.m
        lib.statuses = MODEL_STATUS
        self.blob = None
        if blob:
            self.blob = ir.GlobalVariable(self.m, ir.ArrayType(I8, blob), f"{lib.prefix}.weights")
        self.arena = arena

    def create(self) -> None:
        lib, p = self.lib, self.lib.prefix
        b = lib.define(f"{p}_create", I32, [PTR, PTR])
        out, weights = b.function.args
        null = ir.Constant(PTR, None)
        lib.check(b, b.icmp_unsigned("==", out, null), "EARGUMENT",
                  f"{p}_create: the model pointer is NULL; pass the address of a {p}_model*")
        b.store(null, out)
        low = b.and_(b.ptrtoint(weights, I64), ir.Constant(I64, ALIGN - 1))
        lib.check(b, b.icmp_unsigned("!=", low, ir.Constant(I64, 0)), "EARGUMENT",
                  f"{p}_create: the weights are not {ALIGN}-byte aligned; allocate them with "
                  f"aligned_alloc({ALIGN}, {p.upper()}_WEIGHTS_BYTES)")
        embedded = self.blob if self.blob is not None else null
        weights = b.select(b.icmp_unsigned("==", weights, null), embedded, weights)
        alloc = bu.get_function(self.m, "aligned_alloc", PTR, [I64, I64])
        raw = b.call(alloc, [ir.Constant(I64, ALIGN), ir.Constant(I64, _HEAD + self.arena)])
        lib.check(b, b.icmp_unsigned("==", raw, null), "ENOMEM",
                  f"{p}_create: could not allocate {_HEAD + self.arena} bytes")
        b.store(weights, raw)
        b.store(raw, out)
        b.ret(ir.Constant(I32, 0))
        b = lib.define(f"{p}_destroy", VOID, [PTR])
        b.call(bu.get_function(self.m, "free", VOID, [PTR]), [b.function.args[0]])
        b.ret_void()

    def run(self, ins: list[np.ndarray], outs: list[np.ndarray],
            launches: list[tuple[CompiledKernel, list[tuple[Region, int]], list[int]]],
            out_refs: list[tuple[Region, int]]) -> None:
        lib, p = self.lib, self.lib.prefix
        bufs = [("input", i, a) for i, a in enumerate(ins)] + \
               [("output", i, a) for i, a in enumerate(outs)]
        b = lib.define(f"{p}_run", I32, [PTR] * (1 + 2 * len(bufs)))
        model, *rest = b.function.args
        null = ir.Constant(PTR, None)
        lib.check(b, b.icmp_unsigned("==", model, null), "EARGUMENT",
                  f"{p}_run: the model is NULL; make one with {p}_create")
        ptrs = []
        for (kind, i, a), data, shp in zip(bufs, rest[::2], rest[1::2], strict=True):
            self._check_buffer(b, f"{p}_run: {kind} {i}", a, data, shp)
            ptrs.append(data)
        n_in = len(ins)
        for o, a in enumerate(outs):  # an output must not share memory with another buffer
            lo, hi = b.ptrtoint(ptrs[n_in + o], I64), a.nbytes
            for q, (kind, i, c) in enumerate(bufs):
                if q == n_in + o or not (hi and c.nbytes):
                    continue
                qlo = b.ptrtoint(ptrs[q], I64)
                cross = b.and_(b.icmp_unsigned("<", lo, b.add(qlo, ir.Constant(I64, c.nbytes))),
                               b.icmp_unsigned("<", qlo, b.add(lo, ir.Constant(I64, hi))))
                lib.check(b, cross, "EARGUMENT", f"{p}_run: output {o} shares memory with "
                          f"{kind} {i}; pass separate buffers")
        weights = b.load(model, typ=PTR)
        arena = b.gep(model, [ir.Constant(I64, _HEAD)], source_etype=I8)

        def at(ref: tuple[Region, int]) -> ir.Value:
            r, off = ref
            if r.kind == "input":
                base = ptrs[r.index]
            elif r.kind == "temp":
                base, off = (ptrs[n_in + r.output], off) if r.output is not None else (
                    arena, r.offset + off)
            else:
                base, off = weights, r.offset + off
            return b.gep(base, [ir.Constant(I64, off)], source_etype=I8) if off else base

        for k, refs, dims in launches:
            if k.uses_parallel:
                lib.sync_threads(b)
            fn = bu.get_function(self.m, k.symbol, VOID, [PTR] * len(refs) + [I64] * len(dims))
            b.call(fn, [*(at(r) for r in refs), *(ir.Constant(I64, d) for d in dims)])
            if has_bounds_record(k):
                lib.bounds_report(b, k)
        copy = bu.get_function(self.m, "memcpy", PTR, [PTR, PTR, I64])
        for o, ref in enumerate(out_refs):
            if not (ref[0].kind == "temp" and ref[0].output == o) and outs[o].nbytes:
                b.call(copy, [ptrs[n_in + o], at(ref), ir.Constant(I64, outs[o].nbytes)])
        b.ret(ir.Constant(I32, 0))

    def _check_buffer(self, b: ir.IRBuilder, who: str, a: np.ndarray, data: ir.Value,
                      shp: ir.Value) -> None:
        """NULL pointers, the extents (the example's) and the alignment of one buffer."""
        lib, null = self.lib, ir.Constant(PTR, None)
        if a.ndim:
            lib.check(b, b.icmp_unsigned("==", shp, null), "EARGUMENT", f"{who}: its shape "
                      f"pointer is NULL; pass the address of {a.ndim} int64_t extents")
            ext = [b.load(b.gep(shp, [ir.Constant(I64, d)], source_etype=I64), typ=I64)
                   for d in range(a.ndim)]
            got: list[Any] = [f"{who} has shape ("]
            for d, e in enumerate(ext):
                got += [", "] * bool(d) + [e]
            got.append(f"{',' * (a.ndim == 1)}), expected {_shape(a.shape)}")
            for d, e in enumerate(ext):
                lib.check(b, b.icmp_signed("!=", e, ir.Constant(I64, a.shape[d])), "ESHAPE",
                          *got, f": dimension {d} is ", e, f", must be {a.shape[d]}. The "
                          "model was exported for the example's shapes only; export it again "
                          "with an example of the shapes you need")
        if a.nbytes:
            lib.check(b, b.icmp_unsigned("==", data, null), "EARGUMENT",
                      f"{who}: the data pointer is NULL")
        if a.itemsize > 1:
            low = b.and_(b.ptrtoint(data, I64), ir.Constant(I64, a.itemsize - 1))
            lib.check(b, b.icmp_unsigned("!=", low, ir.Constant(I64, 0)), "EARGUMENT",
                      f"{who} is not aligned to its {a.itemsize}-byte elements")


def _shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def _weights_module(prefix: str, blob: bytes, triple: str) -> str:
    """An LLVM module defining the weights: hidden read-only bytes, 64-byte aligned. Written
    as text because llvmlite formats a byte constant one byte at a time in Python."""
    data = ("\\" + blob.hex("\\")) if blob else ""
    return (f'target triple = "{triple}"\n@"{prefix}.weights" = hidden constant '
            f'[{len(blob)} x i8] c"{data}", align {ALIGN}\n')


def _header(info: ExportedModel, model: str, library: str, target: str) -> str:
    p, pu = info.prefix, info.prefix.upper()
    codes = "".join(f"#define {pu}_{n} {v} /* {why} */\n" for n, (v, why) in
                    MODEL_STATUS.items())
    args = []
    for kind, specs in (("input", info.inputs), ("output", info.outputs)):
        for i, (shp, dt) in enumerate(specs):
            c = f"{'' if kind == 'output' else 'const '}{c_type(as_dtype(dt))}"
            args.append(f"    {c}* {kind}{i}, const int64_t {kind}{i}_shape[{max(len(shp), 1)}]"
                        f" /* {dt} {_shape(shp)} */")
    sizes = "".join(f"#define {pu}_{kind.upper()}{i}_NUMEL {math.prod(shp)}\n"
                    for kind, specs in (("input", info.inputs), ("output", info.outputs))
                    for i, (shp, _) in enumerate(specs))
    origins = dict(zip(info.kernels, info.schedules, strict=True))
    kerns = "".join(f" *   {k}: {why.replace('*/', '* /')}\n" for k, why in origins.items())
    layout = "".join(f" *   {off:>12}  {dt!s:<8} {_shape(shp):<20} {name}\n"
                     for name, shp, dt, off in info.weights)
    return f"""/* {library}: the model {model} exported by tcomp.nn.export; do not edit.
 *
 * {p}_create makes a model (its intermediates allocated once, {ALIGN}-byte aligned);
 * {p}_run computes its outputs from its inputs into caller-owned, C-contiguous buffers
 * of exactly the shapes below; {p}_destroy frees it. Each returns {pu}_OK (0) or a
 * status below, and {p}_last_error() says why (the calling thread's last failure).
 * A model runs one call at a time; create one per thread to run in parallel.
 * Machine code for {target}; static linking also needs -lm -lpthread.
 * Kernels, in the order run calls them, and the schedule each was built with:
{kerns} *
 * Parallel loops use {p}_get_num_threads() threads (TCOMP_NUM_THREADS, else the CPUs the
 * process may run on).
 */
#ifndef {pu}_H
#define {pu}_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {{
#endif

{codes}
{sizes}
/* The weights are embedded in the library. To run other weights of this model, pass
 * {pu}_WEIGHTS_BYTES bytes, {ALIGN}-byte aligned, laid out as (byte offset, dtype, shape,
 * name; C order, native byte order):
{layout} * and keep them alive until {p}_destroy. */
#define {pu}_WEIGHTS_BYTES {info.weights_bytes}

typedef struct {p}_model {p}_model;

/* *model := a new model reading the embedded weights (weights NULL) or the given ones. */
int {p}_create({p}_model** model, const void* weights);
int {p}_run({p}_model* model,
{(","+chr(10)).join(args)});
/* Frees the model (NULL: nothing). */
void {p}_destroy({p}_model* model);

{api_prototypes(p)}
#ifdef __cplusplus
}}
#endif

#endif /* {pu}_H */
"""


def export(model: Any, example: Any, path: str | os.PathLike, *, prefix: str | None = None,
           cc: str | Sequence[str] | None = None, target: Any = None) -> ExportedModel:
    """Write ``model``'s forward on inputs shaped like ``example`` as a C library (see the
    module docstring for the API).

    Args:
        model: a ``tcomp.nn.Module`` (or any callable of Tensors) on the cpu; it runs in
            eval mode for the export, and its training flags are restored afterwards.
        example: the input Tensor or numpy array, or a tuple of them; the library takes
            exactly these shapes and dtypes.
        path: ``model.so`` (also ``.a``/``.o``), with the header written next to it as
            ``<prefix>.h``; or a directory, which gets ``lib<prefix>.so`` and ``<prefix>.h``.
            A ``.so`` is loaded once, on one thread, to check it against the forward.
        prefix: of the C functions; default: the file's (or directory's) name.
        cc: the linker driver, as for ``tc.export_library``.
        target: the CPU to compile for (a ``tc.Target`` or a string such as ``"llvm
            -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1"``); default: this machine. The
            forward is traced here; each kernel is then built again for the target (its
            tuning record for that target where the database has one). A library for
            another target is not run here: test it where it runs (or under qemu).
    """
    path = os.fspath(path)
    is_dir = os.path.isdir(path) or not os.path.splitext(path)[1]
    prefix = check_prefix(prefix, path if not is_dir else
                          os.path.basename(os.path.normpath(path)) + ".so", "tcomp.nn.export")
    if is_dir:
        library, header = os.path.join(path, f"lib{prefix}.so"), os.path.join(path, f"{prefix}.h")
    else:
        library_kind(path, "tcomp.nn.export")
        library, header = path, os.path.join(os.path.dirname(path), f"{prefix}.h")
    # The ops are built afresh, so each kernel is the one the tuning database in use now
    # chooses (a record, else the default schedule), not one built before it was set; the
    # kernel cache makes an unchanged kernel a lookup.
    kernels.clear_cache()
    t = trace_forward(model, example, "tcomp.nn.export")
    mem, arrays, (xs, outs) = t.mem, t.runs[0][0], t.runs[0]
    blob, arena = _plan(mem)
    traced = list({id(k): k for k, _, _ in t.steps}.values())
    ks = traced if target is None else _for_target(traced, t.uses, target)
    native = all(a is b for a, b in zip(ks, traced, strict=True))
    ks = _unique_names(ks, "" if library.endswith(".so") else prefix)
    by_id = {id(k): new for k, new in zip(traced, ks, strict=True)}
    steps = [(by_id[id(k)], refs, dims) for k, refs, dims in t.steps]
    triple = ks[0].target.resolved_triple
    lib = Wrappers(prefix, triple)
    mod = _ModelModule(lib, len(blob), arena)
    mod.create()
    mod.run(xs, outs, steps, t.out_refs)
    lib.release_function(ks)
    api = [f"{prefix}_{n}" for n in ("create", "run", "destroy")] + thread_api(prefix)
    write_library(lib, ks, library, api, modules=[_weights_module(prefix, blob, triple)]
                  if blob else [], cc=cc)
    info = ExportedModel(
        library, header, prefix, [(a.shape, a.dtype) for a in arrays],
        [(o.shape, o.dtype) for o in outs], [k.name for k, _, _ in steps],
        [k.stages.get("schedule_origin", "?") for k, _, _ in steps],
        [(r.name, r.array.shape, r.array.dtype, r.offset) for r in mem.regions
         if r.kind in ("weight", "const")], len(blob), arena)
    with open(header, "w") as fh:
        fh.write(_header(info, type(model).__name__, os.path.basename(library),
                         f"{triple} ({ks[0].target})"))
    if library.endswith(".so") and native:
        _self_check(info, t.model, t.runs)
    return info


def _self_check(info: ExportedModel, model: str,
                runs: list[tuple[list[np.ndarray], list[np.ndarray]]]) -> None:
    """Run the library (a private copy, on one thread, unloaded afterwards) on the traced
    inputs: it must give what the forward gave, else the forward did something the trace
    can't see."""
    import _ctypes
    import ctypes
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="tcomp-export-check-") as tmp:
        copy = os.path.join(tmp, os.path.basename(info.library))
        shutil.copyfile(info.library, copy)  # dlopen of the path would reuse an older load
        lib = ctypes.CDLL(copy)
    fns = {n: getattr(lib, f"{info.prefix}_{n}") for n in ("create", "run", "destroy",
                                                           "last_error")}
    fns["last_error"].restype = ctypes.c_char_p
    # One thread: no pool is started, so nothing of the library runs after it is unloaded.
    getattr(lib, f"{info.prefix}_set_num_threads")(1)
    handle = ctypes.c_void_p()
    try:
        for which, (ins, want) in zip(("example", "second"), runs, strict=True):
            got = [empty(w.shape, w.dtype) for w in want]
            args: list[Any] = [handle]
            for a in [*ins, *got]:
                args += [ctypes.c_void_p(a.ctypes.data),
                         (ctypes.c_int64 * max(a.ndim, 1))(*a.shape)]
            rc = fns["create"](ctypes.byref(handle), None) if not handle.value else 0
            rc = rc or fns["run"](*args)
            if rc:
                raise ExportError(f"tcomp.nn.export: the library failed on the {which} input "
                                  f"(status {rc}): {fns['last_error']().decode()}")
            check_outputs("tcomp.nn.export: the library", "export", model, which, got, want,
                          rtol=1e-4, atol=1e-5)
    finally:
        fns["destroy"](handle)
        getattr(lib, f"{info.prefix}_release_workspace")()  # its blocks, before it goes
        _ctypes.dlclose(lib._handle)


__all__ = ["MODEL_STATUS", "ExportedModel", "export"]
