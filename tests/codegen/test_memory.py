"""Aligned host arrays: tc.empty / tc.zeros / tc.aligned, and who allocates with them."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.runtime.memory import ALIGN, is_aligned


def _misaligned(shape, dtype="float32", off=16):
    """A C-contiguous array whose data starts ``off`` bytes past a 64-byte boundary."""
    n = int(np.prod(shape)) * np.dtype(dtype).itemsize
    buf = np.empty(n + 128, np.uint8)
    start = -buf.ctypes.data % 64 + off
    return buf[start:start + n].view(dtype).reshape(shape)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int64", "bool", tc.float32])
@pytest.mark.parametrize("shape", [(), 0, 7, (3, 5), (2, 0, 4), (33, 17)])
def test_empty_and_zeros_are_aligned_contiguous_and_writeable(shape, dtype):
    for a in (tc.empty(shape, dtype), tc.zeros(shape, dtype)):
        want = (shape,) if isinstance(shape, int) else shape
        assert a.shape == want and a.dtype == np.dtype(getattr(dtype, "np", dtype))
        assert a.ctypes.data % ALIGN == 0 and a.flags.c_contiguous and a.flags.writeable
    assert not tc.zeros(shape, dtype).any()
    assert tc.empty(10, "float32", align=4096).ctypes.data % 4096 == 0


def test_aligned_copies_only_where_it_must():
    a = tc.zeros((4, 8))
    assert tc.aligned(a) is a
    m = _misaligned((4, 8))
    m[...] = np.arange(32).reshape(4, 8)
    assert not is_aligned(m)
    c = tc.aligned(m)
    assert c is not m and is_aligned(c) and np.array_equal(c, m)
    t = tc.aligned(np.arange(12.0).reshape(3, 4).T)  # not contiguous: a contiguous copy
    assert t.flags.c_contiguous and is_aligned(t)
    assert np.array_equal(t, np.arange(12.0).reshape(3, 4).T)
    d = tc.aligned([[1, 2], [3, 4]], "float32")
    assert d.dtype == np.float32 and is_aligned(d)


@pytest.mark.parametrize("bad", [(-1, 3), (2.5,), ("a",), (True, 2)])
def test_bad_shape_is_named(bad):
    with pytest.raises(tc.ArgumentValueError, match=r"shape\[\d\] must be a non-negative int"):
        tc.empty(bad)


@pytest.mark.parametrize("align", [0, 3, 48, -64, 2.0, True])
def test_bad_alignment_is_named(align):
    with pytest.raises(tc.ArgumentValueError, match="align must be a power of two"):
        tc.empty(4, align=align)
    with pytest.raises(tc.ArgumentValueError, match="align must be a power of two"):
        tc.aligned(np.zeros(4), align=align)


def test_kernels_take_aligned_and_misaligned_arrays_alike():
    A = tc.placeholder((33, 17), "float32", "A")
    B = tc.compute((33, 17), lambda i, j: A[i, j] * 2.0 + 1.0, name="B")
    k = tc.build([B], [A, B])
    x = np.random.default_rng(0).standard_normal((33, 17)).astype("float32")
    for src, dst in ((tc.aligned(x), tc.empty((33, 17))),
                     (_misaligned((33, 17)), _misaligned((33, 17), off=48))):
        src[...] = x
        k(src, dst)
        np.testing.assert_allclose(dst, x * 2 + 1, rtol=1e-6)


def test_nn_allocates_aligned():
    from tcomp import nn
    from tcomp.nn.launch import ALIGN_FROM_BYTES

    lin = nn.Linear(256, 128, seed=0)
    assert all(is_aligned(p.data) for p in lin.parameters())
    x = nn.Tensor(_misaligned((200, 256)), requires_grad=True)
    y = lin(x)
    assert y.data.nbytes >= ALIGN_FROM_BYTES and is_aligned(y.data)
    opt = nn.Adam(lin.parameters())
    y.sum().backward()
    opt.step()
    # the updated parameters and state are kernel outputs: aligned from ALIGN_FROM_BYTES on
    m = [opt.state[p]["exp_avg"] for p in lin.parameters()]
    big = [a for a in [*m, *(p.data for p in lin.parameters())]
           if a.nbytes >= ALIGN_FROM_BYTES]
    assert len(big) == 2 and all(is_aligned(a) for a in big)
    ds = nn.TensorDataset(np.zeros((10, 3), np.float32), np.zeros(10, np.int64))
    for xb, yb in nn.DataLoader(ds, batch_size=4):
        assert is_aligned(xb.data) and is_aligned(yb.data)


def test_the_runner_measures_aligned_arrays(tmp_path):
    from autotune import Workload
    from autotune.worker import _reference, _state

    spec = Workload("autotune.workloads:matmul", {"n": 24}).spec_json()
    _state["refs"].pop(spec, None)
    ins, _refs = _reference(spec, str(tmp_path), 0)  # drawn and saved
    assert ins and all(is_aligned(a) for a in ins)
    _state["refs"].pop(spec)
    again, _refs = _reference(spec, str(tmp_path), 0)  # read back from the saved file
    assert all(is_aligned(a) for a in again)
    assert all(np.array_equal(a, b) for a, b in zip(ins, again, strict=True))


def test_buffer_pool_reuses_a_buffer_only_after_every_view_is_gone():
    from tcomp.runtime.memory import BufferPool

    pool = BufferPool(max_bytes=1 << 20)
    a = pool.empty((64, 32), np.dtype(np.float32))
    assert a.shape == (64, 32) and a.dtype == np.float32 and a.flags.c_contiguous
    assert a.flags.writeable and is_aligned(a)
    a[...] = 7.0
    addr = a.ctypes.data
    view = a[3:5]  # a view keeps the buffer leased
    del a
    b = pool.empty((64, 32), np.dtype(np.float32))
    assert b.ctypes.data != addr and pool.reused == 0
    np.testing.assert_array_equal(view, 7.0)
    del view
    assert pool.held_bytes == 64 * 32 * 4
    c = pool.empty((32, 64), np.dtype(np.float32))  # the same byte count, another shape
    assert c.ctypes.data == addr and pool.reused == 1 and pool.held_bytes == 0
    del b, c
    big = pool.empty((1 << 19,), np.dtype(np.float32))  # 2 MB: over the cap when freed
    del big
    assert pool.held_bytes == 2 * 64 * 32 * 4
    pool.clear()
    assert pool.held_bytes == 0


def test_nn_kernel_outputs_come_from_the_pool():
    from tcomp import nn
    from tcomp.runtime.memory import POOL

    x = nn.Tensor(np.ones((256, 256), np.float32))
    before = POOL.reused
    for _ in range(3):
        y = (x * 2.0 + 1.0).numpy()
        assert is_aligned(y) and float(y[0, 0]) == 3.0
        del y
    assert POOL.reused >= before + 2
