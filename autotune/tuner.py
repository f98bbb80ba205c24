"""``tune()``: search a space, measure candidates in isolation, record every trial (layer 8).

A loop over the parts: a ``Tuner`` of ``autotune.search`` (the ``strategy``: ``"random"``,
``"grid"`` or ``"evolutionary"``, cost-model guided, the default, or a tuner object of one's
own) proposes batches, an
executor (``autotune.measure``, ``autotune.executors``) measures them, and every trial is
committed to the database as it completes; a rerun skips configs already measured for this
workload and hardware, so an interrupted run resumes. The best few configs are measured again
at the end, and the winner is the least mean.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import tcomp as tc
from tcomp.build import workload_key

from .cost_model import CostModel, schedule_features
from .database import Database, TrialRecord, config_hash, fingerprint, target_description
from .executors import make_executor
from .measure import Executor, MeasureInput, MeasureResult
from .search import STRATEGIES, EvolutionaryTuner, Tuner, TunerProtocol
from .space import make_space
from .space_base import Config, SearchSpace
from .workloads import Workload, WorkloadError, flop_count, resolve

log = logging.getLogger("autotune")
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


class Progress:
    """The progress line of a tuning run on ``stream`` (default stderr). On a terminal one
    line is rewritten in place (carriage returns); elsewhere (a log file, a pipe, CI) a whole
    line is written after each tenth of the trials and at the last, so no ``\\r`` lands in
    the output."""

    def __init__(self, total: int, flops: float, enabled: bool, stream: Any = None) -> None:
        self.total, self.flops, self.enabled = total, flops, enabled
        self.stream = sys.stderr if stream is None else stream
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self.step = max(1, total // 10)

    def show(self, done: int, best: float | None, failed: int) -> None:
        if not self.enabled:
            return
        if not self.tty and done % self.step and done != self.total:
            return
        b = "-" if best is None else f"{best * 1e3:.4f} ms {self.flops / best / 1e9:7.1f} GFLOP/s"
        line = f"[tune] {done}/{self.total} trials  best {b}  failures {failed}"
        self.stream.write(f"\r{line} " if self.tty else line + "\n")
        self.stream.flush()

    def end(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\n")


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


@dataclass
class _Run:
    """One tuning run's workload, space, database and keys: what each trial is measured for
    and recorded against."""

    workload: Workload
    outs: list[tc.Tensor]
    wargs: list[tc.Tensor]
    space: SearchSpace
    database: Database
    target: Any
    wkey: str = field(init=False)
    tkey: str = field(init=False)
    tdesc: dict[str, Any] = field(init=False)
    flops: float = field(init=False)
    session: str = field(init=False, default_factory=lambda: uuid.uuid4().hex[:12])

    def __post_init__(self) -> None:
        self.wkey, self.tkey = workload_key(self.outs, self.wargs), fingerprint(self.target)
        self.tdesc = target_description(self.target)
        self.flops = flop_count(self.outs)

    @classmethod
    def open(cls, outputs: Any, args: Any, workload: Any, kwargs: dict[str, Any] | None,
             space: Any, db: Any, target: Any) -> _Run:
        w, outs, wargs = _as_workload(outputs, args, workload, kwargs)
        sp = make_space(space, outs, wargs, target=target)
        if sp.outputs is not outs:  # a space built by the caller: its tensors are the ones used
            if workload_key(sp.outputs, sp.args) != workload_key(outs, wargs):
                raise WorkloadError(f"the search space was built for another computation "
                                    f"than workload '{w.factory}' builds")
            outs, wargs = sp.outputs, sp.args
        return cls(w, outs, wargs, sp, db if isinstance(db, Database) else Database(db), target)

    def measure(self, ex: Executor, cands: list[tuple[Config, str]], kind: str
                ) -> list[MeasureResult]:
        """Measure (config, trace) pairs on ``ex`` and record each trial as ``kind``."""
        results = ex.measure([MeasureInput(self.workload, tr, cfg, str(self.target))
                              for cfg, tr in cands])
        for (cfg, trace), res in zip(cands, results, strict=True):
            self.database.add(TrialRecord(
                self.wkey, self.workload.name, self.workload.spec(), self.tkey, self.tdesc,
                self.space.name, cfg, trace, res.ok, res.median, res.spread, list(res.costs),
                res.error, self.flops, kind, self.session))
        return results


def tune(outputs: Any = None, args: Any = None, *, workload: Any = None,
         kwargs: dict[str, Any] | None = None, space: Any = "auto", trials: int = 64,
         budget_s: float | None = None, db: Any = None, seed: int = 0, target: Any = "llvm",
         strategy: str | TunerProtocol = "evolutionary", batch_size: int = 8,
         early_stop: int | None = 48, remeasure: int = 3, epsilon: float = 0.2,
         cost_model: str = "auto", executor: Any = None, progress: bool = True,
         curve_png: str | None = None, **measure_opts: Any) -> TuneResult:
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
        strategy: ``"evolutionary"`` (cost-model guided), ``"random"`` or ``"grid"``: the
            tuners of ``autotune.search``; or a tuner object (a ``Tuner`` subclass, or any
            ``TunerProtocol``: ``next_batch``, ``update``, ``has_next``), used as is. The run
            searches the tuner's ``space`` where it has one (``space=`` may then be left out
            or be that same space); a ``Tuner`` also learns the configs the database holds
            (``known``), and an ``EvolutionaryTuner``'s model trains on their records.
            ``seed``, ``epsilon`` and ``cost_model`` are for the tuners made here.
        batch_size: candidates proposed and measured at a time.
        early_stop: stop after this many trials without a 1% improvement (None: never).
        remeasure: how many of the best configs are measured again, beside the space's
            first seed (the automatic default on a CPU), in ``REMEASURE_ROUNDS``
            interleaved rounds before the winner (least mean time) is chosen; 0: none.
        epsilon, cost_model: the evolutionary tuner's share of random configs, and its
            model's kind (``"auto"``, ``"gbm"`` or ``"ridge"``).
        executor: where candidates are measured: None or ``"local"`` (a LocalExecutor),
            ``"dask"`` (the default Dask client, else a LocalCluster), a Dask scheduler
            address (``"tcp://host:8786"``), a ``distributed.Client``, or an Executor object
            (used as is, not closed). Dask needs ``pip install 'tcomp[distributed]'``.
        measure_opts: passed to the executor made here: the fields of ``MeasureOptions``
            (``repeat``, ``run_timeout_s``, ...) and the executor's own (``n_builders``).
    """
    space = _strategy_space(strategy, space)
    t_start = time.monotonic()
    run = _Run.open(outputs, args, workload, kwargs, space, db, target)
    rep = TuneReport(run.workload.name, run.wkey, run.tkey, run.space.name)
    model = CostModel(cost_model, seed)  # for every strategy: a wrong kind is an error
    known = run.database.measured_configs(run.wkey, run.tkey)
    tuner: TunerProtocol
    if not isinstance(strategy, str):
        tuner = strategy
        if isinstance(tuner, Tuner):
            tuner.known.update(known)
        if isinstance(tuner, EvolutionaryTuner):
            _warm_start(run, tuner.model)
    elif strategy == "evolutionary":
        _warm_start(run, model)
        tuner = EvolutionaryTuner(run.space, known=known, seed=seed, model=model,
                                  epsilon=epsilon)
    else:
        tuner = STRATEGIES[strategy](run.space, known=known, seed=seed)
    ex, own_exec = make_executor(executor, seed=seed, **measure_opts)
    try:
        _search(run, ex, tuner, rep, _Limits(trials, budget_s, early_stop, t_start),
                batch_size, progress)
        if remeasure:
            # The best of many noisy measurements is biased low (a 0.2 ms kernel's winner
            # measured 20-28% under its own later runs here): the best few configs and the
            # space's first seed (on a CPU the automatic default, what an untuned build
            # runs) are measured again in interleaved rounds, so the pick (each config's
            # mean) rests on several runs and a tuned record is not an untuned build's
            # lucky-looking neighbour.
            cands = _finalists(run, remeasure)
            for _ in range(_remeasure_rounds(budget_s, time.monotonic() - t_start,
                                             rep.trials, len(cands))):
                run.measure(ex, cands, "remeasure")
    finally:
        if own_exec:
            ex.close()
    rep.wall_s = time.monotonic() - t_start
    return _result(run, rep, curve_png)


