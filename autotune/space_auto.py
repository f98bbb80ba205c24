"""The automatic search space: knobs derived from any graph's loop structure (layer 8).

``AutoSpace`` works for any CPU computation, with or without a template. Its "auto" sketch is
``tc.auto_schedule`` with that schedule's own knobs (``tc.auto_knobs``), so the space's default
is the automatic default. The "loops" sketch follows Ansor's sketch rules, simplified:
elementwise stages may be inlined; every other stage gets two-level tiling of its spatial
loops, reduction loops placed inside the tile or around the innermost tile, an optional
register accumulator (cache_write + compute_at at the tile loop), vectorized innermost loop,
unrolled inner tiles and parallel fused outer loops; a stage read by one other stage may be
computed at a chosen tile loop of that reader.

Graphs of several stages (capsule routing: a dozen small reductions over one big tensor) get
one more sketch, ``fuse``: every stage except the entry stages (those reading only inputs,
which may stay at root to reuse their operands across the batch) is computed inside the
outermost (parallel) loop of the output, so the per-iteration slice of each intermediate
stays in cache across all the stages that read it. Each attached stage then picks where its
reduction goes (outermost, around the last axis, innermost) and is vectorized along its
contiguous trailing axes. A reduction whose vectorized axis reads an input along a
non-last dimension may pack that input into panels contiguous in that axis (``pack``).
"""

from __future__ import annotations

import math
from typing import Any

import tcomp as tc
from schedules.cpu import target_of
from tcomp.autoschedule import (
    const_extent,
    costly_per_use,
    pack_strided,
    strided_reads,
    vectorize_trailing,
)

from .space_base import Config, SearchSpace

MAX_UNROLL = 32


def _tiles(extent: int) -> list[int]:
    """Inner-tile candidates for a loop: divisors up to 64 (no peeled remainders), the
    extent itself when small."""
    divs = [d for d in range(1, min(extent, 64) + 1) if extent % d == 0]
    if len(divs) > 7:  # keep powers of two and a few others
        keep = {d for d in divs if d & (d - 1) == 0} | {divs[-1]}
        divs = sorted(keep)
    return divs


def _compute_ops(outputs: list[tc.Tensor]) -> list[Any]:
    order: list[Any] = []
    seen: set[int] = set()

    def visit(op: Any) -> None:
        if id(op) in seen:
            return
        seen.add(id(op))
        for t in op.input_tensors:
            visit(t.op)
        if hasattr(op, "body"):
            order.append(op)
    for t in outputs:
        visit(t.op)
    return order


