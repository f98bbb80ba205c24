"""Legal schedules that once computed wrong answers, crashed or were refused (issue 9).

Each builds the kernel with LLVM and compares it with numpy (and the loop-IR interpreter
where that shows the lowering alone is right).
"""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.ir import interp


def _rand(shape, dtype="float32", seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


# ----------------------------------------------------------------------- rfactor, offset ranges
def _offset_sum(lo=3, hi=8, n=4, m=10):
    A = tc.placeholder((n, m), name="A")
    k = tc.reduce_axis((lo, hi), name="k")
    B = tc.compute((n,), lambda i: tc.sum(A[i, k], axis=k), name="B")
    return A, k, B


@pytest.mark.parametrize("which", ["inner", "outer"])
def test_rfactor_of_a_split_reduction_axis_with_a_nonzero_lower_bound(which):
    A, k, B = _offset_sum()
    s = tc.create_schedule(B)
    ko, ki = s[B].split(k, factor=2)
    s.rfactor(B, ki if which == "inner" else ko)
    f = tc.build(s, [A, B])
    a = _rand((4, 10))
    b = np.zeros(4, "float32")
    f(a, b)
    np.testing.assert_allclose(b, a[:, 3:8].sum(1), rtol=1e-5)


def test_rfactor_of_an_unsplit_offset_axis_beside_another_offset_axis():
    A = tc.placeholder((3, 9, 7), name="A")
    k = tc.reduce_axis((2, 9), name="k")
    r = tc.reduce_axis((1, 6), name="r")
    B = tc.compute((3,), lambda i: tc.sum(A[i, k, r], axis=[k, r]), name="B")
    s = tc.create_schedule(B)
    s.rfactor(B, k)
    f = tc.build(s, [A, B])
    a = _rand((3, 9, 7))
    b = np.zeros(3, "float32")
    f(a, b)
    np.testing.assert_allclose(b, a[:, 2:9, 1:6].sum((1, 2)), rtol=1e-5)


# ----------------------------------------------------------------------- gathers and compute_at
def test_gather_index_read_inside_a_compute_at_stage():
    X = tc.placeholder((3,), name="X")
    Ix = tc.placeholder((8,), name="I", dtype="int32")
    T1 = tc.compute((3,), lambda a: X[a] * 2.0, name="T1")
    T2 = tc.compute((8,), lambda i: T1[Ix[i] % 3], name="T2")
    s = tc.create_schedule(T2)
    s[T1].compute_at(s[T2], s[T2].op.axis[0])
    f = tc.build(s, [X, Ix, T2])
    x = _rand(3)
    idx = np.array([-7, -1, 0, 1, 2, 3, 5, 100], "int32")
    y = np.zeros(8, "float32")
    f(x, idx, y)
    np.testing.assert_allclose(y, x[idx % 3] * 2.0)


def test_gather_through_a_float_index_computes_the_whole_producer_at_the_loop():
    X = tc.placeholder((6, 4), name="X")
    F = tc.placeholder((5,), name="F")
    T1 = tc.compute((6, 4), lambda a, b: X[a, b] + 1.0, name="T1")
    T2 = tc.compute((5, 4), lambda i, j: T1[tc.cast("int64", F[i]), j], name="T2")
    s = tc.create_schedule(T2)
    s[T1].compute_at(s[T2], s[T2].op.axis[1])
    func = tc.lower(s, [X, F, T2], passes="all")
    f = tc.build(s, [X, F, T2])
    x = _rand((6, 4))
    fi = np.array([0.5, 5.9, 3.0, 2.2, 1.0], "float32")
    want = x[fi.astype(int)] + 1.0
    for run in (lambda *a: interp.run(func, list(a)), f):
        y = np.zeros((5, 4), "float32")
        run(x, fi, y)
        np.testing.assert_allclose(y, want)


def test_a_stage_read_twice_once_through_a_gather():
    # The two reads' regions are merged: the gather's is unbounded, which used to be
    # forgotten once the plain read T1[i] came after it (a 1-element buffer read at I[i]).
    X = tc.placeholder((8,), name="X")
    Ix = tc.placeholder((8,), name="I", dtype="int32")
    T1 = tc.compute((8,), lambda a: X[a] * 2.0, name="T1")
    T2 = tc.compute((8,), lambda i: T1[Ix[i]] + T1[i], name="T2")
    s = tc.create_schedule(T2)
    s[T1].compute_at(s[T2], s[T2].op.axis[0])
    func = tc.lower(s, [X, Ix, T2], passes="all")
    x = _rand(8)
    idx = np.array([7, 0, 3, 3, 5, 1, 2, 6], "int32")
    for run in (lambda *a: interp.run(func, list(a)), tc.build(s, [X, Ix, T2])):
        y = np.zeros(8, "float32")
        run(x, idx, y)
        np.testing.assert_allclose(y, x[idx] * 2 + x * 2, rtol=1e-6)


def test_producer_read_only_by_a_stage_nested_in_another_attached_stage():
    # P is computed at Y's loop i; its only reader Q is computed inside Z, which is computed
    # at that same loop. P's region must come from Q's reads, through Z.
    X = tc.placeholder((6, 9), name="X")
    P = tc.compute((6, 9), lambda i, j: X[i, j] + 1.0, name="P")
    Q = tc.compute((6, 8), lambda i, j: P[i, j] * P[i, j + 1], name="Q")
    Z = tc.compute((6, 8), lambda i, j: Q[i, j] - 1.0, name="Z")
    Y = tc.compute((6, 8), lambda i, j: Z[i, j] * 3.0, name="Y")
    s = tc.create_schedule(Y)
    s[Q].compute_at(s[Z], s[Z].op.axis[1])
    s[Z].compute_at(s[Y], s[Y].op.axis[0])
    s[P].compute_at(s[Y], s[Y].op.axis[0])
    func = tc.lower(s, [X, Y], passes="all")
    x = _rand((6, 9))
    p = x + 1.0
    want = (p[:, :-1] * p[:, 1:] - 1.0) * 3.0
    for run in (lambda *a: interp.run(func, list(a)), tc.build(s, [X, Y])):
        y = np.zeros((6, 8), "float32")
        run(x, y)
        np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-6)