def _strategy_space(strategy: Any, space: Any) -> Any:
    """The space a run searches: ``space``, or the tuner object's own; checks ``strategy``."""
    if isinstance(strategy, str):
        if strategy not in STRATEGIES:
            raise ValueError(f"strategy must be one of {tuple(STRATEGIES)} or a tuner object, "
                             f"got {strategy!r}")
        return space
    if not isinstance(strategy, TunerProtocol):
        raise TypeError(f"strategy must be one of {tuple(STRATEGIES)} or a tuner object with "
                        f"next_batch(n), update(batch, results) and has_next(); got "
                        f"{type(strategy).__name__}")
    own = getattr(strategy, "space", None)
    if not isinstance(own, SearchSpace):
        return space
    if space is not own and not (isinstance(space, str) and space == "auto"):
        raise ValueError(f"the tuner searches its own space ({own.name}); leave space= out or "
                         "pass that space")
    return own


@dataclass
class _Limits:
    """When a search stops: the trial count, the wall-clock budget from ``t_start``, or
    ``early_stop`` trials without a 1% gain."""

    trials: int
    budget_s: float | None
    early_stop: int | None
    t_start: float

    def reached(self, done: int, last_gain: int) -> str:
        """Why the search stops after ``done`` trials, the last gain at ``last_gain``; ""
        while it goes on."""
        if done >= self.trials:
            return "trial count reached"
        if self.budget_s is not None and time.monotonic() - self.t_start >= self.budget_s:
            return f"budget of {self.budget_s:g} s spent"
        if self.early_stop is not None and done - last_gain >= self.early_stop:
            return f"no 1% gain in {self.early_stop} trials"
        return ""


