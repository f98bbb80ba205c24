"""ConvTranspose: against onnxruntime over strides, pads, dilations, groups, output_padding,
output_shape, auto_pad and 1-D/2-D/3-D inputs; its derived gradients against central
differences; the DSL evaluator on its compute and gradients; and the errors for bad
attributes."""

from __future__ import annotations

import os
import sys
from typing import Any

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import compare, graph_model, ort_run, single_node_model  # noqa: E402

import tcomp as tc  # noqa: E402
import tcomp.onnx as tonnx  # noqa: E402
from tcomp import nn  # noqa: E402
from tcomp.autodiff import gradient  # noqa: E402
from tcomp.dsl.eval import evaluate  # noqa: E402
from tcomp.onnx.nn_ops import build_conv_transpose  # noqa: E402

h, nh, TP = onnx.helper, onnx.numpy_helper, onnx.TensorProto
R = np.random.default_rng(5)


def f32(*shape: int) -> np.ndarray:
    return R.uniform(-2, 2, shape).astype(np.float32)


def _model(x: np.ndarray, w: np.ndarray, b: np.ndarray | None, attrs: dict[str, Any],
           opset: int = 17) -> Any:
    ins = [("x", x, "x"), ("w", w, "c")] + ([("b", b, "c")] if b is not None else [])
    return single_node_model("ConvTranspose", ins, attrs, opset, name="ct")


CASES = [  # (input shape, weight shape, attributes)
    ((1, 2, 4, 4), (2, 3, 3, 3), {}),
    ((2, 2, 4, 5), (2, 3, 3, 2), {"strides": [2, 3], "pads": [1, 0, 2, 1]}),
    ((1, 3, 4, 4), (3, 2, 4, 4), {"strides": [2, 2], "pads": [1, 1, 1, 1]}),
    ((1, 4, 3, 3), (4, 2, 3, 3), {"group": 2, "dilations": [2, 1], "strides": [2, 2],
                                  "output_padding": [1, 1]}),
    ((2, 6, 4, 4), (6, 1, 3, 3), {"group": 6, "strides": [2, 2], "pads": [1, 1, 1, 1],
                                  "output_padding": [1, 1]}),
    ((1, 2, 3, 3), (2, 2, 3, 3), {"strides": [3, 1], "dilations": [3, 3],
                                  "output_padding": [2, 0]}),
    ((1, 3, 5), (3, 2, 4), {"strides": [3], "auto_pad": "SAME_UPPER"}),
    ((1, 3, 5), (3, 2, 4), {"strides": [3], "auto_pad": "SAME_LOWER"}),
    ((1, 3, 5), (3, 2, 1), {"strides": [3], "auto_pad": "SAME_UPPER"}),
    ((1, 3, 5), (3, 2, 4), {"strides": [2], "auto_pad": "VALID"}),
    ((1, 3, 5), (3, 2, 4), {"strides": [2], "output_shape": [9]}),
    ((1, 3, 5), (3, 2, 4), {"strides": [2], "output_shape": [7], "pads": [3, 3]}),
    ((1, 3, 5), (3, 2, 4), {"strides": [3], "output_shape": [17]}),
    ((1, 3, 5), (3, 2, 4), {"strides": [2], "output_shape": [12],
                            "auto_pad": "SAME_UPPER"}),
    ((1, 3, 5), (3, 2, 4), {"strides": [2], "output_shape": [7], "auto_pad": "SAME_UPPER",
                            "output_padding": [1]}),
    ((2, 2, 3, 4, 3), (2, 2, 2, 3, 2), {"strides": [2, 1, 3], "dilations": [1, 2, 1],
                                        "pads": [1, 0, 0, 0, 1, 1]}),
    ((1, 4, 2, 3, 2), (4, 1, 3, 2, 2), {"group": 2, "strides": [2, 2, 2],
                                        "auto_pad": "SAME_LOWER"}),
]


@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize(("xs", "ws", "attrs"), CASES)
def test_matches_onnxruntime(xs: tuple[int, ...], ws: tuple[int, ...], attrs: dict[str, Any],
                             bias: bool) -> None:
    x, w = f32(*xs), f32(*ws)
    b = f32(ws[1] * attrs.get("group", 1)) if bias else None
    compare(_model(x, w, b, attrs), {"x": x})


@pytest.mark.parametrize("opset", [1, 11, 22])
def test_each_op_version(opset: int) -> None:
    x, w = f32(1, 2, 3, 3), f32(2, 2, 2, 2)
    compare(_model(x, w, None, {"strides": [2, 2], "pads": [0, 1, 1, 0]}, opset), {"x": x})


def test_output_padding_up_to_the_dilation() -> None:
    """output_padding below max(stride, dilation) (onnxruntime takes it below the stride
    only): the output of output_padding 0 and zeros after it."""
    x, w = f32(1, 2, 3), f32(2, 1, 3)
    got = tonnx.load(_model(x, w, None, {"dilations": [3], "output_padding": [2]}))(x).numpy()
    (ref,) = ort_run(_model(x, w, None, {"dilations": [3]}), {"x": x})
    np.testing.assert_allclose(got, np.pad(ref, [(0, 0), (0, 0), (0, 2)]), rtol=1e-5,
                               atol=1e-5)


# ----------------------------------------------------------------------------- gradients

GRAD_CASES = [  # (input shape, weight shape, attributes)
    ((1, 4, 3, 3), (4, 2, 3, 3), {"group": 2, "strides": [2, 2], "dilations": [2, 1],
                                  "pads": [1, 0, 0, 2], "output_padding": [1, 1]}),
    ((2, 2, 4), (2, 3, 2), {"strides": [3], "auto_pad": "SAME_LOWER"}),
    ((1, 2, 2, 3, 2), (2, 1, 2, 2, 3), {"strides": [1, 2, 2], "output_shape": [3, 6, 5]}),
]


