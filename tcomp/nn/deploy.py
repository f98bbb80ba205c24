"""``tcomp.nn.export``: a model's forward as a standalone C library, run with no Python
(layer 9). The module is ``tcomp.nn.deploy``; ``tcomp.nn.export`` is its function.

``export(model, example, "model.so")`` runs the forward in eval mode under ``no_grad``,
recording every kernel it launches with the arrays each read and wrote
(``kernels.recording(launches)``). Each array is then found by its memory: a model input, a
weight (a parameter or buffer, or a contiguous part of one), a constant (an array built with
numpy that doesn't change with the input), or an intermediate written by an earlier kernel
(or a reshape view of one). A second run on another input of the same shape tells a
constant from data the forward computed outside tcomp kernels, which the export can't see:
that is an ExportError naming the op that read it; so is a second run that launches other
kernels (control flow on the values). Last, the library runs on both inputs and must give
the forward's outputs (an in-place numpy write is caught there).

The library (``runtime.export.write_library``) holds the kernels' object code, built for the
export (the op cache is cleared first) so that each is the tuned kernel of this machine where
the tuning database in use (``autotune.use_database``) has a record of its workload, and one
module generated in LLVM IR (no C compiled at export time)::

    int  <p>_create(<p>_model** model, const void* weights);   /* weights: NULL = embedded */
    int  <p>_run(<p>_model* model, const float* x, const int64_t x_shape[r], ...,
                 float* y, const int64_t y_shape[r], ...);       /* caller-owned buffers */
    void <p>_destroy(<p>_model* model);

plus ``<p>_last_error``, ``<p>_set_num_threads`` and ``<p>_get_num_threads`` as
``export_library`` has them. ``create`` allocates every intermediate once, 64-byte aligned,
in one arena whose slots are shared by intermediates that are never live together; ``run``
checks the shapes (fixed: the example's), pointers, alignment and overlap, then calls the
kernels in order. One model runs one call at a time (the arena is its state); create one
per thread to run in parallel.

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
from .modules import evaluating
from .tensor import Tensor, no_grad

ALIGN = 64  # bytes: weights and intermediates start on a cache line (an AVX-512 vector)
# status name -> (value, what it means), as the header defines them (export_library's codes)
MODEL_STATUS = {
    "OK": (0, "success"),
    "EARGUMENT": (STATUS["EARGUMENT"][0], "a NULL pointer, a misaligned buffer or an output "
                  "overlapping another buffer; nothing ran"),
    "ESHAPE": (STATUS["ESHAPE"][0], "a buffer's shape is not the one exported; nothing ran"),
    "EBOUNDS": (STATUS["EBOUNDS"][0], "a bounds-checked kernel skipped an out-of-bounds "
                "access; the outputs are incomplete"),
    "ENOMEM": (4, "create could not allocate the intermediates"),
}
_HEAD = ALIGN  # bytes of the model handle before its arena: the weights pointer


@dataclass
class _Region:
    """Memory the forward used: an input, weight, constant or intermediate (``temp``)."""

    kind: str
    name: str
    array: np.ndarray
    start: int
    first: int = -1          # temps: the first and last launch that use it
    last: int = -1
    offset: int = 0          # weights/constants: in the blob; temps: in the arena
    output: int | None = None  # a temp that lives in the caller's output buffer
    index: int = 0           # inputs: their position
    tensor: Any = None       # weights: the parameter or buffer

    @property
    def nbytes(self) -> int:
        return int(self.array.nbytes)


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


def _as_arrays(example: Any, who: str) -> list[np.ndarray]:
    """The example inputs as fresh 64-byte aligned arrays (so their memory is theirs)."""
    items = list(example) if isinstance(example, (tuple, list)) else [example]
    if not items:
        raise ExportError(f"{who}: no example input; pass the tensor(s) the forward takes, "
                          "e.g. (model, x)")
    out = []
    for i, x in enumerate(items):
        if isinstance(x, Tensor):
            if x.device != "cpu":
                raise ExportError(f"{who}: example input {i} is on {x.device}; "
                                  "the export makes a CPU library: pass a cpu tensor")
            x = x.numpy()
        if not isinstance(x, (np.ndarray, np.generic)):
            raise ExportError(f"{who}: example input {i} is a {type(x).__name__}; "
                              "pass a tcomp.nn.Tensor or a numpy array")
        arr = empty(np.shape(x), np.asarray(x).dtype)
        arr[...] = x
        out.append(arr)
    return out


def _trace(model: Any, arrays: list[np.ndarray], uses: dict[int, Any], who: str
           ) -> tuple[list[Any], list[np.ndarray], list[Tensor], bool]:
    """Run the forward once on ``arrays``: the launches, the output arrays, the input
    tensors (whose arrays the launches read) and whether it returned a tuple; ``uses`` gets
    the kernels' KernelUses."""
    xs = [Tensor(a) for a in arrays]
    launches: list[Any] = []
    with no_grad(), kernels.recording(launches) as used:
        out = model(*xs)
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        for i, o in enumerate(outs):
            if not isinstance(o, Tensor):
                raise ExportError(f"{who}: output {i} of {type(model).__name__}."
                                  f"forward is a {type(o).__name__}, not a Tensor; return a "
                                  "Tensor or a tuple of Tensors")
            if o.device != "cpu":
                raise ExportError(f"{who}: output {i} is on {o.device}; move the "
                                  "model to the cpu (model.cpu()) to export it")
        datas = [o.data for o in outs]  # computes pending (lazy) outputs, recorded too
    uses.update(used)
    return launches, datas, xs, isinstance(out, (tuple, list))


