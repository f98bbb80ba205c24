"""Compiled DSL ops for the nn layer: forward and autodiff-derived backward kernels, built once
per (op, shapes, dtypes, attributes) and cached in memory (layer 9).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..autodiff import gradient
from ..dsl.printer import topo_ops
from ..dsl.tensor import PlaceholderOp
from ..dsl.tensor import Tensor as DTensor

Builder = Callable[..., DTensor]
_CACHE: dict[tuple[Any, ...], CompiledOp] = {}
STATS = {"builds": 0, "hits": 0}


def _schedule(out: DTensor) -> Any:
    from schedules import nn as nn_sched

    return nn_sched.auto_schedule(out)


def _placeholders(t: DTensor) -> list[DTensor]:
    return [op.output(0) for op in topo_ops(t) if isinstance(op, PlaceholderOp)]


class CompiledOp:
    """One op at fixed shapes: its DSL graph, forward kernel and per-input vjp kernels."""

    def __init__(self, name: str, builder: Builder, specs: Sequence[tuple[tuple[int, ...], str]],
                 attrs: tuple[Any, ...]):
        import tcomp as tc

        self.name = name
        self.params = [tc.placeholder(s, d, f"in{k}") for k, (s, d) in enumerate(specs)]
        self.out = builder(*self.params, *attrs)
        self.out_shape = tuple(int(d.value) for d in self.out.shape)
        self.out_dtype = self.out.dtype.np
        used = set(_placeholders(self.out))
        self.fwd_args = [p for p in self.params if p in used]
        self.fwd_pos = [self.params.index(p) for p in self.fwd_args]
        s, args = _schedule(self.out)
        self.fwd = tc.build(s, [*self.fwd_args, self.out], name=_sym(name))
        self.head = tc.placeholder(self.out_shape, self.out.dtype, "head")
        self._bwd: dict[int, tuple[Any, list[int], tuple[int, ...], Any]] = {}
        STATS["builds"] += 1

    def forward(self, arrays: Sequence[np.ndarray]) -> np.ndarray:
        out = np.empty(self.out_shape, self.out_dtype)
        self.fwd(*[arrays[k] for k in self.fwd_pos], out)
        return out

    def backward(self, k: int, arrays: Sequence[np.ndarray], grad_out: np.ndarray) -> np.ndarray:
        """The vector-Jacobian product of input ``k`` for the adjoint ``grad_out``."""
        import tcomp as tc

        if k not in self._bwd:
            (g,) = gradient(self.out, [self.params[k]], self.head)
            args = _placeholders(g)
            pos = [-1 if a is self.head else self.params.index(a) for a in args]
            s, _ = _schedule(g)
            kern = tc.build(s, [*args, g], name=_sym(f"{self.name}_grad{k}"))
            self._bwd[k] = (kern, pos, tuple(int(d.value) for d in g.shape), g.dtype.np)
        kern, pos, shp, dt = self._bwd[k]
        out = np.empty(shp, dt)
        kern(*[grad_out if p < 0 else arrays[p] for p in pos], out)
        return out


def _sym(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name)


def get_op(name: str, builder: Builder, arrays: Sequence[np.ndarray],
           attrs: tuple[Any, ...] = ()) -> CompiledOp:
    """The compiled op for these input shapes/dtypes and attributes (built on first use)."""
    specs = tuple((a.shape, str(a.dtype)) for a in arrays)
    key = (name, builder, specs, attrs)
    op = _CACHE.get(key)
    if op is None:
        op = _CACHE[key] = CompiledOp(name, builder, specs, attrs)
    else:
        STATS["hits"] += 1
    return op


def clear_cache() -> None:
    """Forget every compiled op (tc.build's disk cache still avoids recompiling)."""
    _CACHE.clear()
