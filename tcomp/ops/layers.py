"""DSL declarations of the nn operators: broadcasting, reductions, conv, pooling, norms,
softmax, gathers and capsule routing (layer 6). Shapes are ints, except that a dimension may
be symbolic (``tc.var``: the nn layer's dynamic batch), which ``shape_of`` returns as is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from ..autodiff import STOP_GRADIENT
from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from ..ir import expr as E
from .axes import normalize_axes

Shape = tuple[Any, ...]  # ints, and an expression for a symbolic dimension


def shape_of(t: Tensor) -> Shape:
    """The shape of a DSL tensor: an int per constant dimension, the expression itself for a
    symbolic one."""
    return tuple(int(d.value) if isinstance(d, E.Const) else d for d in t.shape)


def _reciprocal(count: Any, dtype: Any) -> Any:
    """``1 / count`` as a multiplier of ``dtype`` values: a Python float for an int count,
    an expression in the tensor's own dtype for a symbolic one."""
    if isinstance(count, int):
        return 1.0 / count
    return dsl.const(1.0, dtype) / dsl.cast(dtype, count)


def broadcast_index(t: Tensor, out_ndim: int, idx: Sequence[Any]) -> tuple[Any, ...]:
    """Indices reading ``t`` at output position ``idx`` under numpy broadcasting."""
    shp = shape_of(t)
    lead = out_ndim - len(shp)
    return tuple(0 if n == 1 else idx[lead + d] for d, n in enumerate(shp))


def elementwise(fn: Callable[..., E.Expr], inputs: Sequence[Tensor], out_shape: Shape,
                name: str = "ew") -> Tensor:
    """``out[i] = fn(x0[bcast(i)], x1[bcast(i)], ...)`` with numpy broadcasting."""
    nd = len(out_shape)
    return dsl.compute(out_shape, lambda *i: fn(*[x[broadcast_index(x, nd, i)] for x in inputs]),
                       name=name)


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
        inv = _reciprocal(count, x.dtype)
        out = dsl.compute(out_shape, lambda *i: out[i] * inv, name=f"{name}.mean")
    return out


def var(x: Tensor, axes: Sequence[int], keepdims: bool = False, correction: int = 0,
        name: str = "var") -> Tensor:
    """Variance over ``axes`` (``correction=1`` for the unbiased estimate)."""
    shp = shape_of(x)
    axes = sorted(normalize_axes(list(axes), len(shp), f"var '{name}'", "axes", shp))
    n = math.prod(shp[a] for a in axes)
    m = reduce(x, axes, "mean", keepdims=True, name=f"{name}.m")
    d = dsl.compute(shp, lambda *i: (x[i] - m[broadcast_index(m, len(shp), i)]) *
                    (x[i] - m[broadcast_index(m, len(shp), i)]), name=f"{name}.sq")
    s = reduce(d, axes, "sum", keepdims=keepdims, name=f"{name}.s")
    inv = _reciprocal(max(n - correction, 1) if isinstance(n, int) else
                      dsl.max(n - correction, 1), x.dtype)
    return dsl.compute(shape_of(s), lambda *i: s[i] * inv, name=name)


def batch_matmul(A: Tensor, B: Tensor, name: str = "bmm") -> Tensor:
    """``C[b, i, j] = sum_k A[b, i, k] * B[b, k, j]``."""
    (b, n, k), (b2, k2, m) = shape_of(A), shape_of(B)
    if b != b2 or k != k2:
        raise DSLShapeError(f"batch_matmul: shapes {list(shape_of(A))} and "
                            f"{list(shape_of(B))} don't match")
    r = dsl.reduce_axis(k, name="k")
    return dsl.compute((b, n, m), lambda q, i, j: dsl.sum(A[q, i, r] * B[q, r, j], axis=r),
                       name=name)


