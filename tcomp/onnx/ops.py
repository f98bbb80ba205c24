"""ONNX operators as tcomp.nn ops: one handler per op type, with the op versions and attributes
it implements (layer 9).

A value flowing through an imported graph is one of two things:

- a numpy array: known without running a kernel. Constants, integer initializers, every
  integer or boolean value (shapes, indices, masks: they carry no gradient) and whatever is
  computed from such values alone. Shape subgraphs (Shape -> Gather -> Concat -> Reshape) run
  on these in numpy, at load time when their inputs are constants;
- an ``nn.Tensor`` (float32 or float64): anything that depends on a graph input or a trained
  initializer. Handlers run ``tcomp.nn.functional`` ops on these, so the graph is
  differentiable wherever tcomp's ops are.

A handler receives the node and its inputs (None for an omitted optional input) and returns
a value or a tuple of values, one per output it computes. Float handlers given only numpy
inputs run the same tcomp op on them (``on_const``), so there is one definition per op.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..errors import TcompError, TensorIndexError
from ..nn import functional as F
from ..nn.indexing import take
from ..nn.tensor import FLOAT_DTYPES, Tensor, no_grad
from ..ops import layers as L

Value = Any  # np.ndarray | Tensor


class OnnxError(TcompError, ValueError):
    """The ONNX model breaks the spec: a bad attribute value, a wrong input count or type."""


class UnsupportedOnnxError(OnnxError, NotImplementedError):
    """Valid ONNX that tcomp.onnx does not implement: an op, an op version, an attribute
    value or a dtype."""


@dataclass
class Node:
    """One graph node, its attributes as Python values and the op version it resolves to."""

    op_type: str
    name: str
    index: int
    inputs: list[str]
    outputs: list[str]
    attrs: dict[str, Any]
    version: int  # the op's since_version at the model's opset
    opset: int
    domain: str = ""

    def where(self) -> str:
        name = f"{self.name!r}" if self.name else f"#{self.index} (output {self.outputs[0]!r})"
        return f"node {name} ({self.op_type}-{self.version}, opset {self.opset})"

    def error(self, msg: str, cls: type[OnnxError] = OnnxError) -> OnnxError:
        return cls(f"{self.where()}: {msg}")

    def unsupported(self, msg: str) -> UnsupportedOnnxError:
        return self.error(msg, UnsupportedOnnxError)  # type: ignore[return-value]

    def attr(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def wants(self, k: int) -> bool:
        """Output ``k`` is present (named) in the node."""
        return len(self.outputs) > k and bool(self.outputs[k])


@dataclass(frozen=True)
class OpDef:
    fn: Callable[..., Any]
    versions: tuple[int, int]  # the since_versions implemented, inclusive
    attrs: frozenset[str]


OPS: dict[str, OpDef] = {}


def op(names: str, lo: int, hi: int, attrs: str = "") -> Callable[[Callable[..., Any]],
                                                                    Callable[..., Any]]:
    """Register a handler for the op types in ``names`` (space-separated), versions
    ``lo..hi`` (since_versions; later ones are refused until checked against the spec)."""
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        for name in names.split():
            OPS[name] = OpDef(fn, (lo, hi), frozenset(attrs.split()))
        return fn
    return deco


# ----------------------------------------------------------------------------- value helpers

ONNX_DTYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 4: np.uint16, 5: np.int16, 6: np.int32,
               7: np.int64, 9: np.bool_, 10: np.float16, 11: np.float64, 12: np.uint32,
               13: np.uint64}


def dtype_name(code: int) -> str:
    """ONNX's name of tensor element type ``code`` (FLOAT16, FLOAT8E4M3FN, ...)."""
    import onnx

    try:
        return str(onnx.TensorProto.DataType.Name(code))
    except ValueError:
        return f"type #{code}"


def is_t(v: Value) -> bool:
    return isinstance(v, Tensor)


def is_float(v: Value) -> bool:
    return np.dtype(v.dtype).kind == "f"


