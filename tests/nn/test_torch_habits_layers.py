"""PyTorch habits of tcomp.nn (issue 11): module buffers, BatchNorm1d/2d and F.batch_norm,
F.nll_loss and cross_entropy's weight/ignore_index/reduction/label_smoothing, and
F.scaled_dot_product_attention. Values against numpy references, float64 central-difference
gradients, state dict round trips, errors; the same against torch where it is installed."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from tcomp import nn
from tcomp.errors import (
    ArgumentTypeError,
    ArgumentValueError,
    DSLShapeError,
    DSLTypeError,
    TensorIndexError,
)
from tcomp.nn import functional as F
from tcomp.nn.serialization import StateDictError

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

R = np.random.default_rng(7)


def rand(*shape):
    return R.standard_normal(shape)


class _Stats(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lin = nn.Linear(2, 2, seed=0)
        self.register_buffer("count", nn.Tensor(np.array(3, np.int64)))
        self.register_buffer("scratch", nn.Tensor(np.zeros(2, np.float32)), persistent=False)
        self.register_buffer("unset", None)


def test_buffers_are_state_but_not_parameters() -> None:
    m = nn.Sequential(_Stats(), nn.BatchNorm1d(2))
    assert [n for n, _ in m.named_buffers()] == [
        "0.count", "0.scratch", "1.running_mean", "1.running_var", "1.num_batches_tracked"]
    assert len(m.buffers()) == 5
    assert [n for n, _ in m.named_parameters()] == ["0.lin.weight", "0.lin.bias", "1.weight",
                                                    "1.bias"]
    # torch's keys and order; the non-persistent buffer and the None one stay out
    assert list(m.state_dict()) == ["0.lin.weight", "0.lin.bias", "0.count", "1.weight",
                                    "1.bias", "1.running_mean", "1.running_var",
                                    "1.num_batches_tracked"]
    m[0].unset = nn.Tensor(np.ones(1, np.float32))  # assigning a Tensor keeps it a buffer
    assert "0.unset" in m.state_dict() and "0.unset" not in dict(m.named_parameters())
    m[0].unset = None
    assert "0.unset" not in m.state_dict()


def test_register_buffer_errors() -> None:
    m = _Stats()
    with pytest.raises(ArgumentValueError, match="already has an attribute 'lin'"):
        m.register_buffer("lin", nn.Tensor(np.zeros(1)))
    with pytest.raises(ArgumentValueError, match="must be an identifier"):
        m.register_buffer("a.b", nn.Tensor(np.zeros(1)))
    with pytest.raises(ArgumentTypeError, match="must be a Tensor"):
        m.register_buffer("x", np.zeros(1))
    with pytest.raises(ArgumentTypeError, match="must be a Tensor"):
        m.register_buffer("x", nn.Parameter(np.zeros(1)))
    with pytest.raises(ArgumentTypeError, match=r"_Stats.count is a buffer: assign a Tensor"):
        m.count = 3
    assert int(m.count) == 3  # nothing changed


def test_buffers_cast_with_the_module_and_round_trip(tmp_path) -> None:
    bn = nn.BatchNorm2d(3)
    bn(nn.Tensor(rand(2, 3, 2, 2).astype(np.float32)))
    bn.double()
    assert bn.running_mean.dtype == bn.running_var.dtype == bn.weight.dtype == np.float64
    assert bn.num_batches_tracked.dtype == np.int64  # integer buffers keep their dtype
    bn.float()
    assert bn.running_var.dtype == np.float32
    path = bn.save(tmp_path / "bn.npz")
    fresh = nn.BatchNorm2d(3)
    fresh.load_state_dict(path)
    for k, v in bn.state_dict().items():
        np.testing.assert_array_equal(fresh.state_dict()[k], v)
    assert int(fresh.num_batches_tracked) == 1
    state = bn.state_dict()
    del state["num_batches_tracked"]
    with pytest.raises(StateDictError, match=r"missing keys \['num_batches_tracked'\]"):
        fresh.load_state_dict(state)
    assert fresh.load_state_dict(state, strict=False) == (["num_batches_tracked"], [])
    with pytest.raises(StateDictError, match=r"'running_mean': shape \[4\] in the state"):
        fresh.load_state_dict({**state, "running_mean": np.zeros(4, np.float32)}, strict=False)
    with pytest.raises(StateDictError, match="'num_batches_tracked': dtype float32"):
        fresh.load_state_dict({"num_batches_tracked": np.array(1, np.float32)}, strict=False)


def test_buffers_move_to_cuda_and_train_there() -> None:
    from tcomp.runtime import cuda as rt

    rt.use_emulation(True)
    try:
        x = rand(4, 3)
        cpu = nn.BatchNorm1d(3).double()
        y_cpu = cpu(nn.Tensor(x)).numpy()
        dev = nn.BatchNorm1d(3).double().to("cuda")
        assert all(b.device == "cuda" for b in dev.buffers())
        y_dev = dev(nn.Tensor(x).to("cuda"))
        assert y_dev.device == "cuda"
        np.testing.assert_allclose(y_dev.numpy(), y_cpu, rtol=1e-12, atol=1e-12)
        dev.to("cpu")
        assert all(b.device == "cpu" for b in dev.buffers())
        for k, v in cpu.state_dict().items():
            np.testing.assert_allclose(dev.state_dict()[k], v, rtol=1e-12)
        t, w = np.array([2, -100, 0, 1]), nn.Tensor(np.array([0.5, 2.0, 1.5]))
        for red in ("mean", "none"):  # the class losses run there too (0-d: a [1] kernel)
            kw = {"weight": w, "reduction": red, "label_smoothing": 0.1}
            got = F.cross_entropy(nn.Tensor(x).to("cuda"), nn.Tensor(t).to("cuda"),
                                  **{**kw, "weight": w.to("cuda")})
            assert got.device == "cuda"
            np.testing.assert_allclose(got.numpy(), F.cross_entropy(x, t, **kw).numpy(),
                                       rtol=1e-12)
    finally:
        rt.use_emulation(None)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- batch norm


def _bn_ref(x, mean, var, w=None, b=None, eps=1e-5):
    shape = (1, -1, *(1,) * (x.ndim - 2))
    y = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    y = y if w is None else y * w.reshape(shape)
    return y if b is None else y + b.reshape(shape)


@pytest.mark.parametrize("shape", [(5, 3), (4, 3, 2), (2, 3, 2, 3)])
def test_batch_norm_training_and_running_stats_follow_torch_rules(shape) -> None:
    x, w, b = rand(*shape), rand(3), rand(3)
    axes = tuple(d for d in range(len(shape)) if d != 1)
    rm, rv = nn.Tensor(rand(3)), nn.Tensor(np.abs(rand(3)) + 0.5)
    rm0, rv0 = rm.numpy().copy(), rv.numpy().copy()
    y = F.batch_norm(nn.Tensor(x), rm, rv, nn.Tensor(w), nn.Tensor(b), training=True,
                     momentum=0.3, eps=1e-3)
    np.testing.assert_allclose(y.numpy(), _bn_ref(x, x.mean(axes), x.var(axes), w, b, 1e-3),
                               rtol=1e-12, atol=1e-12)
    # running stats: momentum of the way to the batch mean and the *unbiased* variance
    np.testing.assert_allclose(rm.numpy(), 0.7 * rm0 + 0.3 * x.mean(axes), rtol=1e-12)
    np.testing.assert_allclose(rv.numpy(), 0.7 * rv0 + 0.3 * x.var(axes, ddof=1), rtol=1e-12)
    # eval: the running statistics, which stay as they are
    rm1, rv1 = rm.numpy().copy(), rv.numpy().copy()
    y = F.batch_norm(nn.Tensor(x), rm, rv, nn.Tensor(w), nn.Tensor(b))
    np.testing.assert_allclose(y.numpy(), _bn_ref(x, rm1, rv1, w, b), rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(rm.numpy(), rm1)
    np.testing.assert_array_equal(rv.numpy(), rv1)


def test_batch_norm_gradients_through_the_batch_statistics() -> None:
    gradcheck(lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True),
              rand(4, 3), rand(3), rand(3))
    gradcheck(lambda x: F.batch_norm(x, None, None, training=True, eps=0.1), rand(2, 2, 2, 3))
    rm, rv = nn.Tensor(rand(3)), nn.Tensor(np.abs(rand(3)) + 0.5)
    gradcheck(lambda x, w, b: F.batch_norm(x, rm, rv, w, b), rand(2, 3, 2), rand(3), rand(3))


def test_batchnorm_modules_train_eval_momentum_none_and_options() -> None:
    bn = nn.BatchNorm1d(3, momentum=None).double()
    assert [n for n, _ in bn.named_parameters()] == ["weight", "bias"]
    batches = [rand(4, 3, 2) for _ in range(3)]
    for x in batches:
        bn(nn.Tensor(x))
    assert int(bn.num_batches_tracked) == 3
    # momentum=None: the running stats are the plain average over the batches
    np.testing.assert_allclose(bn.running_mean.numpy(),
                               np.mean([x.mean((0, 2)) for x in batches], 0), rtol=1e-12)
    np.testing.assert_allclose(bn.running_var.numpy(),
                               np.mean([x.var((0, 2), ddof=1) for x in batches], 0), rtol=1e-12)
    bn.eval()
    x = rand(2, 3, 2)
    before = bn.state_dict()
    np.testing.assert_allclose(bn(nn.Tensor(x)).numpy(), _bn_ref(
        x, before["running_mean"], before["running_var"]), rtol=1e-12, atol=1e-12)
    assert int(bn.num_batches_tracked) == 3

    plain = nn.BatchNorm2d(2, affine=False)
    assert plain.parameters() == [] and plain.weight is None
    assert list(plain.state_dict()) == ["running_mean", "running_var", "num_batches_tracked"]
    free = nn.BatchNorm2d(2, affine=False, track_running_stats=False).double()
    assert free.state_dict() == {} and free.running_mean is None
    free.eval()  # no running stats: eval normalises with the batch's own
    x = rand(3, 2, 2, 2)
    np.testing.assert_allclose(free(nn.Tensor(x)).numpy(), _bn_ref(
        x, x.mean((0, 2, 3)), x.var((0, 2, 3))), rtol=1e-12, atol=1e-12)
    assert nn.BatchNorm1d(3).running_var.dtype == np.float32


def test_batchnorm_errors_name_the_layer_and_leave_state_alone() -> None:
    bn = nn.BatchNorm2d(4)
    with pytest.raises(DSLShapeError, match=r"BatchNorm2d\(4\): input \[2, 3, 5, 5\] has 3 "
                                            r"channels \(axis 1\), the layer expects 4"):
        bn(nn.Tensor(np.zeros((2, 3, 5, 5), np.float32)))
    with pytest.raises(DSLShapeError, match=r"BatchNorm1d\(3\): expected an input \[N, C\] or "
                                            r"\[N, C, L\], got \[2, 3, 4, 5\]"):
        nn.BatchNorm1d(3)(nn.Tensor(np.zeros((2, 3, 4, 5), np.float32)))
    one = nn.BatchNorm1d(3)
    with pytest.raises(ArgumentValueError, match="more than 1 value per channel"):
        one(nn.Tensor(np.zeros((1, 3), np.float32)))
    assert int(one.num_batches_tracked) == 0  # the failed batch is not counted
    np.testing.assert_array_equal(one.running_mean.numpy(), np.zeros(3))
    with pytest.raises(ArgumentValueError, match="num_features must be a positive int"):
        nn.BatchNorm1d(0)
    x = nn.Tensor(np.zeros((2, 3), np.float32))
    with pytest.raises(ArgumentValueError, match="needed when training=False"):
        F.batch_norm(x, None, None)
    with pytest.raises(DSLShapeError, match=r"running_var \[4\] needs one entry per channel"):
        F.batch_norm(x, nn.zeros(3), nn.ones(4))
    with pytest.raises(DSLTypeError, match="input and weight: dtypes differ"):
        F.batch_norm(x, nn.zeros(3), nn.ones(3), weight=nn.ones(3, dtype=np.float64))
    with pytest.raises(ArgumentTypeError, match="momentum must be a float"):
        F.batch_norm(x, nn.zeros(3), nn.ones(3), training=True, momentum=None)


def test_batchnorm_follows_torch() -> None:
    torch = pytest.importorskip("torch")
    for mom in (0.1, None):
        ours, theirs = nn.BatchNorm1d(3, momentum=mom).double(), \
            torch.nn.BatchNorm1d(3, momentum=mom).double()
        assert list(ours.state_dict()) == list(theirs.state_dict())
        for _ in range(3):
            x = rand(4, 3, 5)
            xt = torch.from_numpy(x).requires_grad_()
            xo = nn.Tensor(x, requires_grad=True)
            g = rand(4, 3, 5)
            yo, yt = ours(xo), theirs(xt)
            yo.backward(g)
            yt.backward(torch.from_numpy(g))
            np.testing.assert_allclose(yo.numpy(), yt.detach().numpy(), atol=1e-12)
            np.testing.assert_allclose(xo.grad.numpy(), xt.grad.numpy(), atol=1e-10)
            np.testing.assert_allclose(ours.weight.grad.numpy(), theirs.weight.grad.numpy(),
                                       atol=1e-10)
            ours.zero_grad()
            theirs.zero_grad()
        for k, v in theirs.state_dict().items():
            np.testing.assert_allclose(ours.state_dict()[k], v.numpy(), rtol=1e-12)


# ----------------------------------------------------------------------------- class losses


def _nll_ref(lp, t, w=None, ignore=-100, reduction="mean", smoothing=0.0):
    """torch's nll / label-smoothed cross entropy on log-probabilities lp (N, C, ...)."""
    c = lp.shape[1]
    w = np.ones(c) if w is None else w
    lp = np.moveaxis(lp, 1, -1).reshape(-1, c)
    t = t.reshape(-1)
    keep = t != ignore
    ts = np.where(keep, t, 0)
    nll = -lp[np.arange(len(t)), ts] * w[ts] * keep
    smooth = -(lp * w).sum(1) * keep
    loss = (1 - smoothing) * nll + smoothing / c * smooth
    if reduction == "none":
        return loss
    return loss.sum() if reduction == "sum" else loss.sum() / (w[ts] * keep).sum()


