"""``scaled_dot_product_attention`` on nn Tensors, as torch's: built from the batched matmul,
softmax and dropout ops, so its gradients are theirs (layer 9).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError
from ..ops.reduce import softmax_last
from .conv import matmul
from .creation import layer_rng
from .dispatch import apply, as_tensor, need_float, same_dtype
from .elementwise import maximum
from .layer_ops import dropout, softmax
from .shapes import reshape
from .tensor import Tensor, shape_str


def _broadcast(*shapes: tuple[int, ...]) -> tuple[int, ...] | None:
    """The shape ``shapes`` broadcast to (numpy's rules), None if they don't."""
    try:
        return tuple(np.broadcast_shapes(*shapes))
    except ValueError:
        return None


def scaled_dot_product_attention(query: Any, key: Any, value: Any, attn_mask: Any = None,
                                 dropout_p: float = 0.0, is_causal: bool = False,
                                 scale: float | None = None) -> Tensor:
    """``softmax(query @ key^T * scale + mask) @ value`` as torch's, for ``query`` (..., L, E),
    ``key`` (..., S, E), ``value`` (..., S, Ev) (leading dims broadcast). ``scale``
    defaults to ``1/sqrt(E)``. A bool ``attn_mask`` (broadcast to (..., L, S)) is True where
    a query may attend to a key; a float one is added to the scores; ``is_causal``: query
    ``i`` attends to keys ``j <= i``. A query that may attend to no key gets zeros (torch's
    safe softmax). ``dropout_p`` drops attention weights (``manual_seed``'s generator).
    Built from matmul, softmax and dropout, so its gradients are theirs."""
    name = "scaled_dot_product_attention"
    q, k, v = as_tensor(query), as_tensor(key), as_tensor(value)
    need_float(name, q, k, v)
    same_dtype(name, q, k)
    same_dtype(name, q, v)
    lead = _broadcast(*(t.shape[:-2] for t in (q, k, v))) if min(
        q.ndim, k.ndim, v.ndim) >= 2 else None
    if lead is None or q.shape[-1] != k.shape[-1] or k.shape[-2] != v.shape[-2]:
        raise DSLShapeError(f"{name}: query {shape_str(q.shape)}, key {shape_str(k.shape)} and "
                            f"value {shape_str(v.shape)} must be [..., L, E], [..., S, E] and "
                            "[..., S, Ev] with leading dims that broadcast")
    if not 0.0 <= dropout_p < 1.0:
        raise ArgumentValueError(f"{name}: dropout_p must be in [0, 1), got {dropout_p}")
    if is_causal and attn_mask is not None:
        raise ArgumentValueError(f"{name}: give attn_mask or is_causal=True, not both")
    (n_q, e), n_k, b = q.shape[-2:], k.shape[-2], math.prod(lead)

    def batched(t: Tensor) -> Tensor:  # [b, rows, cols]: leading dims broadcast, then merged
        if t.shape[:-2] != lead:
            t = t + Tensor(np.zeros((*lead, *t.shape[-2:]), t.dtype)).to(t.device)
        return t if t.ndim == 3 else reshape(t, (b, *t.shape[-2:]))
    q3, k3, v3 = batched(q), batched(k), batched(v)
    scale = 1.0 / math.sqrt(e) if scale is None else float(scale)
    scores = matmul(q3, k3.transpose(-2, -1))
    if attn_mask is None and not is_causal:
        # the scale inside the softmax's kernel (and its gradient's): two launches fewer
        att = apply("softmax", softmax_last, [scores], (False, "softmax", scale))
        return _attend(att, v3, lead, n_q, v.shape[-1], dropout_p)
    scores = scores * scale
    if len(lead) != 1:
        scores = reshape(scores, (*lead, n_q, n_k))
    if is_causal:
        attn_mask = np.tril(np.ones((n_q, n_k), bool))
    dead = None
    if attn_mask is not None:
        mask = as_tensor(attn_mask)
        if _broadcast(mask.shape, scores.shape) != scores.shape:
            raise DSLShapeError(f"{name}: attn_mask {shape_str(mask.shape)} doesn't broadcast "
                                f"to the scores' shape {shape_str(scores.shape)} [..., L, S]")
        m = mask.numpy()
        if mask.dtype == np.bool_:
            dead = ~m.any(-1, keepdims=True)
            mask = Tensor(np.where(m | dead, 0.0, -np.inf).astype(q.dtype)).to(q.device)
        else:
            same_dtype(f"{name}: query and attn_mask", q, mask)
            dead = np.isneginf(m).all(-1, keepdims=True)
            if dead.any():  # a row all -inf: 0 there, so that no NaN reaches the softmax
                floor = np.where(dead, 0.0, -np.inf).astype(q.dtype)
                mask = maximum(mask, Tensor(floor).to(q.device))
        scores = scores + mask
    att = softmax(scores, -1)
    if dead is not None and dead.any():
        att = att * Tensor((~dead).astype(q.dtype)).to(q.device)
    return _attend(att if len(lead) == 1 else reshape(att, (b, n_q, n_k)), v3, lead, n_q,
                   v.shape[-1], dropout_p)


def _attend(att: Tensor, v3: Tensor, lead: tuple[int, ...], n_q: int, ev: int,
            dropout_p: float) -> Tensor:
    """``dropout(att) @ v`` for attention weights ``att`` [b, L, S]: [..., L, Ev]."""
    if dropout_p:
        att = dropout(att, dropout_p, True, layer_rng(None))
    out = matmul(att, v3)
    return out if len(lead) == 1 else reshape(out, (*lead, n_q, ev))


__all__ = ["scaled_dot_product_attention"]
