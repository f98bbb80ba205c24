"""Measurement on Dask (the ``distributed`` extra), and how ``tune(executor=...)`` picks one.

``DaskExecutor`` has the local executor's interface and runs the same JSON jobs: each
candidate is one Dask task that hands the workload's factory spec and the schedule trace to a
fresh measuring process on the Dask worker (``autotune.worker``, as locally), with the same
``MeasureOptions``. A candidate that segfaults or hangs kills that process, never the Dask
worker. Builds run in parallel across the cluster; timed runs on one host take a Dask lock
named after the host, so they never overlap there and disturb each other's timings.

Nothing user-written is pickled: Dask ships a reference to ``_dask_measure`` (importable
where tcomp is installed) and a JSON string, and gets a JSON string back. Workers need tcomp
and the workload's factory importable, as local measuring processes do.
"""

from __future__ import annotations

import atexit
import json
import queue
import shutil
import socket
import tempfile
import time
from typing import Any

from tcomp.errors import TcompError

from .measure import (
    Executor,
    LocalExecutor,
    MeasureInput,
    MeasureOptions,
    MeasureResult,
    WorkerProcess,
    build_job,
    build_timeout_error,
    run_job,
    run_timeout_error,
    to_result,
)

EXTRA_HINT = "pip install 'tcomp[distributed]'"


