"""Tensors and the operations that produce them: placeholders and computes (layer 2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import dtypes
from ..dtypes import DType
from ..errors import DSLShapeError, DSLTypeError
from ..ir import expr as E
from ..ir.visitor import walk


class Operation:
    """Base of PlaceholderOp and ComputeOp. Identity-compared."""

    name: str
    location: str

    @property
    def num_outputs(self) -> int:
        return 1

    def output(self, index: int = 0) -> Tensor:
        return self._outputs[index]  # type: ignore[attr-defined]

    @property
    def input_tensors(self) -> list[Tensor]:
        return []

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


class PlaceholderOp(Operation):
    """An input array of a kernel."""

    def __init__(self, name: str, shape: tuple[E.Expr, ...], dtype: DType, location: str):
        self.name = name
        self.shape = shape
        self.dtype = dtype
        self.location = location
        self._outputs = [Tensor(self, 0, shape, dtype, name)]

    def __repr__(self) -> str:
        return f"placeholder {self.name}: {self.dtype}{list(self.shape)}"


class ComputeOp(Operation):
    """``out[axis...] = body`` over the spatial ``axis``; ``body`` may be a (tuple) Reduce."""

    def __init__(self, name: str, axis: tuple[E.IterVar, ...], body: tuple[E.Expr, ...],
                 location: str, tag: str = "", attrs: dict[str, Any] | None = None):
        self.name = name
        self.axis = axis
        self.body = body
        self.location = location
        self.tag = tag
        self.attrs = dict(attrs or {})
        # stages lifted out of this compute's body (reductions inside expressions)
        self.reductions: tuple[Tensor, ...] = ()
        shape = tuple(iv.dom.extent for iv in axis)
        names = [name] if len(body) == 1 else [f"{name}.v{i}" for i in range(len(body))]
        self._outputs = [Tensor(self, i, shape, b.dtype, names[i]) for i, b in enumerate(body)]

    @property
    def num_outputs(self) -> int:
        return len(self.body)

    @property
    def reduce_axis(self) -> tuple[E.IterVar, ...]:
        b = self.body[0]
        return b.axis if isinstance(b, E.Reduce) else ()

    @property
    def is_reduction(self) -> bool:
        return isinstance(self.body[0], E.Reduce)

    @property
    def shape(self) -> tuple[E.Expr, ...]:
        return self._outputs[0].shape

    @property
    def input_tensors(self) -> list[Tensor]:
        """The tensors the body reads, in first-read order. Computed once: the body never
        changes, and scheduling asks for it per stage pair (a capsule routing gradient's
        build walked its bodies 34,000 times, a third of its 33 s)."""
        got = self.__dict__.get("_inputs")
        if got is None:
            seen: dict[Tensor, None] = {}
            for b in self.body:
                for n in walk(b):
                    if isinstance(n, E.ProducerLoad):
                        seen.setdefault(n.tensor, None)
            got = self._inputs = tuple(seen)
        return list(got)

    def __repr__(self) -> str:
        from .printer import op_str

        return op_str(self)


@dataclass(frozen=True, eq=False, repr=False)
class Tensor:
    """Output ``value_index`` of ``op``. Index it (``A[i, j]``) to read an element."""

    op: Operation
    value_index: int
    shape: tuple[E.Expr, ...]
    dtype: DType
    name: str
    ndim: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ndim", len(self.shape))

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __repr__(self) -> str:
        shape = ", ".join(repr(s) for s in self.shape)
        return f"Tensor({self.name}, ({shape}), {self.dtype})"

    @property
    def reductions(self) -> tuple[Tensor, ...]:
        """The stages tc.compute lifted out of this tensor's body, one per reduction that sat
        inside a larger expression (alpha-equivalent ones share a stage; a tuple reducer's
        stage appears as its first output), in order; schedule them like any stage."""
        return getattr(self.op, "reductions", ())

    def __getitem__(self, idx: Any) -> E.Expr:
        if not isinstance(idx, tuple):
            idx = (idx,)
        if len(idx) != self.ndim:
            raise DSLShapeError(
                f"tensor '{self.name}' has {self.ndim} dimension(s) {list(self.shape)} but is "
                f"indexed with {len(idx)} index(es)"
            )
        out = []
        for axis, i in enumerate(idx):
            if isinstance(i, slice):
                raise DSLShapeError(
                    f"tensor '{self.name}' axis {axis}: slices are not tensor expressions; "
                    "index with an axis variable"
                )
            E.check_not_bool(i, f"the index of tensor '{self.name}' axis {axis}")
            e = E.as_expr(i, like=dtypes.int64)
            if not e.dtype.is_int:
                raise DSLTypeError(
                    f"tensor '{self.name}' axis {axis} is indexed with a {e.dtype} expression "
                    f"({e!r}); indices must be integers (use tc.cast('int64', ...))"
                )
            out.append(E.cast(dtypes.int64, e) if e.dtype != dtypes.int64 else e)
        return E.ProducerLoad(self, tuple(out), self.dtype)


def check_shape(shape: Any, what: str) -> tuple[E.Expr, ...]:
    """Normalise a shape (ints and symbolic vars) and check it."""
    if isinstance(shape, (int, E.Expr)):
        shape = (shape,)
    if not isinstance(shape, Sequence):
        raise DSLShapeError(f"{what}: shape must be a tuple of ints or tc.var, got {shape!r}")
    out = []
    for axis, d in enumerate(shape):
        if isinstance(d, bool) or (not isinstance(d, (int, E.Expr))
                                   and not hasattr(d, "__index__")):
            raise DSLShapeError(f"{what}: dimension {axis} is {d!r}, expected an int or tc.var")
        e = E.as_expr(int(d) if not isinstance(d, E.Expr) else d, like=dtypes.int64)
        if not e.dtype.is_int:
            raise DSLShapeError(f"{what}: dimension {axis} must be an integer, got {e.dtype}")
        if isinstance(e, E.Const) and e.value <= 0:
            raise DSLShapeError(f"{what}: dimension {axis} must be positive, got {e.value}")
        out.append(E.cast(dtypes.int64, e))
    return tuple(out)
