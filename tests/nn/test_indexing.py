"""nn indexing: integer-array (gather kernel, scatter-add backward) and boolean-mask indexing
along one axis, numpy's result shapes, gradient checks (central differences, float64) and
errors naming the axis and its size."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tcomp as tc
from tcomp import nn
from tcomp.nn import indexing, kernels

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

R = np.random.default_rng(3)
MASK3 = np.array([True, False, True])
MASK4 = np.array([False, True, True, False])

# index expressions on a [3, 4, 5] tensor, each checked against numpy
CASES = [
    [0, 2, 0],  # repeats: the backward scatter-adds
    (slice(None), [3, -1]),
    (slice(1, None), [[0, 2], [1, 1]]),  # a 2-D index array
    (0, slice(None), [1, 4]),  # int and array apart: numpy puts the array dims first
    (slice(None), 1, [4, 0, 2]),  # adjacent: in place
    (Ellipsis, [4, 0]),
    ([2, 1], Ellipsis, slice(0, 5, 2)),
    MASK3,
    (slice(None), MASK4),
    (2, MASK4, slice(1, 3)),
    (Ellipsis, np.array([True, False, False, True, True])),
    (nn.Tensor(np.array([1, 0], np.int32)), 3),
    np.array(2),  # a 0-d array is an int
]


@pytest.mark.parametrize("idx", CASES, ids=[repr(c)[:40] for c in CASES])
def test_array_and_mask_indexing_matches_numpy_and_gradients(idx):
    a = R.standard_normal((3, 4, 5))
    ref = a[tuple(i.numpy() if isinstance(i, nn.Tensor) else i for i in idx)
            if isinstance(idx, tuple) else idx]
    got = nn.Tensor(a)[idx].numpy()
    assert got.shape == ref.shape
    np.testing.assert_array_equal(got, ref)
    gradcheck(lambda x: x[idx] * 2.0, a)


@pytest.mark.parametrize("idx", [[0, 2, 0], (slice(None), [[3, 0], [3, 3]]),
                                 (0, slice(None), [4, 1, 4])])
def test_long_axes_scatter_add_in_numpy(idx, monkeypatch):
    monkeypatch.setattr(indexing, "SCATTER_KERNEL_MAX_AXIS", 0)  # as if every axis were long
    derived = kernels.CompiledOp.backward

    def no_take_kernel(self, *args):
        assert self.name != "take", "the derived scatter kernel ran"
        return derived(self, *args)
    monkeypatch.setattr(kernels.CompiledOp, "backward", no_take_kernel)
    gradcheck(lambda x: x[idx] * 2.0, R.standard_normal((3, 4, 5)))
    x = nn.Tensor(np.ones((3, 4, 5)), requires_grad=True)
    x[idx].sum().backward()
    ref = np.zeros((3, 4, 5))
    np.add.at(ref, idx if isinstance(idx, tuple) else (idx,), 1.0)
    np.testing.assert_array_equal(x.grad.numpy(), ref)


def test_repeated_indices_accumulate_and_mask_gradient_is_zero_elsewhere():
    x = nn.Tensor(np.ones(4, np.float32), requires_grad=True)
    (x[[0, 0, 3, 0]] * 2.0).sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [6.0, 0.0, 0.0, 2.0])
    y = nn.Tensor(np.arange(6.0).reshape(2, 3), requires_grad=True)
    (y[:, np.array([True, False, True])] * 3.0).sum().backward()
    np.testing.assert_array_equal(y.grad.numpy(), [[3.0, 0.0, 3.0], [3.0, 0.0, 3.0]])


def test_int_tensors_gather_and_kernels_depend_on_shapes_not_values():
    t = nn.Tensor(np.arange(20, dtype=np.int64).reshape(4, 5))
    np.testing.assert_array_equal(t[[3, 1]].numpy(), [[15, 16, 17, 18, 19], [5, 6, 7, 8, 9]])
    x = nn.Tensor(R.standard_normal((6, 3)), requires_grad=True)
    x[[1, 2]].sum().backward()
    builds = kernels.STATS["builds"]
    for idx in ([5, 0], [-1, 3], [2, 2]):
        x[idx].sum().backward()
    assert kernels.STATS["builds"] == builds


def test_negative_indices_wrap_in_the_kernel_forward_and_backward():
    """The take kernel wraps negative indices itself (it reads the index array as given), and
    the scatter-add gradient it derives accumulates them on the rows numpy does."""
    a = R.standard_normal((6, 3))
    w = R.standard_normal((5, 3))
    for dt in (np.int64, np.int32):
        idx = np.array([-1, 5, -6, 0, 0], dt)
        x = nn.Tensor(a, requires_grad=True)
        y = x[idx]
        np.testing.assert_array_equal(y.numpy(), a[idx])
        (y * nn.Tensor(w)).sum().backward()
        want = np.zeros_like(a)
        np.add.at(want, idx, w)
        np.testing.assert_allclose(x.grad.numpy(), want, rtol=1e-12)


@given(st.data())
def test_index_arrays_on_random_axes_match_numpy(data):
    shape = tuple(data.draw(st.lists(st.integers(1, 4), min_size=1, max_size=3)))
    axis = data.draw(st.integers(0, len(shape) - 1))
    n = shape[axis]
    ind = np.array(data.draw(st.lists(st.integers(-n, n - 1), min_size=1, max_size=4)))
    lead = [data.draw(st.one_of(st.just(slice(None)), st.integers(0, s - 1)))
            for s in shape[:axis]]
    idx = (*lead, ind)
    a = np.arange(np.prod(shape), dtype=np.float32).reshape(shape)
    np.testing.assert_array_equal(nn.Tensor(a)[idx].numpy(), a[idx])


def test_out_of_range_and_bad_indices_name_axis_and_size():
    x = nn.Tensor(np.zeros((2, 3, 4), np.float32))
    with pytest.raises(tc.DSLShapeError, match="index 4 is out of range for axis 2 of size 4"):
        x[0, :, [1, 4]]
    with pytest.raises(tc.DSLShapeError, match="index -3 is out of range for axis 0 of size 2"):
        x[[0, -3]]
    with pytest.raises(tc.DSLShapeError, match="index 3 is out of range for axis 1 of size 3"):
        x[:, 3]
    with pytest.raises(tc.DSLShapeError, match=r"mask of shape \[2\] for axis 1 of size 3"):
        x[:, np.array([True, False])]
    with pytest.raises(tc.DSLShapeError, match=r"mask of shape \[2\] for axis 1 of size 3"):
        x[1, np.array([True, False])]  # axis 1 of x (axis 0 once the int is applied)
    with pytest.raises(tc.DSLShapeError, match=r"mask of shape \[2, 3\] for axis 0 of size 2"):
        x[np.ones((2, 3), bool)]
    with pytest.raises(tc.DSLShapeError, match=r"arrays for axes \[0, 2\]"):
        x[[0, 1], :, [1, 2]]
    with pytest.raises(tc.DSLTypeError, match=r"index array for axis 1 must hold integers or "
                                              r"bools, got float64 \[2\]"):
        x[:, np.array([0.0, 1.0])]
    with pytest.raises(tc.DSLTypeError, match=r"can't index axis 0 with float 1\.5"):
        x[1.5]
    with pytest.raises(tc.DSLTypeError, match="boolean scalar can't index axis 0"):
        x[True]
    with pytest.raises(tc.DSLShapeError, match="None"):
        x[None]
    with pytest.raises(tc.DSLShapeError, match="empty tensor"):
        x[:, np.zeros(3, bool)]
    with pytest.raises(tc.DSLShapeError, match="empty tensor"):
        x[[]]
    with pytest.raises(tc.DSLShapeError, match=r"too many indices \(4\)"):
        x[0, 0, 0, 0]
    with pytest.raises(tc.DSLShapeError, match="at most one"):
        x[..., 0, ...]
