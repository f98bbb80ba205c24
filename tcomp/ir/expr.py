"""Scalar and vector expression nodes shared by the DSL and the loop IR (layer 1).

Nodes are frozen, slotted dataclasses with tuple children and a cached structural hash
(``node.py``); ``Op`` and its operator classes are ``op.py``'s, ``Range`` and ``CommReducer``
``domain.py``'s, and this module re-exports them with its own nodes and constructors.

``==`` and ``!=`` on expressions build comparisons, as ``<`` and the others do (TVM's
EqualOp): ``a == b`` is a light ``EqualOp`` that becomes ``Binary(Op.EQ, a, b)`` wherever an
expression is expected, and whose ``bool()`` is structural equality (identity for ``Var``,
``IterVar`` and ``Buffer``), so dicts, sets, ``in`` and ``assert a == b`` over expressions
keep working. While ``tc.compute`` traces user code, ``bool()`` of such a comparison in that
code is an error instead (see ``tracing.py``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import dtypes
from ..dtypes import DType
from ..errors import DSLTypeError
from .domain import CommReducer, IterKind, Range
from .node import (
    EQUALITY,
    IdentityNode,
    fresh_uid,
    node,
    same_fields,
    same_seq,
    same_value,
    structural_equal,
)
from .op import (
    BINARY_OPS,
    COMMUTATIVE_OPS,
    COMPARE_OPS,
    FLOAT_UNARY_OPS,
    INFIX_OPS,
    LOGIC_OPS,
    UNARY_OPS,
    Op,
)
from .tracing import ACTIVE, check_not_bool, traced_user_code, tracing

if TYPE_CHECKING:
    from .buffer import Buffer

_EQ, _NE = Op.EQ, Op.NE  # (an enum member lookup is slow in Python 3.11: hot paths use these)


class ExprOp:
    """Operator overloading shared by expressions and iteration variables."""

    __slots__ = ()

    def __add__(self, o: Any) -> Expr: return binary(Op.ADD, self, o)
    def __radd__(self, o: Any) -> Expr: return binary(Op.ADD, o, self)
    def __sub__(self, o: Any) -> Expr: return binary(Op.SUB, self, o)
    def __rsub__(self, o: Any) -> Expr: return binary(Op.SUB, o, self)
    def __mul__(self, o: Any) -> Expr: return binary(Op.MUL, self, o)
    def __rmul__(self, o: Any) -> Expr: return binary(Op.MUL, o, self)
    def __truediv__(self, o: Any) -> Expr: return binary(Op.DIV, self, o)
    def __rtruediv__(self, o: Any) -> Expr: return binary(Op.DIV, o, self)
    def __floordiv__(self, o: Any) -> Expr: return binary(Op.FLOORDIV, self, o)
    def __rfloordiv__(self, o: Any) -> Expr: return binary(Op.FLOORDIV, o, self)
    def __mod__(self, o: Any) -> Expr: return binary(Op.FLOORMOD, self, o)
    def __rmod__(self, o: Any) -> Expr: return binary(Op.FLOORMOD, o, self)
    def __pow__(self, o: Any) -> Expr: return binary(Op.POW, self, o)
    def __rpow__(self, o: Any) -> Expr: return binary(Op.POW, o, self)
    def __lt__(self, o: Any) -> Expr: return binary(Op.LT, self, o)
    def __le__(self, o: Any) -> Expr: return binary(Op.LE, self, o)
    def __gt__(self, o: Any) -> Expr: return binary(Op.GT, self, o)
    def __ge__(self, o: Any) -> Expr: return binary(Op.GE, self, o)
    def __eq__(self, o: Any) -> EqualOp: return EqualOp(_EQ, self, o)  # type: ignore[override]
    def __ne__(self, o: Any) -> EqualOp: return EqualOp(_NE, self, o)  # type: ignore[override]
    def __and__(self, o: Any) -> Expr: return binary(Op.AND, self, o)
    def __rand__(self, o: Any) -> Expr: return binary(Op.AND, o, self)
    def __or__(self, o: Any) -> Expr: return binary(Op.OR, self, o)
    def __ror__(self, o: Any) -> Expr: return binary(Op.OR, o, self)
    def __neg__(self) -> Expr: return unary(Op.NEG, self)
    def __invert__(self) -> Expr: return unary(Op.NOT, self)
    def __abs__(self) -> Expr: return unary(Op.ABS, self)

    def __bool__(self) -> bool:
        raise DSLTypeError(
            "a tensor expression has no Python truth value; use tc.if_then_else(cond, a, b) "
            "for a data-dependent choice"
        )

    def astype(self, dtype: Any) -> Expr:
        return cast(dtype, self)


class EqualOp(ExprOp):
    """``a == b`` or ``a != b`` on expressions, not yet type-promoted.

    As an expression (``as_expr``, operators, select, reducers, indices, compute bodies) it
    is ``Binary(op, a, b)``; ``bool()`` of it is structural equality of ``a`` and ``b``
    (negated for ``!=``), so dict/set lookups and ``assert a == b`` keep their meaning."""

    __slots__ = ("_expr", "a", "b", "op")

    def __init__(self, op: Op, a: Any, b: Any) -> None:
        self.op, self.a, self.b, self._expr = op, a, b, None

    def expr(self) -> Expr:
        if self._expr is None:
            self._expr = binary(self.op, self.a, self.b)
        return self._expr

    @property
    def dtype(self) -> DType:
        return self.expr().dtype

    def __bool__(self) -> bool:
        what = ACTIVE[0] and traced_user_code(sys._getframe(1))
        if what:
            word = "==" if self.op is Op.EQ else "!="
            raise DSLTypeError(
                f"Python's and/or/not/if on the comparison '{self.a!r} {word} {self.b!r}' in "
                f"{what}: a tensor comparison has no Python truth value there. Use & | ~ "
                "(or tc.all, tc.any, tc.logical_not) to combine conditions and "
                "tc.if_then_else(cond, a, b) to choose a value; compare axes with 'is'")
        same = structural_equal(self.a, self.b)
        return same if self.op is _EQ else not same

    def __hash__(self) -> int:
        return hash((self.op, self.a, self.b))

    def __repr__(self) -> str:
        return f"({self.a!r} {'==' if self.op is Op.EQ else '!='} {self.b!r})"


EQUALITY[EqualOp] = same_fields(("op", "a", "b"))


class Expr(ExprOp):
    """Base class of expression nodes. Every node has a ``dtype`` field."""

    __slots__ = ()
    dtype: DType
    _fields: tuple[str, ...]

    def __repr__(self) -> str:
        from .printer import expr_str

        return expr_str(self)


@node
class Const(Expr):
    value: Any
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Var(Expr, IdentityNode):
    """A variable; equality is identity. ``name`` is only a printing hint."""

    name: str
    dtype: DType = dtypes.int64
    uid: int = field(default_factory=fresh_uid, compare=False)

    _fields = ("name", "dtype")

    def __hash__(self) -> int:
        return id(self)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class SizeVar(Var):
    """A symbolic dimension (``tc.var``): a non-negative integer bound at call time."""


@node
class Unary(Expr):
    op: Op
    a: Expr
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class Binary(Expr):
    op: Op
    a: Expr
    b: Expr
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class Cast(Expr):
    dtype: DType
    value: Expr
    _h: int = field(default=0, init=False, compare=False)


@node
class Select(Expr):
    """``cond ? t : f``. Both branches may be evaluated (no side effects in expressions)."""

    cond: Expr
    t: Expr
    f: Expr
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class Load(Expr):
    """Read ``buffer[indices]`` (loop IR). After flattening there is one index."""

    buffer: Buffer
    indices: tuple[Expr, ...]
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class Ramp(Expr):
    """The vector ``[base, base+stride, ..., base+(lanes-1)*stride]``."""

    base: Expr
    stride: Expr
    lanes: int
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class Broadcast(Expr):
    """A vector of ``lanes`` copies of a scalar."""

    value: Expr
    lanes: int
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class IterVar(ExprOp, IdentityNode):
    """An iteration axis: a variable with a domain. Equality is identity.

    In DSL code an IterVar behaves like its variable, so ``A[i, k]`` works for a reduction
    axis ``k``.
    """

    var: Var
    dom: Range
    kind: IterKind = IterKind.SPATIAL
    location: str = ""

    @property
    def name(self) -> str:
        return self.var.name

    @property
    def dtype(self) -> DType:
        return self.var.dtype

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"IterVar({self.var.name}, {self.dom!r}, {self.kind.value})"


def reduce_identity(op: Op, dtype: Any) -> Const:
    """The identity of a built-in reducer's combine ``op`` (ADD, MUL, MAX, MIN) in ``dtype``:
    0, 1, the type's lowest value (-inf for floats) and its highest. The one table the DSL's
    reducers, the evaluator and the GPU cross-thread reduction read."""
    dt = dtypes.as_dtype(dtype)
    values = {Op.ADD: 0, Op.MUL: 1, Op.MAX: dt.lowest, Op.MIN: dt.highest}
    if op not in values:
        raise DSLTypeError(f"{op.name} is not a built-in reducer's combine (ADD, MUL, MAX, MIN)")
    return const(values[op], dt)


@node
class Reduce(Expr):
    """Reduction of ``source`` over the ``axis`` domain, output ``value_index`` of the tuple."""

    combiner: CommReducer
    source: tuple[Expr, ...]
    axis: tuple[IterVar, ...]
    condition: Expr
    value_index: int
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


@node
class ProducerLoad(Expr):
    """DSL-level read of a tensor element; lowering turns it into a Load of a Buffer."""

    tensor: Any  # dsl.tensor.Tensor
    indices: tuple[Expr, ...]
    dtype: DType
    _h: int = field(default=0, init=False, compare=False)


# Equality of the common expression nodes, written out: the generic field loop is slower,
# and dict/set lookups of expressions compare them all the time.
EQUALITY[Const] = lambda a, b: ((a.value is b.value or a.value == b.value)
                                and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[Unary] = lambda a, b: (a.op is b.op and (a.a is b.a or same_value(a.a, b.a))
                                and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[Binary] = lambda a, b: (a.op is b.op and (a.a is b.a or same_value(a.a, b.a))
                                 and (a.b is b.b or same_value(a.b, b.b))
                                 and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[Cast] = lambda a, b: ((a.value is b.value or same_value(a.value, b.value))
                               and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[Select] = lambda a, b: ((a.cond is b.cond or same_value(a.cond, b.cond))
                                 and (a.t is b.t or same_value(a.t, b.t))
                                 and (a.f is b.f or same_value(a.f, b.f))
                                 and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[Load] = lambda a, b: (a.buffer is b.buffer and same_seq(a.indices, b.indices)
                               and (a.dtype is b.dtype or a.dtype == b.dtype))
EQUALITY[ProducerLoad] = lambda a, b: (a.tensor is b.tensor and same_seq(a.indices, b.indices)
                                       and (a.dtype is b.dtype or a.dtype == b.dtype))


# ----------------------------------------------------------------------------- constructors


def const(value: Any, dtype: Any = None) -> Const:
    """A constant of the value ``dtype`` holds for ``value`` (``DType.hold``). Without
    ``dtype``: bool, int64 or float32 by the Python type."""
    if dtype is None:
        if isinstance(value, bool):
            dtype = dtypes.bool_
        elif isinstance(value, int):
            dtype = dtypes.int64
        elif isinstance(value, float):
            dtype = dtypes.float32
        else:
            raise DSLTypeError(f"can't make a constant from {value!r} ({type(value).__name__})")
    dt = dtypes.as_dtype(dtype)
    return Const(dt.hold(value), dt)


def as_expr(value: Any, like: DType | None = None) -> Expr:
    """Convert a Python scalar, IterVar or Expr to an Expr.

    A Python number next to an expression ``like`` takes that expression's type where the
    value fits it (``x * 2`` stays float32 for a float32 ``x``).
    """
    if isinstance(value, Expr):
        return value
    if isinstance(value, IterVar):
        return value.var
    if isinstance(value, EqualOp):
        return value.expr()
    if isinstance(value, (bool, int, float)) or (hasattr(value, "dtype")
                                                   and hasattr(value, "item")):
        if hasattr(value, "item") and not isinstance(value, (bool, int, float)):
            value = value.item()
        if like is not None:
            like = like.scalar
            if isinstance(value, bool):
                return const(value, dtypes.bool_ if not like.is_bool else like)
            if isinstance(value, int) and not like.is_bool:
                return const(value, like)
            if isinstance(value, float):
                return const(value, like if like.is_float else dtypes.float32)
        return const(value)
    raise DSLTypeError(
        f"can't use {type(value).__name__} {value!r} in a tensor expression; expected a number, "
        "an axis or an expression"
    )


def _lanes_match(a: Expr, b: Expr) -> tuple[Expr, Expr]:
    la, lb = a.dtype.lanes, b.dtype.lanes
    if la == lb:
        return a, b
    if la == 1:
        return broadcast(a, lb), b
    if lb == 1:
        return a, broadcast(b, la)
    raise DSLTypeError(f"vector lane mismatch: {a.dtype} vs {b.dtype}")


def binary(op: Op, a: Any, b: Any) -> Expr:
    """Build ``a op b`` with numpy-like type promotion of the operands."""
    raw_a, raw_b = a, b
    if not isinstance(a, ExprOp):
        b = as_expr(b)
        a = as_expr(a, like=b.dtype)
    else:
        a = as_expr(a)
        b = as_expr(b, like=a.dtype)
    if op in LOGIC_OPS:
        word = "&, tc.logical_and" if op is Op.AND else "|, tc.logical_or"
        check_not_bool(raw_a, f"an operand of {word}")
        check_not_bool(raw_b, f"an operand of {word}")
        if not (a.dtype.is_bool and b.dtype.is_bool):
            raise DSLTypeError(f"'{op.value}' needs bool operands, got {a.dtype} and {b.dtype}")
        a, b = _lanes_match(a, b)
        return Binary(op, a, b, a.dtype)
    t = dtypes.promote(a.dtype, b.dtype)
    if op in (Op.FLOORDIV, Op.FLOORMOD) and t.is_bool:
        raise DSLTypeError(f"'{op.value}' is not defined on bool")
    if op == Op.DIV and not t.is_float:
        raise DSLTypeError(
            f"'/' on {a.dtype} and {b.dtype} is true division and needs a float operand; "
            "use '//' for floor division of integers"
        )
    a = cast(t.scalar, a) if a.dtype.scalar != t.scalar else a
    b = cast(t.scalar, b) if b.dtype.scalar != t.scalar else b
    a, b = _lanes_match(a, b)
    rt = dtypes.bool_.with_lanes(a.dtype.lanes) if op in COMPARE_OPS else a.dtype
    return Binary(op, a, b, rt)


def unary(op: Op, a: Any) -> Expr:
    raw = a
    a = as_expr(a)
    if op == Op.NOT:
        check_not_bool(raw, "the operand of ~, tc.logical_not")
        if not a.dtype.is_bool:
            raise DSLTypeError(f"logical not needs a bool operand, got {a.dtype}")
        return Unary(op, a, a.dtype)
    if op in FLOAT_UNARY_OPS and not a.dtype.is_float:
        raise DSLTypeError(
            f"{op.value}() needs a float operand, got {a.dtype}; cast it first, e.g. "
            f"tc.{op.value}(x.astype('float32'))"
        )
    if a.dtype.is_bool:
        raise DSLTypeError(f"{op.value}() is not defined on bool")
    return Unary(op, a, a.dtype)


def cast(dtype: Any, value: Any) -> Expr:
    value = as_expr(value)
    dt = dtypes.as_dtype(dtype).with_lanes(value.dtype.lanes)
    if value.dtype == dt:
        return value
    if isinstance(value, Const):
        return const(value.value, dt)
    return Cast(dt, value)


def select(cond: Any, t: Any, f: Any) -> Expr:
    check_not_bool(cond, "the condition of tc.if_then_else/select")
    cond = as_expr(cond)
    if not cond.dtype.is_bool:
        raise DSLTypeError(f"if_then_else condition must be bool, got {cond.dtype}")
    if isinstance(t, ExprOp) or not isinstance(f, ExprOp):
        t = as_expr(t)
        f = as_expr(f, like=t.dtype)
    else:
        f = as_expr(f)
        t = as_expr(t, like=f.dtype)
    dt = dtypes.promote(t.dtype, f.dtype)
    t, f = cast(dt.scalar, t), cast(dt.scalar, f)
    t, f = _lanes_match(t, f)
    if cond.dtype.lanes != t.dtype.lanes:
        cond, t = _lanes_match(cond, t)
        cond, f = _lanes_match(cond, f)
    return Select(cond, t, f, t.dtype)


def broadcast(value: Expr, lanes: int) -> Expr:
    if lanes == 1:
        return value
    assert value.dtype.lanes == 1, "broadcast of a vector"
    return Broadcast(value, lanes, value.dtype.with_lanes(lanes))


def ramp(base: Expr, stride: Expr, lanes: int) -> Ramp:
    return Ramp(base, stride, lanes, base.dtype.with_lanes(lanes))


def is_const(e: Any, value: Any = None) -> bool:
    """True when ``e`` is a Const (and equal to ``value`` if given)."""
    return isinstance(e, Const) and (value is None or e.value == value)


def const_value(e: Expr) -> Any:
    """The Python value of a Const, or None."""
    return e.value if isinstance(e, Const) else None


__all__ = [
    "BINARY_OPS", "COMMUTATIVE_OPS", "COMPARE_OPS", "FLOAT_UNARY_OPS", "INFIX_OPS", "LOGIC_OPS",
    "UNARY_OPS", "Binary", "Broadcast", "Cast", "CommReducer", "Const", "EqualOp", "Expr",
    "ExprOp", "IterKind", "IterVar", "Load", "Op", "ProducerLoad", "Ramp", "Range", "Reduce",
    "Select", "SizeVar", "Unary", "Var", "as_expr", "binary", "broadcast", "cast",
    "check_not_bool", "const", "const_value", "fresh_uid", "is_const", "node", "ramp",
    "reduce_identity", "select", "structural_equal", "tracing", "unary",
]
