"""Each ONNX operator tcomp.onnx implements against onnxruntime, one small model per case;
and the errors for models it can't import."""

from __future__ import annotations

import os
import sys
from typing import Any

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import compare, ort_run, single_node_model  # noqa: E402

R = np.random.default_rng(7)


def f32(*shape: int, lo: float = -2.0, hi: float = 2.0) -> np.ndarray:
    return R.uniform(lo, hi, shape).astype(np.float32)


def f16(*shape: int) -> np.ndarray:
    return f32(*shape).astype(np.float16)


def i64(*vals: int) -> np.ndarray:
    return np.array(vals, np.int64)


X, C, OMIT = "x", "c", ""  # graph input, initializer, omitted input


def case(op: str, ins: list[tuple[str, Any, str]], attrs: dict[str, Any] | None = None,
         opset: int = 17, id: str = "", tol: float = 1e-5, n_out: int = 1) -> Any:
    return pytest.param(op, ins, attrs or {}, opset, tol, n_out, id=id or op)


CASES = [
    case("MatMul", [("a", f32(3, 4), X), ("b", f32(4, 5), X)], id="MatMul-2d"),
    case("MatMul", [("a", f32(2, 3, 4), X), ("b", f32(4, 5), C)], id="MatMul-3d@2d"),
    case("MatMul", [("a", f32(2, 3, 4), X), ("b", f32(2, 4, 5), X)], id="MatMul-batched"),
    case("MatMul", [("a", f32(2, 2, 3, 4), X), ("b", f32(2, 2, 4, 5), X)], id="MatMul-4d"),
    case("MatMul", [("a", f32(3, 4), X), ("b", f32(2, 4, 5), X)], id="MatMul-2d@3d"),
    case("MatMul", [("a", f32(3, 1, 3, 4), X), ("b", f32(2, 4, 5), X)], id="MatMul-broadcast"),
    case("MatMul", [("a", f32(4), X), ("b", f32(4, 5), X)], id="MatMul-vec@2d"),
    case("MatMul", [("a", f32(3, 4), X), ("b", f32(4), X)], id="MatMul-2d@vec"),
    case("Gemm", [("a", f32(3, 4), X), ("b", f32(4, 5), C), ("c", f32(5), C)], id="Gemm"),
    case("Gemm", [("a", f32(4, 3), X), ("b", f32(5, 4), C), ("c", f32(3, 5), C)],
         {"transA": 1, "transB": 1, "alpha": 0.5, "beta": 2.0}, id="Gemm-trans-alpha-beta"),
    case("Gemm", [("a", f32(3, 4), X), ("b", f32(5, 4), X)], {"transB": 1}, id="Gemm-noC"),
    case("Gemm", [("a", f32(3, 4), X), ("b", f32(4, 5), C), ("c", f32(1), C)],
         {"beta": 0.25}, opset=13, id="Gemm-scalarC"),
    case("Add", [("a", f32(2, 3, 4), X), ("b", f32(3, 1), X)], id="Add-broadcast"),
    case("Sub", [("a", f32(2, 3), X), ("b", f32(3), C)], id="Sub-const"),
    case("Mul", [("a", f32(2, 3), X), ("b", np.array(1.5, np.float32), C)], id="Mul-scalar"),
    case("Div", [("a", f32(2, 3), X), ("b", f32(2, 3, lo=0.5), X)], id="Div"),
    case("Div", [("a", np.array(3.0, np.float32), C), ("b", f32(2, 3, lo=0.5), X)],
         id="Div-scalar-numerator"),
    case("Add", [("a", f32(2, 3).astype(np.float64), X), ("b", f32(3).astype(np.float64), X)],
         id="Add-float64"),
    case("Relu", [("x", f32(3, 4), X)]),
    case("Sigmoid", [("x", f32(3, 4), X)]),
    case("Tanh", [("x", f32(3, 4), X)]),
    case("Exp", [("x", f32(3, 4), X)]),
    case("Log", [("x", f32(3, 4, lo=0.1), X)]),
    case("Sqrt", [("x", f32(3, 4, lo=0.0), X)]),
    case("Neg", [("x", f32(3, 4), X)]),
    case("Abs", [("x", f32(3, 4), X)]),
    case("Reciprocal", [("x", f32(3, 4, lo=0.5), X)]),
    case("Erf", [("x", f32(3, 4), X)], opset=13),
    case("Pow", [("a", f32(3, 4, lo=0.5), X), ("b", f32(3, 4), X)], id="Pow-tensor"),
    case("Pow", [("a", f32(3, 4), X), ("b", np.array(2, np.int64), C)], id="Pow-int-exponent"),
    case("Softmax", [("x", f32(2, 3, 4), X)], opset=13, id="Softmax-default"),
    case("Softmax", [("x", f32(2, 3, 4), X)], {"axis": 1}, opset=13, id="Softmax-axis1"),
    case("Softmax", [("x", f32(2, 3, 4), X)], {"axis": 1}, opset=11, id="Softmax-11-coerced"),
    case("LogSoftmax", [("x", f32(2, 3, 4), X)], {"axis": 0}, opset=13, id="LogSoftmax-axis0"),
    case("Reshape", [("x", f32(2, 3, 4), X), ("s", i64(0, -1), C)], id="Reshape-0-minus1"),
    case("Reshape", [("x", f32(2, 3, 4), X), ("s", i64(4, 3, 2), C)], {"allowzero": 1},
         opset=14, id="Reshape-allowzero"),
    case("Transpose", [("x", f32(2, 3, 4), X)], {"perm": [1, 2, 0]}, id="Transpose-perm"),
    case("Transpose", [("x", f32(2, 3, 4), X)], id="Transpose-default"),
    case("Flatten", [("x", f32(2, 3, 4, 5), X)], {"axis": 2}, id="Flatten-axis2"),
    case("Flatten", [("x", f32(2, 3, 4), X)], {"axis": -1}, id="Flatten-axis-1"),
    case("Flatten", [("x", f32(2, 3, 4), X)], {"axis": 0}, id="Flatten-axis0"),
    case("Concat", [("a", f32(2, 3), X), ("b", f32(2, 2), C), ("c", f32(2, 1), X)],
         {"axis": -1}, id="Concat"),
    case("Split", [("x", f32(2, 7), X), ("s", i64(2, 4, 1), C)], {"axis": 1}, opset=13,
         id="Split-sizes", n_out=3),
    case("Split", [("x", f32(7, 2), X)], {"num_outputs": 3}, opset=18, id="Split-num_outputs",
         n_out=3),
    case("Pad", [("x", f32(2, 3), X), ("p", i64(1, 0, 2, 3), C),
                 ("v", np.array(0.5, np.float32), C)], opset=13, id="Pad-constant"),
    case("Pad", [("x", f32(2, 3, 4), X), ("p", i64(1, 2), C), ("v", None, OMIT),
                 ("a", i64(-1), C)], opset=18, id="Pad-axes"),
    case("Pad", [("x", f32(2, 4), X), ("p", i64(1, 3, 0, 2), C)], {"mode": "reflect"},
         opset=13, id="Pad-reflect"),
    case("Pad", [("x", f32(2, 3), X), ("p", i64(2, 1, 1, 0), C)], {"mode": "edge"}, opset=13,
         id="Pad-edge"),
    case("Pad", [("x", f32(2, 3), X), ("p", i64(0, 4, 0, 5), C)], {"mode": "wrap"}, opset=19,
         id="Pad-wrap"),
    case("Squeeze", [("x", f32(2, 1, 3, 1), X), ("ax", i64(1, -1), C)], opset=13,
         id="Squeeze-axes"),
    case("Squeeze", [("x", f32(1, 3, 1), X)], opset=13, id="Squeeze-all"),
    case("Squeeze", [("x", f32(2, 1, 3), X)], {"axes": [1]}, opset=11, id="Squeeze-11-attr"),
    case("Unsqueeze", [("x", f32(2, 3), X), ("ax", i64(0, -1), C)], opset=13, id="Unsqueeze"),
    case("Gather", [("x", f32(3, 4), X), ("i", i64(-1, 0, 2, 2), C)], {"axis": 1},
         id="Gather-axis1-negative"),
    case("Gather", [("x", f32(3, 4), X), ("i", np.array([[0, 2], [1, 1]], np.int64), C)],
         id="Gather-2d-indices"),
    case("Gather", [("x", f32(3, 4), X), ("i", np.array(1, np.int64), C)], id="Gather-scalar"),
    case("Slice", [("x", f32(5, 6), X), ("s", i64(1, -4), C), ("e", i64(100, -1), C),
                   ("a", i64(0, 1), C), ("p", i64(2, 1), C)], id="Slice-steps"),
    case("Slice", [("x", f32(5, 6), X), ("s", i64(-1), C), ("e", i64(-2**62), C),
                   ("a", i64(1), C), ("p", i64(-2), C)], id="Slice-reversed"),
    case("Cast", [("x", f32(2, 3), X)], {"to": 11}, id="Cast-to-double"),
    case("Cast", [("x", f32(2, 3, lo=-5, hi=5), X)], {"to": 7}, id="Cast-to-int64"),
    case("Identity", [("x", f32(2, 3), X)]),
    case("ReduceMean", [("x", f32(2, 3, 4), X)], {"axes": [1]}, opset=17, id="ReduceMean-17"),
    case("ReduceMean", [("x", f32(2, 3, 4), X), ("ax", i64(0, 2), C)], {"keepdims": 0},
         opset=18, id="ReduceMean-18-axes-input"),
    case("ReduceSum", [("x", f32(2, 3, 4), X), ("ax", i64(-1), C)], {"keepdims": 0},
         opset=13, id="ReduceSum"),
    case("ReduceSum", [("x", f32(2, 3, 4), X)], opset=13, id="ReduceSum-all"),
    case("ReduceSum", [("x", f32(2, 3), X), ("ax", i64(), C)], {"noop_with_empty_axes": 1},
         opset=13, id="ReduceSum-noop"),
    case("ReduceMax", [("x", f32(2, 3, 4), X)], {"axes": [2]}, opset=13, id="ReduceMax"),
    case("ReduceMin", [("x", f32(2, 3, 4), X), ("ax", i64(0), C)], opset=18, id="ReduceMin-18"),
    case("Where", [("c", R.random((3, 4)) > 0.5, X), ("a", f32(3, 4), X), ("b", f32(4), C)],
         opset=16),
    case("Conv", [("x", f32(1, 2, 7, 7), X), ("w", f32(3, 2, 3, 3), C), ("b", f32(3), C)],
         {"pads": [1, 1, 1, 1], "strides": [2, 2]}, id="Conv-pads-strides"),
    case("Conv", [("x", f32(2, 2, 6, 5), X), ("w", f32(3, 2, 3, 2), C)],
         {"pads": [0, 1, 2, 0]}, id="Conv-asymmetric-pads"),
    case("Conv", [("x", f32(1, 4, 8, 8), X), ("w", f32(4, 2, 3, 3), C)],
         {"group": 2, "dilations": [2, 2]}, id="Conv-group-dilation"),
    case("Conv", [("x", f32(1, 2, 6, 6), X), ("w", f32(2, 2, 2, 2), C)],
         {"auto_pad": "SAME_UPPER", "strides": [1, 1]}, id="Conv-same-upper"),
    case("Conv", [("x", f32(2, 3, 9), X), ("w", f32(4, 3, 3), C), ("b", f32(4), C)],
         {"pads": [2, 1], "strides": [2]}, id="Conv-1d"),
    case("Conv", [("x", f32(1, 2, 7, 8), X), ("w", f32(3, 2, 3, 2), C)],
         {"strides": [1, 2], "dilations": [2, 1], "pads": [1, 0, 1, 0]},
         id="Conv-rect-strides-dilations"),
    case("Conv", [("x", f32(2, 4, 5, 6, 7), X), ("w", f32(6, 2, 3, 2, 3), C), ("b", f32(6), C)],
         {"group": 2, "strides": [1, 2, 2], "dilations": [1, 2, 1], "pads": [1, 0, 2, 0, 1, 1]},
         id="Conv-3d"),
    case("Conv", [("x", f32(1, 2, 4, 5, 5), X), ("w", f32(3, 2, 2, 3, 3), C)],
         {"auto_pad": "SAME_LOWER", "strides": [2, 2, 2]}, id="Conv-3d-same-lower"),
    case("MaxPool", [("x", f32(1, 2, 6, 6), X)], {"kernel_shape": [2, 2], "strides": [2, 2]},
         id="MaxPool"),
    case("MaxPool", [("x", f32(1, 2, 5, 5), X)], {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1],
                                                   "strides": [2, 2]}, id="MaxPool-pads"),
    case("AveragePool", [("x", f32(1, 2, 5, 5), X)],
         {"kernel_shape": [3, 3], "pads": [1, 0, 1, 1]}, id="AveragePool-exclude-pad"),
    case("AveragePool", [("x", f32(1, 2, 5, 5), X)],
         {"kernel_shape": [2, 2], "pads": [1, 1, 1, 1], "count_include_pad": 1},
         id="AveragePool-include-pad"),
    case("MaxPool", [("x", f32(1, 2, 6, 7), X)], {"kernel_shape": [3, 3], "strides": [2, 2],
                                                   "ceil_mode": 1}, id="MaxPool-ceil"),
    case("AveragePool", [("x", f32(1, 2, 6, 7), X)],
         {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1, "pads": [1, 0, 0, 1]},
         id="AveragePool-ceil-exclude-pad"),
    case("AveragePool", [("x", f32(1, 2, 6, 7), X)],
         {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1, "pads": [1, 1, 1, 1],
          "count_include_pad": 1}, id="AveragePool-ceil-include-pad"),
    case("MaxPool", [("x", f32(1, 2, 7, 9), X)], {"kernel_shape": [2, 3], "strides": [1, 2],
                                                   "dilations": [2, 1], "pads": [1, 0, 0, 1]},
         id="MaxPool-rect-dilated"),
    case("AveragePool", [("x", f32(2, 3, 10), X)], {"kernel_shape": [3], "strides": [2],
                                                    "pads": [1, 1]}, id="AveragePool-1d"),
    case("MaxPool", [("x", f32(1, 2, 5, 5, 5), X)], {"kernel_shape": [2, 2, 2],
                                                      "ceil_mode": 1, "strides": [2, 2, 2]},
         id="MaxPool-3d-ceil"),
    case("AveragePool", [("x", f32(1, 1, 7, 7), X)],
         {"kernel_shape": [3, 2], "dilations": [2, 2], "pads": [2, 1, 2, 1], "ceil_mode": 1,
          "strides": [2, 2]}, opset=19, id="AveragePool-dilated-ceil-exclude-pad"),
    case("GlobalAveragePool", [("x", f32(2, 3, 4, 5), X)]),
    case("GlobalMaxPool", [("x", f32(2, 3, 4, 5), X)]),
    case("LayerNormalization", [("x", f32(2, 3, 8), X), ("s", f32(8), C), ("b", f32(8), C)],
         id="LayerNorm-last"),
    case("LayerNormalization", [("x", f32(2, 3, 4), X), ("s", f32(3, 4), C)], {"axis": 1},
         id="LayerNorm-axis1-nobias"),
    case("BatchNormalization", [("x", f32(2, 3, 4, 4), X), ("s", f32(3), C), ("b", f32(3), C),
                                ("m", f32(3), C), ("v", f32(3, lo=0.5), C)],
         {"epsilon": 1e-3}, opset=15),
    case("BatchNormalization", [("x", f32(4, 3, 2, 5), X), ("s", f32(3), C), ("b", f32(3), C),
                                ("m", f32(3), C), ("v", f32(3, lo=0.5), C)],
         {"epsilon": 1e-3, "momentum": 0.8, "training_mode": 1}, opset=15, n_out=3,
         id="BatchNorm-training"),
    case("BatchNormalization", [("x", f32(6, 2), X), ("s", f32(2), X), ("b", f32(2), C),
                                ("m", f32(2), C), ("v", f32(2, lo=0.5), C)],
         {"training_mode": 1}, opset=15, n_out=3, id="BatchNorm-training-2d"),
    case("Gelu", [("x", f32(3, 4), X)], opset=20, id="Gelu-exact"),
    case("Gelu", [("x", f32(3, 4), X)], {"approximate": "tanh"}, opset=20, id="Gelu-tanh"),
    case("Max", [("a", f32(3, 4), X), ("b", f32(4), X), ("c", f32(3, 1), C)], id="Max-3"),
    case("Min", [("a", f32(3, 4), X), ("b", f32(4), X)], id="Min"),
    case("Sum", [("a", f32(3, 4), X), ("b", f32(4), X), ("c", f32(3, 4), X)], id="Sum-3"),
    case("Mean", [("a", f32(3, 4), X), ("b", f32(3, 4), X)], id="Mean"),
    case("Clip", [("x", f32(3, 4), X), ("lo", np.array(-0.5, np.float32), C),
                  ("hi", np.array(0.7, np.float32), C)], opset=13),
    case("Clip", [("x", f32(3, 4), X), ("lo", None, OMIT), ("hi", np.array(0.7, np.float32), C)],
         opset=13, id="Clip-max-only"),
    case("Expand", [("x", f32(3, 1), X), ("s", i64(2, 3, 4), C)], opset=13),
    case("Dropout", [("x", f32(3, 4), X)], opset=13),
    # integer and boolean results: numpy
    case("Equal", [("a", np.round(f32(3, 4)), X), ("b", np.round(f32(4)), X)], opset=13),
    case("Less", [("a", f32(3, 4), X), ("b", f32(4), C)], opset=13),
    case("Greater", [("a", f32(3, 4), X), ("b", f32(3, 1), X)], opset=13),
    case("LessOrEqual", [("a", i64(1, 2, 3), X), ("b", i64(2, 2, 2), X)], opset=16),
    case("GreaterOrEqual", [("a", i64(1, 2, 3), X), ("b", i64(2), C)], opset=16),
    case("And", [("a", R.random((3, 4)) > 0.5, X), ("b", R.random(4) > 0.5, X)]),
    case("Or", [("a", R.random((3, 4)) > 0.5, X), ("b", R.random(4) > 0.5, X)]),
    case("Xor", [("a", R.random((3, 4)) > 0.5, X), ("b", R.random(4) > 0.5, X)]),
    case("Not", [("a", R.random((3, 4)) > 0.5, X)]),
    case("NonZero", [("x", R.random((3, 4)) > 0.5, X)], opset=13),
    case("NonZero", [("x", np.round(f32(5)), X)], opset=13, id="NonZero-float"),
    case("Shape", [("x", f32(2, 3, 4), X)], {"start": 1, "end": -1}, opset=15),
    case("Size", [("x", f32(2, 3, 4), X)], opset=13),
    case("ConstantOfShape", [("s", i64(2, 3), C)],
         {"value": onnx.numpy_helper.from_array(np.array([1.5], np.float32))}, opset=13),
    case("Range", [("a", np.array(1, np.int64), C), ("b", np.array(10, np.int64), C),
                   ("d", np.array(3, np.int64), C)], opset=13),
    case("Constant", [], {"value_floats": [1.0, 2.5]}, opset=13),
    # float16: computed in float32, rounded to float16 at the outputs
    case("Add", [("a", f16(2, 3), X), ("b", f16(3), C)], id="Add-float16", tol=2e-3),
    case("MatMul", [("a", f16(3, 8), X), ("b", f16(8, 4), C)], id="MatMul-float16", tol=2e-3),
    case("Conv", [("x", f16(1, 2, 5, 5), X), ("w", f16(3, 2, 3, 3), C), ("b", f16(3), C)],
         {"pads": [1, 1, 1, 1]}, id="Conv-float16", tol=1e-2),
    case("Cast", [("x", f32(3, 4), X)], {"to": onnx.TensorProto.FLOAT16}, opset=13,
         id="Cast-float-to-float16"),
    case("Cast", [("x", f16(3, 4), X)], {"to": onnx.TensorProto.FLOAT}, opset=13,
         id="Cast-float16-to-float"),
    case("Add", [("a", i64(1, 2, 3), X), ("b", i64(4), C)], id="Add-int64"),
    case("Div", [("a", i64(7, -7, 6), X), ("b", i64(2, 2, -4), X)], id="Div-int64-truncates"),
]


