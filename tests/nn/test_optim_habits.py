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


def test_zero_grad_set_to_none_false_keeps_zero_gradients_and_repr():
    (p,) = _params((3,))
    opt = nn.SGD([p])
    assert repr(opt) == ("SGD (\nParameter Group 0\n    dampening: 0.0\n    lr: 0.01\n"
                         "    maximize: False\n    momentum: 0.0\n    nesterov: False\n"
                         "    weight_decay: 0.0\n)")
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


@pytest.mark.parametrize("via", ["dict", "m.npz", "m.safetensors"])
@pytest.mark.parametrize("kind", ["sgd", "adamw"])
def test_state_dict_round_trip_continues_bit_for_bit(kind, via, tmp_path):
    if via.endswith("safetensors"):
        pytest.importorskip("safetensors")
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
    if via == "dict":
        opt3.load_state_dict(sd)
        sd["state"][0][next(iter(sd["state"][0]))][...] = 7  # the optimizer holds copies
    else:
        opt3.load_state_dict(nn.save_state(sd, tmp_path / via))
    assert opt3.param_groups[1]["lr"] == 0.03
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
        ({"state": {}}, ArgumentValueError, "expected an optimizer's state_dict()"),
        ({**good, "param_groups": [{"lr": 0.1}, {"lr": 0.1}]}, ArgumentValueError,
         "each with 'params'"),
        ({**good, "state": {0: {**good["state"][0], "exp_avg": "zeros"}}}, ArgumentValueError,
         r"state\[0\]\['exp_avg'\]: expected numbers, got 'zeros'"),
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


# ---------------------------------------------------------------------- lr schedulers
# sequences computed with torch 2.13 (SGD lr=0.1, momentum=0.9): get_last_lr() after
# construction, then after each of 8 step()s
TORCH_LRS = {
    "lambda": [0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125, 0.0015625, 0.00078125,
               0.000390625],
    "step": [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025],
    "multistep": [0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002,
                  0.00010000000000000005, 0.00010000000000000005, 0.00010000000000000005,
                  0.00010000000000000005],
    "exp": [0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002,
            0.06561000000000002, 0.05904900000000002, 0.05314410000000002,
            0.04782969000000002, 0.043046721000000024],
    "cos": [0.1, 0.0775, 0.032500000000000015, 0.01, 0.0325, 0.07750000000000005,
            0.10000000000000007, 0.07750000000000007, 0.03250000000000006],
    "linear": [0.025, 0.043750000000000004, 0.06250000000000001, 0.08125000000000002,
               0.10000000000000002, 0.10000000000000002, 0.10000000000000002,
               0.10000000000000002, 0.10000000000000002],
    "onecycle": [0.040000000000000036, 0.819275104892192, 0.9719417773875232,
                 0.811745653949763, 0.5559840141227016, 0.28306099820869923,
                 0.0766415938342564, 4e-06, 0.07664159383425634],
}
# OneCycleLR(three_phase=True, anneal_strategy="linear"): (lr, SGD momentum) per step
TORCH_ONECYCLE3 = [(0.04, 0.95), (0.7257142857142858, 0.8785714285714286),
                   (0.5885714285714285, 0.8928571428571428), (0.03809542857142857, 0.95),
                   (0.028572571428571426, 0.95), (0.019049714285714284, 0.95),
                   (0.009526857142857142, 0.95), (3.9999999999970615e-06, 0.95),
                   (-0.009518857142857148, 0.95)]


def _schedulers(L):
    return {
        "lambda": lambda o: L.LambdaLR(o, lambda e: 0.5 ** e),
        "step": lambda o: L.StepLR(o, step_size=3, gamma=0.5),
        "multistep": lambda o: L.MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1),
        "exp": lambda o: L.ExponentialLR(o, gamma=0.9),
        "cos": lambda o: L.CosineAnnealingLR(o, T_max=3, eta_min=0.01),
        "linear": lambda o: L.LinearLR(o, start_factor=0.25, end_factor=1.0, total_iters=4),
        "onecycle": lambda o: L.OneCycleLR(o, max_lr=1.0, total_steps=8),
    }


