"""Build-time bounds proof: a read that is out of bounds for some iteration stops the build."""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from tcomp.errors import LoweringError, ProvablyOutOfBoundsError


def _build(Y, *params, lower=False):
    s = tc.create_schedule(Y)
    return (tc.lower if lower else tc.build)(s, [*params, Y])


def test_shifted_read_is_refused_with_tensor_axis_range_and_line():
    X = tc.placeholder((16,), name="X")
    Y = tc.compute((16,), lambda i: X[i + 1], name="Y")
    line = Y.op.location
    for lower in (False, True):  # tc.build and tc.lower both check
        with pytest.raises(ProvablyOutOfBoundsError) as info:
            _build(Y, X, lower=lower)
        msg = str(info.value)
        assert isinstance(info.value, IndexError) and isinstance(info.value, LoweringError)
        assert msg.startswith(line) and "compute 'Y' reads X[i + 1]" in msg
        assert "axis 0 of 'X'" in msg and "ranges over [1, 16]" in msg and "[0, 16)" in msg


@pytest.mark.parametrize("index, rng", [
    (lambda i, j: i * 100000000, "[0, 1500000000]"),     # the index that used to segfault
    (lambda i, j: i * 5 - j, "[-3, 75]"),                # negative end
    (lambda i, j: tc.max(i * 6, 3), "[3, 90]"),           # max: its greatest value is reached
    (lambda i, j: (i * 16 + j) // 2 + 9, "[9, 130]"),
])
def test_attained_ranges_outside_the_shape(index, rng):
    X = tc.placeholder((16,), name="X")
    Y = tc.compute((16, 4), lambda i, j: X[index(i, j)], name="Y")
    with pytest.raises(ProvablyOutOfBoundsError, match="ranges over " + re.escape(rng)):
        _build(Y, X)


def test_symbolic_sizes_and_reduce_axes():
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    with pytest.raises(ProvablyOutOfBoundsError, match=r"X\[n - i\].*ranges over \[1, n\]"):
        _build(tc.compute((n,), lambda i: X[n - i], name="Y"), X)
    A = tc.placeholder((n, 8), name="A")
    k = tc.reduce_axis(9, "k")
    with pytest.raises(ProvablyOutOfBoundsError, match=r"A\[i, k\].*index k of axis 1.*k in "
                                                       r"\[0, 9\)"):
        _build(tc.compute((n,), lambda i: tc.sum(A[i, k], axis=k), name="S"), A)


def test_reads_in_range_or_unprovable_still_build():
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    G = tc.placeholder((4,), "int32", name="G")
    k = tc.reduce_axis(9, "k")
    ok = [
        tc.compute((n,), lambda i: X[n - 1 - i], name="rev"),
        tc.compute((n,), lambda i: tc.sum(X[i + k - 4], axis=k,          # where= guards it
                                          where=tc.logical_and(i + k >= 4, i + k < n + 4)),
                   name="win"),
        tc.compute((n + 2,), lambda i: tc.if_then_else(                  # padding
            tc.logical_and(i >= 1, i <= n), X[i - 1], 0.0), name="pad"),
        tc.compute((4,), lambda i: X[G[i]], name="gather"),              # left to run time
        tc.compute((n,), lambda i: X[tc.min(i * 2, n - 1)], name="clamped"),
        tc.compute((n,), lambda i: X[i * 2 - i], name="shared_axis"),    # not attained: runtime
    ]
    for Y in ok:
        params = [X, G] if Y.name == "gather" else [X]
        _build(Y, *params, lower=True)


def test_triangular_reduction_is_not_refused():
    X = tc.placeholder((8,), name="X")

    def suffix(i):
        r = tc.reduce_axis((0, i), "r")
        return tc.sum(X[r + 8 - i], axis=r)
    Y = tc.compute((9,), suffix, name="suffix")
    f = _build(Y, X)
    x = np.arange(8, dtype=np.float32)
    out = np.empty(9, np.float32)
    f(x, out)
    np.testing.assert_array_equal(out, [x[8 - i:].sum() for i in range(9)])

    def prefix_times_last(i):  # X[i] is read only where the reduction isn't empty (i < 8)
        r = tc.reduce_axis((0, 8 - i), "r")
        return tc.sum(X[r] * X[i], axis=r)
    Z = tc.compute((9,), prefix_times_last, name="Z")
    f = _build(Z, X)
    f(x, out)
    np.testing.assert_array_equal(out, [x[:8 - i].sum() * (x[i] if i < 8 else 0)
                                        for i in range(9)])


def test_inlined_and_cached_stages_are_checked_too():
    X = tc.placeholder((16,), name="X")
    B = tc.compute((16,), lambda i: X[i + 2] * 2.0, name="B")
    C = tc.compute((8,), lambda i: B[i], name="C")
    s = tc.create_schedule(C)
    s[B].compute_inline()
    with pytest.raises(ProvablyOutOfBoundsError, match="compute 'B' reads X"):
        tc.build(s, [X, C])
