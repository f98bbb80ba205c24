"""Class losses: negative log-likelihood, cross entropy and the weight sum a mean divides
by (layer 6)."""

from __future__ import annotations

from typing import Any

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..ir import expr as E
from .common import shape_of
from .reduce import softmax_last


def nll_loss(lp: Tensor, target: Tensor, weight: Tensor | None = None,
             ignore_index: int = -100, reduction: str = "mean", smoothing: float = 0.0,
             vector: bool = False, den: Tensor | None = None, name: str = "nll") -> Tensor:
    """PyTorch's negative log-likelihood of log-probabilities ``lp[m, c]`` and class ids
    ``target[m]``, with class weights ``w`` and label smoothing ``s``:
    ``loss[m] = -sum_c lp[m, c] * w[c] * ((1 - s) [c == t] + s / C)`` for ``t = target[m]``,
    0 where ``t == ignore_index``. ``"none"``: ``loss`` ([M]); ``"sum"``: its sum; ``"mean"``:
    the sum over ``den`` (default ``class_weight_sum``). 0-d, or [1] with ``vector`` (a GPU
    kernel binds that axis)."""
    m, c = shape_of(lp)

    def t(i: Any) -> E.Expr:
        return dsl.cast("int64", target[i])

    def term(i: Any, k: Any) -> E.Expr:
        coef = dsl.if_then_else(dsl.equal(t(i), k), dsl.const(1.0 - smoothing + smoothing / c,
                                                               lp.dtype),
                                dsl.const(smoothing / c, lp.dtype)) if smoothing else 1.0
        return -lp[i, k] * (1.0 if weight is None else weight[k]) * coef

    def where(i: Any, k: Any) -> E.Expr:
        keep = dsl.not_equal(t(i), ignore_index)
        return keep if smoothing else dsl.logical_and(keep, dsl.equal(t(i), k))

    k = dsl.reduce_axis(c, name="c")
    if reduction == "none":
        return dsl.compute((m,), lambda i: dsl.sum(term(i, k), axis=k, where=where(i, k)),
                           name=name)
    r, shp = dsl.reduce_axis(m, name="m"), (1,) if vector else ()
    if reduction == "mean" and den is None:
        den = class_weight_sum(target, weight, ignore_index, vector, lp.dtype, f"{name}.den")

    def scale(i: Any) -> Any:  # inside the sum: one reduction, as the adjoint's one stage
        return 1.0 if den is None else 1.0 / den[i]

    def empty(i: Any) -> Any:  # a mean over no kept target is 0/0 (torch's NaN); outside
        # the sum, so the gradient stays 0
        if den is None:
            return 0.0
        return dsl.if_then_else(dsl.equal(den[i], dsl.const(0.0, den.dtype)),
                                dsl.const(float("nan"), lp.dtype), dsl.const(0.0, lp.dtype))
    return dsl.compute(shp, lambda *i: dsl.sum(term(r, k) * scale(i), axis=[r, k],
                                               where=where(r, k)) + empty(i), name=name)


def class_weight_sum(target: Tensor, weight: Tensor | None = None, ignore_index: int = -100,
                     vector: bool = False, dtype: Any = "float32", name: str = "den") -> Tensor:
    """``sum_m w[target[m]]`` over the targets that are not ``ignore_index`` (their count
    without weights): what a mean class loss divides by. An ignored target is not read."""
    (m,), shp = shape_of(target), (1,) if vector else ()
    r = dsl.reduce_axis(m, name="m")
    t = dsl.cast("int64", target[r])
    w = dsl.const(1.0, dtype) if weight is None else weight[t]
    return dsl.compute(shp, lambda *_: dsl.sum(dsl.if_then_else(
        dsl.not_equal(t, ignore_index), w, dsl.const(0.0, dtype)), axis=r), name=name)


def cross_entropy(logits: Tensor, target: Tensor, weight: Tensor | None = None,
                  ignore_index: int = -100, reduction: str = "mean", smoothing: float = 0.0,
                  vector: bool = False, den: Tensor | None = None, name: str = "xent"
                  ) -> Tensor:
    """``nll_loss`` of ``log_softmax(logits)`` over the last axis of ``logits[m, c]``."""
    lp = softmax_last(logits, log=True, name=f"{name}.lsm")
    return nll_loss(lp, target, weight, ignore_index, reduction, smoothing, vector, den, name)


__all__ = ["class_weight_sum", "cross_entropy", "nll_loss"]
