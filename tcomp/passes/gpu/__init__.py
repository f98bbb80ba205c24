"""The GPU pass pipeline: a lowered function with thread-bound loops -> a device program of
SPMD kernels (layer 4).

``lower_gpu(func)`` runs three recorded pipelines around one split, each pass by name (so
``kernel.stages`` shows every step, as ``pass:NN:<name>``):

1. ``host_pipeline`` on the whole function: ``drop_cpu_hints``, ``simplify``,
   ``remove_noops``, ``lower_vthreads`` (virtual threads become loops of each thread);
2. ``split_host_device`` (module ``split``): temporaries the host allocates plus one kernel
   per root stage, recorded as ``split_host_device`` per kernel;
3. ``device_pipeline`` per kernel: ``cross_thread_reduce`` (reductions over threadIdx
   combined in shared memory), ``check_launch`` (bindings checked, the launch shape into
   ``attrs["launch"]``), ``insert_barriers``, ``to_spmd`` (what one GPU thread runs);
4. ``kernel_pipeline`` per kernel: ``flatten_buffers``, ``partition_vector_tails`` (a vector
   path and a scalar tail), ``vectorize``, ``unroll``, ``simplify``, ``remove_noops``.

A kernel's ``attrs`` hold ``launch`` (``grid``: three int64 Exprs over the dim vars,
``block``: three ints, ``shared_bytes``), ``thread_vars`` (tag -> Var), ``bound_loops`` and
``spmd``: the kernel as ``to_spmd`` left it, which the CUDA C printer reads through
``readable_pipeline``. The GPU index names are the one table in ``tcomp.ir.stmt``
(``BLOCK_TAGS``, ``THREAD_TAGS``, ``VTHREAD_TAG``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ... import config
from ...errors import GPUScheduleError
from ...ir.func import PrimFunc
from .. import Pass, run_pipeline
from ..flatten_buffers import flatten_buffers
from ..remove_noops import remove_noops
from ..simplify import simplify
from ..unroll import unroll
from ..vectorize import vectorize
from .barriers import insert_barriers
from .cpu_hints import drop_cpu_hints
from .cross_thread_reduce import cross_thread_reduce
from .launch import check_launch
from .program import DeviceProgram, grid_program, hoist_shared, shared_bytes
from .split import split_host_device
from .spmd import to_spmd
from .vector_tails import partition_vector_tails
from .vthreads import lower_vthreads


def host_pipeline() -> list[Pass]:
    """Passes run on the whole function before the split."""
    return [Pass("drop_cpu_hints", drop_cpu_hints), Pass("simplify", simplify),
            Pass("remove_noops", remove_noops), Pass("lower_vthreads", lower_vthreads)]


def device_pipeline() -> list[Pass]:
    """Passes that make each kernel of the split an SPMD kernel with its launch shape."""
    return [Pass("cross_thread_reduce", cross_thread_reduce),
            Pass("check_launch", check_launch), Pass("insert_barriers", insert_barriers),
            Pass("to_spmd", to_spmd)]


def kernel_pipeline() -> list[Pass]:
    """Passes run on each SPMD kernel (flat, vectorized, unrolled)."""
    return [Pass("flatten_buffers", flatten_buffers),
            Pass("partition_vector_tails", partition_vector_tails),
            Pass("vectorize", vectorize), Pass("unroll", unroll), Pass("simplify", simplify),
            Pass("remove_noops", remove_noops)]


def readable_pipeline() -> list[Pass]:
    """What the CUDA C printer reads: each SPMD kernel flat, before vectorize and unroll."""
    return [Pass("flatten_buffers", flatten_buffers),
            Pass("partition_vector_tails", partition_vector_tails),
            Pass("simplify", simplify)]


def lower_gpu(func: PrimFunc, on_stage: Callable[[str, PrimFunc], Any] | None = None
              ) -> DeviceProgram:
    """The whole GPU pipeline (see module doc); ``on_stage(name, func)`` sees every stage."""
    func = run_pipeline(func, host_pipeline(), on_stage=on_stage)
    prog = split_host_device(func)
    kernels = []
    for k in prog.kernels:
        if on_stage is not None:
            on_stage("split_host_device", k)
        # The verifier can't see the thread-index vars bound; it checks the grid form instead.
        spmd = run_pipeline(k, device_pipeline(), on_stage=on_stage, verify=False)
        final = run_pipeline(spmd, kernel_pipeline(), on_stage=on_stage, verify=False)
        attrs = {**final.attrs, **{key: v for key, v in {**spmd.attrs, "spmd": spmd}.items()
                                   if key not in final.attrs}}
        # Unrolled loops may have copied shared allocations: count what the kernel now holds.
        attrs["launch"] = {**attrs["launch"], "shared_bytes": shared_bytes(final.body)}
        final = dataclasses.replace(final, attrs=attrs)
        if config.get().verify:
            from ...ir.verify import verify

            verify(grid_program(final))
        kernels.append(final)
    return dataclasses.replace(prog, kernels=tuple(kernels))


__all__ = [
    "DeviceProgram",
    "GPUScheduleError",
    "check_launch",
    "cross_thread_reduce",
    "device_pipeline",
    "drop_cpu_hints",
    "grid_program",
    "hoist_shared",
    "host_pipeline",
    "insert_barriers",
    "kernel_pipeline",
    "lower_gpu",
    "lower_vthreads",
    "partition_vector_tails",
    "readable_pipeline",
    "split_host_device",
    "to_spmd",
]
