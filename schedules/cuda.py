"""Hand schedules and templates for CUDA targets: matmul with shared-memory tiles and a
register accumulator, elementwise chains, row reductions (per thread or cooperative per
block), one-kernel softmax, direct conv2d (layer 7).

Each takes the tensors of a definition from ``tcomp.ops`` and returns ``(schedule, args)``;
knobs are keyword arguments (the tile sizes the autotuner may search).
"""

from __future__ import annotations

import tcomp as tc


def _bind_flat(s: tc.Schedule, T: tc.Tensor, threads: int, vec: int = 1) -> None:
    """Fuse the spatial axes of ``T``; each thread computes ``vec`` contiguous elements (a
    vectorized loop: float4 loads and stores for vec=4); reductions stay serial."""
    axes = list(s[T].op.axis)
    f = axes[0]
    for ax in axes[1:]:
        f = s[T].fuse(f, ax)
    if vec > 1:
        f, fv = s[T].split(f, factor=vec)
        s[T].vectorize(fv)
    bo, bi = s[T].split(f, factor=threads)
    s[T].bind(bo, "blockIdx.x")
    s[T].bind(bi, "threadIdx.x")


def elementwise_chain(stages: list[tc.Tensor], inputs: list[tc.Tensor], *, threads: int = 256,
                      vec: int = 4) -> tuple[tc.Schedule, list]:
    """Inline every intermediate; each thread computes ``vec`` contiguous output elements
    (float4 accesses for vec=4, a scalar tail where the size is not a multiple of it)."""
    out = stages[-1]
    s = tc.create_schedule(out)
    for t in stages[:-1]:
        s[t].compute_inline()
    _bind_flat(s, out, threads, vec)
    return s, [*inputs, out]


def _block_reduce(s: tc.Schedule, R: tc.Tensor, threads: int, vec: int) -> None:
    """Split the (last) reduction axis of ``R`` over ``threads`` threads, each folding
    ``vec`` contiguous elements per step; the block combines the partial results in shared
    memory (a cooperative reduction)."""
    k = s[R].op.reduce_axis[-1]
    _ko, r = s[R].split(k, factor=threads * vec)
    ki, kv = s[R].split(r, factor=vec)
    s[R].bind(ki, "threadIdx.x")
    if vec > 1:
        s[R].unroll(kv)


def reduction(X: tc.Tensor, R: tc.Tensor, *, threads: int = 128, block_reduce: bool = False,
              vec: int = 1) -> tuple[tc.Schedule, list]:
    """A reduction over trailing axes. Default: one output element per thread, a serial
    inner loop. ``block_reduce``: one output element per block, its last reduction axis
    spread over ``threads`` threads (``vec`` contiguous elements per thread and step) and
    combined in shared memory; for long rows and few outputs."""
    s = tc.create_schedule(R)
    if not block_reduce:
        _bind_flat(s, R, threads)
        return s, [X, R]
    axes = list(s[R].op.axis)
    f = axes[0]
    for ax in axes[1:]:
        f = s[R].fuse(f, ax)
    s[R].bind(f, "blockIdx.x")
    _block_reduce(s, R, threads, vec)
    return s, [X, R]


def softmax(X: tc.Tensor, stages: list[tc.Tensor], *, threads: int = 256, vec: int = 4
            ) -> tuple[tc.Schedule, list]:
    """Row softmax in one kernel, one block per row: the row max and the exp-sum are
    cooperative reductions of the block's ``threads`` threads (held per thread after the
    combine), then every thread normalises ``vec`` contiguous elements per step (float4 stores
    for vec=4 where the row length is a multiple of 4)."""
    mx, e, ssum, Y = stages
    s = tc.create_schedule(Y)
    s[e].compute_inline()
    i, j = s[Y].op.axis
    _jo, r = s[Y].split(j, factor=threads * vec)
    ji, jv = s[Y].split(r, factor=vec)
    s[Y].bind(i, "blockIdx.x")
    s[Y].bind(ji, "threadIdx.x")
    if vec > 1:
        s[Y].vectorize(jv)
    for R in (mx, ssum):
        s[R].compute_at(s[Y], i)
        _block_reduce(s, R, threads, vec)
    return s, [X, Y]


