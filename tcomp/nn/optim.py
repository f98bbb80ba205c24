"""Optimizers SGD (momentum, weight decay) and Adam; each update is one compiled tcomp
kernel per parameter shape (layer 9).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..ir import expr as E
from . import kernels
from .tensor import Tensor


def _sgd(p: Any, g: Any, buf: Any, lr: float, momentum: float, wd: float) -> Any:
    """New ``[param, buf]`` stacked as out[0], out[1]."""
    shp = tuple(int(d.value) for d in p.shape)

    def body(*a: E.Var) -> E.Expr:
        k, i = a[0], a[1:]
        gi = g[i] + wd * p[i]
        b = momentum * buf[i] + gi
        return dsl.if_then_else(dsl.equal(k, 0), p[i] - lr * b, b)
    return dsl.compute((2, *shp), body, name="sgd")


def _adam(p: Any, g: Any, m: Any, v: Any, corr: Any, lr: float, b1: float, b2: float,
          eps: float, wd: float) -> Any:
    """New ``[param, m, v]`` stacked along a leading axis of 3; ``corr`` holds the bias
    corrections ``[1 / (1 - b1^t), 1 / (1 - b2^t)]`` (an input, so steps share a kernel)."""
    shp = tuple(int(d.value) for d in p.shape)

    def body(*a: E.Var) -> E.Expr:
        k, i = a[0], a[1:]
        gi = g[i] + wd * p[i]
        mi = b1 * m[i] + (1.0 - b1) * gi
        vi = b2 * v[i] + (1.0 - b2) * gi * gi
        upd = p[i] - lr * (mi * corr[0]) / (dsl.sqrt(vi * corr[1]) + eps)
        return dsl.if_then_else(dsl.equal(k, 0), upd, dsl.if_then_else(dsl.equal(k, 1), mi, vi))
    return dsl.compute((3, *shp), body, name="adam")


class Optimizer:
    def __init__(self, params: Iterable[Tensor]):
        self.params = [p for p in params]
        if not self.params:
            raise ValueError("optimizer got an empty parameter list")

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None


class SGD(Optimizer):
    """``buf = momentum * buf + (g + wd * p); p -= lr * buf``."""

    def __init__(self, params: Iterable[Tensor], lr: float = 0.01, momentum: float = 0.0,
                 weight_decay: float = 0.0):
        super().__init__(params)
        self.lr, self.momentum, self.wd = lr, momentum, weight_decay
        self.bufs = [np.zeros_like(p.data) for p in self.params]

    def step(self) -> None:
        for n, p in enumerate(self.params):
            if p.grad is None:
                continue
            arrs = [p.data, p.grad.data, self.bufs[n]]
            op = kernels.get_op("sgd", _sgd, arrs, (self.lr, self.momentum, self.wd))
            out = op.forward(arrs)
            p.data, self.bufs[n] = out[0], out[1]


class Adam(Optimizer):
    """Adam (Kingma & Ba) with optional L2 weight decay added to the gradient."""

    def __init__(self, params: Iterable[Tensor], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0):
        super().__init__(params)
        self.lr, self.betas, self.eps, self.wd = lr, betas, eps, weight_decay
        self.m = [np.zeros_like(p.data) for p in self.params]
        self.v = [np.zeros_like(p.data) for p in self.params]
        self.t = 0

    def step(self) -> None:
        self.t += 1
        b1, b2 = self.betas
        corr = {dt: np.array([1.0 / (1.0 - b1 ** self.t), 1.0 / (1.0 - b2 ** self.t)], dt)
                for dt in {p.dtype for p in self.params}}
        for n, p in enumerate(self.params):
            if p.grad is None:
                continue
            arrs = [p.data, p.grad.data, self.m[n], self.v[n], corr[p.dtype]]
            op = kernels.get_op("adam", _adam, arrs, (self.lr, b1, b2, self.eps, self.wd))
            out = op.forward(arrs)
            p.data, self.m[n], self.v[n] = out[0], out[1], out[2]


__all__ = ["SGD", "Adam", "Optimizer"]
