"""time_kernel: the one timer autotune and benchmarks use (layer 5).

Each repeat runs the function ``number`` times back to back and records the mean time per
call; ``number`` is chosen so one repeat lasts at least ``min_repeat_s``, which keeps timer
resolution and call overhead out of the numbers for tiny kernels. Untimed calls fill
``warmup_s`` first. GC is off while timing. The defaults are the protocol the tuner's runner
uses too (``autotune.MeasureOptions``).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# The one protocol the tuner's runner and the benchmarks share (autotune.MeasureOptions takes
# its defaults from here), so the runner's figure predicts an in-process call.
REPEAT = 5
WARMUP = 1
MIN_REPEAT_S = 2e-3
# A kernel called again after a pause runs slow for several milliseconds: a layer norm whose
# 32 MB of operands share an L3 with other tenants took 0.88 ms on its first call after 0.4 s
# idle and settled near 0.53 ms after about ten calls; one warm-up call measured it 10-25%
# slower than the tuner's runner, whose correctness check and longer probe had warmed it.
WARMUP_S = 10e-3


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


def time_kernel(fn: Callable[..., Any], args: Sequence[Any] = (), *, warmup: int = WARMUP,
                repeat: int = REPEAT, number: int | None = None,
                min_repeat_s: float = MIN_REPEAT_S, warmup_s: float = WARMUP_S
                ) -> TimingResult:
    """Time ``fn(*args)``.

    Args:
        fn: the callable (a CompiledKernel or any function).
        args: its arguments, reused for every call.
        warmup: untimed calls first (page faults, thread pool start-up, caches).
        warmup_s: and untimed calls until the warm-up has lasted this long (see WARMUP_S).
        repeat: timed repeats; statistics are over these.
        number: calls per repeat; None picks it so a repeat takes ``min_repeat_s``.
        min_repeat_s: target duration of one repeat when ``number`` is None.
    """
    if repeat < 1:
        raise ValueError(f"repeat must be >= 1, got {repeat}")
    if not warmup_s >= 0:
        raise ValueError(f"warmup_s must be >= 0 seconds, got {warmup_s}")
    args = tuple(args)
    clock = time.perf_counter
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        t_warm = clock()
        for _ in range(max(0, warmup)):
            fn(*args)
        while warmup_s > 0 and clock() - t_warm < warmup_s:
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
