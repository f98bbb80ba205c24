"""Golden examples for tcomp.arith.bounds / const_bounds and the Interval helpers."""

from __future__ import annotations

import pytest

from tcomp import dtypes
from tcomp.arith import Interval, bounds, const_bounds
from tcomp.ir.buffer import decl_buffer
from tcomp.ir.expr import Load, Op, SizeVar, Var, binary, cast, const, ramp, select

i, j, k, io, ii, f = (Var(name) for name in ("i", "j", "k", "io", "ii", "f"))
n, m = SizeVar("n"), SizeVar("m")


def b(e, ranges=None) -> str:
    iv = bounds(e, ranges)
    return f"[{iv.lo!r}, {iv.hi!r}]"


@pytest.mark.parametrize("expr, ranges, want", [
    # tiled loops
    (i * 32 + j, {j: (0, 31)}, "[i * 32, i * 32 + 31]"),
    (io * 32 + ii, {io: (0, 3), ii: (0, 31)}, "[0, 127]"),
    (io * 32 + ii, {io: (0, (n + 31) // 32 - 1), ii: (0, 31)},
     "[0, (n + 31) // 32 * 32 - 1]"),
    ((io * 32 + 31) - io * 32 + 1, {io: (0, 3)}, "[32, 32]"),
    # fused loops
    (f // 48, {f: (0, 95)}, "[0, 1]"),
    (f % 48, {f: (0, 95)}, "[0, 47]"),
    (f % 48, {f: (0, 40)}, "[0, 40]"),
    (f % 8, {f: (16, 20)}, "[0, 4]"),
    # symbolic sizes
    (j * n, {j: (0, 7)}, "[0, n * 7]"),
    (i, {i: (0, n - 1)}, "[0, n - 1]"),
    ((n + 31) // 32, None, "[(n + 31) // 32, (n + 31) // 32]"),
    (f // n, {f: (0, 100)}, "[0, 100 // n]"),
    (f % n, {f: (0, 100)}, "[0, 100]"),  # n may be 0, and f % 0 == 0
    (f % (n + 1), {f: (0, 100)}, "[0, min(n, 100)]"),
    (i % 32, {i: (k, k + 31)}, "[0, 31]"),
    # mixed signs and unknown signs
    (-j, {j: (0, 31)}, "[-31, 0]"),
    (i * j, {i: (-2, 3), j: (-5, 7)}, "[-15, 21]"),
    (i * k, {i: (-2, 3)}, "[min(k * -2, k * 3), max(k * -2, k * 3)]"),
    (i * j, {i: (0, 3), j: (0, m)}, "[0, m * 3]"),
    (abs(i), {i: (-4, 3)}, "[0, 4]"),
    # min / max / select / casts
    (binary(Op.MIN, i, n), {i: (0, 10)}, "[0, min(n, 10)]"),
    (binary(Op.MAX, i, j), {i: (0, 10), j: (-5, 20)}, "[0, 20]"),
    (select(i < j, i, j + 5), {i: (0, 3), j: (2, 4)}, "[0, 9]"),
    (select(i < 5, i, j), {i: (0, 3), j: (2, 40)}, "[0, 3]"),
    (cast("int32", i), {i: (0, 5)}, "[0:i32, 5:i32]"),
    # nested ranges: j's range depends on i
    (j, {i: (0, 3), j: Interval(i * 32, i * 32 + 31)}, "[0, 127]"),
    (j - i * 32, {i: (0, 3), j: Interval(i * 32, i * 32 + 31)}, "[0, 31]"),
    # unbounded
    (j, {j: (0, None)}, "[0, None]"),
    (i, None, "[i, i]"),
    (i, {i: (j, j), j: (i, i)}, "[None, None]"),  # cyclic ranges: gives up, terminates
])
def test_bounds(expr, ranges, want):
    assert b(expr, ranges) == want


def test_bounds_of_vectors_are_lane_hulls():
    assert b(ramp(i * 16, const(1), 16), {i: (0, 3)}) == "[0, 63]"
    assert b(ramp(i, const(-2), 4), {i: (0, 3)}) == "[-6, 3]"
    assert b(ramp(i, j, 4), {i: (0, 3), j: (0, 2)}) == "[0, 9]"


def test_bounds_of_loads_and_bools():
    buf = decl_buffer((16,), dtypes.int64, "A")
    assert b(Load(buf, (i,), dtypes.int64), {i: (0, 3)}) == "[None, None]"
    assert b(Load(buf, (k,), dtypes.int64), {i: (0, 3)}) == "[A[k], A[k]]"
    assert const_bounds(i < j) == (0, 1)


def test_const_bounds():
    assert const_bounds(n) == (0, None)
    assert const_bounds(n - 1) == (-1, None)
    # a dimension is at most MAX_DIM (2**48 - 1, checked at calls), so n*4 + 3 can't wrap
    assert const_bounds(n * 4 + 3) == (3, None)
    assert const_bounds(n * 2**14) == (0, None)
    assert const_bounds(n * 2**15) == (0, None)
    assert const_bounds(n * 2**16) == (None, None)  # may wrap: (2**48 - 1) * 2**16 >= 2**63
    assert const_bounds(n * 4 + 3, {n: (0, 2**40)}) == (3, 2**42 + 3)
    assert const_bounds(i % 7) == (0, 6)
    assert const_bounds(i % -7) == (-6, 0)
    assert const_bounds(i // 4, {i: (-9, 9)}) == (-3, 2)
    assert const_bounds(i * 32 + j, {i: (0, 3), j: (0, 31)}) == (0, 127)
    assert const_bounds(i - n, {i: (0, n - 1)}) == (None, -1)  # symbolic fallback
    assert const_bounds(i, {i: (0, n - 1)}) == (0, None)
    assert const_bounds(k) == (None, None)


def test_interval_helpers():
    iv = Interval.from_extent(io * 32, const(32))
    assert repr(iv) == "Interval(io * 32, io * 32 + 31)"
    assert repr(iv.extent()) == "32"
    assert Interval(const(0), None).extent() is None
    assert repr(Interval.point(i)) == "Interval(i, i)"
    region = bounds((i * 32 + j) * m + k, {j: (0, 31), k: (0, m - 1)})
    assert repr(region.extent()) == "m * 32"


def test_div_bounds_of_an_empty_divisor_range_is_sound_not_an_error():
    # Fuzz case 2041011009: a divisor ranging over [2, 1] (a loop that runs no iteration, in
    # a compute_at nest of splits that don't divide) made div_bounds call min() on nothing,
    # and a legal schedule's build raised ValueError.
    from tcomp.arith.bounds import div_bounds

    lo, hi = div_bounds(2, 8, 2, 1)
    assert lo <= 0 <= hi and max(-lo, hi) >= 8
    assert div_bounds(-5, 3, 2, 1) == (-5, 5)
    assert div_bounds(2, 8, 2, 4) == (0, 4)  # the non-empty case is unchanged
