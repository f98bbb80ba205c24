"""Learning-rate schedulers as ``torch.optim.lr_scheduler``'s: each ``step()`` writes the next
rate into the optimizer's ``param_groups`` (layer 9).

The rules are PyTorch's chainable ones (each rate is computed from the group's current one),
with the same floating-point operations, so a schedule gives torch's sequence and composes
with hand edits of ``lr`` the same way. The rate reaches the update kernel as an input, so a
schedule compiles nothing.
"""

from __future__ import annotations

import copy
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ...errors import ArgumentTypeError, ArgumentValueError
from . import Optimizer


def _positive_int(where: str, name: str, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
        raise ArgumentValueError(f"{where}: {name} must be a positive int, got {v!r}")
    return v


def _per_group(where: str, name: str, opt: Optimizer, v: Any) -> list[Any]:
    """``v`` for each group: one value for all, or a list with one per group."""
    if isinstance(v, (list, tuple)):
        if len(v) != len(opt.param_groups):
            raise ArgumentValueError(f"{where}: expected {len(opt.param_groups)} values of "
                                     f"{name} (one per parameter group), got {len(v)}")
        return list(v)
    return [v] * len(opt.param_groups)


class LRScheduler:
    """Base: ``step()`` after each ``optimizer.step()`` (or epoch), ``get_last_lr()``,
    ``state_dict()``/``load_state_dict()``. ``last_epoch=-1`` starts a schedule (recording
    each group's ``initial_lr``); a larger value resumes one."""

    def __init__(self, optimizer: Optimizer, last_epoch: int = -1):
        if not isinstance(optimizer, Optimizer):
            raise ArgumentTypeError(f"{type(self).__name__}: {type(optimizer).__name__} is "
                                    "not an Optimizer")
        self.optimizer = optimizer
        for n, g in enumerate(optimizer.param_groups):
            if last_epoch == -1:
                g.setdefault("initial_lr", g["lr"])
            elif "initial_lr" not in g:
                raise ArgumentValueError(
                    f"{type(self).__name__}: param 'initial_lr' is not specified in "
                    f"param_groups[{n}] when resuming with last_epoch={last_epoch}; load the "
                    "optimizer's state_dict first, or start with last_epoch=-1")
        self.base_lrs = [g["initial_lr"] for g in optimizer.param_groups]
        self.last_epoch = last_epoch
        self._step_count = 0
        self._is_initial = True
        self.step()
        self._is_initial = False

    def get_lr(self) -> list[float]:
        """The rates of the step being taken (``last_epoch`` already advanced)."""
        raise NotImplementedError

    def _lrs(self) -> list[float]:
        return [g["lr"] for g in self.optimizer.param_groups]

    def step(self) -> None:
        """Advance the schedule one step and set each group's ``lr``."""
        self._step_count += 1
        self.last_epoch += 1
        for g, lr in zip(self.optimizer.param_groups, self.get_lr(), strict=True):
            g["lr"] = lr
        self._last_lr = self._lrs()

    def get_last_lr(self) -> list[float]:
        """The rates the last ``step()`` set, one per parameter group."""
        return list(self._last_lr)

    def state_dict(self) -> dict[str, Any]:
        """The schedule's position and settings (everything but the optimizer)."""
        return copy.deepcopy({k: v for k, v in vars(self).items() if k not in self._unsaved})

    _unsaved: tuple[str, ...] = ("optimizer",)

    def load_state_dict(self, state_dict: Mapping[str, Any]) -> None:
        """Restore a ``state_dict()`` of the same kind of scheduler; its keys must match."""
        mine = self.state_dict()
        if not isinstance(state_dict, Mapping) or set(state_dict) != set(mine):
            got = sorted(state_dict) if isinstance(state_dict, Mapping) else state_dict
            raise ArgumentValueError(f"{type(self).__name__}.load_state_dict: expected the "
                                     f"keys {sorted(mine)}, got {got}")
        self.__dict__.update(copy.deepcopy(dict(state_dict)))


class LambdaLR(LRScheduler):
    """``lr = initial_lr * lr_lambda(epoch)``; one function for all groups or one per group.
    The functions are not part of ``state_dict()`` (as torch's, for plain functions)."""

    _unsaved = ("optimizer", "lr_lambdas")

    def __init__(self, optimizer: Optimizer, lr_lambda: Callable[[int], float]
                 | Sequence[Callable[[int], float]], last_epoch: int = -1):
        self.lr_lambdas = _per_group("LambdaLR", "lr_lambda", optimizer, lr_lambda)
        if not all(callable(f) for f in self.lr_lambdas):
            raise ArgumentTypeError(f"LambdaLR: lr_lambda must be callable (or a list of "
                                    f"callables), got {lr_lambda!r}")
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        return [b * f(self.last_epoch) for b, f in zip(self.base_lrs, self.lr_lambdas,
                                                        strict=True)]


class StepLR(LRScheduler):
    """Multiply the rate by ``gamma`` every ``step_size`` steps."""

    def __init__(self, optimizer: Optimizer, step_size: int, gamma: float = 0.1,
                 last_epoch: int = -1):
        self.step_size = _positive_int("StepLR", "step_size", step_size)
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch == 0 or self.last_epoch % self.step_size:
            return self._lrs()
        return [lr * self.gamma for lr in self._lrs()]


class MultiStepLR(LRScheduler):
    """Multiply the rate by ``gamma`` at each of the ``milestones`` (step counts; a milestone
    listed twice multiplies twice)."""

    def __init__(self, optimizer: Optimizer, milestones: Sequence[int], gamma: float = 0.1,
                 last_epoch: int = -1):
        for m in milestones:
            if isinstance(m, bool) or not isinstance(m, int) or m < 0:
                raise ArgumentValueError(f"MultiStepLR: milestones must be ints >= 0, got "
                                         f"{list(milestones)}")
        self.milestones = dict(sorted(Counter(milestones).items()))
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        if self.last_epoch not in self.milestones:
            return self._lrs()
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in self._lrs()]


