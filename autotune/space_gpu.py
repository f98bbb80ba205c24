"""The automatic search space for CUDA targets (layer 8): the knobs of the automatic GPU
schedule (``tcomp.autoschedule_gpu``: Ansor's GPU sketch, simplified to what tcomp's GPU
lowering supports), searched by the tuner. Its default config is ``tc.auto_schedule``'s for a
CUDA target; random configs, mutations and crossovers are repaired to the target's limits.
"""

from __future__ import annotations

import random
from typing import Any

import tcomp as tc
from tcomp.autoschedule import const_extent
from tcomp.autoschedule_gpu import GPUSketch, GPUSpaceError

from .space_base import Config, SearchSpace


class GPUAutoSpace(GPUSketch, SearchSpace):
    """Multi-level GPU tiling of every stage of a graph (``GPUSketch``) as a search space."""

    name = "auto-cuda"

    def __init__(self, outputs: list[tc.Tensor], args: list[tc.Tensor],
                 target: Any = "cuda") -> None:
        SearchSpace.__init__(self, outputs, args)
        GPUSketch.__init__(self, outputs, target)

    def random(self, rng: random.Random) -> Config:
        """Per axis a thread tile, then a register tile dividing what is left of it."""
        for _ in range(100):
            cfg = {k: rng.choice(v) for k, v in self.knobs.items()}
            for op in self.ops:
                for iv in op.axis:
                    e, a = const_extent(iv), iv.var.name
                    t = cfg[f"thread:{op.name}:{a}"]
                    cfg[f"reg:{op.name}:{a}"] = rng.choice(
                        [d for d in self.knobs[f"reg:{op.name}:{a}"] if (e // t) % d == 0])
            cfg = self.repair(cfg)
            if self.valid(cfg):
                return cfg
        return self.default()

    def mutate(self, cfg: Config, rng: random.Random, n: int = 1) -> Config:
        return self.repair(super().mutate(cfg, rng, n))

    def crossover(self, a: Config, b: Config, rng: random.Random) -> Config:
        return self.repair(super().crossover(a, b, rng))

    def seeds(self) -> list[Config]:
        """The default, and the plainest kernels: no staging, one element per thread."""
        return [self.default(), self.plain()]


__all__ = ["GPUAutoSpace", "GPUSpaceError"]
