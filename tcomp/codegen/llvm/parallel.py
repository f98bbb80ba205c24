"""The thread runtime of PARALLEL loops, loaded once per process and controlled from Python
(layer 5).

``ensure_runtime`` compiles ``thread_pool.runtime_ir`` (the pool, written in LLVM IR: see
``thread_pool.py`` for how it dispatches, binds workers and sleeps), fills in the CPU each
worker binds itself to (``worker_cpus``), registers ``tcomp_rt_parallel_for`` for kernel
modules and keeps the code for the life of the process. ``runtime_stats`` and ``set_spin``
read and write the pool's globals by address.
"""

from __future__ import annotations

import ctypes
import platform
import threading
from dataclasses import dataclass

import llvmlite.binding as llvm

from .emit import RUNTIME_PARALLEL_FOR
from .thread_pool import (
    BOUND_GLOBAL,
    CPU_SET_WORDS,
    CPUS_GLOBAL,
    DEFAULT_SPIN,
    MAX_THREADS,
    NWORKERS_GLOBAL,
    SPIN_GLOBAL,
    STAT_GLOBALS,
    runtime_ir,
)


@dataclass
class _Runtime:
    address: int
    globals: dict[str, int]


_runtime: _Runtime | None = None
_runtime_lock = threading.Lock()


def ensure_runtime() -> _Runtime:
    """Compile and load the thread runtime once per process and register its symbol."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            from ..target import Target
            from .jit import LoadedModule, compile_ir

            target = Target.host()
            obj = compile_ir(runtime_ir(target.resolved_triple), target, RUNTIME_PARALLEL_FOR,
                             uses_parallel=False, count_as="runtime_codegen")
            loaded = LoadedModule(obj)
            names = (*STAT_GLOBALS, SPIN_GLOBAL, NWORKERS_GLOBAL, CPUS_GLOBAL, BOUND_GLOBAL)
            addrs = {n: loaded.engine.get_global_value_address(n) for n in names}
            cells = (ctypes.c_int32 * MAX_THREADS).from_address(addrs[CPUS_GLOBAL])
            bound = (ctypes.c_uint64 * CPU_SET_WORDS).from_address(addrs[BOUND_GLOBAL])
            for w, cpu in enumerate(worker_cpus()):
                cells[w] = cpu
                if cpu >= 0:
                    bound[cpu // 64] |= 1 << (cpu % 64)
            llvm.add_symbol(RUNTIME_PARALLEL_FOR, loaded.address)
            # Never free this code: pool threads live (asleep) until the process exits.
            loaded.engine.detach()
            _runtime = _Runtime(loaded.address, addrs)
        return _runtime


def worker_cpus(allowed: set[int] | None = None, bind: bool | None = None) -> list[int]:
    """The CPU each pool worker binds itself to (worker k: index k - 1), -1 for none.

    Workers 1..n-1 get the 2nd..n-th CPU of the allowed set (``os.sched_getaffinity``, what
    ``taskset`` or a container gives), leaving the first to the calling thread, which is not
    bound; workers beyond the set's size stay unbound. Nothing is bound off Linux, with one
    allowed CPU, or with ``TCOMP_BIND_THREADS=0``.
    """
    import os

    from ... import config

    if bind is None:
        bind = config.get().bind_threads
    if not bind:
        return []
    if allowed is None:
        if platform.system() != "Linux" or not hasattr(os, "sched_getaffinity"):
            return []
        allowed = os.sched_getaffinity(0)
    cpus = sorted(allowed)
    return [c if c < 64 * CPU_SET_WORDS else -1 for c in cpus[1:MAX_THREADS]]


def runtime_stats() -> dict[str, int]:
    """Counters: ``dispatches`` (pool runs), ``worker_chunks`` (chunks run by pool threads),
    ``serial`` (dispatches that found the pool busy and ran serially), ``moves`` (dispatches
    whose caller stepped off a worker's CPU), ``workers`` (started).
    """
    rt = ensure_runtime()
    out = {n.removeprefix("tcomp_rt_stat_"): ctypes.c_int64.from_address(rt.globals[n]).value
           for n in STAT_GLOBALS}
    out["workers"] = ctypes.c_int32.from_address(rt.globals[NWORKERS_GLOBAL]).value
    return out


def set_spin(iterations: int) -> int:
    """Set how long idle threads spin before sleeping; returns the old value."""
    rt = ensure_runtime()
    cell = ctypes.c_int32.from_address(rt.globals[SPIN_GLOBAL])
    old = cell.value
    cell.value = max(0, int(iterations))
    return old


__all__ = ["DEFAULT_SPIN", "MAX_THREADS", "ensure_runtime", "runtime_ir", "runtime_stats",
           "set_spin", "worker_cpus"]
