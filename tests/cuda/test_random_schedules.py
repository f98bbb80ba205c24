"""Random valid GPU schedules of small workloads: the emulated kernel equals the reference
evaluator (split + bind block/thread, shared-memory staging at the block loop, local
accumulators, non-divisible sizes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from tcomp.ops import nn


@settings(max_examples=12)
@given(n=st.integers(1, 23), m=st.integers(1, 19), bx=st.sampled_from([1, 4, 8, 16]),
       two_d=st.booleans())
def test_elementwise_random_binding(H, n, m, bx, two_d):
    X = tc.placeholder((n, m), name="X")
    Y = tc.compute((n, m), lambda i, j: tc.exp(X[i, j]) * 0.5 - X[i, j], name="Y")
    s = tc.create_schedule(Y)
    i, j = s[Y].op.axis
    if two_d:
        io, ii = s[Y].split(i, factor=max(1, bx // 2))
        jo, ji = s[Y].split(j, factor=bx)
        s[Y].reorder(io, jo, ii, ji)
        s[Y].bind(io, "blockIdx.y")
        s[Y].bind(jo, "blockIdx.x")
        s[Y].bind(ii, "threadIdx.y")
        s[Y].bind(ji, "threadIdx.x")
    else:
        f = s[Y].fuse(i, j)
        fo, fi = s[Y].split(f, factor=bx)
        s[Y].bind(fo, "blockIdx.x")
        s[Y].bind(fi, "threadIdx.x")
    H.check_emulated(s, [X, Y], [Y])


@settings(max_examples=10)
@given(n=st.integers(2, 20), m=st.integers(2, 18), l=st.integers(1, 13),
       block=st.sampled_from([4, 8]), thread=st.sampled_from([1, 2]),
       kt=st.sampled_from([1, 3, 4]), stage_a=st.booleans(), stage_b=st.booleans())
def test_matmul_random_tiling(H, n, m, l, block, thread, kt, stage_a, stage_b):
    A = tc.placeholder((n, l), name="A")
    B = tc.placeholder((l, m), name="B")
    C = nn.matmul(A, B)
    s = tc.create_schedule(C)
    CL = s.cache_write(C, "local")
    i, j = s[C].op.axis
    bi, ri = s[C].split(i, factor=block)
    bj, rj = s[C].split(j, factor=block)
    ti, ii = s[C].split(ri, factor=thread)
    tj, jj = s[C].split(rj, factor=thread)
    s[C].reorder(bi, bj, ti, tj, ii, jj)
    for ax, tag in ((bi, "blockIdx.y"), (bj, "blockIdx.x"), (ti, "threadIdx.y"),
                    (tj, "threadIdx.x")):
        s[C].bind(ax, tag)
    s[CL].compute_at(s[C], bj)
    ci, cj = s[CL].op.axis
    (k,) = s[CL].op.reduce_axis
    cti, cii = s[CL].split(ci, factor=thread)
    ctj, cjj = s[CL].split(cj, factor=thread)
    ko, ki = s[CL].split(k, factor=kt)
    s[CL].reorder(ko, cti, ctj, ki, cii, cjj)
    s[CL].bind(cti, "threadIdx.y")
    s[CL].bind(ctj, "threadIdx.x")
    nt = block // thread
    for T, on in ((A, stage_a), (B, stage_b)):
        if not on:
            continue
        TS = s.cache_read(T, "shared", [CL])
        s[TS].compute_at(s[CL], ko)
        f = s[TS].fuse(*s[TS].op.axis)
        fo, fi = s[TS].split(f, factor=nt * nt)
        fy, fx = s[TS].split(fi, factor=nt)
        s[TS].bind(fy, "threadIdx.y")
        s[TS].bind(fx, "threadIdx.x")
    H.check_emulated(s, [A, B, C], [C], rtol=1e-4)
