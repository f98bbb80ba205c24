"""Resource checks of GPU kernels: threads per block, block and grid shape, shared memory
(layer 5). Structural checks (unbound loops, nested bindings) run while splitting host and
device code in ``tcomp.passes.gpu``; both raise ``GPUScheduleError``.
"""

from __future__ import annotations

from ...errors import GPUScheduleError
from ...ir import expr as E
from ...ir.func import PrimFunc
from ...ir.stmt import THREAD_TAGS
from ...passes.gpu import DeviceProgram
from ..target import CUDA_MAX_BLOCK_DIMS, CUDA_MAX_GRID_DIMS, Target


def _loops(kernel: PrimFunc, tags: tuple[str, ...]) -> str:
    bound = kernel.attrs.get("bound_loops", {})
    parts = [f"{t}: {', '.join(repr(n) for n in bound[t])}" for t in tags if t in bound]
    return "; ".join(parts) or "none"


def check_kernel(kernel: PrimFunc, target: Target) -> None:
    """Raise GPUScheduleError when ``kernel`` can't launch on a GPU of ``target``."""
    la = kernel.attrs["launch"]
    block = la["block"]
    threads = block[0] * block[1] * block[2]
    if threads > target.max_threads_per_block:
        raise GPUScheduleError(
            f"kernel '{kernel.name}' uses {threads} threads per block "
            f"({block[0]} x {block[1]} x {block[2]}), more than the "
            f"{target.max_threads_per_block} a block of {target.cuda_arch} can hold (loops bound "
            f"to threads: {_loops(kernel, THREAD_TAGS)}); split those loops by smaller factors "
            "and keep the rest as serial loops inside each thread")
    for axis, n, cap in zip("xyz", block, CUDA_MAX_BLOCK_DIMS, strict=True):
        if n > cap:
            raise GPUScheduleError(
                f"kernel '{kernel.name}': threadIdx.{axis} has extent {n}, above the limit {cap}"
                f" of that block dimension; bind the larger loop to threadIdx.x")
    for axis, g, cap in zip("xyz", la["grid"], CUDA_MAX_GRID_DIMS, strict=True):
        if isinstance(g, E.Const) and int(g.value) > cap:
            raise GPUScheduleError(
                f"kernel '{kernel.name}': blockIdx.{axis} has extent {g.value}, above the limit "
                f"{cap} of that grid dimension; bind the largest loop to blockIdx.x")
    shared = la["shared_bytes"]
    if shared > target.max_shared_memory:
        names = sorted({n.buffer.name for n in _shared_allocs(kernel)})
        raise GPUScheduleError(
            f"kernel '{kernel.name}' needs {shared} bytes of shared memory ({', '.join(names)}),"
            f" more than the {target.max_shared_memory} bytes per block allowed on "
            f"{target.cuda_arch}; use smaller tiles (split factors) for the shared-memory stages")


def _shared_allocs(kernel: PrimFunc) -> list:
    from ...ir import stmt as S
    from ...ir.visitor import walk

    return [n for n in walk(kernel.body) if isinstance(n, S.Allocate) and
            n.buffer.scope == "shared"]


def check_program(prog: DeviceProgram, target: Target) -> None:
    """Check every kernel of ``prog``."""
    for k in prog.kernels:
        check_kernel(k, target)


__all__ = ["GPUScheduleError", "check_kernel", "check_program"]
