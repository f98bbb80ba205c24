"""A fuzz worker with injected faults, for tests of crash isolation and shrinking (test code
only: the fuzzer's own workers have no fault hooks).

Usage: ``python faulty_worker.py MODE``. MODE ``segv``: the worker kills itself with SIGSEGV
while building any schedule that vectorizes. ``hang``: it sleeps instead. ``exp``: any program
containing ``exp`` kills it (before any schedule runs). ``run-error``, ``mismatch``,
``interp-error``, ``interp-mismatch``: for programs containing ``exp``, the compiled kernel
raises, or writes wrong values, or the loop-IR interpreter does (stand-in bugs at run time).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

import numpy as np

import tcomp
import tcomp.ir.interp
from tcomp.testing.fuzz.pool import run_job, worker_main

MODE = sys.argv[1]
CURRENT: dict = {}  # the program in flight (from the progress lines)


def _buggy() -> bool:
    return '"exp"' in json.dumps(CURRENT.get("program"))


def _spoil(outs) -> None:
    for a in outs:
        if a.dtype == bool:
            a[...] = ~a
        elif a.dtype.kind == "f":
            a[...] = np.where(np.isfinite(a), a + 1.5, 0.25)
        else:
            a[...] = a + 1


def _faulty_kernel(run, n_out: int):
    def call(*arrays):
        if MODE == "run-error" and _buggy():
            raise tcomp.TcompRuntimeError("injected run-time failure")
        run(*arrays)
        if MODE == "mismatch" and _buggy():
            _spoil(arrays[len(arrays) - n_out:])
    return call


if MODE in ("run-error", "mismatch"):
    _build = tcomp.build

    def _build_faulty(s, args, **kw):
        return _faulty_kernel(_build(s, args, **kw), len(CURRENT["program"]["outputs"]))

    tcomp.build = _build_faulty
if MODE in ("interp-error", "interp-mismatch"):
    _interp_run = tcomp.ir.interp.run

    def _interp_faulty(func, arrays, *a, **kw):
        if MODE == "interp-error" and _buggy():
            raise tcomp.TcompRuntimeError("injected interpreter failure")
        out = _interp_run(func, arrays, *a, **kw)
        if MODE == "interp-mismatch" and _buggy():
            _spoil(arrays[len(arrays) - len(CURRENT["program"]["outputs"]):])
        return out

    tcomp.ir.interp.run = _interp_faulty


def handle(job, progress):
    def faulty(d):
        progress(d)
        if "program" in d:
            CURRENT["program"] = d["program"]
        if MODE == "exp" and "program" in d and '"exp"' in json.dumps(d["program"]):
            os.kill(os.getpid(), signal.SIGSEGV)
        if "steps" in d and any(s["p"] == "vectorize" for s in d["steps"]):
            if MODE == "segv":
                os.kill(os.getpid(), signal.SIGSEGV)
            if MODE == "hang":
                time.sleep(600)
    return run_job(job, faulty)


if __name__ == "__main__":
    worker_main(handle)
