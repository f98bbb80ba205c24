"""The ``tcomp`` command: tune, history, best, report, export, import (layer 9).

``tcomp report script.py [args]`` runs the script in this process (``runpy``) with the tuning
database in use (``autotune.use_database``), then lists every kernel it built: which workload,
its share of the time the script spent in ``tcomp.nn`` kernels, the batch sizes it served
(one kernel of a ``tcomp.nn`` batch family serves every size), and whether it ran a tuned
record (which one), the schedule the program gave (where it was made) or the default
schedule. ``tcomp tune-model --budget 10m script.py [args]`` runs a training script the same
way, then tunes the ``tcomp.nn`` kernels it ran by their share (``tcomp.nn.tune``). Records
apply to schedule-free builds (``tc.build(outputs, args)``) and to ``tuned=True`` builds only,
as in any program. Tuning measures in fresh
interpreters, so a script that calls ``autotune.tune`` needs no ``if __name__ == "__main__"``
guard.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any


def _kv(items: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for it in items:
        key, eq, val = it.partition("=")
        if not eq:
            raise SystemExit(f"tcomp: --arg {it!r} must look like name=value (e.g. n=1024)")
        try:
            out[key] = json.loads(val)
        except json.JSONDecodeError:
            out[key] = val
    return out


def _db(args: argparse.Namespace) -> Any:
    from autotune import Database

    return Database(args.db)


def _cmd_tune(args: argparse.Namespace) -> int:
    from autotune import tune

    executor = args.executor
    if args.scheduler is not None:
        if executor != "dask":
            raise SystemExit("tcomp: --scheduler ADDR needs --executor dask")
        executor = args.scheduler
    res = tune(args.workload, kwargs=_kv(args.arg), space=args.space, trials=args.trials,
               budget_s=args.budget, db=args.db, seed=args.seed, strategy=args.strategy,
               batch_size=args.batch, curve_png=args.curve, progress=not args.quiet,
               executor=executor)
    print(res.report)
    return 0 if res.best_record is not None else 1


def _cmd_history(args: argparse.Namespace) -> int:
    db = _db(args)
    rows = db.workloads()
    if not rows:
        print(f"no tuning records in {db.path}")
        return 0
    print(f"{'workload':<40} {'key':<24} {'hardware':<22} {'trials':>6} {'failed':>6} "
          f"{'best ms':>10}")
    for r in rows:
        best = f"{r['best'] * 1e3:.4f}" if r["best"] is not None else "-"
        print(f"{r['name'][:40]:<40} {r['workload_key']:<24} {r['target_key']:<22} "
              f"{r['n']:>6} {r['failed']:>6} {best:>10}")
    if args.workload_key:
        for rec in db.records(args.workload_key):
            t = f"{rec.median * 1e3:.4f} ms" if rec.ok and rec.median else rec.error[:60]
            print(f"  #{rec.id:<5} {rec.kind:<9} {t:<24} {json.dumps(rec.config)}")
    return 0


def _cmd_best(args: argparse.Namespace) -> int:
    from autotune import fingerprint

    db = _db(args)
    tkey = args.target_key or fingerprint("llvm")
    best = db.best(args.workload_key, tkey, args.top)
    if not best:
        print(f"no successful record of workload {args.workload_key} for hardware {tkey}")
        return 1
    for rec in best:
        gf = f", {rec.flops / rec.median / 1e9:.1f} GFLOP/s" if rec.flops and rec.median else ""
        print(f"{rec.uid}  {rec.median * 1e3:.4f} ms{gf}  {rec.workload_name}  "
              f"{json.dumps(rec.config)}")
        if args.trace:
            print(rec.trace)
    return 0


def _run_script(script: str, script_args: Sequence[str]) -> dict[str, Any]:
    """Run ``script`` in this process with the nn layer's kernel launches recorded; returns
    the recorded kernels by workload key (``tcomp.nn.tuning``'s profile). The nn layer's op
    cache is emptied first, so every kernel the script runs is built (and logged) anew,
    from the database now in use."""
    import runpy

    from .nn import kernels
    from .nn.tuning import by_workload

    kernels.clear_cache()
    old_argv = sys.argv
    sys.argv = [script, *script_args]
    try:
        with kernels.recording() as uses:
            runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = old_argv
    return by_workload(uses)


def _cmd_report(args: argparse.Namespace) -> int:
    from autotune import use_database
    from tcomp.build import BUILD_LOG

    use_database(args.db)
    start = len(BUILD_LOG)
    prof = _run_script(args.script, args.script_args)
    total = sum(v["seconds"] for v in prof.values()) or 1.0
    entries = BUILD_LOG[start:]
    print(f"\n{len(entries)} kernel build(s) by {args.script} (share: of the time in tcomp.nn "
          "kernels while it ran):")
    from .nn.tuning import batch_text

    print(f"{'name':<24} {'workload':<24} {'share':>6} {'batch':<9} {'schedule':<8} origin")
    seen: set[tuple[str, str, str]] = set()
    for e in entries:
        if (e["workload"], e["name"], e["origin"]) in seen:
            continue
        seen.add((e["workload"], e["name"], e["origin"]))
        how = {"record": "tuned", "given": "given"}.get(e["schedule"], "default")
        got = prof.get(e["workload"])
        share = "-" if got is None else f"{got['seconds'] / total * 100:5.1f}%"
        # the batch sizes a family's kernel served ("-": a kernel of fixed shapes)
        sizes = batch_text(tuple(sorted(got["batches"]))) if got is not None else "-"
        print(f"{e['name'][:24]:<24} {e['workload']:<24} {share:>6} {sizes:<9} {how:<8} "
              f"{e['origin']}")
    return 0


def parse_budget(text: str) -> float:
    """Seconds from ``"600"``, ``"90s"``, ``"10m"`` or ``"1.5h"``."""
    units = {"s": 1.0, "m": 60.0, "h": 3600.0}
    t = text.strip().lower()
    scale = units.get(t[-1:], None)
    num = t[:-1] if scale is not None else t
    try:
        value = float(num) * (scale or 1.0)
    except ValueError:
        value = -1.0
    if not value > 0 or value != value or value == float("inf"):
        raise ValueError(f"--budget must be a positive duration such as 600, 90s, 10m or 1.5h; "
                         f"got {text!r}")
    return value


def _cmd_tune_model(args: argparse.Namespace) -> int:
    from autotune import Database, use_database

    from .nn.tuning import tune_kernels

    try:
        budget = parse_budget(args.budget)
    except ValueError as exc:
        print(f"tcomp: error: {exc}", file=sys.stderr)
        return 2
    db = Database(args.db)
    use_database(db)
    prof = _run_script(args.script, args.script_args)
    if not prof:
        print(f"tcomp: error: {args.script} launched no tcomp.nn kernel on the CPU; nothing to "
              "tune", file=sys.stderr)
        return 2
    report = tune_kernels(prof, budget_s=budget, db=db, max_trials=args.max_trials,
                          min_share=args.min_share, progress=not args.quiet)
    print(report)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    n = _db(args).export_jsonl(args.path, args.workload_key)
    print(f"wrote {n} records to {args.path}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    n = _db(args).import_jsonl(args.path)
    print(f"added {n} records from {args.path}")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tcomp", description="tcomp tensor compiler tools")
    p.add_argument("--db", default=None, help="tuning database (default: $TCOMP_TUNING_DB or "
                   "~/.cache/tcomp/tuning.db)")
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tune", help="tune a workload and record every trial")
    t.add_argument("workload", help="built-in name (matmul, conv2d, softmax, capsule_routing, "
                   "...) or package.module:function returning (outputs, args)")
    t.add_argument("--arg", action="append", default=[], help="factory kwarg name=value")
    t.add_argument("--space", default="auto", help="'auto' or a template name")
    t.add_argument("--trials", type=int, default=64)
    t.add_argument("--budget", type=float, default=None, help="wall-clock budget in seconds")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--strategy", default="evolutionary",
                   choices=["evolutionary", "random", "grid"])
    t.add_argument("--batch", type=int, default=8)
    t.add_argument("--curve", default=None, help="save the tuning curve as this PNG")
    t.add_argument("--quiet", action="store_true", help="no progress line")
    t.add_argument("--executor", default="local", choices=["local", "dask"],
                   help="measure in local processes, or on Dask (tcomp[distributed] extra)")
    t.add_argument("--scheduler", default=None, metavar="ADDR",
                   help="Dask scheduler address, e.g. tcp://host:8786 (default: a local "
                   "cluster)")
    t.set_defaults(fn=_cmd_tune)
    h = sub.add_parser("history", help="list tuned workloads (and one workload's trials)")
    h.add_argument("workload_key", nargs="?")
    h.set_defaults(fn=_cmd_history)
    b = sub.add_parser("best", help="the best records of a workload on this hardware")
    b.add_argument("workload_key")
    b.add_argument("--top", type=int, default=1)
    b.add_argument("--target-key", default=None, help="hardware fingerprint (default: this one)")
    b.add_argument("--trace", action="store_true", help="print the schedule trace too")
    b.set_defaults(fn=_cmd_best)
    r = sub.add_parser("report", help="run a script with the database in use; list each kernel "
                       "it built and its schedule (tuned record, given or default)")
    r.add_argument("script")
    r.add_argument("script_args", nargs=argparse.REMAINDER)
    r.set_defaults(fn=_cmd_report)
    m = sub.add_parser("tune-model", help="run a training script once, then tune every "
                       "tcomp.nn kernel it ran (forward, gradients, fused chains, optimizer), "
                       "longest first, splitting the budget by each kernel's share of the time")
    m.add_argument("--budget", default="10m", help="tuning time in all: 600, 90s, 10m, 1.5h "
                   "(default 10m)")
    m.add_argument("--max-trials", type=int, default=64, help="measurements per kernel at most")
    m.add_argument("--min-share", type=float, default=0.01,
                   help="skip kernels under this fraction of the kernel time (default 0.01)")
    m.add_argument("--quiet", action="store_true", help="no progress line")
    m.add_argument("script", help="a script that runs a few training steps (kept short: it "
                   "runs once, under the recorder)")
    m.add_argument("script_args", nargs=argparse.REMAINDER)
    m.set_defaults(fn=_cmd_tune_model)
    e = sub.add_parser("export", help="write records as JSON Lines")
    e.add_argument("path")
    e.add_argument("--workload-key", default=None)
    e.set_defaults(fn=_cmd_export)
    i = sub.add_parser("import", help="add records from a JSON Lines export")
    i.add_argument("path")
    i.set_defaults(fn=_cmd_import)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tcomp`` console script; returns the exit status."""
    from .errors import TcompError

    args = _parser().parse_args(argv)
    try:
        return int(args.fn(args))
    except TcompError as exc:
        print(f"tcomp: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
