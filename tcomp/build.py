"""The build driver: schedule -> loop IR -> passes -> machine code -> callable (layer 6).

Every stage's text is kept in ``kernel.stages`` (DSL graph, schedule trace, lowering's
phases, loop IR after each pass, LLVM IR, assembly), so any of them can be printed when
something looks wrong. Lowering's phases are ``phase:placement``, ``phase:regions`` (printed
on first access) and ``lowered`` (the emitted nest), as ``tc.lower(..., phases=True)`` shows
them.

Which schedule a build compiles:

- ``build(s, args)``: the schedule ``s``, exactly as written.
- ``build(outputs, args)`` (tensors, no schedule): the best tuning record of this workload
  for this machine, if a tuning database is in use and holds one, else
  ``default_schedule(outputs, target)``.
- ``build(s, args, tuned=True)``: the best tuning record if there is one, else ``s``.

A record whose trace does not replay (or no longer compiles) is skipped with one warning
naming it, and the next best record (or the fallback) is used. The schedule used and where
it came from are logged at INFO on the ``"tcomp"`` logger and kept in
``kernel.stages["schedule"]`` / ``kernel.stages["schedule_origin"]``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from . import config
from .codegen.float_mode import FloatMode
from .dsl.printer import graph_str
from .dsl.tensor import Tensor
from .errors import CompileError, TcompError
from .ir.func import PrimFunc
from .schedule.schedule import Schedule, create_schedule

_log = logging.getLogger("tcomp")
R = TypeVar("R")

# How many of a workload's best records a build tries before it falls back.
MAX_RECORDS_TRIED = 3


def _outputs_of(first: Any, what: str) -> tuple[list[Tensor], Schedule | None]:
    """The outputs to compile and the user's schedule (None for a schedule-free call)."""
    if isinstance(first, Schedule):
        return list(first.outputs), first
    if isinstance(first, Tensor):
        return [first], None
    if isinstance(first, (list, tuple)) and first and all(isinstance(t, Tensor) for t in first):
        return list(first), None
    raise TypeError(f"{what}: first argument must be a Schedule (tc.create_schedule(...)) or "
                    f"the output tensor(s) to compile with the tuned or default schedule, got "
                    f"{type(first).__name__}")


def _check_args(args: Any, what: str) -> list[Tensor]:
    if isinstance(args, Tensor) or not isinstance(args, Sequence):
        raise TypeError(f"{what}: args must be a list of tensors, e.g. [A, B, C]")
    return list(args)


def workload_key(outputs: Sequence[Tensor], args: Sequence[Tensor]) -> str:
    """Structural hash of a computation: its DSL graph plus the arguments' names, shapes and
    dtypes. Tuning records and the build log are keyed by it."""
    sig = "|".join(f"{t.name}:{t.dtype}[{','.join(map(repr, t.shape))}]" for t in args)
    return hashlib.sha256(f"{graph_str(list(outputs))}\n{sig}".encode()).hexdigest()[:24]


def default_schedule(outputs: Sequence[Tensor], target: Any = None) -> Schedule:
    """The schedule of a schedule-free ``build(outputs, args)`` when no tuning record applies.

    The one place that chooses it: the automatic schedule,
    ``tc.auto_schedule(outputs, target=target)`` (default target: the host), for CPU and
    CUDA targets alike.
    """
    from .autoschedule import auto_schedule

    tgt = _parse_target("llvm" if target is None else target)
    return auto_schedule(list(outputs), target=tgt)


def _fallback_schedule(outputs: Sequence[Tensor], tgt: Any) -> tuple[Schedule, str, str]:
    """What a schedule-free build compiles when the automatic schedule fails: the blank
    schedule on a CPU, the plain one-element-per-thread schedule on a GPU; with its name and
    how it is made."""
    from .autoschedule import auto_schedule

    if tgt.kind == "cuda":
        return (auto_schedule(list(outputs), target=tgt, config={"sketch": "plain"}),
                "the plain GPU schedule", "tc.auto_schedule, sketch 'plain'")
    return create_schedule(list(outputs)), "the blank default schedule", "tc.create_schedule"


