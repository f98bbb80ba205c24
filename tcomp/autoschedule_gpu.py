"""The automatic GPU schedule, built from any graph's structure: what ``tc.auto_schedule`` gives
for a CUDA target and the space ``autotune.GPUAutoSpace`` searches (layer 6).

Ansor's GPU sketch, simplified to what tcomp's GPU lowering supports. Elementwise stages may
be inlined; every other stage becomes one kernel whose spatial axes are tiled in three levels,
each level fused across the axes::

    for b in blockIdx.x:              block tile   = thread * reg per axis
      for t in threadIdx.x:           thread tile  (a thread computes one register tile)
        for r ...:                    register tile, unrolled

A reduction accumulates its register tile in a ``cache_write(..., "local")`` stage; its
reduction axes split into an outer step loop and an inner ``rstep`` loop (SSRRS). Inputs with
``stage`` on are copied into shared memory at the outer step by every thread of the block
(``cache_read(..., "shared")`` + ``compute_at``, the copy fused and bound to threadIdx.x):

    for b in blockIdx.x:
      for ko ...:                     block-level loop, barriers inserted by lowering
        A.shared[...] = A[...]        cooperative fetch, threadIdx.x
        for t in threadIdx.x:
          for ki ...: for r ...:      C.local[...] += ...
      for t in threadIdx.x: for r ...: C[...] = C.local[...]

Without any staged input the local stage is computed inside the thread loop instead (its
buffer is then one register tile). Every tile size divides its axis, so block regions never
shrink at an edge: the fused thread index means the same elements in every stage of a kernel,
and shared buffers are exactly as large as ``valid()`` estimates. ``unroll`` is a budget of
body copies: the innermost loops (register tile, then reduction step) are unrolled while the
product of their extents stays within it.

Knobs per kernel stage ``n``: ``thread:n:ax`` and ``reg:n:ax`` per spatial axis,
``rstep:n:ax`` per reduction axis, ``stage:n:T`` per input of a reduction, ``unroll:n``;
``inline:n`` per elementwise stage that is not an output. ``valid()`` keeps threads per
block and shared memory within the target's limits (``tcomp.codegen.target.Target``).
"""

from __future__ import annotations

import math
from typing import Any

from .arith import Interval, const_bounds
from .codegen.target import Target
from .dsl.printer import topo_ops
from .dsl.tensor import Tensor
from .errors import ScheduleError
from .ir import expr as E
from .ir.visitor import walk
from .schedule.schedule import Schedule, create_schedule

Config = dict[str, Any]

MAX_REG = 64  # elements of one thread's register tile
MAX_REG_AXIS = 16  # register tile along one axis
MAX_RSTEP = 64  # inner reduction step along one axis
# With shared staging the lowering gives each thread a local accumulator as large as the
# whole block tile (it is attached at the block loop); keep that within reason.
MAX_STAGED_TILE = 4096
UNROLL = [64, 0, 16, 256]  # body copies the innermost loops may unroll into


class GPUSpaceError(ScheduleError):
    """The GPU automatic schedule can't tile a stage of this graph (or a config of its knobs
    is not valid for the target)."""


def _ext(iv: Any) -> int:
    e = iv.dom.extent
    return int(e.value) if isinstance(e, E.Const) else 0


def _divisors(n: int, cap: int) -> list[int]:
    """Divisors of ``n`` up to ``cap``; long lists keep the powers of two and the largest."""
    divs = [d for d in range(1, min(n, cap) + 1) if n % d == 0]
    if len(divs) > 8:
        divs = sorted({d for d in divs if d & (d - 1) == 0} | {divs[-1]})
    return divs


def _loads(op: Any) -> list[Any]:
    """Every ProducerLoad in the body of ``op`` (reduction sources and condition included)."""
    out = []
    for b in op.body:
        roots = [*b.source, b.condition] if isinstance(b, E.Reduce) else [b]
        for r in roots:
            out.extend(n for n in walk(r) if isinstance(n, E.ProducerLoad))
    return out


