"""User-facing DSL constructors: placeholder, compute, reduce_axis, reducers, math (layer 2)."""

from __future__ import annotations

import builtins
import inspect
from collections.abc import Callable
from types import GeneratorType
from typing import Any

import numpy as np

from .. import dtypes
from ..errors import DSLShapeError, DSLTypeError, user_location
from ..ir import expr as E
from ..ir.visitor import walk
from .lift import Lifter, whole_reduction
from .tensor import ComputeOp, PlaceholderOp, Tensor, check_shape

Op = E.Op


def var(name: str = "n", dtype: Any = "int64") -> E.Var:
    """A symbolic dimension, bound at call time from the shapes of the arguments."""
    dt = dtypes.as_dtype(dtype)
    if not dt.is_int:
        raise DSLTypeError(f"symbolic dimension '{name}' must be an integer type, got {dt}")
    return E.SizeVar(name, dtypes.int64)


def placeholder(shape: Any, dtype: Any = "float32", name: str = "placeholder") -> Tensor:
    """An input tensor of ``shape`` (ints or ``tc.var``) and ``dtype`` (float32 by default)."""
    op = PlaceholderOp(name, check_shape(shape, f"placeholder '{name}'"), dtypes.as_dtype(dtype),
                       user_location())
    return op.output(0)


def reduce_axis(dom: Any, name: str = "k") -> E.IterVar:
    """A reduction axis over ``range(dom)`` or ``range(lo, hi)`` when ``dom`` is a pair."""
    if isinstance(dom, (tuple, list)):
        if len(dom) != 2:
            raise DSLShapeError(f"reduce_axis '{name}': expected an extent or (min, max), "
                                f"got {dom}")
        lo, hi = (E.as_expr(d, like=dtypes.int64) for d in dom)
        if isinstance(lo, E.Const) and isinstance(hi, E.Const):
            # a constant extent, as range(n) gives: schedules and the tuner's space read it
            if hi.value < lo.value:  # (n, n) is empty, a sum over it 0, as range(n, n)
                raise DSLShapeError(f"reduce_axis '{name}': range ({lo.value}, {hi.value}) "
                                    "ends before it starts")
            rng = E.Range(lo, E.const(hi.value - lo.value))
        else:
            rng = E.Range(lo, hi - lo)
    else:
        (ext,) = check_shape((dom,), f"reduce_axis '{name}'")
        rng = E.Range(E.const(0), ext)
    return E.IterVar(E.Var(name), rng, E.IterKind.REDUCE, user_location())


def _axis_names(fcompute: Callable[..., Any], ndim: int) -> list[str]:
    try:
        params = list(inspect.signature(fcompute).parameters.values())
    except (TypeError, ValueError):
        params = []
    if params and params[0].kind == inspect.Parameter.VAR_POSITIONAL:
        return [f"i{n}" for n in range(ndim)]
    if len(params) != ndim:
        raise DSLShapeError(
            f"compute: the shape has {ndim} dimension(s) but fcompute takes {len(params)} "
            "argument(s)"
        )
    return [p.name for p in params]


