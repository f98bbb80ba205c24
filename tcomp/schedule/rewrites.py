"""The graph rewrites of a schedule: cache_read, cache_write and rfactor (layer 3).

Each adds a stage to the schedule and rewrites the reads of the stages around it; what is
computed stays the same. ``Schedule`` inherits them from ``GraphRewrites``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..dsl.tensor import ComputeOp, Tensor
from ..errors import ScheduleError, user_location
from ..ir import expr as E
from ..ir.visitor import Mutator, substitute
from .primitives import Fuse, Split, recorded
from .stage import Stage


class GraphRewrites:
    """The Schedule primitives that add stages (a mixin of ``Schedule``, whose ``stages``,
    ``_by_op`` and ``_fresh_name`` they use)."""

    stages: list[Stage]
    _by_op: dict[Any, Stage]

    def _insert_stage(self, st: Stage, before: Stage | None = None, after: Stage | None = None
                      ) -> None:
        pos = self.stages.index(before) if before is not None else self.stages.index(after) + 1
        self.stages.insert(pos, st)
        self._by_op[st.op] = st

    def _replace_op(self, st: Stage, new_op: ComputeOp) -> None:
        self._by_op[new_op] = st
        st.op = new_op

    @recorded
    def cache_read(self, tensor: Tensor, scope: str, readers: Sequence[Any],
                   layout: Callable[..., Any] | None = None) -> Tensor:
        """Copy ``tensor`` into a new stage that ``readers`` read instead.

        ``layout`` packs the copy: ``layout=("pack", 1, 16)`` (or the equivalent function
        ``lambda k, n: (n // 16, k, n % 16)``) stores ``T[k, n]`` at
        ``T'[n // 16, k, n % 16]``, the panel layout fast GEMM reads contiguously. The tuple
        form can be replayed from a trace; a function can't. A packed copy stays at root.
        """
        from ..ir.buffer import SCOPES

        if scope not in SCOPES:
            raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): unknown scope "
                                f"{scope!r}; expected one of {SCOPES}")
        src_stage = self[tensor]
        if isinstance(readers, (Tensor, Stage)):
            readers = [readers]
        reader_stages = [r if isinstance(r, Stage) else self[r] for r in readers]
        if not reader_stages:
            raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): no readers")
        for rs in reader_stages:
            if tensor not in getattr(rs.op, "input_tensors", []):
                raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): stage "
                                    f"'{rs.name}' does not read '{tensor.name}'")
        name = self._fresh_name(f"{tensor.name}.{scope}" if layout is None
                                else f"{tensor.name}.packed")
        from ..dsl.ops import compute

        cache = compute(tensor.shape, lambda *i: tensor[i], name=name)
        st = Stage(self, cache.op)
        st.scope = scope
        if isinstance(layout, (tuple, list)):
            layout = _pack_layout(tensor, layout)
        if layout is not None:
            probe = [E.Var(f"p{d}") for d in range(tensor.ndim)]
            try:
                mapped = layout(*probe)
            except Exception as exc:
                raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): layout "
                                    f"function failed: {exc}") from exc
            if not isinstance(mapped, (tuple, list)) or not mapped:
                raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): layout "
                                    "must return a tuple of index expressions")
            st.layout = layout
        self._insert_stage(st, after=src_stage)
        for rs in reader_stages:
            self._rewrite_reads(rs, {tensor: cache})
        return cache

    def _rewrite_reads(self, st: Stage, tmap: dict[Tensor, Tensor]) -> None:
        op = st.op
        assert isinstance(op, ComputeOp)
        body = tuple(_ReplaceTensor(tmap).visit(b) for b in op.body)
        self._replace_op(st, ComputeOp(op.name, op.axis, body, op.location, op.tag, op.attrs))

    @recorded
    def cache_write(self, tensor: Tensor, scope: str) -> Tensor:
        """Compute ``tensor`` into a cache stage; the original stage becomes a copy of it.

        With ``s[CC].compute_at(s[C], ax)`` and scope ``"local"`` this accumulates a tile in
        registers (the GEMM micro-kernel pattern).
        """
        from ..ir.buffer import SCOPES

        if scope not in SCOPES:
            raise ScheduleError(f"{user_location()}: cache_write('{tensor.name}'): unknown scope "
                                f"{scope!r}; expected one of {SCOPES}")
        st = self[tensor]
        op = st._need_compute("cache_write")
        if st.relations or st.iter_attrs or st.prefetches or st.attach != "root" \
                or st._attached_here():
            raise st._err("cache_write() must come before the stage is split, annotated, "
                          "placed or has stages computed at its loops",
                          "call s.cache_write first, then schedule both stages")
        if op.num_outputs > 1:
            raise st._err("cache_write() of a multi-output compute is not supported")
        axis = tuple(E.IterVar(E.Var(iv.var.name), iv.dom, iv.kind, iv.location)
                     for iv in op.axis)
        vmap = {a.var: b.var for a, b in zip(op.axis, axis, strict=False)}
        cache_op = ComputeOp(self._fresh_name(f"{op.name}.{scope}"), axis,
                             tuple(substitute(b, vmap) for b in op.body), op.location, op.tag)
        cst = Stage(self, cache_op)
        cst.scope = scope
        self._insert_stage(cst, before=st)
        cache_t = cache_op.output(0)
        new_body = (E.ProducerLoad(cache_t, tuple(iv.var for iv in op.axis), cache_t.dtype),)
        self._replace_op(st, ComputeOp(op.name, op.axis, new_body, op.location, op.tag,
                                       op.attrs))
        st._reset_leaves()
        return cache_t

    @recorded
    def rfactor(self, tensor: Tensor, axis: E.IterVar, factor_axis: int = 0) -> Tensor:
        """Turn reduction loop ``axis`` into a spatial axis of a new stage of partial results.

        ``C[i] = sum(A[i, k])`` with ``k -> (ko, ki)`` and ``rfactor(C, ki)`` gives
        ``C.rf[ki, i] = sum over ko of A[i, ko * f + ki]`` and ``C[i] = sum over ki of
        C.rf[ki, i]``: the partial sums can then be vectorized or parallelized over ``ki``.
        """
        st = self[tensor]
        op = st._need_compute("rfactor")
        if not op.is_reduction:
            raise st._err("rfactor() needs a reduction stage")
        iv = st._leaf(axis, "rfactor")
        if iv.kind != E.IterKind.REDUCE:
            raise st._err(f"rfactor(): axis '{iv.var.name}' is not a reduction loop")
        if any(isinstance(r, Fuse) for r in st.relations):
            raise st._err("rfactor() after fuse() is not supported")
        if st.attach != "root" or any(k.kind == E.IterKind.SPATIAL for k in st.iter_attrs):
            raise st._err("rfactor() must come before the stage is placed or annotated")
        if any(isinstance(r, Split) and r.parent.kind == E.IterKind.SPATIAL for r in st.relations):
            raise st._err("rfactor() must come before the spatial loops are split")
        if not 0 <= factor_axis <= len(op.axis):
            raise st._err(f"rfactor(): factor_axis={factor_axis} out of range "
                          f"0..{len(op.axis)}")
        if E.is_const(iv.dom.extent, 0):
            raise st._err(f"rfactor(): axis '{iv.var.name}' has extent 0 (an empty "
                          "reduction): there are no partial results to factor out")
        st._check_nothing_attached(
            [v for v in st.leaf_iter_vars if v.kind == E.IterKind.REDUCE], "rfactor",
            "call rfactor() before compute_at into its reduction loops")
        from .relations import leaf_values

        red0 = op.body[0]
        assert isinstance(red0, E.Reduce)
        red_leaves = [v for v in st.leaf_iter_vars if v.kind == E.IterKind.REDUCE]
        others = [v for v in red_leaves if v is not iv]
        # Spatial axes of the partial-result stage: the original ones plus the factor axis.
        sp = [E.IterVar(E.Var(a.var.name), a.dom, a.kind, a.location) for a in op.axis]
        rf_axis = E.IterVar(E.Var(iv.var.name), E.Range(E.const(0), iv.dom.extent),
                            E.IterKind.SPATIAL, iv.location)
        rf_spatial = [*sp[:factor_axis], rf_axis, *sp[factor_axis:]]
        new_red = [E.IterVar(E.Var(v.var.name), E.Range(E.const(0), v.dom.extent),
                             E.IterKind.REDUCE, v.location) for v in others]
        leaf_map = {iv.var: rf_axis.var,
                    **{o.var: n.var for o, n in zip(others, new_red, strict=False)}}
        root_vals, guards = leaf_values(st.relations, [r for r in red0.axis],
                                        {r: r.dom.extent for r in red0.axis})
        vmap: dict[E.Var, E.Expr] = {a.var: b.var for a, b in zip(op.axis, sp, strict=False)}
        for r in red0.axis:
            # Leaf loops count from 0; a root reduction axis may start elsewhere ((3, 8)).
            val = substitute(root_vals[r], leaf_map)
            vmap[r.var] = val if E.is_const(r.dom.min, 0) else r.dom.min + val
        cond = substitute(red0.condition, vmap)
        # The split guards come first, and the user's where= only under them (a Select
        # branch, which no executor evaluates where the guard is false): at the padding
        # iterations of a non-dividing split the where= reads may be out of range.
        guard: E.Expr | None = None
        for g in guards:
            g = substitute(g, leaf_map)
            guard = g if guard is None else E.binary(E.Op.AND, guard, g)
        if guard is not None:
            cond = guard if E.is_const(cond, True) else E.select(guard, cond, E.const(False))
        src = tuple(substitute(s, vmap) for s in red0.source)
        if new_red:
            rf_body = tuple(E.Reduce(red0.combiner, src, tuple(new_red), cond, i, s.dtype)
                            for i, s in enumerate(src))
        else:
            ident = red0.combiner.identity
            rf_body = tuple(E.select(cond, s, ident[i]) if not E.is_const(cond, True) else s
                            for i, s in enumerate(src))
        rf_op = ComputeOp(self._fresh_name(f"{op.name}.rf"), tuple(rf_spatial), rf_body,
                          op.location)
        rst = Stage(self, rf_op)
        self._insert_stage(rst, before=st)
        k2 = E.IterVar(E.Var(iv.var.name + ".v"), E.Range(E.const(0), iv.dom.extent),
                       E.IterKind.REDUCE, iv.location)
        outs = [rf_op.output(i) for i in range(rf_op.num_outputs)]
        idx = [a.var for a in op.axis]
        idx = [*idx[:factor_axis], k2.var, *idx[factor_axis:]]
        new_src = tuple(E.ProducerLoad(t, tuple(idx), t.dtype) for t in outs)
        new_body = tuple(E.Reduce(red0.combiner, new_src, (k2,), E.const(True), i, s.dtype)
                         for i, s in enumerate(new_src))
        self._replace_op(st, ComputeOp(op.name, op.axis, new_body, op.location, op.tag,
                                       op.attrs))
        st.relations = []
        st.iter_attrs = {}
        st.prefetches = []
        st._reset_leaves()
        return outs[0] if len(outs) == 1 else outs  # type: ignore[return-value]


class _ReplaceTensor(Mutator):
    def __init__(self, tmap: dict[Tensor, Tensor]) -> None:
        super().__init__()
        self.tmap = tmap

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> E.Expr:
        node = self.generic_visit(node)
        t = self.tmap.get(node.tensor)
        return node if t is None else E.ProducerLoad(t, node.indices, t.dtype)


def _pack_layout(tensor: Tensor, spec: Sequence[Any]) -> Callable[..., Any]:
    """``("pack", dim, factor)``: split ``dim`` by ``factor``, outer part first, inner last."""
    if len(spec) != 3 or spec[0] != "pack" or not isinstance(spec[1], int) \
            or not isinstance(spec[2], int) or spec[2] <= 0:
        raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): layout tuple must "
                            f"be ('pack', dim, factor), got {tuple(spec)!r}")
    _, dim, factor = spec
    if not 0 <= dim < tensor.ndim:
        raise ScheduleError(f"{user_location()}: cache_read('{tensor.name}'): pack dim {dim} out "
                            f"of range for a {tensor.ndim}-D tensor")

    def layout(*idx: Any) -> tuple[Any, ...]:
        rest = [x for d, x in enumerate(idx) if d != dim]
        return (idx[dim] // factor, *rest, idx[dim] % factor)

    return layout