def _stageable(op: Any) -> list[Tensor]:
    """Inputs of reduction ``op`` that a shared tile can hold: indexed by loop variables only
    (no data-dependent index), read by at least one reduction variable."""
    red = {iv.var for iv in op.reduce_axis}
    found: list[Tensor] = []
    loads = _loads(op)
    for t in op.input_tensors:
        mine = [ld for ld in loads if ld.tensor is t]
        if not mine or any(t is f for f in found):
            continue
        idx_nodes = [n for ld in mine for ix in ld.indices for n in walk(ix)]
        if any(isinstance(n, E.ProducerLoad) for n in idx_nodes):
            continue
        if any(isinstance(n, E.Var) and n in red for n in idx_nodes):
            found.append(t)
    return found


_UNBOUNDED = 1 << 40  # the extent of a symbolic dimension no load bounds (never staged)


def _region(op: Any, t: Tensor, tiles: dict[Any, int]) -> list[int]:
    """Extent per dimension of the part of ``t`` that ``op`` reads while its axes cover
    ``tiles`` (var -> tile size): the hull of every load of ``t``, clipped to its shape."""
    ranges = {v: Interval(E.const(0, v.dtype), E.const(n - 1, v.dtype)) for v, n in tiles.items()}
    lo: list[int | None] = [None] * t.ndim
    hi: list[int | None] = [None] * t.ndim
    for ld in _loads(op):
        if ld.tensor is not t:
            continue
        for d, ix in enumerate(ld.indices):
            a, b = const_bounds(ix, ranges)
            lo[d] = a if lo[d] is None or a is None else min(lo[d], a)
            hi[d] = b if hi[d] is None or b is None else max(hi[d], b)
    out = []
    for d in range(t.ndim):
        full = int(t.shape[d].value) if isinstance(t.shape[d], E.Const) else _UNBOUNDED
        ext = full if lo[d] is None or hi[d] is None else hi[d] - lo[d] + 1
        out.append(max(1, min(ext, full)))
    return out