def lift(node: Node, v: Value) -> Tensor:
    """``v`` as an nn Tensor (a constant one when ``v`` is a numpy array)."""
    if is_t(v):
        return v
    arr = np.asarray(v)
    if arr.dtype not in FLOAT_DTYPES:
        raise node.unsupported(f"a {arr.dtype} value {list(arr.shape)} is used where tcomp "
                               "computes: tcomp.onnx computes in float32 and float64")
    return Tensor(arr)


def on_const(fn: Callable[..., Tensor], node: Node, *vals: Value) -> Value:
    """``fn`` on the values, as Tensors; a numpy result when no input was a Tensor."""
    if any(is_t(v) for v in vals if v is not None):
        return fn(*[None if v is None else lift(node, v) for v in vals])
    with no_grad():
        out = fn(*[None if v is None else lift(node, v) for v in vals])
    return np.array(out.numpy(), copy=True)


def const(node: Node, v: Value, what: str) -> np.ndarray:
    """An input that must be known without running tcomp kernels (a shape, axes, indices)."""
    if is_t(v):
        raise node.unsupported(f"input {what!r} is a float tensor computed from the graph's "
                               "inputs or trained initializers; tcomp.onnx needs it as a "
                               "constant (an integer initializer, a Constant or a value "
                               "computed from shapes)")
    return np.asarray(v)


def ints(node: Node, v: Value, what: str) -> list[int]:
    arr = const(node, v, what)
    if arr.dtype.kind not in "iu":
        raise node.error(f"input {what!r} must hold integers, got {arr.dtype}")
    return [int(i) for i in arr.reshape(-1)]


def axis_of(node: Node, axis: int, ndim: int, what: str = "axis") -> int:
    if not -ndim <= axis < ndim:
        raise node.error(f"{what}={axis} is out of range for a {ndim}-d input (expected "
                         f"[{-ndim}, {ndim - 1}])")
    return axis % ndim


def axes_of(node: Node, axes: list[int], ndim: int, what: str = "axes") -> list[int]:
    out = [axis_of(node, a, ndim, what) for a in axes]
    if len(set(out)) != len(out):
        raise node.error(f"{what}={axes} lists an axis twice")
    return out


def same_dtype(node: Node, *vals: Value) -> None:
    dts = {np.dtype(v.dtype) for v in vals if v is not None}
    if len(dts) > 1:
        raise node.error(f"inputs have different dtypes {sorted(str(d) for d in dts)}; "
                         f"{node.op_type} needs one type")


def reshape(x: Value, shape: tuple[int, ...]) -> Value:
    return F.reshape(x, shape) if is_t(x) else np.reshape(x, shape)


def broadcast_to(x: Value, shape: tuple[int, ...]) -> Value:
    """``x`` broadcast to ``shape`` (numpy rules; a Tensor's gradient sums over the new dims)."""
    if not is_t(x):
        return np.array(np.broadcast_to(x, shape))
    # an add of zeros: its gradient is the reduction over the broadcast dims, as for any add
    return x if tuple(shape) == x.shape else F.add(x, Tensor(np.zeros(shape, x.dtype)))


def pad(x: Value, widths: dict[int, tuple[int, int]], fill: Any) -> Value:
    """``x`` with ``widths[axis] = (before, after)`` elements of ``fill`` on each side; a
    Tensor's are constant blocks joined by concat, so the gradient flows through to ``x``
    (and to ``fill``, when it is a Tensor)."""
    if not is_t(x) and not is_t(fill):
        return np.pad(x, [widths.get(a, (0, 0)) for a in range(x.ndim)], constant_values=fill)
    x = x if is_t(x) else Tensor(np.asarray(x))
    for a, (lo, hi) in widths.items():
        blocks: list[Tensor | None] = []
        for w in (lo, hi):
            shp = list(x.shape)
            shp[a] = w
            block = Tensor(np.full(shp, 1 if is_t(fill) else fill, x.dtype)) if w else None
            blocks.append(block * F.reshape(fill, ()) if block and is_t(fill) else block)
        pieces = [t for t in (blocks[0], x, blocks[1]) if t is not None]
        x = F.concat(pieces, a) if len(pieces) > 1 else x
    return x


def _permute(x: Value, perm: list[int]) -> Value:
    return F.permute(x, perm) if is_t(x) else np.transpose(x, perm)


