"""Helpers shared by the tests of ``tcomp.nn``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from tcomp import nn


def gradcheck(fn: Callable[..., Any], *arrays: Any, eps: float = 1e-6, tol: float = 1e-6,
              seed: int = 0, allow_unused: bool = False) -> None:
    """Autograd against central differences of ``sum(fn(*xs) * r)`` in float64, ``r`` drawn
    from ``seed``; ``fn`` may return a tuple of tensors (each gets its own ``r``). An input
    ``fn`` doesn't use gets no gradient: an error unless ``allow_unused`` (then it counts as
    zero)."""
    xs = [nn.Tensor(np.array(a, np.float64), requires_grad=True) for a in arrays]

    def outs() -> tuple[Any, ...]:
        y = fn(*xs)
        return y if isinstance(y, tuple) else (y,)

    rng = np.random.default_rng(seed)
    ys = outs()
    rs = [rng.standard_normal(y.shape) for y in ys]
    if len(ys) == 1:
        ys[0].backward(rs[0])
    else:
        sum((y * nn.Tensor(r)).sum() for y, r in zip(ys, rs, strict=True)).backward()

    def value() -> float:
        with nn.no_grad():
            return sum(float((y.numpy() * r).sum()) for y, r in zip(outs(), rs, strict=True))

    for k, x in enumerate(xs):
        num = np.zeros(x.shape)
        for i in np.ndindex(x.shape):
            old = x.data[i]
            x.data[i] = old + eps
            yp = value()
            x.data[i] = old - eps
            ym = value()
            x.data[i] = old
            num[i] = (yp - ym) / (2 * eps)
        if x.grad is None:
            assert allow_unused, f"input {k} got no gradient"
            got = np.zeros(x.shape)
        else:
            got = x.grad.numpy()
        np.testing.assert_allclose(got, num, rtol=tol, atol=tol)
