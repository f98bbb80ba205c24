"""Optimizers SGD (momentum, Nesterov, weight decay), Adam and AdamW (layer 9).

A step is one compiled tcomp kernel per parameter dtype that updates every parameter: per
parameter, one elementwise pass that reads the parameter, its gradient and its state once
and writes the new parameter and state as separate outputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..errors import ArgumentValueError
from ..ir import expr as E
from ..runtime.memory import zeros
from . import device as _dev
from . import kernels
from .tensor import Tensor


def _sgd(p: Any, g: Any, buf: Any, lr: float, momentum: float, wd: float,
         nesterov: bool = False, name: str = "sgd") -> Any:
    """New ``[param, buf]``: two outputs of one elementwise pass."""
    shp = tuple(int(d.value) for d in p.shape)

    def body(*i: E.Var) -> tuple[E.Expr, E.Expr]:
        gi = g[i] + wd * p[i] if wd else g[i]
        b = momentum * buf[i] + gi if momentum else gi
        step = gi + momentum * b if nesterov else b
        return p[i] - lr * step, b
    return dsl.compute(shp, body, name=name)


def _adam(p: Any, g: Any, m: Any, v: Any, corr: Any, lr: float, b1: float, b2: float,
          eps: float, wd: float, decoupled: bool = False, name: str = "adam") -> Any:
    """New ``[param, m, v]``: three outputs of one elementwise pass (each input read once);
    ``corr`` holds the bias corrections ``[1 / (1 - b1^t), 1 / (1 - b2^t)]`` (an input, so
    steps share a kernel). ``decoupled`` (AdamW): the weight decay shrinks the parameter,
    ``p * (1 - lr * wd)``, instead of joining the gradient."""
    shp = tuple(int(d.value) for d in p.shape)

    def body(*i: E.Var) -> tuple[E.Expr, E.Expr, E.Expr]:
        gi = g[i] + wd * p[i] if wd and not decoupled else g[i]
        mi = b1 * m[i] + (1.0 - b1) * gi
        vi = b2 * v[i] + (1.0 - b2) * gi * gi
        base = p[i] * (1.0 - lr * wd) if wd and decoupled else p[i]
        upd = base - lr * (mi * corr[0]) / (dsl.sqrt(vi * corr[1]) + eps)
        return upd, mi, vi
    return dsl.compute(shp, body, name=name)


def _sgd_all(*args: Any) -> list[Any]:
    """``_sgd`` of each (param, grad, buf) triple in ``args[:3n]``: ``(*arrays, n, *hyper)``."""
    *arrs, n, lr, momentum, wd, nesterov = args
    return [t for k in range(n) for t in _sgd(*arrs[3 * k:3 * k + 3], lr, momentum, wd,
                                               nesterov, name=f"sgd{k}")]


def _adam_all(*args: Any) -> list[Any]:
    """``_adam`` of each (param, grad, m, v) in ``args[:4n]``, sharing ``corr = args[4n]``."""
    *arrs, corr, n, lr, b1, b2, eps, wd, decoupled = args
    return [t for k in range(n) for t in _adam(*arrs[4 * k:4 * k + 4], corr, lr, b1, b2, eps,
                                                wd, decoupled, name=f"adam{k}")]


def _on(arr: Any, p: Tensor) -> Any:
    """Optimizer state ``arr`` on parameter ``p``'s device (moved once after Module.to)."""
    if _dev.USED[0] and _dev.of(arr) != p.device:
        return _dev.move(arr, p.device)
    return arr


def _by_dtype(params: list[Tensor]) -> dict[np.dtype, list[int]]:
    groups: dict[np.dtype, list[int]] = {}
    for n, p in enumerate(params):
        if p.grad is not None:
            groups.setdefault(p.dtype, []).append(n)
    return groups


class Optimizer:
    def __init__(self, params: Iterable[Tensor]):
        self.params = [p for p in params]
        if not self.params:
            raise ArgumentValueError("optimizer got an empty parameter list; pass "
                                     "model.parameters() of a model that has parameters")

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None


def _check_hyper(opt: str, **values: float) -> None:
    for name, v in values.items():
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not v >= 0 \
                or v == float("inf"):
            raise ArgumentValueError(f"{opt}: {name} must be a finite number >= 0, got {v!r}")


