"""numpy semantics of every Op, and the one evaluator of index and shape expressions (layer 1).

The integer semantics every executor shares: two's complement, wrapping on overflow; floor
``//`` and ``%`` with ``x // 0 == x % 0 == 0`` and ``MIN // -1 == MIN``; exact wrapping ``**``
(a negative exponent gives 1 for 1, +-1 for -1, else 0); float -> int casts saturate (NaN -> 0).
``NP_BINARY``, ``NP_UNARY`` and ``np_cast`` implement them on numpy arrays explicitly, not
through numpy's platform-dependent corner cases. The DSL evaluator (``dsl/eval.py``) and the
loop-IR interpreter (``interp.py``) both read these tables, so the two oracles give every Op
the same meaning.

``eval_np`` evaluates an expression of variables bound to numpy values (scalars or index
grids) with these tables; ``eval_int`` is its integer form for shapes and extents over
symbolic dims. Every place that needs the value of such an expression (the evaluator, the
runtime's derived-shape check, the CUDA launch and the GPU launch bounds) calls them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from ..dtypes import DType
from ..errors import TcompRuntimeError
from . import expr as E
from .expr import Op


def np_erf(x: Any) -> Any:
    """Error function on a numpy array or scalar, through libm's erf in float64.

    NOTE: measured 63 ns/element (1e6 elements: 63 ms), on par with a vectorised series and
    exact to libm's accuracy, so no numpy approximation is needed.
    """
    a = np.asarray(x)
    flat = np.fromiter(map(math.erf, a.ravel().tolist()), np.float64, a.size)
    out = flat.reshape(a.shape).astype(a.dtype)
    return out if isinstance(x, np.ndarray) else out[()]


def _np_sigmoid(x: Any) -> Any:
    one = np.asarray(x).dtype.type(1)
    return one / (one + np.exp(-x))


def _np_rsqrt(x: Any) -> Any:
    return np.reciprocal(np.sqrt(x))


def _is_int(x: Any) -> bool:
    return np.asarray(x).dtype.kind in "iu"


def _np_pow(a: Any, b: Any) -> Any:
    """``a ** b``. Integers: exact and wrapping by square-and-multiply over the exponent's bits
    (``a ** b mod 2**bits``); a negative exponent gives 1 for ``a == 1``, +-1 by parity for
    ``a == -1``, else 0."""
    if not _is_int(a):
        return np.power(a, b)
    a, b = np.asarray(a), np.asarray(b)
    dt = np.result_type(a, b)
    base = np.array(a, dtype=dt)
    e = np.array(b, dtype=dt)
    neg = e < 0
    e = np.where(neg, 0, e)
    res = np.ones(np.broadcast(base, e).shape, dt)
    with np.errstate(over="ignore"):
        while (e > 0).any():
            res = np.where(e & 1, res * base, res)
            base = base * base
            e = e >> 1
    if neg.any():
        one_over = np.where(a == 1, 1, np.where(a == -1, np.where(b % 2 == 0, 1, -1), 0))
        res = np.where(neg, one_over, res).astype(dt)
    return res if res.ndim else res[()]


def _np_floordiv(a: Any, b: Any) -> Any:
    """Floor division; integers: ``x // 0 == 0`` and ``MIN // -1 == MIN`` (wrapped)."""
    if isinstance(a, np.integer) and isinstance(b, np.integer) and b != 0 and b != -1:
        return a // b  # two scalars, neither special divisor: numpy's own (shapes, extents)
    if not (_is_int(a) and _is_int(b)):
        return np.floor_divide(a, b)
    a, b = np.asarray(a), np.asarray(b)
    safe = np.where((b == 0) | (b == -1), 1, b)  # numpy warns (or traps) on these
    with np.errstate(over="ignore"):
        q = np.where(b == -1, np.negative(a), np.floor_divide(a, safe))
    res = np.where(b == 0, 0, q).astype(np.result_type(a, b))
    return res if res.ndim else res[()]


def _np_mod(a: Any, b: Any) -> Any:
    """Floor modulo (the sign of the divisor); integers: ``x % 0 == 0``."""
    if isinstance(a, np.integer) and isinstance(b, np.integer) and b != 0 and b != -1:
        return a % b
    if not (_is_int(a) and _is_int(b)):
        return np.mod(a, b)
    a, b = np.asarray(a), np.asarray(b)
    safe = np.where((b == 0) | (b == -1), 1, b)
    res = np.where((b == 0) | (b == -1), 0, np.mod(a, safe)).astype(np.result_type(a, b))
    return res if res.ndim else res[()]


NP_BINARY: dict[Op, Callable[[Any, Any], Any]] = {
    Op.ADD: np.add, Op.SUB: np.subtract, Op.MUL: np.multiply, Op.DIV: np.true_divide,
    Op.FLOORDIV: _np_floordiv, Op.FLOORMOD: _np_mod,
    Op.MIN: np.minimum, Op.MAX: np.maximum,  # propagate NaN
    Op.POW: _np_pow,
    Op.EQ: np.equal, Op.NE: np.not_equal, Op.LT: np.less, Op.LE: np.less_equal,
    Op.GT: np.greater, Op.GE: np.greater_equal,
    Op.AND: np.logical_and, Op.OR: np.logical_or,
}

