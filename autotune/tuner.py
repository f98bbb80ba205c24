"""``tune()``: search a space, measure candidates in isolation, record every trial (layer 8).

Strategies: ``"random"``, ``"grid"`` (exhaustive, for small spaces) and ``"evolutionary"``
(default): mutations and crossovers of the best configs so far, ranked by a cost model
trained online on loop-nest features, with an epsilon share of random configs. Every trial
is committed to the database as it completes; a rerun skips configs already measured for
this workload and hardware, so an interrupted run resumes.
"""

from __future__ import annotations

import json
import logging
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import tcomp as tc
from tcomp.build import workload_key

from .cost_model import CostModel, schedule_features
from .database import Database, TrialRecord, config_hash, fingerprint, target_description
from .executors import make_executor
from .measure import MeasureInput
from .space import SearchSpace, make_space
from .workloads import Workload, WorkloadError, flop_count, resolve

log = logging.getLogger("autotune")
STRATEGIES = ("evolutionary", "random", "grid")
FIRST_ERRORS = 3  # how many errors a report keeps whole


class TuningError(tc.TcompError, RuntimeError):
    """A tuning run found no working schedule: every candidate failed. The message holds the
    report, with the first errors whole; ``.result`` is the TuneResult."""

    def __init__(self, message: str, result: TuneResult | None = None) -> None:
        super().__init__(message)
        self.result = result


@dataclass
class TuneReport:
    """What a tuning run did; ``str(report)`` is the summary table."""

    workload: str
    workload_key: str
    target_key: str
    space: str
    trials: int = 0
    failed: int = 0
    skipped_known: int = 0
    best_ms: float | None = None
    best_gflops: float | None = None
    best_spread: float | None = None
    trials_to_10pct: int | None = None
    wall_s: float = 0.0
    stopped: str = ""
    curve: list[tuple[int, float]] = field(default_factory=list)  # (trial, best ms so far)
    errors: list[str] = field(default_factory=list)  # first line of each failed trial's error
    rejected: int = 0  # configs whose schedule could not be made (the space's apply raised)
    first_errors: list[str] = field(default_factory=list)  # the first errors, whole
    rejected_configs: set[str] = field(default_factory=set, repr=False)

    @property
    def all_failed(self) -> bool:
        """Something was tried this run and nothing worked."""
        return (self.trials > 0 or self.rejected > 0) and self.failed == self.trials

    def note_error(self, text: str) -> None:
        if len(self.first_errors) < FIRST_ERRORS:
            self.first_errors.append(text)

    def __str__(self) -> str:
        result = None
        if self.all_failed:
            result = (f"EVERY CANDIDATE FAILED: {self.failed} measured trial(s) failed, "
                      f"{self.rejected} config(s) could not be scheduled")
        rows = [("workload", self.workload), ("workload key", self.workload_key),
                ("hardware", self.target_key), ("space", self.space),
                *([("result", result)] if result else []),
                ("trials (this run)", f"{self.trials} ({self.failed} failed, "
                 f"{self.skipped_known} known configs skipped, {self.rejected} configs "
                 "not schedulable)"),
                ("best", "-" if self.best_ms is None else
                 f"{self.best_ms:.4f} ms, {self.best_gflops or 0:.1f} GFLOP/s, spread "
                 f"{(self.best_spread or 0) * 100:.1f}%"),
                ("within 10% of best after", "-" if self.trials_to_10pct is None else
                 f"{self.trials_to_10pct} trials"),
                ("tuning wall time", f"{self.wall_s:.1f} s"), ("stopped", self.stopped)]
        w = max(len(k) for k, _ in rows)
        text = "\n".join(f"{k:<{w}}  {v}" for k, v in rows)
        if self.first_errors:
            text += f"\nfirst errors ({len(self.first_errors)}):\n" + "\n".join(
                f"  [{n}] " + e.replace("\n", "\n      ")
                for n, e in enumerate(self.first_errors, 1))
        return text


@dataclass
class TuneResult:
    best_schedule: tc.Schedule | None
    best_record: TrialRecord | None
    report: TuneReport
    args: list[tc.Tensor] = field(default_factory=list)


