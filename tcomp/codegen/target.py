"""Compilation targets: which backend, CPU name, features and thread count (layer 5).

``Target.host()`` describes the machine tcomp runs on; ``Target.parse`` reads strings like
``"llvm -mcpu=znver4 -mattr=+avx2,+fma -num-threads=4"`` or ``"cuda -arch=sm_80"``.

This module is the one place that holds what the CUDA backend knows of a GPU: the
architecture (``arch``; unset means "not given": code is compiled for ``CUDA_DEFAULT_ARCH``),
the per-block thread and shared-memory limits (``Target`` fields, overridable with
``-max-threads-per-block=`` and ``-max-shared-memory=``) and the block/grid shape limits of
every architecture tcomp supports (sm_70 and newer).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from .. import config
from ..errors import TcompError

_KINDS = ("llvm", "cuda")

CUDA_DEFAULT_ARCH = "sm_80"
CUDA_MIN_SM = 70
CUDA_MAX_THREADS_PER_BLOCK = 1024
# Static shared memory (a __shared__ array or an addrspace(3) global) is capped at 48 KiB per
# block on every architecture; more needs dynamic shared memory and an opt-in attribute.
CUDA_STATIC_SHARED_LIMIT = 48 * 1024
CUDA_MAX_BLOCK_DIMS = (1024, 1024, 64)
CUDA_MAX_GRID_DIMS = (2**31 - 1, 65535, 65535)


class TargetError(TcompError, ValueError):
    """A target string or field can't be understood."""


@functools.cache
def _host_cpu() -> tuple[str, str, str]:
    import llvmlite.binding as llvm

    return llvm.get_process_triple(), llvm.get_host_cpu_name(), llvm.get_host_cpu_features(
    ).flatten()


