"""Loop-IR passes and the pipeline runner that applies them in order (layer 4).

A pass is a plain function ``name(func: PrimFunc, **options) -> PrimFunc``, so one pass can be
run and printed on its own::

    >>> from tcomp.passes import flatten_buffers, vectorize
    >>> print(vectorize(flatten_buffers(func)))         # repr/str of a PrimFunc prints its IR
    >>> print(vectorize(func, max_lanes=8))             # options are keyword arguments

A pipeline is an explicit ordered list of ``Pass(name, fn)`` pairs (plain ``(name, fn)``
tuples work too; bind options with ``functools.partial``)::

    >>> lowered = run_pipeline(func, [Pass("unroll", unroll), Pass("remove_noops", remove_noops)])
    >>> lowered = lower_cpu(func)                       # the standard CPU_PIPELINE

``run_pipeline`` verifies the IR after each pass (``TCOMP_VERIFY=1``), prints pass timings
(``TCOMP_DEBUG>=1``), dumps each stage to ``$TCOMP_DUMP_DIR/NN_<pass>.txt`` and reports each
stage to an ``on_stage(name, func)`` callback.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .. import config
from ..errors import IRVerifyError
from ..ir.func import PrimFunc
from .flatten_buffers import flatten_buffers
from .partition_loops import partition_loops
from .remove_noops import remove_noops
from .unroll import unroll
from .vectorize import vectorize
from .version_tiles import version_tiles

PassFn = Callable[[PrimFunc], PrimFunc]


class Pass(NamedTuple):
    """One pipeline step: a name (used in timings, dumps and stage records) and the function."""

    name: str
    fn: PassFn


def _verify(func: PrimFunc, after: str) -> None:
    # Imported here: tcomp.ir.verify is optional for importing (and unit-testing) the passes.
    from ..ir.verify import verify

    try:
        verify(func)
    except IRVerifyError as err:
        raise IRVerifyError(f"IR is invalid after pass '{after}':\n{err}") from err


def _dump(dump_dir: str, number: int, name: str, func: PrimFunc) -> None:
    os.makedirs(dump_dir, exist_ok=True)
    path = os.path.join(dump_dir, f"{number:02d}_{name}.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(repr(func) + "\n")


def run_pipeline(
    func: PrimFunc,
    passes: Iterable[tuple[str, PassFn]],
    *,
    verify: bool | None = None,
    on_stage: Callable[[str, PrimFunc], Any] | None = None,
) -> PrimFunc:
    """Run ``passes`` in order on ``func`` and return the result.

    Args:
        func: the function to transform (not modified; IR is immutable).
        passes: ordered ``(name, fn)`` pairs, e.g. ``CPU_PIPELINE``.
        verify: run ``tcomp.ir.verify.verify`` after each pass; default ``config.get().verify``.
        on_stage: called as ``on_stage(name, func)`` after each pass (the build driver records
            every stage's text this way).
    """
    cfg = config.get()
    do_verify = cfg.verify if verify is None else verify
    for number, (name, fn) in enumerate(passes, start=1):
        start = time.perf_counter()
        out = fn(func)
        elapsed_ms = (time.perf_counter() - start) * 1e3
        if not isinstance(out, PrimFunc):
            raise TypeError(
                f"pass '{name}' returned {type(out).__name__}, expected a PrimFunc; a pass must "
                "return the transformed function (or its input unchanged)"
            )
        func = out
        if cfg.debug >= 1:
            print(f"[tcomp] pass {number:02d} {name:<16} {elapsed_ms:8.2f} ms", file=sys.stderr)
        if do_verify:
            _verify(func, name)
        if on_stage is not None:
            on_stage(name, func)
        if cfg.dump_dir:
            _dump(cfg.dump_dir, number, name, func)
    return func


def cpu_pipeline(vector_bits: int | None = None) -> list[Pass]:
    """The standard CPU pass list (a fresh list each call; callers may edit it).

    ``vector_bits`` is the target's vector register width (``Target.vector_bits``; the build
    passes it): ``vectorize`` splits a loop wider than one vector, or of symbolic extent,
    into vectors of that width. Without it such loops stay serial.
    """
    import functools

    from .simplify import simplify

    vec = vectorize if vector_bits is None else functools.partial(vectorize,
                                                                  vector_bits=vector_bits)
    return [
        Pass("partition_loops", partition_loops),
        Pass("simplify", simplify),
        Pass("version_tiles", version_tiles),
        Pass("remove_noops", remove_noops),
        Pass("flatten_buffers", flatten_buffers),
        Pass("vectorize", vec),
        Pass("unroll", unroll),
        Pass("simplify", simplify),
        Pass("remove_noops", remove_noops),
    ]


def readable_pipeline() -> list[Pass]:
    """Simplification only: what ``tc.lower`` prints (multi-dimensional indices kept)."""
    from .simplify import simplify

    return [Pass("simplify", simplify), Pass("remove_noops", remove_noops)]


def lower_cpu(func: PrimFunc, vector_bits: int | None = None, **kwargs: Any) -> PrimFunc:
    """Run ``CPU_PIPELINE`` on ``func``; keyword arguments go to ``run_pipeline``."""
    return run_pipeline(func, cpu_pipeline(vector_bits), **kwargs)


def __getattr__(name: str) -> Any:
    # CPU_PIPELINE is built on first access so that importing tcomp.passes doesn't import
    # tcomp.passes.simplify (and the arithmetic layer under it).
    if name == "CPU_PIPELINE":
        return cpu_pipeline()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# CPU_PIPELINE is left out of __all__ so that a star import doesn't import simplify.
__all__ = [
    "Pass", "PassFn", "cpu_pipeline", "flatten_buffers", "lower_cpu", "partition_loops",
    "readable_pipeline", "remove_noops", "run_pipeline", "unroll", "vectorize",
    "version_tiles",
]
