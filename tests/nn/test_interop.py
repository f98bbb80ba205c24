"""nn interop: numpy and DLPack sharing without copies, the documented copies, requires_grad
export refusal, and errors naming unsupported dtypes and devices (torch parts skip without
torch; the benchmark venv has it)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp import nn


def test_from_numpy_shares_memory_both_ways():
    a = np.arange(6.0).reshape(2, 3)
    t = nn.from_numpy(a)
    assert t.dtype == np.float64 and t.shape == (2, 3) and not t.requires_grad
    assert np.shares_memory(t.numpy(), a)
    a[0, 0] = 42.0
    assert t.numpy()[0, 0] == 42.0
    t.numpy()[1, 2] = -1.0
    assert a[1, 2] == -1.0
    np.testing.assert_array_equal((t * 2.0).numpy(), 2.0 * a)  # kernels read the shared data
    b = np.asarray(t)
    assert np.shares_memory(b, a)


@pytest.mark.parametrize("dt", ["float32", "float64", "int32", "int64", "bool"])
def test_from_numpy_shares_every_supported_dtype(dt):
    a = np.ones((3, 2), dt)
    t = nn.from_numpy(a)
    assert np.shares_memory(t.numpy(), a) and t.dtype == a.dtype


def test_from_numpy_copies_when_layout_or_dtype_differ():
    a = np.arange(12.0).reshape(3, 4)
    nc = nn.from_numpy(a[:, ::2])  # not C-contiguous: kernels read C order
    assert not np.shares_memory(nc.numpy(), a) and nc.numpy().flags.c_contiguous
    np.testing.assert_array_equal(nc.numpy(), a[:, ::2])
    f32 = nn.from_numpy(a, dtype="float32")
    assert f32.dtype == np.float32 and not np.shares_memory(f32.numpy(), a)
    assert not np.shares_memory(nn.from_numpy(a, copy=True).numpy(), a)
    assert np.shares_memory(nn.from_numpy(a, copy=False).numpy(), a)
    with pytest.raises(nn.InteropError, match=r"\[3, 2\] needs a copy: not C-contiguous"):
        nn.from_numpy(a[:, ::2], copy=False)
    with pytest.raises(nn.InteropError, match="float64 -> float32"):
        nn.from_numpy(a, dtype=np.float32, copy=False)
    u8 = np.arange(4, dtype=np.uint8)
    np.testing.assert_array_equal(nn.from_numpy(u8, dtype="int32").numpy(), [0, 1, 2, 3])


def test_from_numpy_errors_name_dtype():
    with pytest.raises(tc.DSLTypeError, match=r"array \[3\] has dtype complex64"):
        nn.from_numpy(np.zeros(3, np.complex64))
    with pytest.raises(tc.DSLTypeError, match="dtype uint8"):
        nn.from_numpy(np.zeros(3, np.uint8))
    with pytest.raises(tc.DSLTypeError, match="expected a numpy array, got list"):
        nn.from_numpy([1.0, 2.0])


def test_dlpack_export_and_import_share_memory():
    t = nn.tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    assert t.__dlpack_device__() == (1, 0)
    out = np.from_dlpack(t)
    assert np.shares_memory(out, t.numpy())
    out[0, 1] = 7.0
    assert t.numpy()[0, 1] == 7.0
    a = np.ones((4, 5), np.float32)
    back = nn.from_dlpack(a)
    assert np.shares_memory(back.numpy(), a)
    assert nn.from_dlpack(t).numpy() is t.numpy()  # a Tensor imports as a view of itself


def test_requires_grad_refuses_dlpack_export_but_detach_shares():
    p = nn.Tensor(np.ones((2, 2)), requires_grad=True)
    with pytest.raises(nn.InteropError, match=r"tensor \[2, 2\] that requires grad.*detach"):
        np.from_dlpack(p)
    assert issubclass(nn.InteropError, BufferError)  # the DLPack protocol's error type
    assert np.shares_memory(np.from_dlpack(p.detach()), p.numpy())
    copied = np.from_dlpack(p, copy=True)  # an explicit copy can't reach the tape's memory
    assert not np.shares_memory(copied, p.numpy())
    np.testing.assert_array_equal(copied, p.numpy())


class _FakeDevice:
    """A DLPack producer on a GPU, as cupy or torch.cuda tensors present themselves."""

    shape, dtype = (3,), "float32"

    def __dlpack__(self, **kw):
        raise AssertionError("must not be exported")

    def __dlpack_device__(self):
        return (2, 1)


def test_from_dlpack_errors_name_device_and_type():
    with pytest.raises(nn.InteropError, match=r"_FakeDevice \[3\] dtype float32 is on device "
                                              r"cuda:1"):
        nn.from_dlpack(_FakeDevice())
    with pytest.raises(tc.DSLTypeError, match=r"list .*not a DLPack producer"):
        nn.from_dlpack([1, 2])
    with pytest.raises(tc.DSLTypeError, match="dtype complex128"):
        nn.from_dlpack(np.zeros(2, np.complex128))


# ----------------------------------------------------------------------------- torch


def test_torch_round_trip_shares_memory():
    torch = pytest.importorskip("torch")
    t = nn.tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    tt = torch.from_dlpack(t)
    assert tt.dtype == torch.float32 and tuple(tt.shape) == (2, 3)
    tt.add_(1.0)  # torch writes, tcomp sees it
    np.testing.assert_array_equal(t.numpy(), np.arange(1, 7, dtype=np.float32).reshape(2, 3))
    back = nn.from_dlpack(tt)
    assert np.shares_memory(back.numpy(), t.numpy())
    src = torch.arange(12, dtype=torch.float64).reshape(3, 4)
    x = nn.from_dlpack(src)
    assert x.dtype == np.float64 and np.shares_memory(x.numpy(), src.numpy())
    x.numpy()[0, 0] = -5.0  # tcomp writes, torch sees it
    assert src[0, 0].item() == -5.0
    g = nn.from_dlpack(torch.ones(3, dtype=torch.int64))
    assert g.dtype == np.int64


def test_torch_copies_non_contiguous_and_refuses_what_it_cannot_share():
    torch = pytest.importorskip("torch")
    src = torch.arange(12.0).reshape(3, 4)
    tr = nn.from_dlpack(src.t())  # a strided view: copied into C order
    np.testing.assert_array_equal(tr.numpy(), src.t().numpy())
    assert not np.shares_memory(tr.numpy(), src.numpy())
    with pytest.raises(nn.InteropError, match="not C-contiguous"):
        nn.from_dlpack(src.t(), copy=False)
    with pytest.raises(nn.InteropError, match="bfloat16"):
        nn.from_dlpack(torch.ones(3, dtype=torch.bfloat16))
    with pytest.raises(nn.InteropError, match="device meta"):
        nn.from_dlpack(torch.ones(3, device="meta"))
    with pytest.raises(tc.DSLTypeError, match="complex64"):
        nn.from_dlpack(torch.ones(3, dtype=torch.complex64))
    w = torch.ones(2, requires_grad=True)
    with pytest.raises(nn.InteropError, match="detach"):
        nn.from_dlpack(w)
    assert np.shares_memory(nn.from_dlpack(w.detach()).numpy(), w.detach().numpy())
    p = nn.Tensor(np.ones(2, np.float32), requires_grad=True)
    with pytest.raises(BufferError, match="requires grad"):
        torch.from_dlpack(p)
