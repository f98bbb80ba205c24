"""Tensor creation: zeros, ones and randn, and the seeded generator (``manual_seed``) that
randn, the layers' initial weights, Dropout's masks and ``nn.init`` draw from (layer 9).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ArgumentValueError
from .tensor import Tensor

_GENERATOR = np.random.default_rng(0)


def manual_seed(seed: int) -> None:
    """Seed the generator that layers created without ``seed=`` draw their initial weights
    (and Dropout its masks) from, as ``torch.manual_seed`` does: each such layer gets its
    own stream, so two ``Linear(d, d)`` start different, and a program that seeds first
    starts the same every run (the generator starts seeded with 0 at import)."""
    global _GENERATOR
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ArgumentValueError(f"manual_seed: seed must be a non-negative int, got "
                                 f"{seed!r}")
    _GENERATOR = np.random.default_rng(int(seed))


def generator() -> np.random.Generator:
    """The ``manual_seed`` generator (a new one after each ``manual_seed``)."""
    return _GENERATOR


def layer_rng(seed: int | None) -> np.random.Generator:
    """The generator of one layer: from ``seed`` when given, else its own stream drawn from
    the ``manual_seed`` generator."""
    if seed is None:
        return np.random.default_rng(int(_GENERATOR.integers(2**63)))
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ArgumentValueError(f"seed must be a non-negative int or None, got {seed!r}")
    return np.random.default_rng(int(seed))


def _shape(shape: tuple[Any, ...], what: str) -> tuple[int, ...]:
    dims = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) \
        else shape
    for d in dims:
        if isinstance(d, bool) or not isinstance(d, (int, np.integer)) or d < 0:
            raise ArgumentValueError(f"{what}: sizes must be ints >= 0, got {list(dims)}")
    return tuple(int(d) for d in dims)


def zeros(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    """A tensor of zeros: ``zeros(2, 3)`` or ``zeros((2, 3))``."""
    return Tensor(np.zeros(_shape(shape, "zeros"), dtype), requires_grad=requires_grad)


def ones(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    return Tensor(np.ones(_shape(shape, "ones"), dtype), requires_grad=requires_grad)


def randn(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    """Standard normal samples from the ``manual_seed`` generator."""
    data = _GENERATOR.standard_normal(_shape(shape, "randn")).astype(dtype)
    return Tensor(data, requires_grad=requires_grad)


__all__ = ["generator", "layer_rng", "manual_seed", "ones", "randn", "zeros"]