@pytest.mark.parametrize("name", sorted(TORCH_LRS))
def test_scheduler_sequences_match_torch(name):
    from tcomp.nn.optim import lr_scheduler as L

    (p,) = _params((2,))
    opt = nn.SGD([p], lr=0.1, momentum=0.9)
    sched = _schedulers(L)[name](opt)
    got = [sched.get_last_lr()[0]]
    for _ in range(8):
        sched.step()
        got.append(sched.get_last_lr()[0])
        assert opt.param_groups[0]["lr"] == got[-1]
    np.testing.assert_allclose(got, TORCH_LRS[name], rtol=1e-14, atol=0)


def test_one_cycle_three_phase_cycles_momentum():
    (p,) = _params((2,))
    opt = nn.SGD([p], lr=0.1, momentum=0.9)
    sched = nn.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=8, three_phase=True,
                                             anneal_strategy="linear")
    got = [(sched.get_last_lr()[0], opt.param_groups[0]["momentum"])]
    for _ in range(8):
        sched.step()
        got.append((sched.get_last_lr()[0], opt.param_groups[0]["momentum"]))
    np.testing.assert_allclose(got, TORCH_ONECYCLE3, rtol=1e-12, atol=1e-18)
    with pytest.raises(ArgumentValueError, match="stepped 9 times, past total_steps=8"):
        sched.step()
    adam = nn.Adam([p], lr=0.1)
    nn.optim.lr_scheduler.OneCycleLR(adam, max_lr=1.0, total_steps=4)
    assert adam.param_groups[0]["betas"] == (0.95, 0.999)  # Adam cycles beta1


def test_scheduler_per_group_state_dict_and_training():
    from tcomp.nn.optim.lr_scheduler import LambdaLR, StepLR

    a, b = _params((3,), (2,))
    opt = nn.SGD([{"params": [a]}, {"params": [b], "lr": 1.0}], lr=0.1)
    sched = LambdaLR(opt, [lambda e: 1.0 / (e + 1), lambda e: 0.5])
    for _ in range(2):
        a.grad, b.grad = nn.Tensor(np.ones(3)), nn.Tensor(np.ones(2))
        before = a.numpy().copy()
        lr = opt.param_groups[0]["lr"]
        opt.step()
        np.testing.assert_allclose(a.numpy(), before - lr, rtol=1e-14)  # the step used it
        sched.step()
    assert sched.get_last_lr() == [0.1 / 3, 0.5]
    assert "lr_lambdas" not in sched.state_dict()
    opt2 = nn.SGD([nn.Parameter(np.zeros(3))], lr=0.1)
    s1 = StepLR(opt2, step_size=2)
    for _ in range(3):
        s1.step()
    sd = s1.state_dict()
    assert sd["last_epoch"] == 3 and sd["base_lrs"] == [0.1]
    opt3 = nn.SGD([nn.Parameter(np.zeros(3))], lr=0.1)
    s2 = StepLR(opt3, step_size=2)
    s2.load_state_dict(sd)
    opt3.param_groups[0]["lr"] = opt2.param_groups[0]["lr"]  # restored by the optimizer's own
    for _ in range(3):
        s1.step()
        s2.step()
        assert s1.get_last_lr() == s2.get_last_lr()
    with pytest.raises(ArgumentValueError, match="expected the keys"):
        s2.load_state_dict({"last_epoch": 1})


