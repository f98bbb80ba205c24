"""A model's forward traced as the kernels it launches (layer 9): ``trace_forward`` runs it
twice, in eval mode under ``no_grad``, recording every launch with the arrays it read and
wrote (``kernels.recording``), and finds each array by its memory: a model input, a weight
(a parameter or buffer, or a contiguous part of one), a constant (an array built with numpy
that doesn't change with the input), or an intermediate written by an earlier kernel (or a
reshape view of one). The second run, on another input of the same shapes, tells a constant
from data the forward computed outside tcomp kernels, which no trace can see: that is an
ExportError naming the op that read it; so is a second run that launches other kernels
(control flow on the values). ``place_temps`` lays the intermediates out in one arena.

The export of a C library (``deploy``) and ``compile_inference`` (``inference``) both start
from a ``Traced``, and check what they built against the forward with ``check_outputs``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ExportError
from ..runtime.kernel import CompiledKernel
from ..runtime.memory import empty
from . import batch, kernels
from .dispatch import frozen_tensors
from .modules import evaluating
from .tensor import Tensor, no_grad

ALIGN = 64  # bytes: weights and intermediates start on a cache line (an AVX-512 vector)


@dataclass
class Region:
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


def as_arrays(example: Any, who: str) -> list[np.ndarray]:
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
    the kernels' KernelUses. The kernels are built for these exact shapes (a plan holds for
    them only), not bound from a batch family scheduled for another size."""
    xs = [Tensor(a) for a in arrays]
    launches: list[Any] = []
    with no_grad(), batch.dynamic_batch(False), kernels.recording(launches) as used:
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


def other_input(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Another input of ``a``'s shape and dtype: its values moved one place along (an index
    stays a valid index), floats also scaled by a random factor in [0.5, 1.5) and zeros
    made random values in that range, a bool array that moving leaves as it was (all one
    value) with its first element flipped. So an array computed from ``a`` on the host
    differs between the two traces, not taken for a constant; only an integer array of one
    value stays (which other value would be a valid index is unknown)."""
    flat = np.roll(a.reshape(-1), 1)
    if a.dtype.kind in "fc":
        flat = flat * rng.uniform(0.5, 1.5, flat.size).astype(a.dtype)
        zero = flat == 0
        flat[zero] = rng.uniform(0.5, 1.5, int(zero.sum())).astype(a.dtype)
    elif a.dtype == np.bool_ and flat.size and not (flat ^ a.reshape(-1)).any():
        flat[0] = not flat[0]
    out = empty(a.shape, a.dtype)
    out.reshape(-1)[...] = flat
    return out


class Memory:
    """The regions of one traced forward, found by address."""

    def __init__(self, model: Any, inputs: list[Tensor], who: str, frozen: bool = False):
        self.regions: list[Region] = []
        for i, x in enumerate(inputs):
            self.regions.append(Region("input", f"input {i}", x.data, x.data.ctypes.data,
                                        index=i))
        seen: set[int] = set()
        named = model_state(model)
        for name, t in named:
            d = t.data
            if not isinstance(d, np.ndarray):
                raise ExportError(f"{who}: {type(model).__name__}'s '{name}' is on "
                                  f"{t.device}; move the model to the cpu (model.cpu())")
            if id(d) not in seen and d.size:
                seen.add(id(d))
                # frozen: the caller's snapshot, constant from now on (compile_inference)
                self.regions.append(Region("const" if frozen else "weight", name, d,
                                           d.ctypes.data, tensor=t))

    def find(self, a: np.ndarray) -> tuple[Region, int] | None:
        """The region holding all of ``a`` and ``a``'s byte offset in it."""
        lo = a.ctypes.data
        for r in self.regions:
            if r.start <= lo and lo + a.nbytes <= r.start + r.nbytes:
                return r, lo - r.start
        return None


def _op_name(k: CompiledKernel, i: int, n: int) -> str:
    return f"op '{k.name}' (kernel {i + 1} of the {n} launched)"