def compute(shape: Any, fcompute: Callable[..., Any], name: str = "compute", tag: str = "",
            attrs: dict[str, Any] | None = None) -> Any:
    """Define ``out[i, j, ...] = fcompute(i, j, ...)`` over ``shape``.

    ``fcompute`` returns an expression or a tuple of expressions for several outputs.
    Returns a Tensor, or a list of Tensors for a tuple body. A body that is a reduction
    (``tc.sum(..., axis=k)``) is a reduction stage, as in TVM; a reduction inside a larger
    expression (``tc.sum(X[i, k], axis=k) / m``) is lifted into a stage of its own, named
    after this tensor (``Y.sum0``) and listed in ``Y.reductions`` to be scheduled.
    """
    loc = user_location()
    shp = check_shape(shape, f"compute '{name}'")
    names = _axis_names(fcompute, len(shp))
    axis = tuple(
        E.IterVar(E.Var(n), E.Range(E.const(0), d), E.IterKind.SPATIAL, loc)
        for n, d in zip(names, shp, strict=False)
    )
    with E.tracing(f"the body of compute '{name}' at {loc}"):
        body = fcompute(*[iv.var for iv in axis])
    multi = isinstance(body, (tuple, list))
    bodies = tuple(_body_expr(b, name, loc, n, multi)
                   for n, b in enumerate(body if multi else (body,)))
    if not bodies:
        raise DSLShapeError(f"compute '{name}' at {loc}: fcompute returned an empty tuple")
    lifted: list[ComputeOp] = []
    nested = _check_body(name, loc, axis, bodies)
    # (this module's all/any/sum/max/min/abs are the DSL's: builtins are spelled out)
    if nested or (builtins.any(isinstance(b, E.Reduce) for b in bodies)
                  and not whole_reduction(bodies)):
        lifter = Lifter(name, loc, axis)
        bodies, lifted = lifter.bodies(bodies), lifter.ops
        _check_body(name, loc, axis, bodies)
    op = ComputeOp(name, axis, bodies, loc, tag, attrs)
    op.reductions = tuple(r.output(0) for r in lifted)
    outs = [op.output(i) for i in range(op.num_outputs)]
    return outs if multi else outs[0]


def _body_expr(b: Any, name: str, loc: str, n: int, multi: bool) -> E.Expr:
    what = f"compute '{name}' at {loc}: the body" + (f" (output {n})" if multi else "")
    E.check_not_bool(b, what)
    if not isinstance(b, (E.ExprOp, int, float, np.number)):
        hint = " (a missing 'return'?)" if b is None else ""
        raise DSLTypeError(
            f"{what} is {type(b).__name__} {b!r}{hint}; fcompute must return a tensor "
            "expression, a number, or a tuple of them")
    return E.as_expr(b)


def _check_body(name: str, loc: str, axis: tuple[E.IterVar, ...],
                bodies: tuple[E.Expr, ...]) -> bool:
    """Check that the bodies use only their axes; True (and no verdict) when a reduction sits
    inside a larger expression: the check is then made on the bodies once it is lifted."""
    allowed = {iv.var for iv in axis}
    for b in bodies:
        red_vars = {iv.var for iv in b.axis} if isinstance(b, E.Reduce) else set()
        for n in walk(b):
            if isinstance(n, E.Reduce) and n is not b:
                return True
            if isinstance(n, E.Var) and not isinstance(n, E.SizeVar) and n not in allowed \
                    and n not in red_vars:
                raise DSLShapeError(
                    f"compute '{name}' at {loc}: variable '{n.name}' is neither an axis of "
                    "this compute nor a reduction axis of its reduction (a reduce_axis used "
                    "outside tc.sum/max/min?)"
                )
    return False


# ----------------------------------------------------------------------------- reducers


