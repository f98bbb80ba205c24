"""Autodiff of DSL definitions: pinned generated forms and central-difference checks."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.autodiff import diff, gradient, register_gradient
from tcomp.dsl import PlaceholderOp, evaluate, topo_ops
from tcomp.ir.visitor import free_vars
from tcomp.ops import matmul, softmax


def _placeholders(t):
    return [op.output(0) for op in topo_ops(t) if isinstance(op, PlaceholderOp)]


def _shape(t):
    return tuple(int(d.value) for d in t.shape)


def check_vjp(fn, shapes, int_inputs=(), seed=0, eps=1e-6):
    """Build every vjp of ``fn`` with tc.build; compare with central differences (float64)."""
    rng = np.random.default_rng(seed)
    xs = [tc.placeholder(s, "float64", f"x{i}") for i, s in enumerate(shapes)]
    ints = [(tc.placeholder(s, "int64", f"idx{i}"), rng.integers(0, hi, s))
            for i, (s, hi) in enumerate(int_inputs)]
    y = fn(*xs, *[p for p, _ in ints])
    head = tc.placeholder(_shape(y), "float64", "head")
    grads = gradient(y, xs, head)
    vals = [rng.standard_normal(s) for s in shapes]
    h = rng.standard_normal(_shape(y))
    feed = dict(zip(xs, vals, strict=True)) | {p: v for p, v in ints} | {head: h}
    for x, g, v in zip(xs, grads, vals, strict=True):
        assert _shape(g) == v.shape and g.dtype == x.dtype
        args = [*_placeholders(g), g]
        f = tc.build(tc.create_schedule(g), args)
        out = np.zeros(v.shape)
        f(*[feed[a] for a in args[:-1]], out)
        num = np.zeros(v.shape)
        for i in np.ndindex(v.shape):
            old = v[i]
            v[i] = old + eps
            yp = evaluate(y, feed)
            v[i] = old - eps
            ym = evaluate(y, feed)
            v[i] = old
            num[i] = ((yp - ym) * h).sum() / (2 * eps)
        np.testing.assert_allclose(out, num, rtol=1e-6, atol=1e-7, err_msg=x.name)
    return grads


def test_matmul_gradient_is_a_direct_matmul():
    A = tc.placeholder((3, 4), "float64", "A")
    B = tc.placeholder((4, 5), "float64", "B")
    H = tc.placeholder((3, 5), "float64", "H")
    gA, gB = gradient(matmul(A, B), [A, B], H)
    text = tc.graph_str([gA, gB])
    assert "where" not in text and "select" not in text
    assert "sum(H[i0, j] * B[i1, j], axis=[j in 0..5])" in text.replace(" - 0", "")
    check_vjp(lambda a, b: matmul(a, b), [(3, 4), (4, 5)])


def test_elementwise_rules_and_repeated_reads():
    check_vjp(lambda a: tc.compute(
        (3, 4), lambda i, j: tc.tanh(a[i, j]) * a[i, j]
        + tc.exp(a[j % 3, i]) / (2.0 + a[i, j] * a[i, j])
        + tc.sigmoid(a[i, j]) - tc.sqrt(a[i, j] * a[i, j] + 1.0) + tc.erf(a[i, j])
        + tc.log(1.5 + tc.abs(a[i, j])) + tc.rsqrt(2.0 + a[i, j] * a[i, j])
        + tc.exp2(a[i, j] * 0.5)), [(3, 4)])


def test_broadcast_sums_the_adjoint():
    x = tc.placeholder((4,), "float64", "x")
    y = tc.compute((4, 3), lambda i, j: x[i] * 2.0, name="y")
    (g,) = gradient(y, [x])
    assert "sum(" in tc.graph_str(g)
    out = evaluate(g, {x: np.ones(4)})
    np.testing.assert_allclose(out, np.full(4, 6.0))
    check_vjp(lambda a, b: tc.compute((4, 3), lambda i, j: a[i] * b[j] + a[i]), [(4,), (3,)])


def test_max_reduction_routes_to_argmax():
    def fn(a):
        k = tc.reduce_axis(a.shape[1])
        return tc.compute(a.shape[:1], lambda i: tc.max(a[i, k] * 2.0, axis=k))
    check_vjp(fn, [(3, 5)])
    x = tc.placeholder((1, 3), "float64", "x")
    (g,) = gradient(fn(x), [x])
    np.testing.assert_allclose(evaluate(g, {x: np.array([[1.0, 5.0, 2.0]])}), [[0, 2.0, 0]])


def test_max_gradient_is_shared_among_ties():
    a = tc.placeholder((2,), "float64", "a")
    b = tc.compute((2, 4), lambda i, j: a[i] * 1.0, name="b")  # a broadcast value: all tie
    k = tc.reduce_axis(4)
    y = tc.compute((2,), lambda i: tc.max(b[i, k], axis=k), name="y")
    (g,) = gradient(y, [a])
    f = tc.build(tc.create_schedule(g), [a, g])
    out = np.zeros(2)
    f(np.array([1.0, 2.0]), out)
    np.testing.assert_allclose(out, [1.0, 1.0])  # d max_k a[i] / d a[i] == 1, not 4
    x = tc.placeholder((1, 4), "float64", "x")
    k = tc.reduce_axis(4)
    (g,) = gradient(tc.compute((1,), lambda i: tc.min(x[i, k], axis=k, where=k > 0)), [x])
    np.testing.assert_allclose(evaluate(g, {x: np.array([[0.0, 2.0, 1.0, 1.0]])}),
                               [[0, 0, 0.5, 0.5]])


def test_min_prod_and_where_reductions():
    def fmin(a):
        k = tc.reduce_axis(4)
        return tc.compute((3,), lambda i: tc.min(a[i, k], axis=k))

    def fprod(a):
        k = tc.reduce_axis(4)
        return tc.compute((3,), lambda i: tc.prod(a[i, k] + 3.0, axis=k))

    def fwhere(a):
        k = tc.reduce_axis(4)
        return tc.compute((3,), lambda i: tc.sum(a[i, k] * a[i, k], axis=k, where=k > i))
    for fn in (fmin, fprod, fwhere):
        check_vjp(fn, [(3, 4)])


def test_gather_becomes_scatter_add():
    def fn(w, idx):
        return tc.compute((5, 3), lambda i, j: w[idx[i], j] * 3.0)
    w = tc.placeholder((6, 3), "float64", "w")
    idx = tc.placeholder((5,), "int64", "idx")
    (g,) = gradient(fn(w, idx), [w])
    assert "where=idx[i] == i0" in tc.graph_str(g)
    out = evaluate(g, {w: np.zeros((6, 3)), idx: np.array([1, 1, 4, 0, 1])})
    np.testing.assert_allclose(out[:, 0], [3, 9, 0, 0, 3, 0])
    check_vjp(fn, [(6, 3)], int_inputs=[((5,), 6)])


def test_strided_conv_and_padding():
    def conv(x, w):
        kh, kw = tc.reduce_axis(3, "kh"), tc.reduce_axis(3, "kw")
        return tc.compute((3, 3), lambda i, j: tc.sum(x[i * 2 + kh, j * 2 + kw] * w[kh, kw],
                                                      axis=[kh, kw]))

    def pad(x):
        return tc.compute((6,), lambda i: tc.if_then_else(
            tc.logical_and(i >= 1, i < 5), x[i - 1], 0.0))
    check_vjp(conv, [(7, 7), (3, 3)])
    check_vjp(pad, [(4,)])


def test_window_as_wide_as_its_stride_inverts_without_a_sum():
    # y * s + k with k in [0, s) reads every input element once: the adjoint is elementwise
    # (y = i // s, k = i % s), not a sum over k with a divisibility guard per term.
    def pool(x):  # 2x2 max pool of a 5x4 input: the last row is never read
        ky, kx = tc.reduce_axis(2, "ky"), tc.reduce_axis(2, "kx")
        return tc.compute((2, 2), lambda i, j: tc.max(x[i * 2 + ky, j * 2 + kx],
                                                      axis=[ky, kx]), name="pool")

    def strided(x):  # stride 3, window 3, an offset of 1: x[3i + k + 1]
        k = tc.reduce_axis(3, "k")
        return tc.compute((2,), lambda i: tc.sum(x[i * 3 + k + 1] * x[i * 3 + k + 1],
                                                 axis=k), name="s")

    def split(x):  # a reshape (4, 3) -> 12 read back through i * 3 + j
        return tc.compute((4, 3), lambda i, j: x[i * 3 + j] * 2.0, name="r")
    for fn, shape in ((pool, (5, 4)), (strided, (8,)), (split, (12,))):
        check_vjp(fn, [shape])
        x = tc.placeholder(shape, "float64", "x")
        (g,) = gradient(fn(x), [x])
        assert not g.op.is_reduction, (fn.__name__, tc.graph_str(g))
    x = tc.placeholder((4, 4), "float64", "x")
    (g,) = gradient(pool(x), [x])
    assert not g.op.is_reduction and "% 2 == 0" not in tc.graph_str(g)
    text = str(tc.lower(tc.create_schedule(g), [x, g]))
    assert "x[" in text and "//" not in text.split("x[", 1)[1].split("]")[0], text


@pytest.mark.parametrize("pad,k,stride,dil,groups", [(1, 3, 1, 1, 1), (0, 3, 1, 1, 1),
                                                    (2, 5, 1, 1, 1), (1, 3, 1, 2, 1),
                                                    (1, 3, 1, 1, 2), (1, 3, 2, 1, 1)])
def test_conv_data_gradient_reads_a_padded_adjoint(pad, k, stride, dil, groups):
    # A stride-1 window's guard 0 <= y - ry < oh becomes a read of the adjoint zero-padded
    # by the window's reach: the data gradient is a plain convolution, no guard per term.
    from tcomp.ops.conv import conv2d

    def conv(x, w):
        return conv2d(x, w, stride=stride, padding=pad, dilation=dil, groups=groups)
    shapes = [(1, 2, 6, 7), (2, 2 // groups, k, k)]
    check_vjp(conv, shapes)
    x = tc.placeholder(shapes[0], "float64", "x")
    w = tc.placeholder(shapes[1], "float64", "w")
    y = conv(x, w)
    (g,) = gradient(y, [x], tc.placeholder(_shape(y), "float64", "head"))
    data = [op for op in topo_ops(g) if op.name.startswith(("conv.pad.adj", "x.adj.conv.0"))]
    assert len(data) == 1 and data[0].is_reduction
    padded = any(op.name == "head.pad" for op in topo_ops(g))
    assert padded == (stride == 1), tc.graph_str(g)
    if stride == 1:  # no spatial guard left (groups keep their channel condition)
        cond = data[0].body[0].condition
        assert not any(iv.var in free_vars(cond) for iv in data[0].reduce_axis[1:]), \
            tc.graph_str(g)


def test_padded_adjoint_only_where_the_window_variable_is_just_an_index():
    # y[i] = sum_k x[i + k] * c[i]: the gradient reads c at the solved i, so the guard on i
    # stays (a padded read would read c out of range); a where= on i keeps it too.
    def f(x, c):
        k = tc.reduce_axis(3, "k")
        return tc.compute((5,), lambda i: tc.sum(x[i + k] * c[i], axis=k), name="y")

    def fw(x):
        k = tc.reduce_axis(3, "k")
        return tc.compute((5,), lambda i: tc.sum(x[i + k], axis=k, where=i > k), name="y")
    check_vjp(f, [(7,), (5,)])
    check_vjp(fw, [(7,)])
    for fn, n in ((f, 2), (fw, 1)):
        xs = [tc.placeholder(s, "float64", f"x{i}") for i, s in enumerate([(7,), (5,)][:n])]
        (g,) = gradient(fn(*xs), xs[:1])
        assert not any(op.name.endswith(".pad") for op in topo_ops(g)), tc.graph_str(g)


def test_chain_through_intermediates_softmax():
    check_vjp(lambda x: softmax(x)[-1], [(2, 5)])


def test_softmax_gradient_skips_the_max_and_broadcasts_kept_axes():
    # The max a softmax subtracts is tagged STOP_GRADIENT (it changes no value), so no tie
    # count and no max adjoint; the adjoint read back through a kept (size-1) axis is a
    # broadcast, not a sum over one element. Both log-softmax and softmax stay exact.
    from tcomp.ops.reduce import softmax_last
    x = tc.placeholder((3, 4, 6), "float64", "x")
    for log in (False, True):
        (g,) = gradient(softmax_last(x, log=log), [x])
        ops = [op for op in topo_ops(g) if not isinstance(op, PlaceholderOp)]
        names = [op.name for op in ops]
        assert not any("ties" in n or "max.adj" in n for n in names), names
        kept = [op for op in ops if op.name.startswith("softmax.exp.adj.softmax.sum")]
        assert all(not op.is_reduction for op in kept), tc.graph_str(g)
        check_vjp(lambda t, log=log: softmax_last(t, log=log), [(2, 3, 5)])


def test_softmax_gradient_sums_rows_without_a_guard_and_reuses_its_exps():
    # The adjoint of the row sum (read as sum[i, 0]: a kept axis of extent 1) is a plain sum
    # over the row, no ``where 0 == j`` (which kept the schedules from vector partial sums),
    # and exp's derivative reads the exp stage instead of computing every exp again.
    from tcomp.ir import expr as E
    from tcomp.ir.visitor import walk
    from tcomp.ops.reduce import softmax_last
    x = tc.placeholder((3, 4, 6), "float64", "x")
    y = softmax_last(x)
    (g,) = gradient(y, [x])
    ops = {op.name: op for op in topo_ops(g) if not isinstance(op, PlaceholderOp)}
    sum_adj = ops["softmax.sum.adj.softmax.0"]
    assert sum_adj.is_reduction and E.is_const(sum_adj.body[0].condition, True), \
        tc.graph_str(g)
    exps = [n for op in ops.values() if ".adj." in op.name for b in op.body for n in walk(b)
            if isinstance(n, E.Unary) and n.op is E.Op.EXP]
    assert not exps, tc.graph_str(g)
    check_vjp(softmax_last, [(2, 3, 5)])


def test_a_unary_result_the_derivative_reuses_is_read_back_from_its_stage():
    from tcomp.ir import expr as E
    from tcomp.ir.visitor import walk
    for fn in (tc.exp, tc.sqrt):  # tanh's and sigmoid's come from the argument (below)
        def graph(a, fn=fn):
            u = tc.compute((3, 5), lambda i, j: fn(a[i, j] * a[i, j] + 1.0), name="u")
            return tc.compute((3, 5), lambda i, j: u[i, j] * a[i, j], name="y")
        a = tc.placeholder((3, 5), "float64", "a")
        y = graph(a)
        (g,) = gradient(y, [a])
        adj = [op for op in topo_ops(g) if op.name.startswith("a.adj.u")]
        loads = {n.tensor.op.name for op in adj for n in walk(op.body[0])
                 if isinstance(n, E.ProducerLoad)}
        assert "u" in loads and not any(isinstance(n, E.Unary) and n.op is not E.Op.NEG
                                        for op in adj for n in walk(op.body[0])), \
            tc.graph_str(g)
        check_vjp(graph, [(3, 5)])


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("fn", ["tanh", "sigmoid"])
def test_tanh_and_sigmoid_derivatives_keep_their_digits_where_the_value_nears_one(fn, dtype):
    # 1 - y^2 and y (1 - y) from the rounded value lost every digit where |y| nears 1: in
    # float64 tanh's derivative at 9.5 was 1e-8 relative off and at 19 exactly 0 (1.3e-16),
    # and the kernel's and the evaluator's differed with their tanh's last bit (found by
    # the gradient fuzzer, seed 960749); in float32 at 5, 1.5e-4 (evaluator) and 4.6e-4 (kernel)
    # off, at 9 wholly
    a = tc.placeholder((12,), dtype, "a")
    y = tc.compute((12,), lambda i: getattr(tc, fn)(a[i]), name="y")
    (g,) = gradient(y, [a])
    x = np.array([0.0, 0.25, -1.0, 3.0, -5.0, 9.5, -12.0, 19.0, 30.0, -40.0, 80.0, np.inf],
                 dtype=dtype)
    xl = x.astype(np.longdouble)  # independent forms, in x87 extended precision
    with np.errstate(over="ignore"):
        want = (1 / np.cosh(xl) ** 2 if fn == "tanh"
                else 1 / ((1 + np.exp(-xl)) * (1 + np.exp(xl)))).astype(dtype)
    k = tc.build(tc.create_schedule(g), [a, g], database=False)
    got = np.full(12, np.nan, dtype)
    k(x, got)
    for v in (evaluate(g, {a: x}), got):
        np.testing.assert_allclose(v, want, rtol=8 * np.finfo(dtype).eps, atol=0)


def test_stop_gradient_tag_passes_nothing_back_or_forward():
    from tcomp.autodiff import STOP_GRADIENT, jvp
    a = tc.placeholder((4,), "float64", "a")
    c = tc.compute((4,), lambda i: a[i] * 3.0, name="c", tag=STOP_GRADIENT)
    y = tc.compute((4,), lambda i: a[i] * c[i], name="y")  # dy/da = c (c held constant)
    (g,) = gradient(y, [a])
    v = np.array([1.0, -2.0, 0.5, 4.0])
    np.testing.assert_allclose(evaluate(g, {a: v}), 3.0 * v)
    t = tc.placeholder((4,), "float64", "t")
    (dy,) = jvp([y], [a], [t])
    np.testing.assert_allclose(evaluate(dy, {a: v, t: np.ones(4)}), 3.0 * v)


def test_permutation_and_min_max_pow():
    check_vjp(lambda a, b: tc.compute((4, 3), lambda i, j: tc.max(a[j, i], b[i, j])
                                      + tc.min(a[j, i], 0.5) + tc.pow(b[i, j] * b[i, j] + 1.0,
                                                                      a[j, i])),
              [(3, 4), (4, 3)])


def test_pow_at_a_zero_base_or_exponent_has_the_finite_derivative():
    # d/db 0 ** b was log(0) * 0 and d/da a ** 0 was 0 * a ** -1: NaN where the function is
    # constant in that argument (0 ** b for b >= 0, a ** 0), as PyTorch's, in the evaluator
    # and the kernel alike
    a, b = tc.placeholder((4,), "float64", "a"), tc.placeholder((4,), "float64", "b")
    y = tc.compute((4,), lambda i: tc.pow(a[i], b[i]), name="y")
    head = tc.placeholder((4,), "float64", "head")
    ga, gb = gradient(y, [a, b], head)
    feed = {a: np.array([0.0, 0.0, 2.0, 0.0]), b: np.array([2.0, 0.0, 3.0, 0.5]),
            head: np.ones(4)}
    want = [[0.0, 0.0, 12.0, np.inf], [0.0, 0.0, 8.0 * np.log(2.0), 0.0]]
    k = tc.build(tc.create_schedule([ga, gb]), [a, b, head, ga, gb], database=False)
    got = [np.full(4, np.nan), np.full(4, np.nan)]
    k(feed[a], feed[b], feed[head], *got)
    for g in (evaluate([ga, gb], feed), got):
        np.testing.assert_allclose(g, want, rtol=1e-15)


def test_registered_gradient_is_used():
    calls = []

    @register_gradient("test.double")
    def _double(op, adj, x):
        calls.append(op.name)
        return tc.compute(x.shape, lambda i: adj[i] * 2.0, name="custom")
    x = tc.placeholder((3,), "float64", "x")
    y = tc.compute((3,), lambda i: x[i] * 2.0, name="y", tag="test.double")
    (g,) = gradient(y, [x])
    assert calls == ["y"] and g.name == "custom"


def test_unrelated_input_gets_zero_and_errors():
    x = tc.placeholder((3,), "float64", "x")
    z = tc.placeholder((3,), "float64", "z")
    y = tc.compute((3,), lambda i: x[i] + z[i], name="y")
    y2 = tc.compute((3,), lambda i: x[i] * 2.0, name="y2")
    with pytest.raises(tc.DSLShapeError, match="'z' is not part of the graph of 'y2'"):
        gradient(y2, [z])
    gz = gradient(y, [x, z])[1]
    np.testing.assert_allclose(evaluate(gz, {x: np.ones(3), z: np.ones(3)}), np.ones(3))
    h = tc.placeholder((4,), "float64", "h")
    with pytest.raises(tc.DSLShapeError, match="head 'h' has shape"):
        gradient(y, [x], h)
    argmax = tc.comm_reducer(lambda a, b: (tc.if_then_else(a[1] >= b[1], a[0], b[0]),
                                           tc.max(a[1], b[1])),
                             lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    k = tc.reduce_axis(3)
    am = tc.compute((1,), lambda i: argmax((k.var * 1.0, x[k]), axis=k), name="am")
    with pytest.raises(tc.DSLShapeError, match="register_gradient"):
        gradient(am[1], [x])


def test_diff_zero_and_cast():
    x = tc.placeholder((3,), "float32", "x")
    y = tc.placeholder((3,), "float32", "y")
    assert diff(y[0] * 2.0, x[0]) is None
    d = diff(tc.cast("float64", x[0]) * 3.0, x[0])
    assert d is not None and d.dtype == tc.float64
