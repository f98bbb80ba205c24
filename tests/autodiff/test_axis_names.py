"""Axis names of derived stages are unique per stage, so a saved schedule of a gradient graph
replays onto a freshly derived one (replay finds loops by name)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from autotune import workloads
from tcomp.autodiff import gradient, hvp, jvp
from tcomp.dsl import ComputeOp, PlaceholderOp, evaluate, topo_ops
from tcomp.ops.activation import gelu_tanh
from tcomp.ops.capsule import dynamic_routing, squash
from tcomp.ops.common import elementwise
from tcomp.ops.conv import conv2d, pool2d
from tcomp.ops.linalg import batch_matmul, dense, embedding, matmul
from tcomp.ops.losses import cross_entropy
from tcomp.ops.reduce import layer_norm, reduce, softmax, softmax_last, var


def _shape(t):
    return tuple(int(d.value) for d in t.shape)


def _squash():
    X = tc.placeholder((2, 3, 4), "float64", "X")
    return squash(X), [X]


def _routing():
    (v,), (u, W, _) = workloads.capsule_routing(batch=2, in_caps=3, out_caps=2, in_dim=2,
                                                out_dim=3, iterations=2)
    return v, [u, W]


def _softmax():
    X = tc.placeholder((3, 5), "float32", "X")
    return softmax_last(X), [X]


def _row_softmax():
    X = tc.placeholder((3, 5), "float32", "X")
    return softmax(X)[-1], [X]


def _layer_norm():
    X = tc.placeholder((2, 3, 4), "float64", "X")
    W = tc.placeholder((4,), "float64", "W")
    B = tc.placeholder((4,), "float64", "B")
    return layer_norm(X, W, B), [X, W, B]


def _embedding():
    Wt = tc.placeholder((6, 3), "float64", "Wt")
    idx = tc.placeholder((2, 4), "int64", "idx")
    return embedding(Wt, idx), [Wt]


REPLAYED = {"squash": _squash, "dynamic_routing": _routing, "softmax": _softmax,
            "row_softmax": _row_softmax, "layer_norm": _layer_norm, "embedding": _embedding}


def _grad_graph(make):
    y, xs = make()
    head = tc.placeholder(_shape(y), y.dtype, "head")
    return gradient(y, xs, head)


def _touch_every_stage(s):
    """Reverse every compute stage's loops (reduction axes too) and split its first one."""
    for st in s.stages:
        if not isinstance(st.op, ComputeOp):
            continue
        leaves = list(st.leaf_iter_vars)
        if len(leaves) > 1:
            st.reorder(*reversed(leaves))
        if leaves and _extent(leaves[-1]) > 1:
            st.split(leaves[-1], factor=2)


def _extent(iv):
    e = iv.dom.extent
    return int(e.value) if hasattr(e, "value") else 2


def _inputs(outs, rng):
    feed = {}
    for op in topo_ops(outs):
        if isinstance(op, PlaceholderOp):
            t = op.output(0)
            shp = _shape(t)
            feed[t] = (rng.integers(0, 2, shp).astype(t.dtype.np) if t.dtype.is_int
                       else rng.standard_normal(shp).astype(t.dtype.np))
    return feed


def _run(s, outs, feed):
    args = [t for t in feed]
    f = tc.build(s, [*args, *outs])
    res = [np.zeros(_shape(o), o.dtype.np) for o in outs]
    f(*[feed[a] for a in args], *res)
    return res


@pytest.mark.parametrize("op", sorted(REPLAYED))
def test_gradient_schedule_replays_on_a_fresh_graph(op):
    make = REPLAYED[op]
    grads = _grad_graph(make)
    s = tc.create_schedule(grads)
    _touch_every_stage(s)
    trace = s.trace_json()
    fresh = _grad_graph(make)
    s2 = tc.replay(fresh, trace)
    assert s2.trace_json() == trace
    rng = np.random.default_rng(0)
    feed = _inputs(grads, rng)
    got = _run(s, grads, feed)
    by_name = {t.op.name: a for t, a in feed.items()}
    feed2 = {t: by_name[t.op.name] for t in _inputs(fresh, rng)}
    again = _run(s2, fresh, feed2)
    want = evaluate(grads, feed)
    for g, a, w in zip(got, again, want, strict=True):
        np.testing.assert_array_equal(g, a)
        tol = 1e-4 if g.dtype == np.float32 else 1e-10
        np.testing.assert_allclose(g, w, rtol=tol, atol=tol)


