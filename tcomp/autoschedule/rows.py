"""Row-wise outputs (softmax, layer norm, squash) computed row by row, the epilogue's
anchor reduction, a pooling's anchor computed strip by strip, and the fused sketch's
slicing check (layer 6).

Each rule takes a graph (its ops in topological order) and says whether it applies, or
applies it to a schedule.
"""

from __future__ import annotations

from typing import Any

from ..ir import expr as E
from ..ir.visitor import walk
from ..schedule.schedule import Schedule
from .graph import const_extent, is_compute, is_padding
from .tiling import accumulate_tile, register_tileable, row_axis


def row_stages(ops: list[Any], out_op: Any, inlined: set[Any]) -> list[Any] | None:
    """The stages a row-wise output (softmax, layer norm, squash: elementwise, 2+ axes)
    can compute per row: every other stage left is a reduction over the last axis to one
    value per row, or an elementwise stage of the output's shape; else None."""
    if not is_compute(out_op) or out_op.is_reduction or len(out_op.axis) < 2:
        return None
    shape = [const_extent(iv) for iv in out_op.axis]
    if 0 in shape:
        return None
    lead = shape[:-1]
    group = []
    for op in ops:
        if not is_compute(op) or op is out_op or op in inlined:
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


def sliced_by_lead(ops: list[Any], out_op: Any) -> bool:
    """Whether every stage the fused sketch computes inside the output's leading loop (all
    but the entry stages, which read graph inputs only) is read there through that loop's
    own index, in every reader: each iteration then computes its slice of the stage, not
    the whole of it again. A layer norm's weight gradient, a sum over rows into a 64-wide
    output, reads each row's mean at the reduction's row index: fused, the means were
    computed 64 times (1.47 ms where the stage-by-stage schedule took 0.025)."""
    readers: dict[Any, list[Any]] = {}
    for op in ops:
        if is_compute(op):
            for t in op.input_tensors:
                readers.setdefault(t.op, []).append(op)
    sliced = {out_op}
    for op in reversed(ops):  # consumers before producers
        if op is out_op or not is_compute(op) or not op.axis:
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
        elif not all(not is_compute(t.op) for t in op.input_tensors):
            return False  # (an entry stage, reading graph inputs only, runs once at root)
    return True


def row_interleave(out_op: Any, vec: int) -> int:
    """Registers per vector of a row-wise output: up to four side by side, as the hand
    softmax and layer norm (schedules/cpu.py, interleave) do: independent exp chains and
    accumulators for the out-of-order core; only where the row takes four of them, and no
    more than two cache lines (128 bytes) per step. Zen 4, 2 threads, the automatic layer
    norm 4096 x 1024 with one, two and four registers: AVX-512 0.53, 0.57, 0.73 ms; AVX2
    0.86, 0.57, 0.54; softmax 8192 x 1024 AVX-512 2.19, 1.53, 1.60; AVX2 2.32, 1.91, 1.75."""
    last = const_extent(out_op.axis[-1])
    step = vec * out_op.output(0).dtype.itemsize
    return next((m for m in _ROW_INTERLEAVE if last % (m * vec) == 0 and last >= 4 * m * vec
                 and m * step <= 128), 1)


def row_fused(s: Schedule, group: list[Any], out_op: Any, vec: int, parallel: bool,
               prefetch: bool = False, lanes: int = 0) -> None:
    """Every stage of a row-wise output (``group``, from ``row_stages``) computed per row
    inside its (fused, parallel if ``parallel``) leading loops, as the hand softmax and layer
    norm do: a row's intermediates stay in L1. Row reductions long enough accumulate a
    vector of ``vec`` partial results (``rfactor``), added into one vector of ``lanes``
    (a second ``rfactor``) where ``vec`` is several registers of them, so that the last,
    serial combine is one register long (``schedules.cpu._row_reduction``); elementwise
    stages and the output run vectorized along the row, ``vec`` lanes. With ``prefetch``,
    those vector loops prefetch the next row of the whole-shape tensors they read
    (``_prefetch_next_row``)."""
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
            for width in (vec, lanes) if 0 < lanes < vec else (vec,):
                if width != vec:
                    (kv,) = s[op.output(0)].op.reduce_axis
                    _kvo, ki = s[op.output(0)].split(kv, factor=width)
                rf = s.rfactor(op.output(0), ki)
                rs = s[rf]
                rk, *rest = rs.op.axis
                (rko,) = rs.op.reduce_axis
                rs.reorder(*rest, rko, rk)
                rs.vectorize(rk)
                rs.compute_at(st, row)
            ps = s[op.output(0)]
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


