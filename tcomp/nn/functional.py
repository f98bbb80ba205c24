"""Differentiable nn operations on ``nn.Tensor`` (``tcomp.nn.functional``, imported as ``F``);
each runs a tcomp kernel built from a DSL definition in ``tcomp.ops`` or ``builders`` and
differentiates through ``tcomp.autodiff`` (layer 9).

This module is the facade: the ops live in modules by family and are imported here:

| module | ops |
|---|---|
| ``dispatch`` | ``apply`` (a DSL op on Tensors), the lazy/eager choice, argument checks |
| ``builders`` | the DSL definitions the ops below compile |
| ``elementwise`` | activations, unary math, binary arithmetic, ``cast`` |
| ``reductions`` | ``sum``, ``mean``, ``max``, ``min``, ``var``, ``argmax``, ``argmin`` |
| ``shapes`` | ``reshape``, ``permute``, ``getitem``, ``concat``, ``expand``, ``pad`` |
| ``conv`` | ``matmul``, ``linear``, ``conv1d``, ``conv2d``, pooling |
| ``layer_ops`` | softmax, layer and batch norm, embedding, dropout, capsule ops |
| ``losses`` | ``cross_entropy``, ``nll_loss`` |
| ``attention`` | ``scaled_dot_product_attention`` |

The ops made of other ops (``clamp``, ``cat``, ``stack``, ``view``, ``repeat``, ``chunk``,
``split``, ``flatten``, ``unsqueeze``, ``squeeze``, ``mse_loss``) are defined here and call
those ops through this module's names, so that a wrapper set on this module (the ONNX
exporter's tracer, ``tcomp.onnx.export``) sees the ops they are made of.
"""

from __future__ import annotations

import builtins
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError
from ..ops.axes import normalize_axis
from .attention import scaled_dot_product_attention
from .conv import avg_pool2d, conv1d, conv2d, linear, matmul, max_pool2d
from .dispatch import apply, as_tensor, count_arg, need_float, sizes_arg, torch_names
from .elementwise import (
    abs,
    add,
    cast,
    div,
    exp,
    gelu,
    gelu_op,
    log,
    maximum,
    minimum,
    mul,
    neg,
    pow,
    relu,
    sigmoid,
    sqrt,
    sub,
    tanh,
)
from .layer_ops import (
    batch_norm,
    capsule_predict,
    dropout,
    dynamic_routing,
    embedding,
    layer_norm,
    log_softmax,
    softmax,
    squash,
)
from .losses import check_reduction, cross_entropy, nll_loss
from .reductions import argmax, argmin, max, mean, min, sum, var
from .shapes import PAD_MODES, concat, expand, getitem, pad, permute, reshape
from .tensor import Tensor, shape_str


def clamp(x: Any, min: Any = None, max: Any = None) -> Tensor:
    """``x`` limited to ``[min, max]`` (either bound may be None, not both); the gradient
    passes where ``x`` is inside."""
    if min is None and max is None:
        raise ArgumentValueError("clamp: give min=, max= or both")
    x = as_tensor(x)
    if min is not None:
        x = maximum(x, min)
    if max is not None:
        x = minimum(x, max)
    return x


def cat(tensors: Sequence[Any], dim: int = 0) -> Tensor:
    """``concat`` under PyTorch's name: the tensors joined along ``dim``."""
    return concat([as_tensor(t) for t in tensors], dim)


def stack(tensors: Sequence[Any], dim: int = 0) -> Tensor:
    """The tensors (all of one shape) joined along a new axis ``dim``."""
    ts = [as_tensor(t) for t in tensors]
    if not ts:
        raise ArgumentValueError("stack: needs at least one tensor")
    for t in ts[1:]:
        if t.shape != ts[0].shape:
            raise DSLShapeError(f"stack: shapes {shape_str(ts[0].shape)} and "
                                f"{shape_str(t.shape)} differ; stack needs one shape")
    d = normalize_axis(dim, ts[0].ndim + 1, "stack", "dim", ts[0].shape)
    return concat([unsqueeze(t, d) for t in ts], d)


def mse_loss(input: Any, target: Any, reduction: str = "mean") -> Tensor:
    """Squared error ``(input - target)^2``: its mean (``reduction="mean"``), its sum
    (``"sum"``) or each element (``"none"``), as ``torch.nn.functional.mse_loss``."""
    a, b = as_tensor(input), as_tensor(target)
    need_float("mse_loss", a, b)
    if a.shape != b.shape:
        raise DSLShapeError(f"mse_loss: input {shape_str(a.shape)} and target "
                            f"{shape_str(b.shape)} must have the same shape")
    check_reduction("mse_loss", reduction)
    d = a - b
    sq = d * d
    return sq if reduction == "none" else sum(sq) if reduction == "sum" else mean(sq)


