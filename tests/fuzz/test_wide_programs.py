"""The fuzzer's wide programs: matmul-shaped stages (feature ``matmul``), row-wise outputs over
long rows (``rows``), convolutions with padding and pooling (``conv``), and AVX2 builds on an
AVX-512 host (``avx2``). They reach the automatic schedule's size-dependent rules (weight
panels, register tiles of many rows, row vectors and interleaving, the padded input per
strip, the pooled anchor) and the AVX2 target's schedules, which small programs and the host
target alone never did; and the bugs they found, as regression tests."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tcomp as tc
from tcomp.testing.fuzz.features import FEATURES, Features
from tcomp.testing.fuzz.generate import generate
from tcomp.testing.fuzz.render import to_dsl
from tcomp.testing.fuzz.runner import AVX2_TARGET, HAS_AVX512, fuzz_case, run_case
from tcomp.testing.fuzz.shrink import repro_source

ROOT = Path(__file__).resolve().parents[2]
ALL = Features(set(FEATURES))
needs_avx2 = pytest.mark.skipif(tc.Target.host().isa not in ("avx2", "avx512"),
                                reason="the host runs no AVX2 code")


def _wide(prog: dict) -> list[dict]:
    return [st for st in prog["stages"] if len(st["shape"]) == 2
            and isinstance(st["shape"][1], int) and st["shape"][1] >= 100]


def test_matmul_feature_draws_wide_weights_and_can_be_left_out():
    progs = [generate(seed, ALL) for seed in range(300)]
    wide = [p for p in progs if _wide(p)]
    assert len(wide) >= 15
    # some weight's rows lie a multiple of 2 KB apart: the panels' case
    assert any(t["shape"][-1] in (512, 1024) and t["dtype"] in ("float32", "int32")
               for p in wide for t in p["inputs"] if len(t["shape"]) == 2)
    no_mm = Features(set(FEATURES) - {"matmul", "rows"})
    assert not any(_wide(generate(seed, no_mm)) for seed in range(300))


def test_panels_are_reached_by_some_programs():
    """Some wide programs offer the ``panel:`` knob on AVX2 (random_auto draws it; about 1
    in 1000 programs has panels on in the default itself)."""
    knobs = [tc.auto_knobs(to_dsl(p)[1], target=AVX2_TARGET)
             for p in (generate(seed, ALL) for seed in range(600)) if _wide(p)]
    assert sum(any(k.startswith("panel:") for k in ks) for ks in knobs) >= 5


# T0 = relu(A0 @ A1 + A2): 48 rows (8 AVX2 row tiles), 300-long reduction, 512 float32
# columns (2 KB rows): the AVX2 default packs A1 into panels.
M, K, N = 48, 300, 512
_F = {"kind": "float", "grid": True, "special": 0.0}
PROG = {"dims": {}, "input_seed": 5, "outputs": ["T0"],
        "inputs": [{"name": "A0", "shape": [M, K], "dtype": "float32", "fill": _F},
                   {"name": "A1", "shape": [K, N], "dtype": "float32", "fill": _F},
                   {"name": "A2", "shape": [N], "dtype": "float32", "fill": _F}],
        "stages": [{"name": "T0", "shape": [M, N], "body": {"expr": [
            "bin", "max", ["bin", "add", ["red", {
                "reducer": "sum", "axes": [[0, K]], "where": None,
                "src": [["bin", "mul", ["ld", "A0", [["ax", 0], ["rk", 0]]],
                         ["ld", "A1", [["rk", 0], ["ax", 1]]]]]}],
                ["ld", "A2", [["ax", 1]]]], ["c", 0.0, "float32"]]}}]}


@needs_avx2
def test_avx2_default_with_panels_matches_the_reference():
    knobs = tc.auto_knobs(to_dsl(PROG)[1], target=AVX2_TARGET)
    panel = [k for k in knobs if k.startswith("panel:")]
    assert panel and knobs[panel[0]][0] is True  # the case the test is about
    auto = {"p": "auto", "config": {}, "target": AVX2_TARGET}
    forced = {"p": "auto", "config": {panel[0]: True}}  # on the host target
    res = run_case(PROG, ALL, schedules=[[auto], [forced]],
                   opts=[{"target": AVX2_TARGET, "bounds": True}, {}])
    assert not res["fails"], res["fails"]
    assert all(rec["ran"] for rec in res["schedules"])


@pytest.mark.skipif(not HAS_AVX512, reason="the AVX2 builds are drawn on AVX-512 hosts only")
def test_avx2_builds_are_drawn_and_recorded():
    feats = Features.parse("all")
    targets = [rec["opts"].get("target") for seed in range(6)
               for rec in fuzz_case(seed, feats, nsched=3, interp_frac=0.0)["schedules"]]
    assert AVX2_TARGET in targets and None in targets
    no_avx2 = Features(set(FEATURES) - {"avx2"})
    assert not any(rec["opts"].get("target") for rec in
                   fuzz_case(0, no_avx2, nsched=3, interp_frac=0.0)["schedules"])


@needs_avx2
def test_repro_builds_for_the_recorded_target(tmp_path):
    """A repro of an AVX2 schedule schedules and builds for AVX2, not for the host."""
    steps = [{"p": "auto", "config": {}, "target": AVX2_TARGET}]
    fail = {"cls": "kernel-mismatch", "key": "kernel-mismatch", "msg": "stand-in failure"}
    text = repro_source(PROG, steps, {"target": AVX2_TARGET}, fail, "test")
    assert f"config={{}}, target={AVX2_TARGET!r})" in text
    assert f"tc.build(s, args, target={AVX2_TARGET!r})" in text
    path = tmp_path / "repro.py"
    path.write_text(text)
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]  # right on this tcomp: the check passes


def _some_pass(kind: Any) -> None:
    """Four programs of ``kind`` through the whole fuzz case (random schedules, automatic ones
    with random knobs, AVX2 builds where the host has AVX-512)."""
    feats = Features.parse("all")
    seeds = [s for s in range(200) if kind(generate(s, feats))][:4]
    assert len(seeds) == 4
    for seed in seeds:
        res = fuzz_case(seed, feats, nsched=2, interp_frac=0.0)
        assert not res["fails"], (seed, res["fails"])


def test_matmul_programs_pass_under_random_schedules():
    _some_pass(_wide)


# Fuzz seed 6476 (shrunk by hand): 24 x 16 @ 16 x 520 twice, rows of A0 holding -3e38. Built
# for AVX2 with s.reassociate(), the kernel's order made a partial sum -inf where the in-order
# total is -2.06e38; any order is legal there, so the reference now marks elements whose
# regrouped terms may overflow as uncertain (test_reference has the rule's own tests).
_S = {"kind": "float", "grid": False, "special": 0.1}
PROG_6476 = {
    "dims": {}, "input_seed": 2054758271, "outputs": ["T0"],
    "inputs": [{"name": "A0", "shape": [24, 16], "dtype": "float32", "fill": _S},
               {"name": "A1", "shape": [16, 520], "dtype": "float32",
                "fill": dict(_S, special=0.0)},
               {"name": "A2", "shape": [16, 520], "dtype": "float32",
                "fill": {"kind": "float", "grid": True, "special": 0.0}}],
    "stages": [{"name": "T0", "shape": [24, 520], "body": {"reduce": {
        "reducer": "sum", "axes": [[0, 16]], "where": None, "src": [[
            "bin", "add",
            ["bin", "mul", ["ld", "A0", [["ax", 0], ["rk", 0]]],
             ["ld", "A1", [["rk", 0], ["ax", 1]]]],
            ["bin", "mul", ["ld", "A0", [["ax", 0], ["rk", 0]]],
             ["ld", "A2", [["rk", 0], ["ax", 1]]]]]]}}}]}


@needs_avx2
def test_reassociated_sum_whose_regrouping_overflows_is_not_a_mismatch():
    res = run_case(PROG_6476, ALL, schedules=[[{"p": "reassociate"}], []],
                   opts=[{"target": AVX2_TARGET}, {"target": AVX2_TARGET}])
    assert not res["fails"], res["fails"]
    assert all(rec["ran"] for rec in res["schedules"])


def test_auto_steps_include_the_plain_default():
    """What a schedule-free ``tc.build`` compiles is itself drawn, not only neighbours of it:
    some auto steps name no knob but the ``reassoc:`` ones (at the default's values)."""
    from tcomp.testing.fuzz.schedules import random_auto

    outs = to_dsl(PROG)[1]
    knobs = tc.auto_knobs(outs)
    rng = random.Random(3)
    steps = [random_auto(outs, rng)[0] for _ in range(40)]
    plain = [st for st in steps if all(k.startswith("reassoc:") and v == knobs[k][0]
                                       for k, v in st["config"].items())]
    assert 4 <= len(plain) <= 20


def _rows(prog: dict) -> bool:
    return any(st["name"].endswith("r0") for st in prog["stages"])


def test_rows_feature_draws_row_wise_programs_and_can_be_left_out():
    progs = [generate(seed, ALL) for seed in range(300)]
    rowwise = [p for p in progs if _rows(p)]
    assert len(rowwise) >= 20
    # most of them schedule as rows: the automatic schedule offers its row knobs
    knobs = [tc.auto_knobs(to_dsl(p)[1]) for p in rowwise[:20]]
    assert sum(any(k.startswith("rows") for k in ks) for ks in knobs) >= 10
    no_rows = Features(set(FEATURES) - {"rows"})
    assert not any(_rows(generate(seed, no_rows)) for seed in range(300))


def test_row_wise_programs_pass_under_random_schedules():
    _some_pass(_rows)


def test_program_work_counts_inline_reductions():
    """The interpreter runs only on small programs; a reduction inside an expression counts
    with its extents (a 48 x 512 output over a 300-long inline sum is not 24576 elements of
    work: the interpreter took 160 s on such a case, fuzz seed 21057)."""
    from tcomp.testing.fuzz.runner import INTERP_WORK, program_work

    assert program_work(PROG) == M * N * K > INTERP_WORK
    nested = {"dims": {}, "inputs": [], "outputs": ["T0"], "stages": [{
        "name": "T0", "shape": [2], "body": {"reduce": {
            "reducer": "sum", "axes": [[1, 4]], "where": None, "src": [["red", {
                "reducer": "max", "axes": [[0, 5]], "where": None,
                "src": [["c", 1.0, "float32"]]}]]}}}]}
    assert program_work(nested) == 2 * 3 * 5


def _conv(prog: dict) -> bool:
    """Only the conv generator writes 4-D stages (other shapes have at most 3 dimensions)."""
    return any(len(st["shape"]) == 4 for st in prog["stages"])


def test_conv_feature_draws_convolutions_and_can_be_left_out():
    progs = [generate(seed, ALL) for seed in range(300)]
    convs = [p for p in progs if _conv(p)]
    assert len(convs) >= 20
    assert any(st["name"].endswith("p") for p in convs for st in p["stages"])  # padded
    knobs = [tc.auto_knobs(to_dsl(p)[1], target=AVX2_TARGET) for p in progs]
    assert sum("pool" in ks for ks in knobs) >= 2  # the pooled-anchor rule
    no_conv = Features(set(FEATURES) - {"conv"})
    assert not any(_conv(generate(seed, no_conv)) for seed in range(300))


# relu(conv3x3(pad(X)) + bias), then 2 x 2 max pooling: the pooled-anchor rule, with the padded
# input copied per strip where the rule says.
_B, _C, _O, _H = 2, 8, 16, 16
_AX = [["ax", d] for d in range(4)]
_RK = [["rk", q] for q in range(3)]
_INSIDE = ["bin", "and",
           ["bin", "and", ["bin", "ge", _AX[2], ["c", 1, "int64"]],
            ["bin", "lt", _AX[2], ["c", _H + 1, "int64"]]],
           ["bin", "and", ["bin", "ge", _AX[3], ["c", 1, "int64"]],
            ["bin", "lt", _AX[3], ["c", _H + 1, "int64"]]]]
_SUB1 = lambda a: ["bin", "sub", a, ["c", 1, "int64"]]  # noqa: E731
_ADD = lambda a, b: ["bin", "add", a, b]  # noqa: E731
_TWICE = lambda a, b: ["bin", "add", ["bin", "mul", a, ["c", 2, "int64"]], b]  # noqa: E731
CONV_PROG = {
    "dims": {}, "input_seed": 9, "outputs": ["T0"],
    "inputs": [{"name": "A0", "shape": [_B, _C, _H, _H], "dtype": "float32", "fill": _F},
               {"name": "A1", "shape": [_O, _C, 3, 3], "dtype": "float32", "fill": _F},
               {"name": "A2", "shape": [_O], "dtype": "float32", "fill": _F}],
    "stages": [
        {"name": "T0p", "shape": [_B, _C, _H + 2, _H + 2], "body": {"expr": [
            "sel", _INSIDE, ["ld", "A0", [_AX[0], _AX[1], _SUB1(_AX[2]), _SUB1(_AX[3])]],
            ["c", 0.0, "float32"]]}},
        {"name": "T0c", "shape": [_B, _O, _H, _H], "body": {"expr": ["bin", "max", _ADD(
            ["red", {"reducer": "sum", "axes": [[0, _C], [0, 3], [0, 3]], "where": None,
                     "src": [["bin", "mul",
                              ["ld", "T0p", [_AX[0], _RK[0], _ADD(_AX[2], _RK[1]),
                                             _ADD(_AX[3], _RK[2])]],
                              ["ld", "A1", [_AX[1], _RK[0], _RK[1], _RK[2]]]]]}],
            ["ld", "A2", [_AX[1]]]), ["c", 0.0, "float32"]]}},
        {"name": "T0", "shape": [_B, _O, _H // 2, _H // 2], "body": {"reduce": {
            "reducer": "max", "axes": [[0, 2], [0, 2]], "where": None,
            "src": [["ld", "T0c", [_AX[0], _AX[1], _TWICE(_AX[2], _RK[0]),
                                   _TWICE(_AX[3], _RK[1])]]]}}}]}