def test_scheduler_errors():
    from tcomp.nn.optim import lr_scheduler as L

    (p,) = _params((2,))
    opt = nn.SGD([p], lr=0.1)
    cases = [
        (lambda: L.StepLR(opt, step_size=0), "StepLR: step_size must be a positive int"),
        (lambda: L.CosineAnnealingLR(opt, T_max=0), "T_max must be a positive int"),
        (lambda: L.LinearLR(opt, start_factor=0), r"start_factor must be in \(0, 1\]"),
        (lambda: L.LinearLR(opt, end_factor=2), r"end_factor must be in \[0, 1\]"),
        (lambda: L.MultiStepLR(opt, milestones=[1, -2]), "milestones must be ints >= 0"),
        (lambda: L.LambdaLR(opt, [lambda e: 1, lambda e: 2]),
         "expected 1 values of lr_lambda"),
        (lambda: L.OneCycleLR(opt, max_lr=1.0), "give total_steps, or epochs and"),
        (lambda: L.OneCycleLR(opt, max_lr=1.0, total_steps=4, pct_start=2),
         r"pct_start must be a number in \[0, 1\]"),
        (lambda: L.OneCycleLR(opt, max_lr=1.0, total_steps=4, anneal_strategy="exp"),
         "anneal_strategy must be 'cos' or 'linear'"),
        (lambda: L.StepLR(opt, 2, last_epoch=3), r"'initial_lr' is not specified in "
                                                 r"param_groups\[0\]"),
    ]
    for make, msg in cases:
        with pytest.raises(ArgumentValueError, match=msg):
            make()
    with pytest.raises(ArgumentTypeError, match="list is not an Optimizer"):
        L.StepLR([p], 2)


def test_schedulers_against_torch():
    torch = pytest.importorskip("torch")
    from tcomp.nn.optim import lr_scheduler as L

    for name in TORCH_LRS:
        (p,) = _params((2,))
        q = torch.nn.Parameter(torch.zeros(2))
        groups = lambda ps: [{"params": ps}]  # noqa: E731
        ours = _schedulers(L)[name](nn.Adam(groups([p]), lr=0.1))
        theirs = _schedulers(torch.optim.lr_scheduler)[name](
            torch.optim.Adam(groups([q]), lr=0.1))
        for _ in range(8):
            theirs.optimizer.step()
            ours.step()
            theirs.step()
            assert ours.get_last_lr() == pytest.approx(theirs.get_last_lr(), rel=1e-15)
            assert ours.optimizer.param_groups[0]["betas"] == pytest.approx(
                theirs.optimizer.param_groups[0]["betas"], rel=1e-15)


# ---------------------------------------------------------------------- nn.init
def _weight(*shape, dtype=np.float32):
    return nn.Parameter(np.zeros(shape), dtype=dtype)


def test_fans_and_gains_match_torch_values():
    from tcomp.nn.init import _calculate_fan_in_and_fan_out as fans

    # torch.nn.init._calculate_fan_in_and_fan_out of the same shapes
    assert fans(nn.Linear(5, 3).weight) == (5, 3)
    assert fans(nn.Conv2d(3, 4, 2).weight) == (12, 16)
    assert fans(nn.Conv2d(4, 8, 3, groups=2).weight) == (18, 72)
    assert fans(_weight(6, 2, 3)) == (6, 18) and fans(_weight(2, 0)) == (0, 2)
    with pytest.raises(ArgumentValueError, match="2 or more dims"):
        fans(_weight(4))
    gain = nn.init.calculate_gain
    assert gain("linear") == 1 and gain("conv_transpose2d") == 1 and gain("selu") == 0.75
    assert gain("tanh") == pytest.approx(5 / 3) and gain("relu") == pytest.approx(2 ** 0.5)
    assert gain("leaky_relu") == pytest.approx(1.4141428569978354, rel=1e-15)
    assert gain("leaky_relu", 0.2) == pytest.approx(1.3867504905630728, rel=1e-15)
    with pytest.raises(ArgumentValueError, match="unsupported nonlinearity 'swish'"):
        gain("swish")
    with pytest.raises(ArgumentValueError, match="negative_slope True is not a number"):
        gain("leaky_relu", True)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_random_fills_have_their_distribution(dtype):
    nn.manual_seed(5)
    init = nn.init
    w = _weight(256, 512, dtype=dtype)
    assert init.uniform_(w, -2.0, 3.0) is w and w.dtype == dtype and w.requires_grad
    x = w.numpy()
    assert -2.0 <= x.min() < -1.99 and 2.99 < x.max() < 3.0
    assert abs(x.mean() - 0.5) < 0.02
    x = init.normal_(w, 1.0, 0.5).numpy()
    assert abs(x.mean() - 1.0) < 0.01 and abs(x.std() - 0.5) < 0.01
    x = init.trunc_normal_(w, mean=0.1, std=1.0, a=-1.0, b=0.5).numpy()
    assert -1.0 <= x.min() < -0.99 and 0.49 < x.max() <= 0.5
    assert abs(x.mean() - -0.1897) < 0.01  # the truncated normal's mean, by its formula
    bound = 6 ** 0.5 / (256 + 512) ** 0.5 * 2.0
    x = init.xavier_uniform_(w, gain=2.0).numpy()
    assert 0.99 * bound < np.abs(x).max() <= bound
    x = init.xavier_normal_(w).numpy()
    assert abs(x.std() / (2 / (256 + 512)) ** 0.5 - 1) < 0.02
    x = init.kaiming_uniform_(w, a=5 ** 0.5).numpy()  # torch's Linear default: 1/sqrt(fan_in)
    assert 0.99 / 512 ** 0.5 < np.abs(x).max() <= 1 / 512 ** 0.5
    x = init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu").numpy()
    assert abs(x.std() / (2 / 256) ** 0.5 - 1) < 0.02 and abs(x.mean()) < 0.001
    for fill, val in ((init.zeros_, 0), (init.ones_, 1), (lambda t: init.constant_(t, 2.5), 2.5)):
        np.testing.assert_array_equal(fill(w).numpy(), np.full((256, 512), val, dtype))


