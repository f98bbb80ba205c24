"""Measurement: build candidates in worker processes, run each in an isolated process (layer 8).

A candidate that fails to build, crashes (segfault), hangs past its timeout or gives a wrong
result (checked against ``tcomp.dsl.evaluate``) comes back as a failed ``MeasureResult``
with its error; the dead worker is replaced and measurement goes on. Workers are fresh
interpreters running ``autotune.worker`` that receive only JSON: the workload's factory spec
and the schedule trace. A failed trial's error ends with the tail of what the measuring
process wrote to stderr (an LLVM assertion, a C library's abort message). ``MeasureOptions``
says how to measure, the same for every executor (``LocalExecutor`` here, ``DaskExecutor``).
"""

from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tcomp.runtime import timing

from .workloads import Workload

STDERR_TAIL_BYTES = 2048  # how much of a failed worker's stderr a trial's error keeps


@dataclass
class MeasureInput:
    """One candidate: which workload, the schedule trace, and its config (sent along with
    the run job, for a worker that wants it)."""

    workload: Workload
    trace: str
    config: dict[str, Any] = field(default_factory=dict)
    target: str = "llvm"  # what tc.build compiles for; "cuda ..." runs on device arrays


@dataclass
class MeasureResult:
    ok: bool
    costs: list[float] = field(default_factory=list)  # seconds per call, one per repeat
    error: str = ""
    build_s: float = 0.0
    run_s: float = 0.0

    @property
    def median(self) -> float | None:
        return statistics.median(self.costs) if self.ok and self.costs else None

    @property
    def spread(self) -> float | None:
        """(max - min) / median of the repeats."""
        m = self.median
        return (max(self.costs) - min(self.costs)) / m if m else None


@dataclass(frozen=True)
class MeasureOptions:
    """How candidates are measured, the same for every executor: ``LocalExecutor`` and
    ``DaskExecutor`` take one (or its fields as keyword arguments, as ``tune()`` does).

    Args:
        repeat, warmup, warmup_s, min_repeat_s: ``time_kernel``'s: timed repeats (each at
            least ``min_repeat_s`` long), after ``warmup`` untimed calls and as many more as
            fill ``warmup_s``; the defaults are ``tcomp.runtime.timing``'s, what
            ``time_kernel`` does when called with none, so the runner's figure is what an
            in-process call timed the same way gets.
        check, rtol, atol: compare each candidate's outputs with the reference evaluator's
            (a mismatch is a failed trial, "wrong result").
        seed: of the random inputs.
        build_timeout_s, run_timeout_s: a build or a timed run taking longer is a failed
            trial and its process is killed.
        worker: the command line that starts a measuring process, None for
            ``python -m autotune.worker`` with the interpreter that starts it; another one
            serves the same JSON jobs (``autotune.worker.serve``), such as the tests' worker
            that injects crashes, or this one with ``taskset`` in front.
    """

    repeat: int = timing.REPEAT
    warmup: int = timing.WARMUP
    min_repeat_s: float = timing.MIN_REPEAT_S
    warmup_s: float = timing.WARMUP_S
    check: bool = True
    rtol: float = 1e-3
    atol: float = 1e-3
    seed: int = 0
    build_timeout_s: float = 60.0
    run_timeout_s: float = 30.0
    worker: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.worker is not None:  # a list given: kept as a tuple, the options stay hashable
            object.__setattr__(self, "worker", tuple(self.worker))

    @staticmethod
    def of(options: MeasureOptions | None, opts: dict[str, Any]) -> MeasureOptions:
        """``options`` (default: the defaults) with the fields in ``opts`` replaced."""
        return dataclasses.replace(options or MeasureOptions(), **opts)


class Executor(Protocol):
    """What the tuner needs from a measurement back end (local pool, Dask, ...)."""

    def measure(self, inputs: list[MeasureInput]) -> list[MeasureResult]: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- parent side
