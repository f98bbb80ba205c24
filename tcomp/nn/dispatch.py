"""How a functional nn op runs, and the argument checks the ops share (layer 9).

``apply`` runs a compiled DSL op (``builder(*placeholders, *attrs)``, see ``builders``) on
Tensors and records it on the tape; on cuda tensors it runs GPU kernels on device arrays.
``lazy_ok`` says whether an op may instead record a pending node (``tcomp.nn.lazy``), and
``anchored`` runs a matmul-like op pending, so that elementwise consumers fuse into its
epilogue. The rest coerce and check arguments the way every op reports them: a float
tensor, two equal dtypes, numpy's or PyTorch's argument names, sizes and counts.
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLTypeError
from ..runtime.cuda import DeviceArray
from . import device as _dev
from . import kernels, lazy
from .tensor import FLOAT_DTYPES, Tensor, array_of, make_result, shape_str

UNSET: Any = object()  # an argument not given (None may be a value)

# The ids of the tensors a frozen trace (``compile_inference(freeze=True)``) holds constant:
# an op may then lay such a tensor out for its kernel in a launch of its own, which the
# plan runs once, when compiling (``forward_trace.fold_constants``).
_FROZEN: list[frozenset[int]] = [frozenset()]


@contextlib.contextmanager
def frozen_tensors(ts: Sequence[Tensor]) -> Iterator[None]:
    """Inside the block, ``is_frozen`` is true of the tensors ``ts``."""
    old = _FROZEN[0]
    _FROZEN[0] = frozenset(id(t) for t in ts)
    try:
        yield
    finally:
        _FROZEN[0] = old


def is_frozen(t: Tensor) -> bool:
    return id(t) in _FROZEN[0]


def as_tensor(x: Any, like: Tensor | None = None) -> Tensor:
    """``x`` itself if a Tensor, else a Tensor of its values (``like``'s dtype if given)."""
    if isinstance(x, Tensor):
        return x
    return Tensor(np.asarray(x, dtype=like.dtype if like is not None else None))


def need_float(name: str, *ts: Tensor) -> None:
    for t in ts:
        if t.dtype not in FLOAT_DTYPES:
            raise DSLTypeError(f"{name}: needs a float32/float64 tensor, got {t.dtype} "
                               f"{shape_str(t.shape)}; cast it with .astype('float32')")


def same_dtype(name: str, a: Tensor, b: Tensor) -> None:
    if a.dtype != b.dtype:
        raise DSLTypeError(f"{name}: dtypes differ: {a.dtype} {shape_str(a.shape)} and "
                           f"{b.dtype} {shape_str(b.shape)}; cast one with .astype()")


def apply(name: str, builder: Any, inputs: Sequence[Tensor], attrs: tuple[Any, ...] = ()
          ) -> Tensor:
    """Run the compiled op ``builder(*placeholders, *attrs)`` on ``inputs`` and tape it."""
    if _dev.USED[0] and _dev.common(name, inputs) == "cuda":
        return _apply_cuda(name, builder, inputs, attrs)
    arrays = [kernels.c_array(t.data) for t in inputs]
    op = kernels.get_op(name, builder, arrays, attrs)
    out = op.forward(arrays)

    def backward(g: np.ndarray) -> list[np.ndarray | None]:
        g = kernels.c_array(g, op.out_dtype)
        return [op.backward(k, arrays, g) if t.requires_grad else None
                for k, t in enumerate(inputs)]

    return make_result(out, name, inputs, backward)


def _apply_cuda(name: str, builder: Any, inputs: Sequence[Tensor], attrs: tuple[Any, ...]
                ) -> Tensor:
    """``apply`` on cuda tensors: GPU kernels on device arrays, nothing copied to the host."""
    arrays = [t.data for t in inputs]
    op = kernels.get_op(name, builder, arrays, attrs, device="cuda")
    out = op.forward(arrays)

    def backward(g: Any) -> list[Any]:
        return [op.backward(k, arrays, g) if t.requires_grad else None
                for k, t in enumerate(inputs)]

    return make_result(out, name, inputs, backward)


def lazy_ok(*ts: Tensor) -> bool:
    """Lazy fusion is on and no input is a cuda tensor (those run eagerly)."""
    return lazy.ENABLED[0] and not (_dev.USED[0] and builtins.any(
        type(array_of(t)) is DeviceArray for t in ts))


def on_cuda(*ts: Tensor) -> bool:
    return _dev.USED[0] and builtins.any(type(array_of(t)) is DeviceArray for t in ts)


def anchored(name: str, builder: Any, inputs: list[Tensor], attrs: tuple[Any, ...] = ()
             ) -> Tensor:
    """A matmul-like op: pending (fusable into its consumer's epilogue) when lazy."""
    if lazy_ok(*inputs):
        return lazy.anchor(name, builder, inputs, attrs)
    return apply(name, builder, inputs, attrs)


def torch_names(op: str, axis: Any, keepdims: Any, dim: Any, keepdim: Any,
                axis_default: Any = None) -> tuple[Any, bool]:
    """``axis``/``keepdims`` (numpy's names) or ``dim``/``keepdim`` (PyTorch's), one of each
    pair at most; the error names the pair given twice."""
    if dim is not UNSET:
        if axis is not UNSET:
            raise ArgumentValueError(f"{op}: give axis= or dim= (the same thing), not both")
        axis = dim
    if keepdim is not UNSET:
        if keepdims is not UNSET:
            raise ArgumentValueError(f"{op}: give keepdims= or keepdim= (the same thing), not "
                                     "both")
        keepdims = keepdim
    return (axis_default if axis is UNSET else axis,
            False if keepdims is UNSET else bool(keepdims))


def sizes_arg(args: tuple[Any, ...], op: str, arg: str) -> tuple[int, ...]:
    """Sizes given as torch takes them, ``f(2, 3)``, ``f((2, 3))`` or ``f([2, 3])``, as ints;
    anything else is an error naming ``arg``."""
    dims = tuple(args[0]) if len(args) == 1 and isinstance(args[0], (tuple, list)) else args
    for k, d in enumerate(dims):
        if isinstance(d, bool) or not isinstance(d, (int, np.integer)):
            raise DSLTypeError(f"{op}: {arg} must be ints, got {type(d).__name__} {d!r} at "
                               f"position {k} of {list(dims)}")
    return tuple(int(d) for d in dims)


def count_arg(v: Any, op: str, arg: str) -> int:
    """``v`` as an int >= 1, else an error naming ``arg``."""
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
        raise ArgumentValueError(f"{op}: {arg} must be an int >= 1, got {v!r}")
    return int(v)


__all__ = ["UNSET", "anchored", "apply", "as_tensor", "count_arg", "frozen_tensors", "is_frozen",
           "lazy_ok", "need_float", "on_cuda", "same_dtype", "sizes_arg", "torch_names"]