class AutoSpace(SearchSpace):
    """A space built from the graph's structure alone; works for ops with no template."""

    name = "auto"

    def __init__(self, outputs: list[tc.Tensor], args: list[tc.Tensor],
                 target: Any = None) -> None:
        """``target``: the CPU the schedules are for (default: the host); vector widths,
        register tiles and the accumulator limit are read from it."""
        super().__init__(outputs, args)
        self.target = target_of(target)
        if self.target.kind != "llvm":
            raise ValueError(f"AutoSpace schedules CPU code; target {self.target} is not a CPU "
                             "(make_space picks the GPU space for cuda targets)")
        self.ops = _compute_ops(self.outputs)
        out_ops = {t.op for t in self.outputs}
        self.readers: dict[Any, list[Any]] = {op: [] for op in self.ops}
        for op in self.ops:
            for t in op.input_tensors:
                if t.op in self.readers and op not in self.readers[t.op]:
                    self.readers[t.op].append(op)
        self.schedulable = [op for op in self.ops if op.num_outputs == 1
                            and all(const_extent(iv) > 0 for iv in (*op.axis, *op.reduce_axis))]
        k = self.knobs
        # The fuse sketch: one output with a leading axis, at least four stages to schedule.
        self.fusable = (len(self.outputs) == 1 and bool(self.outputs[0].op.axis)
                        and self.outputs[0].op in self.schedulable
                        and len(self.schedulable) >= 4)
        # The sketch: "auto" is tc.auto_schedule with its knobs ("auto." + tc.auto_knobs),
        # so the space's default config is the automatic default; "loops" and "fuse" are
        # the per-stage tilings below.
        k["sketch"] = ["auto", "loops", "fuse"] if self.fusable else ["auto", "loops"]
        for name, vals in tc.auto_knobs(self.outputs, target=self.target).items():
            k[f"auto.{name}"] = vals
        if any(op.is_reduction and op.output(0).dtype.is_float for op in self.schedulable):
            k["reassoc"] = [False, True]  # sums may vectorize along their reduction axis
        for op in self.schedulable:
            n = op.name
            if not op.is_reduction and op not in out_ops:
                k[f"inline:{n}"] = [True, False]
            for iv in op.axis:
                k[f"tile:{n}:{iv.var.name}"] = _tiles(const_extent(iv))
            if op.is_reduction and op.axis:
                k[f"cache:{n}"] = [True, False]
                k[f"rpos:{n}"] = ["mid", "inner", "outer"] if self.fusable else ["mid", "inner"]
                if _packable(op):
                    k[f"pack:{n}"] = [False, True]
            if self.fusable and op not in out_ops and self._is_entry(op):
                k[f"home:{n}"] = ["root", "anchor"]
            k[f"unroll:{n}"] = [True, False]
            if op.axis:
                k[f"par:{n}"] = [1, 2, 0] if len(op.axis) > 1 else [1, 0]
            if op not in out_ops and len(self.readers[op]) == 1:
                k[f"at:{n}"] = ["root", 0, 1, 2]
        self.knobs = {name: vals for name, vals in k.items()}

    def lanes(self, op: Any) -> int:
        """Vector lanes of ``op``'s output dtype on the target."""
        return self.target.vector_lanes(op.output(0).dtype)

    def max_acc(self, op: Any) -> int:
        """Elements of a register accumulator tile (cache_write): the target's register file
        in ``op``'s dtype (512 float32 with AVX-512, 128 with AVX2); a larger tile spills."""
        return self.target.vector_registers * self.lanes(op)

    def default(self) -> Config:
        cfg: Config = {}
        lanes = {op.name: self.lanes(op) for op in self.schedulable}
        for name, vals in self.knobs.items():
            if name.startswith("tile:"):
                ext = max(vals)
                vec = lanes.get(name.split(":")[1], 8)
                cfg[name] = max((v for v in vals if v <= vec), default=vals[0]) \
                    if name == self._last_tile(name) \
                    else min((v for v in vals if v >= min(4, ext)), default=vals[0])
            else:
                cfg[name] = vals[0]
        return cfg

    def seeds(self) -> list[Config]:
        """The default (the automatic default, ``tc.auto_schedule``), the loops sketch's
        default, and for fusable graphs the fuse sketch with its usual annotations: cheap
        single-reader elementwise stages inlined, entry stages at root, reductions outermost
        when they reduce more than they produce, packed strided inputs."""
        out = [self.default(), {**self.default(), "sketch": "loops"}]
        if not self.fusable:
            return out
        cfg = self.default()
        cfg["sketch"] = "fuse"
        cfg["reassoc"] = "reassoc" in cfg  # as numpy's and PyTorch's own reductions do
        for op in self.schedulable:
            n = op.name
            if f"inline:{n}" in cfg:
                cfg[f"inline:{n}"] = len(self.readers[op]) == 1 and not costly_per_use(op)
            if f"rpos:{n}" in cfg:
                sp = math.prod(const_extent(iv) for iv in op.axis[1:])
                red = math.prod(const_extent(iv) for iv in op.reduce_axis)
                cfg[f"rpos:{n}"] = "outer" if red >= sp else "mid"
            if f"pack:{n}" in cfg:
                cfg[f"pack:{n}"] = True
            if op.is_reduction and self._is_entry(op) and len(op.axis) >= 2:
                # A register tile as in GEMM: rows of the first axis (as many as the
                # target's register file holds beside the operands, at most 8) by one vector
                # of the last, accumulated in registers over the whole reduction.
                first, *mid, last = op.axis
                rows = max(1, min(8, (self.target.vector_registers - 3) // 2))
                for iv, want in ((first, rows), (last, self.lanes(op)),
                                 *((m, 1) for m in mid)):
                    vals = self.knobs[f"tile:{n}:{iv.var.name}"]
                    cfg[f"tile:{n}:{iv.var.name}"] = max(v for v in vals if v <= want)
                cfg[f"cache:{n}"] = True
        out.append(cfg)
        return out

    def _last_tile(self, name: str) -> str:
        stage = name.split(":")[1]
        return next(k for k in reversed(list(self.knobs)) if k.startswith(f"tile:{stage}:"))

    # ------------------------------------------------------------------ apply
    def _is_entry(self, op: Any) -> bool:
        """Reads graph inputs only (no other compute stage)."""
        return all(not hasattr(t.op, "body") for t in op.input_tensors)

    def auto_default(self) -> Config | None:
        return None  # the space's default is the automatic default

    def apply(self, cfg: Config) -> tc.Schedule:
        if cfg.get("sketch", "auto") == "auto":
            return tc.auto_schedule(self.outputs, target=self.target, config={
                k[5:]: v for k, v in cfg.items() if k.startswith("auto.")})
        s = tc.create_schedule(self.outputs)
        inlined = {op for op in self.schedulable if cfg.get(f"inline:{op.name}", False)}
        for op in self.ops:  # producers first, as compute_inline needs
            if op in inlined:
                s[op].compute_inline()
        if cfg.get("reassoc"):
            s.reassociate()
        if self.fusable and cfg.get("sketch") == "fuse":
            return self._apply_fused(s, cfg, inlined)
        outer_loops: dict[Any, list[Any]] = {}
        for op in reversed(self.ops):  # consumers first: producers attach to their loops
            if op in inlined or op not in self.schedulable:
                continue
            parent = self._attach_target(op, inlined, cfg)
            if parent is not None and self._packs(parent, op, inlined, cfg):
                parent = None  # the reader's packed copy of it runs at root: so must it
            if parent is not None and parent in outer_loops and outer_loops[parent]:
                loops = outer_loops[parent]
                level = min(int(cfg[f"at:{op.name}"]), len(loops) - 1)
                self._schedule_attached(s, op, cfg)
                s[op].compute_at(s[parent], loops[level])
                continue
            outer_loops[op] = self._schedule_root(s, op, cfg)
        return s

    def _apply_fused(self, s: tc.Schedule, cfg: Config, inlined: set[Any]) -> tc.Schedule:
        """The fuse sketch: non-entry stages inside the output's outermost loop."""
        out = self.outputs[0].op
        at_root = [op for op in self.schedulable if op is not out and op not in inlined
                   and cfg.get(f"home:{op.name}", "anchor") == "root"]
        anchored = [op for op in self.ops if op is not out and op not in inlined
                    and op not in at_root]
        for op in at_root:
            self._schedule_root(s, op, cfg)
        ost = s[out]
        sp = list(ost.op.axis)
        par = int(cfg.get(f"par:{out.name}", 0))
        anchor = ost.fuse(*sp[:par]) if par > 1 else sp[0]
        if par:
            ost.parallel(anchor)
        for op in anchored:
            s[op].compute_at(ost, anchor)
            if op in self.schedulable:  # its first axis is (usually) the anchor's: one iteration
                ax = list(s[op].op.axis)
                self._place_and_vectorize(s[op], op, ax[1:] if len(ax) > 1 else ax, cfg)
        self._place_and_vectorize(ost, out, sp[max(par, 1):], cfg)
        return s

    def _place_and_vectorize(self, st: Any, op: Any, sp: list[Any], cfg: Config) -> None:
        """Loops ``sp`` of a stage in the fuse sketch: place its reduction, vectorize its
        contiguous trailing axes."""
        red = list(st.op.reduce_axis)
        if not sp:
            return
        rpos = cfg.get(f"rpos:{op.name}", "mid")
        if not red:
            self._vectorize_trailing(st, sp)
        elif rpos == "outer":
            st.reorder(*red, *sp)
            self._vectorize_trailing(st, sp)
        elif rpos == "mid":
            st.reorder(*sp[:-1], *red, sp[-1])
            last = const_extent(sp[-1])
            if last >= 8 and last % 8 == 0:
                self._vectorize_trailing(st, sp[-1:])
            elif 1 < last <= MAX_UNROLL:
                st.unroll(sp[-1])

    def _vectorize_trailing(self, st: Any, axes: list[Any]) -> None:
        vectorize_trailing(st, axes, self.target)

    def _attach_target(self, op: Any, inlined: set[Any], cfg: Config) -> Any | None:
        if cfg.get(f"at:{op.name}", "root") == "root":
            return None
        reader = self.readers[op][0]
        while reader in inlined:  # the loop nest that really reads it
            if len(self.readers[reader]) != 1:
                return None
            reader = self.readers[reader][0]
        return reader

    def _packs(self, op: Any, producer: Any, inlined: set[Any], cfg: Config) -> bool:
        """Whether the copy that ``_schedule_root`` packs (at root) for ``op`` reads
        ``producer``'s output, directly or through stages inlined into it."""
        if not (cfg.get(f"pack:{op.name}")
                and int(cfg[f"tile:{op.name}:{op.axis[-1].var.name}"]) > 1):
            return False
        todo = [t.op for t, _ in strided_reads(op.body[0], op.axis[-1].var)]
        while todo:
            src = todo.pop()
            if src is producer:
                return True
            if src in inlined:
                todo += [t.op for t in src.input_tensors]
        return False

    def _schedule_attached(self, s: tc.Schedule, op: Any, cfg: Config) -> None:
        st = s[op]
        sp = list(st.op.axis)
        if not sp:
            return
        if op.is_reduction and cfg.get(f"rpos:{op.name}") == "mid":
            st.reorder(*sp[:-1], *st.op.reduce_axis, sp[-1])
        elif op.is_reduction:
            return
        lanes = min(8, cfg[f"tile:{op.name}:{sp[-1].var.name}"])
        if lanes >= 4:
            _, vi = st.split(sp[-1], factor=lanes)
            st.vectorize(vi)

    def _schedule_root(self, s: tc.Schedule, op: Any, cfg: Config) -> list[Any]:
        """Tile, place the reduction, vectorize, unroll, parallelize; returns the outer
        (tile) loops, outermost first, that consumers' producers may attach to."""
        n = op.name
        sp = list(op.axis)
        if not sp:
            return []
        tiles = [int(cfg[f"tile:{n}:{iv.var.name}"]) for iv in sp]
        acc = math.prod(tiles)
        use_cache = bool(op.is_reduction and cfg.get(f"cache:{n}") and acc <= self.max_acc(op)
                         and any(t < const_extent(iv) for t, iv in zip(tiles, sp, strict=False)))
        if cfg.get(f"pack:{n}") and tiles[-1] > 1:
            pack_strided(s, op, op.axis[-1].var, tiles[-1])
        cache = s.cache_write(op.output(0), "local") if use_cache else None
        st = s[op]
        sp = list(st.op.axis)
        outers, inners = [], []
        for iv, t in zip(sp, tiles, strict=False):
            if t >= const_extent(iv):
                inners.append(iv)
            elif t == 1:
                outers.append(iv)
            else:
                o, i = st.split(iv, factor=t)
                outers.append(o)
                inners.append(i)
        red = list(st.op.reduce_axis)
        rpos = cfg.get(f"rpos:{n}", "mid")
        if red and rpos == "inner":
            st.reorder(*outers, *inners, *red)
        else:
            st.reorder(*outers, *red, *inners)
        unroll = bool(cfg.get(f"unroll:{n}"))
        # Vectorize the inner part of the last (contiguous) axis when it is the innermost loop.
        last = inners[-1] if inners and tiles[-1] > 1 else None
        vec = last if last is not None and st.leaf_iter_vars[-1] is last and (
            last is sp[-1] or last.var.name == f"{sp[-1].var.name}.inner") else None
        if vec is not None:
            st.vectorize(vec)
        # Not where the reduction is innermost: each unrolled step would be a copy of the
        # reduction loop (batch_matmul, a 16 x 32 tile: 512 loops, 57 s to compile).
        if unroll and not use_cache and not (red and rpos == "inner"):
            for iv in inners[:-1] if vec is not None else inners:
                if math.prod(tiles) <= MAX_UNROLL * 16 and _tile_of(iv, sp, tiles) <= MAX_UNROLL:
                    st.unroll(iv)
        par = int(cfg.get(f"par:{n}", 0))
        if par and outers:
            k = min(par, len(outers))
            f = st.fuse(*outers[:k]) if k > 1 else outers[0]
            st.parallel(f)
            outers = [f, *outers[k:]]
        if cache is not None:
            self._schedule_cache(s, cache, st, outers[-1], tiles, unroll)
        return outers

    def _schedule_cache(self, s: tc.Schedule, cache: tc.Tensor, st: Any, at: Any,
                        tiles: list[int], unroll: bool) -> None:
        cs = s[cache]
        cs.compute_at(st, at)
        sp = list(cs.op.axis)
        cs.reorder(*cs.op.reduce_axis, *sp)
        lanes = tiles[-1]
        full = self.lanes(cs.op)
        half = max(1, full // 2)
        if 4 <= lanes <= 4 * full:
            lanes = full if lanes % full == 0 else half if lanes % half == 0 else lanes
            lo, li = cs.split(sp[-1], factor=lanes)
            cs.vectorize(li)
            if unroll:
                cs.unroll(lo)
        if unroll:
            for iv, t in zip(sp[:-1], tiles[:-1], strict=False):
                if t <= MAX_UNROLL:
                    cs.unroll(iv)


def _packable(op: Any) -> bool:
    return bool(op.is_reduction and op.axis and strided_reads(op.body[0], op.axis[-1].var))


def _tile_of(iv: Any, sp: list[Any], tiles: list[int]) -> int:
    for root, t in zip(sp, tiles, strict=False):
        if iv is root or iv.var.name.startswith(root.var.name + "."):
            return t
    return MAX_UNROLL + 1


__all__ = ["MAX_UNROLL", "AutoSpace"]