class WorkerProcess:
    """One measuring process (``autotune.worker``, or the command ``cmd``) talking JSON lines:
    a fresh Python (like multiprocessing's "spawn", but it never re-imports the user's main
    script), started on the first job and again after it dies or times out."""

    def __init__(self, cmd: Sequence[str] | None = None) -> None:
        self.cmd = tuple(cmd) if cmd else (sys.executable, "-m", "autotune.worker")
        self.proc: subprocess.Popen[str] | None = None
        self.err: Any = None  # the process's stderr file

    def start(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        # stderr goes to an unlinked file in append mode, emptied before each job, so a
        # failure can report what this job's process printed without a reader thread.
        self.err = tempfile.TemporaryFile()
        fd = self.err.fileno()
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
        self.proc = subprocess.Popen(
            self.cmd,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.err, text=True,
            env=env, bufsize=1)

    def stderr_tail(self) -> str:
        """The last ``STDERR_TAIL_BYTES`` the process wrote to stderr during this job."""
        if self.err is None:
            return ""
        fd = self.err.fileno()
        size = os.fstat(fd).st_size
        n = min(size, STDERR_TAIL_BYTES)
        tail = os.pread(fd, n, size - n).decode("utf-8", "replace").strip()
        return ("..." if size > n else "") + tail

    @property
    def fd(self) -> Any:
        assert self.proc is not None and self.proc.stdout is not None
        return self.proc.stdout

    def send(self, job: dict[str, Any]) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        os.ftruncate(self.err.fileno(), 0)
        try:
            self.proc.stdin.write(json.dumps(job) + "\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # it died; result() reports how

    def result(self, deadline: float, timeout_error: str = "timeout") -> dict[str, Any]:
        """The job's reply; a failure's error ends with the tail of the process's stderr."""
        out = self._reply(deadline, timeout_error)
        tail = self.stderr_tail() if not out.get("ok") else ""
        if tail:
            out["error"] = f"{out.get('error', '')}\nstderr of the measuring process:\n{tail}"
        if self.proc is not None and self.proc.poll() is not None:
            self.kill()
        return out

    def _reply(self, deadline: float, timeout_error: str) -> dict[str, Any]:
        assert self.proc is not None
        left = max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([self.fd], [], [], left)
        if ready:
            line = self.fd.readline()
            if line:
                return json.loads(line)
            code = self.proc.wait(5)
            if code < 0:
                try:
                    name = signal.Signals(-code).name
                except ValueError:
                    name = f"signal {-code}"
                return {"ok": False, "error": f"crashed: the measuring process died of {name}"}
            return {"ok": False, "error": f"crashed: the measuring process exited ({code})"}
        self.proc.kill()
        self.proc.wait(5)
        return {"ok": False, "error": timeout_error, "timeout": True}

    def kill(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait(5)
            for f in (self.proc.stdin, self.proc.stdout, self.err):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
        self.proc, self.err = None, None


def build_job(inp: MeasureInput) -> dict[str, Any]:
    """The JSON job that compiles ``inp`` (filling the on-disk kernel cache)."""
    return {"kind": "build", "spec": inp.workload.spec_json(), "trace": inp.trace,
            "target": inp.target}


RUN_FIELDS = ("repeat", "warmup", "warmup_s", "min_repeat_s", "check", "rtol", "atol", "seed")


def run_job(inp: MeasureInput, ref_dir: str, options: MeasureOptions) -> dict[str, Any]:
    """The JSON job that checks and times ``inp`` (``options``' ``RUN_FIELDS`` in it)."""
    return {"kind": "run", "spec": inp.workload.spec_json(), "trace": inp.trace,
            "config": inp.config, "ref_dir": ref_dir, "target": inp.target,
            **{k: getattr(options, k) for k in RUN_FIELDS}}


def build_timeout_error(seconds: float) -> str:
    return f"build timed out after {seconds:g} s"


def run_timeout_error(seconds: float) -> str:
    return f"run timed out after {seconds:g} s (hang?)"


def to_result(build: dict[str, Any], run: dict[str, Any] | None) -> MeasureResult:
    """A MeasureResult from a build reply and (when the build worked) a run reply."""
    if not build.get("ok"):
        return MeasureResult(False, error=f"build failed: {build.get('error', '?')}")
    assert run is not None
    return MeasureResult(bool(run.get("ok")), list(run.get("costs", [])), run.get("error", ""),
                         build.get("build_s", 0.0), run.get("run_s", 0.0))


class LocalExecutor:
    """Parallel builds in ``n_builders`` processes, then sequential timed runs in one isolated
    runner process (runs never overlap, so timings don't disturb each other).

    ``options`` (a MeasureOptions), with the fields given as keyword arguments replaced
    (``LocalExecutor(repeat=3)``), say how to measure.
    """

    def __init__(self, options: MeasureOptions | None = None, *, n_builders: int | None = None,
                 **opts: Any) -> None:
        self.options = MeasureOptions.of(options, opts)
        self.n_builders = n_builders or max(1, min(4, os.cpu_count() or 1))
        self.builders = [WorkerProcess(self.options.worker) for _ in range(self.n_builders)]
        self.runner = WorkerProcess(self.options.worker)
        self._ref_dir = tempfile.TemporaryDirectory(prefix="tcomp-tune-ref-")

    def _build_all(self, inputs: list[MeasureInput]) -> list[dict[str, Any]]:
        out: list[dict[str, Any] | None] = [None] * len(inputs)
        todo = list(range(len(inputs)))
        busy: dict[int, tuple[int, float]] = {}  # builder -> (input index, deadline)
        while todo or busy:
            for b in range(self.n_builders):
                if b not in busy and todo:
                    i = todo.pop(0)
                    self.builders[b].send(build_job(inputs[i]))
                    busy[b] = (i, time.monotonic() + self.options.build_timeout_s)
            nearest = min(d for _, d in busy.values())
            ready, _, _ = select.select([self.builders[b].fd for b in busy], [], [],
                                        max(0.0, nearest - time.monotonic()))
            for b, (i, deadline) in list(busy.items()):
                if self.builders[b].fd in ready or time.monotonic() >= deadline:
                    out[i] = self.builders[b].result(
                        deadline, build_timeout_error(self.options.build_timeout_s))
                    del busy[b]
        return [o or {"ok": False, "error": "not built"} for o in out]

    def measure(self, inputs: list[MeasureInput]) -> list[MeasureResult]:
        builds = self._build_all(inputs)
        results = []
        for inp, b in zip(inputs, builds, strict=False):
            r = None
            if b["ok"]:
                self.runner.send(run_job(inp, self._ref_dir.name, self.options))
                r = self.runner.result(time.monotonic() + self.options.run_timeout_s,
                                       run_timeout_error(self.options.run_timeout_s))
            results.append(to_result(b, r))
        return results

    def close(self) -> None:
        for w in [*self.builders, self.runner]:
            w.kill()
        self._ref_dir.cleanup()

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Executor", "LocalExecutor", "MeasureInput", "MeasureOptions", "MeasureResult",
           "WorkerProcess", "build_job", "run_job"]
