"""Register tiles of matmul-like reductions, column tiles of column reductions and vector
partial sums of dots: which reductions qualify, the tile sizes the target allows, and the
primitives that build them (layer 6).
"""

from __future__ import annotations

import math
from typing import Any

from ..codegen.target import CACHE_LINE, Target
from ..dsl.tensor import Tensor
from ..ir import expr as E
from ..ir.visitor import walk
from ..schedule.schedule import Schedule
from .graph import const_extent


class TargetTiles:
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


# Rows of W a pack gathers from at a time, where they lie a multiple of PACK_ALIAS bytes
# apart. Such rows fall into a few sets of the L1 cache (4 KB apart: one), of 8 ways on Zen 4
# (12 on Intel's recent cores), so a panel's 32 rows evicted each other at every step. x @
# W.T + b, 2 threads, Zen 4, in-process, old/new: AVX-512 (32-wide panels) 16 x 1024 ->
# 1024 2.8x, 64 x 1024 -> 128 2.0x, 32 x 2048 -> 256 2.2x, 256 x 1024 -> 1024 1.14x; AVX2
# (16-wide) 1.6x, 1.15x, 1.45x, 1.07x (few rows run as dots since, ``few_rows``). At other
# strides the whole panel's gathers were 3-14% faster (AVX-512: K = 784, 300, 256, 128).
PACK_ROWS = 8
PACK_ALIAS = 2048


def pack_strided(s: Schedule, op: Any, jvar: Any, tj: int, parallel: bool = True) -> None:
    """An input that the vector axis j indexes in a non-last dimension (W[j, k] in x @ W.T)
    would be read with strided gathers: pack it into tj-wide panels, contiguous in j. The
    copy runs in parallel over the panels (``PACK_ROWS`` rows of a panel at a time where
    the rows would share cache sets), or where there are few (capsule routing's W: one
    panel of 16) over the input's first other axis."""
    for t, dim in strided_reads(op.body[0], jvar):
        pack_whole(s, t, dim, tj, s[op], parallel)