# ----------------------------------------------------------------------------- elementwise

def _np_div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if np.result_type(a, b).kind in "iu":  # C integer division: truncates toward zero
        if np.any(b == 0):
            raise ZeroDivisionError("integer division by zero")
        return (np.fix(np.true_divide(a, b))).astype(a.dtype)
    return np.true_divide(a, b)


_NP_BINARY: dict[str, Callable[..., Any]] = {
    "Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": _np_div, "Pow": np.power,
    "Max": np.maximum, "Min": np.minimum}
_F_BINARY: dict[str, Callable[..., Any]] = {
    "Add": F.add, "Sub": F.sub, "Mul": F.mul, "Div": F.div, "Pow": F.pow, "Max": F.maximum,
    "Min": F.minimum}


def arith(node: Node, kind: str, a: Value, b: Value) -> Value:
    """``a kind b`` with numpy broadcasting: numpy for constants and integers, else tcomp (a
    one-element constant that doesn't raise the rank is passed as a scalar, for fusion)."""
    if not is_t(a) and not is_t(b):
        out = _NP_BINARY[kind](np.asarray(a), np.asarray(b))
        return np.asarray(out).astype(np.asarray(a).dtype, copy=False)
    shape = _broadcast(node, a, b)
    if not math.prod(shape):  # no elements: an empty numpy array
        return np.zeros(shape, a.dtype)
    for v, other in ((a, b), (b, a)):
        if not is_t(v) and np.asarray(v).size == 1 and np.ndim(v) <= other.ndim:
            s = float(np.asarray(v).reshape(()))
            return _F_BINARY[kind](*((s, other) if v is a else (other, s)))
    return _F_BINARY[kind](lift(node, a), lift(node, b))


def _broadcast(node: Node, *vals: Value) -> tuple[int, ...]:
    try:
        return tuple(np.broadcast_shapes(*(np.shape(v) for v in vals)))
    except ValueError:
        raise node.error(f"input shapes {[list(np.shape(v)) for v in vals]} don't broadcast "
                         "(numpy rules)") from None


@op("Add Sub Mul Div", 7, 14)
def _binary(node: Node, a: Value, b: Value) -> Value:
    same_dtype(node, a, b)
    if (is_t(a) or is_t(b)) and not is_float(a):
        raise node.unsupported(f"{a.dtype} arithmetic on tensors")
    return arith(node, node.op_type, a, b)


@op("Pow", 7, 15)
def _pow(node: Node, a: Value, b: Value) -> Value:
    if not is_float(a):  # an integer power has no gradient: numpy, on the exponent's values
        return np.power(a, np.asarray(b)).astype(a.dtype)
    if is_t(a) or is_t(b):
        if not is_t(b):
            b = np.asarray(b).astype(a.dtype)  # the exponent may be any numeric type
        elif b.dtype != a.dtype:
            b = F.cast(b, a.dtype)
    return arith(node, "Pow", a, b)


@op("Max Min Sum Mean", 8, 13)
def _variadic(node: Node, *xs: Value) -> Value:
    if not xs:
        raise node.error("needs at least one input")
    same_dtype(node, *xs)
    kind = {"Max": "Max", "Min": "Min", "Sum": "Add", "Mean": "Add"}[node.op_type]
    out = xs[0]
    for x in xs[1:]:
        out = arith(node, kind, out, x)
    if node.op_type == "Mean" and len(xs) > 1:
        out = arith(node, "Div", out, np.asarray(len(xs), out.dtype))
    return out


def _b_erf(x: Any) -> Any:
    return L.elementwise(dsl.erf, [x], L.shape_of(x), name="erf")


_UNARY: dict[str, Callable[[Tensor], Tensor]] = {
    "Relu": F.relu, "Sigmoid": F.sigmoid, "Tanh": F.tanh, "Exp": F.exp, "Log": F.log,
    "Sqrt": F.sqrt, "Neg": F.neg, "Abs": F.abs, "Reciprocal": lambda x: F.div(1.0, x),
    "Erf": lambda x: F.apply("erf", _b_erf, [x])}
