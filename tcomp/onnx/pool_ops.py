"""ONNX's pooling operators: MaxPool (with its Indices), AveragePool and the global pools,
as tcomp.nn ops (layer 9). Registered in ``ops.OPS`` on import, as the operators of ``ops``.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..nn import functional as F
from ..nn.tensor import Tensor, no_grad
from ..ops.common import shape_of
from .nn_ops import window_pads
from .ops import (
    Node,
    Value,
    is_float,
    is_t,
    on_const,
    op,
    pad,
)


def _pool_geometry(node: Node, x: Value
                   ) -> tuple[list[int], list[int], list[int], list[int], list[int], list[int]]:
    """(kernel, strides, dilations, begin pads, end pads, extra) of a pooling node, any number
    of spatial dims. The end pads include ``extra``: what makes the floor of the output size
    ``ceil_mode=1``'s ceil (a last window starts inside the input or its begin pad, as in
    onnxruntime and PyTorch)."""
    nd = x.ndim - 2
    if nd < 1:
        raise node.error(f"input must be (N, C, D1, ...), got {list(x.shape)}")
    kernel = list(node.attr("kernel_shape", []))
    strides = list(node.attr("strides", [1] * nd))
    dil = list(node.attr("dilations", [1] * nd))
    if not len(kernel) == len(strides) == len(dil) == nd:
        raise node.error(f"kernel_shape {kernel}, strides {strides} and dilations {dil} must "
                         f"have {nd} entries each for a {nd}-D input")
    pads = window_pads(node, x.shape[2:], kernel, strides, dil)
    begin, end, extra = pads[:nd], pads[nd:], [0] * nd
    for i, n in enumerate(x.shape[2:]):
        eff, s = (kernel[i] - 1) * dil[i] + 1, strides[i]
        span = n + begin[i] + end[i]
        if max(begin[i], end[i]) >= eff or span < eff:
            raise node.error(f"pads={pads} must be smaller than the window {kernel} (dilations "
                             f"{dil}), and the window fit the padded input {list(x.shape)}")
        if int(node.attr("ceil_mode", 0)):
            out = -(-(span - eff) // s) + 1
            out -= (out - 1) * s >= n + begin[i]
            extra[i] = max((out - 1) * s + eff - span, 0)
            end[i] += extra[i]
    return kernel, strides, dil, begin, end, extra


def _window_reduce(x: Value, kernel: list[int], strides: list[int], dil: list[int],
                   kind: str) -> Value:
    """The max or sum of each window of ``x`` (padded), as the max or sum of the kernel's
    strided slices: any rank, window shape, stride and dilation (tcomp's pool2d takes square
    windows, one stride, no dilation)."""
    outs = [(n - (k - 1) * d - 1) // s + 1
            for n, k, s, d in zip(x.shape[2:], kernel, strides, dil, strict=True)]
    acc = None
    for offs in itertools.product(*(range(k) for k in kernel)):
        v = x[(slice(None), slice(None), *(slice(o * d, o * d + (m - 1) * s + 1, s) for o, d, m, s
                                            in zip(offs, dil, outs, strides, strict=True)))]
        if acc is None:
            acc = v
        elif kind == "sum":
            acc = acc + v
        else:
            acc = F.maximum(acc, v) if is_t(acc) else np.maximum(acc, v)
    return acc


def _pool(node: Node, x: Value, kind: str) -> Value:
    kernel, strides, dil, begin, end, extra = _pool_geometry(node, x)
    widths = {2 + i: (b, e) for i, (b, e) in enumerate(zip(begin, end, strict=True)) if b or e}
    native = x.ndim == 4 and len(set(kernel)) == len(set(strides)) == 1 and dil == [1, 1]
    size = math.prod(kernel)
    if kind == "max" and not is_float(x):  # integers: numpy (no gradient)
        xp = pad(np.asarray(x), widths, np.iinfo(x.dtype).min)
        return _window_reduce(xp, kernel, strides, dil, "max")

    def pool(x: Tensor) -> Tensor:
        xp = pad(x, widths, -np.inf if kind == "max" else 0.0)
        if kind == "max":
            return F.max_pool2d(xp, kernel[0], strides[0]) if native else \
                _window_reduce(xp, kernel, strides, dil, "max")
        y = F.avg_pool2d(xp, kernel[0], strides[0]) if native else \
            _window_reduce(xp, kernel, strides, dil, "sum") * (1.0 / size)
        # divide by the count of the window's elements that count (the input's; the pads'
        # too with count_include_pad; never ceil_mode's extra), not by the window's size
        include = float(int(node.attr("count_include_pad", 0)))
        weight = np.pad(np.ones(x.shape[2:]), [(b, e - x_) for b, e, x_ in
                                               zip(begin, end, extra, strict=True)],
                        constant_values=include)
        weight = np.pad(weight, [(0, x_) for x_ in extra])[None, None]
        count = _window_reduce(weight, kernel, strides, dil, "sum")
        if np.all(count == size):
            return y
        return y * Tensor((size / count).astype(x.dtype))
    return on_const(pool, node, x)


def _flat(at: list[Any], size: list[int]) -> Any:
    """The row-major int64 offset of position ``at`` in an array of shape ``size``."""
    out = dsl.cast("int64", at[0])
    for a, n in zip(at[1:], size[1:], strict=True):
        out = out * n + dsl.cast("int64", a)
    return out


def build_max_pool_indices(x: Any, y: Any, strides: tuple[int, ...], dil: tuple[int, ...],
                           begin: tuple[int, ...], kernel: tuple[int, ...],
                           column_major: bool) -> Any:
    """MaxPool's Indices: the flat index into ``x`` of each window's max ``y``, the first in
    the window's scan (row-major) among the taps inside ``x`` that equal it, as onnxruntime
    (a NaN max: the first NaN); within each (n, c) plane column-major with ``column_major``
    (storage_order=1: the minimum is taken of row * plane + column, the scan's order)."""
    _, c, *size = shape_of(x)
    plane = math.prod(size)
    rk = [dsl.reduce_axis(k, name=f"k{d}") for d, k in enumerate(kernel)]

    def first(*i: Any) -> Any:
        at = [o * s + r * d - p for o, r, s, d, p in zip(i[2:], rk, strides, dil, begin,
                                                         strict=True)]
        inside = [b for a, n in zip(at, size, strict=True) for b in (a >= 0, a < n)]
        v, m = x[(i[0], i[1], *at)], y[i]
        top = dsl.equal(v, m)
        if x.dtype.is_float:  # the max is NaN where the window has one: the first NaN's
            top = dsl.logical_or(top, dsl.logical_and(dsl.not_equal(m, m), dsl.not_equal(v, v)))
        key = _flat(at, size) * plane + _flat(at[::-1], size[::-1]) if column_major else \
            _flat(at, size)
        return dsl.min(dsl.if_then_else(top, key, dsl.max_value("int64")), axis=rk,
                       where=dsl.all(*inside))
    pos = dsl.compute(shape_of(y), first, name="max_pool_indices.first")
    return dsl.compute(shape_of(y), lambda *i: dsl.cast("int64", i[0] * c + i[1]) * plane + (
        pos[i] % plane if column_major else pos[i]), name="max_pool_indices")


@op("MaxPool", 1, 22,
    "auto_pad ceil_mode dilations kernel_shape pads storage_order strides")
def _max_pool(node: Node, x: Value) -> Value:
    y = _pool(node, x, "max")
    if not node.wants(1):
        return y
    order = int(node.attr("storage_order", 0))
    if order not in (0, 1):
        raise node.error(f"attribute storage_order={order}: must be 0 (row-major) or 1 "
                         "(column-major)")
    kernel, strides, dil, begin, *_ = _pool_geometry(node, x)
    # integers as int64 (what tcomp computes in): only equality with the max is read, and the
    # cast is one-to-one
    xt, yt = (v if is_t(v) else Tensor(np.asarray(v).astype(np.int64) if not is_float(v) else
                                       np.asarray(v)) for v in (x, y))
    with no_grad():
        ind = F.apply("max_pool_indices", build_max_pool_indices, [xt, yt],
                      (tuple(strides), tuple(dil), tuple(begin), tuple(kernel), bool(order)))
    # from a Tensor: a Tensor (tcomp.onnx.export writes a MaxPool with both outputs)
    return y, ind if is_t(x) else np.array(ind.numpy(), copy=True)


@op("AveragePool", 7, 22,
    "auto_pad ceil_mode count_include_pad dilations kernel_shape pads strides")
def _avg_pool(node: Node, x: Value) -> Value:
    return _pool(node, x, "avg")


@op("GlobalAveragePool GlobalMaxPool", 1, 22)
def _global_pool(node: Node, x: Value) -> Value:
    if x.ndim < 3:
        raise node.error(f"input must be (N, C, D1, ...), got {list(x.shape)}")
    red = tuple(range(2, x.ndim))
    fn = F.mean if node.op_type == "GlobalAveragePool" else F.max
    return on_const(lambda t: fn(t, axis=red, keepdims=True), node, x)
