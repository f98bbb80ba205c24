"""partition_loops: a loop whose guard holds (or fails) on every iteration but its first (or
last) is split so that the others run without it (a causal convolution's masked FMAs: issue
10; an adjoint's scatter into one element, which LLVM 22 miscompiled: test_llvm_bugs.py)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp import config
from tcomp.dtypes import float32, int64
from tcomp.ir import expr as E
from tcomp.ir import stmt as S
from tcomp.ir.buffer import Buffer
from tcomp.ir.func import PrimFunc
from tcomp.ir.visitor import walk
from tcomp.passes import partition_loops

AVX2 = "llvm -mcpu=haswell"


def _causal(b, c, length, width):
    from autotune import workloads

    return workloads.causal_conv1d(batch=b, channels=c, length=length, width=width)


@pytest.mark.parametrize("shape", [(1, 8, 128, 4), (2, 5, 37, 3), (1, 3, 9, 5)])
def test_the_causal_conv_default_drops_its_guard_after_the_first_tile(shape):
    b, c, length, width = shape
    outs, args = _causal(*shape)
    with config.override(verify=True):
        # an AVX2 target on every host: 8-lane vectors, register tiles of one channel by 32
        # steps (AVX-512's 16 lanes make them 64 long)
        f = tc.build(tc.auto_schedule(outs, target=AVX2), args, target=AVX2, database=False)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((b, c, length)).astype("f4")
    w = rng.standard_normal((c, width)).astype("f4")
    y = np.zeros_like(x)
    f(x, w, y)
    ref = np.zeros((b, c, length))
    for k in range(width):
        ref[:, :, k:] += w[None, :, k, None] * x[:, :, :length - k]
    np.testing.assert_allclose(y, ref, rtol=1e-5, atol=1e-5)
    if length == 128:  # 4 time tiles of 32: the guard is left in the first one only
        ir = f.stages["ir"]
        tail = ir[ir.index("for t.outer in 1"):]
        assert "if " in ir[:ir.index("for t.outer in 1")] and "if " not in tail.split(
            "for c.inner")[0], ir


def _loop_with_guard(cond_of):
    """for i in 0..8: if cond_of(i): A[i] = A[i] + 1.0"""
    A = Buffer("A", (E.const(8, int64),), float32)
    i = E.Var("i", int64)
    body = S.If(cond_of(i), S.Store(A, (i,), E.Load(A, (i,), A.dtype) + E.const(1.0, float32)))
    return PrimFunc("f", (A,), S.For(i, E.const(0, int64), E.const(8, int64),
                                     S.ForKind.SERIAL, body), (), {}), i


def _loops_and_ifs(func):
    fors = [n for n in walk(func.body) if isinstance(n, S.For)]
    return [(E.const_value(f.min), E.const_value(f.extent)) for f in fors], sum(
        isinstance(n, S.If) for n in walk(func.body))


def test_first_and_last_iterations_are_peeled_and_nothing_else():
    first, _ = _loop_with_guard(lambda i: i >= 1)
    assert _loops_and_ifs(partition_loops(first)) == ([(1, 7)], 2)  # a copy for i = 0
    last, _ = _loop_with_guard(lambda i: i < 7)
    assert _loops_and_ifs(partition_loops(last)) == ([(0, 7)], 2)
    only_first, _ = _loop_with_guard(lambda i: i < 1)  # fails on all but the first
    assert _loops_and_ifs(partition_loops(only_first)) == ([(1, 7)], 2)
    only_last, _ = _loop_with_guard(lambda i: i >= 7)
    assert _loops_and_ifs(partition_loops(only_last)) == ([(0, 7)], 2)
    never, _ = _loop_with_guard(lambda i: i < 0)  # simplify's job too
    assert partition_loops(never) is never
    middle, _ = _loop_with_guard(lambda i: i != 4)  # fails inside: left alone
    assert partition_loops(middle) is middle
    always, _ = _loop_with_guard(lambda i: i >= 0)  # simplify's job
    assert partition_loops(always) is always
    par, i = _loop_with_guard(lambda i: i >= 1)
    par = par.with_body(S.For(i, par.body.min, par.body.extent, S.ForKind.PARALLEL,
                              par.body.body))
    assert partition_loops(par) is par  # one parallel loop stays one dispatch


def test_the_split_loops_compute_what_the_loop_did():
    for cond in (lambda i: i >= 1, lambda i: i < 7, lambda i: i < 1, lambda i: i >= 7):
        func, _ = _loop_with_guard(cond)
        from tcomp.ir.interp import run

        a0 = np.zeros(8, "f4")
        a1 = np.zeros(8, "f4")
        run(func, [a0])
        run(partition_loops(func), [a1])
        np.testing.assert_array_equal(a0, a1)
