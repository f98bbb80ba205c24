"""The runner's verdicts: a build's ScheduleError is a refusal of an incomplete schedule (the
schedule is drawn again, and counted), any other build error is a bug; the summary counts
programs run under random schedules."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest

import tcomp as tc
from tcomp.testing.fuzz import Summary
from tcomp.testing.fuzz.features import Features
from tcomp.testing.fuzz.runner import REDRAWS, fuzz_case, guard_damage, guarded_array

FEATS = Features.parse("float32,int32,arith,minmax,multi_stage,split,reorder,unroll")


def _failing_build(monkeypatch, exc: Exception, times: int) -> list:
    real, calls = tc.build, []

    def build(s, args, **kw):
        calls.append(s)
        if len(calls) <= times:
            raise exc
        return real(s, args, **kw)

    monkeypatch.setattr(tc, "build", build)
    return calls


def test_refused_build_is_redrawn_and_not_a_bug(monkeypatch):
    calls = _failing_build(monkeypatch, tc.ScheduleError("stage 'T0' is computed at loop "
                                                         "'i0' of 'T1', but ..."), 2)
    res = fuzz_case(3, FEATS, nsched=1, interp_frac=0.0)
    assert not res["fails"]
    (rec,) = res["schedules"]
    assert rec["build_refused"] == 2 and rec["ran"] and len(calls) == 3
    assert res["build_refused"] == 2
    assert calls[0] is not calls[2]  # a fresh schedule each draw


def test_schedule_refused_every_time_is_not_run_and_not_a_bug(monkeypatch):
    _failing_build(monkeypatch, tc.ScheduleError("refused"), 100)
    res = fuzz_case(3, FEATS, nsched=2, interp_frac=0.0)
    assert not res["fails"] and res["build_refused"] == 2 * REDRAWS
    assert not any(r["ran"] for r in res["schedules"]) and not res["random_ran"]
    summary = Summary()
    summary.add({"seed": 3}, res)
    fig = summary.figures()
    assert fig["refused"] == 2 * REDRAWS and fig["programs_random_schedule"] == 0
    assert fig["schedules_run"] == 0 and fig["mismatches"] == 0 and not fig["build_errors"]
    assert fig["refusals"] == {"refused": 2 * REDRAWS}  # by kind, to audit them
    assert "build refusals by kind (legal):" in summary.text("run")


@pytest.mark.parametrize("exc", [tc.LoweringError("stage 'T0' is computed at ..."),
                                 tc.CompileError("llvm said no")])
def test_other_build_errors_stay_bugs(monkeypatch, exc):
    _failing_build(monkeypatch, exc, 1)
    res = fuzz_case(3, FEATS, nsched=1, interp_frac=0.0)
    (f,) = res["fails"]
    assert f["cls"] == "build-error" and type(exc).__name__ in f["key"]
    assert res["build_refused"] == 0


def test_summary_counts_programs_with_random_schedules():
    summary = Summary()
    seeds = range(20, 26)
    random_ran = 0
    for seed in seeds:
        res = fuzz_case(seed, FEATS, nsched=2, interp_frac=0.0)
        assert not res["fails"]
        random_ran += any(r["ran"] and r["random"] for r in res["schedules"])
        summary.add({"seed": seed}, res)
    fig = summary.figures()
    assert fig["programs"] == len(seeds)
    assert 0 < fig["programs_random_schedule"] == random_ran <= len(seeds)
    assert fig["schedules_run"] == 2 * len(seeds)
    assert "run under a random schedule" in summary.text("head")


def test_refusal_keys_drop_the_unknown_location():
    from tcomp.testing.fuzz.runner import normalize

    key = normalize("<unknown>: compute_at: stage 'T0' is computed at loop 'i0' of 'T1' here")
    assert not key.startswith("<unknown>") and key.startswith("compute_at: stage '_'")


def test_a_kernel_writing_past_its_output_is_caught(monkeypatch):
    # Fuzz case 2030006320 wrote 4 bytes past its output (an LLVM 22 AVX-512 store bug), and
    # the heap damage aborted the worker cases later. Outputs sit between canary bytes.
    real = tc.build

    def build(s, args, **kw):
        kernel = real(s, args, **kw)

        def overrunning(*arrays):
            kernel(*arrays)
            out = arrays[-1]
            raw = np.frombuffer((ctypes.c_uint8 * (out.nbytes + 4)).from_address(
                out.ctypes.data), np.uint8)
            raw[out.nbytes:] = 0  # one int32/float32 past the end
        return overrunning

    monkeypatch.setattr(tc, "build", build)
    res = fuzz_case(3, FEATS, nsched=1, interp_frac=0.0)
    (f,) = res["fails"]
    assert f["cls"] == "kernel-oob-write" and "after it" in f["msg"], f
    summary = Summary()
    summary.add({"seed": 3}, res)
    assert summary.figures()["mismatches"] == 1
    assert "kernel writes outside its outputs 1" in summary.text("run")


def test_guarded_arrays_report_where_they_were_overrun():
    a = guarded_array((3, 4), "float64", np.nan)
    assert a.flags.c_contiguous and a.ctypes.data % 64 == 0 and np.isnan(a).all()
    assert guard_damage(a) is None
    base = a.base
    while base.base is not None:
        base = base.base
    start = a.ctypes.data - base.ctypes.data
    base[start - 3] = 0
    assert guard_damage(a) == "1 byte(s) before it (first at byte offset -3 from its start)"
