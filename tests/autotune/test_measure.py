"""Measurement: a failed worker's stderr reaches the trial's error; choosing an executor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from autotune import (
    Database,
    ExecutorError,
    LocalExecutor,
    MeasureInput,
    MeasureOptions,
    TemplateSpace,
    Workload,
    tune,
)
from autotune.executors import make_executor
from autotune.measure import STDERR_TAIL_BYTES, WorkerProcess, build_job, run_job
from tcomp.cli import main

sys.path.insert(0, str(Path(__file__).parent))
from tune_faults import FAULT_KEY, FAULTY_WORKER, FaultSpace

SMALL = Workload("autotune.workloads:matmul", {"n": 16})


def test_an_abort_keeps_its_stderr_message_in_the_record(db_path: str) -> None:
    outs, args = SMALL.build()
    # batch_size=1: the grid's second config must survive the first batch being full.
    res = tune(workload=SMALL, space=FaultSpace(outs, args, ["abort", "none"], mrs=(4,)),
               strategy="grid", trials=2, db=db_path, remeasure=0, progress=False,
               batch_size=1, worker=FAULTY_WORKER)
    recs = Database(db_path).records()
    assert len(recs) == 2 and res.report.failed == 1
    for r in recs:
        if r.config[FAULT_KEY] == "abort":
            assert not r.ok and "SIGABRT" in r.error.splitlines()[0]
            assert "assertion `lanes <= 16' failed" in r.error
        else:
            assert r.ok and "stderr" not in r.error


def test_the_worker_answers_build_and_run_jobs_on_stdin() -> None:
    """``python -m autotune.worker`` is the measuring process: JSON jobs in, one reply line
    each out, and nothing on stderr for a good candidate."""
    outs, args = SMALL.build()
    sp = TemplateSpace("matmul", outs, args)
    inp = MeasureInput(SMALL, sp.apply(sp.default()).trace_json())
    with tempfile.TemporaryDirectory() as ref_dir:
        jobs = [build_job(inp), run_job(inp, ref_dir, MeasureOptions(repeat=2))]
        p = subprocess.run([sys.executable, "-m", "autotune.worker"], capture_output=True,
                           input="".join(json.dumps(j) + "\n" for j in jobs), text=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                           timeout=120, check=True)
    build, run = map(json.loads, p.stdout.splitlines())
    assert build["ok"] and run["ok"] and len(run["costs"]) == 2 and p.stderr == ""


def test_the_runner_times_as_time_kernel_does_in_process() -> None:
    """The runner's protocol is ``time_kernel``'s defaults, warm-up time included (one warm-up
    call left a 32 MB layer norm 10-25% slower in-process than in the runner), and the worker
    honours ``warmup_s``."""
    from tcomp.runtime import timing

    opts = MeasureOptions()
    assert (opts.repeat, opts.warmup, opts.warmup_s, opts.min_repeat_s) == (
        timing.REPEAT, timing.WARMUP, timing.WARMUP_S, timing.MIN_REPEAT_S)
    outs, args = SMALL.build()
    sp = TemplateSpace("matmul", outs, args)
    inp = MeasureInput(SMALL, sp.apply(sp.default()).trace_json())
    with tempfile.TemporaryDirectory() as ref_dir:
        jobs = [build_job(inp), *(run_job(inp, ref_dir, MeasureOptions(
            repeat=1, min_repeat_s=0.0, warmup_s=w)) for w in (0.0, 0.5))]
        p = subprocess.run([sys.executable, "-m", "autotune.worker"], capture_output=True,
                           input="".join(json.dumps(j) + "\n" for j in jobs), text=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                           timeout=120, check=True)
    _, cold, warm = map(json.loads, p.stdout.splitlines())
    assert cold["ok"] and warm["ok"] and warm["run_s"] >= 0.5 > cold["run_s"]


def test_stderr_tail_is_bounded_and_per_job() -> None:
    w = WorkerProcess()
    try:
        w.send({"kind": "build", "spec": '{"factory": "no.such.module:f", "kwargs": {}}',
                "trace": "[]"})
        first = w.result(10**9)
        assert not first["ok"] and "no.such.module" in first["error"]
        # A job that prints a lot and then fails keeps only its own last bytes, marked as cut.
        big = "x" * (3 * STDERR_TAIL_BYTES) + "THE END"
        w.send({"kind": "build", "spec": '{"factory": "builtins:print", "kwargs": '
                f'{{"end": "{big}", "file": null}}}}', "trace": "[]"})
        res = w.result(10**9)
        assert not res["ok"]
        tail = res["error"].split("stderr of the measuring process:\n", 1)[1]
        assert tail.startswith("...") and tail.endswith("THE END")
        assert len(tail) <= STDERR_TAIL_BYTES + 3
    finally:
        w.kill()


def test_make_executor_choices_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    ex, owned = make_executor(None, seed=1, repeat=2, n_builders=1)
    assert isinstance(ex, LocalExecutor) and owned and ex.n_builders == 1
    assert ex.options == MeasureOptions(repeat=2, seed=1)
    ex.close()
    with pytest.raises(TypeError, match="repeats"):  # a misspelt option
        make_executor(None, repeats=2)
    with LocalExecutor(MeasureOptions(repeat=2, worker=["python3", "w.py"]), repeat=3) as ex:
        assert ex.options == MeasureOptions(repeat=3, worker=("python3", "w.py"))
        assert ex.runner.cmd == ("python3", "w.py")  # not started before its first job
    mine = LocalExecutor()
    try:
        assert make_executor(mine, seed=0) == (mine, False)
        with pytest.raises(ExecutorError, match="run_timeout_s"):
            make_executor(mine, seed=0, run_timeout_s=3)
    finally:
        mine.close()
    with pytest.raises(ExecutorError, match="'ray'"):
        make_executor("ray")
    with pytest.raises(ExecutorError, match="int"):
        make_executor(3)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask were not installed
    for spec in ("dask", "tcp://127.0.0.1:1"):
        with pytest.raises(ExecutorError, match=r"pip install 'tcomp\[distributed\]'"):
            make_executor(spec)


def test_cli_executor_flags(db_path: str, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="--executor dask"):
        main(["--db", db_path, "tune", "matmul", "--scheduler", "tcp://127.0.0.1:1"])
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["--db", db_path, "tune", "matmul", "--arg", "n=16", "--executor", "dask",
                 "--quiet"]) == 2
    assert "tcomp[distributed]" in capsys.readouterr().err

