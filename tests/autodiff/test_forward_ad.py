"""tcomp.nn.forward_ad: compiled jvp/hvp of DSL builders on concrete arrays."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.nn import Tensor, forward_ad
from tcomp.ops.losses import cross_entropy
from tcomp.ops.reduce import softmax_last


def test_jvp_of_softmax_is_its_linearisation():
    rng = np.random.default_rng(0)
    x, dx = rng.standard_normal((2, 5)), rng.standard_normal((2, 5))
    out, tan = forward_ad.jvp(softmax_last, [Tensor(x)], [dx])
    p = np.exp(x) / np.exp(x).sum(1, keepdims=True)
    assert isinstance(out, Tensor) and isinstance(tan, Tensor) and not tan.requires_grad
    np.testing.assert_allclose(out.numpy(), p, rtol=1e-12)
    np.testing.assert_allclose(tan.numpy(), p * dx - p * (p * dx).sum(1, keepdims=True),
                               rtol=1e-10, atol=1e-14)


def test_hvp_cross_entropy_skips_target_and_reuses_the_kernel(monkeypatch):
    forward_ad.clear_cache()
    rng = np.random.default_rng(1)
    z, v = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    target = np.array([0, 3, 1])
    hv, none = forward_ad.hvp(cross_entropy, [z, target], [v, None])
    assert none is None
    p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    want = (p * v - p * (p * v).sum(1, keepdims=True)) / 3
    np.testing.assert_allclose(hv.numpy(), want, rtol=1e-10, atol=1e-14)
    calls = []
    build = tc.build
    monkeypatch.setattr(tc, "build", lambda *a, **k: calls.append(a) or build(*a, **k))
    hv2, _ = forward_ad.hvp(cross_entropy, [z, target], [2 * v, None])
    assert calls == []
    np.testing.assert_allclose(hv2.numpy(), 2 * want, rtol=1e-10, atol=1e-14)


def test_forward_ad_errors():
    x = np.ones((2, 3))
    with pytest.raises(tc.DSLShapeError, match=r"tangent 0 is float64\[3, 2\], primal 0 is "
                                               r"float64\[2, 3\]"):
        forward_ad.jvp(softmax_last, [x], [np.ones((3, 2))])
    with pytest.raises(tc.DSLShapeError, match="every tangent is None"):
        forward_ad.jvp(softmax_last, [x], [None])
    with pytest.raises(tc.DSLShapeError, match=r"1 primal\(s\) but 2 tangent"):
        forward_ad.hvp(softmax_last, [x], [x, x])
    with pytest.raises(tc.DSLShapeError, match=r"loss 'softmax' has shape \[2, 3\]"):
        forward_ad.hvp(softmax_last, [x], [x])
