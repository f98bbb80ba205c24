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
from tcomp.errors import (  # noqa: E402
    ArgumentShapeError,
    ArgumentTypeError,
    ExportError,
    OutOfBoundsError,
)
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


@pytest.mark.parametrize("freeze", [False, True])
@pytest.mark.parametrize(("make", "shape"), [(mlp, (20,)), (cnn, (3, 12, 12))])
def test_compiled_equals_onnxruntime_and_the_forward(make, shape, freeze):
    model = make()
    m = tonnx.load(model)
    run = m.compile(f32(1, *shape), max_shapes=2, freeze=freeze)
    for batch in (1, 4, 1):
        x = f32(batch, *shape)
        got = run(x).numpy()
        np.testing.assert_allclose(got, ort_run(model, {"x": x})[0], rtol=1e-5, atol=1e-5)
        with nn.no_grad():
            np.testing.assert_allclose(got, m(x).numpy(), rtol=1e-5, atol=1e-5)
        np.testing.assert_array_equal(run(x=x).numpy(), got)  # by name
    assert len(run.shapes) == 2
    # frozen, the Gemm (transB) reads its weight transposed once, when compiling
    assert any(k.startswith("linear") for k in run.kernels) is not freeze


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


def test_gather_on_int64_token_ids_compiles():
    """An embedding (Gather on int64 token ids), a mean over the sequence and a linear layer,
    compiled at batch 1 and 4: negative ids count from the end as in numpy and onnxruntime;
    an id out of range is an error at run time, never a read outside the table."""
    table = f32(10, 8)
    nodes = [h.make_node("Gather", ["t", "ids"], ["e"]),
             h.make_node("ReduceMean", ["e", "ax"], ["m"], keepdims=0),
             h.make_node("Gemm", ["m", "w", "b"], ["y"], transB=1)]
    g = h.make_graph(nodes, "bag", [h.make_tensor_value_info("ids", TP.INT64, ["N", 5])],
                     [h.make_tensor_value_info("y", TP.FLOAT, ["N", 3])],
                     [nh.from_array(table, "t"), nh.from_array(np.array([1], np.int64), "ax"),
                      nh.from_array(f32(3, 8), "w"), nh.from_array(f32(3), "b")])
    model = graph_model(g, 18)
    m = tonnx.load(model)
    with pytest.raises(ArgumentTypeError, match=r"input 'ids' is not a float tensor of declared "
                       r"shape; pass an example"):
        m.compile()
    ids = R.integers(-10, 10, (4, 5)).astype(np.int64)
    ids[0, :2] = (-1, -10)
    run = m.compile(ids[:1], max_shapes=2)
    for batch in (ids[:1], ids, ids[::-1].copy(), np.roll(ids[:1], 2)):
        np.testing.assert_allclose(run(batch).numpy(), ort_run(model, {"ids": batch})[0],
                                   rtol=1e-5, atol=1e-5)
    for bad in (10, -11):
        wrong = ids.copy()
        wrong[2, 3] = bad
        with pytest.raises(OutOfBoundsError, match=r"kernel 'take': read of .* is out of "
                           r"bounds"):
            run(wrong)
    np.testing.assert_allclose(run(ids).numpy(), ort_run(model, {"ids": ids})[0], rtol=1e-5,
                               atol=1e-5)


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
