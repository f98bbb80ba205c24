"""PyTorch habits of tcomp.nn's training loop: optimizer parameter groups, state dicts and
options (dampening, maximize), against a float64 numpy reference and, when torch is
installed, against torch itself."""

from __future__ import annotations

import numpy as np
import pytest

from tcomp import nn
from tcomp.errors import ArgumentShapeError, ArgumentTypeError, ArgumentValueError
from tcomp.nn import kernels

R = np.random.default_rng(11)


def _params(*shapes, dtype=np.float64):
    return [nn.Parameter(R.standard_normal(s), dtype=dtype) for s in shapes]


def _launches(fn):
    before = kernels.STATS["launches"]
    fn()
    return kernels.STATS["launches"] - before


def _reference(kind, p, grads, lr, **h):
    """One parameter through ``grads`` with torch's formulas in float64."""
    p, s1, s2 = p.astype(np.float64), None, 0.0
    for t, g in enumerate(grads, 1):
        g = -g if h.get("maximize") else g
        wd = h.get("weight_decay", 0.0)
        if kind == "sgd":
            g = g + wd * p
            mu, damp = h.get("momentum", 0.0), h.get("dampening", 0.0)
            if mu:
                s1 = g if s1 is None else mu * s1 + (1 - damp) * g
                g = g + mu * s1 if h.get("nesterov") else s1
            p = p - lr * g
        else:
            b1, b2 = h.get("betas", (0.9, 0.999))
            if h.get("decoupled"):
                p = p * (1 - lr * wd)
            else:
                g = g + wd * p
            s1 = (1 - b1) * g if s1 is None else b1 * s1 + (1 - b1) * g
            s2 = b2 * s2 + (1 - b2) * g * g
            p = p - lr * (s1 / (1 - b1 ** t)) / (np.sqrt(s2 / (1 - b2 ** t)) + 1e-8)
    return p


def _run(opt, params, grads):
    for gs in grads:
        for p, g in zip(params, gs, strict=True):
            p.grad = nn.Tensor(g)
        opt.step()


def test_param_groups_override_hyperparameters_in_one_kernel():
    params = _params((3, 4), (4,), (5,))
    start = [p.numpy().copy() for p in params]
    grads = [[R.standard_normal(p.shape) for p in params] for _ in range(3)]
    opt = nn.SGD([{"params": params[:2]}, {"params": [params[2]], "lr": 0.5, "dampening": 0.3}],
                 lr=0.1, momentum=0.9)
    assert opt.param_groups[1]["momentum"] == 0.9 and opt.param_groups[0]["lr"] == 0.1
    for gs in grads:
        for p, g in zip(params, gs, strict=True):
            p.grad = nn.Tensor(g)
        assert _launches(opt.step) == 1  # both groups, one dtype, one structure: one launch
    for k, (p, s) in enumerate(zip(params, start, strict=True)):
        kw = {"lr": 0.5, "dampening": 0.3} if k == 2 else {"lr": 0.1}
        ref = _reference("sgd", s, [g[k] for g in grads], momentum=0.9, **kw)
        np.testing.assert_allclose(p.numpy(), ref, rtol=1e-12)


@pytest.mark.parametrize("kind", ["sgd", "adam"])
def test_changing_lr_takes_effect_without_a_new_kernel(kind):
    (p,) = _params((6,))
    start = p.numpy().copy()
    grads = [R.standard_normal(6) for _ in range(4)]
    opt = nn.SGD([p], lr=0.1, momentum=0.5) if kind == "sgd" else nn.Adam([p], lr=0.1)
    lrs = [0.1, 0.05, 0.2, 0.0]
    builds = None
    for lr, g in zip(lrs, grads, strict=True):
        opt.param_groups[0]["lr"] = lr
        p.grad = nn.Tensor(g)
        opt.step()
        builds = kernels.STATS["builds"] if builds is None else builds
    assert kernels.STATS["builds"] == builds  # the lr is an input, not a constant
    ref = start.astype(np.float64)
    s1, s2 = None, 0.0
    for t, (lr, g) in enumerate(zip(lrs, grads, strict=True), 1):
        if kind == "sgd":
            s1 = g if s1 is None else 0.5 * s1 + g
            ref = ref - lr * s1
        else:
            s1 = 0.1 * g if s1 is None else 0.9 * s1 + 0.1 * g
            s2 = 0.999 * s2 + 0.001 * g * g
            ref = ref - lr * (s1 / (1 - 0.9 ** t)) / (np.sqrt(s2 / (1 - 0.999 ** t)) + 1e-8)
    np.testing.assert_allclose(p.numpy(), ref, rtol=1e-12)


