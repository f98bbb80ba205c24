"""Lowering phase 2, region inference: what part of a producer one iteration of a loop needs
(layer 4).

Input: a loop of a stage's nest being emitted (a ``LoopSite`` and the loop's position), the
stages placed at that loop, and the ranges of the loop variables around it. Output: a
``Region`` per stage (``None`` for a stage nothing reads there): per axis, the range of the
producer that the consumer's body reads in one iteration of the loop, and through it every
stage attached beside the producer that reads it, clamped to the producer's shape; with the
extents before clamping, which bound the region buffer more tightly.

Regions depend on the loop context: the main loop of a split and its peeled last iteration
need different parts of a producer. So emission (phase 3) asks for them as it reaches each
loop that has stages attached; what region inference returns is all it hands back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, Protocol

from ..arith import Interval, bounds, can_prove, const_bounds, simplify
from ..dsl.tensor import ComputeOp, Tensor
from ..ir import expr as E
from ..ir.printer import expr_str
from ..ir.visitor import Mutator, walk
from ..schedule.primitives import Split
from ..schedule.relations import compute_extents, compute_values
from ..schedule.schedule import Schedule, Stage
from .inline import InlinedBodies


class LoopSite(Protocol):
    """What region inference needs of the nest that hosts a loop."""

    stage: Stage
    leaves: list[E.IterVar]

    def inner_ranges(self, pos: int) -> dict[E.Var, Interval]:
        """Ranges of the loop variables inside loop ``pos`` (one iteration of it)."""
        ...

    def body_reads(self) -> list[E.Expr]:
        """The stage's body expressions in the nest's loop variables."""
        ...


@dataclasses.dataclass(frozen=True)
class Region:
    """A producer's region in one iteration of a loop: ``ranges[d]`` in absolute coordinates
    of axis ``d``, clamped to its shape; ``unclamped[d]`` its extent before clamping (None
    where unbounded)."""

    ranges: tuple[E.Range, ...]
    unclamped: tuple[E.Expr | None, ...]

    def buffer_shape(self, full: Sequence[E.Expr], var_ranges: dict[E.Var, Interval]
                     ) -> list[E.Expr]:
        """Buffer shape for the region: its extents, or upper bounds of them that hold in
        every iteration of the enclosing loops (``var_ranges``).

        A region clamped to the tensor's edge (``min(b*16 + 15, 69) - b*16 + 1``) is never
        larger than before clamping (16), which bounds it more tightly than interval
        analysis of the clamped form. A shape never mentions a loop variable (passes that
        remove a loop of extent 1 don't rewrite buffer shapes, and a size that changes per
        iteration can't be hoisted): where no loop-free bound is found, the tensor's own
        extent ``full`` (which the clamped region never exceeds) is used.
        """
        shape = []
        for r, raw, whole in zip(self.ranges, self.unclamped, full, strict=False):
            if isinstance(r.extent, E.Const):
                shape.append(r.extent)
                continue
            _, hi = const_bounds(r.extent, var_ranges)
            if raw is not None:
                _, raw_hi = const_bounds(raw, var_ranges)
                if raw_hi is not None and (hi is None or raw_hi < hi):
                    hi = raw_hi
            if hi is not None:
                shape.append(E.const(hi))
                continue
            cands = [r.extent, raw] + [bounds(e, var_ranges).hi for e in (raw, r.extent)
                                       if e is not None]
            pick = next((c for c in cands if c is not None and _loop_free(c)), None)
            shape.append(simplify(whole) if pick is None else pick)
        # A region can be empty in iterations whose consumer work is guarded away; the
        # stage's nest is skipped there (see emit), the buffer just needs a valid size.
        return [E.const(max(s.value, 1)) if isinstance(s, E.Const)
                else simplify(E.binary(E.Op.MAX, s, E.const(1, s.dtype))) for s in shape]

    def __str__(self) -> str:
        return ", ".join(f"[{expr_str(r.min)}, {expr_str(simplify(r.min + r.extent))})"
                         for r in self.ranges)


@dataclasses.dataclass(frozen=True)
class InferredRegion:
    """One answer of region inference, as emission used it: the region of stage ``stage`` (a
    name) in one iteration of loop ``loop`` of stage ``host`` (``fixed``: loop variables
    pinned to a peeled iteration there), and its buffer's shape; ``region`` is None where
    nothing reads it. It holds no stage, so a kernel may keep it to print it later."""

    stage: str
    host: str
    loop: E.IterVar
    fixed: tuple[tuple[E.Var, E.Expr], ...]
    region: Region | None
    shape: tuple[E.Expr, ...]

    def __str__(self) -> str:
        where = f"{self.stage} at loop '{self.loop.var.name}' of '{self.host}'"
        if self.fixed:
            where += " (" + ", ".join(f"{v.name} = {expr_str(e)}" for v, e in self.fixed) + ")"
        if self.region is None:
            return f"{where}: not read there, not computed"
        shape = ", ".join(expr_str(d) for d in self.shape)
        return f"{where}: {self.region} -> buffer [{shape}]"


class RegionInference:
    """Region inference over one schedule; ``infer`` is the phase's entry point.

    It keeps, for the whole lowering, only facts that don't depend on the loop context:
    which stage reads which (itself or through the stages computed inside its loops).
    """

    def __init__(self, sch: Schedule, attached: dict[tuple[Stage, E.IterVar], list[Stage]],
                 bodies: InlinedBodies) -> None:
        self.sch = sch
        self.attached = attached
        self.bodies = bodies
        self._reads_memo: dict[tuple[int, int], bool] = {}
        self._direct_memo: dict[Stage, set[Stage | None]] = {}

    def infer(self, site: LoopSite, pos: int, stages: Sequence[Stage],
              var_ranges: dict[E.Var, Interval]) -> dict[Stage, Region | None]:
        """The region of each of ``stages`` (attached at loop ``pos`` of ``site``) that one
        iteration of that loop reads, ``None`` for a stage nothing reads there.

        Pre: ``stages`` are placed at that loop (``Placement.attached``); ``var_ranges``
        holds the ranges of the loops emitted around it, and ``site`` answers for the loop
        context being emitted (its peeled splits, their fixed outer variables).
        Post: each region lies within its stage's shape and covers every index that the
        site's body, and the stages attached at or inside the loop, read of it in one
        iteration; nothing else changes (no state is left for the caller to read).

        A producer's region folds in the regions of the stages attached beside it that read
        it, computed recursively; within one call each of those is computed once, for all
        of ``stages`` together (without the memo, a dozen stages attached at one loop took
        seconds: exponential in depth; with one per stage, capsule routing's gradient spent
        2 s of its 2.6 s lowering recomputing its neighbours' regions). The memo lives for
        one call only: a region is a function of the stage, the loop and the loop context
        (the nest's peeled splits and ``var_ranges``), and only the first two vary within a
        call, so they key it.
        """
        memo: dict[tuple[int, int], Region | None] = {}
        return {st: self._region(st, site, pos, var_ranges, memo) for st in stages}

    def _region(self, prod: Stage, site: LoopSite, pos: int,
                var_ranges: dict[E.Var, Interval], memo: dict[tuple[int, int], Region | None]
                ) -> Region | None:
        key = (id(prod), pos)
        if key not in memo:
            memo[key] = self._region_uncached(prod, site, pos, var_ranges, memo)
        return memo[key]

    def _region_uncached(self, prod: Stage, site: LoopSite, pos: int,
                         var_ranges: dict[E.Var, Interval],
                         memo: dict[tuple[int, int], Region | None]) -> Region | None:
        op = prod.op
        assert isinstance(op, ComputeOp)
        hull = _Hull(len(op.axis))
        inner_ranges = site.inner_ranges(pos)
        readers = [(site.stage, None)] + [
            (q, p2) for (tgt, iv), qs in self.attached.items() if tgt is site.stage
            for q in qs for p2 in [site.leaves.index(iv)]
            if p2 >= pos and q is not prod and self._reads(q, prod)
        ]
        for q, qpos in readers:
            if qpos is None:
                for e in site.body_reads():
                    hull.add_reads(e, prod, self, inner_ranges)
                continue
            qregion = self._region(q, site, qpos, var_ranges, memo)
            if qregion is None:  # q is dead here, so are its reads
                continue
            qop = q.op
            assert isinstance(qop, ComputeOp)
            ranges = dict(site.inner_ranges(qpos))
            for iv, r in zip(qop.axis, qregion.ranges, strict=False):
                ranges[iv.var] = Interval(r.min, simplify(r.min + r.extent - 1))
            for iv in qop.reduce_axis:
                ranges[iv.var] = Interval(iv.dom.min, simplify(iv.dom.min + iv.dom.extent - 1))
            sub = self._read_hull(prod, q, ranges)
            if sub.found:  # widen over the nest's loops in between
                hull.merge(_Hull(sub.ndim, True, [
                    None if v is None else bounds(v, inner_ranges).lo for v in sub.lo], [
                    None if v is None else bounds(v, inner_ranges).hi for v in sub.hi]))
        found, lo, hi = hull.found, hull.lo, hull.hi
        if not found:
            # Nothing reads it here: compute_at checks the stage is read, but inlining may
            # drop the read since (an index into a producer whose body ignores it). Dead.
            return None
        region = []
        unclamped = []
        for d, iv in enumerate(op.axis):
            full_hi = simplify(iv.dom.extent - 1)
            lo_d, hi_d = lo[d], hi[d]
            unclamped.append(
                simplify(hi_d - lo_d + 1) if lo_d is not None and hi_d is not None else None)
            if lo_d is None or not can_prove(lo_d >= 0, var_ranges):
                lo_d = E.const(0) if lo_d is None else simplify(E.binary(E.Op.MAX, lo_d, 0))
            if hi_d is None or not can_prove(hi_d <= full_hi, var_ranges):
                hi_d = full_hi if hi_d is None else simplify(E.binary(E.Op.MIN, hi_d, full_hi))
            region.append(E.Range(lo_d, simplify(hi_d - lo_d + 1)))
        return Region(tuple(region), tuple(unclamped))

    def _read_hull(self, prod: Stage, host: Stage, ranges: dict[E.Var, Interval]) -> _Hull:
        """What ``host`` reads of ``prod`` while its axes range over ``ranges``: directly, and
        through the stages computed inside its loops (whose own regions are bounded by what
        ``host`` and they read of them; a superset of any one iteration's, which is safe)."""
        op = prod.op
        assert isinstance(op, ComputeOp)
        hull = _Hull(len(op.axis))
        ranges = _swept(host, ranges)
        for e in self.bodies.of(host):
            hull.add_reads(e, prod, self, ranges)
        for r in self.sch.stages:
            if r.attach != "at" or r.attach_stage is not host or r is prod \
                    or not self._reads(r, prod):
                continue
            rh = self._read_hull(r, host, ranges)
            rop = r.op
            assert isinstance(rop, ComputeOp)
            r_ranges = dict(ranges)
            for d, iv in enumerate(rop.axis):
                full = Interval(E.const(0), simplify(iv.dom.extent - 1))
                lo = rh.lo[d] if rh.found and rh.lo[d] is not None else full.lo
                hi = rh.hi[d] if rh.found and rh.hi[d] is not None else full.hi
                r_ranges[iv.var] = Interval(lo, hi)
            for iv in rop.reduce_axis:
                r_ranges[iv.var] = Interval(iv.dom.min, simplify(iv.dom.min + iv.dom.extent - 1))
            hull.merge(self._read_hull(prod, r, r_ranges))
        return hull

    def of(self, t: Tensor, st: Stage) -> bool:
        """Is ``t`` an output of ``st`` (of its current op or one it replaced)?"""
        return self.sch.stage_of(t.op) is st

    def _direct_reads(self, q: Stage) -> set[Stage | None]:
        """The stages whose outputs ``q``'s inlined body loads (one walk of it per lowering,
        not one per producer asked about)."""
        got = self._direct_memo.get(q)
        if got is None:
            got = self._direct_memo[q] = {
                self.sch.stage_of(n.tensor.op) for b in self.bodies.of(q) for n in walk(b)
                if isinstance(n, E.ProducerLoad)}
        return got

    def _reads(self, q: Stage, prod: Stage) -> bool:
        """Does ``q`` read ``prod``, itself or through a stage computed inside its loops?"""
        key = (id(q), id(prod))
        hit = self._reads_memo.get(key)
        if hit is None:
            hit = prod in self._direct_reads(q) \
                or any(r.attach == "at" and r.attach_stage is q and r is not prod
                       and self._reads(r, prod) for r in self.sch.stages)
            self._reads_memo[key] = hit
        return hit


def _swept(st: Stage, ranges: dict[E.Var, Interval]) -> dict[E.Var, Interval]:
    """The ranges ``st``'s loops sweep while its axes range over ``ranges``.

    A split that doesn't divide its axis runs past the axis's end (``outer * 5 + inner``
    reaches 4 for an extent of 3). The body is guarded there, but a stage computed inside
    those loops gets its region from the loops' whole sweep (``_region`` reads the leaf
    loops' ranges), so an estimate of that stage's region, and of what it reads, has to
    assume the sweep too: with the axes' own ranges, a producer two attachments out was
    computed one row short of what the stage between copied from it (fuzz case 2033017290).
    """
    rels = st.relations
    if not any(isinstance(r, Split) for r in rels):
        return ranges
    op = st.op
    assert isinstance(op, ComputeOp)
    roots = [iv for iv in (*op.axis, *op.reduce_axis) if iv.var in ranges
             and ranges[iv.var].lo is not None and ranges[iv.var].hi is not None]
    root_ext = {iv: simplify(ranges[iv.var].hi - ranges[iv.var].lo + 1) for iv in roots}
    for iv in (*op.axis, *op.reduce_axis):
        root_ext.setdefault(iv, iv.dom.extent)
    ext = compute_extents(rels, root_ext)
    vals = compute_values(rels, ext)
    leaf_ranges = {iv.var: Interval(E.const(0), simplify(ext[iv] - 1))
                   for iv in st.leaf_iter_vars}
    out = dict(ranges)
    for iv in roots:
        off = vals.get(iv)
        if off is None:  # not split or fused: its loop sweeps its range
            continue
        hi = bounds(off, leaf_ranges).hi
        lo = ranges[iv.var].lo
        out[iv.var] = Interval(lo, None if hi is None else simplify(lo + hi))
    return out


def _loop_free(e: E.Expr) -> bool:
    """Does ``e`` depend only on symbolic dimensions (no loop or other variables)?"""
    return not any(isinstance(v, E.Var) and not isinstance(v, E.SizeVar) for v in walk(e))


class _Hull:
    """The hull, per dimension, of the indices at which a stage is read; ``None`` on a side
    means unbounded (once unbounded, a side stays so)."""

    def __init__(self, ndim: int, found: bool = False, lo: list[E.Expr | None] | None = None,
                 hi: list[E.Expr | None] | None = None) -> None:
        self.ndim = ndim
        self.found = found
        self.lo: list[E.Expr | None] = lo if lo is not None else [None] * ndim
        self.hi: list[E.Expr | None] = hi if hi is not None else [None] * ndim

    def merge(self, other: _Hull) -> None:
        if not other.found:
            return
        if not self.found:
            self.found, self.lo, self.hi = True, list(other.lo), list(other.hi)
            return
        self.lo = [_min(a, b) for a, b in zip(self.lo, other.lo, strict=False)]
        self.hi = [_max(a, b) for a, b in zip(self.hi, other.hi, strict=False)]

    def add_reads(self, e: E.Expr, prod: Stage, inference: RegionInference,
                  ranges: dict[E.Var, Interval]) -> None:
        """Fold in every read of ``prod`` in ``e``, its indices bounded over ``ranges``."""
        for n in walk(e):
            if isinstance(n, E.ProducerLoad) and inference.of(n.tensor, prod):
                los, his = [], []
                for ix in n.indices:
                    ix, ranges_d = _opaque_loads(ix, ranges)
                    b = bounds(ix, ranges_d)
                    los.append(b.lo)
                    his.append(b.hi)
                self.merge(_Hull(self.ndim, True, los, his))


def _opaque_loads(ix: E.Expr, ranges: dict[E.Var, Interval]
                  ) -> tuple[E.Expr, dict[E.Var, Interval]]:
    """``ix`` with each data-dependent read (a gather index such as ``I[i]``) replaced by a
    variable of unknown value, and the ranges that say so.

    Bound analysis treats what it can't see into as a fixed symbol, so ``T[I[i] % 3]``
    would get the region ``[I[i] % 3, I[i] % 3]``: a region whose bounds read memory, which
    nothing lowers. With the read opaque the region is what the index's form proves
    (``[0, 2]`` here), else the whole tensor.
    """
    loads = [n for n in walk(ix) if isinstance(n, (E.ProducerLoad, E.Load))]
    if not loads:
        return ix, ranges
    vmap: dict[E.Expr, E.Expr] = {}
    extra = dict(ranges)
    for ld in loads:
        if ld not in vmap:
            v = E.Var("gathered", ld.dtype)
            vmap[ld] = v
            extra[v] = Interval(None, None)
    return _ReplaceExprs(vmap).visit(ix), extra


class _ReplaceExprs(Mutator):
    def __init__(self, vmap: dict[E.Expr, E.Expr]) -> None:
        super().__init__()
        self.vmap = vmap

    def visit(self, node: Any) -> Any:
        hit = self.vmap.get(node) if isinstance(node, E.Expr) else None
        return hit if hit is not None else super().visit(node)


def _min(a: E.Expr | None, b: E.Expr | None) -> E.Expr | None:
    if a is None or b is None:
        return None
    return simplify(E.binary(E.Op.MIN, a, b))


def _max(a: E.Expr | None, b: E.Expr | None) -> E.Expr | None:
    if a is None or b is None:
        return None
    return simplify(E.binary(E.Op.MAX, a, b))


__all__ = ["InferredRegion", "LoopSite", "Region", "RegionInference"]
