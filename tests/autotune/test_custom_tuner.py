"""tune(strategy=...) with a tuner object of one's own: a Tuner subclass and a plain object with
next_batch / update / has_next drive the search. Measurements are made up by an executor
object (nothing is timed), so only the loop, the records and the result are under test."""

from __future__ import annotations

from typing import Any

import pytest

from autotune import Database, MeasureResult, TemplateSpace, Tuner, Workload, tune
from autotune.database import config_hash
from autotune.search import Candidate

SMALL = Workload("autotune.workloads:matmul", {"n": 32})


def _seconds(cfg: dict[str, Any]) -> float:
    """A made-up run time that depends on the whole config."""
    return 1e-3 * (1 + int(config_hash(cfg)[:8], 16) % 97 / 97)


class FakeExecutor:
    def __init__(self) -> None:
        self.measured: list[dict[str, Any]] = []

    def measure(self, inputs: list[Any]) -> list[MeasureResult]:
        self.measured.extend(i.config for i in inputs)
        return [MeasureResult(True, [_seconds(i.config)]) for i in inputs]

    def close(self) -> None:
        pass


def _space() -> TemplateSpace:
    outs, args = SMALL.build()
    return TemplateSpace("matmul", outs, args)


class ReverseGrid(Tuner):
    """The space's grid, last config first: an order no built-in tuner proposes."""

    def __init__(self, space: Any, **kw: Any) -> None:
        super().__init__(space, **kw)
        self._left = list(space.enumerate())[::-1]
        self.results: list[MeasureResult] = []

    def _propose(self, n: int) -> list[Candidate]:
        out: list[Candidate] = []
        while self._left and len(out) < n:
            self._take(self._left.pop(0), out)
        return out

    def update(self, batch: list[Candidate], results: list[MeasureResult]) -> None:
        super().update(batch, results)
        self.results.extend(results)


def test_a_tuner_subclass_drives_the_search_and_learns_the_known_configs(db_path: str) -> None:
    space = _space()
    want = [c for c in reversed(list(space.enumerate())) if space.valid(c)]
    tuner = ReverseGrid(space)
    ex = FakeExecutor()
    res = tune(workload=SMALL, strategy=tuner, trials=5, batch_size=2, db=db_path,
               executor=ex, remeasure=0, progress=False)
    assert ex.measured == want[:5] == [r.config for r in Database(db_path).records()]
    assert len(tuner.results) == 5 and tuner.trials == 5
    assert res.best_record is not None
    assert res.best_record.config == min(want[:5], key=_seconds)
    # A second run's tuner is told what the database holds, and proposes the next configs.
    ex2 = FakeExecutor()
    tune(workload=SMALL, strategy=ReverseGrid(_space()), trials=2, db=db_path, executor=ex2,
         remeasure=0, progress=False)
    assert ex2.measured == want[5:7]


class Listed:
    """A plain object (no Tuner base) proposing a fixed list of configs, two at a time."""

    def __init__(self, space: TemplateSpace, configs: list[dict[str, Any]]) -> None:
        self.todo = [Candidate(c, space.apply(c).trace_json(), None) for c in configs]
        self.seen: list[tuple[dict[str, Any], bool]] = []

    def has_next(self) -> bool:
        return bool(self.todo)

    def next_batch(self, n: int) -> list[Candidate]:
        batch, self.todo = self.todo[:min(n, 2)], self.todo[min(n, 2):]
        return batch

    def update(self, batch: list[Candidate], results: list[MeasureResult]) -> None:
        self.seen.extend((c.config, r.ok) for c, r in zip(batch, results, strict=True))


def test_a_protocol_object_drives_the_search_over_the_space_given(db_path: str) -> None:
    space = _space()
    configs = [c for c in space.enumerate() if space.valid(c)][:3]
    tuner = Listed(space, configs)
    res = tune(workload=SMALL, space=space, strategy=tuner, trials=10, db=db_path,
               executor=FakeExecutor(), remeasure=0, progress=False)
    assert tuner.seen == [(c, True) for c in configs]
    assert res.report.trials == 3 and res.report.stopped == "search space exhausted"
    assert [r.config for r in Database(db_path).records()] == configs


def test_a_strategy_that_is_no_tuner_or_searches_another_space_is_refused(db_path: str) -> None:
    with pytest.raises(TypeError, match="next_batch"):
        tune(workload=SMALL, strategy=object(), db=db_path, progress=False)
    with pytest.raises(ValueError, match="one of"):
        tune(workload=SMALL, strategy="annealing", db=db_path, progress=False)
    with pytest.raises(ValueError, match="its own space"):
        tune(workload=SMALL, strategy=ReverseGrid(_space()), space=_space(), db=db_path,
             progress=False)
