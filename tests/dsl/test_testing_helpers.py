"""tcomp.testing: random inputs for tensors/buffers and dtype-aware comparisons."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp import dtypes as D
from tcomp.errors import TcompRuntimeError
from tcomp.ir import Var, decl_buffer
from tcomp.testing import assert_allclose, random_inputs


def test_random_inputs_shapes_dtypes_and_ranges():
    n = tc.var("n")
    A = tc.placeholder((n, 3), "float32", name="A")
    B = tc.placeholder((4,), "int32", name="B")
    C = tc.placeholder((n * 2,), "bool", name="C")
    m = Var("m")
    buf = decl_buffer((m, 2), D.float64, "buf")
    a, b, c, d = random_inputs([A, B, C, buf], dim_values={n: 5, "m": 6})
    assert (a.shape, a.dtype) == ((5, 3), np.float32) and np.abs(a).max() <= 1
    assert (b.shape, b.dtype) == ((4,), np.int32) and np.abs(b).max() <= 5
    assert (c.shape, c.dtype) == ((10,), np.bool_)
    assert (d.shape, d.dtype) == ((6, 2), np.float64)
    # Deterministic by default, and a single tensor gives a single array.
    np.testing.assert_array_equal(random_inputs(A, dim_values={n: 5}), random_inputs(
        A, dim_values={n: 5}))
    assert not np.array_equal(random_inputs(A, rng=1, dim_values={n: 5}), a)
    with pytest.raises(TcompRuntimeError, match=r"dim 0 of 'A'.*dim_values"):
        random_inputs([A])


def test_assert_allclose_tolerances_by_dtype():
    x = np.array([1.0, 2.0, 3.0], np.float32)
    assert_allclose(x * (1 + 5e-6), x.astype(np.float64), "float32")
    with pytest.raises(AssertionError, match=r"out: 1 of 3 elements differ.*worst at \(1,\): "
                                             r"actual np.float32\(2.01\)"):
        assert_allclose(np.array([1.0, 2.01, 3.0], np.float32), x, name="out")
    y = np.array([1.0, np.nan])
    assert_allclose(y, y, "float64")
    with pytest.raises(AssertionError, match="float64"):
        assert_allclose(y + 1e-8, y, "float64")
    with pytest.raises(AssertionError, match="1 of 2 elements differ"):
        assert_allclose(np.array([1.0, 2.0]), y, "float64")
    with pytest.raises(AssertionError, match="exact comparison"):
        assert_allclose(np.array([1, 3], np.int32), np.array([1, 2], np.int32))
    with pytest.raises(AssertionError, match="dtype float64 != expected float32"):
        assert_allclose(x.astype(np.float64), x)
    with pytest.raises(AssertionError, match=r"shape \(2,\) != expected \(3,\)"):
        assert_allclose(x[:2], x)
