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


# The vector ISA of x86 CPUs named in -mcpu= (LLVM names), for targets that give a CPU but not
# its features (the host's features come from LLVM). Unknown names count as SSE2.
_AVX512_CPUS = ("skylake-avx512", "cascadelake", "cooperlake", "cannonlake", "icelake-client",
                "icelake-server", "tigerlake", "rocketlake", "sapphirerapids",
                "emeraldrapids", "graniterapids", "graniterapids-d", "diamondrapids",
                "znver4", "znver5", "x86-64-v4", "knl", "knm")
_AVX2_CPUS = ("haswell", "broadwell", "skylake", "alderlake", "raptorlake", "meteorlake",
              "arrowlake", "arrowlake-s", "lunarlake", "gracemont", "sierraforest",
              "grandridge", "clearwaterforest", "znver1", "znver2", "znver3", "x86-64-v3",
              "core-avx2", "bdver4")
_AVX_CPUS = ("sandybridge", "ivybridge", "corei7-avx", "core-avx-i", "btver2", "bdver1",
             "bdver2", "bdver3")
_SSE = frozenset({"sse", "sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx16"})
_AVX = _SSE | {"avx"}
_AVX2 = _AVX | {"avx2", "fma", "f16c", "bmi", "bmi2", "lzcnt", "movbe"}
_AVX512 = _AVX2 | {"avx512f", "avx512cd", "avx512vl", "avx512bw", "avx512dq"}
CPU_ISA: dict[str, frozenset[str]] = {
    **{c: _AVX512 for c in _AVX512_CPUS}, **{c: _AVX2 for c in _AVX2_CPUS},
    **{c: _AVX for c in _AVX_CPUS},
}
# Features that need another: removing the key removes them too (``-avx2`` drops AVX-512).
_NEEDS = {"sse2": ("sse3", "avx"), "avx": ("avx2", "fma", "f16c", "avx512f"),
          "avx2": ("avx512f",), "avx512f": ("avx512cd", "avx512vl", "avx512bw", "avx512dq",
                                            "avx512vnni", "avx512bf16", "avx512fp16",
                                            "avx512ifma", "avx512vbmi", "avx512vbmi2",
                                            "avx512bitalg", "avx512vpopcntdq")}
# Bytes of a cache line: x86-64's and common aarch64 cores' (a core with longer lines only
# gets redundant prefetch hints and slightly wider panels than it needs).
CACHE_LINE = 64
# CPUs on which row-wise kernels (softmax, layer norm; 4 KB rows) ran faster prefetching their
# next row in software, measured: their hardware prefetchers stop at the end of a row they
# have not seen touched (softmax 8192 x 1024: Zen 2 5.2 -> 4.2 ms, Zen 3 4.36 -> 3.18), where
# a Zen 4's follow the rows and the prefetch cost time (1.81 -> 1.57 ms without it, with the
# write prefetch of an unstreamed output; layer norm 2-10% in 2026-12-07's rounds). The hand
# softmax prefetches its read wherever its output streams (schedules.cpu.softmax_prefetch).
_ROW_PREFETCH_CPUS = frozenset({"znver2", "znver3"})
# (L1d, L2, L3) bytes per core for CPUs not read from the OS; "generic" is the fallback.
CPU_CACHES: dict[str, tuple[int, int, int]] = {
    "generic": (32 << 10, 512 << 10, 2 << 20),
    "haswell": (32 << 10, 256 << 10, 2 << 20), "skylake": (32 << 10, 256 << 10, 2 << 20),
    "skylake-avx512": (32 << 10, 1 << 20, 1408 << 10),
    "cascadelake": (32 << 10, 1 << 20, 1408 << 10),
    "icelake-server": (48 << 10, 1280 << 10, 1536 << 10),
    "sapphirerapids": (48 << 10, 2 << 20, 1920 << 10),
    "emeraldrapids": (48 << 10, 2 << 20, 5 << 20),
    "znver2": (32 << 10, 512 << 10, 4 << 20), "znver3": (32 << 10, 512 << 10, 4 << 20),
    "znver4": (32 << 10, 1 << 20, 4 << 20), "znver5": (48 << 10, 1 << 20, 4 << 20),
}


