"""Worker processes for the fuzzer: each case runs in a subprocess, so a case that kills its
process (SIGSEGV, SIGABRT from an LLVM assertion) or hangs is recorded and the run goes on.

Protocol: one JSON object per line. The parent writes a job (``{"id", "kind": "fuzz" |
"replay", ...}``) to the worker's stdin; the worker answers on its stdout with progress lines
(``{"id", "progress": {...}}``: the program, then the steps of each schedule before it is
built) and one result line (``{"id", "result": {...}}``). Progress lines let the parent name
the program and schedule in flight when the worker dies. Anything tcomp or LLVM prints goes to
the worker's stderr, which is kept in a file and quoted in crash reports.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

WORKER_CMD = [sys.executable, "-m", "tcomp.testing.fuzz", "--worker"]


def _signame(rc: int) -> str:
    if rc < 0:
        try:
            return signal.Signals(-rc).name
        except ValueError:
            return f"signal {-rc}"
    return f"exit status {rc}"


class _Worker:
    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        self.err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.err, env=env)
        assert self.proc.stdout is not None
        self.fd = self.proc.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.buf = b""
        self.job: dict[str, Any] | None = None
        self.deadline = 0.0
        self.last: dict[str, Any] = {}  # program and schedule in flight, from progress lines

    def send(self, job: dict[str, Any], timeout: float) -> None:
        self.job, self.last = job, {}
        self.deadline = time.monotonic() + timeout
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()

    def stderr_tail(self, n: int = 2000) -> str:
        self.err.seek(0, os.SEEK_END)
        size = self.err.tell()
        self.err.seek(max(0, size - n))
        return self.err.read().decode(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            if f is not None:
                f.close()
        self.err.close()


class Pool:
    """``workers`` worker processes started with ``cmd``; each job may take ``timeout``
    seconds between two progress lines before its worker is killed as hung."""

    def __init__(self, workers: int = 2, timeout: float = 60.0, cmd: list[str] | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.cmd = list(cmd or WORKER_CMD)
        self.timeout = timeout
        self.env = dict(os.environ)
        self.env.setdefault("TCOMP_NO_DISK_CACHE", "1")
        self.env.update(env or {})
        self.sel = selectors.DefaultSelector()
        self.workers = [self._start() for _ in range(max(1, workers))]
        self.restarts = 0

    def _start(self) -> _Worker:
        w = _Worker(self.cmd, self.env)
        self.sel.register(w.fd, selectors.EVENT_READ, w)
        return w

    def _replace(self, w: _Worker) -> None:
        self.sel.unregister(w.fd)
        w.stop()
        self.workers[self.workers.index(w)] = self._start()
        self.restarts += 1

    def close(self) -> None:
        for w in self.workers:
            self.sel.unregister(w.fd)
            w.stop()
        self.workers = []
        self.sel.close()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _dead(self, w: _Worker, cls: str, why: str) -> dict[str, Any]:
        """The result of a job whose worker died or hung, from its last progress lines."""
        last = w.last
        sched = last.get("sched")
        fail = {"cls": cls, "key": f"{cls}:{why}" if cls == "crash" else cls,
                "msg": f"worker {why} while running schedule {sched}; its stderr ends with:\n"
                       f"{w.stderr_tail()}", "sched": sched}
        schedules = []
        if sched is not None:
            schedules = [None] * sched + [{"steps": last.get("steps", []),
                                           "opts": last.get("opts", {}),
                                           "fail": fail, "refused": 0}]
        return {"fails": [fail], "schedules": schedules, "refused": 0,
                "program": last.get("program"), "died": True}

    def run(self, jobs: Iterator[dict[str, Any]],
            on_result: Callable[[dict[str, Any], dict[str, Any]], None],
            stop_at: float | None = None) -> None:
        """Feed ``jobs`` to the workers until they run out (or ``stop_at``, a
        ``time.monotonic()`` value, passes) and call ``on_result(job, result)`` for each."""
        jobs = iter(jobs)
        exhausted = False
        next_id = 0
        while True:
            now = time.monotonic()
            for w in self.workers:
                if w.job is None and not exhausted and (stop_at is None or now < stop_at):
                    job = next(jobs, None)
                    if job is None:
                        exhausted = True
                        break
                    w.send({**job, "id": next_id}, self.timeout)
                    next_id += 1
            busy = [w for w in self.workers if w.job is not None]
            if not busy:
                return
            wait = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            for key, _ in self.sel.select(timeout=min(wait, 1.0)):
                self._read(key.data, on_result)
            now = time.monotonic()
            for w in list(self.workers):
                if w.job is not None and now > w.deadline:
                    job = w.job
                    res = self._dead(w, "hang", f"timed out after {self.timeout:.0f} s")
                    self._replace(w)
                    on_result(job, res)

    def _read(self, w: _Worker, on_result: Callable[[dict, dict], None]) -> None:
        try:
            chunk = os.read(w.fd, 1 << 16)
        except BlockingIOError:
            return
        if not chunk:  # EOF: the worker died
            rc = w.proc.wait()
            job = w.job
            res = self._dead(w, "crash", f"killed by {_signame(rc)}")
            self._replace(w)
            if job is not None:
                on_result(job, res)
            return
        w.buf += chunk
        while b"\n" in w.buf:
            line, w.buf = w.buf.split(b"\n", 1)
            msg = json.loads(line)
            if w.job is None or msg.get("id") != w.job["id"]:
                continue
            if "progress" in msg:
                w.last.update(msg["progress"])
                w.deadline = time.monotonic() + self.timeout
            else:
                job, w.job = w.job, None
                on_result(job, msg["result"])


# ----------------------------------------------------------------------------- worker side


def worker_main(handle: Callable[[dict, Callable[[dict], None]], dict] | None = None) -> None:
    """Serve jobs from stdin until EOF. ``handle(job, progress)`` defaults to ``run_job``."""
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # whatever else prints goes to stderr
    handle = handle or run_job
    for line in sys.stdin:
        job = json.loads(line)

        def progress(d: dict, job_id: Any = job["id"]) -> None:
            proto.write(json.dumps({"id": job_id, "progress": d}) + "\n")
            proto.flush()

        res = handle(job, progress)
        proto.write(json.dumps({"id": job["id"], "result": res}) + "\n")
        proto.flush()


def run_job(job: dict[str, Any], progress: Callable[[dict], None]) -> dict[str, Any]:
    """Run one job in this process (what a worker does with it)."""
    from tcomp.runtime.cache import default_cache

    from .features import Features
    from .runner import fuzz_case, run_case

    feats = Features(job["features"])
    cpu = time.process_time()
    try:
        if job["kind"] == "fuzz":
            res = fuzz_case(job["seed"], feats, job.get("nsched", 3),
                            job.get("interp_frac", 0.15), progress)
            if not res["fails"]:
                res["program"] = None  # the parent can regenerate it from the seed
        else:
            progress({"program": job["program"]})
            res = run_case(job["program"], feats, schedules=job["schedules"],
                           opts=job["opts"], check_eval=job.get("eval", True),
                           progress=progress)
    finally:
        default_cache().clear_memory()  # bounded memory over long runs
    for rec in res["schedules"]:
        if rec is not None and rec["fail"] is None and job["kind"] == "fuzz":
            rec["steps"] = None  # results stay small; failing schedules keep theirs
    res["cpu"] = time.process_time() - cpu
    return res


__all__ = ["WORKER_CMD", "Pool", "run_job", "worker_main"]