def _log_softmax(x, axis=1):
    m = x.max(axis, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(axis, keepdims=True))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_nll_loss_weights_ignore_index_and_extra_dims(reduction) -> None:
    lp = _log_softmax(rand(4, 3, 2, 2))
    t = R.integers(0, 3, (4, 2, 2))
    t[0, 0, 1] = t[2, 1, 0] = -100
    w = np.array([0.5, 2.0, 1.5])
    got = F.nll_loss(nn.Tensor(lp), t, weight=nn.Tensor(w), reduction=reduction)
    assert got.shape == ((4, 2, 2) if reduction == "none" else ())
    np.testing.assert_allclose(got.numpy().reshape(-1),
                               np.reshape(_nll_ref(lp, t, w, reduction=reduction), -1),
                               rtol=1e-12, atol=1e-12)
    t2 = R.integers(0, 3, 5)  # ignore_index inside the classes leaves class 1 out
    lp2 = _log_softmax(rand(5, 3))
    np.testing.assert_allclose(F.nll_loss(nn.Tensor(lp2), t2, ignore_index=1,
                                          reduction=reduction).numpy().reshape(-1),
                               np.reshape(_nll_ref(lp2, t2, ignore=1, reduction=reduction), -1),
                               rtol=1e-12, atol=1e-12)