def test_add_param_group_and_per_parameter_steps():
    a, b = _params((3,), (2, 2))
    start_b = b.numpy().copy()
    opt = nn.Adam([a], lr=0.01)
    a.grad = nn.Tensor(np.ones(3))
    opt.step()
    opt.add_param_group({"params": b, "betas": (0.5, 0.9), "weight_decay": 0.1})
    assert opt.param_groups[1]["lr"] == 0.01 and opt.param_groups[1]["params"] == [b]
    gb = [R.standard_normal((2, 2)) for _ in range(2)]
    for g in gb:
        a.grad, b.grad = nn.Tensor(np.ones(3)), nn.Tensor(g)
        opt.step()
    # each parameter counts its own steps (b's bias correction starts at its first step)
    assert int(opt.state[a]["step"]) == 3 and int(opt.state[b]["step"]) == 2
    ref = _reference("adam", start_b, gb, 0.01, betas=(0.5, 0.9), weight_decay=0.1)
    np.testing.assert_allclose(b.numpy(), ref, rtol=1e-10)


@pytest.mark.parametrize("kind", ["sgd", "adam", "adamw"])
def test_options_follow_torch_formulas(kind):
    (p,) = _params((3, 5))
    start = p.numpy().copy()
    grads = [[R.standard_normal((3, 5))] for _ in range(4)]
    if kind == "sgd":
        h = {"momentum": 0.8, "dampening": 0.25, "weight_decay": 0.05, "maximize": True}
        opt = nn.SGD([p], lr=0.1, **h)
    elif kind == "adam":
        h = {"betas": (0.8, 0.99), "weight_decay": 0.05, "maximize": True}
        opt = nn.Adam([p], lr=0.1, **h)
    else:
        h = {"weight_decay": 0.05, "decoupled": True}
        opt = nn.Adam([p], lr=0.1, weight_decay=0.05, decoupled_weight_decay=True)
    _run(opt, [p], grads)
    ref = _reference("sgd" if kind == "sgd" else "adam", start, [g[0] for g in grads], 0.1, **h)
    np.testing.assert_allclose(p.numpy(), ref, rtol=1e-12)


def test_sgd_nesterov_with_dampening_and_zero_momentum_state():
    (p,) = _params((4,))
    with pytest.raises(ArgumentValueError, match="nesterov=True needs a momentum > 0 and zero "
                                                 "dampening"):
        nn.SGD([p], momentum=0.9, dampening=0.1, nesterov=True)
    opt = nn.SGD([p], lr=0.1)
    p.grad = nn.Tensor(np.ones(4))
    opt.step()
    assert opt.state_dict()["state"] == {0: {}}  # no momentum, no buffer (as torch)