def _drop(feats: set[str], f: str) -> None:
    feats.discard(f)
    for g in _NEEDS.get(f, ()):
        _drop(feats, g)


@functools.cache
def _resolve_features(cpu: str, features: str, triple: str) -> frozenset[str]:
    _, host_cpu, host_feats = _host_cpu()
    if cpu == host_cpu:
        base = {f[1:] for f in host_feats.split(",") if f.startswith("+")}
        given = [] if features == host_feats else features.split(",")
    else:
        base = set(CPU_ISA.get(cpu, _SSE if cpu in ("generic", "x86-64", "x86-64-v2") else ()))
        if not triple.startswith(("x86_64", "i386", "i686")):
            base = set()
        given = features.split(",")
    for f in (g.strip() for g in given):
        if f.startswith("+"):
            base.add(f[1:])
        elif f.startswith("-"):
            _drop(base, f[1:])
    return frozenset(base)


@functools.cache
def _host_caches() -> dict[str, int]:
    """Per-core cache sizes from Linux sysfs ({} where it isn't there)."""
    import os

    out: dict[str, int] = {}
    root = "/sys/devices/system/cpu/cpu0/cache"
    try:
        entries = sorted(os.listdir(root))
    except OSError:
        return {}
    for name in entries:
        if not name.startswith("index"):
            continue
        try:
            d = os.path.join(root, name)
            level = int(open(os.path.join(d, "level")).read())
            kind = open(os.path.join(d, "type")).read().strip()
            size = _parse_size(open(os.path.join(d, "size")).read())
            sharing = _count_cpus(open(os.path.join(d, "shared_cpu_list")).read())
        except (OSError, ValueError):
            continue
        if kind == "Instruction" or level not in (1, 2, 3):
            continue
        key = {1: "l1d", 2: "l2", 3: "l3"}[level]
        out[key] = size // max(1, sharing) if level == 3 else size
    return out if {"l1d", "l2"} <= set(out) else {}


def _parse_size(text: str) -> int:
    text = text.strip().upper()
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:], 1)
    return int(text.rstrip("KMG")) * mult