def test_cross_entropy_smoothing_unbatched_soft_labels_and_all_ignored() -> None:
    x = rand(5, 4)
    t = np.array([0, 3, -100, 1, 3])
    w = np.array([1.0, 0.5, 2.0, 1.5])
    for red in ("mean", "sum", "none"):
        got = F.cross_entropy(nn.Tensor(x), t, weight=nn.Tensor(w), reduction=red,
                              label_smoothing=0.2).numpy()
        np.testing.assert_allclose(got, _nll_ref(_log_softmax(x), t, w, reduction=red,
                                                 smoothing=0.2), rtol=1e-12, atol=1e-12)
    v = rand(4)  # an unbatched input [C] with a 0-d target
    assert F.cross_entropy(nn.Tensor(v), np.array(2)).item() == pytest.approx(
        -_log_softmax(v, 0)[2], rel=1e-12)
    p = R.random((5, 4))
    p /= p.sum(1, keepdims=True)  # class probabilities: -sum_c w p' log_softmax, mean over N
    ps = p * 0.9 + 0.1 / 4
    np.testing.assert_allclose(
        F.cross_entropy(nn.Tensor(x), nn.Tensor(p), weight=nn.Tensor(w),
                        label_smoothing=0.1).item(),
        -(_log_softmax(x) * w * ps).sum(1).mean(), rtol=1e-12)
    assert np.isnan(F.nll_loss(nn.Tensor(_log_softmax(x)), np.full(5, -100)).item())  # 0 / 0