class Reducer:
    """A commutative reducer. Call it as ``r(expr, axis=k, where=cond)``.

    For tuple reducers (argmax), ``expr`` is a tuple and the call returns a tuple of Reduce
    expressions, one per output.
    """

    def __init__(self, fcombine: Callable[..., Any], fidentity: Callable[..., Any], name: str):
        self.fcombine = fcombine
        self.fidentity = fidentity
        self.name = name

    def __call__(self, expr: Any, axis: Any, where: Any = None) -> Any:
        multi = isinstance(expr, (tuple, list))
        src = tuple(E.as_expr(x) for x in (expr if multi else (expr,)))
        axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
        for a in axes:
            if not (isinstance(a, E.IterVar) and a.kind == E.IterKind.REDUCE):
                raise DSLTypeError(
                    f"{self.name}(): axis must be made by tc.reduce_axis, got {a!r}"
                )
        if len(set(axes)) != len(axes):
            raise DSLShapeError(f"{self.name}(): axis list repeats an axis")
        E.check_not_bool(where, f"{self.name}(): where=")
        cond = E.const(True) if where is None else E.as_expr(where)
        if not cond.dtype.is_bool:
            raise DSLTypeError(f"{self.name}(): where= must be a bool expression, got {cond.dtype}")
        lhs = tuple(E.Var(f"x{i}", s.dtype) for i, s in enumerate(src))
        rhs = tuple(E.Var(f"y{i}", s.dtype) for i, s in enumerate(src))
        with E.tracing(f"the combine function of reducer '{self.name}'"):
            res = self.fcombine(lhs if multi else lhs[0], rhs if multi else rhs[0])
        res = tuple(E.as_expr(r) for r in (res if multi else (res,)))
        with E.tracing(f"the identity function of reducer '{self.name}'"):
            ident = self.fidentity(*[s.dtype for s in src])
        ident = tuple(ident) if isinstance(ident, (tuple, list)) else (ident,)
        if len(res) != len(src) or len(ident) != len(src):
            raise DSLShapeError(
                f"reducer {self.name}: combine and identity must return {len(src)} value(s)"
            )
        ident = tuple(E.cast(s.dtype, E.as_expr(v, like=s.dtype))
                      for v, s in zip(ident, src, strict=False))
        res = tuple(E.cast(s.dtype, r) for r, s in zip(res, src, strict=False))
        comb = E.CommReducer(self.name, lhs, rhs, res, ident)
        outs = tuple(E.Reduce(comb, src, axes, cond, i, s.dtype) for i, s in enumerate(src))
        return outs if multi else outs[0]


def comm_reducer(fcombine: Callable[..., Any], fidentity: Callable[..., Any],
                 name: str = "reduce") -> Reducer:
    """Make a commutative reducer from ``fcombine(x, y)`` and ``fidentity(*dtypes)``.

    Example (argmax over k, returning (index, value))::

        argmax = tc.comm_reducer(
            lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
            lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    """
    return Reducer(fcombine, fidentity, name)


def min_value(dtype: Any) -> E.Const:
    """The least value of ``dtype`` (-inf for floats), as a constant."""
    dt = dtypes.as_dtype(dtype)
    return E.const(dt.lowest, dt)


def max_value(dtype: Any) -> E.Const:
    """The greatest value of ``dtype`` (inf for floats), as a constant."""
    dt = dtypes.as_dtype(dtype)
    return E.const(dt.highest, dt)


sum = Reducer(lambda x, y: x + y, lambda t: E.reduce_identity(Op.ADD, t), "sum")
prod = Reducer(lambda x, y: x * y, lambda t: E.reduce_identity(Op.MUL, t), "prod")
_max_reducer = Reducer(lambda x, y: E.binary(Op.MAX, x, y),
                       lambda t: E.reduce_identity(Op.MAX, t), "max")
_min_reducer = Reducer(lambda x, y: E.binary(Op.MIN, x, y),
                       lambda t: E.reduce_identity(Op.MIN, t), "min")


def max(a: Any, b: Any = None, *, axis: Any = None, where: Any = None) -> Any:
    """``max(a, b)`` elementwise, or ``max(expr, axis=k)`` as a reduction."""
    if axis is not None:
        return _max_reducer(a, axis, where)
    if b is None:
        raise DSLTypeError("tc.max needs two operands, or axis= for a reduction")
    return E.binary(Op.MAX, a, b)


def min(a: Any, b: Any = None, *, axis: Any = None, where: Any = None) -> Any:
    """``min(a, b)`` elementwise, or ``min(expr, axis=k)`` as a reduction."""
    if axis is not None:
        return _min_reducer(a, axis, where)
    if b is None:
        raise DSLTypeError("tc.min needs two operands, or axis= for a reduction")
    return E.binary(Op.MIN, a, b)


