"""The automatic CPU schedule: what ``tc.build(outputs, args)`` compiles when no tuning record
applies, what nn's kernels use, and the default configuration of the autotuner's automatic
space (layer 6).

``auto_schedule(out)`` works on any DSL graph: single-use elementwise stages are inlined into
their consumer (unless costly and smaller than it: one ``rsqrt`` per row); matmul-like
reductions accumulate a register tile (sized from the target's vector registers and lanes)
over their reduction loops; reductions to a row accumulate a slice of vectors; a row-wise
output (softmax, layer norm, squash) computes every stage per row inside its row loop; every
remaining stage runs with its outer loops fused and parallel and, for elementwise stages, its
innermost axis vectorized.

Each of those decisions is a knob (``auto_knobs``): its candidates, the heuristic's choice
first. ``auto_schedule(out, config={knob: value})`` takes other choices for some of them, and
the autotuner's automatic space (``autotune.AutoSpace``) searches these knobs starting from
the heuristic's choices, so the untuned default is its default configuration and one of the
candidates every tuning run measures.
"""

from __future__ import annotations

import math
from typing import Any

from .codegen.target import Target
from .dsl.printer import topo_ops
from .dsl.tensor import Tensor
from .errors import ScheduleError
from .ir import expr as E
from .ir.visitor import walk
from .schedule.schedule import Schedule, create_schedule


def _is_compute(op: Any) -> bool:
    return hasattr(op, "body")


PARALLEL_MIN = 1 << 15  # elements times reduction work below which threads don't pay


def const_extent(iv: E.IterVar) -> int:
    """The extent of an axis when it is a constant, else 0 (a symbolic extent)."""
    return int(iv.dom.extent.value) if isinstance(iv.dom.extent, E.Const) else 0


def _reads(ops: list[Any]) -> dict[Any, int]:
    count: dict[Any, int] = {}
    for op in ops:
        if _is_compute(op):
            for b in op.body:
                for n in walk(b):
                    if isinstance(n, E.ProducerLoad):
                        count[n.tensor.op] = count.get(n.tensor.op, 0) + 1
    return count


TRANSCENDENTAL = frozenset({E.Op.EXP, E.Op.LOG, E.Op.TANH, E.Op.SIGMOID, E.Op.ERF, E.Op.POW,
                            E.Op.SQRT, E.Op.RSQRT, E.Op.DIV})


def costly_per_use(op: Any) -> bool:
    """Costly to recompute per use, and to compute as scalars: inlined into a reader whose
    vector axis it doesn't depend on (softmax's ``e / sum`` inside ``sum_i c[i, j] *
    u[i, j, :]``; layer norm's ``rsqrt(var + eps)`` per row inside the row's loop), each
    value is recomputed per element, often as one scalar or vector division."""
    return any(isinstance(n, (E.Unary, E.Binary)) and n.op in TRANSCENDENTAL
               for b in op.body for n in walk(b))


def _size(op: Any) -> int:
    return math.prod(const_extent(iv) for iv in op.axis)


def _work(op: Any) -> int:
    red = math.prod(const_extent(iv) for iv in op.reduce_axis) if op.is_reduction else 1
    return math.prod(const_extent(iv) for iv in op.axis) * max(red, 1)


Config = dict[str, Any]


def auto_knobs(out: Tensor | list[Tensor], *, target: Any = None) -> dict[str, list[Any]]:
    """The decisions ``auto_schedule`` takes for the graph ending in ``out`` on ``target``
    (default: the host): knob name -> candidate values, the heuristic's choice first. On a
    CPU every combination builds a correct kernel; the first values give
    ``auto_schedule(out)``. (For a CUDA target the knobs are the GPU sketch's, per stage
    ``thread:``, ``reg:``, ``rstep:``, ``stage:``, ``unroll:``, ``inline:``, and ``sketch``;
    a combination that breaks the target's limits raises GPUSpaceError.)

    Knobs, by stage name ``n`` (a stage whose name repeats gets ``#k`` appended):
    ``inline:n`` (an elementwise stage inlined into its readers), ``rows`` and
    ``interleave`` (a row-wise output with every stage computed per row, its vectors that
    many registers wide), ``rows.prefetch`` (those rows' vector loops prefetch the next row
    of the inputs they stream; first where the output outgrows the L2 caches),
    ``epilogue`` (an elementwise output computing a matmul-like
    reduction in its register tiles), ``tile:n`` (a reduction's register tile, ``"RxC"``
    rows by columns, or ``"none"``), ``pack:n`` (strided inputs of the tile packed into
    panels), ``reassoc:n`` (a sum of products reassociated into FMAs), ``col:n`` (a column
    reduction's slice of accumulators in lanes, 0 for none), ``vec:n`` (lanes of an
    elementwise stage's vector loop, 0 for none), ``par:n`` (outer loops in parallel).
    """
    outs, tgt = _outputs(out), _target(target)
    if tgt.kind == "cuda":
        sk = _gpu_sketch(outs, tgt)
        return _gpu_knobs(sk, sk.default() if sk is not None else {})
    return {k: list(v) for k, v in _Auto(outs, tgt).knobs.items()}


