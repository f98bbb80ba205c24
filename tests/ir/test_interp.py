"""The loop-IR interpreter on hand-built PrimFuncs, against numpy."""

from __future__ import annotations

import numpy as np
import pytest

from tcomp import dtypes as D
from tcomp.errors import TcompRuntimeError
from tcomp.ir import (
    Allocate,
    Barrier,
    Buffer,
    Evaluate,
    For,
    ForKind,
    If,
    LetStmt,
    Load,
    Op,
    PrimFunc,
    Store,
    Var,
    binary,
    broadcast,
    cast,
    const,
    decl_buffer,
    ramp,
    select,
    seq,
    unary,
)
from tcomp.ir.interp import InterpError, Program, run
from tcomp.ir.verify import verify

F32, I32, I64 = D.float32, D.int32, D.int64
RNG = np.random.default_rng(7)


def ld(buf: Buffer, *idx) -> Load:
    idx = tuple(const(i) if isinstance(i, int) else i for i in idx)
    lanes = max(i.dtype.lanes for i in idx)
    return Load(buf, idx, buf.dtype.with_lanes(lanes))


def st(buf: Buffer, *idx_and_value) -> Store:
    *idx, value = idx_and_value
    return Store(buf, tuple(const(i) if isinstance(i, int) else i for i in idx), value)


def loop(var: Var, extent, body, kind=ForKind.SERIAL, tag="") -> For:
    ext = const(extent) if isinstance(extent, int) else extent
    return For(var, const(0), ext, kind, body, tag)


def func(name, params, body, **attrs) -> PrimFunc:
    f = PrimFunc(name, tuple(params), body, attrs=attrs)
    verify(f)
    return f


def rand(*shape, dtype=np.float32):
    return RNG.uniform(-1, 1, shape).astype(dtype)


# ----------------------------------------------------------------------------- workloads


def matmul_func(n: int) -> PrimFunc:
    A, B, C = (decl_buffer((n, n), F32, nm) for nm in "ABC")
    acc = decl_buffer((1,), F32, "acc", "local")
    i, j, k = Var("i"), Var("j"), Var("k")
    body = loop(i, n, loop(j, n, Allocate(acc, seq(
        st(acc, 0, const(0.0)),
        loop(k, n, st(acc, 0, ld(acc, 0) + ld(A, i, k) * ld(B, k, j))),
        st(C, i, j, ld(acc, 0))))))
    return func("matmul", (A, B, C), body)


def test_matmul_with_local_accumulator():
    n = 24
    a, b, c = rand(n, n), rand(n, n), np.zeros((n, n), np.float32)
    run(matmul_func(n), [a, b, c])
    np.testing.assert_allclose(c, a.astype(np.float64) @ b, rtol=1e-5, atol=1e-5)


def test_matmul_64_is_fast_enough():
    import time

    n = 64
    a, b, c = rand(n, n), rand(n, n), np.zeros((n, n), np.float32)
    t0 = time.perf_counter()
    run(matmul_func(n), [a, b, c])
    assert time.perf_counter() - t0 < 5.0
    np.testing.assert_allclose(c, a.astype(np.float64) @ b, rtol=1e-4, atol=1e-4)


def test_flattened_vector_matmul_with_ramp_and_broadcast():
    n, w = 16, 4
    A, B, C = (decl_buffer((n, n), F32, nm) for nm in "ABC")
    acc = decl_buffer((w,), F32, "acc", "local")
    i, jo, k = Var("i"), Var("jo"), Var("k")
    lanes = ramp(const(0), const(1), w)
    body = loop(i, n, loop(jo, n // w, Allocate(acc, seq(
        st(acc, lanes, broadcast(const(0.0), w)),
        loop(k, n, st(acc, lanes, ld(acc, lanes) + broadcast(ld(A, i * n + k), w)
                      * ld(B, ramp(k * n + jo * w, const(1), w)))),
        st(C, ramp(i * n + jo * w, const(1), w), ld(acc, lanes))))))
    f = func("matmul_vec", (A, B, C), body, flattened=True)
    a, b, c = rand(n, n), rand(n, n), np.zeros((n, n), np.float32)
    run(f, [a, b, c])
    np.testing.assert_allclose(c, a.astype(np.float64) @ b, rtol=1e-5, atol=1e-5)


