"""Scalar and vector expression nodes shared by the DSL and the loop IR (layer 1).

Nodes are frozen, slotted dataclasses with tuple children and a cached structural hash.

``==`` and ``!=`` on expressions build comparisons, as ``<`` and the others do (TVM's
EqualOp): ``a == b`` is a light ``EqualOp`` that becomes ``Binary(Op.EQ, a, b)`` wherever an
expression is expected, and whose ``bool()`` is structural equality (identity for ``Var``,
``IterVar`` and ``Buffer``), so dicts, sets, ``in`` and ``assert a == b`` over expressions
keep working. While ``tc.compute`` traces user code, ``bool()`` of such a comparison in that
code is an error instead (see ``tracing``).
"""

from __future__ import annotations

import enum
import itertools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import dtypes
from ..dtypes import DType
from ..errors import DSLTypeError

if TYPE_CHECKING:
    from .buffer import Buffer


class Op(enum.Enum):
    """Every scalar operator. One enum drives the printer, interpreter and code generators."""

    # binary arithmetic
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"  # true division (floats); ints use FLOORDIV
    FLOORDIV = "//"
    FLOORMOD = "%"
    MIN = "min"
    MAX = "max"
    POW = "pow"
    # comparisons (result is bool)
    EQ = "=="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    # logic (bool operands)
    AND = "&&"
    OR = "||"
    # unary
    NEG = "neg"
    NOT = "!"
    EXP = "exp"
    LOG = "log"
    SQRT = "sqrt"
    RSQRT = "rsqrt"
    TANH = "tanh"
    SIGMOID = "sigmoid"
    ERF = "erf"
    ABS = "abs"
    FLOOR = "floor"
    CEIL = "ceil"


_EQ, _NE = Op.EQ, Op.NE  # (an enum member lookup is slow in Python 3.11: hot paths use these)
COMPARE_OPS = frozenset({Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE})
LOGIC_OPS = frozenset({Op.AND, Op.OR})
INFIX_OPS = frozenset(
    {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.FLOORDIV, Op.FLOORMOD} | COMPARE_OPS | LOGIC_OPS
)
BINARY_OPS = INFIX_OPS | {Op.MIN, Op.MAX, Op.POW}
UNARY_OPS = frozenset(
    {Op.NEG, Op.NOT, Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT, Op.TANH, Op.SIGMOID, Op.ERF, Op.ABS,
     Op.FLOOR, Op.CEIL}
)
# Unary ops defined only on floats (transcendentals and rounding).
FLOAT_UNARY_OPS = frozenset(
    {Op.EXP, Op.LOG, Op.SQRT, Op.RSQRT, Op.TANH, Op.SIGMOID, Op.ERF, Op.FLOOR, Op.CEIL}
)
COMMUTATIVE_OPS = frozenset({Op.ADD, Op.MUL, Op.MIN, Op.MAX, Op.EQ, Op.NE, Op.AND, Op.OR})


def _cached_hash(self: Any) -> int:
    h = self._h
    if h == 0:
        h = hash((type(self).__name__, *[getattr(self, n) for n in self._fields])) or 1
        object.__setattr__(self, "_h", h)
    return h


# node class -> its structural equality, for two instances that are not identical
_SAME: dict[type, Callable[[Any, Any], bool]] = {}


