"""Vector reads whose lanes are a scalar plus constant offsets (a stride-2 read, ``i // 2``
repeats, ``i % 2``, a broadcast, a reversed ramp) compile to contiguous loads and a shuffle,
or, spread wider than two vectors (a column of a matrix), to one scalar load per lane: not a
gather, and nothing read outside what their lanes address."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp import dtypes
from tcomp.codegen.lanes import lane_offsets
from tcomp.codegen.target import Target
from tcomp.ir import Load, Op, Store, Var, binary, broadcast, const, ramp

L = 8
f32, i64 = dtypes.float32, dtypes.int64
_AVX512 = Target.host().isa == "avx512"


def _b(x):
    return broadcast(const(x, i64) if isinstance(x, int) else x, L)


# name, index lanes as a function of the loop variable io, numpy twin, buffer size per
# iteration, whether the read stays a gather
CASES = [
    ("stride2", lambda io: ramp(io * 16, const(2, i64), L), lambda io, k: io * 16 + 2 * k, 16,
     False),
    ("stride2_odd", lambda io: ramp(io * 16 + 1, const(2, i64), L),
     lambda io, k: io * 16 + 1 + 2 * k, 16, False),
    ("repeat", lambda io: _b(io * 4) + binary(Op.FLOORDIV, ramp(const(0, i64), const(1, i64), L),
                                              _b(2)), lambda io, k: io * 4 + k // 2, 4, False),
    ("mod", lambda io: _b(io * 2) + binary(Op.FLOORMOD, ramp(const(0, i64), const(1, i64), L),
                                           _b(2)), lambda io, k: io * 2 + k % 2, 2, False),
    ("broadcast", lambda io: _b(io), lambda io, k: io + 0 * k, 1, False),
    ("reversed", lambda io: ramp(io * 8 + 7, const(-1, i64), L), lambda io, k: io * 8 + 7 - k, 8,
     False),
    ("div_of_ramp", lambda io: binary(Op.FLOORDIV, ramp(io * 8, const(1, i64), L), _b(4)),
     lambda io, k: (io * 8 + k) // 4, 2, False),
    ("div_unproven", lambda io: binary(Op.FLOORDIV, ramp(io, const(1, i64), L), _b(2)),
     lambda io, k: (io + k) // 2, 1, True),
    # lanes too far apart for one span: a scalar load per lane at a constant offset, no
    # gather (LLVM scalarized those through a vector of addresses, ~4 instructions a lane),
    # except on AVX-512 hosts, whose gathers are kept
    ("wide", lambda io: ramp(io, const(3, i64), L), lambda io, k: io + 3 * k, 1, _AVX512),
    ("column", lambda io: ramp(io, const(37, i64), L), lambda io, k: io + 37 * k, 1, _AVX512),
]


@pytest.mark.parametrize("name,index,ref,per,gather", CASES, ids=[c[0] for c in CASES])
def test_window_loads_match_numpy_and_skip_the_gather(cg, guarded, name, index, ref, per,
                                                      gather):
    n = 6
    io, l_ = np.arange(n)[:, None], np.arange(L)[None, :]
    want = ref(io, l_)
    size = int(want.max()) + 1  # the last iteration reads the last element
    A = cg.buf("A", (size,), f32)
    C = cg.buf("C", (n * L,), f32)
    v = Var("io", i64)
    from tcomp.ir import For, ForKind
    body = For(v, const(0, i64), const(n, i64), ForKind.SERIAL,
               Store(C, (ramp(v * L, const(1, i64), L),), Load(A, (index(v),), f32.with_lanes(L))))
    k = cg.build(cg.func(f"win_{name}", (A, C), body))
    assert ("masked.gather" in k.source("llvm")) == gather, k.source("llvm")
    a = guarded.array(size, np.float32, at_end=True)  # a read past A faults
    a[:] = np.arange(size, dtype=np.float32) * 1.5
    c = np.zeros(n * L, np.float32)
    k(a, c)
    np.testing.assert_array_equal(c, a[want.reshape(-1)])


def test_lane_offsets_forms():
    io = Var("io", i64)
    assert lane_offsets(ramp(io, const(2, i64), 4))[1] == [0, 2, 4, 6]
    _base, offs = lane_offsets(_b(io * 4) + binary(Op.FLOORDIV, ramp(const(0, i64), const(1, i64),
                                                                    L), _b(2)))
    assert offs == [0, 0, 1, 1, 2, 2, 3, 3]
    assert lane_offsets(binary(Op.FLOORDIV, ramp(io, const(1, i64), L), _b(2))) is None
    assert lane_offsets(binary(Op.MUL, ramp(io, const(1, i64), L), ramp(io, const(1, i64), L))) \
        is None
    assert lane_offsets(ramp(io, io, L)) is None  # a stride that is not a constant
    assert lane_offsets(broadcast(const(1.0), L)) is None  # not an integer vector


def test_max_pool_forward_and_backward_have_no_gather():
    from tcomp.autodiff import gradient
    from tcomp.ops.conv import pool2d

    X = tc.placeholder((2, 3, 16, 16), "float32", "x")
    P = pool2d(X, 2, 2, "max")
    H = tc.placeholder((2, 3, 8, 8), "float32", "head")
    (g,) = gradient(P, [X], H)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 16, 16)).astype(np.float32)
    h = rng.standard_normal((2, 3, 8, 8)).astype(np.float32)
    fp = tc.build([P], [X, P])
    kg = tc.build([g], [X, H, g])
    for k in (fp, kg):
        assert "gather" not in k.source("llvm-opt"), k.source("ir")
    p, o = np.zeros((2, 3, 8, 8), np.float32), np.zeros_like(x)
    fp(x, p)
    kg(x, h, o)
    xr = x.reshape(2, 3, 8, 2, 8, 2)
    pm = xr.max(axis=(3, 5))
    np.testing.assert_array_equal(p, pm)
    eq = xr == pm[:, :, :, None, :, None]
    ref = (eq * (h / eq.sum(axis=(3, 5)))[:, :, :, None, :, None]).reshape(x.shape)
    np.testing.assert_allclose(o, ref, rtol=1e-6)


def test_masked_window_reads_only_what_active_lanes_read(cg, guarded):
    """Under a select, a stride-2 read whose later lanes would run past A is masked: the
    masked-off lanes' elements (past the end of A, in a PROT_NONE page) are never loaded,
    and the span loads skip the elements no active lane reads."""
    from tcomp.ir import For, ForKind, PrimFunc, select

    n = 3  # iterations; A holds 16*n - 8 elements: the last iteration's lanes 4..7 are out
    size = 16 * n - 8
    A = cg.buf("A", (size,), f32)
    C = cg.buf("C", (n * L,), f32)
    v = Var("io", i64)
    out_idx = ramp(v * L, const(1, i64), L)
    src = ramp(v * 16, const(2, i64), L)
    ok = binary(Op.LT, src, broadcast(const(size, i64), L))
    val = select(ok, Load(A, (src,), f32.with_lanes(L)), broadcast(const(-1.0), L))
    body = For(v, const(0, i64), const(n, i64), ForKind.SERIAL, Store(C, (out_idx,), val))
    f = cg.func("win_masked", (A, C), body)
    # unchecked, as a user's build is (the suite checks every access it can't prove, and a
    # checked access keeps its gather: the check is per lane)
    f = PrimFunc(f.name, f.params, f.body, f.dim_vars, {**f.attrs, "bounds_check": "gather"})
    k = cg.build(f)
    assert "masked.gather" not in k.source("llvm") and "masked.load" in k.source("llvm")
    a = guarded.array(size, np.float32, at_end=True)
    a[:] = np.arange(size, dtype=np.float32)
    c = np.zeros(n * L, np.float32)
    k(a, c)
    idx = np.arange(n)[:, None] * 16 + 2 * np.arange(L)[None, :]
    want = np.where(idx < size, np.minimum(idx, size - 1), -1.0).astype(np.float32)
    np.testing.assert_array_equal(c, want.reshape(-1))