def _other_input(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Another input of ``a``'s shape and dtype: its values moved one place along (an index
    stays a valid index), floats also scaled by a random factor in [0.5, 1.5)."""
    flat = np.roll(a.reshape(-1), 1)
    if a.dtype.kind in "fc":
        flat = flat * rng.uniform(0.5, 1.5, flat.size).astype(a.dtype)
    out = empty(a.shape, a.dtype)
    out.reshape(-1)[...] = flat
    return out


class _Memory:
    """The regions of one traced forward, found by address."""

    def __init__(self, model: Any, inputs: list[Tensor], who: str):
        self.regions: list[_Region] = []
        for i, x in enumerate(inputs):
            self.regions.append(_Region("input", f"input {i}", x.data, x.data.ctypes.data,
                                        index=i))
        seen: set[int] = set()
        named = [*model.named_parameters(), *model.named_buffers()]
        for name, t in named:
            d = t.data
            if not isinstance(d, np.ndarray):
                raise ExportError(f"{who}: {type(model).__name__}'s '{name}' is on "
                                  f"{t.device}; move the model to the cpu (model.cpu())")
            if id(d) not in seen and d.size:
                seen.add(id(d))
                self.regions.append(_Region("weight", name, d, d.ctypes.data, tensor=t))

    def find(self, a: np.ndarray) -> tuple[_Region, int] | None:
        """The region holding all of ``a`` and ``a``'s byte offset in it."""
        lo = a.ctypes.data
        for r in self.regions:
            if r.start <= lo and lo + a.nbytes <= r.start + r.nbytes:
                return r, lo - r.start
        return None


def _op_name(k: CompiledKernel, i: int, n: int) -> str:
    return f"op '{k.name}' (kernel {i + 1} of {n} the forward launches)"