@pytest.mark.parametrize(("xs", "ws", "attrs"), GRAD_CASES)
def test_gradients_match_central_differences(xs: tuple[int, ...], ws: tuple[int, ...],
                                             attrs: dict[str, Any]) -> None:
    """d sum(Y * G) / d(X, W, B) by autograd (tcomp's derived gradients) and by central
    differences, float64; X and W are graph inputs, B a trained initializer."""
    m_out = ws[1] * attrs.get("group", 1)
    g = h.make_graph([h.make_node("ConvTranspose", ["x", "w", "b"], ["y"], **attrs)], "ct",
                     [h.make_tensor_value_info("x", TP.DOUBLE, list(xs)),
                      h.make_tensor_value_info("w", TP.DOUBLE, list(ws))],
                     [onnx.ValueInfoProto(name="y")], [nh.from_array(R.standard_normal(m_out),
                                                                     "b")])
    m = tonnx.load(graph_model(g, 17))
    bias = dict(m.named_parameters())["b"]
    x, w = R.standard_normal(xs), R.standard_normal(ws)
    xt, wt = nn.Tensor(x, requires_grad=True), nn.Tensor(w, requires_grad=True)
    y = m(xt, wt)
    adj = R.standard_normal(y.shape)
    (y * nn.Tensor(adj)).sum().backward()

    b = bias.numpy().copy()

    def loss() -> float:
        bias.data = b.copy()
        with nn.no_grad():
            return float((m(x, w).numpy() * adj).sum())

    for arr, got in ((x, xt.grad), (w, wt.grad), (b, bias.grad)):
        num = np.zeros(arr.shape)
        for i in np.ndindex(arr.shape):
            old = arr[i]
            for sign in (1, -1):
                arr[i] = old + sign * 1e-6
                num[i] += sign * loss() / 2e-6
            arr[i] = old
        np.testing.assert_allclose(got.numpy(), num, rtol=1e-6, atol=1e-8)


def test_dsl_evaluator_agrees_on_the_op_and_its_gradients() -> None:
    """The compute and its derived gradients in the DSL evaluator (which raises on a read
    out of range that isn't masked) against the compiled op: strides, dilations, groups and
    a crop whose guarded reads fall outside the input and the kernel."""
    x, w = R.standard_normal((2, 4, 3, 4)), R.standard_normal((4, 3, 3, 2))
    attrs = ((2, 3), (2, 1), 2, (2, 1), (7, 9))
    xp, wp = tc.placeholder(x.shape, "float64", "x"), tc.placeholder(w.shape, "float64", "w")
    y = build_conv_transpose(xp, wp, *attrs)
    head = tc.placeholder(y.shape, "float64", "head")
    gx, gw = gradient(y, [xp, wp], head)
    adj = R.standard_normal(tuple(int(d.value) for d in y.shape))
    want_y = evaluate(y, {xp: x, wp: w})
    want_gx, want_gw = evaluate([gx, gw], {xp: x, wp: w, head: adj})
    xt, wt = nn.Tensor(x, requires_grad=True), nn.Tensor(w, requires_grad=True)
    yt = nn.functional.apply("conv_transpose", build_conv_transpose, [xt, wt], attrs)
    (yt * nn.Tensor(adj)).sum().backward()
    for got, want in ((yt, want_y), (xt.grad, want_gx), (wt.grad, want_gw)):
        np.testing.assert_allclose(got.numpy(), want, rtol=1e-10, atol=1e-10)


# ----------------------------------------------------------------------------- errors

@pytest.mark.parametrize(("ws", "attrs", "b", "msg"), [
    ((2, 3, 3, 3), {"kernel_shape": [2, 2]}, None, r"kernel_shape \[2, 2\].*\[3, 3\]"),
    ((2, 3, 3, 3), {"strides": [2]}, None, r"strides \[2\].* 2 entries each"),
    ((2, 3, 3, 3), {"group": 3}, None, r"don't match for group=3"),
    ((3, 3, 3, 3), {}, None, r"input \[1, 2, 4, 4\].*weight \[3, 3, 3, 3\]"),
    ((2, 3, 3, 3), {"output_shape": [20, 6]}, None, r"output_shape=\[20, 6\]"),
    ((2, 3, 3, 3), {"output_shape": [6]}, None, r"output_shape=\[6\]: must give 2 sizes"),
    ((2, 3, 3, 3), {"output_padding": [1, 0]}, None, r"output_padding \[1, 0\] in \[0, max"),
    ((2, 3, 3, 3), {"pads": [1, 1]}, None, r"pads=\[1, 1\] must hold 4"),
    ((2, 3, 3, 3), {"pads": [3, 0, 3, 0]}, None, r"pads=\[3, 0, 3, 0\].*leave an output"),
    ((2, 3, 3, 3), {"auto_pad": "SAME"}, None, r"auto_pad='SAME'"),
    ((2, 3, 3, 3), {}, (4,), r"input 'B' has shape \[4\], expected \[3\]"),
])
def test_bad_attributes_name_the_node(ws: tuple[int, ...], attrs: dict[str, Any],
                                      b: tuple[int, ...] | None, msg: str) -> None:
    x = f32(1, 2, 4, 4)
    model = _model(x, f32(*ws), None if b is None else f32(*b), attrs)
    with pytest.raises(tonnx.OnnxError, match=r"node 'ct' \(ConvTranspose-11, opset 17\): .*"
                       + msg):
        tonnx.load(model)(x)
