"""Runtime: callable compiled kernels, the compiled-code caches and the timer (layer 5).

Entry point for the build driver::

    kernel = compile_cached(func, target, key_text=final_loop_ir_text, stages=stages)
    kernel(a, b, out)
"""

from __future__ import annotations

from .cache import STATS, KernelCache, cache_key, compile_cached, default_cache
from .kernel import CompiledKernel
from .memory import aligned, empty, is_aligned, zeros
from .timing import TimingResult, time_kernel

__all__ = ["STATS", "CompiledKernel", "KernelCache", "TimingResult", "aligned", "cache_key",
           "compile_cached", "default_cache", "empty", "is_aligned", "time_kernel", "zeros"]
