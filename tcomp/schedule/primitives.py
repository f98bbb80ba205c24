"""Schedule directives as serialisable records, and the iteration-variable relations (layer 3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..ir import expr as E


@dataclass(frozen=True)
class Split:
    """``parent = outer * factor + inner`` (``nparts`` fixes the outer extent instead)."""

    parent: E.IterVar
    outer: E.IterVar
    inner: E.IterVar
    factor: int | None
    nparts: int | None


@dataclass(frozen=True)
class Fuse:
    """``fused = outer * extent(inner) + inner``."""

    outer: E.IterVar
    inner: E.IterVar
    fused: E.IterVar


Relation = Split | Fuse


@dataclass(frozen=True)
class Directive:
    """One recorded primitive call: ``kind`` plus JSON-friendly ``params`` (axes by name)."""

    kind: str
    stage: str
    params: dict[str, Any] = field(default_factory=dict)
    location: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "stage": self.stage, "params": self.params}

    def __str__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.stage}.{self.kind}({args})"