def test_class_loss_gradients() -> None:
    t = np.array([[2, -100], [0, 1], [1, 1]])
    w = np.array([0.5, 2.0, 1.5])
    gradcheck(lambda lp: F.nll_loss(lp, t, weight=nn.Tensor(w)), rand(3, 3, 2))
    # the class weights too (torch leaves them out), through the weighted mean's denominator
    gradcheck(lambda x, w: F.cross_entropy(x, t, weight=w, label_smoothing=0.2), rand(3, 3, 2),
              w)
    gradcheck(lambda x: F.cross_entropy(x, t, reduction="none", label_smoothing=0.3),
              rand(3, 3, 2))
    gradcheck(lambda x: F.cross_entropy(x, np.array([1, -100, 0, 2]), weight=nn.Tensor(w),
                                        label_smoothing=0.1), rand(4, 3))
    p = R.random((2, 3))
    gradcheck(lambda x, q: F.cross_entropy(x, q, reduction="sum"), rand(2, 3),
              p / p.sum(1, keepdims=True))


def test_class_loss_modules_and_errors() -> None:
    x = nn.Tensor(rand(3, 4))
    t = np.array([1, 0, 3])
    w = nn.Tensor(np.array([1.0, 2.0, 3.0, 4.0]))
    loss = nn.CrossEntropyLoss(weight=w, ignore_index=0, reduction="sum", label_smoothing=0.1)
    assert list(loss.state_dict()) == ["weight"]  # a buffer, as torch's
    assert loss(x, t).item() == pytest.approx(F.cross_entropy(
        x, t, w, 0, "sum", 0.1).item(), rel=1e-12)
    nll = nn.NLLLoss(reduction="none")
    np.testing.assert_array_equal(nll(x, t).numpy(), -x.numpy()[np.arange(3), t])
    with pytest.raises(ArgumentValueError, match="NLLLoss: reduction must be 'mean', 'sum' or"):
        nn.NLLLoss(reduction="avg")
    with pytest.raises(TensorIndexError, match=r"nll_loss: target 4 at \[2\] is out of range "
                                               r"for 4 classes"):
        F.nll_loss(x, np.array([1, 0, 4]))
    with pytest.raises(TensorIndexError, match=r"cross_entropy: target -1 at \[1, 0\]"):
        F.cross_entropy(nn.Tensor(rand(2, 3, 2)), np.array([[0, 1], [-1, 2]]))
    with pytest.raises(DSLShapeError, match=r"input \[3, 4\] and target \[2\] don't fit"):
        F.cross_entropy(x, np.array([1, 2]))
    with pytest.raises(DSLShapeError, match=r"weight \[3\] needs one entry per class"):
        F.nll_loss(x, t, weight=nn.Tensor(np.ones(3)))
    with pytest.raises(DSLTypeError, match="integer class ids"):
        F.nll_loss(x, t.astype(np.float32))
    with pytest.raises(ArgumentValueError, match="label_smoothing must be in"):
        F.cross_entropy(x, t, label_smoothing=1.5)