# ----------------------------------------------------------------------------- math


def exp(x: Any) -> E.Expr: return E.unary(Op.EXP, x)
def exp2(x: Any) -> E.Expr: return E.unary(Op.EXP2, x)
def log(x: Any) -> E.Expr: return E.unary(Op.LOG, x)
def sqrt(x: Any) -> E.Expr: return E.unary(Op.SQRT, x)
def rsqrt(x: Any) -> E.Expr: return E.unary(Op.RSQRT, x)
def tanh(x: Any) -> E.Expr: return E.unary(Op.TANH, x)
def sigmoid(x: Any) -> E.Expr: return E.unary(Op.SIGMOID, x)
def erf(x: Any) -> E.Expr: return E.unary(Op.ERF, x)
def floor(x: Any) -> E.Expr: return E.unary(Op.FLOOR, x)
def ceil(x: Any) -> E.Expr: return E.unary(Op.CEIL, x)
def abs(x: Any) -> E.Expr: return E.unary(Op.ABS, x)


def pow(x: Any, y: Any) -> E.Expr:
    """``x ** y`` for floats."""
    e = E.binary(Op.POW, x, y)
    if not e.dtype.is_float:
        raise DSLTypeError(f"pow needs float operands, got {e.dtype}; cast first")
    return e


def if_then_else(cond: Any, t: Any, f: Any) -> E.Expr:
    """``t`` where ``cond`` holds, else ``f``. Reads in the other branch are not performed."""
    return E.select(cond, t, f)


select = if_then_else


def equal(a: Any, b: Any) -> E.Expr:
    """Elementwise ``a == b`` (the same as ``a == b`` on expressions)."""
    return E.binary(Op.EQ, a, b)


def not_equal(a: Any, b: Any) -> E.Expr:
    return E.binary(Op.NE, a, b)


def logical_and(a: Any, b: Any) -> E.Expr:
    return E.binary(Op.AND, a, b)


def logical_or(a: Any, b: Any) -> E.Expr:
    return E.binary(Op.OR, a, b)


def logical_not(a: Any) -> E.Expr:
    return E.unary(Op.NOT, a)


def _fold(op: E.Op, who: str, conds: tuple[Any, ...]) -> E.Expr:
    if len(conds) == 1 and isinstance(conds[0], (list, tuple, GeneratorType)):
        conds = tuple(conds[0])
    out: E.Expr = E.const(op is Op.AND)
    for n, c in enumerate(conds):
        E.check_not_bool(c, f"tc.{who}() operand {n}")
        e = E.as_expr(c)
        if not e.dtype.is_bool:
            raise DSLTypeError(f"tc.{who}() operand {n} must be a bool expression, got {e.dtype}")
        out = e if n == 0 else E.binary(op, out, e)
    return out


def all(*conds: Any) -> E.Expr:  # tc.all, as numpy's (shadows the builtin here)
    """True where every condition holds: ``tc.all(i >= 1, i < n, X[i] > 0)`` (or one list).
    With no condition it is ``tc.const(True)``."""
    return _fold(Op.AND, "all", conds)


def any(*conds: Any) -> E.Expr:
    """True where some condition holds; with no condition it is ``tc.const(False)``."""
    return _fold(Op.OR, "any", conds)


def cast(dtype: Any, x: Any) -> E.Expr:
    return E.cast(dtype, x)


def const(value: Any, dtype: Any = None) -> E.Const:
    return E.const(value, dtype)


__all__ = [
    "Reducer", "abs", "all", "any", "cast", "ceil", "comm_reducer", "compute", "const", "equal",
    "erf", "exp", "exp2", "floor", "if_then_else", "log", "logical_and", "logical_not",
    "logical_or", "max", "max_value", "min", "min_value", "not_equal", "placeholder", "pow",
    "prod", "reduce_axis", "rsqrt", "select", "sigmoid", "sqrt", "sum", "tanh", "var",
]