def test_group_errors_name_the_group():
    a, b = _params((2,), (3,))
    with pytest.raises(ArgumentValueError, match=r"param_groups\[1\]: params\[0\] is already "
                                                 r"in param_groups\[0\]"):
        nn.SGD([{"params": [a]}, {"params": [a, b]}])
    with pytest.raises(ArgumentValueError, match=r"params\[2\] is already in param_groups\[0\]"):
        nn.SGD([a, b, a])
    with pytest.raises(ArgumentTypeError, match="iterable of Tensors or of dicts, got Parameter"):
        nn.SGD(a)
    with pytest.raises(ArgumentTypeError, match="ordered collection"):
        nn.SGD([{"params": {a}}])
    with pytest.raises(ArgumentTypeError, match="can only optimize Tensors, but one of the "
                                                "params is ndarray"):
        nn.SGD([np.zeros(2)])
    with pytest.raises(ArgumentValueError, match="non-leaf"):
        nn.SGD([a * 2.0])
    with pytest.raises(ArgumentValueError, match=r"Adam: param_groups\[1\]: eps must be a "
                                                 "finite number >= 0, got -1"):
        nn.Adam([{"params": [a]}, {"params": [b], "eps": -1}])
    opt = nn.SGD([{"params": [a]}, {"params": [b]}], lr=0.1)
    with pytest.raises(ArgumentValueError, match=r"param_groups\[2\]: params\[1\] is already "
                                                 r"in param_groups\[1\]"):
        opt.add_param_group({"params": [nn.Parameter(np.zeros(2)), b]})
    assert len(opt.param_groups) == 2
    opt.param_groups[1]["lr"] = float("nan")  # a bad value set by hand: named at step()
    b.grad = nn.Tensor(np.ones(3))
    before = b.numpy().copy()
    with pytest.raises(ArgumentValueError, match=r"SGD: param_groups\[1\]: lr must be"):
        opt.step()
    np.testing.assert_array_equal(b.numpy(), before)


def test_zero_grad_set_to_none_false_keeps_zero_gradients():
    (p,) = _params((3,))
    opt = nn.SGD([p])
    p.grad = nn.Tensor(np.ones(3))
    opt.zero_grad(set_to_none=False)
    np.testing.assert_array_equal(p.grad.numpy(), np.zeros(3))
    opt.zero_grad()
    assert p.grad is None


def _make(kind, params):
    groups = [{"params": params[:2]}, {"params": params[2:], "lr": 0.03}]
    if kind == "sgd":
        return nn.SGD(groups, lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01)
    return nn.AdamW(groups, lr=0.05)


@pytest.mark.parametrize("kind", ["sgd", "adamw"])
def test_state_dict_round_trip_continues_bit_for_bit(kind):
    shapes = [(3, 4), (4,), (2, 3)]
    init = [R.standard_normal(s).astype(np.float32) for s in shapes]
    grads = [[R.standard_normal(s).astype(np.float32) for s in shapes] for _ in range(6)]
    grads[1][1] = None  # a parameter without a gradient on a step: its own step count

    def fresh():
        ps = [nn.Parameter(a.copy()) for a in init]
        return ps, _make(kind, ps)

    def run(opt, ps, gs):
        for g in gs:
            for p, gi in zip(ps, g, strict=True):
                p.grad = None if gi is None else nn.Tensor(gi)
            opt.step()

    ps, opt = fresh()
    run(opt, ps, grads)  # uninterrupted
    qs, opt2 = fresh()
    run(opt2, qs, grads[:3])
    sd = opt2.state_dict()
    assert set(sd) == {"state", "param_groups"} and list(sd["state"]) == [0, 1, 2]
    assert [g["params"] for g in sd["param_groups"]] == [[0, 1], [2]]
    assert sd["param_groups"][1]["lr"] == 0.03
    if kind == "adamw":
        assert set(sd["state"][0]) == {"step", "exp_avg", "exp_avg_sq"}
        assert sd["state"][0]["step"].dtype == np.float32 and sd["state"][1]["step"] == 2
    else:
        assert set(sd["state"][0]) == {"momentum_buffer"}
    saved = [q.numpy().copy() for q in qs]
    rs = [nn.Parameter(a) for a in saved]
    opt3 = _make(kind, rs)
    opt3.param_groups[1]["lr"] = 123.0  # overwritten by the load
    opt3.load_state_dict(sd)
    assert opt3.param_groups[1]["lr"] == 0.03
    sd["state"][0][next(iter(sd["state"][0]))][...] = 7  # the optimizer holds copies
    run(opt3, rs, grads[3:])
    for p, r in zip(ps, rs, strict=True):
        np.testing.assert_array_equal(p.numpy(), r.numpy())


