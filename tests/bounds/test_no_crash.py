"""The worst out-of-bounds offenders end in a clear Python exception, never in a signal: each
runs in a subprocess (a segfault there fails the test instead of killing the suite)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PRELUDE = """
import numpy as np
import tcomp as tc
from tcomp.dsl.eval import evaluate
X = tc.placeholder((16,), name="X")

def run(Y, *params, arrays):
    s = tc.create_schedule(Y)
    try:
        evaluate(Y, dict(zip(params, arrays)))
    except Exception as exc:
        print("evaluate:", type(exc).__name__, exc, flush=True)
    f = tc.build(s, [*params, Y])  # the default options
    f(*arrays, np.zeros([int(d.value) for d in Y.shape], Y.dtype.np))
"""

CASES = {
    "huge stride": ("""
        run(tc.compute((16,), lambda i: X[i * 100000000], name="Y"), X,
            arrays=[np.zeros(16, np.float32)])
        """, "ProvablyOutOfBoundsError", r"X[i * 100000000]"),
    "shifted read": ("""
        run(tc.compute((16,), lambda i: X[i + 1], name="Y"), X,
            arrays=[np.zeros(16, np.float32)])
        """, "ProvablyOutOfBoundsError", "ranges over [1, 16]"),
    "bad gather index from data": ("""
        I = tc.placeholder((4,), "int32", name="I")
        run(tc.compute((4,), lambda i: X[I[i]], name="Y"), X, I,
            arrays=[np.zeros(16, np.float32), np.array([0, 1, 1 << 30, 2], np.int32)])
        """, "OutOfBoundsError", "X[1073741824]"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_offender_raises_a_python_exception(case):
    body, exc_name, text = CASES[case]
    script = _PRELUDE + textwrap.dedent(body)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TCOMP_BOUNDS_CHECK": "0"}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)
    assert proc.returncode == 1, f"exit {proc.returncode} (a signal if < 0):\n{proc.stderr}"
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(f"tcomp.errors.{exc_name}:") and text in last, proc.stderr
    assert "evaluate: OutOfBoundsError" in proc.stdout  # the oracle raises too, no clamping
