"""Differentiable nn operations on ``nn.Tensor``; each runs a tcomp kernel built from a DSL
definition in ``tcomp.ops`` and differentiates through ``tcomp.autodiff`` (layer 9).
"""

from __future__ import annotations

import builtins
import math
import operator
from collections.abc import Sequence
from typing import Any

import numpy as np

from .. import dtypes
from ..dsl import ops as dsl
from ..errors import (
    ArgumentTypeError,
    ArgumentValueError,
    DSLShapeError,
    DSLTypeError,
    TensorIndexError,
)
from ..ir import expr as E
from ..ops import layers as L
from ..ops.axes import normalize_axes, normalize_axis
from ..ops.nn import dense as _dsl_dense
from ..ops.nn import matmul as _dsl_matmul
from ..runtime.cuda import DeviceArray
from . import device as _dev
from . import kernels, lazy
from .tensor import FLOAT_DTYPES, Tensor, _shape_str, make_result, no_grad


def _t(x: Any, like: Tensor | None = None) -> Tensor:
    if isinstance(x, Tensor):
        return x
    return Tensor(np.asarray(x, dtype=like.dtype if like is not None else None))


def _need_float(name: str, *ts: Tensor) -> None:
    for t in ts:
        if t.dtype not in FLOAT_DTYPES:
            raise DSLTypeError(f"{name}: needs a float32/float64 tensor, got {t.dtype} "
                               f"{_shape_str(t.shape)}; cast it with .astype('float32')")


def _same_dtype(name: str, a: Tensor, b: Tensor) -> None:
    if a.dtype != b.dtype:
        raise DSLTypeError(f"{name}: dtypes differ: {a.dtype} {_shape_str(a.shape)} and "
                           f"{b.dtype} {_shape_str(b.shape)}; cast one with .astype()")


def apply(name: str, builder: Any, inputs: Sequence[Tensor], attrs: tuple[Any, ...] = ()
          ) -> Tensor:
    """Run the compiled op ``builder(*placeholders, *attrs)`` on ``inputs`` and tape it."""
    if _dev.USED[0] and _dev.common(name, inputs) == "cuda":
        return _apply_cuda(name, builder, inputs, attrs)
    arrays = [kernels.c_array(t.data) for t in inputs]
    op = kernels.get_op(name, builder, arrays, attrs)
    out = op.forward(arrays)

    def backward(g: np.ndarray) -> list[np.ndarray | None]:
        g = kernels.c_array(g, op.out_dtype)
        return [op.backward(k, arrays, g) if t.requires_grad else None
                for k, t in enumerate(inputs)]

    return make_result(out, name, inputs, backward)


def _apply_cuda(name: str, builder: Any, inputs: Sequence[Tensor], attrs: tuple[Any, ...]
                ) -> Tensor:
    """``apply`` on cuda tensors: GPU kernels on device arrays, nothing copied to the host."""
    arrays = [t.data for t in inputs]
    op = kernels.get_op(name, builder, arrays, attrs, device="cuda")
    out = op.forward(arrays)

    def backward(g: Any) -> list[Any]:
        return [op.backward(k, arrays, g) if t.requires_grad else None
                for k, t in enumerate(inputs)]

    return make_result(out, name, inputs, backward)


def _lazy(*ts: Tensor) -> bool:
    """Lazy fusion is on and no input is a cuda tensor (those run eagerly)."""
    return lazy._ENABLED[0] and not (_dev.USED[0] and builtins.any(
        type(t._data) is DeviceArray for t in ts))


def _on_cuda(*ts: Tensor) -> bool:
    return _dev.USED[0] and builtins.any(type(t._data) is DeviceArray for t in ts)


# ----------------------------------------------------------------------------- builders


def _b_unary(x: Any, op: str) -> Any:
    return L.elementwise(lazy.UNARY[op], [x], L.shape_of(x), name=op)


def _b_scalar(x: Any, op: str, c: float, rev: bool) -> Any:
    return L.elementwise(lazy.scalar_fn(op, c, rev), [x], L.shape_of(x), name=op)


def _b_binary(a: Any, b: Any, op: str, out_shape: tuple[int, ...]) -> Any:
    return L.elementwise(lazy.BINARY[op], [a, b], out_shape, name=op)


def _b_cast(x: Any, dt: str) -> Any:
    return L.elementwise(lambda v: dsl.cast(dt, v), [x], L.shape_of(x), name="cast")


def _b_permute(x: Any, axes: tuple[int, ...]) -> Any:
    shp = L.shape_of(x)
    inv = [axes.index(d) for d in range(len(axes))]
    return dsl.compute(tuple(shp[a] for a in axes), lambda *i: x[tuple(i[inv[d]] for d in
                                                                       range(len(axes)))],
                       name="permute")


def _b_slice(x: Any, spec: tuple[tuple[int, int, int], ...], drop: tuple[int, ...]) -> Any:
    # spec per input dim: (start, step, length); dims in ``drop`` are integer indices
    out_shape = tuple(n for d, (_, _, n) in enumerate(spec) if d not in drop)

    def body(*i: E.Var) -> E.Expr:
        it = iter(i)
        idx = [start if d in drop else start + step * next(it)
               for d, (start, step, _) in enumerate(spec)]
        return x[tuple(idx)]
    return dsl.compute(out_shape, body, name="slice")


def _b_concat(*args: Any) -> Any:
    *xs, axis = args
    shapes = [L.shape_of(x) for x in xs]
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


def _anchored(name: str, builder: Any, inputs: list[Tensor], attrs: tuple[Any, ...] = ()
              ) -> Tensor:
    """A matmul-like op: pending (fusable into its consumer's epilogue) when lazy."""
    if _lazy(*inputs):
        return lazy.anchor(name, builder, inputs, attrs)
    return apply(name, builder, inputs, attrs)


def _b_matmul(a: Any, b: Any) -> Any:
    return _dsl_matmul(a, b, name="matmul")


def _b_linear(x: Any, w: Any) -> Any:
    return _dsl_dense(x, w, name="linear")


# ----------------------------------------------------------------------------- elementwise


def _unary(x: Any, op: str) -> Tensor:
    x = _t(x)
    _need_float(op, x)
    if _lazy(x):
        return lazy.elementwise(op, (), [x], x.shape, x.dtype)
    return apply(op, _b_unary, [x], (op,))


def neg(x: Any) -> Tensor: return _unary(x, "neg")
def exp(x: Any) -> Tensor: return _unary(x, "exp")
def log(x: Any) -> Tensor: return _unary(x, "log")
def sqrt(x: Any) -> Tensor: return _unary(x, "sqrt")
def tanh(x: Any) -> Tensor: return _unary(x, "tanh")
def sigmoid(x: Any) -> Tensor: return _unary(x, "sigmoid")
def relu(x: Any) -> Tensor: return _unary(x, "relu")
def gelu_op(approximate: str) -> str:
    """The elementwise op of ``gelu(approximate=...)``; anything but 'none' or 'tanh' is an
    error naming the argument."""
    if approximate not in ("none", "tanh"):
        raise ArgumentValueError(f"gelu: approximate must be 'none' or 'tanh', got "
                                 f"{approximate!r}")
    return "gelu" if approximate == "none" else "gelu_tanh"


