"""Schedule -> loop IR: bounds inference, loop nests, compute_at placement, caches (layer 4).

Each stage becomes a loop nest over its leaf iteration variables. A stage placed with
``compute_at`` is emitted inside its consumer's loop, over the region the consumer reads in
one iteration of that loop (bounds inference), into a buffer of that region's size. Splits
that don't divide evenly peel their last outer iteration, so the hot inner loops carry no
bounds checks; only splits that can't be peeled get a guard.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ..arith import Interval, bounds, can_prove, const_bounds, simplify
from ..dsl.tensor import ComputeOp, PlaceholderOp, Tensor
from ..errors import LoweringError, ScheduleError
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, substitute, walk
from ..schedule.primitives import Split
from ..schedule.relations import compute_extents, compute_values, needs_guard, split_factor
from ..schedule.schedule import IterAttr, Schedule, Stage

_KIND = {IterAttr.VECTORIZE: S.ForKind.VECTORIZED, IterAttr.UNROLL: S.ForKind.UNROLLED,
         IterAttr.PARALLEL: S.ForKind.PARALLEL}
MAX_PEELED = 3  # splits peeled along one path; beyond that, guards (code size doubles each)


@dataclasses.dataclass
class Frame:
    """One emitted instance of a stage: where its outputs live and which region they hold."""

    stage: Stage
    buffers: list[Buffer]
    offset: list[E.Expr]        # region min per spatial axis (buffer index = value - offset)
    region: list[E.Range]       # region computed, per spatial axis (absolute coordinates)


class _Expand(Mutator):
    """Inline compute_inline stages into an expression."""

    def __init__(self, low: Lowering) -> None:
        super().__init__()
        self.low = low

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> E.Expr:
        node = self.generic_visit(node)
        st = self.low.sch[node.tensor]
        if st.attach != "inline":
            return node
        op = st.op
        assert isinstance(op, ComputeOp)
        body = self.low.expanded(st)[node.tensor.value_index]
        return substitute(body, {iv.var: i for iv, i in zip(op.axis, node.indices, strict=False)})


class _ResolveReads(Mutator):
    """ProducerLoad of a tensor -> Load of the buffer of the frame visible here."""

    def __init__(self, low: Lowering) -> None:
        super().__init__()
        self.low = low

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> E.Expr:
        idx = tuple(self.visit(i) for i in node.indices)
        return self.low.read(node.tensor, idx)


class Lowering:
    def __init__(self, sch: Schedule, args: Sequence[Tensor], name: str) -> None:
        self.sch = sch
        self.name = name
        self.args = list(args)
        self.frames: dict[Stage, Frame] = {}
        self.var_ranges: dict[E.Var, Interval] = {}
        self.last_unclamped: list[E.Expr | None] = []
        self.reads_cache: dict[tuple[int, int], bool] = {}
        self.region_memo: dict[tuple[int, int, int], tuple[list[E.Range], list[Any]]] | None = None
        self._expanded: dict[Stage, tuple[E.Expr, ...]] = {}
        self.params: list[Buffer] = []
        self.arg_buffer: dict[tuple[Stage, int], Buffer] = {}
        self.attached: dict[tuple[Stage, E.IterVar], list[Stage]] = {}
        self.read_buffers: dict[Tensor, set[Buffer]] = {}  # what loads of a tensor read
        self._check_and_bind_args()

    # ------------------------------------------------------------------ setup
    def _check_and_bind_args(self) -> None:
        seen: set[int] = set()
        for pos, t in enumerate(self.args):
            if not isinstance(t, Tensor):
                raise LoweringError(f"argument {pos} is a {type(t).__name__}, expected a tensor")
            if id(t) in seen:
                raise LoweringError(f"tensor '{t.name}' appears twice in the argument list")
            seen.add(id(t))
            st = self.sch[t]
            if st.attach != "root" and not isinstance(st.op, PlaceholderOp):
                if st.attach == "at":
                    tgt_name = st.attach_stage.name  # type: ignore[union-attr]
                    prim, how = "compute_at", f"computed at a loop of '{tgt_name}'"
                else:
                    prim, how = "compute_inline", "inlined"
                raise ScheduleError(
                    f"{_placed_at(st)}: {prim}: tensor '{t.name}' is an argument of the "
                    f"build, so it must be computed at root with its full shape, but its stage "
                    f"is {how}; call s[{t.name}].compute_root(), or leave '{t.name}' out of "
                    "the arguments")
            buf = Buffer(t.name, t.shape, t.dtype, "global")
            self.params.append(buf)
            self.arg_buffer[(st, t.value_index)] = buf
        for out in self.sch.outputs:
            if (self.sch[out], out.value_index) not in self.arg_buffer:
                raise LoweringError(f"output '{out.name}' of the schedule is missing from the "
                                    "argument list; pass it so the kernel can write it")
        for st in self.sch.stages:
            if isinstance(st.op, PlaceholderOp) and (st, 0) not in self.arg_buffer \
                    and self._used(st):
                users = ", ".join(c.name for c in self.sch.consumers(st))
                raise LoweringError(f"placeholder '{st.op.name}' is read by {users} but is not "
                                    "in the argument list")
            if st.attach == "at":
                tgt = st.attach_stage
                assert tgt is not None and st.attach_ivar is not None
                # The primitives refuse both (compute_inline of a stage with stages attached,
                # split/fuse of a loop a stage is attached to); kept as a safety net.
                if tgt.attach == "inline":
                    raise ScheduleError(
                        f"{st.attach_location}: compute_at: stage '{st.name}' is computed at a "
                        f"loop of '{tgt.name}', which is inlined ({_placed_at(tgt)}) and has no "
                        f"loops; attach '{st.name}' to a stage that is not inlined")
                if st.attach_ivar not in tgt.leaf_iter_vars:
                    raise ScheduleError(
                        f"{st.attach_location}: compute_at: stage '{st.name}' is computed at "
                        f"loop '{st.attach_ivar.var.name}' of '{tgt.name}', but that loop was "
                        "split or fused afterwards; attach to one of the loops it became")
                self.attached.setdefault((tgt, st.attach_ivar), []).append(st)
        for st in self.sch.stages:
            if st.attach == "at":
                self._check_readers_inside(st)

    def _check_readers_inside(self, st: Stage) -> None:
        """Every stage that reads ``st`` (through inlined ones) must run inside the loop
        ``st`` is computed at: there, and only there, its values exist.

        A user-schedule refusal (ScheduleError naming the compute_at line), made here and not
        at the primitive: a schedule attaches producers one at a time, so it passes through
        such states on its way to a consistent one (as in TVM and Halide, which refuse it when
        lowering too)."""
        tgt, iv = st.attach_stage, st.attach_ivar
        assert tgt is not None and iv is not None
        pos = tgt.leaf_iter_vars.index(iv)
        for r in self._real_readers(st):
            if r is tgt or any(q is tgt and p >= pos for q, p in _scope_chain(r)):
                continue
            where = ("at root" if r.attach == "root" else
                     f"at loop '{r.attach_ivar.var.name}' of '{r.attach_stage.name}' "  # type: ignore[union-attr]
                     f"({r.attach_location})")
            raise ScheduleError(
                f"{st.attach_location}: compute_at: stage '{st.name}' is computed at loop "
                f"'{iv.var.name}' of '{tgt.name}' here, but '{r.name}' also reads it and runs "
                f"{where}, outside that loop, where '{st.name}' does not exist; the schedule "
                f"is incomplete: compute '{r.name}' inside that loop too "
                f"(s[{r.name}].compute_at(s[{tgt.name}], {iv.var.name!r}) or a loop within "
                f"it), or attach '{st.name}' to a loop that encloses every reader, or "
                "compute_root() it")

    def _real_readers(self, st: Stage) -> list[Stage]:
        """The stages that read ``st``, looking through inlined ones to their readers."""
        out: list[Stage] = []
        for c in self.sch.consumers(st):
            for r in (self._real_readers(c) if c.attach == "inline" else [c]):
                if r not in out:
                    out.append(r)
        return out

    def _used(self, st: Stage) -> bool:
        return any(c.attach != "inline" or self._used(c) for c in self.sch.consumers(st))

    def expanded(self, st: Stage) -> tuple[E.Expr, ...]:
        """The stage's body with every inlined producer substituted."""
        got = self._expanded.get(st)
        if got is None:
            op = st.op
            assert isinstance(op, ComputeOp)
            exp = _Expand(self)
            got = tuple(exp.visit(b) if not isinstance(b, E.Reduce) else dataclasses.replace(
                b, source=tuple(exp.visit(s) for s in b.source),
                condition=exp.visit(b.condition)) for b in op.body)
            self._expanded[st] = got
        return got

    # ------------------------------------------------------------------ reads
    def read(self, tensor: Tensor, idx: tuple[E.Expr, ...]) -> E.Expr:
        load = self._read(tensor, idx)
        if isinstance(load, E.Load):
            self.read_buffers.setdefault(tensor, set()).add(load.buffer)
        return load

    def _read(self, tensor: Tensor, idx: tuple[E.Expr, ...]) -> E.Expr:
        st = self.sch[tensor]
        if isinstance(st.op, PlaceholderOp):
            return E.Load(self.arg_buffer[(st, 0)], idx, tensor.dtype)
        fr = self.frames.get(st)
        if fr is None:
            raise ScheduleError(  # _check_readers_inside refuses this first; a safety net
                f"{_placed_at(st)}: compute_at: stage '{st.name}' is read where it has not "
                "been computed: a reader runs outside the loop it is attached to; attach it "
                "to a loop that encloses every reader, or compute_root()")
        buf = fr.buffers[tensor.value_index]
        if st.layout is not None:
            return E.Load(buf, tuple(E.as_expr(i) for i in st.layout(*idx)), tensor.dtype)
        return E.Load(buf, tuple(simplify(i - o) for i, o in zip(idx, fr.offset, strict=False)),
                      tensor.dtype)

    # ------------------------------------------------------------------ top level
    def run(self) -> PrimFunc:
        body: list[S.Stmt] = []
        allocs: list[Buffer] = []
        for st in self.sch.stages:
            if st.attach != "root" or isinstance(st.op, PlaceholderOp):
                continue
            op = st.op
            assert isinstance(op, ComputeOp)
            bufs = []
            for i in range(op.num_outputs):
                b = self.arg_buffer.get((st, i))
                if b is None:
                    shape = self._layout_shape(st) if st.layout else op.shape
                    b = Buffer(op.output(i).name, tuple(shape), op.output(i).dtype, st.scope)
                    allocs.append(b)
                bufs.append(b)
            region = [E.Range(E.const(0), d) for d in op.shape]
            self.frames[st] = Frame(st, bufs, [E.const(0)] * len(region), region)
            body.append(self.emit_stage(st))
        stmt = S.seq(*body)
        for b in reversed(allocs):
            stmt = S.Allocate(b, stmt)
        dim_vars: list[E.Var] = []
        for b in self.params:
            for d in b.shape:
                for v in walk(d):
                    if isinstance(v, E.SizeVar) and v not in dim_vars:
                        dim_vars.append(v)
        for v in walk(stmt):
            if isinstance(v, E.SizeVar) and v not in dim_vars:
                raise LoweringError(f"symbolic dimension '{v.name}' is used but no argument has "
                                    "it in its shape, so it can't be bound at call time")
        outputs = tuple(i for i, t in enumerate(self.args)
                        if not isinstance(self.sch[t].op, PlaceholderOp))
        return PrimFunc(self.name, tuple(self.params), stmt, tuple(dim_vars),
                        {"outputs": outputs})

    def _layout_shape(self, st: Stage) -> list[E.Expr]:
        """The packed buffer's shape: one past the largest index the layout maps to, per
        output dimension (symbolic where the tensor's shape is)."""
        op = st.op
        assert isinstance(op, ComputeOp) and st.layout is not None
        ranges = {iv.var: Interval(E.const(0), simplify(iv.dom.extent - 1)) for iv in op.axis}
        mapped = st.layout(*[iv.var for iv in op.axis])
        shape = []
        for d, m in enumerate(mapped):
            b = bounds(E.as_expr(m), ranges)
            if b.lo is None or b.hi is None or not can_prove(b.lo >= 0):
                raise ScheduleError(
                    f"{_cache_read_at(st)}: cache_read: packed layout of '{st.name}': output "
                    f"dimension {d} ({m!r}) is not provably non-negative and bounded over the "
                    "tensor's shape; the layout must map every index into a non-negative range")
            shape.append(simplify(b.hi + 1))
        return shape

    # ------------------------------------------------------------------ one stage
    def emit_stage(self, st: Stage) -> S.Stmt:
        return _Nest(self, st).emit()

    def region_for(self, prod: Stage, nest: _Nest, pos: int) -> list[E.Range] | None:
        """Region of ``prod`` read inside loop ``pos`` of ``nest`` (one iteration of it).

        A producer's region folds in the regions of the stages attached beside it that read
        it, computed recursively; within one query each of those is computed once (without
        the memo, a dozen stages attached at one loop took seconds: exponential in depth).
        The memo lives for one query only, since the loop context may change between them.
        None when nothing reads ``prod`` there (a dead stage, not computed).
        """
        top = self.region_memo is None
        if top:
            self.region_memo = {}
        try:
            key = (id(prod), id(nest), pos)
            hit = self.region_memo.get(key)
            if hit is None:
                hit = self.region_memo[key] = (self._region_for(prod, nest, pos),
                                               self.last_unclamped)
            self.last_unclamped = hit[1]
            return hit[0]
        finally:
            if top:
                self.region_memo = None

    def _region_for(self, prod: Stage, nest: _Nest, pos: int) -> list[E.Range] | None:
        op = prod.op
        assert isinstance(op, ComputeOp)
        hull = _Hull(len(op.axis))
        inner_ranges = nest.inner_ranges(pos)
        readers = [(nest.stage, None)] + [
            (q, p2) for (tgt, iv), qs in self.attached.items() if tgt is nest.stage
            for q in qs for p2 in [nest.leaves.index(iv)]
            if p2 >= pos and q is not prod and self._reads(q, prod)
        ]
        for q, qpos in readers:
            if qpos is None:
                for e in nest.body_reads():
                    hull.add_reads(e, prod, self, inner_ranges)
                continue
            qregion = self.region_for(q, nest, qpos)
            if qregion is None:  # q is dead here, so are its reads
                continue
            qop = q.op
            assert isinstance(qop, ComputeOp)
            ranges = dict(nest.inner_ranges(qpos))
            for iv, r in zip(qop.axis, qregion, strict=False):
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
        self.last_unclamped = []  # extents before clamping: tight sizes for the buffer
        for d, iv in enumerate(op.axis):
            full_hi = simplify(iv.dom.extent - 1)
            lo_d, hi_d = lo[d], hi[d]
            self.last_unclamped.append(
                simplify(hi_d - lo_d + 1) if lo_d is not None and hi_d is not None else None)
            if lo_d is None or not can_prove(lo_d >= 0, self.var_ranges):
                lo_d = E.const(0) if lo_d is None else simplify(E.binary(E.Op.MAX, lo_d, 0))
            if hi_d is None or not can_prove(hi_d <= full_hi, self.var_ranges):
                hi_d = full_hi if hi_d is None else simplify(E.binary(E.Op.MIN, hi_d, full_hi))
            region.append(E.Range(lo_d, simplify(hi_d - lo_d + 1)))
        return region

    def _read_hull(self, prod: Stage, host: Stage, ranges: dict[E.Var, Interval]) -> _Hull:
        """What ``host`` reads of ``prod`` while its axes range over ``ranges``: directly, and
        through the stages computed inside its loops (whose own regions are bounded by what
        ``host`` and they read of them; a superset of any one iteration's, which is safe)."""
        op = prod.op
        assert isinstance(op, ComputeOp)
        hull = _Hull(len(op.axis))
        ranges = _swept(host, ranges)
        for e in self.expanded(host):
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

    def _of(self, t: Tensor, st: Stage) -> bool:
        """Is ``t`` an output of ``st`` (of its current op or one it replaced)?"""
        return self.sch._by_op.get(t.op) is st

    def _reads(self, q: Stage, prod: Stage) -> bool:
        key = (id(q), id(prod))
        hit = self.reads_cache.get(key)
        if hit is None:
            hit = self.reads_cache[key] = self._reads_uncached(q, prod)
        return hit

    def _reads_uncached(self, q: Stage, prod: Stage) -> bool:
        """Does ``q`` read ``prod``, itself or through a stage computed inside its loops?"""
        if any(isinstance(n, E.ProducerLoad) and self._of(n.tensor, prod)
               for b in self.expanded(q) for n in walk(b)):
            return True
        return any(r.attach == "at" and r.attach_stage is q and r is not prod
                   and self._reads(r, prod) for r in self.sch.stages)

    def alloc_shape(self, region: list[E.Range], unclamped: list[E.Expr | None],
                    full: Sequence[E.Expr]) -> list[E.Expr]:
        """Buffer shape for a region: its extents, or upper bounds of them that hold in every
        iteration of the enclosing loops.

        A region clamped to the tensor's edge (``min(b*16 + 15, 69) - b*16 + 1``) is never
        larger than before clamping (16), which bounds it more tightly than interval
        analysis of the clamped form. A shape never mentions a loop variable (passes that
        remove a loop of extent 1 don't rewrite buffer shapes, and a size that changes per
        iteration can't be hoisted): where no loop-free bound is found, the tensor's own
        extent ``full`` (which the clamped region never exceeds) is used.
        """
        shape = []
        for r, raw, whole in zip(region, unclamped, full, strict=False):
            if isinstance(r.extent, E.Const):
                shape.append(r.extent)
                continue
            _, hi = const_bounds(r.extent, self.var_ranges)
            if raw is not None:
                _, raw_hi = const_bounds(raw, self.var_ranges)
                if raw_hi is not None and (hi is None or raw_hi < hi):
                    hi = raw_hi
            if hi is not None:
                shape.append(E.const(hi))
                continue
            cands = [r.extent, raw] + [bounds(e, self.var_ranges).hi for e in (raw, r.extent)
                                       if e is not None]
            pick = next((c for c in cands if c is not None and _loop_free(c)), None)
            shape.append(simplify(whole) if pick is None else pick)
        # A region can be empty in iterations whose consumer work is guarded away; the
        # stage's nest is skipped there (see _inside), the buffer just needs a valid size.
        return [E.const(max(s.value, 1)) if isinstance(s, E.Const)
                else simplify(E.binary(E.Op.MAX, s, E.const(1, s.dtype))) for s in shape]


