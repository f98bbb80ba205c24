"""Class losses of nn Tensors, as torch's: cross_entropy (class ids with ignore_index and
label smoothing, or class probabilities) and nll_loss, with class weights and a reduction;
each one DSL op over rows of classes, and for the mean one more for its divisor (layer 9).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError, DSLTypeError, TensorIndexError
from . import builders as B
from .dispatch import apply, as_tensor, need_float, on_cuda, same_dtype
from .elementwise import neg
from .launch import value_check
from .layer_ops import log_softmax
from .reductions import mean, sum
from .shapes import permute, reshape
from .tensor import Tensor, shape_str

_REDUCTIONS = ("mean", "sum", "none")


def check_reduction(name: str, reduction: str) -> str:
    """``reduction`` if it is 'mean', 'sum' or 'none', else an error naming ``name``."""
    if reduction not in _REDUCTIONS:
        raise ArgumentValueError(f"{name}: reduction must be 'mean', 'sum' or 'none', got "
                                 f"{reduction!r}")
    return reduction


def _reduce_loss(loss: Tensor, reduction: str) -> Tensor:
    return loss if reduction == "none" else sum(loss) if reduction == "sum" else mean(loss)


def _check_ids(name: str, c: int, ignore_index: int, t: np.ndarray) -> None:
    """Class ids ``t`` in [0, c) or ``ignore_index``: the loss kernels compare ids with each
    class, so an id out of range would count as no class at all."""
    bad = ((t < 0) | (t >= c)) & (t != ignore_index) if t.size and (
        t.min() < 0 or t.max() >= c) else None
    if bad is not None and bad.any():
        pos = tuple(int(i) for i in np.argwhere(bad)[0])
        raise TensorIndexError(f"{name}: target {t[pos]} at {list(pos)} is out of range "
                               f"for {c} classes (expected class ids in [0, {c - 1}], or "
                               f"ignore_index={ignore_index})")


def _class_loss(name: str, x: Any, target: Any, weight: Any, ignore_index: int, reduction: str,
                 smoothing: float, logits: bool) -> Tensor:
    """``cross_entropy`` (``logits``) or ``nll_loss`` of ``x`` (N, C, d1, ...) or (C) and
    class ids ``target`` (N, d1, ...) or (): a DSL op over rows of classes (and, for the
    mean, one for its divisor)."""
    x, target = as_tensor(x), as_tensor(target)
    need_float(name, x)
    check_reduction(name, reduction)
    if not 0.0 <= smoothing <= 1.0:
        raise ArgumentValueError(f"{name}: label_smoothing must be in [0, 1], got {smoothing}")
    c = x.shape[1] if x.ndim > 1 else x.shape[0] if x.ndim else 0
    ins = [x, target]
    if weight is not None:
        ins.append(as_tensor(weight))
        same_dtype(name, x, ins[2])
        if ins[2].shape != (c,):
            raise DSLShapeError(f"{name}: weight {shape_str(ins[2].shape)} needs one entry "
                                f"per class of input {shape_str(x.shape)}: shape [{c}]")
    if logits and target.dtype.kind == "f" and target.shape == x.shape and x.ndim:
        # class probabilities (soft labels): -sum_c w[c] p[c] log_softmax(x)[c] per row
        same_dtype(name, x, target)
        axis, p = int(x.ndim > 1), target * (1.0 - smoothing) + smoothing / c
        lp = log_softmax(x, axis)
        if weight is not None:
            lp = lp * reshape(ins[2], (c, *(1,) * (x.ndim - 2)))
        return _reduce_loss(neg(sum(lp * p, axis)), reduction)
    if target.dtype.kind not in "iu":
        raise DSLTypeError(f"{name}: target must hold integer class ids, got {target.dtype} "
                           f"{shape_str(target.shape)}")
    if not x.ndim or target.shape != (x.shape[:1] + x.shape[2:] if x.ndim > 1 else ()):
        raise DSLShapeError(f"{name}: input {shape_str(x.shape)} and target "
                            f"{shape_str(target.shape)} don't fit: an input [N, C] or "
                            "[N, C, d1, ...] takes a target [N] or [N, d1, ...], an input [C] "
                            "a 0-d target")
    cuda = on_cuda(x, target)
    if not cuda:  # class ids on the device are not checked: no host copy
        value_check(target.data, functools.partial(_check_ids, name, c, ignore_index))
    if x.ndim != 2:  # one row of classes per (n, d1, ...)
        rows = permute(x, (0, *range(2, x.ndim), 1)) if x.ndim > 2 else x
        ins[:2] = [reshape(rows, (-1, c)), reshape(target, (-1,))]
    flags = (weight is not None, int(ignore_index), cuda)
    if reduction == "mean":  # the divisor as an input: inside the loss's kernels, a root
        # reduction made the gradient's automatic schedule parallel ([256, 10]: 355 us, not 30)
        ins.append(apply(f"{name}.den", B.class_den, ins[1:], (*flags, x.dtype)))
    out = apply(name, B.class_loss, ins, (*flags, reduction, float(smoothing), logits))
    return reshape(out, target.shape) if reduction == "none" else reshape(out, ()) if cuda \
        else out


def cross_entropy(input: Any, target: Any, weight: Any = None, ignore_index: int = -100,
                  reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    """``nll_loss(log_softmax(input, 1), target, ...)`` with ``label_smoothing``, as torch's:
    class ids (``ignore_index`` ones left out) or class probabilities of ``input``'s shape.
    Class ids of cuda tensors are not range-checked (that would copy them to the host)."""
    return _class_loss("cross_entropy", input, target, weight, ignore_index, reduction,
                       label_smoothing, True)


def nll_loss(input: Any, target: Any, weight: Any = None, ignore_index: int = -100,
             reduction: str = "mean") -> Tensor:
    """Negative log-likelihood of class ``target`` under log-probabilities ``input`` (N, C),
    (N, C, d1, ...) or (C), as torch's: ``-w[t] * input[n, t]`` per element, targets equal
    to ``ignore_index`` left out; ``"mean"`` divides by the sum of the kept targets'
    weights."""
    return _class_loss("nll_loss", input, target, weight, ignore_index, reduction, 0.0, False)


__all__ = ["check_reduction", "cross_entropy", "nll_loss"]
