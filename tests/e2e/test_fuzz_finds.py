"""Schedules the program fuzzer (``python -m tcomp.testing.fuzz``) found computing wrong
answers, reading out of range or refused at the wrong place (issue 9, second round).

Each builds the kernel with LLVM (with run-time bounds checks, as the whole suite does) and
runs the loop-IR interpreter, and compares both with numpy.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen.llvm import jit
from tcomp.ir import interp
from tcomp.runtime import default_cache


def _rand(shape, dtype="float32", seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def _check(s, args, inputs, outs, want, rtol=1e-5):
    func = tc.lower(s, args, passes="all")
    for run in (lambda *a: interp.run(func, list(a)), tc.build(s, args, bounds_check=True)):
        got = [np.zeros_like(o) for o in outs]
        run(*inputs, *got)
        for g, w in zip(got, want, strict=False):
            np.testing.assert_allclose(g, w, rtol=rtol, atol=1e-6)


# ------------------------------------------------- where= under the guard of a split reduction
def _reversed_where(hidden, n=3, m=7):
    # The where= reads W[i, m - 1 - k]: at the padding iterations of a split of k that
    # doesn't divide m (k >= m), the index is negative. ``hidden`` puts the read in a branch
    # of if_then_else, out of the build-time proof's sight: the run-time checks and the
    # interpreter then saw the read out of range.
    A = tc.placeholder((n, m), name="A")
    W = tc.placeholder((n, m), name="W")
    k = tc.reduce_axis(m, name="k")

    def where(i):
        w = W[i, m - 1 - k] > 0
        return tc.if_then_else(A[i, 0] == A[i, 0], w, True) if hidden else w

    B = tc.compute((n,), lambda i: tc.sum(A[i, k], axis=k, where=where(i)), name="B")
    a, w = _rand((n, m)), _rand((n, m), seed=1)
    return A, W, k, B, a, w, (a * (w[:, ::-1] > 0)).sum(1)


@pytest.mark.parametrize("part", ["outer", "inner"])
@pytest.mark.parametrize("cache", [False, True])
@pytest.mark.parametrize("hidden", [False, True])
def test_rfactor_tests_the_split_guard_before_the_where_condition(part, cache, hidden):
    A, W, k, B, a, w, want = _reversed_where(hidden)
    s = tc.create_schedule(B)
    ko, ki = s[B].split(k, factor=3)
    BF = s.rfactor(B, ko if part == "outer" else ki)
    if cache:
        s.cache_read(W, "local", [BF])
    _check(s, [A, W, B], [a, w], [want.astype("float32")], [want])


def test_rfactor_where_guard_with_a_second_split_reduction_axis():
    # Two guards (both axes split unevenly) and where= reading past the end at the padding.
    A = tc.placeholder((2, 5, 7), name="A")
    r = tc.reduce_axis(5, name="r")
    k = tc.reduce_axis(7, name="k")
    B = tc.compute((2,), lambda i: tc.sum(A[i, r, k], axis=[r, k],
                                          where=A[i, 4 - r, (k + 1) % 7] > 0), name="B")
    s = tc.create_schedule(B)
    _ro, _ = s[B].split(r, factor=2)
    ko, _ = s[B].split(k, factor=4)
    s.rfactor(B, ko)
    a = _rand((2, 5, 7))
    mask = a[:, ::-1, :][:, :, (np.arange(7) + 1) % 7] > 0
    want = (a * mask).sum((1, 2))
    _check(s, [A, B], [a], [want.astype("float32")], [want])


@pytest.mark.parametrize("hidden", [False, True])
def test_split_reduction_without_rfactor_tests_the_guard_before_where(hidden):
    A, W, k, B, a, w, want = _reversed_where(hidden)
    s = tc.create_schedule(B)
    s[B].split(k, factor=3)
    _check(s, [A, W, B], [a, w], [want.astype("float32")], [want])


# ------------------------------------------------- packed cache_read of a symbolic-shape tensor
def test_packed_cache_read_of_a_symbolic_shape():
    # Was refused at lowering ("output dimension 0 (i0 // 8) has no non-negative constant
    # bound"): the packed buffer's shape is now symbolic, like the tensor's.
    n = tc.var("n")
    A = tc.placeholder((n, 5), name="A")
    B = tc.compute((n, 5), lambda i, j: A[i, j] * 2.0 + A[i, 4 - j], name="B")
    s = tc.create_schedule(B)
    s.cache_read(A, "local", [B], layout=("pack", 0, 8))
    for rows in (1, 7, 8, 13):
        a = _rand((rows, 5), seed=rows)
        want = a * 2 + a[:, ::-1]
        _check(s, [A, B], [a], [want], [want])


def test_packed_layout_that_maps_below_zero_is_a_schedule_error_naming_the_cache_read():
    n = tc.var("n")
    A = tc.placeholder((n, 5), name="A")
    B = tc.compute((n, 5), lambda i, j: A[i, j] * 2.0, name="B")
    s = tc.create_schedule(B)
    s.cache_read(A, "local", [B], layout=lambda i, j: (i - 1, j))
    with pytest.raises(tc.ScheduleError, match=r"test_fuzz_finds.py:\d+: cache_read: packed "
                       r"layout of 'A.packed': output dimension 0 \(i0 - 1\) is not provably "
                       "non-negative"):
        tc.lower(s, [A, B])


# ------------------------------------------------- a compute_at stage whose reads inlining drops
def test_attached_stage_left_unread_by_inlining_is_not_computed():
    # T1 reads A2 (through its cache) only inside an index into T0, whose body ignores its
    # index: once T0 is inlined nothing reads the cache. Lowering refused the schedule ("neither
    # 'T1' nor the stages attached inside it read it"); the dead stage is now left out.
    A2 = tc.placeholder((1,), dtype="int64", name="A2")
    T0 = tc.compute((1, 1), lambda i0, i1: tc.const(3, "int32"), name="T0")
    T1 = tc.compute((1, 1), lambda i0, i1: 0.5 - T0[A2[0], i1], name="T1")
    s = tc.create_schedule(T1)
    s.cache_read(A2, "global", [s[T1]])
    s.stage_by_name("A2.global").compute_at(s[T1], T1.op.axis[0])
    s[T0].compute_inline()
    assert "A2.global" not in str(tc.lower(s, [A2, T1]))
    want = np.full((1, 1), -2.5, "float32")
    _check(s, [A2, T1], [np.zeros(1, "int64")], [want], [want])


# ------------------------------------------------- a where= sum of a constant (LLVM 22 blow-up)
@pytest.mark.parametrize("kind", ["sum", "prod"])
def test_conditional_sum_of_a_constant_builds_fast_and_right(kind):
    # `tc.sum(1.0, axis=[k0, k1], where=M[k1])` over 5x5 took 16-27 s in LLVM's loop
    # vectorizer (exponential in the select chain of the fully unrolled `if m: acc += 1`); the
    # fuzzer's workers timed out. It is now `acc += select(m, 1.0, 0.0)`: no If, same values.
    M = tc.placeholder((9,), dtype="bool", name="M")
    k0 = tc.reduce_axis(5, name="k0")
    k1 = tc.reduce_axis(5, name="k1")
    red, k = (tc.sum, 1.0) if kind == "sum" else (tc.prod, 1.5)
    T = tc.compute((1, 9), lambda i0, i1: red(tc.const(k, "float64"), axis=[k0, k1],
                                              where=M[k1]), name="T")
    s = tc.create_schedule(T)
    assert "if " not in str(tc.lower(s, [M, T])), str(tc.lower(s, [M, T]))
    m = np.array([0, 1, 0, 1, 1, 0, 1, 1, 1], dtype=bool)
    n = 5 * int(m[:5].sum())
    want = np.full((1, 9), n * k if kind == "sum" else k ** n)
    _check(s, [M, T], [m], [want], [want])


def test_conditional_sum_with_a_custom_reducer_keeps_the_branch():
    # Only the built-in float sum and product (identity 0 and 1) take the select form.
    M = tc.placeholder((4,), dtype="bool", name="M")
    k = tc.reduce_axis(4, name="k")
    addsq = tc.comm_reducer(lambda a, b: a + b * b, lambda t: tc.const(0, t), name="addsq")
    T = tc.compute((1,), lambda i: addsq(tc.const(3.0), axis=k, where=M[k]), name="T")
    s = tc.create_schedule(T)
    assert "if " in str(tc.lower(s, [M, T]))
    m = np.array([1, 0, 1, 1], dtype=bool)
    want = np.array([27.0], "float32")
    _check(s, [M, T], [m], [want], [want])


# ------------------------------------------------- nparts splits of an empty reduction
def test_nparts_splits_of_an_empty_reduction_build():
    # reduce_axis((1, 1)) is empty; two nparts splits of it raised a bare ZeroDivisionError
    # from the extent computation (fuzzer case 2027025005). The loops are empty: the sum is 0.
    k0 = tc.reduce_axis((1, 1), name="k0")
    T0 = tc.compute((2,), lambda i: tc.sum(tc.const(0.125, "float64"), axis=k0), name="T0")
    s = tc.create_schedule(T0)
    s[T0].split("k0", nparts=8)
    s[T0].split("k0.inner", nparts=3)
    want = np.zeros(2)
    _check(s, [T0], [], [want], [want])


# ------------------------------------------------- open: found by the 1-hour fuzz run (seed 2027)
def _tiled_int_reduction():
    A4 = tc.placeholder((10,), dtype="int32", name="A4")
    A5 = tc.placeholder((3,), dtype="int32", name="A5")
    A6 = tc.placeholder((10, 2), dtype="bool", name="A6")
    r0 = tc.reduce_axis((2, 10), name="r1_0")
    r1 = tc.reduce_axis(11, name="r1_1")
    T2 = tc.compute((7,), lambda i0: tc.sum(A4[r0] - A5[r0 // 4] - tc.cast("int32", A6[r0, r1 % 2]),
                                            axis=[r0, r1]), name="T2")
    s = tc.create_schedule(T2)
    s[T2].tile("i0", "r1_0", 5, 5)
    a4 = np.array([0, -2, -1, 3, 0, 2, -3, -2, 2, -1], "int32")
    a5 = np.array([3, 2, 3], "int32")
    a6 = np.array([[1, 1], [1, 0], [1, 0], [0, 1], [1, 0], [0, 1], [1, 1], [0, 1], [0, 0],
                   [0, 1]], bool)
    want = np.zeros(7, np.int64)
    for r in range(2, 10):
        for q in range(11):
            want += int(a4[r]) - int(a5[r // 4]) - int(a6[r, q % 2])
    return s, [A4, A5, A6, T2], [a4, a5, a6], want.astype("int32")


def test_tiled_int_reduction_is_right_on_the_interpreter_and_without_avx512():
    s, args, ins, want = _tiled_int_reduction()
    got = np.zeros(7, "int32")
    interp.run(tc.lower(s, args, passes="all"), [*ins, got])
    np.testing.assert_array_equal(got, want)
    got = np.zeros(7, "int32")
    tc.build(s, args, target="llvm -mattr=-avx512f")(*ins, got)
    np.testing.assert_array_equal(got, want)


def test_tiled_int_reduction_on_the_host():
    # LLVM 22's SLP vectoriser turned the unrolled integer adds into a wrong horizontal
    # reduction (AVX-512 host: -673 for -263); kernels with an integer accumulator are
    # optimised without SLP.
    s, args, ins, want = _tiled_int_reduction()
    got = np.zeros(7, "int32")
    before = jit.STATS["slp_off"]
    with tc.config.override(disk_cache=False):
        default_cache().clear_memory()
        tc.build(s, args)(*ins, got)
    assert jit.STATS["slp_off"] == before + 1
    np.testing.assert_array_equal(got, want)


def test_masked_tail_store_of_a_truncated_value_stays_inside_the_output():
    # Fuzz case 2030006320: an int32 max over int64 products, tiled twice; the loop
    # vectoriser's masked tail stores of trunc <4 x i64> became, with AVX-512, an 8-byte
    # "vmovq" per one-lane store, 4 bytes past the end of T3 (heap damage). One-lane masked
    # stores are now scalar stores before the backend runs.
    from tcomp.testing.fuzz.runner import guard_damage, guarded_array

    A0 = tc.placeholder((6,), dtype="int64", name="A0")
    T0 = tc.compute((6, 3), lambda i0, i1: tc.max(tc.const(1, "int64"), A0[i0 % 3] + 5),
                    name="T0")
    k0 = tc.reduce_axis(3, name="k0")
    k1 = tc.reduce_axis(4, name="k1")
    T1 = tc.compute((6,), lambda i0: tc.prod(T0[k0, k0], axis=[k0, k1]), name="T1")
    r = tc.reduce_axis((3, 12), name="r")
    T3 = tc.compute((6, 5), lambda i0, i1: tc.max(tc.cast("int32", (T1[i1] * T0[5 - i1, i0 // 3])
                                                           % -2), axis=r), name="T3")
    s = tc.create_schedule(T3)
    s[T0].fuse("i0", "i1")
    s[T3].tile("i0", "i1", 5, 5)
    s[T3].tile("i1.outer", "i0.inner", 2, 2)
    s[T1].compute_at(s[T3], "r")
    a = np.arange(6, dtype="int64") - 2
    t0 = np.maximum(1, a[np.arange(6) % 3] + 5)[:, None].repeat(3, 1)
    t1 = np.prod([t0[k, k] for k in range(3)]) ** 4 * np.ones(6, np.int64)
    want = np.array([[((t1[i1] * t0[5 - i1, i0 // 3]) % -2) for i1 in range(5)]
                     for i0 in range(6)], np.int64).astype(np.int32)
    for target in ("llvm", "llvm -mattr=-avx512f"):
        out = guarded_array((6, 5), "int32", -123456789)
        tc.build(s, [A0, T3], target=target)(a, out)
        assert guard_damage(out) is None, target
        np.testing.assert_array_equal(out, want)


def test_stages_attached_inside_a_split_guard_are_guarded_too():
    # Fuzz case 2031012970, reduced: R's 1-element region (computed at Y's i) split by 6 and
    # fused runs 6 iterations, 5 of them guarded away; R's cache stage, attached inside,
    # still ran in all 6 and read P (attached at Y's i, sized for the guarded iterations)
    # at index -1. Attached stages now sit under the guards their loop's variables decide.
    A = tc.placeholder((9,), dtype="float64", name="A")
    P = tc.compute((9,), lambda i: A[i] * 2.0, name="P")
    k = tc.reduce_axis(4, name="k")
    R = tc.compute((9,), lambda i: tc.sum(P[8 - i] * tc.cast("float64", k), axis=k), name="R")
    Y = tc.compute((9,), lambda i: R[i] + P[i], name="Y")
    s = tc.create_schedule(Y)
    RL = s.cache_write(R, "local")
    io, ii = s[R].split("i", factor=6)
    fused = s[R].fuse(io, ii)
    s[R].compute_at(s[Y], "i")
    s[RL].compute_at(s[R], fused)
    s[P].compute_at(s[Y], "i")
    a = np.arange(9, dtype="float64")
    out = np.zeros(9)
    tc.build(s, [A, Y], bounds_check=True)(a, out)  # raised OutOfBoundsError
    np.testing.assert_array_equal(out, 12.0 * a[::-1] + 2 * a)


def test_predicated_uniform_division_is_not_vectorized_by_llvm():
    # Fuzz case 2032014157 segfaulted: an argmin whose source reads A2[(k0 + 1) % n1] in the
    # untaken-or-taken branch of an if_then_else. LLVM 22's loop vectoriser computed the
    # (lane-uniform, predicated) modulo only where lane 0's condition held and gathered the
    # other lanes through a poison address. Loops around a division by a variable inside a
    # conditional are not vectorised by LLVM. Run in a child: before the fix it was SIGSEGV.
    import os
    import subprocess
    import sys

    root = os.path.join(os.path.dirname(__file__), "..", "..")
    out = subprocess.run([sys.executable, "-m", "tcomp.testing.fuzz", "--case", "2032014157",
                          "--features", "all"], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, PYTHONPATH=os.path.abspath(root)))
    assert out.returncode == 0, (out.returncode, out.stderr[-2000:])
    assert out.stdout.count(": ok") == 3, out.stdout[-3000:]


def test_only_loops_with_a_conditional_variable_division_lose_vectorization():
    n = tc.var("n")
    M = tc.placeholder((4, n), dtype="bool", name="M")
    V = tc.placeholder((n,), dtype="int64", name="V")
    k = tc.reduce_axis(4, name="k")
    guarded = tc.compute((n,), lambda i: tc.sum(tc.if_then_else(
        M[k, i], V[(i + k) % n], tc.const(0, "int64")), axis=k), name="G")
    plain = tc.compute((n,), lambda i: tc.sum(V[(i + k) % n], axis=k), name="P")
    hint = "llvm.loop.vectorize.enable"
    f = tc.build(tc.create_schedule(guarded), [M, V, guarded])
    assert hint in f.source("llvm")
    assert hint not in tc.build(tc.create_schedule(plain), [V, plain]).source("llvm")
    m = np.array([[1, 0, 1], [1, 1, 0], [0, 1, 1], [1, 1, 1]], bool)
    v = np.array([4, -7, 9], "int64")
    got = np.zeros(3, "int64")
    f(m, v, got)
    np.testing.assert_array_equal(got, [sum(int(v[(i + k) % 3]) for k in range(4) if m[k, i])
                                        for i in range(3)])


def test_widening_cast_of_a_wrapped_vector_index_wraps_first():
    # Fuzz case 2033013411: vectorized, int64(int32(i) + 2147483647) gave 2147483648 at i = 1
    # (the widened ramp did not wrap where the int32 lanes do): floor divisions by it were 0.
    X = tc.placeholder((7,), dtype="int64", name="X")
    T = tc.compute((7,), lambda i: X[i] + tc.cast("int64", tc.cast("int32", i) - -2147483647),
                   name="T")
    s = tc.create_schedule(T)
    s[T].vectorize("i")
    x = np.zeros(7, "int64")
    out = np.zeros(7, "int64")
    tc.build(s, [X, T])(x, out)
    want = (np.arange(7, dtype=np.int64) + 2147483647).astype(np.int32).astype(np.int64)
    np.testing.assert_array_equal(out, want)


def test_float_reductions_keep_the_slp_vectorizer():
    A = tc.placeholder((64, 3), name="A")
    k = tc.reduce_axis(3, name="k")
    T = tc.compute((64,), lambda i: tc.sum(A[i, k], axis=k), name="T")
    s = tc.create_schedule(T)
    a = np.arange(192, dtype="float32").reshape(64, 3)
    got = np.zeros(64, "float32")
    before = jit.STATS["slp_off"]
    with tc.config.override(disk_cache=False):
        default_cache().clear_memory()
        tc.build(s, [A, T])(a, got)
    assert jit.STATS["slp_off"] == before
    np.testing.assert_allclose(got, a.sum(1))


def test_conditional_sum_of_a_loop_variable_takes_the_select_form():
    # The 1-hour run's hang (case 2027011947): where= sum of float64(k0) over 7 x 9; fully
    # unrolled, k0 is a constant per step and LLVM's loop vectorizer blew up as for a constant.
    # A source that reads no memory is accumulated as acc + select(cond, src, 0).
    A0 = tc.placeholder((9,), dtype="bool", name="A0")
    k0 = tc.reduce_axis(7, name="k0")
    k1 = tc.reduce_axis(9, name="k1")
    T1 = tc.compute((2,), lambda i0: tc.sum(tc.cast("float64", k0), axis=[k0, k1],
                                            where=A0[8 - k1]), name="T1")
    s = tc.create_schedule(T1)
    assert "if " not in str(tc.lower(s, [A0, T1]))
    m = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1], bool)
    want = np.full(2, 21.0 * int(m.sum()))
    _check(s, [A0, T1], [m], [want], [want])


def test_region_of_a_producer_covers_the_sweep_of_split_loops_between():
    # Fuzz case 2033017290, reduced: C (a cache of P) is computed around R's reduce loop k,
    # split by 5 for an extent of 3, so C's region is what k's loops sweep (rows 0..3 of 4,
    # clamped), and C copies those rows of P. P, attached at Y like R, got its region from
    # k's own range (rows 0..2): C read P one row past its buffer.
    A = tc.placeholder((4,), dtype="float64", name="A")
    P = tc.compute((4,), lambda i: A[i] * 2.0, name="P")
    k = tc.reduce_axis(3, name="k")
    R = tc.compute((1,), lambda i: tc.sum(P[k] + A[i], axis=k), name="R")
    Y = tc.compute((1,), lambda i: R[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    C = s.cache_read(P, "local", [s[R]])
    s[R].split("k", factor=5)
    s[C].compute_at(s[R], "i")
    s[R].compute_at(s[Y], "i")
    s[P].compute_at(s[Y], "i")
    a = np.arange(4, dtype="float64") + 1.0
    _check(s, [A, Y], [a], [np.zeros(1)], [np.array([2.0 * a[:3].sum() + 3 * a[0] + 1])])


def test_region_of_a_producer_covers_an_rfactor_stage_swept_past_its_axis():
    # Fuzz case 2033024753, reduced: the rfactor stage of an inner sum (computed at i of the
    # sum, whose j is split by 6 for an extent of 3) reads P[(j + jf) % 2] over the sweep of
    # that split; P's region, estimated from j's own range, started at min(i, j % 2), and
    # the rfactor stage read it at index -1.
    A = tc.placeholder((2,), dtype="float64", name="A")
    P = tc.compute((2,), lambda i: A[i] + 1.0, name="P")
    k = tc.reduce_axis(1, name="k")
    Y = tc.compute((2, 3), lambda i, j: P[i] + tc.sum(P[j % 2] * tc.cast("float64", i),
                                                       axis=k), name="Y")
    s = tc.create_schedule(Y)
    inner = s.stage_by_name("Y.sum0")
    inner.split("k", factor=5)
    s.rfactor(inner.origin_op.output(0), "k.outer", factor_axis=2)
    inner.split("j", factor=6)
    inner.compute_at(s[Y], "j")
    s.stage_by_name("Y.sum0.rf").compute_at(inner, "i")
    s[P].compute_at(s[Y], "j")
    a = np.array([3.0, 5.0])
    p = a + 1.0
    want = np.array([[p[i] + p[j % 2] * i for j in range(3)] for i in range(2)])
    _check(s, [A, Y], [a], [np.zeros((2, 3))], [want])


def test_scalar_load_in_a_vector_select_branch_no_lane_takes():
    # Fuzz cases 2035019030 and 2035020284, reduced: select(x8(j < 5), x8(A[j * 2]) + B[...],
    # ...) reads A at 10 in the row where no lane takes the branch. Codegen loads a scalar
    # in a masked branch only when some lane is active; the interpreter loaded it anyway and
    # raised out of bounds on a correct kernel.
    A = tc.placeholder((9,), dtype="float64", name="A")
    B = tc.placeholder((8,), dtype="float64", name="B")
    T = tc.compute((6, 8), lambda j, i: tc.if_then_else(j * 2 < 9, A[j * 2] + B[i], -1.0),
                   name="T")
    s = tc.create_schedule(T)
    s[T].vectorize("i")
    assert "select(x8(j < 5)" in str(tc.lower(s, [A, B, T], passes="all"))
    a, b = np.arange(9.0), np.arange(8.0) * 10
    want = np.array([a[j * 2] + b if j < 5 else np.full(8, -1.0) for j in range(6)])
    _check(s, [A, B, T], [a, b], [np.zeros((6, 8))], [want])


def test_reassociate_does_not_move_a_division():
    # Fuzz case 2035033586, reduced: with reassoc on the fdiv, LLVM rewrote (a / b) * c as
    # (a * c) / b; for a = b = -3e38 and c = -1.69 the product overflowed and the sum came
    # out -inf instead of -1.69. reassociate() reorders + and *, not division.
    A = tc.placeholder((4,), name="A")
    B = tc.placeholder((2,), name="B")
    k = tc.reduce_axis(2, name="k")
    T = tc.compute((2,), lambda i: tc.sum(A[k + 2 * i] / B[i] * A[3 - i], axis=k), name="T")
    s = tc.create_schedule(T)
    s.reassociate()
    f = tc.build(s, [A, B, T])
    assert re.search(r"fdiv contract float", f.source("llvm"))
    assert not re.search(r"fdiv reassoc", f.source("llvm"))
    a = np.array([0.375, -3e38, -3e38, -1.6916], "float32")
    b = np.array([-3e38, -3e38], "float32")
    got = np.zeros(2, "float32")
    f(a, b, got)
    want = [sum(np.float32(a[kk + 2 * i] / b[i]) * a[3 - i] for kk in range(2)) for i in range(2)]
    np.testing.assert_allclose(got, np.array(want, "float32"), rtol=1e-6)
    assert np.isfinite(got).all()


def test_integer_scalar_load_no_lane_takes_feeds_wrapping_integer_ops():
    # Fuzz case 2036015188, reduced: the interpreter's stand-in for a scalar load no lane
    # takes was a numpy int64, and the scalar integer ops (which wrap Python ints) overflowed
    # on it: OverflowError in abs(A[j]) // 3 under a vector select.
    A = tc.placeholder((1,), dtype="int64", name="A")
    B = tc.placeholder((8,), dtype="int64", name="B")
    T = tc.compute((2, 8), lambda j, i: tc.if_then_else(j < 1, tc.abs(A[j]) // 3 + B[i], B[i]),
                   name="T")
    s = tc.create_schedule(T)
    s[T].vectorize("i")
    a, b = np.array([-7], "int64"), np.arange(8, dtype="int64")
    want = np.stack([2 + b, b])
    _check(s, [A, B, T], [a, b], [np.zeros((2, 8), "int64")], [want])


def test_prefetch_of_a_buffer_nothing_else_in_a_parallel_loop_reads():
    # Fuzz seed 9101 (case 9101027513): the read of A0 is in a branch that is never taken,
    # so simplify removed it and only the prefetch still names A0; the parallel loop's task
    # function captured the buffers of loads and stores only: "buffer A0 is neither a
    # parameter nor allocated here".
    A0 = tc.placeholder((1,), dtype="float64", name="A0")
    T0 = tc.compute((1, 1), lambda i0, i1: tc.if_then_else(
        tc.const(False, "bool"), A0[tc.const(0, "int64")], -2.5), name="T0")
    k0 = tc.reduce_axis(1, name="k0")
    T1 = tc.compute((2, 1), lambda i0, i1: tc.max(T0[0, 0] * 1.0, axis=k0), name="T1")
    s = tc.create_schedule(T1)
    s[T0].compute_at(s[T1], "k0")
    s[T0].prefetch(A0, "i0", 3)
    s[T1].parallel("i0")
    args = [A0, T1]
    want = [np.full((2, 1), -2.5)]
    _check(s, args, [np.array([2.0])], [np.zeros((2, 1))], want)


def test_a_prefetch_through_a_gathered_index_is_refused_not_a_segfault():
    # Fuzz seed 15276 (case 15276045861): T0 is read at an index loaded from A1; the
    # prefetch 2^20 iterations ahead loaded A1 at that distance to form its address and
    # the kernel died of SIGSEGV. Such reads are not prefetched; with nothing else to
    # prefetch the schedule is refused.
    A1 = tc.placeholder((1,), dtype="int64", name="A1")
    T0 = tc.compute((4, 7), lambda i0, i1: tc.const(0.0, "float32"), name="T0")
    T2 = tc.compute((1,), lambda i0: tc.cast("int32", T0[tc.cast("int64", A1[i0]), 6]),
                    name="T2")
    s = tc.create_schedule([T2])
    s[T2].prefetch(T0, "i0", 1 << 20)
    with pytest.raises(tc.ScheduleError, match=r"every read of 'T0' there is at an index "
                                               r"read from memory \(a gather\)"):
        tc.build(s, [A1, T2])
    # a stage that also reads T0 directly still prefetches those reads, not the gathered
    T3 = tc.compute((4,), lambda i: T0[i, 2] + tc.cast("float32", T0[tc.cast("int64", A1[0]),
                                                                       i]), name="T3")
    s3 = tc.create_schedule([T3])
    s3[T3].prefetch(T0, "i", 1 << 20)
    func = tc.lower(s3, [A1, T3])
    from tcomp.ir import stmt as S
    from tcomp.ir.visitor import walk

    pf = [n for n in walk(func.body) if isinstance(n, S.Prefetch)]
    assert len(pf) == 1 and "A1" not in str(pf[0]), pf
    _check(s3, [A1, T3], [np.array([3])], [np.zeros(4, np.float32)],
           [np.zeros(4, np.float32)])


def test_rfactor_of_an_empty_reduction_axis_is_refused_not_a_zero_sized_stage():
    # Fuzz seed 13013 (case 13013039612): reduce_axis((1, 1)) is empty; split by 5 and
    # rfactor-ed on its outer loop (extent 0) it made a partial-result stage with a
    # dimension of 0, which a cache_read of it then failed to copy (a DSLShapeError from
    # inside the schedule). rfactor() now refuses the empty axis; the reduction itself
    # builds and gives its identity.
    A = tc.placeholder((11,), name="A")
    k = tc.reduce_axis((1, 1), name="k")
    T = tc.compute((4,), lambda i: tc.sum(A[k * 2 + i], axis=k), name="T")
    s = tc.create_schedule(T)
    ko, _ki = s[T].split(k, factor=5)
    with pytest.raises(tc.ScheduleError, match=r"rfactor\(\): axis 'k.outer' has extent 0"):
        s.rfactor(T, ko)
    _check(s, [A, T], [_rand(11)], [np.ones(4, np.float32)], [np.zeros(4, np.float32)])


# ------------------------------------------------- the automatic pack of a symbolic-width W
def test_the_automatic_pack_of_a_tensor_with_a_symbolic_row_length():
    # Fuzz seed 2004 (case 2004007279): the automatic schedule's pack of W in x @ W.T reads
    # W's row length to tell whether its rows share L1 cache sets; a symbolic one crashed the
    # schedule (AttributeError on the SizeVar). It now packs as at other strides.
    k = tc.var("k")
    X = tc.placeholder((48, k), name="X")
    W = tc.placeholder((40, k), name="W")
    r = tc.reduce_axis((0, k), name="r")
    Y = tc.compute((48, 40), lambda i, j: tc.sum(X[i, r] * W[j, r], axis=r), name="Y")
    for target in ("llvm -mcpu=haswell", "llvm -mcpu=skylake-avx512"):
        assert tc.auto_knobs(Y, target=target)["tile:Y"][0] != "none"
        s = tc.auto_schedule(Y, target=target)
        assert "cache_read" in s.trace_json()
    for red in (1, 9, 64):
        x, w = _rand((48, red), seed=red), _rand((40, red), seed=red + 1)
        _check(s, [X, W, Y], [x, w], [np.zeros((48, 40), np.float32)], [x @ w.T], rtol=1e-4)


def test_split_copy_that_llvm_slp_made_invalid_builds_and_runs():
    # Fuzz case 2303009896: a float64 cache_read copy, its 128-long row split by 6 with the
    # inner loop outside. For AVX-512 (znver4) the loop vectoriser and then SLP made IR that
    # failed verification ("Instruction does not dominate all uses"); a module whose
    # optimised IR is invalid with SLP is optimised again without it.
    A1 = tc.placeholder((2, 128), dtype="float64", name="A1")
    T1 = tc.compute((1, 8), lambda i0, i1: A1[i0, i1] * 0.5, name="T1")
    s = tc.create_schedule([T1])
    s.cache_read(A1, "local", [s[T1]])
    s.stage_by_name("A1.local").split("i1", factor=6)
    s.stage_by_name("A1.local").reorder("i1.inner", "i1.outer")
    a = _rand((2, 128), "float64")
    with tc.config.override(disk_cache=False):
        default_cache().clear_memory()
        tc.build(s, [A1, T1], target="llvm -mcpu=znver4")  # raised CompileError
        got = np.zeros((1, 8))
        tc.build(s, [A1, T1])(a, got)  # the same on this host (on Zen 4 the same code)
    np.testing.assert_array_equal(got, a[:1, :8] * 0.5)


def test_max_of_nested_pow_over_8_steps_compiles_in_moments():
    # Fuzz case 2303010104 (a hang): LLVM 22's CRC recogniser, in the loop-idiom pass, walks
    # a max reduction's select operands without a visited set, exponential in the shared
    # subexpressions of inlined pow; loops of 8, 16, 32 steps took 18 s each to optimise here
    # (7 or 9 steps: 0.05 s). tcomp's pipeline runs with the recogniser off. The bound is
    # generous: a compile time, not a benchmark.
    import time

    A = tc.placeholder((8,), name="A")
    r = tc.reduce_axis(8, name="r")
    T = tc.compute((1,), lambda i: tc.max(tc.pow(tc.pow(tc.abs(A[r]) + 0.5, A[r]) + 1.0,
                                                  tc.cast("float32", r) * 0.25), axis=r),
                   name="T")
    a = _rand((8,))
    with tc.config.override(disk_cache=False):
        default_cache().clear_memory()
        t0 = time.perf_counter()
        f = tc.build(tc.create_schedule([T]), [A, T])
        took = time.perf_counter() - t0
    got = np.zeros(1, "float32")
    f(a, got)
    want = max(((abs(float(a[k])) + 0.5) ** float(a[k]) + 1.0) ** (k * 0.25) for k in range(8))
    np.testing.assert_allclose(got[0], want, rtol=1e-4)
    assert took < 5.0, f"compiling took {took:.1f} s"


def test_a_block_of_hundreds_of_memsets_compiles_in_moments():
    # Fuzz case 2304009595 (a hang), smaller: a convolution's rfactor-ed sum whose zero-fill
    # of the output, split by 3 and reordered, loop-idiom made into one 24-byte memset per
    # row and the unroller into one block of 280 of them; LLVM 22's DAG combiner merging
    # their stores, then its scheduler, took 27 s (the fuzz case's 448: 97 s). Such a
    # block is emitted with store merging off (``jit.store_heavy``): 0.5 s. The bound is
    # generous: a compile time, not a benchmark.
    import time

    A0 = tc.placeholder((2, 8, 16, 8), name="A0")
    A1 = tc.placeholder((20, 8, 3, 3), name="A1")
    k0, k1, k2 = (tc.reduce_axis(n, name=f"k{j}") for j, n in enumerate((8, 3, 3)))
    T0 = tc.compute((2, 20, 14, 6), lambda i0, i1, i2, i3: tc.sum(
        A0[i0, k0, i2 + k1, i3 + k2] * A1[i1, k0, k1, k2], axis=[k0, k1, k2]), name="T0")
    s = tc.create_schedule([T0])
    s.rfactor(T0, "k0", factor_axis=0)
    s[T0].split("i2", factor=3)
    s[T0].reorder("i0", "k0.v", "i2.inner", "i1", "i2.outer", "i3")
    a0, a1 = _rand((2, 8, 16, 8)), _rand((20, 8, 3, 3), seed=1)
    before = jit.STATS["small_store_chains"]
    with tc.config.override(disk_cache=False):
        default_cache().clear_memory()
        t0 = time.perf_counter()
        f = tc.build(s, [A0, A1, T0])
        took = time.perf_counter() - t0
    assert jit.STATS["small_store_chains"] > before
    got = np.zeros((2, 20, 14, 6), "float32")
    f(a0, a1, got)
    win = np.lib.stride_tricks.sliding_window_view(a0, (3, 3), axis=(2, 3))[:, :, :14, :6]
    np.testing.assert_allclose(got, np.einsum("nchwyx,kcyx->nkhw", win, a1), rtol=1e-4,
                               atol=1e-4)
    assert took < 5.0, f"compiling took {took:.1f} s"


def test_store_heavy_counts_memsets_per_block():
    fill = "  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 12, i1 false)\n"
    block = "entry:\n" + fill * (jit.MANY_MEMSETS - 1) + "next:\n" + fill * 3
    assert not jit.store_heavy(block)  # no block reaches it
    assert jit.store_heavy("entry:\n" + fill * jit.MANY_MEMSETS + "  ret void\n")