def _classify(model: Any, trace: Any, other: Any, who: str
              ) -> tuple[_Memory, list[Any], list[Any]]:
    """Each launch's arguments as (region, byte offset), and the outputs' likewise; temps get
    their live ranges, unseen arrays that don't change with the input become constants."""
    (launches, outs, xs, _), (launches2, outs2, _, _) = trace, other
    n = len(launches)
    names = [[k.name for k, _, _ in ls] for ls in (launches, launches2)]
    if n != len(launches2) or any(a[0] is not b[0] for a, b in zip(launches, launches2,
                                                                    strict=True)):
        raise ExportError(f"{who}: {type(model).__name__}.forward launched "
                          f"different kernels for another input of the same shape ({names[0]}"
                          f", then {names[1]}): what it computes depends on the input's "
                          "values, not only its shape, which a fixed C program can't follow")
    mem = _Memory(model, xs, who)
    args: list[list[tuple[_Region, int]]] = []

    def unseen(a: np.ndarray, a2: np.ndarray, what: str) -> tuple[_Region, int]:
        if a.tobytes() != a2.tobytes():
            raise ExportError(
                f"{who}: {what} is an array computed outside tcomp kernels from "
                "the input (numpy, or another library) or at random, which the trace can't "
                "see. Compute it with tcomp.nn ops (Tensor methods, tcomp.nn.functional) in "
                "the forward")
        if not a.flags.c_contiguous:
            raise ExportError(f"{who}: {what} is a strided view; make it contiguous")
        r = _Region("const", f"constant {sum(r.kind == 'const' for r in mem.regions)}",
                    np.array(a), a.ctypes.data)
        mem.regions.append(r)
        return r, 0

    for i, ((k, ins, outs_), (_, ins2, _)) in enumerate(zip(launches, launches2, strict=True)):
        refs = []
        for j, a in enumerate(ins):
            got = mem.find(a) if a.size else None
            if got is None:
                p = k.params[j]
                got = unseen(a, ins2[j], f"input {p.name} of {_op_name(k, i, n)}")
            refs.append(got)
        for a in outs_:
            got = mem.find(a)
            if got is not None and got[0].kind != "temp":
                raise ExportError(f"{who}: {_op_name(k, i, n)} writes into "
                                  f"{got[0].name}; export needs a forward that leaves the "
                                  "inputs and the model unchanged (the model in eval mode, no "
                                  "in-place updates)")
            if got is None:
                mem.regions.append(_Region("temp", f"intermediate {len(mem.regions)}", a,
                                           a.ctypes.data))
                got = mem.regions[-1], 0
            refs.append(got)
        for r, _ in refs:
            if r.kind == "temp":
                r.first = i if r.first < 0 else r.first
                r.last = i
        args.append(refs)
    out_refs = []
    for o, (a, a2) in enumerate(zip(outs, outs2, strict=True)):
        got = mem.find(a) if a.flags.c_contiguous else None
        if got is None:
            got = unseen(a, a2, f"output {o} of {type(model).__name__}.forward")
        r, off = got
        if r.kind == "temp" and r.output is None and off == 0 and r.nbytes == a.nbytes:
            r.output = o  # the kernel writes straight into the caller's buffer
        elif r.kind == "temp":
            r.last = n  # copied out at the end
        out_refs.append(got)
    return mem, args, out_refs


def _align(n: int) -> int:
    return -(-n // ALIGN) * ALIGN


def _plan(mem: _Memory) -> tuple[bytes, int]:
    """Offsets: weights and constants in the blob, temps in the arena (``place_temps``).
    The blob and the arena's size."""
    blob = bytearray()
    for r in mem.regions:
        if r.kind in ("weight", "const"):
            r.offset = len(blob)
            blob += r.array.tobytes() + bytes(_align(r.nbytes) - r.nbytes)
    return bytes(blob), place_temps(mem)


def place_temps(mem: _Memory) -> int:
    """The temps' offsets in one arena, where two temps share bytes only if their live
    ranges don't meet; the arena's size in bytes."""
    placed: list[_Region] = []
    size = 0
    for r in sorted((r for r in mem.regions if r.kind == "temp" and r.output is None
                     and r.first >= 0), key=lambda r: -r.nbytes):
        busy = sorted((q.offset, q.offset + q.nbytes) for q in placed
                      if q.first <= r.last and r.first <= q.last)
        at = 0
        for lo, hi in busy:
            if at + r.nbytes <= lo:
                break
            at = max(at, _align(hi))
        r.offset = at
        placed.append(r)
        size = max(size, _align(at + r.nbytes))
    return size


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
            launches: list[tuple[CompiledKernel, list[tuple[_Region, int]], list[int]]],
            out_refs: list[tuple[_Region, int]]) -> None:
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

        def at(ref: tuple[_Region, int]) -> ir.Value:
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

