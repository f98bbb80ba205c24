"""ONNX's shape and data-movement operators (Reshape, Transpose, Concat, Split, Pad, Gather,
Slice, Shape, Cast, Constant, ...) as numpy on constants and tcomp.nn ops on Tensors
(layer 9). Registered in ``ops.OPS`` on import.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from ..errors import TensorIndexError
from ..nn import functional as F
from ..nn import indexing  # take, late-bound: tcomp.onnx.export wraps it
from ..nn.tensor import FLOAT_DTYPES, no_grad
from .ops import (
    Node,
    Value,
    axes_of,
    axis_of,
    broadcast_to,
    const,
    dtype_name,
    ints,
    is_t,
    lift,
    onnx_dtype,
    op,
    pad,
    permute,
    reshape,
    same_dtype,
    widen,
)

# ----------------------------------------------------------------------------- shapes

@op("Reshape", 5, 25, "allowzero")
def _reshape_op(node: Node, x: Value, shape: Value) -> Value:
    dims = ints(node, shape, "shape")
    allowzero = int(node.attr("allowzero", 0))
    if dims.count(-1) > 1:
        raise node.error(f"shape {dims} has more than one -1")
    out = []
    for k, d in enumerate(dims):
        if d == 0 and not allowzero:
            if k >= x.ndim:
                raise node.error(f"shape {dims}: 0 at position {k} copies a dim the "
                                 f"{x.ndim}-d input doesn't have")
            d = x.shape[k]
        elif d < -1:
            raise node.error(f"shape {dims} has a negative size {d}")
        out.append(d)
    known = math.prod(d for d in out if d != -1)
    size = math.prod(x.shape)
    if (-1 in out and (known == 0 or size % known)) or (-1 not in out and known != size):
        raise node.error(f"can't reshape {list(x.shape)} ({size} elements) into {dims} "
                         f"(resolved {out})")
    return reshape(x, tuple(out))


@op("Flatten", 1, 25, "axis")
def _flatten(node: Node, x: Value) -> Value:
    axis = int(node.attr("axis", 1))
    if not -x.ndim <= axis <= x.ndim:
        raise node.error(f"axis={axis} is out of range for a {x.ndim}-d input")
    axis = axis + x.ndim if axis < 0 else axis
    return reshape(x, (math.prod(x.shape[:axis]), math.prod(x.shape[axis:])))


@op("Transpose", 1, 25, "perm")
def _transpose(node: Node, x: Value) -> Value:
    perm = list(node.attr("perm", range(x.ndim - 1, -1, -1)))
    if sorted(perm) != list(range(x.ndim)):
        raise node.error(f"perm={perm} is not a permutation of the {x.ndim} axes")
    return permute(x, perm)


def _axes_arg(node: Node, axes_in: Value, since: int) -> list[int] | None:
    """Axes given as an input (from op version ``since``) or, before it, an attribute."""
    if node.version >= since:
        return None if axes_in is None else ints(node, axes_in, "axes")
    axes = node.attr("axes")
    return None if axes is None else list(axes)


@op("Squeeze", 1, 25, "axes")
def _squeeze(node: Node, x: Value, axes_in: Value = None) -> Value:
    axes = _axes_arg(node, axes_in, 13)
    if axes is None:
        drop = [d for d, n in enumerate(x.shape) if n == 1]
    else:
        drop = axes_of(node, axes, x.ndim)
        bad = [d for d in drop if x.shape[d] != 1]
        if bad:
            raise node.error(f"can't squeeze axes {bad} of shape {list(x.shape)}: their "
                             "size is not 1")
    return reshape(x, tuple(n for d, n in enumerate(x.shape) if d not in drop))


@op("Unsqueeze", 1, 25, "axes")
def _unsqueeze(node: Node, x: Value, axes_in: Value = None) -> Value:
    axes = _axes_arg(node, axes_in, 13)
    if axes is None:
        raise node.error("needs axes")
    rank = x.ndim + len(axes)
    new = set(axes_of(node, axes, rank))
    it = iter(x.shape)
    return reshape(x, tuple(1 if d in new else next(it) for d in range(rank)))


@op("Concat", 4, 13, "axis")
def _concat(node: Node, *xs: Value) -> Value:
    if "axis" not in node.attrs:
        raise node.error("attribute 'axis' is required")
    same_dtype(node, *xs)
    axis = axis_of(node, int(node.attr("axis")), xs[0].ndim)
    for x in xs[1:]:
        if x.ndim != xs[0].ndim or any(a != b for d, (a, b) in enumerate(
                zip(x.shape, xs[0].shape, strict=True)) if d != axis):
            raise node.error(f"input shapes {list(xs[0].shape)} and {list(x.shape)} differ "
                             f"outside axis {axis}")
    if not any(is_t(x) for x in xs):
        return np.concatenate([np.asarray(x) for x in xs], axis)
    return F.concat([lift(node, x) for x in xs if x.shape[axis]], axis)


@op("Split", 2, 18, "axis num_outputs split")
def _split(node: Node, x: Value, split: Value = None) -> tuple[Value, ...]:
    axis = axis_of(node, int(node.attr("axis", 0)), x.ndim)
    n, k = x.shape[axis], len(node.outputs)
    sizes = list(node.attr("split", [])) if node.version < 13 else \
        [] if split is None else ints(node, split, "split")
    if not sizes:  # equal parts (num_outputs from 18): the last one smaller if need be
        parts = int(node.attr("num_outputs", k))
        if parts != k:
            raise node.error(f"num_outputs={parts} but the node has {k} outputs")
        step = -(-n // parts)
        sizes = [min(step, n - i * step) for i in range(parts)]
    if len(sizes) != k or sum(sizes) != n or min(sizes) < 0:
        raise node.error(f"split sizes {sizes} must be {k} non-negative sizes adding up to "
                         f"axis {axis}'s {n}")
    lead = (slice(None),) * axis
    # an empty part is an empty numpy array: no element, no gradient
    return tuple(x[(*lead, slice(int(a), int(b)))] if b > a else
                 np.zeros((*x.shape[:axis], 0, *x.shape[axis + 1:]), x.dtype)
                 for a, b in itertools.pairwise(np.cumsum([0, *sizes])))


@op("Pad", 11, 25, "mode")
def _pad(node: Node, x: Value, pads: Value, value: Value = None, axes: Value = None) -> Value:
    """Constant mode: blocks of ``value`` joined by concat; edge, reflect and wrap: a gather of
    each axis at the indices the mode reads (its gradient a scatter-add, as for Gather)."""
    mode = node.attr("mode", "constant")
    if mode not in ("constant", "edge", "reflect", "wrap"):
        raise node.error(f"mode={mode!r}: must be constant, edge, reflect or wrap")
    p = ints(node, pads, "pads")
    ax = list(range(x.ndim)) if axes is None else axes_of(node, ints(node, axes, "axes"),
                                                           x.ndim)
    if len(p) != 2 * len(ax) or min(p, default=0) < 0:
        raise node.unsupported(f"pads={p}: {2 * len(ax)} non-negative values expected "
                               "(negative pads crop: not implemented)")
    if value is not None and value.size != 1:
        raise node.error(f"constant_value must hold one value, got shape {list(value.shape)}")
    widths = {a: (p[i], p[i + len(ax)]) for i, a in enumerate(ax)}
    if mode == "constant":
        fill = 0.0 if value is None else value if is_t(value) else np.asarray(value).reshape(())
        return pad(x, widths, fill)
    if not is_t(x):
        return np.pad(x, [widths.get(a, (0, 0)) for a in range(x.ndim)], mode=mode)
    for a, (lo, hi) in widths.items():
        n = x.shape[a]
        if mode == "reflect" and max(lo, hi) >= n:
            raise node.error(f"reflect pads {lo, hi} must be smaller than axis {a}'s size {n}")
        i = np.arange(-lo, n + hi)
        i = np.clip(i, 0, n - 1) if mode == "edge" else i % n if mode == "wrap" else \
            np.abs((i + n - 1) % (2 * n - 2) - (n - 1)) if n > 1 else np.zeros_like(i)
        x = indexing.take(x, i, a) if lo or hi else x
    return x


@op("Gather", 1, 13, "axis")
def _gather(node: Node, x: Value, indices: Value) -> Value:
    ind = const(node, indices, "indices")
    if ind.dtype.kind not in "iu":
        raise node.error(f"input 'indices' must hold integers, got {ind.dtype}")
    axis = axis_of(node, int(node.attr("axis", 0)), x.ndim)
    n = x.shape[axis]
    if ind.size and (ind.min() < -n or ind.max() >= n):
        bad = ind.min() if ind.min() < -n else ind.max()
        raise TensorIndexError(f"{node.where()}: index {bad} is out of range for axis {axis} "
                               f"of size {n} (expected indices in [{-n}, {n - 1}])")
    if not is_t(x):
        return np.take(x, ind, axis)
    return indexing.take(x, ind, axis)


@op("Slice", 10, 13)
def _slice(node: Node, x: Value, starts: Value, ends: Value, axes: Value = None,
           steps: Value = None) -> Value:
    st, en = ints(node, starts, "starts"), ints(node, ends, "ends")
    ax = list(range(len(st))) if axes is None else ints(node, axes, "axes")
    sp = [1] * len(st) if steps is None else ints(node, steps, "steps")
    if not len(st) == len(en) == len(ax) == len(sp):
        raise node.error(f"starts {st}, ends {en}, axes {ax} and steps {sp} differ in length")
    if 0 in sp:
        raise node.error(f"steps {sp} contain 0")
    sl = [slice(None)] * x.ndim
    for a, s, e, p in zip(axes_of(node, ax, x.ndim), st, en, sp, strict=True):
        sl[a] = slice(s, e, p)  # Python's slice clamps starts and ends as ONNX does
    if not is_t(x) or any(len(range(*s.indices(n))) == 0
                          for s, n in zip(sl, x.shape, strict=True)):
        return np.asarray(x)[tuple(sl)]  # an empty result: no element, no gradient
    y = x[tuple(s if (s.step or 1) > 0 else slice(None) for s in sl)]
    for a, s in enumerate(sl):
        if (s.step or 1) < 0:  # a reversed slice is a gather of its indices
            y = indexing.take(y, np.arange(*s.indices(x.shape[a])), a)
    return y


@op("NonZero", 9, 13)
def _nonzero(node: Node, x: Value) -> np.ndarray:
    """The indices of the non-zero values, (rank, count): numpy, as masks are."""
    return np.array(np.nonzero(np.asarray(x.data if is_t(x) else x)), np.int64)


@op("Shape", 1, 25, "start end")
def _shape(node: Node, x: Value) -> np.ndarray:
    lo, hi = node.attr("start", 0), node.attr("end", None)
    return np.array(x.shape[slice(lo, hi)], np.int64)


@op("Size", 1, 25)
def _size(node: Node, x: Value) -> np.ndarray:
    return np.array(math.prod(x.shape), np.int64)


@op("ConstantOfShape", 9, 25, "value")
def _constant_of_shape(node: Node, shape: Value) -> np.ndarray:
    v = node.attr("value")
    v = np.zeros(1, np.float32) if v is None else np.asarray(v)
    if v.size != 1:
        raise node.error(f"attribute 'value' must hold one element, got {v.size}")
    return np.full(tuple(ints(node, shape, "input")), v.reshape(()), v.dtype)


@op("Expand", 8, 13)
def _expand(node: Node, x: Value, shape: Value) -> Value:
    dims = ints(node, shape, "shape")
    try:
        out = tuple(np.broadcast_shapes(x.shape, tuple(dims)))
    except ValueError:
        raise node.error(f"shape {dims} and input {list(x.shape)} don't broadcast") from None
    return broadcast_to(x, out)


@op("Range", 11, 27)
def _range(node: Node, start: Value, limit: Value, delta: Value) -> np.ndarray:
    # computed from the inputs' values: no gradient flows (as in PyTorch's arange)
    s, lim, d = (np.asarray(v) for v in (start, limit, delta))
    if d == 0:
        raise node.error("delta is 0")
    return np.arange(s, lim, d, dtype=np.asarray(s).dtype)


@op("Cast", 6, 28, "to saturate round_mode")
def _cast(node: Node, x: Value) -> Value:
    code = int(node.attr("to", 0))
    dt = onnx_dtype(code)
    if dt is None:
        raise node.unsupported(f"to={dtype_name(code)}: tcomp.onnx casts to the float, "
                               "integer and bool types (not to strings or complex numbers)")
    if is_t(x) and dt.name in ("float16", "bfloat16"):  # float32, not rounded (tcomp has no
        dt = np.dtype(np.float32)                       # float16 or bfloat16 kernels)
    if is_t(x) and dt in FLOAT_DTYPES:
        return F.cast(x, dt)
    if is_t(x) and dt == np.bool_:  # a mask: a tcomp op, so that tcomp.onnx.export writes it
        with no_grad():
            return F.cast(x, dt)
    # integers, float8 and float4 leave the differentiable graph: numpy, rounded exactly as
    # onnx's reference rounds (C truncation to integers, float8 saturating unless
    # saturate=0, float8e8m0 by round_mode), then held widened (ops.widen)
    from onnx import numpy_helper

    arr = np.asarray(x.data if is_t(x) else x)
    saturate = bool(node.attr("saturate", 1))
    with np.errstate(invalid="ignore", over="ignore"):
        if dt.name == "float8_e8m0fnu":
            mode = node.attr("round_mode", "up")
            if mode not in ("up", "down", "nearest"):
                raise node.error(f"attribute round_mode={mode!r}: must be 'up', 'down' or "
                                 "'nearest'")
            return widen(numpy_helper.to_float8e8m0(arr, saturate, mode).astype(dt))
        if dt.name.startswith("float8") and saturate:
            return widen(numpy_helper.saturate_cast(arr, dt))
        return widen(arr.astype(dt))


@op("Constant", 1, 25, "value value_float value_floats value_int value_ints")
def _constant(node: Node) -> np.ndarray:
    if len(node.attrs) != 1:
        raise node.error(f"needs exactly one value attribute, got {sorted(node.attrs)}")
    ((key, v),) = node.attrs.items()
    dt = {"value_float": np.float32, "value_floats": np.float32, "value_int": np.int64,
          "value_ints": np.int64}.get(key)
    return np.array(v, dtype=dt)


@op("Identity", 1, 25)
def _identity(node: Node, x: Value) -> Value:
    return x
