"""The automatic CPU schedule: what ``tc.build(outputs, args)`` compiles when no tuning record
applies, what nn's kernels use, and the default configuration of the autotuner's automatic
space (layer 6).

``auto_schedule(out)`` works on any DSL graph: single-use elementwise stages are inlined into
their consumer (unless costly and smaller than it: one ``rsqrt`` per row); matmul-like
reductions accumulate a register tile (sized from the target's vector registers and lanes)
over their reduction loops; reductions to a row accumulate a slice of vectors; a row-wise
output (softmax, layer norm, squash) computes every stage per row inside its row loop; every
remaining stage runs with its outer loops fused and parallel and, for elementwise stages, its
innermost axis vectorized.

Each of those decisions is a knob (``auto_knobs``): its candidates, the heuristic's choice
first. ``auto_schedule(out, config={knob: value})`` takes other choices for some of them, and
the autotuner's automatic space (``autotune.AutoSpace``) searches these knobs starting from
the heuristic's choices, so the untuned default is its default configuration and one of the
candidates every tuning run measures.
"""

from __future__ import annotations

from typing import Any

from ..codegen.target import Target
from ..dsl.tensor import Tensor
from ..errors import ScheduleError
from ..schedule.schedule import Schedule
from .cpu import AutoCPU, Config
from .graph import const_extent, costly_per_use
from .tiling import pack_strided, strided_reads
from .vectorize import vectorize_trailing


def auto_knobs(out: Tensor | list[Tensor], *, target: Any = None) -> dict[str, list[Any]]:
    """The decisions ``auto_schedule`` takes for the graph ending in ``out`` on ``target``
    (default: the host): knob name -> candidate values, the heuristic's choice first. On a
    CPU every combination builds a correct kernel; the first values give
    ``auto_schedule(out)``. (For a CUDA target the knobs are the GPU sketch's, per stage
    ``thread:``, ``reg:``, ``rstep:``, ``stage:``, ``unroll:``, ``inline:``, and ``sketch``;
    a combination that breaks the target's limits raises GPUSpaceError.)

    Knobs, by stage name ``n`` (a stage whose name repeats gets ``#k`` appended):
    ``inline:n`` (an elementwise stage inlined into its readers), ``rows`` and
    ``interleave`` (a row-wise output with every stage computed per row, its vectors that
    many registers wide), ``rows.prefetch`` (those rows' vector loops prefetch the next row
    of the inputs they stream; first where the output outgrows the L2 caches),
    ``epilogue`` (an elementwise output computing a matmul-like reduction in its register
    tiles), ``pool`` (a max pooling computing the convolution it pools, through a bias and
    ReLU, strip by strip in its own loops), ``tile:n`` (a reduction's register tile,
    ``"RxC"`` rows by columns, or ``"none"``), ``pack:n`` (strided inputs of the tile packed
    into panels), ``panel:n`` (contiguous inputs whose rows share cache sets, a multiple of
    2 KB apart, copied panel by panel inside the column-tile loop), ``reassoc:n`` (a sum of
    products reassociated into FMAs), ``col:n`` (a column reduction's slice of accumulators
    in lanes, 0 for none), ``dot:n`` (a sum no tile takes as vector partial sums of that
    many lanes, 0 for none), ``strip:n`` (a padded input copied per strip by the thread
    that reads it), ``vec:n`` (lanes of an elementwise stage's vector loop, 0 for none),
    ``par:n`` (outer loops in parallel), ``fuse`` and ``fuse.reassoc`` (every stage inside
    the output's outer loop, sums reassociated), ``stream`` (outputs written with
    non-temporal stores, ``Stage.stream``, where ``Target.streams`` says so; on first).
    """
    outs, tgt = _outputs(out), _target(target)
    if tgt.kind == "cuda":
        sk = _gpu_sketch(outs, tgt)
        return _gpu_knobs(sk, sk.default() if sk is not None else {})
    return {k: list(v) for k, v in AutoCPU(outs, tgt).knobs.items()}