@pytest.mark.parametrize("shape", [(6, 4), (4, 6), (8, 2, 3, 3)])
def test_orthogonal(shape):
    w = _weight(*shape, dtype=np.float64)
    nn.init.orthogonal_(w, gain=2.0)
    m = w.numpy().reshape(shape[0], -1) / 2.0
    small = m.T @ m if m.shape[0] >= m.shape[1] else m @ m.T
    np.testing.assert_allclose(small, np.eye(min(m.shape)), atol=1e-12)


def test_init_follows_manual_seed_and_generator():
    w = _weight(3, 4)
    nn.manual_seed(7)
    first = nn.init.kaiming_normal_(w).numpy().copy()
    nn.manual_seed(7)
    np.testing.assert_array_equal(nn.init.kaiming_normal_(w).numpy(), first)
    assert not np.array_equal(nn.init.kaiming_normal_(w).numpy(), first)  # the stream moved on
    a = nn.init.normal_(w, generator=np.random.default_rng(1)).numpy().copy()
    np.testing.assert_array_equal(nn.init.normal_(w, generator=np.random.default_rng(1)).numpy(),
                                  a)


def test_init_errors():
    init = nn.init
    with pytest.raises(ArgumentTypeError, match="random values need a float tensor, got int64"):
        init.normal_(nn.Tensor(np.zeros(3, np.int64)))
    np.testing.assert_array_equal(init.ones_(nn.Tensor(np.zeros(3, np.int64))).numpy(), 1)
    with pytest.raises(ArgumentTypeError, match="expected a Tensor or Parameter, got ndarray"):
        init.uniform_(np.zeros(3))
    w = _weight(2, 3)
    with pytest.raises(ArgumentValueError, match="not a leaf"):
        init.zeros_(w * 2.0)
    with pytest.raises(ArgumentValueError, match="mode 'fan_avg' is not supported"):
        init.kaiming_uniform_(w, mode="fan_avg")
    with pytest.raises(ArgumentValueError, match="orthogonal_: needs a tensor of 2 or more"):
        init.orthogonal_(_weight(3))
    with pytest.raises(ArgumentValueError, match="must have a < b"):
        init.trunc_normal_(w, a=1.0, b=1.0)
    with pytest.raises(ArgumentTypeError, match=r"numpy\.random\.Generator, got int"):
        init.normal_(w, generator=3)
    empty = _weight(2, 0)
    assert init.kaiming_uniform_(empty) is empty and init.orthogonal_(empty).shape == (2, 0)