def test_same_program_before_and_after_flattening():
    n, m = 5, 7
    i, j = Var("i"), Var("j")
    A, B = decl_buffer((n, m), F32, "A"), decl_buffer((m, n), F32, "B")
    multi = func("t", (A, B), loop(i, n, loop(j, m, st(B, j, i, ld(A, i, j) * 2.0))))
    i2, j2 = Var("i"), Var("j")
    flat = func("t", (A, B), loop(i2, n, loop(j2, m, st(B, j2 * n + i2, ld(A, i2 * m + j2) * 2.0))),
                flattened=True)
    a = rand(n, m)
    outs = []
    for f in (multi, flat):
        b = np.zeros((m, n), np.float32)
        run(f, [a, b])
        outs.append(b)
    np.testing.assert_array_equal(outs[0], a.T * 2)
    np.testing.assert_array_equal(outs[1], a.T * 2)


# ----------------------------------------------------------------------------- selects and bounds


def pad_func(n: int) -> PrimFunc:
    A, B = decl_buffer((n,), F32, "A"), decl_buffer((n + 2,), F32, "B")
    i = Var("i")
    inside = binary(Op.AND, i >= 1, i < n + 1)
    return func("pad", (A, B), loop(i, n + 2, st(B, i, select(inside, ld(A, i - 1), 0.0))))


def test_select_skips_out_of_bounds_load_in_untaken_branch():
    a, b = rand(6), np.zeros(8, np.float32)
    run(pad_func(6), [a, b])
    np.testing.assert_array_equal(b, np.pad(a, 1))