def _count_cpus(text: str) -> int:
    n = 0
    for part in text.strip().split(","):
        if part:
            lo, _, hi = part.partition("-")
            n += int(hi or lo) - int(lo) + 1
    return n


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
    def feature_set(self) -> frozenset[str]:
        """The CPU features the code may use: the CPU's own (the host's as LLVM reports them,
        else from ``CPU_ISA`` by name), with ``features`` applied on top (``+f`` adds,
        ``-f`` removes ``f`` and every feature that needs it: ``-avx512f`` leaves AVX2)."""
        if self.kind != "llvm":
            return frozenset()
        return _resolve_features(self.cpu or "generic", self.features, self.resolved_triple)

    def missing_on_host(self) -> list[str]:
        """The CPU features the code may use that this process's CPU lacks, sorted: code for
        a target with any would die of an illegal instruction here, so it is not loaded."""
        if self.kind != "llvm" or self.resolved_triple != _host_cpu()[0]:
            return []
        return sorted(self.feature_set - Target.host().feature_set)

    @property
    def isa(self) -> str:
        """The x86 vector ISA level: ``"avx512"`` (AVX-512F), ``"avx2"`` (AVX2 and FMA),
        ``"avx"``, ``"sse"``; ``"neon"`` on AArch64, ``"generic"`` otherwise."""
        if self.kind != "llvm":
            return "generic"
        if self.resolved_triple.startswith(("aarch64", "arm64")):
            return "neon"
        if not self.resolved_triple.startswith(("x86_64", "i386", "i686")):
            return "generic"
        f = self.feature_set
        if "avx512f" in f:
            return "avx512"
        if "avx2" in f and "fma" in f:
            return "avx2"
        return "avx" if "avx" in f else "sse"

    @property
    def vector_bits(self) -> int:
        """Width in bits of the widest vector register the CPU target has (512 with
        AVX-512F, 256 with AVX, 128 otherwise: SSE2, NEON). The vectorizer splits a wide
        vectorized loop into vectors of this width."""
        return {"avx512": 512, "avx2": 256, "avx": 256}.get(self.isa, 128)

    @property
    def vector_registers(self) -> int:
        """Architectural vector registers: 32 with AVX-512 (zmm0-31) and on AArch64, 16
        with SSE/AVX/AVX2 on x86-64."""
        return 32 if self.isa in ("avx512", "neon") else 16

    @property
    def has_fma(self) -> bool:
        """Whether fused multiply-add instructions exist (FMA3 on x86; always on AArch64)."""
        return self.isa == "neon" or "fma" in self.feature_set

    @property
    def cache_sizes(self) -> dict[str, int]:
        """Bytes of ``"l1d"``, ``"l2"`` and ``"l3"`` cache per core: read from the OS for the
        host CPU where it tells (Linux sysfs; a shared L3 is divided by the CPUs sharing it),
        else from ``CPU_CACHES`` by CPU name, else typical sizes."""
        if self.kind == "llvm" and (self.cpu or "generic") == _host_cpu()[1]:
            got = _host_caches()
            if got:
                return got
        table = CPU_CACHES.get(self.cpu or "generic", CPU_CACHES["generic"])
        return dict(zip(("l1d", "l2", "l3"), table, strict=False))

    @property
    def cores(self) -> int:
        """Cores (CPUs this process may run on) for the host; ``threads`` otherwise."""
        if self.kind == "llvm" and (self.cpu or "generic") == _host_cpu()[1]:
            return config.allowed_cpus()
        return self.threads

    @property
    def prefetch_rows(self) -> bool:
        """Whether row-wise kernels prefetch the next row themselves by default
        (``_ROW_PREFETCH_CPUS``, by CPU name)."""
        return self.kind == "llvm" and (self.cpu or "generic") in _ROW_PREFETCH_CPUS

    def streams(self, nbytes: int) -> bool:
        """Whether an output of ``nbytes`` is written with non-temporal stores by default
        (``Stage.stream``; hand schedules and the automatic one): on x86, where it and an
        input of its size outgrow the last-level cache (``cache_sizes["l3"]`` times
        ``cores``). On a Zen 3 (AVX2, 2 threads, 32 MB of L3; medians of 7 interleaved
        rounds) a 64 MB copy took 2.86 ms instead of 4.55, layer norm 4096 x 1024 0.74 ms
        instead of 1.14, row softmax 8192 x 1024 2.75 instead of 3.66 and the gelu chain
        4096^2, bound by its arithmetic there, 5.71 instead of 6.39."""
        if self.kind != "llvm" or self.isa not in ("sse", "avx", "avx2", "avx512"):
            return False
        llc = self.cache_sizes.get("l3", 0) * self.cores
        return llc > 0 and 2 * nbytes >= llc

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
        # What parse fills in is left out: the host's triple, and the features it infers for
        # the CPU (the host's for the host CPU, else the CPU's own), so parse(str(t)) == t.
        host_triple, host_cpu, host_features = _host_cpu()
        cpu = self.cpu or "generic"
        s = f"llvm -mcpu={cpu}"
        if self.triple and self.triple != host_triple:
            s += f" -mtriple={self.triple}"
        if self.features and self.features != (host_features if cpu == host_cpu else ""):
            s += f" -mattr={self.features}"
        if self.num_threads:
            s += f" -num-threads={self.num_threads}"
        return s


__all__ = ["CACHE_LINE", "CPU_CACHES", "CPU_ISA", "CUDA_DEFAULT_ARCH", "CUDA_MAX_BLOCK_DIMS",
           "CUDA_MAX_GRID_DIMS",
           "CUDA_MAX_THREADS_PER_BLOCK", "CUDA_MIN_SM", "CUDA_STATIC_SHARED_LIMIT", "Target",
           "TargetError"]