@dataclass(frozen=True)
class TunedRecord:
    """One tuning record as ``build`` sees it."""

    trace: str                 # the schedule, as ``Schedule.trace_json()``
    record_id: str
    workload_name: str = ""
    tcomp_version: str = ""    # the tcomp that measured it
    hardware: str = ""         # the hardware key it was measured on
    source: str = ""           # where it is stored (a database path), for messages

    def describe(self) -> str:
        extra = ", ".join(x for x in (f"tcomp {self.tcomp_version}" if self.tcomp_version
                                      else "", self.hardware,
                                      f"from {self.source}" if self.source else "") if x)
        return f"tuning record {self.record_id}" + (f" ({extra})" if extra else "")


class TuningDatabase(Protocol):
    """What ``build`` needs from a tuning database (``autotune.Database`` provides it)."""

    def tuned_records(self, workload_key: str, target: Any,
                      limit: int = MAX_RECORDS_TRIED) -> Sequence[TunedRecord]:
        """The best records of this workload for this hardware, best first (maybe none)."""


_default_db: TuningDatabase | None = None
_skipped: set[str] = set()       # records that failed to replay or compile in this process
_db_failed: set[int] = set()     # databases whose lookup failed (warned once each)
BUILD_LOG: list[dict[str, Any]] = []  # one entry per build: which schedule each workload ran


def set_tuning_database(db: TuningDatabase | None) -> None:
    """Make schedule-free and ``tuned=True`` builds look up records in ``db`` (``None``: no
    database). ``autotune.use_database()`` calls this."""
    global _default_db
    _default_db = db


def tuning_database() -> TuningDatabase | None:
    """The database ``set_tuning_database`` / ``autotune.use_database`` set, if any."""
    return _default_db


def _database(database: Any) -> TuningDatabase | None:
    if database is None:
        return _default_db
    if database is False:
        return None
    if database is True or not (hasattr(database, "tuned_records")
                                or hasattr(database, "lookup")):
        raise TypeError("database= takes a tuning database (autotune.Database), None (the one "
                        "autotune.use_database() set) or False (no database), got "
                        f"{database!r}")
    return database  # type: ignore[no-any-return]


def _records(db: Any, key: str, tgt: Any) -> list[TunedRecord]:
    """The best records of ``key`` in ``db``; a database that fails to answer is warned
    about once and treated as empty (the build goes on with its fallback schedule)."""
    try:
        if hasattr(db, "tuned_records"):
            return list(db.tuned_records(key, tgt, MAX_RECORDS_TRIED))
        found = db.lookup(key, tgt)  # a minimal database: (trace, record id) or None
        return [TunedRecord(found[0], str(found[1]))] if found else []
    except Exception as exc:  # any failure of a user-supplied database
        if id(db) not in _db_failed:
            _db_failed.add(id(db))
            _log.warning("tcomp: the tuning database %r could not be read (%s: %s); building "
                         "without tuning records", db, type(exc).__name__, exc)
        return []


@dataclass
class _Choice:
    schedule: Schedule
    kind: str          # "given" | "record" | "default"
    origin: str
    record: str | None = None


def _with_schedule(first: Any, args: Any, tgt: Any, name: str, database: Any,
                   tuned: bool | None, what: str,
                   make: Callable[[Schedule, list[Tensor], _Choice], R]) -> tuple[R, _Choice, str]:
    """``make(schedule, args, choice)`` for the schedule this call compiles (see the module
    docstring); returns its result, the choice and the workload key."""
    from .schedule import replay

    outputs, given = _outputs_of(first, what)
    args = _check_args(args, what)
    if tuned is None:
        tuned = given is None
    db = _database(database)  # checked even when no lookup is made
    key = workload_key(outputs, args)
    why = ""
    if not tuned:
        why = "tuned=False"
    elif db is None:
        why = ("database=False" if database is False else
               "no tuning database in use (autotune.use_database() sets one)")
    else:
        recs = _records(db, key, tgt)
        skipped = 0
        for rec in recs:
            if rec.record_id in _skipped:
                skipped += 1
                continue
            origin = rec.describe()
            try:
                sch = replay(outputs, rec.trace, origin=f"tuning record {rec.record_id}")
                choice = _Choice(sch, "record", origin, rec.record_id)
                return make(sch, args, choice), choice, key
            except Exception as exc:  # a stored record must never break a build
                _skipped.add(rec.record_id)
                skipped += 1
                _log.warning(
                    "tcomp: skipping %s of workload '%s' (key %s): it does not replay or "
                    "compile here (%s: %s). Using the next best record, else the %s schedule; "
                    "re-tune the workload to replace it", origin, rec.workload_name or name, key,
                    type(exc).__name__, exc, "given" if given is not None else "default")
        why = (f"no tuning record of workload {key} for {tgt} in {db!r}" if not recs else
               f"{skipped} tuning record(s) of workload {key} skipped (they don't replay or "
               "compile here)")
    if given is not None:
        where = getattr(given, "location", "") or "<unknown>"
        choice = _Choice(given, "given", f"the schedule given to {what}(), created at {where}"
                         + (f" ({why})" if tuned else ""))
    else:
        try:
            choice = _Choice(default_schedule(outputs, tgt), "default",
                             f"the default schedule (tc.auto_schedule; {why})")
            return make(choice.schedule, args, choice), choice, key
        except TcompError as exc:
            # The fallback decides: if it fails the same way, the error is the
            # computation's (raised here); if it builds, the automatic one was at fault.
            sch, fb_name, fb_how = _fallback_schedule(outputs, tgt)
            choice = _Choice(sch, "default", f"{fb_name} ({fb_how}; tc.auto_schedule failed: "
                             f"{type(exc).__name__}; {why})")
            out = make(choice.schedule, args, choice)
            _log.warning("tcomp: the automatic schedule of workload %s failed to build (%s: "
                         "%s); built %s instead. This is a tcomp bug; please report it",
                         key, type(exc).__name__, exc, fb_name)
            return out, choice, key
    return make(choice.schedule, args, choice), choice, key