# ----------------------------------------------------------------------- symbolic shapes
def test_symbolic_cache_write_compute_at_under_two_nparts_splits():
    # The cache's region depended on loops of extent 1, which simplification removes; its
    # buffer size kept their variables ("variable 'i.outer' is used but not bound").
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] * 2.0 + 1.0, name="Y")
    s = tc.create_schedule(Y)
    C = s.cache_write(Y, "local")
    _, b = s[Y].split(Y.op.axis[0], nparts=1)
    c, d = s[Y].split(b, nparts=1)
    s[Y].split(d, nparts=3)
    s[C].compute_at(s[Y], c)
    f = tc.build(s, [X, Y])
    for size in (1, 2, 5, 12):
        x = _rand(size, seed=size)
        y = np.zeros(size, "float32")
        f(x, y)
        np.testing.assert_allclose(y, x * 2 + 1, rtol=1e-6)


# ----------------------------------------------------------------------- vectorize
def _gemm(n):
    A = tc.placeholder((n, n), name="A")
    B = tc.placeholder((n, n), name="B")
    k = tc.reduce_axis((0, n), name="k")
    C = tc.compute((n, n), lambda x, y: tc.sum(A[x, k] * B[k, y], axis=k), name="C")
    return A, B, C


@pytest.mark.parametrize("vectorize_first", [False, True])
def test_tvm_cpu_gemm_tutorial_schedule(vectorize_first):
    # TVM's "How to optimize GEMM on CPU", cache-write step, at n=128: the cache stage's
    # axis has extent 128 at the vectorize call and 32 once compute_at places it in a tile.
    n, bn, kfactor = 128, 32, 4
    A, B, C = _gemm(n)
    s = tc.create_schedule(C)
    CC = s.cache_write(C, "global")
    mo, no, _mi, _ni = s[C].tile(C.op.axis[0], C.op.axis[1], bn, bn)
    mc, nc = s[CC].op.axis
    if vectorize_first:
        s[CC].vectorize(nc)
    s[CC].compute_at(s[C], no)
    (kaxis,) = s[CC].op.reduce_axis
    ko, ki = s[CC].split(kaxis, factor=kfactor)
    s[CC].reorder(ko, mc, ki, nc)
    if not vectorize_first:
        s[CC].vectorize(nc)
    s[CC].unroll(ki)
    s[C].parallel(mo)
    f = tc.build(s, [A, B, C])
    assert "<32 x float>" in f.stages["llvm"] or "<16 x float>" in f.stages["llvm"]
    a, b = _rand((n, n), seed=1), _rand((n, n), seed=2)
    c = np.zeros((n, n), "float32")
    f(a, b, c)
    np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("width", [200, 1024])
