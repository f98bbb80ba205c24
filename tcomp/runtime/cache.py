"""Compiled-kernel caches: in memory, and on disk as object code + JSON metadata (layer 5).

Entries are keyed by sha256 of (loop-IR text from the caller, target key, tcomp version,
LLVM version, codegen options, a fingerprint of the code generator's sources). A disk hit
only links the stored object into MCJIT: no LLVM optimisation or codegen runs. Files are
written atomically (tempfile + os.replace). One digest covers the JSON metadata and the
object code together, and the metadata must agree with the kernel being built (symbol,
parameters, target): an entry that is damaged, edited or inconsistent is never loaded; it is
logged as a warning and rebuilt. Nothing is pickled. ``TCOMP_NO_DISK_CACHE=1`` turns the
disk cache off.

GPU programs go through the same cache, keys and checks: an entry holds the PTX of each
kernel (the ``.o`` file is their text) and skips the NVPTX code generation; the device
program that launches them is lowered again on each hit.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import config
from ..codegen.float_mode import FloatMode
from ..codegen.llvm.jit import CompiledObject, LoadedModule
from ..codegen.target import Target
from ..errors import CompileError
from ..ir.func import PrimFunc
from .kernel import CompiledKernel

log = logging.getLogger("tcomp.cache")

FORMAT = 3  # 2: a digest over metadata + object, and the kernel's parameters in the metadata;
# 3: "float_mode" (a FloatMode value) where 2 had "fast_math" (False, True or "reassoc")
# Counters: memory hits, disk hits, full compiles, rejected disk entries, disk writes.
STATS: dict[str, int] = {"mem_hits": 0, "disk_hits": 0, "compiles": 0, "disk_errors": 0,
                         "disk_writes": 0}


def tcomp_version() -> str:
    # The package root is a higher layer: read its __version__ without importing it.
    v = getattr(sys.modules.get("tcomp"), "__version__", None)
    if v:
        return str(v)
    try:
        from importlib.metadata import version

        return version("tcomp")
    except Exception:  # not installed: a source checkout
        return "0+source"


@functools.cache
def codegen_fingerprint() -> str:
    """sha256 of the code generator's sources, so editing the backend invalidates entries."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent / "codegen"
    for path in sorted(root.rglob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def cache_key(key_text: str, target: Target, fast_math: FloatMode | bool = False) -> str:
    """The hex sha256 naming a compiled kernel (``fast_math``: a FloatMode, or a bool)."""
    import llvmlite
    import llvmlite.binding as llvm

    blob = json.dumps({
        "ir": key_text, "target": target.key(), "tcomp": tcomp_version(),
        "llvmlite": llvmlite.__version__, "llvm": list(llvm.llvm_version_info),
        "options": {"float_mode": FloatMode.of(fast_math).value},
        "codegen": codegen_fingerprint(),
        "format": FORMAT,
    }, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def entry_digest(meta: Mapping[str, Any], object_code: bytes) -> str:
    """sha256 over an entry's metadata (every field but ``digest``, canonical JSON) and its
    object code: editing either one invalidates the entry."""
    h = hashlib.sha256()
    h.update(json.dumps({k: v for k, v in meta.items() if k != "digest"},
                        sort_keys=True).encode())
    h.update(b"\0")
    h.update(object_code)
    return h.hexdigest()


def param_signature(func: PrimFunc) -> list[str]:
    """The kernel's arguments as the runtime checks them: name, dtype and shape of each
    array parameter, then the symbolic dimensions."""
    sig = [f"{b.name}:{b.dtype}[{', '.join(str(d) for d in b.shape)}]" for b in func.params]
    return sig + [f"dim {v}" for v in func.dim_vars]


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class KernelCache:
    """Memory + disk cache of compiled kernels. ``cache_dir=None`` follows the config.

    The memory side keeps the ``max_entries`` most recently used modules (each holds an
    MCJIT engine); kernels the caller still holds stay valid after eviction.
    """

    def __init__(self, cache_dir: str | None = None, max_entries: int = 2048) -> None:
        self._cache_dir = cache_dir
        self._max = max(1, max_entries)
        # key -> (object, linked module) of a CPU kernel, or the PTX modules of a GPU program
        self._mem: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def directory(self) -> Path:
        return Path(self._cache_dir or config.get().cache_dir) / "kernels"

    def _paths(self, key: str) -> tuple[Path, Path]:
        d = self.directory / key[:2]
        return d / f"{key}.o", d / f"{key}.json"

    def clear_memory(self) -> None:
        with self._lock:
            self._mem.clear()

    def get(self, func: PrimFunc, target: Target, *, key_text: str,
            fast_math: FloatMode | bool = False,
            stages: Mapping[str, str] | None = None) -> Any:
        """The kernel for ``key_text`` on ``target``: from memory, from disk, or compiled (a
        CompiledKernel; for a cuda target a CudaKernel, see ``_get_cuda``)."""
        target = Target.parse(target)
        mode = FloatMode.of(fast_math)
        key = cache_key(key_text, target, mode)
        if target.kind == "cuda":
            return self._get_cuda(key, func, target, mode, stages)
        hit = self._mem_get(key)
        if hit is not None:
            STATS["mem_hits"] += 1
        else:
            use_disk = config.get().disk_cache
            hit = self._load_disk(key, target, func, mode) if use_disk else None
            if hit is not None:
                STATS["disk_hits"] += 1
            else:
                from ..codegen import codegen

                obj = codegen(func, target, fast_math=mode)
                STATS["compiles"] += 1
                hit = (obj, _load(obj))
                if use_disk:
                    self._write_entry(key, obj.object_code, target, mode, func, {
                        "symbol": obj.symbol, "uses_parallel": obj.uses_parallel,
                        "object_sha256": hashlib.sha256(obj.object_code).hexdigest(),
                        "llvm": obj.llvm_ir, "llvm_opt": obj.llvm_opt})
            self._mem_put(key, hit)
        obj, loaded = hit
        return CompiledKernel(func, obj, loaded, stages, target)

    def _get_cuda(self, key: str, func: PrimFunc, target: Target, mode: FloatMode,
                  stages: Mapping[str, str] | None) -> Any:
        """A GPU program: ``func`` is the lowered function with GPU-bound loops; the entry is
        the PTX of its kernels (the NVPTX code generation, what costs). The device program
        that launches them is lowered again on every hit, which also re-checks the
        target's limits, and must have kernels of the stored symbols."""
        from ..codegen.cuda import compile_cuda

        hit = self._mem_get(key)
        given = dict(stages or {})
        if hit is not None:
            STATS["mem_hits"] += 1
            return compile_cuda(func, target, stages=given, fast_math=mode, ptx=hit)
        use_disk = config.get().disk_cache
        mods = self._load_cuda_disk(key, target, func, mode) if use_disk else None
        if mods is not None:
            try:
                kern = compile_cuda(func, target, stages=dict(given), fast_math=mode, ptx=mods)
                STATS["disk_hits"] += 1
            except ValueError as exc:  # stored for another device program
                STATS["disk_errors"] += 1
                log.warning("tcomp: not using cache entry %s: %s; recompiling it", key, exc)
                mods = None
        if mods is None:
            kern = compile_cuda(func, target, stages=given, fast_math=mode)
            STATS["compiles"] += 1
            if use_disk:
                self._write_entry(key, "".join(m.ptx for m in kern.ptx).encode(), target, mode,
                                  func, {"kind": "cuda", "modules": [
                                      {"symbol": m.symbol, "length": len(m.ptx),
                                       "llvm": m.llvm_ir, "llvm_opt": m.llvm_opt}
                                      for m in kern.ptx]})
        self._mem_put(key, list(kern.ptx))
        return kern

    # ------------------------------------------------------------------ memory
    def _mem_get(self, key: str) -> Any:
        with self._lock:
            hit = self._mem.get(key)
            if hit is not None:
                self._mem.move_to_end(key)
            return hit

    def _mem_put(self, key: str, value: Any) -> None:
        with self._lock:
            self._mem[key] = value
            while len(self._mem) > self._max:
                self._mem.popitem(last=False)

    # ------------------------------------------------------------------ disk
    def _read_entry(self, key: str, kind: str, target: Target, func: PrimFunc,
                    mode: FloatMode, check: Any = None) -> tuple[dict[str, Any], bytes] | None:
        """The metadata and payload of entry ``key`` (None if there is none), once its
        format and key, the kind's own fields (``check(meta, data)``), the fields every kind
        shares (target, float mode, parameters) and the digest have been checked, in that
        order: a ValueError, OSError, KeyError or TypeError says why it can't be used."""
        opath, mpath = self._paths(key)
        if not mpath.exists():
            return None
        meta = json.loads(mpath.read_text())
        if not isinstance(meta, dict) or meta.get("kind", "llvm") != kind:
            raise ValueError(f"metadata is not a JSON object of a {kind} entry")
        if meta.get("format") != FORMAT or meta.get("key") != key:
            raise ValueError("metadata format or key mismatch")
        data = opath.read_bytes()
        if check is not None:
            check(meta, data)
        for field, want in (("target", target.key()), ("float_mode", mode.value),
                            ("params", param_signature(func))):
            if meta[field] != want:
                raise ValueError(f"entry has {field}={meta[field]!r}, not the kernel's {want!r}")
        if meta.get("digest") != entry_digest(meta, data):
            payload = "PTX" if kind == "cuda" else "object code"
            raise ValueError(f"the digest over metadata and {payload} does not match: the "
                             "entry was edited or damaged after it was written")
        return meta, data

    def _rejected(self, key: str, exc: Exception) -> None:
        STATS["disk_errors"] += 1
        log.warning("tcomp: not loading cache entry %s: it is unreadable, damaged or "
                    "inconsistent (%s); recompiling it", self._paths(key)[1], exc)

    def _write_entry(self, key: str, data: bytes, target: Target, mode: FloatMode,
                     func: PrimFunc, fields: dict[str, Any]) -> None:
        """Write ``data`` and its metadata (the shared fields, then ``fields``), atomically,
        the payload first: the JSON marks completion."""
        opath, mpath = self._paths(key)
        meta: dict[str, Any] = {"format": FORMAT, "key": key, "target": target.key(),
                                "tcomp": tcomp_version(), "float_mode": mode.value,
                                "params": param_signature(func), **fields}
        meta["digest"] = entry_digest(meta, data)
        try:
            _atomic_write(opath, data)
            _atomic_write(mpath, json.dumps(meta).encode())
            STATS["disk_writes"] += 1
        except OSError as exc:
            log.warning("tcomp: can't write the kernel cache in %s (%s); continuing without it",
                        self.directory, exc)

    def _load_disk(self, key: str, target: Target, func: PrimFunc, mode: FloatMode
                   ) -> tuple[CompiledObject, LoadedModule | None] | None:
        from ..codegen.llvm.emit import kernel_symbol

        def check(meta: dict[str, Any], data: bytes) -> None:
            if hashlib.sha256(data).hexdigest() != meta["object_sha256"]:
                raise ValueError("object file checksum mismatch")
            want = kernel_symbol(func.name)
            if meta["symbol"] != want:
                raise ValueError(f"symbol {meta['symbol']!r} is not the kernel's {want!r}")
            if not isinstance(meta["uses_parallel"], bool):
                raise ValueError(f"uses_parallel is {meta['uses_parallel']!r}, not a boolean")

        try:
            entry = self._read_entry(key, "llvm", target, func, mode, check)
            if entry is None:
                return None
            meta, data = entry
            obj = CompiledObject(meta["symbol"], data, target, meta["uses_parallel"],
                                 str(meta["llvm"]), str(meta["llvm_opt"]))
            return obj, _load(obj)
        except (OSError, ValueError, KeyError, TypeError, CompileError) as exc:
            self._rejected(key, exc)
            return None

    def _load_cuda_disk(self, key: str, target: Target, func: PrimFunc, mode: FloatMode
                        ) -> list[Any] | None:
        from ..codegen.cuda.ptx import PTXModule

        try:
            entry = self._read_entry(key, "cuda", target, func, mode)
            if entry is None:
                return None
            meta, data = entry
            text, mods, at = data.decode(), [], 0
            for m in meta["modules"]:
                n = int(m["length"])
                mods.append(PTXModule(str(m["symbol"]), text[at:at + n], str(m["llvm"]),
                                      str(m["llvm_opt"])))
                at += n
            if at != len(text):
                raise ValueError("the PTX is longer than its modules")
            return mods
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            self._rejected(key, exc)
            return None


def _load(obj: CompiledObject) -> LoadedModule | None:
    """Link into this process when the target can run here (the host's triple, no CPU
    feature the host lacks)."""
    import llvmlite.binding as llvm

    if obj.target.resolved_triple != llvm.get_process_triple() or obj.target.missing_on_host():
        return None
    return LoadedModule(obj)


_default = KernelCache()


def default_cache() -> KernelCache:
    return _default


def compile_cached(func: PrimFunc, target: Target | str, *, key_text: str,
                   fast_math: FloatMode | bool = False,
                   stages: Mapping[str, str] | None = None) -> Any:
    """Compile ``func`` for ``target`` through the process-wide memory and disk caches: a
    CompiledKernel, or for a cuda target a CudaKernel.

    Args:
        func: the flattened PrimFunc (its params drive the argument checks); for a cuda
            target the lowered function with GPU-bound loops.
        target: where the kernel runs.
        key_text: text that identifies ``func`` completely, normally the final loop IR as
            printed; equal texts must mean equal code.
        fast_math: how float code may be compiled (a ``FloatMode``, or a bool: True is
            FAST), part of the key.
        stages: loop-IR stage texts to keep in ``kernel.stages``; for a CPU kernel a text
            may be a function that makes it on first access.
    """
    return _default.get(func, Target.parse(target), key_text=key_text, fast_math=fast_math,
                        stages=stages)


__all__ = ["STATS", "KernelCache", "cache_key", "compile_cached", "default_cache",
           "entry_digest", "param_signature", "tcomp_version"]