class ExecutorError(TcompError, ValueError):
    """An executor can't be made: unknown kind, missing engine, or no workers to run on."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ExecutorError(f"executor 'dask' needs dask.distributed, which is not installed "
                            f"({exc}); install the extra with `{EXTRA_HINT}`") from exc
    return distributed


# ----------------------------------------------------------------------------- Dask worker side
# Per Dask-worker process: idle measuring processes (one per task running at once) and a
# directory for reference outputs, shared by them.
_pool: queue.SimpleQueue[WorkerProcess] = queue.SimpleQueue()
_ref_dir: list[str] = []


def _local_ref_dir() -> str:
    if not _ref_dir:
        _ref_dir.append(tempfile.mkdtemp(prefix="tcomp-tune-ref-"))
        atexit.register(shutil.rmtree, _ref_dir[0], True)
    return _ref_dir[0]


def _shutdown_pool() -> int:
    """Stop the idle measuring processes of this Dask worker process; returns how many."""
    n = 0
    while True:
        try:
            w = _pool.get_nowait()
        except queue.Empty:
            return n
        w.kill()
        n += 1


atexit.register(_shutdown_pool)


def _dask_measure(job_json: str) -> str:
    """One candidate: build, then (holding this host's run lock) check and time it, in a
    measuring process of this Dask worker. JSON in, JSON out: ``{"build": ..., "run": ...}``."""
    job = json.loads(job_json)
    fresh = WorkerProcess(job["worker"])  # a process starts with its first job
    try:
        w = _pool.get_nowait()
    except queue.Empty:
        w = fresh
    if w.cmd != fresh.cmd:  # an idle process started for another MeasureOptions.worker
        w.kill()
        w = fresh
    try:
        w.send(job["build"])
        build = w.result(time.monotonic() + job["build_timeout_s"],
                         build_timeout_error(job["build_timeout_s"]))
        run = None
        if build.get("ok"):
            lock = None
            if job["exclusive_runs"]:
                import distributed

                lock = distributed.Lock(f"tcomp-autotune-run-{socket.gethostname()}")
                lock.acquire()
            try:
                w.send({**job["run"], "ref_dir": _local_ref_dir()})
                run = w.result(time.monotonic() + job["run_timeout_s"],
                               run_timeout_error(job["run_timeout_s"]))
            finally:
                if lock is not None:
                    lock.release()
        return json.dumps({"build": build, "run": run, "host": socket.gethostname()})
    finally:
        _pool.put(w)


# ----------------------------------------------------------------------------- client side
class DaskExecutor:
    """Measure candidates on a Dask cluster, as ``options`` (a MeasureOptions, with the
    fields given as keyword arguments replaced) say, like a LocalExecutor.

    Args:
        client: a ``distributed.Client``, a scheduler address (``"tcp://host:8786"``), or
            None: the current default client if there is one, else a LocalCluster of
            ``n_threads`` worker threads in this process (builds in parallel, runs one at a
            time; each candidate in its own measuring process, as always).
        exclusive_runs: timed runs on one host never overlap (a Dask lock per host name).
        wait_workers_s: how long to wait for the cluster to have a worker.
    """

    def __init__(self, client: Any = None, options: MeasureOptions | None = None, *,
                 n_threads: int | None = None, exclusive_runs: bool = True,
                 wait_workers_s: float = 60.0, **opts: Any) -> None:
        self.options = MeasureOptions.of(options, opts)
        dd = _distributed()
        self._own_client, self._cluster = False, None
        if isinstance(client, dd.Client):
            self.client = client
        elif isinstance(client, str):
            self.client, self._own_client = dd.Client(client, set_as_default=False), True
        elif client is None:
            try:
                self.client = dd.default_client()
            except ValueError:  # no client yet: a cluster on this machine
                import os

                threads = n_threads or max(1, min(4, os.cpu_count() or 1))
                # Threads in this process: each candidate runs in its own measuring process
                # anyway, and no worker process re-imports the caller's __main__ module.
                self._cluster = dd.LocalCluster(n_workers=1, threads_per_worker=threads,
                                                processes=False, dashboard_address=":0")
                self.client = dd.Client(self._cluster, set_as_default=False)
                self._own_client = True
        else:
            raise ExecutorError(f"DaskExecutor: client must be a distributed.Client, a "
                                f"scheduler address or None, got {type(client).__name__}")
        try:
            self.client.wait_for_workers(1, timeout=wait_workers_s)
        except TimeoutError as exc:
            self.close()
            raise ExecutorError(f"the Dask cluster at {self.client.scheduler.address} has no "
                                f"worker after {wait_workers_s:g} s") from exc
        self.exclusive_runs = exclusive_runs

    def _job(self, inp: MeasureInput) -> str:
        o = self.options
        return json.dumps({"build": build_job(inp), "run": run_job(inp, "", o),
                           "build_timeout_s": o.build_timeout_s,
                           "run_timeout_s": o.run_timeout_s, "worker": o.worker,
                           "exclusive_runs": self.exclusive_runs})

    def measure(self, inputs: list[MeasureInput]) -> list[MeasureResult]:
        dd = _distributed()
        futures = [self.client.submit(_dask_measure, self._job(inp), pure=False)
                   for inp in inputs]
        results = []
        for fut in futures:
            try:
                out = json.loads(fut.result())
            except dd.KilledWorker as exc:  # the Dask worker itself died, again and again
                results.append(MeasureResult(False, error=f"crashed: Dask worker lost ({exc})"))
                continue
            results.append(to_result(out["build"], out["run"]))
        return results

    def close(self) -> None:
        try:
            self.client.run(_shutdown_pool)
        except Exception:  # the cluster may already be gone; its workers' atexit cleans up
            pass
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def make_executor(executor: Any = None, **opts: Any) -> tuple[Executor, bool]:
    """``(executor, owned)`` for ``tune(executor=...)``; ``owned``: the caller closes it.

    ``executor``: None or ``"local"`` (LocalExecutor), ``"dask"`` (the default Dask client,
    else a LocalCluster), a scheduler address such as ``"tcp://host:8786"``, a
    ``distributed.Client``, or an object with ``measure`` and ``close`` (used as is; ``opts``
    then must hold no more than ``seed``). ``opts`` go to the executor made here: the fields
    of MeasureOptions (``repeat``, ``run_timeout_s``, ...) and its own keyword arguments.
    """
    if executor is None or executor == "local":
        return LocalExecutor(**opts), True
    if executor == "dask":
        return DaskExecutor(None, **opts), True
    if isinstance(executor, str):
        if "://" in executor:
            return DaskExecutor(executor, **opts), True
        raise ExecutorError(f"executor must be 'local', 'dask' or a Dask scheduler address "
                            f"like 'tcp://host:8786', got {executor!r}")
    if type(executor).__module__.split(".")[0] == "distributed":
        return DaskExecutor(executor, **opts), True
    if callable(getattr(executor, "measure", None)) and callable(getattr(executor, "close", None)):
        extra = sorted(k for k in opts if k != "seed")
        if extra:
            raise ExecutorError(f"measurement options {extra} apply to executors tune() makes; "
                                f"give them to your {type(executor).__name__} instead")
        return executor, False
    raise ExecutorError(f"executor must be 'local', 'dask', a scheduler address, a "
                        f"distributed.Client or an Executor, got {type(executor).__name__}")


__all__ = ["DaskExecutor", "ExecutorError", "make_executor"]
