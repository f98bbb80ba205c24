"""Imported ONNX models exported again with tcomp.onnx.export and a dynamic batch: MaxPool's
Indices output, and masks computed from the data (comparisons, logical ops, Where)."""

from __future__ import annotations

import numpy as np
import pytest

from tcomp.errors import ExportError

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
tonnx = pytest.importorskip("tcomp.onnx")
h, nh = onnx.helper, onnx.numpy_helper


def _x(*shape: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def _ort(model: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(model.SerializeToString(), opts,  # type: ignore[attr-defined]
                                providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)


def _model(nodes: list, x_shape: list, outs: list[tuple[str, int]], inits: list = ()) -> object:
    graph = h.make_graph(nodes, "g", [h.make_tensor_value_info("x", 1, x_shape)],
                         [h.make_tensor_value_info(n, t, None) for n, t in outs], list(inits))
    return h.make_model(graph, opset_imports=[h.make_opsetid("", 17)])


def _round_trip(model: object, shape: tuple[int, ...], batches: tuple[int, int]
                ) -> tuple[object, object]:
    """Import, export with a dynamic batch; the written file in onnxruntime gives tcomp's
    outputs (and the original's) at two other batch sizes: floats to 1e-5, the rest exactly.
    Returns the written model and the imported module."""
    m = tonnx.load(model)
    proto = tonnx.export(m, _x(*shape), None)
    onnx.checker.check_model(proto, full_check=True)
    name = proto.graph.input[0].name
    for b in batches:
        x = _x(b, *shape[1:], seed=b)
        out = m(x)
        want = [o.numpy() for o in (out if isinstance(out, tuple) else (out,))]
        got = _ort(proto, {name: x})
        for g, w, r in zip(got, want, _ort(model, {"x": x}), strict=True):
            assert g.dtype == w.dtype == r.dtype and g.shape == w.shape
            if g.dtype.kind == "f":
                np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-5)
            else:
                np.testing.assert_array_equal(g, w)
                np.testing.assert_array_equal(g, r)
    return proto, m


# ----------------------------------------------------------------------------- MaxPool Indices

_POOLS = [
    ((2, 3, 6, 6), dict(kernel_shape=[2, 2], strides=[2, 2])),
    ((2, 2, 7, 6), dict(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1)),
    ((2, 2, 7, 8), dict(kernel_shape=[2, 3], strides=[1, 2], dilations=[2, 1],
                        storage_order=1)),
    # ceil_mode=1 that ceil_mode=0 with pads under the kernel can't give
    ((2, 2, 4, 6), dict(kernel_shape=[2, 2], strides=[2, 2], dilations=[2, 2],
                        pads=[1, 1, 1, 1], ceil_mode=1)),
    ((2, 3, 9), dict(kernel_shape=[3], strides=[2], pads=[1, 0], ceil_mode=1)),
    ((2, 2, 4, 5, 3), dict(kernel_shape=[2, 2, 2], strides=[1, 2, 1])),
    ((2, 3, 7), dict(kernel_shape=[1])),  # the pooled value is the input itself
]


@pytest.mark.parametrize("shape, attrs", _POOLS, ids=[str(a) for _, a in _POOLS])
def test_imported_max_pool_indices_export_as_max_pool(shape, attrs):
    """MaxPool's Y and Indices (Indices also read by a later node) re-export as one MaxPool
    with both outputs and the same attributes; onnxruntime gives tcomp's values."""
    nodes = [h.make_node("Relu", ["x"], ["r"]),
             h.make_node("MaxPool", ["r"], ["y", "i"], **attrs),
             h.make_node("Neg", ["y"], ["ny"]),
             h.make_node("Cast", ["i"], ["fi"], to=1)]
    model = _model(nodes, ["n", *shape[1:]], [("ny", 1), ("i", 7), ("fi", 1)])
    proto, _ = _round_trip(model, shape, (1, 3))
    pools = [n for n in proto.graph.node if n.op_type == "MaxPool"]
    assert len(pools) == 1 and len(pools[0].output) == 2
    got = {a.name: h.get_attribute_value(a) for a in pools[0].attribute}
    for k in ("kernel_shape", "strides", "dilations"):
        assert got[k] == attrs.get(k, [1] * len(attrs["kernel_shape"]))
    assert got["storage_order"] == attrs.get("storage_order", 0)


def test_imported_max_pool_indices_unexportable_pads():
    """Pads no runtime takes (as large as the kernel, under the dilated window tcomp
    imports): an ExportError naming the node and why."""
    nodes = [h.make_node("MaxPool", ["x"], ["y", "i"], name="mp", kernel_shape=[2, 2],
                         dilations=[3, 3], pads=[3, 0, 0, 0])]
    m = tonnx.load(_model(nodes, ["n", 3, 8, 8], [("y", 1), ("i", 7)]))
    with pytest.raises(ExportError, match=r"node 'mp' \(MaxPool.*pads as large as the kernel"):
        tonnx.export(m, _x(2, 3, 8, 8), None)


# ----------------------------------------------------------------------------- masks from data

def _c(name: str, value: object, dtype: object = np.float32) -> object:
    return nh.from_array(np.asarray(value, dtype), name)


def test_where_on_a_comparison_of_the_input():
    """``Where(Greater(x, 0), x, 0.1 * x)`` (a leaky ReLU): the comparison is a node of the
    written graph, not a constant of the traced batch."""
    nodes = [h.make_node("Greater", ["x", "zero"], ["pos"]),
             h.make_node("Mul", ["x", "slope"], ["xs"]),
             h.make_node("Where", ["pos", "x", "xs"], ["y"])]
    model = _model(nodes, ["n", 5], [("y", 1)], [_c("zero", 0.0), _c("slope", 0.1)])
    proto, m = _round_trip(model, (2, 5), (1, 4))
    assert [n.op_type for n in proto.graph.node].count("Greater") == 1
    x = _x(2, 5, seed=9)  # compiled, the comparison is a kernel of the plan
    np.testing.assert_array_equal(m.compile(x)(x).numpy(), m(x).numpy())


def test_logical_chains_on_float_tensors():
    """Less/LessOrEqual/Equal/GreaterOrEqual/Not/And/Or/Xor on float tensors (a weight among
    them), a mask cast to float and a float cast to a mask: all nodes of the written graph;
    the Not of a constant mask stays folded at load time."""
    w = _x(4, seed=7)
    nodes = [h.make_node("Less", ["x", "w"], ["lt"]),
             h.make_node("Abs", ["x"], ["ax"]),
             h.make_node("GreaterOrEqual", ["ax", "one"], ["big"]),
             h.make_node("Not", ["big"], ["small"]),
             h.make_node("Relu", ["x"], ["rx"]),
             h.make_node("Equal", ["rx", "zero"], ["eq"]),
             h.make_node("LessOrEqual", ["w", "x"], ["le"]),
             h.make_node("And", ["lt", "small"], ["a"]),
             h.make_node("Or", ["a", "eq"], ["o"]),
             h.make_node("Xor", ["o", "le"], ["m"]),
             h.make_node("Where", ["m", "x", "w"], ["y"]),
             h.make_node("Cast", ["m"], ["mf"], to=1),
             h.make_node("Mul", ["mf", "x"], ["z"]),
             h.make_node("Cast", ["z"], ["nz"], to=9),
             h.make_node("Not", ["const_mask"], ["folded"]),
             h.make_node("And", ["folded", "nz"], ["k"])]
    model = _model(nodes, ["n", 4], [("y", 1), ("z", 1), ("k", 9)],
                   [_c("w", w), _c("one", 1.0), _c("zero", 0.0),
                    _c("const_mask", [True, False, False, True], bool)])
    proto, _ = _round_trip(model, (3, 4), (2, 5))
    ops = [n.op_type for n in proto.graph.node]
    for op, n in (("Less", 1), ("LessOrEqual", 1), ("GreaterOrEqual", 1), ("Equal", 1),
                  ("Or", 1), ("Xor", 1), ("And", 2), ("Not", 1), ("Where", 1), ("Cast", 2)):
        assert ops.count(op) == n, (op, ops)