def test_class_losses_follow_torch() -> None:
    torch = pytest.importorskip("torch")
    tf = torch.nn.functional
    x = rand(4, 5, 3)
    t = R.integers(0, 5, (4, 3))
    t[1, 2] = -100
    w = np.abs(rand(5)) + 0.1
    for red in ("mean", "sum", "none"):
        for smooth in (0.0, 0.25):
            xo = nn.Tensor(x, requires_grad=True)
            xt = torch.from_numpy(x).requires_grad_()
            lo = F.cross_entropy(xo, t, nn.Tensor(w), reduction=red, label_smoothing=smooth)
            lt = tf.cross_entropy(xt, torch.from_numpy(t), torch.from_numpy(w), reduction=red,
                                  label_smoothing=smooth)
            lo.sum().backward()
            lt.sum().backward()
            np.testing.assert_allclose(lo.numpy(), lt.detach().numpy(), rtol=1e-12, atol=1e-12)
            np.testing.assert_allclose(xo.grad.numpy(), xt.grad.numpy(), atol=1e-12)
        lp, t2 = _log_softmax(x), np.where(t < 0, 2, t)
        np.testing.assert_allclose(
            F.nll_loss(nn.Tensor(lp), t2, nn.Tensor(w), ignore_index=2, reduction=red).numpy(),
            tf.nll_loss(torch.from_numpy(lp), torch.from_numpy(t2), torch.from_numpy(w),
                        ignore_index=2, reduction=red).numpy(), rtol=1e-12, atol=1e-12)