def conv2d(X: tc.Tensor, W: tc.Tensor, Y: tc.Tensor, *, threads: int = 128
           ) -> tuple[tc.Schedule, list]:
    """Direct NCHW convolution: padding inlined, one output pixel per thread, the
    reduction accumulating in a register (local cache)."""
    s = tc.create_schedule(Y)
    for t in tc.topo_ops([Y]):
        if t is not Y.op and t.name.endswith(".pad"):
            s[t.output(0)].compute_inline()
    YL = s.cache_write(Y, "local")
    _bind_flat(s, Y, threads)
    leaves = s[Y].leaf_iter_vars
    s[YL].compute_at(s[Y], leaves[-1])
    return s, [X, W, Y]


def matmul(A: tc.Tensor, B: tc.Tensor, C: tc.Tensor, *, block: int = 64, thread: int = 4,
           kt: int = 8, stage_a: bool = True, stage_b: bool = True, vec: int = 4
           ) -> tuple[tc.Schedule, list]:
    """Shared-memory tiled GEMM (``stage_a``/``stage_b``: stage that input in shared memory;
    ``vec``: each thread copies rows of a staged tile ``vec`` elements at a time, a float4
    load and store for vec=4, in a tile whose row length is a multiple of ``vec``).

    Each block computes a ``block x block`` tile of C with ``(block/thread)^2`` threads, each
    thread a ``thread x thread`` register tile (cache_write "local", computed at the block
    loop; lowering gives each thread its own copy). Per ``kt`` step of k, the block stages the
    A and B tiles in shared memory (cache_read "shared" at the k loop), every thread copying
    a strided share; barriers are inserted automatically.
    """
    nt = block // thread
    s = tc.create_schedule(C)
    CL = s.cache_write(C, "local")
    # (shared copy, length of its tile rows): A's tile is block x kt, B's is kt x block.
    staged = [(s.cache_read(T, "shared", [CL]), row)
              for T, on, row in ((A, stage_a, kt), (B, stage_b, block)) if on]
    i, j = s[C].op.axis
    bi, ri = s[C].split(i, factor=block)
    bj, rj = s[C].split(j, factor=block)
    ti, ii = s[C].split(ri, factor=thread)
    tj, jj = s[C].split(rj, factor=thread)
    s[C].reorder(bi, bj, ti, tj, ii, jj)
    s[C].bind(bi, "blockIdx.y")
    s[C].bind(bj, "blockIdx.x")
    s[C].bind(ti, "threadIdx.y")
    s[C].bind(tj, "threadIdx.x")
    s[CL].compute_at(s[C], bj)
    ci, cj = s[CL].op.axis
    (k,) = s[CL].op.reduce_axis
    cti, cii = s[CL].split(ci, factor=thread)
    ctj, cjj = s[CL].split(cj, factor=thread)
    ko, ki = s[CL].split(k, factor=kt)
    s[CL].reorder(ko, cti, ctj, ki, cii, cjj)
    s[CL].bind(cti, "threadIdx.y")
    s[CL].bind(ctj, "threadIdx.x")
    s[CL].unroll(cjj)
    for T, row in staged:
        s[T].compute_at(s[CL], ko)
        a0, a1 = s[T].op.axis
        if vec > 1 and row % vec == 0:
            a1, av = s[T].split(a1, factor=vec)
            s[T].vectorize(av)
        f = s[T].fuse(a0, a1)
        _fo, fi = s[T].split(f, factor=nt * nt)
        fy, fx = s[T].split(fi, factor=nt)
        s[T].bind(fy, "threadIdx.y")
        s[T].bind(fx, "threadIdx.x")
    return s, [A, B, C]


__all__ = ["conv2d", "elementwise_chain", "matmul", "reduction", "softmax"]
