"""Hand-written CPU schedules: GEMM, a fused elementwise chain, row softmax, layer norm
(layer 7).

They show the primitives off and are the baselines the autotuner must beat. Each takes the
tensors of a definition from ``tcomp.ops`` and returns ``(schedule, args)``.
"""

from __future__ import annotations

import math
from typing import Any

import tcomp as tc


def target_of(target: Any) -> tc.Target:
    """``target`` as a Target: None is the host, a string is parsed, a Target is kept."""
    return tc.Target.host() if target is None else tc.Target.parse(target)


def gemm_tile(target: Any = None, dtype: Any = "float32") -> tuple[int, int, int]:
    """``(mr, nr, lanes)`` of a GEMM register tile for ``target`` (default: the host).

    ``mr`` rows of ``nvec`` accumulator vectors leave room in the register file for the
    ``nvec`` vectors of ``B`` and the broadcast of ``A``, rows capped at 8: 8 x 32 with
    AVX-512's 32 registers, 4 x 24 with AVX2's 16 (8 x 32 there needed 32 accumulators and
    spilled). With 16 registers three vectors wide hold as many accumulators as two (12) with
    fewer loads per FMA (7 per 12 instead of 8): on a Zen 4's AVX2, 4 x 24 ran GEMM 1024^3
    at 194-206 GFLOP/s against 6 x 16's 177-185, and was the template space's best after 64
    trials.
    """
    t = target_of(target)
    lanes = t.vector_lanes(dtype)
    nvec = 3 if t.vector_registers <= 16 else 2
    mr = max(1, min(8, (t.vector_registers - nvec - 1) // nvec))
    return mr, nvec * lanes, lanes


def matmul(A: tc.Tensor, B: tc.Tensor, C: tc.Tensor, *, mr: int | None = None,
           nr: int | None = None, mc: int | None = None, lanes: int | None = None,
           parallel: bool = True, pack_a: bool = False, target: Any = None
           ) -> tuple[tc.Schedule, list]:
    """Packed, register-blocked GEMM.

    ``B`` is packed into ``nr``-wide column panels (each panel contiguous in ``k``); an
    ``mr x nr`` tile of ``C`` accumulates in registers (``cache_write`` + ``compute_at``)
    over the whole ``k`` loop; ``mc`` rows of ``A`` stay in L2 while the panels stream by.
    Unset sizes come from ``target`` (default: the host; see ``gemm_tile``).
    """
    tmr, tnr, tlanes = gemm_tile(target, C.dtype)
    mr, nr, lanes = mr or tmr, nr or tnr, lanes or tlanes
    mc = mc or mr * max(1, 64 // mr)
    s = tc.create_schedule(C)
    BP = s.cache_read(B, "global", [C], layout=("pack", 1, nr))
    AP = s.cache_read(A, "global", [C], layout=("pack", 0, mr)) if pack_a else None
    CC = s.cache_write(C, "local")
    i, j = s[C].op.axis
    io, ii = s[C].split(i, factor=mr)
    ioo, io = s[C].split(io, factor=mc // mr)
    jo, ji = s[C].split(j, factor=nr)
    s[C].reorder(ioo, jo, io, ii, ji)
    _jio, jii = s[C].split(ji, factor=lanes)
    s[C].vectorize(jii)
    if parallel:
        s[C].parallel(ioo)
    s[CC].compute_at(s[C], io)
    ci, cj = s[CC].op.axis
    (k,) = s[CC].op.reduce_axis
    s[CC].reorder(k, ci, cj)
    cjo, cji = s[CC].split(cj, factor=lanes)
    s[CC].unroll(ci)
    s[CC].unroll(cjo)
    s[CC].vectorize(cji)
    bk, bn = s[BP].op.axis
    bno, bni = s[BP].split(bn, factor=nr)
    s[BP].reorder(bno, bk, bni)
    s[BP].vectorize(bni)
    if parallel:
        s[BP].parallel(bno)
    if AP is not None:
        am, ak = s[AP].op.axis
        amo, ami = s[AP].split(am, factor=mr)
        s[AP].reorder(amo, ak, ami)
        if parallel:
            s[AP].parallel(amo)
    return s, [A, B, C]


def _streams(t: tc.Target, out: tc.Tensor) -> bool:
    """The target's rule (``Target.streams``) for the output ``out``."""
    return t.streams(out.dtype.itemsize * math.prod(int(d.value) for d in out.shape))


def _stream(s: tc.Schedule, out: tc.Tensor, t: tc.Target, stream: bool | None) -> bool:
    """``stream`` (None: the target's rule, ``_streams``) for the output ``out``; whether it
    streams."""
    if _streams(t, out) if stream is None else stream:
        s[out].stream()
        return True
    return False


def elementwise_chain(stages: list[tc.Tensor], inputs: list[tc.Tensor], *,
                      lanes: int | None = None, interleave: int = 4, unroll: int = 1,
                      parallel: bool = True, prefetch_bytes: int = 2048,
                      stream: bool | None = None, target: Any = None
                      ) -> tuple[tc.Schedule, list]:
    """Inline every stage but the last, then one parallel, vectorized loop nest over it.

    ``lanes``: the target's vector width for the output's dtype unless given. The vector
    loop is ``interleave`` registers wide (``lanes * interleave`` lanes), which LLVM splits
    into that many registers computed side by side: a chain of dependent operations (exp's
    reduction and polynomial) then has independent work beside it, where an unrolled loop
    gives the out-of-order core the copies one after another and it runs out of scheduler
    entries before it reaches the next one (ISPC's double-width targets do the same). On
    AVX2 (Zen 2, 16 registers) the gelu chain took 0.56 ns per element with one register
    unrolled 4 times, 0.49 with two, 0.42 with four (some spills); ``unroll`` unrolls the
    wide vector loop further. Inputs of the output's rank (read once, from memory) are prefetched
    ``prefetch_bytes`` ahead (0: not): on the same machine the 4096² chain went from 6.4 to
    6.0-6.1 ms (a copy: 4.6 ms), with no gain from prefetching a whole row ahead instead.
    ``stream``: the output written past the caches (``Stage.stream``); unset, where the
    target says it pays (``Target.streams``).
    """
    out = stages[-1]
    tgt = target_of(target)
    lanes = (lanes or tgt.vector_lanes(out.dtype)) * interleave
    s = tc.create_schedule(out)
    for t in stages[:-1]:
        s[t].compute_inline()
    i, j = s[out].op.axis
    jo, ji = s[out].split(j, factor=lanes * unroll)
    jim, jii = s[out].split(ji, factor=lanes)
    s[out].vectorize(jii)
    s[out].unroll(jim)
    if parallel:
        s[out].parallel(i)
    ahead = prefetch_bytes // (lanes * unroll * out.dtype.itemsize)
    for t in inputs:
        if ahead and len(t.shape) == len(out.shape):
            s[out].prefetch(t, jo, ahead)
    _stream(s, out, tgt, stream)
    return s, [*inputs, out]


def softmax(X: tc.Tensor, stages: list[tc.Tensor], *, lanes: int | None = None,
            interleave: int = 4, parallel: bool = True, prefetch: int | None = None,
            stream: bool | None = None, target: Any = None) -> tuple[tc.Schedule, list]:
    """Row softmax with every stage computed per row inside the parallel row loop.

    The max and sum reductions are split and ``rfactor``-ed so their partial results are
    vectors of ``lanes * interleave`` (``lanes``: the target's width unless given; as in
    ``elementwise_chain``, ``interleave`` registers side by side, which here are also that
    many independent accumulators); the exponentials of a row stay in a row buffer in L1.
    With ``prefetch`` (rows ahead), the exponential pass, the longest computation of a row,
    prefetches the next row of ``X`` and the output pass the lines of its next row for
    writing (unless it streams): the memory traffic then overlaps the computation (the
    hardware prefetcher stops ahead of a row it has not seen touched). On AVX2 (Zen 2, 2
    threads) 8192 x 1024 took 5.2 ms without, 4.4 ms with the read and 4.2 ms with both
    prefetches (a copy of the array: 2.4 ms). A Zen 4's prefetchers follow the rows by
    themselves, and there the two prefetches cost time: 1.81 -> 1.57 ms without them on
    AVX-512, 2.38 -> 1.91 ms on AVX2 (a copy: 1.08 and 1.64 ms in those runs), before the
    output streamed. Unset, ``prefetch`` is ``softmax_prefetch``. ``stream`` as in
    ``elementwise_chain``.
    """
    mx, e, sm, y = stages
    t = target_of(target)
    vec = lanes or t.vector_lanes(y.dtype)
    prefetch = softmax_prefetch(t, y) if prefetch is None else prefetch
    lanes = vec * interleave
    s, i = _row_schedule(y, lanes, parallel)
    _row_reduction(s, mx, y, i, lanes, vec)
    _row_reduction(s, sm, y, i, lanes, vec)
    s[e].compute_at(s[y], i)
    ej = s[e].op.axis[1]
    ejo, eji = s[e].split(ej, factor=lanes)
    s[e].vectorize(eji)
    streamed = _stream(s, y, t, stream)
    if prefetch:
        ahead = prefetch * _row_iterations(y, lanes)
        s[e].prefetch(X, ejo, ahead)
        if not streamed:  # a line fetched for writing is what a streamed store avoids
            s[y].prefetch(y, s[y].leaf_iter_vars[1], ahead)
    return s, [X, y]


def softmax_prefetch(t: tc.Target, y: tc.Tensor) -> int:
    """Rows ahead the softmax of output ``y`` prefetches by default: 1 where the target's
    prefetchers stop at a row's end (``Target.prefetch_rows``: on a Zen 3 4.36 -> 3.18 ms, a
    copy 2.39) or where the output streams (``Target.streams``): its rows then come from
    memory, and only the read is prefetched, while the exponentials of the row before are
    computed (8192 x 1024 on a Zen 4, 21 interleaved rounds: 0.92x the time without, AVX-512
    and AVX2; the write prefetch of an unstreamed output had cost time there), else 0."""
    return int(t.prefetch_rows or _streams(t, y))


def _row_iterations(y: tc.Tensor, lanes: int) -> int:
    """Iterations of a row's vector loop of ``lanes``: a prefetch that many ahead is the
    next row's."""
    return -(-int(y.shape[-1].value) // lanes)


def _row_schedule(y: tc.Tensor, lanes: int, parallel: bool) -> tuple[tc.Schedule, Any]:
    """A schedule of the row-wise 2-D output ``y``: its rows (returned loop) in parallel, each
    row one vector loop of ``lanes``."""
    s = tc.create_schedule(y)
    i, j = s[y].op.axis
    if parallel:
        s[y].parallel(i)
    _jo, ji = s[y].split(j, factor=lanes)
    s[y].vectorize(ji)
    return s, i


def _row_reduction(s: tc.Schedule, red: tc.Tensor, at: tc.Tensor, row: Any, lanes: int,
                   vec: int = 0) -> None:
    """``red`` (one value per row) computed at ``at``'s ``row`` loop, its reduction
    ``rfactor``-ed into a ``lanes``-wide vector of partial results. With ``vec`` under
    ``lanes`` (interleaved registers), those are first summed into one ``vec``-lane vector
    (a second ``rfactor``), so the last, serial combine has ``vec`` steps, not ``lanes``:
    AVX-512 softmax 8192 x 1024, 64 partial sums per row, 2.14 -> 1.81 ms (Zen 4)."""
    (k,) = s[red].op.reduce_axis
    _ko, ki = s[red].split(k, factor=lanes)
    for width in (lanes, vec) if 0 < vec < lanes else (lanes,):
        if width != lanes:
            (kv,) = s[red].op.reduce_axis
            _kvo, ki = s[red].split(kv, factor=width)
        rf = s.rfactor(red, ki)
        ri, rk = s[rf].op.axis[1], s[rf].op.axis[0]
        (rko,) = s[rf].op.reduce_axis
        s[rf].reorder(ri, rko, rk)
        s[rf].vectorize(rk)
        s[rf].compute_at(s[at], row)
    s[red].compute_at(s[at], row)


def layer_norm(stages: list[tc.Tensor], inputs: list[tc.Tensor], *, lanes: int | None = None,
               interleave: int | None = None, parallel: bool = True,
               prefetch: int | None = None, stream: bool | None = None,
               target: Any = None) -> tuple[tc.Schedule, list]:
    """Layer norm (``tc.ops.layer_norm_rows``'s stages) with every stage computed per row inside
    the parallel row loop: the row sum and the sum of squares reduce into vectors of
    ``lanes * interleave`` (independent accumulators; ``lanes``: the target's width unless
    given), the mean and ``rsqrt`` are one scalar each, and the output row is one vector
    loop. ``X`` is read three times per row, from L1. On AVX2 (Zen 2) 4096 x 1024 took
    1.92 ms with one register of accumulators, 1.62 ms with four; ``prefetch`` (rows
    ahead): the output pass prefetches the next row of ``X``, 1.59 -> 1.35-1.47 ms (a
    write prefetch of the output as well was slower here, 1.43-1.52 ms); unset, 1 where the
    target's prefetchers stop at a row's end (``Target.prefetch_rows``; a Zen 3: 1.11 ->
    0.98 ms), else 0, as a Zen 4 ran the rows in 12-22% less time without it (AVX-512 0.62
    -> 0.54 ms, AVX2 four registers 0.69 -> 0.54 ms, a copy 0.39-0.40). ``interleave``
    unset: four registers of 8 lanes or fewer, else one: AVX-512 on a Zen 4 ran the same
    rows in 0.58-0.65 ms with one register of 16 lanes, 0.71-0.79 with four, 0.59 with four
    once their partial sums were combined into one vector first (``_row_reduction``; the
    AVX2 build, four registers: 0.66 -> 0.49 ms with it). ``stream`` as in
    ``elementwise_chain`` (a Zen 3: 1.14 -> 0.74 ms with it)."""
    sm, mean, ss, rstd, y = stages
    t = target_of(target)
    vec = lanes or t.vector_lanes(y.dtype)
    prefetch = int(t.prefetch_rows) if prefetch is None else prefetch
    lanes = vec * (interleave or (4 if vec <= 8 else 1))
    s, i = _row_schedule(y, lanes, parallel)
    _row_reduction(s, sm, y, i, lanes, vec)
    s[mean].compute_at(s[y], i)
    _row_reduction(s, ss, y, i, lanes, vec)
    s[rstd].compute_at(s[y], i)
    if prefetch:
        s[y].prefetch(inputs[0], s[y].leaf_iter_vars[1], prefetch * _row_iterations(y, lanes))
    _stream(s, y, t, stream)
    return s, [*inputs, y]
