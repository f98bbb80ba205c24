"""Whole models through tcomp.onnx.load: shape subgraphs, inputs and outputs, parameters, and
the errors for models or inputs it can't take."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import compare, graph_model, ort_run, single_node_model  # noqa: E402

import tcomp.onnx as tonnx  # noqa: E402
from tcomp.errors import (  # noqa: E402
    ArgumentShapeError,
    ArgumentTypeError,
    DSLShapeError,
    TensorIndexError,
)

h, nh, TP = onnx.helper, onnx.numpy_helper, onnx.TensorProto
R = np.random.default_rng(3)


def f32(*shape: int) -> np.ndarray:
    return R.standard_normal(shape).astype(np.float32)


def vi(name: str, shape: list[object], dtype: int = TP.FLOAT) -> object:
    return h.make_tensor_value_info(name, dtype, shape)


def test_shape_subgraph_runs_in_numpy_for_any_batch() -> None:
    # the exporters' flatten: Reshape(x, Concat(Unsqueeze(Gather(Shape(x), 0)), [-1]))
    nodes = [
        h.make_node("Shape", ["x"], ["s"]),
        h.make_node("Constant", [], ["zero"], value=nh.from_array(np.array(0, np.int64))),
        h.make_node("Gather", ["s", "zero"], ["n"]),
        h.make_node("Constant", [], ["ax"], value_ints=[0]),
        h.make_node("Unsqueeze", ["n", "ax"], ["n1"]),
        h.make_node("Constant", [], ["m1"], value_ints=[-1]),
        h.make_node("Concat", ["n1", "m1"], ["shape"], axis=0),
        h.make_node("Reshape", ["x", "shape"], ["flat"]),
        h.make_node("Gemm", ["flat", "w"], ["y"], transB=1),
    ]
    g = h.make_graph(nodes, "g", [vi("x", ["N", 3, 4])], [vi("y", ["N", 5])],
                     [nh.from_array(f32(5, 12), "w")])
    model = graph_model(g, 13)
    for n in (1, 4):
        compare(model, {"x": f32(n, 3, 4)})
    m = tonnx.load(model)
    # the constants and Concat's constant half ran at load; the rest depends on x
    assert [n.op_type for n in m.program] == ["Shape", "Gather", "Unsqueeze", "Concat",
                                              "Reshape", "Gemm"]


def test_constant_subgraph_is_folded_at_load() -> None:
    nodes = [h.make_node("Constant", [], ["a"], value_ints=[2, 3]),
             h.make_node("Constant", [], ["b"], value_ints=[2]),
             h.make_node("Concat", ["a", "b"], ["s"], axis=0),
             h.make_node("Reshape", ["x", "s"], ["y"])]
    g = h.make_graph(nodes, "g", [vi("x", [12])], [vi("y", [2, 3, 2])])
    model = graph_model(g, 13)
    assert [n.op_type for n in tonnx.load(model).program] == ["Reshape"]
    compare(model, {"x": f32(12)})


def test_integer_graph_input_and_two_outputs() -> None:
    nodes = [h.make_node("Gather", ["table", "idx"], ["rows"]),
             h.make_node("ReduceSum", ["rows", "ax"], ["total"], keepdims=0)]
    g = h.make_graph(nodes, "g", [vi("idx", [2, 3], TP.INT64)],
                     [vi("rows", [2, 3, 4]), vi("total", [4])],
                     [nh.from_array(f32(5, 4), "table"),
                      nh.from_array(np.array([0, 1], np.int64), "ax")])
    model = graph_model(g, 13)
    idx = np.array([[0, 4, 2], [1, 1, -1]], np.int64)
    compare(model, {"idx": idx})
    m = tonnx.load(model)
    out = m(idx)
    assert isinstance(out, tuple) and len(out) == 2
    out[1].sum().backward()  # the gather's scatter-add: row 1 is read twice, row 0 once
    g_table = dict(m.named_parameters())["table"].grad.numpy()
    np.testing.assert_array_equal(g_table[:, 0], [1, 2, 1, 0, 2])


def test_layer_norm_statistics_outputs() -> None:
    model = single_node_model("LayerNormalization", [("x", f32(2, 3, 4), "x"),
                                                     ("s", f32(4), "c"), ("b", f32(4), "c")],
                              {"axis": -1}, opset=17, n_out=3)
    compare(model, {"x": f32(2, 3, 4)})


def test_load_from_path_and_bytes_and_state_dict(tmp_path: object) -> None:
    model = single_node_model("Gemm", [("a", f32(2, 3), "x"), ("fc.weight", f32(4, 3), "c"),
                                       ("fc.bias", f32(4), "c")], {"transB": 1})
    path = os.path.join(str(tmp_path), "m.onnx")
    onnx.save(model, path)
    x = f32(2, 3)
    ref = ort_run(model, {"a": x})[0]
    for src in (path, model.SerializeToString()):
        m = tonnx.load(src)
        np.testing.assert_allclose(m(x).numpy(), ref, rtol=1e-5, atol=1e-6)
    assert sorted(m.state_dict()) == ["fc.bias", "fc.weight"]
    assert sorted(n for n, _ in m.named_parameters()) == ["fc.bias", "fc.weight"]
    state = {k: v * 2.0 for k, v in m.state_dict().items()}
    m.load_state_dict(state)  # the Module machinery walks the ONNX names too
    np.testing.assert_allclose(m(x).numpy(), 2.0 * ref, rtol=1e-5, atol=1e-6)
    assert repr(m) == ("OnnxModule(opset 17, inputs ['a'], outputs ['y0'], 1 nodes to run, "
                       "2 parameters)")


def test_float16_model_computes_in_float32_and_rounds_its_outputs() -> None:
    """A float16 MLP (inputs, initializers, outputs and a Constant in float16): the weights
    are float32 Parameters, the outputs float16, within half precision of onnxruntime."""
    half = TP.FLOAT16
    nodes = [h.make_node("Gemm", ["x", "w1", "b1"], ["g"], transB=1),
             h.make_node("Constant", [], ["k"],
                         value=nh.from_array(np.array(0.5, np.float16))),
             h.make_node("Mul", ["g", "k"], ["m"]),
             h.make_node("Relu", ["m"], ["r"]),
             h.make_node("MatMul", ["r", "w2"], ["y"]),
             h.make_node("Softmax", ["y"], ["p"], axis=-1)]
    g = h.make_graph(nodes, "half", [vi("x", ["N", 6], half)],
                     [vi("y", ["N", 3], half), vi("p", ["N", 3], half)],
                     [nh.from_array(f32(8, 6).astype(np.float16), "w1"),
                      nh.from_array(f32(8).astype(np.float16), "b1"),
                      nh.from_array(f32(8, 3).astype(np.float16), "w2")])
    model = graph_model(g, 17)
    compare(model, {"x": f32(4, 6).astype(np.float16)}, rtol=4e-3, atol=4e-3)
    m = tonnx.load(model)
    assert {str(p.dtype) for _, p in m.named_parameters()} == {"float32"}
    with pytest.raises(ArgumentTypeError, match="input 'x' must be float16, got float32"):
        m(f32(2, 6))
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"compile: the graph has "
                       r"\['float16'\] inputs or outputs"):
        m.compile(f32(2, 6).astype(np.float16))


def _reference(model: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
    """onnx's own reference evaluator: onnxruntime runs few ops on float8 or int4."""
    from onnx.reference import ReferenceEvaluator

    return ReferenceEvaluator(model).run(None, feeds)


