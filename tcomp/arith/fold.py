"""Constant folding of scalar operators for every dtype, bit-exact with the target (layer 1).

Integers use Python's floor ``//`` and ``%`` (``x // 0 == x % 0 == 0``), exact wrapping ``**``
(``ir.npops.int_pow``), and wrap to the dtype's width; float -> int casts saturate (the Python
int helpers of ``ir.npops``, which the interpreter uses too). Floats are computed in the dtype
through numpy, and only the correctly rounded IEEE operations are folded (``+ - * /``, sqrt,
floor, ceil, abs, neg, comparisons, min/max of non-NaN values); transcendentals are left for
run time because libm and numpy may differ in the last bit. A fold whose float result is NaN
or infinite is skipped, so the generated code keeps those semantics.
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np

from ..dtypes import DType
from ..ir.expr import COMPARE_OPS, Broadcast, Const, Expr, Op
from ..ir.npops import float_to_int, int_pow, wrap_int

_CMP = {Op.EQ: operator.eq, Op.NE: operator.ne, Op.LT: operator.lt, Op.LE: operator.le,
        Op.GT: operator.gt, Op.GE: operator.ge}
_NP_FLOAT = {32: np.float32, 64: np.float64}


def const_like(value: Any, dt: DType) -> Expr:
    """A constant of ``dt``; a Broadcast of one for vector types."""
    c = Const(value, dt.scalar)
    return c if dt.lanes == 1 else Broadcast(c, dt.lanes, dt)


def scalar_const(e: Expr) -> Any:
    """The value of a Const or of a Broadcast of a Const, else None."""
    if type(e) is Const:
        return e.value
    if type(e) is Broadcast and type(e.value) is Const:
        return e.value.value
    return None


def fold_binary(op: Op, a: Const, b: Const, dt: DType) -> Const | None:
    """``a op b`` as a Const of ``dt`` (the node's dtype), or None when it must not fold."""
    x, y = a.value, b.value
    src = a.dtype
    if op in COMPARE_OPS:
        if src.is_float and (math.isnan(x) or math.isnan(y)):
            return None  # leave NaN comparisons to the target's ordered/unordered choice
        return Const(bool(_CMP[op](x, y)), dt)
    if src.is_bool:
        if op is Op.AND:
            return Const(bool(x and y), dt)
        if op is Op.OR:
            return Const(bool(x or y), dt)
        return None
    if src.is_int:
        r = _int_binary(op, x, y)
        return None if r is None else Const(wrap_int(r, dt.bits), dt)
    return _float_binary(op, x, y, dt)


def _int_binary(op: Op, x: int, y: int) -> int | None:
    if op is Op.ADD:
        return x + y
    if op is Op.SUB:
        return x - y
    if op is Op.MUL:
        return x * y
    if op is Op.FLOORDIV:
        return 0 if y == 0 else x // y
    if op is Op.FLOORMOD:
        return 0 if y == 0 else x % y
    if op is Op.MIN:
        return min(x, y)
    if op is Op.MAX:
        return max(x, y)
    if op is Op.POW:
        return int_pow(x, y)
    return None


def _float_binary(op: Op, x: float, y: float, dt: DType) -> Const | None:
    f = _NP_FLOAT[dt.bits]
    a, b = f(x), f(y)
    with np.errstate(all="ignore"):
        if op is Op.ADD:
            r = a + b
        elif op is Op.SUB:
            r = a - b
        elif op is Op.MUL:
            r = a * b
        elif op is Op.DIV and b != 0:
            r = a / b
        elif op in (Op.MIN, Op.MAX) and not (np.isnan(a) or np.isnan(b)):
            if a == b == 0 and math.copysign(1.0, a) != math.copysign(1.0, b):
                return None  # min(-0.0, 0.0): the sign depends on the target's instruction
            r = min(a, b) if op is Op.MIN else max(a, b)
        else:
            return None
    return _float_const(r, dt)


def _float_const(r: object, dt: DType) -> Const | None:
    v = float(_NP_FLOAT[dt.bits](r))  # type: ignore[arg-type]
    if not math.isfinite(v):
        return None
    return Const(v, dt)


def fold_unary(op: Op, a: Const, dt: DType) -> Const | None:
    x = a.value
    if dt.is_bool:
        return Const(not x, dt) if op is Op.NOT else None
    if dt.is_int:
        if op is Op.NEG:
            return Const(wrap_int(-x, dt.bits), dt)
        if op is Op.ABS:
            return Const(wrap_int(abs(x), dt.bits), dt)
        return None
    f = _NP_FLOAT[dt.bits]
    v = f(x)
    with np.errstate(all="ignore"):
        if op is Op.NEG:
            return _float_const(-v, dt) if v == v else None
        if op is Op.ABS:
            return _float_const(np.abs(v), dt)
        if op is Op.FLOOR:
            return _float_const(np.floor(v), dt)
        if op is Op.CEIL:
            return _float_const(np.ceil(v), dt)
        if op is Op.SQRT and v >= 0:
            return _float_const(np.sqrt(v), dt)
    return None


def fold_cast(dt: DType, a: Const) -> Const | None:
    """Cast a scalar constant (float -> int saturates, float -> bool is ``x != 0``)."""
    x, src = a.value, a.dtype
    if dt.is_bool:
        return Const(bool(x), dt)  # NaN is true, like numpy
    if dt.is_int:
        if src.is_float:
            return Const(float_to_int(x, dt.bits), dt)
        return Const(wrap_int(int(x), dt.bits), dt)
    with np.errstate(all="ignore"):
        if src.is_int or src.is_bool:
            r = np.array(int(x), dtype=np.int64).astype(_NP_FLOAT[dt.bits])
        else:
            r = _NP_FLOAT[dt.bits](x)
    return _float_const(r, dt)