def test_init_on_a_cuda_tensor_keeps_its_device():
    from tcomp.runtime import cuda as rt

    rt.use_emulation(True)
    try:
        lin = nn.Linear(4, 3).to("cuda")
        nn.init.xavier_uniform_(lin.weight)
        assert lin.weight.device == "cuda" and lin.weight.dtype == np.float32
        assert np.abs(lin.weight.numpy()).max() <= (6 / 7) ** 0.5
    finally:
        rt.use_emulation(None)  # type: ignore[arg-type]


def test_init_fans_against_torch():
    torch = pytest.importorskip("torch")
    from tcomp.nn.init import _calculate_fan_in_and_fan_out as fans

    for shape in [(3, 5), (4, 3, 2, 2), (6, 2, 3), (2, 3, 4, 5, 6)]:
        assert fans(_weight(*shape)) == torch.nn.init._calculate_fan_in_and_fan_out(
            torch.empty(shape))
    for args in [("tanh",), ("leaky_relu", 0.3), ("conv3d",)]:
        assert nn.init.calculate_gain(*args) == torch.nn.init.calculate_gain(*args)


# ---------------------------------------------------------------------- DataLoader workers
class _Rows(nn.Dataset):
    """Rows built one by one; records the threads that built them; row ``bad`` raises."""

    def __init__(self, n, bad=None):
        self.n, self.bad, self.threads = n, bad, set()

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        import threading

        self.threads.add(threading.current_thread().name)
        if i == self.bad:
            raise KeyError(f"row {i} is corrupt")
        return np.full(3, i, np.float32), np.int64(i % 4)


def _workers_alive():
    import threading

    return [t for t in threading.enumerate() if t.name.startswith("tcomp-DataLoader")]


@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("drop_last", [False, True])
def test_workers_give_the_same_batches(shuffle, drop_last):
    tds = nn.TensorDataset(np.arange(23.0).reshape(23, 1), np.arange(23))
    for ds in (tds, _Rows(23)):
        runs = []
        for workers in (0, 1, 3):
            dl = nn.DataLoader(ds, batch_size=5, shuffle=shuffle, drop_last=drop_last, seed=4,
                               num_workers=workers)
            runs.append([[t.numpy() for t in b] for _ in range(2) for b in dl])  # 2 epochs
        assert len(runs[0]) == 2 * (4 if drop_last else 5)
        for run in runs[1:]:
            assert len(run) == len(runs[0])
            for b, ref in zip(run, runs[0], strict=True):
                for x, y in zip(b, ref, strict=True):
                    np.testing.assert_array_equal(x, y)
                    assert x.dtype == y.dtype
    assert any(name.startswith("tcomp-DataLoader") for name in ds.threads)
    assert not _workers_alive()


def test_worker_errors_and_early_exit_leave_no_threads():
    dl = nn.DataLoader(_Rows(40, bad=17), batch_size=4, num_workers=2, prefetch_factor=1)
    with pytest.raises(KeyError, match="row 17 is corrupt"):
        for _ in dl:
            pass
    assert not _workers_alive()
    dl = nn.DataLoader(_Rows(400), batch_size=2, num_workers=3)
    for k, (x, _) in enumerate(dl):
        assert x.shape == (2, 3)
        if k == 2:
            break
    assert not _workers_alive()
    it = iter(dl)
    next(it)
    assert _workers_alive()
    it.close()
    assert not _workers_alive()


def test_dataloader_argument_errors():
    ds = nn.TensorDataset(np.zeros(4))
    with pytest.raises(ArgumentValueError, match="num_workers must be an int >= 0, got -1"):
        nn.DataLoader(ds, num_workers=-1)
    with pytest.raises(ArgumentValueError, match="prefetch_factor must be an int >= 1, got 0"):
        nn.DataLoader(ds, num_workers=2, prefetch_factor=0)
    with pytest.raises(ArgumentValueError, match="prefetch_factor needs num_workers > 0"):
        nn.DataLoader(ds, prefetch_factor=2)