@pytest.mark.parametrize(("op", "ins", "attrs", "opset", "tol", "n_out"), CASES)
def test_op_matches_onnxruntime(op: str, ins: list[Any], attrs: dict[str, Any],
                                opset: int, tol: float, n_out: int) -> None:
    model = single_node_model(op, ins, attrs, opset, n_out)
    compare(model, {nm: a for nm, a, kind in ins if kind == X}, rtol=tol, atol=tol)


def test_enough_operator_cases() -> None:
    assert len(CASES) >= 40
    assert len({p.values[0] for p in CASES}) >= 40  # distinct op types


@pytest.mark.parametrize(("shape", "attrs"), [
    ((2, 3, 7, 9), {"kernel_shape": [3, 2], "strides": [2, 1], "pads": [1, 0, 1, 1]}),
    ((1, 2, 7, 9), {"kernel_shape": [2, 3], "strides": [1, 2], "dilations": [2, 1],
                    "pads": [1, 0, 0, 1], "storage_order": 1}),
    ((1, 2, 6, 7), {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1}),
    ((2, 2, 4, 5, 3), {"kernel_shape": [2, 3, 2], "pads": [1, 1, 0, 0, 1, 1],
                       "storage_order": 1}),
    ((2, 3, 10), {"kernel_shape": [3], "strides": [2], "pads": [1, 1]}),
], ids=["2d-pads", "2d-dilated-column-major", "2d-ceil", "3d-column-major", "1d"])
@pytest.mark.parametrize("dtype", [np.float32, np.int8])
def test_max_pool_indices_match_onnxruntime(shape: tuple[int, ...], attrs: dict[str, Any],
                                            dtype: type) -> None:
    """MaxPool's Indices output: onnxruntime's indices exactly, on values with many ties
    (the first max in the window's scan wins)."""
    x = R.integers(-3, 3, shape).astype(dtype)
    model = single_node_model("MaxPool", [("x", x, X)], attrs, opset=12, n_out=2)
    ind = compare(model, {"x": x})[1]
    assert ind.dtype == np.int64
    np.testing.assert_array_equal(ind, ort_run(model, {"x": x})[1])


def test_max_pool_indices_of_a_nan_max_point_at_the_first_nan() -> None:
    """tcomp's max of a window holding a NaN is NaN (onnxruntime's skips it, unevenly): its
    index is the first NaN's, inside the input."""
    import tcomp.onnx as tonnx

    x = np.arange(32, dtype=np.float32).reshape(2, 1, 4, 4)
    x[1, 0, 0, 1] = x[1, 0, 1, 0] = np.nan
    model = single_node_model("MaxPool", [("x", x, X)], {"kernel_shape": [2, 3]}, opset=12,
                              n_out=2)
    y, ind = (t.numpy() for t in tonnx.load(model)(x=x))
    np.testing.assert_array_equal(ind[1, 0, 0], [17, 17])
    np.testing.assert_array_equal(np.isnan(y), np.isnan(x.reshape(-1)[ind]))
