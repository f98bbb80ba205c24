"""A DSL graph as JSON and back (``tcomp.dsl.serial``): the rebuilt graph has the same
workload key and computes the same values; malformed data is refused with the field named."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tcomp as tc
from autotune import workloads as W
from tcomp.autodiff import gradient
from tcomp.build import workload_key
from tcomp.dsl import evaluate
from tcomp.dsl.serial import GraphFormatError, graph_from_json, graph_to_json, workload
from tcomp.testing import random_inputs
from tcomp.testing.fuzz.generate import generate
from tcomp.testing.fuzz.render import to_dsl


def _round_trip(outs, args):
    data = json.loads(json.dumps(graph_to_json(outs, args)))  # plain JSON, no Python objects
    o2, a2 = graph_from_json(data)
    assert workload_key(o2, a2) == workload_key(outs, args)
    assert [t.name for t in a2] == [t.name for t in args]
    return o2, a2


@pytest.mark.parametrize("name", ["matmul", "conv2d", "softmax", "layer_norm", "lstm_cell",
                                  "capsule_routing", "attention_head", "maxpool_relu",
                                  "causal_conv1d", "capsule_squash"])
def test_built_in_workloads_round_trip(name):
    outs, args = getattr(W, name)()
    _round_trip(outs, args)


def test_gradient_graphs_round_trip_and_compute_the_same():
    outs, args = W.conv2d(c=4, k=5, size=9)
    (Y,) = outs
    X, Wt = args[:2]
    head = tc.placeholder(tuple(int(d.value) for d in Y.shape), name="head")
    gx, gw = gradient(Y, [X, Wt], head)
    for g in (gx, gw):
        gargs = [X, Wt, head, g]
        used = [a for a in gargs if a is g or a in _placeholders(g)]
        o2, a2 = _round_trip([g], used)
        f1 = tc.build(tc.auto_schedule(g), used)
        f2 = tc.build(tc.auto_schedule(o2[0]), a2)
        ins = random_inputs(used[:-1], np.random.default_rng(0))
        out1 = np.empty([int(d.value) for d in g.shape], np.float32)
        out2 = np.empty_like(out1)
        f1(*ins, out1)
        f2(*ins, out2)
        np.testing.assert_array_equal(out1, out2)


def _placeholders(t):
    from tcomp.dsl.printer import topo_ops

    return [op.output(0) for op in topo_ops([t]) if not hasattr(op, "body")]


def test_symbolic_dims_tuple_reducers_lifted_reductions_and_special_constants():
    n = tc.var("n")
    X = tc.placeholder((n, 8), name="X")
    k = tc.reduce_axis(8, name="k")
    argmax = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    idx, val = tc.compute((n,), lambda i: argmax((k, X[i, k]), axis=k), name="am")
    k2 = tc.reduce_axis((1, 8), name="k2")
    # a reduction inside a larger expression: lifted into a stage of its own
    Y = tc.compute((n, 8), lambda i, j: tc.if_then_else(
        X[i, j] > float("inf"), float("nan"), X[i, j] - tc.sum(X[i, k2], axis=k2)) +
        tc.cast("float32", idx[i] == 3), name="Y")
    assert Y.reductions
    o2, a2 = _round_trip([Y, val], [X, Y, val])
    assert len(o2[0].reductions) == len(Y.reductions)
    f1 = tc.build(tc.auto_schedule([Y, val]), [X, Y, val])
    f2 = tc.build(tc.auto_schedule(o2), a2)
    x = np.random.default_rng(1).standard_normal((5, 8)).astype(np.float32)
    r1 = [np.empty((5, 8), np.float32), np.empty(5, np.float32)]
    r2 = [np.empty_like(r) for r in r1]
    f1(x, *r1)
    f2(x, *r2)
    for a, b in zip(r1, r2, strict=True):
        np.testing.assert_array_equal(a, b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**31))
def test_fuzzer_programs_round_trip(seed):
    outs, args, _ = to_dsl(generate(seed))
    _round_trip(outs, args)


def test_the_workload_factory_rebuilds_for_the_tuner():
    from autotune.workloads import Workload

    outs, args = W.softmax(n=4, m=32)
    w = Workload("tcomp.dsl.serial:workload", {"graph": graph_to_json(outs, args)})
    o2, a2 = w.build()
    assert workload_key(o2, a2) == workload_key(outs, args)
    assert workload(graph_to_json(outs, args))[1][0].name == "X"


def _good():
    outs, args = W.softmax(n=4, m=32)
    return json.loads(json.dumps(graph_to_json(outs, args)))


@pytest.mark.parametrize("mutate,match", [
    (lambda d: d.update(format="tcomp-graph/9"), r"format must be 'tcomp-graph/1'"),
    (lambda d: d["ops"][1]["body"][0].update(reduce=99), r"ops\[1\]\.body\.reduce: reference "
                                                         r"99 is not in 0\.\.1"),
    (lambda d: d["ops"][0].update(dtype="float128"), r"ops\[0\]\.dtype: 'float128' is not a "
                                                     r"dtype"),
    (lambda d: d["outputs"].append([7, 0]), r"outputs: reference 7 is not in 0\.\.4"),
    (lambda d: d["vars"][0].update(name=3), r"vars\[0\]\.name must be a str, got int 3"),
    (lambda d: d["ops"][0]["shape"][0].update(const=1.5), r"ops\[0\]\.shape must be a int64 "
                                                          r"constant \(got 1\.5\)"),
    (lambda d: d["ops"][4]["body"][0].update(binary="@"), r"'@' is not an operator"),
    (lambda d: d["ops"].append({"loop": 1}), r"ops\[5\]: neither a placeholder nor a compute"),
    (lambda d: d["ops"][4].update(attrs={"axis": [1, 2]}), r"ops\[4\]\.attrs\.axis must be a "
                                                           r"number, string, bool or null"),
    (lambda d: d["ops"][0]["shape"][0].update(const={"float": "1e999"}),
     r"ops\[0\]\.shape must be a non-finite float spelled"),
    (lambda d: d["ops"][1]["body"].append("exec('x')"), r"must be an expression object, got "
                                                        r"str"),
])
def test_malformed_graphs_are_refused_naming_the_field(mutate, match):
    d = _good()
    mutate(d)
    with pytest.raises(GraphFormatError, match=match):
        graph_from_json(d)


def test_only_tensors_are_written():
    with pytest.raises(TypeError, match="graph_to_json takes tensors"):
        graph_to_json(["X"])


def test_args_bind_the_graph_to_given_placeholders():
    """``args=``: the rebuilt outputs read the given placeholders (as an nn op rebuilds a
    graph over its own); a placeholder of another shape or dtype, or a count that differs,
    is refused."""
    x = tc.placeholder((3, 4), "float32", "x")
    y = tc.compute((3, 4), lambda i, j: x[i, j] * 2.0, name="y")
    data = graph_to_json([y], [x])
    mine = tc.placeholder((3, 4), "float32", "mine")
    (out,), args = graph_from_json(data, args=[mine])
    assert args == [mine] and out.op.body[0].a.tensor is mine
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    np.testing.assert_array_equal(evaluate([out], {mine: a})[0], a * 2)
    with pytest.raises(GraphFormatError, match=r"ops\[0\] \(x\) is not a placeholder of "
                                               r"shape \[3, 5\]"):
        graph_from_json(data, args=[tc.placeholder((3, 5), "float32", "z")])
    with pytest.raises(GraphFormatError, match=r"1 argument.*2 placeholder"):
        graph_from_json(data, args=[mine, mine])