_NP_UNARY = {"Neg": np.negative, "Abs": np.abs, "Relu": lambda x: np.maximum(x, 0)}


@op("Relu Sigmoid Tanh Exp Log Sqrt Neg Abs Reciprocal Erf", 6, 14)
def _unary(node: Node, x: Value) -> Value:
    if not x.size:  # no elements: an empty numpy array
        return np.zeros(x.shape, x.dtype)
    if not is_float(x):
        if node.op_type not in _NP_UNARY:
            raise node.error(f"needs a float input, got {x.dtype}")
        return _NP_UNARY[node.op_type](np.asarray(x))
    return on_const(_UNARY[node.op_type], node, x)


@op("Gelu", 20, 20, "approximate")
def _gelu(node: Node, x: Value) -> Value:
    approx = node.attr("approximate", "none")
    if approx not in ("none", "tanh"):
        raise node.error(f"attribute approximate={approx!r}: must be 'none' or 'tanh'")
    return on_const(lambda t: F.gelu(t, approx), node, x)


@op("Clip", 11, 13)
def _clip(node: Node, x: Value, lo: Value = None, hi: Value = None) -> Value:
    if not any(is_t(v) for v in (x, lo, hi)):
        return np.clip(x, lo, hi) if lo is not None or hi is not None else x
    for bound, kind in ((lo, "Max"), (hi, "Min")):
        if bound is not None:
            x = arith(node, kind, x, bound)
    return x


_NP_COMPARE: dict[str, Callable[..., Any]] = {
    "Equal": np.equal, "Less": np.less, "Greater": np.greater, "LessOrEqual": np.less_equal,
    "GreaterOrEqual": np.greater_equal, "And": np.logical_and, "Or": np.logical_or,
    "Xor": np.logical_xor}


@op("Equal Less Greater LessOrEqual GreaterOrEqual And Or Xor", 7, 19)
def _compare(node: Node, a: Value, b: Value) -> np.ndarray:
    """Boolean results carry no gradient: computed in numpy, from the tensors' values."""
    same_dtype(node, a, b)
    return _NP_COMPARE[node.op_type](np.asarray(a), np.asarray(b))


@op("Not", 1, 1)
def _not(node: Node, x: Value) -> np.ndarray:
    return np.logical_not(np.asarray(x))


def _b_where(c: Any, a: Any, b: Any, shape: tuple[int, ...]) -> Any:
    return L.elementwise(lambda c, a, b: dsl.if_then_else(c, a, b), [c, a, b], shape,
                         name="where")


@op("Where", 9, 16)
def _where(node: Node, c: Value, a: Value, b: Value) -> Value:
    same_dtype(node, a, b)
    c = np.asarray(c)
    if c.dtype != np.bool_:
        raise node.error(f"input 'condition' must be bool, got {c.dtype}")
    shape = _broadcast(node, c, a, b)
    if (not is_t(a) and not is_t(b)) or not math.prod(shape):
        return np.where(c, np.asarray(a), np.asarray(b))
    return F.apply("where", _b_where, [Tensor(c), lift(node, a), lift(node, b)], (shape,))


# ----------------------------------------------------------------------------- linear algebra

def _matmul2(node: Node, a: Tensor, b: Tensor) -> Tensor:
    """numpy matmul of operands with at least 2 dims each."""
    ba, bb = a.shape[:-2], b.shape[:-2]
    if a.shape[-1] != b.shape[-2]:
        raise node.error(f"inner dimensions differ: {list(a.shape)} @ {list(b.shape)}")
    try:
        batch = tuple(np.broadcast_shapes(ba, bb))
    except ValueError:
        raise node.error(f"batch dims of {list(a.shape)} and {list(b.shape)} don't "
                         "broadcast") from None
    m, n = a.shape[-2], b.shape[-1]
    if math.prod(bb) == 1:  # (..., m, k) @ (k, n)
        y = F.matmul(a, reshape(b, b.shape[-2:]))
    elif math.prod(ba) == 1:  # (m, k) @ (..., k, n) = ((..., n, k) @ (k, m))^T
        bt = F.permute(b, [*range(b.ndim - 2), b.ndim - 1, b.ndim - 2])
        y = F.matmul(bt, F.permute(reshape(a, a.shape[-2:]), [1, 0]))
        y = F.permute(y, [*range(y.ndim - 2), y.ndim - 1, y.ndim - 2])
    else:  # both batched: broadcast both to the batch, one batched matmul
        k = a.shape[-1]
        a, b = broadcast_to(a, (*batch, m, k)), broadcast_to(b, (*batch, k, n))
        y = F.matmul(reshape(a, (-1, m, k)), reshape(b, (-1, k, n)))
    return reshape(y, (*batch, m, n))


