"""Buffers: named, typed, shaped memory regions in a scope (layer 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..dtypes import DType
from .expr import Expr, Var, as_expr
from .node import fresh_uid

SCOPES = ("global", "local", "shared")


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Buffer:
    """A multi-dimensional array. Equality is identity, like ``Var``.

    ``scope`` is ``"global"`` (function arguments and heap temporaries), ``"local"``
    (per-thread stack or registers) or ``"shared"`` (GPU block-shared memory).
    """

    name: str
    shape: tuple[Expr, ...]
    dtype: DType
    scope: str = "global"
    uid: int = field(default_factory=fresh_uid)

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __repr__(self) -> str:
        return f"Buffer({self.name}, {list(self.shape)}, {self.dtype}, {self.scope})"

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def strides(self) -> tuple[Expr, ...]:
        """Row-major (C order) strides in elements."""
        out: list[Expr] = []
        acc: Expr | None = None
        for dim in reversed(self.shape):
            out.append(acc if acc is not None else as_expr(1))
            acc = dim if acc is None else dim * acc
        return tuple(reversed(out))


def decl_buffer(shape: Any, dtype: DType, name: str, scope: str = "global") -> Buffer:
    if scope not in SCOPES:
        raise ValueError(f"unknown memory scope {scope!r}; expected one of {SCOPES}")
    return Buffer(name, tuple(as_expr(s) for s in shape), dtype, scope)


__all__ = ["SCOPES", "Buffer", "Var", "decl_buffer"]
