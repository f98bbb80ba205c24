"""Elementwise nn ops: activations and other unary math, binary arithmetic with numpy
broadcasting (a Python number as one operand: a scalar op), and dtype casts (layer 9).

With lazy fusion on, each records a pending node (``tcomp.nn.lazy``) that fuses with its
neighbours into one kernel; otherwise it runs its own kernel through ``dispatch.apply``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import dtypes
from ..errors import ArgumentValueError, DSLShapeError
from . import builders as B
from . import lazy
from .dispatch import apply, as_tensor, lazy_ok, need_float, same_dtype
from .tensor import Tensor, shape_str


def _unary(x: Any, op: str) -> Tensor:
    x = as_tensor(x)
    need_float(op, x)
    if lazy_ok(x):
        return lazy.elementwise(op, (), [x], x.shape, x.dtype)
    return apply(op, B.unary, [x], (op,))


def neg(x: Any) -> Tensor: return _unary(x, "neg")
def exp(x: Any) -> Tensor: return _unary(x, "exp")
def log(x: Any) -> Tensor: return _unary(x, "log")
def sqrt(x: Any) -> Tensor: return _unary(x, "sqrt")
def tanh(x: Any) -> Tensor: return _unary(x, "tanh")
def sigmoid(x: Any) -> Tensor: return _unary(x, "sigmoid")
def relu(x: Any) -> Tensor: return _unary(x, "relu")
def gelu_op(approximate: str) -> str:
    """The elementwise op of ``gelu(approximate=...)``; anything but 'none' or 'tanh' is an
    error naming the argument."""
    if approximate not in ("none", "tanh"):
        raise ArgumentValueError(f"gelu: approximate must be 'none' or 'tanh', got "
                                 f"{approximate!r}")
    return "gelu" if approximate == "none" else "gelu_tanh"


def gelu(x: Any, approximate: str = "none") -> Tensor:
    """GELU, exact (``x * Phi(x)`` through erf) or PyTorch's ``approximate="tanh"`` form."""
    return _unary(x, gelu_op(approximate))
def abs(x: Any) -> Tensor: return _unary(x, "abs")


def _binary(a: Any, b: Any, op: str) -> Tensor:
    if not isinstance(a, Tensor) and np.ndim(a) == 0:
        return _scalar(as_tensor(b), op, float(a), True)
    if not isinstance(b, Tensor) and np.ndim(b) == 0:
        return _scalar(as_tensor(a), op, float(b), False)
    a, b = as_tensor(a), as_tensor(b)
    need_float(op, a, b)
    same_dtype(op, a, b)
    try:
        shape = np.broadcast_shapes(a.shape, b.shape)
    except ValueError:
        raise DSLShapeError(f"{op}: shapes {shape_str(a.shape)} and {shape_str(b.shape)} "
                            "don't broadcast (numpy rules: trailing dims equal or 1)") from None
    if lazy_ok(a, b):
        return lazy.elementwise(op, (), [a, b], tuple(shape), a.dtype)
    return apply(op, B.binary, [a, b], (op, tuple(shape)))


def _scalar(x: Tensor, op: str, c: float, rev: bool) -> Tensor:
    need_float(op, x)
    if lazy_ok(x):
        return lazy.elementwise("scalar", (op, c, rev), [x], x.shape, x.dtype)
    return apply(op, B.scalar, [x], (op, c, rev))


def add(a: Any, b: Any) -> Tensor: return _binary(a, b, "add")
def sub(a: Any, b: Any) -> Tensor: return _binary(a, b, "sub")
def mul(a: Any, b: Any) -> Tensor: return _binary(a, b, "mul")
def div(a: Any, b: Any) -> Tensor: return _binary(a, b, "div")
def pow(a: Any, b: Any) -> Tensor: return _binary(a, b, "pow")
def maximum(a: Any, b: Any) -> Tensor: return _binary(a, b, "maximum")
def minimum(a: Any, b: Any) -> Tensor: return _binary(a, b, "minimum")


def cast(x: Tensor, dtype: Any) -> Tensor:
    """Convert to ``dtype`` (differentiable between float types)."""
    dt = str(dtypes.as_dtype(dtype))
    if str(x.dtype) == dt:
        return x
    if lazy_ok(x):
        return lazy.elementwise("cast", (dt,), [x], x.shape, np.dtype(dt))
    return apply("cast", B.cast, [x], (dt,))


__all__ = ["abs", "add", "cast", "div", "exp", "gelu", "gelu_op", "log", "maximum", "minimum",
           "mul", "neg", "pow", "relu", "sigmoid", "sqrt", "sub", "tanh"]
