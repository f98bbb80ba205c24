"""Environment flags, read once at import, with a context manager to override them (layer 0).

- ``TCOMP_DEBUG``      0..5: print pass names and timings (1), final loop IR (2), every stage (3+)
- ``TCOMP_DUMP_DIR``   write each stage of each build to numbered files in this folder
- ``TCOMP_VERIFY``     1: run ir.verify after every pass (tests turn it on)
- ``TCOMP_CACHE_DIR``  on-disk cache of compiled kernels (default: platform cache dir)
- ``TCOMP_NO_DISK_CACHE`` 1: never read or write the disk cache
- ``TCOMP_NUM_THREADS`` threads for ``parallel`` loops (default: the CPUs this process may
  use, ``os.sched_getaffinity``, so ``taskset`` and container limits count)
- ``TCOMP_BIND_THREADS`` 0: the thread pool's workers stay unbound (default: each is bound to
  one CPU of the allowed set; see ``codegen/llvm/parallel.py``)
- ``TCOMP_BOUNDS_CHECK`` 1: builds check every access not proved in bounds at run time, as
  ``tc.build(..., bounds_check=True)`` (default: only indices read from memory are checked)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace


def platform_cache_dir() -> str:
    """tcomp's folder in the platform cache directory: ``$XDG_CACHE_HOME/tcomp``, else
    ``~/.cache/tcomp``. The default of ``TCOMP_CACHE_DIR`` and of the tuning database's
    folder (``autotune.database.default_path``); read from the environment at each call."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tcomp")


def allowed_cpus() -> int:
    """How many CPUs this process may run on (its affinity mask: ``taskset``, containers)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Config:
    debug: int = 0
    dump_dir: str = ""
    verify: bool = False
    cache_dir: str = ""
    disk_cache: bool = True
    num_threads: int = 0
    bounds_check: bool = False
    bind_threads: bool = True

    @classmethod
    def from_env(cls) -> Config:
        env = os.environ
        return cls(
            debug=int(env.get("TCOMP_DEBUG", "0") or 0),
            dump_dir=env.get("TCOMP_DUMP_DIR", ""),
            verify=env.get("TCOMP_VERIFY", "0") not in ("", "0"),
            cache_dir=env.get("TCOMP_CACHE_DIR", "") or platform_cache_dir(),
            disk_cache=env.get("TCOMP_NO_DISK_CACHE", "0") in ("", "0"),
            num_threads=int(env.get("TCOMP_NUM_THREADS", "0") or 0) or allowed_cpus(),
            bounds_check=env.get("TCOMP_BOUNDS_CHECK", "0") not in ("", "0"),
            bind_threads=env.get("TCOMP_BIND_THREADS", "1") not in ("", "0"),
        )


_current = Config.from_env()


def get() -> Config:
    """The configuration in force."""
    return _current


@contextlib.contextmanager
def override(**changes: object) -> Iterator[Config]:
    """Temporarily change flags: ``with config.override(verify=True): ...``."""
    global _current
    names = {f.name for f in fields(Config)}
    bad = set(changes) - names
    if bad:
        raise TypeError(f"unknown config flag(s) {sorted(bad)}; known: {sorted(names)}")
    old = _current
    _current = replace(old, **changes)  # type: ignore[arg-type]
    try:
        yield _current
    finally:
        _current = old
