"""OnnxModule.compile: an imported graph as one call, equal to onnxruntime and to the
node-by-node forward, seeing fine-tuned weights."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import graph_model, ort_run  # noqa: E402

import tcomp.onnx as tonnx  # noqa: E402
from tcomp import nn  # noqa: E402
from tcomp.errors import ArgumentShapeError, ArgumentTypeError, ExportError  # noqa: E402
from tcomp.nn import functional as F  # noqa: E402

h, nh, TP = onnx.helper, onnx.numpy_helper, onnx.TensorProto
R = np.random.default_rng(21)


def f32(*shape: int, scale: float = 1.0) -> np.ndarray:
    return (R.standard_normal(shape) * scale).astype(np.float32)


def mlp(batch: int | str = "N") -> onnx.ModelProto:
    nodes = [h.make_node("Gemm", ["x", "w1", "b1"], ["h"], transB=1),
             h.make_node("Relu", ["h"], ["r"]),
             h.make_node("MatMul", ["r", "w2"], ["m"]),
             h.make_node("Add", ["m", "b2"], ["a"]),
             h.make_node("Softmax", ["a"], ["y"], axis=-1)]
    inits = [nh.from_array(f32(32, 20, scale=0.3), "w1"), nh.from_array(f32(32, scale=0.1), "b1"),
             nh.from_array(f32(32, 6, scale=0.3), "w2"), nh.from_array(f32(6, scale=0.1), "b2")]
    g = h.make_graph(nodes, "mlp", [h.make_tensor_value_info("x", TP.FLOAT, [batch, 20])],
                     [h.make_tensor_value_info("y", TP.FLOAT, [batch, 6])], inits)
    return graph_model(g, 17)


def cnn() -> onnx.ModelProto:
    nodes = [h.make_node("Conv", ["x", "c1.w", "c1.b"], ["c1"], pads=[1, 1, 1, 1]),
             h.make_node("BatchNormalization", ["c1", "bn.s", "bn.b", "bn.m", "bn.v"], ["n"]),
             h.make_node("Relu", ["n"], ["r1"]),
             h.make_node("MaxPool", ["r1"], ["p1"], kernel_shape=[2, 2], strides=[2, 2]),
             h.make_node("Conv", ["p1", "c2.w", "c2.b"], ["c2"], pads=[1, 1, 1, 1]),
             h.make_node("Relu", ["c2"], ["r2"]),
             h.make_node("GlobalAveragePool", ["r2"], ["g"]),
             h.make_node("Flatten", ["g"], ["f"]),
             h.make_node("Gemm", ["f", "fc.w", "fc.b"], ["y"], transB=1)]
    inits = [nh.from_array(f32(8, 3, 3, 3, scale=0.4), "c1.w"),
             nh.from_array(f32(8, scale=0.1), "c1.b"),
             nh.from_array(1 + f32(8, scale=0.1), "bn.s"), nh.from_array(f32(8, scale=0.1), "bn.b"),
             nh.from_array(f32(8, scale=0.1), "bn.m"),
             nh.from_array(1 + np.abs(f32(8, scale=0.1)), "bn.v"),
             nh.from_array(f32(16, 8, 3, 3, scale=0.2), "c2.w"),
             nh.from_array(f32(16, scale=0.1), "c2.b"),
             nh.from_array(f32(10, 16, scale=0.3), "fc.w"), nh.from_array(f32(10), "fc.b")]
    g = h.make_graph(nodes, "cnn", [h.make_tensor_value_info("x", TP.FLOAT, ["N", 3, 12, 12])],
                     [h.make_tensor_value_info("y", TP.FLOAT, ["N", 10])], inits)
    return graph_model(g, 17)


@pytest.mark.parametrize(("make", "shape"), [(mlp, (20,)), (cnn, (3, 12, 12))])
def test_compiled_equals_onnxruntime_and_the_forward(make, shape):
    model = make()
    m = tonnx.load(model)
    run = m.compile(f32(1, *shape), max_shapes=2)
    for batch in (1, 4, 1):
        x = f32(batch, *shape)
        got = run(x).numpy()
        np.testing.assert_allclose(got, ort_run(model, {"x": x})[0], rtol=1e-5, atol=1e-5)
        with nn.no_grad():
            np.testing.assert_allclose(got, m(x).numpy(), rtol=1e-5, atol=1e-5)
        np.testing.assert_array_equal(run(x=x).numpy(), got)  # by name
    assert len(run.shapes) == 2


def test_compile_without_an_example_and_its_errors():
    model = mlp(batch=3)
    m = tonnx.load(model)
    run = m.compile()
    x = f32(3, 20)
    np.testing.assert_allclose(run(x).numpy(), ort_run(model, {"x": x})[0], rtol=1e-5,
                               atol=1e-5)
    np.testing.assert_array_equal(m.compile({"x": x})(x).numpy(), run(x).numpy())
    with pytest.raises(ArgumentShapeError, match=r"compile: dimension 0 of input 'x' \(N\) "
                       r"has no fixed size; pass an example"):
        tonnx.load(mlp()).compile()
    with pytest.raises(ArgumentTypeError, match=r"the example names \['y'\]; the inputs are "
                       r"\['x'\]"):
        m.compile({"y": x})
    with pytest.raises(ArgumentTypeError, match=r"'x' has dtype float64; the model was "
                       r"compiled for float32"):
        run(x.astype(np.float64))
    with pytest.raises(ArgumentShapeError, match=r"'x' has shape \(4, 20\); the model was "
                       r"compiled for \(3, 20\)"):
        run(f32(4, 20))
    with pytest.raises(ArgumentTypeError, match=r"input 'z' is not an input of the model"):
        run(z=x)
    with pytest.raises(ExportError, match=r"the model takes 1 input\(s\) \['x'\], the example "
                       r"has 2"):
        m.compile((x, x))


def test_integer_input_needs_an_example_and_gather_on_it_is_refused():
    """Integer graph inputs run through numpy (Gather wraps negative indices there), which
    the trace can't follow: compiling such a graph is an error, never a stale constant."""
    table = f32(10, 4)
    g = h.make_graph([h.make_node("Gather", ["t", "i"], ["g"]), h.make_node("Relu", ["g"], ["y"])],
                     "gather", [h.make_tensor_value_info("i", TP.INT64, [3])],
                     [h.make_tensor_value_info("y", TP.FLOAT, [3, 4])],
                     [nh.from_array(table, "t")])
    model = graph_model(g, 17)
    m = tonnx.load(model)
    with pytest.raises(ArgumentTypeError, match=r"input 'i' is not a float tensor of declared "
                       r"shape; pass an example"):
        m.compile()
    with pytest.raises(ExportError, match=r"input in1 of op 'take' \(kernel 1 of 2 the "
                       r"forward launches\) is an array computed outside tcomp kernels"):
        m.compile(np.array([1, 2, 3], np.int64))
    i = np.array([9, 0, -4], np.int64)  # the node-by-node forward runs it
    np.testing.assert_allclose(m(i).numpy(), ort_run(model, {"i": i})[0], rtol=1e-5, atol=1e-5)


def test_fine_tuned_weights_are_seen():
    m = tonnx.load(mlp())
    x = f32(6, 20)
    run = m.compile(x)
    before = run(x).numpy()
    labels = np.arange(6)
    opt = nn.Adam(m.parameters(), lr=0.05)
    for _ in range(2):
        opt.zero_grad()
        F.cross_entropy(m(x), labels).backward()
        opt.step()
    got = run(x).numpy()
    assert np.abs(got - before).max() > 1e-3
    with nn.no_grad():
        np.testing.assert_allclose(got, m(x).numpy(), rtol=1e-5, atol=1e-5)
