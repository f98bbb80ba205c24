"""Which schedule ``tc.build`` compiles: a hand-written one as written, tuning records only for
schedule-free builds or ``tuned=True``, the origin in ``f.stages`` and the log, and records
that don't replay skipped with one warning."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator

import numpy as np
import pytest

import tcomp as tc
from autotune import Database, TrialRecord, fingerprint, use_database
from autotune.space import TemplateSpace
from autotune.workloads import Workload
from tcomp.build import BUILD_LOG, set_tuning_database, tuning_database, workload_key

N = 32


@pytest.fixture()
def mm() -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    return Workload("autotune.workloads:matmul", {"n": N}).build()


@pytest.fixture()
def no_global_db() -> Iterator[None]:
    before = tuning_database()
    set_tuning_database(None)
    yield
    set_tuning_database(before)


def _tuned_trace(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str:
    sp = TemplateSpace("matmul", outs, args)
    return sp.apply({**sp.default(), "mr": 4, "nr": 16, "lanes": 8}).trace_json()


def _add(db: Database, outs: list[tc.Tensor], args: list[tc.Tensor], trace: str,
         median: float, **kw: object) -> TrialRecord:
    return db.add(TrialRecord(workload_key(outs, args), "matmul(n=32)", {}, fingerprint("llvm"),
                              {}, "test", {"median": median, **kw}, trace, True, median, 0.0,
                              [median], "", 1.0))


def _run(k: object) -> None:
    a, b = np.random.rand(N, N).astype("f4"), np.random.rand(N, N).astype("f4")
    c = np.zeros((N, N), "f4")
    k(a, b, c)  # type: ignore[operator]
    np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-5)


def test_hand_written_schedule_is_used_as_written_with_a_database(
        mm, db_path, no_global_db, caplog) -> None:
    """The bug: use_database() made every build(s, ...) compile the record instead of s,
    even with database=False."""
    outs, args = mm
    db = Database(db_path)
    rec = _add(db, outs, args, _tuned_trace(outs, args), 1e-6)
    use_database(db)
    s = tc.create_schedule(outs)
    s[outs[0]].split(outs[0].op.axis[1], factor=8)
    line = s.location
    with caplog.at_level(logging.INFO, logger="tcomp"):
        k = tc.build(s, args, name="mine")
    assert __file__.rsplit("/", 1)[-1] in line
    assert k.stages["schedule_origin"] == f"the schedule given to build(), created at {line}"
    assert "cache_write" not in k.stages["schedule"] and "split" in k.stages["schedule"]
    assert rec.uid not in k.stages["schedule"]
    assert BUILD_LOG[-1]["schedule"] == "given" and not BUILD_LOG[-1]["tuned"]
    assert "build 'mine'" in caplog.text and line in caplog.text
    _run(k)
    for kw in ({"database": False}, {"database": False, "tuned": True}, {"tuned": False}):
        k = tc.build(s, args, name="mine", **kw)  # type: ignore[arg-type]
        assert "cache_write" not in k.stages["schedule"], kw
        assert BUILD_LOG[-1]["schedule"] == "given", kw


def test_schedule_free_build_uses_the_record_else_the_default(mm, db_path, no_global_db
                                                              ) -> None:
    outs, args = mm
    k = tc.build(outs, args)  # no database in use: the default schedule
    assert BUILD_LOG[-1]["schedule"] == "default"
    assert k.stages["schedule_origin"].startswith("the default schedule")
    _run(k)
    db = Database(db_path)
    rec = _add(db, outs, args, _tuned_trace(outs, args), 1e-6)
    k = tc.build(outs[0], args, database=db)  # a single tensor works as well as a list
    assert BUILD_LOG[-1]["record"] == rec.uid and "cache_write" in k.stages["schedule"]
    _run(k)
    assert BUILD_LOG[-1]["schedule"] == "record"
    tc.build(outs, args, database=db, tuned=False)
    assert BUILD_LOG[-1]["schedule"] == "default"
    use_database(db)
    tc.build(outs, args, database=False)
    assert BUILD_LOG[-1]["schedule"] == "default"
    # lower() takes the same forms and picks the same schedule
    assert "packed" in str(tc.lower(outs, args))
    assert "packed" not in str(tc.lower(outs, args, database=False))
    with pytest.raises(TypeError, match=r"Schedule .* or the output tensor"):
        tc.build("C", args)
    with pytest.raises(TypeError, match="database="):
        tc.build(outs, args, database=True)
    with pytest.raises(TypeError, match="database="):
        tc.build(tc.create_schedule(outs), args, database="tuning.db")


def test_tuned_true_replays_the_record_and_credits_it_not_the_callers_line(
        mm, db_path, no_global_db, caplog) -> None:
    """The bug: the replayed steps were credited to the line calling build."""
    outs, args = mm
    db = Database(db_path)
    rec = _add(db, outs, args, _tuned_trace(outs, args), 1e-6)
    s = tc.create_schedule(outs)
    with caplog.at_level(logging.INFO, logger="tcomp"):
        k = tc.build(s, args, database=db, tuned=True)
    sched = k.stages["schedule"]
    origin = k.stages["schedule_origin"]
    assert origin.startswith(f"tuning record {rec.uid}") and f"tcomp {tc.__version__}" in origin
    assert fingerprint("llvm") in origin and sched.splitlines()[0] == f"# {origin}"
    steps = sched.splitlines()[1:]
    assert steps and all(f"tuning record {rec.uid}, directive" in ln for ln in steps)
    assert "test_records.py" not in sched
    assert rec.uid in caplog.text
    _run(k)
    # no record for this workload: tuned=True falls back to the schedule given, and says why
    other = Database(db_path.replace(".db", "-empty.db"))
    k = tc.build(s, args, database=other, tuned=True)
    assert BUILD_LOG[-1]["schedule"] == "given" and "no tuning record" in \
        k.stages["schedule_origin"]


def test_records_that_do_not_replay_are_skipped_with_one_warning(mm, db_path, no_global_db,
                                                                 caplog) -> None:
    """The bug: one bad record made every build of its workload raise."""
    outs, args = mm
    db = Database(db_path)
    good = _add(db, outs, args, _tuned_trace(outs, args), 3e-6)
    corrupt = _add(db, outs, args, '[{"kind": "split", "stage": "C", "par', 1e-6)
    renamed = _add(db, outs, args, json.dumps([{"kind": "split", "stage": "C", "params": {
        "axis": "i0", "factor": 4}}]), 2e-6)  # an older tcomp that named the axis 'i0'
    with caplog.at_level(logging.WARNING, logger="tcomp"):
        k = tc.build(outs, args, database=db)
        tc.build(outs, args, database=db)  # the second build warns no more
    assert BUILD_LOG[-1]["record"] == good.uid
    _run(k)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2, warnings
    key = workload_key(outs, args)
    for rec, reason in ((corrupt, "not valid JSON"), (renamed, "no loop named 'i0'")):
        (msg,) = [w for w in warnings if rec.uid in w]
        assert key in msg and "matmul(n=32)" in msg and reason in msg


def test_no_record_replays_gives_the_default(mm, db_path, no_global_db, caplog) -> None:
    outs, args = mm
    db = Database(db_path)
    bad = _add(db, outs, args, "not json at all", 1e-6)
    with caplog.at_level(logging.WARNING, logger="tcomp"):
        k = tc.build(outs, args, database=db)
    assert BUILD_LOG[-1]["schedule"] == "default" and "skipped" in k.stages["schedule_origin"]
    assert bad.uid in caplog.text
    _run(k)


def test_damaged_record_fields_do_not_break_the_lookup(mm, db_path, no_global_db) -> None:
    """A record whose JSON columns (config, costs) are damaged still reaches build; before,
    the lookup parsed them and raised."""
    outs, args = mm
    db = Database(db_path)
    rec = _add(db, outs, args, _tuned_trace(outs, args), 1e-6)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE trials SET config = '{oops', costs = 'nan]' WHERE uid = ?", (rec.uid,))
    con.commit()
    con.close()
    tc.build(outs, args, database=db)
    assert BUILD_LOG[-1]["record"] == rec.uid


def test_records_carry_the_tcomp_version(mm, db_path) -> None:
    outs, args = mm
    db = Database(db_path)
    rec = _add(db, outs, args, "[]", 1e-6)
    (got,) = db.tuned_records(workload_key(outs, args), "llvm")
    assert got.record_id == rec.uid and got.tcomp_version == tc.__version__
    assert got.hardware == fingerprint("llvm") and got.source == db_path


def test_nn_kernels_use_tuned_records(db_path, no_global_db) -> None:
    """The nn layer's kernels are schedule-free builds (the automatic schedule by default, or
    for a batch family its twin's at batch 64, given): records reach model kernels."""
    from tcomp import nn
    from tcomp.nn import kernels

    x = np.random.rand(4, 8).astype("f4")
    kernels.clear_cache()
    start = len(BUILD_LOG)
    y = nn.functional.softmax(nn.tensor(x), 1).numpy()
    entries = BUILD_LOG[start:]
    assert entries and all(e["schedule"] in ("default", "given") for e in entries)
    db = Database(db_path)
    for e in entries:  # an empty trace: the plain schedule, as a record
        db.add(TrialRecord(e["workload"], e["name"], {}, fingerprint("llvm"), {}, "test", {},
                           "[]", True, 1e-6, 0.0, [1e-6], "", 1.0))
    use_database(db)
    kernels.clear_cache()
    start = len(BUILD_LOG)
    y2 = nn.functional.softmax(nn.tensor(x), 1).numpy()
    assert BUILD_LOG[start:] and all(e["schedule"] == "record" for e in BUILD_LOG[start:])
    np.testing.assert_allclose(y2, y, rtol=1e-6)
    kernels.clear_cache()


def test_a_database_that_fails_to_answer_is_warned_about_once(mm, no_global_db, caplog
                                                              ) -> None:
    outs, args = mm

    class Broken:
        def tuned_records(self, key: str, target: object, limit: int = 3) -> list:
            raise OSError("disk I/O error")

    db = Broken()
    with caplog.at_level(logging.WARNING, logger="tcomp"):
        for _ in range(2):
            k = tc.build(outs, args, database=db)
            assert BUILD_LOG[-1]["schedule"] == "default"
    assert caplog.text.count("disk I/O error") == 1
    _run(k)