def _cast_chain(src: int, dst: int, **attrs: object) -> object:
    """x (src) -> Cast(dst) -> y, and y -> Cast(FLOAT) -> z: the narrow value and its
    float32 reading."""
    nodes = [h.make_node("Cast", ["x"], ["y"], to=dst, **attrs),
             h.make_node("Cast", ["y"], ["z"], to=TP.FLOAT)]
    g = h.make_graph(nodes, "g", [vi("x", [9], src)], [vi("y", [9], dst), vi("z", [9])])
    return graph_model(g, 25)


@pytest.mark.parametrize(("dst", "attrs"), [
    (TP.FLOAT8E4M3FN, {}), (TP.FLOAT8E4M3FN, {"saturate": 0}), (TP.FLOAT8E5M2, {}),
    (TP.FLOAT8E5M2FNUZ, {"saturate": 0}), (TP.FLOAT4E2M1, {}), (TP.BFLOAT16, {}),
    (TP.FLOAT8E8M0, {"round_mode": "down"}), (TP.FLOAT8E8M0, {"round_mode": "nearest"}),
    (TP.INT4, {}), (TP.UINT4, {}), (TP.INT2, {})])
def test_cast_to_narrow_types_rounds_as_the_reference(dst: int, attrs: dict) -> None:
    """float8 saturates unless saturate=0 (1e6 and inf to the largest finite value), float8e8m0
    rounds by round_mode, the integers truncate: each exactly as onnx's reference does, held
    widened inside the graph (z) and given back in the narrow type (y). bfloat16, like
    float16, is rounded only at the graph's outputs."""
    x = np.array([0.3, -1.7, 2.5, 7.9, -9.5, 1e6, np.inf, 3e-5, 1.0], np.float32)
    if dst in (TP.INT4, TP.UINT4, TP.INT2):
        x = np.array([0.3, -1.7, 2.5, 7.9, -3.2, 1.0, 0.0, 6.0, -0.5], np.float32)
    model = _cast_chain(TP.FLOAT, dst, **attrs)
    y, z = tonnx.load(model)(x)
    want_y, want_z = _reference(model, {"x": x})
    assert y.numpy().dtype == want_y.dtype
    np.testing.assert_array_equal(y.numpy().astype(np.float32), want_y.astype(np.float32))
    if dst == TP.BFLOAT16:  # as float16: a Tensor's cast is not rounded inside the graph
        np.testing.assert_array_equal(z.numpy(), x)
    else:
        np.testing.assert_array_equal(z.numpy(), want_z)


