"""Weight initialization as ``torch.nn.init``: each function fills a Tensor or Parameter in
place (its ``.data`` is replaced, keeping dtype and device) and returns it (layer 9).

Random fills draw from the generator ``tcomp.nn.manual_seed`` seeds, or from the numpy
``generator=`` given, in float64, then round to the tensor's dtype.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..errors import ArgumentTypeError, ArgumentValueError
from ..runtime.memory import aligned
from . import creation
from . import device as _dev
from .tensor import Tensor

_GAINS = {"linear": 1.0, "conv1d": 1.0, "conv2d": 1.0, "conv3d": 1.0,
          "conv_transpose1d": 1.0, "conv_transpose2d": 1.0, "conv_transpose3d": 1.0,
          "sigmoid": 1.0, "tanh": 5.0 / 3, "relu": math.sqrt(2.0), "selu": 3.0 / 4}


def calculate_gain(nonlinearity: str, param: float | None = None) -> float:
    """The recommended scale of the weights before ``nonlinearity`` (torch's table);
    ``param`` is leaky_relu's negative slope (default 0.01)."""
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        if isinstance(slope, bool) or not isinstance(slope, (int, float)):
            raise ArgumentValueError(f"calculate_gain: negative_slope {slope!r} is not a number")
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity not in _GAINS:
        raise ArgumentValueError(f"calculate_gain: unsupported nonlinearity {nonlinearity!r}; "
                                 f"use one of {sorted([*_GAINS, 'leaky_relu'])}")
    return _GAINS[nonlinearity]


def _calculate_fan_in_and_fan_out(tensor: Tensor) -> tuple[int, int]:
    """``(fan_in, fan_out)`` of a weight ``[out, in, *kernel]``: ``in * prod(kernel)`` and
    ``out * prod(kernel)``, as torch's (Linear ``[out, in]``, Conv2d ``[out, in/groups, kh,
    kw]``)."""
    shape = tensor.shape
    if len(shape) < 2:
        raise ArgumentValueError(f"fan in and fan out need a tensor of 2 or more dims, got "
                                 f"shape {list(shape)}")
    field = math.prod(shape[2:])
    return shape[1] * field, shape[0] * field


def _fan(tensor: Tensor, mode: str, fn: str) -> int:
    if mode not in ("fan_in", "fan_out"):
        raise ArgumentValueError(f"{fn}: mode {mode!r} is not supported; use 'fan_in' or "
                                 "'fan_out'")
    return _calculate_fan_in_and_fan_out(tensor)[mode == "fan_out"]


def _check(tensor: Tensor, fn: str) -> None:
    if not isinstance(tensor, Tensor):
        raise ArgumentTypeError(f"{fn}: expected a Tensor or Parameter, got "
                                f"{type(tensor).__name__}")
    if not tensor.is_leaf:
        raise ArgumentValueError(f"{fn}: the tensor is the result of an op on the tape (not a "
                                 "leaf); initialize the Parameter it was computed from")


def _fill(tensor: Tensor, values: Any, fn: str) -> Tensor:
    """Replace ``tensor``'s data by ``values`` (broadcast to its shape, in its dtype and on
    its device)."""
    _check(tensor, fn)
    arr = aligned(np.broadcast_to(np.asarray(values), tensor.shape).astype(tensor.dtype))
    tensor.data = _dev.move(arr, tensor.device)
    return tensor


def _rng(tensor: Tensor, generator: np.random.Generator | None, fn: str
         ) -> np.random.Generator:
    _check(tensor, fn)
    if tensor.dtype.kind != "f":
        raise ArgumentTypeError(f"{fn}: random values need a float tensor, got "
                                f"{tensor.dtype}")
    if generator is not None and not isinstance(generator, np.random.Generator):
        raise ArgumentTypeError(f"{fn}: generator must be a numpy.random.Generator, got "
                                f"{type(generator).__name__}")
    return creation.generator() if generator is None else generator


def uniform_(tensor: Tensor, a: float = 0.0, b: float = 1.0,
             generator: np.random.Generator | None = None) -> Tensor:
    """Fill with values drawn uniformly from ``[a, b)``."""
    return _fill(tensor, _rng(tensor, generator, "uniform_").uniform(a, b, tensor.shape),
                 "uniform_")


def normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0,
            generator: np.random.Generator | None = None) -> Tensor:
    """Fill with values drawn from ``N(mean, std^2)``."""
    return _fill(tensor, _rng(tensor, generator, "normal_").normal(mean, std, tensor.shape),
                 "normal_")


