"""Kernels whose LLVM optimization took exponential time (the fuzzer's workers hung).

LLVM 22 fully unrolls small reduction loops at O3; two shapes of the unrolled update chain
then made a pass take exponential time: a reducer that reads its accumulator twice (SCCP) and
a where= sum of a constant (the loop vectorizer, see tests/e2e/test_fuzz_finds.py). And an
integer ``**`` whose base is the same in all lanes of a vector made the loop vectorizer walk
every path of the square-and-multiply DAG.
"""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc


def _poly_reduction(dtype="int64"):
    # The fuzzer's case 808002870, reduced: a + b + a*b over 6 x 9, a select in the source.
    poly = tc.comm_reducer(lambda a, b: a + b + a * b, lambda t: tc.const(0, t), name="poly")
    A = tc.placeholder((7,), dtype=dtype, name="A")
    k0 = tc.reduce_axis(6, name="k0")
    k1 = tc.reduce_axis(9, name="k1")
    T = tc.compute((7, 6), lambda i, j: poly(
        tc.cast(dtype, i) * tc.if_then_else(i > 1, A[i], tc.const(2, dtype)), axis=[k0, k1]),
        name="T")
    return A, T


def _poly_ref(a, dtype):
    out = np.zeros((7, 6), dtype)
    with np.errstate(over="ignore"):
        for i in range(7):
            b = np.array(i * (a[i] if i > 1 else 2), dtype)
            acc = np.array(0, dtype)
            for _ in range(54):
                acc = acc + b + acc * b
            out[i, :] = acc
    return out


@pytest.mark.parametrize("dtype", ["int64", "int32"])
def test_reducer_reading_its_accumulator_twice_is_not_unrolled_by_llvm(dtype):
    A, T = _poly_reduction(dtype)
    f = tc.build(tc.create_schedule(T), [A, T])  # did not finish in 10 minutes
    ir_text = f.source("llvm")
    assert ir_text.count("llvm.loop.unroll.disable") >= 1
    a = np.arange(7, dtype=dtype) - 3
    got = np.zeros((7, 6), dtype)
    f(a, got)
    np.testing.assert_array_equal(got, _poly_ref(a, dtype))


def test_ordinary_reductions_stay_unrollable():
    A = tc.placeholder((8, 9), name="A")
    Ai = tc.placeholder((8, 9), dtype="int32", name="Ai")
    k = tc.reduce_axis(9, name="k")
    S = tc.compute((8,), lambda i: tc.sum(A[i, k], axis=k), name="S")
    M = tc.compute((8,), lambda i: tc.max(Ai[i, k], axis=k), name="M")
    for inp, out in ((A, S), (Ai, M)):
        f = tc.build(tc.create_schedule(out), [inp, out])
        assert "llvm.loop.unroll.disable" not in f.source("llvm")


@pytest.mark.parametrize("red,ref", [(tc.min, np.min), (tc.max, np.max)])
def test_float_min_max_reductions_are_not_unrolled_by_llvm(red, ref):
    # Fuzz case 2040010832: a float min over 11 x 4 (44 steps, reading A2[0, k1 % 2]) did
    # not compile in 5 minutes once float min/max became numpy's select form (the
    # accumulator is used three times per step) and LLVM unrolled the loop fully.
    A2 = tc.placeholder((1, 2), name="A2")
    k0 = tc.reduce_axis(11, name="k0")
    k1 = tc.reduce_axis(4, name="k1")
    T3 = tc.compute((3,), lambda i0: red(A2[0, k1 % 2], axis=[k0, k1]), name="T3")
    f = tc.build(tc.create_schedule(T3), [A2, T3])
    assert "llvm.loop.unroll.disable" in f.source("llvm")
    for a in ([[1.5, -2.0]], [[np.nan, 3.0]], [[0.0, -0.0]]):
        a = np.array(a, "float32")
        got = np.zeros(3, "float32")
        f(a, got)
        np.testing.assert_array_equal(got, np.full(3, ref(a)))


def test_argmax_is_not_unrolled_and_is_right():
    argmax = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda ti, tv: (tc.const(-1, ti), tc.min_value(tv)), name="argmax")
    A = tc.placeholder((4, 6, 9), name="A")
    k0 = tc.reduce_axis(6, name="k0")
    k1 = tc.reduce_axis(9, name="k1")
    idx, val = tc.compute((4,), lambda i: argmax((k0 * 9 + k1, A[i, k0, k1]), axis=[k0, k1]),
                          name="T")
    f = tc.build(tc.create_schedule(idx), [A, idx, val])
    assert "llvm.loop.unroll.disable" in f.source("llvm")
    a = np.random.default_rng(0).standard_normal((4, 6, 9)).astype("float32")
    gi, gv = np.zeros(4, "int64"), np.zeros(4, "float32")
    f(a, gi, gv)
    np.testing.assert_array_equal(gv, a.reshape(4, -1).max(1))
    np.testing.assert_array_equal(gi, a.reshape(4, -1).argmax(1))