# ----------------------------------------------------------------------------- attention


def _sdpa_ref(q, k, v, mask=None, causal=False, scale=None):
    s = q @ np.swapaxes(k, -1, -2) * (1 / np.sqrt(q.shape[-1]) if scale is None else scale)
    if causal:
        mask = np.tril(np.ones(s.shape[-2:], bool))
    if mask is not None and mask.dtype == bool:
        s = np.where(mask, s, -np.inf)
    elif mask is not None:
        s = s + mask
    live = np.isfinite(s).any(-1, keepdims=True)
    s = np.where(live, s, 0.0)
    e = np.exp(s - s.max(-1, keepdims=True))
    return (e / e.sum(-1, keepdims=True) * live) @ v


def test_attention_values_masks_and_a_query_with_no_key() -> None:
    q, k, v = rand(2, 3, 4, 5), rand(2, 3, 6, 5), rand(2, 3, 6, 2)
    T = nn.Tensor
    sdpa = F.scaled_dot_product_attention
    np.testing.assert_allclose(sdpa(T(q), T(k), T(v)).numpy(), _sdpa_ref(q, k, v), rtol=1e-12)
    mask = R.random((3, 1, 6)) > 0.4  # broadcast over the batch and the queries
    mask[1] = False  # every query of head 1 sees no key: zeros, as torch's safe softmax
    out = sdpa(T(q), T(k), T(v), attn_mask=T(mask)).numpy()
    np.testing.assert_allclose(out, _sdpa_ref(q, k, v, mask), rtol=1e-12, atol=1e-15)
    assert not out[:, 1].any()
    fmask = rand(4, 6)
    fmask[2] = -np.inf
    np.testing.assert_allclose(sdpa(T(q), T(k), T(v), attn_mask=T(fmask), scale=0.5).numpy(),
                               _sdpa_ref(q, k, v, fmask, scale=0.5), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(sdpa(T(q[0, 0]), T(k[0, 0]), T(v[0, 0]), is_causal=True).numpy(),
                               _sdpa_ref(q[0, 0], k[0, 0], v[0, 0], causal=True), rtol=1e-12)


def test_attention_gradients() -> None:
    sdpa = F.scaled_dot_product_attention
    mask = nn.Tensor(np.array([[True, False, True], [False, False, False]]))
    gradcheck(lambda q, k, v: sdpa(q, k, v, attn_mask=mask), rand(2, 2, 3), rand(2, 3, 3),
              rand(2, 3, 2))
    gradcheck(lambda q, k, v: sdpa(q, k, v, is_causal=True), rand(1, 3, 2), rand(1, 4, 2),
              rand(1, 4, 3))
    gradcheck(lambda q, m: sdpa(q, nn.Tensor(np.ones((3, 2))), nn.Tensor(np.eye(3)),
                                attn_mask=m), rand(2, 2), rand(2, 3))
    # leading dims broadcast (a key shared by the batch); the gradient sums over it
    gradcheck(lambda q, k, v: sdpa(q, k, v), rand(2, 2, 3), rand(3, 3), rand(1, 3, 2))
    # no mask: the scale (here negative) is applied inside the softmax's kernel
    q, k, v = rand(2, 4, 3), rand(2, 5, 3), rand(2, 5, 2)
    T = nn.Tensor
    np.testing.assert_allclose(sdpa(T(q), T(k), T(v), scale=-0.7).numpy(),
                               _sdpa_ref(q, k, v, scale=-0.7), rtol=1e-12)
    gradcheck(lambda q, k, v: sdpa(q, k, v, scale=-0.7), q, k, v)


def test_attention_dropout_drops_weights_from_the_seeded_generator() -> None:
    sdpa = F.scaled_dot_product_attention
    q, k = nn.Tensor(rand(4, 8, 3)), nn.Tensor(rand(4, 8, 3))
    eye = nn.Tensor(np.eye(8))  # value = I: the output is the attention weights themselves
    att = sdpa(q, k, eye).numpy()
    nn.manual_seed(3)
    out = sdpa(q, k, eye, dropout_p=0.25).numpy()
    kept = out != 0
    assert 0.5 < kept.mean() < 0.95
    np.testing.assert_allclose(out[kept], att[kept] / 0.75, rtol=1e-12)
    nn.manual_seed(3)
    np.testing.assert_array_equal(sdpa(q, k, eye, dropout_p=0.25).numpy(), out)


def test_attention_errors() -> None:
    sdpa = F.scaled_dot_product_attention
    q, k, v = nn.Tensor(rand(2, 3, 4)), nn.Tensor(rand(2, 5, 4)), nn.Tensor(rand(2, 5, 6))
    with pytest.raises(DSLShapeError, match=r"query \[2, 3, 4\], key \[2, 5, 3\] and value"):
        sdpa(q, nn.Tensor(rand(2, 5, 3)), v)
    with pytest.raises(DSLShapeError, match="leading dims that broadcast"):
        sdpa(q, nn.Tensor(rand(3, 5, 4)), v)
    with pytest.raises(DSLShapeError, match=r"attn_mask \[3, 4\] doesn't broadcast to the "
                                            r"scores' shape \[2, 3, 5\]"):
        sdpa(q, k, v, attn_mask=nn.Tensor(np.ones((3, 4), bool)))
    with pytest.raises(ArgumentValueError, match="dropout_p must be in"):
        sdpa(q, k, v, dropout_p=1.0)
    with pytest.raises(ArgumentValueError, match="attn_mask or is_causal=True, not both"):
        sdpa(q, k, v, attn_mask=np.ones((3, 5), bool), is_causal=True)
    with pytest.raises(DSLTypeError, match="query and attn_mask: dtypes differ"):
        sdpa(q, k, v, attn_mask=np.ones((3, 5), np.int64))


def test_attention_follows_torch() -> None:
    torch = pytest.importorskip("torch")
    q, k, v = rand(2, 2, 4, 3), rand(2, 2, 5, 3), rand(2, 2, 5, 2)
    mask = R.random((4, 5)) > 0.5
    mask[0] = False
    for kw in ({"attn_mask": mask}, {"is_causal": True, "scale": 0.7}, {"attn_mask": rand(4, 5)}):
        ours = [nn.Tensor(a, requires_grad=True) for a in (q, k, v)]
        theirs = [torch.from_numpy(a).requires_grad_() for a in (q, k, v)]
        tkw = {n: torch.from_numpy(a) if isinstance(a, np.ndarray) else a
               for n, a in kw.items()}
        yo = F.scaled_dot_product_attention(*ours, **kw)
        yt = torch.nn.functional.scaled_dot_product_attention(*theirs, **tkw)
        g = rand(*yt.shape)
        yo.backward(g)
        yt.backward(torch.from_numpy(g))
        np.testing.assert_allclose(yo.numpy(), yt.detach().numpy(), atol=1e-12)
        for a, b in zip(ours, theirs, strict=True):
            np.testing.assert_allclose(a.grad.numpy(), b.grad.numpy(), atol=1e-12)


def test_a_tied_parameter_is_listed_once_and_gets_both_gradients():
    a, b = nn.Linear(4, 4, seed=1), nn.Linear(4, 4, seed=2)
    b.weight = a.weight  # tied, as an embedding and an output layer often are
    m = nn.Sequential(a, nn.ReLU(), b)
    assert [n for n, _ in m.named_parameters()] == ["0.weight", "0.bias", "2.bias"]
    assert len(list(m.named_parameters(remove_duplicate=False))) == 4
    assert set(m.state_dict()) == {"0.weight", "0.bias", "2.weight", "2.bias"}
    x = nn.Tensor(np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32))
    (m(x) ** 2).sum().backward()
    # the same values untied: the tied gradient is the sum of the two
    a2, b2 = nn.Linear(4, 4, seed=1), nn.Linear(4, 4, seed=2)
    b2.weight = nn.Parameter(a2.weight.numpy().copy())
    (nn.Sequential(a2, nn.ReLU(), b2)(x) ** 2).sum().backward()
    np.testing.assert_allclose(a.weight.grad.numpy(),
                               a2.weight.grad.numpy() + b2.weight.grad.numpy(), rtol=1e-5)
    opt = nn.Adam(m.parameters(), lr=0.1)  # one update of the tied weight, not two
    before = a.weight.numpy().copy()
    opt.step()
    assert m[0].weight is m[2].weight
    np.testing.assert_allclose(np.abs(a.weight.numpy() - before).max(), 0.1, rtol=1e-4)
    shared = nn.Linear(3, 3)
    twice = nn.Sequential(shared, shared)
    assert len(list(twice.modules())) == 2 and len(twice.parameters()) == 2
