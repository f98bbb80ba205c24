"""``Stage.stream``: non-temporal stores of an output. The loop nest marks the stores, results
don't change (LLVM and the loop-IR interpreter against the reference evaluator, aligned and
unaligned outputs, every dtype), x86 code has MOVNT stores and one SFENCE per function that
makes them, replay, the GPU pipeline dropping it, the refusals, and where the hand and
automatic schedules turn it on (``Target.streams``)."""

from __future__ import annotations

import platform
import re

import numpy as np
import pytest

import tcomp as tc
from schedules import cpu
from tcomp.dsl import evaluate
from tcomp.errors import ScheduleError
from tcomp.ir import interp
from tcomp.ir import stmt as S
from tcomp.ir.visitor import walk
from tcomp.passes.gpu import drop_cpu_hints
from tcomp.testing import assert_allclose, random_inputs

_X86 = platform.machine().lower() in ("x86_64", "amd64")


def _movnt(f) -> int:
    return sum("movnt" in ln for ln in f.source("asm").splitlines())


def _streamed(s, args) -> list[S.Store]:
    return [n for n in walk(tc.lower(s, args).body) if isinstance(n, S.Store) and n.stream]


def _affine(shape=(37, 70), dtype="float32", lanes=8):
    X = tc.placeholder(shape, name="X", dtype=dtype)
    Y = tc.compute(shape, lambda i, j: X[i, j] * 3 + 1, name="Y")
    s = tc.create_schedule(Y)
    i, j = s[Y].op.axis
    _jo, ji = s[Y].split(j, factor=lanes)
    s[Y].vectorize(ji)
    s[Y].parallel(i)
    return X, Y, s


def _run(f, inputs, out_shape, dtype, offset=0):
    """``f(*inputs, out)`` into an output ``offset`` elements past a 64-byte boundary."""
    n = int(np.prod(out_shape))
    base = tc.empty((n + 16,), dtype)
    out = base[offset:offset + n].reshape(out_shape)
    f(*inputs, out)
    return out


@pytest.mark.parametrize("dtype,lanes", [("float32", 8), ("float32", 32), ("float64", 4),
                                         ("float64", 16), ("int32", 16), ("int64", 4)])