def _every_op():
    """(name, output, float inputs) of each declaration in tcomp.ops."""
    def ph(shape, name, dt="float64"):
        return tc.placeholder(shape, dt, name)
    X3, X4 = ph((2, 3, 4), "X"), ph((1, 4, 6, 6), "I")
    A, B = ph((3, 4), "A"), ph((4, 5), "B")
    yield "elementwise", elementwise(lambda a, b: a * tc.exp(b), [ph((3, 4), "P"),
                                                                    ph((4,), "Q")], (3, 4)), None
    for kind in ("sum", "mean", "max", "min"):
        yield f"reduce_{kind}", reduce(X3, [0, 2], kind), [X3]
        yield f"reduce_{kind}_keep", reduce(X3, [1], kind, keepdims=True), [X3]
    yield "var", var(X3, [1, 2], correction=1), [X3]
    P, Q = ph((2, 3, 4), "P"), ph((2, 4, 5), "Q")
    yield "batch_matmul", batch_matmul(P, Q), [P, Q]
    Wc = ph((4, 2, 3, 3), "Wc")
    yield "conv2d", conv2d(X4, Wc, stride=2, padding=1, dilation=1, groups=2), [X4, Wc]
    yield "pool2d_max", pool2d(X4, 2, 2, "max"), [X4]
    yield "pool2d_avg", pool2d(X4, 3, 1, "avg"), [X4]
    yield "softmax_last", softmax_last(X3), [X3]
    yield "log_softmax_last", softmax_last(X3, log=True), [X3]
    W1, B1 = ph((4,), "W"), ph((4,), "B")
    yield "layer_norm", layer_norm(X3, W1, B1), [X3, W1, B1]
    Wt, idx = ph((6, 3), "Wt"), ph((2, 4), "idx", "int64")
    yield "embedding", embedding(Wt, idx), [Wt]
    lg, tg = ph((4, 5), "logits"), ph((4,), "target", "int64")
    yield "cross_entropy", cross_entropy(lg, tg), [lg]
    yield "squash", squash(X3), [X3]
    U = ph((2, 3, 2, 4), "U")
    yield "dynamic_routing", dynamic_routing(U, 3), [U]
    yield "matmul", matmul(A, B), [A, B]
    D = ph((5, 4), "D")
    yield "dense", dense(A, D), [A, D]
    Xg, Wg, Bg = ph((3, 4), "Xg"), ph((4,), "Wg"), ph((4,), "Bg")
    yield "gelu_tanh", gelu_tanh(Xg, Wg, Bg)[-1], [Xg, Wg, Bg]
    yield "row_softmax", softmax(A)[-1], [A]


def _stage_axis_names(outs):
    """{stage name: its axis names} for every compute with two axes of one name."""
    bad = {}
    for op in topo_ops(outs):
        if isinstance(op, ComputeOp):
            names = [iv.var.name for iv in (*op.axis, *op.reduce_axis)]
            if len(set(names)) != len(names):
                bad[op.name] = names
    return bad


@pytest.mark.parametrize("case", list(_every_op()), ids=lambda c: c[0])
def test_derived_stages_name_their_axes_apart(case):
    _, y, xs = case
    if xs is None:
        xs = [op.output(0) for op in topo_ops(y) if isinstance(op, PlaceholderOp)]
    head = tc.placeholder(_shape(y), y.dtype, "head")
    outs = list(gradient(y, xs, head))
    tans = [tc.placeholder(_shape(x), x.dtype, f"t{k}") for k, x in enumerate(xs)]
    outs.append(jvp(y, xs, tans))
    loss = y if not _shape(y) else reduce(y, list(range(len(_shape(y)))), "sum")
    outs += hvp(loss, xs, tans)
    assert _stage_axis_names(outs) == {}