def gelu(x: Any, approximate: str = "none") -> Tensor:
    """GELU, exact (``x * Phi(x)`` through erf) or PyTorch's ``approximate="tanh"`` form."""
    return _unary(x, gelu_op(approximate))
def abs(x: Any) -> Tensor: return _unary(x, "abs")


def _binary(a: Any, b: Any, op: str) -> Tensor:
    if not isinstance(a, Tensor) and np.ndim(a) == 0:
        return _scalar(_t(b), op, float(a), True)
    if not isinstance(b, Tensor) and np.ndim(b) == 0:
        return _scalar(_t(a), op, float(b), False)
    a, b = _t(a), _t(b)
    _need_float(op, a, b)
    _same_dtype(op, a, b)
    try:
        shape = np.broadcast_shapes(a.shape, b.shape)
    except ValueError:
        raise DSLShapeError(f"{op}: shapes {_shape_str(a.shape)} and {_shape_str(b.shape)} "
                            "don't broadcast (numpy rules: trailing dims equal or 1)") from None
    if _lazy(a, b):
        return lazy.elementwise(op, (), [a, b], tuple(shape), a.dtype)
    return apply(op, _b_binary, [a, b], (op, tuple(shape)))


def _scalar(x: Tensor, op: str, c: float, rev: bool) -> Tensor:
    _need_float(op, x)
    if _lazy(x):
        return lazy.elementwise("scalar", (op, c, rev), [x], x.shape, x.dtype)
    return apply(op, _b_scalar, [x], (op, c, rev))


def add(a: Any, b: Any) -> Tensor: return _binary(a, b, "add")
def sub(a: Any, b: Any) -> Tensor: return _binary(a, b, "sub")
def mul(a: Any, b: Any) -> Tensor: return _binary(a, b, "mul")
def div(a: Any, b: Any) -> Tensor: return _binary(a, b, "div")
def pow(a: Any, b: Any) -> Tensor: return _binary(a, b, "pow")
def maximum(a: Any, b: Any) -> Tensor: return _binary(a, b, "maximum")
def minimum(a: Any, b: Any) -> Tensor: return _binary(a, b, "minimum")


def cast(x: Tensor, dtype: Any) -> Tensor:
    """Convert to ``dtype`` (differentiable between float types)."""
    dt = str(dtypes.as_dtype(dtype))
    if str(x.dtype) == dt:
        return x
    if _lazy(x):
        return lazy.elementwise("cast", (dt,), [x], x.shape, np.dtype(dt))
    return apply("cast", _b_cast, [x], (dt,))


# ----------------------------------------------------------------------------- reductions


def _axes(x: Tensor, axis: Any, op: str) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(x.ndim))
    return tuple(sorted(normalize_axes(axis, x.ndim, op, "axis", x.shape)))


def _reduce(x: Any, axis: Any, keepdims: bool, kind: str) -> Tensor:
    x = _t(x)
    _need_float(kind, x)
    axes = _axes(x, axis, kind)
    if not keepdims and len(axes) == x.ndim and x.ndim and _on_cuda(x):
        # a GPU kernel needs a spatial axis to bind: reduce a [1, n] view to [1], then view
        # the result as 0-d
        y = apply(kind, L.reduce, [reshape(x, (1, x.size))], ((1,), kind, False))
        return reshape(y, ())
    return apply(kind, L.reduce, [x], (axes, kind, keepdims))


_UNSET: Any = object()


def torch_names(op: str, axis: Any, keepdims: Any, dim: Any, keepdim: Any,
                axis_default: Any = None) -> tuple[Any, bool]:
    """``axis``/``keepdims`` (numpy's names) or ``dim``/``keepdim`` (PyTorch's), one of each
    pair at most; the error names the pair given twice."""
    if dim is not _UNSET:
        if axis is not _UNSET:
            raise ArgumentValueError(f"{op}: give axis= or dim= (the same thing), not both")
        axis = dim
    if keepdim is not _UNSET:
        if keepdims is not _UNSET:
            raise ArgumentValueError(f"{op}: give keepdims= or keepdim= (the same thing), not "
                                     "both")
        keepdims = keepdim
    return (axis_default if axis is _UNSET else axis,
            False if keepdims is _UNSET else bool(keepdims))


def sum(x: Any, axis: Any = _UNSET, keepdims: Any = _UNSET, *, dim: Any = _UNSET,
        keepdim: Any = _UNSET) -> Tensor:
    """Sum over ``axis`` (all axes if None); ``dim``/``keepdim`` are PyTorch's names."""
    axis, keepdims = torch_names("sum", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "sum")


def mean(x: Any, axis: Any = _UNSET, keepdims: Any = _UNSET, *, dim: Any = _UNSET,
         keepdim: Any = _UNSET) -> Tensor:
    axis, keepdims = torch_names("mean", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "mean")


def max(x: Any, axis: Any = _UNSET, keepdims: Any = _UNSET, *, dim: Any = _UNSET,
        keepdim: Any = _UNSET) -> Tensor:
    axis, keepdims = torch_names("max", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "max")


def min(x: Any, axis: Any = _UNSET, keepdims: Any = _UNSET, *, dim: Any = _UNSET,
        keepdim: Any = _UNSET) -> Tensor:
    axis, keepdims = torch_names("min", axis, keepdims, dim, keepdim)
    return _reduce(x, axis, keepdims, "min")


def clamp(x: Any, min: Any = None, max: Any = None) -> Tensor:
    """``x`` limited to ``[min, max]`` (either bound may be None, not both); the gradient
    passes where ``x`` is inside."""
    if min is None and max is None:
        raise ArgumentValueError("clamp: give min=, max= or both")
    x = _t(x)
    if min is not None:
        x = maximum(x, min)
    if max is not None:
        x = minimum(x, max)
    return x


def var(x: Any, axis: Any = _UNSET, keepdims: Any = _UNSET, correction: int = 0, *,
        dim: Any = _UNSET, keepdim: Any = _UNSET) -> Tensor:
    axis, keepdims = torch_names("var", axis, keepdims, dim, keepdim)
    x = _t(x)
    _need_float("var", x)
    return apply("var", L.var, [x], (_axes(x, axis, "var"), keepdims, correction))


# ----------------------------------------------------------------------------- shapes


def reshape(x: Tensor, shape: Sequence[int]) -> Tensor:
    """A view with a new shape (numpy reshape; the gradient is reshaped back). A pending
    ``x`` stays pending (``lazy.view``): elementwise ops on the view can still fuse."""
    if x._pending is not None:
        new = _reshaped(x.shape, tuple(shape))
        if new is None:
            raise DSLShapeError(f"reshape: can't reshape {_shape_str(x.shape)} "
                                f"({x.size} elements) into {list(shape)}")
        return lazy.view(x, new)
    try:
        data = x.data.reshape(tuple(shape))
    except ValueError:
        raise DSLShapeError(f"reshape: can't reshape {_shape_str(x.shape)} "
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
                            f"{_shape_str(x.shape)} has {x.ndim} axes; list each axis once")
    axes = normalize_axes(given, x.ndim, "permute", "axes", x.shape)
    if axes == tuple(range(x.ndim)):
        return x
    return apply("permute", _b_permute, [x], (axes,))