def test_narrow_graph_inputs_are_widened() -> None:
    """bfloat16 and float8 inputs compute in float32; an int4 input in int8; the outputs
    come back in their declared types, as onnx's reference gives them."""
    import ml_dtypes

    for src, arr in ((TP.BFLOAT16, f32(9).astype(ml_dtypes.bfloat16)),
                     (TP.FLOAT8E5M2, f32(9).astype(ml_dtypes.float8_e5m2)),
                     (TP.INT4, np.arange(-4, 5).astype(ml_dtypes.int4))):
        model = _cast_chain(src, TP.FLOAT16)
        y, z = tonnx.load(model)(arr)
        want_y, want_z = _reference(model, {"x": arr})
        assert y.numpy().dtype == np.float16
        np.testing.assert_array_equal(y.numpy(), want_y)
        np.testing.assert_array_equal(z.numpy(), want_z)
    relu = single_node_model("Relu", [("x", f32(2, 3).astype(ml_dtypes.bfloat16), "x")])
    m = tonnx.load(relu)
    xb = f32(2, 3).astype(ml_dtypes.bfloat16)
    np.testing.assert_array_equal(m(xb).numpy(), _reference(relu, {"x": xb})[0])
    with pytest.raises(ArgumentTypeError, match="input 'x' must be bfloat16, got float32"):
        m(f32(2, 3))
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"compile: the graph has "
                       r"\['bfloat16'\] inputs"):
        m.compile(xb)


def test_cast_to_a_string_is_named() -> None:
    model = single_node_model("Cast", [("x", f32(3), "x")], {"to": TP.STRING}, name="c")
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"node 'c' \(Cast-13, opset 17\): "
                       r"to=STRING: tcomp.onnx casts to the float, integer and bool types"):
        tonnx.load(model)(f32(3))


def test_batch_norm_statistics_are_not_parameters() -> None:
    ins = [("x", f32(2, 3, 4, 4), "x"), ("s", f32(3), "c"), ("b", f32(3), "c"),
           ("m", f32(3), "c"), ("v", np.abs(f32(3)) + 0.5, "c")]
    m = tonnx.load(single_node_model("BatchNormalization", ins, opset=15))
    assert sorted(n for n, _ in m.named_parameters()) == ["b", "s"]


# ----------------------------------------------------------------------------- errors


def test_unsupported_ops_are_all_named_with_node_and_opset() -> None:
    nodes = [h.make_node("Relu", ["x"], ["r"], name="act"),
             h.make_node("TopK", ["r", "k"], ["v", "i"], name="top"),
             h.make_node("Hardmax", ["v"], ["y"], name="hard")]
    g = h.make_graph(nodes, "g", [vi("x", [3, 4])], [vi("y", [3, 2])],
                     [nh.from_array(np.array([2], np.int64), "k")])
    with pytest.raises(tonnx.UnsupportedOnnxError) as e:
        tonnx.load(graph_model(g, 17))
    msg = str(e.value)
    assert "2 node(s)" in msg
    assert "node 'top' (TopK-11, opset 17): op TopK is not implemented" in msg
    assert "node 'hard' (Hardmax-13, opset 17)" in msg
    assert "'act'" not in msg
    assert isinstance(e.value, NotImplementedError)


