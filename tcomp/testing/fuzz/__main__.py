"""``python -m tcomp.testing.fuzz``: the command line of the program fuzzer."""

from __future__ import annotations

import argparse
import json
import sys

from . import DEFAULT_OFF, FEATURES, Features, fuzz


def _case(args: argparse.Namespace, feats: Features) -> int:
    """Run one case in this process and print it (what ``--case`` does)."""
    from tcomp import config

    from .render import to_source
    from .runner import fuzz_case
    from .schedules import schedule_source

    with config.override(disk_cache=False):
        res = fuzz_case(args.case, feats, args.schedules, args.interp)
    print(to_source(res["program"]))
    for j, rec in enumerate(res["schedules"]):
        fail = rec["fail"]["msg"] if rec["fail"] else "ok" if rec.get("ran") else \
            "not run"
        if rec.get("build_refused"):
            fail += f" ({rec['build_refused']} draws refused by the build; last: " \
                    f"{rec.get('refusal', '')})"
        extra = "".join(f" (+{k})" for k, v in rec["opts"].items() if v)
        print(f"# schedule {j}{extra}: {fail}")
        print("\n".join(schedule_source(rec["steps"], res["program"])))
    for f in res["fails"]:
        if f["sched"] is None:
            print(f"# program: {f['msg']}")
    return 1 if res["fails"] else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tcomp.testing.fuzz",
                                description=sys.modules[__package__].__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--minutes", type=float, default=1.0)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--out", default=None, help="folder for summary.json and repro files")
    p.add_argument("--features", default=None,
                   help="comma list of features (default: all but "
                        f"{', '.join(sorted(DEFAULT_OFF))}; '+name' adds one; 'all')")
    p.add_argument("--exclude", default=None, help="comma list of features to leave out")
    p.add_argument("--schedules", type=int, default=3, help="random schedules per program")
    p.add_argument("--interp", type=float, default=0.15,
                   help="fraction of schedules also run through the loop-IR interpreter")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds one schedule may take before its worker counts as hung")
    p.add_argument("--shrink-seconds", type=float, default=60.0)
    p.add_argument("--max-shrink", type=int, default=12, help="failures to shrink")
    p.add_argument("--keep", type=int, default=4,
                   help="failing cases kept for shrinking per kind of wrong result")
    p.add_argument("--case", type=int, default=None,
                   help="run one case (a case seed from a report) here and print it; with "
                        "--out, run it in a worker and shrink its failures instead")
    p.add_argument("--list-features", action="store_true")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        from .pool import worker_main

        worker_main()
        return 0
    if args.list_features:
        for name, what in FEATURES.items():
            print(f"{name:18s} {what}{' (off by default)' if name in DEFAULT_OFF else ''}")
        return 0
    feats = Features.parse(args.features, args.exclude)
    if args.case is not None and not args.out:
        return _case(args, feats)
    res = fuzz(args.seed, args.minutes, args.workers, args.out, feats, args.schedules,
               args.interp, args.timeout, args.shrink_seconds, args.max_shrink, args.keep,
               cases=None if args.case is None else [args.case])
    if args.out:
        print(f"wrote {args.out}/summary.json and repros of "
              f"{sum(1 for r in res['repros'] if r.get('reproduced'))} shrunk cases")
    else:
        print(json.dumps(res["figures"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
