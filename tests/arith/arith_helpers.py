"""Helpers of the arith tests: a reference evaluator and hypothesis expression strategies.

The evaluator implements the decided integer semantics in plain Python, independently of
tcomp's executors: two's complement wrapping after every integer operation, floor ``//`` and
``%`` with ``x // 0 == x % 0 == 0``, exact wrapping ``**`` (negative exponent: 1 for 1, +-1 for
-1, else 0), saturating float -> int casts (NaN -> 0). Vectors (Ramp, Broadcast) evaluate to
lists of lanes; a Load or ProducerLoad node is looked up in ``env`` like a variable. The
strategies draw integer/bool expression trees whose divisors are positive by construction.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from hypothesis import strategies as st

from tcomp import dtypes
from tcomp.ir.expr import (
    Binary,
    Broadcast,
    Cast,
    Const,
    Load,
    Op,
    ProducerLoad,
    Ramp,
    Select,
    Unary,
    Var,
)

I64, I32, BOOL = dtypes.int64, dtypes.int32, dtypes.bool_


def int_floordiv(a: int, b: int) -> int:
    return 0 if b == 0 else a // b


def int_mod(a: int, b: int) -> int:
    return 0 if b == 0 else a % b


def int_pow(a: int, b: int, bits: int) -> int:
    if b >= 0:
        return _wrap(pow(a, b, 1 << bits), bits)
    if a == 1:
        return 1
    if a == -1:
        return 1 if b % 2 == 0 else -1
    return 0


def float_to_int(x: float, bits: int) -> int:
    if x != x:
        return 0
    half = 1 << (bits - 1)
    if x >= half:
        return half - 1
    if x < -half:
        return -half
    return math.trunc(x)


def to_float32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0] if math.isfinite(x) and abs(x) < 3.5e38 \
        else x


_BIN = {
    Op.ADD: lambda a, b: a + b,
    Op.SUB: lambda a, b: a - b,
    Op.MUL: lambda a, b: a * b,
    Op.DIV: lambda a, b: a / b,
    Op.FLOORDIV: int_floordiv,
    Op.FLOORMOD: int_mod,
    Op.MIN: min,
    Op.MAX: max,
    Op.EQ: lambda a, b: a == b,
    Op.NE: lambda a, b: a != b,
    Op.LT: lambda a, b: a < b,
    Op.LE: lambda a, b: a <= b,
    Op.GT: lambda a, b: a > b,
    Op.GE: lambda a, b: a >= b,
    Op.AND: lambda a, b: a and b,
    Op.OR: lambda a, b: a or b,
}


def _wrap(v: int, bits: int) -> int:
    half = 1 << (bits - 1)
    return (v + half) % (1 << bits) - half


def _lanes(v: Any, n: int) -> list:
    return v if isinstance(v, list) else [v] * n


def evaluate(e: Any, env: dict) -> Any:
    """Value of ``e`` with variables (and loads) from ``env`` (a vector gives a list)."""
    t = type(e)
    if t is Const:
        return e.value
    if isinstance(e, Var) or t is Load or t is ProducerLoad:
        return env[e]
    if t is Binary:
        a, b = evaluate(e.a, env), evaluate(e.b, env)
        src = e.a.dtype
        if src.is_int and e.op is Op.POW:
            def f(x: Any, y: Any) -> Any:
                return int_pow(x, y, src.bits)
        else:
            f = _BIN[e.op]
        n = e.dtype.lanes
        wrap = e.dtype.is_int
        bits = e.dtype.bits

        def g(x: Any, y: Any) -> Any:
            v = f(x, y)
            return _wrap(v, bits) if wrap else v
        if n > 1:
            return [g(x, y) for x, y in zip(_lanes(a, n), _lanes(b, n), strict=True)]
        return g(a, b)
    if t is Unary:
        a = evaluate(e.a, env)
        f = {Op.NEG: lambda x: -x, Op.NOT: lambda x: not x, Op.ABS: abs,
             Op.FLOOR: math.floor, Op.CEIL: math.ceil}[e.op]
        if e.dtype.is_int:
            bits = e.dtype.bits
            f0 = f

            def f(x: Any) -> Any:
                return _wrap(f0(x), bits)
        return [f(x) for x in a] if isinstance(a, list) else f(a)
    if t is Cast:
        a = evaluate(e.value, env)
        dt = e.dtype
        src = e.value.dtype

        def conv(x: Any) -> Any:
            if dt.is_bool:
                return bool(x)  # NaN is true
            if dt.is_int:
                if src.is_float:
                    return float_to_int(x, dt.bits)
                return _wrap(int(x), dt.bits)
            return to_float32(float(x)) if dt.bits == 32 else float(x)

        return [conv(x) for x in a] if isinstance(a, list) else conv(a)
    if t is Select:
        c, x, y = evaluate(e.cond, env), evaluate(e.t, env), evaluate(e.f, env)
        n = e.dtype.lanes
        if n > 1:
            lanes = zip(_lanes(c, n), _lanes(x, n), _lanes(y, n), strict=True)
            return [xx if cc else yy for cc, xx, yy in lanes]
        return x if c else y
    if t is Ramp:
        b, s = evaluate(e.base, env), evaluate(e.stride, env)
        return [_wrap(b + k * s, e.dtype.bits) for k in range(e.lanes)]
    if t is Broadcast:
        return [evaluate(e.value, env)] * e.lanes
    raise TypeError(f"evaluator: no rule for {t.__name__}")


@st.composite
def int_exprs(draw, variables, pos_var, depth: int = 4, dt=I64):
    """Integer expression trees over ``variables``; ``pos_var`` is a non-negative variable."""
    if depth == 0 or draw(st.integers(0, 4)) == 0:
        if draw(st.booleans()):
            v = draw(st.sampled_from(variables))
            return v if dt == I64 else Cast(dt, v)
        return Const(draw(st.integers(-20, 20)), dt)
    kind = draw(st.sampled_from(
        ["add", "sub", "mul_c", "mul", "div_c", "mod_c", "div_s", "mod_s", "min", "max",
         "select", "neg", "abs", "cast"]))

    def sub(d: int = depth - 1):
        return draw(int_exprs(variables, pos_var, d, dt))

    if kind in ("add", "sub", "min", "max", "mul"):
        op = {"add": Op.ADD, "sub": Op.SUB, "min": Op.MIN, "max": Op.MAX, "mul": Op.MUL}[kind]
        return Binary(op, sub(), sub() if kind != "mul" else sub(min(depth - 1, 1)), dt)
    if kind == "mul_c":
        return Binary(Op.MUL, sub(), Const(draw(st.integers(-8, 8)), dt), dt)
    if kind in ("div_c", "mod_c"):
        k = draw(st.sampled_from([1, 2, 3, 4, 8, 16, 32, 48, 5, -1, -3, -4]))
        op = Op.FLOORDIV if kind == "div_c" else Op.FLOORMOD
        return Binary(op, sub(), Const(k, dt), dt)
    if kind in ("div_s", "mod_s"):
        if draw(st.booleans()):  # positive by construction: max(e, 1) or pos_var + 1
            d = Binary(Op.MAX, sub(), Const(1, dt), dt)
        else:
            d = Binary(Op.ADD, pos_var if dt == I64 else Cast(dt, pos_var), Const(1, dt), dt)
        op = Op.FLOORDIV if kind == "div_s" else Op.FLOORMOD
        return Binary(op, sub(), d, dt)
    if kind == "select":
        return Select(draw(bool_exprs(variables, pos_var, depth - 1)), sub(), sub(), dt)
    if kind == "neg":
        return Unary(Op.NEG, sub(), dt)
    if kind == "abs":
        return Unary(Op.ABS, sub(), dt)
    other = I32 if dt == I64 else I64
    return Cast(dt, draw(int_exprs(variables, pos_var, depth - 1, other)))


@st.composite
def bool_exprs(draw, variables, pos_var, depth: int = 3):
    """Bool expressions: comparisons of integer trees joined by and/or/not."""
    kind = draw(st.sampled_from(["cmp", "cmp", "cmp", "and", "or", "not", "const"]))
    if depth <= 0 or kind == "cmp":
        op = draw(st.sampled_from([Op.LT, Op.LE, Op.GT, Op.GE, Op.EQ, Op.NE]))
        d = max(depth - 1, 0)
        return Binary(op, draw(int_exprs(variables, pos_var, d)),
                      draw(int_exprs(variables, pos_var, d)), BOOL)
    if kind == "const":
        return Const(draw(st.booleans()), BOOL)
    if kind == "not":
        return Unary(Op.NOT, draw(bool_exprs(variables, pos_var, depth - 1)), BOOL)
    op = Op.AND if kind == "and" else Op.OR
    return Binary(op, draw(bool_exprs(variables, pos_var, depth - 1)),
                  draw(bool_exprs(variables, pos_var, depth - 1)), BOOL)
