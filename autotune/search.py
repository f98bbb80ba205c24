"""Search strategies: tuners that propose candidates and learn from their measurements (layer 8).

A ``Tuner`` (TVM's autotvm interface) is driven by ``tune()``'s loop, or by a test with made-up
measurements: ``next_batch(n)`` proposes up to ``n`` candidates, ``update(batch, results)``
takes their ``MeasureResult``\\ s, ``has_next()`` says whether it may propose more. Those three
methods are the whole protocol (``TunerProtocol``): ``tune(strategy=...)`` takes a ``Tuner``
subclass of one's own, or any object that has them and proposes objects with a ``config`` and
a ``trace`` (``Candidate``).

- ``GridTuner``: every valid config of the space in order (exhaustive, for small spaces);
- ``RandomTuner``: the space's seeds first, then uniform random configs;
- ``EvolutionaryTuner`` (``tune()``'s default): random until its cost model is trained, then
  mutations and crossovers of the best configs so far, ranked by the model, with an
  ``epsilon`` share of random configs.

A tuner never proposes a config measured before (``known``: the database's, for a resumed
run) or a schedule it proposed already (configs that give one schedule are measured once).
It lowers each candidate once: the loop-nest features are the cost model's input, and a
config that can't be scheduled or lowered is rejected (its error in ``rejected``) before it
costs a measurement.
"""

from __future__ import annotations

import json
import logging
import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

import tcomp as tc

from .cost_model import CostModel, schedule_features
from .database import config_hash
from .measure import MeasureResult
from .space_base import Config, SearchSpace

log = logging.getLogger("autotune")


@dataclass(frozen=True)
class Candidate:
    """A proposed config, its schedule's trace, and the schedule's loop-nest features."""

    config: Config
    trace: str
    features: np.ndarray


@runtime_checkable
class TunerProtocol(Protocol):
    """What ``tune()`` needs of a search strategy. A ``Tuner`` also reports the configs it
    could not schedule (``rejected``) and the known ones it skipped (``skipped_known``);
    ``tune()`` reads them where they exist."""

    def has_next(self) -> bool: ...

    def next_batch(self, n: int) -> list[Any]: ...

    def update(self, batch: list[Any], results: list[MeasureResult]) -> None: ...


class Tuner(ABC):
    """Proposes candidates of ``space`` and learns from their measurements; a strategy
    implements ``_propose``.

    Args:
        space: the search space.
        known: hashes (``database.config_hash``) of configs measured before: never proposed.
        seed: of the tuner's random choices; the same seed proposes the same configs for the
            same measurements.
        features: a schedule's feature vector (default: ``schedule_features`` of the lowered
            loop nest; a config whose features raise is rejected).
    """

    def __init__(self, space: SearchSpace, *, known: Iterable[str] = (), seed: int = 0,
                 features: Callable[[tc.Schedule], np.ndarray] | None = None) -> None:
        self.space = space
        self.rng = random.Random(seed)
        self.known: set[str] = set(known)  # measured before, or proposed by this tuner
        self.features = features or (lambda s: schedule_features(s, space.args))
        self.measured: list[tuple[float, Config]] = []  # (seconds, config) of each success
        self.trials = 0  # results taken by update()
        self.skipped_known = 0  # proposals dropped as measured before
        self.rejected: list[str] = []  # the error of each config that could not be scheduled
        self._rejected: set[str] = set()
        self._seen: set[str] = set()  # traces proposed
        self._done = False

    def has_next(self) -> bool:
        """False once the tuner has nothing more to propose (a batch came back empty)."""
        return not self._done

    def next_batch(self, n: int) -> list[Candidate]:
        """Up to ``n`` new candidates (a random or evolutionary tuner's first batch holds
        every seed of the space, even more than ``n``); none once the space is exhausted."""
        batch = self._propose(n)
        if not batch:
            self._done = True
        return batch

    def update(self, batch: list[Candidate], results: list[MeasureResult]) -> None:
        """Take the measurements of a batch this tuner proposed."""
        for cand, res in zip(batch, results, strict=True):
            self.trials += 1
            self.known.add(config_hash(cand.config))
            if res.ok and res.median is not None:
                self.measured.append((res.median, cand.config))

    @abstractmethod
    def _propose(self, n: int) -> list[Candidate]:
        """The next batch's candidates (made by ``_candidate`` or ``_take``)."""

    def _candidate(self, cfg: Config) -> Candidate | None:
        """``cfg`` as a new, lowerable candidate, else None (a config whose schedule can't be
        made is rejected: not tried again, its error in ``rejected``)."""
        h = config_hash(cfg)
        if h in self.known or h in self._rejected or not self.space.valid(cfg):
            return None
        try:
            s = self.space.apply(cfg)
            trace = s.trace_json()
            if trace in self._seen:  # configs that give one schedule: measured once
                return None
            feat = self.features(s)
        except Exception as exc:  # a space's apply may fail any way: reported
            self._rejected.add(h)
            self.rejected.append(f"config {json.dumps(cfg, sort_keys=True)} could not be "
                                 f"scheduled by {self.space.name}: {type(exc).__name__}: {exc}")
            log.debug("candidate %s does not lower: %s", json.dumps(cfg), exc)
            return None
        self._seen.add(trace)
        return Candidate(cfg, trace, feat)

    def _take(self, cfg: Config, out: list[Candidate]) -> None:
        """Append ``cfg`` to ``out`` if it makes a new candidate (counting it if known)."""
        if config_hash(cfg) in self.known:
            self.skipped_known += 1
        c = self._candidate(cfg)
        if c is not None:
            self.known.add(config_hash(cfg))
            out.append(c)