def _shifted_reads(op: Any, of: set[Any]) -> bool:
    """Every read by ``op`` of a stage in ``of`` is at ``op``'s own indices plus constants
    (``adj[n, c, y + 1, x + 1]``: the crop of a convolution's padded data gradient)."""
    ivs = [iv.var for iv in op.axis]
    for b in op.body:
        for n in walk(b):
            if isinstance(n, E.ProducerLoad) and n.tensor.op in of:
                if len(n.indices) != len(ivs):
                    return False
                for ix, v in zip(n.indices, ivs, strict=True):
                    if ix is v:
                        continue
                    if not (isinstance(ix, E.Binary) and ix.op is E.Op.ADD and ix.a is v
                            and isinstance(ix.b, E.Const)):
                        return False
    return True


def covers(cand: Any, shape: list[int]) -> bool:
    """``cand``'s output has ``shape``'s rank and at least its extent on every axis."""
    own = [const_extent(iv) for iv in cand.axis]
    return len(own) == len(shape) and all(a >= b > 0 for a, b in zip(own, shape, strict=True))


def _chain(ops: list[Any], cand: Any, inlined: set[Any]) -> tuple[set[Any], list[Any]]:
    """``cand`` with the inlined stages that read it (transitively), and the other stages
    that read any of them."""
    chain = {cand}
    for op in ops:
        if op in inlined and any(t.op in chain for t in op.input_tensors):
            chain.add(op)
    readers = [op for op in ops if is_compute(op) and op not in chain
               and any(t.op in chain for t in op.input_tensors)]
    return chain, readers


def epilogue_anchor(ops: list[Any], out_op: Any, inlined: set[Any]) -> Any:
    """The register-tileable reduction ``out_op`` can compute in its epilogue, or None: of
    ``out_op``'s shape, or larger and read at shifted indices (the region its tile reads is
    computed there, so a cropped result computes only what is kept)."""
    if not is_compute(out_op) or out_op.is_reduction or len(out_op.axis) < 2:
        return None
    shape = [const_extent(iv) for iv in out_op.axis]
    for cand in ops:
        if not (is_compute(cand) and cand.is_reduction and cand.num_outputs == 1
                and covers(cand, shape) and shape[-1] >= 4):
            continue
        if [const_extent(iv) for iv in cand.axis] != shape:
            # a larger anchor: read by the output alone, at shifted indices
            readers = [op for op in ops if is_compute(op)
                       and any(t.op is cand for t in op.input_tensors)]
            if readers == [out_op] and _shifted_reads(out_op, {cand}):
                return cand
            continue
        chain, readers = _chain(ops, cand, inlined)
        if readers == [out_op] and all(_identity_reads(op, chain) for op in chain - {cand}) \
                and _identity_reads(out_op, chain):
            return cand
    return None


def _window(ix: E.Expr, v: E.Var, red: dict[Any, int]) -> bool:
    """``ix`` is ``v`` itself, or ``v * k + r`` with ``r`` a reduction axis of extent ``k``:
    windows that tile the axis without overlap, so no element is read by two of them."""
    if ix is v:
        return True
    if not (isinstance(ix, E.Binary) and ix.op is E.Op.ADD and isinstance(ix.a, E.Binary)
            and ix.a.op is E.Op.MUL and ix.a.a is v and isinstance(ix.a.b, E.Const)):
        return False
    return red.get(ix.b) == int(ix.a.b.value)