def flatten(x: Any, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    """``x`` with axes ``start_dim..end_dim`` merged into one (a view-like reshape)."""
    x = as_tensor(x)
    if x.ndim == 0:
        return reshape(x, (1,))
    s = normalize_axis(start_dim, x.ndim, "flatten", "start_dim", x.shape)
    e = normalize_axis(end_dim, x.ndim, "flatten", "end_dim", x.shape)
    if s > e:
        raise ArgumentValueError(f"flatten: start_dim {start_dim} comes after end_dim "
                                 f"{end_dim} for a {x.ndim}-d tensor")
    n = 1
    for d in x.shape[s:e + 1]:
        n *= d
    return reshape(x, (*x.shape[:s], n, *x.shape[e + 1:]))


def unsqueeze(x: Any, dim: int) -> Tensor:
    """``x`` with a new axis of length 1 at ``dim`` (``-1``: last)."""
    x = as_tensor(x)
    d = normalize_axis(dim, x.ndim + 1, "unsqueeze", "dim", x.shape)
    return reshape(x, (*x.shape[:d], 1, *x.shape[d:]))


def squeeze(x: Any, dim: Any = None) -> Tensor:
    """``x`` without its length-1 axes (only ``dim``'s, if given; a longer ``dim`` stays,
    as in PyTorch)."""
    x = as_tensor(x)
    if dim is None:
        keep = [n for n in x.shape if n != 1]
    else:
        d = normalize_axis(dim, x.ndim, "squeeze", "dim", x.shape)
        keep = [n for k, n in enumerate(x.shape) if k != d or n != 1]
    return reshape(x, tuple(keep))


def view(x: Any, *shape: Any) -> Tensor:
    """``x`` with a new ``shape`` (one ``-1`` is inferred): ``torch.Tensor.view``, the values
    of ``reshape``. Unlike torch's, a view is no window for writes: tcomp has no in-place
    ops and optimizers rebind a parameter's array, so the view keeps the values ``x`` had."""
    x = as_tensor(x)
    dims = sizes_arg(shape, "view", "shape")
    known = math.prod(d for d in dims if d != -1)
    if (dims.count(-1) > 1 or any(d < -1 for d in dims)
            or (x.size != known if -1 not in dims else not known or x.size % known)):
        raise DSLShapeError(f"view: shape {list(dims)} is invalid for a tensor of shape "
                            f"{shape_str(x.shape)} ({x.size} elements); the sizes must "
                            "multiply to that, with at most one -1 to infer")
    return reshape(x, tuple(x.size // known if d == -1 else d for d in dims))


def repeat(x: Any, *sizes: Any) -> Tensor:
    """``x`` tiled ``sizes[d]`` times along each dim (``torch.Tensor.repeat``, numpy's
    ``tile``); extra leading sizes add dims. An expand of an interleaved view, so the
    gradient sums the tiles."""
    x = as_tensor(x)
    reps = sizes_arg(sizes, "repeat", "sizes")
    if len(reps) < x.ndim:
        raise DSLShapeError(f"repeat: {len(reps)} sizes {list(reps)} for a tensor of shape "
                            f"{shape_str(x.shape)}; give at least one size per dim")
    if any(r < 1 for r in reps):
        raise DSLShapeError(f"repeat: sizes {list(reps)} must be >= 1 (tcomp tensors can't be "
                            "empty)")
    shape = (1,) * (len(reps) - x.ndim) + x.shape
    y = expand(reshape(x, [v for n in shape for v in (1, n)]),
               [v for r, n in zip(reps, shape, strict=True) for v in (r, n)])
    return reshape(y, [r * n for r, n in zip(reps, shape, strict=True)])


def _pieces(x: Tensor, d: int, lengths: Any) -> tuple[Tensor, ...]:
    """``x`` cut along dim ``d`` into the given lengths, or into pieces of ``lengths`` (an
    int) with a shorter last one."""
    n = x.shape[d]
    if isinstance(lengths, int):
        lengths = [builtins.min(lengths, n - a) for a in range(0, n, lengths)]
    starts = np.cumsum([0, *lengths])
    return tuple(getitem(x, (slice(None),) * d + (slice(int(a), int(a) + size),))
                 for a, size in zip(starts, lengths, strict=False))


def chunk(x: Any, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
    """``x`` cut along ``dim`` into ``chunks`` pieces of ``ceil(n / chunks)`` (the last one
    shorter, and fewer pieces when they run out first), as ``torch.chunk``."""
    x = as_tensor(x)
    c = count_arg(chunks, "chunk", "chunks")
    d = normalize_axis(dim, x.ndim, "chunk", "dim", x.shape)
    return _pieces(x, d, -(-x.shape[d] // c))


def split(x: Any, split_size_or_sections: Any, dim: int = 0) -> tuple[Tensor, ...]:
    """``x`` cut along ``dim`` into pieces of ``split_size_or_sections`` (the last one
    shorter), or of the listed lengths, which must sum to the dim's size (``torch.split``)."""
    x = as_tensor(x)
    d = normalize_axis(dim, x.ndim, "split", "dim", x.shape)
    n = x.shape[d]
    s = split_size_or_sections
    if not isinstance(s, (list, tuple)):
        return _pieces(x, d, count_arg(s, "split", "split_size_or_sections"))
    lengths = [count_arg(v, "split", f"split_size_or_sections[{k}]") for k, v in enumerate(s)]
    if builtins.sum(lengths) != n:
        raise DSLShapeError(f"split: split_size_or_sections={lengths} sums to "
                            f"{builtins.sum(lengths)}, but dim {d} of the tensor "
                            f"{shape_str(x.shape)} has size {n}")
    return _pieces(x, d, lengths)


__all__ = [
    "PAD_MODES", "abs", "add", "apply", "argmax", "argmin", "avg_pool2d", "batch_norm",
    "capsule_predict", "cast", "cat", "check_reduction", "chunk", "clamp", "concat", "conv1d",
    "conv2d", "cross_entropy", "div", "dropout", "dynamic_routing", "embedding", "exp", "expand",
    "flatten", "gelu", "gelu_op", "getitem", "layer_norm", "linear", "log", "log_softmax",
    "matmul", "max", "max_pool2d", "maximum", "mean", "min", "minimum", "mse_loss", "mul", "neg",
    "nll_loss", "pad", "permute", "pow", "relu", "repeat", "reshape",
    "scaled_dot_product_attention", "sigmoid", "softmax", "split", "sqrt", "squash", "squeeze",
    "stack", "sub", "sum", "tanh", "torch_names", "unsqueeze", "var", "view",
]
