"""Capsule networks: squash, CapsNet's predictions and routing by agreement (layer 6)."""

from __future__ import annotations

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from ..ir import expr as E
from .common import shape_of
from .reduce import reduce, softmax_last


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


__all__ = ["capsule_predict", "dynamic_routing", "squash"]
