"""A differential fuzzer of whole tcomp programs: ``python -m tcomp.testing.fuzz --seed S
--minutes M [--workers N] [--out DIR]``.

Each case is a random program (``generate.py``: expression trees over small shapes, every
dtype, integer division by zero, casts, intrinsics, gathers, reductions, multi-stage graphs,
symbolic dims) checked under several random legal schedules (``schedules.py``). The compiled
kernel, the loop-IR interpreter (on a fraction of cases) and the reference evaluator are
compared with an independent numpy computation (``reference.py``). Cases run in worker
processes (``pool.py``), so crashes and hangs are recorded too. Failures are grouped by kind,
shrunk (``shrink.py``) and written to ``--out`` as standalone Python repros.

Comparison: integers and bools must match exactly; floats within a per-element bound that the
reference carries through every operation (a few ulp per transcendental, any summation order
for reductions, one fused multiply-add per product, reassociation when the schedule asks), and
exactly (NaN and inf positions included) where every step is exact. Elements whose value
depends on a comparison, floor or cast of a quantity closer to the edge than its bound are not
compared.

Features can be switched by name: ``--features`` / ``--exclude`` (``--list-features``).
``--case N`` reruns one case; with ``--out`` it shrinks that case's failures.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from .features import DEFAULT_OFF, FEATURES, Features
from .generate import generate
from .pool import Pool
from .runner import fuzz_case, run_case
from .shrink import repro_source, shrink, size

PROGRAM_LEVEL = ("dsl-error", "eval-error", "eval-mismatch", "fuzzer-error")
# A kernel that writes outside its outputs (into the canary around one, or into an input)
# computed a wrong result too, with memory damage on top: counted with the mismatches.
MISMATCH = ("kernel-mismatch", "kernel-oob-write", "interp-mismatch", "eval-mismatch")


def case_seed(seed: int, n: int) -> int:
    """The seed of case ``n`` of a run with ``seed`` (``--case`` reruns one)."""
    return seed * 1_000_003 + n


class Summary:
    """Counts of one run, and the first failing cases of each kind."""

    def __init__(self) -> None:
        self.programs = self.schedules = self.refused = 0
        self.ran = 0  # schedules whose kernel was built and run
        self.build_refused = 0  # drawn schedules a build refused (ScheduleError; redrawn)
        self.random_programs = 0  # programs run under at least one random schedule
        self.cpu = 0.0  # CPU seconds the workers spent on cases
        self.by_class: Counter[str] = Counter()
        self.by_key: Counter[str] = Counter()
        self.refusals: Counter[str] = Counter()  # build refusals by kind (normalized message)
        self.samples: dict[str, list[dict[str, Any]]] = {}
        self.seconds = 0.0

    def add(self, job: dict[str, Any], res: dict[str, Any], keep: int = 4) -> None:
        """Count one case; keep up to ``keep`` failing cases per mismatch class (one per
        error class) for shrinking."""
        self.programs += 1
        self.schedules += sum(1 for s in res["schedules"] if s is not None)
        self.ran += sum(1 for s in res["schedules"] if s is not None and s.get("ran"))
        self.refused += res.get("refused", 0)
        self.build_refused += res.get("build_refused", 0)
        self.refusals.update(res.get("refusal_keys", []))
        self.random_programs += bool(res.get("random_ran"))
        self.cpu += res.get("cpu", 0.0)
        for f in res["fails"]:
            self.by_class[f["cls"]] += 1
            self.by_key[f["key"]] += 1
            found = self.samples.setdefault(f["key"], [])
            limit = keep if f["cls"] in MISMATCH else 1
            fresh = all(x["seed"] != job.get("seed") for x in found)  # one per case
            if len(found) < limit and fresh and res.get("program") is not None:
                sched = f.get("sched")
                rec = res["schedules"][sched] if sched is not None else None
                found.append({"seed": job.get("seed"), "program": res["program"],
                              "steps": rec["steps"] if rec else [],
                              "opts": rec["opts"] if rec else {}, "fail": f,
                              "program_level": sched is None})

    def figures(self) -> dict[str, Any]:
        rate = self.programs / self.seconds if self.seconds else 0.0
        return {
            "programs": self.programs, "programs_random_schedule": self.random_programs,
            "schedules": self.schedules, "schedules_run": self.ran,
            "refused": self.build_refused, "primitives_refused": self.refused,
            "seconds": round(self.seconds, 1),
            "programs_per_second": round(rate, 2), "programs_per_hour": int(rate * 3600),
            "cpu_seconds_per_program": round(self.cpu / max(self.programs, 1), 3),
            "mismatches": sum(self.by_class[c] for c in MISMATCH),
            "crashes": self.by_class["crash"], "hangs": self.by_class["hang"],
            "by_class": dict(self.by_class.most_common()),
            "build_errors": {k.split(":", 1)[1]: n for k, n in self.by_key.most_common()
                             if k.startswith("build-error:")},
            "other_errors": {k: n for k, n in self.by_key.most_common()
                             if not k.startswith("build-error:") and k not in MISMATCH},
            "refusals": dict(self.refusals.most_common()),
        }

    def text(self, header: str) -> str:
        f = self.figures()
        out = [header,
               f"programs {f['programs']} ({f['programs_random_schedule']} run under a random "
               f"schedule) with {f['schedules']} schedules ({f['schedules_run']} run) in "
               f"{f['seconds']} s: {f['programs_per_second']} programs/s "
               f"({f['programs_per_hour']}/h); {f['cpu_seconds_per_program']} CPU s per "
               f"program in the workers",
               f"refused (legal, not bugs): {f['refused']} drawn schedules refused by the build "
               f"with ScheduleError (redrawn), {f['primitives_refused']} primitives refused "
               f"(dropped)",
               f"mismatches {f['mismatches']} (kernel {self.by_class['kernel-mismatch']}, "
               f"kernel writes outside its outputs {self.by_class['kernel-oob-write']}, "
               f"interpreter {self.by_class['interp-mismatch']}, evaluator "
               f"{self.by_class['eval-mismatch']}), crashes {f['crashes']}, hangs {f['hangs']}"]
        if f["refusals"]:
            out.append("build refusals by kind (legal):")
            out += [f"  {n:6d}  {k}" for k, n in f["refusals"].items()]
        if f["build_errors"]:
            out.append("build errors by class:")
            out += [f"  {n:6d}  {k}" for k, n in f["build_errors"].items()]
        if f["other_errors"]:
            out.append("other failures by class:")
            out += [f"  {n:6d}  {k}" for k, n in f["other_errors"].items()]
        return "\n".join(out)


def replay_job(prog: dict, steps: list[dict], opts: dict[str, Any], program_level: bool,
               feats: Features) -> dict[str, Any]:
    return {"kind": "replay", "program": prog, "features": feats.names(),
            "schedules": [] if program_level else [steps], "opts": [opts],
            "eval": program_level}


def run_one(pool: Pool, job: dict[str, Any]) -> dict[str, Any]:
    box: list[dict[str, Any]] = []
    pool.run(iter([job]), lambda _j, r: box.append(r))
    return box[0]


def shrink_sample(pool: Pool, sample: dict[str, Any], feats: Features, seconds: float,
                  log: Callable[[str], None]) -> dict[str, Any]:
    """Shrink one failing case in the pool; returns the sample with the smallest case."""
    key, opts, plevel = sample["fail"]["key"], sample["opts"], sample["program_level"]
    last: dict[str, Any] = {}

    def fails_same(prog: dict, steps: list[dict]) -> bool:
        res = run_one(pool, replay_job(prog, steps, opts, plevel, feats))
        for f in res["fails"]:
            if f["key"] == key:
                last["fail"] = f
                return True
        return False

    if not fails_same(sample["program"], sample["steps"]):
        return dict(sample, reproduced=False)
    fail = last["fail"]
    prog, steps, tried = shrink(sample["program"], sample["steps"], fails_same, seconds, log)
    fails_same(prog, steps)  # the minimal case's own message
    return dict(sample, program=prog, steps=steps, fail=last.get("fail", fail), tried=tried,
                reproduced=True)


def signature(prog: dict[str, Any], steps: list[dict[str, Any]]) -> str:
    """What a shrunk case is made of: its ops and primitives (groups repros of one bug)."""
    from .program import stage_roots, walk_paths

    ops = set()
    for st in prog["stages"]:
        if "reduce" in st["body"]:
            ops.add("reduce:" + st["body"]["reduce"]["reducer"])
        for _, root in stage_roots(st):
            for _, n in walk_paths(root):
                ops.add(n[1] if n[0] in ("bin", "un") else n[0])
    return ",".join(sorted(ops)) + "|" + ",".join(sorted({s["p"] for s in steps}))


def fuzz(seed: int = 0, minutes: float = 1.0, workers: int = 2, out: str | None = None,
         feats: Features | None = None, nsched: int = 3, interp_frac: float = 0.15,
         timeout: float = 60.0, shrink_seconds: float = 60.0, max_shrink: int = 12,
         keep: int = 4, cases: list[int] | None = None,
         log: Callable[[str], None] = print, pool_cmd: list[str] | None = None,
         pool_env: dict[str, str] | None = None) -> dict[str, Any]:
    """Fuzz for ``minutes`` (or run just the case seeds ``cases``), then shrink up to
    ``max_shrink`` failures (``shrink_seconds`` each) and write them to ``out``. Returns the
    figures (``Summary.figures``) and the shrunk cases."""
    feats = feats or Features()
    summary = Summary()
    stop = time.monotonic() + minutes * 60

    def jobs() -> Any:
        n = 0
        while cases is None or n < len(cases):
            yield {"kind": "fuzz", "seed": case_seed(seed, n) if cases is None else cases[n],
                   "features": feats.names(), "nsched": nsched, "interp_frac": interp_frac}
            n += 1

    t0 = time.monotonic()
    last_log = [t0]

    def on_result(job: dict, res: dict) -> None:
        summary.add(job, res, keep)
        now = time.monotonic()
        for f in res.get("fails", []):  # at once, so a long run's finds can be looked at
            log(f"[{now - t0:6.0f} s] {f['cls']} in case {job['seed']} (schedule "
                f"{f.get('sched')}): {str(f.get('msg', ''))[:160]}")
        if now - last_log[0] > 30:
            last_log[0] = now
            summary.seconds = now - t0
            log(f"[{summary.seconds:6.0f} s] {summary.programs} programs, "
                f"{sum(summary.by_class.values())} failures "
                f"({', '.join(f'{k} {v}' for k, v in summary.by_class.most_common())})")

    with Pool(workers, timeout, cmd=pool_cmd, env=pool_env) as pool:
        pool.run(jobs(), on_result, stop if cases is None else None)
        summary.seconds = time.monotonic() - t0
        log(summary.text(f"tcomp fuzz: seed {seed}, {minutes:g} min, {workers} workers, "
                         f"features: {describe(feats)}"))
        repros = []
        samples = [s for k in summary.samples for s in summary.samples[k]]
        samples.sort(key=lambda s: _priority(s["fail"]["cls"]))
        for sample in samples[:max_shrink]:
            log(f"shrinking {sample['fail']['key'][:90]} (case {sample['seed']})")
            repros.append(shrink_sample(pool, sample, feats, shrink_seconds, log))
    figures = summary.figures()
    if out:
        write_out(out, figures, repros, seed, feature_args(feats))
    return {"figures": figures, "repros": repros}


def _priority(cls: str) -> int:
    order = ("crash", "hang", "kernel-oob-write", "kernel-mismatch", "interp-mismatch",
             "eval-mismatch", "build-error", "run-error", "interp-error", "eval-error",
             "replay-refused", "dsl-error", "fuzzer-error")
    return order.index(cls) if cls in order else len(order)


def describe(feats: Features) -> str:
    default = set(FEATURES) - DEFAULT_OFF
    extra, missing = feats.enabled - default, default - feats.enabled
    text = "default"
    if feats.enabled == set(FEATURES):
        return "all"
    if extra:
        text += " +" + ",".join(sorted(extra))
    if missing:
        text += " -" + ",".join(sorted(missing))
    return text


def feature_args(feats: Features) -> str:
    """The command-line options that select ``feats`` (empty for the default set)."""
    default = set(FEATURES) - DEFAULT_OFF
    if feats.enabled == default:
        return ""
    if feats.enabled <= default:
        return " --exclude " + ",".join(sorted(default - feats.enabled))
    return " --features " + ",".join(sorted(feats.enabled))


def write_out(out: str, figures: dict[str, Any], repros: list[dict[str, Any]],
              seed: int, feature_options: str = "") -> None:
    """summary.json, one ``bug-NN-<class>.py`` repro per distinct shrunk case, and
    bugs.jsonl with every shrunk case as data."""
    os.makedirs(out, exist_ok=True)
    seen: dict[str, str] = {}
    with open(os.path.join(out, "bugs.jsonl"), "w") as jl:
        for r in repros:
            if not r.get("reproduced"):
                continue
            sig = r["fail"]["key"].split(":")[0] + "|" + signature(r["program"], r["steps"])
            jl.write(json.dumps({"signature": sig, "size": size(r["program"], r["steps"]),
                                 **{k: r[k] for k in ("seed", "program", "steps", "opts",
                                                      "fail", "program_level")}}) + "\n")
            if sig in seen:
                continue
            name = f"bug-{len(seen):02d}-{r['fail']['cls']}.py"
            seen[sig] = name
            origin = f"python -m tcomp.testing.fuzz --case {r['seed']}{feature_options}"
            try:
                text = repro_source(r["program"], r["steps"], r["opts"], r["fail"], origin)
            except Exception as exc:  # a fuzzer bug must not lose the run
                text = f"# could not print this case ({type(exc).__name__}: {exc}); its data " \
                       f"is in bugs.jsonl\n"
            with open(os.path.join(out, name), "w") as f:
                f.write(text)
    figures = dict(figures, seed=seed, repros=list(seen.values()))
    with open(os.path.join(out, "summary.json"), "w") as f:
        json.dump(figures, f, indent=1)


__all__ = ["FEATURES", "Features", "Summary", "case_seed", "fuzz", "fuzz_case", "generate",
           "replay_job", "run_case", "run_one", "shrink", "shrink_sample"]
