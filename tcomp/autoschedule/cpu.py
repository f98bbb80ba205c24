"""The automatic CPU schedule of one graph on one target: its knobs (each rule's decision
and candidates, the heuristic's first) and the schedule of a config (layer 6).
"""

from __future__ import annotations

from typing import Any

from ..codegen.target import Target
from ..dsl.printer import topo_ops
from ..dsl.tensor import Tensor
from ..schedule.schedule import Schedule, create_schedule
from .graph import (
    PARALLEL_MIN,
    const_extent,
    costly_per_use,
    is_compute,
    padding_reused,
    read_counts,
    size_of,
    work_of,
)
from .rows import (
    covers,
    epilogue_anchor,
    padded_input,
    pooled,
    pooled_anchor,
    row_fused,
    row_interleave,
    row_stages,
    sliced_by_lead,
)
from .tiling import (
    MAX_DOT_ROW,
    TILE_COLS,
    TILE_ROWS,
    TargetTiles,
    accumulate_tile,
    aliased_reads,
    column_tile,
    column_tileable,
    dot_lanes,
    dot_outputs,
    dot_rows,
    dot_tile_rows,
    few_rows,
    narrow_output,
    pack_panels,
    pack_strided,
    packed_without_reuse,
    panels_pay,
    register_tileable,
    row_axis,
    strided_reads,
    sum_of_products,
    tile_fits,
    tile_output,
    tile_sizes,
)
from .vectorize import place_and_vectorize

Config = dict[str, Any]


