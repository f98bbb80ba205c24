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


@pytest.mark.parametrize("name", ["matmul", "elementwise", "reduction", "softmax", "conv2d"])
def test_template_on_gpu(H, name):
    s, args, outs = H.workloads()[name]()
    f = tc.build(s, args, target="cuda -arch=" + rt.get_device().arch)
    rng = np.random.default_rng(0)
    arrays = [np.zeros([int(d.value) for d in t.shape], t.dtype.np) if any(t is o for o in outs)
              else rng.standard_normal([int(d.value) for d in t.shape]).astype(t.dtype.np)
              for t in args]
    ins = [a for a, t in zip(arrays, args) if not any(t is o for o in outs)]
    ref = evaluate(outs, ins, params=[t for t in args if not any(t is o for o in outs)])
    f(*arrays)
    got = arrays[[i for i, t in enumerate(args) if t is outs[0]][0]]
    np.testing.assert_allclose(got, ref[0] if isinstance(ref, list) else ref, rtol=1e-4,
                               atol=1e-5)


def test_device_array_round_trip():
    x = np.arange(10, dtype=np.float32)
    d = rt.to_device(x)
    np.testing.assert_array_equal(d.numpy(), x)
