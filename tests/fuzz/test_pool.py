"""Crash isolation and shrinking: faults injected by a test worker (faulty_worker.py) are
recorded with the program and schedule in flight, the run goes on, and the shrinker reduces
a failing case to a minimal one that still fails the same way."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import tcomp as tc
from tcomp.testing.fuzz import case_seed, fuzz, replay_job, run_one, shrink_sample
from tcomp.testing.fuzz.features import Features
from tcomp.testing.fuzz.generate import generate
from tcomp.testing.fuzz.program import dumps, stage_roots, walk_paths
from tcomp.testing.fuzz.render import to_dsl
from tcomp.testing.fuzz.schedules import replay
from tcomp.testing.fuzz.shrink import shrink, size

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# Small programs, few features: these tests are about the machinery, not tcomp's bugs.
FEATS = Features.parse("float32,int32,arith,minmax,intrinsics,multi_stage,split,vectorize,"
                       "unroll")


def _cmd(mode: str) -> list[str]:
    return [sys.executable, str(HERE / "faulty_worker.py"), mode]


def _env() -> dict[str, str]:
    return {"PYTHONPATH": str(ROOT)}


def _jobs(n: int, seed: int = 5):
    for i in range(n):
        yield {"kind": "fuzz", "seed": case_seed(seed, i), "features": FEATS.names(),
               "nsched": 2, "interp_frac": 0.0}


def test_segfaulting_worker_is_recorded_and_replaced():
    results = []
    with Pool2() as pool:
        pool.run(_jobs(8), lambda job, res: results.append((job, res)))
        restarts = pool.restarts
    assert len(results) == 8  # every case has a result, crashed or not
    crashed = [r for _, r in results if r.get("died")]
    assert crashed and restarts == len(crashed)
    for res in crashed:
        (f,) = res["fails"]
        assert f["cls"] == "crash" and "SIGSEGV" in f["key"]
        rec = res["schedules"][f["sched"]]
        assert any(s["p"] == "vectorize" for s in rec["steps"])  # the culprit schedule
        assert res["program"] is not None
    assert any(not r.get("died") for _, r in results)


def Pool2(mode: str = "segv", workers: int = 2, timeout: float = 60):
    from tcomp.testing.fuzz.pool import Pool

    return Pool(workers, timeout=timeout, cmd=_cmd(mode), env=_env())


def _has_exp(prog: dict) -> bool:
    return any(n[:2] == ["un", "exp"] for st in prog["stages"] for _, root in stage_roots(st)
               for _, n in walk_paths(root))


def test_shrinker_reduces_to_the_culprit():
    """A stand-in bug: "fails" when the program computes exp() and the schedule vectorizes.
    The shrinker must keep exactly that, and drop the rest, renaming loops as it drops the
    splits that made them."""
    feats = Features.parse("float32,arith,minmax,intrinsics,multi_stage,reduce,split,"
                           "vectorize,reorder")
    def fails(p: dict, s: list) -> bool:
        try:
            _, outs, _ = to_dsl(p)
            replay(tc.create_schedule(outs), s)
        except Exception:
            return False
        return _has_exp(p) and any(x["p"] == "vectorize" for x in s)

    def case(seed: int) -> tuple[dict, list]:
        prog = generate(seed, feats)
        last = prog["stages"][-1]["name"]
        return prog, [{"p": "split", "st": last, "ax": "i0", "factor": 2},
                      {"p": "split", "st": last, "ax": "i0.inner", "factor": 1},
                      {"p": "vectorize", "st": last, "ax": "i0.inner.inner"}]

    prog, steps = next(case(s) for s in range(300) if fails(*case(s))
                       and len(case(s)[0]["stages"]) > 1)
    small, small_steps, tried = shrink(prog, steps, fails, seconds=30)
    assert fails(small, small_steps) and tried > 0
    assert [x["p"] for x in small_steps] == ["vectorize"]
    assert len(small["stages"]) == 1 and not small["inputs"], dumps(small)
    assert size(small, small_steps) < size(prog, steps)


@pytest.mark.slow
def test_hanging_worker_times_out():
    results = []
    with Pool2("hang", workers=1, timeout=3) as pool:
        pool.run(_jobs(6), lambda job, res: results.append(res))
    hung = [r for r in results if r.get("died")]
    assert hung and all(r["fails"][0]["cls"] == "hang" for r in hung)
    assert len(results) == 6


@pytest.mark.slow
def test_shrinking_a_crash_through_workers():
    with Pool2(workers=1) as pool:
        found = []
        pool.run(_jobs(12), lambda job, res: found.append((job, res)) if res.get("died") else 0)
        job, res = found[0]
        f = res["fails"][0]
        rec = res["schedules"][f["sched"]]
        sample = {"seed": job["seed"], "program": res["program"], "steps": rec["steps"],
                  "opts": {}, "fail": f, "program_level": False}
        out = shrink_sample(pool, sample, FEATS, seconds=120, log=lambda m: None)
        assert out["reproduced"]
        assert [s["p"] for s in out["steps"]] == ["vectorize"]
        assert size(out["program"], out["steps"]) < size(res["program"], rec["steps"])
        again = run_one(pool, replay_job(out["program"], out["steps"], {}, False, FEATS))
        assert again["fails"][0]["key"] == f["key"]  # still crashes the same way


@pytest.mark.slow
def test_fuzz_run_writes_repros(tmp_path):
    """The driver end to end: crashes found, shrunk, written as repro files."""
    lines: list[str] = []
    res = fuzz(seed=3, minutes=0.15, workers=2, out=str(tmp_path), feats=FEATS, nsched=2,
               shrink_seconds=30, max_shrink=1, log=lines.append, pool_cmd=_cmd("exp"),
               pool_env=_env())
    figures = json.loads((tmp_path / "summary.json").read_text())
    assert figures["programs"] == res["figures"]["programs"] > 0
    assert figures["crashes"] > 0
    # each failure is logged when it comes in, with its case seed, before the summary
    assert sum(" crash in case " in m for m in lines) == figures["crashes"]
    (repro,) = [p for p in tmp_path.iterdir() if p.name.startswith("bug-")]
    text = repro.read_text()
    assert "crash" in repro.name and "tc.exp(" in text


def _exp_seeds(feats: Features, n: int) -> list[int]:
    return [s for s in range(2000) if _has_exp(generate(s, feats))][:n]


RUN_CLASSES = {"run-error": "run-error", "mismatch": "kernel-mismatch",
               "interp-error": "interp-error", "interp-mismatch": "interp-mismatch"}


@pytest.mark.parametrize("mode", ["run-error", "mismatch", "interp-error", "interp-mismatch"])
def test_run_time_failures_are_shrunk_into_runnable_repros(tmp_path, mode):
    """A failure while running (kernel raises or computes wrong values; the interpreter
    does) is shrunk and written as a repro file, like build errors and crashes are. The
    failures are injected by the worker, so the repro, run against the real tcomp, passes."""
    import subprocess

    feats = Features.parse("float32,arith,intrinsics,multi_stage,split,unroll,interp")
    seeds = _exp_seeds(feats, 2)
    res = fuzz(seed=0, minutes=1, workers=1, out=str(tmp_path), feats=feats, nsched=1,
               interp_frac=1.0, shrink_seconds=6, max_shrink=1, cases=seeds,
               log=lambda m: None, pool_cmd=_cmd(mode), pool_env=_env())
    cls = RUN_CLASSES[mode]
    assert res["figures"]["by_class"].get(cls, 0) > 0, res["figures"]
    (repro,) = [p for p in tmp_path.iterdir() if p.name.startswith("bug-")]
    assert repro.name == f"bug-00-{cls}.py"
    text = repro.read_text()
    assert "tc.exp(" in text and f"tcomp fuzz repro: {cls}" in text
    assert ("interp.run(" in text) == cls.startswith("interp")
    proc = subprocess.run([sys.executable, str(repro)], capture_output=True, text=True,
                          timeout=120, env={**_env(), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]
