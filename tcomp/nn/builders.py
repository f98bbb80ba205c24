"""The DSL definitions the functional nn ops compile that ``tcomp.ops`` doesn't hold
(layer 9).

A builder takes placeholders, then attributes, and returns the op's output as a DSL tensor:
``dispatch.apply(name, builder, inputs, attrs)`` compiles ``builder(*placeholders,
*attrs)`` once per shapes and attributes. ``kernels``' op cache and ``batch.RULES`` key on
these functions, and ``tcomp.autodiff`` derives each one's gradient kernels.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..ir import expr as E
from ..ops.common import elementwise, shape_of
from ..ops.linalg import dense as _dsl_dense
from ..ops.linalg import matmul as _dsl_matmul
from ..ops.losses import class_weight_sum, cross_entropy, nll_loss
from ..ops.reduce import reduce
from . import lazy


def unary(x: Any, op: str) -> Any:
    return elementwise(lazy.UNARY[op], [x], shape_of(x), name=op)


def scalar(x: Any, op: str, c: float, rev: bool) -> Any:
    return elementwise(lazy.scalar_fn(op, c, rev), [x], shape_of(x), name=op)


def binary(a: Any, b: Any, op: str, out_shape: tuple[int, ...]) -> Any:
    return elementwise(lazy.BINARY[op], [a, b], out_shape, name=op)


def cast(x: Any, dt: str) -> Any:
    return elementwise(lambda v: dsl.cast(dt, v), [x], shape_of(x), name="cast")


def expand(x: Any, shape: tuple[int, ...]) -> Any:
    return elementwise(lazy.op_fn("expand", ()), [x], shape, name="expand")


def permute(x: Any, axes: tuple[int, ...]) -> Any:
    shp = shape_of(x)
    inv = [axes.index(d) for d in range(len(axes))]
    return dsl.compute(tuple(shp[a] for a in axes), lambda *i: x[tuple(i[inv[d]] for d in
                                                                       range(len(axes)))],
                       name="permute")


def basic_slice(x: Any, spec: tuple[tuple[int, int, int], ...], drop: tuple[int, ...]) -> Any:
    # spec per input dim: (start, step, length); dims in ``drop`` are integer indices
    out_shape = tuple(n for d, (_, _, n) in enumerate(spec) if d not in drop)

    def body(*i: E.Var) -> E.Expr:
        it = iter(i)
        idx = [start if d in drop else start + step * next(it)
               for d, (start, step, _) in enumerate(spec)]
        return x[tuple(idx)]
    return dsl.compute(out_shape, body, name="slice")


def concat(*args: Any) -> Any:
    *xs, axis = args
    shapes = [shape_of(x) for x in xs]
    out = list(shapes[0])
    out[axis] = builtins.sum(s[axis] for s in shapes)

    def body(*i: E.Var) -> E.Expr:
        offs = np.cumsum([0] + [s[axis] for s in shapes])
        val = None
        for x, lo, hi in reversed(list(zip(xs, offs[:-1], offs[1:], strict=False))):
            idx = tuple(i[d] - int(lo) if d == axis else i[d] for d in range(len(i)))
            val = x[idx] if val is None else dsl.if_then_else(i[axis] < int(hi), x[idx], val)
        return val
    return dsl.compute(tuple(out), body, name="concat")


def pad(x: Any, pads: tuple[tuple[int, int], ...], value: float) -> Any:
    """``x`` padded with ``value`` by ``pads[d] = (before, after)`` per dim (negative:
    cropped)."""
    shp = shape_of(x)

    def body(*i: E.Var) -> E.Expr:
        inside = [c for d, ((lo, hi), n) in enumerate(zip(pads, shp, strict=True))
                  for c in ([i[d] >= lo] if lo > 0 else []) + ([i[d] < n + lo] if hi > 0 else [])]
        v = x[tuple(i[d] - lo if lo else i[d] for d, (lo, _) in enumerate(pads))]
        return dsl.if_then_else(dsl.all(*inside), v, E.const(value, v.dtype)) if inside else v

    out = tuple(n + lo + hi for (lo, hi), n in zip(pads, shp, strict=True))
    return dsl.compute(out, body, name="pad")


def pad_dim(x: Any, d: int, lo: int, hi: int, mode: str) -> Any:
    """``x`` padded along dim ``d`` by reflection, replication or wrapping (circular wraps
    what the negative pads keep, as torch). Each side is its own read with an affine index,
    which autodiff inverts directly: the gradient of a read at a computed index would be a
    scan of the whole output per element."""
    shp = shape_of(x)
    n = shp[d]
    m = n - builtins.max(-lo, 0) - builtins.max(-hi, 0)  # circular: the length it wraps

    def body(*i: E.Var) -> E.Expr:
        j = i[d] - lo if lo else i[d]

        def at(k: Any) -> E.Expr:
            return x[(*i[:d], k, *i[d + 1:])]
        below, above = ((at(-j), at(2 * (n - 1) - j)) if mode == "reflect" else
                        (at(0), at(n - 1)) if mode == "replicate" else (at(j + m), at(j - m)))
        v = dsl.if_then_else(j >= n, above, at(j)) if hi > 0 else at(j)
        return dsl.if_then_else(j < 0, below, v) if lo > 0 else v

    return dsl.compute((*shp[:d], n + lo + hi, *shp[d + 1:]), body, name=f"pad.{mode}")


def matmul(a: Any, b: Any) -> Any:
    return _dsl_matmul(a, b, name="matmul")


def linear(x: Any, w: Any) -> Any:
    return _dsl_dense(x, w, name="linear")


def argext(x: Any, kind: str, keepdims: bool) -> Any:
    """The first index of the max (min) along the last axis; a NaN counts as the extreme,
    as in torch and numpy: NaN positions are taken n lower, and the min picks the first."""
    *lead, n = shape_of(x)
    m = reduce(x, [len(lead)], kind, keepdims=True, name=f"arg{kind}.val")
    rk = dsl.reduce_axis(n, name="k")

    def first(*i: E.Var) -> E.Expr:
        v, k = x[(*i[:len(lead)], rk)], dsl.cast("int64", rk)
        if x.dtype.is_float:
            nan = dsl.not_equal(v, v)
            return dsl.min(dsl.if_then_else(nan, k - n, k), axis=rk,
                           where=dsl.logical_or(nan, dsl.equal(v, m[(*i[:len(lead)], 0)])))
        return dsl.min(k, axis=rk, where=dsl.equal(v, m[(*i[:len(lead)], 0)]))

    out = (*lead, 1) if keepdims else tuple(lead)
    idx = dsl.compute(out, first, name=f"arg{kind}.first")
    if not x.dtype.is_float:
        return idx
    return dsl.compute(out, lambda *i: dsl.if_then_else(idx[i] < 0, idx[i] + n, idx[i]),
                       name=f"arg{kind}")


def class_loss(*args: Any) -> Any:
    """The DSL of ``losses.cross_entropy`` and ``nll_loss``: inputs (x, target[, weight][,
    den]), then attributes (has_weight, ignore_index, vector, reduction, smoothing, logits)."""
    x, t, *rest, has_w, ignore, vector, reduction, smoothing, logits = args
    w = rest.pop(0) if has_w else None
    fn = cross_entropy if logits else nll_loss
    return fn(x, t, w, ignore, reduction, smoothing, vector, rest[0] if rest else None)


def one_hot(t: Any, classes: int, dtype: str) -> Any:
    """``out[n, c] = 1`` where ``t[n] == c``, else 0, in ``dtype`` (``nn.margin_loss``)."""
    (n,) = shape_of(t)
    one, zero = dsl.const(1.0, dtype), dsl.const(0.0, dtype)
    return dsl.compute((n, classes), lambda i, c: dsl.if_then_else(
        dsl.equal(dsl.cast("int64", t[i]), c), one, zero), name="one_hot")


def class_den(*args: Any) -> Any:
    """The mean's divisor: inputs (target[, weight]), then (has_weight, ignore_index, vector,
    dtype)."""
    t, *w, has_w, ignore, vector, dtype = args
    return class_weight_sum(t, w[0] if has_w else None, ignore, vector, dtype)


__all__ = ["argext", "basic_slice", "binary", "cast", "class_den", "class_loss", "concat",
           "expand", "linear", "matmul", "one_hot", "pad", "pad_dim", "permute", "scalar", "unary"]