def _swept(st: Stage, ranges: dict[E.Var, Interval]) -> dict[E.Var, Interval]:
    """The ranges ``st``'s loops sweep while its axes range over ``ranges``.

    A split that doesn't divide its axis runs past the axis's end (``outer * 5 + inner``
    reaches 4 for an extent of 3). The body is guarded there, but a stage computed inside
    those loops gets its region from the loops' whole sweep (``region_for`` reads the leaf
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


def _memoryless_sum_or_product(comb: E.CommReducer, src: list[E.Expr]) -> E.Expr | None:
    """What a sum or product reduction (float or integer) accumulates, if it reads no memory
    (a constant, or arithmetic of loop variables: constant once LLVM unrolls the loop),
    else None."""
    r = comb.result[0]
    if len(src) != 1 or not (r.dtype.is_float or r.dtype.is_int) \
            or not isinstance(r, E.Binary) \
            or r.op not in (E.Op.ADD, E.Op.MUL) or {r.a, r.b} != {comb.lhs[0], comb.rhs[0]} \
            or not E.is_const(comb.identity[0], 0 if r.op is E.Op.ADD else 1):
        return None
    k = simplify(src[0])
    return None if any(isinstance(n, (E.Load, E.ProducerLoad)) for n in walk(k)) else k


def _placed_at(st: Stage) -> str:
    """The user's line that placed ``st`` (its last compute_at/compute_inline/compute_root)."""
    if st.attach == "at" and st.attach_location:
        return st.attach_location
    for d in reversed(st.sch.trace):
        if d.stage == st.name and d.kind in ("compute_at", "compute_inline", "compute_root"):
            return d.location
    return "<unknown>"


