"""version_tiles: a register tile cut by a split that doesn't divide, with the split's outer
loop fused into a parallel loop, keeps its unrolled rows for every full tile (issue 10: a
conv2d's 4 x 3 tile took 4.1 ms with its rows a loop of unknown extent, 1.3-1.6 after)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.ir import expr as E
from tcomp.ir import stmt as S
from tcomp.ir.visitor import walk
from tcomp.passes import version_tiles

AVX2 = "llvm -mcpu=haswell"


def _tiled(rows: int, cols: int, ti: int):
    """C[i, j] = sum_k A[i, k] B[k, j] with a ti-row register tile (rows unrolled) whose
    split of i is fused with the column tiles into one parallel loop."""
    A = tc.placeholder((rows, 16), name="A")
    B = tc.placeholder((16, cols), name="B")
    k = tc.reduce_axis(16, name="k")
    C = tc.compute((rows, cols), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    s = tc.create_schedule(C)
    CL = s.cache_write(C, "local")
    i, j = s[C].op.axis
    io, ii = s[C].split(i, factor=ti)
    jo, ji = s[C].split(j, factor=8)
    s[C].reorder(jo, io, ii, ji)
    fused = s[C].fuse(jo, io)
    s[C].parallel(fused)
    s[C].vectorize(ji)
    s[CL].compute_at(s[C], fused)
    li, lj = s[CL].op.axis
    (lk,) = s[CL].op.reduce_axis
    s[CL].reorder(lk, li, lj)
    s[CL].unroll(li)
    s[CL].vectorize(lj)
    return s, [A, B, C]


def _unknown_extents(stmt) -> int:
    """Unrolled loops of non-constant extent under ``stmt``."""
    return sum(1 for n in walk(stmt) if isinstance(n, S.For)
               and n.kind == S.ForKind.UNROLLED and not isinstance(n.extent, E.Const))


@pytest.mark.parametrize("rows, ti", [(10, 3), (7, 4), (9, 3), (5, 8)])
def test_full_tiles_take_a_constant_extent_and_every_tile_is_right(rows, ti):
    s, args = _tiled(rows, 24, ti)
    f = tc.build(s, args, target=AVX2)
    assert "pass:08:version_tiles" in f.stages  # in the CPU pipeline, after simplify
    after = version_tiles(tc.lower(s, args))
    if rows > ti and rows % ti:  # partial last tile: its rows min(...) - ...; full: ti
        versions = [n for n in walk(after.body) if isinstance(n, S.If)
                    and isinstance(n.then, S.Allocate) and n.orelse is not None]
        assert versions and f"== {ti}" in str(versions[0].cond)
        assert all(_unknown_extents(v.then) == 0 < _unknown_extents(v.orelse)
                   for v in versions)
    rng = np.random.default_rng(rows)
    a = rng.standard_normal((rows, 16)).astype("f4")
    b = rng.standard_normal((16, 24)).astype("f4")
    c = np.zeros((rows, 24), "f4")
    f(a, b, c)
    np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-4)
