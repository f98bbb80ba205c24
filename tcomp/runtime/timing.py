"""time_kernel: the one timer autotune and benchmarks use (layer 5).

Each repeat runs the function ``number`` times back to back and records the mean time per
call; ``number`` is chosen so one repeat lasts at least ``min_repeat_s``, which keeps timer
resolution and call overhead out of the numbers for tiny kernels. GC is off while timing.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TimingResult:
    """Seconds per call: ``median``, ``min``, ``max``, ``stdev`` over ``all`` repeats."""

    median: float
    min: float
    max: float
    stdev: float
    all: tuple[float, ...]
    number: int = 1

    def __str__(self) -> str:
        return (f"median {self.median * 1e6:.2f} us (min {self.min * 1e6:.2f}, max "
                f"{self.max * 1e6:.2f}, {len(self.all)}x{self.number} calls)")


def time_kernel(fn: Callable[..., Any], args: Sequence[Any] = (), *, warmup: int = 1,
                repeat: int = 5, number: int | None = None,
                min_repeat_s: float = 1e-3) -> TimingResult:
    """Time ``fn(*args)``.

    Args:
        fn: the callable (a CompiledKernel or any function).
        args: its arguments, reused for every call.
        warmup: untimed calls first (page faults, thread pool start-up, caches).
        repeat: timed repeats; statistics are over these.
        number: calls per repeat; None picks it so a repeat takes ``min_repeat_s``.
        min_repeat_s: target duration of one repeat when ``number`` is None.
    """
    if repeat < 1:
        raise ValueError(f"repeat must be >= 1, got {repeat}")
    args = tuple(args)
    clock = time.perf_counter
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        for _ in range(max(0, warmup)):
            fn(*args)
        if number is None:
            number = 1
            while True:
                t0 = clock()
                for _ in range(number):
                    fn(*args)
                elapsed = clock() - t0
                if elapsed >= min_repeat_s or number >= 1 << 20:
                    break
                # aim a bit past the target so the next probe usually succeeds
                number = max(number * 2, int(number * 1.2 * min_repeat_s / max(elapsed, 1e-9)))
        if number < 1:
            raise ValueError(f"number must be >= 1, got {number}")
        samples = []
        for _ in range(repeat):
            t0 = clock()
            for _ in range(number):
                fn(*args)
            samples.append((clock() - t0) / number)
    finally:
        if gc_was_on:
            gc.enable()
    return TimingResult(
        median=statistics.median(samples), min=min(samples), max=max(samples),
        stdev=statistics.stdev(samples) if len(samples) > 1 else 0.0, all=tuple(samples),
        number=number)


__all__ = ["TimingResult", "time_kernel"]