def test_integer_power_of_a_lane_uniform_base_compiles():
    # The fuzzer's case 2028006124, reduced: A[i2 // 4, ...] is the same in 4 consecutive
    # lanes, and LLVM 22's vputils::isSingleScalar walked the 2**31 paths of the squares.
    A = tc.placeholder((11, 19), dtype="int32", name="A")
    T = tc.compute((11, 6, 19), lambda i0, i1, i2: (A[i2 // 4, i1] % -3) ** A[i2 // 4, i0],
                   name="T")
    f = tc.build(tc.create_schedule(T), [A, T])  # did not finish in 10 minutes
    assert "ipow.loop" in f.source("llvm")  # a loop over the bits, not a chain of squares
    a = (np.arange(11 * 19, dtype="int32").reshape(11, 19) * 7919) % 23 - 3
    got = np.zeros((11, 6, 19), "int32")
    f(a, got)
    want = np.zeros((11, 6, 19), "int32")
    for i0 in range(11):
        for i1 in range(6):
            for i2 in range(19):
                base, e = int(a[i2 // 4, i1]) % -3, int(a[i2 // 4, i0])
                if e >= 0:
                    v = np.array(pow(base, e, 1 << 32), np.uint32).view(np.int32)
                else:  # README "Semantics": 1 for 1, +-1 by parity for -1, else 0
                    v = 1 if base == 1 else (-1) ** (e % 2) if base == -1 else 0
                want[i0, i1, i2] = v
    np.testing.assert_array_equal(got, want)


def _wrap64(v):
    return (int(v) + (1 << 63)) % (1 << 64) - (1 << 63)


def _int64_power(e, x):
    """numpy's wrapping int64 ``x ** e`` (README "Semantics" for a negative ``e``)."""
    if e < 0:
        return 1 if x == 1 else (-1) ** (e % 2) if x == -1 else 0
    return _wrap64(pow(int(x), int(e), 1 << 64))


def test_integer_power_of_loop_invariant_operands_in_an_unrolled_tile_compiles():
    # The fuzzer's case 2101007805, reduced: A[E[0], 0] ** E[0] is the same everywhere, and
    # the automatic schedule's 12 x 16 tile wrote the 63 steps of its square-and-multiply
    # out in every unrolled vector copy; its build took 50 s here (the case: over 2
    # minutes). The exponent's bits are now a loop.
    A = tc.placeholder((3, 17), dtype="int64", name="A")
    Ix = tc.placeholder((1,), dtype="int64", name="Ix")
    E = tc.placeholder((1,), dtype="int64", name="E")
    X = tc.placeholder((17,), dtype="int64", name="X")
    r = tc.reduce_axis(8, name="r")
    T = tc.compute((17, 17), lambda i, j: tc.prod(X[j] * A[Ix[0], 0] ** E[0], axis=r),
                   name="T")
    f = tc.build(tc.auto_schedule(T), [A, Ix, E, X, T])  # 50 s before
    assert "ipow.loop" in f.source("llvm")
    x = np.arange(-8, 9, dtype="int64") * 3
    for base, e in [(3, 5), (-2, 63), (7, 0), (1, -3), (-1, -3), (5, -2), (-9, 40)]:
        a = np.full((3, 17), base, "int64")
        got = np.zeros((17, 17), "int64")
        f(a, np.array([2], "int64"), np.array([e], "int64"), x, got)
        p = _int64_power(e, base)
        want = np.array([[_int64_power(8, _wrap64(int(v) * p)) for v in x]
                         for _ in range(17)], "int64")
        np.testing.assert_array_equal(got, want, err_msg=f"{base} ** {e}")


def _masked_product(source):
    # The fuzzer's case 2033006285, reduced: an int32 product over 7 x 4 whose where= reads
    # memory. Fully unrolled, `if A[k1] == 0: acc = acc * x` becomes select(c, -acc, acc)
    # 28 deep, and LLVM 22's loop vectoriser walked its 2**28 paths (acc is the same in
    # every lane of the vectorised i loop).
    A = tc.placeholder((4,), dtype="int64", name="A")
    k0 = tc.reduce_axis(7, name="k0")
    k1 = tc.reduce_axis(4, name="k1")
    P = tc.compute((4,), lambda k: tc.const(-1, "int32") - tc.cast("int32", k) * 0, name="P")
    src = {"constant": lambda k: tc.const(-1, "int32"), "memory": lambda k: P[k]}[source]
    T = tc.compute((3,), lambda i: tc.prod(src(k1), axis=[k0, k1], where=A[k1] == 0),
                   name="T")
    return A, T


@pytest.mark.parametrize("source", ["constant", "memory"])
def test_masked_integer_product_compiles(source):
    A, T = _masked_product(source)
    f = tc.build(tc.create_schedule(T), [A, T])  # did not finish in 10 minutes
    text = str(tc.lower(tc.create_schedule(T), [A, T]))
    if source == "constant":  # accumulated as acc * select(c, -1, 1): no branch to convert
        assert "if " not in text
    else:  # the branch stays; LLVM may not unroll the loops around it
        assert "if " in text and "llvm.loop.unroll.disable" in f.source("llvm")
    for a, want in (([0, -1, 0, 3], 1), ([0, 1, 2, 3], -1), ([5, 5, 5, 5], 1)):
        got = np.zeros(3, "int32")
        f(np.array(a, "int64"), got)
        np.testing.assert_array_equal(got, np.full(3, want, "int32"))


def test_conditions_of_loop_variables_leave_reductions_unrollable():
    # A condition of loop variables only (a triangular where=, a split's guard) folds to a
    # constant per unrolled step: no select chain, so LLVM keeps its unrolling.
    A = tc.placeholder((8, 7), name="A")
    k = tc.reduce_axis(7, name="k")
    S = tc.compute((8,), lambda i: tc.sum(A[i, k], axis=k, where=k < i), name="S")
    s = tc.create_schedule(S)
    assert "if " in str(tc.lower(s, [A, S]))
    f = tc.build(s, [A, S])
    assert "llvm.loop.unroll.disable" not in f.source("llvm")
    a = np.random.default_rng(0).standard_normal((8, 7)).astype("float32")
    got = np.zeros(8, "float32")
    f(a, got)
    np.testing.assert_allclose(got, [a[i, :i].sum() for i in range(8)], rtol=1e-5, atol=1e-6)