def test_load_state_dict_errors_leave_the_optimizer_unchanged():
    ps = _params((3,), (2,), (4,))
    opt = _make("adamw", ps)
    for p in ps:
        p.grad = nn.Tensor(np.ones(p.shape))
    opt.step()
    good = opt.state_dict()

    def same(a, b):
        assert a["param_groups"] == b["param_groups"] and a["state"].keys() == b["state"].keys()
        for k in a["state"]:
            for n in a["state"][k]:
                np.testing.assert_array_equal(a["state"][k][n], b["state"][k][n])

    bad = [
        ({**good, "param_groups": good["param_groups"][:1]}, ArgumentValueError,
         "the state has 1 parameter groups, the optimizer 2"),
        ({**good, "param_groups": [good["param_groups"][0], {**good["param_groups"][1],
                                                             "params": [2, 3]}]},
         ArgumentValueError, r"param_groups\[1\] has 2 parameters in the state, 1"),
        ({**good, "param_groups": [good["param_groups"][0], {**good["param_groups"][1],
                                                             "betas": (0.9, 1.5)}]},
         ArgumentValueError, r"param_groups\[1\]: betas must be two numbers"),
        ({**good, "state": {**good["state"], 1: {**good["state"][1],
                                                 "exp_avg": np.zeros(5)}}},
         ArgumentShapeError, r"state\[1\]\['exp_avg'\] has shape \[5\], its parameter \[2\]"),
        ({**good, "state": {0: {"momentum_buffer": np.zeros(3)}}}, ArgumentValueError,
         "AdamW has no state 'momentum_buffer'"),
        ({**good, "state": {0: {**good["state"][0], "step": -1}}}, ArgumentValueError,
         "step count must be an integer >= 0"),
        ({"state": {}}, ArgumentValueError, "expected a dict with the keys"),
    ]
    for sd, err, msg in bad:
        with pytest.raises(err, match=msg):
            opt.load_state_dict(sd)
        same(opt.state_dict(), good)


def test_state_dict_matches_torch():
    torch = pytest.importorskip("torch")
    init = [R.standard_normal(s) for s in [(3, 4), (4,), (5,)]]
    grads = [[R.standard_normal(a.shape) for a in init] for _ in range(5)]
    cases = [
        (nn.SGD, torch.optim.SGD, {"lr": 0.1, "momentum": 0.9, "dampening": 0.2,
                                   "weight_decay": 0.01, "maximize": True}, {"lr": 0.3}),
        (nn.SGD, torch.optim.SGD, {"lr": 0.1, "momentum": 0.9, "nesterov": True},
         {"momentum": 0.5}),
        (nn.Adam, torch.optim.Adam, {"lr": 0.05, "weight_decay": 0.01}, {"betas": (0.5, 0.9)}),
        (nn.AdamW, torch.optim.AdamW, {"lr": 0.05}, {"lr": 0.01, "maximize": True}),
    ]
    for ours_cls, theirs_cls, kw, over in cases:
        ours = [nn.Parameter(a, dtype=np.float64) for a in init]
        theirs = [torch.nn.Parameter(torch.tensor(a)) for a in init]
        o = ours_cls([{"params": ours[:2]}, {"params": ours[2:], **over}], **kw)
        t = theirs_cls([{"params": theirs[:2]}, {"params": theirs[2:], **over}], **kw)
        for gs in grads:
            for p, q, g in zip(ours, theirs, gs, strict=True):
                p.grad, q.grad = nn.Tensor(g), torch.tensor(g)
            o.step()
            t.step()
        for p, q in zip(ours, theirs, strict=True):
            np.testing.assert_allclose(p.numpy(), q.detach().numpy(), rtol=1e-10, atol=1e-12)
        so, st = o.state_dict(), t.state_dict()
        assert so["state"].keys() == st["state"].keys()
        for k, v in st["state"].items():
            assert so["state"][k].keys() == v.keys()
            for n, arr in v.items():
                np.testing.assert_allclose(so["state"][k][n], arr.numpy(), rtol=1e-10)
        for go, gt in zip(so["param_groups"], st["param_groups"], strict=True):
            assert go["params"] == gt["params"]
            assert all(go[k] == gt[k] for k in go)  # our keys are a subset of torch's
