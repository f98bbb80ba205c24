"""The build driver: schedule -> loop IR -> passes -> machine code -> callable (layer 6).

Every stage's text is kept in ``kernel.stages`` (DSL graph, schedule trace, loop IR after
each pass, LLVM IR, assembly), so any of them can be printed when something looks wrong.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from . import config
from .dsl.printer import graph_str
from .dsl.tensor import Tensor
from .errors import TcompError
from .ir.func import PrimFunc
from .schedule.schedule import Schedule


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
        return P.run_pipeline(func, P.cpu_pipeline())
    raise ValueError(f"lower(passes={passes!r}): expected 'none', 'simplify' or 'all'")


def build(sch: Schedule, args: Sequence[Tensor], target: Any = "llvm", name: str = "main", *,
          fast_math: bool = False) -> Any:
    """Compile a schedule into a callable kernel taking numpy arrays in ``args`` order.

    Builds are cached by the content of the final loop IR, the target and the options, in
    memory and on disk (object code plus JSON; see ``TCOMP_CACHE_DIR``), so rebuilding the
    same kernel, in this process or another, does not run LLVM again.
    """
    from . import passes as P
    from .codegen.target import Target
    from .lowering import lower_schedule
    from .runtime import compile_cached

    args = _check(sch, args, "build")
    tgt = target if isinstance(target, Target) else Target.parse(str(target))
    cfg = config.get()
    stages: dict[str, str] = {"dsl": graph_str(sch.outputs), "schedule": sch.trace_str()}
    t0 = time.perf_counter()
    func = lower_schedule(sch, args, name)
    stages["lowered"] = str(func)

    def record(pass_name: str, f: PrimFunc) -> None:
        stages[f"pass:{len(stages):02d}:{pass_name}"] = str(f)

    func = P.run_pipeline(func, P.cpu_pipeline(), on_stage=record)
    stages["ir"] = str(func)
    if cfg.debug >= 1:
        import sys

        print(f"[tcomp] lowered '{name}' in {(time.perf_counter() - t0) * 1e3:.1f} ms",
              file=sys.stderr)
    if cfg.debug >= 2:
        print(stages["ir"])
    if tgt.kind != "llvm":
        raise TcompError(f"target {tgt.kind!r} is not supported by build() yet")
    return compile_cached(func, tgt, key_text=stages["ir"], fast_math=fast_math, stages=stages)
