"""Reference evaluator of a DSL graph with numpy, no schedule: the algorithm-level oracle
(layer 2). Each compute is evaluated once over its whole domain with numpy broadcasting.
Its expressions and reductions are evaluated by ``eval_expr.py``, its inputs checked and its
symbolic dims bound by ``eval_inputs.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import TcompRuntimeError
from ..ir import expr as E
from ..ir.npops import eval_int
from .eval_expr import CHUNK_ELEMS, Evaluator, ReadSite, axis_grid, eval_reduce
from .eval_inputs import bind_dims, consumer_counts, input_map
from .printer import topo_ops
from .tensor import ComputeOp, Tensor


def evaluate(outputs: Tensor | Sequence[Tensor], inputs: Mapping[Tensor, Any] | Sequence[Any],
             dim_values: Mapping[Any, int] | None = None,
             params: Sequence[Tensor] | None = None) -> np.ndarray | list[np.ndarray]:
    """Compute ``outputs`` from ``inputs`` with numpy, directly from their definitions.

    Args:
        outputs: a Tensor (returns one array) or a list of Tensors (returns a list).
        inputs: a mapping from placeholder Tensors to numpy arrays, or a sequence of arrays
            in the order of ``params``. Each array must have exactly the placeholder's dtype.
        dim_values: values of symbolic dims (``tc.var``), keyed by the Var or its name; only
            needed for dims that no input shape determines.
        params: the placeholders that a sequence of ``inputs`` belongs to, in order.

    Symbolic dims are bound from the input shapes and checked for consistency. A read outside
    its tensor raises OutOfBoundsError (an IndexError) naming the tensor, the index, the shape,
    the compute and an output position; reads that are not performed (the branch of
    ``if_then_else`` not taken, reduction positions dropped by ``where=`` or beyond a
    per-output reduce extent) may be out of range. float32 sums and products accumulate in
    float64. Raises TcompRuntimeError for a missing input, a wrong dtype or rank, or shapes
    that disagree on a symbolic dim.
    """
    single = isinstance(outputs, Tensor)
    outs = [outputs] if single else list(outputs)
    for t in outs:
        if not isinstance(t, Tensor):
            raise TcompRuntimeError(f"evaluate(): outputs must be Tensors, got {t!r}")
    ops = topo_ops(outs)
    feed = input_map(inputs, params)
    values: dict[Tensor, np.ndarray] = {}
    dims = bind_dims(ops, feed, dim_values, values)
    remaining = consumer_counts(ops, outs)
    with np.errstate(all="ignore"):
        for op in ops:
            if isinstance(op, ComputeOp):
                for t, arr in zip((op.output(i) for i in range(op.num_outputs)),
                                  _eval_compute(op, values, dims), strict=True):
                    values[t] = arr
                for t in op.input_tensors:  # free intermediates nobody reads any more
                    remaining[t] -= 1
                    if remaining[t] == 0:
                        values.pop(t, None)
    res = [values[t] if isinstance(t.op, ComputeOp) else values[t].copy() for t in outs]
    return res[0] if single else res


# ----------------------------------------------------------------------------- computes


def _eval_compute(op: ComputeOp, values: Mapping[Tensor, np.ndarray],
                  dims: Mapping[E.Var, int]) -> list[np.ndarray]:
    shape = tuple(eval_int(iv.dom.extent, dims, f"extent of axis '{iv.name}' of '{op.name}'")
                  for iv in op.axis)
    mins = tuple(eval_int(iv.dom.min, dims, f"min of axis '{iv.name}'") for iv in op.axis)
    if any(n < 0 for n in shape):
        raise TcompRuntimeError(f"compute '{op.name}' has a negative extent: shape {shape}")
    outs = [np.empty(shape, op.output(i).dtype.np) for i in range(op.num_outputs)]
    if any(n == 0 for n in shape):
        return outs
    red = op.body[0] if isinstance(op.body[0], E.Reduce) else None
    nsp = len(shape)
    rank = nsp + (len(red.axis) if red is not None else 0)
    base_env: dict[E.Var, Any] = {k: np.int64(v) for k, v in dims.items()}
    red_sizes = () if red is None else _reduce_extents(red, op, shape, mins, base_env, values)
    where = ReadSite(op, [(iv.var.name, iv.var, False) for iv in op.axis]
                   + [(iv.var.name, iv.var, True) for iv in (red.axis if red is not None else ())])
    rsize = int(np.prod(red_sizes, dtype=np.int64))
    for block in _spatial_blocks(shape, max(1, rsize)):
        env = dict(base_env)
        for d, (iv, sl, mn) in enumerate(zip(op.axis, block, mins, strict=True)):
            env[iv.var] = axis_grid(np.arange(sl.start + mn, sl.stop + mn, dtype=np.int64), d, rank)
        bshape = tuple(sl.stop - sl.start for sl in block)
        if red is None:
            ev = Evaluator(env, values, where)
            for out, body in zip(outs, op.body, strict=True):
                out[block] = np.broadcast_to(ev.ev(body), bshape)
        else:
            res = eval_reduce(red, env, values, nsp, bshape, red_sizes, where)
            for out, v in zip(outs, res, strict=True):
                out[block] = np.broadcast_to(v, bshape)
    return outs


def _reduce_extents(red: E.Reduce, op: ComputeOp, shape: tuple[int, ...],
                    mins: tuple[int, ...], base_env: dict[E.Var, Any],
                    values: Mapping[Tensor, np.ndarray]) -> tuple[int, ...]:
    """Largest extent of each reduce axis over the whole domain (extents may vary with the
    spatial axes, e.g. a triangular reduction)."""
    rank = len(shape) + len(red.axis)
    env = dict(base_env)
    for d, (iv, n, mn) in enumerate(zip(op.axis, shape, mins, strict=True)):
        env[iv.var] = axis_grid(np.arange(mn, mn + n, dtype=np.int64), d, rank)
    sizes = []
    for q, iv in enumerate(red.axis):
        ev = Evaluator(env, values)
        ext, mn = ev.ev(iv.dom.extent), ev.ev(iv.dom.min)
        emax = max(int(np.max(ext)) if np.size(ext) else 0, 0)
        sizes.append(emax)
        env[iv.var] = mn + axis_grid(np.arange(emax, dtype=np.int64), len(shape) + q, rank)
    return tuple(sizes)


def _spatial_blocks(shape: tuple[int, ...], inner: int) -> Any:
    """Blocks (tuples of slices) covering ``shape``, each with at most CHUNK_ELEMS elements
    once multiplied by ``inner`` (the reduce domain), splitting the outermost axes first."""
    n = len(shape)
    p = 0
    while p < n and int(np.prod(shape[p:], dtype=np.int64)) * inner > CHUNK_ELEMS:
        p += 1
    if p == 0:
        yield tuple(slice(0, s) for s in shape)
        return
    axis = p - 1  # iterate axes before `axis` one index at a time, block along `axis`
    per = int(np.prod(shape[p:], dtype=np.int64)) * inner
    step = max(1, CHUNK_ELEMS // per)
    for prefix in itertools.product(*(range(s) for s in shape[:axis])):
        for lo in range(0, shape[axis], step):
            yield (*(slice(i, i + 1) for i in prefix), slice(lo, min(lo + step, shape[axis])),
                   *(slice(0, s) for s in shape[p:]))


__all__ = ["CHUNK_ELEMS", "evaluate"]