def test_vector_select_masks_out_of_bounds_lanes():
    n, w = 6, 4
    A, B = decl_buffer((n,), F32, "A"), decl_buffer((n + 2,), F32, "B")
    io = Var("io")
    idx = ramp(io * w, const(1), w)
    inside = binary(Op.AND, idx >= broadcast(const(1), w), idx < broadcast(const(n + 1), w))
    f = func("pad_vec", (A, B), loop(io, (n + 2) // w, st(
        B, idx, select(inside, ld(A, idx - broadcast(const(1), w)), broadcast(const(0.0), w)))))
    a, b = rand(n), np.zeros(n + 2, np.float32)
    run(f, [a, b])
    np.testing.assert_array_equal(b, np.pad(a, 1))
    # The same load outside a Select is a real out-of-bounds access.
    g = func("oob_vec", (A, B), loop(io, (n + 2) // w, st(B, idx, ld(A, idx))))
    with pytest.raises(InterpError, match=r"load of buffer 'A' out of bounds.*\[4, 5, 6, 7\]"):
        run(g, [a, np.zeros(n + 2, np.float32)])


def test_out_of_bounds_store_and_load_name_buffer_and_index():
    A = decl_buffer((4, 4), F32, "C")
    i, j = Var("i"), Var("j")
    f = func("oob", (A,), loop(i, 4, loop(j, 4, st(A, i, j + 1, const(1.0)))))
    with pytest.raises(InterpError, match=r"store of buffer 'C' out of bounds: index \(0, 4\) "
                                          r"for shape \(4, 4\) \(with i=0, j=3\)"):
        run(f, [np.zeros((4, 4), np.float32)])
    # Negative indices must not wrap around like numpy's.
    g = func("neg", (A,), loop(i, 4, st(A, 0, i, ld(A, 0, i - 1))))
    with pytest.raises(InterpError, match=r"load of buffer 'C' out of bounds: index \(0, -1\)"):
        run(g, [np.zeros((4, 4), np.float32)])


def test_uninitialised_allocation_reads_show_up():
    n = 3
    out_f, out_i = decl_buffer((n,), F32, "of"), decl_buffer((n,), I32, "oi")
    tf, ti = decl_buffer((n,), F32, "tf"), decl_buffer((n,), I32, "ti")
    i = Var("i")
    body = Allocate(tf, Allocate(ti, loop(i, n, seq(st(out_f, i, ld(tf, i)),
                                                    st(out_i, i, ld(ti, i))))))
    of, oi = np.zeros(n, np.float32), np.zeros(n, np.int32)
    run(func("uninit", (out_f, out_i), body), [of, oi])
    assert np.isnan(of).all() and (oi == -987654321).all()


# ----------------------------------------------------------------------------- dtypes and ops


def test_float32_accumulation_rounds_like_float32():
    n = 500
    A, S = decl_buffer((n,), F32, "A"), decl_buffer((1,), F32, "S")
    i = Var("i")
    f = func("sum", (A, S), seq(st(S, 0, const(0.0)), loop(i, n, st(S, 0, ld(S, 0) + ld(A, i)))))
    a, s = rand(n) * 1000, np.zeros(1, np.float32)
    run(f, [a, s])
    want = np.float32(0)
    for v in a:
        want = np.float32(want + v)
    assert s[0] == want  # bit-exact sequential float32


def test_integer_wraparound_and_floor_division():
    A, Q = decl_buffer((4,), I32, "A"), decl_buffer((4,), I32, "Q")
    R, W = decl_buffer((4,), I32, "R"), decl_buffer((2,), I64, "W")
    i = Var("i")
    big = const(2**63 - 1, I64)
    body = seq(
        loop(i, 4, seq(st(Q, i, ld(A, i) // const(-3, I32)), st(R, i, ld(A, i) % const(3, I32)))),
        st(W, 0, big + const(1, I64)),
        st(W, 1, cast(I64, ld(A, 0) + const(1, I32))))
    a = np.array([2**31 - 1, -7, 5, 0], np.int32)
    q, r, w = np.zeros(4, np.int32), np.zeros(4, np.int32), np.zeros(2, np.int64)
    run(func("ints", (A, Q, R, W), body), [a, q, r, w])
    assert q.tolist() == [int(v) // -3 for v in a]
    assert r.tolist() == [int(v) % 3 for v in a]
    assert w.tolist() == [-(2**63), -(2**31)]


def test_integer_division_by_zero_gives_zero():
    # x // 0 == x % 0 == 0 (numpy's result and the generated code's), MIN // -1 wraps to MIN.
    A, B = decl_buffer((3,), I64, "A"), decl_buffer((3,), I32, "B")
    X = decl_buffer((3,), I32, "X")
    i = Var("i")
    d = const(1) - i  # 1, 0, -1
    f = func("div0", (A, B, X), loop(i, 3, seq(
        st(A, i, const(6) // d + const(100) * (const(7) % d)),
        st(B, i, ld(X, i) // cast(I32, d)))))
    a, b = np.zeros(3, np.int64), np.zeros(3, np.int32)
    x = np.array([5, 9, -2**31], np.int32)
    run(f, [a, b, x])
    assert a.tolist() == [6, 0, -6]
    assert b.tolist() == [5, 0, -2**31]


def test_let_if_else_evaluate_and_casts():
    n = 6
    A, B = decl_buffer((n,), F32, "A"), decl_buffer((n,), I32, "B")
    C, Bo = decl_buffer((n,), D.float64, "C"), decl_buffer((n,), D.bool_, "Bo")
    i, t = Var("i"), Var("t", F32)
    body = loop(i, n, LetStmt(t, ld(A, i) * 4.0, seq(
        Evaluate(t),
        If(t > 0.0, st(B, i, cast(I32, t)), st(B, i, const(-1, I32))),
        If(t < -2.0, st(C, i, cast(D.float64, unary(Op.EXP, t)))),
        st(Bo, i, cast(D.bool_, cast(I32, t))))))
    a = np.array([-0.9, -0.1, 0.0, 0.2, 0.6, 0.95], np.float32)
    b, c, bo = np.zeros(n, np.int32), np.zeros(n), np.zeros(n, bool)
    run(func("let_if", (A, B, C, Bo), body), [a, b, c, bo])
    t4 = a * np.float32(4)
    np.testing.assert_array_equal(b, np.where(t4 > 0, t4.astype(np.int32), -1))
    np.testing.assert_array_equal(c, np.where(t4 < -2, np.exp(t4).astype(np.float64), 0))
    np.testing.assert_array_equal(bo, t4.astype(np.int32) != 0)


def test_scalar_and_vector_ops_agree():
    n, w = 8, 4
    X, Ys, Yv = (decl_buffer((n,), F32, nm) for nm in ("X", "Ys", "Yv"))
    Ns, Nv = decl_buffer((n,), I32, "Ns"), decl_buffer((n,), I32, "Nv")

    def fexpr(x):
        e = unary(Op.SIGMOID, x) + unary(Op.ERF, x) * unary(Op.TANH, x)
        e = binary(Op.MAX, e, binary(Op.POW, unary(Op.ABS, x), x * 0.0 + 0.5))
        return select(x < x * 0.0, unary(Op.FLOOR, x * 3.0), unary(Op.RSQRT, unary(Op.ABS, x)))\
            + e

    def iexpr(x):
        k = cast(I32, x * 10.0)
        return binary(Op.MIN, k // (k * 0 + 3), -k) + k % (k * 0 + 4)

    i, io = Var("i"), Var("io")
    vi = ramp(io * w, const(1), w)
    body = seq(loop(i, n, seq(st(Ys, i, fexpr(ld(X, i))), st(Ns, i, iexpr(ld(X, i))))),
               loop(io, n // w, seq(st(Yv, vi, fexpr(ld(X, vi))), st(Nv, vi, iexpr(ld(X, vi))))))
    x = rand(n)
    x[0] = 0.25
    ys, yv, ns, nv = (np.zeros(n, dt) for dt in (np.float32, np.float32, np.int32, np.int32))
    run(func("ops", (X, Ys, Yv, Ns, Nv), body), [x, ys, yv, ns, nv])
    np.testing.assert_allclose(ys, yv, rtol=1e-6)
    np.testing.assert_array_equal(ns, nv)
    k = (x * 10).astype(np.int32)
    np.testing.assert_array_equal(ns, np.minimum(k // 3, -k) + k % 4)


# ----------------------------------------------------------------------------- arguments and dims


def test_symbolic_dims_bound_from_shapes_and_checked():
    n = Var("n")
    A, B = decl_buffer((n,), F32, "A"), decl_buffer((n,), F32, "B")
    i = Var("i")
    prog = Program(func("scale", (A, B), loop(i, n, st(B, i, ld(A, i) * 2.0))))
    a, b = rand(5), np.zeros(5, np.float32)
    prog([a, b])
    np.testing.assert_array_equal(b, a * 2)
    with pytest.raises(TcompRuntimeError, match=r"argument 1 \('B'\) dim 0 \(n\) is 4, but n = "
                                                r"5 from A.shape\[0\]"):
        prog([a, np.zeros(4, np.float32)])
    with pytest.raises(TcompRuntimeError, match=r"argument 0 \('A'\) has dtype float64.*float32"):
        prog([a.astype(np.float64), b])
    with pytest.raises(TcompRuntimeError, match="takes 2 arrays"):
        prog([a])
    with pytest.raises(TcompRuntimeError, match=r"n = 3 from dim_values"):
        prog([a, b], dim_values={n: 3})


def test_dim_var_not_in_any_shape_needs_dim_values():
    m = Var("m")
    A = decl_buffer((8,), F32, "A")
    i = Var("i")
    f = PrimFunc("first_m", (A,), loop(i, m, st(A, i, const(1.0))), dim_vars=(m,))
    verify(f)
    a = np.zeros(8, np.float32)
    with pytest.raises(TcompRuntimeError, match=r"dimension 'm'.*dim_values"):
        run(f, [a])
    run(f, [a], dim_values={"m": 3})
    assert a.tolist() == [1, 1, 1, 0, 0, 0, 0, 0]


def test_non_contiguous_argument_is_written_back():
    n = 4
    A, B = decl_buffer((n, n), F32, "A"), decl_buffer((n, n), F32, "B")
    i = Var("i")
    f = func("copy_flat", (A, B), loop(i, n * n, st(B, i, ld(A, i))), flattened=True)
    a = rand(n, n)
    b = np.zeros((n, n), np.float32).T  # a Fortran-ordered view
    run(f, [a, b])
    np.testing.assert_array_equal(b, a)


# ----------------------------------------------------------------------------- GPU-style barriers


def reverse_func(n: int, blocks: int, diverge: bool = False) -> PrimFunc:
    A, B = decl_buffer((blocks * n,), F32, "A"), decl_buffer((blocks * n,), F32, "B")
    sh = decl_buffer((n,), F32, "sh", "shared")
    bx, tx = Var("bx"), Var("tx")
    sync = If(tx < 2, Barrier()) if diverge else Barrier()
    threads = loop(tx, n, seq(
        st(sh, tx, ld(A, bx * n + tx)),
        sync,
        st(B, bx * n + tx, ld(sh, const(n - 1) - tx))), ForKind.THREAD, "threadIdx.x")
    return func("reverse", (A, B), loop(bx, blocks, Allocate(sh, threads), ForKind.THREAD,
                                        "blockIdx.x"))


def test_thread_loops_run_in_lockstep_between_barriers():
    n, blocks = 8, 3
    a, b = rand(blocks * n), np.zeros(blocks * n, np.float32)
    run(reverse_func(n, blocks), [a, b])
    np.testing.assert_array_equal(b, a.reshape(blocks, n)[:, ::-1].reshape(-1))


def test_barrier_divergence_is_reported():
    a, b = rand(8), np.zeros(8, np.float32)
    with pytest.raises(InterpError, match=r"barrier divergence in loop over threadIdx\.x"):
        run(reverse_func(8, 1, diverge=True), [a, b])
