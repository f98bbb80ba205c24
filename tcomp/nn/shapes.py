"""Shape ops on nn Tensors: reshape (a view; a pending tensor stays pending), permute, basic
indexing, concat, expand (a broadcast) and pad (constant, reflect, replicate, circular)
(layer 9).
"""

from __future__ import annotations

import builtins
import math
import operator
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError, TensorIndexError
from ..ops.axes import normalize_axes, normalize_axis
from . import builders as B
from . import lazy
from .dispatch import apply, as_tensor, lazy_ok, same_dtype, sizes_arg
from .tensor import Tensor, make_result, shape_str


def reshape(x: Tensor, shape: Sequence[int]) -> Tensor:
    """A view with a new shape (numpy reshape; the gradient is reshaped back). A pending
    ``x`` stays pending (``lazy.view``): elementwise ops on the view can still fuse."""
    if x.is_pending:
        new = _reshaped(x.shape, tuple(shape))
        if new is None:
            raise DSLShapeError(f"reshape: can't reshape {shape_str(x.shape)} "
                                f"({x.size} elements) into {list(shape)}")
        return lazy.view(x, new)
    try:
        data = x.data.reshape(tuple(shape))
    except ValueError:
        raise DSLShapeError(f"reshape: can't reshape {shape_str(x.shape)} "
                            f"({x.size} elements) into {list(shape)}") from None
    old = x.shape
    return make_result(data, "reshape", [x], lambda g: [g.reshape(old)])


def _reshaped(old: tuple[int, ...], shape: tuple[int, ...]) -> tuple[int, ...] | None:
    """numpy's reshape of ``old`` into ``shape`` (one -1 inferred); None where it can't."""
    try:
        dims = [operator.index(d) for d in shape]
    except TypeError:
        return None
    n, free = math.prod(old), [k for k, d in enumerate(dims) if d == -1]
    rest = math.prod(d for d in dims if d != -1)
    if len(free) > 1 or any(d < -1 for d in dims):
        return None
    if free:
        if rest == 0 or n % rest:
            return None
        dims[free[0]] = n // rest
    return tuple(dims) if math.prod(dims) == n else None


def permute(x: Tensor, axes: Sequence[int]) -> Tensor:
    given = list(axes)
    if len(given) != x.ndim:
        raise DSLShapeError(f"permute: axes={given} has {len(given)} entries but the tensor "
                            f"{shape_str(x.shape)} has {x.ndim} axes; list each axis once")
    axes = normalize_axes(given, x.ndim, "permute", "axes", x.shape)
    if axes == tuple(range(x.ndim)):
        return x
    return apply("permute", B.permute, [x], (axes,))


def getitem(x: Tensor, idx: Any) -> Tensor:
    """Basic indexing: ints and slices (steps > 0); runs a gather kernel."""
    if not isinstance(idx, tuple):
        idx = (idx,)
    if any(i is Ellipsis or i is None or isinstance(i, (list, np.ndarray, Tensor))
           for i in idx) or len(idx) > x.ndim:
        cls = TensorIndexError if len(idx) > x.ndim else DSLShapeError
        raise cls(f"indexing a tensor of shape {shape_str(x.shape)} with {idx!r}: "
                  "only ints and slices are supported, at most one per axis")
    spec, drop = [], []
    for d in range(x.ndim):
        i = idx[d] if d < len(idx) else slice(None)
        n = x.shape[d]
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if step <= 0:
                raise DSLShapeError("indexing: negative slice steps are not supported")
            spec.append((start, step, len(range(start, stop, step))))
        else:
            k = int(i)
            if not -n <= k < n:
                raise TensorIndexError(f"index {k} is out of range for axis {d} of size {n} "
                                       f"(expected an index in [{-n}, {n - 1}])")
            spec.append((k % n, 1, 1))
            drop.append(d)
    if any(n == 0 for _, _, n in spec):
        raise DSLShapeError(f"indexing {shape_str(x.shape)} with {idx!r} gives an empty tensor")
    if not drop and all(s == 0 and st == 1 and n == x.shape[d]
                        for d, (s, st, n) in enumerate(spec)):
        return x
    return apply("slice", B.basic_slice, [x], (tuple(spec), tuple(drop)))


def concat(xs: Sequence[Tensor], axis: int = 0) -> Tensor:
    xs = [as_tensor(x) for x in xs]
    if not xs:
        raise DSLShapeError("concat: needs at least one tensor")
    axis = normalize_axis(axis, xs[0].ndim, "concat", "axis", xs[0].shape)
    for x in xs[1:]:
        same_dtype("concat", xs[0], x)
        if x.ndim != xs[0].ndim or any(a != b for d, (a, b) in enumerate(
                zip(x.shape, xs[0].shape, strict=False)) if d != axis):
            raise DSLShapeError(f"concat: shapes {shape_str(xs[0].shape)} and "
                                f"{shape_str(x.shape)} differ outside axis {axis}")
    return apply("concat", B.concat, xs, (axis,))


