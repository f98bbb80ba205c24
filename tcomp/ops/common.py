"""Helpers every op family shares: shapes (an int per constant dimension, the expression for
a symbolic one: the nn layer's dynamic batch), numpy broadcasting, a count's reciprocal
(layer 6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..ir import expr as E

Shape = tuple[Any, ...]  # ints, and an expression for a symbolic dimension


def shape_of(t: Tensor) -> Shape:
    """The shape of a DSL tensor: an int per constant dimension, the expression itself for a
    symbolic one."""
    return tuple(int(d.value) if isinstance(d, E.Const) else d for d in t.shape)


def same_dim(a: E.Expr, b: E.Expr) -> bool:
    """Whether two dimensions are the same expression or equal constants."""
    return a == b or (isinstance(a, E.Const) and isinstance(b, E.Const) and a.value == b.value)


def reciprocal(count: Any, dtype: Any) -> Any:
    """``1 / count`` as a multiplier of ``dtype`` values: a Python float for an int count,
    an expression in the tensor's own dtype for a symbolic one."""
    if isinstance(count, int):
        return 1.0 / count
    return dsl.const(1.0, dtype) / dsl.cast(dtype, count)


def broadcast_index(t: Tensor, out_shape: Shape, idx: Sequence[Any]) -> tuple[Any, ...]:
    """Indices reading ``t`` at output position ``idx`` (of an output of ``out_shape``) under
    numpy broadcasting: 0 along an axis ``t`` broadcasts (extent 1 where the output's isn't),
    the output's index elsewhere, an axis of extent 1 in both included, so a batch of one
    reads its operands at its own indices (the schedule rules that fuse a producer into its
    reader, such as a pooling's strips of a convolution, look for such reads)."""
    shp = shape_of(t)
    lead = len(out_shape) - len(shp)
    return tuple(0 if n == 1 and not _one(out_shape[lead + d]) else idx[lead + d]
                 for d, n in enumerate(shp))


def _one(d: Any) -> bool:
    """Whether dimension ``d`` (an int or an expression) is the constant 1."""
    return d == 1 if isinstance(d, int) else E.is_const(d, 1)


def elementwise(fn: Callable[..., E.Expr], inputs: Sequence[Tensor], out_shape: Shape,
                name: str = "ew") -> Tensor:
    """``out[i] = fn(x0[bcast(i)], x1[bcast(i)], ...)`` with numpy broadcasting."""
    return dsl.compute(out_shape, lambda *i: fn(*[x[broadcast_index(x, out_shape, i)]
                                                  for x in inputs]), name=name)


__all__ = ["Shape", "broadcast_index", "elementwise", "reciprocal", "same_dim", "shape_of"]