class SGD(Optimizer):
    """``buf = momentum * buf + (g + wd * p); p -= lr * buf``; with ``nesterov``, ``p -= lr
    * (g + wd * p + momentum * buf)``, as PyTorch's."""

    def __init__(self, params: Iterable[Tensor], lr: float = 0.01, momentum: float = 0.0,
                 weight_decay: float = 0.0, nesterov: bool = False):
        super().__init__(params)
        _check_hyper("SGD", lr=lr, momentum=momentum, weight_decay=weight_decay)
        if nesterov and not momentum:
            raise ArgumentValueError("SGD: nesterov=True needs a momentum > 0")
        self.lr, self.momentum, self.wd = lr, momentum, weight_decay
        self.nesterov = bool(nesterov)
        self.bufs = [zeros(p.shape, p.dtype) for p in self.params]

    def step(self) -> None:
        for idx in _by_dtype(self.params).values():
            ps = [self.params[n] for n in idx]
            for n, p in zip(idx, ps, strict=True):
                self.bufs[n] = _on(self.bufs[n], p)
            arrs = [a for n, p in zip(idx, ps, strict=True)
                    for a in (p.data, p.grad.data, self.bufs[n])]  # type: ignore[union-attr]
            dev = _dev.common("sgd", ps) if _dev.USED[0] else "cpu"
            op = kernels.get_op("sgd", _sgd_all, arrs, (len(idx), self.lr, self.momentum,
                                                        self.wd, self.nesterov), dev)
            out = op.forward(arrs)
            for k, (n, p) in enumerate(zip(idx, ps, strict=True)):
                p.data, self.bufs[n] = out[2 * k], out[2 * k + 1]


class Adam(Optimizer):
    """Adam (Kingma & Ba) with optional L2 weight decay added to the gradient."""

    decoupled = False

    def __init__(self, params: Iterable[Tensor], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0):
        super().__init__(params)
        name = type(self).__name__
        _check_hyper(name, lr=lr, eps=eps, weight_decay=weight_decay)
        if not (isinstance(betas, (tuple, list)) and len(betas) == 2
                and all(isinstance(b, (int, float)) and 0 <= b < 1 for b in betas)):
            raise ArgumentValueError(f"{name}: betas must be two numbers in [0, 1), got "
                                     f"{betas!r}")
        self.lr, self.betas, self.eps, self.wd = lr, tuple(betas), eps, weight_decay
        self.m = [zeros(p.shape, p.dtype) for p in self.params]
        self.v = [zeros(p.shape, p.dtype) for p in self.params]
        self.t = 0

    def step(self) -> None:
        self.t += 1
        b1, b2 = self.betas
        for dt, idx in _by_dtype(self.params).items():
            ps = [self.params[n] for n in idx]
            for n, p in zip(idx, ps, strict=True):
                self.m[n], self.v[n] = _on(self.m[n], p), _on(self.v[n], p)
            arrs = [a for n, p in zip(idx, ps, strict=True)
                    for a in (p.data, p.grad.data, self.m[n], self.v[n])]  # type: ignore
            corr = np.array([1.0 / (1.0 - b1 ** self.t), 1.0 / (1.0 - b2 ** self.t)], dt)
            dev = _dev.common("adam", ps) if _dev.USED[0] else "cpu"
            arrs.append(_dev.move(corr, dev))  # cuda: uploads these two numbers per step
            op = kernels.get_op("adam", _adam_all, arrs, (len(idx), self.lr, b1, b2, self.eps,
                                                          self.wd, self.decoupled), dev)
            out = op.forward(arrs)
            for k, (n, p) in enumerate(zip(idx, ps, strict=True)):
                p.data, self.m[n], self.v[n] = out[3 * k:3 * k + 3]


class AdamW(Adam):
    """Adam with decoupled weight decay (Loshchilov & Hutter): each step shrinks the
    parameters by ``lr * weight_decay`` of themselves, apart from the gradient's moments;
    PyTorch's default decay, 0.01."""

    decoupled = True

    def __init__(self, params: Iterable[Tensor], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.01):
        super().__init__(params, lr, betas, eps, weight_decay)


__all__ = ["SGD", "Adam", "AdamW", "Optimizer"]
