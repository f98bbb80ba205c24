"""The automatic schedule's pooled anchor (issues 10 and 12): a max pooling over ``relu(conv +
b)`` computes the convolution's register tiles strip by strip inside the pooling's loops, so
the convolution's output never goes to memory; the windows must tile the axes without
overlap, and the result matches the reference evaluator on both ISAs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from tcomp.dsl.eval import evaluate
from tcomp.ops.conv import conv2d, pool2d
from tcomp.testing import assert_allclose, random_inputs

AVX2, AVX512 = "llvm -mcpu=haswell", "llvm -mcpu=skylake-avx512"


def _graph(n: int, c: int, o: int, hw: int, kernel: int = 2, stride: int = 2,
           kind: str = "max", pad: int = 1, width: int = 0):
    X = tc.placeholder((n, c, hw, width or hw), name="X")
    Wt = tc.placeholder((o, c, 3, 3), name="W")
    b = tc.placeholder((o,), name="b")
    Y = conv2d(X, Wt, padding=pad)
    R = tc.compute(Y.shape, lambda a, f, y, x: tc.max(Y[a, f, y, x] + b[f], 0.0), name="R")
    P = pool2d(R, kernel, stride, kind)
    return P, [X, Wt, b, P]


def _check(s: tc.Schedule, out, args, target: str) -> None:
    ins_t = args[:-1]
    ins = random_inputs(ins_t, rng=3)
    (ref,) = evaluate([out], ins, params=ins_t)
    res = np.full([int(d.value) for d in out.shape], np.nan, np.float32)
    if tc.Target.parse(target).missing_on_host():  # AVX-512 code on an AVX2 CPU:
        tc.build(s, args, target=target, database=False)  # it compiles,
        target = "llvm"  # and the same schedule runs here for the host
    tc.build(s, args, target=target, database=False)(*ins, res)
    assert_allclose(res, ref, rtol=2e-4, atol=1e-4)


@pytest.mark.parametrize("target", [AVX2, AVX512])
@pytest.mark.parametrize("shape", [(2, 3, 16, 32), (3, 16, 8, 16), (2, 5, 6, 13), (2, 4, 12, 9)])
def test_a_max_pool_of_a_convolution_computes_it_per_strip(target: str, shape) -> None:
    P, args = _graph(*shape)
    knobs = tc.auto_knobs(P, target=target)
    assert knobs["pool"] == [True, False]
    assert knobs["inline:conv.pad"][0] is False  # the padded rows copied per strip
    s = tc.auto_schedule(P, target=target)
    text = str(tc.lower(s, args))
    _n, _c, o, hw = shape
    # a strip: two rows of every output channel (the columns some window reads), in a
    # local buffer; no conv-sized buffer
    assert f"allocate conv: float32[1, {o}, 2, {hw // 2 * 2}] in local" in text, text
    assert "parallel" in text
    _check(s, P, args, target)
    _check(tc.auto_schedule(P, target=target, config={"pool": False}), P, args, target)


@pytest.mark.parametrize(("kernel", "stride", "kind"), [(3, 2, "max"), (2, 1, "max"),
                                                        (2, 2, "avg")])
def test_overlapping_windows_and_average_pooling_keep_the_convolution_at_root(
        kernel: int, stride: int, kind: str) -> None:
    # overlapping windows would compute rows twice; the average's output is its scaling
    P, args = _graph(2, 3, 8, 16, kernel, stride, kind)
    assert "pool" not in tc.auto_knobs(P)
    _check(tc.auto_schedule(P), P, args, "llvm")


def test_a_pooling_that_reads_the_convolution_elsewhere_too_keeps_it_at_root() -> None:
    # the window reads R at two tensors: a shifted copy is not a window over the strip
    X = tc.placeholder((2, 3, 8, 8), name="X")
    Wt = tc.placeholder((4, 3, 3, 3), name="W")
    Y = conv2d(X, Wt, padding=1)
    ry, rx = tc.reduce_axis(2, name="ry"), tc.reduce_axis(2, name="rx")
    P = tc.compute((2, 4, 4, 4), lambda a, f, y, x: tc.max(
        Y[a, f, y * 2 + ry, x * 2 + rx] + Y[a, (f + 1) % 4, y * 2 + ry, x * 2 + rx],
        axis=[ry, rx]), name="P")
    assert "pool" not in tc.auto_knobs(P)
    _check(tc.auto_schedule(P), P, [X, Wt, P], "llvm")


@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_random_pooled_convolutions_under_random_configs_are_correct(data) -> None:
    n, c, o = (data.draw(st.integers(1, m)) for m in (3, 5, 12))
    k = data.draw(st.integers(1, 3))
    h, w = (data.draw(st.integers(k + 2, 14)) for _ in range(2))  # conv output >= k
    pad = data.draw(st.integers(0, 1))
    P, args = _graph(n, c, o, h, k, k, pad=pad, width=w)
    target = data.draw(st.sampled_from([AVX2, AVX512]))
    knobs = tc.auto_knobs(P, target=target)
    cfg = data.draw(st.fixed_dictionaries({name: st.sampled_from(v)
                                           for name, v in knobs.items()}))
    _check(tc.auto_schedule(P, target=target, config=cfg), P, args, target)
