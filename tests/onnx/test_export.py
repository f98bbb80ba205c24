"""tcomp.onnx.export: tcomp.nn models written as ONNX, run in onnxruntime and read back with
tcomp.onnx.load, against the tcomp.nn forward."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

import tcomp as tc
import tcomp.nn as nn
from tcomp.errors import ExportError
from tcomp.nn import functional as F

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
tonnx = pytest.importorskip("tcomp.onnx")


def _x(*shape: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def _ort(path: str, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)


def _forward(model: nn.Module, *xs: np.ndarray) -> list[np.ndarray]:
    """The eval-mode forward (the model's mode is kept)."""
    mode = model.training
    model.eval()
    with nn.no_grad():
        out = model(*[nn.Tensor(x) for x in xs])
    model.train(mode)
    return [o.numpy() for o in (out if isinstance(out, tuple) else (out,))]


def _export(model: nn.Module, example: object, tmp_path: object, **kw: object) -> str:
    path = str(tmp_path / "model.onnx")  # type: ignore[operator]
    proto = tonnx.export(model, example, path, **kw)
    onnx.checker.check_model(onnx.load(path), full_check=True)
    assert proto.opset_import[0].version == tonnx.OPSET
    return path


def _check_ort(model: nn.Module, path: str, batches: list[tuple[np.ndarray, ...]]) -> None:
    names = [i.name for i in onnx.load(path).graph.input]
    for xs in batches:
        got = _ort(path, dict(zip(names, xs, strict=True)))
        for g, w in zip(got, _forward(model, *xs), strict=True):
            np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-5)


class _Block(nn.Module):
    """A pre-norm transformer block: attention through scaled_dot_product_attention, heads
    split by reshape/transpose, a GELU MLP, residual adds."""

    def __init__(self, d: int = 16, heads: int = 2) -> None:
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d, seed=1)
        self.proj = nn.Linear(d, d, seed=2)
        self.mlp = nn.Sequential(nn.Linear(d, 2 * d, seed=3), nn.GELU(), nn.Linear(2 * d, d,
                                                                                   seed=4))
        self.drop = nn.Dropout(0.1)

    def forward(self, x: nn.Tensor) -> nn.Tensor:
        b, s, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).chunk(3, dim=-1)

        def heads(t: nn.Tensor) -> nn.Tensor:
            return t.reshape(b, s, self.heads, d // self.heads).transpose(1, 2)
        a = F.scaled_dot_product_attention(heads(q), heads(k), heads(v), is_causal=True)
        x = x + self.drop(self.proj(a.transpose(1, 2).reshape(b, s, d)))
        return x + self.mlp(self.ln2(x))


def _cnn() -> nn.Module:
    m = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1, seed=0), nn.BatchNorm2d(8), nn.ReLU(),
                      nn.MaxPool2d(2), nn.Conv2d(8, 8, 3, stride=2, seed=1), nn.ReLU(),
                      nn.Flatten(), nn.Linear(8, 5, seed=2))
    bn = m[1]
    rng = np.random.default_rng(1)  # statistics a trained layer would have
    bn.running_mean = nn.Tensor(rng.standard_normal(8).astype(np.float32))
    bn.running_var = nn.Tensor(rng.uniform(0.5, 2.0, 8).astype(np.float32))
    return m


# ----------------------------------------------------------------------------- models