def _classify(model: Any, trace: Any, other: Any, who: str, frozen: bool = False
              ) -> tuple[Memory, list[Any], list[Any]]:
    """Each launch's arguments as (region, byte offset), and the outputs' likewise; temps get
    their live ranges, unseen arrays that don't change with the input become constants (so
    do the weights, ``frozen``)."""
    (launches, outs, xs, _), (launches2, outs2, _, _) = trace, other
    n = len(launches)
    names = [[k.name for k, _, _ in ls] for ls in (launches, launches2)]
    if n != len(launches2) or any(a[0] is not b[0] for a, b in zip(launches, launches2,
                                                                    strict=True)):
        raise ExportError(f"{who}: {type(model).__name__}.forward launched "
                          f"different kernels for another input of the same shape ({names[0]}"
                          f", then {names[1]}): what it computes depends on the input's "
                          "values, not only its shape, which a fixed C program can't follow")
    mem = Memory(model, xs, who, frozen)
    args: list[list[tuple[Region, int]]] = []

    def unseen(a: np.ndarray, a2: np.ndarray, what: str) -> tuple[Region, int]:
        if a.tobytes() != a2.tobytes():
            raise ExportError(
                f"{who}: {what} is an array computed outside tcomp kernels from "
                "the input (numpy, or another library) or at random (a dropout mask), which "
                "the trace can't see. Compute it with tcomp.nn ops (Tensor methods, "
                "tcomp.nn.functional) in the forward")
        if not a.flags.c_contiguous:
            raise ExportError(f"{who}: {what} is a strided view; make it contiguous")
        r = Region("const", f"constant {sum(r.kind == 'const' for r in mem.regions)}",
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
                mem.regions.append(Region("temp", f"intermediate {len(mem.regions)}", a,
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


def align(n: int) -> int:
    return -(-n // ALIGN) * ALIGN


def place_temps(mem: Memory) -> int:
    """The temps' offsets in one arena, where two temps share bytes only if their live
    ranges don't meet; the arena's size in bytes."""
    placed: list[Region] = []
    size = 0
    for r in sorted((r for r in mem.regions if r.kind == "temp" and r.output is None
                     and r.first >= 0), key=lambda r: -r.nbytes):
        busy = sorted((q.offset, q.offset + q.nbytes) for q in placed
                      if q.first <= r.last and r.first <= q.last)
        at = 0
        for lo, hi in busy:
            if at + r.nbytes <= lo:
                break
            at = max(at, align(hi))
        r.offset = at
        placed.append(r)
        size = max(size, align(at + r.nbytes))
    return size


@dataclass
class Traced:
    """A forward traced twice (``trace_forward``): its memory (inputs, weights, constants,
    temps with their live ranges), the launches as (kernel, (region, byte offset) per
    argument, dim values), where each output is, the two runs' (inputs, outputs), whether
    the forward returns a tuple, the kernels' DSL (``KernelUse`` by launcher) and each
    launch's array shapes."""

    model: str
    mem: Memory
    steps: list[tuple[CompiledKernel, list[tuple[Region, int]], list[int]]]
    out_refs: list[tuple[Region, int]]
    runs: list[tuple[list[np.ndarray], list[np.ndarray]]]
    returns_tuple: bool
    uses: dict[int, Any]
    shapes: list[list[tuple[int, ...]]]  # per launch, its arrays' shapes
    # per run, the (tensor, array) pairs it ran with in place of the model's weights
    weights: list[list[tuple[Tensor, np.ndarray]]] | None = None


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


def model_state(model: Any) -> list[tuple[str, Tensor]]:
    """``model``'s parameters, then its buffers, by name (each tensor once: the Module
    methods drop a tied one's second place); none for a callable that is not a Module."""
    if not hasattr(model, "named_parameters"):
        return []
    return [*model.named_parameters(), *model.named_buffers()]


def perturbed_weights(model: Any, rng: np.random.Generator
                      ) -> list[tuple[Tensor, np.ndarray]]:
    """Each float parameter and buffer of ``model`` with another array of its shape (scaled
    at random, as ``other_input``): a second run on these tells data computed on the host
    from a weight (which a plan reading weights live must not freeze) from a constant."""
    return [(t, other_input(t.data, rng)) for _, t in model_state(model)
            if type(t.data) is np.ndarray and t.data.dtype.kind == "f" and t.data.size]


@contextlib.contextmanager
def weights_swapped(swaps: list[tuple[Tensor, np.ndarray]]) -> Iterator[None]:
    """Inside the block, each tensor of ``swaps`` holds its array there; restored after."""
    olds = [(t, t.data) for t, _ in swaps]
    try:
        for t, a in swaps:
            t.data = a
        yield
    finally:
        for t, a in olds:
            t.data = a


def trace_forward(model: Any, example: Any, who: str, live_weights: bool = False,
                  frozen: bool = False) -> Traced:
    """Run ``model`` on ``example`` and on a second input of its shapes, in eval mode (the
    training flags restored afterwards) under ``no_grad``, and find every array each launch
    reads and writes; ``who`` (the caller's name) starts the messages of its ExportErrors.
    ``live_weights`` (a plan that reads the weights at each call): the second run also has
    other weights (``perturbed_weights``), so data computed on the host from a weight is an
    ExportError rather than a constant. ``frozen`` (the weights' arrays are the caller's and
    won't change): the weights are constants, the ops see them as such
    (``dispatch.is_frozen``), and launches that read only constants leave the trace
    (``fold_constants``)."""
    if not callable(model):
        raise ExportError(f"{who}: the model is a {type(model).__name__}, not a Module; pass "
                          "the tcomp.nn.Module")
    arrays = as_arrays(example, who)
    held = [t for _, t in model_state(model)] if frozen else []
    with evaluating(model), frozen_tensors(held):
        uses: dict[int, Any] = {}
        first = _trace(model, arrays, uses, who)
        rng = np.random.default_rng(0)
        swaps = perturbed_weights(model, rng) if live_weights and not frozen else []
        with weights_swapped(swaps):
            other = _trace(model, [other_input(a, rng) for a in arrays], uses, who)
    name = type(model).__name__
    if not first[0]:
        raise ExportError(f"{who}: {name}.forward launched no kernel; there is nothing to "
                          "compile")
    t = traced(model, first, other, uses, who, frozen)
    t.weights = [[], swaps]
    if frozen:
        fold_constants(t)
    return t


def aligned_copy(a: np.ndarray) -> np.ndarray:
    """``a``'s values in a fresh 64-byte aligned array of its own."""
    c = empty(a.shape, a.dtype)
    c[...] = a
    return c


def fold_constants(t: Traced) -> None:
    """Drop from ``t`` the launches whose inputs are all constants: each output they alone
    write becomes a constant holding what the trace computed (a copy, 64-byte aligned), so
    a plan runs them never, not at every call. A launch whose output another launch also
    writes stays; so do all of them if none would remain."""
    writers: dict[int, int] = {}
    for k, refs, _ in t.steps:
        for p, (r, _) in zip(k.params, refs, strict=True):
            if p.output:
                writers[id(r)] = writers.get(id(r), 0) + 1
    consts = {id(r) for r in t.mem.regions if r.kind == "const"}
    folded: list[int] = []
    made: list[Region] = []
    for i, (k, refs, _) in enumerate(t.steps):
        ins = [r for p, (r, _) in zip(k.params, refs, strict=True) if not p.output]
        outs = [r for p, (r, _) in zip(k.params, refs, strict=True) if p.output]
        if all(id(r) in consts for r in ins) and all(
                r.kind == "temp" and writers[id(r)] == 1 for r in outs):
            folded.append(i)
            consts.update(id(r) for r in outs)
            made += outs
    if len(folded) == len(t.steps):
        return
    for r in made:
        r.kind, r.array, r.output, r.first, r.last = "const", aligned_copy(r.array), None, -1, -1
    drop = set(folded)
    t.steps = [s for i, s in enumerate(t.steps) if i not in drop]
    t.shapes = [s for i, s in enumerate(t.shapes) if i not in drop]


def traced(model: Any, first: Any, other: Any, uses: dict[int, Any], who: str,
           frozen: bool = False) -> Traced:
    """The ``Traced`` of two runs of ``model`` (each as ``_trace`` returns it: launches,
    output arrays, input tensors, whether it returned a tuple); ``frozen``: its weights
    are constants."""
    name = type(model).__name__
    mem, args, out_refs = _classify(model, first, other, who, frozen)
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


__all__ = [
    "ALIGN",
    "Memory",
    "Region",
    "Traced",
    "align",
    "aligned_copy",
    "as_arrays",
    "check_outputs",
    "fold_constants",
    "model_state",
    "other_input",
    "perturbed_weights",
    "place_temps",
    "trace_forward",
    "traced",
    "weights_swapped",
]