def getitem(x: Tensor, idx: Any) -> Tensor:
    """Basic indexing: ints and slices (steps > 0); runs a gather kernel."""
    if not isinstance(idx, tuple):
        idx = (idx,)
    if any(i is Ellipsis or i is None or isinstance(i, (list, np.ndarray, Tensor))
           for i in idx) or len(idx) > x.ndim:
        cls = TensorIndexError if len(idx) > x.ndim else DSLShapeError
        raise cls(f"indexing a tensor of shape {_shape_str(x.shape)} with {idx!r}: "
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
        raise DSLShapeError(f"indexing {_shape_str(x.shape)} with {idx!r} gives an empty tensor")
    if not drop and all(s == 0 and st == 1 and n == x.shape[d]
                        for d, (s, st, n) in enumerate(spec)):
        return x
    return apply("slice", _b_slice, [x], (tuple(spec), tuple(drop)))


def concat(xs: Sequence[Tensor], axis: int = 0) -> Tensor:
    xs = [_t(x) for x in xs]
    if not xs:
        raise DSLShapeError("concat: needs at least one tensor")
    axis = normalize_axis(axis, xs[0].ndim, "concat", "axis", xs[0].shape)
    for x in xs[1:]:
        _same_dtype("concat", xs[0], x)
        if x.ndim != xs[0].ndim or any(a != b for d, (a, b) in enumerate(
                zip(x.shape, xs[0].shape, strict=False)) if d != axis):
            raise DSLShapeError(f"concat: shapes {_shape_str(xs[0].shape)} and "
                                f"{_shape_str(x.shape)} differ outside axis {axis}")
    return apply("concat", _b_concat, xs, (axis,))


# ----------------------------------------------------------------------------- linear algebra


def matmul(a: Any, b: Any) -> Tensor:
    """``a @ b`` for 2-D operands, batched 3-D operands, or (..., k) @ (k, m)."""
    a, b = _t(a), _t(b)
    _need_float("matmul", a, b)
    _same_dtype("matmul", a, b)
    if a.ndim >= 2 and b.ndim == 2:
        if a.shape[-1] != b.shape[0]:
            raise DSLShapeError(f"matmul: inner dimensions differ: {_shape_str(a.shape)} @ "
                                f"{_shape_str(b.shape)}")
        if a.ndim > 2:
            out = matmul(reshape(a, (-1, a.shape[-1])), b)
            return reshape(out, (*a.shape[:-1], b.shape[1]))
        return _anchored("matmul", _b_matmul, [a, b])
    if a.ndim == 3 and b.ndim == 3:
        if a.shape[0] != b.shape[0] or a.shape[2] != b.shape[1]:
            raise DSLShapeError(f"matmul: batched shapes don't match: {_shape_str(a.shape)} @ "
                                f"{_shape_str(b.shape)}")
        return apply("bmm", L.batch_matmul, [a, b])
    raise DSLShapeError(f"matmul: unsupported operand shapes {_shape_str(a.shape)} @ "
                        f"{_shape_str(b.shape)} (2-D @ 2-D, N-D @ 2-D or 3-D @ 3-D)")


def linear(x: Tensor, w: Tensor, b: Tensor | None = None) -> Tensor:
    """``x @ w.T + b`` with ``w`` of shape (out, in); 2-D inputs use one kernel that reads
    ``w`` as stored (no transposed copy, forward or backward)."""
    x, w = _t(x), _t(w)
    if x.ndim >= 2 and w.ndim == 2:
        _need_float("linear", x, w)
        _same_dtype("linear", x, w)
        if x.shape[-1] != w.shape[1]:
            raise DSLShapeError(f"linear: input {_shape_str(x.shape)} and weight "
                                f"{_shape_str(w.shape)} differ in the last dimension")
        if x.ndim > 2:  # (..., in) as rows: the same kernels, the bias in their epilogue
            y = linear(reshape(x, (-1, x.shape[-1])), w, b)
            return reshape(y, (*x.shape[:-1], w.shape[0]))
        y = _anchored("linear", _b_linear, [x, w])
    else:
        y = matmul(x, w.T)
    return y if b is None else y + b


def conv2d(x: Tensor, w: Tensor, b: Tensor | None = None, stride: int = 1, padding: int = 0,
           dilation: int = 1, groups: int = 1) -> Tensor:
    _need_float("conv2d", x, w)
    _same_dtype("conv2d", x, w)
    if x.ndim != 4 or w.ndim != 4:
        raise DSLShapeError(f"conv2d: expects NCHW input and OIHW weight, got "
                            f"{_shape_str(x.shape)} and {_shape_str(w.shape)}")
    attrs = tuple(tuple(a) if isinstance(a, list) else a for a in (stride, padding, dilation,
                                                                   groups))
    y = _anchored("conv2d", L.conv2d, [x, w], attrs)
    return y if b is None else y + reshape(b, (1, -1, 1, 1))


def max_pool2d(x: Tensor, kernel: int, stride: int | None = None) -> Tensor:
    _need_float("max_pool2d", x)
    return apply("max_pool2d", L.pool2d, [x], (kernel, stride or kernel, "max"))


def avg_pool2d(x: Tensor, kernel: int, stride: int | None = None) -> Tensor:
    _need_float("avg_pool2d", x)
    return apply("avg_pool2d", L.pool2d, [x], (kernel, stride or kernel, "avg"))


def softmax(x: Tensor, axis: Any = _UNSET, *, dim: Any = _UNSET) -> Tensor:
    """Softmax along ``axis`` (default the last; ``dim=`` is PyTorch's name)."""
    axis, _ = torch_names("softmax", axis, _UNSET, dim, _UNSET, -1)
    return _last_axis(x, axis, False)


def log_softmax(x: Tensor, axis: Any = _UNSET, *, dim: Any = _UNSET) -> Tensor:
    axis, _ = torch_names("log_softmax", axis, _UNSET, dim, _UNSET, -1)
    return _last_axis(x, axis, True)


def _last_axis(x: Tensor, axis: int, log_: bool) -> Tensor:
    name = "log_softmax" if log_ else "softmax"
    _need_float(name, x)
    axis = normalize_axis(axis, x.ndim, name, "axis", x.shape)
    if axis != x.ndim - 1:
        perm = [d for d in range(x.ndim) if d != axis] + [axis]
        y = _last_axis(permute(x, perm), -1, log_)
        return permute(y, [perm.index(d) for d in range(x.ndim)])
    return apply("log_softmax" if log_ else "softmax", L.softmax_last, [x], (log_,))


def layer_norm(x: Tensor, w: Tensor, b: Tensor, eps: float = 1e-5) -> Tensor:
    _need_float("layer_norm", x, w, b)
    _same_dtype("layer_norm", x, w)
    _same_dtype("layer_norm", x, b)
    if x.ndim == 0:
        raise DSLShapeError("layer_norm: the input is 0-d; it normalises over the last axis, "
                            "so give it at least one axis (x.reshape(1, -1))")
    if w.shape != (x.shape[-1],) or b.shape != (x.shape[-1],):
        raise DSLShapeError(f"layer_norm: weight {_shape_str(w.shape)} and bias "
                            f"{_shape_str(b.shape)} must match the last dim of "
                            f"{_shape_str(x.shape)}")
    return apply("layer_norm", L.layer_norm, [x, w, b], (float(eps),))


def embedding(idx: Any, w: Tensor) -> Tensor:
    idx = _t(idx)
    if idx.dtype.kind not in "iu":
        raise DSLTypeError(f"embedding: indices must be integers, got {idx.dtype} "
                           f"{_shape_str(idx.shape)}")
    if idx.size and not _on_cuda(idx) and (idx.data.min() < 0 or idx.data.max() >= w.shape[0]):
        bad = idx.data.min() if idx.data.min() < 0 else idx.data.max()
        raise TensorIndexError(f"embedding: index {bad} is out of range for a table of "
                               f"{w.shape[0]} rows (expected indices in [0, {w.shape[0] - 1}])")
    return apply("embedding", L.embedding, [w, idx])


_REDUCTIONS = ("mean", "sum", "none")


def check_reduction(name: str, reduction: str) -> str:
    """``reduction`` if it is 'mean', 'sum' or 'none', else an error naming ``name``."""
    if reduction not in _REDUCTIONS:
        raise ArgumentValueError(f"{name}: reduction must be 'mean', 'sum' or 'none', got "
                                 f"{reduction!r}")
    return reduction


def _reduce_loss(loss: Tensor, reduction: str) -> Tensor:
    return loss if reduction == "none" else sum(loss) if reduction == "sum" else mean(loss)


def _class_loss(name: str, x: Any, target: Any, weight: Any, ignore_index: int, reduction: str,
                smoothing: float, logits: bool) -> Tensor:
    """``cross_entropy`` (``logits``) or ``nll_loss`` of ``x`` (N, C, d1, ...) or (C) and
    class ids ``target`` (N, d1, ...) or (): a DSL op over rows of classes (and, for the
    mean, one for its divisor)."""
    x, target = _t(x), _t(target)
    _need_float(name, x)
    check_reduction(name, reduction)
    if not 0.0 <= smoothing <= 1.0:
        raise ArgumentValueError(f"{name}: label_smoothing must be in [0, 1], got {smoothing}")
    c = x.shape[1] if x.ndim > 1 else x.shape[0] if x.ndim else 0
    ins = [x, target]
    if weight is not None:
        ins.append(_t(weight))
        _same_dtype(name, x, ins[2])
        if ins[2].shape != (c,):
            raise DSLShapeError(f"{name}: weight {_shape_str(ins[2].shape)} needs one entry "
                                f"per class of input {_shape_str(x.shape)}: shape [{c}]")
    if logits and target.dtype.kind == "f" and target.shape == x.shape and x.ndim:
        # class probabilities (soft labels): -sum_c w[c] p[c] log_softmax(x)[c] per row
        _same_dtype(name, x, target)
        axis, p = int(x.ndim > 1), target * (1.0 - smoothing) + smoothing / c
        lp = log_softmax(x, axis)
        if weight is not None:
            lp = lp * reshape(ins[2], (c, *(1,) * (x.ndim - 2)))
        return _reduce_loss(neg(sum(lp * p, axis)), reduction)
    if target.dtype.kind not in "iu":
        raise DSLTypeError(f"{name}: target must hold integer class ids, got {target.dtype} "
                           f"{_shape_str(target.shape)}")
    if not x.ndim or target.shape != (x.shape[:1] + x.shape[2:] if x.ndim > 1 else ()):
        raise DSLShapeError(f"{name}: input {_shape_str(x.shape)} and target "
                            f"{_shape_str(target.shape)} don't fit: an input [N, C] or "
                            "[N, C, d1, ...] takes a target [N] or [N, d1, ...], an input [C] "
                            "a 0-d target")
    cuda = _on_cuda(x, target)
    if not cuda:  # class ids on the device are not checked: no host copy
        t = target.data
        bad = ((t < 0) | (t >= c)) & (t != ignore_index) if t.size and (
            t.min() < 0 or t.max() >= c) else None
        if bad is not None and bad.any():
            pos = tuple(int(i) for i in np.argwhere(bad)[0])
            raise TensorIndexError(f"{name}: target {t[pos]} at {list(pos)} is out of range "
                                   f"for {c} classes (expected class ids in [0, {c - 1}], or "
                                   f"ignore_index={ignore_index})")
    if x.ndim != 2:  # one row of classes per (n, d1, ...)
        rows = permute(x, (0, *range(2, x.ndim), 1)) if x.ndim > 2 else x
        ins[:2] = [reshape(rows, (-1, c)), reshape(target, (-1,))]
    flags = (weight is not None, int(ignore_index), cuda)
    if reduction == "mean":  # the divisor as an input: inside the loss's kernels, a root
        # reduction made the gradient's automatic schedule parallel ([256, 10]: 355 us, not 30)
        ins.append(apply(f"{name}.den", _b_class_den, ins[1:], (*flags, x.dtype)))
    out = apply(name, _b_class_loss, ins, (*flags, reduction, float(smoothing), logits))
    if reduction == "mean" and (cuda or not ins[-1].data):  # no weight kept: 0/0, NaN (torch)
        out = out * (ins[-1] / ins[-1])
    return reshape(out, target.shape) if reduction == "none" else reshape(out, ()) if cuda \
        else out


def _b_class_loss(*args: Any) -> Any:
    """``_class_loss``'s DSL: inputs (x, target[, weight][, den]), then attributes
    (has_weight, ignore_index, vector, reduction, smoothing, logits)."""
    x, t, *rest, has_w, ignore, vector, reduction, smoothing, logits = args
    w = rest.pop(0) if has_w else None
    fn = L.cross_entropy if logits else L.nll_loss
    return fn(x, t, w, ignore, reduction, smoothing, vector, rest[0] if rest else None)


def _b_class_den(*args: Any) -> Any:
    """The mean's divisor: inputs (target[, weight]), then (has_weight, ignore_index, vector,
    dtype)."""
    t, *w, has_w, ignore, vector, dtype = args
    return L.class_weight_sum(t, w[0] if has_w else None, ignore, vector, dtype)


def cross_entropy(input: Any, target: Any, weight: Any = None, ignore_index: int = -100,
                  reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    """``nll_loss(log_softmax(input, 1), target, ...)`` with ``label_smoothing``, as torch's:
    class ids (``ignore_index`` ones left out) or class probabilities of ``input``'s shape.
    Class ids of cuda tensors are not range-checked (that would copy them to the host)."""
    return _class_loss("cross_entropy", input, target, weight, ignore_index, reduction,
                       label_smoothing, True)


def nll_loss(input: Any, target: Any, weight: Any = None, ignore_index: int = -100,
             reduction: str = "mean") -> Tensor:
    """Negative log-likelihood of class ``target`` under log-probabilities ``input`` (N, C),
    (N, C, d1, ...) or (C), as torch's: ``-w[t] * input[n, t]`` per element, targets equal
    to ``ignore_index`` left out; ``"mean"`` divides by the sum of the kept targets'
    weights."""
    return _class_loss("nll_loss", input, target, weight, ignore_index, reduction, 0.0, False)


def batch_norm(input: Any, running_mean: Tensor | None, running_var: Tensor | None,
               weight: Tensor | None = None, bias: Tensor | None = None,
               training: bool = False, momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    """Normalise each channel (axis 1) of ``input`` (N, C, ...), then scale by ``weight`` and
    shift by ``bias``, as torch's. ``training``: with the batch's mean and biased variance
    (differentiated through), moving the running statistics, when given, ``momentum`` of the
    way to the batch's mean and unbiased variance (in place, not differentiated); else with
    ``running_mean`` and ``running_var``."""
    x = _t(input)
    _need_float("batch_norm", x)
    if x.ndim < 2:
        raise DSLShapeError(f"batch_norm: input {_shape_str(x.shape)} needs shape [N, C, ...] "
                            "(channels on axis 1)")
    c, bshape = x.shape[1], (1, x.shape[1], *(1,) * (x.ndim - 2))
    stats = [t for t in (running_mean, running_var) if t is not None]
    if len(stats) == 1 or not (training or stats):
        raise ArgumentValueError("batch_norm: give both running_mean and running_var (needed "
                                 "when training=False), or neither")
    for what, t in (("running_mean", running_mean), ("running_var", running_var),
                    ("weight", weight), ("bias", bias)):
        if t is None:
            continue
        if not isinstance(t, Tensor):
            raise DSLTypeError(f"batch_norm: {what} must be a Tensor, got {type(t).__name__}")
        _same_dtype(f"batch_norm: input and {what}", x, t)
        if t.shape != (c,):
            raise DSLShapeError(f"batch_norm: {what} {_shape_str(t.shape)} needs one entry per "
                                f"channel of input {_shape_str(x.shape)} (axis 1): shape [{c}]")
    if not training:
        m, v = reshape(running_mean, bshape), reshape(running_var, bshape)  # type: ignore
    else:
        n = x.size // c
        if n < 2:
            raise ArgumentValueError(f"batch_norm: expected more than 1 value per channel when "
                                     f"training, got input {_shape_str(x.shape)}")
        if stats and (isinstance(momentum, bool) or not isinstance(momentum, (int, float))):
            raise ArgumentTypeError(f"batch_norm: momentum must be a float, got {momentum!r} "
                                    "(the modules' momentum=None is resolved by the module)")
        axes = (0, *range(2, x.ndim))
        m, v = mean(x, axes, keepdims=True), var(x, axes, keepdims=True)
        with no_grad():
            for run, new in zip(stats, (m, v * (n / (n - 1))), strict=False):
                run.data = (run * (1.0 - momentum) + reshape(new, (c,)) * momentum).data
    y = (x - m) / sqrt(v + eps)
    y = y if weight is None else y * reshape(weight, bshape)
    return y if bias is None else y + reshape(bias, bshape)


def _broadcast(*shapes: tuple[int, ...]) -> tuple[int, ...] | None:
    """The shape ``shapes`` broadcast to (numpy's rules), None if they don't."""
    try:
        return tuple(np.broadcast_shapes(*shapes))
    except ValueError:
        return None


def scaled_dot_product_attention(query: Any, key: Any, value: Any, attn_mask: Any = None,
                                 dropout_p: float = 0.0, is_causal: bool = False,
                                 scale: float | None = None) -> Tensor:
    """``softmax(query @ key^T * scale + mask) @ value`` as torch's, for ``query`` (..., L, E),
    ``key`` (..., S, E), ``value`` (..., S, Ev) (leading dims broadcast). ``scale``
    defaults to ``1/sqrt(E)``. A bool ``attn_mask`` (broadcast to (..., L, S)) is True where
    a query may attend to a key; a float one is added to the scores; ``is_causal``: query
    ``i`` attends to keys ``j <= i``. A query that may attend to no key gets zeros (torch's
    safe softmax). ``dropout_p`` drops attention weights (``manual_seed``'s generator).
    Built from matmul, softmax and dropout, so its gradients are theirs."""
    name = "scaled_dot_product_attention"
    q, k, v = _t(query), _t(key), _t(value)
    _need_float(name, q, k, v)
    _same_dtype(name, q, k)
    _same_dtype(name, q, v)
    lead = _broadcast(*(t.shape[:-2] for t in (q, k, v))) if builtins.min(
        q.ndim, k.ndim, v.ndim) >= 2 else None
    if lead is None or q.shape[-1] != k.shape[-1] or k.shape[-2] != v.shape[-2]:
        raise DSLShapeError(f"{name}: query {_shape_str(q.shape)}, key {_shape_str(k.shape)} and "
                            f"value {_shape_str(v.shape)} must be [..., L, E], [..., S, E] and "
                            "[..., S, Ev] with leading dims that broadcast")
    if not 0.0 <= dropout_p < 1.0:
        raise ArgumentValueError(f"{name}: dropout_p must be in [0, 1), got {dropout_p}")
    if is_causal and attn_mask is not None:
        raise ArgumentValueError(f"{name}: give attn_mask or is_causal=True, not both")
    (n_q, e), n_k, b = q.shape[-2:], k.shape[-2], math.prod(lead)

    def batched(t: Tensor) -> Tensor:  # [b, rows, cols]: leading dims broadcast, then merged
        if t.shape[:-2] != lead:
            t = t + Tensor(np.zeros((*lead, *t.shape[-2:]), t.dtype)).to(t.device)
        return t if t.ndim == 3 else reshape(t, (b, *t.shape[-2:]))
    q3, k3, v3 = batched(q), batched(k), batched(v)
    scale = 1.0 / math.sqrt(e) if scale is None else float(scale)
    scores = matmul(q3, k3.transpose(-2, -1))
    if attn_mask is None and not is_causal:
        # the scale inside the softmax's kernel (and its gradient's): two launches fewer
        att = apply("softmax", L.softmax_last, [scores], (False, "softmax", scale))
        return _attend(att, v3, lead, n_q, v.shape[-1], dropout_p)
    scores = scores * scale
    if len(lead) != 1:
        scores = reshape(scores, (*lead, n_q, n_k))
    if is_causal:
        attn_mask = np.tril(np.ones((n_q, n_k), bool))
    dead = None
    if attn_mask is not None:
        mask = _t(attn_mask)
        if _broadcast(mask.shape, scores.shape) != scores.shape:
            raise DSLShapeError(f"{name}: attn_mask {_shape_str(mask.shape)} doesn't broadcast "
                                f"to the scores' shape {_shape_str(scores.shape)} [..., L, S]")
        m = mask.numpy()
        if mask.dtype == np.bool_:
            dead = ~m.any(-1, keepdims=True)
            mask = Tensor(np.where(m | dead, 0.0, -np.inf).astype(q.dtype)).to(q.device)
        else:
            _same_dtype(f"{name}: query and attn_mask", q, mask)
            dead = np.isneginf(m).all(-1, keepdims=True)
            if dead.any():  # a row all -inf: 0 there, so that no NaN reaches the softmax
                floor = np.where(dead, 0.0, -np.inf).astype(q.dtype)
                mask = maximum(mask, Tensor(floor).to(q.device))
        scores = scores + mask
    att = softmax(scores, -1)
    if dead is not None and dead.any():
        att = att * Tensor((~dead).astype(q.dtype)).to(q.device)
    return _attend(att if len(lead) == 1 else reshape(att, (b, n_q, n_k)), v3, lead, n_q,
                   v.shape[-1], dropout_p)


def _attend(att: Tensor, v3: Tensor, lead: tuple[int, ...], n_q: int, ev: int,
            dropout_p: float) -> Tensor:
    """``dropout(att) @ v`` for attention weights ``att`` [b, L, S]: [..., L, Ev]."""
    if dropout_p:
        from .modules import _rng

        att = dropout(att, dropout_p, True, _rng(None))
    out = matmul(att, v3)
    return out if len(lead) == 1 else reshape(out, (*lead, n_q, ev))


def cat(tensors: Sequence[Any], dim: int = 0) -> Tensor:
    """``concat`` under PyTorch's name: the tensors joined along ``dim``."""
    return concat([_t(t) for t in tensors], dim)


def stack(tensors: Sequence[Any], dim: int = 0) -> Tensor:
    """The tensors (all of one shape) joined along a new axis ``dim``."""
    from ..ops.axes import normalize_axis

    ts = [_t(t) for t in tensors]
    if not ts:
        raise ArgumentValueError("stack: needs at least one tensor")
    for t in ts[1:]:
        if t.shape != ts[0].shape:
            raise DSLShapeError(f"stack: shapes {_shape_str(ts[0].shape)} and "
                                f"{_shape_str(t.shape)} differ; stack needs one shape")
    d = normalize_axis(dim, ts[0].ndim + 1, "stack", "dim", ts[0].shape)
    return concat([unsqueeze(t, d) for t in ts], d)


def mse_loss(input: Any, target: Any, reduction: str = "mean") -> Tensor:
    """Squared error ``(input - target)^2``: its mean (``reduction="mean"``), its sum
    (``"sum"``) or each element (``"none"``), as ``torch.nn.functional.mse_loss``."""
    a, b = _t(input), _t(target)
    _need_float("mse_loss", a, b)
    if a.shape != b.shape:
        raise DSLShapeError(f"mse_loss: input {_shape_str(a.shape)} and target "
                            f"{_shape_str(b.shape)} must have the same shape")
    check_reduction("mse_loss", reduction)
    d = a - b
    return _reduce_loss(d * d, reduction)


def flatten(x: Any, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    """``x`` with axes ``start_dim..end_dim`` merged into one (a view-like reshape)."""
    from ..ops.axes import normalize_axis

    x = _t(x)
    if x.ndim == 0:
        return reshape(x, (1,))
    s = normalize_axis(start_dim, x.ndim, "flatten", "start_dim", x.shape)
    e = normalize_axis(end_dim, x.ndim, "flatten", "end_dim", x.shape)
    if s > e:
        raise ArgumentValueError(f"flatten: start_dim {start_dim} comes after end_dim "
                                 f"{end_dim} for a {x.ndim}-d tensor")
    n = 1
    for d in x.shape[s:e + 1]:
        n *= d
    return reshape(x, (*x.shape[:s], n, *x.shape[e + 1:]))


def unsqueeze(x: Any, dim: int) -> Tensor:
    """``x`` with a new axis of length 1 at ``dim`` (``-1``: last)."""
    from ..ops.axes import normalize_axis

    x = _t(x)
    d = normalize_axis(dim, x.ndim + 1, "unsqueeze", "dim", x.shape)
    return reshape(x, (*x.shape[:d], 1, *x.shape[d:]))


def squeeze(x: Any, dim: Any = None) -> Tensor:
    """``x`` without its length-1 axes (only ``dim``'s, if given; a longer ``dim`` stays,
    as in PyTorch)."""
    from ..ops.axes import normalize_axis

    x = _t(x)
    if dim is None:
        keep = [n for n in x.shape if n != 1]
    else:
        d = normalize_axis(dim, x.ndim, "squeeze", "dim", x.shape)
        keep = [n for k, n in enumerate(x.shape) if k != d or n != 1]
    return reshape(x, tuple(keep))


# ----------------------------------------------------------------------------- torch habits:
# view, expand, repeat, chunk/split, argmax/argmin, pad, conv1d


def _sizes(args: tuple[Any, ...], op: str, arg: str) -> tuple[int, ...]:
    """Sizes given as torch takes them, ``f(2, 3)``, ``f((2, 3))`` or ``f([2, 3])``, as ints;
    anything else is an error naming ``arg``."""
    dims = tuple(args[0]) if len(args) == 1 and isinstance(args[0], (tuple, list)) else args
    for k, d in enumerate(dims):
        if isinstance(d, bool) or not isinstance(d, (int, np.integer)):
            raise DSLTypeError(f"{op}: {arg} must be ints, got {type(d).__name__} {d!r} at "
                               f"position {k} of {list(dims)}")
    return tuple(int(d) for d in dims)


def _no_empty(op: str, arg: str, shape: Sequence[int]) -> None:
    if 0 in shape:
        raise DSLShapeError(f"{op}: {arg} gives the empty shape {list(shape)}; tcomp tensors "
                            "can't be empty")


def view(x: Any, *shape: Any) -> Tensor:
    """``x`` with a new ``shape`` (one ``-1`` is inferred): ``torch.Tensor.view``, the values
    of ``reshape``. Unlike torch's, a view is no window for writes: tcomp has no in-place
    ops and optimizers rebind a parameter's array, so the view keeps the values ``x`` had."""
    x = _t(x)
    dims = _sizes(shape, "view", "shape")
    known = math.prod(d for d in dims if d != -1)
    if (dims.count(-1) > 1 or any(d < -1 for d in dims)
            or (x.size != known if -1 not in dims else not known or x.size % known)):
        raise DSLShapeError(f"view: shape {list(dims)} is invalid for a tensor of shape "
                            f"{_shape_str(x.shape)} ({x.size} elements); the sizes must "
                            "multiply to that, with at most one -1 to infer")
    return reshape(x, tuple(x.size // known if d == -1 else d for d in dims))


def _b_expand(x: Any, shape: tuple[int, ...]) -> Any:
    return L.elementwise(lazy.op_fn("expand", ()), [x], shape, name="expand")


def expand(x: Any, *sizes: Any) -> Tensor:
    """``x`` broadcast to ``sizes`` (``torch.Tensor.expand``): ``-1`` keeps a dim, new dims
    may lead, only length-1 dims grow. The gradient sums over the broadcast dims; fed to
    elementwise ops, the expand fuses into their kernel (nothing the full size is stored)."""
    x = _t(x)
    dims = _sizes(sizes, "expand", "sizes")
    lead = len(dims) - x.ndim
    if lead < 0:
        raise DSLShapeError(f"expand: {len(dims)} sizes {list(dims)} for a tensor of shape "
                            f"{_shape_str(x.shape)}; give at least one size per dim")
    shape = []
    for k, d in enumerate(dims):
        n = x.shape[k - lead] if k >= lead else None
        if d == -1 and n is not None:
            d = n
        elif d < 0 or (n is not None and n != 1 and d != n):
            where = f"the new leading dim {k}" if n is None else f"dim {k - lead} of size {n}"
            raise DSLShapeError(f"expand: sizes[{k}]={d} is invalid for {where} of a tensor of "
                                f"shape {_shape_str(x.shape)}; only size-1 dims grow, -1 "
                                "keeps a dim")
        shape.append(d)
    _no_empty("expand", "sizes", shape)
    if tuple(shape) == x.shape:
        return x
    if _lazy(x):
        return lazy.elementwise("expand", (), [x], tuple(shape), x.dtype)
    return apply("expand", _b_expand, [x], (tuple(shape),))


def repeat(x: Any, *sizes: Any) -> Tensor:
    """``x`` tiled ``sizes[d]`` times along each dim (``torch.Tensor.repeat``, numpy's
    ``tile``); extra leading sizes add dims. An expand of an interleaved view, so the
    gradient sums the tiles."""
    x = _t(x)
    reps = _sizes(sizes, "repeat", "sizes")
    if len(reps) < x.ndim:
        raise DSLShapeError(f"repeat: {len(reps)} sizes {list(reps)} for a tensor of shape "
                            f"{_shape_str(x.shape)}; give at least one size per dim")
    if any(r < 1 for r in reps):
        raise DSLShapeError(f"repeat: sizes {list(reps)} must be >= 1 (tcomp tensors can't be "
                            "empty)")
    shape = (1,) * (len(reps) - x.ndim) + x.shape
    y = expand(reshape(x, [v for n in shape for v in (1, n)]),
               [v for r, n in zip(reps, shape, strict=True) for v in (r, n)])
    return reshape(y, [r * n for r, n in zip(reps, shape, strict=True)])


def _pieces(x: Tensor, d: int, lengths: Any) -> tuple[Tensor, ...]:
    """``x`` cut along dim ``d`` into the given lengths, or into pieces of ``lengths`` (an
    int) with a shorter last one."""
    n = x.shape[d]
    if isinstance(lengths, int):
        lengths = [builtins.min(lengths, n - a) for a in range(0, n, lengths)]
    starts = np.cumsum([0, *lengths])
    return tuple(getitem(x, (slice(None),) * d + (slice(int(a), int(a) + size),))
                 for a, size in zip(starts, lengths, strict=False))


def _count(v: Any, op: str, arg: str) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
        raise ArgumentValueError(f"{op}: {arg} must be an int >= 1, got {v!r}")
    return int(v)


def chunk(x: Any, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
    """``x`` cut along ``dim`` into ``chunks`` pieces of ``ceil(n / chunks)`` (the last one
    shorter, and fewer pieces when they run out first), as ``torch.chunk``."""
    x = _t(x)
    c = _count(chunks, "chunk", "chunks")
    d = normalize_axis(dim, x.ndim, "chunk", "dim", x.shape)
    return _pieces(x, d, -(-x.shape[d] // c))


def split(x: Any, split_size_or_sections: Any, dim: int = 0) -> tuple[Tensor, ...]:
    """``x`` cut along ``dim`` into pieces of ``split_size_or_sections`` (the last one
    shorter), or of the listed lengths, which must sum to the dim's size (``torch.split``)."""
    x = _t(x)
    d = normalize_axis(dim, x.ndim, "split", "dim", x.shape)
    n = x.shape[d]
    s = split_size_or_sections
    if not isinstance(s, (list, tuple)):
        return _pieces(x, d, _count(s, "split", "split_size_or_sections"))
    lengths = [_count(v, "split", f"split_size_or_sections[{k}]") for k, v in enumerate(s)]
    if builtins.sum(lengths) != n:
        raise DSLShapeError(f"split: split_size_or_sections={lengths} sums to "
                            f"{builtins.sum(lengths)}, but dim {d} of the tensor "
                            f"{_shape_str(x.shape)} has size {n}")
    return _pieces(x, d, lengths)


def _b_argext(x: Any, kind: str, keepdims: bool) -> Any:
    """The first index of the max (min) along the last axis; a NaN counts as the extreme,
    as in torch and numpy: NaN positions are taken n lower, and the min picks the first."""
    *lead, n = L.shape_of(x)
    m = L.reduce(x, [len(lead)], kind, keepdims=True, name=f"arg{kind}.val")
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


def _argext(x: Any, dim: Any, keepdim: bool, kind: str) -> Tensor:
    x = _t(x)
    op = f"arg{kind}"
    if x.dtype.kind not in "iuf":
        raise DSLTypeError(f"{op}: needs an integer or float tensor, got {x.dtype} "
                           f"{_shape_str(x.shape)}")
    if dim is not None:  # a 0-d tensor takes dim 0 or -1, as in torch
        d = normalize_axis(dim, builtins.max(x.ndim, 1), op, "dim", x.shape)
    with no_grad():  # an index has no gradient
        if dim is None or x.ndim <= 1:
            y = apply(op, _b_argext, [reshape(x, (1, x.size))], (kind, False))
            return reshape(y, (1,) * x.ndim if keepdim else ())
        perm = [a for a in range(x.ndim) if a != d] + [d]
        y = apply(op, _b_argext, [permute(x, perm)], (kind, bool(keepdim)))
        return permute(y, [perm.index(a) for a in range(x.ndim)]) if keepdim else y


def argmax(x: Any, dim: Any = None, keepdim: bool = False) -> Tensor:
    """The int64 index of the largest value along ``dim`` (of the flattened tensor when
    None): ``torch.argmax``, the first one among ties, a NaN counting as largest."""
    return _argext(x, dim, keepdim, "max")


def argmin(x: Any, dim: Any = None, keepdim: bool = False) -> Tensor:
    """The int64 index of the smallest value along ``dim`` (``torch.argmin``; as argmax)."""
    return _argext(x, dim, keepdim, "min")


PAD_MODES = ("constant", "reflect", "replicate", "circular")


def _b_pad(x: Any, pads: tuple[tuple[int, int], ...], value: float) -> Any:
    """``x`` padded with ``value`` by ``pads[d] = (before, after)`` per dim (negative:
    cropped)."""
    shp = L.shape_of(x)

    def body(*i: E.Var) -> E.Expr:
        inside = [c for d, ((lo, hi), n) in enumerate(zip(pads, shp, strict=True))
                  for c in ([i[d] >= lo] if lo > 0 else []) + ([i[d] < n + lo] if hi > 0 else [])]
        v = x[tuple(i[d] - lo if lo else i[d] for d, (lo, _) in enumerate(pads))]
        return dsl.if_then_else(dsl.all(*inside), v, E.const(value, v.dtype)) if inside else v

    out = tuple(n + lo + hi for (lo, hi), n in zip(pads, shp, strict=True))
    return dsl.compute(out, body, name="pad")


def _b_pad_dim(x: Any, d: int, lo: int, hi: int, mode: str) -> Any:
    """``x`` padded along dim ``d`` by reflection, replication or wrapping (circular wraps
    what the negative pads keep, as torch). Each side is its own read with an affine index,
    which autodiff inverts directly: the gradient of a read at a computed index would be a
    scan of the whole output per element."""
    shp = L.shape_of(x)
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


def pad(x: Any, pad: Sequence[int], mode: str = "constant", value: float | None = None
        ) -> Tensor:
    """``torch.nn.functional.pad``: ``pad`` holds (before, after) pairs from the last dim
    backwards; a negative entry crops. ``mode`` "constant" fills with ``value`` (0); "reflect",
    "replicate" and "circular" pad 1-3 trailing dims of a tensor with one or two more dims
    (torch's rule), reflect by less than the dim's size, circular by at most it."""
    x = _t(x)
    given = _sizes((pad,), "pad", "pad")
    if mode not in PAD_MODES:
        raise ArgumentValueError(f"pad: mode must be one of {', '.join(PAD_MODES)}, got "
                                 f"{mode!r}")
    if len(given) % 2 or len(given) // 2 > x.ndim:
        raise DSLShapeError(f"pad: pad={list(given)} must hold (before, after) pairs, last dim "
                            f"first, for at most the {x.ndim} dims of the tensor "
                            f"{_shape_str(x.shape)}")
    k = len(given) // 2
    pads = [(0, 0)] * (x.ndim - k) + [(given[2 * j], given[2 * j + 1]) for j in
                                      reversed(range(k))]
    if mode != "constant":
        if value not in (None, 0):
            raise ArgumentValueError(f"pad: mode {mode!r} takes no value=, got {value!r}")
        if not 1 <= k <= 3 or x.ndim not in (k + 1, k + 2):
            raise DSLShapeError(f"pad: mode {mode!r} pads the last 1, 2 or 3 dims of a tensor "
                                f"with 1 or 2 more dims (torch's rule); pad={list(given)} "
                                f"pads {k} of the {x.ndim} dims of {_shape_str(x.shape)}")
        for d, (lo, hi) in enumerate(pads):  # circular: at most what the crops keep
            cap = x.shape[d] - 1 if mode == "reflect" else x.shape[d] - builtins.max(
                -lo, 0) - builtins.max(-hi, 0) if mode == "circular" else None
            if cap is not None and builtins.max(lo, hi) > cap:
                raise DSLShapeError(f"pad: mode {mode!r} pads dim {d} of size {x.shape[d]} by "
                                    f"{builtins.max(lo, hi)}; at most {cap}")
    out = [n + lo + hi for (lo, hi), n in zip(pads, x.shape, strict=True)]
    if any(n < 0 for n in out):
        raise DSLShapeError(f"pad: pad={list(given)} crops the tensor {_shape_str(x.shape)} "
                            f"below size 0 (to {out})")
    _no_empty("pad", "pad", out)
    if all(p == (0, 0) for p in pads):
        return x
    if mode == "constant":
        v = 0.0 if value is None else value
        return apply("pad", _b_pad, [x], (tuple(pads), v if x.dtype.kind == "f" else int(v)))
    for d, (lo, hi) in reversed(list(enumerate(pads))):
        if lo or hi:
            x = apply("pad", _b_pad_dim, [x], (d, lo, hi, mode))
    return x


def conv1d(x: Tensor, w: Tensor, b: Tensor | None = None, stride: Any = 1, padding: Any = 0,
           dilation: Any = 1, groups: int = 1) -> Tensor:
    """``torch.nn.functional.conv1d`` of (N, C, L) (or unbatched (C, L)) by weight (O,
    C / groups, K): ``conv2d`` on height-1 views, so the same kernels and derived gradients.
    ``padding`` is an int, "valid" or "same" (stride 1; an odd total pads one more after)."""
    _need_float("conv1d", x, w)
    _same_dtype("conv1d", x, w)
    if x.ndim == 2:
        return squeeze(conv1d(unsqueeze(x, 0), w, b, stride, padding, dilation, groups), 0)
    if x.ndim != 3 or w.ndim != 3:
        raise DSLShapeError(f"conv1d: expects (N, C, L) input and (O, C/groups, K) weight, got "
                            f"{_shape_str(x.shape)} and {_shape_str(w.shape)}")
    s, dl, g = (_count(v[0] if isinstance(v, (tuple, list)) and len(v) == 1 else v, "conv1d",
                       name) for v, name in ((stride, "stride"), (dilation, "dilation"),
                                             (groups, "groups")))
    (n, c, length), (o, cg, k) = x.shape, w.shape
    if c != cg * g or o % g:
        raise DSLShapeError(f"conv1d: input {_shape_str(x.shape)} and weight "
                            f"{_shape_str(w.shape)} don't match for groups={g}: the input's "
                            "channels must be groups * weight.shape[1], and groups divide "
                            "weight.shape[0]")
    if padding in ("valid", "same"):
        total = dl * (k - 1) if padding == "same" else 0
        if padding == "same" and s != 1:
            raise ArgumentValueError(f"conv1d: padding='same' needs stride=1, got {s}")
        if total % 2:
            x = pad(x, (0, 1))
        p = total // 2
    else:
        p = padding[0] if isinstance(padding, (tuple, list)) and len(padding) == 1 else padding
        if isinstance(p, bool) or not isinstance(p, (int, np.integer)) or p < 0:
            raise ArgumentValueError(f"conv1d: padding must be an int >= 0, 'valid' or 'same', "
                                     f"got {padding!r}")
    if x.shape[2] + 2 * p - dl * (k - 1) < 1:
        raise DSLShapeError(f"conv1d: input length {length} (padding {p}) is shorter than the "
                            f"kernel's reach {dl * (k - 1) + 1} (size {k}, dilation {dl})")
    y = _anchored("conv2d", L.conv2d, [reshape(x, (n, c, 1, -1)), reshape(w, (o, cg, 1, k))],
                  ((1, s), (0, int(p)), (1, dl), g))
    y = y if b is None else y + reshape(b, (1, -1, 1, 1))
    return reshape(y, (n, o, -1))


def squash(s: Tensor) -> Tensor:
    _need_float("squash", s)
    if s.ndim == 0:
        raise DSLShapeError("squash: the input is 0-d; it squashes vectors along the last "
                            "axis, so give it at least one axis (s.reshape(1))")
    return apply("squash", L.squash, [s])


def capsule_predict(u: Tensor, w: Tensor, out_caps: int) -> Tensor:
    """``u_hat[b, i, j, d] = sum_k u[b, i, k] * w[i, k, j*out_dim + d]`` (``L.capsule_predict``)."""
    _need_float("capsule_predict", u, w)
    _same_dtype("capsule_predict", u, w)
    return apply("capsule_predict", L.capsule_predict, [u, w], (int(out_caps),))


def dynamic_routing(u_hat: Tensor, iterations: int = 3) -> Tensor:
    """Routing by agreement over ``u_hat[b, i, j, d]``; returns ``v[b, j, d]``."""
    _need_float("dynamic_routing", u_hat)
    if u_hat.ndim != 4:
        raise DSLShapeError(f"dynamic_routing: u_hat must be [batch, in_caps, out_caps, dim], "
                            f"got {_shape_str(u_hat.shape)}")
    return apply("dynamic_routing", L.dynamic_routing, [u_hat], (int(iterations),))


def dropout(x: Tensor, p: float, training: bool, rng: np.random.Generator) -> Tensor:
    if not training or p == 0.0:
        return x
    mask = (rng.random(x.shape) >= p).astype(x.dtype) / (1.0 - p)
    return x * Tensor(mask).to(x.device)


__all__ = [
    "PAD_MODES", "abs", "add", "apply", "argmax", "argmin", "avg_pool2d", "batch_norm",
    "capsule_predict", "cast", "cat", "check_reduction", "chunk", "clamp", "concat", "conv1d",
    "conv2d", "cross_entropy", "div", "dropout", "dynamic_routing", "embedding", "exp", "expand",
    "flatten", "gelu", "gelu_op", "getitem", "layer_norm", "linear", "log", "log_softmax",
    "matmul", "max", "max_pool2d", "maximum", "mean", "min", "minimum", "mse_loss", "mul", "neg",
    "nll_loss", "pad", "permute", "pow", "relu", "repeat", "reshape",
    "scaled_dot_product_attention", "sigmoid", "softmax", "split", "sqrt", "squash", "squeeze",
    "stack", "sub", "sum", "tanh", "torch_names", "unsqueeze", "var", "view",
]
