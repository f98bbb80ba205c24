"""One stage's loop nest, for nest emission (lowering phase 3, layer 4): leaf loops with
their kinds, peeled tails of splits that don't divide, guards where a split can't be
peeled, the stages attached at each loop, the reduction's init nest, and the store that
``Mode`` says.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING, Any

from ..arith import Interval, can_prove, simplify
from ..dsl.tensor import ComputeOp
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.visitor import Mutator, substitute, walk
from ..schedule.primitives import Split
from ..schedule.relations import compute_extents, compute_values, needs_guard, split_factor
from ..schedule.schedule import IterAttr, Stage
from .prefetch import prefetched
from .regions import InferredRegion

if TYPE_CHECKING:
    from .emit import Emitter

_KIND = {IterAttr.VECTORIZE: S.ForKind.VECTORIZED, IterAttr.UNROLL: S.ForKind.UNROLLED,
         IterAttr.PARALLEL: S.ForKind.PARALLEL}
MAX_PEELED = 3  # splits peeled along one path; beyond that, guards (code size doubles each)


class Mode(enum.Enum):
    """What the innermost statement of a stage's nest stores."""

    PLAIN = "plain"    # each output's value at the stage's index
    UPDATE = "update"  # a reduction: acc = combine(acc, value); an init nest stores the identity
    PACK = "pack"      # a cache_read's packed copy: the value at the layout's index


@dataclasses.dataclass
class Frame:
    """One emitted instance of a stage: where its outputs live and which region they hold."""

    stage: Stage
    buffers: list[Buffer]
    offset: list[E.Expr]        # region min per spatial axis (buffer index = value - offset)
    region: list[E.Range]       # region computed, per spatial axis (absolute coordinates)


class _ResolveReads(Mutator):
    """ProducerLoad of a tensor -> Load of the buffer of the frame visible here."""

    def __init__(self, em: Emitter) -> None:
        super().__init__()
        self.em = em

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> E.Expr:
        idx = tuple(self.visit(i) for i in node.indices)
        return self.em.read(node.tensor, idx)


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


def _all(conds: list[E.Expr]) -> E.Expr:
    cond = conds[0]
    for c in conds[1:]:
        cond = E.binary(E.Op.AND, cond, c)
    return cond