def test_checkpoint_of_model_optimizer_and_scheduler_saves_and_loads(tmp_path):
    from tcomp.nn.serialization import SerializationError

    model = nn.Linear(3, 2, seed=0)
    opt = nn.Adam(model.parameters(), lr=0.1, betas=(0.8, 0.9))
    sched = nn.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=10)
    model(nn.Tensor(np.ones((4, 3), np.float32))).sum().backward()
    opt.step()
    sched.step()
    ckpt = {"model": model.state_dict(), "optimizer": opt.state_dict(),
            "scheduler": sched.state_dict(), "epoch": 3, "note": None}
    back = nn.load_state(nn.save_state(ckpt, tmp_path / "ckpt.npz"))
    assert back["epoch"] == 3 and back["note"] is None
    assert back["scheduler"] == sched.state_dict()  # floats, lists and phase dicts exactly
    go, gb = opt.state_dict()["param_groups"], back["optimizer"]["param_groups"]
    assert gb == go and isinstance(gb[0]["betas"], tuple)
    assert list(back["optimizer"]["state"]) == [0, 1]  # int keys stay ints
    for k, v in opt.state_dict()["state"][1].items():
        got = back["optimizer"]["state"][1][k]
        assert got.dtype == v.dtype and np.array_equal(got, v)
    model2 = nn.Linear(3, 2, seed=1)
    model2.load_state_dict(back["model"])
    np.testing.assert_array_equal(model2.weight.numpy(), model.weight.numpy())
    with pytest.raises(SerializationError, match="can't save a builtin_function_or_method at 'fn'"):
        nn.save_state({"fn": len}, tmp_path / "bad.npz")
    with pytest.raises(SerializationError, match="can't save the key"):
        nn.save_state({"a": {(1, 2): np.zeros(2)}}, tmp_path / "bad.npz")
    np.savez(tmp_path / "corrupt.npz", __tree__=np.frombuffer(b"{not json", np.uint8))
    with pytest.raises(SerializationError, match=r"structure \(__tree__\) is corrupt"):
        nn.load_state(tmp_path / "corrupt.npz")


def test_groups_and_state_dicts_on_cuda():
    """Emulated cuda: the state lives on the device, state_dict() hands back numpy arrays,
    load_state_dict() puts them on the parameters' device, and a step whose hyperparameters
    did not change uploads nothing."""
    from tcomp.runtime import cuda as rt

    rt.use_emulation(True)
    try:
        ps = nn.Linear(4, 3).to("cuda").parameters()
        init = [p.numpy().copy() for p in ps]
        grads = [R.standard_normal(a.shape).astype(np.float32) for a in init]
        opt = nn.SGD([{"params": ps[:1]}, {"params": ps[1:], "lr": 0.5}], lr=0.1, momentum=0.9)
        for _ in range(2):
            for p, g in zip(ps, grads, strict=True):
                p.grad = nn.Tensor(g).to("cuda")
            before = dict(rt.TRANSFERS)
            opt.step()
        assert rt.TRANSFERS == before  # the second step: hyperparameters already uploaded
        assert isinstance(opt.state[ps[0]]["momentum_buffer"], rt.DeviceArray)
        sd = opt.state_dict()
        assert all(type(v["momentum_buffer"]) is np.ndarray for v in sd["state"].values())
        for k, a in enumerate(init):
            ref = _reference("sgd", a, [grads[k]] * 2, [0.1, 0.5][k], momentum=0.9)
            np.testing.assert_allclose(ps[k].numpy(), ref, rtol=1e-5)
        qs = nn.Linear(4, 3).to("cuda").parameters()
        opt2 = nn.SGD([{"params": qs[:1]}, {"params": qs[1:]}], lr=0.1, momentum=0.9)
        opt2.load_state_dict(sd)
        assert isinstance(opt2.state[qs[1]]["momentum_buffer"], rt.DeviceArray)
        assert opt2.param_groups[1]["lr"] == 0.5
    finally:
        rt.use_emulation(None)  # type: ignore[arg-type]
