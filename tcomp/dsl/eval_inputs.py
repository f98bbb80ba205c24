"""The reference evaluator's inputs (layer 2): the feed of placeholder values, checked against
their declared shapes and dtypes, the symbolic dimensions bound from them, and how many
consumers each tensor has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..dtypes import MAX_DIM
from ..errors import ArgumentShapeError, ArgumentTypeError, ArgumentValueError
from ..ir import expr as E
from ..ir.npops import eval_int
from ..ir.visitor import walk
from .tensor import PlaceholderOp, Tensor

# ----------------------------------------------------------------------------- inputs and dims


def input_map(inputs: Any, params: Sequence[Tensor] | None) -> dict[Tensor, Any]:
    if isinstance(inputs, Mapping):
        if params is not None:
            raise ArgumentTypeError("evaluate(): pass params= only with a sequence of inputs")
        return dict(inputs)
    if params is None:
        raise ArgumentTypeError(
            "evaluate(): inputs is a sequence, so params= must list the placeholders it "
            "belongs to (or pass a dict {placeholder: array})")
    inputs = list(inputs)
    if len(inputs) != len(params):
        raise ArgumentTypeError(
            f"evaluate(): {len(inputs)} input arrays for {len(params)} params "
            f"({', '.join(p.name for p in params)})")
    return dict(zip(params, inputs, strict=True))


def consumer_counts(ops: list[Any], outs: list[Tensor]) -> dict[Tensor, float]:
    counts: dict[Tensor, float] = {}
    for op in ops:
        for t in op.input_tensors:
            counts[t] = counts.get(t, 0) + 1
    for t in outs:
        counts[t] = float("inf")
    return counts


def _graph_size_vars(ops: list[Any]) -> list[E.Var]:
    found: dict[E.Var, None] = {}
    for op in ops:
        roots = list(op.shape) if isinstance(op, PlaceholderOp) else [
            *(iv.dom.extent for iv in op.axis), *op.body]
        for root in roots:
            for n in walk(root):
                if isinstance(n, E.SizeVar):
                    found.setdefault(n, None)
    return list(found)


def bind_dims(ops: list[Any], feed: dict[Tensor, Any], dim_values: Mapping[Any, int] | None,
               values: dict[Tensor, np.ndarray]) -> dict[E.Var, int]:
    size_vars = _graph_size_vars(ops)
    dims: dict[E.Var, int] = {}
    origin: dict[E.Var, str] = {}
    for key, val in (dim_values or {}).items():
        var = key
        if isinstance(key, str):
            hits = [v for v in size_vars if v.name == key]
            if len(hits) != 1:
                raise ArgumentValueError(
                    f"dim_values key '{key}' matches {len(hits)} symbolic dims of the graph "
                    f"({[v.name for v in size_vars]}); key it by the tc.var object instead")
            var = hits[0]
        if not isinstance(var, E.Var):
            raise ArgumentTypeError(f"dim_values key {key!r} is not a tc.var or its name")
        if not 0 <= int(val) <= MAX_DIM:
            raise ArgumentValueError(f"dim_values['{var.name}'] = {val} must be in "
                                     f"[0, {MAX_DIM}] (2**48 - 1)")
        dims[var], origin[var] = int(val), "dim_values"
    deferred = []
    for op in ops:
        if not isinstance(op, PlaceholderOp):
            continue
        t = op.output(0)
        if t not in feed:
            raise ArgumentTypeError(
                f"evaluate(): no input array for placeholder '{op.name}' (created at "
                f"{op.location}); add it to inputs")
        arr = np.asarray(feed[t])
        if arr.dtype != op.dtype.np:
            raise ArgumentTypeError(
                f"input '{op.name}' has dtype {arr.dtype} but the placeholder is {op.dtype}; "
                f"convert it with .astype(np.{op.dtype.np.name})")
        if arr.ndim != len(op.shape):
            raise ArgumentShapeError(
                f"input '{op.name}' has {arr.ndim} dims {arr.shape} but the placeholder has "
                f"{len(op.shape)} {list(op.shape)}")
        for d, (ext, n) in enumerate(zip(op.shape, arr.shape, strict=True)):
            if isinstance(ext, E.Var):
                if ext not in dims:
                    dims[ext], origin[ext] = n, f"input '{op.name}' dim {d}"
                elif dims[ext] != n:
                    raise ArgumentShapeError(
                        f"input '{op.name}' dim {d} is {n} but symbolic dim '{ext.name}' is "
                        f"{dims[ext]} (from {origin[ext]}); the shapes disagree")
            else:
                deferred.append((op, d, ext, n))
        values[t] = arr
    for v in size_vars:
        if v in dims and dims[v] > MAX_DIM:
            raise ArgumentShapeError(
                f"symbolic dim '{v.name}' is {dims[v]} (from {origin[v]}); tcomp supports "
                f"symbolic dimensions up to {MAX_DIM} (2**48 - 1)")
        if v not in dims:
            raise ArgumentTypeError(
                f"symbolic dim '{v.name}' is not the size of any input dimension; pass "
                f"dim_values={{{v.name}: ...}}")
    for op, d, ext, n in deferred:
        want = eval_int(ext, dims, f"dim {d} of placeholder '{op.name}'")
        if want != n:
            raise ArgumentShapeError(
                f"input '{op.name}' dim {d} is {n} but the placeholder says {ext!r} = {want}")
    return dims
