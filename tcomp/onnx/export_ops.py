"""The ONNX nodes of each traced ``tcomp.nn.functional`` op, for ``tcomp.onnx.export``
(layer 9): ``CONVERT``, with the converters of the tensor ops here (elementwise, reductions,
shapes and indexing) and those of ``export_layers`` registered.

A converter receives the graph being built and the op's call in the two traced runs (the
example, and a second input: another batch size when the batch is dynamic). Where an
attribute is a size (a reshape's target, a slice's bounds, an expand's sizes), the two calls
tell which sizes follow the batch: those become ONNX's relative forms (-1, a bound counted from
the end), and a size that changes in any other way is an error naming the op.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..nn import functional as F
from ..ops.axes import normalize_axes, normalize_axis
from . import export_layers  # noqa: F401  (its converters register in CONVERT)
from .export_graph import CONVERT, Call, Graph, Ref, converts, out_name

INT64_MAX = np.iinfo(np.int64).max


def _same(c: Call, c2: Call, what: str, v1: Any, v2: Any) -> Any:
    if v1 != v2:
        raise c.error(f"{what} is {v1} on the example and {v2} on the second input; ONNX "
                      "can't express that size (export with dynamic_batch=False if it follows "
                      "the batch size)")
    return v1


def _relative(c: Call, c2: Call, what: str, v1: int, v2: int, n1: int, n2: int) -> int:
    """A bound that is ``v1`` of ``n1`` in one run and ``v2`` of ``n2`` in the other: fixed,
    or counted from the end."""
    if v1 == v2:
        return v1
    if v1 - n1 == v2 - n2:
        return v1 - n1
    raise c.error(f"{what} is {v1} of {n1} on the example and {v2} of {n2} on the second "
                  "input: neither fixed nor counted from the end (export with "
                  "dynamic_batch=False if it follows the batch size)")


def _sizes(c: Call, c2: Call, s1: tuple[int, ...], s2: tuple[int, ...]) -> list[int]:
    """A target shape for Reshape: the one size that follows the batch as -1."""
    moving = [d for d, (a, b) in enumerate(zip(s1, s2, strict=True)) if a != b]
    if len(moving) > 1:
        raise c.error(f"the result's dims {moving} both change with the batch size "
                      f"({list(s1)} and {list(s2)}); ONNX's Reshape infers one (export "
                      "with dynamic_batch=False)")
    return [-1 if d in moving else n for d, n in enumerate(s1)]


# ----------------------------------------------------------------------------- elementwise

_BINARY = {"add": "Add", "sub": "Sub", "mul": "Mul", "div": "Div", "pow": "Pow",
           "maximum": "Max", "minimum": "Min"}
_UNARY = {"neg": "Neg", "exp": "Exp", "log": "Log", "sqrt": "Sqrt", "tanh": "Tanh",
          "sigmoid": "Sigmoid", "relu": "Relu", "abs": "Abs"}


@converts(" ".join(_BINARY))
def _c_binary(g: Graph, c: Call, c2: Call) -> None:
    dt = c.outs[0].dtype
    g.node(_BINARY[c.fn], [g.name(c.args["a"], dt), g.name(c.args["b"], dt)], out_name(c))


@converts(" ".join(_UNARY))
def _c_unary(g: Graph, c: Call, c2: Call) -> None:
    g.node(_UNARY[c.fn], [g.name(c.args["x"], c.outs[0].dtype)], out_name(c))


@converts("gelu")
def _c_gelu(g: Graph, c: Call, c2: Call) -> None:
    g.node("Gelu", [g.name(c.args["x"], c.outs[0].dtype)], out_name(c),
           approximate=c.args["approximate"])


@converts("cast")
def _c_cast(g: Graph, c: Call, c2: Call) -> None:
    import onnx

    to = onnx.helper.np_dtype_to_tensor_dtype(c.outs[0].dtype)
    g.node("Cast", [g.name(c.args["x"])], out_name(c), to=to)


# ----------------------------------------------------------------------------- reductions

def _red_axes(c: Call, x: Ref) -> tuple[list[int], bool]:
    a = c.args
    axis, keep = F.torch_names(c.fn, a["axis"], a["keepdims"], a["dim"], a["keepdim"])
    axes = range(x.ndim) if axis is None else normalize_axes(axis, x.ndim, c.fn)
    return sorted(axes), keep


@converts("sum mean max min")
def _c_reduce(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    axes, keep = _red_axes(c, x)
    op = {"sum": "ReduceSum", "mean": "ReduceMean", "max": "ReduceMax", "min": "ReduceMin"}
    g.node(op[c.fn], [g.name(x), g.ints(axes)], out_name(c), keepdims=int(keep))


@converts("var")
def _c_var(g: Graph, c: Call, c2: Call) -> None:
    """``mean((x - mean(x))^2)``, scaled by ``n / (n - correction)``."""
    x = c.args["x"]
    axes, keep = _red_axes(c, x)
    corr = c.args["correction"]
    xn, ax = g.name(x), g.ints(axes)
    d = g.node("Sub", [xn, g.node("ReduceMean", [xn, ax], keepdims=1)])
    v = g.node("ReduceMean", [g.node("Mul", [d, d]), ax], None if corr else out_name(c),
               keepdims=int(keep))
    if corr:
        n = _same(c, c2, "the count of values reduced", math.prod(x.shape[a] for a in axes),
                  math.prod(c2.args["x"].shape[a] for a in axes))
        g.node("Mul", [v, g.const(n / (n - corr), x.dtype)], out_name(c))


# ----------------------------------------------------------------------------- shapes

@converts("reshape")
def _c_reshape(g: Graph, c: Call, c2: Call) -> None:
    target = _sizes(c, c2, c.outs[0].shape, c2.outs[0].shape)
    g.node("Reshape", [g.name(c.args["x"]), g.ints(target)], out_name(c))


@converts("permute")
def _c_permute(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    perm = normalize_axes(list(c.args["axes"]), x.ndim, "permute")
    g.node("Transpose", [g.name(x)], out_name(c), perm=list(perm))


@converts("concat")
def _c_concat(g: Graph, c: Call, c2: Call) -> None:
    xs = c.args["xs"]
    dt = c.outs[0].dtype
    axis = normalize_axis(c.args["axis"], c.outs[0].ndim, "concat")
    g.node("Concat", [g.name(x, dt) for x in xs], out_name(c), axis=axis)


@converts("expand")
def _c_expand(g: Graph, c: Call, c2: Call) -> None:
    """Expand's target: 1 where the input's dim is kept (broadcast keeps it, whatever the
    batch), the size where it grows."""
    x, x2 = c.args["x"], c2.args["x"]
    s1, s2 = c.outs[0].shape, c2.outs[0].shape
    lead = len(s1) - x.ndim
    target = []
    for k, (n1, n2) in enumerate(zip(s1, s2, strict=True)):
        kept = k >= lead and x.shape[k - lead] == n1 and x2.shape[k - lead] == n2
        target.append(1 if kept else _same(c, c2, f"size {k} of the expand", n1, n2))
    g.node("Expand", [g.name(x), g.ints(target)], out_name(c))


def _index_items(c: Call, idx: Any, ndim: int) -> list[Any]:
    """An index as one entry per axis: slice, int or an index array (a Ref or an array)."""
    idx = idx if isinstance(idx, tuple) else (idx,)
    if any(i is Ellipsis for i in idx):
        k = idx.index(Ellipsis)
        idx = idx[:k] + (slice(None),) * (ndim - len(idx) + 1) + idx[k + 1:]
    items: list[Any] = []
    for i in idx:
        if isinstance(i, (slice, Ref, np.ndarray)):
            items.append(i)
        elif isinstance(i, (list, tuple)):
            items.append(np.asarray(i))
        elif isinstance(i, (int, np.integer)) and not isinstance(i, (bool, np.bool_)):
            items.append(int(i))
        else:
            raise c.error(f"the index {i!r} is not exported (ints, slices, '...' and one "
                          "integer array or 1-D boolean mask)")
    return items + [slice(None)] * (ndim - len(items))


@converts("getitem")
def _c_getitem(g: Graph, c: Call, c2: Call) -> None:
    """Slice for the slices and ints, Squeeze for the ints, Gather for an index array (a
    boolean mask's indices: constant, or NonZero of a mask the forward reads, whose count
    ONNX's shapes leave open), then numpy's order where a slice parts the ints and the
    array (the array's dims first)."""
    x, x2 = c.args["x"], c2.args["x"]
    items = _index_items(c, c.args["idx"], x.ndim)
    items2 = _index_items(c2, c2.args["idx"], x2.ndim)
    starts, ends, axes, steps, drop, array = [], [], [], [], [], None
    for d, (i1, i2, n1, n2) in enumerate(zip(items, items2, x.shape, x2.shape, strict=True)):
        if type(i1) is not type(i2):
            raise c.error(f"axis {d} is indexed by {i1!r} on the example and {i2!r} on the "
                          "second input")
        if isinstance(i1, slice):
            (b1, e1, s1), (b2, e2, s2) = i1.indices(n1), i2.indices(n2)
            step = _same(c, c2, f"the step of axis {d}", s1, s2)
            start = _relative(c, c2, f"the start of axis {d}", b1, b2, n1, n2)
            end = INT64_MAX if (e1, e2) == (n1, n2) else \
                _relative(c, c2, f"the end of axis {d}", e1, e2, n1, n2)
            if (start, step, end) == (0, 1, INT64_MAX):  # the whole axis
                continue
        elif isinstance(i1, int):
            step = 1
            start = _relative(c, c2, f"the index of axis {d}", i1 % n1, i2 % n2, n1, n2)
            end = start + 1 if start != -1 else INT64_MAX
            drop.append(d)
        else:
            if array is not None:
                raise c.error("more than one index array")
            array = (d, i1)
            continue
        starts.append(start)
        ends.append(end)
        axes.append(d)
        steps.append(step)
    y = g.name(x)
    if axes:
        y = g.node("Slice", [y, g.ints(starts), g.ints(ends), g.ints(axes), g.ints(steps)])
    if drop:
        y = g.node("Squeeze", [y, g.ints(drop)])
    if array is not None:
        d, arr = array
        val = g.value(arr)
        if arr.dtype == np.bool_ and arr.ndim != 1:
            raise c.error(f"a boolean mask of shape {list(arr.shape)} (1-D only)")
        if val is not None and val.dtype == np.bool_:
            ind = g.ints(np.flatnonzero(val))
        elif arr.dtype == np.bool_:
            ind = g.node("Reshape", [g.node("NonZero", [g.name(arr)]), g.ints([-1])])
        else:
            ind = g.name(arr)
        axis = d - sum(k < d for k in drop)
        y = g.node("Gather", [y, ind], axis=axis)
        k = 1 if arr.dtype == np.bool_ else arr.ndim
        pos = [*drop, d]
        if drop and max(pos) - min(pos) + 1 != len(pos) and axis:
            rest = [a for a in range(c.outs[0].ndim) if not axis <= a < axis + k]
            y = g.node("Transpose", [y], perm=[*range(axis, axis + k), *rest])
    g.finish(y, out_name(c))


@converts("take")
def _c_take(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    g.node("Gather", [g.name(x), g.name(c.args["indices"])], out_name(c),
           axis=normalize_axis(c.args["axis"], x.ndim, "take"))


@converts("pad")
def _c_pad(g: Graph, c: Call, c2: Call) -> None:
    """Pad with the positive pads, Slice for the negative ones (crops): cropped first in
    constant and circular mode (circular wraps what the crops keep, as torch), padded first
    in reflect and replicate mode (they reflect the whole input, as tcomp)."""
    x, given = c.args["x"], [int(v) for v in c.args["pad"]]
    k = len(given) // 2
    pads = [(0, 0)] * (x.ndim - k) + [(given[2 * j], given[2 * j + 1])
                                      for j in reversed(range(k))]
    mode = {"constant": "constant", "reflect": "reflect", "replicate": "edge",
            "circular": "wrap"}[c.args["mode"]]
    crops = [(d, -min(lo, 0), min(hi, 0)) for d, (lo, hi) in enumerate(pads) if min(lo, hi) < 0]

    def crop(y: str, out: str | None) -> str:
        return g.node("Slice", [y, g.ints([lo for _, lo, _ in crops]),
                                g.ints([hi or INT64_MAX for _, _, hi in crops]),
                                g.ints([d for d, _, _ in crops])], out)

    def grow(y: str, out: str | None) -> str:
        ins = [y, g.ints([max(lo, 0) for lo, _ in pads] + [max(hi, 0) for _, hi in pads])]
        if mode == "constant":
            v = c.args["value"]
            ins.append(g.const(0 if v is None else v, x.dtype))
        return g.node("Pad", ins, out, mode=mode)
    steps = ([crop] if crops else []) + ([grow] if max(given) > 0 else [])
    if mode in ("reflect", "edge"):
        steps.reverse()
    y = g.name(x)
    for k, f in enumerate(steps):
        y = f(y, out_name(c) if k == len(steps) - 1 else None)



__all__ = ["CONVERT"]