def pack_whole(s: Schedule, t: Tensor, dim: int, tj: int, reader: Any, parallel: bool) -> None:
    """Input ``t``, as read by stage ``reader``, packed at root into tj-wide panels of its
    dimension ``dim``, each contiguous along the others (``pack_strided``, ``pack_panels``)."""
    packed = s[s.cache_read(t, "global", [reader], layout=("pack", dim, tj))]
    axes = list(packed.op.axis)
    po, pi = packed.split(axes[dim], factor=tj)
    others = [a for d, a in enumerate(axes) if d != dim]
    panels = -(-const_extent(axes[dim]) // tj)
    # the row stride in bytes, 0 where a trailing dimension is symbolic (not grouped)
    row = math.prod(int(d.value) if isinstance(d, E.Const) else 0
                    for d in t.shape[dim + 1:]) * t.dtype.itemsize
    grouped = tj % PACK_ROWS == 0 and tj > PACK_ROWS and row > 0 and row % PACK_ALIAS == 0
    if others and panels < (4 if grouped else 8):
        packed.reorder(others[0], po, *others[1:], pi)
        outer = others[0]
    elif grouped:
        # PACK_ROWS rows of a panel at a time, along all the other axes; a panel's groups
        # on one thread (two threads writing 32-byte pieces of one panel row shared its
        # cache lines: W 128 x 1024 took 79-241 us where a thread per panel took 33;
        # copied in parallel along the reduction, as fewer than 8 panels were, 115)
        pio, pi = packed.split(pi, factor=PACK_ROWS)
        packed.reorder(po, pio, *others, pi)
        outer = po
    else:
        packed.reorder(po, *others, pi)
        outer = po
    if tj % 8 == 0:
        packed.vectorize(pi)  # gathers: about 2x faster than scalar copies here
    if parallel:
        packed.parallel(outer)


def aliased_reads(red: Any, jvar: Any) -> list[tuple[Tensor, int]]:
    """Inputs of reduction ``red`` read contiguously along ``jvar`` (their last index) and
    along reduction variables only elsewhere (every row tile reads the same panel), whose
    rows lie a multiple of ``PACK_ALIAS`` bytes apart (an LSTM's ``Wx[k, j]`` with 1024
    columns), each once with the rows a register tile's panel of it has (the extents of the
    dimensions the reduction indexes). A panel's rows, one piece of each, fall into few
    cache sets (4 KB apart: one L1 set, and in L2 as few as the physical pages allow), so
    they evict each other."""
    rvars = {iv.var for iv in getattr(red, "axis", ())}
    loads: dict[int, list[Any]] = {}  # every read of each input, by the tensor's id
    for n in walk(red):
        if isinstance(n, E.ProducerLoad):
            loads.setdefault(id(n.tensor), []).append(n)
    out: list[tuple[Tensor, int]] = []
    for ns in loads.values():  # every read qualifies (none strided: pack_strided's)
        t = ns[0].tensor
        found = [(d, v) for n in ns for d, ix in enumerate(n.indices[:-1]) for v in walk(ix)
                 if isinstance(v, E.Var)]
        if not found or any(v not in rvars for _, v in found) or any(
                len(n.indices) < 2 or n.indices[-1] is not jvar for n in ns):
            continue
        shape = [int(d.value) if isinstance(d, E.Const) else 0 for d in t.shape]
        if shape[-1] and shape[-1] * t.dtype.itemsize % PACK_ALIAS == 0:
            out.append((t, math.prod(shape[d] for d in sorted({d for d, _ in found}))))
    return out


# Row tiles a panel serves at the least for ``panels_pay``: with fewer the copy lost time
# (AVX2, Zen 4: 2 and 3 row tiles 18-34% slower, 6 between 9% slower and 10% faster).
PANEL_ROW_TILES = 8


def panels_pay(op: Any, ti: int, tj: int, target: Target) -> bool:
    """``pack_panels`` by default: a 2-D output with ``PANEL_ROW_TILES`` row tiles or more
    (each panel serves them all), a tile row of the panel one cache line or less, and panels
    of more lines than L2 keeps at one offset in a 4 KB page (L2 bytes / 4096, whatever its
    associativity), so each row tile would fetch them again from L3. Zen 4, x @ W + b, ms
    without / with panels, 2 threads, column tiles outermost: 64 x 1024 -> 1024, AVX2 (6 x
    16 tile) 0.94 / 0.72, AVX-512 6 x 16 1.17 / 0.71, 12 x 16 0.90 / 0.88, but 12 x 32 (two
    lines a row, which the adjacent-line prefetch fetches together) 0.66 / 0.72 and 6 x 32
    0.65 / 0.69; AVX2 128 x 512 -> 2048 1.81 / 1.33; an LSTM cell (AVX2) 0.41 / 0.41 on 4 KB
    pages and 0.46 / 0.41 on 2 MB ones. Row tiles outermost (the whole weight packed): AVX2
    512 x 1024 -> 1024 8.10 / 5.19, 256 x 1024 -> 512 1.74 / 1.33; AVX-512 (12 x 32) 5.47 /
    5.42 and 1.38 / 1.45. AVX2, 1 thread, by rows (row tiles): 32 x 1024 -> 1024 (6) 0.91 /
    0.82, but 32 x 512 -> 512 (6) 0.175 / 0.190, 13 (3) 0.090 / 0.107, 8 x 1024 -> 1024 (2)
    0.29 / 0.38."""
    reads = aliased_reads(op.body[0], op.axis[-1].var)
    if not reads or len(op.axis) != 2 or tj * op.output(0).dtype.itemsize > CACHE_LINE \
            or -(-const_extent(op.axis[0]) // ti) < PANEL_ROW_TILES:
        return False
    return sum(rows for _, rows in reads) > target.cache_sizes["l2"] // 4096


def pack_panels(s: Schedule, op: Any, reader: Any, at: Any, cols: Any, tj: int,
                parallel: bool) -> None:
    """``op``'s ``aliased_reads``, as read by stage ``reader``, copied into tj-wide panels,
    contiguous along the reduction (as BLAS packs B). Where the column tiles are the outer
    loop (``cols``: that loop of stage ``at``, ``tile_output``'s third result), into a local
    panel computed there, by the thread that reads it, right before its row tiles do; else
    the whole input, once, at root (every row tile reads every panel), in parallel if
    ``parallel`` (``panels_pay``)."""
    for t, _rows in aliased_reads(op.body[0], op.axis[-1].var):
        if cols is None:
            pack_whole(s, t, len(t.shape) - 1, tj, reader, parallel)
            continue
        packed = s[s.cache_read(t, "local", [reader])]
        packed.vectorize(packed.op.axis[-1])
        packed.compute_at(at, cols)


def columns_first(op: Any, ti: int, tj: int) -> bool:
    """``tile_output`` runs the column tiles of 2-D ``op`` outermost: there are more of them
    than row tiles."""
    sp = op.axis
    return len(sp) == 2 and -(-const_extent(sp[1]) // tj) > -(-const_extent(sp[0]) // ti)


def row_axis(op: Any) -> int:
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


def rows_share_nothing(op: Any, row: int) -> bool:
    """Every input of ``op`` is indexed by its axis ``row``: no value read for one row of a
    register tile serves another, so rows only add streams. A causal depthwise conv1d
    ``y[b, c, t] = sum_k w[c, k] x[b, c, t - k]`` tiled 8 channels by 32 steps read 8 rows of
    x and wrote 8 of y, each 4 KB from the next (the same L1 sets), and ran at 0.47 ms; one
    channel by 64 steps at 0.15 (AVX-512, Zen 4, 2 threads)."""
    v = op.axis[row].var
    return all(any(x is v for ix in n.indices for x in walk(ix)) for src in op.body[0].source
               for n in walk(src) if isinstance(n, E.ProducerLoad))


def tile_sizes(op: Any, target: Target) -> tuple[int, int, int]:
    i, j = op.axis[row := row_axis(op)], op.axis[-1]
    t = TargetTiles(target, op.output(0).dtype)
    # A narrow last axis (a 10-class output) is one vector of that many lanes.
    vec = min(t.vec, const_extent(j))
    ti = 1 if rows_share_nothing(op, row) else min(t.ti, const_extent(i))
    if len(op.axis) > 2 and const_extent(i) % ti:
        # The row tiles are fused with the leading (batch) axes into the parallel loop, so
        # a last, partial tile can't be peeled: its accumulator tile would have a variable
        # extent and live in memory (a 16 x 128 x 128 batched matmul with 12-row tiles ran
        # 20x slower than numpy). Take the largest divisor of the rows not under half the
        # register tile instead (8 for 128 rows).
        div = max(d for d in range(1, ti + 1) if const_extent(i) % d == 0)
        ti = div if 2 * div >= ti else ti
    if const_extent(j) < t.tj:
        return ti, vec, vec
    # Fewer rows than the register tile holds (one, in a batch-1 layer): more columns, so
    # that enough accumulators hide the FMA latency; a count that divides the columns first.
    cols = [c for c in TILE_COLS if c >= 2 and c * t.vec <= const_extent(j)
            and tile_fits(ti, c, target.vector_registers)] if ti < t.ti else [2]
    even = [c for c in cols if const_extent(j) % (c * t.vec) == 0]
    return ti, max(even or cols or [2]) * t.vec, vec


def accumulate_tile(st: Any, vec: int, row: int) -> None:
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


def tile_output(s: Schedule, op: Any, ti: int, tj: int, vec: int, parallel: bool,
                 row: int, strips: bool = False) -> tuple[Any, Any, Any]:
    """Tile the axis ``row`` and the last axis of ``op`` (ti x tj, vectorized); returns the
    inner tile loop, with ``strips`` the parallel loop of the strips (else None), and the
    column-tile loop where it is the outer one (``columns_first``; else None).

    The outer tile loop runs in parallel (if ``parallel``): the row tiles, or for a 2-D
    output with more column tiles than row tiles, the column tiles (x @ W.T with 128 rows
    and 512 columns: 16 column tiles split evenly over 2 threads where 11 row tiles split
    6:5, and each thread keeps its own panels of W; 524 -> 377 us, torch 347 us). With
    ``strips`` and rows from an outer axis, the other axes but the last (a conv's image and
    output row: a strip) run outermost and in parallel, the row tiles inside each strip, so
    a stage computed per strip (a padded input) is read by the thread that wrote it."""
    st = s[op]
    sp = list(op.axis)
    if row % len(sp) != len(sp) - 2:  # rows of an outer axis: the others between
        ro, ri = st.split(sp[row], factor=ti)
        jo, ji = st.split(sp[-1], factor=tj)
        others = [a for k, a in enumerate(sp[:-1]) if k != row % len(sp)]
        strips = strips and parallel and bool(others)
        st.reorder(*((*others, ro) if strips else (ro, *others)), jo, ri, ji)
        _jio, jii = st.split(ji, factor=vec)
        st.vectorize(jii)
        if parallel:
            f = others[0] if strips else ro
            for a in others[1:] if strips else others:
                f = st.fuse(f, a)
            st.parallel(f)
            if strips:
                return jo, f, None
        return jo, None, None
    io, jo, _ii, ji = st.tile(sp[-2], sp[-1], ti, tj)
    _jio, jii = st.split(ji, factor=vec)
    st.vectorize(jii)
    cols_first = columns_first(op, ti, tj)
    if cols_first:
        st.reorder(jo, io)
        io, jo = jo, io  # io: the outer loop, jo: the inner one
    if parallel:
        f = io
        for a in reversed(sp[:-2]):
            f = st.fuse(a, f)
        st.parallel(f)
    return jo, None, io if cols_first else None


def sum_of_products(op: Any) -> bool:
    """A float sum whose summand adds two or more products (``x[b, k] * wx[k, j] +
    h[b, k] * wh[k, j]``)."""
    red = op.body[0]
    if not (isinstance(red, E.Reduce) and red.combiner.name == "sum" and red.dtype.is_float):
        return False
    src = red.source[0]
    return isinstance(src, E.Binary) and src.op == E.Op.ADD and all(
        any(isinstance(n, E.Binary) and n.op == E.Op.MUL for n in walk(t))
        for t in (src.a, src.b))


def register_tileable(op: Any) -> bool:
    sp = list(op.axis)
    return (op.is_reduction and op.num_outputs == 1 and len(sp) >= 2 and const_extent(sp[-1]) >= 4
            and all(const_extent(iv) for iv in sp))


def packed_without_reuse(op: Any) -> bool:
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


def dot_lanes(op: Any, vec: int) -> int:
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


def column_tile(s: Schedule, op: Any, tj: int, lanes: int, parallel: bool) -> None:
    """A column reduction: a slice of ``tj`` lanes of the output accumulates in vector
    registers (``lanes`` wide) while the reduction loops run outside it, reading contiguous
    rows; the slices in parallel if ``parallel``."""
    sp = list(op.axis)
    vec = min(lanes, const_extent(sp[0]), tj)
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
    if parallel:
        st.parallel(jo)


def column_tileable(op: Any) -> bool:
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


TILE_ROWS = (1, 2, 3, 4, 6, 8, 12)  # register-tile rows the knobs offer


TILE_COLS = (1, 2, 3, 4)  # register-tile columns the knobs offer, in vectors


def tile_fits(rows: int, cols: int, registers: int) -> bool:
    """rows x cols vector accumulators, one vector of the row operand per column and a
    broadcast, within the register file."""
    return rows * cols + cols + 1 <= registers


MAX_DOT_ROW = 8  # a dot's last output axis up to this long accumulates side by side

FEW_ROWS = 8  # rows, and row tiles of a dot (``dot_tile_rows``), that run x @ W.T as dots


def few_rows(op: Any, lanes: int) -> bool:
    """At most ``FEW_ROWS`` rows (the product of the spatial extents before the last), or,
    where the reduction is at least ``2 * lanes`` vectors long, 32 rows (``4 * FEW_ROWS``):
    packing the strided operand (``W`` of ``x @ W.T``) copies all of it for a handful of
    row tiles, where dots read it as stored. (Each dot ends in a sum of its vector's lanes,
    one by one: with a short reduction that sum is most of its work.) ``x @ W.T + b``, 2
    threads, Zen 4 (us, packed tile -> dots): AVX-512 16 x 1024 -> 1024 482 -> 273, 32 x
    1024 -> 1024 1526 -> 741, 24 x 512 -> 512 300 -> 156, 32 x 784 -> 256 104 -> 81, 160 ->
    117, 106 -> 106, but 32 x 256 -> 256 37-42 -> 53-60 and 8 x 256 -> 256 23 -> 18; AVX2
    16 x 1024 -> 1024 327 -> 274, 16 x 256 -> 256 22 -> 18, 16 x 784 -> 256 56 -> 45; with
    32 rows AVX2 was even (86 -> 81, 562 -> 587), and with 64 the tile won on both (AVX2 64
    x 512 -> 512: 203 against 279). With the dots' row tiles inside their column tiles
    (``_dot``), dots ran 32 rows on AVX2 (Zen 3) 1.10-1.27x as fast as the tile (medians of
    per-round ratios; medians: 32 x 784 -> 256 186 -> 167, x 256 -> 256 70 -> 53, x 512 ->
    512 216 -> 178, x 1024 -> 1024 970 -> 884), 48 rows about even (48 x 784 -> 256: a
    median per-round ratio of 1.01, medians 208 and 247 us) and 64 behind (315 -> 339)."""
    rows = math.prod(const_extent(iv) for iv in op.axis[:-1])
    red = math.prod(const_extent(iv) for iv in op.body[0].axis)
    return rows <= FEW_ROWS or (red >= 2 * lanes * lanes and rows <= 4 * FEW_ROWS)


NARROW_ROWS = 64  # rows up to which a narrow output of whole vectors runs as dots


def narrow_output(op: Any, vec: int) -> bool:
    """The output's last axis is under two vectors of ``vec`` lanes (a 10-class head), the
    reduction at least as long as there are rows (the product of the spatial extents before
    the last), and either the last axis fills its vectors only in part or the rows are few
    (``NARROW_ROWS``). A register tile would waste lanes, or pack the strided operand (``W``
    of ``x @ W.T``) on every call for few rows of reuse, where dots read both operands as
    stored, in whole vectors along the reduction. ``x @ W.T`` + bias, 2 threads, Zen 4 (ms,
    tile -> dots, AVX-512 and AVX2): 32 x 2048 -> 10 0.054 -> 0.021 and 0.033 -> 0.019;
    512 x 512 -> 10 0.054 -> 0.047 and 0.070 -> 0.049; 32 x 784 -> 8 0.024 -> 0.010 and
    0.011 -> 0.007; 32 x 2048 -> 16 (one AVX-512 vector) 0.066 -> 0.033. The tile kept its
    lead with more rows than the reduction (1024 x 128 -> 10 on AVX-512: 0.029 against
    0.039) and on whole vectors for many rows (256 x 256 -> 16: 0.016 against 0.025)."""
    rows = math.prod(const_extent(iv) for iv in op.axis[:-1])
    red = math.prod(const_extent(iv) for iv in op.body[0].axis)
    ext = const_extent(op.axis[-1])
    return ext < 2 * vec and rows <= red and (ext % vec != 0 or rows <= NARROW_ROWS)


def _unread_by_an_operand(op: Any, v: Any) -> bool:
    """Some input ``op``'s sum reads doesn't depend on the axis variable ``v``: its loads
    can be shared by outputs side by side along that axis."""
    return any(isinstance(n, E.ProducerLoad) and not any(x is v for i in n.indices
                                                         for x in walk(i))
               for n in walk(op.body[0].source[0]))


def dot_rows(op: Any, registers: int) -> int:
    """Values of the first output axis a dot with a short last axis (``MAX_DOT_ROW``)
    accumulates side by side, or 1: where the output has 3+ axes, some operand doesn't read
    the first one (its loads are shared), and 4 or 2 of them divide it with their chains
    fitting the registers beside one load per operand."""
    sp = list(op.axis)
    if len(sp) < 3 or not _unread_by_an_operand(op, sp[0].var):
        return 1
    ext, last = const_extent(sp[0]), const_extent(sp[-1])
    return next((r for r in (4, 2) if ext % r == 0 and r * last + r + last <= registers), 1)


def dot_outputs(ext: int, registers: int, rows: int = 1) -> int:
    """Output elements of a row accumulated side by side (``_dot``): 8 independent vector
    chains, enough to cover the FMA latency, leaving registers for the shared operand's
    vector and the other's load; with ``rows`` rows side by side (``dot_tile_rows``), 6 per
    row with 32 registers, 4 with 16. A divisor of the extent where one is at least 4."""
    most = max(2, min(8, registers - 4)) if rows == 1 else (6 if registers >= 32 else 4)
    return next((d for d in range(most, 3, -1) if ext % d == 0), most)


def dot_tile_rows(op: Any, registers: int) -> int:
    """Rows of a dot's output (its axis before the last) accumulated side by side with
    ``dot_outputs`` columns each, where an operand doesn't read the rows (``W`` of ``x @
    W.T``): each of its vectors then feeds every row, and each of the rows' vectors every
    column. 4 rows with 32 registers, 2 with 16, or the largest divisor of the rows below
    that. ``x @ W.T + b``, 2 threads, Zen 4, against one row of 8 outputs (the packed tile
    from 16 rows): AVX-512 (4 x 6) 8 x 1024 -> 1024 246 -> 125 us, 8 x 512 -> 512 53 -> 41,
    16 x 1024 -> 1024 789 -> 252 (tile); AVX2 (2 x 4) 8 x 1024 -> 1024 213 -> 124, 8 x 512
    -> 512 50 -> 36, 16 x 1024 -> 1024 262 -> 234 (tile)."""
    sp = list(op.axis)
    if len(sp) < 2 or not _unread_by_an_operand(op, sp[-2].var):
        return 1
    most, ext = (4 if registers >= 32 else 2), const_extent(sp[-2])
    return max(d for d in range(1, most + 1) if ext % d == 0)
