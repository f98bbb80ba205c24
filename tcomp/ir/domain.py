"""Loop domains and reducers: the nodes that axes and reductions refer to (layer 1).

``Range`` is a loop's half-open interval, ``IterKind`` says whether an axis is spatial or
reduced, and ``CommReducer`` is a reduction's combine function with its identity. They are
not expressions (no arithmetic on them): ``ir.expr``'s ``IterVar`` holds a ``Range`` and a
``Reduce`` a ``CommReducer``, and ``ir.expr`` re-exports all three.
"""

from __future__ import annotations

import enum
from dataclasses import field
from typing import TYPE_CHECKING

from .node import node

if TYPE_CHECKING:
    from .expr import Expr, Var


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