/* The message of the calling thread's last failed call ("" if none). */
const char* {p}_last_error(void);
/* Threads for parallel loops from the next call on; n <= 0 restores the default. */
void {p}_set_num_threads(int n);
int {p}_get_num_threads(void);

#ifdef __cplusplus
}}
#endif

#endif /* {pu}_H */
"""


@dataclass
class Traced:
    """A forward traced twice (``trace_forward``): its memory (inputs, weights, constants,
    temps with their live ranges), the launches as (kernel, (region, byte offset) per
    argument, dim values), where each output is, the two runs' (inputs, outputs), whether
    the forward returns a tuple, the kernels' DSL (``KernelUse`` by launcher) and each
    launch's array shapes."""

    model: str
    mem: _Memory
    steps: list[tuple[CompiledKernel, list[tuple[_Region, int]], list[int]]]
    out_refs: list[tuple[_Region, int]]
    runs: list[tuple[list[np.ndarray], list[np.ndarray]]]
    returns_tuple: bool
    uses: dict[int, Any]
    shapes: list[list[tuple[int, ...]]]  # per launch, its arrays' shapes


def check_outputs(runner: str, seer: str, model: Any, which: str, got: Sequence[np.ndarray],
                  want: Sequence[np.ndarray], rtol: float, atol: float) -> None:
    """The self-check of a traced forward: ``runner`` (who ran it, as the message starts)
    must compute ``want``, what ``model.forward`` gave on the ``which`` input; else an
    ExportError says the forward changed data that ``seer`` (the export, the trace) can't
    see."""
    for o, (g, w) in enumerate(zip(got, want, strict=True)):
        if not np.allclose(g, w, rtol=rtol, atol=atol, equal_nan=True):
            raise ExportError(
                f"{runner} computes output {o} unlike {model}.forward on the {which} input "
                f"(largest difference {np.nanmax(np.abs(g.astype(np.float64) - w)):.3g}): the "
                f"forward changes data outside tcomp kernels, which the {seer} can't see (an "
                "in-place numpy write into a tensor's array?). Compute it with tcomp.nn ops")


def trace_forward(model: Any, example: Any, who: str) -> Traced:
    """Run ``model`` on ``example`` and on a second input of its shapes, in eval mode (the
    training flags restored afterwards) under ``no_grad``, and find every array each launch
    reads and writes; ``who`` (the caller's name) starts the messages of its ExportErrors."""
    if not callable(model):
        raise ExportError(f"{who}: the model is a {type(model).__name__}, not a Module; pass "
                          "the tcomp.nn.Module")
    arrays = _as_arrays(example, who)
    with evaluating(model):
        uses: dict[int, Any] = {}
        first = _trace(model, arrays, uses, who)
        rng = np.random.default_rng(0)
        other = _trace(model, [_other_input(a, rng) for a in arrays], uses, who)
    name = type(model).__name__
    if not first[0]:
        raise ExportError(f"{who}: {name}.forward launched no kernel; there is nothing to "
                          "compile")
    mem, args, out_refs = _classify(model, first, other, who)
    steps = []
    for (k, ins, outs_), refs in zip(first[0], args, strict=True):
        arrs = [*ins, *outs_]
        dims = [next(arrs[q.index].shape[axis] for q in k.params
                     for axis, (kind, v) in enumerate(q.dims) if kind == "v" and v == d)
                for d in range(len(k.func.dim_vars))]
        steps.append((k, refs, dims))
    runs = [([x.data for x in r[2]], r[1]) for r in (first, other)]
    shapes = [[a.shape for a in (*ins, *outs_)] for _, ins, outs_ in first[0]]
    return Traced(name, mem, steps, out_refs, runs, first[3], uses, shapes)


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
        _ctypes.dlclose(lib._handle)


__all__ = ["MODEL_STATUS", "ExportedModel", "check_outputs", "export"]