def _opset6(nodes: list[object], inputs: list[object]) -> object:
    """A model of opset 6 and IR version 3, as PyTorch exported them (every initializer a
    graph input too)."""
    g = h.make_graph(nodes, "g", inputs, [vi("y", None)])
    return h.make_model(g, opset_imports=[h.make_opsetid("", 6)], ir_version=3)


def test_old_opset_is_upgraded_by_onnx_version_converter() -> None:
    # Add-6 with the legacy broadcast attribute and Pad-2 (pads as an attribute) predate every
    # version tcomp.onnx implements
    model = _opset6([h.make_node("Add", ["x", "b"], ["s"], broadcast=1),
                     h.make_node("Pad", ["s"], ["y"], pads=[0, 1, 0, 0, 0, 2], value=1.5)],
                    [vi("x", [2, 3, 4]), vi("b", [4])])
    before = model.SerializeToString()
    m = tonnx.load(model)
    assert model.SerializeToString() == before  # the caller's model is not changed
    assert m.opset == 13
    x, b = f32(2, 3, 4), f32(4)
    want = np.pad(x + b, [(0, 0), (1, 0), (0, 2)], constant_values=1.5)
    np.testing.assert_allclose(m(x, b).numpy(), want, rtol=1e-6)


def test_legacy_broadcast_along_an_axis_is_upgraded() -> None:
    # Before opset 7, broadcast=1 with axis=k aligns B with A's axes from k (a bias over the
    # channels of NCHW); onnx's version converter asserted on such a legal model
    bias = nh.from_array(np.arange(3, dtype=np.float32), "b")
    nodes = [h.make_node("Add", ["x", "b"], ["s"], broadcast=1, axis=1),
             h.make_node("Mul", ["s", "w"], ["p"], broadcast=1, axis=1),
             h.make_node("Sub", ["p", "v"], ["y"], broadcast=1, axis=2)]
    model = _opset6(nodes, [vi("x", [2, 3, 4, 5]), vi("b", [3]), vi("w", [3, 4]),
                            vi("v", [4, 5])])
    model.graph.initializer.append(bias)
    before = model.SerializeToString()
    m = tonnx.load(model)
    assert model.SerializeToString() == before
    x, w, v = f32(2, 3, 4, 5), f32(3, 4), f32(4, 5)
    b = np.arange(3, dtype=np.float32)
    want = (x + b[:, None, None]) * w[:, :, None] - v
    # atol: the product and the difference may be one FMA, and the difference cancels
    np.testing.assert_allclose(m(x, w, v).numpy(), want, rtol=1e-6, atol=1e-5)


def test_old_slice_is_upgraded() -> None:
    model = single_node_model("Slice", [("x", f32(4), "x")], {"starts": [0], "ends": [2]},
                              opset=9, name="sl")
    x = f32(4)
    np.testing.assert_array_equal(tonnx.load(model)(x).numpy(), x[:2])


def test_failed_upgrade_names_the_old_versions() -> None:
    model = _opset6([h.make_node("Add", ["x", "x", "x"], ["y"], name="add3")],
                    [vi("x", [2])])
    with pytest.raises(tonnx.UnsupportedOnnxError) as e:
        tonnx.load(model)
    msg = str(e.value)
    assert "onnx's version converter could not upgrade the model from opset 6 to 13" in msg
    assert "node 'add3' (Add-6, opset 6): 3 inputs and 1 outputs" in msg


def test_problems_after_the_upgrade_say_so() -> None:
    model = _opset6([h.make_node("Add", ["x", "x"], ["s"]),
                     h.make_node("Hardmax", ["s"], ["y"], name="hard")], [vi("x", [2, 3])])
    with pytest.raises(tonnx.UnsupportedOnnxError,
                       match=r"1 node\(s\) of the graph can't be imported \(after onnx's "
                             r"version converter upgraded the model from opset 6\):\n  node "
                             r"'hard' \(Hardmax-13, opset 13\): op Hardmax is not implemented"):
        tonnx.load(model)