def _parse_target(target: Any) -> Any:
    from .codegen.target import Target

    return target if isinstance(target, Target) else Target.parse(str(target))


def chosen_schedule(outputs: Sequence[Tensor], args: Sequence[Tensor], target: Any = "llvm",
                    *, database: Any = None) -> tuple[Schedule, str]:
    """The schedule a schedule-free ``build(outputs, args)`` would compile (this machine's
    best tuning record of the workload, else ``default_schedule``) and where it comes
    from, without compiling it. The nn layer replays it onto the same computation with a
    symbolic batch size."""
    tgt = _parse_target(target)
    sch, choice, _ = _with_schedule(list(outputs), args, tgt, "main", database, None,
                                    "chosen_schedule", lambda s, a, c: s)
    return sch, choice.origin


def lower(sch: Any, args: Sequence[Tensor], name: str = "main", *,
          passes: str = "simplify", target: Any = "llvm", database: Any = None,
          tuned: bool | None = None, phases: bool = False) -> Any:
    """The loop nest of a schedule, printable with ``print()``.

    ``sch`` is a Schedule, or the output tensor(s) for the schedule ``build`` would pick
    (``tuned``, ``database`` and ``target`` as in ``build``). ``passes="simplify"``
    (default) gives the readable nest, multi-dimensional indices kept; ``"none"`` the raw
    output of lowering; ``"all"`` the IR handed to code generation. ``phases=True`` returns
    a ``LoweringPhases`` instead of the PrimFunc: printed, it shows the output of each
    lowering phase (placement, region inference, nest emission) and of each pass after it;
    its ``.func`` is the PrimFunc.
    """
    from . import passes as P
    from .lowering import lower_phases

    if passes not in ("none", "simplify", "all"):
        raise ValueError(f"lower(passes={passes!r}): expected 'none', 'simplify' or 'all'")

    def make(s: Schedule, a: list[Tensor], choice: _Choice) -> Any:
        ph = lower_phases(s, a, name)
        seen: list[tuple[str, PrimFunc]] = []
        pipeline = (P.readable_pipeline() if passes == "simplify" else
                    P.cpu_pipeline(tgt.vector_bits) if passes == "all" else [])
        func = P.run_pipeline(ph.func, pipeline,
                              on_stage=lambda n, f: seen.append((n, f)) if phases else None)
        return dataclasses.replace(ph, passes=tuple(seen)) if phases else func

    tgt = _parse_target(target)
    func, choice, _ = _with_schedule(sch, args, tgt, name, database, tuned, "lower", make)
    _log.info("lower '%s': %s", name, choice.origin)
    return func


