"""Scalar derivative rules of autodiff (layer 6): the local partials of each ``Op``, shared by
both modes through ``diff`` (reverse) and ``tangent`` (forward), and the registries of
gradient and jvp functions for tagged computes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..dsl import ops as dsl
from ..dsl.tensor import ComputeOp, Tensor
from ..errors import DSLShapeError, DSLTypeError
from ..ir import expr as E
from ..ir.expr import Op

# ----------------------------------------------------------------------------- scalar rules
# Each rule gives the local partial derivative(s) of ``y = op(a[, b])``; None means zero.

_Partial = Callable[..., Any]


def _bell(a: E.Expr, k: float) -> E.Expr:
    """e / (1 + e)^2 with e = exp(-k |a|), which is sigmoid'(k a): sigmoid's derivative with
    k = 1, a quarter of tanh's (sech^2 a) with k = 2. From the argument, not from the value
    ``y``: 1 - y^2 and y (1 - y) cancel where |y| nears 1 and lose every digit there (tanh's
    float64 derivative at 9.5 came out 1e-8 relative off, at 19 exactly 0 against 1.3e-16:
    the compiled and the evaluated tanh differed in their last bit)."""
    e = dsl.exp(-k * dsl.abs(a))
    return e / ((1.0 + e) * (1.0 + e))


UNARY_RULES: dict[Op, _Partial] = {
    Op.NEG: lambda a, y: E.const(-1, a.dtype),
    Op.EXP: lambda a, y: y,
    Op.EXP2: lambda a, y: math.log(2.0) * y,
    Op.LOG: lambda a, y: 1.0 / a,
    Op.SQRT: lambda a, y: 0.5 / y,
    Op.RSQRT: lambda a, y: -0.5 * y / a,
    Op.TANH: lambda a, y: 4.0 * _bell(a, 2.0),
    Op.SIGMOID: lambda a, y: _bell(a, 1.0),
    Op.ERF: lambda a, y: (2.0 / math.sqrt(math.pi)) * dsl.exp(-(a * a)),
    Op.ABS: lambda a, y: E.select(a >= 0.0, E.const(1, a.dtype), E.const(-1, a.dtype)),
    Op.FLOOR: lambda a, y: None,
    Op.CEIL: lambda a, y: None,
}


BINARY_RULES: dict[Op, _Partial] = {
    Op.ADD: lambda a, b, y: (E.const(1, y.dtype), E.const(1, y.dtype)),
    Op.SUB: lambda a, b, y: (E.const(1, y.dtype), E.const(-1, y.dtype)),
    Op.MUL: lambda a, b, y: (b, a),
    Op.DIV: lambda a, b, y: (1.0 / b, -a / (b * b)),
    Op.POW: lambda a, b, y: _pow(a, b, y),
}


def _pow(a: E.Expr, b: E.Expr, y: E.Expr) -> tuple[E.Expr, E.Expr]:
    """The partials of ``a ** b``, 0 where the function is constant in that argument but the
    formula is 0 * inf = NaN (as PyTorch's): by ``a`` where ``b == 0`` (``a ** 0`` is 1), by
    ``b`` where ``a == 0`` and ``b >= 0`` (``0 ** b``; the formula's ``log(0) * 0``)."""
    zero = E.const(0, y.dtype)
    da, db = b * dsl.pow(a, b - 1.0), dsl.log(a) * y
    if not (isinstance(b, E.Const) and b.value != 0):
        da = E.select(dsl.equal(b, zero), zero, da)
    if not (isinstance(a, E.Const) and a.value != 0):
        db = E.select(dsl.logical_and(dsl.equal(a, zero), b >= 0.0), zero, db)
    return da, db


# MIN/MAX route the whole derivative to the chosen operand (ties go to the first).
_PICK_RULES = {Op.MAX: lambda a, b: a >= b, Op.MIN: lambda a, b: a <= b}
_ZERO_OPS = E.COMPARE_OPS | E.LOGIC_OPS | {Op.FLOORDIV, Op.FLOORMOD, Op.NOT}


def _is_one(e: E.Expr) -> bool:
    return isinstance(e, E.Const) and e.value == 1


def _mul(f: E.Expr, d: E.Expr | None) -> E.Expr | None:
    if d is None:
        return None
    if _is_one(f):
        return d
    if _is_one(d):
        return f
    if isinstance(f, E.Const) and f.value == -1:
        return -d
    return f * d


def _add(a: E.Expr | None, b: E.Expr | None) -> E.Expr | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b
Seed = Callable[[E.ProducerLoad], "E.Expr | None"]


def diff(e: E.Expr, wrt: E.ProducerLoad, value: E.Expr | None = None) -> E.Expr | None:
    """Derivative of the scalar expression ``e`` with respect to the read ``wrt``.

    Every read structurally equal to ``wrt`` is the same variable; other reads are
    constants. Returns None when the derivative is identically zero. ``value``: an
    expression equal to ``e`` (the read of the stage that ``e`` computes), for the rules
    that reuse a result (``exp``'s derivative is the ``exp`` itself).
    """
    return tangent(e, lambda load: E.const(1, load.dtype) if load == wrt else None, value)


def tangent(e: E.Expr, seed: Seed, value: E.Expr | None = None) -> E.Expr | None:
    """Forward derivative of the scalar expression ``e``: ``sum over reads r of de/dr * seed(r)``.

    ``seed(r)`` is the tangent of the read ``r`` (None for zero). Returns None when the result
    is identically zero. Reads under one branch of an if_then_else keep their tangents under
    that branch, so a guarded read stays guarded. ``value``: as for ``diff``.
    """
    memo: dict[int, E.Expr | None] = {}

    def d(x: E.Expr) -> E.Expr | None:
        key = id(x)
        if key in memo:
            return memo[key]
        memo[key] = r = _d(x)
        return r

    def _d(x: E.Expr) -> E.Expr | None:
        if isinstance(x, E.ProducerLoad):
            return seed(x)
        if isinstance(x, (E.Const, E.Var)) or not x.dtype.is_float:
            return None
        if isinstance(x, E.Cast):
            dv = d(x.value)
            return None if dv is None else E.cast(x.dtype, dv)
        if isinstance(x, E.Select):
            dt, df = d(x.t), d(x.f)
            if dt is None and df is None:
                return None
            z = E.const(0, x.dtype)
            return E.select(x.cond, z if dt is None else dt, z if df is None else df)
        if isinstance(x, E.Unary):
            if x.op in _ZERO_OPS:
                return None
            da = d(x.a)
            if da is None:
                return None
            f = UNARY_RULES[x.op](x.a, value if x is e and value is not None else x)
            return None if f is None else _mul(f, da)
        if isinstance(x, E.Binary):
            if x.op in _ZERO_OPS:
                return None
            da, db = d(x.a), d(x.b)
            if da is None and db is None:
                return None
            if x.op in _PICK_RULES:
                z = E.const(0, x.dtype)
                return E.select(_PICK_RULES[x.op](x.a, x.b), z if da is None else da,
                                z if db is None else db)
            fa, fb = BINARY_RULES[x.op](x.a, x.b, x)
            return _add(_mul(fa, da), _mul(fb, db) if db is not None else None)
        if isinstance(x, E.Reduce):
            raise DSLShapeError("tangent: a reduction inside an expression has no scalar rule")
        raise DSLTypeError(f"tangent: no derivative rule for {type(x).__name__} {x!r}")

    return d(e)


# ----------------------------------------------------------------------------- registry

GradientFn = Callable[[ComputeOp, Tensor, Tensor], "Tensor | None"]
GRADIENT_FNS: dict[str, GradientFn] = {}


def register_gradient(tag: str) -> Callable[[GradientFn], GradientFn]:
    """Register a hand-written gradient for computes created with ``tag=tag``.

    The function gets ``(op, adjoint_of_op_output, input_tensor)`` (for a multi-output op,
    the adjoint of output 0 when it has one) and returns the contribution to the input's
    adjoint (a Tensor of the input's shape) or None for zero.
    """
    def deco(fn: GradientFn) -> GradientFn:
        GRADIENT_FNS[tag] = fn
        return fn

    return deco


JvpFn = Callable[[ComputeOp, dict[Tensor, Tensor]], Any]
JVP_FNS: dict[str, JvpFn] = {}

# A compute tagged ``STOP_GRADIENT`` passes no derivative back and no tangent forward (JAX's
# stop_gradient): for values that change nothing they feed, like the max a softmax subtracts.
STOP_GRADIENT = "stop_gradient"
GRADIENT_FNS[STOP_GRADIENT] = lambda op, adj, x: None
JVP_FNS[STOP_GRADIENT] = lambda op, tangents: None


def register_jvp(tag: str) -> Callable[[JvpFn], JvpFn]:
    """Register a hand-written forward rule for computes created with ``tag=tag``.

    The function gets ``(op, tangents)``, where ``tangents`` maps each input tensor of ``op``
    with a nonzero tangent to that tangent (a Tensor of the input's shape), and returns the
    tangent of the op's output (a Tensor of its shape, or None for zero), or a list of them,
    one per output, for a multi-output op. ``hvp`` uses it for the op's occurrences in the
    forward graph, and ``register_gradient``'s rule for the reverse pass.
    """
    def deco(fn: JvpFn) -> JvpFn:
        JVP_FNS[tag] = fn
        return fn

    return deco
