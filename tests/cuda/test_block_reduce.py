"""Cooperative (block-level) reductions: a reduction axis bound to threadIdx is folded per
thread, then combined across the block in shared memory. Emulated results equal the
reference under random schedules; PTX assembles; schedules it can't run are clear errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from tcomp.codegen.cuda import GPUScheduleError
from tcomp.errors import ScheduleError

REDUCERS = {"sum": (tc.sum, np.sum), "max": (tc.max, np.max), "min": (tc.min, np.min),
            "prod": (tc.prod, np.prod)}


def _reduce(n: int, m: int, reducer: str, dtype: str = "float32"):
    X = tc.placeholder((n, m), name="X", dtype=dtype)
    k = tc.reduce_axis(m, name="k")
    R = tc.compute((n,), lambda i: REDUCERS[reducer][0](X[i, k], axis=k), name="R")
    return X, R


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 6), m=st.integers(1, 70), threads=st.sampled_from([1, 2, 3, 5, 8, 32]),
       unroll=st.sampled_from([1, 2, 4]), thread_outer=st.booleans(),
       reducer=st.sampled_from(sorted(REDUCERS)), dtype=st.sampled_from(["float32", "int32"]))
def test_random_block_reductions(n, m, threads, unroll, thread_outer, reducer, dtype):
    X, R = _reduce(n, m, reducer, dtype)
    s = tc.create_schedule(R)
    ko, r = s[R].split(s[R].op.reduce_axis[0], factor=threads * unroll)
    ki, kv = s[R].split(r, factor=unroll)
    if thread_outer:
        s[R].reorder(s[R].op.axis[0], ki, ko, kv)
    s[R].bind(s[R].op.axis[0], "blockIdx.x")
    s[R].bind(ki, tc.thread_axis("threadIdx.x"))
    f = tc.build(s, [X, R], target="cuda")
    rng = np.random.default_rng(m * 7 + n)
    if dtype == "int32":
        x = rng.integers(-50, 50, (n, m)).astype(np.int32)
        if reducer == "prod":
            x = rng.integers(-2, 3, (n, m)).astype(np.int32) if m < 20 else np.ones_like(x)
    else:
        x = (rng.uniform(0.5, 1.5, (n, m)) * rng.choice([-1, 1], (n, m))).astype(np.float32)
    r = np.zeros(n, x.dtype)
    f.emulate(x, r)
    np.testing.assert_allclose(r, REDUCERS[reducer][1](x, axis=1), rtol=1e-4)


def test_block_reduction_ptx(H, need_ptxas, tmp_path):
    X, R = _reduce(4, 1000, "sum")
    s = tc.create_schedule(R)
    _ko, ki = s[R].split(s[R].op.reduce_axis[0], factor=128)
    s[R].bind(s[R].op.axis[0], "blockIdx.x")
    s[R].bind(ki, "threadIdx.x")
    f = tc.build(s, [X, R], target="cuda")
    la = f.program.kernels[0].attrs["launch"]
    assert la["block"] == (128, 1, 1) and la["shared_bytes"] == 128 * 4
    assert f.source("ptx").count("bar.sync") == 8  # after the partial sums, then per step
    for arch in ("sm_80", "sm_90"):
        H.ptxas(tc.build(s, [X, R], target=f"cuda -arch={arch}").source("ptx"), arch, tmp_path)
    H.check_emulated(s, [X, R], [R], rtol=1e-4)


def test_reduction_axis_on_blocks_or_vthreads_is_an_error():
    _X, R = _reduce(4, 64, "sum")
    s = tc.create_schedule(R)
    ko, _ki = s[R].split(s[R].op.reduce_axis[0], factor=8)
    for tag in ("blockIdx.x", "vthread"):
        with pytest.raises(ScheduleError, match=rf"can't bind reduction axis 'k.outer' to {tag}"):
            s[R].bind(ko, tag)


def test_two_thread_indices_on_one_reduction():
    X = tc.placeholder((4, 8, 8), name="X")
    a, b = tc.reduce_axis(8, name="a"), tc.reduce_axis(8, name="b")
    R = tc.compute((4,), lambda i: tc.sum(X[i, a, b], axis=[a, b]), name="R")
    s = tc.create_schedule(R)
    s[R].bind(s[R].op.axis[0], "blockIdx.x")
    s[R].bind(a, "threadIdx.y")
    s[R].bind(b, "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"reduces into 'R'.*one thread index"):
        tc.build(s, [X, R], target="cuda")


def test_reduction_inside_another_thread_loop():
    X, R = _reduce(8, 64, "sum")
    s = tc.create_schedule(R)
    io, ii = s[R].split(s[R].op.axis[0], factor=4)
    _ko, ki = s[R].split(s[R].op.reduce_axis[0], factor=8)
    s[R].bind(io, "blockIdx.x")
    s[R].bind(ii, "threadIdx.y")
    s[R].bind(ki, "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"'k.inner'.*encloses loop 'i.inner'.*threadIdx.y"):
        tc.build(s, [X, R], target="cuda")


def test_tuple_reducer_across_threads_is_an_error():
    argmax = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    X = tc.placeholder((4, 16), name="X")
    k = tc.reduce_axis(16, name="k")
    idx, val = tc.compute((4,), lambda i: argmax((k, X[i, k]), axis=k), name="am")
    s = tc.create_schedule(idx.op.output(0))
    s[idx].bind(s[idx].op.axis[0], "blockIdx.x")
    s[idx].bind(s[idx].op.reduce_axis[0], "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"updates 'am.*can't combine across threads"):
        tc.build(s, [X, idx, val], target="cuda")
