"""Forward mode (jvp) and forward-over-reverse Hessian-vector products (hvp) of DSL graphs.

Every jvp is checked three ways: built with tc.build against central differences along the
tangent (float64), and against the vjp by the transpose identity <vjp(u), t> == <u, jvp(t)>.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tcomp as tc
from tcomp.autodiff import gradient, hvp, jvp, register_jvp
from tcomp.dsl import PlaceholderOp, evaluate, topo_ops
from tcomp.ops import matmul, softmax
from tcomp.ops.capsule import dynamic_routing
from tcomp.ops.common import elementwise
from tcomp.ops.conv import conv2d
from tcomp.ops.losses import cross_entropy
from tcomp.ops.reduce import layer_norm, reduce


def _shape(t):
    return tuple(int(d.value) for d in t.shape)


def _run(t, feed, auto=False):
    """Build ``t`` (create_schedule, or tc.auto_schedule) and run it on ``feed``."""
    args = [op.output(0) for op in topo_ops(t) if isinstance(op, PlaceholderOp)]
    if auto:
        s = tc.auto_schedule(t)
    else:
        s = tc.create_schedule(t)
    f = tc.build(s, [*args, t])
    out = np.zeros(_shape(t), t.dtype.np)
    f(*[feed[a] for a in args], out)
    return out


def check_jvp(fn, shapes, int_inputs=(), seed=0, eps=1e-6, build=True, auto=False,
              transpose=True):
    """jvp of ``fn`` (float64 inputs ``shapes``) vs central differences and vs the vjp."""
    rng = np.random.default_rng(seed)
    xs = [tc.placeholder(s, "float64", f"x{i}") for i, s in enumerate(shapes)]
    ts = [tc.placeholder(s, "float64", f"t{i}") for i, s in enumerate(shapes)]
    ints = [(tc.placeholder(s, "int64", f"idx{i}"), rng.integers(0, hi, s))
            for i, (s, hi) in enumerate(int_inputs)]
    y = fn(*xs, *[p for p, _ in ints])
    ty = jvp(y, xs, ts)
    assert _shape(ty) == _shape(y) and ty.dtype == y.dtype
    vals = [rng.standard_normal(s) for s in shapes]
    tans = [rng.standard_normal(s) for s in shapes]
    feed = dict(zip(xs, vals, strict=True)) | dict(zip(ts, tans, strict=True)) | dict(ints)
    out = _run(ty, feed, auto) if build else evaluate(ty, feed)

    def f(sign):
        return evaluate(y, feed | {x: v + sign * eps * t for x, v, t in
                                   zip(xs, vals, tans, strict=True)})
    num = (f(1) - f(-1)) / (2 * eps)
    np.testing.assert_allclose(out, num, rtol=1e-6, atol=1e-7)
    if not transpose:
        return ty
    # transpose identity: <u, J t> == sum_x <J^T u, t_x>
    head = tc.placeholder(_shape(y), "float64", "head")
    u = rng.standard_normal(_shape(y))
    grads = gradient(y, xs, head)
    lhs = float((u * out).sum())
    rhs = sum(float((evaluate(g, feed | {head: u}) * t).sum()) for g, t in
              zip(grads, tans, strict=True))
    assert lhs == pytest.approx(rhs, rel=1e-9, abs=1e-9)
    return ty


# ----------------------------------------------------------------------------- op kinds


def test_elementwise_math():
    check_jvp(lambda a, b: tc.compute((3, 4), lambda i, j:
                                      tc.exp(a[i, j]) * tc.tanh(b[i, j])
                                      + tc.log(1.5 + a[i, j] * a[i, j]) / (2.0 + b[i, j] * b[i, j])
                                      + tc.sigmoid(a[i, j] - b[i, j]) + tc.erf(a[i, j])
                                      + tc.sqrt(1.0 + b[i, j] * b[i, j])
                                      + tc.rsqrt(2.0 + a[i, j] * a[i, j])
                                      + tc.pow(1.0 + b[i, j] * b[i, j], a[i, j])
                                      - tc.abs(a[i, j]) * 0.5 + tc.floor(a[i, j])),
              [(3, 4), (3, 4)])


def test_min_max_select_and_cast():
    check_jvp(lambda a, b: tc.compute((4,), lambda i:
                                      tc.max(a[i], b[i]) + tc.min(a[i], 0.25)
                                      + tc.if_then_else(a[i] > b[i], a[i] * b[i], -b[i])
                                      + tc.cast("float64", tc.cast("int64", b[i] * 10.0))),
              [(4,), (4,)])
    x = tc.placeholder((2,), "float64", "x")
    t = tc.placeholder((2,), "float64", "t")
    ty = jvp(tc.compute((2,), lambda i: tc.cast("float32", x[i] * x[i]), name="y32"), [x], [t])
    assert ty.dtype == tc.float32
    np.testing.assert_allclose(_run(ty, {x: np.array([1.0, 3.0]), t: np.array([2.0, 0.5])}),
                               [4.0, 3.0])


def test_broadcasting_and_multi_output_compute():
    check_jvp(lambda a, b: elementwise(lambda u, v: u * v + tc.tanh(u), [a, b], (3, 4)),
              [(3, 1), (4,)])

    def two(a):
        p, q = tc.compute((3,), lambda i: (a[i] * a[i], tc.exp(a[i])), name="two")
        return tc.compute((3,), lambda i: p[i] - 2.0 * q[i])
    check_jvp(two, [(3,)], transpose=False)  # gradient has no rule for multi-output ops


def test_reductions_sum_max_min_prod_where():
    def red(kind):
        def fn(a):
            k = tc.reduce_axis(5)
            return tc.compute((3,), lambda i: {
                "sum": lambda: tc.sum(a[i, k] * a[i, k], axis=k, where=k > i),
                "max": lambda: tc.max(a[i, k] * 2.0, axis=k),
                "min": lambda: tc.min(a[i, k], axis=k),
                "prod": lambda: tc.prod(a[i, k] + 3.0, axis=k)}[kind](), name=kind)
        return fn
    for kind in ("sum", "max", "min", "prod"):
        check_jvp(red(kind), [(3, 5)], build=kind in ("sum", "max"))
    check_jvp(lambda a: reduce(a, [0, 2], "mean", keepdims=True), [(2, 3, 4)], build=False)


def test_gather_and_if_then_else_padding():
    check_jvp(lambda w, idx: tc.compute((5, 3), lambda i, j: w[idx[i], j] * w[idx[i], j]),
              [(6, 3)], int_inputs=[((5,), 6)])
    check_jvp(lambda x: tc.compute((6,), lambda i: tc.if_then_else(
        tc.logical_and(i >= 1, i < 5), tc.log(2.0 + x[i - 1] * x[i - 1]), 0.0)), [(4,)])


def test_matmul_conv_softmax_chain():
    check_jvp(lambda a, b: matmul(a, b), [(3, 4), (4, 5)], auto=True)
    check_jvp(lambda x, w: conv2d(x, w, stride=2, padding=1), [(1, 2, 5, 5), (3, 2, 3, 3)],
              build=False)
    check_jvp(lambda x: softmax(x)[-1], [(2, 5)])
    check_jvp(lambda x, w, b: layer_norm(x, w, b), [(2, 4), (4,), (4,)], build=False)


def test_capsule_routing():
    check_jvp(lambda u: dynamic_routing(u, iterations=2), [(1, 3, 2, 4)], build=False)


def test_symbolic_shapes():
    n = tc.var("n")
    x = tc.placeholder((n, 3), "float64", "x")
    t = tc.placeholder((n, 3), "float64", "t")
    k = tc.reduce_axis(3)
    ty = jvp(tc.compute((n,), lambda i: tc.max(tc.exp(x[i, k]), axis=k), name="y"), [x], [t])
    xv = np.random.default_rng(0).standard_normal((5, 3))
    f = tc.build(tc.create_schedule(ty), [x, t, ty])
    out = np.zeros(5)
    f(xv, np.ones((5, 3)), out)
    np.testing.assert_allclose(out, np.exp(xv).max(1))


def test_intermediate_input_adds_to_propagated_tangent():
    x = tc.placeholder((3,), "float64", "x")
    h = tc.compute((3,), lambda i: x[i] * x[i], name="h")
    y = tc.compute((3,), lambda i: h[i] * x[i], name="y")
    tx = tc.placeholder((3,), "float64", "tx")
    th = tc.placeholder((3,), "float64", "th")
    xv, txv, thv = np.array([1.0, 2.0, -1.0]), np.array([0.5, 1.0, 2.0]), np.array([1.0, 0, 3])
    feed = {x: xv, tx: txv, th: thv}
    # y = h x with h = x^2: dy = x dh + h dx, dh = 2 x dx + th
    np.testing.assert_allclose(evaluate(jvp(y, [x, h], [tx, th]), feed),
                               xv * (2 * xv * txv + thv) + xv * xv * txv)
    np.testing.assert_allclose(evaluate(jvp(y, [h], [th]), feed), xv * thv)


# ----------------------------------------------------------------------------- pinned


def test_pinned_matmul_tangent_is_one_reduction():
    A = tc.placeholder((3, 4), "float64", "A")
    B = tc.placeholder((4, 5), "float64", "B")
    tA = tc.placeholder((3, 4), "float64", "tA")
    tB = tc.placeholder((4, 5), "float64", "tB")
    ty = jvp(matmul(A, B), [A, B], [tA, tB])
    assert tc.graph_str(ty).splitlines()[-1] == (
        "C.tan[i0, i1] = sum(B[k, i1] * tA[i0, k] + A[i0, k] * tB[k, i1], axis=[k in 0..4])"
        "    # float64[3, 5]")
    a, b = np.arange(12.0).reshape(3, 4), np.ones((4, 5))
    out = _run(ty, {A: a, B: b, tA: np.ones((3, 4)), tB: np.eye(4, 5)})
    np.testing.assert_allclose(out, np.ones((3, 4)) @ b + a @ np.eye(4, 5))


def test_pinned_max_tangent_is_the_mean_over_ties_like_the_vjp():
    x = tc.placeholder((1, 4), "float64", "x")
    t = tc.placeholder((1, 4), "float64", "t")
    k = tc.reduce_axis(4)
    y = tc.compute((1,), lambda i: tc.max(x[i, k], axis=k), name="y")
    feed = {x: np.array([[1.0, 5.0, 2.0, 5.0]]), t: np.array([[10.0, 1.0, 100.0, 3.0]])}
    # the vjp shares the adjoint evenly among tied arg-maxes; the jvp averages their tangents
    np.testing.assert_allclose(_run(jvp(y, [x], [t]), feed), [2.0])
    np.testing.assert_allclose(evaluate(gradient(y, [x])[0], feed), [[0, 0.5, 0, 0.5]])
    feed[x] = np.array([[1.0, 5.0, 7.0, 5.0]])
    np.testing.assert_allclose(_run(jvp(y, [x], [t]), feed), [100.0])


def test_max_over_a_broadcast_value_has_slope_one():
    # every element ties: summing over ties would give 4 (the old vjp did)
    check_jvp(lambda a: reduce(elementwise(lambda u: u * 2.0, [a], (3, 4)), [1], "max"),
              [(3, 1)])


def test_pinned_hvp_of_cubic_and_zero_tangents():
    x = tc.placeholder((3,), "float64", "x")
    z = tc.placeholder((3,), "float64", "z")
    v = tc.placeholder((3,), "float64", "v")
    w = tc.placeholder((3,), "float64", "w")
    k = tc.reduce_axis(3)
    loss = tc.compute((), lambda: tc.sum(x[k] * x[k] * x[k] + 2.0 * z[k], axis=k), name="loss")
    hx, hz = hvp(loss, [x, z], [v, w])
    feed = {x: np.array([1.0, -2.0, 0.5]), z: np.ones(3), v: np.array([1.0, 1.0, 2.0]),
            w: np.ones(3)}
    np.testing.assert_allclose(_run(hx, feed), [6.0, -12.0, 6.0])  # 6 x v
    np.testing.assert_allclose(evaluate(hz, feed), np.zeros(3))  # loss is linear in z
    ty = jvp(tc.compute((3,), lambda i: tc.floor(z[i]) + 1.0, name="c"), [z], [w])
    assert ty.name == "c.tan" and "0.0" in tc.graph_str(ty).splitlines()[-1]
    np.testing.assert_allclose(_run(ty, feed), np.zeros(3))


# ----------------------------------------------------------------------------- hvp


def test_hvp_quadratic_form_is_symmetrised_matrix():
    n = 4
    x = tc.placeholder((n,), "float64", "x")
    A = tc.placeholder((n, n), "float64", "A")
    v = tc.placeholder((n,), "float64", "v")
    i, j = tc.reduce_axis(n, "i"), tc.reduce_axis(n, "j")
    loss = tc.compute((1,), lambda _: tc.sum(x[i] * A[i, j] * x[j], axis=[i, j]))
    (h,) = hvp(loss, [x], [v])
    rng = np.random.default_rng(1)
    a, xv, vv = rng.standard_normal((n, n)), rng.standard_normal(n), rng.standard_normal(n)
    np.testing.assert_allclose(_run(h, {x: xv, A: a, v: vv}, auto=True), (a + a.T) @ vv,
                               rtol=1e-12)


def test_hvp_softmax_cross_entropy_analytic():
    n, c = 3, 5
    lg = tc.placeholder((n, c), "float64", "logits")
    tg = tc.placeholder((n,), "int64", "target")
    v = tc.placeholder((n, c), "float64", "v")
    (h,) = hvp(cross_entropy(lg, tg), [lg], [v])
    rng = np.random.default_rng(2)
    z, vv = rng.standard_normal((n, c)), rng.standard_normal((n, c))
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    # per row: (diag(p) - p p^T) v / n, whatever the target
    want = (p * vv - p * (p * vv).sum(1, keepdims=True)) / n
    np.testing.assert_allclose(_run(h, {lg: z, tg: np.array([0, 4, 2]), v: vv}), want,
                               rtol=1e-10, atol=1e-14)


def test_hvp_matches_differences_of_the_gradient():
    x = tc.placeholder((2, 3), "float64", "x")
    w = tc.placeholder((3, 4), "float64", "w")
    vx = tc.placeholder((2, 3), "float64", "vx")
    vw = tc.placeholder((3, 4), "float64", "vw")
    hid = elementwise(tc.tanh, [matmul(x, w)], (2, 4))
    sq = elementwise(lambda a: a * a * a + tc.exp(a), [hid], (2, 4))
    loss = reduce(sq, [0, 1], "sum")
    hs = hvp(loss, [x, w], [vx, vw])
    gs = gradient(loss, [x, w])
    rng = np.random.default_rng(3)
    feed = {x: rng.standard_normal((2, 3)), w: rng.standard_normal((3, 4)),
            vx: rng.standard_normal((2, 3)), vw: rng.standard_normal((3, 4))}
    eps = 1e-6

    def g(sign):
        f = feed | {x: feed[x] + sign * eps * feed[vx], w: feed[w] + sign * eps * feed[vw]}
        return evaluate(gs, f)
    for h, gp, gm in zip(hs, g(1), g(-1), strict=True):
        np.testing.assert_allclose(evaluate(h, feed), (gp - gm) / (2 * eps), rtol=1e-6,
                                   atol=1e-8)


# ----------------------------------------------------------------------------- properties

_UNARY = [lambda a: tc.exp(tc.tanh(a)), lambda a: tc.exp2(tc.tanh(a)), tc.tanh, tc.sigmoid,
          tc.erf, lambda a: tc.log(1.0 + a * a),
          lambda a: tc.sqrt(0.5 + a * a), lambda a: tc.rsqrt(0.5 + a * a),
          lambda a: 1.0 / (1.5 + tc.abs(a)), lambda a: tc.pow(1.0 + a * a, 0.75)]
_BINARY = [lambda a, b: a * b, lambda a, b: a - b, lambda a, b: tc.max(a, b),
           lambda a, b: tc.if_then_else(a > 0.0, a, b * b),
           lambda a, b: tc.pow(1.0 + b * b, tc.tanh(a))]


@given(st.lists(st.tuples(st.integers(0, len(_UNARY) - 1), st.integers(0, len(_BINARY) - 1)),
                min_size=1, max_size=4),
       st.sampled_from([((3, 4), (3, 4)), ((3, 1), (4,)), ((1, 4), (3, 1))]),
       st.integers(0, 2 ** 16))
def test_random_chains_match_differences_and_vjp(chain, shapes, seed):
    def fn(a, b):
        def body(u, v):
            for ku, kb in chain:
                u = _BINARY[kb](_UNARY[ku](u), v)
            return u
        y = elementwise(body, [a, b], (3, 4))
        return reduce(y, [1], "max") if seed % 2 else y
    check_jvp(fn, list(shapes), seed=seed, build=False)


# ----------------------------------------------------------------------------- errors


def test_tangent_errors_name_input_and_shapes():
    x = tc.placeholder((3, 4), "float64", "x")
    y = tc.compute((3,), lambda i: x[i, 0] * 2.0, name="y")
    with pytest.raises(tc.DSLShapeError, match=r"tangent 't' has shape \[4, 3\], input 'x' has "
                                               r"shape \[3, 4\]"):
        jvp(y, [x], [tc.placeholder((4, 3), "float64", "t")])
    with pytest.raises(tc.DSLTypeError, match="tangent 't' is float32, input 'x' is float64"):
        jvp(y, [x], [tc.placeholder((3, 4), "float32", "t")])
    with pytest.raises(tc.DSLShapeError, match=r"1 input\(s\) but 2 tangent"):
        jvp(y, [x], [x, x])
    with pytest.raises(tc.DSLShapeError, match="'z' is not part of the graph of 'y'"):
        z = tc.placeholder((2,), "float64", "z")
        jvp(y, [z], [z])
    idx = tc.placeholder((3,), "int64", "idx")
    with pytest.raises(tc.DSLTypeError, match="input 'idx' is int64"):
        jvp(tc.compute((3,), lambda i: x[idx[i], 0], name="g"), [idx], [idx])
    with pytest.raises(tc.DSLTypeError, match="output 'idx' is int64"):
        jvp(idx, [x], [x])
    with pytest.raises(tc.DSLShapeError, match="input 'x' is listed twice"):
        jvp(y, [x, x], [x, x])
    with pytest.raises(tc.DSLShapeError, match=r"hvp: vector 'v' has shape \[3\], input 'x'"):
        hvp(tc.compute((), lambda: x[0, 0] * x[0, 0]), [x], [tc.placeholder((3,), "float64", "v")])
    with pytest.raises(tc.DSLShapeError, match=r"loss 'y' has shape \[3\]"):
        hvp(y, [x], [x])


def test_tuple_reducer_needs_registered_jvp():
    argmax = tc.comm_reducer(lambda a, b: (tc.if_then_else(a[1] >= b[1], a[0], b[0]),
                                           tc.max(a[1], b[1])),
                             lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    x = tc.placeholder((2, 3), "float64", "x")
    t = tc.placeholder((2, 3), "float64", "t")

    def am(tag=""):
        k = tc.reduce_axis(3)
        return tc.compute((2,), lambda i: argmax((tc.cast("float64", k.var), x[i, k]), axis=k),
                          name="am", tag=tag)
    with pytest.raises(tc.DSLShapeError, match="register_jvp"):
        jvp(am()[1], [x], [t])

    @register_jvp("test.argmax")
    def _rule(op, tangents):
        idx = op.output(0)
        dx = tangents[x]
        return [None, tc.compute((2,), lambda i: dx[i, tc.cast("int64", idx[i])], name="am.t")]
    ty = jvp(am("test.argmax")[1], [x], [t])
    feed = {x: np.array([[1.0, 4.0, 2.0], [9.0, 0.0, 1.0]]), t: np.arange(6.0).reshape(2, 3)}
    np.testing.assert_allclose(evaluate(ty, feed), [1.0, 3.0])

    @register_jvp("test.bad")
    def _bad(op, tangents):
        return None
    with pytest.raises(tc.DSLShapeError, match="returned 1 tangent"):
        jvp(am("test.bad")[1], [x], [t])