def structural_equal(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` are the same tree: identity first, then type and cached hash
    before the fields. Variables, axes and buffers are equal only to themselves."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    ha, hb = getattr(a, "_h", 0), getattr(b, "_h", 0)
    return not (ha and hb and ha != hb) and _same(a, b)


def _same(x: Any, y: Any) -> bool:
    """Structural equality of two values that are not identical."""
    t = type(x)
    if t is not type(y):
        return False
    eq = _SAME.get(t)
    if eq is not None:
        return eq(x, y)
    if t is tuple:
        return _same_seq(x, y)
    return not issubclass(t, (Var, IterVar)) and bool(x == y)


def _same_seq(xs: tuple[Any, ...], ys: tuple[Any, ...]) -> bool:
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys, strict=False):
        if x is not y and not _same(x, y):
            return False
    return True


def _same_fields(names: tuple[str, ...]) -> Callable[[Any, Any], bool]:
    get = attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))
    return lambda a, b: _same_seq(get(a), get(b))


def _node_eq(self: Any, other: Any) -> Any:
    return structural_equal(self, other) if type(other) is type(self) else NotImplemented


def node(cls: type) -> type:
    """Class decorator: frozen slotted dataclass with a cached structural hash.

    Expression nodes get ``==`` from ExprOp (a comparison whose truth is structural
    equality); other nodes (statements, ranges, reducers) compare structurally."""
    cls = dataclass(frozen=True, slots=True, eq=False, repr=False)(cls)
    cls._fields = tuple(f.name for f in fields(cls) if f.name != "_h")
    cls.__hash__ = _cached_hash
    if not issubclass(cls, ExprOp):
        cls.__eq__ = _node_eq
    _SAME[cls] = _same_fields(cls._fields)
    return cls


# ----------------------------------------------------------------------------- tracing

_TRACE = threading.local()
_tracing = [0]  # how many traces are open, over all threads (a cheap first check)
_tracing_lock = threading.Lock()
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# tcomp's own packages: bool() of a comparison in their code is structural equality.
_OWN_DIRS = tuple(os.path.join(_ROOT, p) + os.sep for p in ("tcomp", "schedules", "autotune"))
_own_code: dict[Any, bool] = {}


@contextmanager
def tracing(what: str) -> Iterator[None]:
    """While user code (``what``: a compute body, a reducer) builds expressions, Python's
    ``and``/``or``/``not``/``if`` on an ``==``/``!=`` comparison in that code is an error."""
    prev = getattr(_TRACE, "what", None)
    _TRACE.what = what
    with _tracing_lock:
        _tracing[0] += 1
    try:
        yield
    finally:
        with _tracing_lock:
            _tracing[0] -= 1
        _TRACE.what = prev


def _user_frame(frame: Any) -> bool:
    code = frame.f_code
    own = _own_code.get(code)
    if own is None:
        own = _own_code[code] = os.path.abspath(code.co_filename).startswith(_OWN_DIRS)
    return not own


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
        what = _tracing[0] and getattr(_TRACE, "what", None)
        if what and _user_frame(sys._getframe(1)):
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


_SAME[EqualOp] = _same_fields(("op", "a", "b"))


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


_var_ids = itertools.count()


def fresh_uid() -> int:
    """A new unique id, for a Var or a Buffer (their identity, and their order of creation)."""
    return next(_var_ids)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Var(Expr):
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


@node
class Range:
    """The half-open interval ``[min, min + extent)``."""

    min: Expr
    extent: Expr
    _h: int = field(default=0, init=False, compare=False)

    def __repr__(self) -> str:
        return f"range(min={self.min!r}, ext={self.extent!r})"


class IterKind(enum.Enum):
    SPATIAL = "spatial"
    REDUCE = "reduce"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class IterVar(ExprOp):
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


@node
class CommReducer:
    """A commutative, associative reducer over tuples: ``result(lhs, rhs)`` with ``identity``.

    ``lhs``/``rhs`` are placeholder variables; single-value reducers have 1-tuples.
    """

    name: str
    lhs: tuple[Var, ...]
    rhs: tuple[Var, ...]
    result: tuple[Expr, ...]
    identity: tuple[Expr, ...]
    _h: int = field(default=0, init=False, compare=False)

    def __repr__(self) -> str:
        return f"CommReducer({self.name})"


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
_SAME[Const] = lambda a, b: ((a.value is b.value or a.value == b.value)
                             and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[Unary] = lambda a, b: (a.op is b.op and (a.a is b.a or _same(a.a, b.a))
                             and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[Binary] = lambda a, b: (a.op is b.op and (a.a is b.a or _same(a.a, b.a))
                              and (a.b is b.b or _same(a.b, b.b))
                              and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[Cast] = lambda a, b: ((a.value is b.value or _same(a.value, b.value))
                            and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[Select] = lambda a, b: ((a.cond is b.cond or _same(a.cond, b.cond))
                              and (a.t is b.t or _same(a.t, b.t))
                              and (a.f is b.f or _same(a.f, b.f))
                              and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[Load] = lambda a, b: (a.buffer is b.buffer and _same_seq(a.indices, b.indices)
                            and (a.dtype is b.dtype or a.dtype == b.dtype))
_SAME[ProducerLoad] = lambda a, b: (a.tensor is b.tensor and _same_seq(a.indices, b.indices)
                                    and (a.dtype is b.dtype or a.dtype == b.dtype))


# ----------------------------------------------------------------------------- constructors


def const(value: Any, dtype: Any = None) -> Const:
    """A constant. Without ``dtype``: bool, int64 or float32 by the Python type."""
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
    if dt.is_float:
        value = float(value)
        if dt.bits == 32:  # the value a float32 can hold
            with np.errstate(over="ignore"):
                value = float(np.float32(value))
    elif dt.is_bool:
        value = bool(value)
    else:
        half = 1 << (dt.bits - 1)
        if isinstance(value, float):  # float -> int saturates: NaN -> 0, else clamp, truncate
            value = 0 if value != value else half - 1 if value >= half else \
                -half if value < -half else int(value)
        value = (int(value) + half) % (1 << dt.bits) - half  # ints wrap like the hardware
    return Const(value, dt)


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


def check_not_bool(value: Any, place: str) -> None:
    """Refuse a Python (or numpy) bool where a tensor expression is meant: it is almost always
    a Python comparison (``is``, ``in``, of plain numbers) that was meant as a tensor one."""
    if isinstance(value, (bool, np.bool_)):
        raise DSLTypeError(
            f"{place} is the Python bool {bool(value)}, not a tensor expression; a Python "
            "comparison (of plain numbers, or with 'is'/'in') was probably meant as a tensor "
            "condition. Build it from tensor expressions (==, <, &, |, ~, tc.all, tc.any), or "
            f"write tc.const({bool(value)}) for a constant condition")


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
