"""Reference evaluator of a DSL graph with numpy, no schedule: the algorithm-level oracle
(layer 2). Each compute is evaluated once over its whole domain with numpy broadcasting.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..dtypes import MAX_DIM
from ..errors import (
    ArgumentShapeError,
    ArgumentTypeError,
    ArgumentValueError,
    OutOfBoundsError,
    TcompRuntimeError,
)
from ..ir import expr as E
from ..ir.expr import Op
from ..ir.npops import NP_BINARY, NP_UNARY, eval_int, np_cast, np_const
from ..ir.visitor import walk
from .printer import topo_ops
from .tensor import ComputeOp, PlaceholderOp, Tensor

# Elements per temporary (8-byte elements: ~256 MB). The outermost spatial axes are chunked so
# that one evaluated sub-expression over (spatial block x reduce domain) stays below this.
CHUNK_ELEMS = 32 * 2**20

_BUILTIN_OPS = (Op.ADD, Op.MUL, Op.MAX, Op.MIN)


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
    feed = _input_map(inputs, params)
    values: dict[Tensor, np.ndarray] = {}
    dims = _bind_dims(ops, feed, dim_values, values)
    remaining = _consumer_counts(ops, outs)
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


# ----------------------------------------------------------------------------- inputs and dims


def _input_map(inputs: Any, params: Sequence[Tensor] | None) -> dict[Tensor, Any]:
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


def _consumer_counts(ops: list[Any], outs: list[Tensor]) -> dict[Tensor, float]:
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


def _bind_dims(ops: list[Any], feed: dict[Tensor, Any], dim_values: Mapping[Any, int] | None,
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


# ----------------------------------------------------------------------------- expressions


class _Where:
    """What an out-of-range read is reported against: the compute and its axis variables."""

    __slots__ = ("axes", "op")

    def __init__(self, op: ComputeOp, axes: Sequence[tuple[str, E.Var, bool]]) -> None:
        self.op = op
        self.axes = tuple(axes)  # (name, var, is_reduce_axis)


class _Evaluator:
    """Evaluates expressions over numpy index grids; memoises shared sub-trees by identity.

    ``mask`` (None: every position) is the set of grid positions at which an expression is
    actually evaluated: the taken side of an ``if_then_else``, the reduction positions kept by
    ``where=`` and by per-output reduce extents. A read outside its tensor at a masked-out
    position is not performed and is no error; anywhere else it raises OutOfBoundsError. A
    sub-tree that reads tensors is memoised per mask, so a value computed under a narrow
    mask is never reused unchecked under a wider one.
    """

    def __init__(self, env: dict[E.Var, Any], values: Mapping[Tensor, np.ndarray],
                 where: _Where | None = None) -> None:
        self.env = env
        self.values = values
        self.where = where
        self.memo: dict[Any, Any] = {}
        self._reads: dict[int, bool] = {}
        self._masks: list[Any] = []  # keeps masks alive: the memo keys on their ids

    def reads(self, e: E.Expr) -> bool:
        """Whether ``e`` reads a tensor (only such sub-trees depend on the mask)."""
        r = self._reads.get(id(e))
        if r is None:
            if isinstance(e, E.ProducerLoad):
                r = True
            elif isinstance(e, E.Binary):
                r = self.reads(e.a) or self.reads(e.b)
            elif isinstance(e, E.Unary):
                r = self.reads(e.a)
            elif isinstance(e, E.Cast):
                r = self.reads(e.value)
            elif isinstance(e, E.Select):
                r = self.reads(e.cond) or self.reads(e.t) or self.reads(e.f)
            else:
                r = False
            self._reads[id(e)] = r
        return r

    def ev(self, e: E.Expr, mask: Any = None) -> Any:
        key: Any = id(e) if mask is None or not self.reads(e) else (id(e), id(mask))
        v = self.memo.get(key)
        if v is None and key.__class__ is tuple:
            v = self.memo.get(id(e))  # checked everywhere already: good under any mask
        if v is None:
            if key.__class__ is tuple:
                self._masks.append(mask)
            else:
                mask = None
            v = self._ev(e, mask)
            if v.dtype != e.dtype.scalar.np:
                v = v.astype(e.dtype.scalar.np)
            self.memo[key] = v
        return v

    def _ev(self, e: E.Expr, mask: Any) -> Any:
        if isinstance(e, E.Const):
            return np_const(e)
        if isinstance(e, E.Var):
            if e not in self.env:
                raise TcompRuntimeError(
                    f"evaluate(): variable '{e.name}' is not bound here (an axis of another "
                    "compute, or a reduce_axis used outside its reduction?)")
            return self.env[e]
        if isinstance(e, E.Binary):
            return NP_BINARY[e.op](self.ev(e.a, mask), self.ev(e.b, mask))
        if isinstance(e, E.Unary):
            return NP_UNARY[e.op](self.ev(e.a, mask))
        if isinstance(e, E.Cast):
            return np_cast(self.ev(e.value, mask), e.dtype)
        if isinstance(e, E.Select):
            c = self.ev(e.cond, mask)
            if not (self.reads(e.t) or self.reads(e.f)):
                return np.where(c, self.ev(e.t), self.ev(e.f))
            # Each branch is evaluated only where it is taken (within the enclosing mask).
            tm = c if mask is None else mask & c
            fm = ~c if mask is None else mask & ~c
            return np.where(c, self.ev(e.t, tm), self.ev(e.f, fm))
        if isinstance(e, E.ProducerLoad):
            return self._load(e, mask)
        if isinstance(e, E.Reduce):
            raise TcompRuntimeError(
                f"evaluate(): a reduction must be the whole body of a compute: {e!r}")
        raise TcompRuntimeError(f"evaluate(): {type(e).__name__} is not a DSL expression: {e!r}")

    def _load(self, e: E.ProducerLoad, mask: Any) -> Any:
        arr = self.values[e.tensor]
        idx = [self.ev(i, mask) for i in e.indices]
        bad: Any = None
        for i, n in zip(idx, arr.shape, strict=True):
            if np.size(i) and (np.min(i) < 0 or np.max(i) >= n):
                b = (i < 0) | (i >= n)
                bad = b if bad is None else bad | b
        if bad is None:
            return arr[tuple(idx)]
        live = bad if mask is None else bad & mask
        if np.any(live):
            self._out_of_bounds(e, idx, live, arr.shape)
        if arr.size == 0:  # every read is out of range, and none is performed
            return np.zeros(np.broadcast_shapes(*(np.shape(i) for i in idx)), arr.dtype)
        # Reads at masked-out positions are not performed: index 0 stands in for them.
        return arr[tuple(np.where(bad, 0, i) for i in idx)]

    def _out_of_bounds(self, e: E.ProducerLoad, idx: list[Any], live: Any,
                       shape: tuple[int, ...]) -> None:
        t = e.tensor
        axes = self.where.axes if self.where is not None else ()
        full = np.broadcast_shapes(np.shape(live), *(np.shape(i) for i in idx),
                                   *(np.shape(self.env[v]) for _, v, _ in axes))
        pos = np.unravel_index(int(np.argmax(np.broadcast_to(live, full))), full)

        def at(a: Any) -> int:
            return int(np.broadcast_to(a, full)[pos])

        vals = [at(i) for i in idx]
        dims = [f"index {v} of axis {d} is not in [0, {n})"
                for d, (v, n) in enumerate(zip(vals, shape, strict=True)) if not 0 <= v < n]
        read = f"{t.name}[{', '.join(map(str, vals))}]"
        msg = (f"evaluate(): out-of-bounds read {read}: tensor '{t.name}' has shape "
               f"{tuple(shape)} ({'; '.join(dims)})")
        if self.where is not None:
            op = self.where.op
            sp = [str(at(self.env[v])) for _, v, red in axes if not red]
            rd = [f"{n}={at(self.env[v])}" for n, v, red in axes if red]
            msg += (f", in compute '{op.name}' (created at {op.location}) at output position "
                    f"{op.name}[{', '.join(sp)}]" + (f" with {', '.join(rd)}" if rd else ""))
        msg += (". Keep every index inside the tensor's shape, or guard the read with "
                "tc.if_then_else(...) (reads in the branch not taken are not performed)")
        raise OutOfBoundsError(msg)


def _grid(values: np.ndarray, pos: int, rank: int) -> np.ndarray:
    """``values`` as a broadcastable grid along dimension ``pos`` of ``rank`` dimensions."""
    shape = [1] * rank
    shape[pos] = values.shape[0]
    return values.reshape(shape)


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
    where = _Where(op, [(iv.var.name, iv.var, False) for iv in op.axis]
                   + [(iv.var.name, iv.var, True) for iv in (red.axis if red is not None else ())])
    rsize = int(np.prod(red_sizes, dtype=np.int64))
    for block in _spatial_blocks(shape, max(1, rsize)):
        env = dict(base_env)
        for d, (iv, sl, mn) in enumerate(zip(op.axis, block, mins, strict=True)):
            env[iv.var] = _grid(np.arange(sl.start + mn, sl.stop + mn, dtype=np.int64), d, rank)
        bshape = tuple(sl.stop - sl.start for sl in block)
        if red is None:
            ev = _Evaluator(env, values, where)
            for out, body in zip(outs, op.body, strict=True):
                out[block] = np.broadcast_to(ev.ev(body), bshape)
        else:
            res = _eval_reduce(red, env, values, nsp, bshape, red_sizes, where)
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
        env[iv.var] = _grid(np.arange(mn, mn + n, dtype=np.int64), d, rank)
    sizes = []
    for q, iv in enumerate(red.axis):
        ev = _Evaluator(env, values)
        ext, mn = ev.ev(iv.dom.extent), ev.ev(iv.dom.min)
        emax = max(int(np.max(ext)) if np.size(ext) else 0, 0)
        sizes.append(emax)
        env[iv.var] = mn + _grid(np.arange(emax, dtype=np.int64), len(shape) + q, rank)
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


# ----------------------------------------------------------------------------- reductions


def _builtin_op(comb: E.CommReducer) -> Op | None:
    """ADD/MUL/MAX/MIN when the reducer is exactly ``x op y`` (either operand order)."""
    if len(comb.result) != 1:
        return None
    r = comb.result[0]
    if isinstance(r, E.Binary) and r.op in _BUILTIN_OPS and (
            (r.a is comb.lhs[0] and r.b is comb.rhs[0])
            or (r.a is comb.rhs[0] and r.b is comb.lhs[0])):
        return r.op
    return None


def _eval_reduce(red: E.Reduce, env: dict[E.Var, Any], values: Mapping[Tensor, np.ndarray],
                 nsp: int, bshape: tuple[int, ...], red_sizes: tuple[int, ...],
                 where: _Where | None = None) -> list[Any]:
    """All outputs of a (tuple) reduction over one spatial block: sequential-fold semantics
    ``combine(...combine(combine(identity, x0), x1)..., xn)`` over the selected positions."""
    comb = red.combiner
    builtin = _builtin_op(comb)
    rsize = int(np.prod(red_sizes, dtype=np.int64))
    block_elems = int(np.prod(bshape, dtype=np.int64)) * max(rsize, 1)
    n0 = red_sizes[0] if red_sizes else 1
    # Chunk the outermost reduce axis only when the reduce domain alone is too big.
    step0 = max(1, n0 if block_elems <= CHUNK_ELEMS else
                CHUNK_ELEMS // max(1, block_elems // max(n0, 1)))
    acc: Any = None
    for lo in range(0, max(n0, 1), step0):
        part = _reduce_part(red, dict(env), values, nsp, red_sizes,
                            (lo, min(lo + step0, n0)), builtin, where)
        acc = part if acc is None else _merge(comb, builtin, acc, part, env, values)
    ev_id = _Evaluator(dict(env), values)
    ident = [ev_id.ev(i) for i in comb.identity]
    if builtin is not None:
        val = NP_BINARY[builtin](ident[0], acc[0][0])
        return [np_cast(val, red.dtype)]
    vals, valid = acc
    done = _combine(comb, ident, vals, env, values)
    out = [d if valid is None else np.where(valid, d, i)
           for d, i in zip(done, ident, strict=True)]
    return [np_cast(o, s.dtype) for o, s in zip(out, red.source, strict=True)]


def _reduce_part(red: E.Reduce, env: dict[E.Var, Any], values: Mapping[Tensor, np.ndarray],
                 nsp: int, red_sizes: tuple[int, ...], first: tuple[int, int],
                 builtin: Op | None, where: _Where | None = None) -> tuple[list[Any], Any]:
    rank = nsp + len(red.axis)
    mask: Any = None
    ext_shape = []
    for q, iv in enumerate(red.axis):
        ev = _Evaluator(env, values)
        mn, ext = ev.ev(iv.dom.min), ev.ev(iv.dom.extent)
        offs = np.arange(*(first if q == 0 else (0, red_sizes[q])), dtype=np.int64)
        ext_shape.append(offs.shape[0])
        off = _grid(offs, nsp + q, rank)
        env[iv.var] = mn + off
        if np.ndim(ext) != 0 or (offs.size and offs[-1] >= ext):
            m = off < ext
            mask = m if mask is None else mask & m
    # Positions beyond a per-output extent are not visited, and where= drops more: reads
    # there are not performed (evaluated under the mask, so they may be out of range).
    ev = _Evaluator(env, values, where)
    if not E.is_const(red.condition, True):
        c = ev.ev(red.condition, mask)
        mask = c if mask is None else mask & c
    full = (1,) * nsp + tuple(ext_shape)
    axes = tuple(range(nsp, rank))
    srcs = []
    for s in red.source:
        x = ev.ev(s, mask)
        shp = np.broadcast_shapes(np.shape(x), full, np.shape(mask) if mask is not None else ())
        srcs.append(np.broadcast_to(x, shp))
    if builtin is not None:
        x, dt = srcs[0], red.source[0].dtype
        neutral = np_const(E.reduce_identity(builtin, dt))
        if mask is not None:
            x = np.where(mask, x, neutral)
        if builtin in (Op.ADD, Op.MUL):
            acc_dt = np.float64 if dt.is_float else np.int64 if dt.is_int else x.dtype
            fn = np.sum if builtin == Op.ADD else np.prod
            return [fn(x, axis=axes, dtype=acc_dt)], None
        fn = np.max if builtin == Op.MAX else np.min
        return [fn(x, axis=axes, initial=neutral)], None
    # Generic reducer: flatten the reduce dims (loop order) and fold pairwise, keeping the
    # left-to-right order, with a validity flag so masked positions take no part.
    lead = np.broadcast_shapes(*(x.shape[:nsp] for x in srcs))
    target = lead + tuple(ext_shape)
    rn = int(np.prod(ext_shape, dtype=np.int64))
    xs = [np.broadcast_to(x, target).reshape((*lead, rn)) for x in srcs]
    valid = None if mask is None else np.broadcast_to(mask, target).reshape((*lead, rn))
    if rn == 0:
        return [x[..., 0:0].sum(axis=-1).astype(x.dtype) for x in xs], np.zeros(lead, bool)
    while xs[0].shape[-1] > 1:
        m = xs[0].shape[-1]
        h = m // 2
        left = [x[..., 0:2 * h:2] for x in xs]
        right = [x[..., 1:2 * h:2] for x in xs]
        vl = valid[..., 0:2 * h:2] if valid is not None else None
        vr = valid[..., 1:2 * h:2] if valid is not None else None
        new, nv = _merge(red.combiner, None, (left, vl), (right, vr), env, values)
        if m % 2:
            new = [np.concatenate([n, x[..., m - 1:]], axis=-1)
                   for n, x in zip(new, xs, strict=True)]
            if nv is not None:
                nv = np.concatenate([nv, valid[..., m - 1:]], axis=-1)
        xs, valid = new, nv
    return [x[..., 0] for x in xs], (valid[..., 0] if valid is not None else None)


def _combine(comb: E.CommReducer, a: list[Any], b: list[Any], env: dict[E.Var, Any],
             values: Mapping[Tensor, np.ndarray]) -> list[Any]:
    e2 = dict(env)
    e2.update(zip(comb.lhs, a, strict=True))
    e2.update(zip(comb.rhs, b, strict=True))
    ev = _Evaluator(e2, values)
    return [ev.ev(r) for r in comb.result]


def _merge(comb: E.CommReducer, builtin: Op | None, a: tuple[list[Any], Any],
           b: tuple[list[Any], Any], env: dict[E.Var, Any],
           values: Mapping[Tensor, np.ndarray]) -> tuple[list[Any], Any]:
    """Combine two partial results (``a`` covers earlier positions than ``b``)."""
    if builtin is not None:
        return [NP_BINARY[builtin](a[0][0], b[0][0])], None
    (xa, va), (xb, vb) = a, b
    c = _combine(comb, xa, xb, env, values)
    if va is None and vb is None:
        return c, None
    va = np.ones((), bool) if va is None else va
    vb = np.ones((), bool) if vb is None else vb
    both = va & vb
    out = [np.where(both, ci, np.where(va, x1, x2)) for ci, x1, x2 in zip(c, xa, xb, strict=True)]
    return out, va | vb


__all__ = ["CHUNK_ELEMS", "evaluate"]
