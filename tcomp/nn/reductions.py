"""Reductions of nn Tensors: sum, mean, max, min and var over axes (numpy's ``axis``/
``keepdims`` or PyTorch's ``dim``/``keepdim``), and the index ops argmax/argmin (layer 9).
"""

from __future__ import annotations

import builtins
from typing import Any

from ..errors import DSLTypeError
from ..ops import reduce
from ..ops.axes import normalize_axes, normalize_axis
from . import builders as B
from .dispatch import UNSET, apply, as_tensor, need_float, on_cuda, torch_names
from .shapes import permute, reshape
from .tensor import Tensor, no_grad, shape_str


def _axes(x: Tensor, axis: Any, op: str) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(x.ndim))
    return tuple(sorted(normalize_axes(axis, x.ndim, op, "axis", x.shape)))


def _reduce(x: Any, axis: Any, keepdims: bool, kind: str) -> Tensor:
    x = as_tensor(x)
    need_float(kind, x)
    axes = _axes(x, axis, kind)
    if not keepdims and len(axes) == x.ndim and x.ndim and on_cuda(x):
        # a GPU kernel needs a spatial axis to bind: reduce a [1, n] view to [1], then view
        # the result as 0-d
        y = apply(kind, reduce.reduce, [reshape(x, (1, x.size))], ((1,), kind, False))
        return reshape(y, ())
    return apply(kind, reduce.reduce, [x], (axes, kind, keepdims))


def sum(x: Any, axis: Any = UNSET, keepdims: Any = UNSET, *, dim: Any = UNSET,
        keepdim: Any = UNSET) -> Tensor:
    """Sum over ``axis`` (all axes if None); ``dim``/``keepdim`` are PyTorch's names."""
    axis, keepdims = torch_names("sum", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "sum")


def mean(x: Any, axis: Any = UNSET, keepdims: Any = UNSET, *, dim: Any = UNSET,
         keepdim: Any = UNSET) -> Tensor:
    axis, keepdims = torch_names("mean", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "mean")


def max(x: Any, axis: Any = UNSET, keepdims: Any = UNSET, *, dim: Any = UNSET,
        keepdim: Any = UNSET) -> Tensor:
    axis, keepdims = torch_names("max", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "max")


def min(x: Any, axis: Any = UNSET, keepdims: Any = UNSET, *, dim: Any = UNSET,
        keepdim: Any = UNSET) -> Tensor:
    axis, keepdims = torch_names("min", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "min")


def var(x: Any, axis: Any = UNSET, keepdims: Any = UNSET, correction: int = 0, *,
        dim: Any = UNSET, keepdim: Any = UNSET) -> Tensor:
    axis, keepdims = torch_names("var", axis, keepdims, dim, keepdim)
    x = as_tensor(x)
    need_float("var", x)
    return apply("var", reduce.var, [x], (_axes(x, axis, "var"), keepdims, correction))


def _argext(x: Any, dim: Any, keepdim: bool, kind: str) -> Tensor:
    x = as_tensor(x)
    op = f"arg{kind}"
    if x.dtype.kind not in "iuf":
        raise DSLTypeError(f"{op}: needs an integer or float tensor, got {x.dtype} "
                           f"{shape_str(x.shape)}")
    if dim is not None:  # a 0-d tensor takes dim 0 or -1, as in torch
        d = normalize_axis(dim, builtins.max(x.ndim, 1), op, "dim", x.shape)
    with no_grad():  # an index has no gradient
        if dim is None or x.ndim <= 1:
            y = apply(op, B.argext, [reshape(x, (1, x.size))], (kind, False))
            return reshape(y, (1,) * x.ndim if keepdim else ())
        perm = [a for a in range(x.ndim) if a != d] + [d]
        y = apply(op, B.argext, [permute(x, perm)], (kind, bool(keepdim)))
        return permute(y, [perm.index(a) for a in range(x.ndim)]) if keepdim else y


def argmax(x: Any, dim: Any = None, keepdim: bool = False) -> Tensor:
    """The int64 index of the largest value along ``dim`` (of the flattened tensor when
    None): ``torch.argmax``, the first one among ties, a NaN counting as largest."""
    return _argext(x, dim, keepdim, "max")


def argmin(x: Any, dim: Any = None, keepdim: bool = False) -> Tensor:
    """The int64 index of the smallest value along ``dim`` (``torch.argmin``; as argmax)."""
    return _argext(x, dim, keepdim, "min")


__all__ = ["argmax", "argmin", "max", "mean", "min", "sum", "var"]