def auto_schedule(out: Tensor | list[Tensor], *, parallel: bool = True, target: Any = None,
                  config: Config | None = None) -> Schedule:
    """A reasonable schedule for any graph ending in ``out`` (a tensor, or the list of
    outputs of one or more ops), ready to build: ``tc.build(tc.auto_schedule(Y), [X, Y])``.
    Vector widths and register tiles come from ``target`` (a Target or a target string;
    default: the host; see ``_Tiles``). ``parallel=False`` keeps every loop serial.
    ``config`` overrides some of the heuristic's decisions (``auto_knobs`` lists them and
    their candidates); an unknown knob or a value not among its candidates raises
    ScheduleError. A schedule-free ``tc.build(outputs, args)`` compiles this schedule when
    no tuning record applies; it is a plain Schedule, so it can be printed
    (``s.trace_str()``) or changed.

    An elementwise output whose graph holds one matmul-like reduction of the output's shape,
    read only through inlined elementwise stages at the output's own indices, computes that
    reduction in its epilogue: the output is tiled like the reduction's register tile and
    the reduction's tile is computed at each output tile, in registers. Otherwise, an
    elementwise output whose other stages are all reductions over its last axis to one value
    per row, or elementwise stages of its rows, computes each of them inside its (fused,
    parallel) row loop.

    For a CUDA target it is the GPU sketch of ``tcomp.autoschedule_gpu`` (every non-inlined
    stage one kernel, its spatial axes tiled over blocks, threads and registers, reductions
    staging reused inputs in shared memory) at the heuristic's tile sizes, or for a graph
    the sketch can't tile (several outputs per stage, a 0-d stage, symbolic extents) the
    plain one: one output element per thread (the ``sketch`` knob, ``"plain"``).
    ``parallel`` applies to CPU targets only.
    """
    outs, tgt = _outputs(out), _target(target)
    if tgt.kind == "cuda":
        return _gpu_schedule(outs, tgt, {} if config is None else config)
    auto = _Auto(outs, tgt)
    return auto.schedule(_check_config({} if config is None else config, auto.knobs), parallel)


def _check_config(config: Config, knobs: dict[str, list[Any]]) -> Config:
    """``config`` if every knob in it is one of ``knobs`` with one of its candidates."""
    if not isinstance(config, dict):
        raise TypeError(f"auto_schedule: config must be a dict of knob -> value (see "
                        f"tc.auto_knobs), got {type(config).__name__}")
    for k, v in config.items():
        if k not in knobs:
            raise ScheduleError(f"auto_schedule: no knob {k!r} for this graph; its knobs: "
                                f"{', '.join(knobs) or 'none'}")
        if v not in knobs[k] or type(v) is not type(knobs[k][0]):
            raise ScheduleError(f"auto_schedule: knob {k!r} = {v!r} is not one of its "
                                f"candidates {knobs[k]}")
    return config


def _gpu_sketch(outs: list[Tensor], tgt: Target) -> Any:
    """The GPU sketch of the graph, None where it can't tile it (the plain sketch then)."""
    from .autoschedule_gpu import GPUSketch, GPUSpaceError

    try:
        return GPUSketch(outs, tgt)
    except GPUSpaceError:
        return None


def _gpu_knobs(sk: Any, default: Config) -> dict[str, list[Any]]:
    if sk is None:
        return {"sketch": ["plain"]}
    return {"sketch": ["tiled", "plain"], **{
        k: [default[k], *(v for v in vals if v != default[k])] for k, vals in sk.knobs.items()}}


def _gpu_schedule(outs: list[Tensor], tgt: Target, config: Config) -> Schedule:
    from .autoschedule_gpu import plain_schedule

    sk = _gpu_sketch(outs, tgt)
    default = sk.default() if sk is not None else {}
    knobs = _gpu_knobs(sk, default)
    _check_config(config, knobs)
    if config.get("sketch", knobs["sketch"][0]) == "plain":
        return plain_schedule(outs)
    # A config the target's limits refuse raises GPUSpaceError naming the limit.
    return sk.apply({**default, **{k: v for k, v in config.items() if k != "sketch"}})


def _outputs(out: Tensor | list[Tensor]) -> list[Tensor]:
    outs = list(out) if isinstance(out, (list, tuple)) else [out]
    for k, t in enumerate(outs):
        if not isinstance(t, Tensor):
            raise TypeError(f"auto_schedule: out must be a tensor or a list of tensors; "
                            f"{'out' if outs[0] is out else f'out[{k}]'} is a "
                            f"{type(t).__name__}")
    if not outs:
        raise ValueError("auto_schedule: out is an empty list; give the output tensors")
    return outs


def _target(target: Any) -> Target:
    return Target.host() if target is None else Target.parse(target)


def _row_stages(ops: list[Any], out_op: Any, inlined: set[Any]) -> list[Any] | None:
    """The stages a row-wise output (softmax, layer norm, squash: elementwise, 2+ axes)
    can compute per row: every other stage left is a reduction over the last axis to one
    value per row, or an elementwise stage of the output's shape; else None."""
    if not _is_compute(out_op) or out_op.is_reduction or len(out_op.axis) < 2:
        return None
    shape = [const_extent(iv) for iv in out_op.axis]
    if 0 in shape:
        return None
    lead = shape[:-1]
    group = []
    for op in ops:
        if not _is_compute(op) or op is out_op or op in inlined:
            continue
        if op.num_outputs != 1:
            return None
        own = [const_extent(iv) for iv in op.axis]
        if op.is_reduction:
            per_row = own == lead or own == [*lead, 1]
            if not (per_row and len(op.reduce_axis) == 1
                    and const_extent(op.reduce_axis[0]) == shape[-1]):
                return None
        elif own != shape and own != lead and own != [*lead, 1]:
            return None
        group.append(op)
    return group if group else None


_ROW_INTERLEAVE = (4, 2)  # registers per vector of a row-wise output, widest first


