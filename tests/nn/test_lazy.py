"""Lazy elementwise fusion (tcomp.nn.lazy): chains compile into one kernel, matmul epilogues,
gradients equal to the eager path and to central differences, structural kernel caching,
compile-once training loops and the disk cache in a second process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from tcomp import nn
from tcomp.nn import builders, kernels, lazy
from tcomp.nn import functional as F
from tcomp.runtime import STATS as CACHE_STATS

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

ROOT = Path(__file__).resolve().parents[2]
R = np.random.default_rng(7)


def rand(*shape, dtype=np.float64):
    return R.standard_normal(shape).astype(dtype)


def launches(fn):
    """(result, kernel launches made by fn)."""
    before = kernels.STATS["launches"]
    out = fn()
    return out, kernels.STATS["launches"] - before


def run_both(fn, arrays, grad=True):
    """fn's value and input gradients, lazy and eager."""
    res = []
    for flag in (True, False):
        with lazy.enabled(flag):
            xs = [nn.Tensor(a, requires_grad=grad) for a in arrays]
            y = fn(*xs)
            if grad:
                y.backward(np.ones(y.shape, y.dtype))
            res.append((y.numpy().copy(), [
                (np.zeros(x.shape) if x.grad is None else x.grad.numpy()) if grad else None
                for x in xs]))
    return res


