"""Repro files: standalone scripts that rebuild the program, replay the schedule and run it.
They must run as written, including schedules that name tensors the program source has no
variable for (lifted inline reductions, rfactor and cache stages, outputs of tuple stages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tcomp.testing.fuzz.features import Features
from tcomp.testing.fuzz.runner import run_case
from tcomp.testing.fuzz.shrink import repro_source

ROOT = Path(__file__).resolve().parents[2]

# T0[i] = sum(A0[i, r]) + 1: the reduction is lifted into a stage 'T0.sum0' of its own.
PROG = {"dims": {}, "inputs": [{"name": "A0", "shape": [4, 6], "dtype": "float32",
                                "fill": {"kind": "float", "grid": True, "special": 0.0}}],
        "stages": [{"name": "T0", "shape": [4], "body": {"expr": [
            "bin", "add", ["red", {"reducer": "sum", "axes": [[0, 6]],
                                   "src": [["ld", "A0", [["ax", 0], ["rk", 0]]]]}],
            ["c", 1.0, "float32"]]}}],
        "outputs": ["T0"], "input_seed": 1}
STEPS = [{"p": "split", "st": "T0.sum0", "ax": "r1_0", "factor": 2},
         {"p": "rfactor", "st": "T0.sum0", "ax": "r1_0.inner", "factor_axis": 0},
         {"p": "cache_write", "st": "T0.sum0.rf", "scope": "local"},
         {"p": "cache_read", "t": "T0.sum0", "scope": "global", "readers": ["T0"],
          "layout": None}]


def _run(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("cls", ["build-error", "kernel-mismatch", "interp-mismatch"])
def test_repro_of_schedule_on_lifted_reduction_runs(tmp_path, cls):
    feats = Features.parse("all")
    res = run_case(PROG, feats, schedules=[STEPS], opts=[{"interp": True}])
    assert not res["fails"] and res["schedules"][0]["ran"]  # the fuzzer itself accepts it
    fail = {"cls": cls, "key": cls, "msg": "stand-in failure"}
    text = repro_source(PROG, STEPS, {"interp": cls.startswith("interp")}, fail, "test")
    assert 's.rfactor(s.stage_by_name("T0.sum0").origin_op.output(0), "r1_0.inner"' in text
    path = tmp_path / "repro.py"
    path.write_text(text)
    proc = _run(path)
    # This tcomp computes the case right: the repro runs to the end, its check passing.
    assert proc.returncode == 0, proc.stderr[-2000:]
