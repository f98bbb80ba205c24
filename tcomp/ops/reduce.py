"""Reductions over axes and the ops built on them: sum/max/min/mean, variance, softmax and
log-softmax, layer norm (layer 6)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..autodiff import STOP_GRADIENT
from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from ..ir import expr as E
from .axes import normalize_axes
from .common import broadcast_index, reciprocal, same_dim, shape_of


def reduce(x: Tensor, axes: Sequence[int], kind: str, keepdims: bool = False,
           name: str = "red", tag: str = "") -> Tensor:
    """``sum``/``max``/``min``/``mean`` of ``x`` over ``axes`` (``tag``: the compute's, e.g.
    ``autodiff.STOP_GRADIENT``)."""
    shp = shape_of(x)
    axes = sorted(normalize_axes(list(axes), len(shp), f"reduce '{name}'", "axes", shp))
    rks = {a: dsl.reduce_axis(shp[a], name=f"r{a}") for a in axes}
    kept = [a for a in range(len(shp)) if a not in rks]
    out_shape = tuple(1 if a in rks else shp[a] for a in range(len(shp))) if keepdims else \
        tuple(shp[a] for a in kept)
    count = math.prod(shp[a] for a in axes)

    def body(*i: E.Var) -> E.Expr:
        it = iter(i)
        idx = []
        for a in range(len(shp)):
            if a in rks:
                idx.append(rks[a])
                if keepdims:
                    next(it)
            else:
                idx.append(next(it))
        v = x[tuple(idx)]
        axis = list(rks.values())
        if not axis and kind in ("sum", "mean", "max", "min"):
            return v  # nothing to reduce (a 0-d tensor, or axes=()): the values themselves
        if kind in ("sum", "mean"):
            return dsl.sum(v, axis=axis)
        if kind == "max":
            return dsl.max(v, axis=axis)
        if kind == "min":
            return dsl.min(v, axis=axis)
        raise DSLShapeError(f"reduce: unknown kind {kind!r}")

    out = dsl.compute(out_shape, body, name=name, tag=tag)
    if kind == "mean":
        inv = reciprocal(count, x.dtype)
        out = dsl.compute(out_shape, lambda *i: out[i] * inv, name=f"{name}.mean")
    return out


def var(x: Tensor, axes: Sequence[int], keepdims: bool = False, correction: int = 0,
        name: str = "var") -> Tensor:
    """Variance over ``axes`` (``correction=1`` for the unbiased estimate)."""
    shp = shape_of(x)
    axes = sorted(normalize_axes(list(axes), len(shp), f"var '{name}'", "axes", shp))
    n = math.prod(shp[a] for a in axes)
    m = reduce(x, axes, "mean", keepdims=True, name=f"{name}.m")
    d = dsl.compute(shp, lambda *i: (x[i] - m[broadcast_index(m, shp, i)]) *
                    (x[i] - m[broadcast_index(m, shp, i)]), name=f"{name}.sq")
    s = reduce(d, axes, "sum", keepdims=keepdims, name=f"{name}.s")
    inv = reciprocal(max(n - correction, 1) if isinstance(n, int) else
                      dsl.max(n - correction, 1), x.dtype)
    return dsl.compute(shape_of(s), lambda *i: s[i] * inv, name=name)


def softmax(X: Tensor, name: str = "Y") -> list[Tensor]:
    """Row softmax in three stages: row max, exp-sum, divide.

    Returns ``[mx, e, s, Y]`` so schedules can place each stage.
    """
    if X.ndim != 2:
        raise DSLShapeError(f"softmax: '{X.name}' must be 2-D, got {list(X.shape)}")
    n, m = X.shape
    k1 = dsl.reduce_axis(m, name="k")
    mx = dsl.compute((n,), lambda i: dsl.max(X[i, k1], axis=k1), name=f"{name}.max")
    e = dsl.compute((n, m), lambda i, j: dsl.exp(X[i, j] - mx[i]), name=f"{name}.exp")
    k2 = dsl.reduce_axis(m, name="k")
    s = dsl.compute((n,), lambda i: dsl.sum(e[i, k2], axis=k2), name=f"{name}.sum")
    # Times the row's reciprocal (within an ulp of e / s, as PyTorch's CPU softmax): one
    # division per row, where a vector division per element bound the whole kernel.
    y = dsl.compute((n, m), lambda i, j: e[i, j] * (1.0 / s[i]), name=name)
    return [mx, e, s, y]


def softmax_last(X: Tensor, log: bool = False, name: str = "softmax",
                 scale: float | None = None) -> Tensor:
    """Softmax (or log-softmax) over the last axis, any rank; of ``X * scale`` when a
    ``scale`` is given (attention's scores: one kernel, forward and backward)."""
    shp = shape_of(X)
    nd = len(shp)
    if scale is not None:
        X = dsl.compute(shp, lambda *i: X[i] * float(scale), name=f"{name}.scaled")
    # the shift by the row's max keeps exp in range and changes no value: no gradient flows
    # through it (d softmax / d max == 0), so autodiff skips the max, its tie count and two
    # row reductions
    mx = reduce(X, [nd - 1], "max", keepdims=True, name=f"{name}.max", tag=STOP_GRADIENT)
    e = dsl.compute(shp, lambda *i: dsl.exp(X[i] - mx[(*i[:-1], 0)]), name=f"{name}.exp")
    s = reduce(e, [nd - 1], "sum", keepdims=True, name=f"{name}.sum")
    if log:
        return dsl.compute(shp, lambda *i: X[i] - mx[(*i[:-1], 0)] - dsl.log(s[(*i[:-1], 0)]),
                           name=name)
    # Times the reciprocal, as PyTorch's CPU softmax: a row's one division, not one per element.
    return dsl.compute(shp, lambda *i: e[i] * (1.0 / s[(*i[:-1], 0)]), name=name)


def layer_norm_rows(X: Tensor, W: Tensor, Bias: Tensor, eps: float = 1e-5,
                    name: str = "Y") -> list[Tensor]:
    """Layer norm over the rows of a 2-D ``X``, scaled by ``W`` and shifted by ``Bias``.

    Returns the stages ``[sum, mean, sqsum, rstd, Y]`` (``layer_norm_stages``) so schedules
    can place each one.
    """
    if X.ndim != 2 or W.ndim != 1 or Bias.ndim != 1:
        raise DSLShapeError(f"layer_norm: expects '{X.name}' 2-D and '{W.name}', "
                            f"'{Bias.name}' 1-D, got {list(X.shape)}, {list(W.shape)}, "
                            f"{list(Bias.shape)}")
    if not (same_dim(W.shape[0], X.shape[1]) and same_dim(Bias.shape[0], X.shape[1])):
        raise DSLShapeError(f"layer_norm: '{W.name}' {list(W.shape)} and '{Bias.name}' "
                            f"{list(Bias.shape)} must match the rows of '{X.name}' "
                            f"{list(X.shape)}")
    return layer_norm_stages(X, W, Bias, eps, name)


def layer_norm_stages(X: Tensor, W: Tensor, B: Tensor, eps: float = 1e-5,
                      name: str = "ln") -> list[Tensor]:
    """Layer norm over the last axis as its stages ``[sum, mean, sqsum, rstd, out]``, each
    of the first four over the leading axes: the row sum, the mean, the sum of squared
    deviations from it, ``rsqrt(sqsum / n + eps)``, then
    ``out = (X - mean) * rstd * W + B``. One mean, read by the variance and the output (the
    variance used to compute a second one), so a schedule computes every stage per row."""
    shp = shape_of(X)
    lead, n = shp[:-1], shp[-1]
    k1 = dsl.reduce_axis(n, name="k")
    sm = dsl.compute(lead, lambda *i: dsl.sum(X[(*i, k1)], axis=k1), name=f"{name}.sum")
    mean = dsl.compute(lead, lambda *i: sm[i] * (1.0 / n), name=f"{name}.mean")
    k2 = dsl.reduce_axis(n, name="k")

    def sq(*i: E.Var) -> E.Expr:
        d = X[(*i, k2)] - mean[i]
        return dsl.sum(d * d, axis=k2)

    ss = dsl.compute(lead, sq, name=f"{name}.sqsum")
    rstd = dsl.compute(lead, lambda *i: dsl.rsqrt(ss[i] * (1.0 / n) + eps), name=f"{name}.rstd")
    out = dsl.compute(shp, lambda *i: (X[i] - mean[i[:-1]]) * rstd[i[:-1]] * W[i[-1]]
                      + B[i[-1]], name=name)
    return [sm, mean, ss, rstd, out]


def layer_norm(X: Tensor, W: Tensor, B: Tensor, eps: float = 1e-5,
               name: str = "ln") -> Tensor:
    """Normalise over the last axis, then scale by ``W`` and shift by ``B`` (1-D)."""
    return layer_norm_stages(X, W, B, eps, name)[-1]


__all__ = ["layer_norm", "layer_norm_rows", "layer_norm_stages", "reduce", "softmax",
           "softmax_last", "var"]
