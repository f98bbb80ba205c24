"""Fault injection for the autotuner's tests (test code only: ``autotune.worker`` has no fault
hooks): a search space whose configs name a fault, and a measuring process that acts it out.

Tests import ``FaultSpace`` and ``FAULTY_WORKER``; ``tune(..., worker=FAULTY_WORKER)`` (a
``MeasureOptions`` field) starts the measuring processes as ``python tune_faults.py``, which
serves ``autotune.worker``'s jobs with ``tcomp.build`` wrapped: the kernel a run job builds
for a config whose ``fault`` is ``segfault`` dies of SIGSEGV when called, ``abort`` writes a
C assertion's message to stderr and aborts, ``hang`` sleeps for ever, ``wrong`` changes one
output element after running; ``none`` is the kernel itself.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from typing import Any

import tcomp as tc
from autotune import SearchSpace, TemplateSpace
from autotune import worker as W

FAULT_KEY = "fault"
FAULTY_WORKER = (sys.executable, os.path.abspath(__file__))


class FaultSpace(SearchSpace):
    """The matmul template's default schedule with ``mr`` from ``mrs``, times the ``faults``.
    Each fault gets its own ``mc_blocks`` so that every config is a schedule of its own (the
    tuner measures configs that give one schedule once)."""

    name = "faults"

    def __init__(self, outputs: list, args: list, faults: list[str],
                 mrs: tuple[int, ...] = (4, 8)) -> None:
        super().__init__(outputs, args)
        self.inner = TemplateSpace("matmul", outputs, args)
        self.faults = list(faults)
        self.knobs = {FAULT_KEY: self.faults, "mr": list(mrs)}

    def apply(self, cfg: dict[str, Any]) -> tc.Schedule:
        blocks = 2 ** self.faults.index(cfg[FAULT_KEY])
        return self.inner.apply({**self.inner.default(), "mr": cfg["mr"],
                                 "mc_blocks": blocks})


def _faulty(kernel: Any, fault: str) -> Any:
    def call(*arrays: Any) -> None:
        if fault == "segfault":
            os.kill(os.getpid(), signal.SIGSEGV)
        if fault == "abort":  # like a failed C assert(): a message on stderr, then SIGABRT
            os.write(2, b"tcomp fault injection: assertion `lanes <= 16' failed\n")
            os.abort()
        while fault == "hang":
            time.sleep(1.0)
        kernel(*arrays)
        if fault == "wrong":
            arrays[-1].flat[0] += 1.0  # the last argument is the output

    return call


def main() -> None:
    fault = {"now": "none"}
    build = tc.build

    def build_faulty(*a: Any, **kw: Any) -> Any:
        kernel = build(*a, **kw)
        return kernel if fault["now"] == "none" else _faulty(kernel, fault["now"])

    def handle(job: W.Job) -> W.Job:
        fault["now"] = job.get("config", {}).get(FAULT_KEY, "none")
        return W.handle(job)

    tc.build = build_faulty
    W.serve(handle)


if __name__ == "__main__":
    main()
