"""Dynamic batch sizes (tcomp.nn.batch): a training loop over many batch sizes compiles each
kernel once for the size it first ran at (exact) and once as a family (at the second size),
then nothing more; it computes what kernels built for each exact size compute, and gradients
at an odd batch size match central differences; the switch, the reports and bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tcomp import nn
from tcomp.errors import DSLShapeError
from tcomp.nn import builders, kernels
from tcomp.nn import functional as F
from tcomp.nn.tuning import batch_text, nearest_records
from tcomp.runtime import STATS as CACHE_STATS

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

ROOT = Path(__file__).resolve().parents[2]
SIZES = (1, 2, 3, 5, 8, 17, 64, 128)


def mlp() -> nn.Module:
    return nn.Sequential(nn.Linear(784, 512, seed=1), nn.ReLU(), nn.Linear(512, 10, seed=2))


def cnn() -> nn.Module:
    return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, seed=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 3, padding=1, seed=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 4 * 4, 10, seed=3))


MODELS = {"mlp": (mlp, (784,)), "cnn": (cnn, (1, 16, 16))}


def batch(n: int, shape: tuple[int, ...], seed: int = 0) -> tuple[nn.Tensor, nn.Tensor]:
    rng = np.random.default_rng(seed + n)
    return (nn.Tensor(rng.standard_normal((n, *shape)).astype(np.float32)),
            nn.Tensor(rng.integers(0, 10, n), dtype=np.int64))


def train_step(model: nn.Module, opt: nn.Adam, x: nn.Tensor, y: nn.Tensor) -> float:
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return float(loss.numpy())


def counters() -> tuple[int, ...]:
    """nn's DSL builds and tc.build calls, and the compiled-code cache's compiles and disk
    loads: all unchanged when a step builds nothing."""
    return (kernels.STATS["builds"], kernels.STATS["kernels"], CACHE_STATS["compiles"],
            CACHE_STATS["disk_hits"])


@pytest.fixture(autouse=True)
def _fresh_cache():
    kernels.clear_cache()
    yield
    kernels.clear_cache()


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_loop_over_batch_sizes_compiles_each_kernel_once(name):
    make, shape = MODELS[name]
    model = make()
    opt = nn.Adam(model.parameters(), lr=1e-3)
    start = counters()
    losses = [train_step(model, opt, *batch(SIZES[0], shape))]
    after_first = counters()
    assert after_first[1] > start[1]  # the first size built its exact kernels
    losses.append(train_step(model, opt, *batch(SIZES[1], shape)))
    after_second = counters()
    assert after_second[1] > after_first[1]  # the second size built the families' kernels
    for n in SIZES[2:]:
        losses.append(train_step(model, opt, *batch(n, shape)))
        assert counters() == after_second, f"batch size {n} built kernels"
    assert np.isfinite(losses).all()
    bound = {op.batch_size for op in kernels._CACHE.values()}
    assert set(SIZES[1:]) <= bound  # every later size ran on a family's kernels
    # the counter can tell: with dynamic batches off a new size builds its own kernels
    with nn.dynamic_batch(False):
        train_step(model, opt, *batch(9, shape))
    assert counters()[1] > after_second[1]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_training_equals_kernels_built_for_each_exact_size(name):
    make, shape = MODELS[name]
    runs = {}
    for dynamic in (True, False):
        with nn.dynamic_batch(dynamic):
            model = make()
            opt = nn.Adam(model.parameters(), lr=1e-2)
            losses = [train_step(model, opt, *batch(n, shape)) for n in (4, 7, 3, 7)]
            runs[dynamic] = (losses, [p.numpy().copy() for p in model.parameters()])
    np.testing.assert_allclose(runs[True][0], runs[False][0], rtol=2e-5)
    for a, b in zip(runs[True][1], runs[False][1], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)
    # 4, the first size, ran exact kernels; 7 and 3 the families'
    assert {op.batch_size for op in kernels._CACHE.values()} >= {None, 3, 7}
    assert all(op.batch_size is None for op in kernels._EXACT.values())


def _conv_net(x, w, b, v, c):
    h = F.max_pool2d(F.relu(F.conv2d(x, w, b, padding=1)), 2)
    return F.log_softmax(F.linear(F.flatten(h, 1), v, c), axis=-1)


def test_gradients_at_an_odd_batch_size_match_central_differences():
    rng = np.random.default_rng(3)
    params = [rng.standard_normal(s) for s in ((3, 2, 3, 3), (3,), (4, 12), (4,))]
    for n in (4, 3):  # the family is built at 4; batch 3 runs its kernels
        x = rng.standard_normal((n, 2, 4, 4))
        gradcheck(_conv_net, x, *params)
    assert any(op.batch_size == 3 and op.name.startswith("conv2d") for op in
               kernels._CACHE.values())
    target = nn.Tensor(rng.integers(0, 4, 5), dtype=np.int64)
    for n in (2, 5):
        x = rng.standard_normal((n, 6))
        w, b = rng.standard_normal((4, 6)), rng.standard_normal(4)
        gradcheck(lambda x, w, b: F.gelu(F.linear(x, w, b)).sum(axis=0), x, w, b)
        gradcheck(lambda x: F.layer_norm(x, nn.Tensor(np.ones(6)), nn.Tensor(np.zeros(6))), x)
    gradcheck(lambda x: F.cross_entropy(x, target), rng.standard_normal((5, 4)))


def test_weights_sized_like_the_batch_and_batches_of_one_share_the_family():
    layer = nn.Linear(6, 5, seed=1)
    rng = np.random.default_rng(0)

    def step(n: int) -> None:
        x = nn.Tensor(rng.standard_normal((n, 6)).astype(np.float32), requires_grad=True)
        F.relu(layer(x)).sum().backward()

    step(3)  # exact kernels
    step(4)  # the families'
    built = counters()
    for n in (5, 6, 1, 2):  # 5: the weight's rows, 6: its columns, 1: the bias's [1, 5] view
        step(n)
        assert counters() == built, f"batch size {n} built kernels"


def test_family_launches_take_the_fast_path():
    model, shape = MODELS["mlp"]
    m = model()
    opt = nn.Adam(m.parameters(), lr=1e-3)
    for n in (2, 7):
        train_step(m, opt, *batch(n, shape))
    ops = [op for op in kernels._CACHE.values() if op.batch_size == 7]
    launchers = [op._fwd_launch for op in ops if op._fwd is not None]
    launchers += [launch for op in ops for launch, *_ in op._bwd.values()]
    assert launchers and all(ln.cfunc is not None and ln.dims == (7,) for ln in launchers
                             if ln.kern.func.dim_vars)
    assert any(ln.kern.func.dim_vars for ln in launchers)


def test_the_switch():
    assert nn.is_dynamic_batch()
    old = nn.set_dynamic_batch(False)
    try:
        assert old is True and not nn.is_dynamic_batch()
        with nn.dynamic_batch(True):
            assert nn.is_dynamic_batch()
        assert not nn.is_dynamic_batch()
    finally:
        nn.set_dynamic_batch(old)
    with pytest.raises(TypeError, match="set_dynamic_batch: flag must be True or False"):
        nn.set_dynamic_batch("no")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TCOMP_NN_DYNAMIC_BATCH": "0"}
    out = subprocess.run([sys.executable, "-c", "import tcomp.nn as nn; "
                          "print(nn.is_dynamic_batch())"], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert out.strip() == "False"


def test_bad_shapes_still_get_the_exact_build_error():
    x, w = np.zeros((3, 7), np.float32), np.zeros((5, 6), np.float32)
    with pytest.raises(DSLShapeError, match="last dimensions must match"):
        kernels.get_op("linear", builders.linear, [x, w])
    with pytest.raises(DSLShapeError, match="differ in the last dimension"):
        F.linear(nn.Tensor(x), nn.Tensor(w))


def test_the_profile_says_which_batch_sizes_each_kernel_served():
    model, shape = MODELS["mlp"]
    m = model()
    opt = nn.Adam(m.parameters(), lr=1e-3)
    x, y = batch(12, shape)
    prof = nn.kernel_profile(lambda: train_step(m, opt, x, y), rounds=1)
    rows = {k.name: k for k in prof}
    assert rows["linear+add+relu [12x512]"].batches == ()  # the first size: exact kernels
    x, y = batch(5, shape)
    prof = nn.kernel_profile(lambda: train_step(m, opt, x, y), rounds=1)
    rows = {k.name: k for k in prof}
    assert rows["linear+add+relu [5x512]"].batches == (5,)  # a second size: the family
    assert any(k.name.startswith("adam") and k.batches == () for k in prof)
    assert batch_text(()) == "-" and batch_text((3, 17)) == "3,17"
    assert batch_text(tuple(range(1, 40))) == "1..39"


class _Record:
    def __init__(self, uid: str, size: int | None):
        self.record_id, self.workload_spec = uid, {} if size is None else {"batch": size}


class _Db:
    """A database with records tuned at batch sizes 4, 64 and 16 (best first by cost)."""

    def __init__(self):
        self.recs = [_Record("a", 4), _Record("b", 64), _Record("c", 16), _Record("d", None)]

    def tuned_records(self, key, target, limit=3):
        return self.recs[:limit]

    def get(self, uid):
        return next(r for r in self.recs if r.record_id == uid)


def test_a_family_build_takes_the_record_tuned_nearest_its_batch_size():
    db = _Db()
    order = lambda n: [r.record_id for r in nearest_records(db, n).tuned_records("k", "llvm")]  # noqa: E731
    assert order(50) == ["b", "c", "a"]
    assert order(12) == ["c", "a", "b"]
    assert order(1) == ["a", "c", "b"]
    assert nearest_records(None, 5) is None and nearest_records(db, None) is None