class ExponentialLR(LRScheduler):
    """Multiply the rate by ``gamma`` every step."""

    def __init__(self, optimizer: Optimizer, gamma: float, last_epoch: int = -1):
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        return self._lrs() if self._is_initial else [lr * self.gamma for lr in self._lrs()]


class CosineAnnealingLR(LRScheduler):
    """``eta_min + (initial_lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2``, continued as
    a cosine wave past ``T_max`` (no restart), by torch's recursive form."""

    def __init__(self, optimizer: Optimizer, T_max: int, eta_min: float = 0.0,
                 last_epoch: int = -1):
        self.T_max = _positive_int("CosineAnnealingLR", "T_max", T_max)
        self.eta_min = eta_min
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        e, t, lo = self.last_epoch, self.T_max, self.eta_min
        if self._is_initial:
            return self._lrs()
        if self._step_count == 1 and e > 0:
            return [lo + (b - lo) * (1 + math.cos(e * math.pi / t)) / 2 for b in self.base_lrs]
        if (e - 1 - t) % (2 * t) == 0:
            return [lr + (b - lo) * (1 - math.cos(math.pi / t)) / 2
                    for b, lr in zip(self.base_lrs, self._lrs(), strict=True)]
        return [(1 + math.cos(math.pi * e / t)) / (1 + math.cos(math.pi * (e - 1) / t))
                * (lr - lo) + lo for lr in self._lrs()]


class LinearLR(LRScheduler):
    """Scale the rate linearly from ``start_factor`` to ``end_factor`` over ``total_iters``
    steps, then keep it."""

    def __init__(self, optimizer: Optimizer, start_factor: float = 1.0 / 3,
                 end_factor: float = 1.0, total_iters: int = 5, last_epoch: int = -1):
        if not 0 < start_factor <= 1:
            raise ArgumentValueError(f"LinearLR: start_factor must be in (0, 1], got "
                                     f"{start_factor!r}")
        if not 0 <= end_factor <= 1:
            raise ArgumentValueError(f"LinearLR: end_factor must be in [0, 1], got "
                                     f"{end_factor!r}")
        self.start_factor, self.end_factor = start_factor, end_factor
        self.total_iters = _positive_int("LinearLR", "total_iters", total_iters)
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list[float]:
        e, s, d = self.last_epoch, self.start_factor, self.end_factor - self.start_factor
        if e == 0:
            return [lr * s for lr in self._lrs()]
        if self._is_initial or e > self.total_iters:
            return self._lrs()
        return [lr * (1.0 + d / (self.total_iters * s + (e - 1) * d)) for lr in self._lrs()]