def pooled_anchor(ops: list[Any], out_op: Any, inlined: set[Any]) -> Any:
    """The register-tileable reduction that a window reduction ``out_op`` (a max pooling)
    can compute strip by strip inside its own loops, or None: read
    by ``out_op`` alone, through inlined elementwise stages at their own indices (a bias
    and ReLU), at ``out_op``'s leading indices and in non-overlapping windows over its last
    two axes, with the tile's rows (``row_axis``) among the leading axes."""
    if not (is_compute(out_op) and out_op.is_reduction and out_op.num_outputs == 1
            and len(out_op.axis) >= 3 and all(const_extent(iv) for iv in out_op.axis)):
        return None
    axes = [iv.var for iv in out_op.axis]
    red = {iv.var: const_extent(iv) for iv in out_op.reduce_axis}
    for cand in ops:
        if cand is out_op or not (is_compute(cand) and register_tileable(cand)
                                  and len(cand.axis) == len(axes)):
            continue
        chain, readers = _chain(ops, cand, inlined)
        loads = [n for b in out_op.body for n in walk(b)
                 if isinstance(n, E.ProducerLoad) and n.tensor.op in chain]
        if readers != [out_op] or not loads or row_axis(cand) % len(axes) >= len(axes) - 2 \
                or not all(_identity_reads(op, chain) for op in chain - {cand}):
            continue
        if all(len(n.indices) == len(axes)
               and all(ix is v for ix, v in zip(n.indices[:-2], axes[:-2], strict=True))
               and all(_window(ix, v, red) for ix, v in zip(n.indices[-2:], axes[-2:],
                                                            strict=True)) for n in loads):
            return cand
    return None


def padded_input(ops: list[Any], op: Any, inlined: Any = frozenset()) -> Any:
    """The one padding stage (``is_padding``) among ``op``'s inputs, read by ``op`` alone and
    not in ``inlined``, else None."""
    pads = [t.op for t in op.input_tensors if is_compute(t.op) and t.op not in inlined
            and is_padding(t.op)]
    if len(pads) != 1 or sum(1 for r in ops if is_compute(r) and any(
            t.op is pads[0] for t in r.input_tensors)) != 1:
        return None
    return pads[0]


def pooled(s: Schedule, out_op: Any, anchor: Any, tile: tuple[int, int, int],
           parallel: bool, pad: Any, lanes: int) -> None:
    """``anchor``'s register tiles (``tile``: rows, columns, lanes) computed per strip of
    the pooling ``out_op`` (its leading axes but the tile's rows, fused and parallel): the
    strip's rows of every channel land in a buffer in L1 and are pooled from there, with
    ``out_op``'s last axis in vectors of ``lanes``; ``pad`` (a padded input), when given,
    is copied per strip too. The pooled-over tensor is never written to memory. Conv 16 ->
    32 channels 3 x 3 at 16 x 16, batch 32, bias, ReLU and 2 x 2 max pooling, 2 threads,
    Zen 4: 408 us as two kernels, 362 fused (AVX2: 440 and 381)."""
    ti, tj, vec = tile
    st = s[out_op]
    sp = list(out_op.axis)
    row = row_axis(anchor) % len(sp)
    others = [a for k, a in enumerate(sp[:-1]) if k != row]
    last = const_extent(sp[-1])
    # one vector at a time through the whole window, so that its maximum stays in a
    # register (with the window outside a loop of vectors, each step was a masked store:
    # 3 -> 16 channels at 32 x 32 on AVX2, 371 us where one vector took 171)
    xo, xi = st.split(sp[-1], factor=lanes) if last > lanes and last % lanes == 0 \
        else (None, sp[-1])
    st.reorder(*others, sp[row], *(xo,) * (xo is not None), *out_op.reduce_axis, xi)
    if 4 <= min(last, lanes):
        st.vectorize(xi)
    strip = st.fuse(*others) if len(others) > 1 else others[0]
    if parallel:
        st.parallel(strip)
    cc = s.cache_write(anchor.output(0), "local")
    ast = s[anchor]
    ast.compute_at(st, strip)
    ax = list(anchor.axis)
    ro, ri = ast.split(ax[row], factor=ti)
    jo, ji = ast.split(ax[-1], factor=tj)
    ast.reorder(*(a for k, a in enumerate(ax[:-1]) if k != row), ro, jo, ri, ji)
    ast.vectorize(ast.split(ji, factor=vec)[1])
    s[cc].compute_at(ast, jo)
    accumulate_tile(s[cc], vec, row)
    if pad is not None:
        s[pad].compute_at(st, strip)