class GPUSketch:
    """Multi-level GPU tiling of every stage of a graph (see the module docstring): its knobs,
    the limits a config must keep (``why_invalid``), the heuristic's config (``default``) and
    the schedule of a config (``apply``)."""

    def __init__(self, outputs: list[Any], target: Any = "cuda") -> None:
        self.outputs = list(outputs)
        self.target = Target.parse(target)
        if self.target.kind != "cuda":
            raise GPUSpaceError(f"the GPU automatic schedule needs a cuda target, got "
                                f"'{self.target}'")
        self.max_threads = self.target.max_threads_per_block
        self.max_shared = self.target.max_shared_memory
        self.ops = [op for op in topo_ops(self.outputs) if hasattr(op, "body")]
        out_ops = {t.op for t in self.outputs}
        for op in self.ops:
            self._check_supported(op)
        self.inlinable = [op for op in self.ops if not op.is_reduction and op not in out_ops]
        self.staged_inputs = {op: _stageable(op) for op in self.ops if op.is_reduction}
        k: dict[str, list[Any]] = {}
        self.knobs = k
        for op in self.ops:
            n = op.name
            if op in self.inlinable:
                k[f"inline:{n}"] = [True, False]
            for iv in op.axis:
                e = _ext(iv)
                k[f"thread:{n}:{iv.var.name}"] = _divisors(e, self.max_threads)
                k[f"reg:{n}:{iv.var.name}"] = _divisors(e, MAX_REG_AXIS)
            for iv in op.reduce_axis:
                k[f"rstep:{n}:{iv.var.name}"] = _divisors(_ext(iv), MAX_RSTEP)
            for t in self.staged_inputs.get(op, []):
                k[f"stage:{n}:{t.name}"] = [True, False]
            k[f"unroll:{n}"] = list(UNROLL)

    def _check_supported(self, op: Any) -> None:
        if op.num_outputs != 1:
            raise GPUSpaceError(f"stage '{op.name}' has {op.num_outputs} outputs; the GPU "
                                "automatic space schedules single-output stages only")
        bad = [iv.var.name for iv in (*op.axis, *op.reduce_axis) if _ext(iv) <= 0]
        if bad:
            raise GPUSpaceError(f"stage '{op.name}': axes {bad} have no constant extent; the "
                                "GPU automatic space tiles constant shapes only")
        if not op.axis:
            raise GPUSpaceError(f"stage '{op.name}' has no spatial axis to bind to GPU blocks "
                                "and threads (a full reduction to a scalar); give the output "
                                "a leading axis of extent 1 or write a hand schedule")

    # ------------------------------------------------------------------ configs
    def kernels(self, cfg: Config) -> list[Any]:
        """The stages that are their own kernel under ``cfg`` (the others are inlined)."""
        return [op for op in self.ops if not cfg.get(f"inline:{op.name}", False)]

    def _tiles(self, op: Any, cfg: Config) -> tuple[list[int], list[int], list[int]]:
        n = op.name
        threads = [int(cfg[f"thread:{n}:{iv.var.name}"]) for iv in op.axis]
        regs = [int(cfg[f"reg:{n}:{iv.var.name}"]) for iv in op.axis]
        steps = [int(cfg[f"rstep:{n}:{iv.var.name}"]) for iv in op.reduce_axis]
        return threads, regs, steps

    def staged(self, op: Any, cfg: Config) -> list[Tensor]:
        return [t for t in self.staged_inputs.get(op, []) if cfg.get(f"stage:{op.name}:{t.name}")]

    def _input_bytes(self, op: Any, cfg: Config, t: Tensor) -> int:
        """Bytes of the shared tile of input ``t`` of ``op`` under ``cfg``."""
        threads, regs, steps = self._tiles(op, cfg)
        tiles = {iv.var: a * r for iv, a, r in zip(op.axis, threads, regs, strict=True)}
        tiles.update({iv.var: st for iv, st in zip(op.reduce_axis, steps, strict=True)})
        return math.prod(_region(op, t, tiles)) * t.dtype.itemsize

    def shared_bytes(self, op: Any, cfg: Config) -> int:
        """Shared memory the staged inputs of ``op`` take per block under ``cfg``."""
        return sum(self._input_bytes(op, cfg, t) for t in self.staged(op, cfg))

    def why_invalid(self, cfg: Config) -> str | None:
        """None for a config that builds within the target's limits, else the reason."""
        for op in self.kernels(cfg):
            try:
                threads, regs, steps = self._tiles(op, cfg)
            except KeyError as exc:
                return f"missing knob {exc}"
            for iv, t, r in zip(op.axis, threads, regs, strict=True):
                if _ext(iv) % (t * r):
                    return f"{op.name}: thread {t} x reg {r} does not divide axis " \
                           f"{iv.var.name} ({_ext(iv)})"
            for iv, st in zip(op.reduce_axis, steps, strict=True):
                if _ext(iv) % st:
                    return f"{op.name}: rstep {st} does not divide {iv.var.name}"
            if math.prod(threads) > self.max_threads:
                return f"{op.name}: {math.prod(threads)} threads per block"
            if math.prod(regs) > MAX_REG:
                return f"{op.name}: register tile of {math.prod(regs)} elements"
            if self.staged(op, cfg):
                block = math.prod(t * r for t, r in zip(threads, regs, strict=True))
                if block > MAX_STAGED_TILE:
                    return f"{op.name}: staged block tile of {block} elements (more than " \
                           f"{MAX_STAGED_TILE} accumulators per thread)"
                shared = self.shared_bytes(op, cfg)
                if shared > self.max_shared:
                    return f"{op.name}: {shared} bytes of shared memory, more than the " \
                           f"{self.max_shared} of target '{self.target}'"
        return None

    def valid(self, cfg: Config) -> bool:
        return self.why_invalid(cfg) is None

    def repair(self, cfg: Config) -> Config:
        """A config near ``cfg`` that ``valid()`` accepts: register tiles shrunk until they
        divide what the thread tile leaves of their axis, the largest thread (register) tile
        shrunk while the block has too many threads (registers), staged inputs dropped,
        largest first, while shared memory overflows."""
        out = dict(cfg)
        for op in self.kernels(out):
            n = op.name
            for iv in op.axis:
                e, a = _ext(iv), iv.var.name
                t, r = out[f"thread:{n}:{a}"], out[f"reg:{n}:{a}"]
                out[f"reg:{n}:{a}"] = max(d for d in self.knobs[f"reg:{n}:{a}"]
                                          if d <= r and (e // t) % d == 0)
            while True:
                threads, regs, _ = self._tiles(op, out)
                if math.prod(threads) <= self.max_threads and math.prod(regs) <= MAX_REG:
                    break
                kind, vals = ("thread", threads) if math.prod(threads) > self.max_threads \
                    else ("reg", regs)
                i = max(range(len(vals)), key=lambda j: vals[j])
                key = f"{kind}:{n}:{op.axis[i].var.name}"
                out[key] = max(d for d in self.knobs[key] if d < vals[i] and vals[i] % d == 0)
            staged = self.staged(op, out)
            while staged and self._stage_overflows(op, out):  # drop the largest tile first
                big = max(staged, key=lambda t: self._input_bytes(op, out, t))
                out[f"stage:{n}:{big.name}"] = False
                staged = self.staged(op, out)
        return out

    def _stage_overflows(self, op: Any, cfg: Config) -> bool:
        threads, regs, _ = self._tiles(op, cfg)
        block = math.prod(t * r for t, r in zip(threads, regs, strict=True))
        return block > MAX_STAGED_TILE or self.shared_bytes(op, cfg) > self.max_shared

    def default(self) -> Config:
        """Inlined elementwise stages; per kernel up to 128 threads filled from the innermost
        axis out, 2x2 register tiles on the last two axes of reductions, reduction steps of
        up to 8, inputs with reuse staged in shared memory, unroll budget 64."""
        cfg: Config = {}
        for op in self.ops:
            n = op.name
            if op in self.inlinable:
                cfg[f"inline:{n}"] = True
            budget = 128
            for pos, iv in reversed(list(enumerate(op.axis))):
                e, a = _ext(iv), iv.var.name
                r = 2 if op.is_reduction and pos >= len(op.axis) - 2 and e % 2 == 0 \
                    and e >= 8 else 1
                t = max(d for d in self.knobs[f"thread:{n}:{a}"] if d <= budget and
                        (e // r) % d == 0)
                budget = max(1, budget // t)
                cfg[f"thread:{n}:{a}"], cfg[f"reg:{n}:{a}"] = t, r
            for iv in op.reduce_axis:
                cfg[f"rstep:{n}:{iv.var.name}"] = max(
                    d for d in self.knobs[f"rstep:{n}:{iv.var.name}"] if d <= 8)
            spatial = {iv.var for iv in op.axis}
            for t in self.staged_inputs.get(op, []):
                used = {v for ld in _loads(op) if ld.tensor is t for ix in ld.indices
                        for v in walk(ix) if isinstance(v, E.Var)}
                cfg[f"stage:{n}:{t.name}"] = not spatial <= used  # reused across threads
            cfg[f"unroll:{n}"] = 64
        return self.repair(cfg)

    def plain(self) -> Config:
        """The plainest kernels of the default: no staging, one element per thread."""
        cfg = self.default()
        for k in cfg:
            if k.startswith("stage:"):
                cfg[k] = False
            elif k.startswith("reg:"):
                cfg[k] = 1
        return self.repair(cfg)

    # ------------------------------------------------------------------ apply
    def apply(self, cfg: Config) -> Schedule:
        why = self.why_invalid(cfg)
        if why is not None:
            raise GPUSpaceError(f"config not valid for target '{self.target}': {why}")
        s = create_schedule(self.outputs)
        kernels = self.kernels(cfg)
        for op in self.ops:  # producers first, as compute_inline needs
            if op not in kernels:
                s[op].compute_inline()
        for op in kernels:
            if op.is_reduction:
                self._schedule_reduction(s, op, cfg)
            else:
                st = s[op]
                _, _, regs = self._tile_output(st, op, cfg)
                _unroll(st, regs, int(cfg[f"unroll:{op.name}"]))
        return s

    def _tile_output(self, st: Any, op: Any, cfg: Config) -> tuple[Any, Any, list[Any]]:
        """Split every spatial axis of ``st`` into block / thread / register loops, fuse each
        level, bind blocks and threads: (block loop, thread loop, register loops)."""
        threads, regs, _ = self._tiles(op, cfg)
        bs, ts, rs = [], [], []
        for iv, t, r in zip(list(st.op.axis), threads, regs, strict=True):
            b, inner = st.split(iv, factor=t * r)
            th, rg = st.split(inner, factor=r)
            bs.append(b)
            ts.append(th)
            rs.append(rg)
        st.reorder(*bs, *ts, *rs)
        bf = st.fuse(*bs) if len(bs) > 1 else bs[0]
        tf = st.fuse(*ts) if len(ts) > 1 else ts[0]
        st.bind(bf, "blockIdx.x")
        st.bind(tf, "threadIdx.x")
        return bf, tf, rs

    def _schedule_reduction(self, s: Schedule, op: Any, cfg: Config) -> None:
        n = op.name
        threads, regs, steps = self._tiles(op, cfg)
        staged_t = self.staged(op, cfg)
        local = s.cache_write(op.output(0), "local")
        ls = s[local]
        shared = [s.cache_read(t, "shared", [ls]) for t in staged_t]
        out = s[op]
        bf, tf, rs = self._tile_output(out, op, cfg)
        _unroll(out, rs, int(cfg[f"unroll:{n}"]))
        cts, crs = [], []
        for iv, r in zip(list(ls.op.axis), regs, strict=True):
            ct, cr = ls.split(iv, factor=r)
            cts.append(ct)
            crs.append(cr)
        ros, ris = [], []
        for iv, step in zip(list(ls.op.reduce_axis), steps, strict=True):
            ro, ri = ls.split(iv, factor=step)
            ros.append(ro)
            ris.append(ri)
        if not shared:  # the local tile lives in the thread's registers
            ls.compute_at(out, tf)
            ls.reorder(*cts, *ros, *ris, *crs)
        else:
            ls.compute_at(out, bf)
            ls.reorder(*ros, *cts, *ris, *crs)
            ctf = ls.fuse(*cts) if len(cts) > 1 else cts[0]
            ls.bind(ctf, "threadIdx.x")
            nthreads = math.prod(threads)
            for t in shared:
                ss = s[t]
                ss.compute_at(ls, ros[-1])
                axes = list(ss.op.axis)
                f = ss.fuse(*axes) if len(axes) > 1 else axes[0]
                _, fi = ss.split(f, factor=nthreads)
                ss.bind(fi, "threadIdx.x")
        _unroll(ls, [*ris, *crs], int(cfg[f"unroll:{n}"]))


def _unroll(st: Any, loops: list[Any], budget: int) -> None:
    """Unroll ``loops`` from the innermost out while the product of their constant extents
    stays within ``budget``; loops of extent 1 are left alone."""
    copies = 1
    for iv in reversed(loops):
        e = iv.dom.extent
        if not isinstance(e, E.Const):
            break
        ext = int(e.value)
        if ext == 1:
            continue
        if copies * ext > budget:
            break
        copies *= ext
        st.unroll(iv)


def plain_schedule(outputs: list[Any], threads: int = 64) -> Schedule:
    """The plainest valid GPU schedule of any graph: every compute stage (multi-output ones
    included) is its own kernel, one output element per thread, reductions serial in the
    thread. 0-d stages have no axis to bind and are left alone (the build then names
    them)."""
    s = create_schedule(outputs)
    for op in topo_ops(outputs):
        if not hasattr(op, "body"):
            continue
        st = s[op]
        axes = list(st.op.axis)
        if not axes:
            continue
        f = axes[0]
        for ax in axes[1:]:
            f = st.fuse(f, ax)
        bo, bi = st.split(f, factor=threads)
        st.bind(bo, "blockIdx.x")
        st.bind(bi, "threadIdx.x")
    return s


__all__ = ["GPUSketch", "GPUSpaceError", "plain_schedule"]
