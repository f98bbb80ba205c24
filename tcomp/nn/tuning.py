"""Tune the kernels a model runs: forward ops, derived gradients, fused chains, optimizer
updates (layer 9).

``tune(step_fn, *example_args, budget_s=...)`` runs one training step to compile it, times
every kernel the step launches, and tunes them longest first, each with a share of the
budget in proportion to its share of the step time, in the automatic space of the
autotuner (measured in isolated workers and checked against the reference evaluator, as
for a single op). The records go to the tuning database, which the nn layer then builds
from (``autotune.use_database``): this process's next steps, and any later process that
opens the same database, run the tuned kernels.

A kernel of a batch family (``tcomp.nn.batch``: one kernel for every batch size) is tuned as
its computation at the batch size it ran most in the profiled step; the records are also
filed under the symbolic computation, noting that size, and a family built later takes the
record tuned at the size nearest to its first call's (``nearest_records``). The report's
``batch`` column says which batch sizes each kernel served ("-": built for fixed shapes).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import kernels

MIN_SHARE = 0.01  # kernels below this share of the step are not worth a tuning run
MIN_KERNEL_BUDGET_S = 5.0  # a tuning run shorter than this measures almost nothing


@dataclass
class KernelTuning:
    """One kernel of the step: ``before_ms``/``after_ms`` its time per step (all its calls),
    ``share`` of the step before tuning, and what its tuning run did (``status``)."""

    name: str
    workload_key: str
    calls: int
    before_ms: float
    share: float
    budget_s: float = 0.0
    trials: int = 0
    tuned_ms: float | None = None  # the tuner's best per call, in its workers
    after_ms: float | None = None
    status: str = "not tuned"
    batches: tuple[int, ...] = ()  # batch sizes a family's kernel served; () fixed shapes


@dataclass
class ModelTuneReport:
    """What ``tune`` did; ``str(report)`` is the per-kernel table, longest kernel first."""

    kernels: list[KernelTuning] = field(default_factory=list)
    step_before_ms: float = 0.0
    step_after_ms: float = 0.0
    wall_s: float = 0.0
    database: str = ""

    def __str__(self) -> str:
        rows = [f"{'kernel':<34} {'batch':<9} {'calls':>5} {'share':>6} {'before ms':>10} "
                f"{'after ms':>9} {'budget s':>8} {'trials':>6}  status"]
        for k in self.kernels:
            after = "-" if k.after_ms is None else f"{k.after_ms:.3f}"
            rows.append(f"{k.name[:34]:<34} {batch_text(k.batches):<9} {k.calls:>5} "
                        f"{k.share * 100:>5.1f}% {k.before_ms:>10.3f} {after:>9} "
                        f"{k.budget_s:>8.1f} {k.trials:>6}  {k.status}")
        if self.step_before_ms:
            rows.append(f"step: {self.step_before_ms:.2f} ms before, {self.step_after_ms:.2f} "
                        f"ms after ({self.wall_s:.0f} s in all; records in {self.database})")
        else:
            rows.append(f"{sum(k.before_ms for k in self.kernels):.2f} ms of kernel time "
                        f"recorded; {self.wall_s:.0f} s of tuning; records in {self.database}")
        return "\n".join(rows)


def by_workload(uses: dict[int, kernels.KernelUse], per: int = 1) -> dict[str, Any]:
    """Recorded kernel uses merged by workload key (one kernel may have several launchers):
    name, DSL computation, calls and seconds, each divided by ``per``."""
    from ..build import workload_key

    out: dict[str, Any] = {}
    for use in uses.values():
        key = workload_key(use.outs, use.args)
        got = out.setdefault(key, {"use": use, "calls": 0.0, "seconds": 0.0,
                                   "name": _named(use), "batches": {}})
        got["calls"] += use.calls / per
        got["seconds"] += use.seconds / per
        if use.batch is not None:  # a family's kernel: seconds per batch size served
            got["batches"][use.batch] = got["batches"].get(use.batch, 0.0) + use.seconds
    return out


def batch_text(batches: tuple[int, ...]) -> str:
    """The batch sizes a kernel served, for a report: "-" for a fixed-shape kernel."""
    if not batches:
        return "-"
    text = ",".join(map(str, batches))
    return text if len(text) <= 9 else f"{batches[0]}..{batches[-1]}"


def nearest_records(db: Any, batch: int | None) -> Any:
    """The tuning database as a family's kernel built for a first call at batch size
    ``batch`` reads it: its records tuned at the size nearest to ``batch`` first (each
    notes its size, ``workload_spec["batch"]``), then by cost. None (the database in use,
    as is) where ``db`` is not an autotune database."""
    if db is None or batch is None or not (hasattr(db, "get") and hasattr(db, "tuned_records")):
        return None
    return _Nearest(db, batch)


class _Nearest:
    """``nearest_records``' view: ``tuned_records`` as ``tcomp.build`` calls it."""

    def __init__(self, db: Any, batch: int):
        self.db, self.batch = db, batch

    def __repr__(self) -> str:
        return f"{self.db!r} (records nearest batch size {self.batch} first)"

    def tuned_records(self, workload_key: str, target: Any, limit: int = 3) -> list[Any]:
        recs = self.db.tuned_records(workload_key, target, 32)

        def distance(k: int) -> tuple[float, int]:
            rec = self.db.get(recs[k].record_id)
            size = (rec.workload_spec or {}).get("batch") if rec is not None else None
            return (abs(size - self.batch) if isinstance(size, int) else float("inf"), k)
        return [recs[k] for k in sorted(range(len(recs)), key=distance)][:limit]