@dataclass(frozen=True)
class Target:
    """Where generated code runs.

    Attributes:
        kind: ``"llvm"`` (CPU through LLVM) or ``"cuda"``.
        cpu: LLVM CPU name (``"znver4"``, ``"skylake-avx512"``); ``"generic"`` for none.
        features: LLVM feature string (``"+avx2,+fma"``); empty means the CPU's defaults.
        triple: LLVM target triple; empty means the host's.
        num_threads: threads for ``parallel`` loops; 0 means ``TCOMP_NUM_THREADS``/CPU count.
            It is a run-time setting and not part of the cache key.
        arch: GPU architecture for ``cuda`` (``"sm_80"``); empty when not given
            (``cuda_arch`` is then ``CUDA_DEFAULT_ARCH``).
        max_threads_per_block: ``cuda``: threads one block may hold (1024 unless given).
        max_shared_memory: ``cuda``: bytes of static shared memory per block (48 KiB unless
            given).
    """

    kind: str = "llvm"
    cpu: str = ""
    features: str = ""
    triple: str = ""
    num_threads: int = 0
    arch: str = ""
    max_threads_per_block: int = 0
    max_shared_memory: int = 0

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise TargetError(f"unknown target kind {self.kind!r}; expected one of {_KINDS}")
        if self.num_threads < 0:
            raise TargetError(f"num_threads must be >= 0 (0 = default), got {self.num_threads}")
        if self.kind != "cuda":
            if self.arch or self.max_threads_per_block or self.max_shared_memory:
                raise TargetError("arch, max_threads_per_block and max_shared_memory are "
                                  f"fields of 'cuda' targets, not of {self.kind!r}")
            return
        a = self.arch
        if a and (not a.startswith("sm_") or not a[3:].isdigit() or int(a[3:]) < CUDA_MIN_SM):
            raise TargetError(f"unsupported CUDA architecture {a!r} in target 'cuda -arch={a}';"
                              f" use sm_{CUDA_MIN_SM} or newer, e.g. 'cuda -arch=sm_80'")
        for name, default in (("max_threads_per_block", CUDA_MAX_THREADS_PER_BLOCK),
                              ("max_shared_memory", CUDA_STATIC_SHARED_LIMIT)):
            value = getattr(self, name)
            if value < 0 or value > default:
                raise TargetError(f"{name} of a cuda target must be in 1..{default} (0 = "
                                  f"{default}), got {value}")
            object.__setattr__(self, name, value or default)

    @staticmethod
    def host(num_threads: int = 0) -> Target:
        """The CPU this process runs on, with all of its features."""
        triple, cpu, features = _host_cpu()
        return Target("llvm", cpu, features, triple, num_threads)

    @staticmethod
    def parse(text: str | Target) -> Target:
        """Read ``"llvm [-mcpu=NAME] [-mattr=FEATURES] [-mtriple=T] [-num-threads=N]"`` or
        ``"cuda [-arch=sm_XX] [-max-threads-per-block=N] [-max-shared-memory=BYTES]"``.
        Plain ``"llvm"`` (or ``"cpu"``) is the host CPU.
        """
        if isinstance(text, Target):
            return text
        parts = str(text).split()
        if not parts:
            raise TargetError("empty target string; use 'llvm' for the host CPU or 'cuda'")
        kind = {"cpu": "llvm", "host": "llvm", "gpu": "cuda", "nvptx": "cuda"}.get(parts[0],
                                                                                   parts[0])
        if kind not in _KINDS:
            raise TargetError(f"unknown target {parts[0]!r} in {text!r}; expected 'llvm' or "
                              "'cuda' followed by options like -mcpu=znver4")
        opts: dict[str, str] = {}
        for p in parts[1:]:
            key, eq, value = p.lstrip("-").partition("=")
            if not eq or not value:
                raise TargetError(f"target option {p!r} in {text!r} must look like -key=value")
            opts[key] = value
        allowed = {"llvm": {"mcpu", "mattr", "mtriple", "num-threads"},
                   "cuda": {"arch", "num-threads", "max-threads-per-block",
                            "max-shared-memory"}}[kind]
        bad = set(opts) - allowed
        if bad:
            raise TargetError(f"unknown option(s) {sorted(bad)} for target {kind!r} in "
                              f"{text!r}; allowed: {sorted(allowed)}")
        ints = {}
        for key in ("num-threads", "max-threads-per-block", "max-shared-memory"):
            try:
                ints[key] = int(opts.get(key, "0"))
            except ValueError:
                raise TargetError(f"-{key} must be an integer in {text!r}") from None
        nthreads = ints["num-threads"]
        if kind == "cuda":
            return Target("cuda", num_threads=nthreads, arch=opts.get("arch", ""),
                          max_threads_per_block=ints["max-threads-per-block"],
                          max_shared_memory=ints["max-shared-memory"])
        triple, host_cpu, host_features = _host_cpu()
        if "mcpu" not in opts and "mattr" not in opts and "mtriple" not in opts:
            return Target("llvm", host_cpu, host_features, triple, nthreads)
        cpu = opts.get("mcpu", "generic" if "mtriple" in opts else host_cpu)
        if cpu == "native":
            cpu = host_cpu
        # -mcpu alone means "that CPU's own features", not the host's.
        features = opts.get("mattr", host_features if cpu == host_cpu else "")
        return Target("llvm", cpu, features, opts.get("mtriple", triple), nthreads)

    @property
    def resolved_triple(self) -> str:
        return self.triple or _host_cpu()[0]

    @property
    def vector_bits(self) -> int:
        """Width in bits of the widest vector register the CPU target has (512 with
        AVX-512F, 256 with AVX, 128 otherwise: SSE2, NEON, or features not given). The
        vectorizer splits a wide vectorized loop into vectors of this width."""
        if self.kind != "llvm":
            return 128
        feats = {f[1:] for f in self.features.split(",") if f.startswith("+")}
        if "avx512f" in feats:
            return 512
        if "avx" in feats or "avx2" in feats:
            return 256
        return 128

    def vector_lanes(self, dtype: object) -> int:
        """Lanes of one vector register for elements of ``dtype`` (``"float32"`` ...)."""
        from ..dtypes import as_dtype

        return max(1, self.vector_bits // (as_dtype(dtype).itemsize * 8))

    @property
    def cuda_arch(self) -> str:
        """The architecture GPU code is compiled for: ``arch``, else ``CUDA_DEFAULT_ARCH``."""
        return self.arch or CUDA_DEFAULT_ARCH

    @property
    def threads(self) -> int:
        """The thread count in force: ``num_threads`` or the configured default."""
        return self.num_threads or config.get().num_threads or 1

    def with_threads(self, num_threads: int) -> Target:
        return replace(self, num_threads=num_threads)

    def key(self) -> str:
        """A stable string naming everything that changes generated code (cache keys)."""
        if self.kind == "cuda":
            return f"cuda|{self.cuda_arch}"
        return f"llvm|{self.resolved_triple}|{self.cpu or 'generic'}|{self.features}"

    def __str__(self) -> str:
        if self.kind == "cuda":
            s = f"cuda -arch={self.arch}" if self.arch else "cuda"
            if self.max_threads_per_block != CUDA_MAX_THREADS_PER_BLOCK:
                s += f" -max-threads-per-block={self.max_threads_per_block}"
            if self.max_shared_memory != CUDA_STATIC_SHARED_LIMIT:
                s += f" -max-shared-memory={self.max_shared_memory}"
            return s
        s = f"llvm -mcpu={self.cpu or 'generic'}"
        if self.num_threads:
            s += f" -num-threads={self.num_threads}"
        return s


__all__ = ["CUDA_DEFAULT_ARCH", "CUDA_MAX_BLOCK_DIMS", "CUDA_MAX_GRID_DIMS",
           "CUDA_MAX_THREADS_PER_BLOCK", "CUDA_MIN_SM", "CUDA_STATIC_SHARED_LIMIT", "Target",
           "TargetError"]
