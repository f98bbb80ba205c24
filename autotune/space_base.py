"""The search-space interface every space implements, and the config of the automatic default
(layer 8).

A config is a dict knob -> value (JSON). ``SearchSpace`` holds the knobs and their candidate
values and gives the search what it needs from any space: the default and seed configs,
random draws, mutation, crossover and enumeration; a subclass turns a config into a Schedule
(``apply``) and may reject configs (``valid``). The spaces themselves are
``autotune.space.TemplateSpace``, ``autotune.space_auto.AutoSpace`` and
``autotune.space_gpu.GPUAutoSpace``.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from typing import Any

import tcomp as tc

Config = dict[str, Any]

# The config of the automatic default (``tc.auto_schedule``, what ``tc.build(outputs, args)``
# compiles without a record) in a template's space: its first seed on a CPU, so a tuning run
# measures it beside the template's candidates and its best is never slower than the untuned
# build. (In the automatic space the default config is the automatic default itself.)
AUTO_DEFAULT = "auto_default"


class SearchSpace:
    """Knobs and their candidate values; subclasses turn a config into a schedule."""

    name = "space"
    target: Any = None

    def __init__(self, outputs: list[tc.Tensor], args: list[tc.Tensor]) -> None:
        self.outputs = list(outputs)
        self.args = list(args)
        self.knobs: dict[str, list[Any]] = {}

    def apply(self, cfg: Config) -> tc.Schedule:
        raise NotImplementedError

    def valid(self, cfg: Config) -> bool:
        return True

    def default(self) -> Config:
        """A reasonable first candidate (the first value of every knob)."""
        return {k: v[0] for k, v in self.knobs.items()}

    def auto_default(self) -> Config | None:
        """The config standing for ``tc.auto_schedule`` on this space's CPU target (None
        for other targets, and for the automatic space, whose default it is):
        ``{"auto_default": True}``, applied by ``_apply_auto``."""
        return {AUTO_DEFAULT: True} if self.target is not None \
            and self.target.kind == "llvm" else None

    def _apply_auto(self) -> tc.Schedule:
        return tc.auto_schedule(self.outputs, target=self.target)

    def seeds(self) -> list[Config]:
        """The first candidates a search measures: the automatic default (CPU), the space's
        default, and one per sketch."""
        auto = self.auto_default()
        return ([auto] if auto else []) + [self.default()]

    def _full(self, cfg: Config) -> Config:
        """``cfg`` with every knob: the auto default's stands for the space's default."""
        return self.default() if cfg.get(AUTO_DEFAULT) else cfg

    @property
    def size(self) -> int:
        return math.prod(len(v) for v in self.knobs.values())

    def random(self, rng: random.Random) -> Config:
        for _ in range(100):
            cfg = {k: rng.choice(v) for k, v in self.knobs.items()}
            if self.valid(cfg):
                return cfg
        return self.default()

    def mutate(self, cfg: Config, rng: random.Random, n: int = 1) -> Config:
        cfg = self._full(cfg)
        out = dict(cfg)
        names = [k for k, v in self.knobs.items() if len(v) > 1]
        for k in rng.sample(names, min(n, len(names))):
            out[k] = rng.choice([v for v in self.knobs[k] if v != cfg.get(k)])
        return out

    def crossover(self, a: Config, b: Config, rng: random.Random) -> Config:
        a, b = self._full(a), self._full(b)
        return {k: (a if rng.random() < 0.5 else b)[k] for k in self.knobs}

    def enumerate(self) -> Iterator[Config]:
        names = list(self.knobs)
        for values in itertools.product(*(self.knobs[n] for n in names)):
            cfg = dict(zip(names, values, strict=False))
            if self.valid(cfg):
                yield cfg

    def describe(self) -> str:
        return f"{self.name}: {len(self.knobs)} knobs, {self.size} configs"


__all__ = ["AUTO_DEFAULT", "Config", "SearchSpace"]
