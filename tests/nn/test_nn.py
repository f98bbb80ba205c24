"""tcomp.nn: gradient checks (central differences, float64) of every op and layer, the tape,
errors naming shapes, modules, optimizers, state dicts and the data loader."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

import tcomp as tc
from tcomp import nn
from tcomp.errors import ArgumentValueError, DSLShapeError, TensorIndexError
from tcomp.nn import functional as F

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

R = np.random.default_rng(1)


def rand(*shape):
    return R.standard_normal(shape)


@pytest.mark.parametrize("fn", [F.exp, F.tanh, F.sigmoid, F.relu, F.gelu, F.neg, F.abs,
                                lambda x: F.log(x * x + 1.0), lambda x: F.sqrt(x * x + 1.0),
                                lambda x: 2.0 / (x * x + 1.0) - 3.0 * x, lambda x: x ** 3.0])
def test_elementwise_gradients(fn):
    gradcheck(fn, rand(3, 4))


@pytest.mark.parametrize("name", ["add", "sub", "mul", "div", "maximum", "minimum"])
def test_broadcasting_binary_gradients(name):
    f = getattr(F, name)
    b = rand(4) if name != "div" else np.abs(rand(4)) + 1.0
    gradcheck(lambda x, y: f(x, y), rand(3, 4), b)
    gradcheck(lambda x, y: f(x, y), rand(3, 1), rand(1, 5) + (2.0 if name == "div" else 0.0))


@pytest.mark.parametrize("kind", ["sum", "mean", "max", "var"])
def test_reduction_gradients(kind):
    f = getattr(F, kind)
    gradcheck(lambda x: f(x, axis=1), rand(3, 4))
    gradcheck(lambda x: f(x, axis=(0, 2), keepdims=True), rand(2, 3, 4))
    gradcheck(lambda x: f(x), rand(5))


@pytest.mark.parametrize("kind", ["sum", "mean", "max"])
def test_reducing_a_0d_tensor_or_no_axes_returns_the_values(kind):
    """torch returns a 0-d tensor's own value for .sum(); the DSL reduce with no axis used to
    build a Reduce with no reduction loop, which failed IR verification."""
    x = nn.Tensor(np.array(3.5, np.float64), requires_grad=True)
    y = getattr(x, kind)()
    assert y.shape == () and float(y.numpy()) == 3.5
    y.backward()
    assert float(x.grad.numpy()) == 1.0
    gradcheck(lambda t: getattr(F, kind)(t, axis=()), rand(2, 3))


def test_matmul_bmm_linear_gradients():
    gradcheck(lambda a, b: a @ b, rand(3, 4), rand(4, 5))
    gradcheck(lambda a, b: F.matmul(a, b), rand(2, 3, 4), rand(2, 4, 2))
    gradcheck(lambda a, b: a @ b, rand(2, 3, 4), rand(4, 2))
    gradcheck(lambda x, w, b: F.linear(x, w, b), rand(3, 4), rand(2, 4), rand(2))


@pytest.mark.parametrize("kw", [dict(), dict(stride=2), dict(padding=1), dict(dilation=2),
                                dict(groups=2, padding=1)])
def test_conv2d_gradients(kw):
    g = kw.get("groups", 1)
    gradcheck(lambda x, w, b: F.conv2d(x, w, b, **kw), rand(2, 2, 6, 6), rand(4, 2 // g, 3, 3),
              rand(4))


def test_pooling_softmax_norm_gradients():
    gradcheck(lambda x: F.max_pool2d(x, 2), rand(1, 2, 4, 4))
    gradcheck(lambda x: F.avg_pool2d(x, 2, 1), rand(1, 2, 3, 3))
    gradcheck(lambda x: F.softmax(x), rand(3, 5))
    gradcheck(lambda x: F.log_softmax(x, axis=0), rand(3, 5))
    gradcheck(lambda x, w, b: F.layer_norm(x, w, b), rand(3, 5), rand(5), rand(5))


def test_embedding_and_cross_entropy():
    idx = np.array([[1, 0], [3, 1]])
    gradcheck(lambda w: F.embedding(idx, w), rand(4, 3))
    t = np.array([2, 0, 1])
    gradcheck(lambda x: F.cross_entropy(x, t), rand(3, 4))
    x = rand(3, 4)
    ref = -np.mean(x[np.arange(3), t] - np.log(np.exp(x).sum(1)))
    np.testing.assert_allclose(F.cross_entropy(nn.Tensor(x), t).item(), ref, rtol=1e-10)


def test_shapes_slices_concat_gradients():
    gradcheck(lambda x: F.reshape(x, (4, 3)) * 2.0, rand(3, 4))
    gradcheck(lambda x: x.permute(2, 0, 1) * 1.5, rand(2, 3, 4))
    gradcheck(lambda x: x.T, rand(2, 3))
    gradcheck(lambda x: x[1:, ::2] * 3.0, rand(3, 5))
    gradcheck(lambda x: x[1] * 3.0, rand(3, 5))
    gradcheck(lambda a, b: F.concat([a, b, a], axis=1), rand(2, 3), rand(2, 1))
    np.testing.assert_array_equal(nn.Tensor(np.arange(10.0)).numpy()[2:7:2],
                                  nn.Tensor(np.arange(10.0))[2:7:2].numpy())


def test_capsule_squash_and_routing_gradients():
    gradcheck(F.squash, rand(2, 3, 4))
    gradcheck(lambda u: F.dynamic_routing(u, 3), 0.5 * rand(2, 3, 2, 4), tol=1e-5)


def test_capsule_predict_values_gradients_and_errors():
    u, w = rand(2, 3, 4), rand(3, 4, 2 * 5)
    ref = np.einsum("bik,ikm->bim", u, w).reshape(2, 3, 2, 5)
    np.testing.assert_allclose(F.capsule_predict(nn.Tensor(u), nn.Tensor(w), 2).numpy(), ref,
                               rtol=1e-12)
    gradcheck(lambda u, w: F.capsule_predict(u, w, 2), u, w)
    with pytest.raises(ValueError, match=r"W \[3, 4, 10\] must be \[3, 4, out_caps \* out_dim\]"):
        F.capsule_predict(nn.Tensor(u), nn.Tensor(w), 3)
    with pytest.raises(TypeError, match="dtypes differ"):
        F.capsule_predict(nn.Tensor(u), nn.Tensor(w.astype(np.float32)), 2)


def test_capsule_layers_and_margin_loss_gradients():
    prim = nn.PrimaryCapsules(2, 2, 3, 3, seed=0)
    digit = nn.DigitCapsules(2 * 2 * 2, 3, 2, 4, iterations=2, seed=1)
    for p in [*prim.parameters(), *digit.parameters()]:
        p.data = p.data.astype(np.float64)
    x = rand(2, 2, 4, 4)

    def loss(w):
        prim.conv.weight = w
        return nn.margin_loss(digit(prim(nn.Tensor(x))), np.array([0, 1]))
    gradcheck(loss, prim.conv.weight.numpy().copy(), tol=1e-5)


def test_margin_loss_values_and_class_id_errors():
    v = rand(3, 4, 2).astype(np.float32)
    t = np.array([0, 3, 1])
    length = np.sqrt((v.astype(np.float64) ** 2).sum(-1) + 1e-9)
    onehot = np.eye(4)[t]
    want = (onehot * np.maximum(0.9 - length, 0) ** 2
            + 0.5 * (1 - onehot) * np.maximum(length - 0.1, 0) ** 2).sum() / 3
    np.testing.assert_allclose(nn.margin_loss(nn.Tensor(v), t).numpy(), want, rtol=1e-5)
    for bad in ([0, 4, 1], [-1, 0, 1]):  # numpy indexing would have wrapped the -1
        with pytest.raises(TensorIndexError, match="margin_loss: class id -?[14] is out of "
                           r"range for 4 capsules \(expected ids in \[0, 3\]\)"):
            nn.margin_loss(nn.Tensor(v), np.array(bad))
    with pytest.raises(DSLShapeError, match=r"margin_loss: takes capsules \[N, C, D\] and "
                       r"integer class ids \[N\], got \[3, 4, 2\] and float64 \[3\]"):
        nn.margin_loss(nn.Tensor(v), np.array([0.0, 1.0, 2.0]))


def test_tape_accumulates_and_no_grad_detach():
    x = nn.Tensor(np.array([1.0, 2.0]), requires_grad=True)
    y = (x * x).sum() + (x * 3.0).sum()
    y.backward()
    np.testing.assert_allclose(x.grad.numpy(), [5.0, 7.0])
    (x * 1.0).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [6.0, 8.0])
    with nn.no_grad():
        assert not (x * 2.0).requires_grad
    assert not x.detach().requires_grad
    assert np.asarray(x).dtype == np.float64


def test_errors_name_shapes_and_dtypes():
    a, b = nn.Tensor(np.ones((2, 3), np.float32)), nn.Tensor(np.ones((4, 5), np.float32))
    with pytest.raises(tc.DSLShapeError, match=r"\[2, 3\] @ \[4, 5\]"):
        a @ b
    with pytest.raises(tc.DSLShapeError, match=r"shapes \[2, 3\] and \[4, 5\] don't broadcast"):
        a + b
    x = nn.Tensor(np.ones((2, 3)), requires_grad=True)
    with pytest.raises(tc.TcompRuntimeError, match=r"non-scalar tensor of shape \[2, 3\]"):
        (x * 2.0).backward()
    with pytest.raises(tc.DSLTypeError, match=r"float32 \[2, 3\] and float64 \[2, 3\]"):
        a + x
    with pytest.raises(tc.DSLTypeError, match=r"int64 \[3\]"):
        F.relu(nn.Tensor(np.arange(3)))
    with pytest.raises(tc.DSLTypeError, match="integer class ids"):
        F.cross_entropy(a, np.zeros(2))


def test_modules_state_dict_roundtrip(tmp_path):
    m = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.LayerNorm(8), nn.GELU(), nn.Dropout(0.5),
                      nn.Linear(8, 3, seed=1))
    assert len(m.parameters()) == 6
    m.eval()
    x = nn.Tensor(rand(2, 4).astype(np.float32))
    y = m(x).numpy()
    m.save(str(tmp_path / "m.npz"))
    m2 = nn.Sequential(nn.Linear(4, 8, seed=5), nn.ReLU(), nn.LayerNorm(8), nn.GELU(),
                       nn.Dropout(0.5), nn.Linear(8, 3, seed=6))
    m2.load_state_dict(str(tmp_path / "m.npz"))
    m2.eval()
    np.testing.assert_allclose(m2(x).numpy(), y)
    m.train()
    assert m(x).shape == (2, 3) and m.training
    with pytest.raises(KeyError, match="missing keys"):
        m2.load_state_dict({})


@pytest.mark.parametrize("make", [lambda p: nn.SGD(p, lr=0.1, momentum=0.9, weight_decay=0.01),
                                  lambda p: nn.Adam(p, lr=0.1)])
def test_optimizers_match_reference_and_decrease_loss(make):
    # fixed, not drawn from R: SGD's momentum oscillates, so the loss after 20 steps depends
    # on where it starts, and a draw would move with every test added above this one
    w0 = np.array([-1.3, 0.2, 2.4], np.float32)
    w = nn.Parameter(w0.copy())
    opt = make([w])
    losses = []
    for _ in range(20):
        loss = ((w - 1.0) * (w - 1.0)).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.1 * losses[0]
    # one step against a numpy reference
    w = nn.Parameter(w0.copy())
    opt = make([w])
    ((w * w).sum()).backward()
    opt.step()
    g = 2 * w0
    if isinstance(opt, nn.SGD):
        ref = w0 - 0.1 * (g + 0.01 * w0)
    else:
        ref = w0 - 0.1 * np.sign(g)  # Adam's first step has size lr
    np.testing.assert_allclose(w.numpy(), ref, rtol=1e-4, atol=1e-6)


def test_dataloader_batches_shuffle_drop_last():
    ds = nn.TensorDataset(np.arange(10), np.arange(10) * 2)
    dl = nn.DataLoader(ds, batch_size=4, shuffle=True, seed=3)
    batches = list(dl)
    assert [len(b[0]) for b in batches] == [4, 4, 2] and len(dl) == 3
    seen = np.concatenate([b[0].numpy() for b in batches])
    assert sorted(seen) == list(range(10)) and list(seen) != list(range(10))
    np.testing.assert_array_equal(batches[0][1].numpy(), batches[0][0].numpy() * 2)
    dl2 = nn.DataLoader(ds, batch_size=4, shuffle=True, seed=3, drop_last=True)
    assert [len(b[0]) for b in dl2] == [4, 4] and len(dl2) == 2
    again = np.concatenate([b[0].numpy() for b in nn.DataLoader(ds, 4, shuffle=True, seed=3)])
    np.testing.assert_array_equal(again, seen)


def test_kernels_are_cached_per_shape():
    from tcomp.nn import kernels
    x = nn.Tensor(rand(7, 3).astype(np.float32))
    F.tanh(x).numpy()
    before = dict(kernels.STATS)
    F.tanh(x).numpy()
    assert kernels.STATS["builds"] == before["builds"]
    assert kernels.STATS["kernels"] == before["kernels"]
    assert kernels.STATS["launches"] == before["launches"] + 1
    F.tanh(nn.Tensor(rand(7, 4).astype(np.float32))).numpy()  # a new shape builds anew
    assert kernels.STATS["kernels"] == before["kernels"] + 1


def test_layers_without_a_seed_start_different_and_manual_seed_repeats_them() -> None:
    # q, k and v of an attention layer used to start equal (every Linear seeded with 0)
    nn.manual_seed(7)
    q, k = nn.Linear(8, 8), nn.Linear(8, 8)
    c1, c2 = nn.Conv2d(2, 3, 3), nn.Conv2d(2, 3, 3)
    assert not np.array_equal(q.weight.numpy(), k.weight.numpy())
    assert not np.array_equal(c1.weight.numpy(), c2.weight.numpy())
    nn.manual_seed(7)
    q2 = nn.Linear(8, 8)
    np.testing.assert_array_equal(q.weight.numpy(), q2.weight.numpy())
    # an explicit seed is its own stream, whatever the global generator did
    a, b = nn.Linear(4, 4, seed=3), nn.Linear(4, 4, seed=3)
    np.testing.assert_array_equal(a.weight.numpy(), b.weight.numpy())
    for bad in (-1, 1.5, True, "1"):
        with pytest.raises(ArgumentValueError, match="seed"):
            nn.manual_seed(bad)
        with pytest.raises(ArgumentValueError, match="seed must be a non-negative int or None"):
            nn.Linear(2, 2, seed=bad)


def test_containers_index_iterate_and_a_plain_list_of_modules_is_refused() -> None:
    seq = nn.Sequential(nn.Linear(4, 8, seed=1), nn.ReLU(), nn.Linear(8, 2, seed=2))
    assert len(seq) == 3 and isinstance(seq[0], nn.Linear) and seq[-1] is seq[2]
    assert [type(m).__name__ for m in seq] == ["Linear", "ReLU", "Linear"]
    head = seq[:2]
    assert isinstance(head, nn.Sequential) and len(head) == 2 and head[0] is seq[0]
    x = nn.tensor(np.ones((3, 4), np.float32))
    np.testing.assert_allclose(seq(x).numpy(), seq[2](seq[1](seq[0](x))).numpy())
    with pytest.raises(IndexError, match="index 3 out of range for 3 modules"):
        seq[3]
    with pytest.raises(ArgumentValueError, match="index must be an int or a slice"):
        seq["0"]

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.blocks = nn.ModuleList([nn.Linear(4, 4, seed=k) for k in range(3)])
            self.heads = nn.ModuleDict({"a": nn.Linear(4, 1, seed=5), "b": nn.Linear(4, 2)})

        def forward(self, x):
            for b in self.blocks:
                x = b(x)
            return self.heads["a"](x)

    net = Net()
    names = [n for n, _ in net.named_parameters()]
    assert "blocks.2.weight" in names and "heads.b.bias" in names and len(names) == 10
    assert net(x).shape == (3, 1)
    assert [n for n, _ in net.named_modules()][:3] == ["", "blocks", "blocks.0"]
    assert list(net.heads) == ["a", "b"] and "b" in net.heads and len(net.heads) == 2
    net.blocks.append(nn.Linear(4, 4))
    assert len(net.blocks) == 4 and len(net.parameters()) == 12
    with pytest.raises(KeyError, match=r"no module 'c'; it has \['a', 'b'\]"):
        net.heads["c"]
    with pytest.raises(ArgumentValueError, match="ModuleList holds modules"):
        nn.ModuleList([nn.ReLU(), 3])
    with pytest.raises(ArgumentValueError, match="ModuleDict key"):
        nn.ModuleDict({"forward": nn.ReLU()})

    class Plain(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = [nn.Linear(2, 2), nn.Linear(2, 2)]

    with pytest.raises(ArgumentValueError, match=r"Plain\.layers: a plain list of modules .* "
                                                 r"nn\.ModuleList"):
        Plain()


def test_pytorch_names_dim_and_keepdim_beside_axis_and_keepdims() -> None:
    a = np.random.default_rng(0).standard_normal((3, 4, 5)).astype(np.float32)
    x = nn.tensor(a)
    np.testing.assert_allclose(x.sum(dim=1, keepdim=True).numpy(),
                               a.sum(axis=1, keepdims=True), rtol=1e-5)
    np.testing.assert_allclose(F.mean(x, dim=(0, 2)).numpy(), a.mean(axis=(0, 2)), rtol=1e-5)
    np.testing.assert_allclose(x.max(dim=-1).numpy(), a.max(axis=-1), rtol=1e-6)
    np.testing.assert_allclose(x.sum(1).numpy(), a.sum(1), rtol=1e-5)  # positional: axis
    e = np.exp(a - a.max(axis=1, keepdims=True))
    np.testing.assert_allclose(F.softmax(x, dim=1).numpy(), e / e.sum(1, keepdims=True),
                               rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(x.softmax(dim=-1).numpy(), F.softmax(x).numpy(), rtol=1e-6)
    with pytest.raises(ArgumentValueError, match="sum: give axis= or dim="):
        x.sum(axis=1, dim=1)
    with pytest.raises(ArgumentValueError, match="mean: give keepdims= or keepdim="):
        F.mean(x, keepdims=True, keepdim=True)
    with pytest.raises(ArgumentValueError, match="softmax: give axis= or dim="):
        F.softmax(x, 1, dim=1)


def test_mse_loss_flatten_unsqueeze_squeeze_and_their_modules() -> None:
    a, b = rand(3, 4), rand(3, 4)
    for red, want in (("mean", ((a - b) ** 2).mean()), ("sum", ((a - b) ** 2).sum()),
                      ("none", (a - b) ** 2)):
        got = F.mse_loss(nn.tensor(a), nn.tensor(b), reduction=red).numpy()
        np.testing.assert_allclose(got, want, rtol=1e-10)
    gradcheck(lambda x, y: F.mse_loss(x, y), a, b)
    gradcheck(lambda x: F.flatten(x, 1) * 2.0, rand(2, 3, 2))
    gradcheck(lambda x: F.unsqueeze(x, -1).sum(dim=2), rand(3, 2))
    x = nn.tensor(rand(2, 1, 3, 1))
    assert x.flatten().shape == (6,) and x.flatten(1, 2).shape == (2, 3, 1)
    assert x.squeeze().shape == (2, 3) and x.squeeze(1).shape == (2, 3, 1)
    assert x.squeeze(0).shape == (2, 1, 3, 1)  # not length 1: kept, as in PyTorch
    assert x.unsqueeze(0).shape == (1, 2, 1, 3, 1) and x.unsqueeze(-1).shape == (2, 1, 3, 1, 1)
    assert nn.Flatten()(x).shape == (2, 3)
    s = nn.Softmax(dim=2)(x).numpy()
    np.testing.assert_allclose(s.sum(axis=2), np.ones((2, 1, 1)), rtol=1e-6)
    assert float(nn.MSELoss(reduction="sum")(nn.tensor(a), nn.tensor(b)).numpy()) == \
        pytest.approx(((a - b) ** 2).sum())
    with pytest.raises(tc.DSLShapeError, match=r"mse_loss: input \[3, 4\] and target \[4, 3\]"):
        F.mse_loss(nn.tensor(a), nn.tensor(b.T))
    with pytest.raises(ArgumentValueError, match="reduction must be 'mean', 'sum' or 'none'"):
        F.mse_loss(nn.tensor(a), nn.tensor(b), reduction="avg")
    with pytest.raises(ArgumentValueError, match="start_dim 2 comes after end_dim 1"):
        x.flatten(2, 1)
    with pytest.raises(Exception, match="unsqueeze"):
        x.unsqueeze(6)


def test_min_clamp_clone_conversions_and_python_numbers() -> None:
    a = rand(3, 4)
    x = nn.tensor(a)
    np.testing.assert_allclose(x.min(dim=1, keepdim=True).numpy(), a.min(1, keepdims=True))
    np.testing.assert_allclose(F.min(x).numpy(), a.min())
    np.testing.assert_allclose(x.clamp(-0.5, 0.5).numpy(), np.clip(a, -0.5, 0.5))
    np.testing.assert_allclose(x.clamp(max=0.0).numpy(), np.minimum(a, 0.0))
    gradcheck(lambda t: F.min(t, dim=0), a)
    gradcheck(lambda t: t.clamp(-0.5, 0.5), a + 0.01)  # no element at a bound
    gradcheck(lambda t: t.clone() * t, a)
    t = nn.tensor(a, requires_grad=True)
    c = t.clone()
    assert c.data is not t.data and np.array_equal(c.numpy(), t.numpy())
    assert t.float().dtype == np.float32 and t.double().dtype == np.float64
    assert t.long().dtype == np.int64 and t.int().dtype == np.int32
    assert nn.tensor(np.array([[1.5, 2.0]])).tolist() == [[1.5, 2.0]]
    assert float(nn.tensor(np.array(2.5))) == 2.5 and int(nn.tensor(np.array([7]))) == 7
    with pytest.raises(tc.DSLTypeError, match=r"float\(\) of a tensor of shape \[3, 4\]"):
        float(x)
    with pytest.raises(ArgumentValueError, match="clamp: give min=, max= or both"):
        x.clamp()


def test_load_state_dict_strict_false_and_clip_grad_norm() -> None:
    from tcomp.nn.serialization import StateDictError

    m = nn.Sequential(nn.Linear(3, 4, seed=1), nn.ReLU(), nn.Linear(4, 2, seed=2))
    state = {k: v + 1.0 for k, v in m.state_dict().items() if k.startswith("0.")}
    state["head.weight"] = np.zeros((2, 2), np.float32)
    with pytest.raises(StateDictError, match=r"missing keys \['2.bias', '2.weight'\]"):
        m.load_state_dict(state)
    before = m.state_dict()
    missing, unexpected = m.load_state_dict(state, strict=False)
    assert missing == ["2.bias", "2.weight"] and unexpected == ["head.weight"]
    np.testing.assert_array_equal(m.state_dict()["0.weight"], state["0.weight"])
    np.testing.assert_array_equal(m.state_dict()["2.weight"], before["2.weight"])
    with pytest.raises(StateDictError, match=r"'0.bias': shape \[5\] in the state"):
        m.load_state_dict({"0.bias": np.zeros(5, np.float32)}, strict=False)

    x = nn.tensor(rand(8, 3).astype(np.float32))
    (m(x) * 10.0).sum().backward()
    grads = [p.grad.numpy().copy() for p in m.parameters()]
    norm = float(np.sqrt(sum((g.astype(np.float64) ** 2).sum() for g in grads)))
    got = nn.utils.clip_grad_norm_(m.parameters(), norm * 2)  # under the limit: unchanged
    assert got == pytest.approx(norm, rel=1e-5)
    for p, g in zip(m.parameters(), grads, strict=True):
        np.testing.assert_array_equal(p.grad.numpy(), g)
    assert nn.utils.clip_grad_norm_(m.parameters(), 0.5) == pytest.approx(norm, rel=1e-5)
    after = np.sqrt(sum((p.grad.numpy().astype(np.float64) ** 2).sum() for p in m.parameters()))
    assert after == pytest.approx(0.5, rel=1e-4)
    assert nn.utils.clip_grad_norm_(nn.Linear(2, 2).parameters(), 1.0) == 0.0  # no grads
    for bad in (0, -1.0, float("inf"), True):
        with pytest.raises(ArgumentValueError, match="max_norm must be a positive finite"):
            nn.utils.clip_grad_norm_(m.parameters(), bad)
    with pytest.raises(ArgumentValueError, match="parameters must be tensors"):
        nn.utils.clip_grad_norm_([np.zeros(3)], 1.0)


def test_adamw_and_nesterov_sgd_follow_their_formulas() -> None:
    rng = np.random.default_rng(4)
    p0 = rng.standard_normal((3, 5)).astype(np.float32)
    grads = [rng.standard_normal((3, 5)).astype(np.float32) for _ in range(3)]

    def run(make):
        p = nn.Parameter(p0.copy())
        opt = make([p])
        for g in grads:
            p.grad = nn.tensor(g)
            opt.step()
        return p.numpy()

    # AdamW: p *= 1 - lr*wd, then the Adam step on the bare gradient
    lr, wd, b1, b2, eps = 0.1, 0.05, 0.9, 0.999, 1e-8
    p, m, v = p0.astype(np.float64), 0.0, 0.0
    for t, g in enumerate(grads, 1):
        m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g
        p = p * (1 - lr * wd) - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    np.testing.assert_allclose(run(lambda ps: nn.AdamW(ps, lr=lr, weight_decay=wd)), p,
                               rtol=1e-5, atol=1e-6)
    # SGD, Nesterov: buf = mu*buf + g; p -= lr*(g + mu*buf)
    mu, p, buf = 0.9, p0.astype(np.float64), 0.0
    for g in grads:
        buf = mu * buf + g
        p = p - lr * (g + mu * buf)
    np.testing.assert_allclose(run(lambda ps: nn.SGD(ps, lr=lr, momentum=mu, nesterov=True)),
                               p, rtol=1e-5, atol=1e-6)
    q = [nn.Parameter(p0.copy())]
    with pytest.raises(ArgumentValueError, match="nesterov=True needs a momentum > 0"):
        nn.SGD(q, nesterov=True)
    with pytest.raises(ArgumentValueError, match="SGD: lr must be a finite number >= 0"):
        nn.SGD(q, lr=-1.0)
    with pytest.raises(ArgumentValueError, match=r"AdamW: betas must be two numbers in \[0, 1\)"):
        nn.AdamW(q, betas=(0.9, 1.0))


def test_zeros_ones_randn_cat_and_stack() -> None:
    assert nn.zeros(2, 3).numpy().sum() == 0 and nn.ones((2, 3)).numpy().sum() == 6
    assert nn.zeros(4, dtype=np.float64).dtype == np.float64
    assert nn.ones(2, requires_grad=True).requires_grad
    nn.manual_seed(3)
    r1 = nn.randn(3, 4).numpy()
    nn.manual_seed(3)
    np.testing.assert_array_equal(nn.randn(3, 4).numpy(), r1)
    a, b = rand(2, 3), rand(2, 3)
    np.testing.assert_allclose(nn.cat([nn.tensor(a), nn.tensor(b)], dim=1).numpy(),
                               np.concatenate([a, b], 1))
    np.testing.assert_allclose(nn.stack([nn.tensor(a), nn.tensor(b)], dim=-1).numpy(),
                               np.stack([a, b], -1))
    gradcheck(lambda x, y: nn.stack([x, y * 2.0], dim=1), a, b)
    with pytest.raises(tc.DSLShapeError, match=r"stack: shapes \[2, 3\] and \[3, 2\] differ"):
        nn.stack([nn.tensor(a), nn.tensor(b.T)])
    with pytest.raises(ArgumentValueError, match="zeros: sizes must be ints >= 0"):
        nn.zeros(2, -1)
    with pytest.raises(ArgumentValueError, match="stack: needs at least one tensor"):
        nn.stack([])


def test_gelu_tanh_keeps_its_relative_accuracy_for_negative_inputs() -> None:
    # 0.5 v (1 + tanh(u)) in float32 cancels to 0 or to a few bits below v = -4; the form
    # v / (1 + 2^(-2u log2 e)) keeps float32's relative precision there
    a = np.concatenate([np.linspace(-9.5, -3, 200), np.linspace(-3, 6, 200)]).astype(np.float32)
    z = a.astype(np.float64)
    want = z / (1 + np.exp(-2 * np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3)))
    got = F.gelu(nn.tensor(a), approximate="tanh").numpy()
    np.testing.assert_allclose(got, want, rtol=2e-5, atol=0)


def test_gelu_approximate_and_embedding_module() -> None:
    a = rand(3, 5)
    tanh_form = 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a ** 3)))
    np.testing.assert_allclose(F.gelu(nn.tensor(a), approximate="tanh").numpy(), tanh_form,
                               rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(nn.GELU("tanh")(nn.tensor(a)).numpy(), tanh_form, rtol=1e-6,
                               atol=1e-7)
    gradcheck(lambda t: F.gelu(t, approximate="tanh"), a)
    with pytest.raises(ArgumentValueError, match="approximate must be 'none' or 'tanh'"):
        nn.GELU("erf")
    emb = nn.Embedding(6, 4, seed=2)
    idx = np.array([[0, 5], [3, 3]])
    out = emb(nn.tensor(idx))
    np.testing.assert_array_equal(out.numpy(), emb.weight.numpy()[idx])
    out.sum().backward()
    assert emb.weight.grad.numpy()[3].tolist() == [2.0] * 4  # row 3 used twice
    with pytest.raises(ArgumentValueError, match="Embedding: embedding_dim must be a positive"):
        nn.Embedding(3, 0)


def test_module_double_and_float_cast_parameters_in_place() -> None:
    model = nn.Sequential(nn.Linear(3, 4, seed=0), nn.ReLU(), nn.Linear(4, 2, seed=1))
    params = list(model.parameters())
    before = [p.numpy().copy() for p in params]
    assert model.double() is model
    assert [id(p) for p in model.parameters()] == [id(p) for p in params]  # same objects
    assert all(p.dtype == np.float64 for p in params)
    for p, b in zip(params, before, strict=True):
        np.testing.assert_array_equal(p.numpy(), b.astype(np.float64))
    x = nn.tensor(rand(5, 3).astype(np.float64))
    model(x).sum().backward()
    assert all(p.grad.dtype == np.float64 for p in params)
    model.float()
    assert all(p.dtype == np.float32 and p.grad.dtype == np.float32 for p in params)