def trunc_normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, a: float = -2.0,
                  b: float = 2.0, generator: np.random.Generator | None = None) -> Tensor:
    """Fill with ``N(mean, std^2)`` restricted to ``[a, b]`` (absolute bounds, as torch's),
    by redrawing the values outside."""
    rng = _rng(tensor, generator, "trunc_normal_")

    def cdf(x: float) -> float:
        return 0.5 * (1 + math.erf((x - mean) / (std * math.sqrt(2))))
    if not a < b or std <= 0 or cdf(b) - cdf(a) < 1e-6:
        raise ArgumentValueError(f"trunc_normal_: [a, b] = [{a}, {b}] must have a < b and "
                                 f"hold some of N({mean}, {std}^2) (std > 0)")
    out = rng.normal(mean, std, tensor.shape)
    bad = (out < a) | (out > b)
    while bad.any():
        out[bad] = rng.normal(mean, std, int(bad.sum()))
        bad = (out < a) | (out > b)
    return _fill(tensor, out, "trunc_normal_")


def constant_(tensor: Tensor, val: float) -> Tensor:
    """Fill with ``val``."""
    return _fill(tensor, val, "constant_")


def zeros_(tensor: Tensor) -> Tensor:
    return _fill(tensor, 0, "zeros_")


def ones_(tensor: Tensor) -> Tensor:
    return _fill(tensor, 1, "ones_")


def xavier_uniform_(tensor: Tensor, gain: float = 1.0,
                    generator: np.random.Generator | None = None) -> Tensor:
    """Glorot: ``U(-s, s)``, ``s = gain * sqrt(6 / (fan_in + fan_out))``."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    if tensor.size == 0:
        return tensor
    bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return uniform_(tensor, -bound, bound, generator)


def xavier_normal_(tensor: Tensor, gain: float = 1.0,
                   generator: np.random.Generator | None = None) -> Tensor:
    """Glorot: ``N(0, std^2)``, ``std = gain * sqrt(2 / (fan_in + fan_out))``."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    if tensor.size == 0:
        return tensor
    return normal_(tensor, 0.0, gain * math.sqrt(2.0 / (fan_in + fan_out)), generator)


def kaiming_uniform_(tensor: Tensor, a: float = 0.0, mode: str = "fan_in",
                     nonlinearity: str = "leaky_relu",
                     generator: np.random.Generator | None = None) -> Tensor:
    """He: ``U(-s, s)``, ``s = gain * sqrt(3 / fan)``, ``gain = calculate_gain(nonlinearity,
    a)``, ``fan`` the weight's ``mode`` (fan_in keeps the forward variance, fan_out the
    backward)."""
    fan = _fan(tensor, mode, "kaiming_uniform_")
    if tensor.size == 0:  # a no-op, as torch's
        return tensor
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
    return uniform_(tensor, -math.sqrt(3.0) * std, math.sqrt(3.0) * std, generator)


def kaiming_normal_(tensor: Tensor, a: float = 0.0, mode: str = "fan_in",
                    nonlinearity: str = "leaky_relu",
                    generator: np.random.Generator | None = None) -> Tensor:
    """He: ``N(0, std^2)``, ``std = gain / sqrt(fan)``."""
    fan = _fan(tensor, mode, "kaiming_normal_")
    if tensor.size == 0:
        return tensor
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
    return normal_(tensor, 0.0, std, generator)


def orthogonal_(tensor: Tensor, gain: float = 1.0,
                generator: np.random.Generator | None = None) -> Tensor:
    """A (semi-)orthogonal matrix times ``gain``, the weight seen as ``[shape[0], rest]``:
    the Q of a Gaussian matrix's QR, signs fixed by R's diagonal (Saxe et al.)."""
    if tensor.ndim < 2:
        raise ArgumentValueError(f"orthogonal_: needs a tensor of 2 or more dims, got shape "
                                 f"{list(tensor.shape)}")
    if tensor.size == 0:
        return tensor
    rows = tensor.shape[0]
    cols = tensor.size // rows
    flat = _rng(tensor, generator, "orthogonal_").standard_normal((rows, cols))
    if rows < cols:
        flat = flat.T
    q, r = np.linalg.qr(flat)
    q *= np.sign(np.diag(r))
    return _fill(tensor, (q.T if rows < cols else q).reshape(tensor.shape) * gain,
                 "orthogonal_")


__all__ = ["calculate_gain", "constant_", "kaiming_normal_", "kaiming_uniform_", "normal_",
           "ones_", "orthogonal_", "trunc_normal_", "uniform_", "xavier_normal_",
           "xavier_uniform_", "zeros_"]
