"""Expressions and reductions in the reference evaluator (layer 2): an expression evaluated
with numpy over a grid of axis values, a ``Reduce`` over its whole domain in chunks,
builtin reducers (sum, product, max, min) by numpy's reductions and the others by their
combiner, elementwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import OutOfBoundsError, TcompRuntimeError
from ..ir import expr as E
from ..ir.expr import Op
from ..ir.npops import NP_BINARY, NP_UNARY, np_cast, np_const
from .tensor import ComputeOp, Tensor

# Elements per temporary (8-byte elements: ~256 MB). The outermost spatial axes are chunked so
# that one evaluated sub-expression over (spatial block x reduce domain) stays below this.
CHUNK_ELEMS = 32 * 2**20

_BUILTIN_OPS = (Op.ADD, Op.MUL, Op.MAX, Op.MIN)


# ----------------------------------------------------------------------------- expressions


class ReadSite:
    """What an out-of-range read is reported against: the compute and its axis variables."""

    __slots__ = ("axes", "op")

    def __init__(self, op: ComputeOp, axes: Sequence[tuple[str, E.Var, bool]]) -> None:
        self.op = op
        self.axes = tuple(axes)  # (name, var, is_reduce_axis)


class Evaluator:
    """Evaluates expressions over numpy index grids; memoises shared sub-trees by identity.

    ``mask`` (None: every position) is the set of grid positions at which an expression is
    actually evaluated: the taken side of an ``if_then_else``, the reduction positions kept by
    ``where=`` and by per-output reduce extents. A read outside its tensor at a masked-out
    position is not performed and is no error; anywhere else it raises OutOfBoundsError. A
    sub-tree that reads tensors is memoised per mask, so a value computed under a narrow
    mask is never reused unchecked under a wider one.
    """

    def __init__(self, env: dict[E.Var, Any], values: Mapping[Tensor, np.ndarray],
                 where: ReadSite | None = None) -> None:
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


def axis_grid(values: np.ndarray, pos: int, rank: int) -> np.ndarray:
    """``values`` as a broadcastable grid along dimension ``pos`` of ``rank`` dimensions."""
    shape = [1] * rank
    shape[pos] = values.shape[0]
    return values.reshape(shape)


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


def eval_reduce(red: E.Reduce, env: dict[E.Var, Any], values: Mapping[Tensor, np.ndarray],
                 nsp: int, bshape: tuple[int, ...], red_sizes: tuple[int, ...],
                 where: ReadSite | None = None) -> list[Any]:
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
    ev_id = Evaluator(dict(env), values)
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
                 builtin: Op | None, where: ReadSite | None = None) -> tuple[list[Any], Any]:
    rank = nsp + len(red.axis)
    mask: Any = None
    ext_shape = []
    for q, iv in enumerate(red.axis):
        ev = Evaluator(env, values)
        mn, ext = ev.ev(iv.dom.min), ev.ev(iv.dom.extent)
        offs = np.arange(*(first if q == 0 else (0, red_sizes[q])), dtype=np.int64)
        ext_shape.append(offs.shape[0])
        off = axis_grid(offs, nsp + q, rank)
        env[iv.var] = mn + off
        if np.ndim(ext) != 0 or (offs.size and offs[-1] >= ext):
            m = off < ext
            mask = m if mask is None else mask & m
    # Positions beyond a per-output extent are not visited, and where= drops more: reads
    # there are not performed (evaluated under the mask, so they may be out of range).
    ev = Evaluator(env, values, where)
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
    ev = Evaluator(e2, values)
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