def build(sch: Any, args: Sequence[Tensor], target: Any = "llvm", name: str = "main", *,
          fast_math: bool = False, database: Any = None, tuned: bool | None = None,
          bounds_check: bool | None = None) -> Any:
    """Compile into a callable kernel taking numpy arrays in ``args`` order.

    Args:
        sch: a Schedule (compiled as written), or the output tensor(s): then the best tuning
            record for this machine is used if there is one, else ``default_schedule``.
        tuned: ``True`` makes a Schedule give way to a tuning record of its computation
            (it is the fallback); ``False`` makes a schedule-free build skip the lookup.
        database: where records are looked up: ``None`` (default) the database set by
            ``autotune.use_database()`` (none unless called), ``False`` none at all, or a
            database object.

    The schedule used is logged at INFO (logger ``"tcomp"``), named in
    ``kernel.stages["schedule_origin"]`` and heads ``kernel.stages["schedule"]``; every
    build is logged in ``BUILD_LOG``. Builds are cached by the content of the final loop
    IR, the target and the options, in memory and on disk (object code plus JSON; see
    ``TCOMP_CACHE_DIR``), so rebuilding the same kernel, in this process or another, does
    not run LLVM again.

    A read that is out of bounds for some iteration of its compute stops the build
    (ProvablyOutOfBoundsError). ``bounds_check=True`` (or ``TCOMP_BOUNDS_CHECK=1``) makes the
    CPU kernel check every access that bound analysis can't prove in range: out of range, it
    is skipped and the call raises OutOfBoundsError naming the tensor and index. By default
    only accesses whose index is read from memory (gathers) are checked; ``False`` drops every
    check. The CUDA backend has no checks (an explicit ``True`` is refused).

    ``fast_math=True`` compiles float code with every LLVM fast-math flag and approximate
    vector math (``FloatMode.FAST``); otherwise operations keep their written order
    (``STRICT``) unless the schedule called ``reassociate()`` (``REASSOC``).
    """
    FloatMode.of(fast_math)  # a TypeError naming the argument, before any work
    tgt = _parse_target(target)
    if tgt.kind == "cuda" and bounds_check:
        raise CompileError("build(bounds_check=True): the 'cuda' backend emits no bounds "
                           "checks; build for 'llvm' with bounds_check=True to find an "
                           "out-of-bounds access, or drop the option")

    def make(s: Schedule, a: list[Tensor], choice: _Choice) -> Any:
        return _compile(s, a, tgt, name, fast_math, choice.origin, bounds_check)

    kernel, choice, key = _with_schedule(sch, args, tgt, name, database, tuned, "build", make)
    _log.info("build '%s' (workload %s, %s): %s", name, key, tgt, choice.origin)
    BUILD_LOG.append({"workload": key, "name": name, "target": str(tgt),
                      "tuned": choice.kind == "record", "record": choice.record,
                      "schedule": choice.kind, "origin": choice.origin})
    return kernel


def _compile(sch: Schedule, args: list[Tensor], tgt: Any, name: str, fast_math: bool,
             origin: str, bounds_check: bool | None = None) -> Any:
    from . import passes as P
    from .lowering import lower_phases, regions_text
    from .runtime import compile_cached

    cfg = config.get()
    stages: dict[str, Any] = {"dsl": graph_str(sch.outputs),
                              "schedule": f"# {origin}\n{sch.trace_str()}".rstrip("\n"),
                              "schedule_origin": origin}
    t0 = time.perf_counter()
    phases = lower_phases(sch, args, name)
    func = phases.func
    stages["phase:placement"] = str(phases.placement)  # printed now: the schedule may change
    regions = phases.emission.regions  # immutable: printed on first access (a CPU kernel)
    stages["phase:regions"] = lambda: regions_text(regions)
    stages["lowered"] = str(func)  # the last phase's output: the emitted nest
    fmode = FloatMode.for_build(fast_math, getattr(sch, "reassociate_floats", False))
    if tgt.kind == "cuda":
        # The GPU path owns its pipeline (thread-bound loops, host/device split) and runtime;
        # the kernel cache keeps its PTX. Its kernel's stages are a plain dict of texts.
        stages["phase:regions"] = regions_text(regions)
        return compile_cached(func, tgt, key_text=stages["lowered"], fast_math=fmode,
                              stages=stages)

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
    from .codegen.llvm.checks import resolve_mode

    mode = resolve_mode(bounds_check)  # part of the function, so of the cache key too
    func = dataclasses.replace(func, attrs={**func.attrs, "bounds_check": mode})
    return compile_cached(func, tgt, key_text=f"{stages['ir']}\n# bounds_check: {mode}",
                          fast_math=fmode, stages=stages)