def auto_schedule(out: Tensor | list[Tensor], *, parallel: bool = True, target: Any = None,
                  config: Config | None = None) -> Schedule:
    """A reasonable schedule for any graph ending in ``out`` (a tensor, or the list of
    outputs of one or more ops), ready to build: ``tc.build(tc.auto_schedule(Y), [X, Y])``.
    Vector widths and register tiles come from ``target`` (a Target or a target string;
    default: the host; see ``TargetTiles``). ``parallel=False`` keeps every loop serial.
    ``config`` overrides some of the heuristic's decisions (``auto_knobs`` lists them and
    their candidates); an unknown knob or a value not among its candidates raises
    ScheduleError. A schedule-free ``tc.build(outputs, args)`` compiles this schedule when
    no tuning record applies; it is a plain Schedule, so it can be printed
    (``s.trace_str()``) or changed.

    An elementwise output whose graph holds one matmul-like reduction of the output's shape,
    read only through inlined elementwise stages at the output's own indices, computes that
    reduction in its epilogue: the output is tiled like the reduction's register tile and
    the reduction's tile is computed at each output tile, in registers. Otherwise, an
    elementwise output whose other stages are all reductions over its last axis to one value
    per row, or elementwise stages of its rows, computes each of them inside its (fused,
    parallel) row loop. A pooling over non-overlapping windows of such a reduction (through
    inlined elementwise stages: a convolution's bias and ReLU) computes the reduction's
    register tiles per strip of its own rows, so the pooled-over tensor never goes to memory.

    For a CUDA target it is the GPU sketch of ``tcomp.autoschedule_gpu`` (every non-inlined
    stage one kernel, its spatial axes tiled over blocks, threads and registers, reductions
    staging reused inputs in shared memory) at the heuristic's tile sizes, or for a graph
    the sketch can't tile (several outputs per stage, a 0-d stage, symbolic extents) the
    plain one: one output element per thread (the ``sketch`` knob, ``"plain"``).
    ``parallel`` applies to CPU targets only.
    """
    outs, tgt = _outputs(out), _target(target)
    if tgt.kind == "cuda":
        return _gpu_schedule(outs, tgt, {} if config is None else config)
    auto = AutoCPU(outs, tgt)
    return auto.schedule(_check_config({} if config is None else config, auto.knobs), parallel)


def _check_config(config: Config, knobs: dict[str, list[Any]]) -> Config:
    """``config`` if every knob in it is one of ``knobs`` with one of its candidates."""
    if not isinstance(config, dict):
        raise TypeError(f"auto_schedule: config must be a dict of knob -> value (see "
                        f"tc.auto_knobs), got {type(config).__name__}")
    for k, v in config.items():
        if k not in knobs:
            raise ScheduleError(f"auto_schedule: no knob {k!r} for this graph; its knobs: "
                                f"{', '.join(knobs) or 'none'}")
        if v not in knobs[k] or type(v) is not type(knobs[k][0]):
            raise ScheduleError(f"auto_schedule: knob {k!r} = {v!r} is not one of its "
                                f"candidates {knobs[k]}")
    return config


def _gpu_sketch(outs: list[Tensor], tgt: Target) -> Any:
    """The GPU sketch of the graph, None where it can't tile it (the plain sketch then)."""
    from ..autoschedule_gpu import GPUSketch, GPUSpaceError

    try:
        return GPUSketch(outs, tgt)
    except GPUSpaceError:
        return None


def _gpu_knobs(sk: Any, default: Config) -> dict[str, list[Any]]:
    if sk is None:
        return {"sketch": ["plain"]}
    return {"sketch": ["tiled", "plain"], **{
        k: [default[k], *(v for v in vals if v != default[k])] for k, vals in sk.knobs.items()}}


def _gpu_schedule(outs: list[Tensor], tgt: Target, config: Config) -> Schedule:
    from ..autoschedule_gpu import plain_schedule

    sk = _gpu_sketch(outs, tgt)
    default = sk.default() if sk is not None else {}
    knobs = _gpu_knobs(sk, default)
    _check_config(config, knobs)
    if config.get("sketch", knobs["sketch"][0]) == "plain":
        return plain_schedule(outs)
    # A config the target's limits refuse raises GPUSpaceError naming the limit.
    return sk.apply({**default, **{k: v for k, v in config.items() if k != "sketch"}})


def _outputs(out: Tensor | list[Tensor]) -> list[Tensor]:
    outs = list(out) if isinstance(out, (list, tuple)) else [out]
    for k, t in enumerate(outs):
        if not isinstance(t, Tensor):
            raise TypeError(f"auto_schedule: out must be a tensor or a list of tensors; "
                            f"{'out' if outs[0] is out else f'out[{k}]'} is a "
                            f"{type(t).__name__}")
    if not outs:
        raise ValueError("auto_schedule: out is an empty list; give the output tensors")
    return outs


def _target(target: Any) -> Target:
    return Target.host() if target is None else Target.parse(target)


__all__ = ["auto_knobs", "auto_schedule", "const_extent", "costly_per_use", "pack_strided",
           "strided_reads", "vectorize_trailing"]
