"""The functional forms of the nn layers that are neither products nor losses: softmax and
log-softmax, layer and batch normalization, embedding, dropout, and the capsule ops (squash,
predictions, dynamic routing) (layer 9).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import (
    ArgumentTypeError,
    ArgumentValueError,
    DSLShapeError,
    DSLTypeError,
    TensorIndexError,
)
from ..ops import capsule, linalg, reduce
from ..ops.axes import normalize_axis
from .dispatch import UNSET, apply, as_tensor, need_float, on_cuda, same_dtype, torch_names
from .elementwise import sqrt
from .reductions import mean, var
from .shapes import permute, reshape
from .tensor import Tensor, no_grad, shape_str


def softmax(x: Tensor, axis: Any = UNSET, *, dim: Any = UNSET) -> Tensor:
    """Softmax along ``axis`` (default the last; ``dim=`` is PyTorch's name)."""
    axis, _ = torch_names("softmax", axis, UNSET, dim, UNSET, -1)
    return _last_axis(x, axis, False)


def log_softmax(x: Tensor, axis: Any = UNSET, *, dim: Any = UNSET) -> Tensor:
    axis, _ = torch_names("log_softmax", axis, UNSET, dim, UNSET, -1)
    return _last_axis(x, axis, True)


def _last_axis(x: Tensor, axis: int, log_: bool) -> Tensor:
    name = "log_softmax" if log_ else "softmax"
    need_float(name, x)
    axis = normalize_axis(axis, x.ndim, name, "axis", x.shape)
    if axis != x.ndim - 1:
        perm = [d for d in range(x.ndim) if d != axis] + [axis]
        y = _last_axis(permute(x, perm), -1, log_)
        return permute(y, [perm.index(d) for d in range(x.ndim)])
    return apply("log_softmax" if log_ else "softmax", reduce.softmax_last, [x], (log_,))


def layer_norm(x: Tensor, w: Tensor, b: Tensor, eps: float = 1e-5) -> Tensor:
    need_float("layer_norm", x, w, b)
    same_dtype("layer_norm", x, w)
    same_dtype("layer_norm", x, b)
    if x.ndim == 0:
        raise DSLShapeError("layer_norm: the input is 0-d; it normalises over the last axis, "
                            "so give it at least one axis (x.reshape(1, -1))")
    if w.shape != (x.shape[-1],) or b.shape != (x.shape[-1],):
        raise DSLShapeError(f"layer_norm: weight {shape_str(w.shape)} and bias "
                            f"{shape_str(b.shape)} must match the last dim of "
                            f"{shape_str(x.shape)}")
    return apply("layer_norm", reduce.layer_norm, [x, w, b], (float(eps),))


def embedding(idx: Any, w: Tensor) -> Tensor:
    idx = as_tensor(idx)
    if idx.dtype.kind not in "iu":
        raise DSLTypeError(f"embedding: indices must be integers, got {idx.dtype} "
                           f"{shape_str(idx.shape)}")
    if idx.size and not on_cuda(idx) and (idx.data.min() < 0 or idx.data.max() >= w.shape[0]):
        bad = idx.data.min() if idx.data.min() < 0 else idx.data.max()
        raise TensorIndexError(f"embedding: index {bad} is out of range for a table of "
                               f"{w.shape[0]} rows (expected indices in [0, {w.shape[0] - 1}])")
    return apply("embedding", linalg.embedding, [w, idx])


def batch_norm(input: Any, running_mean: Tensor | None, running_var: Tensor | None,
               weight: Tensor | None = None, bias: Tensor | None = None,
               training: bool = False, momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    """Normalise each channel (axis 1) of ``input`` (N, C, ...), then scale by ``weight`` and
    shift by ``bias``, as torch's. ``training``: with the batch's mean and biased variance
    (differentiated through), moving the running statistics, when given, ``momentum`` of the
    way to the batch's mean and unbiased variance (in place, not differentiated); else with
    ``running_mean`` and ``running_var``."""
    x = as_tensor(input)
    need_float("batch_norm", x)
    if x.ndim < 2:
        raise DSLShapeError(f"batch_norm: input {shape_str(x.shape)} needs shape [N, C, ...] "
                            "(channels on axis 1)")
    c, bshape = x.shape[1], (1, x.shape[1], *(1,) * (x.ndim - 2))
    stats = [t for t in (running_mean, running_var) if t is not None]
    if len(stats) == 1 or not (training or stats):
        raise ArgumentValueError("batch_norm: give both running_mean and running_var (needed "
                                 "when training=False), or neither")
    for what, t in (("running_mean", running_mean), ("running_var", running_var),
                    ("weight", weight), ("bias", bias)):
        if t is None:
            continue
        if not isinstance(t, Tensor):
            raise DSLTypeError(f"batch_norm: {what} must be a Tensor, got {type(t).__name__}")
        same_dtype(f"batch_norm: input and {what}", x, t)
        if t.shape != (c,):
            raise DSLShapeError(f"batch_norm: {what} {shape_str(t.shape)} needs one entry per "
                                f"channel of input {shape_str(x.shape)} (axis 1): shape [{c}]")
    if not training:
        m, v = reshape(running_mean, bshape), reshape(running_var, bshape)  # type: ignore
    else:
        n = x.size // c
        if n < 2:
            raise ArgumentValueError(f"batch_norm: expected more than 1 value per channel when "
                                     f"training, got input {shape_str(x.shape)}")
        if stats and (isinstance(momentum, bool) or not isinstance(momentum, (int, float))):
            raise ArgumentTypeError(f"batch_norm: momentum must be a float, got {momentum!r} "
                                    "(the modules' momentum=None is resolved by the module)")
        axes = (0, *range(2, x.ndim))
        m, v = mean(x, axes, keepdims=True), var(x, axes, keepdims=True)
        with no_grad():
            for run, new in zip(stats, (m, v * (n / (n - 1))), strict=False):
                run.data = (run * (1.0 - momentum) + reshape(new, (c,)) * momentum).data
    y = (x - m) / sqrt(v + eps)
    y = y if weight is None else y * reshape(weight, bshape)
    return y if bias is None else y + reshape(bias, bshape)


def squash(s: Tensor) -> Tensor:
    need_float("squash", s)
    if s.ndim == 0:
        raise DSLShapeError("squash: the input is 0-d; it squashes vectors along the last "
                            "axis, so give it at least one axis (s.reshape(1))")
    return apply("squash", capsule.squash, [s])


def capsule_predict(u: Tensor, w: Tensor, out_caps: int) -> Tensor:
    """``u_hat[b, i, j, d] = sum_k u[b, i, k] * w[i, k, j*out_dim + d]`` (``ops.capsule``)."""
    need_float("capsule_predict", u, w)
    same_dtype("capsule_predict", u, w)
    return apply("capsule_predict", capsule.capsule_predict, [u, w], (int(out_caps),))


def dynamic_routing(u_hat: Tensor, iterations: int = 3) -> Tensor:
    """Routing by agreement over ``u_hat[b, i, j, d]``; returns ``v[b, j, d]``."""
    need_float("dynamic_routing", u_hat)
    if u_hat.ndim != 4:
        raise DSLShapeError(f"dynamic_routing: u_hat must be [batch, in_caps, out_caps, dim], "
                            f"got {shape_str(u_hat.shape)}")
    return apply("dynamic_routing", capsule.dynamic_routing, [u_hat], (int(iterations),))


def dropout(x: Tensor, p: float, training: bool, rng: np.random.Generator) -> Tensor:
    if not training or p == 0.0:
        return x
    mask = (rng.random(x.shape) >= p).astype(x.dtype) / (1.0 - p)
    return x * Tensor(mask).to(x.device)


__all__ = ["batch_norm", "capsule_predict", "dropout", "dynamic_routing", "embedding",
           "layer_norm", "log_softmax", "softmax", "squash"]