class AutoCPU:
    """The knobs of one graph on one target (``knobs``: name -> candidates, heuristic first)
    and the schedule of a config (``schedule``)."""

    def __init__(self, outs: list[Tensor], target: Target) -> None:
        self.outs, self.target = outs, target
        self.out_ops = {t.op for t in outs}
        self.out_op = outs[0].op
        self.ops = topo_ops(outs)
        self.names: dict[Any, str] = {}
        seen: dict[str, int] = {}
        for op in self.ops:
            k = seen.get(op.name, 0)
            seen[op.name] = k + 1
            self.names[op] = op.name if k == 0 else f"{op.name}#{k}"
        self.knobs: dict[str, list[Any]] = {}
        self._enumerate()
        self.cfg: Config = {}
        self.parallel = True

    # ------------------------------------------------------------------ knobs
    def _knob(self, name: str, default: Any, *others: Any) -> None:
        vals = (default, *others)  # each once, the default first
        self.knobs[name] = [v for i, v in enumerate(vals) if v not in vals[:i]]

    def _enumerate(self) -> None:
        reads = read_counts(self.ops)
        single = len(self.out_ops) == 1
        for op in self.ops:
            if not is_compute(op):
                continue
            n = self.names[op]
            if op not in self.out_ops and not op.is_reduction and op.num_outputs == 1:
                # A costly stage smaller than its reader (one rsqrt per row, read by every
                # element of the row) stays a stage of its own, computed once per value.
                inline = reads.get(op, 0) <= 1 and not (costly_per_use(op) and any(
                    size_of(r) > size_of(op) for r in self.ops if is_compute(r)
                    and any(t.op is op for t in r.input_tensors))) and not padding_reused(
                        op, self.ops)
                self._knob(f"inline:{n}", inline, not inline)
            if op.num_outputs != 1 and (op not in self.out_ops or op.is_reduction):
                continue
            self._stage_knobs(op, n)
        out = self.out_op
        if single and is_compute(out) and not out.is_reduction and len(out.axis) >= 2:
            shape = [const_extent(iv) for iv in out.axis]
            if any(is_compute(op) and op.is_reduction and register_tileable(op)
                   and covers(op, shape) for op in self.ops):
                self._knob("epilogue", True, False)
            if 0 not in shape:
                vec = TargetTiles(self.target, out.output(0).dtype).vec
                # Rows shorter than a vector (a capsule's 8 on AVX-512's 16 lanes): each
                # row's reduction is a short serial chain, so the stages run at root and
                # LLVM vectorizes the output across rows (squash 64 x 1152 x 8: 0.14 ->
                # 0.105 ms, Zen 4).
                short, out_vec = shape[-1] < vec, f"vec:{self.names[out]}"
                self._knob("rows", not short, short)
                if short and out_vec in self.knobs:
                    self._knob(out_vec, 0, *self.knobs[out_vec])
                self._knob("interleave", row_interleave(out, vec),
                           *(m for m in (1, 2, 4) if shape[-1] % (m * vec) == 0))
                # The next row's prefetch first where the target's hardware prefetcher
                # stops at a row's end (Zen 3: automatic softmax 8192 x 1024 4.15 -> 3.10
                # ms, layer norm 4096 x 1024 1.18 -> 0.98); elsewhere off first (on Zen 4
                # AVX-512 layer norm 0.67 -> 0.57 ms and softmax 1.62 -> 1.53 without it).
                pf = self.target.prefetch_rows
                self._knob("rows.prefetch", pf, not pf)
        if single and out.is_reduction:
            anchor = pooled_anchor(self.ops, out, self._default_inlined())
            if anchor is not None:
                self._knob("pool", True, False)
                pad = padded_input(self.ops, anchor)
                if pad is not None:  # copied per strip (rows of 18: ``rows.pooled``)
                    self._knob(f"inline:{self.names[pad]}", False, True)
        self._fuse_knobs(single)
        if self._streamed():
            self._knob("stream", True, False)

    def _streamed(self) -> list[Any]:
        """The outputs stored past the caches when the ``stream`` knob is on, in graph order:
        those that outgrow the last-level cache with an input of their size (Stage.stream;
        Target.streams has the rule and the figures)."""
        return [op for op in self.ops if op in self.out_ops and is_compute(op)
                and not op.is_reduction
                and self.target.streams(size_of(op) * op.output(0).dtype.itemsize)]

    def _default_inlined(self) -> set[Any]:
        """The stages the heuristic inlines (their ``inline:`` knobs' first values)."""
        return {op for op in self.ops if self.knobs.get(f"inline:{self.names[op]}", [False])[0]}

    def _fuse_knobs(self, single: bool) -> None:
        """The fused sketch's knobs where the graph has one output with a leading axis and
        four or more stages: on by default where neither the epilogue, the row fusion nor
        the pooled anchor applies, and then the inlining follows its rule (single-reader
        stages, unless costly)."""
        out = self.out_op
        sched = [op for op in self.ops if is_compute(op) and op.num_outputs == 1
                 and all(const_extent(iv) for iv in (*op.axis, *op.reduce_axis))]
        if not (single and out in sched and out.axis and len(sched) >= 4):
            return
        inlined = self._default_inlined()
        anchor = epilogue_anchor(self.ops, out, inlined) if "epilogue" in self.knobs else None
        if anchor is not None and self.knobs[f"tile:{self.names[anchor]}"][0] == "none":
            anchor = None
        rows = "rows" in self.knobs and row_stages(self.ops, out, inlined) is not None
        fused = anchor is None and not rows and "pool" not in self.knobs \
            and sliced_by_lead(self.ops, out)
        self._knob("fuse", fused, not fused)
        if fused:  # the output's outer loop then holds every stage's work
            self._knob(f"par:{self.names[out]}", True, False)
        if any(op.is_reduction and op.output(0).dtype.is_float for op in sched):
            self._knob("fuse.reassoc", True, False)
        if fused:
            readers = {op: [r for r in self.ops if is_compute(r)
                            and any(t.op is op for t in r.input_tensors)] for op in self.ops}
            for op in self.ops:
                name = f"inline:{self.names[op]}"
                if name in self.knobs:
                    inline = len(readers[op]) == 1 and not costly_per_use(op)
                    self._knob(name, inline, not inline)

    def _stage_knobs(self, op: Any, n: str) -> None:
        t = TargetTiles(self.target, op.output(0).dtype)
        regs = self.target.vector_registers
        if register_tileable(op):
            ti, tj, vec = tile_sizes(op, self.target)
            ext_i, ext_j = const_extent(op.axis[row_axis(op)]), const_extent(op.axis[-1])
            tiles = [f"{r}x{c * vec}" for r in sorted({*TILE_ROWS, ti}) for c in TILE_COLS
                     if r <= ext_i and c * vec <= max(ext_j, vec) and tile_fits(r, c, regs)]
            strided = bool(strided_reads(op.body[0], op.axis[-1].var))
            dot = dot_lanes(op, t.vec) if strided else 0
            few = bool(dot) and (few_rows(op, t.vec) or narrow_output(op, t.vec))
            default = "none" if packed_without_reuse(op) or few else f"{ti}x{tj}"
            self._knob(f"tile:{n}", default, *tiles, "none")
            if self._padded_input(op) is not None and \
                    row_axis(op) % len(op.axis) != len(op.axis) - 2:
                # the padded input per strip (image and output row), by the thread that
                # reads it: at root, each thread's row tiles read the whole padded image,
                # half of it written by the other core (Zen 4 VM, AVX2: conv2d 64 -> 64
                # at 56 x 56 1.40 -> 1.29 ms, 3 -> 16 at 32 x 32 batch 32 0.27 -> 0.16;
                # AVX-512: 1-5%)
                self._knob(f"strip:{n}", True, False)
            if strided:
                self._knob(f"pack:{n}", True, False)
            if aliased_reads(op.body[0], op.axis[-1].var):  # tiling.pack_panels
                pays = default != "none" and panels_pay(op, ti, tj, self.target)
                self._knob(f"panel:{n}", pays, True, False)
            if dot:  # read when the tile is "none"
                self._knob(f"dot:{n}", dot if default == "none" else 0, dot, 0)
            if sum_of_products(op):
                self._knob(f"reassoc:{n}", True, False)
        elif column_tileable(op):
            ext = const_extent(op.axis[0])
            vec = min(t.vec, ext)
            self._knob(f"col:{n}", t.col if ext >= t.col else vec,
                       *(c * vec for c in (1, 2, 4) if c * vec <= ext), 0)
        elif dot := dot_lanes(op, t.vec):
            self._knob(f"dot:{n}", dot, 0)
        elif not op.is_reduction and op.axis:
            ext = const_extent(op.axis[-1])
            ok = [v for v in (t.lanes, t.vec, 2 * t.vec, 4 * t.vec) if ext >= v and ext % v == 0]
            vec = ok[0] if ok and ok[0] == t.lanes else 0
            if vec and 2 * t.vec in ok and self._transcendental(op):
                # two vectors a step: two independent polynomial chains for the core to
                # overlap (GELU's backward, erf and exp over 1024 x 256: 0.30 -> 0.25 ms on
                # AVX2, two threads; one vector was latency-bound)
                vec = 2 * t.vec
            self._knob(f"vec:{n}", vec, *ok, 0)
        if op.axis:
            par = work_of(op) >= PARALLEL_MIN
            self._knob(f"par:{n}", par, not par)

    def _transcendental(self, op: Any) -> bool:
        """Whether ``op``, with the stages inlined into it by default, computes an exp, erf,
        division or the like (``TRANSCENDENTAL``) per element."""
        return costly_per_use(op) or any(
            is_compute(t.op) and self.knobs.get(f"inline:{self.names[t.op]}", [False])[0]
            and self._transcendental(t.op) for t in op.input_tensors)

    def _padded_input(self, op: Any) -> Any:
        """The padding stage ``op`` alone reads, where it stays a stage (``padding_reused``)
        and is not an output (written whole, at root), else None."""
        pad = padded_input(self.ops, op)
        return pad if pad is not None and pad not in self.out_ops and \
            padding_reused(pad, self.ops) else None

    # ------------------------------------------------------------------ schedule
    def _strip_pad(self, op: Any) -> Any:
        """The padded input computed per strip of ``op``'s register tiles in this config
        (``strip:`` knob; ``op`` tiled, in parallel, the padding not inlined), else None."""
        n = self.names[op]
        pad = self._padded_input(op) if self.pick(f"strip:{n}", False) else None
        if pad is None or not self._par(op) or self.pick(f"tile:{n}", "none") == "none" \
                or self.pick(f"inline:{self.names[pad]}", False):
            return None
        return pad

    def pick(self, name: str, absent: Any = None) -> Any:
        """Knob ``name`` of the config being scheduled: its value there, else the
        heuristic's; ``absent`` for a knob this graph doesn't have."""
        vals = self.knobs.get(name)
        return absent if vals is None else self.cfg.get(name, vals[0])

    def schedule(self, cfg: Config, parallel: bool) -> Schedule:
        self.cfg, self.parallel = cfg, parallel
        s = self._schedule()
        if self.pick("stream", False):
            for op in self._streamed():
                s[op].stream()
        return s

    def _schedule(self) -> Schedule:
        pick = self.pick
        s = create_schedule(self.outs)
        inlined = set()
        for op in self.ops:  # producers first, as compute_inline needs
            if pick(f"inline:{self.names[op]}", False):
                s[op].compute_inline()
                inlined.add(op)
        out_op = self.out_op
        if pick("fuse", False):
            self._fused(s, inlined)
            return s
        anchor = None
        if pick("epilogue", False):
            anchor = epilogue_anchor(self.ops, out_op, inlined)
            if anchor is not None and pick(f"tile:{self.names[anchor]}") == "none":
                anchor = None
        pool = pooled_anchor(self.ops, out_op, inlined) if pick("pool", False) else None
        if pool is not None and self._tile(pool) is None:
            pool = None
        if anchor is None and pool is None and pick("rows", False):
            group = row_stages(self.ops, out_op, inlined)
            if group is not None:
                lanes = TargetTiles(self.target, out_op.output(0).dtype).vec
                row_fused(s, group, out_op, lanes * pick("interleave"), self._par(out_op),
                          pick("rows.prefetch", False), lanes)
                return s
        tiled = [op for op in self.ops if is_compute(op) and op not in inlined
                 and op.num_outputs == 1]
        per_strip = {self._strip_pad(op) for op in tiled} - {None}
        pool_pad = padded_input(self.ops, pool, inlined) if pool is not None else None
        per_strip.add(pool_pad)  # copied per strip of the pooling (None: no such stage)
        for op in self.ops:
            if not is_compute(op) or op in inlined or op in (anchor, pool) or op in per_strip:
                continue
            if op.num_outputs != 1 and (op not in self.out_ops or op.is_reduction):
                continue
            if op is out_op and anchor is not None:
                self._epilogue_tiled(s, anchor, out_op)
            elif op is out_op and pool is not None:
                self._pooled(s, pool, out_op, pool_pad)
            else:
                self._loop_nest(s, op)
        return s

    def _fused(self, s: Schedule, inlined: set[Any]) -> None:
        """Every stage but the entry ones (reading graph inputs only: at root, scheduled as
        usual) computed inside the output's outermost (parallel) loop, so each one's slice
        stays in cache for the stages that read it (capsule routing: a dozen small
        reductions over one big tensor: 6.2 ms on AVX2 where the stage-by-stage default took
        13.3). A reduction runs outermost when it reduces more than it produces per
        iteration, else around the last axis; the contiguous trailing axes are vectorized.
        Sums may reassociate (``fuse.reassoc``), as numpy's and PyTorch's do."""
        out = self.out_op
        if self.pick("fuse.reassoc", False):
            s.reassociate()
        staged = [op for op in self.ops if is_compute(op) and op is not out
                  and op not in inlined]
        entries = [op for op in staged if op.num_outputs == 1 and all(
            not is_compute(t.op) for t in op.input_tensors)]
        for op in entries:
            self._loop_nest(s, op)
        ost = s[out]
        sp = list(ost.op.axis)
        if self._par(out):
            ost.parallel(sp[0])
        for op in staged:
            if op in entries:
                continue
            s[op].compute_at(ost, sp[0])
            if op.num_outputs == 1:
                ax = list(s[op].op.axis)
                place_and_vectorize(s[op], ax[1:] if len(ax) > 1 else ax, self.target)
        place_and_vectorize(ost, sp[1:], self.target)

    def _par(self, op: Any) -> bool:
        return self.parallel and bool(self.pick(f"par:{self.names[op]}", False))

    def _tile(self, op: Any) -> tuple[int, int, int] | None:
        """(rows, columns, vector lanes) of ``op``'s register tile, None for none."""
        tile = self.pick(f"tile:{self.names[op]}", "none")
        if tile == "none":
            return None
        ti, tj = (int(x) for x in tile.split("x"))
        vec = min(self.target.vector_lanes(op.output(0).dtype), const_extent(op.axis[-1]))
        return ti, tj, vec

    def _register_tiled(self, s: Schedule, op: Any) -> bool:
        """Matmul-like reductions (2+ spatial axes, a wide last axis): accumulate a register
        tile (``TargetTiles``) over all reduction loops (cache_write + compute_at), vectorized.
        Not where the tile would reuse nothing of an input it packs
        (``packed_without_reuse``): the heuristic's tile is then "none"."""
        tile = self._tile(op)
        if tile is None:
            return False
        ti, tj, vec = tile
        n = self.names[op]
        if self.pick(f"pack:{n}", False):
            pack_strided(s, op, op.axis[-1].var, tj, self.parallel)
        if self.pick(f"reassoc:{n}", False):
            # acc + (x wx + h wh) is a multiply, an FMA and an add per step in source order;
            # reassociated, two FMAs into the accumulator (an LSTM's gates: 20% faster), as
            # BLAS, numpy and PyTorch sum.
            s.reassociate()
        cc = s.cache_write(op.output(0), "local")
        row, pad = row_axis(op), self._strip_pad(op)
        jo, strip, cols = tile_output(s, op, ti, tj, vec, self._par(op), row, pad is not None)
        s[cc].compute_at(s[op], jo)
        if self.pick(f"panel:{n}", False):
            pack_panels(s, op, s[cc], s[op], cols, tj, self.parallel)
        accumulate_tile(s[cc], vec, row)
        self._place_pad(s, pad, op, strip)
        return True

    def _place_pad(self, s: Schedule, pad: Any, op: Any, strip: Any) -> None:
        """``pad`` (``_strip_pad``) computed in ``op``'s strip loop, or at root where the tile
        made no strips."""
        if pad is not None and strip is not None:
            s[pad].compute_at(s[op], strip)
        elif pad is not None:
            self._loop_nest(s, pad)

    def _dot(self, s: Schedule, op: Any, lanes: int) -> bool:
        """A sum ``dot_lanes`` takes: its innermost reduction loop split by ``lanes`` and
        ``rfactor``-ed into a vector of partial sums, computed per output element (at the
        innermost output loop) and then added up: vector FMAs over contiguous reads where
        the plain nest ran one dependent scalar add per element (the conv2d weight gradient
        of a 16 -> 32 channel 3 x 3 layer, batch 64 at 8 x 8: 10.8 -> 1.75 ms on AVX2 (Zen 2, 2
        threads); with a short last output axis (3) accumulated side by side, 0.63 ms).
        A long last output axis accumulates ``dot_outputs`` elements side by side, each
        its own vector of partial sums sharing the loads of the other operand: a one-row
        ``x @ W.T`` (batch-1 dense layer) as a matrix-vector product, reading ``W`` as
        stored, the loops outside those outputs in parallel. Returns whether it placed the
        output's loops (a short or a long last axis)."""
        st = s[op]
        k = st.op.reduce_axis[-1]
        _ko, ki = st.split(k, factor=lanes)
        sp = list(st.op.axis)
        rf = s.rfactor(op.output(0), ki, factor_axis=len(sp))  # lanes last: contiguous
        rs = s[rf]
        *rest, rk = rs.op.axis
        if len(sp) >= 2 and 1 < const_extent(sp[-1]) <= MAX_DOT_ROW:
            # a short last output axis: its partial sums side by side, independent chains
            side = dot_rows(op, self.target.vector_registers)
            if side > 1:
                # and as many values of the first axis, which an operand doesn't read: its
                # loads shared by them (conv2d's weight gradient, 4 output channels x 3
                # taps: 12 chains where 3 were, each load feeding 4 or 3 of them)
                oo, oi = st.split(sp[0], factor=side)
                st.reorder(oo, *sp[1:-1], oi, sp[-1])
                rs.reorder(*rest[1:-1], *rs.op.reduce_axis, rest[0], rest[-1], rk)
                rs.unroll(rest[0])
            else:
                rs.reorder(*rest[:-1], *rs.op.reduce_axis, rest[-1], rk)
            rs.unroll(rest[-1])
            rs.vectorize(rk)
            rs.compute_at(st, sp[-2])
            if self._par(op):  # here: a fuse outside would remove sp[-2] of a 3-d output
                first = oo if side > 1 else sp[0]
                st.parallel(st.fuse(first, sp[1]) if len(sp) > 3 else first)
            return True
        if sp and const_extent(sp[-1]) > MAX_DOT_ROW:
            regs = self.target.vector_registers
            rows = dot_tile_rows(op, regs)
            side = dot_outputs(const_extent(sp[-1]), regs, rows)
            at, ji = st.split(sp[-1], factor=side)
            outer = sp[:-1]
            if rows > 1:  # rows side by side too: a tile of rows x side outputs, the row
                # tiles inside the column tiles: each block of W's rows stays in L1 while the
                # rows of x go by, where rows outside read all of W once per row tile (AVX2,
                # Zen 3, us, rows / columns outside: 32 x 784 -> 256 165 -> 133, 64 x 784 ->
                # 256 430 -> 339, 16 x 1024 -> 1024 400 -> 316, 32 x 512 -> 512 222 -> 178)
                io, ii = st.split(sp[-2], factor=rows)
                st.reorder(*sp[:-2], at, io, ii, ji)
                outer, at = [*sp[:-2], at], io
            if self._par(op):  # the loops outside the side-by-side outputs, in parallel
                for a in reversed(outer):
                    at = st.fuse(a, at)
                st.parallel(at)
            rjo, rji = rs.split(rest[-1], factor=side)
            if rows > 1:
                rio, rii = rs.split(rest[-2], factor=rows)
                rs.reorder(*rest[:-2], rio, rjo, *rs.op.reduce_axis, rii, rji, rk)
                rs.unroll(rii)
            else:
                rs.reorder(*rest[:-1], rjo, *rs.op.reduce_axis, rji, rk)
            rs.unroll(rji)
            rs.vectorize(rk)
            rs.compute_at(st, at)
            return True
        rs.reorder(*rest, *rs.op.reduce_axis, rk)
        rs.vectorize(rk)
        if sp:
            rs.compute_at(st, sp[-1])
        return False

    def _column_tiled(self, s: Schedule, op: Any) -> bool:
        """A column reduction (``column_tileable``) as ``tiling.column_tile``."""
        tj = self.pick(f"col:{self.names[op]}", 0)
        if not tj:
            return False
        column_tile(s, op, tj, self.target.vector_lanes(op.output(0).dtype), self._par(op))
        return True

    def _epilogue_tiled(self, s: Schedule, anchor: Any, out_op: Any) -> None:
        """``anchor``'s register tile computed at each tile of its elementwise consumer
        (the tile's loops in parallel as ``anchor``'s would be)."""
        ti, tj, vec = self._tile(anchor)  # type: ignore[misc]
        if self.pick(f"pack:{self.names[anchor]}", False):
            pack_strided(s, anchor, anchor.axis[-1].var, tj, self.parallel)
        row, pad = row_axis(anchor), self._strip_pad(anchor)
        jo, strip, cols = tile_output(s, out_op, ti, tj, vec, self._par(anchor), row,
                                      pad is not None)
        s[anchor].compute_at(s[out_op], jo)
        if self.pick(f"panel:{self.names[anchor]}", False):
            pack_panels(s, anchor, s[anchor], s[out_op], cols, tj, self.parallel)
        accumulate_tile(s[anchor], vec, row)
        self._place_pad(s, pad, out_op, strip)

    def _pooled(self, s: Schedule, anchor: Any, out_op: Any, pad: Any) -> None:
        """``anchor``'s register tiles computed per strip of the pooling ``out_op``
        (``rows.pooled``), its loops in parallel as ``anchor``'s would be."""
        tile = self._tile(anchor)
        if self.pick(f"pack:{self.names[anchor]}", False):
            pack_strided(s, anchor, anchor.axis[-1].var, tile[1], self.parallel)
        pooled(s, out_op, anchor, tile, self._par(anchor), pad,
               TargetTiles(self.target, out_op.output(0).dtype).vec)

    def _loop_nest(self, s: Schedule, op: Any) -> None:
        if self._register_tiled(s, op) or self._column_tiled(s, op):
            return
        st = s[op]
        axes = list(st.op.axis)
        dot = self.pick(f"dot:{self.names[op]}", 0)
        if (dot and self._dot(s, op, dot)) or not axes:
            return
        lanes = self.pick(f"vec:{self.names[op]}", 0)
        if lanes:
            _, vi = st.split(axes[-1], factor=lanes)
            st.vectorize(vi)
            axes = [*axes[:-1], _]
        outer = [a for a in axes[:-1]] if len(axes) > 1 else axes[:1]
        if self._par(op) and outer:
            f = outer[0]
            for a in outer[1:2]:
                f = st.fuse(f, a)
            st.parallel(f)
