"""CUDA target facts the backend needs beside ``tcomp.codegen.target.Target`` (layer 5).

Target keeps ``arch``; the limits of each architecture live here until Target grows fields
for them (see the CUDA backend report).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import TcompError
from ..target import Target

# Static shared memory (a __shared__ array or an addrspace(3) global) is capped at 48 KiB per
# block on every architecture; more needs dynamic shared memory and an opt-in attribute.
STATIC_SHARED_LIMIT = 48 * 1024
MAX_THREADS_PER_BLOCK = 1024
MAX_BLOCK_DIMS = (1024, 1024, 64)
MAX_GRID_DIMS = (2**31 - 1, 65535, 65535)
# Newest PTX ISA the NVPTX backend of LLVM 22 writes for each architecture.
_PTX_FEATURES = {"sm_70": "+ptx64", "sm_75": "+ptx64", "sm_80": "+ptx70", "sm_86": "+ptx71",
                 "sm_89": "+ptx78", "sm_90": "+ptx78"}


@dataclass(frozen=True)
class CudaLimits:
    """Per-block limits used by the GPU schedule checks."""

    arch: str
    max_threads_per_block: int = MAX_THREADS_PER_BLOCK
    max_shared_bytes: int = STATIC_SHARED_LIMIT

    @property
    def ptx_features(self) -> str:
        return _PTX_FEATURES.get(self.arch, "+ptx78")


def cuda_limits(target: Target) -> CudaLimits:
    """Limits of a ``cuda -arch=sm_XX`` target (sm_70 or newer)."""
    arch = target.arch or "sm_80"
    if not arch.startswith("sm_") or not arch[3:].isdigit() or int(arch[3:]) < 70:
        raise TcompError(f"unsupported CUDA architecture {arch!r} in target '{target}'; use "
                         "sm_70 or newer, e.g. 'cuda -arch=sm_80'")
    return CudaLimits(arch)


__all__ = ["MAX_BLOCK_DIMS", "MAX_GRID_DIMS", "MAX_THREADS_PER_BLOCK", "STATIC_SHARED_LIMIT",
           "CudaLimits", "cuda_limits"]
