"""NCHW convolution and pooling (layer 6)."""

from __future__ import annotations

from typing import Any

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from ..ir import expr as E
from .common import shape_of


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


__all__ = ["conv2d", "pool2d"]
