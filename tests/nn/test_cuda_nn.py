"""nn on cuda tensors: Tensor.to / Module.to, ops on device arrays, gradients, training,
device-mixing errors and the absence of host copies between ops. Runs on the CPU emulator
(tiny shapes); the ``gpu`` test repeats the training check on a real GPU."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp.nn as nn
from tcomp.errors import TcompRuntimeError
from tcomp.nn import functional as F
from tcomp.runtime import cuda as rt

RTOL, ATOL = 1e-4, 1e-5


@pytest.fixture
def emulate():
    rt.use_emulation(True)
    yield
    rt.use_emulation(None)  # type: ignore[arg-type]  # back to the environment's choice


def _rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def _close(got, want) -> None:
    np.testing.assert_allclose(np.asarray(got), np.asarray(want), rtol=RTOL, atol=ATOL)


def test_to_and_back(emulate):
    a = _rng().standard_normal((3, 5)).astype(np.float32)
    t = nn.Tensor(a)
    assert t.device == "cpu"
    c = t.to("cuda")
    assert c.device == "cuda" and isinstance(c.data, rt.DeviceArray)
    assert c.shape == (3, 5) and c.dtype == np.float32
    assert t.cuda().cpu().device == "cpu"
    np.testing.assert_array_equal(c.numpy(), a)
    np.testing.assert_array_equal(c.cpu().numpy(), a)
    assert c.to("cuda") is c and "device='cuda'" in repr(c)
    with pytest.raises(TcompRuntimeError, match="unknown device 'tpu'"):
        t.to("tpu")


def test_0d_elementwise_ops_on_cuda(emulate):
    """Scaling a 0-d loss on the device: a GPU kernel needs an axis, so 0-d operands run as
    1-element vectors (it used to fail at build with 'no spatial axis to bind')."""
    for dev in ("cpu", "cuda"):
        x = nn.Tensor(np.array([1.0, 2.0, 3.0], np.float32), requires_grad=True)
        loss = (x.to(dev) * x.to(dev)).sum()
        y = F.exp(loss * 0.5 - 2.0) + loss
        assert y.shape == () and y.device == dev
        y.backward()
        xs = np.array([1.0, 2.0, 3.0])  # loss = 14, y = exp(5) + 14
        _close(x.grad.numpy(), (0.5 * np.exp(5.0) + 1.0) * 2 * xs)
        _close(y.numpy(), np.exp(5.0) + 14.0)


def _ops_both(fn, *arrays):
    """fn on cpu tensors and on cuda tensors; returns (cpu out, cuda out, cpu grads, cuda
    grads) with the gradient of sum(out * w) for a fixed weight w."""
    outs, grads = [], []
    for dev in ("cpu", "cuda"):
        leaves = [nn.Tensor(a, requires_grad=a.dtype.kind == "f") for a in arrays]
        ins = [x.to(dev) for x in leaves]
        y = fn(*ins)
        assert y.device == dev
        w = nn.Tensor(np.linspace(0.5, 1.5, y.size, dtype=np.float32).reshape(y.shape)).to(dev)
        (y if y.ndim == 0 else (y * w).sum()).backward()  # 0-d elementwise ops: see report
        outs.append(y.numpy())
        grads.append([x.grad.numpy() for x in leaves if x.requires_grad])
        for x in leaves:
            if x.requires_grad:
                assert x.grad.device == "cpu"  # .to's backward moved it back
    return outs[0], outs[1], grads[0], grads[1]


CASES = {
    "broadcast_add_mul": (lambda x, b: (x + b) * x - 2.0, [(3, 4), (4,)]),
    "div_activations": (lambda x, b: F.tanh(x) / (1.5 + F.sigmoid(b)) + F.relu(x), [(2, 5), (5,)]),
    "exp_log_sqrt": (lambda x: F.log(F.exp(x) + 1.0) * F.sqrt(x * x + 1.0), [(4, 3)]),
    "matmul": (lambda a, b: a @ b, [(3, 4), (4, 5)]),
    "linear": (lambda x, w, b: F.linear(x, w, b), [(3, 4), (5, 4), (5,)]),
    "sum_axis_mean": (lambda x: x.sum(axis=1) + x.mean(axis=1), [(3, 6)]),
    "full_mean": (lambda x: (x * x).mean(), [(3, 4)]),
    "softmax": (lambda x: F.softmax(x), [(3, 5)]),
    "log_softmax": (lambda x: F.log_softmax(x), [(3, 5)]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_op_and_gradients_match_cpu(emulate, case):
    fn, shapes = CASES[case]
    rng = _rng(1)
    arrays = [rng.standard_normal(s).astype(np.float32) for s in shapes]
    y_cpu, y_gpu, g_cpu, g_gpu = _ops_both(fn, *arrays)
    _close(y_gpu, y_cpu)
    assert len(g_cpu) == len(g_gpu) == len(arrays)
    for a, b in zip(g_gpu, g_cpu, strict=True):
        _close(a, b)


def test_cross_entropy_matches_cpu(emulate):
    rng = _rng(2)
    logits = rng.standard_normal((4, 3)).astype(np.float32)
    target = np.array([2, 0, 1, 1], np.int64)
    res = {}
    for dev in ("cpu", "cuda"):
        x = nn.Tensor(logits, requires_grad=True)
        loss = F.cross_entropy(x.to(dev), nn.Tensor(target).to(dev))
        assert loss.shape == () and loss.device == dev
        loss.backward()
        res[dev] = (loss.item(), x.grad.numpy())
    assert res["cuda"][0] == pytest.approx(res["cpu"][0], rel=1e-5)
    _close(res["cuda"][1], res["cpu"][1])


def _mlp(seed: int = 0) -> nn.Module:
    return nn.Sequential(nn.Linear(4, 8, seed=seed), nn.ReLU(), nn.Linear(8, 3, seed=seed + 1))


def _train(device: str, opt_cls, steps: int = 3, **kw) -> tuple[list[float], dict]:
    rng = _rng(3)
    x = rng.standard_normal((6, 4)).astype(np.float32)
    y = rng.integers(0, 3, 6).astype(np.int64)
    model = _mlp()
    opt = opt_cls(model.parameters(), **kw)  # made before the move: must follow the params
    model.to(device)
    xt, yt = nn.Tensor(x).to(device), nn.Tensor(y).to(device)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.cross_entropy(model(xt), yt)
        loss.backward()
        opt.step()
        losses.append(loss)  # read at the end: no host copy inside the loop
        assert all(p.device == device for p in model.parameters())
    return [float(v.item()) for v in losses], model.state_dict()


@pytest.mark.parametrize("opt", ["adam", "sgd"])
def test_mlp_trains_like_cpu(emulate, opt):
    opt_cls, kw = ((nn.Adam, {"lr": 0.05}) if opt == "adam"
                   else (nn.SGD, {"lr": 0.1, "momentum": 0.9}))
    l_cpu, s_cpu = _train("cpu", opt_cls, **kw)
    l_gpu, s_gpu = _train("cuda", opt_cls, **kw)
    np.testing.assert_allclose(l_gpu, l_cpu, rtol=1e-4)
    assert l_gpu[-1] < l_gpu[0]
    for k in s_cpu:
        _close(s_gpu[k], s_cpu[k])


def test_no_host_copies_between_ops(emulate):
    model = _mlp().to("cuda")
    opt = nn.Adam(model.parameters(), lr=0.01)
    x = nn.Tensor(_rng(4).standard_normal((6, 4)).astype(np.float32)).to("cuda")
    y = nn.Tensor(np.array([0, 1, 2, 0, 1, 2], np.int64)).to("cuda")
    F.cross_entropy(model(x), y).backward()  # warm up: builds the kernels
    opt.step()
    opt.zero_grad()
    before = dict(rt.TRANSFERS)
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    # uploads: backward()'s seed adjoint and Adam's two bias-correction numbers; no download
    assert rt.TRANSFERS["dtoh"] == before["dtoh"]
    assert rt.TRANSFERS["htod"] - before["htod"] == 2
    loss.item()
    assert rt.TRANSFERS["dtoh"] == before["dtoh"] + 1


def test_module_to_round_trip(emulate):
    model = _mlp()
    ref = model.state_dict()
    params = model.parameters()
    x = nn.Tensor(np.ones((2, 4), np.float32))
    F.cross_entropy(model(x), np.array([0, 1])).backward()
    grads = [p.grad.numpy().copy() for p in params]
    assert model.to("cuda") is model
    assert model.parameters() == params  # the same Parameter objects, moved in place
    for p, g in zip(params, grads, strict=True):
        assert p.device == "cuda" and p.grad.device == "cuda"
        _close(p.grad.numpy(), g)
    model.to("cpu")
    for k, p in model.named_parameters():
        assert p.device == "cpu" and isinstance(p.data, np.ndarray)
        np.testing.assert_array_equal(p.data, ref[k])


def test_mixing_devices_is_a_clear_error(emulate):
    a = nn.Tensor(np.ones((2, 3), np.float32))
    b = nn.Tensor(np.ones((2, 3), np.float32)).to("cuda")
    with pytest.raises(TcompRuntimeError, match=r"add: .*input 0: cpu \[2, 3\].*input 1: cuda "
                                                r"\[2, 3\]"):
        a + b
    w = nn.Tensor(np.ones((3, 4), np.float32))
    with pytest.raises(TcompRuntimeError, match=r"matmul: .*cuda \[2, 3\].*cpu \[3, 4\]"):
        b @ w
    model = _mlp()
    with pytest.raises(TcompRuntimeError, match=r"linear: .*cuda \[2, 4\].*cpu \[8, 4\]"):
        model(nn.Tensor(np.ones((2, 4), np.float32)).to("cuda"))


def test_cuda_without_gpu_or_emulation_names_what_is_missing(monkeypatch):
    rt.use_emulation(False)
    try:
        monkeypatch.setattr(rt, "missing_reason", lambda: "pycuda is not installed (test)")
        with pytest.raises(TcompRuntimeError, match="can't run a 'cuda' kernel: pycuda is not"):
            nn.Tensor(np.ones(3, np.float32)).to("cuda")
    finally:
        rt.use_emulation(None)  # type: ignore[arg-type]


@pytest.mark.gpu
def test_mlp_trains_like_cpu_on_gpu():
    if rt.emulating() or rt.missing_reason() is not None:
        pytest.skip(f"needs a real GPU: {rt.missing_reason() or 'emulation is on'}")
    l_cpu, s_cpu = _train("cpu", nn.Adam, lr=0.05)
    l_gpu, s_gpu = _train("cuda", nn.Adam, lr=0.05)
    np.testing.assert_allclose(l_gpu, l_cpu, rtol=1e-4)
    for k in s_cpu:
        _close(s_gpu[k], s_cpu[k])
