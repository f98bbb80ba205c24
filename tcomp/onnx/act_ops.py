"""ONNX's parametric activations (LeakyRelu, PRelu, Elu, Selu, Celu, Softplus, Softsign,
HardSigmoid, HardSwish), InstanceNormalization, LRN and Tile as compositions of tcomp.nn ops
(layer 9): no kernel of their own, so gradients and ``tcomp.onnx.export`` follow the ops they
are made of. Registered in ``ops.OPS`` on import, as the operators of ``ops``.

Each composition gives the spec's value exactly at 0 and its formula below 0 (the
exponential units' ``exp(x) - 1`` to an ulp of 1 next to 0, as there is no expm1), and doesn't
overflow where the spec's formula would in an intermediate: the exponential units take
``exp(min(x, 0))``, Softplus ``relu(x) + log(1 + exp(-|x|))``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..nn import functional as F
from ..nn.tensor import Tensor
from .ops import (
    Node,
    Value,
    arith,
    ints,
    is_float,
    is_t,
    on_const,
    op,
    pad,
    reshape,
    same_dtype,
)

# ----------------------------------------------------------------------------- activations


def _unary(node: Node, x: Value, fn: Callable[[Tensor], Tensor]) -> Value:
    """``fn`` on a float ``x``: numpy for a constant (``on_const``), an empty numpy array for
    no elements."""
    if not is_float(x):
        raise node.error(f"needs a float input, got {x.dtype}")
    if not x.size:
        return np.zeros(x.shape, x.dtype)
    return on_const(fn, node, x)


def _alpha(node: Node, default: float, key: str = "alpha") -> float:
    """A float attribute as ONNX holds it (float32; the schema's defaults too)."""
    return float(np.float32(node.attr(key, default)))


def _exp_unit(x: Tensor, alpha: float, scale: float = 1.0) -> Tensor:
    """``alpha * (exp(min(x, 0) / scale) - 1)``: 0 for ``x >= 0`` (no overflow for large
    ``x``), the exponential part of Elu, Selu and Celu below."""
    neg = F.minimum(x, 0.0)
    return (F.exp(neg if scale == 1.0 else neg / scale) - 1.0) * alpha


@op("LeakyRelu", 6, 16, "alpha")
def _leaky_relu(node: Node, x: Value) -> Value:
    """``relu(x) + alpha * min(x, 0)``: ``alpha * x`` below 0, ``x`` from 0 on (any alpha)."""
    alpha = _alpha(node, 0.01)
    return _unary(node, x, lambda t: F.relu(t) + F.minimum(t, 0.0) * alpha)


@op("PRelu", 6, 16)
def _prelu(node: Node, x: Value, slope: Value) -> Value:
    """LeakyRelu with a slope tensor broadcast to X (unidirectionally: the result has X's
    shape); a trained slope is a Parameter and gets its gradient ``min(x, 0)``, summed over
    the broadcast dims. PRelu-6 (before broadcasting) shares a one-value slope and reads a
    1-D slope of X's channel count (axis 1) as one value per channel, as PyTorch's opset-6
    exports of nn.PReLU(C) do."""
    same_dtype(node, x, slope)
    if node.version < 7 and slope.ndim == 1 and x.ndim > 2 and slope.shape[0] == x.shape[1]:
        slope = reshape(slope, (-1,) + (1,) * (x.ndim - 2))
    try:
        fits = tuple(np.broadcast_shapes(x.shape, slope.shape)) == tuple(x.shape)
    except ValueError:
        fits = False
    if not fits:
        raise node.error(f"slope of shape {list(slope.shape)} doesn't broadcast to X of shape "
                         f"{list(x.shape)} (unidirectional broadcasting: numpy rules, the "
                         "result having X's shape)")
    if not x.size:
        return np.zeros(x.shape, x.dtype)
    if not is_float(x):  # integer PRelu (version 9 on): numpy, no gradient
        x, s = np.asarray(x), np.asarray(slope)
        return np.where(x > 0, x, x * s).astype(x.dtype)

    def prelu(x: Tensor, s: Value) -> Tensor:
        # a constant slope stays numpy: one element is a scalar operand (arith)
        return F.relu(x) + arith(node, "Mul", F.minimum(x, 0.0), s)
    return prelu(x, slope) if is_t(x) else on_const(prelu, node, x, slope)


@op("Elu", 6, 22, "alpha")
def _elu(node: Node, x: Value) -> Value:
    alpha = _alpha(node, 1.0)
    return _unary(node, x, lambda t: F.relu(t) + _exp_unit(t, alpha))


@op("Selu", 6, 22, "alpha gamma")
def _selu(node: Node, x: Value) -> Value:
    alpha, gamma = _alpha(node, 1.67326319), _alpha(node, 1.05070102, "gamma")
    return _unary(node, x, lambda t: (F.relu(t) + _exp_unit(t, alpha)) * gamma)


@op("Celu", 12, 28, "alpha")
def _celu(node: Node, x: Value) -> Value:
    """``max(0, x) + min(0, alpha * (exp(x / alpha) - 1))``: the second term is
    ``alpha * (exp(min(x, 0) / alpha) - 1)`` for either sign of alpha."""
    alpha = _alpha(node, 1.0)
    if alpha == 0.0:
        raise node.error("attribute alpha=0: Celu divides by alpha")
    return _unary(node, x, lambda t: F.relu(t) + _exp_unit(t, alpha, alpha))


@op("Softplus", 1, 22)
def _softplus(node: Node, x: Value) -> Value:
    """``relu(x) + log(1 + exp(-|x|))``, ``-|x|`` as ``x - 2 relu(x)``: no overflow, and the
    gradient is ``sigmoid(x)`` at 0 too (whichever side relu's derivative takes there)."""
    def softplus(t: Tensor) -> Tensor:
        m = F.relu(t)
        return m + F.log(F.exp(t - m * 2.0) + 1.0)
    return _unary(node, x, softplus)


@op("Softsign", 1, 22)
def _softsign(node: Node, x: Value) -> Value:
    return _unary(node, x, lambda t: t / (F.abs(t) + 1.0))


def _hard_sigmoid(t: Tensor, alpha: float, beta: float) -> Tensor:
    return F.maximum(F.minimum(t * alpha + beta, 1.0), 0.0)


@op("HardSigmoid", 6, 22, "alpha beta")
def _hard_sigmoid_op(node: Node, x: Value) -> Value:
    alpha, beta = _alpha(node, 0.2), _alpha(node, 0.5, "beta")
    return _unary(node, x, lambda t: _hard_sigmoid(t, alpha, beta))


# HardSwish's alpha, 1/6, as its function body's float attribute holds it
_SIXTH = float(np.float32(1 / 6))


@op("HardSwish", 14, 22)
def _hard_swish(node: Node, x: Value) -> Value:
    return _unary(node, x, lambda t: t * _hard_sigmoid(t, _SIXTH, 0.5))


# ----------------------------------------------------------------------------- normalization

@op("InstanceNormalization", 6, 22, "epsilon")
def _instance_norm(node: Node, x: Value, scale: Value, bias: Value) -> Value:
    """``scale * (x - mean) / sqrt(var + epsilon) + B`` with the mean and (biased) variance of
    each instance's channel over the spatial dims: a layer norm of the (N, C, D1*D2*...) view,
    then the per-channel scale and shift."""
    same_dtype(node, x, scale, bias)
    if not is_float(x):
        raise node.error(f"needs a float input, got {x.dtype}")
    if x.ndim < 3:
        raise node.error(f"input must be (N, C, D1, ...), got {list(x.shape)}")
    c = x.shape[1]
    for what, v in (("scale", scale), ("B", bias)):
        if tuple(v.shape) != (c,):
            raise node.error(f"input {what!r} has shape {list(v.shape)}, expected [{c}] (one "
                             "value per channel)")
    if not x.size:
        return np.zeros(x.shape, x.dtype)
    eps = float(node.attr("epsilon", 1e-5))
    n, inner = x.shape[0], math.prod(x.shape[2:])
    shape = (1, c) + (1,) * (x.ndim - 2)

    def inorm(x: Tensor, s: Tensor, b: Tensor) -> Tensor:
        one, zero = Tensor(np.ones(inner, x.dtype)), Tensor(np.zeros(inner, x.dtype))
        y = F.layer_norm(F.reshape(x, (n, c, inner)), one, zero, eps)
        return F.reshape(y, x.shape) * F.reshape(s, shape) + F.reshape(b, shape)
    return on_const(inorm, node, x, scale, bias)


@op("LRN", 1, 13, "alpha beta bias size")
def _lrn(node: Node, x: Value) -> Value:
    """``x / (bias + alpha / size * square_sum) ** beta``, the square sum over the channels
    ``c - floor((size - 1) / 2)`` to ``c + ceil((size - 1) / 2)`` (none past the edges): the
    squares padded with zeros along axis 1, and ``size`` shifted slices of them added."""
    if not is_float(x):
        raise node.error(f"needs a float input, got {x.dtype}")
    if x.ndim < 3:
        raise node.error(f"input must be (N, C, D1, ...), got {list(x.shape)}")
    size = node.attr("size")
    if not isinstance(size, int) or size < 1:
        raise node.error(f"attribute size={size!r}: LRN needs a positive window size")
    alpha, beta = _alpha(node, 1e-4), _alpha(node, 0.75, "beta")
    bias, c = _alpha(node, 1.0, "bias"), x.shape[1]
    before = (size - 1) // 2
    if not x.size:
        return np.zeros(x.shape, x.dtype)

    def lrn(t: Tensor) -> Tensor:
        sq = pad(t * t, {1: (before, size - 1 - before)}, 0.0)
        total = sq[:, 0:c]
        for k in range(1, size):
            total = total + sq[:, k:k + c]
        return t / F.pow(total * (alpha / size) + bias, beta)
    return on_const(lrn, node, x)


# ----------------------------------------------------------------------------- data movement

@op("Tile", 6, 13)
def _tile(node: Node, x: Value, repeats: Value) -> Value:
    """numpy's ``tile`` with one repeat count per dim (no broadcast): ``F.repeat`` on a
    Tensor (an expand of an interleaved view: the gradient sums the tiles), numpy on
    constants, integers and booleans. The counts must be constants."""
    reps = ints(node, repeats, "repeats")
    if len(reps) != x.ndim:
        raise node.error(f"repeats {reps} must hold one count per dim of the {x.ndim}-d "
                         f"input {list(x.shape)}")
    if min(reps, default=0) < 0:
        raise node.error(f"repeats {reps} must be non-negative")
    if all(r == 1 for r in reps):
        return x
    if not is_t(x) or not math.prod(reps):  # an empty result: no element, no gradient
        return np.tile(x.numpy() if is_t(x) else np.asarray(x), reps)
    return F.repeat(x, *reps)
