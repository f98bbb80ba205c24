"""Every error path of the CUDA backend: schedules a GPU can't run, missing runtime."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen.cuda import GPUScheduleError
from tcomp.errors import TcompRuntimeError
from tcomp.runtime import cuda as rt


def _ew(n=64):
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] + 1.0, name="Y")
    return X, Y, tc.create_schedule(Y)


def test_unbound_loop():
    X, Y, s = _ew()
    with pytest.raises(GPUScheduleError, match=r"loop 'i'.*'Y'.*not bound.*bind"):
        tc.build(s, [X, Y], target="cuda")


def test_too_many_threads_per_block():
    X, Y, s = _ew(4096)
    bo, bi = s[Y].split(Y.op.axis[0], factor=2048)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"2048 threads per block.*1024.*i.inner"):
        tc.build(s, [X, Y], target="cuda")


def test_shared_memory_over_limit():
    n = 128
    A = tc.placeholder((n, n), name="A")
    B = tc.compute((n, n), lambda i, j: A[j, i] * 2.0, name="B")
    s = tc.create_schedule(B)
    AS = s.cache_read(A, "shared", [B])
    i, j = s[B].op.axis
    bo, bi = s[B].split(i, factor=128)
    s[B].reorder(bo, j, bi)
    s[B].bind(bo, "blockIdx.x")
    _jo, ji = s[B].split(j, factor=16)
    s[B].bind(ji, "threadIdx.y")
    _bio, bii = s[B].split(bi, factor=32)
    s[B].bind(bii, "threadIdx.x")
    s[AS].compute_at(s[B], bo)
    ax = s[AS].fuse(*s[AS].op.axis)
    _ao, ai = s[AS].split(ax, factor=32)
    s[AS].bind(ai, "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"65536 bytes of shared memory \(A.shared\)"):
        tc.build(s, [A, B], target="cuda")


def test_shared_stage_inside_thread_loop_is_a_nested_binding_error():
    X, Y, s = _ew()
    XS = s.cache_read(X, "shared", [Y])
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    s[XS].compute_at(s[Y], bi)
    with pytest.raises(GPUScheduleError, match=r"shared buffer 'X.shared'.*inside thread loop"):
        tc.build(s, [X, Y], target="cuda")


def test_block_binding_inside_serial_loop():
    X, Y, s = _ew()
    o, i = s[Y].split(Y.op.axis[0], factor=8)
    o, _m = s[Y].split(o, factor=2)
    s[Y].bind(o, "blockIdx.y")
    s[Y].bind(i, "blockIdx.x")
    with pytest.raises(GPUScheduleError, match=r"blockIdx.x inside a thread or serial loop"):
        tc.build(s, [X, Y], target="cuda")


def test_parallel_in_gpu_kernel():
    X, Y, s = _ew()
    bo, bi = s[Y].split(Y.op.axis[0], factor=8)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].parallel(bi)
    with pytest.raises(GPUScheduleError, match=r"parallel\(\).*bind"):
        tc.build(s, [X, Y], target="cuda")


def test_vthread_needs_a_constant_extent():
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    vo, ti = s[Y].split(Y.op.axis[0], factor=8)
    bo, vi = s[Y].split(vo, factor=4)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(vi, "vthread")
    s[Y].bind(ti, "threadIdx.x")
    tc.build(s, [X, Y], target="cuda")  # constant extent 4: fine
    s = tc.create_schedule(Y)
    vo, ti = s[Y].split(Y.op.axis[0], factor=8)
    s[Y].bind(vo, "vthread")
    s[Y].bind(ti, "threadIdx.x")
    with pytest.raises(GPUScheduleError, match=r"'i.outer' is bound to vthread.*not a constant"):
        tc.build(s, [X, Y], target="cuda")


def test_old_arch_rejected():
    X, Y, s = _ew()
    bo, _bi = s[Y].split(Y.op.axis[0], factor=8)
    s[Y].bind(bo, "blockIdx.x")
    with pytest.raises(tc.TcompError if hasattr(tc, "TcompError") else Exception,
                       match=r"sm_50.*sm_70 or newer"):
        tc.build(s, [X, Y], target="cuda -arch=sm_50")


def test_call_without_pycuda_names_what_is_missing(monkeypatch):
    X, Y, s = _ew()
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    f = tc.build(s, [X, Y], target="cuda")  # building needs no GPU
    monkeypatch.setattr(rt, "_device", None)
    monkeypatch.setattr(rt, "_emulate", False)
    monkeypatch.setattr(rt, "missing_reason", lambda: "pycuda is not installed (test)")
    with pytest.raises(TcompRuntimeError, match=r"can't run a 'cuda' kernel: pycuda is not"):
        f(np.zeros(64, np.float32), np.zeros(64, np.float32))


def test_emulated_device_arrays_and_argument_checks(monkeypatch):
    X, Y, s = _ew()
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    f = tc.build(s, [X, Y], target="cuda")
    monkeypatch.setattr(rt, "_device", None)
    monkeypatch.setattr(rt, "_emulate", True)
    x = rt.to_device(np.arange(64, dtype=np.float32))
    y = rt.empty((64,), np.float32)
    f(x, y)
    np.testing.assert_array_equal(y.numpy(), np.arange(64, dtype=np.float32) + 1)
    with pytest.raises(TcompRuntimeError, match=r"argument 1 \('Y'\) must have dtype float32"):
        f(x, np.zeros(64, np.float64))
    with pytest.raises(TcompRuntimeError, match=r"takes 2 arrays"):
        f(x)


def test_missing_barrier_is_caught_by_the_emulator(monkeypatch):
    """Without the barrier pass, a reader sees unwritten shared memory (NaN)."""
    from tcomp.lowering import lower_schedule
    from tcomp.passes import gpu as P

    n = 16
    A = tc.placeholder((n,), name="A")
    B = tc.compute((n,), lambda i: A[n - 1 - i] * 1.0, name="B")
    s = tc.create_schedule(B)
    AS = s.cache_read(A, "shared", [B])
    bo, bi = s[B].split(B.op.axis[0], factor=16)
    s[B].bind(bo, "blockIdx.x")
    s[B].bind(bi, "threadIdx.x")
    s[AS].compute_at(s[B], bo)
    _ao, ai = s[AS].split(AS.op.axis[0], factor=16)
    s[AS].bind(ai, "threadIdx.x")
    func = lower_schedule(s, [A, B])
    f = tc.build(s, [A, B], target="cuda")
    a = np.arange(n, dtype=np.float32)
    b = np.zeros(n, np.float32)
    f.emulate(a, b)
    np.testing.assert_array_equal(b, a[::-1])
    assert "barrier" in f.source("ir")
    passes = [p for p in P.device_pipeline() if p.name != "insert_barriers"]
    assert len(passes) == len(P.device_pipeline()) - 1
    monkeypatch.setattr(P, "device_pipeline", lambda: passes)
    prog = P.lower_gpu(func)
    from tcomp.codegen.cuda.emulate import emulate

    b[:] = 0
    emulate(prog, a, b)
    assert np.isnan(b).any()
