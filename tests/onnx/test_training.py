"""Imported models train: gradients of an imported Gemm against tcomp.nn.Linear and central
differences, and an MLP and a small CNN fine-tuned with tcomp.nn's optimizers, then exported
again and run in onnxruntime (the transformer block's round trip: test_export.py)."""

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
from tcomp.nn import functional as F  # noqa: E402

h, nh, TP = onnx.helper, onnx.numpy_helper, onnx.TensorProto
R = np.random.default_rng(11)


@pytest.fixture(autouse=True)
def _fresh_rng() -> None:
    """Each test draws its data from a generator of its own, whatever ran before it in the
    worker: the CNN's six Adam steps fell short of their loss target for some draws, which
    made it fail only after one other test."""
    global R
    R = np.random.default_rng(11)


def f32(*shape: int, scale: float = 1.0) -> np.ndarray:
    return (R.standard_normal(shape) * scale).astype(np.float32)


def mlp_model() -> onnx.ModelProto:
    nodes = [h.make_node("Gemm", ["x", "fc1.weight", "fc1.bias"], ["h"], transB=1),
             h.make_node("Relu", ["h"], ["r"]),
             h.make_node("Gemm", ["r", "fc2.weight", "fc2.bias"], ["y"], transB=1)]
    inits = [nh.from_array(f32(16, 8, scale=0.4), "fc1.weight"),
             nh.from_array(f32(16, scale=0.1), "fc1.bias"),
             nh.from_array(f32(3, 16, scale=0.3), "fc2.weight"),
             nh.from_array(f32(3, scale=0.1), "fc2.bias")]
    g = h.make_graph(nodes, "mlp", [h.make_tensor_value_info("x", TP.FLOAT, ["N", 8])],
                     [h.make_tensor_value_info("y", TP.FLOAT, ["N", 3])], inits)
    return graph_model(g, 13)