def test_unknown_attribute_is_named() -> None:
    model = single_node_model("Relu", [("x", f32(4), "x")], {"slope": 0.1})
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"Relu-14.*attribute\(s\) \['slope'\]"):
        tonnx.load(model)


def test_unsupported_input_rank_is_named() -> None:
    x = f32(1, 1, 3, 3, 3, 3)
    m = tonnx.load(single_node_model("Conv", [("x", x, "x"), ("w", f32(1, 1, 2, 2, 2, 2), "c")],
                                     name="conv"))
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"node 'conv' \(Conv-11, opset 17\)"
                       r": 4-D input \[1, 1, 3, 3, 3, 3\]: tcomp.onnx implements 1-D, 2-D and "
                       r"3-D convolution"):
        m(x)


def test_batch_norm_statistics_outputs_need_training_mode() -> None:
    ins = [("x", f32(2, 3), "x"), *((k, np.abs(f32(3)) + 0.5, "c") for k in "sbmv")]
    model = single_node_model("BatchNormalization", ins, opset=15, n_out=3, name="bn")
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"node 'bn' \(BatchNormalization-15, "
                       r"opset 15\): the running mean and variance outputs without "
                       r"training_mode=1"):
        tonnx.load(model)(f32(2, 3))


def test_max_pool_bad_storage_order_is_an_onnx_error() -> None:
    x = f32(1, 1, 4, 4)
    m = tonnx.load(single_node_model("MaxPool", [("x", x, "x")],
                                     {"kernel_shape": [2, 2], "storage_order": 2},
                                     opset=12, n_out=2, name="mp"))
    with pytest.raises(tonnx.OnnxError, match=r"node 'mp' \(MaxPool-12, opset 12\): "
                       r"attribute storage_order=2: must be 0 \(row-major\) or 1"):
        m(x)


def test_bad_attribute_value_is_an_onnx_error() -> None:
    m = tonnx.load(single_node_model("Reshape", [("x", f32(2, 3), "x"),
                                                 ("s", np.array([4, -1], np.int64), "c")],
                                     name="rs"))
    with pytest.raises(tonnx.OnnxError, match=r"node 'rs' .*can't reshape \[2, 3\]"):
        m(f32(2, 3))


def test_tcomp_errors_inside_a_node_name_the_node() -> None:
    m = tonnx.load(single_node_model("Conv", [("x", f32(1, 1, 2, 2), "x"),
                                              ("w", f32(1, 1, 3, 3), "c")], name="conv"))
    with pytest.raises(DSLShapeError, match=r"^node 'conv' \(Conv-11, opset 17\): conv2d"):
        m(f32(1, 1, 2, 2))


def test_gather_index_out_of_range() -> None:
    m = tonnx.load(single_node_model("Gather", [("x", f32(3, 4), "x"),
                                                ("i", np.array([3], np.int64), "c")], name="g"))
    with pytest.raises(TensorIndexError, match=r"node 'g' .*index 3 is out of range"):
        m(f32(3, 4))


def test_input_checks() -> None:
    m = tonnx.load(single_node_model("Relu", [("x", f32(2, 3), "x")]))
    with pytest.raises(ArgumentShapeError, match=r"input 'x' must have shape \[2, 3\]"):
        m(f32(3, 2))
    with pytest.raises(ArgumentTypeError, match="input 'x' must be float32, got float64"):
        m(np.zeros((2, 3)))
    with pytest.raises(ArgumentTypeError, match="input 'x' is missing"):
        m()
    with pytest.raises(ArgumentTypeError, match="input 'z' is not an input of the model"):
        m(f32(2, 3), z=1)


def test_undefined_name_is_an_error() -> None:
    g = h.make_graph([h.make_node("Add", ["x", "nope"], ["y"], name="add")], "g",
                     [vi("x", [2])], [vi("y", [2])])
    model = h.make_model(g, opset_imports=[h.make_opsetid("", 17)])
    with pytest.raises(tonnx.OnnxError, match=r"node 'add' .*\['nope'\] are not graph inputs"):
        tonnx.load(model)


def test_missing_onnx_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(ImportError, match=r"pip install 'tcomp\[onnx\]'"):
        tonnx.load("model.onnx")