def _sliced_by_lead(ops: list[Any], out_op: Any) -> bool:
    """Whether every stage the fused sketch computes inside the output's leading loop (all
    but the entry stages, which read graph inputs only) is read there through that loop's
    own index, in every reader: each iteration then computes its slice of the stage, not
    the whole of it again. A layer norm's weight gradient, a sum over rows into a 64-wide
    output, reads each row's mean at the reduction's row index: fused, the means were
    computed 64 times (1.47 ms where the stage-by-stage schedule took 0.025)."""
    readers: dict[Any, list[Any]] = {}
    for op in ops:
        if _is_compute(op):
            for t in op.input_tensors:
                readers.setdefault(t.op, []).append(op)
    sliced = {out_op}
    for op in reversed(ops):  # consumers before producers
        if op is out_op or not _is_compute(op) or not op.axis:
            continue
        ok = bool(readers.get(op))
        for r in readers.get(op, []):
            lead = r.axis[0].var if r.axis and r in sliced else None
            for b in r.body:
                for n in walk(b):
                    if isinstance(n, E.ProducerLoad) and n.tensor.op is op and not (
                            lead is not None and n.indices and n.indices[0] is lead):
                        ok = False
        if ok:
            sliced.add(op)
        elif not all(not _is_compute(t.op) for t in op.input_tensors):
            return False  # (an entry stage, reading graph inputs only, runs once at root)
    return True


def _row_interleave(out_op: Any, vec: int) -> int:
    """Registers per vector of a row-wise output: up to four side by side, as the hand
    softmax and layer norm (schedules/cpu.py, interleave) do: independent exp chains and
    accumulators for the out-of-order core; only where the row takes four of them."""
    last = const_extent(out_op.axis[-1])
    return next((m for m in _ROW_INTERLEAVE if last % (m * vec) == 0 and last >= 4 * m * vec),
                1)


def _row_fused(s: Schedule, group: list[Any], out_op: Any, vec: int, parallel: bool,
               prefetch: bool = False) -> None:
    """Every stage of a row-wise output (``group``, from ``_row_stages``) computed per row
    inside its (fused, parallel if ``parallel``) leading loops, as the hand softmax and layer
    norm do: a row's intermediates stay in L1. Row reductions long enough accumulate a
    vector of ``vec`` partial results (``rfactor``); elementwise stages and the output run
    vectorized along the row, ``vec`` lanes. With ``prefetch``, those vector loops prefetch
    the next row of the whole-shape tensors they read (``_prefetch_next_row``)."""
    st = s[out_op]
    *lead, last = st.op.axis
    row = lead[0]
    for a in lead[1:]:
        row = st.fuse(row, a)
    shape = [const_extent(iv) for iv in out_op.axis]
    outer = _vectorize_row(st, last, vec)
    if prefetch:
        _prefetch_next_row(st, outer, group, shape)
    if parallel:
        st.parallel(row)
    for op in group:
        ps = s[op]
        (k,) = op.reduce_axis if op.is_reduction else (None,)
        red = op.body[0] if op.is_reduction else None
        if k is not None and const_extent(k) >= 4 * vec and const_extent(k) % vec == 0 \
                and E.is_const(red.condition, True):
            _ko, ki = ps.split(k, factor=vec)
            rf = s.rfactor(op.output(0), ki)
            rs = s[rf]
            rk, *rest = rs.op.axis
            (rko,) = rs.op.reduce_axis
            rs.reorder(*rest, rko, rk)
            rs.vectorize(rk)
            rs.compute_at(st, row)
        elif k is None and len(op.axis) == len(st.op.axis) and const_extent(op.axis[-1]) > 1:
            # a stage of whole rows, not one per row
            outer = _vectorize_row(ps, op.axis[-1], vec)
            if prefetch:
                _prefetch_next_row(ps, outer, group, shape)
        ps.compute_at(st, row)


def _prefetch_next_row(st: Any, outer: Any, group: list[Any], shape: list[int]) -> None:
    """In ``st``'s loop ``outer`` over a row's vectors, prefetch the next row of each tensor
    of the output's ``shape`` it reads from outside the row ``group`` (an input streamed
    from memory): the hardware prefetcher stops at the end of a row it has not seen touched,
    and the row's other stages would otherwise compute with the memory idle (hand softmax
    and layer norm: schedules/cpu.py)."""
    if outer is None:
        return
    ahead = const_extent(outer)
    for t in st.reads():
        if t.op not in group and [int(d.value) for d in t.shape] == shape:
            st.prefetch(t, outer, ahead)


def _streams(out_op: Any, target: Target) -> bool:
    """Whether the output is larger than every core's L2 together: its inputs then come
    from the last-level cache or memory, where a prefetch pays."""
    size = _size(out_op) * out_op.output(0).dtype.itemsize
    return size > target.cache_sizes["l2"] * max(1, target.cores)


def _vectorize_row(st: Any, axis: Any, vec: int) -> Any:
    """Vectorize a row loop by ``vec`` lanes where they divide it; a short row of 4+ lanes
    (a power of two: a capsule's 8 or 16 dims) is one narrower vector. Returns the loop over
    the vectors (None where the row is one vector or not vectorized)."""
    n = const_extent(axis)
    if n >= vec and n % vec == 0:
        outer, vi = st.split(axis, factor=vec)
        st.vectorize(vi)
        return outer if n > vec else None
    if 4 <= n < vec and n & (n - 1) == 0:
        st.vectorize(axis)
    return None


