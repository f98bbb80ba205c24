"""ONNX operators as tcomp.nn ops: one handler per op type, with the op versions and attributes
it implements (layer 9). This module holds the registry (``OPS``), the value helpers, and the
elementwise and linear-algebra handlers; ``shape_ops``, ``nn_ops`` and ``pool_ops`` hold the rest.

A value flowing through an imported graph is one of two things:

- a numpy array: known without running a kernel. Constants, integer initializers, integer
  and boolean graph inputs, and whatever is computed from such values alone. Shape subgraphs
  (Shape -> Gather -> Concat -> Reshape) run on these in numpy, at load time when their
  inputs are constants;
- an ``nn.Tensor``: a float32 or float64 value that depends on a graph input or a trained
  initializer. Handlers run ``tcomp.nn.functional`` ops on these, so the graph is
  differentiable wherever tcomp's ops are. A comparison or logical op on such a value and
  MaxPool's Indices of one are tcomp ops too (bool and int64 Tensors, no gradient), so that
  ``tcomp.onnx.export`` traces them; the ops outside ``MASK_OPS`` get their values as numpy.

A handler receives the node and its inputs (None for an omitted optional input) and returns
a value or a tuple of values, one per output it computes. Float handlers given only numpy
inputs run the same tcomp op on them (``on_const``), so there is one definition per op.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..errors import TcompError
from ..nn import functional as F
from ..nn.tensor import FLOAT_DTYPES, Tensor, no_grad
from ..ops.common import elementwise, shape_of

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


# Element types held in a wider numpy type while a graph runs (by the name of the numpy
# dtype onnx gives them; ml_dtypes' for all but float16): the small floats in float32, the
# 4- and 2-bit integers in 8 bits. Graph outputs of these types are rounded back at the end.
NARROW_FLOATS = frozenset(("float16", "bfloat16", "float8_e4m3fn", "float8_e4m3fnuz",
                           "float8_e5m2", "float8_e5m2fnuz", "float4_e2m1fn", "float8_e8m0fnu"))
NARROW_INTS = {"int4": np.int8, "int2": np.int8, "uint4": np.uint8, "uint2": np.uint8}
_ML_DTYPES = range(16, 27)  # BFLOAT16 .. INT2: the codes onnx maps to ml_dtypes' types


def onnx_dtype(code: int) -> np.dtype | None:
    """The numpy dtype of ONNX element type ``code`` (ml_dtypes' for bfloat16, the float8
    and float4 types and the 4- and 2-bit integers), None for strings and complex numbers."""
    if code in ONNX_DTYPES:
        return np.dtype(ONNX_DTYPES[code])
    if code not in _ML_DTYPES:
        return None
    import onnx

    return np.dtype(onnx.helper.tensor_dtype_to_np_dtype(code))


def is_narrow(dt: np.dtype | None) -> bool:
    return dt is not None and (dt.name in NARROW_FLOATS or dt.name in NARROW_INTS)


def widen(arr: np.ndarray) -> np.ndarray:
    """A float16, bfloat16, float8 or float4 array as float32, a 4- or 2-bit integer array
    as 8 bits (tcomp computes in the wider type, rounding to the narrow one only at the
    graph's outputs and in a Cast); other arrays as they are."""
    name = arr.dtype.name
    if name in NARROW_FLOATS:
        return arr.astype(np.float32)
    return arr.astype(NARROW_INTS[name]) if name in NARROW_INTS else arr


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
    """``fn`` on the values, as Tensors; a numpy result (a tuple of them, for a tuple) when
    no input was a Tensor."""
    if any(is_t(v) for v in vals if v is not None):
        return fn(*[None if v is None else lift(node, v) for v in vals])
    with no_grad():
        out = fn(*[None if v is None else lift(node, v) for v in vals])
    if isinstance(out, tuple):
        return tuple(np.array(o.numpy(), copy=True) for o in out)
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
    """``x`` with ``widths[axis] = (before, after)`` elements of ``fill`` on each side: one
    ``F.pad`` (one ONNX Pad on export, whatever the batch size). A Tensor ``fill`` is selected
    into the zero-padded ``x`` by a constant mask, so its gradient is the sum over the pads."""
    pads = [widths.get(a, (0, 0)) for a in range(x.ndim)]
    if not is_t(x) and not is_t(fill):
        return np.pad(x, pads, constant_values=fill)
    x = x if is_t(x) else Tensor(np.asarray(x))
    flat = [w for p in reversed(pads) for w in p]
    if not is_t(fill):
        return F.pad(x, flat, value=float(fill))
    # the mask has size 1 on the axes not padded: no constant of the batch's size
    inside = np.pad(np.ones([n if any(p) else 1 for n, p in zip(x.shape, pads, strict=True)],
                            bool), pads)
    return F.apply("where", build_where, [Tensor(inside), F.pad(x, flat), F.reshape(fill, ())])


def permute(x: Value, perm: list[int]) -> Value:
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
# the names of the functional ops, looked up when called: tcomp.onnx.export follows the
# functional ops by wrapping them in their module
_F_BINARY = {"Add": "add", "Sub": "sub", "Mul": "mul", "Div": "div", "Pow": "pow",
             "Max": "maximum", "Min": "minimum"}


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
            return getattr(F, _F_BINARY[kind])(*((s, other) if v is a else (other, s)))
    return getattr(F, _F_BINARY[kind])(lift(node, a), lift(node, b))


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


def build_erf(x: Any) -> Any:
    return elementwise(dsl.erf, [x], shape_of(x), name="erf")


_UNARY: dict[str, Callable[[Tensor], Tensor]] = {  # late-bound, as _F_BINARY
    "Relu": lambda x: F.relu(x), "Sigmoid": lambda x: F.sigmoid(x),
    "Tanh": lambda x: F.tanh(x), "Exp": lambda x: F.exp(x), "Log": lambda x: F.log(x),
    "Sqrt": lambda x: F.sqrt(x), "Neg": lambda x: F.neg(x), "Abs": lambda x: F.abs(x),
    "Reciprocal": lambda x: F.div(1.0, x), "Erf": lambda x: F.apply("erf", build_erf, [x])}
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
    "Xor": np.logical_xor, "Not": np.logical_not}
