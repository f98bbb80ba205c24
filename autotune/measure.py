"""Measurement: build candidates in worker processes, run each in an isolated process (layer 8).

A candidate that fails to build, crashes (segfault), hangs past its timeout or gives a wrong
result (checked against ``tcomp.dsl.evaluate``) comes back as a failed ``MeasureResult``
with its error; the dead worker is replaced and measurement goes on. Workers are fresh
interpreters (never forked: LLVM in a forked process is fragile) that receive only JSON:
the workload's factory spec and the schedule trace. A failed trial's error ends with the tail
of what the measuring process wrote to stderr (an LLVM assertion, a C library's abort message).
"""

from __future__ import annotations

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
import traceback
from dataclasses import dataclass, field
from typing import Any, Protocol

from .workloads import Workload

# Test-only fault injection: a config key honoured only when this env var is "1".
FAULT_ENV = "TCOMP_AUTOTUNE_FAULTS"
FAULT_KEY = "__fault__"
STDERR_TAIL_BYTES = 2048  # how much of a failed worker's stderr a trial's error keeps


@dataclass
class MeasureInput:
    """One candidate: which workload, the schedule trace, and its config (for fault hooks)."""

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


class Executor(Protocol):
    """What the tuner needs from a measurement back end (local pool, Dask, ...)."""

    def measure(self, inputs: list[MeasureInput]) -> list[MeasureResult]: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- worker side
_state: dict[str, Any] = {"workloads": {}, "refs": {}}


def _workload(spec: str) -> Any:
    if spec not in _state["workloads"]:
        w = Workload.from_spec(spec)
        outs, args = w.build()
        _state["workloads"][spec] = (outs, args)
    return _state["workloads"][spec]


def _schedule(spec: str, trace: str) -> Any:
    import tcomp as tc

    outs, args = _workload(spec)
    return tc.replay(outs, trace), args


def _do_build(job: dict[str, Any]) -> dict[str, Any]:
    import tcomp as tc

    t0 = time.perf_counter()
    s, args = _schedule(job["spec"], job["trace"])
    tc.build(s, args, target=job.get("target", "llvm"))  # fills the on-disk kernel cache
    return {"ok": True, "build_s": time.perf_counter() - t0}


def _reference(spec: str, ref_dir: str, seed: int) -> tuple[list[Any], list[Any]]:
    """Random inputs and the evaluator's outputs, cached in memory and in ``ref_dir``."""
    import hashlib

    import numpy as np

    from tcomp.dsl.eval import evaluate
    from tcomp.runtime.memory import aligned
    from tcomp.testing import random_inputs

    if spec in _state["refs"]:
        return _state["refs"][spec]
    outs, args = _workload(spec)
    path = os.path.join(ref_dir, hashlib.sha256(f"{spec}|{seed}".encode()).hexdigest()[:20]
                        + ".npz")
    ins_t = [a for a in args if not any(a is o for o in outs)]
    if os.path.exists(path):
        with np.load(path, allow_pickle=False) as z:
            ins = [z[f"in{i}"] for i in range(len(ins_t))]
            refs = [z[f"out{i}"] for i in range(len(outs))]
    else:
        ins = random_inputs(ins_t, rng=seed, outputs=outs)  # gather indices in range
        refs = evaluate(outs, ins, params=ins_t)
        refs = [r.astype(o.dtype.np) for r, o in zip(refs, outs, strict=False)]
        tmp = path + f".{os.getpid()}.tmp.npz"
        np.savez(tmp, **{f"in{i}": a for i, a in enumerate(ins)},
                 **{f"out{i}": r for i, r in enumerate(refs)})
        os.replace(tmp, path)
    # 64-byte aligned, as tcomp.nn and tc.empty allocate: numpy's 16-byte alignment splits
    # every other AVX2 load across cache lines (up to 23% slower on a GEMM-like kernel)
    ins = [aligned(a) for a in ins]
    _state["refs"][spec] = (ins, refs)
    return ins, refs


def _do_run(job: dict[str, Any]) -> dict[str, Any]:
    import tcomp as tc
    from tcomp.runtime.memory import zeros
    from tcomp.runtime.timing import time_kernel
    from tcomp.testing import assert_allclose

    fault = job["config"].get(FAULT_KEY) if os.environ.get(FAULT_ENV) == "1" else None
    t0 = time.perf_counter()
    s, args = _schedule(job["spec"], job["trace"])
    target = job.get("target", "llvm")
    kernel = tc.build(s, args, target=target)
    build_s = time.perf_counter() - t0
    outs, _ = _workload(job["spec"])
    ins, refs = _reference(job["spec"], job["ref_dir"], job["seed"])
    res = [zeros(r.shape, r.dtype) for r in refs]
    if fault == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if fault == "abort":  # like a failed C assert(): a message on stderr, then SIGABRT
        os.write(2, b"tcomp fault injection: assertion `lanes <= 16' failed\n")
        os.abort()
    if fault == "hang":
        while True:
            time.sleep(1.0)
    call_args = [*ins, *res]
    if target.split()[0] == "cuda":  # inputs and outputs live on the device while timed
        kernel, call_args, res = _on_device(kernel, ins, res)
    kernel(*call_args)
    if callable(res):
        res = res()
    if fault == "wrong":
        res[0].flat[0] += 1.0
    if job["check"]:
        for o, r, t in zip(res, refs, outs, strict=False):
            try:
                assert_allclose(o, r, rtol=job["rtol"], atol=job["atol"], name=t.name)
            except AssertionError as exc:
                return {"ok": False, "error": f"wrong result: {exc}", "build_s": build_s}
    timing = time_kernel(kernel, call_args, warmup=job["warmup"], repeat=job["repeat"],
                         min_repeat_s=job["min_repeat_s"])
    return {"ok": True, "costs": list(timing.all), "build_s": build_s,
            "run_s": time.perf_counter() - t0 - build_s}