def test_streamed_stores_give_the_same_results_aligned_or_not(dtype, lanes):
    X, Y, s = _affine(dtype=dtype, lanes=lanes)
    s[Y].stream()
    text = str(tc.lower(s, [X, Y]))
    stores = [ln for ln in text.splitlines() if ln.strip().startswith("Y[")]
    assert stores and all(ln.endswith("# stream") for ln in stores), text
    f = tc.build(s, [X, Y])
    (x,) = random_inputs([X], np.random.default_rng(0))
    (ref,) = evaluate([Y], [x], params=[X])
    X0, Y0, s0 = _affine(dtype=dtype, lanes=lanes)
    plain = _run(tc.build(s0, [X0, Y0]), [x], ref.shape, ref.dtype)
    assert_allclose(plain, ref, Y.dtype, name="Y")
    # 64-byte aligned, 16 bytes past it (numpy's large arrays: 16-byte pieces) and
    # misaligned (ordinary stores)
    for offset in (0, 16 // ref.dtype.itemsize, 1, 3):
        np.testing.assert_array_equal(_run(f, [x], ref.shape, ref.dtype, offset), plain)
    got = np.empty_like(ref)
    interp.run(tc.lower(s, [X, Y]), [x, got])
    assert_allclose(got, ref, Y.dtype, name="Y")
    if _X86:
        asm = f.source("asm")
        # the remainder of each 70-wide row is scalar (ordinary stores); its vectors stream,
        # in 16-byte pieces too where wider (an output aligned to 16 bytes only)
        assert _movnt(f) >= 1 and asm.count("sfence") == 1, asm
        if lanes * ref.dtype.itemsize > 16:
            assert re.search(r"movnt\w+\s+%xmm", asm), asm


@pytest.mark.skipif(not _X86, reason="non-temporal stores are x86 instructions")
def test_without_stream_no_movnt_and_the_cache_tells_them_apart():
    X, Y, s = _affine()
    s[Y].stream()
    assert _movnt(tc.build(s, [X, Y])) >= 1
    X2, Y2, s2 = _affine()  # the same loop nest but the hint: a different kernel
    f2 = tc.build(s2, [X2, Y2])
    assert _movnt(f2) == 0 and "sfence" not in f2.source("asm")
    s2[Y2].stream(False)  # turning it off again is allowed anywhere
    assert not _streamed(s2, [X2, Y2])


def test_streamed_softmax_layer_norm_and_a_cache_written_gemm_are_right():
    X = tc.placeholder((24, 64), name="X")
    s, args = cpu.softmax(X, tc.ops.softmax(X), prefetch=1, stream=True)
    # the next output row isn't fetched for writing: that read is what streaming saves
    text = str(tc.lower(s, args))
    assert "prefetch X" in text and "prefetch for write" not in text, text
    s0, a0 = cpu.softmax(X, tc.ops.softmax(X), prefetch=1, stream=False)
    assert "prefetch for write Y" in str(tc.lower(s0, a0))
    Xl, Wl, Bl = (tc.placeholder(sh, name=n) for sh, n in (((24, 64), "X"), ((64,), "W"),
                                                             ((64,), "B")))
    sl, largs = cpu.layer_norm(tc.ops.layer_norm_rows(Xl, Wl, Bl), [Xl, Wl, Bl], stream=True)
    A = tc.placeholder((48, 32), name="A")
    B = tc.placeholder((32, 64), name="B")
    k = tc.reduce_axis(32, name="k")
    C = tc.compute((48, 64), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    sg, gargs = cpu.matmul(A, B, C)
    sg[C].stream()  # after cache_write, C's stage is the copy of the register tiles
    for sch, a in ((s, args), (sl, largs), (sg, gargs)):
        assert _streamed(sch, a)
        ins = random_inputs(a[:-1], np.random.default_rng(1))
        (ref,) = evaluate([a[-1]], ins, params=a[:-1])
        f = tc.build(sch, a)
        assert_allclose(_run(f, ins, ref.shape, ref.dtype), ref, a[-1].dtype, name=a[-1].name)
        if _X86:
            assert _movnt(f) >= 1


def test_stream_replays_to_the_same_loop_nest():
    X, Y, s = _affine()
    s[Y].stream()
    assert str(s.trace[-1]).startswith("Y.stream(") and "enable=True" in str(s.trace[-1])
    X2 = tc.placeholder((37, 70), name="X")
    Y2 = tc.compute((37, 70), lambda i, j: X2[i, j] * 3 + 1, name="Y")
    s2 = tc.replay(Y2, s.trace_json())
    assert str(tc.lower(s2, [X2, Y2])) == str(tc.lower(s, [X, Y]))


def test_the_gpu_pipeline_drops_streamed_stores():
    X, Y, s = _affine()
    s[Y].stream()
    func = tc.lower(s, [X, Y])
    assert any(isinstance(n, S.Store) and n.stream for n in walk(func.body))
    assert not any(isinstance(n, S.Store) and n.stream
                   for n in walk(drop_cpu_hints(func).body))


def test_stream_refusals_name_the_stage():
    X = tc.placeholder((16, 16), name="X")
    T = tc.compute((16, 16), lambda i, j: X[i, j] + 1, name="T")
    k = tc.reduce_axis(16, name="k")
    R = tc.compute((16,), lambda i: tc.sum(T[i, k], axis=k), name="R")
    s = tc.create_schedule(R)
    with pytest.raises(ScheduleError, match=r"stage 'T'.*not an output.*read by 'R'"):
        s[T].stream()
    with pytest.raises(ScheduleError, match=r"stage 'R'.*reduction.*cache_write\(R, 'local'\)"):
        s[R].stream()
    with pytest.raises(ScheduleError, match=r"stage 'X'.*placeholder"):
        s[X].stream()
    with pytest.raises(ScheduleError, match=r"enable must be a bool, got str 'yes'"):
        s[R].stream("yes")
    assert not any(d.kind == "stream" for d in s.trace)  # refusals record nothing
    s[R].stream(False)  # turning it off is no error


def _doubled(shape):
    X = tc.placeholder(shape, name="X")
    return X, tc.compute(shape, lambda i, j: X[i, j] * 2, name="Y")


def test_hand_and_automatic_schedules_stream_where_the_target_says():
    host = tc.Target.host()
    llc = host.cache_sizes.get("l3", 0) * host.cores
    assert tc.Target.parse("cuda").streams(1 << 40) is False
    if not (_X86 and llc):
        pytest.skip("no x86 last-level cache size on this host")
    assert host.streams(llc // 2) and not host.streams(llc // 2 - 4)
    big = (llc // 2 // 4 // 256 + 1, 256)  # an output of more than half the LLC
    for shape, want in (((64, 256), False), (big, True)):
        X, Y = _doubled(shape)
        s, args = cpu.elementwise_chain([Y], [X])
        assert bool(_streamed(s, args)) is want, shape
        knobs = tc.auto_knobs(Y)
        assert knobs.get("stream") == ([True, False] if want else None), knobs
        assert bool(_streamed(tc.auto_schedule(Y), [X, Y])) is want
    s = tc.auto_schedule(Y, config={"stream": False})
    assert not _streamed(s, [X, Y])