NP_UNARY: dict[Op, Callable[[Any], Any]] = {
    Op.NEG: np.negative, Op.NOT: np.logical_not, Op.EXP: np.exp, Op.EXP2: np.exp2, Op.LOG: np.log,
    Op.SQRT: np.sqrt, Op.RSQRT: _np_rsqrt, Op.TANH: np.tanh, Op.SIGMOID: _np_sigmoid,
    Op.ERF: np_erf, Op.ABS: np.abs, Op.FLOOR: np.floor, Op.CEIL: np.ceil,
}


def np_cast(x: Any, dtype: DType) -> Any:
    """Cast to ``dtype``: like numpy's ``astype``, except that float -> int saturates (NaN ->
    0, beyond the range -> MIN/MAX, else truncation toward zero, as ``llvm.fptosi.sat``)."""
    a = np.asarray(x)
    dst = dtype.scalar
    if a.dtype.kind != "f" or not dst.is_int:
        return a.astype(dst.np)
    half = float(1 << (dst.bits - 1))
    high, low, nan = a >= half, a < -half, np.isnan(a)
    with np.errstate(invalid="ignore"):
        mid = np.trunc(np.where(high | low | nan, 0, a)).astype(dst.np)
    tmin, tmax = -(1 << (dst.bits - 1)), (1 << (dst.bits - 1)) - 1
    out = np.where(high, tmax, np.where(low, tmin, mid)).astype(dst.np)
    return out if out.ndim else out[()]


# ----------------------------------------------------------------------------- Python ints
# The same integer rules on Python ints, for the interpreter's scalar ops and the simplifier's
# constant folding.


def wrap_int(value: int, bits: int) -> int:
    """Two's-complement wrap of ``value`` to a signed ``bits``-bit integer."""
    half = 1 << (bits - 1)
    if -half <= value < half:
        return value
    return (value + half) % (1 << bits) - half


def int_pow(x: int, y: int) -> int:
    """``x ** y`` of the integer semantics, before wrapping: ``x ** y mod 2**64`` for
    ``y >= 0`` (modular: never a huge integer; wrapping to 32 or 64 bits keeps the residue);
    for ``y < 0``, 1 if ``x == 1``, +-1 by parity if ``x == -1``, else 0."""
    if y >= 0:
        return pow(x, y, 1 << 64)
    if x == 1:
        return 1
    if x == -1:
        return 1 if y % 2 == 0 else -1
    return 0


def float_to_int(x: float, bits: int) -> int:
    """The saturating float -> int cast: NaN -> 0, beyond the range -> MIN/MAX, else
    truncation toward zero (``llvm.fptosi.sat``)."""
    if x != x:
        return 0
    half = 1 << (bits - 1)
    if x >= half:
        return half - 1
    if x < -half:
        return -half
    return int(x)  # truncates toward zero; numpy floats too (they have no __trunc__)


# ----------------------------------------------------------------------------- evaluation


def np_const(e: E.Const) -> Any:
    """The value of a scalar constant as a numpy scalar of its dtype (integers wrapped)."""
    dt = e.dtype.scalar
    if dt.is_int:
        half = 1 << (dt.bits - 1)
        return dt.np.type(((int(e.value) + half) % (2 * half)) - half)
    return dt.np.type(e.value)


def eval_np(e: E.Expr, env: Mapping[E.Var, Any]) -> Any:
    """Value of ``e`` (constants, variables, unary and binary ops, casts, selects) with its
    variables bound to numpy values in ``env``: scalars, or arrays that broadcast (a grid of
    index values). Raises TcompRuntimeError for a variable ``env`` lacks or another node."""
    if isinstance(e, E.Binary):
        return NP_BINARY[e.op](eval_np(e.a, env), eval_np(e.b, env))
    if isinstance(e, E.Var):
        v = env.get(e)
        if v is None:
            raise TcompRuntimeError(f"'{e.name}' has no value here")
        return v
    if isinstance(e, E.Const):
        return np_const(e)
    if isinstance(e, E.Unary):
        return NP_UNARY[e.op](eval_np(e.a, env))
    if isinstance(e, E.Cast):
        return np_cast(eval_np(e.value, env), e.dtype)
    if isinstance(e, E.Select):
        return np.where(eval_np(e.cond, env), eval_np(e.t, env), eval_np(e.f, env))
    raise TcompRuntimeError(f"{type(e).__name__} is not an index expression")


def eval_int(e: E.Expr, dims: Mapping[E.Var, int], what: str = "expression") -> int:
    """Value of an integer expression of symbolic dims (a shape, an extent); ``what`` names
    it in the error raised where it can't be evaluated from ``dims``."""
    try:
        v = eval_np(e, {k: np.int64(x) for k, x in dims.items()})
    except TcompRuntimeError as exc:
        raise TcompRuntimeError(f"can't evaluate {what} ({e!r}): {exc}") from None
    if np.ndim(v) != 0:
        raise TcompRuntimeError(f"{what} ({e!r}) is not a single value")
    return int(v)


__all__ = ["NP_BINARY", "NP_UNARY", "eval_int", "eval_np", "float_to_int", "int_pow", "np_cast",
           "np_const", "np_erf", "wrap_int"]