def conv2d(X: Tensor, W: Tensor, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
           groups: int = 1, name: str = "conv") -> Tensor:
    """NCHW convolution with OIHW weights: stride, zero padding, dilation (each an int or an
    (h, w) pair), groups."""
    (n, c, h, w), (o, cg, kh, kw) = shape_of(X), shape_of(W)
    (sh, sw), (ph, pw), (dh, dw) = (_pair(a) for a in (stride, padding, dilation))
    if c != cg * groups or o % groups:
        raise DSLShapeError(f"conv2d: input {list(shape_of(X))} and weight "
                            f"{list(shape_of(W))} don't match for groups={groups}")
    oh = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    if oh <= 0 or ow <= 0:
        raise DSLShapeError(f"conv2d: input {list(shape_of(X))} is too small for kernel "
                            f"{kh}x{kw} (padding {padding}, dilation {dilation})")
    src = X
    if ph or pw:
        def inside(y: E.Var, x: E.Var) -> E.Expr:
            cy = dsl.logical_and(y >= ph, y < h + ph)
            cx = dsl.logical_and(x >= pw, x < w + pw)
            return dsl.logical_and(cy, cx) if ph and pw else cy if ph else cx

        src = dsl.compute((n, c, h + 2 * ph, w + 2 * pw), lambda a, b, y, x: dsl.if_then_else(
            inside(y, x), X[a, b, y - ph if ph else y, x - pw if pw else x], 0.0),
            name=f"{name}.pad")
    rc = dsl.reduce_axis(cg, name="rc")
    ry = dsl.reduce_axis(kh, name="ry")
    rx = dsl.reduce_axis(kw, name="rx")
    og = o // groups

    def body(a: E.Var, f: E.Var, y: E.Var, x: E.Var) -> E.Expr:
        ch = (f // og) * cg + rc if groups > 1 else rc
        return dsl.sum(src[a, ch, y * sh + ry * dh, x * sw + rx * dw]
                       * W[f, rc, ry, rx], axis=[rc, ry, rx])

    return dsl.compute((n, o, oh, ow), body, name=name)


def _pair(v: Any) -> tuple[int, int]:
    return (int(v[0]), int(v[1])) if isinstance(v, (tuple, list)) else (int(v), int(v))


def pool2d(X: Tensor, kernel: int, stride: int, kind: str, name: str = "pool") -> Tensor:
    """Max or average pooling over ``kernel x kernel`` windows (no padding)."""
    n, c, h, w = shape_of(X)
    oh, ow = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    if oh <= 0 or ow <= 0:
        raise DSLShapeError(f"pool2d: input {list(shape_of(X))} is smaller than the "
                            f"{kernel}x{kernel} window")
    ry, rx = dsl.reduce_axis(kernel, name="ry"), dsl.reduce_axis(kernel, name="rx")

    def body(a: E.Var, b: E.Var, y: E.Var, x: E.Var) -> E.Expr:
        v = X[a, b, y * stride + ry, x * stride + rx]
        if kind == "max":
            return dsl.max(v, axis=[ry, rx])
        return dsl.sum(v, axis=[ry, rx])

    out = dsl.compute((n, c, oh, ow), body, name=name)
    if kind == "avg":
        out = dsl.compute((n, c, oh, ow), lambda *i: out[i] * (1.0 / (kernel * kernel)),
                          name=f"{name}.avg")
    return out


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


def embedding(Wt: Tensor, idx: Tensor, name: str = "emb") -> Tensor:
    """``out[..., d] = Wt[idx[...], d]``."""
    ishp, (_, d) = shape_of(idx), shape_of(Wt)
    return dsl.compute((*ishp, d), lambda *i: Wt[dsl.cast("int64", idx[i[:-1]]), i[-1]],
                       name=name)


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
    return dsl.compute(shp, lambda *i: dsl.sum(term(r, k) * scale(i), axis=[r, k],
                                               where=where(r, k)), name=name)


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


def squash(S: Tensor, eps: float = 1e-7, name: str = "squash") -> Tensor:
    """``v = |s|^2 / (1 + |s|^2) * s / |s|`` over the last axis."""
    shp = shape_of(S)
    sq = dsl.compute(shp, lambda *i: S[i] * S[i], name=f"{name}.sq")
    n2 = reduce(sq, [len(shp) - 1], "sum", keepdims=True, name=f"{name}.n2")
    return dsl.compute(shp, lambda *i: S[i] * (n2[(*i[:-1], 0)] / (1.0 + n2[(*i[:-1], 0)]))
                       * dsl.rsqrt(n2[(*i[:-1], 0)] + eps), name=name)


def capsule_predict(U: Tensor, W: Tensor, out_caps: int, name: str = "uhat") -> Tensor:
    """CapsNet's predictions ``uhat[b, i, j, d] = sum_k U[b, i, k] * W[i, k, j*D + d]``.

    One compute writes ``uhat`` in routing's layout directly: as a batched matmul it needed a
    permute of ``U`` before and of the (large) product after, both ways in the backward too.
    """
    (nb, ni, nk), (wi, wk, jd) = shape_of(U), shape_of(W)
    if (wi, wk) != (ni, nk) or out_caps <= 0 or jd % out_caps:
        raise DSLShapeError(f"capsule_predict: W {list(shape_of(W))} must be [{ni}, {nk}, "
                            f"out_caps * out_dim] for U {list(shape_of(U))} and out_caps "
                            f"{out_caps}")
    nd = jd // out_caps
    r = dsl.reduce_axis(nk, name="k")
    return dsl.compute((nb, ni, out_caps, nd), lambda b, i, j, d: dsl.sum(
        U[b, i, r] * W[i, r, j * nd + d], axis=r), name=name)


def dynamic_routing(U: Tensor, iterations: int = 3, name: str = "route") -> Tensor:
    """Routing by agreement (Sabour et al. 2017) on predictions ``U[b, i, j, d]``.

    Returns ``V[b, j, d]``. Every iteration is a few computes, all differentiable by
    ``tcomp.autodiff``: no hand-written gradient.
    """
    nb, ni, nj, _nd = shape_of(U)
    logits = None
    v = None
    for it in range(iterations):
        if logits is None:
            c = dsl.compute((nb, ni, nj), lambda b, i, j: E.const(1.0 / nj, U.dtype),
                            name=f"{name}.c{it}")
        else:
            c = softmax_last(logits, name=f"{name}.c{it}")
        v = squash(_weighted_sum(U, c, f"{name}.s{it}"), name=f"{name}.v{it}")
        if it + 1 < iterations:
            agree = _agreement(U, v, f"{name}.a{it}")
            logits = agree if logits is None else _add3(logits, agree, f"{name}.b{it}")
    assert v is not None
    return v


def _weighted_sum(U: Tensor, c: Tensor, name: str) -> Tensor:
    nb, ni, nj, nd = shape_of(U)
    ri = dsl.reduce_axis(ni, name="ri")
    return dsl.compute((nb, nj, nd), lambda b, j, d: dsl.sum(c[b, ri, j] * U[b, ri, j, d],
                                                             axis=ri), name=name)


def _agreement(U: Tensor, v: Tensor, name: str) -> Tensor:
    nb, ni, nj, nd = shape_of(U)
    rd = dsl.reduce_axis(nd, name="rd")
    return dsl.compute((nb, ni, nj), lambda b, i, j: dsl.sum(U[b, i, j, rd] * v[b, j, rd],
                                                             axis=rd), name=name)


def _add3(p: Tensor, a: Tensor, name: str) -> Tensor:
    return dsl.compute(shape_of(p), lambda b, i, j: p[b, i, j] + a[b, i, j], name=name)


__all__ = ["batch_matmul", "broadcast_index", "capsule_predict", "class_weight_sum", "conv2d",
           "cross_entropy", "dynamic_routing",
           "elementwise", "embedding", "layer_norm", "nll_loss", "pool2d", "reduce", "shape_of",
           "softmax_last", "squash", "var"]
