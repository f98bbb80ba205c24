"""Launching the nn layer's kernels (layer 9): ``Launch`` calls a CPU kernel straight into
its machine code once its first, checked call passed (only the inputs' type, shape, dtype,
contiguity and alignment checked per call), ``DeviceLaunch`` a GPU kernel on device arrays;
``allocator`` picks how an output is allocated (64-byte aligned from ``ALIGN_FROM_BYTES``),
and ``c_array`` makes an input C-contiguous without ``np.require``'s cost. ``recording()``
times every CPU launch inside a block and can list each with the arrays it read and wrote
(``tcomp.nn.tune``, ``tcomp.nn.export``). ``STATS`` counts builds, hits and launches.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..dsl.tensor import Tensor as DTensor
from ..runtime.kernel import DATA_OFFSET, pointer_at
from ..runtime.memory import POOL

# builds: DSL graphs made (one per op, shapes, dtypes, attrs; one per family of a dynamic
# batch); kernels: tc.build calls made by them (forward and vjp kernels); bindings: batch
# sizes a family was bound to; hits: lookups served from memory; launches: kernel calls
STATS = {"builds": 0, "kernels": 0, "bindings": 0, "hits": 0, "launches": 0}


@dataclass
class KernelUse:
    """One kernel launched while ``recording()``: its DSL computation (``outs``, ``args`` in
    the order the kernel takes them), how often it ran and for how long in all, and the
    CompiledKernel (``kernel``: the DSL builds it for another target, ``tcomp.nn.export``).
    A kernel of a batch family (``tcomp.nn.batch``) has a symbolic batch in its DSL;
    ``batch`` is then the size it served, and ``twin(size)`` gives its computation at a
    fixed size."""

    name: str
    outs: list[DTensor]
    args: list[DTensor]
    calls: int = 0
    seconds: float = 0.0
    batch: int | None = None
    twin: Callable[[int], tuple[list[DTensor], list[DTensor]]] | None = None
    kernel: Any = None


_RECORDING: dict[int, KernelUse] | None = None
# (kernel, input arrays, output arrays) of every launch in order, when recording() got a list
_LAUNCHES: list[tuple[Any, tuple[np.ndarray, ...], tuple[np.ndarray, ...]]] | None = None
# (array, check) of every value_check, when recording() got a list of checks
_CHECKS: list[tuple[np.ndarray, Callable[[np.ndarray], None]]] | None = None


@contextlib.contextmanager
def recording(launches: list[Any] | None = None, checks: list[Any] | None = None
              ) -> Iterator[dict[int, KernelUse]]:
    """Time every CPU kernel launch of the nn layer inside the block: yields a dict, filled
    as kernels run, of one ``KernelUse`` per kernel (by its launcher). With a list
    ``launches``, each launch also appends ``(kernel, inputs, outputs)``: the CompiledKernel
    and the arrays it read and wrote, in its parameter order (``tcomp.nn.export``); with a
    list ``checks``, each ``value_check`` appends ``(array, check)``."""
    global _RECORDING, _LAUNCHES, _CHECKS
    if _RECORDING is not None:
        raise RuntimeError("kernels.recording() is already active; it does not nest")
    uses: dict[int, KernelUse] = {}
    _RECORDING, _LAUNCHES, _CHECKS = uses, launches, checks
    try:
        yield uses
    finally:
        _RECORDING = _LAUNCHES = _CHECKS = None


def recording_active() -> bool:
    """Whether a ``recording()`` block is open (a compiled plan then times its launches
    one by one)."""
    return _RECORDING is not None


def record(key: int, template: KernelUse, seconds: float) -> None:
    """One launch of ``template``'s kernel, ``seconds`` long, in the open ``recording()``
    under ``key`` (the launcher that ran it when a compiled plan was traced). A plan can't
    give the arrays of its launches: inside ``recording(launches)`` it is an error."""
    if _LAUNCHES is not None:
        raise RuntimeError("a compiled step or forward ran while its caller traces the "
                           "launches (tcomp.nn.export, compile_step, compile_inference): "
                           "trace the model or loss function itself")
    uses = _RECORDING
    if uses is None:
        return
    use = uses.get(key)
    if use is None:
        t = template
        use = uses[key] = KernelUse(t.name, t.outs, t.args, 0, 0.0, t.batch, t.twin, t.kernel)
    use.calls += 1
    use.seconds += seconds


def value_check(array: np.ndarray, check: Callable[[np.ndarray], None]) -> None:
    """``check(array)``, which raises on values a kernel can't take (a class id out of range
    where the kernel compares ids rather than reading at them). A compiled step
    (``tcomp.nn.compile_step``) notes each check it traces and runs it on its inputs at every
    call, since no kernel would see the bad value."""
    check(array)
    if _CHECKS is not None:
        _CHECKS.append((array, check))


class DeviceLaunch:
    """Calls one kernel of a cuda CompiledOp on device arrays (no host copies)."""

    __slots__ = ("kern",)

    def __init__(self, kern: Any):
        self.kern = kern

    def __call__(self, ins: Sequence[Any], outs: Sequence[Any]) -> None:
        STATS["launches"] += 1
        self.kern(*ins, *outs)


class Launch:
    """Calls one kernel of a CompiledOp: the checked call (``CompiledKernel.__call__``) on
    its first use and whenever an input is unusual, else straight into the machine code.

    The op's cache key fixed every input's shape and dtype, and the outputs are arrays the op
    has just allocated (so they overlap nothing and are writeable); what is left to check per
    call is each input's type, shape, dtype, contiguity and alignment, which costs a fraction
    of the general checks (a 29-array optimizer kernel: ~55 us -> ~8 us). A kernel with
    bounds checks (a gather, or any access under ``TCOMP_BOUNDS_CHECK=1``) raises
    OutOfBoundsError here as it does through its checked call.
    """

    __slots__ = ("cfunc", "dims", "flag", "kern", "origin", "specs")

    def __init__(self, kern: Any, specs: Sequence[tuple[tuple[int, ...], np.dtype]],
                 origin: tuple[Any, ...] = ("", [], []),
                 dims: tuple[int, ...] = ()):
        self.kern = kern
        self.specs = [(tuple(shp), np.dtype(dt)) for shp, dt in specs]
        self.cfunc = None
        self.flag = None
        self.origin = origin  # (name, DSL outputs, DSL args[, batch, twin]) for recording()
        self.dims = dims  # the values of the kernel's symbolic dims at these specs

    def __call__(self, ins: Sequence[np.ndarray], outs: Sequence[np.ndarray]) -> None:
        uses = _RECORDING
        if uses is None:
            self._call(ins, outs)
            return
        t0 = time.perf_counter()
        self._call(ins, outs)
        dt = time.perf_counter() - t0
        use = uses.get(id(self))
        if use is None:
            name, o, a, *fam = self.origin
            use = uses[id(self)] = KernelUse(name, list(o), list(a), 0, 0.0, *fam,
                                             kernel=self.kern)
        use.calls += 1
        use.seconds += dt
        if _LAUNCHES is not None:
            _LAUNCHES.append((self.kern, tuple(ins), tuple(outs)))

    def _call(self, ins: Sequence[np.ndarray], outs: Sequence[np.ndarray]) -> None:
        STATS["launches"] += 1
        cf = self.cfunc
        if cf is not None:
            ptrs = []
            for a, (shp, dt) in zip(ins, self.specs, strict=True):
                if (type(a) is not np.ndarray or a.shape != shp or a.dtype != dt
                        or not a.flags.c_contiguous or not a.flags.aligned or not a.size):
                    break
                ptrs.append(pointer_at(id(a) + DATA_OFFSET).value)
            else:
                cf(*ptrs, *[pointer_at(id(o) + DATA_OFFSET).value for o in outs], *self.dims)
                flag = self.flag
                if flag is not None and flag.value:
                    self.kern.raise_bounds_error([*ins, *outs])
                return
        self.kern(*ins, *outs)
        if DATA_OFFSET >= 0 and len(self.kern.func.dim_vars) == len(self.dims) \
                and all(o.size for o in outs):
            self.flag = self.kern.bounds_flag
            self.cfunc = self.kern.unchecked_entry


# Outputs from this size on are 64-byte aligned (runtime.memory): numpy's 16-byte alignment
# splits every other AVX2 load, while an aligned allocation costs ~3 us more than np.empty,
# more than the split loads of a smaller array cost its kernel.
ALIGN_FROM_BYTES = 1 << 16


def allocator(shape: tuple[int, ...], dtype: np.dtype, device: str) -> Callable[..., Any]:
    """What allocates an output of ``shape`` and ``dtype`` on ``device``."""
    if device != "cpu":
        return _device_empty
    return np.empty if math.prod(shape) * dtype.itemsize < ALIGN_FROM_BYTES else POOL.empty


def _device_empty(shape: tuple[int, ...], dtype: np.dtype) -> Any:
    from ..runtime.cuda import empty

    return empty(shape, dtype)


def c_array(a: Any, dtype: Any = None) -> Any:
    """``a`` as a C-contiguous array (of ``dtype`` when given): ``np.require`` without its
    cost (~2 us) when ``a`` already is one, as a kernel's inputs and adjoints almost always
    are."""
    if type(a) is np.ndarray and a.flags.c_contiguous and (dtype is None or a.dtype == dtype):
        return a
    return np.require(a, dtype, "C")


__all__ = ["ALIGN_FROM_BYTES", "STATS", "DeviceLaunch", "KernelUse", "Launch", "allocator",
           "c_array", "record", "recording", "recording_active", "value_check"]