def test_chain_is_pending_until_read_and_runs_one_kernel():
    x, b = nn.Tensor(rand(4, 5, dtype=np.float32)), nn.Tensor(rand(5, dtype=np.float32))
    y, n = launches(lambda: F.gelu(F.tanh(x * 2.0 + b) - F.sigmoid(x)) / 3.0)
    assert n == 0 and y.is_pending and y.shape == (4, 5) and y.dtype == np.float32
    val, n = launches(y.numpy)
    assert n == 1 and not y.is_pending
    xa, ba = x.numpy().astype(np.float64), b.numpy().astype(np.float64)
    from math import erf
    z = np.tanh(xa * 2 + ba) - 1 / (1 + np.exp(-xa))
    ref = 0.5 * z * (1 + np.vectorize(erf)(z / np.sqrt(2))) / 3
    np.testing.assert_allclose(val, ref, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("read", [
    lambda t: t.numpy(), lambda t: np.asarray(t), lambda t: repr(t), lambda t: t[1],
    lambda t: t.sum(), lambda t: t.item() if t.size == 1 else t.reshape(-1).numpy(),
    lambda t: t.data,
])
def test_reads_compute_pending_tensors(read):
    x = nn.Tensor(rand(3, 4))
    y = F.relu(x - 0.5)
    assert y.is_pending
    read(y)
    assert not y.is_pending
    np.testing.assert_allclose(y.numpy(), np.maximum(x.numpy() - 0.5, 0))


def test_elementwise_on_a_reshaped_pending_tensor_joins_its_kernel():
    # linear on (b, t, in) runs on rows and reshapes back: gelu and the residual add after it
    # run in the rows' shape, in the dense kernel's epilogue (one launch, not three)
    x = nn.Tensor(rand(2, 3, 4, dtype=np.float32))
    w, b = nn.Tensor(rand(5, 4, dtype=np.float32)), nn.Tensor(rand(5, dtype=np.float32))
    r = nn.Tensor(rand(2, 3, 5, dtype=np.float32))
    y, n = launches(lambda: F.gelu(F.linear(x, w, b)) + r)
    assert n == 0 and y.is_pending and y.shape == (2, 3, 5)
    val, n = launches(y.numpy)
    assert n == 1
    from math import erf
    z = x.numpy().astype(np.float64) @ w.numpy().T + b.numpy()
    ref = 0.5 * z * (1 + np.vectorize(erf)(z / np.sqrt(2))) + r.numpy()
    np.testing.assert_allclose(val, ref, rtol=1e-5, atol=1e-5)


def test_residual_after_a_biased_linear_needs_no_adjoint_kernel():
    # (x @ w.T + b) + r: the adjoint of the matmul and of r is the output's adjoint itself
    # (a copy of a copy): no kernel for either, one sum for b, the two linear gradients
    x = nn.Tensor(rand(2, 3, 4), requires_grad=True)
    w, b = nn.Tensor(rand(5, 4), requires_grad=True), nn.Tensor(rand(5), requires_grad=True)
    r = nn.Tensor(rand(2, 3, 5), requires_grad=True)
    y = F.linear(x, w, b) + r
    y.numpy()
    _, n = launches(lambda: y.backward(np.ones(y.shape)))
    assert n == 3
    np.testing.assert_allclose(r.grad.numpy(), np.ones(r.shape))
    np.testing.assert_allclose(b.grad.numpy(), np.full(5, 6.0))


@pytest.mark.parametrize("case", ["full", "bias", "lead1", "split", "scalar"])
def test_view_fusion_matches_eager_values_and_gradients(case):
    def fn(x, w, r, c):
        y = F.linear(x, w)  # pending anchor on rows, viewed as (2, 3, 4)
        if case == "full":
            return F.tanh(y) * r
        if case == "bias":
            return y + c
        if case == "lead1":
            return y - F.reshape(c, (1, 1, 4))
        if case == "split":  # (6, 4) viewed as (2, 3, 4), then back: the anchor itself
            return F.reshape(F.sigmoid(y), (6, 4)) * 2.0
        return F.relu(y * 3.0)
    arrays = [rand(2, 3, 5), rand(4, 5), rand(2, 3, 4), rand(4)]
    (lv, lg), (ev, eg) = run_both(fn, arrays)
    np.testing.assert_allclose(lv, ev, rtol=1e-10, atol=1e-12)
    for a, b in zip(lg, eg, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)
    gradcheck(fn, *arrays, allow_unused=True)  # "full" and "split" leave c unused


def test_view_that_cant_lift_computes_first():
    # a view whose leading dims don't merge with the other operand's runs the view first
    x, w = nn.Tensor(rand(6, 5)), nn.Tensor(rand(4, 5))
    y = F.reshape(F.linear(x, w), (2, 12))  # trailing dim changes: no common trailing part
    z = y + nn.Tensor(rand(2, 12))
    assert z.shape == (2, 12)
    np.testing.assert_allclose(z.numpy(), (x.numpy() @ w.numpy().T).reshape(2, 12)
                               + (z.numpy() - y.numpy()), rtol=1e-12)
    with pytest.raises(tc.DSLShapeError, match="can't reshape"):
        F.reshape(F.linear(x, w), (5, 5))


def test_switch_turns_laziness_off():
    x = nn.Tensor(rand(3, 4))
    with lazy.enabled(False):
        assert not lazy.is_enabled()
        y = F.exp(x) + 1.0
        assert not y.is_pending
    assert lazy.is_enabled()
    old = lazy.set_enabled(False)
    try:
        assert not (x * 2.0).is_pending
    finally:
        lazy.set_enabled(old)
    code = ("from tcomp.nn import lazy, Tensor; "
            "print(lazy.is_enabled(), (Tensor([1.0]) * 2).is_pending)")
    env = dict(os.environ, TCOMP_NN_LAZY="0", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_inputs_are_read_as_recorded():
    p = nn.Tensor(np.ones((2, 3)))
    y = p * 2.0
    p.data = np.full((2, 3), 5.0)  # rebinding (as an optimizer step does) after recording
    np.testing.assert_array_equal(y.numpy(), np.full((2, 3), 2.0))


def test_pending_state_changes_through_the_tensor_api():
    # tcomp.nn.tensor's pending_tensor/computed are the only ways a tensor becomes pending
    # and stops being so: requires_grad decided at recording, the tape node when computed
    from tcomp.nn.tensor import array_of, computed, pending_of, pending_tensor

    x = nn.Tensor(np.ones((2, 3)), requires_grad=True)
    c = nn.Tensor(np.ones((2, 3)))
    p = lazy.Pending("add", (), [x, c], (2, 3), np.float32)
    t = pending_tensor(p)
    assert pending_of(t) is p and array_of(t) is None and t.requires_grad
    assert t.shape == (2, 3) and t.dtype == np.float32
    with nn.no_grad():
        assert not pending_tensor(p).requires_grad
    assert not pending_tensor(lazy.Pending("neg", (), [c], (2, 3), np.float32)).requires_grad
    computed(t, None, "add", [x, c], lambda g: [g, g])  # values not kept: still pending
    assert pending_of(t) is p and t._node is not None
    out = np.full((2, 3), 2.0, np.float32)
    computed(t, out, "add", [x, c], lambda g: [g, g])
    assert pending_of(t) is None and array_of(t) is out and t.data is out
    t.backward(np.ones((2, 3), np.float32))
    np.testing.assert_array_equal(x.grad.numpy(), np.ones((2, 3)))


def test_long_chains_split_into_bounded_kernels():
    x = nn.Tensor(rand(8, dtype=np.float32))
    y = x
    for k in range(3 * lazy.MAX_NODES):
        y = y * 1.01 if k % 2 else y + 0.01
    assert y._pending.nodes <= lazy.MAX_NODES
    ref = x.numpy().astype(np.float64)
    for k in range(3 * lazy.MAX_NODES):
        ref = ref * 1.01 if k % 2 else ref + 0.01
    np.testing.assert_allclose(y.numpy(), ref, rtol=1e-5)


def test_shared_subexpressions_and_repeated_inputs():
    x = nn.Tensor(rand(3, 4), requires_grad=True)
    h = F.tanh(x) * x
    y = h * h + h - x
    (val, grads), (ref, rgrads) = run_both(lambda x: (lambda h: h * h + h - x)(F.tanh(x) * x),
                                           [x.numpy()])
    np.testing.assert_allclose(val, ref, rtol=1e-12)
    np.testing.assert_allclose(grads[0], rgrads[0], rtol=1e-12)
    gradcheck(lambda x: (lambda h: h * h + h - x)(F.tanh(x) * x), rand(3, 4))
    assert y.is_pending


# ----------------------------------------------------------------------------- gradients

CHAINS = [
    lambda x, b: F.relu(x + b) * 2.0 - F.sigmoid(x),
    lambda x, b: F.gelu(x * b) / (F.exp(-x * x) + 1.0),
    lambda x, b: F.tanh(x - b) ** 2.0 + F.maximum(x, b) - F.minimum(x, 0.5 * b),
    lambda x, b: F.log(x * x + 1.0) + F.sqrt(F.abs(b) + 1.0) - 3.0 / (b * b + 2.0),
    lambda x, b: (x.astype("float32") * 2.0).astype("float64") + b,
]


@pytest.mark.parametrize("fn", CHAINS)
def test_fused_chain_gradients(fn):
    x, b = rand(3, 4), rand(4)
    if fn is not CHAINS[-1]:  # central differences through float32 are too coarse
        gradcheck(fn, x, b)
    (val, grads), (ref, rgrads) = run_both(fn, [x, b])
    np.testing.assert_allclose(val, ref, rtol=1e-12, atol=1e-12)
    for g, r in zip(grads, rgrads, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-10, atol=1e-12)


_UN = ["neg", "exp", "tanh", "sigmoid", "relu", "gelu", "abs"]
_BIN = ["add", "sub", "mul", "maximum", "minimum"]


@settings(max_examples=12)
@given(st.lists(st.tuples(st.sampled_from(_UN + _BIN + ["scalar"]), st.integers(0, 3),
                          st.floats(-2, 2)), min_size=1, max_size=6))
def test_random_chains_match_eager(prog):
    """Random elementwise programs over a [3, 4] and a broadcast [4] input."""
    def fn(x, b):
        vals = [x, b]
        for op, k, c in prog:
            a = vals[k % len(vals)]
            if op in _UN:
                vals.append(getattr(F, op)(a))
            elif op == "scalar":
                vals.append(a * c + 0.25)
            else:
                vals.append(getattr(F, op)(a, vals[(k + 1) % len(vals)]))
        return vals[-1] + x
    (val, grads), (ref, rgrads) = run_both(fn, [rand(3, 4), rand(4)])
    np.testing.assert_allclose(val, ref, rtol=1e-12, atol=1e-12)
    for g, r in zip(grads, rgrads, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-9, atol=1e-12)


def test_no_grad_expression_is_detached_inside_a_fused_chain():
    x = nn.Tensor(rand(3, 4), requires_grad=True)
    with nn.no_grad():
        d = x * 3.0
    assert d.is_pending and not d.requires_grad
    y = (d * x).sum()
    y.backward()
    np.testing.assert_allclose(x.grad.numpy(), 3.0 * x.numpy())  # d is a constant


def test_leaf_gradients_are_separate_arrays():
    a, b = nn.Tensor(rand(3, 4), requires_grad=True), nn.Tensor(rand(3, 4), requires_grad=True)
    (a + b).backward(np.ones((3, 4)))
    assert not np.shares_memory(a.grad.numpy(), b.grad.numpy())
    a.grad.numpy()[0, 0] = 7.0
    assert b.grad.numpy()[0, 0] == 1.0
    g = np.ones((3, 4))
    c = nn.Tensor(rand(3, 4), requires_grad=True)
    (c + 1.0).backward(g)
    assert not np.shares_memory(c.grad.numpy(), g)


def test_identity_vjp_runs_no_kernel():
    x, b = nn.Tensor(rand(6, 4), requires_grad=True), nn.Tensor(rand(4), requires_grad=True)
    y = x + b
    y.numpy()
    _, n = launches(lambda: y.backward(np.ones((6, 4))))
    assert n == 1  # the bias sum; x's vjp is the adjoint itself
    np.testing.assert_allclose(x.grad.numpy(), np.ones((6, 4)))
    np.testing.assert_allclose(b.grad.numpy(), np.full(4, 6.0))


# ----------------------------------------------------------------------------- epilogues


def _linear_stack(act):
    def fn(x, w, b):
        return act(F.linear(x, w, b))
    return fn


@pytest.mark.parametrize("act", [F.relu, F.gelu, lambda y: y, lambda y: F.tanh(y) * 0.5 + y])
def test_linear_epilogue_matches_eager_and_differences(act):
    x, w, b = rand(5, 6), rand(4, 6), rand(4)
    fn = _linear_stack(act)
    gradcheck(fn, x, w, b)
    (val, grads), (ref, rgrads) = run_both(fn, [x, w, b])
    np.testing.assert_allclose(val, ref, rtol=1e-12, atol=1e-12)
    for g, r in zip(grads, rgrads, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("conv", [False, True])
def test_bias_gradient_sums_the_anchor_gradient(conv):
    """A bias added to a matmul/conv gets the anchor's gradient summed over its broadcast
    axes, not a second vjp kernel that recomputes gelu's derivative to reduce it."""
    if conv:
        x, w, b = rand(2, 3, 5, 5), rand(4, 3, 3, 3), rand(4)
        fn = lambda x, w, b: F.gelu(F.conv2d(x, w, b, padding=1))  # noqa: E731
    else:
        x, w, b = rand(5, 6), rand(4, 6), rand(4)
        fn = _linear_stack(F.gelu)
    xs = [nn.Tensor(a, requires_grad=True) for a in (x, w, b)]
    kernels.clear_cache()  # only this graph's ops below (earlier tests leave their own)
    fn(*xs).backward(np.ones((2, 4, 5, 5) if conv else (5, 4)))
    ew = [o for k, o in kernels._CACHE.items() if k[0].endswith("gelu") and o._bwd]
    assert ew and all(len(o._bwd) == 1 for o in ew)  # the anchor's vjp only
    (_, grads), (_, rgrads) = run_both(fn, [x, w, b])
    for g, r in zip(grads, rgrads, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(xs[2].grad.numpy(), grads[2], rtol=1e-12)


def test_linear_of_batched_rows_uses_the_dense_kernels():
    # (b, t, in) @ w.T as rows of one dense: no transposed copy of w forward or backward
    # (a transformer block's step: 82 -> 65 launches, 5.8 -> 5.2 ms of kernels on Zen 2),
    # and the bias in the dense kernel's epilogue.
    x, w, b = rand(2, 3, 6), rand(4, 6), rand(4)
    gradcheck(lambda x, w, b: F.linear(x, w, b), x, w, b)
    xs = [nn.Tensor(a, requires_grad=True) for a in (x, w, b)]
    with kernels.recording() as used:
        y = F.linear(*xs)
        y.backward(np.ones(y.shape))
    names = {u.name for u in used.values()}
    assert not any(n.startswith(("permute", "matmul")) for n in names), names
    assert "linear+add" in names
    np.testing.assert_allclose(y.numpy(), x @ w.T + b, rtol=1e-12)


def test_linear_bias_relu_is_one_kernel_with_the_dense_in_its_epilogue():
    x = nn.Tensor(rand(64, 96, dtype=np.float32))
    lin = nn.Linear(96, 64)
    y, n = launches(lambda: F.relu(lin(x)).numpy())
    assert n == 1
    ref = np.maximum(x.numpy() @ lin.weight.numpy().T + lin.bias.numpy(), 0)
    np.testing.assert_allclose(y, ref, rtol=1e-4, atol=1e-4)
    op = next(o for k, o in kernels._CACHE.items() if k[0].startswith("linear+") and
              k[2][0] == ((64, 96), np.float32) and o._fwd is not None)
    ir = op._fwd.source("ir")
    # the dense tile lives in a local buffer allocated inside the output's tile loops
    assert re.search(r"allocate linear: float32\[\d+\] in local", ir)
    assert ir.index("allocate linear") > ir.index("for i1.outer")
    allocs = [ln.strip() for ln in ir.splitlines() if "allocate linear" in ln]
    assert allocs and all(a.endswith("in local") for a in allocs)  # no full-size buffer


def test_epilogue_writes_the_anchor_only_when_needed():
    x = nn.Tensor(rand(8, 16, dtype=np.float32))
    lin = nn.Linear(16, 32)
    y = F.relu(lin(x))
    anchor = weakref.ref(y._pending.inputs[0]._pending.inputs[0])
    y.numpy()
    assert not anchor().is_pending  # relu's vjp reads the pre-activation: written
    z = lin(x)
    anchor = weakref.ref(z._pending.inputs[0])
    z.numpy()
    assert anchor().is_pending and anchor()._node is not None  # a bias add's vjp doesn't
    z.sum().backward()
    np.testing.assert_allclose(lin.bias.grad.numpy(), np.full(32, 8.0))
    np.testing.assert_allclose(lin.weight.grad.numpy(), np.tile(x.numpy().sum(0), (32, 1)),
                               rtol=1e-5)


def test_an_anchor_held_elsewhere_is_written_not_recomputed():
    x = nn.Tensor(rand(8, 16, dtype=np.float32))
    lin = nn.Linear(16, 32, bias=False)
    with nn.no_grad():
        y = lin(x)  # the user holds the matmul result ...
        a, b = y + 1.0, y * 2.0  # ... and two graphs read it
        _, n = launches(lambda: (a.numpy(), b.numpy()))
    assert n == 2 and not y.is_pending  # one epilogue kernel, then b from the saved y
    ref = x.numpy() @ lin.weight.numpy().T
    np.testing.assert_allclose(b.numpy(), 2 * ref, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(a.numpy(), ref + 1, rtol=1e-5, atol=1e-5)


def test_matmul_and_conv_epilogues():
    a, bm = rand(6, 5), rand(5, 8)
    fn = lambda a, b: F.sigmoid(a @ b) * 2.0  # noqa: E731
    gradcheck(fn, a, bm)
    x, w, b = rand(2, 3, 6, 6), rand(4, 3, 3, 3), rand(4)
    conv = lambda x, w, b: F.relu(F.conv2d(x, w, b, padding=1))  # noqa: E731
    (val, grads), (ref, rgrads) = run_both(conv, [x, w, b])
    np.testing.assert_allclose(val, ref, rtol=1e-12, atol=1e-12)
    for g, r in zip(grads, rgrads, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-10, atol=1e-10)


def test_auto_schedule_keeps_the_anchor_at_root_when_read_elsewhere():
    from tcomp.ops.linalg import dense

    X, W = tc.placeholder((16, 8), "float32", "X"), tc.placeholder((16, 8), "float32", "W")
    D = dense(X, W, name="D")
    out = tc.compute((16, 16), lambda i, j: D[i, j] + D[j, i], name="out")  # transposed read
    s, args = tc.auto_schedule(out), [out]
    assert s[D].attach == "root"
    f = tc.build(s, [X, W, *args])
    x, w = rand(16, 8, dtype=np.float32), rand(16, 8, dtype=np.float32)
    o = np.empty((16, 16), np.float32)
    f(x, w, o)
    d = x @ w.T
    np.testing.assert_allclose(o, d + d.T, rtol=1e-4, atol=1e-4)


# ----------------------------------------------------------------------------- caching


def _mlp_step():
    model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 4, seed=1))
    opt = nn.Adam(model.parameters(), lr=1e-2)
    x = nn.Tensor(np.random.default_rng(0).standard_normal((8, 20)).astype(np.float32))
    y = nn.Tensor(np.arange(8) % 4, dtype=np.int64)

    def step():
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return float(loss.item())
    return step


def test_fixed_shape_training_loop_compiles_once():
    step = _mlp_step()
    losses = [step()]
    kern, compiles, builds = (kernels.STATS["kernels"], CACHE_STATS["compiles"],
                              kernels.STATS["builds"])
    for _ in range(4):
        losses.append(step())
    assert kernels.STATS["kernels"] == kern and CACHE_STATS["compiles"] == compiles
    assert kernels.STATS["builds"] == builds
    assert losses[-1] < losses[0]


_CHILD = textwrap.dedent("""
    import json
    import numpy as np
    from tcomp import nn
    from tcomp.nn import functional as F, kernels
    from tcomp.runtime import STATS
    model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 4, seed=1))
    opt = nn.Adam(model.parameters(), lr=1e-2)
    x = nn.Tensor(np.random.default_rng(0).standard_normal((8, 20)).astype(np.float32))
    y = nn.Tensor(np.arange(8) % 4, dtype=np.int64)
    losses = []
    for _ in range(3):
        loss = F.cross_entropy(F.gelu(model(x)) * 0.5, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss.item()))
    print(json.dumps({"compiles": STATS["compiles"], "disk_hits": STATS["disk_hits"],
                      "kernels": kernels.STATS["kernels"], "losses": losses}))
""")


def test_second_process_reuses_the_disk_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TCOMP_NO_DISK_CACHE"}
    env.update(TCOMP_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    runs = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True,
                             text=True, timeout=300, check=False)
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    first, second = runs
    assert 0 < first["compiles"] <= first["kernels"] and first["disk_hits"] == 0
    assert second["compiles"] == 0 and second["disk_hits"] == first["compiles"]
    assert second["losses"] == first["losses"]


# ----------------------------------------------------------------------------- optimizers


def _numpy_steps(kind, params, grads, steps, lr=0.05, mom=0.9, wd=0.01, b1=0.9, b2=0.999,
                 eps=1e-8):
    ps = [p.astype(np.float64) for p in params]
    s1 = [np.zeros_like(p) for p in ps]
    s2 = [np.zeros_like(p) for p in ps]
    for t in range(1, steps + 1):
        for k, (p, g) in enumerate(zip(ps, grads, strict=True)):
            if g is None:
                continue
            g = g + wd * p
            if kind == "sgd":
                s1[k] = mom * s1[k] + g
                ps[k] = p - lr * s1[k]
            else:
                s1[k] = b1 * s1[k] + (1 - b1) * g
                s2[k] = b2 * s2[k] + (1 - b2) * g * g
                mh, vh = s1[k] / (1 - b1 ** t), s2[k] / (1 - b2 ** t)
                ps[k] = p - lr * mh / (np.sqrt(vh) + eps)
    return ps


@pytest.mark.parametrize("kind", ["sgd", "adam"])
def test_optimizer_updates_every_parameter_in_one_kernel_per_dtype(kind):
    shapes = [(3, 4), (4,), (2, 2, 2), (5,)]
    dts = [np.float32, np.float32, np.float64, np.float32]
    params = [nn.Parameter(rand(*s), dtype=d) for s, d in zip(shapes, dts, strict=True)]
    grads = [rand(*s).astype(d) for s, d in zip(shapes, dts, strict=True)]
    grads[3] = None  # a parameter without a gradient is left alone
    opt = (nn.SGD(params, lr=0.05, momentum=0.9, weight_decay=0.01) if kind == "sgd" else
           nn.Adam(params, lr=0.05, weight_decay=0.01))
    start = [p.numpy().copy() for p in params]
    for _ in range(3):
        for p, g in zip(params, grads, strict=True):
            p.grad = None if g is None else nn.Tensor(g)
        _, n = launches(opt.step)
        assert n == 2  # float32 and float64
    ref = _numpy_steps(kind, start, grads, 3)
    for p, r, d in zip(params, ref, dts, strict=True):
        assert p.dtype == d
        np.testing.assert_allclose(p.numpy(), r, rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(params[3].numpy(), start[3])


def test_kernel_launches_keep_their_argument_checks():
    from tcomp.errors import TcompRuntimeError

    x = rand(6, 5, dtype=np.float32)
    op = kernels.get_op("exp", builders.unary, [x], ("exp",))
    for _ in range(2):  # the first call is checked in full, the second takes the fast path
        np.testing.assert_allclose(op.forward([x]), np.exp(x), rtol=1e-6)
    with pytest.raises(TcompRuntimeError, match="C-contiguous"):
        op.forward([np.asfortranarray(x)])
    with pytest.raises(TcompRuntimeError, match="dtype"):
        op.forward([x.astype(np.float64)])
    with pytest.raises(TcompRuntimeError, match="shape"):
        op.forward([x[:, :4].copy()])
    np.testing.assert_allclose(op.forward([x]), np.exp(x), rtol=1e-6)


def _conv_pool_inputs(out_channels=6, batch=4):
    return (nn.Tensor(rand(batch, 3, 10, 10, dtype=np.float32)),
            nn.Tensor(rand(out_channels, 3, 3, 3, dtype=np.float32)),
            nn.Tensor(rand(out_channels, dtype=np.float32)))


def _conv_pool_ref(x, w, b):
    with lazy.enabled(False):
        return F.max_pool2d(F.relu(F.conv2d(x, w, b, padding=1)), 2).numpy()


@pytest.mark.parametrize("batch,channels", [(4, 6), (1, 7)])
def test_a_max_pool_of_a_pending_conv_is_one_kernel_that_never_writes_the_conv(batch, channels):
    # batch 1: the bias and ReLU read the convolution at their own batch index, not at a
    # broadcast 0, so the schedule's pooling rule still sees them (it wrote the conv out
    # and pooled it serially: the imported CNN at batch 1 took 35 us, 24 with the rule).
    # A channel count of its own: a second batch size of one graph would take the first
    # size's schedule (tcomp.nn.batch), not build its own.
    x, w, b = _conv_pool_inputs(channels, batch)
    with nn.no_grad():
        p, n = launches(lambda: F.max_pool2d(F.relu(F.conv2d(x, w, b, padding=1)), 2).numpy())
    assert n == 1
    np.testing.assert_allclose(p, _conv_pool_ref(x, w, b), rtol=1e-5, atol=1e-5)
    op = next(o for k, o in kernels._CACHE.items() if k[0] == "conv2d+add+relu+max_pool2d"
              and k[2][:2] == (((batch, 3, 10, 10), np.float32),
                               ((channels, 3, 3, 3), np.float32))
              and o._fwd is not None)
    ir = op._fwd.source("ir")
    # two rows of the convolution's channels per strip of the pooling, in a local buffer
    allocs = [ln.strip() for ln in ir.splitlines() if "allocate conv:" in ln]
    assert allocs == [f"allocate conv: float32[{2 * channels * 10}] in local"], ir


def test_a_pooled_conv_that_needs_a_gradient_runs_as_two_kernels():
    x, w, b = _conv_pool_inputs()
    w.requires_grad = True
    p, n = launches(lambda: F.max_pool2d(F.relu(F.conv2d(x, w, b, padding=1)), 2).numpy())
    assert n == 2  # the conv with its epilogue (saving what the backward reads), the pool
    np.testing.assert_allclose(p, _conv_pool_ref(x, w, b), rtol=1e-5, atol=1e-5)


def test_a_pooled_conv_read_again_is_right_and_next_time_written_once():
    # a graph of its own (5 channels): the kernel this test retires isn't the other tests'
    x, w, b = _conv_pool_inputs(5)
    ref_h = np.maximum(F.conv2d(x, w, b, padding=1).numpy(), 0)
    with nn.no_grad():
        for k in range(2):  # a U-Net block: the activation pooled, and kept for a skip
            h = F.relu(F.conv2d(x, w, b, padding=1))
            p, n = launches(lambda h=h: F.max_pool2d(h, 2).numpy())
            hv, m = launches(h.numpy)
            np.testing.assert_allclose(hv, ref_h, rtol=1e-5, atol=1e-5)
            np.testing.assert_allclose(p, _conv_pool_ref(x, w, b), rtol=1e-5, atol=1e-5)
            # first: the fused kernel, then h computed again; after that, h once and a pool
            assert (n, m) == ((1, 1) if k == 0 else (2, 0)), (k, n, m)


def test_a_pooled_conv_whose_output_is_held_is_written_not_recomputed():
    x, w, _ = _conv_pool_inputs()
    with nn.no_grad():
        y = F.conv2d(x, w, padding=1)  # the user holds the convolution's result
        p, n = launches(lambda: F.max_pool2d(F.relu(y), 2).numpy())
        assert n == 2 and not y.is_pending
    ref = np.maximum(y.numpy(), 0).reshape(4, 6, 5, 2, 5, 2).max(axis=(3, 5))
    np.testing.assert_allclose(p, ref, rtol=1e-6)
