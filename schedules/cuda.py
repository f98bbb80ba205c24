"""Hand schedules and templates for CUDA targets: matmul with shared-memory tiles and a
register accumulator, elementwise chains, row reductions/softmax, direct conv2d (layer 7).

Each takes the tensors of a definition from ``tcomp.ops`` and returns ``(schedule, args)``;
knobs are keyword arguments (the tile sizes the autotuner may search).
"""

from __future__ import annotations

import tcomp as tc


def _bind_flat(s: tc.Schedule, T: tc.Tensor, threads: int) -> None:
    """Fuse the spatial axes of ``T``, one element per thread; reductions stay serial."""
    axes = list(s[T].op.axis)
    f = axes[0]
    for ax in axes[1:]:
        f = s[T].fuse(f, ax)
    bo, bi = s[T].split(f, factor=threads)
    s[T].bind(bo, "blockIdx.x")
    s[T].bind(bi, "threadIdx.x")


def elementwise_chain(stages: list[tc.Tensor], inputs: list[tc.Tensor], *, threads: int = 256
                      ) -> tuple[tc.Schedule, list]:
    """Inline every intermediate; one output element per thread (coalesced accesses)."""
    out = stages[-1]
    s = tc.create_schedule(out)
    for t in stages[:-1]:
        s[t].compute_inline()
    _bind_flat(s, out, threads)
    return s, [*inputs, out]


def reduction(X: tc.Tensor, R: tc.Tensor, *, threads: int = 128) -> tuple[tc.Schedule, list]:
    """A reduction over trailing axes: one output element per thread, serial inner loop."""
    s = tc.create_schedule(R)
    _bind_flat(s, R, threads)
    return s, [X, R]


def softmax(X: tc.Tensor, stages: list[tc.Tensor], *, threads: int = 128, cols: int = 256
            ) -> tuple[tc.Schedule, list]:
    """Row softmax as three kernels: row max, row exp-sum (exp inlined), normalise."""
    mx, e, ssum, Y = stages
    s = tc.create_schedule(Y)
    s[e].compute_inline()
    _bind_flat(s, mx, threads)
    _bind_flat(s, ssum, threads)
    i, j = s[Y].op.axis
    jo, ji = s[Y].split(j, factor=cols)
    s[Y].reorder(i, jo, ji)
    s[Y].bind(s[Y].fuse(i, jo), "blockIdx.x")
    s[Y].bind(ji, "threadIdx.x")
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
           kt: int = 8, stage_a: bool = True, stage_b: bool = True
           ) -> tuple[tc.Schedule, list]:
    """Shared-memory tiled GEMM (``stage_a``/``stage_b``: stage that input in shared memory).

    Each block computes a ``block x block`` tile of C with ``(block/thread)^2`` threads, each
    thread a ``thread x thread`` register tile (cache_write "local", computed at the block
    loop; lowering gives each thread its own copy). Per ``kt`` step of k, the block stages the
    A and B tiles in shared memory (cache_read "shared" at the k loop), every thread copying
    a strided share; barriers are inserted automatically.
    """
    nt = block // thread
    s = tc.create_schedule(C)
    CL = s.cache_write(C, "local")
    staged = [s.cache_read(T, "shared", [CL]) for T, on in ((A, stage_a), (B, stage_b)) if on]
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
    for T in staged:
        s[T].compute_at(s[CL], ko)
        a0, a1 = s[T].op.axis
        f = s[T].fuse(a0, a1)
        fo, fi = s[T].split(f, factor=nt * nt)
        fy, fx = s[T].split(fi, factor=nt)
        s[T].bind(fy, "threadIdx.y")
        s[T].bind(fx, "threadIdx.x")
    return s, [A, B, C]


__all__ = ["conv2d", "elementwise_chain", "matmul", "reduction", "softmax"]
