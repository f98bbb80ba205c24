"""The decided semantics of tcomp's operations, written out in numpy, independently of tcomp's
own op tables, with per-element error bounds (``Val``) for float results.

Integers wrap (two's complement); ``//`` and ``%`` are floor division and modulo with
``x // 0 == x % 0 == 0``, ``INT_MIN // -1 == INT_MIN``, ``INT_MIN % -1 == 0``; integer ``**``
is exact modulo 2**bits for exponents >= 0 and ``1 / a`` truncated toward zero below;
float -> int casts saturate (NaN -> 0); float -> bool is ``x != 0``; min/max propagate NaN;
floats are IEEE, with transcendentals accurate to a few ulp.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .program import const_value, kind

TRANSCENDENTAL_ULPS = 4.0
_erf = np.frompyfunc(math.erf, 1, 1)


class Val:
    """A value over a (broadcastable) grid: ``v`` values, ``e`` error bound (None: exact),
    ``u`` uncertain mask, ``p`` out-of-range-read mask (None: all False). ``m``: the value
    may be a float product that the code generator fuses into a following add (LLVM's
    ``contract``: ``a * b + c`` becomes one fma, rounded once)."""

    __slots__ = ("e", "m", "p", "t", "u", "v")

    def __init__(self, v: Any, e: Any = None, u: Any = None, p: Any = None,
                 m: bool = False) -> None:
        self.v, self.e, self.u, self.p, self.m = v, e, u, p, m
        self.t: Any = None  # reassociated sums: see ``terms``


def terms(x: Val) -> Any:
    """A bound on |any partial sum| of the float add/sub tree ``x`` came from, in any order
    (``s.reassociate()`` lets a kernel regroup it: ``acc + (a + b)`` as ``(acc + a) + b``):
    the sum of its finite terms' magnitudes, ``x.t`` where ``x`` is such a sum, else
    ``|x|`` (0 where not finite: a non-finite term makes the sum non-finite in every
    order)."""
    if x.t is not None:
        return x.t
    v = np.asarray(x.v).astype(np.float64)
    mag = np.where(np.isfinite(v), np.abs(v), 0.0)
    return mag if x.e is None else mag + np.where(np.isfinite(x.e), x.e, 0.0)


class ProgramError(Exception):
    """The generated program itself is illegal (a fuzzer bug, not a tcomp bug)."""


def either(*ms: Any) -> Any:
    out = None
    for m in ms:
        if m is not None:
            out = m if out is None else (out | m)
    return out


def np_dtype(dt: str) -> Any:
    return np.dtype("bool" if dt == "bool" else dt)


def ulp(v: Any, dt: str) -> Any:
    with np.errstate(all="ignore"):
        return np.spacing(np.abs(np.asarray(v).astype(np_dtype(dt)))).astype(np.float64)


def eps(dt: str) -> float:
    return float(np.finfo(np_dtype(dt)).eps)


def tiny(dt: str) -> float:
    return 1e-37 if dt == "float32" else 1e-300


def wrap_const(value: Any, dt: str) -> Any:
    v = const_value(value, dt)
    if kind(dt) == "i":
        bits = int(dt[3:])
        v = ((v + (1 << (bits - 1))) % (1 << bits)) - (1 << (bits - 1))
    return np.asarray(v, np_dtype(dt))


def int_floordiv(a: Any, b: Any, dt: str) -> Any:
    info = np.iinfo(np_dtype(dt))
    zero, ovf = b == 0, (a == info.min) & (b == -1)
    safe_b = np.where(zero | ovf, 1, b).astype(dt)
    q = np.floor_divide(np.where(ovf, 0, a).astype(dt), safe_b)
    return np.where(zero, 0, np.where(ovf, info.min, q)).astype(dt)


def int_mod(a: Any, b: Any, dt: str) -> Any:
    zero, ovf = b == 0, (b == -1)
    safe_b = np.where(zero | ovf, 1, b).astype(dt)
    r = np.mod(a, safe_b)  # floor modulo: the divisor's sign
    return np.where(zero | ovf, 0, r).astype(dt)


def int_pow(a: Any, b: Any, dt: str) -> Any:
    """a ** b: modulo 2**bits for b >= 0; 1 / a truncated toward zero for b < 0."""
    a64 = np.asarray(a).astype(np.int64)
    e = np.asarray(b).astype(np.int64)
    res = np.ones(np.broadcast_shapes(a64.shape, e.shape), np.int64)
    base = np.broadcast_to(a64, res.shape).copy()
    ee = np.where(e < 0, 0, np.broadcast_to(e, res.shape))
    while ee.any():
        res = np.where(ee & 1, res * base, res)  # int64 multiply wraps modulo 2**64
        base = base * base
        ee = ee >> 1
    neg = np.where(a64 == 1, 1, np.where(a64 == -1, np.where(e % 2 == 0, 1, -1), 0))
    return np.where(e < 0, neg, res).astype(dt)


def float_to_int(x: Any, dt: str) -> Any:
    """Saturating: NaN -> 0, beyond the range -> INT_MIN/INT_MAX, else toward zero."""
    info = np.iinfo(np_dtype(dt))
    t = np.trunc(np.asarray(x).astype(np.float64))
    big, small, nan = t >= 2.0 ** (info.bits - 1), t < -(2.0 ** (info.bits - 1)), np.isnan(t)
    safe = np.where(big | small | nan, 0, t).astype(np.int64)
    return np.where(big, info.max, np.where(small, info.min, safe)).astype(dt)


def cast(x: Val, src: str, dst: str) -> Val:
    if src == dst:
        return x
    v = x.v
    if dst == "bool":
        out = Val(np.asarray(v != 0), None, x.u, x.p)
        if x.e is not None:
            out.u = either(out.u, np.abs(v) <= x.e)
        return out
    if kind(dst) == "i":
        if kind(src) != "f":
            return Val(np.asarray(v).astype(dst), None, x.u, x.p)
        out = Val(float_to_int(v, dst), None, x.u, x.p)
        if x.e is not None:
            v64 = np.asarray(v).astype(np.float64)
            out.u = either(out.u, float_to_int(v64 - x.e, dst) != float_to_int(v64 + x.e, dst))
        return out
    nv = np.asarray(v).astype(dst)
    e = None
    if x.e is not None:
        e = x.e + ulp(nv, dst) * (x.e > 0)
    return finish(Val(nv, e, x.u, x.p), dst)


def finish(x: Val, dt: str) -> Val:
    """Drop an all-zero error bound; mark inexact non-finite or overflowing results."""
    if x.e is None or kind(dt) != "f":
        x.e = None
        return x
    e = np.asarray(x.e, np.float64)
    inexact = (e > 0) | np.isnan(e)
    if not inexact.any():
        x.e = None
        return x
    with np.errstate(all="ignore"):
        v64 = np.asarray(x.v).astype(np.float64)
        bad = ~np.isfinite(v64) | ~np.isfinite(e) | (np.abs(v64) + e >= np.finfo(np_dtype(dt)).max)
    x.u = either(x.u, bad & inexact)
    x.e = np.where(np.isfinite(e), e, 0.0)
    return x


def _corners(f: Any, a: Val, b: Val) -> Any:
    """max |f(a', b') - f(a, b)| over the corners of the error box (float64)."""
    a64, b64 = np.asarray(a.v).astype(np.float64), np.asarray(b.v).astype(np.float64)
    ea = 0.0 if a.e is None else a.e
    eb = 0.0 if b.e is None else b.e
    mid = f(a64, b64)
    dev = np.zeros(np.shape(mid))
    for sa in (-1, 1):
        for sb in (-1, 1):
            dev = np.maximum(dev, np.abs(f(a64 + sa * ea, b64 + sb * eb) - mid))
    return dev


def float_binary(op: str, a: Val, b: Val, dt: str, reassoc: bool) -> Val:
    av, bv = a.v, b.v
    u, p = either(a.u, b.u), either(a.p, b.p)
    inexact = a.e is not None or b.e is not None
    ea = 0.0 if a.e is None else a.e
    eb = 0.0 if b.e is None else b.e
    e: Any = None
    if op in ("add", "sub", "mul"):
        v = {"add": np.add, "sub": np.subtract, "mul": np.multiply}[op](av, bv)
        if inexact:
            e = (ea + eb) if op != "mul" else (np.abs(av) * eb + np.abs(bv) * ea + ea * eb)
            e = e + ulp(v, dt)
        if op != "mul" and (a.m or b.m):  # fused: the product is not rounded on its own
            fused = (ulp(av, dt) if a.m else 0.0) + (ulp(bv, dt) if b.m else 0.0)
            e = (0.0 if e is None else e) + 0.5 * fused + ulp(v, dt)
        if reassoc:  # any association / contraction: a few roundings of the operands' size
            mag = np.abs(av) + np.abs(bv) if op != "mul" else np.abs(v)
            e = (0.0 if e is None else e) + 4 * eps(dt) * mag.astype(np.float64) + tiny(dt)
    elif op == "div":
        v = np.true_divide(av, bv)
        if inexact:
            u = either(u, np.abs(bv) <= eb)
            with np.errstate(all="ignore"):
                e = _corners(np.true_divide, a, b) + ulp(v, dt)
    elif op in ("min", "max"):
        v = (np.minimum if op == "min" else np.maximum)(av, bv)
        if inexact:
            e = np.maximum(ea, eb)
    elif op == "pow":
        v64 = np.power(np.asarray(av).astype(np.float64), np.asarray(bv).astype(np.float64))
        v = v64.astype(dt)
        e = np.where(np.isfinite(v), TRANSCENDENTAL_ULPS * ulp(v, dt) + tiny(dt), 0.0)
        if inexact:
            u = either(u, (np.asarray(av) <= ea) & (np.asarray(eb) > 0))  # non-integral exponent
            dev = _corners(np.power, a, b)
            crosses = np.abs(av) <= ea  # integral exponent, base interval around zero
            zero = np.abs(np.power(np.zeros_like(v64), np.asarray(bv).astype(np.float64)) - v64)
            e = e + np.where(crosses, np.maximum(dev, zero), dev)
    elif op in ("floordiv", "mod"):
        v = np.floor_divide(av, bv) if op == "floordiv" else np.mod(av, bv)
        if inexact:
            u = either(u, np.abs(bv) <= eb)
            qdev = _corners(lambda x, y: x / y, a, b)
            q = np.asarray(av).astype(np.float64) / np.asarray(bv).astype(np.float64)
            u = either(u, np.floor(q - qdev) != np.floor(q + qdev))
            e = 0.0 if op == "floordiv" else ea + np.abs(np.floor(q)) * eb + ulp(v, dt)
    else:
        raise ValueError(op)
    # A product stays fusable through a division by +-1, which LLVM folds where it can see
    # the divisor (`(a * 1.5) / (abs(i) + 1.0) - 1` at i = 0 of an unrolled loop becomes one
    # FMA). Where any element divides by +-1, every element gets the fused slack.
    m = op == "mul" or (op == "div" and bool(a.m) and bool(np.any(np.abs(bv) == 1)))
    return finish(Val(np.asarray(v), e, u, p, m=m), dt)


_MONOTONE = {
    "exp": np.exp, "exp2": np.exp2, "log": np.log, "sqrt": np.sqrt, "tanh": np.tanh,
    "rsqrt": lambda x: 1.0 / np.sqrt(x), "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
    "erf": lambda x: np.asarray(_erf(x), np.float64),
}


def float_unary(op: str, a: Val, dt: str) -> Val:
    v, ea = a.v, a.e
    u, p = a.u, a.p
    if op in ("neg", "abs"):
        return Val(np.negative(v) if op == "neg" else np.abs(v), ea, u, p, m=a.m and op == "neg")
    if op in ("floor", "ceil"):
        f = np.floor if op == "floor" else np.ceil
        if ea is not None:
            u = either(u, f(v - ea) != f(v + ea))
        return Val(f(v), None, u, p)
    fn = _MONOTONE[op]
    v64 = np.asarray(v).astype(np.float64)
    r64 = fn(v64)
    out = r64.astype(dt)
    # Non-finite results of exact inputs (NaN in, NaN out) must match exactly.
    e = np.where(np.isfinite(out), TRANSCENDENTAL_ULPS * ulp(out, dt) + tiny(dt), 0.0)
    if ea is not None:
        lo, hi = v64 - ea, v64 + ea
        if op in ("log", "rsqrt"):
            u = either(u, lo <= 0)
            lo = np.maximum(lo, np.finfo(np.float64).tiny)
        if op == "sqrt":
            lo = np.maximum(lo, 0.0)
        e = e + np.maximum(np.abs(fn(lo) - r64), np.abs(fn(hi) - r64))
    return finish(Val(np.asarray(out), e, u, p), dt)


def int_binary(op: str, a: Val, b: Val, dt: str) -> Any:
    av, bv = a.v, b.v
    if op in ("add", "sub", "mul", "min", "max"):
        f = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "min": np.minimum,
             "max": np.maximum}[op]
        return f(av, bv).astype(dt)
    if op == "floordiv":
        return int_floordiv(av, bv, dt)
    if op == "mod":
        return int_mod(av, bv, dt)
    if op == "pow":
        return int_pow(av, bv, dt)
    raise ValueError(f"{op} on {dt}")


COMPARE_FN = {"lt": np.less, "le": np.less_equal, "gt": np.greater, "ge": np.greater_equal,
              "eq": np.equal, "ne": np.not_equal, "eq_op": np.equal, "ne_op": np.not_equal}


__all__ = ["COMPARE_FN", "TRANSCENDENTAL_ULPS", "ProgramError", "Val", "cast", "either", "eps",
           "finish", "float_binary", "float_to_int", "float_unary", "int_binary", "int_floordiv",
           "int_mod", "int_pow", "np_dtype", "tiny", "ulp", "wrap_const"]
