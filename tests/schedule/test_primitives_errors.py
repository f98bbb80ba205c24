"""Every schedule primitive's error path: type, message naming the stage/axis, user file:line."""

from __future__ import annotations

import re

import pytest

import tcomp as tc

HERE = re.escape(__file__.rsplit("/", 1)[-1])


def _mm(n: int = 16):
    A = tc.placeholder((n, n), name="A")
    B = tc.placeholder((n, n), name="B")
    k = tc.reduce_axis(n, name="k")
    C = tc.compute((n, n), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    return A, B, C


def _raises(fn, pattern: str):
    with pytest.raises(tc.ScheduleError) as ei:
        fn()
    msg = str(ei.value)
    assert re.search(pattern, msg), msg
    assert re.search(HERE + r":\d+", msg), f"no user file:line in: {msg}"
    return msg


def test_vectorize_reduction_axis_names_axis_and_alternative():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    (k,) = s[C].op.reduce_axis
    msg = _raises(lambda: s[C].vectorize(k), r"can't vectorize reduction axis 'k'")
    assert "rfactor" in msg
    with pytest.raises(ValueError) as info:
        s[C].vectorize(k)
    assert isinstance(info.value, tc.TcompError)


def test_parallel_reduction_axis():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    _raises(lambda: s[C].parallel(s[C].op.reduce_axis[0]), r"parallel reduction axis 'k'")


def test_vectorize_is_judged_at_lowering_not_on_the_extent_at_the_call():
    # A symbolic or wide extent is no reason to refuse: compute_at may shrink the loop, and
    # lowering splits what is still wider than the target's vectors (tests/e2e/
    # test_legal_schedules.py builds these). What stays refused is what no extent fixes.
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    s[Y].vectorize(s[Y].op.axis[0])
    _A, _B, C = _mm(128)
    s2 = tc.create_schedule(C)
    s2[C].vectorize(s2[C].op.axis[1])
    _raises(lambda: s2[C].vectorize(s2[C].op.reduce_axis[0]), r"can't vectorize reduction")
    _raises(lambda: s2[C].unroll(s2[C].op.axis[1]), r"already marked vectorize")


def test_split_bad_factor_and_stale_axis():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    i, _j = s[C].op.axis
    _raises(lambda: s[C].split(i, factor=0), r"factor must be a positive int")
    _raises(lambda: s[C].split(i), r"exactly one of factor= or nparts=")
    s[C].split(i, factor=4)
    _raises(lambda: s[C].split(i, factor=2), r"axis 'i' was already split or fused")


def test_axis_of_another_stage():
    _A, _B, C = _mm()
    D = tc.compute((16, 16), lambda i, j: C[i, j] + 1.0, name="D")
    s = tc.create_schedule(D)
    _raises(lambda: s[D].split(s[C].op.axis[0], factor=2), r"not a loop of this stage")


def test_fuse_errors():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    i, j = s[C].op.axis
    (k,) = s[C].op.reduce_axis
    _raises(lambda: s[C].fuse(i), r"at least two axes")
    _raises(lambda: s[C].fuse(j, i), r"adjacent and given outer to inner")
    s[C].reorder(i, k, j)
    _raises(lambda: s[C].fuse(i, k), r"spatial and a reduction loop")


def test_reorder_twice_and_conflicting_annotations():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    i, j = s[C].op.axis
    _raises(lambda: s[C].reorder(i, i), r"lists an axis twice")
    s[C].unroll(j)
    _raises(lambda: s[C].parallel(j), r"already marked unroll")


def test_compute_at_not_a_consumer_loop():
    A, _B, C = _mm()
    D = tc.compute((16, 16), lambda i, j: C[i, j] + 1.0, name="D")
    E = tc.compute((16, 16), lambda i, j: A[i, j] * 2.0, name="E")
    s = tc.create_schedule([D, E])
    # a loop of C itself is not a loop of D
    _raises(lambda: s[C].compute_at(s[D], s[C].op.axis[0]), r"not a loop of stage 'D'.*"
            r"loop of stage 'C'")
    # E does not read C
    _raises(lambda: s[C].compute_at(s[E], s[E].op.axis[0]), r"does not use 'C'")
    _raises(lambda: s[D].compute_at(s[C], s[C].op.axis[0]), r"output of the schedule")


def test_compute_inline_errors():
    A, _B, C = _mm()
    D = tc.compute((16, 16), lambda i, j: C[i, j] + 1.0, name="D")
    s = tc.create_schedule(D)
    _raises(lambda: s[C].compute_inline(), r"reduction can't be inlined.*compute_at")
    _raises(lambda: s[D].compute_inline(), r"output of the schedule can't be inlined")
    _raises(lambda: s[A].compute_inline(), r"placeholder")


def test_cache_write_after_split():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    s[C].split(s[C].op.axis[0], factor=4)
    _raises(lambda: s.cache_write(C, "local"), r"before the stage is split")
    _raises(lambda: s.cache_write(C, "texture"), r"unknown scope")


def test_rfactor_errors():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    _raises(lambda: s.rfactor(C, s[C].op.axis[0]), r"not a reduction loop")
    X = tc.placeholder((4, 4), name="X")
    Y = tc.compute((4, 4), lambda i, j: X[i, j] + 1.0, name="Y")
    s2 = tc.create_schedule(Y)
    _raises(lambda: s2.rfactor(Y, s2[Y].op.axis[0]), r"needs a reduction stage")


def test_duplicate_op_names_rejected():
    A = tc.placeholder((4,), name="A")
    B = tc.compute((4,), lambda i: A[i] + 1.0, name="X")
    C = tc.compute((4,), lambda i: B[i] * 2.0, name="X")
    with pytest.raises(tc.ScheduleError, match="two operations are named 'X'"):
        tc.create_schedule(C)


def test_trace_records_every_primitive():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    i, j = s[C].op.axis
    io, ii = s[C].split(i, factor=4)
    s[C].reorder(io, j, ii)
    s[C].vectorize(ii)
    kinds = [d.kind for d in s.trace]
    assert kinds == ["split", "reorder", "vectorize"]
    assert '"factor": 4' in s.trace_json()
    assert "test_primitives_errors.py" in s.trace_str()


def _chain():
    X = tc.placeholder((8, 8), name="X")
    A = tc.compute((8, 8), lambda i, j: X[i, j] + 1.0, name="A")
    B = tc.compute((8, 8), lambda i, j: A[i, j] * 2.0, name="B")
    C = tc.compute((8, 8), lambda i, j: B[i, j] - 1.0, name="C")
    return X, A, B, C


def test_placements_that_would_leave_an_attached_stage_without_its_loop():
    # Each of these used to be accepted and then fail at lowering (or in a replay).
    _X, A, B, C = _chain()
    s = tc.create_schedule(C)
    s[A].compute_at(s[B], s[B].op.axis[1])
    _raises(lambda: s[B].compute_inline(), r"compute_inline\(\): stage 'A' is computed inside "
            r"this stage's loops \(.*" + HERE + r":\d+\)")
    _raises(lambda: s[B].split(s[B].op.axis[1], factor=2),
            r"split\(\): stage 'A' is computed at loop 'j'.*which split\(\) would remove")
    _raises(lambda: s[B].fuse(*s[B].op.axis), r"fuse\(\): stage 'A' is computed at loop 'j'")
    _raises(lambda: s.cache_write(B, "local"), r"has stages computed at its loops")
    s[B].split(s[B].op.axis[0], factor=2)  # a loop with nothing attached splits freely
    s2 = tc.create_schedule(C)
    s2[B].compute_inline()
    _raises(lambda: s2[A].compute_at(s2[B], s2[B].op.axis[0]),
            r"compute_at\(B\): 'B' is inlined and has no loops")


def test_rfactor_refuses_when_a_stage_is_computed_in_its_reduction_loop():
    X = tc.placeholder((4, 12), name="X")
    P = tc.compute((4, 12), lambda i, j: X[i, j] * 2.0, name="P")
    k = tc.reduce_axis(12, name="k")
    R = tc.compute((4,), lambda i: tc.sum(P[i, k], axis=k), name="R")
    s = tc.create_schedule(R)
    ko, ki = s[R].split(k, factor=4)
    s[P].compute_at(s[R], ko)
    _raises(lambda: s.rfactor(R, ki), r"rfactor\(\): stage 'P' is computed at loop 'k.outer'")


def test_split_or_fuse_of_an_annotated_loop_is_refused_not_silently_unannotated():
    _A, _B, C = _mm()
    s = tc.create_schedule(C)
    i, j = s[C].op.axis
    s[C].unroll(j)
    _raises(lambda: s[C].split(j, factor=4), r"split\(\): loop 'j' is marked unroll.*split "
            r"first, then annotate")
    _raises(lambda: s[C].fuse(i, j), r"fuse\(\): loop 'j' is marked unroll")
    s[C].parallel(i)
    _raises(lambda: s[C].split(i, nparts=2), r"loop 'i' is marked parallel")