def test_mlp_dynamic_batch_and_names(tmp_path):
    m = nn.Sequential(nn.Linear(8, 16, seed=0), nn.ReLU(), nn.Dropout(0.5),
                      nn.Linear(16, 4, seed=1), nn.Softmax(-1))
    path = _export(m, _x(3, 8), tmp_path)
    g = onnx.load(path).graph
    assert [n.op_type for n in g.node][:3] == ["Gemm", "Relu", "Gemm"]
    assert sorted(i.name for i in g.initializer) == sorted(m.state_dict())
    assert g.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    assert g.output[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    _check_ort(m, path, [(_x(3, 8, seed=1),), (_x(7, 8, seed=2),)])
    assert m.training  # the export's eval mode is undone


def test_cnn_batchnorm_pool(tmp_path):
    m = _cnn()
    path = _export(m, _x(2, 3, 8, 8), tmp_path)
    ops = [n.op_type for n in onnx.load(path).graph.node]
    assert {"Conv", "BatchNormalization", "MaxPool", "Reshape", "Gemm"} <= set(ops)
    _check_ort(m, path, [(_x(2, 3, 8, 8, seed=1),), (_x(5, 3, 8, 8, seed=2),)])


@pytest.mark.slow
def test_conv1d_avgpool_functional_ops(tmp_path):
    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.c1 = nn.Conv1d(4, 6, 3, padding="same", seed=0)
            self.c2 = nn.Conv1d(6, 6, 2, stride=2, dilation=1, seed=1)
            self.bn = nn.BatchNorm1d(6, track_running_stats=False)  # the batch's statistics

        def forward(self, x):
            y = self.bn(F.tanh(self.c1(x)))
            y = F.pad(self.c2(y), (1, 2), mode="replicate")
            z = F.avg_pool2d(y.unsqueeze(1), 2)  # [b, 1, 3, ...]
            z = F.log_softmax(z.flatten(1), dim=1)
            return F.clamp(z, -3.0, None) * 2.0 - F.exp(y).mean(axis=(1, 2), keepdims=True)[:, 0]

    m = Net()
    path = _export(m, _x(2, 4, 9), tmp_path)
    _check_ort(m, path, [(_x(3, 4, 9, seed=3),)])


@pytest.mark.slow
def test_more_functional_ops(tmp_path):
    class Net(nn.Module):
        def forward(self, x):  # [b, 3, 4]
            a = F.var(x, dim=-1, keepdim=True, correction=1) + F.max(x, axis=1, keepdims=True)
            b = F.pad(F.sigmoid(x), (1, 1), mode="reflect") - F.pad(x, (2, 0), mode="circular")
            c = F.stack([F.abs(x), F.sqrt(F.abs(x) + 1.0)], dim=1).min(dim=1)  # [b, 3, 4]
            d = x.permute(0, 2, 1).repeat(1, 1, 2)[:, :, 1:4] ** 2.0  # [b, 4, 3]
            e = F.maximum(F.neg(x), F.log(F.abs(x) + 0.5)).astype("float64").astype("float32")
            f = F.minimum(a, b[..., :4]) * c / F.pad(x, (0, 0, 1, 0), value=2.0)[:, 1:]
            return F.sum(f + e, axis=0) + d.transpose(1, 2).mean() + x[:1].expand(3, -1, -1)

    m = Net()
    path = _export(m, _x(3, 3, 4), tmp_path)
    _check_ort(m, path, [(_x(3, 3, 4, seed=1),), (_x(5, 3, 4, seed=2),)])


def test_embedding_and_attention_masks(tmp_path):
    """Integer inputs (Gather), a constant boolean mask with a row that attends to nothing
    (zeroed, as tcomp does) and a float mask computed by the forward."""
    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding(10, 4, seed=0)
            self.mask = np.ones((3, 3), bool)
            self.mask[1] = False

        def forward(self, idx, bias):
            h = self.emb(idx)  # [b, 3, 4]
            a = F.scaled_dot_product_attention(h, h, h, attn_mask=self.mask)
            return a + F.scaled_dot_product_attention(h, h, h, attn_mask=bias * 0.5, scale=0.3)

    m = Net()
    idx = np.array([[1, 2, 3], [4, 5, 9]], np.int64)
    path = _export(m, (idx, _x(2, 3, 3)), tmp_path)
    _check_ort(m, path, [(idx[::-1].copy(), _x(2, 3, 3, seed=1)),
                         (np.array([[0, 7, 7]], np.int64), _x(1, 3, 3, seed=2))])


@pytest.mark.slow
def test_transformer_block(tmp_path):
    m = _Block()
    path = _export(m, _x(2, 5, 16), tmp_path)
    _check_ort(m, path, [(_x(2, 5, 16, seed=1),), (_x(4, 5, 16, seed=2),)])


def test_fixed_batch(tmp_path):
    m = _cnn()
    path = _export(m, _x(2, 3, 8, 8), tmp_path, dynamic_batch=False)
    assert onnx.load(path).graph.input[0].type.tensor_type.shape.dim[0].dim_value == 2
    _check_ort(m, path, [(_x(2, 3, 8, 8, seed=4),)])


def test_two_inputs_two_outputs_indexing(tmp_path):
    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lin = nn.Linear(6, 6, seed=0)

        def forward(self, a, b):
            h = self.lin(a) + b[:, 1:7] @ nn.Tensor(np.eye(6, dtype=np.float32) * 0.5)
            rows = h.detach()[:, [0, 2, 4]]  # a constant index array: Gather
            return F.relu(h[..., -1]), nn.cat([rows, h[:, ::2]], dim=1).sum(dim=0)

    m = Net()
    path = _export(m, (_x(3, 6), _x(3, 8, seed=1)), tmp_path, input_names=["a", "b"],
                   output_names=["last", "pooled"])
    g = onnx.load(path).graph
    assert [i.name for i in g.input] == ["a", "b"] and [o.name for o in g.output] == [
        "last", "pooled"]
    _check_ort(m, path, [(_x(4, 6, seed=2), _x(4, 8, seed=3))])


def test_negative_pads_crop(tmp_path):
    """A negative pad crops: a Slice, before a constant or circular Pad (circular wraps what
    the crops keep) and after a reflect or replicate one (they reflect the whole input)."""
    class Net(nn.Module):
        def forward(self, x):  # [b, 3, 6]
            a = F.pad(x, (-1, 2, 1, -2), value=0.5)  # [b, 2, 7]
            b = F.pad(x, (2, -1), mode="reflect") + F.pad(x, (-1, 2), mode="replicate")
            c = F.pad(x, (-1, 2), mode="circular")  # [b, 3, 7]
            return a.sum(1, keepdims=True) + b + c, F.pad(x, (0, 0, -1, -1))

    m = Net()
    path = _export(m, _x(2, 3, 6), tmp_path)
    ops = [n.op_type for n in onnx.load(path).graph.node]
    assert ops.count("Slice") >= 4 and ops.count("Pad") == 4
    _check_ort(m, path, [(_x(2, 3, 6, seed=1),), (_x(4, 3, 6, seed=2),)])


def test_index_arrays_with_ints_and_masks_from_the_inputs(tmp_path):
    """An index array among ints and slices (numpy's order where a slice parts them), index
    arrays and 1-D boolean masks the forward reads from its inputs (NonZero: the count of
    rows a mask keeps changes from call to call)."""
    class Net(nn.Module):
        def forward(self, x, idx, mask):  # [b, 4, 5], int64 [b], bool [b]
            a = x[0, :, [4, 0, 2]] + x[1, :, np.array([True, False, True, True, False])]
            b = x[:, 1, idx] + x[:, -1, [-1]]  # [b, b]
            c = x[mask][:, 2:, 1]  # [rows kept, 2]
            d = x[..., 2, idx]  # [b, b]
            return a * 2.0, b - d, c

    m = Net()
    idx = np.array([3, -1, 0], np.int64)
    mask = np.array([True, False, True])
    path = _export(m, (_x(3, 4, 5), idx, mask), tmp_path)
    ops = {n.op_type for n in onnx.load(path).graph.node}
    assert {"NonZero", "Gather", "Transpose"} <= ops
    _check_ort(m, path, [(_x(3, 4, 5, seed=1), idx[::-1].copy(), ~mask),
                         (_x(2, 4, 5, seed=2), np.array([4, -5], np.int64),
                          np.array([True, True]))])


def test_boolean_attention_mask_from_the_inputs(tmp_path):
    """A boolean attn_mask the forward reads: Where on the scores (not an additive constant),
    a query that may attend to nothing gets zeros, as tcomp gives."""
    class Net(nn.Module):
        def forward(self, h, mask):  # [b, 3, 4], bool [b, 3, 3]
            return F.scaled_dot_product_attention(h, h, h, attn_mask=mask)

    m = Net()
    mask = np.ones((2, 3, 3), bool)
    mask[0, 1] = False
    mask[1, 2, :2] = False
    path = _export(m, (_x(2, 3, 4), mask), tmp_path)
    assert "Where" in {n.op_type for n in onnx.load(path).graph.node}
    _check_ort(m, path, [(_x(2, 3, 4, seed=1), mask[::-1].copy()),
                         (_x(1, 3, 4, seed=2), np.zeros((1, 3, 3), bool))])


def test_imported_3d_conv_exports_as_conv(tmp_path):
    h, nh = onnx.helper, onnx.numpy_helper
    node = h.make_node("Conv", ["x", "w", "b"], ["y"], pads=[1, 0, 1, 0, 1, 1],
                       strides=[2, 1, 1], group=2)
    graph = h.make_graph([node], "c3", [h.make_tensor_value_info("x", 1, ["n", 4, 5, 4, 4])],
                         [h.make_tensor_value_info("y", 1, None)],
                         [nh.from_array(_x(6, 2, 2, 2, 3), "w"), nh.from_array(_x(6), "b")])
    m = tonnx.load(h.make_model(graph, opset_imports=[h.make_opsetid("", 17)]))
    path = _export(m, _x(2, 4, 5, 4, 4), tmp_path)
    nodes = onnx.load(path).graph.node
    assert "Conv" in {n.op_type for n in nodes} and not any(n.domain for n in nodes)
    _check_ort(m, path, [(_x(2, 4, 5, 4, 4, seed=1),), (_x(3, 4, 5, 4, 4, seed=2),)])


def test_imported_pads_export_with_a_dynamic_batch(tmp_path):
    """An imported Pad, a Conv with asymmetric pads and a padded MaxPool re-export with a
    dynamic batch (each pad one ONNX Pad, no constant of the traced batch's size) and give
    onnxruntime's outputs on the original model at other batch sizes."""
    h, nh = onnx.helper, onnx.numpy_helper
    nodes = [h.make_node("Pad", ["x", "pads", "v"], ["p"]),
             h.make_node("Conv", ["p", "w1"], ["c1"]),
             h.make_node("Conv", ["c1", "w2"], ["c2"], pads=[0, 0, 1, 1]),
             h.make_node("MaxPool", ["c2"], ["y"], kernel_shape=[2, 2], pads=[1, 0, 0, 1])]
    graph = h.make_graph(nodes, "pads", [h.make_tensor_value_info("x", 1, ["n", 3, 5, 4])],
                         [h.make_tensor_value_info("y", 1, None)],
                         [nh.from_array(np.array([0, 0, 1, 0, 0, 0, 2, 1], np.int64), "pads"),
                          nh.from_array(np.array(0.5, np.float32), "v"),
                          nh.from_array(_x(4, 3, 3, 3), "w1"),
                          nh.from_array(_x(2, 4, 2, 2, seed=1), "w2")])
    model = h.make_model(graph, opset_imports=[h.make_opsetid("", 17)])
    m = tonnx.load(model)
    path = _export(m, _x(2, 3, 5, 4), tmp_path)
    g = onnx.load(path).graph
    ops = [n.op_type for n in g.node]
    assert ops.count("Pad") == 3 and "Concat" not in ops
    for b in (1, 3):
        x = _x(b, 3, 5, 4, seed=b)
        want = _ort(model.SerializeToString(), {"x": x})[0]
        np.testing.assert_allclose(_ort(path, {g.input[0].name: x})[0], want, rtol=1e-5,
                                   atol=1e-5)


def test_imported_where_and_computed_pad_value_export_with_a_dynamic_batch(tmp_path):
    """A Where on a constant mask and a Pad whose value is computed from the input (selected
    in by a mask) re-export with a dynamic batch: no shape or constant of the traced batch's
    size; onnxruntime's outputs on the original model at other batch sizes."""
    h, nh = onnx.helper, onnx.numpy_helper
    nodes = [h.make_node("Where", ["mask", "x", "one"], ["w"]),
             h.make_node("ReduceMax", ["w"], ["top"], keepdims=0),
             h.make_node("Pad", ["w", "pads", "top"], ["y"])]
    graph = h.make_graph(nodes, "wp", [h.make_tensor_value_info("x", 1, ["n", 3])],
                         [h.make_tensor_value_info("y", 1, None)],
                         [nh.from_array(np.array([True, False, True]), "mask"),
                          nh.from_array(np.ones(3, np.float32), "one"),
                          nh.from_array(np.array([0, 1, 0, 2], np.int64), "pads")])
    model = h.make_model(graph, opset_imports=[h.make_opsetid("", 17)])
    m = tonnx.load(model)
    path = _export(m, _x(2, 3), tmp_path)
    g = onnx.load(path).graph
    assert [n.op_type for n in g.node].count("Where") == 2
    for b in (1, 4):
        x = _x(b, 3, seed=b)
        want = _ort(model.SerializeToString(), {"x": x})[0]
        np.testing.assert_allclose(_ort(path, {g.input[0].name: x})[0], want, rtol=1e-5,
                                   atol=1e-5)


def test_imported_conv_transpose_exports_as_conv_transpose(tmp_path):
    """Two imported ConvTransposes (an output that ends inside a stride phase, an
    output_shape past the full output) export as standard nodes, with a dynamic batch."""
    h, nh = onnx.helper, onnx.numpy_helper
    nodes = [h.make_node("ConvTranspose", ["x", "w1", "b1"], ["h"], strides=[2, 3],
                         pads=[1, 0, 0, 2], dilations=[1, 2], group=2),
             h.make_node("ConvTranspose", ["h", "w2"], ["y"], strides=[2, 1],
                         output_shape=[17, 8])]
    graph = h.make_graph(nodes, "ct", [h.make_tensor_value_info("x", 1, ["n", 4, 4, 3])],
                         [h.make_tensor_value_info("y", 1, None)],
                         [nh.from_array(_x(4, 3, 3, 2), "w1"), nh.from_array(_x(6), "b1"),
                          nh.from_array(_x(6, 2, 2, 3), "w2")])
    m = tonnx.load(h.make_model(graph, opset_imports=[h.make_opsetid("", 17)]))
    path = _export(m, _x(2, 4, 4, 3), tmp_path)
    nodes = onnx.load(path).graph.node
    assert [n.op_type for n in nodes].count("ConvTranspose") == 2
    assert not any(n.domain for n in nodes)
    _check_ort(m, path, [(_x(2, 4, 4, 3, seed=1),), (_x(3, 4, 4, 3, seed=2),)])


@pytest.mark.slow
def test_round_trip_load(tmp_path):
    """export -> tcomp.onnx.load: the same outputs, the weights under their module names,
    trainable; the fine-tuned module exports again."""
    m = _cnn()
    path = _export(m, _x(2, 3, 8, 8), tmp_path)
    back = tonnx.load(path)
    x = _x(3, 3, 8, 8, seed=5)
    np.testing.assert_allclose(_forward(back, x)[0], _forward(m, x)[0], rtol=1e-5, atol=1e-5)
    assert sorted(back.state_dict()) == sorted(n for n, p in m.named_parameters())
    opt = nn.SGD(back.parameters(), lr=0.1)
    for _ in range(2):
        loss = F.mean(back(nn.Tensor(x)) ** 2.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    path2 = str(tmp_path / "again.onnx")
    tonnx.export(back, x, path2)
    _check_ort(back, path2, [(x,), (_x(1, 3, 8, 8, seed=6),)])


def _onnx_block(d: int = 8, heads: int = 2) -> object:
    """A transformer block as an ONNX graph, as exporters write one: LayerNormalization,
    q/k/v split by a Shape -> Gather -> Concat -> Reshape subgraph, Transpose and Gather,
    attention, and a GELU spelled with Erf."""
    h, nh = onnx.helper, onnx.numpy_helper
    rng = np.random.default_rng(0)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) / math.sqrt(shape[0])).astype(np.float32)
    inits = {"ln.w": np.ones(d, np.float32), "ln.b": np.zeros(d, np.float32),
             "qkv.w": w(d, 3 * d), "qkv.b": w(3 * d), "out.w": w(d, d), "fc1.w": w(d, 2 * d),
             "fc2.w": w(2 * d, d), "rest": np.array([-1, 3, heads, d // heads], np.int64),
             "zero": np.array([0], np.int64), "i0": np.array(0, np.int64),
             "i1": np.array(1, np.int64), "i2": np.array(2, np.int64),
             "scale": np.array(1 / math.sqrt(d // heads), np.float32),
             "half": np.array(0.5, np.float32), "one": np.array(1.0, np.float32),
             "sqrt2": np.array(math.sqrt(2), np.float32),
             "bsd": np.array([0, 0, d], np.int64)}
    n = h.make_node
    nodes = [
        n("LayerNormalization", ["x", "ln.w", "ln.b"], ["ln"], axis=-1),
        n("MatMul", ["ln", "qkv.w"], ["qkv0"]), n("Add", ["qkv0", "qkv.b"], ["qkv"]),
        n("Shape", ["x"], ["shp"]), n("Gather", ["shp", "zero"], ["b"], axis=0),
        n("Concat", ["b", "rest"], ["tgt"], axis=0),
        n("Reshape", ["qkv", "tgt"], ["qkv5"]),  # [b, s, 3, heads, dh]
        n("Transpose", ["qkv5"], ["t"], perm=[2, 0, 3, 1, 4]),
        n("Gather", ["t", "i0"], ["q"], axis=0), n("Gather", ["t", "i1"], ["k"], axis=0),
        n("Gather", ["t", "i2"], ["v"], axis=0),
        n("Transpose", ["k"], ["kt"], perm=[0, 1, 3, 2]), n("MatMul", ["q", "kt"], ["s0"]),
        n("Mul", ["s0", "scale"], ["s"]), n("Softmax", ["s"], ["p"], axis=-1),
        n("MatMul", ["p", "v"], ["a"]), n("Transpose", ["a"], ["a2"], perm=[0, 2, 1, 3]),
        n("Reshape", ["a2", "bsd"], ["a3"]), n("MatMul", ["a3", "out.w"], ["o"]),
        n("Add", ["x", "o"], ["r"]), n("MatMul", ["r", "fc1.w"], ["f"]),
        n("Div", ["f", "sqrt2"], ["f2"]), n("Erf", ["f2"], ["e"]),
        n("Add", ["e", "one"], ["e1"]), n("Mul", ["f", "e1"], ["g0"]),
        n("Mul", ["g0", "half"], ["g"]), n("MatMul", ["g", "fc2.w"], ["m"]),
        n("Add", ["r", "m"], ["y"])]
    f32 = onnx.TensorProto.FLOAT
    graph = h.make_graph(nodes, "block", [h.make_tensor_value_info("x", f32, ["b", 3, d])],
                         [h.make_tensor_value_info("y", f32, ["b", 3, d])],
                         [nh.from_array(v, k) for k, v in inits.items()])
    return h.make_model(graph, opset_imports=[h.make_opsetid("", 17)], ir_version=8)


@pytest.mark.slow
def test_imported_block_fine_tuned_and_exported_again(tmp_path):
    """ONNX in, a few training steps in tcomp.nn, ONNX out: onnxruntime runs the result."""
    m = tonnx.load(_onnx_block())
    opt = nn.SGD(m.parameters(), lr=0.05)
    x = _x(2, 3, 8)
    for _ in range(2):
        loss = F.mean(m(nn.Tensor(x)) ** 2.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
    path = _export(m, x, tmp_path, input_names="x", output_names="y")
    ops = {n.op_type for n in onnx.load(path).graph.node}
    assert "Erf" in ops and not any(n.domain for n in onnx.load(path).graph.node)
    _check_ort(m, path, [(_x(2, 3, 8, seed=1),), (_x(5, 3, 8, seed=2),)])


# ----------------------------------------------------------------------------- custom ops

def _b_softsign(x, k):
    from tcomp.ops.common import shape_of

    return tc.compute(shape_of(x), lambda *i: x[i] * k / (1.0 + tc.abs(x[i])),
                      name="softsign")


class _Softsign(nn.Module):
    def forward(self, x):
        return F.apply("softsign", _b_softsign, [x], (1.5,))


def test_custom_dsl_op_round_trip(tmp_path):
    m = nn.Sequential(nn.Linear(5, 6, seed=0), _Softsign(), nn.Linear(6, 2, seed=1))
    x = _x(3, 5)
    with pytest.raises(ExportError, match=r"softsign.*dynamic_batch=False"):
        tonnx.export(m, x, str(tmp_path / "dyn.onnx"))
    path = str(tmp_path / "custom.onnx")
    with pytest.warns(tonnx.CustomOpWarning, match=r"ai.tcomp.*need the tcomp library"):
        proto = tonnx.export(m, x, path, dynamic_batch=False)
    node = next(n for n in proto.graph.node if n.domain == "ai.tcomp")
    assert node.op_type == "DslOp" and "need the tcomp library" in proto.doc_string
    onnx.checker.check_model(onnx.load(path))
    with pytest.raises(Exception, match=r"ai.tcomp|DslOp"):
        _ort(path, {"input": x})  # other runtimes don't know the domain
    back = tonnx.load(path)
    np.testing.assert_allclose(_forward(back, x)[0], _forward(m, x)[0], rtol=1e-5, atol=1e-5)
    y = back(nn.Tensor(x))  # trainable through the rebuilt op
    F.sum(y).backward()
    assert all(p.grad is not None for p in back.parameters())
    proto.graph.input[0].type.tensor_type.shape.dim[0].dim_param = "batch"
    with pytest.raises(ValueError, match=r"DslOp.*input 0 must be float32 \[3, 6\]"):
        tonnx.load(proto)(nn.Tensor(_x(4, 5)))  # the op's graph is fixed to its shapes


def test_custom_op_bad_graph_refused_at_load(tmp_path):
    m = nn.Sequential(_Softsign())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", tonnx.CustomOpWarning)
        proto = tonnx.export(m, _x(2, 3), None, dynamic_batch=False)
    for a in proto.graph.node[0].attribute:
        if a.name == "graph":
            a.s = b'{"format": "tcomp-graph/1", "vars": [], "ops": [{"oops": 1}]}'
    with pytest.raises(tonnx.UnsupportedOnnxError, match=r"DslOp.*DSL graph can't be read"):
        tonnx.load(proto)


# ----------------------------------------------------------------------------- errors

def test_error_unexported_op_names_module():
    class Caps(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = nn.Sequential(nn.Linear(4, 4, seed=0))

        def forward(self, x):
            return F.squash(self.inner(x))

    class Outer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.caps = Caps()

        def forward(self, x):
            return self.caps(x)

    with pytest.raises(ExportError, match=r"squash in module 'caps' \(Caps\) has no ONNX "
                                          r"form"):
        tonnx.export(Outer(), _x(2, 4), None)
    # the functional ops are restored after the failed export
    assert F.squash.__name__ == "squash" and F.relu.__module__ == "tcomp.nn.elementwise"


def test_error_value_computed_outside_nn_ops():
    class Leaky(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lin = nn.Linear(4, 4, seed=0)

        def forward(self, x):
            y = self.lin(x)
            return y + nn.Tensor(np.tanh(y.numpy()))  # numpy: invisible to the trace

    with pytest.raises(ExportError, match=r"add in <model> \(Leaky\) reads a tensor \[2, 4\] "
                                          "that changes with the input"):
        tonnx.export(Leaky(), _x(2, 4), None, dynamic_batch=False)


def test_error_control_flow_on_values():
    class Branchy(nn.Module):
        def forward(self, x):
            return F.relu(x) if float(x.numpy()[0, 0]) > 0 else F.exp(x)

    x = _x(2, 3)
    x[0, 0], x[1, 2] = 1.0, -1.0  # the second input starts with x[1, 2]
    with pytest.raises(ExportError, match=r"runs other ops.*op 0 is relu.*exp"):
        tonnx.export(Branchy(), x, None, dynamic_batch=False)

    class Scaled(nn.Module):
        def forward(self, x):
            return x * float(x.numpy().max())  # a number from the data

    with pytest.raises(ExportError, match=r"mul in <model> \(Scaled\) \(op 0\) takes "
                                          r"b=[-0-9.e]+ on the example and [-0-9.e]+ on"):
        tonnx.export(Scaled(), x, None, dynamic_batch=False)


def test_error_batch_dependent_reshape():
    class Outer(nn.Module):
        def forward(self, x):
            z = x.unsqueeze(0) * x.unsqueeze(1)  # [b, b, 4]
            return z.reshape(z.shape[0], -1)  # [b, 4b]: two dims follow the batch

    with pytest.raises(ExportError, match=r"reshape in <model>.*dims \[0, 1\] both change"):
        tonnx.export(Outer(), _x(2, 4), None)
    tonnx.export(Outer(), _x(2, 4), None, dynamic_batch=False)


def test_error_training_dropout_and_bad_arguments():
    class Drop(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5, True, np.random.default_rng(0))

    with pytest.raises(ExportError, match=r"dropout with training=True"):
        tonnx.export(Drop(), _x(2, 3), None)
    with pytest.raises(ExportError, match=r"not a tcomp.nn.Module"):
        tonnx.export(lambda x: x, _x(2, 3), None)
    with pytest.raises(ExportError, match=r"example input 0 is a str"):
        tonnx.export(nn.ReLU(), "x", None)
    with pytest.raises(ExportError, match=r"input_names=.*2 distinct"):
        tonnx.export(nn.ReLU(), (_x(2), _x(2)), None, input_names=["a", "a"])
    with pytest.raises(ExportError, match=r"output_names='weight'.*naming a parameter"):
        tonnx.export(nn.Linear(3, 2), _x(2, 3), None, output_names="weight")
    with pytest.raises(ExportError, match=r"the forward failed on the example: DSLShapeError"):
        tonnx.export(nn.Linear(3, 2), _x(2, 4), None)



def test_self_check_catches_a_wrong_graph(monkeypatch):
    """The written graph runs before the file is written: a wrong conversion (here relu
    written as Sigmoid) is an error in onnxruntime and, without it, in tcomp.onnx.load; a graph
    the importer can't run (Sin) says so and names check=False."""
    from tcomp.onnx.export_ops import CONVERT

    m = nn.Sequential(nn.Linear(4, 3, seed=0), nn.ReLU())

    def as_op(op):
        return lambda g, c, c2: g.node(op, [g.name(c.args["x"])], c.outs[0].name)
    monkeypatch.setitem(CONVERT, "relu", as_op("Sigmoid"))
    with pytest.raises(ExportError, match="output 0 of the written graph differs"):
        tonnx.export(m, _x(2, 4), None)
    monkeypatch.setitem(__import__("sys").modules, "onnxruntime", None)
    with pytest.raises(ExportError, match="output 0 of the written graph differs"):
        tonnx.export(m, _x(2, 4), None)
    monkeypatch.setitem(CONVERT, "relu", as_op("Sin"))
    with pytest.raises(ExportError, match=r"(?s)can.t be checked with tcomp.onnx.load.*Sin.*"
                                          r"check=False"):
        tonnx.export(m, _x(2, 4), None)
    monkeypatch.undo()
    monkeypatch.setitem(__import__("sys").modules, "onnxruntime", None)
    tonnx.export(m, _x(2, 4), None)  # checked with tcomp.onnx.load


def test_the_exporter_module_is_not_shadowed_by_the_function():
    import importlib

    mod = importlib.import_module("tcomp.onnx.exporter")
    assert callable(tonnx.export) and mod.export is tonnx.export
    assert "tcomp.onnx.export" not in __import__("sys").modules