def test_vectorize_of_a_wide_axis_splits_it_into_target_vectors(width):
    X = tc.placeholder((3, width), name="X")
    Y = tc.compute((3, width), lambda i, j: X[i, j] * 2.0 + 1.0, name="Y")
    s = tc.create_schedule(Y)
    s[Y].vectorize(Y.op.axis[1])
    tgt = "llvm -mcpu=haswell -mattr=+avx,+avx2"  # 256-bit vectors: 8 float32 lanes
    f = tc.build(s, [X, Y])
    text = str(tc.lower(s, [X, Y], passes="all"))
    assert "j.vec" in text, text
    assert "<8 x float>" in tc.build(s, [X, Y], target=tgt).stages["llvm"]
    x = _rand((3, width))
    y = np.zeros_like(x)
    f(x, y)
    np.testing.assert_allclose(y, x * 2 + 1, rtol=1e-6)


def test_vectorize_of_a_symbolic_axis_runs_vectors_and_a_scalar_tail():
    n = tc.var("n")
    X = tc.placeholder((2, n), name="X")
    Y = tc.compute((2, n), lambda i, j: X[i, j] - 3.0, name="Y")
    s = tc.create_schedule(Y)
    s[Y].vectorize(Y.op.axis[1])
    f = tc.build(s, [X, Y])
    for size in (0, 1, 15, 16, 17, 100):
        x = _rand((2, size), seed=size)
        y = np.zeros_like(x)
        f(x, y)
        np.testing.assert_allclose(y, x - 3.0, rtol=1e-6)


def test_compute_at_region_that_is_empty_in_a_peeled_iteration():
    # In the peeled last iteration of a non-dividing split the cache's region is empty; its
    # nest (split by nparts) used to be emitted anyway and divided by a zero extent.
    X = tc.placeholder((256,), name="X")
    Y = tc.compute((256,), lambda i: X[i] * 3.0 - 1.0, name="Y")
    s = tc.create_schedule(Y)
    C = s.cache_write(Y, "global")
    s[C].split(s[C].op.axis[0], nparts=2)
    a, b = s[Y].split(Y.op.axis[0], nparts=3)
    s[Y].split(a, nparts=2)
    e, _ = s[Y].split(b, factor=4)
    s[C].compute_at(s[Y], e)
    f = tc.build(s, [X, Y])
    x = _rand(256)
    y = np.zeros(256, "float32")
    f(x, y)
    np.testing.assert_allclose(y, x * 3.0 - 1.0, rtol=1e-5, atol=1e-6)  # a*b+c may fuse


# ----------------------------------------------------------------------- clamp + cast, in a child
_CLAMP_CAST = """
import numpy as np
import tcomp as tc

for ndim, scope, place, annot in [("1", "local", "root", "none"),
                                  ("1", "global", "root", "vectorize"),
                                  ("2", "local", "at", "vectorize"),
                                  ("2", "local", "root", "unroll"),
                                  ("2", "global", "at", "none")]:
    shape = (37,) if ndim == "1" else (9, 37)
    X = tc.placeholder(shape, name="X")
    Y = tc.compute(shape, lambda *ix: tc.cast("int32", tc.max(tc.min(X[ix], 1e6), -1e6)),
                   name="Y")
    s = tc.create_schedule(Y)
    C = s.cache_write(Y, scope)
    ax = s[C].op.axis
    jo, ji = s[C].split(ax[-1], factor=4)
    s[C].reorder(ji, *ax[:-1], jo)          # the split's inner part outermost
    if place == "at" and ndim == "2":
        s[C].compute_at(s[Y], s[Y].op.axis[0])
    if annot != "none":
        getattr(s[C], annot)(jo)
    f = tc.build(s, [X, Y])
    x = (np.random.default_rng(0).standard_normal(shape) * 3e6).astype("float32")
    y = np.zeros(shape, "int32")
    f(x, y)
    assert (y == np.clip(x, -1e6, 1e6).astype("int32")).all(), (ndim, scope, place, annot)
print("ok")
"""


def test_clamped_cast_through_a_reordered_cache_stage_runs_in_a_child():
    # Issue 9 reported an LLVM assertion aborting the process for this family of schedules
    # (1-D/2-D, local/global cache, inner part of a split outermost, compute_at, vectorize or
    # unroll). A child process turns an abort into a failure instead of killing the run.
    import os
    import subprocess
    import sys

    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    env = dict(os.environ, PYTHONPATH=root)
    out = subprocess.run([sys.executable, "-c", _CLAMP_CAST], capture_output=True, text=True,
                         env=env, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", (out.returncode,
                                                                out.stderr[-3000:])
