"""The DSL reference evaluator against hand-written numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest

import tcomp as tc
from tcomp.dsl import eval as dsl_eval
from tcomp.dsl.eval import evaluate
from tcomp.errors import OutOfBoundsError, TcompRuntimeError
from tcomp.testing import assert_allclose, random_inputs

RNG = np.random.default_rng(1234)


def _rand(shape, dtype="float32"):
    return RNG.uniform(-1, 1, shape).astype(dtype)


def _argmax_reducer():
    return tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")


def _pointwise1(f, X):
    return lambda i: f(X[i])


def _pointwise2(f, A, B):
    return lambda i, j: f(A[i, j], B[i, j])


# ----------------------------------------------------------------------------- workloads


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_matmul(dtype):
    A = tc.placeholder((13, 17), dtype, name="A")
    B = tc.placeholder((17, 9), dtype, name="B")
    k = tc.reduce_axis(17, "k")
    C = tc.compute((13, 9), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    a, b = _rand((13, 17), dtype), _rand((17, 9), dtype)
    out = evaluate(C, {A: a, B: b})
    assert out.dtype == np.dtype(dtype) and out.shape == (13, 9)
    assert_allclose(out, a.astype(np.float64) @ b.astype(np.float64), dtype, name="C")


def test_gather_with_int_index_tensor():
    A = tc.placeholder((10, 4), name="A")
    idx = tc.placeholder((6,), "int32", name="idx")
    G = tc.compute((6, 4), lambda i, j: A[idx[i], j], name="G")
    a = _rand((10, 4))
    ix = np.array([3, 0, 9, 3, 5, 1], np.int32)
    np.testing.assert_array_equal(evaluate(G, {A: a, idx: ix}), a[ix])


def test_softmax_three_stages():
    n = tc.var("n")
    X = tc.placeholder((n, 10), name="X")
    r1 = tc.reduce_axis(10, "r1")
    mx = tc.compute((n,), lambda i: tc.max(X[i, r1], axis=r1), name="mx")
    r2 = tc.reduce_axis(10, "r2")
    den = tc.compute((n,), lambda i: tc.sum(tc.exp(X[i, r2] - mx[i]), axis=r2), name="den")
    Y = tc.compute((n, 10), lambda i, j: tc.exp(X[i, j] - mx[i]) / den[i], name="Y")
    x = _rand((7, 10)) * 5
    e = np.exp(x - x.max(axis=1, keepdims=True))
    y, m = evaluate([Y, mx], {X: x})
    assert_allclose(y, e / e.sum(axis=1, keepdims=True), "float32", name="Y")
    np.testing.assert_array_equal(m, x.max(axis=1))


def test_conv2d_padding_via_if_then_else():
    N, C, H, W, K, R, pad = 2, 3, 6, 5, 4, 3, 1
    data = tc.placeholder((N, C, H, W), name="data")
    weight = tc.placeholder((K, C, R, R), name="weight")
    padded = tc.compute(
        (N, C, H + 2 * pad, W + 2 * pad),
        lambda n, c, y, x: tc.if_then_else(
            tc.logical_and(tc.logical_and(y >= pad, y < H + pad),
                           tc.logical_and(x >= pad, x < W + pad)),
            data[n, c, y - pad, x - pad], 0.0),
        name="padded")
    rc, ry, rx = tc.reduce_axis(C, "rc"), tc.reduce_axis(R, "ry"), tc.reduce_axis(R, "rx")
    out = tc.compute(
        (N, K, H, W),
        lambda n, k, y, x: tc.sum(padded[n, rc, y + ry, x + rx] * weight[k, rc, ry, rx],
                                  axis=[rc, ry, rx]),
        name="conv")
    d, w = _rand((N, C, H, W)), _rand((K, C, R, R))
    dp = np.pad(d.astype(np.float64), ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = np.lib.stride_tricks.sliding_window_view(dp, (R, R), axis=(2, 3))  # N,C,H,W,R,R
    ref = np.einsum("ncyxij,kcij->nkyx", win, w.astype(np.float64))
    assert_allclose(evaluate(out, {data: d, weight: w}), ref, "float32", name="conv")


def test_argmax_tuple_reducer_first_index_on_ties():
    X = tc.placeholder((8, 12), name="X")
    k = tc.reduce_axis(12, "k")
    idx, val = tc.compute((8,), lambda i: _argmax_reducer()((k.var, X[i, k]), axis=k),
                          name="argmax")
    x = RNG.integers(0, 4, (8, 12)).astype(np.float32)  # many ties
    i_out, v_out = evaluate([idx, val], {X: x})
    assert i_out.dtype == np.int64 and v_out.dtype == np.float32
    np.testing.assert_array_equal(i_out, x.argmax(axis=1))
    np.testing.assert_array_equal(v_out, x.max(axis=1))


def test_argmax_with_where_and_empty_selection():
    X = tc.placeholder((5, 9), name="X")
    k = tc.reduce_axis(9, "k")
    # Row 4 selects nothing (k < 0 never holds): the identity (-1, -inf) comes out.
    idx, val = tc.compute((5,), lambda i: _argmax_reducer()(
        (k.var, X[i, k]), axis=k,
        where=tc.if_then_else(i < 4, tc.equal(k.var % 2, 1), k.var < 0)), name="am")
    x = _rand((5, 9))
    i_out, v_out = evaluate([idx, val], {X: x})
    np.testing.assert_array_equal(i_out[:4], x[:4, 1::2].argmax(axis=1) * 2 + 1)
    np.testing.assert_array_equal(v_out[:4], x[:4, 1::2].max(axis=1))
    assert i_out[4] == -1 and v_out[4] == -np.inf


def test_where_masks_sum_max_and_min():
    X = tc.placeholder((6, 7), name="X")

    def masked(red):
        k = tc.reduce_axis(7, "k")
        return lambda i: red(X[i, k], axis=k, where=X[i, k] > 0.0)
    outs = [tc.compute((6,), masked(red)) for red in (tc.sum, tc.max, tc.min)]
    x = _rand((6, 7))
    x[2] = -1.0  # nothing selected in row 2
    s, mx, mn = evaluate(outs, {X: x})
    pos = x > 0
    assert_allclose(s, np.where(pos, x, 0).sum(axis=1), "float32")
    np.testing.assert_array_equal(mx, np.where(pos, x, -np.inf).max(axis=1))
    np.testing.assert_array_equal(mn, np.where(pos, x, np.inf).min(axis=1))
    assert s[2] == 0 and mx[2] == -np.inf and mn[2] == np.inf


def test_prod_and_generic_scalar_reducer():
    X = tc.placeholder((4, 5), name="X")
    k1, k2 = tc.reduce_axis(5, "k1"), tc.reduce_axis(5, "k2")
    P = tc.compute((4,), lambda i: tc.prod(X[i, k1], axis=k1), name="P")
    # Not literally `max(x, y)`, so it takes the generic (pairwise fold) path.
    gmax = tc.comm_reducer(lambda x, y: tc.max(x, y) * 1.0, lambda t: tc.min_value(t), "gmax")
    G = tc.compute((4,), lambda i: gmax(X[i, k2], axis=k2), name="G")
    x = _rand((4, 5))
    p, g = evaluate([P, G], {X: x})
    assert_allclose(p, x.astype(np.float64).prod(axis=1), "float32")
    np.testing.assert_array_equal(g, x.max(axis=1))


def test_reduce_identity_is_combined_once():
    X = tc.placeholder((3, 4), name="X")
    k = tc.reduce_axis(4, "k")
    plus10 = tc.comm_reducer(lambda x, y: x + y, lambda t: tc.const(10.0, t), "plus10")
    S = tc.compute((3,), lambda i: plus10(X[i, k], axis=k), name="S")
    x = _rand((3, 4))
    assert_allclose(evaluate(S, {X: x}), 10 + x.sum(axis=1), "float32")


def test_float32_sum_accumulates_in_float64():
    X = tc.placeholder((20001,), name="X")
    k = tc.reduce_axis(20001, "k")
    S = tc.compute((1,), lambda i: tc.sum(X[k], axis=k), name="S")
    x = np.full(20001, 1e-8, np.float32)
    x[0] = 1.0  # a float32 running sum would stay at 1.0
    got = evaluate(S, {X: x})[0]
    assert abs(got - (1.0 + 20000 * float(np.float32(1e-8)))) < 1e-7


def test_triangular_reduction_and_offset_domain():
    X = tc.placeholder((9,), name="X")

    def cumsum(i):
        k = tc.reduce_axis((0, i + 1), "k")
        return tc.sum(X[k], axis=k)
    C = tc.compute((9,), cumsum, name="cumsum")
    def exclusive_argmax(i):  # row 0 reduces over nothing and gives the identity
        k = tc.reduce_axis((0, i), "k")
        return _argmax_reducer()((k.var, X[k]), axis=k)
    ai, av = tc.compute((9,), exclusive_argmax, name="prefix_argmax")
    j = tc.reduce_axis((2, 7), "j")
    W = tc.compute((1,), lambda i: tc.sum(X[j], axis=j), name="window")
    x = _rand((9,))
    c, w, i_out, v_out = evaluate([C, W, ai, av], {X: x})
    assert_allclose(c, np.cumsum(x.astype(np.float64)), "float32")
    assert_allclose(w, [x[2:7].astype(np.float64).sum()], "float32")
    assert i_out[0] == -1 and v_out[0] == -np.inf
    np.testing.assert_array_equal(i_out[1:], [x[:n].argmax() for n in range(1, 9)])
    np.testing.assert_array_equal(v_out[1:], [x[:n].max() for n in range(1, 9)])


def test_scalar_output_and_multi_output_compute():
    X = tc.placeholder((4, 3), name="X")
    i_, j_ = tc.reduce_axis(4, "i"), tc.reduce_axis(3, "j")
    total = tc.compute((), lambda: tc.sum(X[i_, j_], axis=[i_, j_]), name="total")
    sq, neg = tc.compute((4, 3), lambda i, j: (X[i, j] * X[i, j], -X[i, j]), name="pair")
    ones = tc.compute((2, 2), lambda i, j: 1.0, name="ones")
    x = _rand((4, 3))
    t, s, n, o = evaluate([total, sq, neg, ones], {X: x})
    assert t.shape == () and o.shape == (2, 2) and (o == 1).all()
    assert_allclose(t, x.astype(np.float64).sum(), "float32")
    np.testing.assert_array_equal(s, x * x)
    np.testing.assert_array_equal(n, -x)


def test_chunked_evaluation_matches(monkeypatch):
    A = tc.placeholder((11, 6), name="A")
    B = tc.placeholder((6, 7), name="B")
    k, k2 = tc.reduce_axis(6, "k"), tc.reduce_axis(6, "k2")
    C = tc.compute((11, 7), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    idx, val = tc.compute((11,), lambda i: _argmax_reducer()(
        (k2.var, A[i, k2]), axis=k2, where=A[i, k2] < 0.5), name="am")
    E = tc.compute((11, 7), lambda i, j: A[i, j % 6] + B[j % 6, j], name="E")
    ins = {A: _rand((11, 6)), B: _rand((6, 7))}
    full = evaluate([C, idx, val, E], ins)
    for budget in (40, 5, 1):  # blocks of rows, single rows, and a chunked reduce axis
        monkeypatch.setattr(dsl_eval, "CHUNK_ELEMS", budget)
        for a, b in zip(evaluate([C, idx, val, E], ins), full, strict=True):
            assert_allclose(a, b, a.dtype, rtol=1e-6)


# ----------------------------------------------------------------------------- dtypes and ops


@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int64"])
def test_arithmetic_every_numeric_dtype(dtype):
    A = tc.placeholder((5, 6), dtype, name="A")
    B = tc.placeholder((5, 6), dtype, name="B")
    exprs = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
        "min": lambda a, b: tc.min(a, b), "max": lambda a, b: tc.max(a, b),
        "neg": lambda a, b: -a, "abs": lambda a, b: tc.abs(a),
    }
    outs = [tc.compute((5, 6), _pointwise2(f, A, B), name=nm) for nm, f in exprs.items()]
    a, b = random_inputs([A, B], rng=3, int_range=(-9, 10))
    b[b == 0] = 3
    if dtype.startswith("float"):
        b = np.where(np.abs(b) < 0.1, 0.5, b).astype(dtype)
    ref = [a + b, a - b, a * b, np.floor_divide(a, b), np.mod(a, b), np.minimum(a, b),
           np.maximum(a, b), -a, np.abs(a)]
    for nm, got, want in zip(exprs, evaluate(outs, {A: a, B: b}), ref, strict=True):
        assert_allclose(got, want, dtype, name=nm)


def test_floor_semantics_for_negative_operands():
    A = tc.placeholder((4,), "int64", name="A")
    F = tc.placeholder((4,), "float32", name="F")
    q = tc.compute((4,), lambda i: A[i] // 3, name="q")
    r = tc.compute((4,), lambda i: A[i] % -3, name="r")
    fr = tc.compute((4,), lambda i: F[i] % 2.0, name="fr")
    a = np.array([-7, -1, 5, 0], np.int64)
    f = np.array([-3.5, 1.25, -0.5, 4.0], np.float32)
    got = evaluate([q, r, fr], {A: a, F: f})
    assert got[0].tolist() == [-7 // 3, -1 // 3, 5 // 3, 0]
    assert got[1].tolist() == [-7 % -3, -1 % -3, 5 % -3, 0]
    assert got[2].tolist() == [(-3.5) % 2.0, 1.25, 1.5, 0.0]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_every_intrinsic(dtype):
    X = tc.placeholder((40,), dtype, name="X")
    x = np.linspace(-3, 3, 40).astype(dtype)
    pos = np.abs(x) + np.asarray(0.25, dtype)
    table = {
        "exp": (lambda v: tc.exp(v), np.exp(x)),
        "exp2": (lambda v: tc.exp2(v), np.exp2(x)),
        "log": (lambda v: tc.log(tc.abs(v) + 0.25), np.log(pos)),
        "sqrt": (lambda v: tc.sqrt(tc.abs(v) + 0.25), np.sqrt(pos)),
        "rsqrt": (lambda v: tc.rsqrt(tc.abs(v) + 0.25), 1 / np.sqrt(pos)),
        "tanh": (lambda v: tc.tanh(v), np.tanh(x)),
        "sigmoid": (lambda v: tc.sigmoid(v), 1 / (1 + np.exp(-x))),
        "erf": (lambda v: tc.erf(v), np.array([math.erf(float(t)) for t in x])),
        "floor": (lambda v: tc.floor(v * 1.5), np.floor(x * np.asarray(1.5, dtype))),
        "ceil": (lambda v: tc.ceil(v * 1.5), np.ceil(x * np.asarray(1.5, dtype))),
        "pow": (lambda v: tc.pow(tc.abs(v) + 0.25, 1.5), np.power(pos, 1.5)),
        "div": (lambda v: v / 4.0, x / 4),
    }
    outs = [tc.compute((40,), _pointwise1(f, X), name=nm) for nm, (f, _) in table.items()]
    for (nm, (_, want)), got in zip(table.items(), evaluate(outs, {X: x}), strict=True):
        assert got.dtype == np.dtype(dtype), nm
        assert_allclose(got, want, dtype, name=nm)


def test_min_max_propagate_nan():
    X = tc.placeholder((3,), name="X")
    mn = tc.compute((3,), lambda i: tc.min(X[i], 0.0), name="mn")
    mx = tc.compute((3,), lambda i: tc.max(0.0, X[i]), name="mx")
    x = np.array([np.nan, -1.0, 2.0], np.float32)
    a, b = evaluate([mn, mx], {X: x})
    assert np.isnan(a[0]) and np.isnan(b[0]) and a[1] == -1 and b[2] == 2


def test_casts_bools_and_comparisons():
    F = tc.placeholder((6,), "float32", name="F")
    Bo = tc.placeholder((6,), "bool", name="Bo")
    f = np.array([-2.7, -0.5, 0.0, 0.4, 1.5, 3.9], np.float32)
    bo = np.array([True, False, True, True, False, False])
    defs = {
        "to_int": (lambda i: F[i].astype("int32"), f.astype(np.int32)),
        "to_f64": (lambda i: tc.cast("float64", F[i]), f.astype(np.float64)),
        "to_bool": (lambda i: F[i].astype("bool"), f.astype(bool)),
        "bool_to_f": (lambda i: Bo[i].astype("float32"), bo.astype(np.float32)),
        "and": (lambda i: tc.logical_and(Bo[i], F[i] > 0.0), bo & (f > 0)),
        "or": (lambda i: tc.logical_or(Bo[i], F[i] <= -0.5), bo | (f <= -0.5)),
        "not": (lambda i: tc.logical_not(Bo[i]), ~bo),
        "ne": (lambda i: tc.not_equal(F[i], 0.0), f != 0),
        "eq": (lambda i: tc.equal(Bo[i], True), bo),
        "ge": (lambda i: F[i] >= 0.4, f >= np.float32(0.4)),
        "select": (lambda i: tc.if_then_else(Bo[i], F[i], -F[i]), np.where(bo, f, -f)),
    }
    outs = [tc.compute((6,), f_, name=nm) for nm, (f_, _) in defs.items()]
    for (nm, (_, want)), got in zip(defs.items(), evaluate(outs, {F: f, Bo: bo}), strict=True):
        assert got.dtype == want.dtype, nm
        np.testing.assert_array_equal(got, want, err_msg=nm)


def test_int32_arithmetic_wraps_and_int_sum():
    A = tc.placeholder((3,), "int32", name="A")
    k = tc.reduce_axis(3, "k")
    W = tc.compute((3,), lambda i: A[i] + 1, name="W")
    S = tc.compute((1,), lambda i: tc.sum(A[k], axis=k), name="S")
    a = np.array([2**31 - 1, 5, 2**31 - 1], np.int32)
    w, s = evaluate([W, S], {A: a})
    assert w.dtype == np.int32 and w[0] == -(2**31) and w[1] == 6
    assert s.dtype == np.int32 and s[0] == np.array(a, np.int64).sum().astype(np.int32)


# ----------------------------------------------------------------------------- symbolic dims


def test_symbolic_dims_bound_from_inputs_and_dim_values():
    n, m = tc.var("n"), tc.var("m")
    A = tc.placeholder((n, 3), name="A")
    B = tc.compute((n, m), lambda i, j: A[i, j % 3] * 2.0, name="B")
    a = _rand((5, 3))
    want = np.tile(a * 2, (1, 3))[:, :7]
    np.testing.assert_array_equal(evaluate(B, {A: a}, dim_values={m: 7}), want)
    np.testing.assert_array_equal(evaluate(B, [a], dim_values={"m": 7}, params=[A]), want)
    with pytest.raises(TcompRuntimeError, match=r"symbolic dim 'm'.*dim_values"):
        evaluate(B, {A: a})


def test_derived_shape_is_checked():
    n = tc.var("n")
    A = tc.placeholder((n,), name="A")
    B = tc.placeholder((n * 2,), name="B")
    C = tc.compute((n,), lambda i: A[i] + B[2 * i + 1], name="C")
    a, b = _rand((4,)), _rand((8,))
    np.testing.assert_array_equal(evaluate(C, {A: a, B: b}), a + b[1::2])
    with pytest.raises(TcompRuntimeError, match="input 'B' dim 0 is 7"):
        evaluate(C, {A: a, B: _rand((7,))})


# ----------------------------------------------------------------------------- errors


def test_error_inconsistent_symbolic_dim():
    n = tc.var("n")
    A = tc.placeholder((n, 4), name="A")
    B = tc.placeholder((4, n), name="B")
    C = tc.compute((n, n), lambda i, j: A[i, 0] + B[0, j], name="C")
    with pytest.raises(TcompRuntimeError, match=r"input 'B' dim 1 is 6 but symbolic dim 'n' "
                                                r"is 5 \(from input 'A' dim 0\)"):
        evaluate(C, {A: _rand((5, 4)), B: _rand((4, 6))})
    with pytest.raises(TcompRuntimeError, match="input 'A' dim 0 is 5 but symbolic dim 'n' is 3"):
        evaluate(C, {A: _rand((5, 4)), B: _rand((4, 5))}, dim_values={n: 3})


def test_error_wrong_dtype_rank_missing_input():
    A = tc.placeholder((3,), name="A")
    B = tc.placeholder((3,), "int32", name="B")
    C = tc.compute((3,), lambda i: A[i] + B[i].astype("float32"), name="C")
    a, b = _rand((3,)), np.arange(3, dtype=np.int32)
    with pytest.raises(TcompRuntimeError, match=r"input 'A' has dtype float64 but the "
                                                r"placeholder is float32; convert.*astype"):
        evaluate(C, {A: a.astype(np.float64), B: b})
    with pytest.raises(TcompRuntimeError, match="input 'B' has dtype int64"):
        evaluate(C, {A: a, B: b.astype(np.int64)})
    with pytest.raises(TcompRuntimeError, match=r"input 'A' has 2 dims"):
        evaluate(C, {A: a.reshape(3, 1), B: b})
    with pytest.raises(TcompRuntimeError, match=r"no input array for placeholder 'B' "
                                                r"\(created at .*test_eval.py:\d+\)"):
        evaluate(C, {A: a})
    with pytest.raises(TcompRuntimeError, match="params= must list"):
        evaluate(C, [a, b])
    with pytest.raises(TcompRuntimeError, match="2 input arrays for 1 params"):
        evaluate(C, [a, b], params=[A])


# ----------------------------------------------------------------------------- out of bounds


def test_out_of_bounds_read_raises_and_names_everything():
    X = tc.placeholder((16,), name="X")
    Y = tc.compute((16,), lambda i: X[i + 1], name="Y")  # the line the message points at
    with pytest.raises(OutOfBoundsError) as info:
        evaluate(Y, {X: _rand((16,))})
    msg = str(info.value)
    assert isinstance(info.value, IndexError) and isinstance(info.value, TcompRuntimeError)
    assert "X[16]" in msg and "shape (16,)" in msg and "compute 'Y'" in msg
    assert "output position Y[15]" in msg and "test_eval.py:" in msg
    A = tc.placeholder((4, 3), name="A")
    k = tc.reduce_axis(4, "k")
    S = tc.compute((4,), lambda i: tc.sum(A[i, k], axis=k), name="S")
    with pytest.raises(OutOfBoundsError, match=r"A\[0, 3\].*index 3 of axis 1 is not in "
                                               r"\[0, 3\).*S\[0\] with k=3"):
        evaluate(S, {A: _rand((4, 3))})
    G = tc.placeholder((3,), "int32", name="G")
    gather = tc.compute((3,), lambda i: X[G[i]], name="gather")
    with pytest.raises(OutOfBoundsError, match=r"X\[-1\].*gather\[2\]"):
        evaluate(gather, {X: _rand((16,)), G: np.array([0, 15, -1], np.int32)})


def test_reads_that_are_not_performed_may_be_out_of_range():
    X = tc.placeholder((8,), name="X")
    x = _rand((8,))
    # untaken branches, nested; X[i * 100] is never performed, X[i - 1] only for 1 <= i <= 8
    Y = tc.compute((10,), lambda i: tc.if_then_else(
        i >= 1, tc.if_then_else(i <= 8, X[i - 1], tc.if_then_else(i > 100, X[i * 100], 1.0)),
        tc.if_then_else(i < 0, X[i - 100], 2.0)), name="Y")
    np.testing.assert_array_equal(evaluate(Y, {X: x}), np.array([2.0, *x, 1.0], np.float32))
    # where= drops positions, and so do per-output (triangular) reduce extents
    k = tc.reduce_axis(5, "k")
    W = tc.compute((8,), lambda i: tc.sum(X[i + k - 2], axis=k,
                                          where=tc.logical_and(i + k >= 2, i + k < 10)), name="W")
    ref = [x[max(i - 2, 0):i + 3].astype(np.float64).sum() for i in range(8)]
    assert_allclose(evaluate(W, {X: x}), ref, "float32")

    def suffix(i):
        r = tc.reduce_axis((0, i), "r")
        return tc.sum(X[r + 8 - i], axis=r, where=X[r + 8 - i] > -2.0)
    T = tc.compute((9,), suffix, name="T")
    assert_allclose(evaluate(T, {X: x}), [x[8 - i:].astype(np.float64).sum() for i in range(9)],
                    "float32")
    # ... but a read at a position where= keeps is performed
    V = tc.compute((8,), lambda i: tc.sum(X[i + k - 2], axis=k, where=i + k >= 2), name="V")
    with pytest.raises(OutOfBoundsError, match=r"X\[8\].*V\[6\] with k=4"):
        evaluate(V, {X: x})


def test_subtree_checked_again_under_a_wider_mask():
    # The same read node is used inside a guarded branch (evaluated first, under the narrow
    # mask i < 15) and unguarded; the unguarded use must not reuse the masked result.
    X = tc.placeholder((16,), name="X")
    Y = tc.compute((16,), lambda i: (lambda r: tc.if_then_else(i < 15, r, 0.0) + r)(X[i + 1]),
                   name="Y")
    with pytest.raises(OutOfBoundsError, match=r"X\[16\].*Y\[15\]"):
        evaluate(Y, {X: _rand((16,))})
