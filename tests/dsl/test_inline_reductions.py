"""Reductions inside expressions are lifted into stages of their own (issue 9): layer_norm,
rms_norm and a FlowNet correlation written the way their formulas read, checked against
numpy, the evaluator, schedules that touch the lifted stages, and gradients."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.autodiff import gradient
from tcomp.dsl import PlaceholderOp, evaluate, topo_ops


def _shape(t):
    return tuple(int(d.value) for d in t.shape)


def _inputs(t):
    return [op.output(0) for op in topo_ops(t) if isinstance(op, PlaceholderOp)]


def _run(s, out, feed):
    args = _inputs(out)
    f = tc.build(s, [*args, out])
    res = np.zeros(_shape(out), out.dtype.np)
    f(*[feed[a] for a in args], res)
    return res


def layer_norm(X, g, b, eps=1e-5):
    n, m = _shape(X)
    k = tc.reduce_axis(m, "k")
    mean = lambda i: tc.sum(X[i, k], axis=k) / m  # noqa: E731
    var = lambda i: tc.sum((X[i, k] - mean(i)) * (X[i, k] - mean(i)), axis=k) / m  # noqa: E731
    return tc.compute((n, m), lambda i, j: (X[i, j] - mean(i)) * tc.rsqrt(var(i) + eps) * g[j]
                      + b[j], name="Y")


def np_layer_norm(x, g, b, eps=1e-5):
    mu = x.mean(1, keepdims=True)
    return (x - mu) / np.sqrt(((x - mu) ** 2).mean(1, keepdims=True) + eps) * g + b


def test_layer_norm_as_its_formula_reads():
    n, m = 5, 12
    X = tc.placeholder((n, m), "float64", "X")
    g = tc.placeholder((m,), "float64", "g")
    b = tc.placeholder((m,), "float64", "b")
    Y = layer_norm(X, g, b)
    # mean and variance are (n,) stages named after Y; the three calls of mean() share one
    assert [r.name for r in Y.reductions] == ["Y.sum0", "Y.sum1"]
    assert [_shape(r) for r in Y.reductions] == [(n,), (n,)]
    assert [op.name for op in topo_ops(Y) if not isinstance(op, PlaceholderOp)] == \
        ["Y.sum0", "Y.sum1", "Y"]
    assert all(r.op.location == Y.op.location for r in Y.reductions)
    assert "test_inline_reductions.py" in Y.op.location
    rng = np.random.default_rng(0)
    feed = {X: rng.standard_normal((n, m)), g: rng.standard_normal(m), b: rng.standard_normal(m)}
    want = np_layer_norm(feed[X], feed[g], feed[b])
    np.testing.assert_allclose(evaluate(Y, feed), want, rtol=1e-10)
    np.testing.assert_allclose(_run(tc.create_schedule(Y), Y, feed), want, rtol=1e-10)
    # the lifted stages schedule like any stage
    s = tc.create_schedule(Y)
    mean, var = Y.reductions
    i, j = Y.op.axis
    s[mean].compute_at(s[Y], i)
    s[var].compute_at(s[Y], i)
    s[Y].parallel(i)
    s[Y].vectorize(j)
    np.testing.assert_allclose(_run(s, Y, feed), want, rtol=1e-10)


def test_rms_norm_with_scheduled_reduction():
    n, m = 7, 16
    X = tc.placeholder((n, m), "float32", "X")
    g = tc.placeholder((m,), "float32", "g")
    k = tc.reduce_axis(m, "k")
    Y = tc.compute((n, m), lambda i, j: X[i, j] * g[j]
                   * tc.rsqrt(tc.sum(X[i, k] * X[i, k], axis=k) / m + 1e-6), name="rms")
    (ss,) = Y.reductions
    assert ss.name == "rms.sum0" and _shape(ss) == (n,)
    rng = np.random.default_rng(1)
    feed = {X: rng.standard_normal((n, m)).astype("float32"),
            g: rng.standard_normal(m).astype("float32")}
    x = feed[X].astype("float64")
    want = x * feed[g] / np.sqrt((x * x).mean(1, keepdims=True) + 1e-6)
    np.testing.assert_allclose(evaluate(Y, feed), want, rtol=1e-5)
    s = tc.create_schedule(Y)
    _ko, _ki = s[ss].split(ss.op.reduce_axis[0], 4)
    s[ss].parallel(ss.op.axis[0])
    np.testing.assert_allclose(_run(s, Y, feed), want, rtol=1e-5)
    np.testing.assert_allclose(_run(tc.create_schedule(Y), Y, feed), want, rtol=1e-5)


def test_flownet_correlation():
    # out[d, y, x] = mean over c and the 3x3 patch of F1[c, y+p, x+q] * F2[c, y+p+dy, x+q+dx],
    # with the displacement d = (dy, dx) in a D x D window (inputs padded by the caller)
    C, H, W, D, P = 3, 4, 5, 3, 3
    F1 = tc.placeholder((C, H + P - 1, W + P - 1), "float64", "F1")
    F2 = tc.placeholder((C, H + P + D - 2, W + P + D - 2), "float64", "F2")
    c, p, q = tc.reduce_axis(C, "c"), tc.reduce_axis(P, "p"), tc.reduce_axis(P, "q")
    corr = tc.compute((D * D, H, W), lambda d, y, x: tc.sum(
        F1[c, y + p, x + q] * F2[c, y + p + d // D, x + q + d % D], axis=[c, p, q])
        / (C * P * P), name="corr")
    (r,) = corr.reductions
    assert _shape(r) == (D * D, H, W)
    rng = np.random.default_rng(2)
    f1, f2 = rng.standard_normal(_shape(F1)), rng.standard_normal(_shape(F2))
    want = np.zeros((D * D, H, W))
    for d in range(D * D):
        for y in range(H):
            for x in range(W):
                a = f1[:, y:y + P, x:x + P]
                bb = f2[:, y + d // D:y + d // D + P, x + d % D:x + d % D + P]
                want[d, y, x] = (a * bb).mean()
    feed = {F1: f1, F2: f2}
    np.testing.assert_allclose(evaluate(corr, feed), want, rtol=1e-10)
    np.testing.assert_allclose(_run(tc.create_schedule(corr), corr, feed), want, rtol=1e-10)
    s = tc.create_schedule(corr)
    s[r].compute_at(s[corr], corr.op.axis[1])
    s[corr].parallel(corr.op.axis[0])
    np.testing.assert_allclose(_run(s, corr, feed), want, rtol=1e-10)


def test_a_whole_body_reduction_stays_as_written():
    A = tc.placeholder((4, 6), "float32", "A")
    k = tc.reduce_axis(6, "k")
    Y = tc.compute((4,), lambda i: tc.sum(A[i, k], axis=k), name="Y")
    assert Y.reductions == () and Y.op.is_reduction
    assert Y.op.body[0].source[0].tensor is A
    arg = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    idx, _val = tc.compute((4,), lambda i: arg((k, A[i, k]), axis=k), name="am")
    assert idx.reductions == () and idx.op.is_reduction and idx.op.num_outputs == 2


def test_nested_and_several_reductions():
    n, K, L = 3, 4, 5
    X = tc.placeholder((n, K + 1, L), "float64", "X")
    k, q = tc.reduce_axis((1, K + 1), "k"), tc.reduce_axis(L, "l")
    # the max depends on the sum's axis k (range 1..K): a (n, K) stage read at k - 1
    Y = tc.compute((n,), lambda i: tc.sum(tc.max(X[i, k, q], axis=q), axis=k) * 2.0, name="Y")
    mx, sm = Y.reductions
    assert (mx.name, _shape(mx), sm.name, _shape(sm)) == ("Y.max0", (n, K), "Y.sum1", (n,))
    # a whole-body sum keeps its form; only the inner max is lifted
    Z = tc.compute((n,), lambda i: tc.sum(tc.max(X[i, k, q], axis=q), axis=k), name="Z")
    assert Z.op.is_reduction and [r.name for r in Z.reductions] == ["Z.max0"]
    # several reductions side by side, in a tuple body, mixed with a plain expression
    S, M, F = tc.compute((n,), lambda i: (tc.sum(X[i, k, 0], axis=k), tc.max(X[i, 0, q], axis=q),
                                          X[i, 0, 0]), name="T")
    assert [r.name for r in S.reductions] == ["T.sum0", "T.max1"]
    # a reduction over no axis of the compute is a one-element stage
    N = tc.compute((n,), lambda i: X[i, 0, 0] / tc.sum(X[0, k, q], axis=[k, q]), name="N")
    assert _shape(N.reductions[0]) == (1,)
    x = np.random.default_rng(3).standard_normal(_shape(X))
    feed = {X: x}
    wants = {Y: x[:, 1:].max(2).sum(1) * 2, Z: x[:, 1:].max(2).sum(1), S: x[:, 1:, 0].sum(1),
             M: x[:, 0].max(1), F: x[:, 0, 0], N: x[:, 0, 0] / x[0, 1:].sum()}
    for t, want in wants.items():
        np.testing.assert_allclose(evaluate(t, feed), want, rtol=1e-10, err_msg=t.name)
        np.testing.assert_allclose(_run(tc.create_schedule(t), t, feed), want, rtol=1e-10,
                                   err_msg=t.name)
    s = tc.create_schedule(Y)
    s[mx].compute_at(s[sm], sm.op.axis[0])
    s[sm].compute_at(s[Y], Y.op.axis[0])
    np.testing.assert_allclose(_run(s, Y, feed), wants[Y], rtol=1e-10)


def test_reductions_in_where_conditions_and_under_if_then_else():
    n, m = 4, 6
    X = tc.placeholder((n, m), "float64", "X")
    k, k2 = tc.reduce_axis(m, "k"), tc.reduce_axis(m, "k2")
    # sum of the row's above-mean elements: the mean in where= is lifted, the sum stays whole
    A = tc.compute((n,), lambda i: tc.sum(X[i, k], axis=k,
                                          where=X[i, k] > tc.sum(X[i, k2], axis=k2) / m), name="A")
    assert A.op.is_reduction and len(A.reductions) == 1
    # a reduction in an untaken branch reads only where the branch is taken: X[i - 1] is out of
    # range at i == 0, so the lifted stage keeps the branch's condition as its where=
    B = tc.compute((n,), lambda i: tc.if_then_else(i > 0, tc.sum(X[i - 1, k], axis=k), -1.0),
                   name="B")
    (r,) = B.reductions
    assert "where" in tc.graph_str(r) and "> 0" in tc.graph_str(r)
    # a guard on other axes only is dropped (the mean stays (n,)); a guard tying another axis
    # to the reduction's (j < i guards the read of row i - 1) makes that axis one of the stage's
    G = tc.compute((n, m), lambda i, j: tc.if_then_else(
        j < m - 1, X[i, j] - tc.sum(X[i, k], axis=k) / m, 0.0), name="G")
    H = tc.compute((n, m), lambda i, j: tc.if_then_else(
        j < i, tc.sum(X[i - 1, k], axis=k), 0.0), name="H")
    assert _shape(G.reductions[0]) == (n,) and "where" not in tc.graph_str(G.reductions[0])
    assert _shape(H.reductions[0]) == (n, m) and "where=j < i" in tc.graph_str(H.reductions[0])
    # an argmax (tuple reducer) inside an expression: one two-output stage
    arg = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    C = tc.compute((n,), lambda i: arg((k, X[i, k]), axis=k)[0] * 10, name="C")
    assert C.reductions[0].op.num_outputs == 2 and C.reductions[0].name == "C.argmax0.v0"
    x = np.random.default_rng(4).standard_normal((n, m))
    mu = x.mean(1, keepdims=True)
    rows = np.r_[0.0, x[:-1].sum(1)][:, None]
    wants = {A: np.where(x > mu, x, 0).sum(1), B: np.r_[-1.0, x[:-1].sum(1)],
             C: x.argmax(1) * 10, G: np.where(np.arange(m) < m - 1, x - mu, 0.0),
             H: np.where(np.arange(m)[None] < np.arange(n)[:, None], rows, 0.0)}
    for t, want in wants.items():
        np.testing.assert_allclose(evaluate(t, {X: x}), want, rtol=1e-10, err_msg=t.name)
        np.testing.assert_allclose(_run(tc.create_schedule(t), t, {X: x}), want, rtol=1e-10,
                                   err_msg=t.name)


def test_what_is_refused():
    X = tc.placeholder((4, 6), "float64", "X")
    Ix = tc.placeholder((4, 6), "int64", "I")
    k = tc.reduce_axis(6, "k")
    with pytest.raises(tc.DSLShapeError, match=r"compute 'Y' at .*: the range of reduce_axis "
                                               r"'j' holds a reduction"):
        tc.compute((4,), lambda i: tc.sum(X[i, tc.reduce_axis((0, 6))], axis=tc.reduce_axis(
            (0, tc.sum(Ix[i, k], axis=k)), "j")) * 2.0, name="Y")
    # an inner reduction using an outer axis whose range depends on the row (triangular)
    with pytest.raises(tc.DSLShapeError, match=r"nested in the reduction over 't'.*depends on 'i'"):
        tc.compute((4,), lambda i: _triangular(X, i, k), name="Y")


def _triangular(X, i, k):
    t = tc.reduce_axis((0, i + 1), "t")
    return tc.sum(tc.sum(X[t, k] * X[i, t], axis=k), axis=t) * 2.0


def test_gradient_of_an_inline_layer_norm():
    n, m = 3, 5
    xs = [tc.placeholder((n, m), "float64", "x"), tc.placeholder((m,), "float64", "g"),
          tc.placeholder((m,), "float64", "b")]
    y = layer_norm(*xs)
    head = tc.placeholder((n, m), "float64", "head")
    grads = gradient(y, xs, head)
    rng = np.random.default_rng(5)
    vals = [rng.standard_normal((n, m)), rng.standard_normal(m), rng.standard_normal(m)]
    h = rng.standard_normal((n, m))
    feed = dict(zip(xs, vals, strict=False)) | {head: h}
    eps = 1e-6
    for x, gt, v in zip(xs, grads, vals, strict=False):
        args = _inputs(gt)
        out = _run(tc.create_schedule(gt), gt, feed)
        np.testing.assert_allclose(evaluate(gt, feed), out, rtol=1e-9, atol=1e-12)
        num = np.zeros(v.shape)
        for idx in np.ndindex(v.shape):
            old = v[idx]
            v[idx] = old + eps
            yp = np_layer_norm(*vals, eps=1e-5)
            v[idx] = old - eps
            ym = np_layer_norm(*vals, eps=1e-5)
            v[idx] = old
            num[idx] = ((yp - ym) * h).sum() / (2 * eps)
        np.testing.assert_allclose(out, num, rtol=1e-6, atol=1e-7, err_msg=x.name)
        assert args  # the gradient reads its inputs