def _identity_reads(op: Any, of: set[Any]) -> bool:
    """Every read by ``op`` of a stage in ``of`` is at ``op``'s own indices."""
    ivs = tuple(iv.var for iv in op.axis)
    return all(n.tensor.op not in of or tuple(n.indices) == ivs
               for b in op.body for n in walk(b) if isinstance(n, E.ProducerLoad))


def _epilogue_anchor(ops: list[Any], out_op: Any, inlined: set[Any]) -> Any:
    """The register-tileable reduction ``out_op`` can compute in its epilogue, or None."""
    if not _is_compute(out_op) or out_op.is_reduction or len(out_op.axis) < 2:
        return None
    shape = [const_extent(iv) for iv in out_op.axis]
    for cand in ops:
        if not (_is_compute(cand) and cand.is_reduction and cand.num_outputs == 1
                and [const_extent(iv) for iv in cand.axis] == shape and 0 not in shape
                and shape[-1] >= 4):
            continue
        chain = {cand}  # the anchor and the inlined stages that read it
        for op in ops:
            if op in inlined and any(t.op in chain for t in op.input_tensors):
                chain.add(op)
        readers = [op for op in ops if _is_compute(op) and op not in chain
                   and any(t.op in chain for t in op.input_tensors)]
        if readers == [out_op] and all(_identity_reads(op, chain) for op in chain - {cand}) \
                and _identity_reads(out_op, chain):
            return cand
    return None