def _search(run: _Run, ex: Executor, tuner: TunerProtocol, rep: TuneReport, limits: _Limits,
            batch_size: int, progress: bool) -> None:
    """Measure the tuner's batches and record them until a limit or the end of the space;
    the report says which."""
    prog = Progress(limits.trials, run.flops, progress)
    best_t: float | None = None
    last_gain = 0
    while not (stop := limits.reached(rep.trials, last_gain)):
        n = min(batch_size, limits.trials - rep.trials)
        batch = tuner.next_batch(n) if tuner.has_next() else []
        rejected: list[str] = getattr(tuner, "rejected", [])
        for text in rejected[rep.rejected:]:
            rep.note_error(text)
        rep.rejected, rep.skipped_known = len(rejected), getattr(tuner, "skipped_known", 0)
        if not batch:
            stop = "search space exhausted"
            break
        results = run.measure(ex, [(c.config, c.trace) for c in batch], "search")
        for cand, res in zip(batch, results, strict=True):
            rep.trials += 1
            if res.ok and res.median is not None:
                if best_t is None or res.median < best_t * 0.99:
                    last_gain = rep.trials
                best_t = res.median if best_t is None else min(best_t, res.median)
            else:
                rep.failed += 1
                rep.errors.append(res.error.splitlines()[0] if res.error else "?")
                rep.note_error(f"trial of config {json.dumps(cand.config, sort_keys=True)}: "
                               f"{res.error or '(no error text)'}")
            if best_t is not None:
                rep.curve.append((rep.trials, best_t * 1e3))
            prog.show(rep.trials, best_t, rep.failed)
        tuner.update(batch, results)
    rep.stopped = stop
    prog.end()


def _result(run: _Run, rep: TuneReport, curve_png: str | None) -> TuneResult:
    """The run's result: the best record that replays here; raises TuningError when every
    candidate failed and no earlier run left a working record."""
    best_rec, sched = _best_replayable(run.database, run.wkey, run.tkey, run.outs)
    if best_rec is not None:
        rep.best_ms = best_rec.median * 1e3 if best_rec.median else None
        rep.best_gflops = (run.flops / best_rec.median / 1e9
                           if best_rec.median and run.flops else None)
        rep.best_spread = best_rec.spread
        if rep.curve:  # against this run's best single measurement
            final = rep.curve[-1][1]
            rep.trials_to_10pct = next(t for t, ms in rep.curve if ms <= final * 1.1)
    if curve_png:
        save_curve(rep, curve_png)
    result = TuneResult(sched, best_rec, rep, run.wargs)
    if rep.all_failed:
        name = run.workload.name
        if best_rec is None:
            msg = (f"tuning {name} in space '{run.space.name}' found no working schedule: "
                   f"every candidate failed ({rep.failed} measured trial(s) failed, "
                   f"{rep.rejected} config(s) could not be scheduled). The report, with the "
                   f"first errors:\n{rep}")
            raise TuningError(msg, result)
        log.warning("every candidate of this tuning run of %s failed (the best record is an "
                    "earlier run's); first errors:\n%s", name, "\n".join(rep.first_errors))
    return result


REMEASURE_ROUNDS = 3


def _finalists(run: _Run, k: int) -> list[tuple[Config, str]]:
    """(config, trace) of the ``k`` best configs by their search cost (``SEARCH_TIER``) and of
    the space's first seed, once each."""
    sp = run.space
    best = run.database.best(run.wkey, run.tkey, k, remeasured_first=False)
    out = [(rec.config, rec.trace) for rec in best]
    try:
        seed = sp.seeds()[0]
        out.append((seed, sp.apply(seed).trace_json()))
    except Exception as exc:  # the seed was reported when it was proposed
        log.debug("the first seed of %s does not apply: %s", sp.name, exc)
    unique: dict[str, tuple[Config, str]] = {}
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


def _warm_start(run: _Run, model: CostModel, limit: int = 200) -> None:
    """Train the cost model on the records a previous run left (resume)."""
    feats, secs = [], []
    for rec in run.database.records(run.wkey, run.tkey, ok=True)[-limit:]:
        try:
            feats.append(schedule_features(tc.replay(run.outs, rec.trace), run.wargs))
            secs.append(rec.median)
        except Exception:
            continue
    if feats:
        model.update(feats, secs)


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