class OneCycleLR(LRScheduler):
    """The 1cycle policy (Smith & Topin): the rate rises from ``max_lr / div_factor`` to
    ``max_lr`` over ``pct_start`` of ``total_steps``, then anneals to ``initial_lr /
    final_div_factor``; momentum (SGD's ``momentum``, Adam's ``betas[0]``) cycles the other
    way between ``max_momentum`` and ``base_momentum``. ``three_phase`` returns to the
    initial rate before the final anneal. As torch's, stepping past ``total_steps`` is an
    error."""

    def __init__(self, optimizer: Optimizer, max_lr: float | Sequence[float],
                 total_steps: int | None = None, epochs: int | None = None,
                 steps_per_epoch: int | None = None, pct_start: float = 0.3,
                 anneal_strategy: str = "cos", cycle_momentum: bool = True,
                 base_momentum: float | Sequence[float] = 0.85,
                 max_momentum: float | Sequence[float] = 0.95, div_factor: float = 25.0,
                 final_div_factor: float = 1e4, three_phase: bool = False,
                 last_epoch: int = -1):
        w = "OneCycleLR"
        if total_steps is None:
            if epochs is None or steps_per_epoch is None:
                raise ArgumentValueError(f"{w}: give total_steps, or epochs and "
                                         "steps_per_epoch")
            total_steps = _positive_int(w, "epochs", epochs) * _positive_int(
                w, "steps_per_epoch", steps_per_epoch)
        self.total_steps = _positive_int(w, "total_steps", total_steps)
        if isinstance(pct_start, bool) or not isinstance(pct_start, (int, float)) \
                or not 0 <= pct_start <= 1:
            raise ArgumentValueError(f"{w}: pct_start must be a number in [0, 1], got "
                                     f"{pct_start!r}")
        if anneal_strategy not in ("cos", "linear"):
            raise ArgumentValueError(f"{w}: anneal_strategy must be 'cos' or 'linear', got "
                                     f"{anneal_strategy!r}")
        self.anneal_strategy = anneal_strategy
        up = float(pct_start * self.total_steps) - 1
        names = ["initial_lr", "max_lr", "min_lr"]
        ends = [up, 2 * up, self.total_steps - 1] if three_phase else [up, self.total_steps - 1]
        lrs = [(0, 1), (1, 0), (0, 2)] if three_phase else [(0, 1), (1, 2)]
        moms = [(1, 0), (0, 1), (1, 1)] if three_phase else [(1, 0), (0, 1)]
        m = ["base_momentum", "max_momentum"]
        self._phases = [{"end_step": e, "start_lr": names[a], "end_lr": names[b],
                         "start_momentum": m[c], "end_momentum": m[d]}
                        for e, (a, b), (c, d) in zip(ends, lrs, moms, strict=True)]
        self.cycle_momentum = bool(cycle_momentum)
        self.use_beta1 = "betas" in optimizer.defaults
        if self.cycle_momentum and not self.use_beta1 and "momentum" not in optimizer.defaults:
            raise ArgumentValueError(f"{w}: cycle_momentum=True needs an optimizer with "
                                     "momentum or betas")
        if last_epoch == -1:
            top = _per_group(w, "max_lr", optimizer, max_lr)
            hi = _per_group(w, "max_momentum", optimizer, max_momentum)
            lo = _per_group(w, "base_momentum", optimizer, base_momentum)
            for g, mx, h, b in zip(optimizer.param_groups, top, hi, lo, strict=True):
                g.update(initial_lr=mx / div_factor, max_lr=mx,
                         min_lr=mx / div_factor / final_div_factor)
                if self.cycle_momentum:
                    self._set_momentum(g, h)
                    g.update(max_momentum=h, base_momentum=b)
        super().__init__(optimizer, last_epoch)

    def _set_momentum(self, group: dict[str, Any], m: float) -> None:
        if self.use_beta1:
            group["betas"] = (m, *group["betas"][1:])
        else:
            group["momentum"] = m

    def _anneal(self, start: float, end: float, pct: float) -> float:
        if self.anneal_strategy == "cos":
            return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
        return (end - start) * pct + start

    def get_lr(self) -> list[float]:
        e = self.last_epoch
        if e > self.total_steps:
            raise ArgumentValueError(f"OneCycleLR: stepped {e} times, past total_steps="
                                     f"{self.total_steps}")
        lrs = []
        for g in self.optimizer.param_groups:
            start = 0.0
            for k, ph in enumerate(self._phases):
                if e <= ph["end_step"] or k == len(self._phases) - 1:
                    pct = (e - start) / (ph["end_step"] - start)
                    lrs.append(self._anneal(g[ph["start_lr"]], g[ph["end_lr"]], pct))
                    if self.cycle_momentum:
                        self._set_momentum(g, self._anneal(
                            g[ph["start_momentum"]], g[ph["end_momentum"]], pct))
                    break
                start = ph["end_step"]
        return lrs


__all__ = ["CosineAnnealingLR", "ExponentialLR", "LRScheduler", "LambdaLR", "LinearLR",
           "MultiStepLR", "OneCycleLR", "StepLR"]
