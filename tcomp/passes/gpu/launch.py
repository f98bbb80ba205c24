"""Pass check_launch: check a kernel's thread bindings and compute its launch shape (layer 4).

Pre:  one kernel of ``split_host_device`` after ``cross_thread_reduce`` (bound loops).
Post: the body is unchanged; ``attrs`` gains ``launch`` (``grid``: three int64 Exprs over
      the dim vars, ``block``: three ints, ``shared_bytes``), ``thread_vars`` (tag -> the
      Var that ``to_spmd`` reads that index into) and ``bound_loops`` (tag -> names of the
      loops bound to it, for messages). The extent of a tag is the largest upper bound of
      the loops bound to it. Raises GPUScheduleError for a blockIdx loop inside a thread or
      serial loop, a tag bound inside a loop of the same tag, a ``parallel`` loop, a shared
      buffer allocated inside a thread loop, a threadIdx extent without a constant bound or
      symbolic blockIdx extents that differ.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ...arith import Interval, const_bounds, simplify
from ...dtypes import int64
from ...errors import GPUScheduleError, TcompRuntimeError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.npops import eval_np
from ...ir.stmt import BLOCK_TAGS, THREAD_TAGS
from ...ir.visitor import children, walk
from .program import shared_bytes


def _check_nesting(stmt: S.Stmt, kernel: str) -> None:
    """Block loops only at the top chain, thread tags never nested in the same tag."""

    def visit(s: S.Stmt, outer: list[S.For], in_non_block: bool) -> None:
        if isinstance(s, S.For):
            if s.kind == S.ForKind.THREAD:
                if s.thread_tag in BLOCK_TAGS and in_non_block:
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loop '{s.var.name}' is bound to {s.thread_tag} "
                        "inside a thread or serial loop; blockIdx bindings must be the "
                        "outermost loops of a root stage (reorder them to the top)")
                same = [o for o in outer if o.thread_tag == s.thread_tag]
                if same:
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loop '{s.var.name}' is bound to {s.thread_tag} "
                        f"inside loop '{same[0].var.name}', which is bound to the same index; "
                        "a stage attached inside a thread-bound loop must not bind that index "
                        "again (attach shared-memory stages at block level, outside the "
                        "threadIdx loops)")
                outer = [*outer, s]
                visit(s.body, outer, in_non_block or s.thread_tag not in BLOCK_TAGS)
                return
            if s.kind == S.ForKind.PARALLEL:
                raise GPUScheduleError(
                    f"kernel '{kernel}': loop '{s.var.name}' is marked parallel(), which means "
                    "CPU threads; on a GPU bind it to blockIdx.*/threadIdx.* instead")
            visit(s.body, outer, True)
            return
        if isinstance(s, S.Allocate) and s.buffer.scope == "shared" and any(
                o.thread_tag in THREAD_TAGS for o in outer):
            raise GPUScheduleError(
                f"kernel '{kernel}': shared buffer '{s.buffer.name}' is allocated inside "
                f"thread loop '{next(o for o in outer if o.thread_tag in THREAD_TAGS).var.name}'"
                "; every thread would get its own region, so compute_at it at a block-level "
                "loop (outside the threadIdx loops) or use scope 'local'")
        for c in children(s):
            if isinstance(c, S.Stmt):
                visit(c, outer, in_non_block)

    visit(stmt, [], False)


def _upper_bound(e: E.Expr, ranges: dict[E.Var, Interval]) -> int | None:
    """Tight constant upper bound: by enumeration over small constant ranges, else by
    bound analysis. (A guarded tail makes bound analysis loose: min(b*16+15, 69) - b*16.)"""
    hi = const_bounds(e, ranges)[1]
    free = sorted({n for n in walk(e) if isinstance(n, E.Var)}, key=lambda v: v.uid)
    spans = []
    for v in free:
        r = ranges.get(v)
        lo_v = r.lo.value if r is not None and isinstance(r.lo, E.Const) else None
        hi_v = r.hi.value if r is not None and isinstance(r.hi, E.Const) else None
        if lo_v is None or hi_v is None:
            return hi
        spans.append(np.arange(lo_v, hi_v + 1, dtype=np.int64))
    if int(np.prod([len(s) for s in spans])) > 1 << 16:
        return hi
    grids = np.meshgrid(*spans, indexing="ij") if spans else []
    try:
        with np.errstate(all="ignore"):
            val = int(np.max(eval_np(e, dict(zip(free, grids, strict=True)))))
    except TcompRuntimeError:
        return hi
    return val if hi is None else min(hi, val)


def _launch(stmt: S.Stmt, dim_vars: tuple[E.Var, ...], kernel: str
            ) -> tuple[dict[str, E.Expr], dict[str, E.Var], dict[str, list[str]]]:
    """Launch extent per tag (the bound of every loop with that tag) and the tag's dtype var."""
    extents: dict[str, Any] = {}
    tag_vars: dict[str, E.Var] = {}
    loops: dict[str, list[str]] = {}
    dims = set(dim_vars)

    def visit(s: S.Stmt, ranges: dict[E.Var, Interval]) -> None:
        if isinstance(s, S.For):
            if s.kind == S.ForKind.THREAD:
                tag = s.thread_tag
                hi = _upper_bound(simplify(s.min + s.extent), ranges)
                if hi is not None:
                    value: Any = hi
                else:
                    free = {n for n in walk(s.extent) if isinstance(n, E.Var)}
                    if tag in THREAD_TAGS or not free <= dims or not E.is_const(s.min, 0):
                        raise GPUScheduleError(
                            f"kernel '{kernel}': the extent of loop '{s.var.name}' (bound to "
                            f"{tag}) is {s.extent!r}, which has no constant upper bound; "
                            "split the loop by a constant factor and bind the inner part to "
                            "threads")
                    value = simplify(E.cast(int64, s.extent))
                old = extents.get(tag)
                if old is None:
                    extents[tag] = value
                elif isinstance(old, int) and isinstance(value, int):
                    extents[tag] = max(old, value)
                elif not (repr(old) == repr(value)):
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loops bound to {tag} have different symbolic "
                        f"extents {old!r} and {value!r}; bind loops of equal extent")
                tag_vars.setdefault(tag, E.Var(tag, s.var.dtype))
                loops.setdefault(tag, []).append(s.var.name)
            inner = dict(ranges)
            inner[s.var] = Interval.from_extent(s.min, s.extent)
            visit(s.body, inner)
            return
        if isinstance(s, S.LetStmt):
            b = const_bounds(s.value, ranges)
            inner = dict(ranges)
            inner[s.var] = Interval(*(E.const(v, s.var.dtype) if v is not None else None
                                      for v in b))
            visit(s.body, inner)
            return
        for c in children(s):
            if isinstance(c, S.Stmt):
                visit(c, ranges)

    visit(stmt, {})
    out = {t: (E.const(v, int64) if isinstance(v, int) else v) for t, v in extents.items()}
    return out, tag_vars, loops


def check_launch(kernel: PrimFunc) -> PrimFunc:
    """``kernel`` with its launch shape in ``attrs`` after checking its bindings (module doc)."""
    _check_nesting(kernel.body, kernel.name)
    extents, tag_vars, loops = _launch(kernel.body, kernel.dim_vars, kernel.name)
    grid = tuple(extents.get(t, E.const(1, int64)) for t in BLOCK_TAGS)
    block = tuple(int(extents[t].value) if t in extents else 1 for t in THREAD_TAGS)
    launch = {"grid": grid, "block": block, "shared_bytes": shared_bytes(kernel.body)}
    return PrimFunc(kernel.name, kernel.params, kernel.body, kernel.dim_vars,
                    {**kernel.attrs, "launch": launch, "thread_vars": tag_vars,
                     "bound_loops": loops})


__all__ = ["check_launch"]