def test_imported_gemm_gradients_equal_linear() -> None:
    model = mlp_model()
    m = tonnx.load(model)
    p = dict(m.named_parameters())
    fc1, fc2 = nn.Linear(8, 16), nn.Linear(16, 3)
    for lin, name in ((fc1, "fc1"), (fc2, "fc2")):
        lin.weight.data = p[f"{name}.weight"].numpy().copy()
        lin.bias.data = p[f"{name}.bias"].numpy().copy()
    x, t = f32(5, 8), f32(5, 3)
    F.mse_loss(m(x), nn.Tensor(t)).backward()
    F.mse_loss(fc2(F.relu(fc1(nn.Tensor(x)))), nn.Tensor(t)).backward()
    for lin, name in ((fc1, "fc1"), (fc2, "fc2")):
        np.testing.assert_allclose(p[f"{name}.weight"].grad.numpy(), lin.weight.grad.numpy(),
                                   rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(p[f"{name}.bias"].grad.numpy(), lin.bias.grad.numpy(),
                                   rtol=1e-5, atol=1e-6)


def test_gemm_gradients_match_central_differences() -> None:
    """Gemm with transA, alpha and beta in float64: d sum(Y * G) / d(B, C) by autograd and by
    central differences."""
    a, b, c = R.standard_normal((4, 3)), R.standard_normal((4, 5)), R.standard_normal((1, 5))
    g = h.make_graph([h.make_node("Gemm", ["a", "b", "c"], ["y"], transA=1, alpha=0.7,
                                  beta=1.3)], "gemm",
                     [h.make_tensor_value_info("a", TP.DOUBLE, [4, 3])],
                     [h.make_tensor_value_info("y", TP.DOUBLE, [3, 5])],
                     [nh.from_array(b, "b"), nh.from_array(c, "c")])
    m = tonnx.load(graph_model(g, 13))
    adj = R.standard_normal((3, 5))
    (m(a) * nn.Tensor(adj)).sum().backward()
    params = dict(m.named_parameters())

    def loss() -> float:
        with nn.no_grad():
            return float((m(a).numpy() * adj).sum())

    for name in ("b", "c"):
        p = params[name]
        num = np.zeros(p.shape)
        for i in np.ndindex(p.shape):
            base = p.data.copy()
            for sign in (1, -1):
                moved = base.copy()
                moved[i] += sign * 1e-6
                p.data = moved
                num[i] += sign * loss() / 2e-6
            p.data = base
        np.testing.assert_allclose(p.grad.numpy(), num, rtol=1e-6, atol=1e-8)


def test_mlp_fine_tunes() -> None:
    model = mlp_model()
    m = tonnx.load(model)
    x = f32(32, 8)
    labels = (x[:, 0] > 0).astype(np.int64) + (x[:, 1] > 0)
    np.testing.assert_allclose(m(x).numpy(), ort_run(model, {"x": x})[0], rtol=1e-5, atol=1e-5)
    opt = nn.SGD(m.parameters(), lr=0.2)
    losses = []
    for _ in range(8):
        opt.zero_grad()
        loss = F.cross_entropy(m(x), labels)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.8 * losses[0], losses
    _exported_again_runs_in_onnxruntime(m, model, x)


def _exported_again_runs_in_onnxruntime(m: tonnx.OnnxModule, original: onnx.ModelProto,
                                        x: np.ndarray) -> None:
    """The fine-tuned module, exported with tcomp.onnx.export: onnxruntime gives its outputs
    (to 1e-5) on the example and another batch, not the original model's."""
    proto = tonnx.export(m, x, None)
    onnx.checker.check_model(proto, full_check=True)
    name = proto.graph.input[0].name
    for xb in (x, f32(3, *x.shape[1:])):
        want = m(xb).numpy()
        got = ort_run(proto, {name: xb})[0]
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
        assert np.abs(ort_run(original, {"x": xb})[0] - want).max() > 1e-3  # trained weights


def cnn_model() -> onnx.ModelProto:
    nodes = [h.make_node("Conv", ["x", "conv.w", "conv.b"], ["c"], pads=[1, 1, 1, 1]),
             h.make_node("BatchNormalization", ["c", "bn.s", "bn.b", "bn.m", "bn.v"], ["n"]),
             h.make_node("Relu", ["n"], ["r"]),
             h.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
             h.make_node("Flatten", ["p"], ["f"]),
             h.make_node("Gemm", ["f", "fc.w", "fc.b"], ["y"], transB=1)]
    inits = [nh.from_array(f32(4, 1, 3, 3, scale=0.5), "conv.w"),
             nh.from_array(f32(4, scale=0.1), "conv.b"),
             nh.from_array(1 + f32(4, scale=0.1), "bn.s"), nh.from_array(f32(4, scale=0.1), "bn.b"),
             nh.from_array(f32(4, scale=0.1), "bn.m"),
             nh.from_array(1 + np.abs(f32(4, scale=0.1)), "bn.v"),
             nh.from_array(f32(2, 4 * 4 * 4, scale=0.2), "fc.w"),
             nh.from_array(np.zeros(2, np.float32), "fc.b")]
    g = h.make_graph(nodes, "cnn", [h.make_tensor_value_info("x", TP.FLOAT, ["N", 1, 8, 8])],
                     [h.make_tensor_value_info("y", TP.FLOAT, ["N", 2])], inits)
    return graph_model(g, 15)


def test_cnn_fine_tunes() -> None:
    model = cnn_model()
    m = tonnx.load(model)
    x = f32(16, 1, 8, 8)
    x[:8, :, :4] += 1.5  # class 1: a bright upper half
    labels = np.array([1] * 8 + [0] * 8, np.int64)
    np.testing.assert_allclose(m(x).numpy(), ort_run(model, {"x": x})[0], rtol=1e-4, atol=1e-5)
    opt = nn.Adam(m.parameters(), lr=0.02)
    losses = []
    for _ in range(6):
        opt.zero_grad()
        loss = F.cross_entropy(m(x), labels)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.7 * losses[0], losses
    _exported_again_runs_in_onnxruntime(m, model, x)
    assert sorted(n for n, _ in m.named_parameters()) == ["bn.b", "bn.s", "conv.b", "conv.w",
                                                          "fc.b", "fc.w"]


@pytest.mark.parametrize(("op", "shape", "attrs", "consts"), [
    ("MaxPool", (1, 2, 6, 7), {"kernel_shape": [2, 3], "strides": [1, 2], "dilations": [2, 1],
                               "pads": [1, 0, 0, 1]}, []),
    ("AveragePool", (2, 2, 9), {"kernel_shape": [3], "strides": [2], "pads": [1, 1]}, []),
    ("Pad", (2, 5), {"mode": "reflect"}, [np.array([1, 2, 0, 3], np.int64)]),
    ("Pad", (2, 5), {}, [np.array([1, 2, 0, 3], np.int64), np.array(-0.5)]),
    ("Conv", (1, 2, 3, 4, 3), {"group": 2, "strides": [1, 2, 1], "pads": [1, 0, 0, 0, 1, 1]},
     [R.standard_normal((4, 1, 2, 2, 2))]),
    ("BatchNormalization", (3, 2, 2), {"training_mode": 1},
     [R.standard_normal(2), R.standard_normal(2), R.standard_normal(2), np.ones(2)]),
])
def test_input_gradients_match_central_differences(op: str, shape: tuple[int, ...],
                                                   attrs: dict[str, object],
                                                   consts: list[np.ndarray]) -> None:
    """Ops built from slices, concats and gathers (not one tcomp kernel), 3-D convolution and
    batch norm on batch statistics differentiate too: d sum(Y * G) / dX by autograd and by
    central differences, float64."""
    ins = [h.make_tensor_value_info("x", TP.DOUBLE, list(shape))]
    inits = [nh.from_array(c, f"c{k}") for k, c in enumerate(consts)]
    node = h.make_node(op, ["x", *(i.name for i in inits)], ["y"], **attrs)
    g = h.make_graph([node], "g", ins, [onnx.ValueInfoProto(name="y")], inits)
    m = tonnx.load(graph_model(g, 19))
    x = R.standard_normal(shape)
    xt = nn.Tensor(x, requires_grad=True)
    y = m(xt)
    adj = R.standard_normal(y.shape)
    (y * nn.Tensor(adj)).sum().backward()
    num = np.zeros(shape)
    for i in np.ndindex(shape):
        for sign in (1, -1):
            moved = x.copy()
            moved[i] += sign * 1e-6
            with nn.no_grad():
                num[i] += sign * float((m(moved).numpy() * adj).sum()) / 2e-6
    np.testing.assert_allclose(xt.grad.numpy(), num, rtol=1e-6, atol=1e-8)


def test_pad_value_from_the_inputs_gets_its_gradient() -> None:
    """A Pad whose constant_value is a graph input: onnxruntime's values; the input's
    gradient is the upstream gradient inside, the value's its sum over the pads."""
    ins = [h.make_tensor_value_info("x", TP.DOUBLE, [2, 3]),
           h.make_tensor_value_info("v", TP.DOUBLE, [])]
    node = h.make_node("Pad", ["x", "p", "v"], ["y"])
    g = h.make_graph([node], "g", ins, [onnx.ValueInfoProto(name="y")],
                     [nh.from_array(np.array([1, 0, 0, 2], np.int64), "p")])
    model = graph_model(g, 19)
    m = tonnx.load(model)
    x, v = R.standard_normal((2, 3)), np.array(0.7)
    xt, vt = nn.Tensor(x, requires_grad=True), nn.Tensor(v, requires_grad=True)
    y = m(xt, vt)
    np.testing.assert_array_equal(y.numpy(), ort_run(model, {"x": x, "v": v})[0])
    adj = R.standard_normal(y.shape)
    (y * nn.Tensor(adj)).sum().backward()
    np.testing.assert_array_equal(xt.grad.numpy(), adj[1:, :3])
    inside = np.zeros(adj.shape, bool)
    inside[1:, :3] = True
    np.testing.assert_allclose(vt.grad.numpy(), adj[~inside].sum(), rtol=1e-12)