@needs_avx2
def test_padded_conv_with_pooling_matches_the_reference():
    knobs = tc.auto_knobs(to_dsl(CONV_PROG)[1], target=AVX2_TARGET)
    assert "pool" in knobs  # the case the test is about
    flip = {k: v[-1] for k, v in knobs.items() if len(v) > 1}
    runs = [([{"p": "auto", "config": {}, "target": AVX2_TARGET}], {"target": AVX2_TARGET}),
            ([{"p": "auto", "config": {}}], {"bounds": True}),
            ([{"p": "auto", "config": flip, "target": AVX2_TARGET}], {"target": AVX2_TARGET})]
    res = run_case(CONV_PROG, ALL, schedules=[r[0] for r in runs], opts=[r[1] for r in runs])
    assert not res["fails"], res["fails"]
    assert all(rec["ran"] for rec in res["schedules"])


def test_an_automatic_schedule_that_raises_is_a_failure_not_a_crash(monkeypatch):
    """Every combination of ``tc.auto_knobs`` must schedule: one that raises is recorded as a
    build error of that schedule (with its steps, for the repro), not an exception out of the
    case (which killed the pool's worker)."""
    import tcomp.testing.fuzz.runner as runner

    def broken(*_a, **_k):
        raise tc.ScheduleError("stand-in for a knob combination that does not schedule")

    monkeypatch.setattr(runner, "AUTO_FRAC", 1.0)
    monkeypatch.setattr(tc, "auto_schedule", broken)
    res = run_case(PROG, ALL, rng=random.Random(0), nsched=1)
    (fail,) = res["fails"]
    assert fail["cls"] == "build-error" and "stand-in" in fail["msg"]
    assert res["schedules"][0]["steps"][0]["p"] == "auto"