class GridTuner(Tuner):
    """Every valid config of the space once, in ``space.enumerate()`` order."""

    def __init__(self, space: SearchSpace, **kw: Any) -> None:
        super().__init__(space, **kw)
        self._grid = space.enumerate()

    def _propose(self, n: int) -> list[Candidate]:
        out: list[Candidate] = []
        for cfg in self._grid:  # an iterator: check the count before taking the next config
            self._take(cfg, out)
            if len(out) >= n:
                return out
        self._done = True
        return out


class RandomTuner(Tuner):
    """The space's seeds (its default, the automatic default), then random configs."""

    def __init__(self, space: SearchSpace, **kw: Any) -> None:
        super().__init__(space, **kw)
        self._seeded = False

    def _propose(self, n: int) -> list[Candidate]:
        out: list[Candidate] = []
        if not self._seeded:
            self._seeded = True
            for cfg in self.space.seeds():
                self._take(cfg, out)
        self._fill(out, n, 50 * n)
        return out

    def _fill(self, out: list[Candidate], n: int, attempts: int) -> None:
        """Random configs until ``out`` holds ``n`` or ``attempts`` were drawn."""
        for _ in range(attempts):
            if len(out) >= n:
                return
            self._take(self.space.random(self.rng), out)


class EvolutionaryTuner(RandomTuner):
    """Random until ``model`` is trained on this run's measurements, then children (a
    mutation of a parent, or of a crossover of two) of the 8 best configs so far: the
    model's favourites of a pool of ``4 n``, and an ``epsilon`` share of random configs.

    ``model``: a CostModel, maybe trained already on earlier runs' records (``tune()`` does).
    """

    def __init__(self, space: SearchSpace, *, model: CostModel | None = None,
                 epsilon: float = 0.2, **kw: Any) -> None:
        super().__init__(space, **kw)
        self.model = model or CostModel("auto", kw.get("seed", 0))
        self.epsilon = epsilon

    def update(self, batch: list[Candidate], results: list[MeasureResult]) -> None:
        super().update(batch, results)
        good = [(c.features, r.median) for c, r in zip(batch, results, strict=True)
                if r.ok and r.median is not None]
        if good:
            self.model.update([f for f, _ in good], [t for _, t in good])

    def _propose(self, n: int) -> list[Candidate]:
        if not self.measured or not self.model.trained:
            return super()._propose(n)
        rng, sp = self.rng, self.space
        out: list[Candidate] = []
        parents = [c for _, c in sorted(self.measured, key=lambda x: x[0])[:8]]
        pool: list[Candidate] = []
        attempts = 0
        while len(pool) < 4 * n and attempts < 60 * n:
            attempts += 1
            p = rng.choice(parents)
            child = sp.crossover(p, rng.choice(parents), rng) if rng.random() < 0.3 else p
            c = self._candidate(sp.mutate(child, rng, n=rng.choice([1, 1, 2, 3])))
            if c is not None:
                pool.append(c)
        if pool:
            scores = self.model.predict([c.features for c in pool])
            n_rand = max(1, round(n * self.epsilon))
            for i in np.argsort(scores)[: n - n_rand]:
                self.known.add(config_hash(pool[i].config))
                out.append(pool[i])
            for c in pool:  # let unpicked candidates be proposed again later
                if not any(c is o for o in out):
                    self._seen.discard(c.trace)
        self._fill(out, n, 120 * n - attempts)
        return out


STRATEGIES: dict[str, type[Tuner]] = {"evolutionary": EvolutionaryTuner,
                                      "random": RandomTuner, "grid": GridTuner}


__all__ = ["STRATEGIES", "Candidate", "EvolutionaryTuner", "GridTuner", "RandomTuner",
           "Tuner", "TunerProtocol"]