def _cache_read_at(st: Stage) -> str:
    """The user's line of the cache_read that made the packed stage ``st``."""
    for d in reversed(st.sch.trace):
        if d.kind == "cache_read" and st.name.startswith(f"{d.stage}.packed"):
            return d.location
    return "<unknown>"


def _scope_chain(st: Stage) -> list[tuple[Stage, int]]:
    """The loops ``st`` runs inside, innermost first: (stage, position of its loop)."""
    out = []
    while st.attach == "at" and st.attach_stage is not None and st.attach_ivar is not None:
        tgt = st.attach_stage
        out.append((tgt, tgt.leaf_iter_vars.index(st.attach_ivar)))
        st = tgt
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

    def add_reads(self, e: E.Expr, prod: Stage, low: Lowering,
                  ranges: dict[E.Var, Interval]) -> None:
        """Fold in every read of ``prod`` in ``e``, its indices bounded over ``ranges``."""
        for n in walk(e):
            if isinstance(n, E.ProducerLoad) and low._of(n.tensor, prod):
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


class _Nest:
    """Emits the loop nest of one stage instance (its frame is already registered)."""

    def __init__(self, low: Lowering, st: Stage) -> None:
        self.low = low
        self.stage = st
        op = st.op
        assert isinstance(op, ComputeOp)
        self.op = op
        self.frame = low.frames[st]
        self.leaves = list(st.leaf_iter_vars)
        self.relations = st.relations
        self.root_ext: dict[E.IterVar, E.Expr] = {
            iv: r.extent for iv, r in zip(op.axis, self.frame.region, strict=False)}
        for iv in op.reduce_axis:
            self.root_ext[iv] = iv.dom.extent
        self.red_pos = next((p for p, iv in enumerate(self.leaves)
                             if iv.kind == E.IterKind.REDUCE), None)
        self.outer_split = {r.outer: r for r in self.relations if isinstance(r, Split)}
        # Current emission state (changed and restored while recursing).
        self.tails: dict[Split, E.Expr] = {}
        self.fixed: dict[E.Var, E.Expr] = {}
        self.peeled = 0
        self._main: set[Split] = set()  # splits whose outer loop runs its full iterations
        self._ext_cache: dict[tuple[Any, ...], dict[E.IterVar, E.Expr]] = {}

    # ------------------------------------------------------------------ state helpers
    def extents(self) -> dict[E.IterVar, E.Expr]:
        key = tuple(sorted((id(k), v) for k, v in self.tails.items()))
        got = self._ext_cache.get(key)
        if got is None:
            got = compute_extents(self.relations, self.root_ext, self.tails)
            self._ext_cache[key] = got
        return got

    def root_values(self) -> dict[E.Var, E.Expr]:
        """Absolute value of every root axis variable in terms of the leaf loop variables."""
        ext = self.extents()
        vals = compute_values(self.relations, ext)
        out: dict[E.Var, E.Expr] = {}
        for iv, r in zip(self.op.axis, self.frame.region, strict=False):
            out[iv.var] = simplify(substitute(r.min + vals.get(iv, iv.var), self.fixed))
        for iv in self.op.reduce_axis:
            out[iv.var] = simplify(substitute(iv.dom.min + vals.get(iv, iv.var), self.fixed))
        return out

    def inner_ranges(self, pos: int) -> dict[E.Var, Interval]:
        """Ranges of the loop variables inside loop ``pos`` (their whole extent); the loops
        around it stay symbolic, since the region is computed once per iteration of them."""
        ext = self.extents()
        ranges: dict[E.Var, Interval] = {}
        for iv in self.leaves[pos + 1:]:
            if iv.var not in self.fixed:
                ranges[iv.var] = Interval(E.const(0), simplify(ext[iv] - 1))
        return ranges

    def body_reads(self) -> list[E.Expr]:
        """The stage's expanded body with axes replaced by leaf-variable expressions."""
        vals = self.root_values()
        out = []
        for b in self.low.expanded(self.stage):
            if isinstance(b, E.Reduce):
                out.extend(substitute(s, vals) for s in b.source)
                out.append(substitute(b.condition, vals))
            else:
                out.append(substitute(b, vals))
        return out

    # ------------------------------------------------------------------ emission
    def emit(self) -> S.Stmt:
        if self.stage.layout is not None:
            return self._emit(0, "pack")
        if self.red_pos is None:
            return self._emit(0, "plain")
        return self._emit(0, "update")

    def _emit(self, pos: int, mode: str) -> S.Stmt:
        if mode == "update" and pos == self.red_pos:
            init = _InitNest(self).emit()
            return S.seq(init, self._loop(pos, mode))
        if pos == len(self.leaves):
            return self._body(mode)
        return self._loop(pos, mode)

    def _loop(self, pos: int, mode: str) -> S.Stmt:
        iv = self.leaves[pos]
        if iv.var in self.fixed:  # the peeled last iteration of a split's outer loop
            return self._inside(pos, mode)
        ext = self.extents()
        rel = self.outer_split.get(iv)
        # GPU stages keep guards: a peeled tail would be a second launch.
        if rel is not None and self.peeled < MAX_PEELED and not self.stage.bindings \
                and needs_guard(rel, ext) \
                and all(self.leaves.index(d) > pos for d in self._leaf_descendants(rel.inner)):
            f = split_factor(rel, ext[rel.parent])
            if isinstance(f, E.Const):
                return self._peel(pos, mode, rel, ext[rel.parent], f)
        return self._for(iv, ext[iv], self._inside_scoped(pos, mode, iv, ext[iv]))

    def _leaf_descendants(self, iv: E.IterVar) -> list[E.IterVar]:
        """The leaf loops whose values depend on ``iv`` (``iv`` itself if it is a leaf)."""
        out, todo = [], [iv]
        while todo:
            v = todo.pop()
            kids = [c for r in self.relations for c in (
                (r.outer, r.inner) if isinstance(r, Split) and r.parent is v else
                (r.fused,) if not isinstance(r, Split) and v in (r.outer, r.inner) else ())]
            if kids:
                todo.extend(kids)
            elif v in self.leaves and v not in out:
                out.append(v)
        return out

    def _for(self, iv: E.IterVar, extent: E.Expr, body: S.Stmt) -> S.Stmt:
        for tensor, piv, offset in self.stage.prefetches:
            if piv is iv:
                body = self._prefetched(body, tensor, iv, offset)
        attr = self.stage.iter_attrs.get(iv)
        if attr == IterAttr.BIND:
            return S.For(iv.var, E.const(0), simplify(extent), S.ForKind.THREAD, body,
                         self.stage.bindings[iv])
        kind = _KIND[attr] if attr is not None else S.ForKind.SERIAL
        return S.For(iv.var, E.const(0), simplify(extent), kind, body)

    def _prefetched(self, body: S.Stmt, tensor: Tensor, iv: E.IterVar, offset: int
                    ) -> S.Stmt:
        """``body`` with a Prefetch, ``offset`` iterations of ``iv`` ahead, before each
        statement that loads ``tensor`` (the schedule's ``prefetch``)."""
        if tensor.op is self.stage.op:
            ins = _InsertPrefetches(set(self.frame.buffers), iv.var, offset, write=True)
        else:
            ins = _InsertPrefetches(self.low.read_buffers.get(tensor, set()), iv.var, offset)
        body = ins.visit(body)
        if not ins.count and ins.gathers:
            raise ScheduleError(
                f"stage '{self.stage.name}': prefetch('{tensor.name}') at loop '{iv.var.name}': "
                f"every read of '{tensor.name}' there is at an index read from memory (a "
                "gather); its address ahead would need that index read ahead, past the loop's "
                "range, which can fault; prefetch the index tensor instead")
        if not ins.count:
            raise ScheduleError(
                f"stage '{self.stage.name}': prefetch('{tensor.name}') at loop '{iv.var.name}': "
                f"nothing inside that loop loads '{tensor.name}' (a cache_read moved the reads "
                "to its copy, or the reads were inlined away); prefetch the tensor that is read")
        return body

    def _inside_scoped(self, pos: int, mode: str, iv: E.IterVar, extent: E.Expr) -> S.Stmt:
        self.low.var_ranges[iv.var] = Interval(E.const(0), simplify(extent - 1))
        try:
            return self._inside(pos, mode)
        finally:
            del self.low.var_ranges[iv.var]

    def _peel(self, pos: int, mode: str, rel: Split, parent_ext: E.Expr, f: E.Const
              ) -> S.Stmt:
        iv = self.leaves[pos]
        main_ext = simplify(parent_ext // f)
        rem = simplify(parent_ext - main_ext * f)
        self.peeled += 1
        try:
            main = None
            if not (isinstance(main_ext, E.Const) and main_ext.value == 0):
                self._main.add(rel)
                try:
                    main = self._for(iv, main_ext, self._inside_scoped(pos, mode, iv, main_ext))
                finally:
                    self._main.discard(rel)
            tail = None
            if not (isinstance(rem, E.Const) and rem.value == 0):
                self.tails[rel] = rem
                self.fixed[iv.var] = main_ext
                try:
                    tail = self._inside(pos, mode)
                finally:
                    del self.tails[rel]
                    del self.fixed[iv.var]
                if not isinstance(rem, E.Const):
                    tail = S.If(rem > 0, tail)
            return S.seq(main, tail)
        finally:
            self.peeled -= 1

    def _inside(self, pos: int, mode: str) -> S.Stmt:
        """Body of loop ``pos``: stages attached here, then the inner loops."""
        iv = self.leaves[pos]
        attached = self.low.attached.get((self.stage, iv), []) if mode != "init" else []
        if not attached:
            return self._emit(pos + 1, mode)
        saved = {st: self.low.frames.get(st) for st in attached}
        allocs: list[Buffer] = []
        stmts: list[S.Stmt] = []
        try:
            for st in attached:
                region = self.low.region_for(st, self, pos)
                if region is None:  # nothing reads it (inlining dropped the reads)
                    continue
                unclamped = self.low.last_unclamped
                op = st.op
                assert isinstance(op, ComputeOp)
                shape = self.low.alloc_shape(region, unclamped, op.shape)
                # A region buffer lives per iteration of the loop: on the stack (codegen
                # moves large ones to the heap), unless a GPU scope was asked for.
                scope = "local" if st.scope == "global" else st.scope
                bufs = [Buffer(op.output(i).name, tuple(shape), op.output(i).dtype, scope)
                        for i in range(op.num_outputs)]
                allocs.extend(bufs)
                self.low.frames[st] = Frame(st, bufs, [r.min for r in region], region)
                if any(can_prove(r.extent <= 0, self.low.var_ranges) for r in region):
                    continue  # nothing of it is needed in this (peeled) iteration
                nest = self.low.emit_stage(st)
                empty = [r.extent > 0 for r in region
                         if not can_prove(r.extent > 0, self.low.var_ranges)]
                if empty:
                    cond = empty[0]
                    for c in empty[1:]:
                        cond = E.binary(E.Op.AND, cond, c)
                    nest = S.If(cond, nest)
                stmts.append(nest)
            # An iteration this stage's own split guards skip does nothing, so the stages
            # attached here must not run in it either: their regions (and their producers'
            # regions) were inferred for the guarded iterations only, and an unguarded one
            # read outside them (fuzz case 2031012970: a 1-element region split by 6).
            inner = {lv.var for lv in self.leaves[pos + 1:]}
            skip = [g for g in self.guards() if not any(v in inner for v in walk(g)
                                                        if isinstance(v, E.Var))]
            if stmts and skip:
                cond = skip[0]
                for c in skip[1:]:
                    cond = E.binary(E.Op.AND, cond, c)
                stmts = [S.If(simplify(cond, self.low.var_ranges), S.seq(*stmts))]
            stmts.append(self._emit(pos + 1, mode))
        finally:
            for st, fr in saved.items():
                if fr is None:
                    self.low.frames.pop(st, None)
                else:
                    self.low.frames[st] = fr
        out = S.seq(*stmts)
        for b in reversed(allocs):
            out = S.Allocate(b, out)
        return out

    def guards(self, spatial_only: bool = False) -> list[E.Expr]:
        ext = self.extents()
        vals = compute_values(self.relations, ext)
        out = []
        for rel in self.relations:
            if not isinstance(rel, Split) or rel in self._main:
                continue
            if spatial_only and rel.parent.kind == E.IterKind.REDUCE:
                continue
            if rel in self.tails:
                continue  # peeled tail: its inner loops run inside, over the remainder only
            if needs_guard(rel, ext):
                out.append(vals.get(rel.parent, rel.parent.var) < ext[rel.parent])
        return [substitute(g, self.fixed) for g in out]

    def store_index(self, vals: dict[E.Var, E.Expr]) -> tuple[E.Expr, ...]:
        return tuple(simplify(vals[iv.var] - o)
                     for iv, o in zip(self.op.axis, self.frame.offset, strict=False))

    def _body(self, mode: str) -> S.Stmt:
        vals = self.root_values()
        resolve = _ResolveReads(self.low)
        bufs = self.frame.buffers
        bodies = self.low.expanded(self.stage)
        if mode == "pack":
            assert self.stage.layout is not None
            src = resolve.visit(substitute(bodies[0], vals))
            idx = tuple(E.as_expr(i) for i in self.stage.layout(
                *[vals[iv.var] for iv in self.op.axis]))
            stmt: S.Stmt = S.Store(bufs[0], tuple(simplify(i) for i in idx), src)
        elif mode == "plain":
            idx = self.store_index(vals)
            stmt = S.seq(*[S.Store(b, idx, resolve.visit(substitute(e, vals)))
                           for b, e in zip(bufs, bodies, strict=False)])
        else:
            red = bodies[0]
            assert isinstance(red, E.Reduce)
            idx = self.store_index(vals)
            comb = red.combiner
            src = [resolve.visit(substitute(s, vals)) for s in red.source]
            old = [E.Load(b, idx, b.dtype) for b in bufs]
            vmap = {**dict(zip(comb.lhs, old, strict=False)),
                    **dict(zip(comb.rhs, src, strict=False))}
            new = [substitute(r, vmap) for r in comb.result]
            if len(new) == 1:
                stmt = S.Store(bufs[0], idx, new[0])
            else:
                tmp = [E.Var(f"{b.name}.new", b.dtype) for b in bufs]
                stmt = S.seq(*[S.Store(b, idx, t) for b, t in zip(bufs, tmp, strict=False)])
                for t, v in reversed(list(zip(tmp, new, strict=False))):
                    stmt = S.LetStmt(t, v, stmt)
            cond = resolve.visit(substitute(red.condition, vals))
            if not E.is_const(cond, True):
                k = _memoryless_sum_or_product(comb, src) if len(new) == 1 else None
                if k is not None:
                    # acc = acc (+|*) select(cond, k, identity): exact (acc starts at the
                    # identity, so a sum never holds -0.0; integers wrap alike either way;
                    # k reads nothing, so evaluating it where cond is false is harmless),
                    # and it avoids an LLVM 22 loop vectorizer blow-up (exponential time)
                    # on the select chains that `if cond: acc = acc + k` becomes once the
                    # reduction is fully unrolled (fuzz cases 2027011947, float, and
                    # 2033006285, an int32 product of -1: select(c, -acc, acc) 28 deep).
                    k = E.select(cond, k, comb.identity[0])
                    stmt = S.Store(bufs[0], idx, substitute(comb.result[0], {
                        comb.lhs[0]: old[0], comb.rhs[0]: k}))
                else:
                    stmt = S.If(cond, stmt)
        for g in self.guards():
            stmt = S.If(simplify(g, self.low.var_ranges), stmt)
        return stmt


class _InsertPrefetches(Mutator):
    """Put ``Prefetch(buf, idx[var := var + offset])`` before each Store whose value loads
    one of ``bufs`` (once per distinct index). An index that itself loads from memory (a
    gather) is skipped and counted in ``gathers``: shifting it would read its index tensor
    ahead, out of range, and that read can fault where the hint cannot."""

    def __init__(self, bufs: set[Buffer], var: E.Var, offset: int, write: bool = False) -> None:
        super().__init__()
        self.bufs, self.shift, self.write = bufs, {var: var + offset}, write
        self.count = self.gathers = 0

    def _ahead(self, indices: tuple[E.Expr, ...]) -> tuple[E.Expr, ...] | None:
        if any(isinstance(n, E.Load) for i in indices for n in walk(i)):
            self.gathers += 1
            return None
        return tuple(simplify(substitute(i, self.shift)) for i in indices)

    def visit_Store(self, node: S.Store) -> S.Stmt:
        seen: dict[tuple[Any, ...], S.Prefetch] = {}
        if self.write:
            idx = self._ahead(node.indices) if node.buffer in self.bufs else None
            if idx is None:
                return node
            self.count += 1
            return S.seq(S.Prefetch(node.buffer, idx, True), node)
        for n in walk(node.value):
            if isinstance(n, E.Load) and n.buffer in self.bufs:
                idx = self._ahead(n.indices)
                if idx is not None:
                    seen.setdefault((n.buffer, idx), S.Prefetch(n.buffer, idx))
        self.count += len(seen)
        return S.seq(*seen.values(), node) if seen else node


class _InitNest:
    """Loops over the spatial leaves inside the first reduction loop, storing the identity."""

    def __init__(self, nest: _Nest) -> None:
        self.nest = nest
        assert nest.red_pos is not None
        self.leaves = [iv for iv in nest.leaves[nest.red_pos:] if iv.kind == E.IterKind.SPATIAL]

    def emit(self) -> S.Stmt:
        return self._emit(0)

    def _emit(self, p: int) -> S.Stmt:
        n = self.nest
        if p == len(self.leaves):
            vals = n.root_values()
            idx = n.store_index(vals)
            red = n.low.expanded(n.stage)[0]
            assert isinstance(red, E.Reduce)
            stmt = S.seq(*[S.Store(b, idx, ident)
                           for b, ident in zip(n.frame.buffers, red.combiner.identity,
                                               strict=False)])
            for g in n.guards(spatial_only=True):
                stmt = S.If(simplify(g, n.low.var_ranges), stmt)
            return stmt
        iv = self.leaves[p]
        if iv.var in n.fixed:
            return self._emit(p + 1)
        ext = n.extents()[iv]
        n.low.var_ranges[iv.var] = Interval(E.const(0), simplify(ext - 1))
        try:
            body = self._emit(p + 1)
        finally:
            del n.low.var_ranges[iv.var]
        return n._for(iv, ext, body)


def lower_schedule(sch: Schedule, args: Sequence[Tensor], name: str = "main") -> PrimFunc:
    """Lower a schedule to loop IR (before the pass pipeline)."""
    return Lowering(sch, args, name).run()