def _on_device(kernel: Any, ins: list[Any], res: list[Any]) -> tuple[Any, list[Any], Any]:
    """A GPU kernel's arguments as device arrays, a call that waits for the GPU (so timings
    are of the kernel, not of the launch), and a function reading the outputs back."""
    from tcomp.runtime import cuda as rt

    dev = rt.get_device()
    d_ins = [rt.to_device(a) for a in ins]
    d_res = [rt.empty(r.shape, r.dtype) for r in res]
    sync = getattr(dev, "synchronize", None)

    def call(*a: Any) -> None:
        kernel(*a)
        if sync is not None:
            sync()

    return call, [*d_ins, *d_res], lambda: [d.numpy() for d in d_res]


def _worker_main() -> None:
    """Serve JSON-line jobs from stdin until it closes; one JSON reply line per job.

    The protocol uses a private copy of fd 1; fd 1 itself then points at stderr, so anything
    LLVM or a kernel prints can't corrupt a reply.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    for line in sys.stdin:
        job = json.loads(line)
        try:
            out = _do_build(job) if job["kind"] == "build" else _do_run(job)
        except BaseException as exc:
            tb = traceback.format_exc(limit=3)
            out = {"ok": False, "error": f"{type(exc).__name__}: {exc}\n{tb}"}
        proto.write(json.dumps(out) + "\n")
        proto.flush()


# ----------------------------------------------------------------------------- parent side
class _Worker:
    """One fresh Python process (like multiprocessing's "spawn", but it never re-imports the
    user's main script) talking JSON lines; replaced when it dies or times out."""

    def __init__(self) -> None:
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
            [sys.executable, "-c", "from autotune.measure import _worker_main; _worker_main()"],
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


def run_job(inp: MeasureInput, ref_dir: str, opts: dict[str, Any]) -> dict[str, Any]:
    """The JSON job that checks and times ``inp`` (``opts``: repeat, warmup, check, ...)."""
    return {"kind": "run", "spec": inp.workload.spec_json(), "trace": inp.trace,
            "config": inp.config, "ref_dir": ref_dir, "target": inp.target, **opts}


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
    runner process (runs never overlap, so timings don't disturb each other)."""

    def __init__(self, *, n_builders: int | None = None, build_timeout_s: float = 60.0,
                 run_timeout_s: float = 30.0, repeat: int = 5, warmup: int = 1,
                 min_repeat_s: float = 2e-3, check: bool = True, rtol: float = 1e-3,
                 atol: float = 1e-3, seed: int = 0) -> None:
        self.n_builders = n_builders or max(1, min(4, os.cpu_count() or 1))
        self.builders = [_Worker() for _ in range(self.n_builders)]
        self.runner = _Worker()
        self.build_timeout_s, self.run_timeout_s = build_timeout_s, run_timeout_s
        self.opts = {"repeat": repeat, "warmup": warmup, "min_repeat_s": min_repeat_s,
                     "check": check, "rtol": rtol, "atol": atol, "seed": seed}
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
                    busy[b] = (i, time.monotonic() + self.build_timeout_s)
            nearest = min(d for _, d in busy.values())
            ready, _, _ = select.select([self.builders[b].fd for b in busy], [], [],
                                        max(0.0, nearest - time.monotonic()))
            for b, (i, deadline) in list(busy.items()):
                if self.builders[b].fd in ready or time.monotonic() >= deadline:
                    out[i] = self.builders[b].result(
                        deadline, build_timeout_error(self.build_timeout_s))
                    del busy[b]
        return [o or {"ok": False, "error": "not built"} for o in out]

    def measure(self, inputs: list[MeasureInput]) -> list[MeasureResult]:
        builds = self._build_all(inputs)
        results = []
        for inp, b in zip(inputs, builds, strict=False):
            r = None
            if b["ok"]:
                self.runner.send(run_job(inp, self._ref_dir.name, self.opts))
                r = self.runner.result(time.monotonic() + self.run_timeout_s,
                                       run_timeout_error(self.run_timeout_s))
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


__all__ = ["FAULT_ENV", "FAULT_KEY", "Executor", "LocalExecutor", "MeasureInput",
           "MeasureResult"]