_DSL_LOGIC: dict[str, Callable[..., Any]] = {
    "Equal": dsl.equal, "Less": lambda a, b: a < b, "Greater": lambda a, b: a > b,
    "LessOrEqual": lambda a, b: a <= b, "GreaterOrEqual": lambda a, b: a >= b,
    "And": dsl.logical_and, "Or": dsl.logical_or, "Xor": dsl.not_equal,
    "Not": dsl.logical_not}
# the ops that take a bool or integer Tensor (a mask or indices the forward computes) as it
# is; the others get its values as a numpy array (tcomp.onnx.export: a constant)
MASK_OPS = frozenset([*_NP_COMPARE, "Where", "Cast", "Identity"])


def _broadcast_shape(ts: tuple[Any, ...]) -> tuple[Any, ...]:
    """The numpy broadcast of DSL tensors' shapes (a dim may be symbolic)."""
    shapes = [shape_of(t) for t in ts]
    nd = max(len(s) for s in shapes)
    dims = zip(*[(1,) * (nd - len(s)) + s for s in shapes], strict=True)
    return tuple(next((d for d in ds if not isinstance(d, int) or d != 1), 1) for ds in dims)


def build_logic(*args: Any) -> Any:
    """ONNX's comparison or logical op (the last argument, by its ONNX name) on the inputs,
    broadcast: a bool tensor."""
    *xs, kind = args
    return elementwise(_DSL_LOGIC[kind], xs, _broadcast_shape(tuple(xs)), name=kind.lower())


@op("Equal Less Greater LessOrEqual GreaterOrEqual And Or Xor", 7, 19)
@op("Not", 1, 1)
def _logic(node: Node, *xs: Value) -> Value:
    """Numpy on constants; a tcomp op (no gradient) on a Tensor the forward computes, so that
    tcomp.onnx.export writes the node."""
    same_dtype(node, *xs)
    shape = _broadcast(node, *xs)
    if not any(is_t(x) for x in xs) or not math.prod(shape):
        return _NP_COMPARE[node.op_type](*(np.asarray(x) for x in xs))
    with no_grad():
        return F.apply(node.op_type.lower(), build_logic,
                       [x if is_t(x) else Tensor(np.asarray(x)) for x in xs], (node.op_type,))


def build_where(c: Any, a: Any, b: Any) -> Any:
    """``c ? a : b`` broadcast (numpy rules, checked by the caller): the shape comes from the
    inputs, not an attribute, so an export with a dynamic batch has one op for every batch."""
    return elementwise(lambda c, a, b: dsl.if_then_else(c, a, b), [c, a, b],
                       _broadcast_shape((c, a, b)), name="where")


@op("Where", 9, 16)
def _where(node: Node, c: Value, a: Value, b: Value) -> Value:
    same_dtype(node, a, b)
    if c.dtype != np.bool_:
        raise node.error(f"input 'condition' must be bool, got {c.dtype}")
    shape = _broadcast(node, c, a, b)
    if not any(is_t(v) for v in (c, a, b)) or not is_float(a) or not math.prod(shape):
        return np.where(np.asarray(c), np.asarray(a), np.asarray(b))
    return F.apply("where", build_where, [c if is_t(c) else Tensor(c), lift(node, a),
                                          lift(node, b)])


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


__all__ = [
    "MASK_OPS", "ONNX_DTYPES", "OPS", "Node", "OnnxError", "OpDef", "UnsupportedOnnxError",
    "Value", "arith", "axes_of", "axis_of", "broadcast_to", "build_erf", "build_logic",
    "build_where", "const", "dtype_name", "ints", "is_float", "is_narrow", "is_t", "lift",
    "on_const", "onnx_dtype", "op", "pad", "permute", "reshape", "same_dtype", "widen",
]
