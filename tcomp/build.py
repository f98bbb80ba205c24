"""The build driver: schedule -> loop IR -> passes -> machine code -> callable (layer 6).

Every stage's text is kept in ``kernel.stages`` (DSL graph, schedule trace, loop IR after
each pass, LLVM IR, assembly), so any of them can be printed when something looks wrong.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from typing import Any, Protocol

from . import config
from .dsl.printer import graph_str
from .dsl.tensor import Tensor
from .errors import TcompError
from .ir.func import PrimFunc
from .schedule.schedule import Schedule

_log = logging.getLogger("tcomp")


def _check(sch: Any, args: Any, what: str) -> list[Tensor]:
    if not isinstance(sch, Schedule):
        raise TypeError(f"{what}: first argument must be a Schedule (tc.create_schedule(...)), "
                        f"got {type(sch).__name__}")
    if isinstance(args, Tensor) or not isinstance(args, Sequence):
        raise TypeError(f"{what}: args must be a list of tensors, e.g. [A, B, C]")
    return list(args)


def lower(sch: Schedule, args: Sequence[Tensor], name: str = "main", *,
          passes: str = "simplify") -> PrimFunc:
    """The loop nest of a schedule, printable with ``print()``.

    ``passes="simplify"`` (default) gives the readable nest, multi-dimensional indices kept;
    ``"none"`` the raw output of lowering; ``"all"`` the IR handed to code generation.
    """
    from . import passes as P
    from .lowering import lower_schedule

    func = lower_schedule(sch, _check(sch, args, "lower"), name)
    if passes == "none":
        return func
    if passes == "simplify":
        return P.run_pipeline(func, P.readable_pipeline())
    if passes == "all":
        from .codegen.target import Target

        return P.run_pipeline(func, P.cpu_pipeline(Target.host().vector_bits))
    raise ValueError(f"lower(passes={passes!r}): expected 'none', 'simplify' or 'all'")


def workload_key(outputs: Sequence[Tensor], args: Sequence[Tensor]) -> str:
    """Structural hash of a computation: its DSL graph plus the arguments' names, shapes and
    dtypes. Tuning records and the build log are keyed by it."""
    sig = "|".join(f"{t.name}:{t.dtype}[{','.join(map(repr, t.shape))}]" for t in args)
    return hashlib.sha256(f"{graph_str(list(outputs))}\n{sig}".encode()).hexdigest()[:24]


class TuningDatabase(Protocol):
    """What ``build`` needs from a tuning database (``autotune`` provides one)."""

    def lookup(self, workload_key: str, target: Any) -> tuple[str, str] | None:
        """``(schedule trace JSON, record id)`` of the best record for this hardware."""


_default_db: TuningDatabase | None = None
_told: set[str] = set()
BUILD_LOG: list[dict[str, Any]] = []  # one entry per build: which schedule each workload ran


def set_tuning_database(db: TuningDatabase | None) -> None:
    """Make ``build`` look up tuned schedules in ``db`` (``None`` turns that off)."""
    global _default_db
    _default_db = db


def _apply_tuned(sch: Schedule, args: list[Tensor], tgt: Any, name: str,
                 db: TuningDatabase | None) -> tuple[Schedule, dict[str, Any]]:
    from .schedule import replay

    key = workload_key(sch.outputs, args)
    entry: dict[str, Any] = {"workload": key, "name": name, "target": str(tgt),
                             "tuned": False, "record": None}
    if db is not None:
        found = db.lookup(key, tgt)
        if found is not None:
            trace, record = found
            entry.update(tuned=True, record=record)
            return replay(sch.outputs, trace), entry
        if key not in _told:
            _told.add(key)
            _log.info("no tuning record for workload '%s' (%s) on %s; using the schedule given",
                      name, key, tgt)
    return sch, entry


def build(sch: Schedule, args: Sequence[Tensor], target: Any = "llvm", name: str = "main", *,
          fast_math: bool = False, database: TuningDatabase | None = None) -> Any:
    """Compile a schedule into a callable kernel taking numpy arrays in ``args`` order.

    With a tuning database (``database=`` or ``set_tuning_database``) that holds a record of
    this workload for this hardware, the best recorded schedule replaces ``sch``; every build
    is logged in ``BUILD_LOG`` with the schedule it used. Builds are cached by the content
    of the final loop IR, the target and the options, in memory and on disk (object code
    plus JSON; see ``TCOMP_CACHE_DIR``), so rebuilding the same kernel, in this process or
    another, does not run LLVM again.
    """
    from . import passes as P
    from .codegen.target import Target
    from .lowering import lower_schedule
    from .runtime import compile_cached

    args = _check(sch, args, "build")
    tgt = target if isinstance(target, Target) else Target.parse(str(target))
    sch, entry = _apply_tuned(sch, args, tgt, name, database or _default_db)
    BUILD_LOG.append(entry)
    cfg = config.get()
    stages: dict[str, str] = {"dsl": graph_str(sch.outputs), "schedule": sch.trace_str()}
    t0 = time.perf_counter()
    func = lower_schedule(sch, args, name)
    stages["lowered"] = str(func)
    if not fast_math and getattr(sch, "reassociate_floats", False):
        fast_math = "reassoc"  # type: ignore[assignment]  # the codegen's middle mode
    if tgt.kind == "cuda":
        # The GPU path owns its pipeline (thread-bound loops, host/device split) and runtime.
        from .codegen.cuda import compile_cuda

        return compile_cuda(func, tgt, stages=stages, fast_math=fast_math)

    def record(pass_name: str, f: PrimFunc) -> None:
        stages[f"pass:{len(stages):02d}:{pass_name}"] = str(f)

    func = P.run_pipeline(func, P.cpu_pipeline(tgt.vector_bits), on_stage=record)
    stages["ir"] = str(func)
    if cfg.debug >= 1:
        import sys

        print(f"[tcomp] lowered '{name}' in {(time.perf_counter() - t0) * 1e3:.1f} ms",
              file=sys.stderr)
    if cfg.debug >= 2:
        print(stages["ir"])
    if tgt.kind != "llvm":
        raise TcompError(f"target {tgt.kind!r} is not supported by build()")
    return compile_cached(func, tgt, key_text=stages["ir"], fast_math=fast_math, stages=stages)
