"""Run-time bounds checks of CPU kernels: an out-of-range access is skipped (never touches
memory: the arrays sit next to inaccessible pages) and the call raises OutOfBoundsError
naming the tensor, the index and the shape."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import tcomp as tc
from tcomp import config, dtypes
from tcomp.codegen.llvm.checks import accesses_to_check, unravel
from tcomp.errors import CompileError, OutOfBoundsError
from tcomp.ir import Allocate, For, ForKind, Load, Op, Store, Var, binary, const, ramp

f32 = dtypes.float32


def _gather(schedule=None, n=16, m=8):
    X = tc.placeholder((n,), name="X")
    idx = tc.placeholder((m,), "int32", name="idx")
    G = tc.compute((m,), lambda i: X[idx[i]] * 2.0, name="G")
    s = tc.create_schedule(G)
    if schedule:
        schedule(s, G)
    return s, [X, idx, G]


def _oob(kernel, *arrays, match):
    with pytest.raises(OutOfBoundsError, match=match) as info:
        kernel(*arrays)
    assert isinstance(info.value, IndexError)
    return str(info.value)


@pytest.mark.parametrize("how", ["serial", "vector", "parallel"])
def test_gather_with_bad_index_is_checked_by_default(guarded, how):
    def sched(s, G):
        if how == "vector":
            s[G].vectorize(s[G].split(G.op.axis[0], 8)[1])
        elif how == "parallel":
            s[G].parallel(s[G].split(G.op.axis[0], 2)[0])
    s, args = _gather(sched)
    with config.override(bounds_check=False):  # the default: gathers only
        f = tc.build(s, args)
    x = guarded.array(16, np.float32, at_end=True)  # X[16] would fault
    x[:] = np.arange(16)
    out = np.zeros(8, np.float32)
    good = np.array([15, 0, 3, 3, 9, 1, 2, 7], np.int32)
    f(x, good, out)
    np.testing.assert_array_equal(out, 2 * x[good])
    msg = _oob(f, x, np.array([0, 1, 2, 16, 4, 5, 6, 7], np.int32), out,
               match=r"read of X\[16\] \(flat index 16\) is out of bounds: X has shape \(16,\)")
    assert "kernel 'main'" in msg and "skipped" in msg
    if how == "parallel":  # first error wins among the threads: either bad index
        _oob(f, x, np.array([0, -3, 2, 3, 4, 5, 6, 99], np.int32), out, match=r"X\[(-3|99)\]")
    else:
        _oob(f, x, np.array([0, -3, 2, 3, 4, 5, 6, 99], np.int32), out, match=r"X\[-3\]")
    f(x, good, out)  # the error record was cleared
    np.testing.assert_array_equal(out, 2 * x[good])


def test_bounds_check_false_drops_every_check():
    s, args = _gather()
    f = tc.build(s, args, bounds_check=False)
    assert "_oob" not in f.stages["llvm"]
    assert "_oob" in tc.build(s, args).stages["llvm"]  # another cache entry: the key differs


def test_unprovable_affine_read_checked_with_bounds_check_true():
    X = tc.placeholder((16,), name="X")
    Y = tc.compute((8,), lambda i: X[i * i], name="Y")  # not refused at build: not attained
    s = tc.create_schedule(Y)
    with config.override(bounds_check=False):
        assert "_oob" not in tc.build(s, [X, Y]).stages["llvm"]  # affine: gathers only
        with config.override(bounds_check=True):  # TCOMP_BOUNDS_CHECK=1
            assert "_oob" in tc.build(s, [X, Y]).stages["llvm"]
        f = tc.build(s, [X, Y], bounds_check=True)
    _oob(f, np.zeros(16, np.float32), np.zeros(8, np.float32), match=r"read of X\[16\]")


@pytest.mark.parametrize("how", ["serial", "vector", "parallel"])
def test_symbolic_sizes_checked_and_unravelled(guarded, how):
    n, m = tc.var("n"), tc.var("m")
    A = tc.placeholder((n, 4), name="A")
    Y = tc.compute((m, 4), lambda i, j: A[i, j] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    if how == "vector":
        s[Y].vectorize(Y.op.axis[1])
    elif how == "parallel":
        s[Y].parallel(Y.op.axis[0])
    f = tc.build(s, [A, Y], bounds_check=True)
    a = guarded.array(8 * 4, np.float32, at_end=True).reshape(8, 4)
    y = np.zeros((8, 4), np.float32)
    f(a, y)
    np.testing.assert_array_equal(y, a + 1)
    _oob(f, a, np.zeros((10, 4), np.float32),
         match=r"read of A\[(8|9), 0\] \(flat index (32|36)\).*A has shape \(8, 4\)")


def test_vector_select_checks_only_the_lanes_it_takes(guarded):
    X = tc.placeholder((16,), name="X")
    ok = tc.compute((16,), lambda i: tc.if_then_else(i >= 1, X[i - 1], 0.0), name="ok")
    bad = tc.compute((16,), lambda i: tc.if_then_else(i % 3 < 2, X[i + 1], 0.0), name="bad")
    x = guarded.array(16, np.float32, at_end=True)
    x[:] = np.arange(16)
    out = np.zeros(16, np.float32)
    for Y in (ok, bad):
        s = tc.create_schedule(Y)
        s[Y].vectorize(s[Y].split(Y.op.axis[0], 8)[1])
        f = tc.build(s, [X, Y], bounds_check=True)
        assert "masked.load" in f.stages["llvm"]
        if Y is ok:
            f(x, out)
            np.testing.assert_array_equal(out, np.concatenate([[0], x[:15]]))
        else:
            _oob(f, x, out, match=r"read of X\[16\]")


def test_stores_and_temporaries(cg, guarded):
    n = cg.size_var("n")
    A, C = cg.buf("A", (n,)), cg.buf("C", (n,))
    i = Var("i")
    one = binary(Op.ADD, i, const(1))

    def build(body):
        f = cg.func("k", (A, C), body, (n,))
        return cg.build(dataclasses.replace(f, attrs={**f.attrs, "bounds_check": "all"}))
    c = guarded.array(16, np.float32, at_end=True)
    a = np.arange(16, dtype=np.float32)
    shifted = build(For(i, const(0), n, ForKind.SERIAL, Store(C, (one,), Load(A, (i,), f32))))
    _oob(shifted, a, c, match=r"write to C\[16\] \(flat index 16\).*C has shape \(16,\)")
    np.testing.assert_array_equal(c[1:], a[:15])  # the other writes happened
    vec = build(For(i, const(0), binary(Op.FLOORDIV, n, const(4)), ForKind.SERIAL, Store(
        C, (ramp(binary(Op.ADD, binary(Op.MUL, i, const(4)), const(2)), const(1), 4),),
        Load(A, (ramp(binary(Op.MUL, i, const(4)), const(1), 4),), f32.with_lanes(4)))))
    _oob(vec, a, c, match=r"write to C\[16\]")  # the first lane out of the last vector
    T = cg.buf("tmp", (4,), scope="local")
    tmp = build(Allocate(T, For(i, const(0), n, ForKind.SERIAL, Store(
        C, (i,), Load(T, (binary(Op.FLOORMOD, i, const(5)),), f32)))))
    _oob(tmp, a, c, match=r"read of the temporary buffer 'tmp' at flat index 4 is out of "
                         r"bounds: it holds 4 elements")


def test_proofs_use_loop_ranges_if_conditions_and_select_conditions():
    X = tc.placeholder((100,), name="X")
    Y = tc.compute((100,), lambda i: X[i], name="Y")
    s = tc.create_schedule(Y)
    s[Y].split(Y.op.axis[0], 7)  # a tail guard or a peeled loop: both provable
    n = tc.var("n")
    Xn = tc.placeholder((n,), name="Xn")
    P = tc.compute((n + 2,), lambda i: tc.if_then_else(
        tc.logical_and(i >= 1, i <= n), Xn[i - 1], 0.0), name="P")
    for sch, args in ((s, [X, Y]), (tc.create_schedule(P), [Xn, P])):
        func = tc.lower(sch, args, passes="all")
        assert accesses_to_check(dataclasses.replace(func), "all") == set(), func


def test_nn_fast_path_reports_bounds_errors():
    from tcomp.nn.kernels import get_op

    def builder(x, idx):
        return tc.compute((4,), lambda i: x[idx[i]] + 1.0, name="take")
    x = np.arange(6, dtype=np.float32)
    op = get_op("take_oob_test", builder, [x, np.zeros(4, np.int32)])
    good = np.array([5, 0, 1, 2], np.int32)
    np.testing.assert_array_equal(op.forward([x, good]), x[good] + 1)  # checked call
    np.testing.assert_array_equal(op.forward([x, good]), x[good] + 1)  # fast path
    assert op._fwd_launch.cfunc is not None
    with pytest.raises(OutOfBoundsError, match=r"read of in0\[6\].*shape \(6,\)"):
        op.forward([x, np.array([0, 6, 1, 2], np.int32)])
    np.testing.assert_array_equal(op.forward([x, good]), x[good] + 1)


def test_cuda_refuses_an_explicit_bounds_check():
    s, args = _gather()
    with pytest.raises(CompileError, match="'cuda' backend emits no bounds checks"):
        tc.build(s, args, target="cuda", bounds_check=True)


def test_unravel():
    assert unravel(5, (4,)) == (5,)
    assert unravel(17, (4, 4)) == (4, 1)
    assert unravel(-1, (4, 4)) == (-1, 3)
    assert unravel(13, (2, 3, 2)) == (2, 0, 1)