def _no_empty(op: str, arg: str, shape: Sequence[int]) -> None:
    if 0 in shape:
        raise DSLShapeError(f"{op}: {arg} gives the empty shape {list(shape)}; tcomp tensors "
                            "can't be empty")


def expand(x: Any, *sizes: Any) -> Tensor:
    """``x`` broadcast to ``sizes`` (``torch.Tensor.expand``): ``-1`` keeps a dim, new dims
    may lead, only length-1 dims grow. The gradient sums over the broadcast dims; fed to
    elementwise ops, the expand fuses into their kernel (nothing the full size is stored)."""
    x = as_tensor(x)
    dims = sizes_arg(sizes, "expand", "sizes")
    lead = len(dims) - x.ndim
    if lead < 0:
        raise DSLShapeError(f"expand: {len(dims)} sizes {list(dims)} for a tensor of shape "
                            f"{shape_str(x.shape)}; give at least one size per dim")
    shape = []
    for k, d in enumerate(dims):
        n = x.shape[k - lead] if k >= lead else None
        if d == -1 and n is not None:
            d = n
        elif d < 0 or (n is not None and n != 1 and d != n):
            where = f"the new leading dim {k}" if n is None else f"dim {k - lead} of size {n}"
            raise DSLShapeError(f"expand: sizes[{k}]={d} is invalid for {where} of a tensor of "
                                f"shape {shape_str(x.shape)}; only size-1 dims grow, -1 "
                                "keeps a dim")
        shape.append(d)
    _no_empty("expand", "sizes", shape)
    if tuple(shape) == x.shape:
        return x
    if lazy_ok(x):
        return lazy.elementwise("expand", (), [x], tuple(shape), x.dtype)
    return apply("expand", B.expand, [x], (tuple(shape),))


PAD_MODES = ("constant", "reflect", "replicate", "circular")


def pad(x: Any, pad: Sequence[int], mode: str = "constant", value: float | None = None
        ) -> Tensor:
    """``torch.nn.functional.pad``: ``pad`` holds (before, after) pairs from the last dim
    backwards; a negative entry crops. ``mode`` "constant" fills with ``value`` (0); "reflect",
    "replicate" and "circular" pad 1-3 trailing dims of a tensor with one or two more dims
    (torch's rule), reflect by less than the dim's size, circular by at most it."""
    x = as_tensor(x)
    given = sizes_arg((pad,), "pad", "pad")
    if mode not in PAD_MODES:
        raise ArgumentValueError(f"pad: mode must be one of {', '.join(PAD_MODES)}, got "
                                 f"{mode!r}")
    if len(given) % 2 or len(given) // 2 > x.ndim:
        raise DSLShapeError(f"pad: pad={list(given)} must hold (before, after) pairs, last dim "
                            f"first, for at most the {x.ndim} dims of the tensor "
                            f"{shape_str(x.shape)}")
    k = len(given) // 2
    pads = [(0, 0)] * (x.ndim - k) + [(given[2 * j], given[2 * j + 1]) for j in
                                      reversed(range(k))]
    if mode != "constant":
        if value not in (None, 0):
            raise ArgumentValueError(f"pad: mode {mode!r} takes no value=, got {value!r}")
        if not 1 <= k <= 3 or x.ndim not in (k + 1, k + 2):
            raise DSLShapeError(f"pad: mode {mode!r} pads the last 1, 2 or 3 dims of a tensor "
                                f"with 1 or 2 more dims (torch's rule); pad={list(given)} "
                                f"pads {k} of the {x.ndim} dims of {shape_str(x.shape)}")
        for d, (lo, hi) in enumerate(pads):  # circular: at most what the crops keep
            cap = x.shape[d] - 1 if mode == "reflect" else x.shape[d] - builtins.max(
                -lo, 0) - builtins.max(-hi, 0) if mode == "circular" else None
            if cap is not None and builtins.max(lo, hi) > cap:
                raise DSLShapeError(f"pad: mode {mode!r} pads dim {d} of size {x.shape[d]} by "
                                    f"{builtins.max(lo, hi)}; at most {cap}")
    out = [n + lo + hi for (lo, hi), n in zip(pads, x.shape, strict=True)]
    if any(n < 0 for n in out):
        raise DSLShapeError(f"pad: pad={list(given)} crops the tensor {shape_str(x.shape)} "
                            f"below size 0 (to {out})")
    _no_empty("pad", "pad", out)
    if all(p == (0, 0) for p in pads):
        return x
    if mode == "constant":
        v = 0.0 if value is None else value
        return apply("pad", B.pad, [x], (tuple(pads), v if x.dtype.kind == "f" else int(v)))
    for d, (lo, hi) in reversed(list(enumerate(pads))):
        if lo or hi:
            x = apply("pad", B.pad_dim, [x], (d, lo, hi, mode))
    return x


__all__ = ["PAD_MODES", "concat", "expand", "getitem", "pad", "permute", "reshape"]