@op("MatMul", 1, 13)
def _matmul(node: Node, a: Value, b: Value) -> Value:
    same_dtype(node, a, b)
    if not is_t(a) and not is_t(b) and not is_float(a):
        return np.matmul(a, b)
    if a.ndim == 0 or b.ndim == 0:
        raise node.error("MatMul operands must have at least one dim")

    def mm(a: Tensor, b: Tensor) -> Tensor:
        a2 = F.unsqueeze(a, 0) if a.ndim == 1 else a
        b2 = F.unsqueeze(b, 1) if b.ndim == 1 else b
        y = _matmul2(node, a2, b2)
        if b.ndim == 1:
            y = F.squeeze(y, -1)
        if a.ndim == 1:
            y = F.squeeze(y, -2 if b.ndim > 1 else -1)
        return y
    return on_const(mm, node, a, b)


@op("Gemm", 7, 13, "alpha beta transA transB")
def _gemm(node: Node, a: Value, b: Value, c: Value = None) -> Value:
    same_dtype(node, a, b, c)
    alpha, beta = float(node.attr("alpha", 1.0)), float(node.attr("beta", 1.0))
    ta, tb = int(node.attr("transA", 0)), int(node.attr("transB", 0))
    if a.ndim != 2 or b.ndim != 2:
        raise node.error(f"A and B must be 2-D, got {list(a.shape)} and {list(b.shape)}")
    k_a = a.shape[0] if ta else a.shape[1]
    k_b = b.shape[1] if tb else b.shape[0]
    if k_a != k_b:
        raise node.error(f"inner dimensions differ: A {list(a.shape)} (transA={ta}) and B "
                         f"{list(b.shape)} (transB={tb})")

    def gemm(a: Tensor, b: Tensor, c: Tensor | None) -> Tensor:
        a = F.permute(a, [1, 0]) if ta else a
        # transB: B is stored (N, K) as a Linear layer's weight; linear reads it in place
        y = F.linear(a, b) if tb else F.matmul(a, b)
        if alpha != 1.0:
            y = y * alpha
        if c is not None and beta != 0.0:
            y = arith(node, "Add", y, c if beta == 1.0 else arith(node, "Mul", c, beta))
        return y
    return on_const(gemm, node, a, b, c)


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
    return _permute(x, perm)


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
        x = take(x, i, a) if lo or hi else x
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
    return take(x, ind, axis)


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
            y = take(y, np.arange(*s.indices(x.shape[a])), a)
    return y


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
    if code not in ONNX_DTYPES:
        raise node.unsupported(f"to={dtype_name(code)}: tcomp.onnx casts to float32, float64, "
                               "bool and the integer types")
    dt = np.dtype(ONNX_DTYPES[code])
    if not is_t(x):
        return np.asarray(x).astype(dt)
    if dt in FLOAT_DTYPES:
        return F.cast(x, dt)
    if dt.kind in "iub":  # leaves the differentiable graph: truncates like C, as ONNX
        return np.asarray(x.data).astype(dt)
    raise node.unsupported(f"casting a tensor to {dt}: tcomp computes in float32/float64")


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


__all__ = [
    "ONNX_DTYPES",
    "OPS",
    "Node",
    "OnnxError",
    "OpDef",
    "UnsupportedOnnxError",
    "Value",
    "arith",
    "axes_of",
    "axis_of",
    "const",
    "ints",
    "is_float",
    "is_t",
    "lift",
    "on_const",
    "op",
    "reshape",
    "same_dtype",
]
