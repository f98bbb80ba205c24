"""PrimFunc: the unit of loop IR passed between lowering, passes and code generation."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .buffer import Buffer
from .expr import Var
from .stmt import Stmt


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PrimFunc:
    """A kernel: ``params`` are the array arguments in call order, ``dim_vars`` the symbolic
    dimensions (bound from the arrays' shapes at call time), ``body`` the loop nest.

    ``attrs`` holds target-independent facts (e.g. ``"flattened": True`` after storage
    flattening) and, for GPU kernels, the launch configuration.
    """

    name: str
    params: tuple[Buffer, ...]
    body: Stmt
    dim_vars: tuple[Var, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)

    def with_body(self, body: Stmt) -> PrimFunc:
        return replace(self, body=body)

    def __repr__(self) -> str:
        from .printer import func_str

        return func_str(self)
