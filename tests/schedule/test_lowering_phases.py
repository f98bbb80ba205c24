"""Lowering's named phases (``tc.lower(..., phases=True)``) and the one source of split and
fused extents (``relations.compute_extents``, shared by the schedule's loops and lowering)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from tcomp.ir import stmt as S
from tcomp.ir.visitor import walk
from tcomp.lowering import PHASES, lower_phases, lower_schedule


def _attached():
    """C[i] = sum_k B[i, k], B = 2 * A computed at C's split loop (9 rows by 4: a tail)."""
    A = tc.placeholder((9, 10), name="A")
    B = tc.compute((9, 10), lambda i, j: A[i, j] * 2.0, name="B")
    k = tc.reduce_axis(10, name="k")
    C = tc.compute((9,), lambda i: tc.sum(B[i, k], axis=k), name="C")
    s = tc.create_schedule(C)
    io, _ = s[C].split(C.op.axis[0], factor=4)
    s[B].compute_at(s[C], io)
    return s, A, B, C


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^# (.+)$", text, flags=re.M)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts), 2)}


def test_phases_print_each_phase_under_its_name():
    s, A, _, C = _attached()
    got = tc.lower(s, [A, C], phases=True)
    sec = _sections(str(got))
    assert list(sec) == [f"phase: {p}" for p in PHASES] + ["pass 1: simplify",
                                                            "pass 2: remove_noops"]
    assert sec["phase: placement"].splitlines() == [
        "A: argument A: float32[9, 10] in global",
        "B: at loop 'i.outer' of 'C', in a buffer of its region there",
        "C: root, argument C: float32[9] in global"]
    # the main loop's region of B and the peeled tail's (i.outer fixed at 2)
    assert sec["phase: regions"].splitlines() == [
        "B at loop 'i.outer' of 'C': [i.outer * 4, i.outer * 4 + 4), [0, 10) -> buffer [4, 10]",
        "B at loop 'i.outer' of 'C' (i.outer = 2): [8, 9), [0, 10) -> buffer [1, 10]"]
    assert sec["phase: emit"] == str(lower_schedule(s, [A, C]))
    assert sec["pass 2: remove_noops"] == str(got.func) == str(tc.lower(s, [A, C]))


def test_phases_without_passes_end_at_emission():
    s, A, _, C = _attached()
    got = tc.lower(s, [A, C], phases=True, passes="none")
    assert list(got.texts()) == [f"phase: {p}" for p in PHASES]
    assert str(got.func) == str(tc.lower(s, [A, C], passes="none"))


def test_regions_phase_says_when_nothing_is_attached():
    A = tc.placeholder((8,), name="A")
    B = tc.compute((8,), lambda i: A[i] + 1.0, name="B")
    ph = lower_phases(tc.create_schedule(B), [A, B])
    assert ph.texts()["phase: regions"] == "(no stage is computed at a loop)"
    assert ph.emission.regions == ()


def test_built_kernel_keeps_the_phases_and_prints_regions_when_asked(monkeypatch):
    from tcomp.lowering.regions import InferredRegion

    s, A, B, C = _attached()
    want = _sections(str(tc.lower(s, [A, C], "phases_kept", phases=True, passes="none")))
    printed = []
    to_text = InferredRegion.__str__
    monkeypatch.setattr(InferredRegion, "__str__", lambda r: printed.append(r) or to_text(r))
    k = tc.build(s, [A, C], name="phases_kept")
    assert not printed  # the regions' text is made on first access, not by every build
    keys = list(k.stages)
    assert keys[keys.index("schedule_origin") + 1:][:3] == ["phase:placement", "phase:regions",
                                                            "lowered"]
    s[B].compute_inline()  # the schedule changes after the build; the kernel's texts don't
    assert k.stages["phase:placement"] == want["phase: placement"]
    assert k.stages["phase:regions"] == want["phase: regions"] and len(printed) == 2
    assert k.stages["phase:regions"] == want["phase: regions"] and len(printed) == 2  # kept
    assert k.stages["lowered"] == want["phase: emit"]
    assert "inlined" in str(tc.lower(s, [A, C], phases=True))
    x = np.random.default_rng(0).random((9, 10), dtype=np.float32)
    out = np.zeros(9, np.float32)
    k(x, out)
    np.testing.assert_allclose(out, (2 * x).sum(1), rtol=1e-5)


def test_placement_refusals_come_before_any_emission():
    s, A, B, C = _attached()
    with pytest.raises(tc.ScheduleError, match=r"tensor 'B' is an argument of the build"):
        lower_phases(s, [A, B, C])


def _loops(func) -> dict[str, S.For]:
    return {n.var.name: n for n in walk(func.body) if isinstance(n, S.For)}


@pytest.mark.parametrize(("extent", "nparts"), [(9, 4), (3, 4), (10, 4), (7, 7), (1, 3)])
def test_split_nparts_loop_extents_are_the_emitted_ones(extent, nparts):
    # nparts=4 of 9 makes inner loops of 3, and 3 of them cover 9: the outer loop says 3
    X = tc.placeholder((extent,), name="X")
    Y = tc.compute((extent,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    outer, inner = s[Y].split(Y.op.axis[0], nparts=nparts)
    s[Y].reorder(inner, outer)  # no peeled tail: each loop runs its whole extent, guarded
    loops = _loops(lower_schedule(s, [X, Y]))
    assert outer.dom.extent.value == -(-extent // -(-extent // nparts)) <= nparts
    assert loops["i.outer"].extent == outer.dom.extent, (loops["i.outer"], outer)
    assert loops["i.inner"].extent == inner.dom.extent
    x = np.arange(extent, dtype=np.float32)
    y = np.empty_like(x)
    tc.build(s, [X, Y])(x, y)
    np.testing.assert_array_equal(y, 2 * x)


def test_a_peeled_split_runs_its_loop_extent_in_main_iterations_and_a_tail():
    X = tc.placeholder((10,), name="X")
    Y = tc.compute((10,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    outer, _ = s[Y].split(Y.op.axis[0], nparts=4)  # inner loops of 3: 3 whole, then 1 row
    text = str(lower_schedule(s, [X, Y]))
    assert outer.dom.extent.value == 4
    assert "for i.outer in 0..3:" in text and "Y[i.inner + 9]" in text, text


def test_split_and_fuse_extents_of_a_symbolic_dimension_are_the_emitted_ones():
    n = tc.var("n")
    X = tc.placeholder((n, 6), name="X")
    Y = tc.compute((n, 6), lambda i, j: X[i, j] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    io, ii = s[Y].split(Y.op.axis[0], nparts=4)
    f = s[Y].fuse(ii, Y.op.axis[1])
    loops = _loops(lower_schedule(s, [X, Y]))
    for iv in (io, f):
        assert str(loops[iv.var.name].extent) == str(iv.dom.extent), (iv, loops[iv.var.name])