def _profile(step: Callable[[], Any], rounds: int) -> tuple[dict[str, Any], float]:
    """Per kernel (by workload key) its calls and seconds per step; and the median wall time
    of a step (timed without the recorder)."""
    walls = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        step()
        walls.append(time.perf_counter() - t0)
    with kernels.recording() as uses:
        for _ in range(rounds):
            step()
    walls.sort()
    return by_workload(uses, rounds), walls[len(walls) // 2]


def _check(budget_s: Any, max_trials: Any, min_share: Any) -> None:
    if isinstance(budget_s, bool) or not isinstance(budget_s, (int, float)) or budget_s <= 0:
        raise ValueError(f"tcomp.nn.tune: budget_s must be a positive number of seconds, got "
                         f"{budget_s!r}")
    if isinstance(max_trials, bool) or not isinstance(max_trials, int) or max_trials < 1:
        raise ValueError(f"tcomp.nn.tune: max_trials must be a positive int, got "
                         f"{max_trials!r}")
    if isinstance(min_share, bool) or not isinstance(min_share, (int, float)) \
            or not 0 <= min_share < 1:
        raise ValueError(f"tcomp.nn.tune: min_share must be a fraction in [0, 1), got "
                         f"{min_share!r}")


def tune_kernels(profile: dict[str, Any], *, budget_s: float, db: Any, max_trials: int = 64,
                 min_share: float = MIN_SHARE, progress: bool = True, seed: int = 0,
                 executor: Any = None) -> ModelTuneReport:
    """Tune the kernels of ``profile`` (``by_workload``'s dict: workload key -> use, calls,
    seconds), longest first, splitting ``budget_s`` by their time; the report's kernels
    carry their time before (``before_ms``) and what each tuning run did."""
    from autotune import Database
    from autotune import tune as tune_kernel
    from autotune.workloads import Workload

    from ..dsl.serial import graph_to_json

    _check(budget_s, max_trials, min_share)
    t_start = time.monotonic()
    database = db if isinstance(db, Database) else Database(db)
    report = ModelTuneReport(_kernels(profile), database=str(database.path))
    chosen = [k for k in report.kernels if k.share >= min_share]
    for k in report.kernels:
        if k not in chosen:
            k.status = f"skipped (under {min_share * 100:g}% of the time)"
    # Each kernel's share of what is left, so a run that overshoots its budget (a batch of
    # slow compiles, the final re-measurement) takes from the later kernels, not all of it.
    left = float(budget_s)
    for n, k in enumerate(chosen):
        rest = sum(c.share for c in chosen[n:]) or 1.0
        give = min(left, max(left * k.share / rest, MIN_KERNEL_BUDGET_S))
        if give < MIN_KERNEL_BUDGET_S:
            k.status = "skipped (budget spent)"
            continue
        k.budget_s = give
        use = profile[k.workload_key]["use"]
        outs, args, size = use.outs, use.args, None
        if use.twin is not None:  # a family's kernel: tuned at the size it ran most
            sizes = profile[k.workload_key]["batches"]
            size = max(sizes, key=sizes.get)
            outs, args = use.twin(size)
        w = Workload("tcomp.dsl.serial:workload",
                     {"name": _label(k.name), "graph": graph_to_json(outs, args)})
        t0 = time.monotonic()
        try:
            res = tune_kernel(outs, args, workload=w, space="auto", trials=max_trials,
                              budget_s=give, db=database, seed=seed, progress=progress,
                              executor=executor, batch_size=4)
            if size is not None:
                _file_for_family(database, outs, args, k.workload_key, size)
        except Exception as exc:  # one kernel's failure must not stop the rest
            k.status = f"failed: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
        else:
            k.trials = res.report.trials
            k.tuned_ms = res.report.best_ms
            k.status = "tuned" if res.best_record is not None else "no working config"
        spent = time.monotonic() - t0
        k.status += f" in {spent:.0f} s"
        left -= spent
    report.wall_s = time.monotonic() - t_start
    return report


def _file_for_family(database: Any, outs: Any, args: Any, family_key: str, size: int) -> None:
    """Copy the trials of a family kernel's twin at batch ``size`` to the family's own
    workload key, noting the size: a build of the symbolic kernel replays them."""
    import dataclasses
    import uuid

    from ..build import workload_key

    for rec in database.records(workload_key(outs, args)):
        if rec.ok:
            database.add(dataclasses.replace(
                rec, workload_key=family_key, workload_name=f"{rec.workload_name}@batch{size}",
                workload_spec={**rec.workload_spec, "batch": size}, uid=uuid.uuid4().hex,
                id=None))


def tune(step_fn: Callable[..., Any], *example_args: Any, budget_s: float = 600.0,
         db: Any = None, max_trials: int = 64, min_share: float = MIN_SHARE,
         rounds: int = 3, progress: bool = True, seed: int = 0,
         executor: Any = None) -> ModelTuneReport:
    """Tune every kernel one call of ``step_fn(*example_args)`` launches on the CPU.

    ``step_fn`` is a whole training step (forward, loss, backward, optimizer update) as the
    training loop calls it, or a forward (the pending tensors it returns are computed in
    the step); ``tune`` calls it ``2 + 2 * rounds`` times before tuning and as
    many after, so it trains the model that many steps (tune a copy, or load the weights
    again after). ``budget_s`` is split over the kernels whose share of the step is at
    least ``min_share``, in proportion to their time, each capped at ``max_trials``
    measurements: each kernel, longest first, gets its share of what is left (at least
    ``MIN_KERNEL_BUDGET_S``), until the budget is spent. ``db``: a ``Database``, a path,
    or None for the default one; it becomes the database the nn layer builds from. Returns
    the report (``print`` it), also with each kernel's time after tuning.
    """
    from autotune import Database, use_database

    if not callable(step_fn):
        raise TypeError(f"tcomp.nn.tune: step_fn must be callable, got "
                        f"{type(step_fn).__name__} {step_fn!r}")
    _check(budget_s, max_trials, min_share)
    if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 1:
        raise ValueError(f"tcomp.nn.tune: rounds must be a positive int, got {rounds!r}")
    t_start = time.monotonic()
    database = db if isinstance(db, Database) else Database(db)
    use_database(database)

    def step() -> None:
        _computed(step_fn(*example_args))

    step()  # compile (with any records the database already has) and warm up
    step()
    before, step_before = _profile(step, rounds)
    report = tune_kernels(before, budget_s=budget_s, db=database, max_trials=max_trials,
                          min_share=min_share, progress=progress, seed=seed,
                          executor=executor)
    report.step_before_ms = step_before * 1e3
    kernels.clear_cache()  # the next builds take the records
    step()
    step()
    after, step_after = _profile(step, rounds)
    if keep_defaults(report, before, after, database):
        kernels.clear_cache()  # the kept defaults replace the slower records
        step()
        step()
        after, step_after = _profile(step, rounds)
    for k in report.kernels:
        if k.workload_key in after:
            k.after_ms = after[k.workload_key]["seconds"] * 1e3
    report.step_after_ms = step_after * 1e3
    report.wall_s = time.monotonic() - t_start
    return report


IN_MODEL_SLOWER = 1.03  # a tuned kernel this much slower in the step than before keeps
# its default (the step's profile varies by a few % between runs)


def keep_defaults(report: ModelTuneReport, before: dict[str, Any], after: dict[str, Any],
                  database: Any) -> list[KernelTuning]:
    """The tuned kernels that ran slower in the step than their untuned build did: for each,
    both configs' times per call in the step are written to the database as ``in-model``
    records, which rank before the tuner's own figures, so builds go back to the default
    (the tuner measures each kernel alone in a worker, with warm caches and its own buffers;
    in the step its inputs come from the kernels before it). "Slower" means beyond the
    machine's drift, the median ratio of the kernels no tuning touched (when there are three
    or more), times ``IN_MODEL_SLOWER``. Returns those kernels."""
    import dataclasses
    import uuid

    from autotune import fingerprint, make_space

    from ..build import workload_key

    def per_call(k: KernelTuning) -> tuple[float, float] | None:
        b, a = before.get(k.workload_key), after.get(k.workload_key)
        if b is None or a is None or not b["calls"] or not a["calls"]:
            return None
        return b["seconds"] / b["calls"], a["seconds"] / a["calls"]

    # The machine's drift between the two profiles (minutes apart), from the kernels no
    # tuning touched: a VM that slowed down by 10% must not read as ten slower records.
    untouched = [t[1] / t[0] for k in report.kernels
                 if not k.status.startswith("tuned") and (t := per_call(k)) and t[0] > 0]
    drift = sorted(untouched)[len(untouched) // 2] if len(untouched) >= 3 else 1.0
    slower = []
    for k in report.kernels:
        t = per_call(k)
        if not k.status.startswith("tuned") or t is None:
            continue
        was, now = t
        if now <= was * max(drift, 1.0) * IN_MODEL_SLOWER:
            continue
        b = before[k.workload_key]
        use = b["use"]
        outs, args, size = use.outs, use.args, None
        if use.twin is not None:  # its records are the twin's at the size it ran most
            size = max(b["batches"], key=b["batches"].get)
            outs, args = use.twin(size)
        try:
            wkey = workload_key(outs, args)
            tkey = fingerprint()  # the host, as nn's kernels and their tuning runs
            (tuned,) = database.best(wkey, tkey, 1)
            space = make_space("auto", outs, args)
            seed = space.seeds()[0]
            seed_trace = space.apply(seed).trace_json()
        except Exception as exc:  # no record or no default to compare: leave it as it is
            k.status += f"; slower in the step, kept ({type(exc).__name__}: {exc})"[:200]
            continue
        if tuned.config == seed:  # the default already ranks first (an earlier check's records)
            continue
        for key in [wkey] if size is None else [wkey, k.workload_key]:
            spec = tuned.workload_spec if size is None else {**tuned.workload_spec,
                                                             "batch": size}
            for cfg, trace, sec in ((seed, seed_trace, was),
                                    (tuned.config, tuned.trace, now / max(drift, 1.0))):
                database.add(dataclasses.replace(
                    tuned, workload_key=key, workload_spec=spec, config=cfg, trace=trace,
                    median=sec, spread=None, costs=[sec], kind="in-model", error="",
                    uid=uuid.uuid4().hex, id=None, created=time.time()))
        k.status += (f"; default kept: the tuned kernel took {now * 1e3:.3f} ms per call in "
                     f"the step against its default's {was * 1e3:.3f}")
        slower.append(k)
    return slower


def _named(use: kernels.KernelUse) -> str:
    """A kernel's op name with its output's shape (two Linear layers differ by it); a
    family's kernel with the shape at the batch size it served."""
    from ..dsl.eval import eval_int
    from .batch import VAR

    env = {VAR: use.batch} if use.batch is not None else {}
    shape = "x".join(str(int(d.value)) if hasattr(d, "value") else
                     str(eval_int(d, env)) if env else str(d)
                     for d in use.outs[0].shape) if use.outs else ""
    return f"{use.name} [{shape}]" if shape else use.name


def _label(name: str) -> str:
    return "".join(c if c.isalnum() or c in "+_" else "_" for c in name)


def kernel_profile(step_fn: Callable[..., Any], *example_args: Any, rounds: int = 3
                   ) -> list[KernelTuning]:
    """The kernels one call of ``step_fn(*example_args)`` launches, longest first, with
    their calls and time per step (``before_ms``) and share of the step; runs the step
    ``1 + 2 * rounds`` times. Pending tensors the step returns are computed in it."""
    _computed(step_fn(*example_args))
    return _kernels(_profile(lambda: _computed(step_fn(*example_args)), rounds)[0])


def _computed(out: Any) -> None:
    """Compute the pending Tensors in a step's result (a tensor, or tuples, lists and dicts
    of them): their kernels are part of the step (a forward's last, fused op runs only when
    its result is read)."""
    from .tensor import Tensor

    if isinstance(out, Tensor):
        out.data  # noqa: B018 (computes a pending result)
    elif isinstance(out, (list, tuple)):
        for o in out:
            _computed(o)
    elif isinstance(out, dict):
        for o in out.values():
            _computed(o)


def _kernels(profile: dict[str, Any]) -> list[KernelTuning]:
    """``by_workload``'s profile as report rows, longest kernel first."""
    total = sum(v["seconds"] for v in profile.values()) or 1.0
    rows = [KernelTuning(v["name"], key, round(v["calls"]), v["seconds"] * 1e3,
                         v["seconds"] / total, batches=tuple(sorted(v.get("batches", ()))))
            for key, v in profile.items()]
    return sorted(rows, key=lambda k: -k.before_ms)


__all__ = ["KernelTuning", "ModelTuneReport", "batch_text", "by_workload", "keep_defaults",
           "kernel_profile", "nearest_records", "tune", "tune_kernels"]
