"""The ``tcomp`` command: tune, history, best, export/import, report, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from autotune import Database
from tcomp.cli import main


def test_tune_history_best_export_import_report(db_path: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_path, "tune", "matmul", "--arg", "n=32", "--space", "matmul",
                 "--trials", "4", "--batch", "2", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "matmul(n=32)" in out and "GFLOP/s" in out
    key = next(line.split()[-1] for line in out.splitlines() if line.startswith("workload key"))
    assert main(["--db", db_path, "history", key]) == 0
    out = capsys.readouterr().out
    assert key in out and out.count("search") == 4
    assert main(["--db", db_path, "best", key, "--trace"]) == 0
    assert '"kind"' in capsys.readouterr().out
    assert main(["--db", db_path, "best", key, "--target-key", "llvm-0000000000000000"]) == 1
    jl = tmp_path / "r.jsonl"
    assert main(["--db", db_path, "export", str(jl)]) == 0
    other = str(tmp_path / "other.db")
    assert main(["--db", other, "import", str(jl)]) == 0
    # 4 trials, then the best 3 and the automatic default (if not one of them) in 3 rounds
    n = len(Database(db_path).records())
    assert n in (13, 16) and f"added {n} records" in capsys.readouterr().out
    script = tmp_path / "prog.py"
    script.write_text(
        "import tcomp as tc\nfrom autotune.workloads import matmul, softmax\n"
        "o, a = matmul(n=32)\ntc.build(o, a, name='mm')\n"
        "tc.build(tc.create_schedule(o), a, name='mine')\n"
        "o, a = softmax(n=4, m=8)\ntc.build(o, a, name='sm')\n")
    assert main(["--db", db_path, "report", str(script)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines()
            if line.split()[:1] in (["mm"], ["sm"], ["mine"])}
    assert "tuned" in rows["mm"] and key in rows["mm"] and "tuning record" in rows["mm"]
    assert " given " in rows["mine"] and f"{script}:5" in rows["mine"]  # used as written
    assert "default" in rows["sm"]


def test_corrupt_database_is_reported_not_a_traceback(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("garbage" * 100)
    assert main(["--db", str(bad), "history"]) == 2
    assert "not a SQLite file" in capsys.readouterr().err
