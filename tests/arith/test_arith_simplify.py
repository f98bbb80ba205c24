"""Golden examples for every rule of tcomp.arith.simplify (printed with the IR printer).

Integers wrap, so a rule that reasons on values as mathematics only fires where the ranges
prove nothing overflows: ``s`` gives the index variables ranges of loop-counter size (the
same rules on unranged variables are in test_arith_wrapping.py).
"""

from __future__ import annotations

import math

import pytest

from tcomp import dtypes
from tcomp.arith import Interval, Simplifier, can_prove, simplify
from tcomp.ir.buffer import decl_buffer
from tcomp.ir.expr import (
    Binary,
    Broadcast,
    Cast,
    Const,
    Load,
    Op,
    Ramp,
    Select,
    SizeVar,
    Unary,
    Var,
    binary,
    broadcast,
    cast,
    const,
    ramp,
    select,
    unary,
)

F32, F64, I32, I64, BOOL = dtypes.float32, dtypes.float64, dtypes.int32, dtypes.int64, dtypes.bool_

i, j, k, io, ii, f = (Var(name) for name in ("i", "j", "k", "io", "ii", "f"))
n, m = SizeVar("n"), SizeVar("m")
x, y = Var("x", F32), Var("y", F32)
p, q = Var("p", BOOL), Var("q", BOOL)


# Index-sized ranges for the variables (a loop counter is never near the int64 limits).
IDX = {v: (-1000, 1000) for v in (i, j, k, f)} | {io: (0, 100), ii: (0, 31)}


def s(e, ranges=None) -> str:
    out = simplify(e, {**IDX, **(ranges or {})})
    assert out.dtype == e.dtype
    return repr(out)


def mn(a, b):
    return binary(Op.MIN, a, b)


def mx(a, b):
    return binary(Op.MAX, a, b)


# ----------------------------------------------------------------------------- linear forms


@pytest.mark.parametrize("expr, want", [
    (io * 32 + ii, "io * 32 + ii"),
    (ii + io * 32, "io * 32 + ii"),
    ((io * 32 + 31) - (io * 32) + 1, "32"),
    (i * 1 + 0, "i"),
    (i - i, "0"),
    (3 + i + 4, "i + 7"),
    (2 * i + i * 3 - 5 * i, "0"),
    (1 - i, "1 - i"),
    (0 - i, "-i"),
    (-i - j, "-i - j"),
    (i * (j + 2) - i * j, "i * 2"),
    ((i + 1) * n - i * n, "n"),
    (Unary(Op.NEG, -i, I64), "i"),
    (i * 0, "0"),
])
def test_linear(expr, want):
    assert s(expr) == want


def test_products_of_sums_distribute_only_while_small():
    a = i + j + k + n + 1
    big = a * (a + m) * (a + 2)
    out = simplify(big - big)
    assert repr(out) == "0"
    assert repr(simplify((i + 1) * (j + 1))) == "i + i * j + j + 1"


# ----------------------------------------------------------------------------- division and modulo


