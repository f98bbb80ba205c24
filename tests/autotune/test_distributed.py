"""The Dask executor on a LocalCluster in this process: a tune completes and records through
Dask tasks (the client stays usable afterwards); a segfaulting or aborting candidate is a
failed trial, the Dask worker survives, and tuning goes on; timed runs on one host take turns;
the CLI reaches a scheduler."""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from autotune import (  # noqa: E402
    DaskExecutor,
    Database,
    ExecutorError,
    MeasureInput,
    TemplateSpace,
    Workload,
    tune,
)
from autotune.space import AUTO_DEFAULT  # noqa: E402
from tcomp.cli import main  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from tune_faults import FAULT_KEY, FAULTY_WORKER, FaultSpace  # noqa: E402

SMALL = Workload("autotune.workloads:matmul", {"n": 16})


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=":0")
    c = distributed.Client(cluster, set_as_default=False)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def _dask_tasks(ts: Any) -> int:
    return sum(1 for t in ts.data if str(t["key"]).startswith("_dask_measure"))


def test_tune_on_dask_completes_and_records(client: Any, db_path: str) -> None:
    with distributed.get_task_stream(client) as ts:
        res = tune(workload=SMALL, space="matmul", strategy="random", trials=4, batch_size=4,
                   db=db_path, remeasure=1, progress=False, executor=client, repeat=3)
    recs = Database(db_path).records()
    # the best config and the automatic default, remeasured in 3 rounds (one if they agree)
    again = [r for r in recs if r.kind == "remeasure"]
    assert [r.kind for r in recs[:4]] == ["search"] * 4 and len(again) in (3, 6)
    assert any(r.config == {AUTO_DEFAULT: True} for r in again)
    assert all(r.ok and r.median > 0 and len(r.costs) == 3 for r in recs)
    assert res.best_record is not None and res.report.failed == 0
    assert _dask_tasks(ts) == 4 + len(again)  # every measurement was a Dask task


def test_segfault_on_dask_is_a_failed_trial_and_tuning_goes_on(client: Any,
                                                              db_path: str) -> None:
    outs, args = SMALL.build()
    # the set to compare with once the worker is back in the scheduler's list (a clean-clone
    # CI run read it empty here, between the module's earlier tests and this one)
    client.wait_for_workers(1, timeout=60)
    workers = set(client.scheduler_info()["workers"])
    assert workers
    # the measuring processes on the Dask worker are the tests' faulty ones
    with DaskExecutor(client, run_timeout_s=10, worker=FAULTY_WORKER) as ex:
        space = FaultSpace(outs, args, ["none", "segfault", "abort"])
        res = tune(workload=SMALL, space=space, strategy="grid", trials=6,
                   batch_size=3, db=db_path, remeasure=0, progress=False, executor=ex)
        assert set(client.scheduler_info()["workers"]) == workers  # no Dask worker died
        by_fault: dict[str, list] = {}
        for r in Database(db_path).records():
            by_fault.setdefault(r.config[FAULT_KEY], []).append(r)
        assert len(by_fault["none"]) == len(by_fault["segfault"]) == len(by_fault["abort"]) == 2
        assert all(r.ok and r.median > 0 for r in by_fault["none"])
        assert all(not r.ok and "SIGSEGV" in r.error for r in by_fault["segfault"])
        assert all(not r.ok and "SIGABRT" in r.error and "assertion `lanes <= 16' failed"
                   in r.error for r in by_fault["abort"])
        assert res.report.trials == 6 and res.report.failed == 4
        assert res.best_record is not None and res.best_record.config[FAULT_KEY] == "none"


def test_timed_runs_wait_for_the_hosts_lock(client: Any) -> None:
    outs, args = SMALL.build()
    sp = TemplateSpace("matmul", outs, args)
    trace = sp.apply(sp.default()).trace_json()
    lock = distributed.Lock(f"tcomp-autotune-run-{socket.gethostname()}",
                            scheduler_rpc=client.scheduler, loop=client.loop)
    with DaskExecutor(client) as ex, ThreadPoolExecutor(1) as pool:
        (warm,) = ex.measure([MeasureInput(SMALL, trace, {})])  # now a measure takes < 1 s
        assert warm.ok
        assert lock.acquire(timeout=10)
        try:
            fut = pool.submit(ex.measure, [MeasureInput(SMALL, trace, {})])
            time.sleep(2.0)
            assert not fut.done()  # built, but its timed run waits while another run holds it
        finally:
            lock.release()
        (res,) = fut.result(timeout=60)
    assert res.ok and res.median > 0


def test_cli_tunes_on_a_dask_scheduler(client: Any, db_path: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_path, "tune", "matmul", "--arg", "n=16", "--space", "matmul",
                 "--trials", "2", "--batch", "2", "--quiet", "--executor", "dask",
                 "--scheduler", client.scheduler.address]) == 0
    assert "matmul(n=16)" in capsys.readouterr().out
    recs = Database(db_path).records()
    # 2 trials, then both and the automatic default (if not one of them) in 3 rounds
    assert [r.kind for r in recs[:2]] == ["search"] * 2 and len(recs) - 2 in (6, 9)


def test_a_cluster_without_workers_is_a_clear_error() -> None:
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as lc, \
            distributed.Client(lc, set_as_default=False) as c, \
            pytest.raises(ExecutorError, match=r"no worker after 0\.5 s"):
        DaskExecutor(c, wait_workers_s=0.5)
