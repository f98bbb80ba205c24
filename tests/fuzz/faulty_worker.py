"""A fuzz worker with injected faults, for tests of crash isolation and shrinking (test code
only: the fuzzer's own workers have no fault hooks).

Usage: ``python faulty_worker.py MODE``. MODE ``segv``: the worker kills itself with SIGSEGV
while building any schedule that vectorizes. ``hang``: it sleeps instead. ``exp``: any program
containing ``exp`` kills it (before any schedule runs).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

from tcomp.testing.fuzz.pool import run_job, worker_main

MODE = sys.argv[1]


def handle(job, progress):
    def faulty(d):
        progress(d)
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
