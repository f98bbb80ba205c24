"""Random valid GPU schedules of small workloads: the emulated kernel equals the reference
evaluator (split + bind block/thread, shared-memory staging at the block loop, local
accumulators, non-divisible sizes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from schedules import cuda as cuda_sched
from tcomp.ops.linalg import matmul


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
@given(n=st.integers(2, 20), m=st.integers(2, 18), kk=st.integers(1, 13),
       block=st.sampled_from([4, 8]), thread=st.sampled_from([1, 2]),
       kt=st.sampled_from([1, 3, 4]), stage_a=st.booleans(), stage_b=st.booleans(),
       vec=st.sampled_from([1, 2, 4]))
def test_matmul_random_tiling(H, n, m, kk, block, thread, kt, stage_a, stage_b, vec):
    A = tc.placeholder((n, kk), name="A")
    B = tc.placeholder((kk, m), name="B")
    C = matmul(A, B)
    s, _ = cuda_sched.matmul(A, B, C, block=block, thread=thread, kt=kt, stage_a=stage_a,
                             stage_b=stage_b, vec=vec)
    H.check_emulated(s, [A, B, C], [C], rtol=1e-4)
