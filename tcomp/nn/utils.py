"""Training utilities under PyTorch's names (layer 9): ``clip_grad_norm_``."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ..errors import ArgumentValueError
from . import functional as F
from .tensor import Tensor, no_grad


def clip_grad_norm_(parameters: Any, max_norm: float) -> float:
    """Scale the gradients of ``parameters`` (a Tensor or an iterable of them; those
    without a gradient are skipped) in place so that their joint L2 norm is at most
    ``max_norm``; returns the norm before clipping, as ``torch.nn.utils.clip_grad_norm_``.
    The sums of squares and the scaling run as tcomp kernels."""
    if isinstance(max_norm, bool) or not isinstance(max_norm, (int, float)) \
            or not max_norm > 0 or math.isinf(max_norm):
        raise ArgumentValueError(f"clip_grad_norm_: max_norm must be a positive finite number, "
                                 f"got {max_norm!r}")
    params = [parameters] if isinstance(parameters, Tensor) else list(
        parameters if isinstance(parameters, Iterable) else [parameters])
    for p in params:
        if not isinstance(p, Tensor):
            raise ArgumentValueError(f"clip_grad_norm_: parameters must be tensors, got "
                                     f"{type(p).__name__} {p!r}")
    grads = [p for p in params if p.grad is not None]
    if not grads:
        return 0.0
    with no_grad():
        total = math.sqrt(sum(float(F.sum(p.grad * p.grad)) for p in grads))
        coef = max_norm / (total + 1e-6)
        if coef < 1.0:
            for p in grads:
                p.grad = p.grad * coef
    return total


__all__ = ["clip_grad_norm_"]
