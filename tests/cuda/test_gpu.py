"""Real launches (opt in with -m gpu; need pycuda and a GPU): every template on the device
equals the reference, and device arrays round-trip."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.dsl import evaluate
from tcomp.runtime import cuda as rt

pytestmark = pytest.mark.gpu


@pytest.fixture(autouse=True)
def _need_gpu(monkeypatch):
    monkeypatch.setattr(rt, "_emulate", False)
    why = rt.missing_reason()
    if why is not None:
        pytest.skip(why)


@pytest.mark.parametrize("name", ["matmul", "elementwise", "reduction", "block_reduction",
                                  "softmax", "conv2d"])
def test_template_on_gpu(H, name):
    s, args, outs = H.workloads()[name]()
    f = tc.build(s, args, target="cuda -arch=" + rt.get_device().arch)
    rng = np.random.default_rng(0)
    arrays = [np.zeros([int(d.value) for d in t.shape], t.dtype.np) if any(t is o for o in outs)
              else rng.standard_normal([int(d.value) for d in t.shape]).astype(t.dtype.np)
              for t in args]
    ins = [a for a, t in zip(arrays, args, strict=False) if not any(t is o for o in outs)]
    ref = evaluate(outs, ins, params=[t for t in args if not any(t is o for o in outs)])
    f(*arrays)
    got = arrays[next(i for i, t in enumerate(args) if t is outs[0])]
    np.testing.assert_allclose(got, ref[0] if isinstance(ref, list) else ref, rtol=1e-4,
                               atol=1e-5)


def test_device_array_round_trip():
    x = np.arange(10, dtype=np.float32)
    d = rt.to_device(x)
    np.testing.assert_array_equal(d.numpy(), x)


def test_device_info_and_tuning_key():
    from autotune import target_description

    dev = rt.get_device()
    info = rt.device_info()
    assert info["gpu"] == dev.name and info["arch"] == dev.arch
    d = target_description("cuda")
    assert d["measured_on"] == "hardware" and d["driver"] == dev.driver_version


def test_vectorized_elementwise_on_gpu(H):
    import schedules.cuda as sc

    n = 4 * 1000 + 3  # float4 accesses plus a scalar tail
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] * 2.0 + 1.0, name="Y")
    f = tc.build(*sc.elementwise_chain([Y], [X], threads=128, vec=4),
                 target="cuda -arch=" + rt.get_device().arch)
    assert "v4" in f.source("ptx")
    x = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    y = np.zeros(n, np.float32)
    f(x, y)
    np.testing.assert_allclose(y, x * 2 + 1, rtol=1e-6)
