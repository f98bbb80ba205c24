"""Each schedule primitive, end to end: lowered, compiled with LLVM, checked against the
reference evaluator; plus the loop nest it must produce where that is the point."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.dsl import evaluate
from tcomp.testing import assert_allclose, random_inputs


def _run(s, inputs, outputs, **kw):
    f = tc.build(s, [*inputs, *outputs], **kw)
    ins = random_inputs(inputs, np.random.default_rng(1))
    outs = [np.empty([int(d.value) for d in t.shape], t.dtype.np) for t in outputs]
    f(*ins, *outs)
    refs = evaluate(outputs, ins, params=inputs)
    for o, r, t in zip(outs, refs, outputs, strict=False):
        assert_allclose(o, r, t.dtype, name=t.name)
    return f


def _mm(n=19, m=23, k=17):
    A = tc.placeholder((n, k), name="A")
    B = tc.placeholder((k, m), name="B")
    C = tc.ops.matmul(A, B)
    return A, B, C


def test_split_non_divisible_peels_the_tail_and_keeps_inner_loop_guard_free():
    X = tc.placeholder((10,), name="X")
    Y = tc.compute((10,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    _io, ii = s[Y].split(Y.op.axis[0], factor=4)
    s[Y].vectorize(ii)
    text = str(tc.lower(s, [X, Y]))
    assert "if " not in text, text  # no guard: main part + peeled tail
    assert "for i.outer in 0..2" in text and "for i.inner in 0..2" in text, text
    _run(s, [X], [Y])


def test_split_nparts_and_symbolic_extent():
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: tc.exp(X[i]), name="Y")
    s = tc.create_schedule(Y)
    io, _ii = s[Y].split(Y.op.axis[0], factor=8)
    s[Y].parallel(io)
    f = tc.build(s, [X, Y])
    for size in (1, 7, 8, 29):
        x = np.linspace(-2, 2, size, dtype=np.float32)
        y = np.empty_like(x)
        f(x, y)
        np.testing.assert_allclose(y, np.exp(x), rtol=1e-6)
    X2 = tc.placeholder((29,), name="X2")
    Y2 = tc.compute((29,), lambda i: tc.exp(X2[i]), name="Y2")
    s2 = tc.create_schedule(Y2)
    s2[Y2].split(Y2.op.axis[0], nparts=3)
    _run(s2, [X2], [Y2])


def test_tile_fuse_reorder_matmul():
    A, B, C = _mm()
    s = tc.create_schedule(C)
    i, j = C.op.axis
    io, jo, ii, ji = s[C].tile(i, j, 4, 8)
    f = s[C].fuse(io, jo)
    (k,) = C.op.reduce_axis
    ko, ki = s[C].split(k, factor=5)
    s[C].reorder(f, ko, ii, ki, ji)
    s[C].parallel(f)
    s[C].unroll(ki)
    _run(s, [A, B], [C])


def test_vectorize_and_unroll_emit_vector_code():
    X = tc.placeholder((64, 64), name="X")
    Y = tc.compute((64, 64), lambda i, j: tc.tanh(X[i, j]) + 1.0, name="Y")
    s = tc.create_schedule(Y)
    jo, ji = s[Y].split(Y.op.axis[1], factor=16)
    s[Y].vectorize(ji)
    s[Y].unroll(jo)
    f = _run(s, [X], [Y])
    ir = f.source("llvm")
    assert "<16 x float>" in ir
    assert "tanhf" not in f.source("asm")


def test_compute_inline_and_compute_root():
    X = tc.placeholder((9, 7), name="X")
    T = tc.compute((9, 7), lambda i, j: X[i, j] * 3.0, name="T")
    Y = tc.compute((9, 7), lambda i, j: T[i, j] + T[i, 6 - j], name="Y")
    s = tc.create_schedule(Y)
    s[T].compute_inline()
    assert "T[" not in str(tc.lower(s, [X, Y]))
    _run(s, [X], [Y])
    s[T].compute_root()
    assert "allocate T" in str(tc.lower(s, [X, Y]))
    _run(s, [X], [Y])


def test_compute_at_region_is_one_row():
    X = tc.placeholder((9, 7), name="X")
    T = tc.compute((9, 7), lambda i, j: X[i, j] * 3.0, name="T")
    Y = tc.compute((9, 7), lambda i, j: T[i, j] + T[i, 6 - j], name="Y")
    s = tc.create_schedule(Y)
    s[T].compute_at(s[Y], Y.op.axis[0])
    text = str(tc.lower(s, [X, Y]))
    assert "allocate T: float32[1, 7] in local" in text, text
    _run(s, [X], [Y])


def test_compute_at_stencil_region_grows_with_the_window():
    X = tc.placeholder((20,), name="X")
    T = tc.compute((20,), lambda i: X[i] * 2.0, name="T")
    Y = tc.compute((18,), lambda i: T[i] + T[i + 1] + T[i + 2], name="Y")
    s = tc.create_schedule(Y)
    io, _ii = s[Y].split(Y.op.axis[0], factor=6)
    s[T].compute_at(s[Y], io)
    text = str(tc.lower(s, [X, Y]))
    assert "allocate T: float32[8] in local" in text, text
    _run(s, [X], [Y])


def test_cache_write_local_accumulates_tile():
    A, B, C = _mm(16, 32, 12)
    s = tc.create_schedule(C)
    CC = s.cache_write(C, "local")
    i, j = C.op.axis
    _io, jo, _ii, _ji = s[C].tile(i, j, 4, 16)
    s[CC].compute_at(s[C], jo)
    ci, cj = s[CC].op.axis
    (k,) = s[CC].op.reduce_axis
    s[CC].reorder(k, ci, cj)
    s[CC].vectorize(cj)
    text = str(tc.lower(s, [A, B, C]))
    assert "allocate C.local: float32[4, 16] in local" in text, text
    _run(s, [A, B], [C])


def test_cache_read_packed_layout():
    A, B, C = _mm(8, 40, 12)
    s = tc.create_schedule(C)
    BP = s.cache_read(B, "global", [C], layout=("pack", 1, 16))
    assert BP.name == "B.packed"
    text = str(tc.lower(s, [A, B, C]))
    assert "allocate B.packed: float32[3, 12, 16]" in text, text
    _run(s, [A, B], [C])
    with pytest.raises(tc.ScheduleError, match="must stay at root"):
        s[BP].compute_at(s[C], C.op.axis[0])


def test_cache_read_plain_attached():
    X = tc.placeholder((12, 12), name="X")
    Y = tc.compute((12, 12), lambda i, j: X[i, j] + X[j, i], name="Y")
    s = tc.create_schedule(Y)
    XX = s.cache_read(X, "local", [Y])
    s[XX].compute_at(s[Y], Y.op.axis[0])
    _run(s, [X], [Y])


def test_rfactor_parallel_reduction():
    X = tc.placeholder((5, 100), name="X")
    k = tc.reduce_axis(100, name="k")
    R = tc.compute((5,), lambda i: tc.sum(X[i, k], axis=k), name="R")
    s = tc.create_schedule(R)
    _ko, ki = s[R].split(k, factor=16)
    RF = s.rfactor(R, ki)
    rk, ri = s[RF].op.axis
    (rko,) = s[RF].op.reduce_axis
    s[RF].reorder(ri, rko, rk)
    s[RF].vectorize(rk)
    _run(s, [X], [R])


def test_argmax_tuple_reducer_multi_output():
    X = tc.placeholder((6, 11), name="X")
    argmax = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    k = tc.reduce_axis(11, name="k")
    idx, val = tc.compute((6,), lambda i: argmax((k.var, X[i, k]), axis=k), name="am")
    s = tc.create_schedule([idx, val])
    f = tc.build(s, [X, idx, val])
    x = np.random.default_rng(3).standard_normal((6, 11)).astype(np.float32)
    oi, ov = np.empty(6, np.int64), np.empty(6, np.float32)
    f(x, oi, ov)
    np.testing.assert_array_equal(oi, x.argmax(axis=1))
    np.testing.assert_array_equal(ov, x.max(axis=1))


def test_gather_and_padding_select():
    A = tc.placeholder((10, 4), name="A")
    idx = tc.placeholder((6,), dtype="int32", name="idx")
    G = tc.compute((6, 4), lambda i, j: A[idx[i], j], name="G")
    s = tc.create_schedule(G)
    f = tc.build(s, [A, idx, G])
    a = np.arange(40, dtype=np.float32).reshape(10, 4)
    ix = np.array([9, 0, 3, 3, 7, 1], np.int32)
    g = np.empty((6, 4), np.float32)
    f(a, ix, g)
    np.testing.assert_array_equal(g, a[ix])
    X = tc.placeholder((8,), name="X")
    P = tc.compute((10,), lambda i: tc.if_then_else(tc.logical_and(i >= 1, i <= 8), X[i - 1],
                                                    0.0), name="P")
    _run(tc.create_schedule(P), [X], [P])


def test_dtypes_end_to_end():
    for dt in ("float64", "int32", "int64"):
        X = tc.placeholder((7, 5), dtype=dt, name="X")
        Y = tc.compute((7, 5), lambda i, j: X[i, j] * 3 + X[6 - i, j] // 2 - X[i, j] % 3,  # noqa: B023
                       name="Y")
        _run(tc.create_schedule(Y), [X], [Y])
    X = tc.placeholder((9,), dtype="bool", name="X")
    Y = tc.compute((9,), lambda i: tc.logical_not(X[i]) | X[8 - i], name="Y")
    _run(tc.create_schedule(Y), [X], [Y])


def test_lowering_errors_name_the_stage():
    X = tc.placeholder((8,), name="X")
    T = tc.compute((8,), lambda i: X[i] + 1.0, name="T")
    U = tc.compute((8,), lambda i: T[i] * 2.0, name="U")
    Y = tc.compute((8,), lambda i: T[i] + U[i], name="Y")
    s = tc.create_schedule(Y)
    s[T].compute_at(s[Y], Y.op.axis[0])  # U, at root, reads T too
    # A user-schedule refusal (the schedule is incomplete), naming the compute_at line.
    with pytest.raises(tc.ScheduleError, match=r"test_primitives.py:\d+: compute_at: stage 'T' "
                       r"is computed at loop 'i' of 'Y' here, but 'U' also reads it and runs "
                       r"at root"):
        tc.lower(s, [X, Y])
    s2 = tc.create_schedule(Y)
    with pytest.raises(tc.LoweringError, match="placeholder 'X' is read by T"):
        tc.lower(s2, [Y])
    with pytest.raises(tc.LoweringError, match=r"output 'Y' .* missing from the argument list"):
        tc.lower(s2, [X])
    s3 = tc.create_schedule(Y)
    s3[T].compute_at(s3[Y], Y.op.axis[0])
    # Splitting the loop a stage is computed at is refused at the split, not at lowering.
    with pytest.raises(tc.ScheduleError, match=r"split\(\): stage 'T' is computed at loop 'i' "
                       r"\(.*\), which split\(\) would remove"):
        s3[Y].split(Y.op.axis[0], factor=2)


def test_trace_replay_rebuilds_the_same_kernel():
    A, B, C = _mm(16, 32, 8)
    s = tc.create_schedule(C)
    BP = s.cache_read(B, "global", [C], layout=("pack", 1, 16))
    i, j = C.op.axis
    s[C].tile(i, j, 4, 16)
    s[BP].parallel(s[BP].op.axis[0])
    from tcomp.schedule import replay

    s2 = replay([C], s.trace_json())
    assert str(tc.lower(s2, [A, B, C])) == str(tc.lower(s, [A, B, C]))
    assert s2.trace_json() == s.trace_json()


def test_clamped_region_gets_a_tight_buffer():
    # GPU stages keep guards instead of peeling, so the last block's region is clamped to the
    # tensor's edge; the buffer must still be one tile, not the whole tensor.
    X = tc.placeholder((70,), name="X")
    T = tc.compute((70,), lambda i: X[i] * 2.0, name="T")
    Y = tc.compute((70,), lambda i: T[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=16)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    s[T].compute_at(s[Y], bo)
    text = str(tc.lower(s, [X, Y]))
    assert "allocate T: float32[16] in local" in text, text


def test_many_stages_attached_at_one_loop_lower_in_linear_region_queries(monkeypatch):
    """A dozen stages computed at one loop, each read by several others (capsule routing's
    shape): every producer's region folds in its readers' regions; without memoizing them
    the lowering does exponentially many region computations (seconds per build), and with a
    memo per stage quadratically many (2 s of capsule routing's gradient)."""
    from tcomp.lowering.regions import RegionInference

    X = tc.placeholder((4, 24), name="X")
    stages = [tc.compute((4, 24), lambda b, i: X[b, i] * 2.0, name="t0")]
    r = tc.reduce_axis(24, name="r")
    def mix(p, f, k):  # t[k] reads t[k-1] and t[k-2]: a reduction or an elementwise sum
        if k % 3 == 0:
            return tc.compute((4, 24), lambda b, i: tc.sum(f[b, r] * p[b, r] + p[b, i], axis=r),
                              name=f"t{k}")
        return tc.compute((4, 24), lambda b, i: p[b, i] + f[b, i], name=f"t{k}")

    for k in range(1, 12):
        stages.append(mix(stages[-1], stages[max(k - 2, 0)], k))
    out = stages[-1]
    s = tc.create_schedule(out)
    b = s[out].op.axis[0]
    for t in stages[:-1]:
        s[t].compute_at(s[out], b)
    calls = []
    orig = RegionInference._region_uncached
    monkeypatch.setattr(RegionInference, "_region_uncached",
                        lambda self, *a: calls.append(1) or orig(self, *a))
    _run(s, [X], [out])
    # one computation per stage: the loop's stages share their readers' regions
    assert len(calls) == 11, len(calls)


def test_reassociate_relaxes_float_order_only_when_asked():
    """``s.reassociate()`` puts LLVM's reassoc+contract flags on float arithmetic (so sums
    can vectorize along their reduction axis), survives trace replay, is part of the kernel
    cache key, and keeps the result within rounding of the sequential order."""
    X = tc.placeholder((64, 16), name="X")
    r = tc.reduce_axis(16, name="r")
    Y = tc.compute((64,), lambda i: tc.sum(X[i, r] * X[i, r], axis=r), name="Y")
    plain = tc.create_schedule(Y)
    relaxed = tc.create_schedule(Y)
    relaxed.reassociate()
    assert "reassociate" in relaxed.trace_json()
    replayed = tc.replay([Y], relaxed.trace_json())
    assert replayed.reassociate_floats and not plain.reassociate_floats
    f_plain = _run(plain, [X], [Y])
    f_relaxed = _run(replayed, [X], [Y])
    assert "reassoc" not in f_plain.source("llvm")
    assert "fadd reassoc contract" in f_relaxed.source("llvm")
    assert "fast" not in f_relaxed.source("llvm").split("fadd")[1][:20]  # nnan/ninf not implied


def test_cache_stages_get_unique_names_and_their_trace_replays():
    # A cache_write and a cache_read of T0 in one scope were both 'T0.local', so a trace
    # (which names stages) replayed later steps onto the wrong one; and the replay of a
    # cache_read of a tensor that was cache_written asked for the copy stage's new tensor,
    # which no reader reads ("stage 'T1' does not read 'T0'").
    A = tc.placeholder((8,), name="A")
    T0 = tc.compute((8,), lambda i: A[i] * 2.0, name="T0")
    T1 = tc.compute((8,), lambda i: T0[i] + 1.0, name="T1")
    s = tc.create_schedule(T1)
    s.cache_write(T0, "local")
    s.cache_read(T0, "local", [T1])
    s.stage_by_name("T0.local.1").compute_at(s[T1], T1.op.axis[0])
    names = [st.name for st in s.stages]
    assert names == ["A", "T0.local", "T0", "T0.local.1", "T1"]
    s2 = tc.replay([T1], s.trace_json())
    assert [st.name for st in s2.stages] == names
    assert s2.stage_by_name("T0.local.1").attach == "at"
    f = tc.build(s2, [A, T1])
    a, b = np.arange(8, dtype="float32"), np.zeros(8, "float32")
    f(a, b)
    np.testing.assert_array_equal(b, a * 2 + 1)


def test_user_location_skips_frozen_stdlib_frames():
    # Under `python -m`, a program built inside tcomp (the fuzzer) was credited to the frame
    # outside it, `<frozen runpy>:88`. A frame compiled as frozen is skipped.
    import inspect

    from tcomp.errors import user_location

    code = compile("loc = user_location()", "<frozen runpy>", "exec")
    ns = {"user_location": user_location}
    line = inspect.currentframe().f_lineno + 1
    exec(code, ns)  # a frozen frame between user_location and this test
    assert ns["loc"] == f"{__file__}:{line}"
