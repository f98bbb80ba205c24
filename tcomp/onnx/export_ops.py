"""The ONNX nodes of each traced ``tcomp.nn.functional`` op, for ``tcomp.onnx.export``
(layer 9).

A converter receives the graph being built and the op's call in the two traced runs (the
example, and a second input: another batch size when the batch is dynamic). Where an
attribute is a size (a reshape's target, a slice's bounds, an expand's sizes), the two calls
tell which sizes follow the batch: those become ONNX's relative forms (-1, a bound counted from
the end), and a size that changes in any other way is an error naming the op.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ExportError
from ..nn import functional as F
from ..nn.dispatch import UNSET
from ..ops.axes import normalize_axes, normalize_axis
from . import custom
from .nn_ops import build_conv3d, build_conv_transpose
from .ops import build_erf, build_where

INT64_MAX = np.iinfo(np.int64).max


@dataclass(frozen=True)
class Ref:
    """A traced tensor: its value name in the graph, shape and dtype (in one run)."""

    name: str
    shape: tuple[int, ...]
    dtype: np.dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)


@dataclass
class Call:
    """One traced functional op: its bound arguments (tensors as ``Ref``s), its output(s) and
    the module that ran it."""

    fn: str
    args: dict[str, Any]
    outs: list[Ref]
    where: str

    def error(self, msg: str) -> ExportError:
        return ExportError(f"tcomp.onnx.export: {self.fn} in {self.where}: {msg}")


class Graph:
    """The nodes and initializers being written; node outputs are value names."""

    def __init__(self, params: dict[str, np.ndarray], consts: dict[str, np.ndarray]) -> None:
        self.params, self.consts = params, consts
        self.nodes: list[tuple[str, list[str], list[str], dict[str, Any], str]] = []
        self.inits: dict[str, np.ndarray] = {}
        self.custom: list[str] = []
        self._keyed: dict[tuple[Any, ...], str] = {}
        self._fresh: set[str] = set()

    def fresh(self, hint: str) -> str:
        """A new value name ("/Op_n": traced values are "/op_k", lowercase)."""
        name = f"/{hint}_{len(self._fresh) + 1}"
        self._fresh.add(name)
        return name

    def node(self, op: str, ins: list[str], out: str | None = None, domain: str = "",
             **attrs: Any) -> str:
        out = out or self.fresh(op)
        self.nodes.append((op, ins, [out], attrs, domain))
        return out

    def finish(self, y: str, out: str) -> None:
        """Make value ``y`` the value ``out``: the last node's output renamed when it made
        ``y`` (a fresh name), else an Identity."""
        if self.nodes and self.nodes[-1][2] == [y] and y in self._fresh:
            self.nodes[-1][2][0] = out
        else:
            self.node("Identity", [y], out)

    def const(self, arr: Any, dtype: Any = None) -> str:
        """An initializer holding ``arr`` (one per distinct value)."""
        a = np.asarray(arr, dtype)
        key = (a.dtype.str, a.shape, a.tobytes())
        name = self._keyed.get(key)
        if name is None:
            name = self._keyed[key] = self.fresh("const")
            self.inits[name] = a
        return name

    def ints(self, values: Any) -> str:
        return self.const(np.asarray(list(values), np.int64))

    def name(self, v: Any, dtype: Any = None) -> str:
        """The value name of an operand: a traced tensor, a weight, a constant, or a Python
        number / array (a new initializer of ``dtype``)."""
        if isinstance(v, Ref):
            for table in (self.params, self.consts):
                if v.name in table and v.name not in self.inits:
                    self.inits[v.name] = table[v.name]
            return v.name
        return self.const(v, dtype)

    def value(self, v: Any) -> np.ndarray | None:
        """The values of a constant operand (None for a tensor the forward computes)."""
        if isinstance(v, Ref):
            return self.consts.get(v.name)
        return np.asarray(v)


Converter = Callable[[Graph, Call, Call], None]
CONVERT: dict[str, Converter] = {}


def _conv(names: str) -> Callable[[Converter], Converter]:
    def deco(fn: Converter) -> Converter:
        for n in names.split():
            CONVERT[n] = fn
        return fn
    return deco


def _out(c: Call) -> str:
    return c.outs[0].name


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


@_conv(" ".join(_BINARY))
def _c_binary(g: Graph, c: Call, c2: Call) -> None:
    dt = c.outs[0].dtype
    g.node(_BINARY[c.fn], [g.name(c.args["a"], dt), g.name(c.args["b"], dt)], _out(c))


@_conv(" ".join(_UNARY))
def _c_unary(g: Graph, c: Call, c2: Call) -> None:
    g.node(_UNARY[c.fn], [g.name(c.args["x"], c.outs[0].dtype)], _out(c))


@_conv("gelu")
def _c_gelu(g: Graph, c: Call, c2: Call) -> None:
    g.node("Gelu", [g.name(c.args["x"], c.outs[0].dtype)], _out(c),
           approximate=c.args["approximate"])


@_conv("cast")
def _c_cast(g: Graph, c: Call, c2: Call) -> None:
    import onnx

    to = onnx.helper.np_dtype_to_tensor_dtype(c.outs[0].dtype)
    g.node("Cast", [g.name(c.args["x"])], _out(c), to=to)


# ----------------------------------------------------------------------------- reductions

def _red_axes(c: Call, x: Ref) -> tuple[list[int], bool]:
    a = c.args
    axis, keep = F.torch_names(c.fn, a["axis"], a["keepdims"], a["dim"], a["keepdim"])
    axes = range(x.ndim) if axis is None else normalize_axes(axis, x.ndim, c.fn)
    return sorted(axes), keep


@_conv("sum mean max min")
def _c_reduce(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    axes, keep = _red_axes(c, x)
    op = {"sum": "ReduceSum", "mean": "ReduceMean", "max": "ReduceMax", "min": "ReduceMin"}
    g.node(op[c.fn], [g.name(x), g.ints(axes)], _out(c), keepdims=int(keep))


@_conv("var")
def _c_var(g: Graph, c: Call, c2: Call) -> None:
    """``mean((x - mean(x))^2)``, scaled by ``n / (n - correction)``."""
    x = c.args["x"]
    axes, keep = _red_axes(c, x)
    corr = c.args["correction"]
    xn, ax = g.name(x), g.ints(axes)
    d = g.node("Sub", [xn, g.node("ReduceMean", [xn, ax], keepdims=1)])
    v = g.node("ReduceMean", [g.node("Mul", [d, d]), ax], None if corr else _out(c),
               keepdims=int(keep))
    if corr:
        n = _same(c, c2, "the count of values reduced", math.prod(x.shape[a] for a in axes),
                  math.prod(c2.args["x"].shape[a] for a in axes))
        g.node("Mul", [v, g.const(n / (n - corr), x.dtype)], _out(c))


# ----------------------------------------------------------------------------- shapes

@_conv("reshape")
def _c_reshape(g: Graph, c: Call, c2: Call) -> None:
    target = _sizes(c, c2, c.outs[0].shape, c2.outs[0].shape)
    g.node("Reshape", [g.name(c.args["x"]), g.ints(target)], _out(c))


@_conv("permute")
def _c_permute(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    perm = normalize_axes(list(c.args["axes"]), x.ndim, "permute")
    g.node("Transpose", [g.name(x)], _out(c), perm=list(perm))


@_conv("concat")
def _c_concat(g: Graph, c: Call, c2: Call) -> None:
    xs = c.args["xs"]
    dt = c.outs[0].dtype
    axis = normalize_axis(c.args["axis"], c.outs[0].ndim, "concat")
    g.node("Concat", [g.name(x, dt) for x in xs], _out(c), axis=axis)


@_conv("expand")
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
    g.node("Expand", [g.name(x), g.ints(target)], _out(c))


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


@_conv("getitem")
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
    g.finish(y, _out(c))


@_conv("take")
def _c_take(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    g.node("Gather", [g.name(x), g.name(c.args["indices"])], _out(c),
           axis=normalize_axis(c.args["axis"], x.ndim, "take"))


@_conv("pad")
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
        y = f(y, _out(c) if k == len(steps) - 1 else None)


# ----------------------------------------------------------------------------- layers

@_conv("matmul")
def _c_matmul(g: Graph, c: Call, c2: Call) -> None:
    dt = c.outs[0].dtype
    g.node("MatMul", [g.name(c.args["a"], dt), g.name(c.args["b"], dt)], _out(c))


@_conv("linear")
def _c_linear(g: Graph, c: Call, c2: Call) -> None:
    """Gemm for a 2-D input (the weight read as stored, transB), else MatMul by the
    transposed weight."""
    x, w, b = c.args["x"], c.args["w"], c.args["b"]
    dt = c.outs[0].dtype
    if isinstance(x, Ref) and x.ndim == 2 and w.ndim == 2:
        ins = [g.name(x), g.name(w)] + ([g.name(b, dt)] if b is not None else [])
        g.node("Gemm", ins, _out(c), transB=1)
        return
    wt = g.node("Transpose", [g.name(w)], perm=list(reversed(range(w.ndim))))
    y = g.node("MatMul", [g.name(x, dt), wt], _out(c) if b is None else None)
    if b is not None:
        g.node("Add", [y, g.name(b, dt)], _out(c))


def _pair(v: Any) -> list[int]:
    return [int(a) for a in v] if isinstance(v, (tuple, list)) else [int(v)] * 2


def _one(v: Any) -> int:
    return int(v[0]) if isinstance(v, (tuple, list)) else int(v)


@_conv("conv2d")
def _c_conv2d(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    w, b = a["w"], a["b"]
    ph, pw = _pair(a["padding"])
    ins = [g.name(a["x"]), g.name(w)] + ([g.name(b)] if b is not None else [])
    g.node("Conv", ins, _out(c), kernel_shape=list(w.shape[2:]), strides=_pair(a["stride"]),
           pads=[ph, pw, ph, pw], dilations=_pair(a["dilation"]), group=int(a["groups"]))


@_conv("conv1d")
def _c_conv1d(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    x, w, b = a["x"], a["w"], a["b"]
    k, dil, pad = w.shape[2], _one(a["dilation"]), a["padding"]
    if pad in ("valid", "same"):
        total = dil * (k - 1) if pad == "same" else 0
        lo, hi = total // 2, total - total // 2
    else:
        lo = hi = _one(pad)
    xn = g.name(x)
    if x.ndim == 2:  # unbatched (C, L)
        xn = g.node("Unsqueeze", [xn, g.ints([0])])
    ins = [xn, g.name(w)] + ([g.name(b)] if b is not None else [])
    y = g.node("Conv", ins, _out(c) if x.ndim == 3 else None, kernel_shape=[k],
               strides=[_one(a["stride"])], pads=[lo, hi], dilations=[dil],
               group=int(a["groups"]))
    if x.ndim == 2:
        g.node("Squeeze", [y, g.ints([0])], _out(c))


@_conv("max_pool2d avg_pool2d")
def _c_pool(g: Graph, c: Call, c2: Call) -> None:
    k = int(c.args["kernel"])
    s = int(c.args["stride"] or k)
    op = "MaxPool" if c.fn == "max_pool2d" else "AveragePool"
    g.node(op, [g.name(c.args["x"])], _out(c), kernel_shape=[k, k], strides=[s, s])


@_conv("softmax log_softmax")
def _c_softmax(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    axis, _ = F.torch_names(c.fn, c.args["axis"], UNSET, c.args["dim"], UNSET, -1)
    op = "Softmax" if c.fn == "softmax" else "LogSoftmax"
    g.node(op, [g.name(x)], _out(c), axis=normalize_axis(axis, x.ndim, c.fn))


@_conv("layer_norm")
def _c_layer_norm(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    g.node("LayerNormalization", [g.name(a["x"]), g.name(a["w"]), g.name(a["b"])], _out(c),
           axis=-1, epsilon=float(a["eps"]))


@_conv("batch_norm")
def _c_batch_norm(g: Graph, c: Call, c2: Call) -> None:
    """BatchNormalization with the running statistics; the batch's own statistics (a layer
    that tracks none) as their reductions."""
    a = c.args
    x, dt = a["input"], c.outs[0].dtype
    ch = x.shape[1]
    scale = g.name(a["weight"]) if a["weight"] is not None else g.const(np.ones(ch, dt))
    bias = g.name(a["bias"]) if a["bias"] is not None else g.const(np.zeros(ch, dt))
    if not a["training"]:
        g.node("BatchNormalization", [g.name(x), scale, bias, g.name(a["running_mean"]),
                                      g.name(a["running_var"])], _out(c),
               epsilon=float(a["eps"]))
        return
    if a["running_mean"] is not None:
        raise c.error("batch_norm in training mode updates its running statistics; the "
                      "export runs the model in eval mode: call batch_norm with "
                      "training=False (or through a BatchNorm module)")
    shape = g.ints([1, ch] + [1] * (x.ndim - 2))
    ax = g.ints([0, *range(2, x.ndim)])
    xn = g.name(x)
    d = g.node("Sub", [xn, g.node("ReduceMean", [xn, ax], keepdims=1)])
    v = g.node("ReduceMean", [g.node("Mul", [d, d]), ax], keepdims=1)
    y = g.node("Div", [d, g.node("Sqrt", [g.node("Add", [v, g.const(a["eps"], dt)])])])
    y = g.node("Mul", [y, g.node("Reshape", [scale, shape])])
    g.node("Add", [y, g.node("Reshape", [bias, shape])], _out(c))


@_conv("embedding")
def _c_embedding(g: Graph, c: Call, c2: Call) -> None:
    g.node("Gather", [g.name(c.args["w"]), g.name(c.args["idx"])], _out(c), axis=0)


@_conv("dropout")
def _c_dropout(g: Graph, c: Call, c2: Call) -> None:
    raise c.error(f"dropout with training=True (p={c.args['p']}) draws a random mask; the "
                  "export runs the model in eval mode: pass training=self.training (or use "
                  "nn.Dropout)")


@_conv("scaled_dot_product_attention")
def _c_sdpa(g: Graph, c: Call, c2: Call) -> None:
    """``softmax(q @ k^T * scale + mask) @ v``; a constant mask is folded into one additive
    initializer, a boolean mask the forward reads is a Where on the scores (and the rows that
    may attend to nothing are zeroed, as tcomp does)."""
    import onnx

    a = c.args
    q, k, v, mask = a["query"], a["key"], a["value"], a["attn_mask"]
    dt = c.outs[0].dtype
    if a["dropout_p"]:
        raise c.error(f"dropout_p={a['dropout_p']} draws random masks; pass 0.0 in eval mode")
    perm = [*range(k.ndim - 2), k.ndim - 1, k.ndim - 2]
    s = g.node("MatMul", [g.name(q), g.node("Transpose", [g.name(k)], perm=perm)])
    scale = 1.0 / math.sqrt(q.shape[-1]) if a["scale"] is None else a["scale"]
    s = g.node("Mul", [s, g.const(scale, dt)])
    keep = None
    if a["is_causal"]:
        mask = np.tril(np.ones((q.shape[-2], k.shape[-2]), bool))
    if mask is not None:
        m = g.value(mask)
        if m is None and mask.dtype == np.bool_:
            mn = g.name(mask)
            to = onnx.helper.np_dtype_to_tensor_dtype(dt)
            keep = g.node("ReduceMax", [g.node("Cast", [mn], to=to), g.ints([-1])], keepdims=1)
            dead = g.node("Not", [g.node("Cast", [keep], to=onnx.TensorProto.BOOL)])
            s = g.node("Where", [g.node("Or", [mn, dead]), s, g.const(-np.inf, dt)])
        elif m is None:
            s = g.node("Add", [s, g.name(mask)])
        else:
            dead = ~m.any(-1, keepdims=True) if m.dtype == np.bool_ else \
                np.isneginf(m).all(-1, keepdims=True)
            add = np.where(m | dead, 0.0, -np.inf) if m.dtype == np.bool_ else \
                np.where(dead, 0.0, m)
            s = g.node("Add", [s, g.const(add, dt)])
            keep = g.const((~dead).astype(dt)) if dead.any() else None
    att = g.node("Softmax", [s], axis=-1)
    if keep is not None:
        att = g.node("Mul", [att, keep])
    g.node("MatMul", [att, g.name(v)], _out(c))


def _c_conv_transpose(g: Graph, c: Call) -> None:
    """tcomp.onnx.load's ConvTranspose: the ONNX op again, its output zero-padded to whole
    stride phases and reshaped to the compute's (N, group, M/group, Q1, s1, ...)."""
    (x, w), (st, dl, group, begin, outs) = c.args["inputs"], c.args["attrs"]
    ends = [s * (n - 1) + (k - 1) * d + 1 - b - o for n, k, s, d, b, o in
            zip(x.shape[2:], w.shape[2:], st, dl, begin, outs, strict=True)]
    y = g.node("ConvTranspose", [g.name(x), g.name(w)], strides=list(st), dilations=list(dl),
               group=group, pads=[*begin, *(max(e, 0) for e in ends)],
               output_padding=[max(-e, 0) for e in ends])
    tails = [-(-o // s) * s - o for o, s in zip(outs, st, strict=True)]
    if any(tails):
        y = g.node("Pad", [y, g.ints([0] * x.ndim + [0, 0, *tails])])
    g.node("Reshape", [y, g.ints([0, group, w.shape[1], *c.outs[0].shape[3:]])], _out(c))


@_conv("apply")
def _c_apply(g: Graph, c: Call, c2: Call) -> None:
    """A DSL op called through ``functional.apply``: a node of the ``ai.tcomp`` domain."""
    ins, ins2 = c.args["inputs"], c2.args["inputs"]
    name, builder = c.args["name"], c.args["builder"]
    if builder is build_erf or builder is build_where:  # tcomp.onnx.load's own: ONNX ops again
        g.node("Erf" if builder is build_erf else "Where", [g.name(r) for r in ins], _out(c))
        return
    if builder is build_conv3d:
        st, dl, group = c.args["attrs"]
        g.node("Conv", [g.name(r) for r in ins], _out(c), strides=list(st),
               dilations=list(dl), group=group)
        return
    if builder is build_conv_transpose:
        _c_conv_transpose(g, c)
        return
    specs = [(r.shape, r.dtype) for r in ins]
    if specs != [(r.shape, r.dtype) for r in ins2]:
        raise c.error(f"the DSL op {name!r} is exported as its graph at the example's shapes "
                      f"{[list(s) for s, _ in specs]}, and its input shapes change with the "
                      "batch size: export with dynamic_batch=False")
    try:
        text = custom.dsl_graph(name, builder, specs, tuple(c.args["attrs"]))
    except Exception as exc:  # the user's builder: any failure is reported with the op
        raise c.error(f"rebuilding the DSL op {name!r} failed: {exc}") from exc
    g.node(custom.OP_TYPE, [g.name(r) for r in ins], _out(c), domain=custom.DOMAIN,
           graph=text, name=name)
    g.custom.append(name)


__all__ = ["CONVERT", "Call", "Graph", "Ref"]
