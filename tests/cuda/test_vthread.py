"""Virtual threads: a loop bound to ``vthread`` runs as an unrolled serial loop inside each GPU
thread (TVM semantics). Emulated results equal the reference; PTX assembles."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc


@settings(max_examples=12, deadline=None)
@given(n=st.integers(1, 90), vt=st.integers(1, 4), threads=st.sampled_from([1, 4, 16]),
       axis=st.booleans())
def test_vthread_elementwise(H, n, vt, threads, axis):
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] * 2.0 - 1.0, name="Y")
    s = tc.create_schedule(Y)
    bo, r = s[Y].split(Y.op.axis[0], factor=vt * threads)
    v, t = s[Y].split(r, nparts=vt)  # element = bo*vt*threads + v*threads + t: strided per thread
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(v, tc.thread_axis("vthread") if axis else "vthread")
    s[Y].bind(t, "threadIdx.x")
    f = tc.build(s, [X, Y], target="cuda")
    assert f.program.kernels[0].attrs["launch"]["block"] == (threads, 1, 1)
    H.check_emulated(s, [X, Y], [Y])


def _transpose(n: int, tile: int, vt: int, stage_in_vthread: bool, tag: str = "vthread"):
    A = tc.placeholder((n, n), name="A")
    B = tc.compute((n, n), lambda i, j: A[j, i] + 1.0, name="B")
    s = tc.create_schedule(B)
    AS = s.cache_read(A, "shared", [B])
    i, j = s[B].op.axis
    bi, ri = s[B].split(i, factor=tile)
    bj, rj = s[B].split(j, factor=tile)
    vi, ti = s[B].split(ri, nparts=vt)
    s[B].reorder(bi, bj, vi, ti, rj)
    s[B].bind(bi, "blockIdx.y")
    s[B].bind(bj, "blockIdx.x")
    if tag == "unroll":
        s[B].unroll(vi)
    else:
        s[B].bind(vi, tag)
    s[B].bind(ti, "threadIdx.x")
    s[AS].compute_at(s[B], vi if stage_in_vthread else bj)
    f = s[AS].fuse(*s[AS].op.axis)
    _fo, fi = s[AS].split(f, factor=tile // vt)
    s[AS].bind(fi, "threadIdx.x")
    return s, [A, B]


def test_vthread_reads_a_shared_tile(H, need_ptxas, tmp_path):
    s, args = _transpose(24, 8, 2, stage_in_vthread=False)
    H.check_emulated(s, args, [args[1]])
    f = tc.build(s, args, target="cuda")
    assert f.program.kernels[0].attrs["launch"]["block"] == (4, 1, 1)
    H.ptxas(f.source("ptx"), "sm_80", tmp_path)


def test_shared_stage_inside_a_vthread_loop(H, need_ptxas, tmp_path):
    """Each virtual thread stages its own tile: barriers between the copy and the reads, and
    before the next virtual thread overwrites the tile."""
    s, args = _transpose(21, 8, 2, stage_in_vthread=True)
    H.check_emulated(s, args, [args[1]])
    f = tc.build(s, args, target="cuda")
    assert f.source("ir").count("barrier") >= 2
    assert f.program.kernels[0].attrs["launch"]["shared_bytes"] == 8 * 4 * 4  # one tile
    for arch in ("sm_80", "sm_90"):
        report = H.ptxas(tc.build(s, args, target=f"cuda -arch={arch}").source("ptx"), arch,
                         tmp_path)
        assert re.search(r"\b128 bytes smem", report), report


def test_shared_bytes_count_unrolled_copies(H, need_ptxas, tmp_path):
    """An unrolled loop holding a shared stage copies it; the launch counts every copy."""
    s, args = _transpose(21, 8, 2, stage_in_vthread=True, tag="unroll")
    H.check_emulated(s, args, [args[1]])
    f = tc.build(s, args, target="cuda")
    assert f.program.kernels[0].attrs["launch"]["shared_bytes"] == 2 * 128
    assert re.search(r"\b256 bytes smem", H.ptxas(f.source("ptx"), "sm_80", tmp_path))