def _as_workload(outputs: Any, args: Any, workload: Any, kwargs: dict[str, Any] | None
                 ) -> tuple[Workload, list[tc.Tensor], list[tc.Tensor]]:
    w = workload if workload is not None else outputs
    if isinstance(w, str):
        w = resolve(w, kwargs)
    if not isinstance(w, Workload):
        raise WorkloadError(
            "tune() measures candidates in other processes, which rebuild the computation "
            "from a factory: pass workload=Workload('pkg.module:function', kwargs) (or a "
            "built-in name such as 'matmul') whose function returns (outputs, args)")
    outs, wargs = w.build()
    if outputs is not None and not isinstance(outputs, (str, Workload)):
        given = [outputs] if isinstance(outputs, tc.Tensor) else list(outputs)
        if args is None or workload_key(given, list(args)) != workload_key(outs, wargs):
            raise WorkloadError(f"the tensors passed to tune() are not what workload "
                                f"'{w.factory}' builds; give the factory that builds them")
        outs, wargs = given, list(args)
    return w, outs, wargs


class _Progress:
    def __init__(self, total: int, flops: float, enabled: bool) -> None:
        self.total, self.flops, self.enabled = total, flops, enabled

    def show(self, done: int, best: float | None, failed: int) -> None:
        if not self.enabled:
            return
        b = "-" if best is None else f"{best * 1e3:.4f} ms {self.flops / best / 1e9:7.1f} GFLOP/s"
        sys.stderr.write(f"\r[tune] {done}/{self.total} trials  best {b}  failures {failed} ")
        sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _remeasure_rounds(budget_s: float | None, elapsed: float, measured: int,
                      candidates: int) -> int:
    """Rounds of the finalists' re-measurement: ``REMEASURE_ROUNDS``, fewer (at least one)
    where a budget is given and that many would run past a quarter beyond it, at the search's
    own pace per measurement (a graph that takes seconds to compile made a 8 s run take 75)."""
    if budget_s is None or not measured or not candidates:
        return REMEASURE_ROUNDS
    per = elapsed / measured
    room = budget_s * 1.25 - elapsed
    return max(1, min(REMEASURE_ROUNDS, int(room // (per * candidates))))


def tune(outputs: Any = None, args: Any = None, *, workload: Any = None,
         kwargs: dict[str, Any] | None = None, space: Any = "auto", trials: int = 64,
         budget_s: float | None = None, db: Any = None, seed: int = 0, target: Any = "llvm",
         strategy: str = "evolutionary", batch_size: int = 8, early_stop: int | None = 48,
         remeasure: int = 3, epsilon: float = 0.2, cost_model: str = "auto",
         executor: Any = None, progress: bool = True, curve_png: str | None = None,
         **measure_opts: Any) -> TuneResult:
    """Tune one workload and record every trial.

    Args:
        outputs, args: the tensors (then ``workload=`` must name the factory that builds
            them), or a Workload / built-in workload name as ``outputs``.
        space: ``"auto"`` (any graph), a template name from ``schedules.templates``, or a
            SearchSpace.
        trials: measurements this run (known configs are skipped, not counted).
        budget_s: wall-clock budget; the run stops at whichever limit comes first.
        db: a Database, a path, or None for the default (``TCOMP_TUNING_DB``).
        seed: makes the search repeatable (timings still vary).
        strategy: ``"evolutionary"`` (cost-model guided), ``"random"`` or ``"grid"``.
        early_stop: stop after this many trials without a 1% improvement (None: never).
        remeasure: how many of the best configs are measured again, beside the space's
            first seed (the automatic default on a CPU), in ``REMEASURE_ROUNDS``
            interleaved rounds before the winner (least mean time) is chosen; 0: none.
        executor: where candidates are measured: None or ``"local"`` (a LocalExecutor),
            ``"dask"`` (the default Dask client, else a LocalCluster), a Dask scheduler
            address (``"tcp://host:8786"``), a ``distributed.Client``, or an Executor object
            (used as is, not closed). Dask needs ``pip install 'tcomp[distributed]'``.
        measure_opts: passed to the executor made here: the fields of ``MeasureOptions``
            (``repeat``, ``run_timeout_s``, ...) and the executor's own (``n_builders``).
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {STRATEGIES}, got {strategy!r}")
    t_start = time.monotonic()
    w, outs, wargs = _as_workload(outputs, args, workload, kwargs)
    sp = make_space(space, outs, wargs, target=target)
    if sp.outputs is not outs:  # a space built by the caller: its tensors are the ones used
        if workload_key(sp.outputs, sp.args) != workload_key(outs, wargs):
            raise WorkloadError(f"the search space was built for another computation than "
                                f"workload '{w.factory}' builds")
        outs, wargs = sp.outputs, sp.args
    database = db if isinstance(db, Database) else Database(db)
    wkey, tkey = workload_key(outs, wargs), fingerprint(target)
    tdesc = target_description(target)
    flops = flop_count(outs)
    rep = TuneReport(w.name, wkey, tkey, sp.name)
    rng = random.Random(seed)
    model = CostModel(cost_model, seed)
    known = database.measured_configs(wkey, tkey)
    seen_traces: set[str] = set()
    session = uuid.uuid4().hex[:12]
    _warm_start(database, wkey, tkey, outs, wargs, model)
    ex, own_exec = make_executor(executor, seed=seed, **measure_opts)
    prog = _Progress(trials, flops, progress)
    best_t: float | None = None
    last_gain = 0
    measured: list[tuple[float, dict[str, Any]]] = []  # (seconds, config) of successes
    grid = sp.enumerate() if strategy == "grid" else None
    rep.stopped = "trial count reached"

    def record(cfg: dict[str, Any], trace: str, res: Any, kind: str) -> TrialRecord:
        return database.add(TrialRecord(
            wkey, w.name, w.spec(), tkey, tdesc, sp.name, cfg, trace, res.ok, res.median,
            res.spread, list(res.costs), res.error, flops, kind, session))

    try:
        while rep.trials < trials:
            if budget_s is not None and time.monotonic() - t_start >= budget_s:
                rep.stopped = f"budget of {budget_s:g} s spent"
                break
            if early_stop is not None and rep.trials - last_gain >= early_stop:
                rep.stopped = f"no 1% gain in {early_stop} trials"
                break
            n = min(batch_size, trials - rep.trials)
            batch = _propose(sp, strategy, grid, n, rng, model, measured, known, seen_traces,
                             outs, wargs, epsilon, rep)
            if not batch:
                rep.stopped = "search space exhausted"
                break
            results = ex.measure([MeasureInput(w, tr, cfg, str(target)) for cfg, tr, _ in batch])
            good_f, good_t = [], []
            for (cfg, trace, feat), res in zip(batch, results, strict=False):
                record(cfg, trace, res, "search")
                known.add(config_hash(cfg))
                rep.trials += 1
                if res.ok and res.median is not None:
                    measured.append((res.median, cfg))
                    good_f.append(feat)
                    good_t.append(res.median)
                    if best_t is None or res.median < best_t * 0.99:
                        last_gain = rep.trials
                    best_t = res.median if best_t is None else min(best_t, res.median)
                else:
                    rep.failed += 1
                    rep.errors.append(res.error.splitlines()[0] if res.error else "?")
                    rep.note_error(f"trial of config {json.dumps(cfg, sort_keys=True)}: "
                                   f"{res.error or '(no error text)'}")
                if best_t is not None:
                    rep.curve.append((rep.trials, best_t * 1e3))
                prog.show(rep.trials, best_t, rep.failed)
            model.update(good_f, good_t)
        prog.end()
        if remeasure:
            # The best of many noisy measurements is biased low (a 0.2 ms kernel's winner
            # measured 20-28% under its own later runs here): the best few configs and the
            # space's first seed (on a CPU the automatic default, what an untuned build
            # runs) are measured again in interleaved rounds, so the pick (each config's
            # mean) rests on several runs and a tuned record is not an untuned build's
            # lucky-looking neighbour.
            cands = _finalists(sp, database, wkey, tkey, remeasure)
            for _ in range(_remeasure_rounds(budget_s, time.monotonic() - t_start,
                                             rep.trials, len(cands))):
                results = ex.measure([MeasureInput(w, tr, cfg, str(target))
                                      for cfg, tr in cands])
                for (cfg, tr), res in zip(cands, results, strict=True):
                    record(cfg, tr, res, "remeasure")
    finally:
        if own_exec:
            ex.close()
    rep.wall_s = time.monotonic() - t_start
    best_rec, sched = _best_replayable(database, wkey, tkey, outs)
    if best_rec is not None:
        rep.best_ms = best_rec.median * 1e3 if best_rec.median else None
        rep.best_gflops = flops / best_rec.median / 1e9 if best_rec.median and flops else None
        rep.best_spread = best_rec.spread
        if rep.curve:  # against this run's best single measurement
            final = rep.curve[-1][1]
            rep.trials_to_10pct = next(t for t, ms in rep.curve if ms <= final * 1.1)
    if curve_png:
        save_curve(rep, curve_png)
    result = TuneResult(sched, best_rec, rep, wargs)
    if rep.all_failed:
        if best_rec is None:
            msg = (f"tuning {w.name} in space '{sp.name}' found no working schedule: every "
                   f"candidate failed ({rep.failed} measured trial(s) failed, {rep.rejected} "
                   f"config(s) could not be scheduled). The report, with the first errors:\n"
                   f"{rep}")
            raise TuningError(msg, result)
        log.warning("every candidate of this tuning run of %s failed (the best record is an "
                    "earlier run's); first errors:\n%s", w.name, "\n".join(rep.first_errors))
    return result


REMEASURE_ROUNDS = 3


def _finalists(sp: SearchSpace, database: Database, wkey: str, tkey: str, k: int
               ) -> list[tuple[dict[str, Any], str]]:
    """(config, trace) of the ``k`` best configs and of the space's first seed, once each."""
    out = [(rec.config, rec.trace) for rec in database.best(wkey, tkey, k)]
    try:
        seed = sp.seeds()[0]
        out.append((seed, sp.apply(seed).trace_json()))
    except Exception as exc:  # noqa: BLE001 - the seed was reported when it was proposed
        log.debug("the first seed of %s does not apply: %s", sp.name, exc)
    unique: dict[str, tuple[dict[str, Any], str]] = {}
    for cfg, trace in out:
        unique.setdefault(config_hash(cfg), (cfg, trace))
    return list(unique.values())


def _best_replayable(database: Database, wkey: str, tkey: str, outs: list[tc.Tensor]
                     ) -> tuple[TrialRecord | None, tc.Schedule | None]:
    """The best record whose trace replays here, and its schedule (a record an older tcomp
    wrote may not replay: it is skipped with a warning)."""
    for rec in database.best(wkey, tkey, 3):
        try:
            return rec, tc.replay(outs, rec.trace, origin=f"tuning record {rec.uid}")
        except tc.ScheduleError as exc:
            log.warning("tuning record %s of %s (tcomp %s) does not replay here, skipped: %s",
                        rec.uid, rec.workload_name, rec.tcomp_version, exc)
    return None, None


def _warm_start(database: Database, wkey: str, tkey: str, outs: list[tc.Tensor],
                wargs: list[tc.Tensor], model: CostModel, limit: int = 200) -> None:
    """Train the cost model on the records a previous run left (resume)."""
    feats, secs = [], []
    for rec in database.records(wkey, tkey, ok=True)[-limit:]:
        try:
            feats.append(schedule_features(tc.replay(outs, rec.trace), wargs))
            secs.append(rec.median)
        except Exception:
            continue
    if feats:
        model.update(feats, secs)


def _candidate(sp: SearchSpace, cfg: dict[str, Any], known: set[str], seen: set[str],
               wargs: list[tc.Tensor], rep: TuneReport
               ) -> tuple[dict[str, Any], str, np.ndarray] | None:
    """(config, trace, features) of a new, lowerable candidate, else None. A config whose
    schedule can't be made counts in ``rep.rejected``, its error kept in the report."""
    h = config_hash(cfg)
    if h in known or h in rep.rejected_configs or not sp.valid(cfg):
        return None
    try:
        s = sp.apply(cfg)
        trace = s.trace_json()
        key = trace  # configs that give one schedule: measure once
        if key in seen:
            return None
        feat = schedule_features(s, wargs)
    except Exception as exc:  # noqa: BLE001 - a space's apply may fail any way; it is reported
        rep.rejected_configs.add(h)  # not tried again this run
        rep.rejected += 1
        rep.note_error(f"config {json.dumps(cfg, sort_keys=True)} could not be scheduled by "
                       f"{sp.name}: {type(exc).__name__}: {exc}")
        log.debug("candidate %s does not lower: %s", json.dumps(cfg), exc)
        return None
    seen.add(key)
    return cfg, trace, feat


def _propose(sp: SearchSpace, strategy: str, grid: Any, n: int, rng: random.Random,
             model: CostModel, measured: list[tuple[float, dict[str, Any]]], known: set[str],
             seen: set[str], outs: list[tc.Tensor], wargs: list[tc.Tensor], epsilon: float,
             rep: TuneReport) -> list[tuple[dict[str, Any], str, np.ndarray]]:
    out: list[tuple[dict[str, Any], str, np.ndarray]] = []

    def add(cfg: dict[str, Any]) -> bool:
        if config_hash(cfg) in known:
            rep.skipped_known += 1
        c = _candidate(sp, cfg, known, seen, wargs, rep)
        if c is not None:
            known.add(config_hash(cfg))
            out.append(c)
        return c is not None

    if strategy == "grid":
        for cfg in grid:  # an iterator: check the count before taking the next config
            add(cfg)
            if len(out) >= n:
                break
        return out
    if not measured and not rep.trials:
        for cfg in sp.seeds():
            add(cfg)
    attempts = 0
    if strategy == "random" or not measured or not model.trained:
        while len(out) < n and attempts < 50 * n:
            attempts += 1
            add(sp.random(rng))
        return out
    # Evolutionary: breed a pool from the best configs, keep the ones the model likes best.
    n_rand = max(1, round(n * epsilon))
    parents = [c for _, c in sorted(measured, key=lambda x: x[0])[:8]]
    pool: list[tuple[dict[str, Any], str, np.ndarray]] = []
    while len(pool) < 4 * n and attempts < 60 * n:
        attempts += 1
        p = rng.choice(parents)
        child = sp.crossover(p, rng.choice(parents), rng) if rng.random() < 0.3 else p
        child = sp.mutate(child, rng, n=rng.choice([1, 1, 2, 3]))
        c = _candidate(sp, child, known, seen, wargs, rep)
        if c is not None:
            pool.append(c)
    if pool:
        scores = model.predict([f for _, _, f in pool])
        for i in np.argsort(scores)[: n - n_rand]:
            known.add(config_hash(pool[i][0]))
            out.append(pool[i])
        for cfg, trace, _ in pool:  # let unpicked candidates be proposed again later
            if not any(cfg is o[0] for o in out):
                seen.discard(trace)
    while len(out) < n and attempts < 120 * n:
        attempts += 1
        add(sp.random(rng))
    return out


def save_curve(rep: TuneReport, path: str) -> bool:
    """Best-so-far against trials as a PNG (needs matplotlib, the ``tune`` extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log.warning("tuning curve not saved: matplotlib is not installed (pip install "
                    "'tcomp[tune]')")
        return False
    fig, ax = plt.subplots(figsize=(6, 3.5))
    if rep.curve:
        ax.step([t for t, _ in rep.curve], [ms for _, ms in rep.curve], where="post")
    ax.set_xlabel("trials")
    ax.set_ylabel("best time so far (ms)")
    ax.set_title(rep.workload)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


__all__ = ["STRATEGIES", "TuneReport", "TuneResult", "TuningError", "save_curve", "tune"]