@pytest.mark.parametrize("expr, ranges, want", [
    ((i * 32 + j) // 32, {j: (0, 31)}, "i"),
    ((i * 32 + j) % 32, {j: (0, 31)}, "j"),
    ((i * 32 + j) // 32, None, "i + j // 32"),
    ((i * 32 + j) % 32, None, "j % 32"),
    (f // 48, {f: (0, 95)}, "f // 48"),
    (f % 48, {f: (0, 47)}, "f"),
    ((n + 31) // 32, None, "(n + 31) // 32"),
    ((i * 6) // 3, None, "i * 2"),
    ((i * 4) // 8, None, "i // 2"),
    ((i * 4 + 2) // 8, None, "(i * 2 + 1) // 4"),
    ((i * 4) % 8, None, "i % 2 * 4"),
    ((i * 33) % 32, None, "i % 32"),
    ((i // 4) // 8, None, "i // 32"),
    ((i % 64) % 8, None, "i % 8"),
    ((i % 8) % 64, None, "i % 8"),
    ((i - 1) // 32 + 1, None, "(i + 31) // 32"),
    (i // 1, None, "i"),
    (i % 1, None, "0"),
    (j // 8, {j: (16, 23)}, "2"),
    (j % 8, {j: (16, 23)}, "j - 16"),
    (const(-7) // 2, None, "-4"),
    (const(-7) % 2, None, "1"),
    (const(7) // -2, None, "-4"),
    (const(7) % -2, None, "-1"),
    (i // 0, None, "0"),  # x // 0 == x % 0 == 0 (numpy's result), everywhere
    (i % 0, None, "0"),
    (const(5) // 0, None, "0"),
    (i // -1, None, "-i"),
    (i % -1, None, "0"),
])
def test_div_mod(expr, ranges, want):
    assert s(expr, ranges) == want


def test_div_mod_recombine():
    assert s((f // 48) * 48 + f % 48) == "f"
    assert s(((i * 32 + j) // 32) * 32 + (i * 32 + j) % 32) == "i * 32 + j"
    assert s(f - (f // 8) * 8) == "f % 8"
    assert s((f // n) * n + f % n) == "n * (f // n) + f % n"  # n may be 0: f // 0 == f % 0 == 0
    assert s((f // n) * n + f % n, {n: (1, None)}) == "f"
    assert s(3 * (f % 8) + 24 * (f // 8)) == "f * 3"
    # The % side simplifies first to the coefficients reduced mod 10 ((6i + j) % 10): a fused
    # loop split by 16 over a row of 10 indexes its buffer this way.
    assert s(((i * 16 + j) // 10) * 10 + (i * 16 + j) % 10) == "i * 16 + j"
    assert s(((i * 16 + j) // 10) * 20 + ((i * 16 + j) % 10) * 2 + 3) == "i * 32 + j * 2 + 3"
    assert s(((i * 16 + j) // 10) * 10 + (i * 16 + j) % 8) != "i * 16 + j"


def test_symbolic_divisor():
    # A divisor must be provably >= 1 (n // 0 == 0), and the dividend must not wrap.
    big = {n: (1, 1000)}
    assert s((i * n + j) // n, {j: (0, n - 1), **big}) == "i"
    assert s((i * n + j) % n, {j: (0, n - 1), **big}) == "j"
    assert s((i * n + j) // n, big) == "i + j // n"
    assert s((i * n + j) // n, {n: (0, 1000)}) == "(i * n + j) // n"
    assert s(n // n) == "n // n"  # 0 // 0 == 0
    assert s(n // n, big) == "1"
    assert s(n % n) == "0"


# ----------------------------------------------------------------------------- min / max / select


@pytest.mark.parametrize("expr, ranges, want", [
    (mn(i, i), None, "i"),
    (mn(i + 3, i + 1), None, "i + 1"),
    (mx(i + 3, i + 1), None, "i + 3"),
    (mn(i, 40), {i: (0, 31)}, "i"),
    (mx(i, 40), {i: (0, 31)}, "40"),
    (mn(32, n), None, "min(n, 32)"),
    (mx(mn(n, 32), 0), None, "min(n, 32)"),
    (mn(mn(i, 5), mn(j, 3)), None, "min(min(i, j), 3)"),
    (mn(mn(i, 5), mn(i + 1, 3)), None, "min(i, 3)"),
    (mn(i, j) - mn(j, i), None, "0"),
    (mn(const(3), const(-2)), None, "-2"),
])
def test_min_max(expr, ranges, want):
    assert s(expr, ranges) == want


def test_select():
    assert s(select(const(True), i, j)) == "i"
    assert s(select(const(False), i, j)) == "j"
    assert s(select(i < j, k, k)) == "k"
    assert s(select(i < 10, i, j), {i: (0, 5)}) == "i"
    assert s(select(i < 10, i, j), {i: (10, 15)}) == "j"
    assert s(select(i < j, const(True), const(False))) == "i < j"
    assert s(select(i < j, const(False), const(True))) == "j < i + 1"
    assert s(select(i < j, i + 0, j * 1)) == "select(i < j, i, j)"


# ----------------------------------------------------------------------------- comparisons, logic


@pytest.mark.parametrize("expr, ranges, want", [
    (i < n, {i: (0, n - 1)}, "true"),
    (i + 1 <= n, {i: (0, n - 1)}, "true"),
    (i >= n, {i: (0, n - 1)}, "false"),
    (i < n - 1, {i: (0, n - 1)}, "i < n - 1"),
    (i * 4 < 9, None, "i < 3"),
    (i * 4 <= 9, None, "i < 3"),
    (i + 3 > 10, None, "7 < i"),
    (i + 3 >= j + 3, None, "j < i + 1"),
    (binary(Op.EQ, i * 4, 9), None, "false"),
    (binary(Op.NE, i * 4, 9), None, "true"),
    (binary(Op.EQ, i * 4, j * 4 + 8), None, "i == j + 2"),
    (binary(Op.EQ, i, i), None, "true"),
    (i < 10, {i: (0, 9)}, "true"),
    (i < 5, {i: (5, 9)}, "false"),
    (io * 32 + ii < n, {io: (0, (n + 31) // 32 - 1), ii: (0, 31)}, "io * 32 + ii < n"),
    (io < (n + 31) // 32, {io: (0, (n + 31) // 32 - 1)}, "true"),
])
def test_comparisons(expr, ranges, want):
    assert s(expr, ranges) == want


def test_logic():
    assert s(p & const(True)) == "p"
    assert s(p & const(False)) == "false"
    assert s(p | const(True)) == "true"
    assert s(p | const(False)) == "p"
    assert s(p & p) == "p"
    assert s(p & ~p) == "false"
    assert s(p | ~p) == "true"
    assert s(~~p) == "p"
    assert s(~(i < j)) == "j < i + 1"
    assert s(~const(True)) == "false"
    assert s((i < 10) & (j < 3), {i: (0, 5)}) == "j < 3"
    assert s(binary(Op.EQ, p, const(True))) == "p"
    assert s(binary(Op.EQ, p, const(False))) == "!p"
    assert s(binary(Op.NE, p, const(False))) == "p"


def test_can_prove():
    assert can_prove(i < n, {i: (0, n - 1)})
    assert not can_prove(i < n - 1, {i: (0, n - 1)})
    assert can_prove(i * i >= 0, {i: (-3, 3)}) is False  # sound, not complete
    assert can_prove(j - i >= 0, {i: (0, 1000), j: Interval(i, i + 5)})
    assert can_prove(binary(Op.EQ, (i * 32 + j) // 32, i), {i: (0, 1000), j: (0, 31)})
    assert not can_prove(binary(Op.EQ, (i * 32 + j) // 32, i), {j: (0, 31)})  # i*32 may wrap
    assert not can_prove(p)


# ----------------------------------------------------------------------------- casts


def test_casts():
    assert s(cast(I32, cast(I64, cast(I32, i)))) == "int32(i)"
    assert s(cast(I64, cast(I32, i))) == "int64(int32(i))"  # narrowing cast is kept
    assert s(cast(F32, cast(F64, x))) == "x"
    assert s(cast(I64, Const(True, BOOL))) == "1"
    assert s(cast(F32, const(16777217))) == "16777216.0"
    assert s(Cast(I32, const(3_000_000_000))) == "-1294967296:i32"
    assert s(Const(16777217.0, F32)) == "16777216.0"
    assert s(cast(I32, Const(2.9, F32))) == "2:i32"
    assert s(cast(I32, Const(-2.9, F32))) == "-2:i32"
    assert s(Cast(I32, Const(3e10, F64))) == "2147483647:i32"  # float -> int saturates
    assert s(Cast(I64, Const(-1e300, F64))) == "-9223372036854775808"
    assert s(Cast(I32, Const(float("nan"), F32))) == "0:i32"
    assert s(Cast(BOOL, Const(float("nan"), F32))) == "true"


def test_int32_arithmetic_keeps_dtype():
    a = Var("a", I32)
    e = a * 3 + 4 - a * 3
    out = simplify(e)
    assert out.dtype == I32 and repr(out) == "4:i32"
    big = simplify(Const(2**30, I32) * Const(4, I32))
    assert big.dtype == I32 and big.value == 0  # wraps like the hardware


# ----------------------------------------------------------------------------- floats


def test_float_folding_is_exact_in_the_dtype():
    assert s(const(0.1) + const(0.2)) == repr(Const(float(__import__("numpy").float32(0.1)
                                                       + __import__("numpy").float32(0.2)), F32))
    assert s(Const(0.1, F64) + Const(0.2, F64)) == "0.30000000000000004:f64"
    assert s(Const(1.0, F32) / Const(3.0, F32)) == "0.3333333432674408"
    assert s(unary(Op.SQRT, Const(2.0, F64))) == f"{math.sqrt(2.0)!r}:f64"
    assert s(unary(Op.FLOOR, Const(-1.5, F32))) == "-2.0"


@pytest.mark.parametrize("expr, want", [
    (x * 1.0, "x"),
    (1.0 * x, "x"),
    (x / 1.0, "x"),
    (x - 0.0, "x"),
    (x + Const(-0.0, F32), "x"),
    (x * 0.0, "x * 0.0"),  # NaN * 0 is NaN
    (x + 0.0, "x + 0.0"),  # -0.0 + 0.0 is +0.0
    (x - x, "x - x"),  # inf - inf is NaN
    (Unary(Op.NEG, -x, F32), "x"),
    (Const(1.0, F32) / Const(0.0, F32), "1.0 / 0.0"),  # inf: left to the target
    (Const(0.0, F32) / Const(0.0, F32), "0.0 / 0.0"),  # NaN: left to the target
    (unary(Op.EXP, Const(1.0, F32)), "exp(1.0)"),  # libm may differ in the last bit
    (mn(Const(float("nan"), F32), Const(1.0, F32)), "min(nan, 1.0)"),
    (binary(Op.LT, Const(float("nan"), F32), Const(1.0, F32)), "nan < 1.0"),
    ((x + 1.0) + 2.0, "x + 1.0 + 2.0"),  # no reassociation of floats
])
def test_float_identities_respect_ieee(expr, want):
    assert s(expr) == want


# ----------------------------------------------------------------------------- vectors


def bc(v, lanes=16):
    return broadcast(v if not isinstance(v, (int, float)) else const(v), lanes)


def test_vector_rules():
    j0 = Var("j0")
    base = ramp(i * 1024 + j0 * 16, const(1), 16)
    r = {j0: (0, 63)}
    assert s(base // bc(16), r) == "x16(i * 64 + j0)"
    assert s(base % bc(16), r) == "ramp(0, 1, 16)"
    assert s(ramp(i * 8, const(1), 4) // bc(8, 4)) == "x4(i)"
    assert s(ramp(i * 8 + 2, const(1), 4) % bc(8, 4)) == "ramp(2, 1, 4)"
    assert s(ramp(i * 8 + 6, const(1), 4) // bc(8, 4)) == "ramp(i * 8 + 6, 1, 4) // x4(8)"
    # by residues: i*8 % 16 is 0 or 8, so no lane of ramp(i*8, 1, 8) straddles a multiple of 16
    assert s(ramp(i * 8, const(1), 8) // bc(16, 8)) == "x8(i // 2)"
    assert s(ramp(i * 8 + 2, const(1), 6) % bc(16, 6)) == "ramp((i * 4 + 1) % 8 * 2, 1, 6)"
    assert s(ramp(i * 8 + 2, const(1), 7) // bc(16, 7)) == "ramp(i * 8 + 2, 1, 7) // x7(16)"
    # going down from a residue of 7 or 15: 8 lanes fit, 9 don't; from 0 or 8 none do
    assert s(ramp(i * 24 + 7, const(-1), 8) // bc(16, 8)) == "x8((i * 24 + 7) // 16)"
    assert s(ramp(i * 24 + 7, const(-1), 9) // bc(16, 9)) == "ramp(i * 24 + 7, -1, 9) // x9(16)"
    assert s(ramp(i * 24 + 8, const(-1), 8) % bc(16, 8)) == "ramp(i * 24 + 8, -1, 8) % x8(16)"
    assert s(ramp(i, const(16), 4) // bc(8, 4)) == "ramp(i // 8, 2, 4)"
    assert s(ramp(i, const(16), 4) % bc(8, 4)) == "x4(i % 8)"
    assert s(base + bc(i)) == "ramp(i * 1025 + j0 * 16, 1, 16)"
    assert s(bc(i) - base) == "ramp(i * -1023 - j0 * 16, -1, 16)"
    assert s(base * bc(2)) == "ramp(i * 2048 + j0 * 32, 2, 16)"
    assert s(bc(n) * ramp(i, const(1), 16)) == "ramp(i * n, n, 16)"
    assert s(ramp(i, const(1), 4) + ramp(j, const(2), 4)) == "ramp(i + j, 3, 4)"
    assert s(ramp(i, const(0), 4)) == "x4(i)"
    assert s(ramp(i, j - j, 4)) == "x4(i)"
    assert s(bc(i, 4) + bc(3, 4)) == "x4(i + 3)"
    assert s(bc(x, 4) * bc(1.0, 4)) == "x4(x)"
    assert s(binary(Op.LT, ramp(i, const(1), 4), bc(8, 4)), {i: (0, 4)}) == "x4(true)"
    assert s(binary(Op.LT, ramp(i, const(1), 4), bc(8, 4)), {i: (0, 5)}) == \
        "ramp(i, 1, 4) < x4(8)"
    assert s(unary(Op.NEG, ramp(i, const(2), 4))) == "ramp(-i, -2, 4)"
    assert s(cast(I32, bc(i, 4))) == "x4(int32(i))"
    assert s(select(bc(i < j, 4), bc(i, 4), bc(j, 4))) == "x4(select(i < j, i, j))"


def test_flattened_vector_load():
    j0 = Var("j0")
    B = decl_buffer((1 << 20,), F32, "B")
    idx = ramp(i * 1024 + j0 * 16 + 0, const(1) * 1, 16)
    load = Load(B, (idx,), F32.with_lanes(16))
    assert s(load) == "B[ramp(i * 1024 + j0 * 16, 1, 16)]"


def test_memoized_simplifier_reuses_results():
    sim = Simplifier({i: (0, 100), j: (0, 31)})
    e = (i * 32 + j) // 32
    assert sim.visit(e) is sim.visit((i * 32 + j) // 32)
    assert repr(sim.visit(e)) == "i"


def test_opaque_nodes_pass_through():
    e = Binary(Op.POW, i, j, I64)
    assert simplify(e) == e
    assert s(Binary(Op.POW, const(3), const(4), I64)) == "81"
    assert isinstance(simplify(Select(p, x, y, F32)), Select)
    assert isinstance(simplify(Unary(Op.TANH, x, F32)), Unary)
    assert simplify(Broadcast(Ramp(i, const(1), 1, I64), 4, I64.with_lanes(4))) == \
        Broadcast(i, 4, I64.with_lanes(4))