class Nest:
    """Emits the loop nest of one stage instance.

    Pre: the stage's frame (its buffers and the region they hold) is registered in
    ``em.frames``, and so is the frame of every stage it reads that is not a placeholder.
    Post (``emit``): the statement that computes the frame's region, with the stages attached
    at its loops emitted inside them; the emitter's state is as it was before.

    The emission state (``tails``, ``fixed``, ``peeled``, ``_main``) says which splits the
    loop being emitted peeled and which iteration it is in; it is changed and restored while
    recursing, and region inference sees it through ``inner_ranges`` and ``body_reads``.
    """

    def __init__(self, em: Emitter, st: Stage) -> None:
        self.em = em
        self.stage = st
        op = st.op
        assert isinstance(op, ComputeOp)
        self.op = op
        self.frame = em.frames[st]
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
        for b in self.em.bodies.of(self.stage):
            if isinstance(b, E.Reduce):
                out.extend(substitute(s, vals) for s in b.source)
                out.append(substitute(b.condition, vals))
            else:
                out.append(substitute(b, vals))
        return out

    # ------------------------------------------------------------------ emission
    def emit(self) -> S.Stmt:
        if self.stage.layout is not None:
            return self._emit(0, Mode.PACK)
        return self._emit(0, Mode.PLAIN if self.red_pos is None else Mode.UPDATE)

    def _emit(self, pos: int, mode: Mode) -> S.Stmt:
        if mode is Mode.UPDATE and pos == self.red_pos:
            init = _InitNest(self).emit()
            return S.seq(init, self._loop(pos, mode))
        if pos == len(self.leaves):
            return self._body(mode)
        return self._loop(pos, mode)

    def _loop(self, pos: int, mode: Mode) -> S.Stmt:
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
                bufs = (set(self.frame.buffers) if tensor.op is self.stage.op
                        else self.em.read_buffers.get(tensor, set()))
                body = prefetched(body, self.stage, tensor, iv, offset, bufs)
        attr = self.stage.iter_attrs.get(iv)
        if attr == IterAttr.BIND:
            return S.For(iv.var, E.const(0), simplify(extent), S.ForKind.THREAD, body,
                         self.stage.bindings[iv])
        kind = _KIND[attr] if attr is not None else S.ForKind.SERIAL
        return S.For(iv.var, E.const(0), simplify(extent), kind, body)

    def _inside_scoped(self, pos: int, mode: Mode, iv: E.IterVar, extent: E.Expr) -> S.Stmt:
        self.em.var_ranges[iv.var] = Interval(E.const(0), simplify(extent - 1))
        try:
            return self._inside(pos, mode)
        finally:
            del self.em.var_ranges[iv.var]

    def _peel(self, pos: int, mode: Mode, rel: Split, parent_ext: E.Expr, f: E.Const
              ) -> S.Stmt:
        """The main iterations of split ``rel``'s outer loop (leaf ``pos``), then its last,
        partial iteration with the outer variable fixed and the inner loops over the rest."""
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

    def _inside(self, pos: int, mode: Mode) -> S.Stmt:
        """Body of loop ``pos``: stages attached here, then the inner loops."""
        em = self.em
        iv = self.leaves[pos]
        attached = em.placement.attached.get((self.stage, iv), [])
        if not attached:
            return self._emit(pos + 1, mode)
        regions = em.regions.infer(self, pos, attached, em.var_ranges)
        fixed = tuple(self.fixed.items())
        host = self.stage.name
        saved = {st: em.frames.get(st) for st in attached}
        allocs: list[Buffer] = []
        stmts: list[S.Stmt] = []
        try:
            for st in attached:
                reg = regions[st]
                if reg is None:  # nothing reads it (inlining dropped the reads)
                    em.inferred.append(InferredRegion(st.name, host, iv, fixed, None, ()))
                    continue
                op = st.op
                assert isinstance(op, ComputeOp)
                shape = reg.buffer_shape(op.shape, em.var_ranges)
                em.inferred.append(InferredRegion(st.name, host, iv, fixed, reg, tuple(shape)))
                # A region buffer lives per iteration of the loop: on the stack (codegen
                # moves large ones to the heap), unless a GPU scope was asked for.
                scope = "local" if st.scope == "global" else st.scope
                bufs = [Buffer(op.output(i).name, tuple(shape), op.output(i).dtype, scope)
                        for i in range(op.num_outputs)]
                allocs.extend(bufs)
                region = list(reg.ranges)
                em.frames[st] = Frame(st, bufs, [r.min for r in region], region)
                if any(can_prove(r.extent <= 0, em.var_ranges) for r in region):
                    continue  # nothing of it is needed in this (peeled) iteration
                nest = Nest(em, st).emit()
                empty = [r.extent > 0 for r in region
                         if not can_prove(r.extent > 0, em.var_ranges)]
                if empty:
                    nest = S.If(_all(empty), nest)
                stmts.append(nest)
            # An iteration this stage's own split guards skip does nothing, so the stages
            # attached here must not run in it either: their regions (and their producers'
            # regions) were inferred for the guarded iterations only, and an unguarded one
            # read outside them (fuzz case 2031012970: a 1-element region split by 6).
            inner = {lv.var for lv in self.leaves[pos + 1:]}
            skip = [g for g in self.guards() if not any(v in inner for v in walk(g)
                                                        if isinstance(v, E.Var))]
            if stmts and skip:
                stmts = [S.If(simplify(_all(skip), em.var_ranges), S.seq(*stmts))]
            stmts.append(self._emit(pos + 1, mode))
        finally:
            for st, fr in saved.items():
                if fr is None:
                    em.frames.pop(st, None)
                else:
                    em.frames[st] = fr
        out = S.seq(*stmts)
        for b in reversed(allocs):
            out = S.Allocate(b, out)
        return out

    def guards(self, spatial_only: bool = False) -> list[E.Expr]:
        """``parent < extent`` for each split here whose outer loop can run past its parent
        (neither peeled nor running its main iterations only)."""
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

    def _body(self, mode: Mode) -> S.Stmt:
        vals = self.root_values()
        resolve = _ResolveReads(self.em)
        bufs = self.frame.buffers
        bodies = self.em.bodies.of(self.stage)
        if mode is Mode.PACK:
            assert self.stage.layout is not None
            src = resolve.visit(substitute(bodies[0], vals))
            idx = tuple(E.as_expr(i) for i in self.stage.layout(
                *[vals[iv.var] for iv in self.op.axis]))
            stmt: S.Stmt = S.Store(bufs[0], tuple(simplify(i) for i in idx), src)
        elif mode is Mode.PLAIN:
            idx = self.store_index(vals)
            stmt = S.seq(*[S.Store(b, idx, resolve.visit(substitute(e, vals)), self.stage.streamed)
                           for b, e in zip(bufs, bodies, strict=False)])
        else:
            stmt = self._update(bodies[0], vals, resolve)
        for g in self.guards():
            stmt = S.If(simplify(g, self.em.var_ranges), stmt)
        return stmt

    def _update(self, red: E.Expr, vals: dict[E.Var, E.Expr], resolve: _ResolveReads
                ) -> S.Stmt:
        """One step of a reduction: ``acc = combine(acc, value)``, under its condition."""
        assert isinstance(red, E.Reduce)
        bufs = self.frame.buffers
        idx = self.store_index(vals)
        comb = red.combiner
        src = [resolve.visit(substitute(s, vals)) for s in red.source]
        old = [E.Load(b, idx, b.dtype) for b in bufs]
        vmap = {**dict(zip(comb.lhs, old, strict=False)),
                **dict(zip(comb.rhs, src, strict=False))}
        new = [substitute(r, vmap) for r in comb.result]
        if len(new) == 1:
            stmt: S.Stmt = S.Store(bufs[0], idx, new[0])
        else:
            tmp = [E.Var(f"{b.name}.new", b.dtype) for b in bufs]
            stmt = S.seq(*[S.Store(b, idx, t) for b, t in zip(bufs, tmp, strict=False)])
            for t, v in reversed(list(zip(tmp, new, strict=False))):
                stmt = S.LetStmt(t, v, stmt)
        cond = resolve.visit(substitute(red.condition, vals))
        if E.is_const(cond, True):
            return stmt
        k = _memoryless_sum_or_product(comb, src) if len(new) == 1 else None
        if k is None:
            return S.If(cond, stmt)
        # acc = acc (+|*) select(cond, k, identity): exact (acc starts at the identity, so a
        # sum never holds -0.0; integers wrap alike either way; k reads nothing, so
        # evaluating it where cond is false is harmless), and it avoids an LLVM 22 loop
        # vectorizer blow-up (exponential time) on the select chains that
        # `if cond: acc = acc + k` becomes once the reduction is fully unrolled (fuzz cases
        # 2027011947, float, and 2033006285, an int32 product of -1: select(c, -acc, acc)
        # 28 deep).
        k = E.select(cond, k, comb.identity[0])
        return S.Store(bufs[0], idx, substitute(comb.result[0], {
            comb.lhs[0]: old[0], comb.rhs[0]: k}))


class _InitNest:
    """Loops over the spatial leaves inside the first reduction loop, storing the identity."""

    def __init__(self, nest: Nest) -> None:
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
            red = n.em.bodies.of(n.stage)[0]
            assert isinstance(red, E.Reduce)
            stmt = S.seq(*[S.Store(b, idx, ident)
                           for b, ident in zip(n.frame.buffers, red.combiner.identity,
                                               strict=False)])
            for g in n.guards(spatial_only=True):
                stmt = S.If(simplify(g, n.em.var_ranges), stmt)
            return stmt
        iv = self.leaves[p]
        if iv.var in n.fixed:
            return self._emit(p + 1)
        ext = n.extents()[iv]
        n.em.var_ranges[iv.var] = Interval(E.const(0), simplify(ext - 1))
        try:
            body = self._emit(p + 1)
        finally:
            del n.em.var_ranges[iv.var]
        return n._for(iv, ext, body)


__all__ = ["MAX_PEELED", "Frame", "Mode", "Nest"]