class _Tiles:
    """The target's sizes for one dtype. ``vec``: lanes of a vector register. Register tile
    of a reduction: ``ti`` rows by ``tj`` = two vectors, ``2 * ti`` accumulators leaving room
    for the two vectors of the row operand and a broadcast, at most 12 rows: 12 x 32 float32
    with AVX-512's 32 registers (24 zmm; on the MLP GEMMs, 128x784x512 and its weight
    gradient, 12 rows beat 8 by 7-13% single-threaded), 6 x 16 with AVX2's 16. ``col``: a
    column reduction's slice, four vectors. ``lanes``: the split of an elementwise stage's
    last axis, one vector but at most 8 lanes (the measured choice on AVX-512)."""

    def __init__(self, target: Target, dtype: Any) -> None:
        self.vec = target.vector_lanes(dtype)
        self.tj = 2 * self.vec
        self.ti = max(1, min(12, (target.vector_registers - 3) // 2))
        self.col = 4 * self.vec
        self.lanes = min(8, self.vec)


def strided_reads(red: Any, jvar: Any) -> list[tuple[Tensor, int]]:
    """Inputs of reduction ``red`` read with ``jvar`` alone at a dimension other than the last
    (``W[j, k]`` in ``sum_k x[i, k] * W[j, k]``), each once: a vector along ``jvar`` would
    gather them. With ``pack_strided``, shared by the automatic schedule and autotune's
    loops sketch."""
    out: list[tuple[Tensor, int]] = []
    for src in red.source:
        for n in walk(src):
            if isinstance(n, E.ProducerLoad) and len(n.indices) >= 2:
                dims = [d for d, ix in enumerate(n.indices) if ix is jvar]
                if dims and dims[0] != len(n.indices) - 1 and all(
                        t is not n.tensor for t, _ in out):
                    out.append((n.tensor, dims[0]))
    return out


def pack_strided(s: Schedule, op: Any, jvar: Any, tj: int, parallel: bool = True) -> None:
    """An input that the vector axis j indexes in a non-last dimension (W[j, k] in x @ W.T)
    would be read with strided gathers: pack it into tj-wide panels, contiguous in j. The
    copy runs in parallel over the panels, or where there are few (capsule routing's W:
    one panel of 16) over the input's first other axis."""
    for t, dim in strided_reads(op.body[0], jvar):
        packed = s[s.cache_read(t, "global", [s[op]], layout=("pack", dim, tj))]
        axes = list(packed.op.axis)
        po, pi = packed.split(axes[dim], factor=tj)
        others = [a for d, a in enumerate(axes) if d != dim]
        few = bool(others) and -(-const_extent(axes[dim]) // tj) < 8
        if few:
            packed.reorder(others[0], po, *others[1:], pi)
        else:
            packed.reorder(po, *others, pi)
        if tj % 8 == 0:
            packed.vectorize(pi)  # gathers: about 2x faster than scalar copies here
        if parallel:
            packed.parallel(others[0] if few else po)


def _row_axis(op: Any) -> int:
    """Index of the spatial axis a register tile takes its rows from: the one before the
    last, unless it indexes the op's largest input while another axis (not the last) does
    not; then the innermost such axis, whose rows share that input's values. Capsule
    routing's ``u_hat[b, i, j, d] = sum_q W[i, j, d, q] u[b, i, q]`` tiled by rows of ``j``
    read all of W (5.9 MB) once per batch element; rows of ``b`` read it once per tile."""
    n = len(op.axis)
    if n < 3:
        return n - 2
    loads = [ld for src in op.body[0].source for ld in walk(src)
             if isinstance(ld, E.ProducerLoad)]
    if not loads:
        return n - 2
    big = max(loads, key=lambda ld: math.prod(int(d.value) if isinstance(d, E.Const) else 0
                                              for d in ld.tensor.shape))
    used = {v for ix in big.indices for v in walk(ix) if isinstance(v, E.Var)}
    if op.axis[-2].var not in used:
        return n - 2
    free = [k for k in range(n - 1) if op.axis[k].var not in used and const_extent(op.axis[k]) > 1]
    return free[-1] if free else n - 2


def _tile_sizes(op: Any, target: Target) -> tuple[int, int, int]:
    i, j = op.axis[_row_axis(op)], op.axis[-1]
    t = _Tiles(target, op.output(0).dtype)
    # A narrow last axis (a 10-class output) is one vector of that many lanes.
    vec = min(t.vec, const_extent(j))
    ti = min(t.ti, const_extent(i))
    if len(op.axis) > 2 and const_extent(i) % ti:
        # The row tiles are fused with the leading (batch) axes into the parallel loop, so
        # a last, partial tile can't be peeled: its accumulator tile would have a variable
        # extent and live in memory (a 16 x 128 x 128 batched matmul with 12-row tiles ran
        # 20x slower than numpy). Take the largest divisor of the rows not under half the
        # register tile instead (8 for 128 rows).
        div = max(d for d in range(1, ti + 1) if const_extent(i) % d == 0)
        ti = div if 2 * div >= ti else ti
    return ti, (t.tj if const_extent(j) >= t.tj else vec), vec


def _accumulate(st: Any, vec: int, row: int) -> None:
    """Reduction loops outermost, the tile's two axes (rows: axis ``row``) unrolled and
    vectorized inside."""
    axes = list(st.op.axis)
    ci, cj = axes[row], axes[-1]
    if row % len(axes) == len(axes) - 2:
        st.reorder(*st.op.reduce_axis, ci, cj)
    else:
        st.reorder(*st.op.reduce_axis, *axes)
    cjo, cji = st.split(cj, factor=vec)
    st.unroll(ci)
    st.unroll(cjo)
    st.vectorize(cji)


def _tile_output(s: Schedule, op: Any, ti: int, tj: int, vec: int, parallel: bool,
                 row: int) -> Any:
    """Tile the axis ``row`` and the last axis of ``op`` (ti x tj, vectorized); returns the
    inner tile loop.

    The outer tile loop runs in parallel (if ``parallel``): the row tiles, or for a 2-D
    output with more column tiles than row tiles, the column tiles (x @ W.T with 128 rows
    and 512 columns: 16 column tiles split evenly over 2 threads where 11 row tiles split
    6:5, and each thread keeps its own panels of W; 524 -> 377 us, torch 347 us)."""
    st = s[op]
    sp = list(op.axis)
    if row % len(sp) != len(sp) - 2:  # rows of an outer axis: the others between
        ro, ri = st.split(sp[row], factor=ti)
        jo, ji = st.split(sp[-1], factor=tj)
        others = [a for k, a in enumerate(sp[:-1]) if k != row % len(sp)]
        st.reorder(ro, *others, jo, ri, ji)
        _jio, jii = st.split(ji, factor=vec)
        st.vectorize(jii)
        if parallel:
            f = ro
            for a in others:
                f = st.fuse(f, a)
            st.parallel(f)
        return jo
    io, jo, _ii, ji = st.tile(sp[-2], sp[-1], ti, tj)
    _jio, jii = st.split(ji, factor=vec)
    st.vectorize(jii)
    cols_first = len(sp) == 2 and -(-const_extent(sp[1]) // tj) > -(-const_extent(sp[0]) // ti)
    if cols_first:
        st.reorder(jo, io)
        io, jo = jo, io  # io: the outer loop, jo: the inner one
    if parallel:
        f = io
        for a in reversed(sp[:-2]):
            f = st.fuse(a, f)
        st.parallel(f)
    return jo


def _sum_of_products(op: Any) -> bool:
    """A float sum whose summand adds two or more products (``x[b, k] * wx[k, j] +
    h[b, k] * wh[k, j]``)."""
    red = op.body[0]
    if not (isinstance(red, E.Reduce) and red.combiner.name == "sum" and red.dtype.is_float):
        return False
    src = red.source[0]
    return isinstance(src, E.Binary) and src.op == E.Op.ADD and all(
        any(isinstance(n, E.Binary) and n.op == E.Op.MUL for n in walk(t))
        for t in (src.a, src.b))


def _tileable(op: Any) -> bool:
    sp = list(op.axis)
    return (op.is_reduction and op.num_outputs == 1 and len(sp) >= 2 and const_extent(sp[-1]) >= 4
            and all(const_extent(iv) for iv in sp))


def _packed_without_reuse(op: Any) -> bool:
    """An input the register tile would pack (read strided along the vector axis) is
    indexed by every spatial axis of ``op``: each of its elements serves one output
    element, so a tile reuses nothing from it and the packing copies all of it on every
    call. Capsule routing's agreement ``sum_d U[b, i, j, d] v[b, j, d]`` (U 24 MB) took
    19.3 ms register-tiled and 1.5 ms as a plain loop nest (AVX2, Zen 2, 2 threads)."""
    spatial = {iv.var for iv in op.axis}
    for t, _dim in strided_reads(op.body[0], op.axis[-1].var):
        for n in walk(op.body[0]):
            if isinstance(n, E.ProducerLoad) and n.tensor is t and spatial <= {
                    v for ix in n.indices for v in walk(ix) if isinstance(v, E.Var)}:
                return True
    return False


def _dot_lanes(op: Any, vec: int) -> int:
    """Lanes of vector partial sums for a float sum no register tile takes (its output's
    last axis is short, or it has one), whose innermost reduction loop is contiguous in the
    reads that use it and divides into vectors of ``vec`` (or ``vec // 2``): the conv2d
    weight gradient's ``sum over (n, y, x)`` into ``dW[k, c, 3, 3]``. 0 where none applies.
    """
    red = op.body[0]
    if not (op.is_reduction and op.num_outputs == 1 and red.combiner.name == "sum"
            and red.dtype.is_float and E.is_const(red.condition, True) and red.axis):
        return 0
    k = red.axis[-1].var
    ext = const_extent(red.axis[-1])
    if math.prod(const_extent(iv) for iv in red.axis) < 64:
        return 0
    contiguous = False
    for n in walk(red.source[0]):
        if isinstance(n, E.ProducerLoad):
            uses = [i for i, ix in enumerate(n.indices) if any(v is k for v in walk(ix))]
            if uses and uses != [len(n.indices) - 1]:
                return 0  # read across rows along k: lanes would gather
            contiguous = contiguous or bool(uses)
    return next((v for v in (vec, vec // 2) if v >= 4 and ext >= v and ext % v == 0), 0) \
        if contiguous else 0


def _column_tileable(op: Any) -> bool:
    """A reduction to a 1-D output ``out[j]`` whose inputs are all read at ``[..., j]`` (a
    bias gradient: a sum over the batch)."""
    sp = list(op.axis)
    if not op.is_reduction or op.num_outputs != 1 or len(sp) != 1 or const_extent(sp[0]) < 8:
        return False
    j = sp[0].var
    loads = [n for src in op.body[0].source for n in walk(src)
             if isinstance(n, E.ProducerLoad) and any(j in walk(ix) for ix in n.indices)]
    return bool(loads) and not any(
        n.indices[-1] is not j or any(j in walk(ix) for ix in n.indices[:-1]) for n in loads)


_TILE_ROWS = (1, 2, 3, 4, 6, 8, 12)  # register-tile rows the knobs offer
_TILE_COLS = (1, 2, 3, 4)  # register-tile columns the knobs offer, in vectors


def _fits(rows: int, cols: int, registers: int) -> bool:
    """rows x cols vector accumulators, one vector of the row operand per column and a
    broadcast, within the register file."""
    return rows * cols + cols + 1 <= registers


class _Auto:
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
        vals = [default]
        for v in others:
            if v not in vals:
                vals.append(v)
        self.knobs[name] = vals

    def _enumerate(self) -> None:
        reads = _reads(self.ops)
        single = len(self.out_ops) == 1
        for op in self.ops:
            if not _is_compute(op):
                continue
            n = self.names[op]
            if op not in self.out_ops and not op.is_reduction and op.num_outputs == 1:
                # A costly stage smaller than its reader (one rsqrt per row, read by every
                # element of the row) stays a stage of its own, computed once per value.
                inline = reads.get(op, 0) <= 1 and not (costly_per_use(op) and any(
                    _size(r) > _size(op) for r in self.ops if _is_compute(r)
                    and any(t.op is op for t in r.input_tensors)))
                self._knob(f"inline:{n}", inline, not inline)
            if op.num_outputs != 1 and (op not in self.out_ops or op.is_reduction):
                continue
            self._stage_knobs(op, n)
        out = self.out_op
        if single and _is_compute(out) and not out.is_reduction and len(out.axis) >= 2:
            shape = [const_extent(iv) for iv in out.axis]
            if any(_is_compute(op) and op.is_reduction and _tileable(op)
                   and [const_extent(iv) for iv in op.axis] == shape for op in self.ops):
                self._knob("epilogue", True, False)
            if 0 not in shape:
                vec = _Tiles(self.target, out.output(0).dtype).vec
                self._knob("rows", True, False)
                self._knob("interleave", _row_interleave(out, vec),
                           *(m for m in (1, 2, 4) if shape[-1] % (m * vec) == 0))
                streams = _streams(out, self.target)
                self._knob("rows.prefetch", streams, not streams)
        self._fuse_knobs(single)

    def _fuse_knobs(self, single: bool) -> None:
        """The fused sketch's knobs where the graph has one output with a leading axis and
        four or more stages: on by default where neither the epilogue nor the row fusion
        applies, and then the inlining follows its rule (single-reader stages, unless
        costly)."""
        out = self.out_op
        sched = [op for op in self.ops if _is_compute(op) and op.num_outputs == 1
                 and all(const_extent(iv) for iv in (*op.axis, *op.reduce_axis))]
        if not (single and out in sched and out.axis and len(sched) >= 4):
            return
        inlined = {op for op in self.ops if self.knobs.get(f"inline:{self.names[op]}",
                                                            [False])[0]}
        anchor = _epilogue_anchor(self.ops, out, inlined) if "epilogue" in self.knobs else None
        if anchor is not None and self.knobs[f"tile:{self.names[anchor]}"][0] == "none":
            anchor = None
        rows = "rows" in self.knobs and _row_stages(self.ops, out, inlined) is not None
        fused = anchor is None and not rows and _sliced_by_lead(self.ops, out)
        self._knob("fuse", fused, not fused)
        if fused:  # the output's outer loop then holds every stage's work
            self._knob(f"par:{self.names[out]}", True, False)
        if any(op.is_reduction and op.output(0).dtype.is_float for op in sched):
            self._knob("fuse.reassoc", True, False)
        if fused:
            readers = {op: [r for r in self.ops if _is_compute(r)
                            and any(t.op is op for t in r.input_tensors)] for op in self.ops}
            for op in self.ops:
                name = f"inline:{self.names[op]}"
                if name in self.knobs:
                    inline = len(readers[op]) == 1 and not costly_per_use(op)
                    self._knob(name, inline, not inline)

    def _stage_knobs(self, op: Any, n: str) -> None:
        t = _Tiles(self.target, op.output(0).dtype)
        regs = self.target.vector_registers
        if _tileable(op):
            ti, tj, vec = _tile_sizes(op, self.target)
            ext_i, ext_j = const_extent(op.axis[_row_axis(op)]), const_extent(op.axis[-1])
            tiles = [f"{r}x{c * vec}" for r in sorted({*_TILE_ROWS, ti}) for c in _TILE_COLS
                     if r <= ext_i and c * vec <= max(ext_j, vec) and _fits(r, c, regs)]
            default = "none" if _packed_without_reuse(op) else f"{ti}x{tj}"
            self._knob(f"tile:{n}", default, *tiles, "none")
            if strided_reads(op.body[0], op.axis[-1].var):
                self._knob(f"pack:{n}", True, False)
            if _sum_of_products(op):
                self._knob(f"reassoc:{n}", True, False)
        elif _column_tileable(op):
            ext = const_extent(op.axis[0])
            vec = min(t.vec, ext)
            self._knob(f"col:{n}", t.col if ext >= t.col else vec,
                       *(c * vec for c in (1, 2, 4) if c * vec <= ext), 0)
        elif dot := _dot_lanes(op, t.vec):
            self._knob(f"dot:{n}", dot, 0)
        elif not op.is_reduction and op.axis:
            ext = const_extent(op.axis[-1])
            ok = [v for v in (t.lanes, t.vec, 2 * t.vec, 4 * t.vec) if ext >= v and ext % v == 0]
            self._knob(f"vec:{n}", ok[0] if ok and ok[0] == t.lanes else 0, *ok, 0)
        if op.axis:
            par = _work(op) >= PARALLEL_MIN
            self._knob(f"par:{n}", par, not par)

    # ------------------------------------------------------------------ schedule
    def pick(self, name: str, absent: Any = None) -> Any:
        """Knob ``name`` of the config being scheduled: its value there, else the
        heuristic's; ``absent`` for a knob this graph doesn't have."""
        vals = self.knobs.get(name)
        return absent if vals is None else self.cfg.get(name, vals[0])

    def schedule(self, cfg: Config, parallel: bool) -> Schedule:
        self.cfg, self.parallel = cfg, parallel
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
            anchor = _epilogue_anchor(self.ops, out_op, inlined)
            if anchor is not None and pick(f"tile:{self.names[anchor]}") == "none":
                anchor = None
        if anchor is None and pick("rows", False):
            group = _row_stages(self.ops, out_op, inlined)
            if group is not None:
                vec = _Tiles(self.target, out_op.output(0).dtype).vec * pick("interleave")
                _row_fused(s, group, out_op, vec, self._par(out_op), pick("rows.prefetch", False))
                return s
        for op in self.ops:
            if not _is_compute(op) or op in inlined or op is anchor:
                continue
            if op.num_outputs != 1 and (op not in self.out_ops or op.is_reduction):
                continue
            if op is out_op and anchor is not None:
                self._epilogue_tiled(s, anchor, out_op)
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
        staged = [op for op in self.ops if _is_compute(op) and op is not out
                  and op not in inlined]
        entries = [op for op in staged if op.num_outputs == 1 and all(
            not _is_compute(t.op) for t in op.input_tensors)]
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
                _place_and_vectorize(s[op], ax[1:] if len(ax) > 1 else ax, self.target)
        _place_and_vectorize(ost, sp[1:], self.target)

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
        tile (``_Tiles``) over all reduction loops (cache_write + compute_at), vectorized.
        Not where the tile would reuse nothing of an input it packs
        (``_packed_without_reuse``): the heuristic's tile is then "none"."""
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
        row = _row_axis(op)
        jo = _tile_output(s, op, ti, tj, vec, self._par(op), row)
        s[cc].compute_at(s[op], jo)
        _accumulate(s[cc], vec, row)
        return True

    def _dot(self, s: Schedule, op: Any, lanes: int) -> None:
        """A sum ``_dot_lanes`` takes: its innermost reduction loop split by ``lanes`` and
        ``rfactor``-ed into a vector of partial sums, computed per output element (at the
        innermost output loop) and then added up: vector FMAs over contiguous reads where
        the plain nest ran one dependent scalar add per element (the conv2d weight gradient
        of a 16 -> 32 channel 3 x 3 layer, batch 64 at 8 x 8: 10.8 -> 1.75 ms on AVX2 (Zen 2, 2
        threads); with a short last output axis (3) accumulated side by side, 0.63 ms)."""
        st = s[op]
        k = st.op.reduce_axis[-1]
        _ko, ki = st.split(k, factor=lanes)
        sp = list(st.op.axis)
        rf = s.rfactor(op.output(0), ki, factor_axis=len(sp))  # lanes last: contiguous
        rs = s[rf]
        *rest, rk = rs.op.axis
        if len(sp) >= 2 and 1 < const_extent(sp[-1]) <= MAX_DOT_ROW:
            # a short last output axis: its partial sums side by side, independent chains
            rs.reorder(*rest[:-1], *rs.op.reduce_axis, rest[-1], rk)
            rs.unroll(rest[-1])
            rs.vectorize(rk)
            rs.compute_at(st, sp[-2])
        else:
            rs.reorder(*rest, *rs.op.reduce_axis, rk)
            rs.vectorize(rk)
            if sp:
                rs.compute_at(st, sp[-1])

    def _column_tiled(self, s: Schedule, op: Any) -> bool:
        """A column reduction (``_column_tileable``): a slice of ``col`` lanes of ``out``
        accumulates in vector registers while the reduction loops run outside it, reading
        contiguous rows."""
        tj = self.pick(f"col:{self.names[op]}", 0)
        if not tj:
            return False
        sp = list(op.axis)
        vec = min(self.target.vector_lanes(op.output(0).dtype), const_extent(sp[0]), tj)
        st = s[op]
        cc = s.cache_write(op.output(0), "local")
        jo, ji = st.split(sp[0], factor=tj)
        _jio, jii = st.split(ji, factor=vec)
        st.vectorize(jii)
        s[cc].compute_at(st, jo)
        cst = s[cc]
        cj = cst.op.axis[0]
        cst.reorder(*cst.op.reduce_axis, cj)
        cjo, cji = cst.split(cj, factor=vec)
        cst.unroll(cjo)
        cst.vectorize(cji)
        if self._par(op):
            st.parallel(jo)
        return True

    def _epilogue_tiled(self, s: Schedule, anchor: Any, out_op: Any) -> None:
        """``anchor``'s register tile computed at each tile of its elementwise consumer
        (the tile's loops in parallel as ``anchor``'s would be)."""
        ti, tj, vec = self._tile(anchor)  # type: ignore[misc]
        if self.pick(f"pack:{self.names[anchor]}", False):
            pack_strided(s, anchor, anchor.axis[-1].var, tj, self.parallel)
        row = _row_axis(anchor)
        jo = _tile_output(s, out_op, ti, tj, vec, self._par(anchor), row)
        s[anchor].compute_at(s[out_op], jo)
        _accumulate(s[anchor], vec, row)

    def _loop_nest(self, s: Schedule, op: Any) -> None:
        if self._register_tiled(s, op) or self._column_tiled(s, op):
            return
        st = s[op]
        axes = list(st.op.axis)
        dot = self.pick(f"dot:{self.names[op]}", 0)
        if dot:
            self._dot(s, op, dot)
        if not axes:
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


def _place_and_vectorize(st: Any, sp: list[Any], target: Target) -> None:
    """Loops ``sp`` of a stage in the fused sketch: its reduction outermost when it reduces
    more than ``sp`` holds, else around the last axis; its contiguous trailing axes
    vectorized."""
    red = list(st.op.reduce_axis)
    if not sp:
        return
    if red and math.prod(const_extent(iv) for iv in red) >= math.prod(
            const_extent(iv) for iv in sp):
        st.reorder(*red, *sp)
        vectorize_trailing(st, sp, target)
    elif red:
        st.reorder(*sp[:-1], *red, sp[-1])
        last = const_extent(sp[-1])
        if last >= 8 and last % 8 == 0:
            vectorize_trailing(st, sp[-1:], target)
        elif 1 < last <= MAX_UNROLL:
            st.unroll(sp[-1])
    else:
        vectorize_trailing(st, sp, target, shortest=True)


MAX_UNROLL = 32  # a loop of up to this many iterations may be unrolled
MAX_DOT_ROW = 8  # a dot's last output axis up to this long accumulates side by side


def vectorize_trailing(st: Any, axes: list[Any], target: Target, shortest: bool = False
                       ) -> None:
    """Vectorize the innermost loops: the trailing ``axes`` that every read indexes the
    same way as the stage's own output (or not at all) are fused, so the flattened index
    stays contiguous; an axis read differently (``M[b, i, 0]`` beside ``A[b, i, j]``)
    stops the fusion, since lanes across it would need a gather per lane. With ``shortest``
    only the shortest suffix that fills whole vectors is fused: a stage whose inlined
    producers are smaller than it (``c[i, j] * U[i, j, d]``) then reads them at loop
    indices, where over the fused axis each vector recomputed ``f // 16 % 10`` and the like
    (a third of capsule routing's gradient)."""
    axes = _uniformly_read_suffix(st.op, axes)
    if not axes:
        return
    full = target.vector_lanes(st.op.output(0).dtype)
    if shortest:
        for n in range(1, len(axes)):
            if math.prod(const_extent(iv) for iv in axes[-n:]) % full == 0:
                axes = axes[-n:]
                break
    total = math.prod(const_extent(iv) for iv in axes)
    f = st.fuse(*axes) if len(axes) > 1 else axes[0]
    if total < 8:
        if 1 < total <= MAX_UNROLL:
            st.unroll(f)
        return
    lanes = next((n for n in (full, full // 2) if n >= 4 and total % n == 0), None)
    if lanes is None and total <= full:
        st.vectorize(f)  # one vector of an odd width (10 lanes)
        return
    lanes = lanes or full
    if total == lanes:
        st.vectorize(f)
        return
    _, vi = st.split(f, factor=lanes)
    st.vectorize(vi)


def _uniformly_read_suffix(op: Any, axes: list[Any]) -> list[Any]:
    """The longest suffix of ``axes`` that each input read of ``op`` either ignores or
    indexes with exactly those axes, as its own last indices in the same order."""
    loads = [n for b in op.body for n in walk(b) if isinstance(n, E.ProducerLoad)]
    out: list[Any] = []
    for iv in reversed(axes):
        cand = [iv, *out]
        vs = [a.var for a in cand]
        ok = True
        for ld in loads:
            uses = [any(n is v for n in walk(ix) for v in vs) for ix in ld.indices]
            if not any(uses):
                continue
            tail = ld.indices[len(ld.indices) - len(vs):]
            if len(ld.indices) < len(vs) or any(a is not v for a, v in zip(tail, vs, strict=True)) \
                    or any(uses[: len(ld.indices) - len(vs)]):
                ok = False
                break
        if not ok:
            break
        out = cand
    return out


__all__ = ["auto_knobs", "auto_schedule", "const_extent", "pack_strided", "strided_reads",
           "vectorize_trailing"]
