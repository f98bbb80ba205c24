"""The search strategies alone: each tuner driven through next_batch / update / has_next with
made-up measurements on a toy space (nothing is lowered, built or timed)."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pytest

import tcomp as tc
from autotune import EvolutionaryTuner, GridTuner, MeasureResult, RandomTuner, SearchSpace, Tuner
from autotune.cost_model import CostModel
from autotune.database import config_hash
from autotune.search import Candidate


class _Schedule:
    """Stands for a schedule: a tuner reads only its trace (and gives it to ``features``)."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg

    def trace_json(self) -> str:
        return json.dumps(self.cfg, sort_keys=True)


class Toy(SearchSpace):
    """Knobs x, y, z in 0..top. x == y == top can't be scheduled; with x == 0, z makes no
    difference (those configs give one schedule)."""

    name = "toy"

    def __init__(self, size: int) -> None:
        super().__init__([], [])
        self.top = size - 1
        self.knobs = {k: list(range(size)) for k in "xyz"}

    def apply(self, cfg: dict[str, Any]) -> Any:
        if cfg["x"] == cfg["y"] == self.top:
            raise tc.ScheduleError(f"x and y can't both be {self.top}")
        return _Schedule({**cfg, "z": 0} if cfg["x"] == 0 else cfg)


def features(s: _Schedule) -> np.ndarray:
    return np.array([s.cfg["x"], s.cfg["y"], s.cfg["z"]], dtype=float)


def seconds(cfg: dict[str, Any]) -> float:
    """Made-up run time: log-linear, fastest at high x, y, z."""
    return 1e-3 * math.exp(-(0.3 * cfg["x"] + 0.2 * cfg["y"] + 0.1 * cfg["z"]))


def measure(batch: list[Candidate], fail_z: int | None = None) -> list[MeasureResult]:
    return [MeasureResult(False, error="crashed") if c.config["z"] == fail_z
            else MeasureResult(True, [seconds(c.config)]) for c in batch]


def drive(tuner: Tuner, batches: int, n: int = 8, **kw: Any) -> list[list[Candidate]]:
    """Up to ``batches`` rounds of next_batch and update; the batches proposed."""
    out = []
    for _ in range(batches):
        if not tuner.has_next():
            break
        batch = tuner.next_batch(n)
        tuner.update(batch, measure(batch, **kw))
        out.append(batch)
    return out


def test_grid_tuner_proposes_every_new_schedule_once_in_order_then_stops() -> None:
    sp = Toy(3)
    measured_before = {"x": 1, "y": 1, "z": 1}
    tuner = GridTuner(sp, known=[config_hash(measured_before)], features=features)
    batches = drive(tuner, 100, n=4)
    got = [c.config for b in batches for c in b]
    # 27 configs: 3 can't be scheduled, 6 repeat the schedule of (0, y, 0), 1 is known
    expected = [c for c in sp.enumerate() if c != measured_before
                and not c["x"] == c["y"] == 2 and not (c["x"] == 0 and c["z"] > 0)]
    assert got == expected and len(got) == 17
    assert [len(b) for b in batches] == [4, 4, 4, 4, 1]
    assert not tuner.has_next() and tuner.next_batch(4) == []
    assert len(tuner.rejected) == 3 and tuner.skipped_known == 1
    assert "x and y can't both be 2" in tuner.rejected[0] and '"x": 2' in tuner.rejected[0]
    assert tuner.trials == 17 and len(tuner.measured) == 17
    assert all(c.trace == json.dumps(c.config, sort_keys=True) for b in batches for c in b)
    assert all(np.array_equal(c.features, [c.config[k] for k in "xyz"])
               for b in batches for c in b)


def test_random_tuner_starts_with_the_seeds_and_is_repeatable() -> None:
    sp = Toy(8)

    def run(seed: int) -> list[dict[str, Any]]:
        batches = drive(RandomTuner(sp, seed=seed, features=features), 10)
        assert all(len(b) == 8 for b in batches)
        return [c.config for b in batches for c in b]

    first = run(1)
    assert first[0] == sp.default()  # the space's seeds come first
    assert first == run(1) and first != run(2)
    hashes = {config_hash(c) for c in first}
    traces = {json.dumps({**c, "z": 0} if c["x"] == 0 else c, sort_keys=True) for c in first}
    assert len(hashes) == len(traces) == 80  # no config, no schedule proposed twice


def test_update_keeps_successes_and_no_config_comes_twice() -> None:
    sp = Toy(4)
    tuner = RandomTuner(sp, seed=0, features=features)
    batches = drive(tuner, 3, fail_z=1)
    proposed = [c.config for b in batches for c in b]
    ok = [c for c in proposed if c["z"] != 1]
    assert tuner.trials == len(proposed) == 24 and 0 < len(ok) < 24
    assert sorted(map(config_hash, (c for _, c in tuner.measured))) == \
        sorted(map(config_hash, ok))
    assert all(t == pytest.approx(seconds(c)) for t, c in tuner.measured)
    with pytest.raises(ValueError):  # results for another batch
        tuner.update(batches[0], [])


def test_evolutionary_tuner_follows_random_until_trained_then_beats_it() -> None:
    sp = Toy(8)  # 512 configs, the fastest ones at high x, y and z

    def tuners() -> tuple[EvolutionaryTuner, RandomTuner]:
        return (EvolutionaryTuner(sp, seed=4, features=features, model=CostModel("ridge", 4)),
                RandomTuner(sp, seed=4, features=features))

    evo, rnd = tuners()
    assert [c.config for c in evo.next_batch(8)] == [c.config for c in rnd.next_batch(8)]
    assert not evo.model.trained  # nothing measured yet
    evo, rnd = tuners()
    evo_batches, rnd_batches = drive(evo, 12), drive(rnd, 12)
    assert evo.model.trained and len(evo.model.y) == evo.trials == 96
    times = sorted(seconds(c) for c in sp.enumerate() if not c["x"] == c["y"] == 7)
    fast = times[len(times) // 10]  # the fastest tenth of the space is at most this slow
    late = [float(np.mean([seconds(c.config) <= fast for b in bs[6:] for c in b]))
            for bs in (evo_batches, rnd_batches)]
    # bred from the best configs and ranked by a model that fits this cost exactly, the
    # evolutionary batches hold several times the random ones' share of fast configs
    assert late[0] >= 0.3 and late[0] > 2 * late[1], late
    best = min(seconds(c.config) for b in evo_batches for c in b)
    assert best <= seconds({"x": 7, "y": 6, "z": 5})
