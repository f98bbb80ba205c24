"""Host arrays aligned for vector code (layer 5).

numpy aligns an array's data to 16 bytes only: glibc puts a large allocation 16 bytes past a
page boundary, so a float32 array usually starts at 16 mod 64. A kernel whose inner loop
loads 32-byte AVX2 vectors from it then splits every other load across two cache lines; on a
2-core Zen 2, a GEMM-like LSTM cell ran 15-23% slower on such inputs than on 32-byte aligned
copies of them. These helpers return C-contiguous numpy arrays whose data starts on a 64-byte
boundary (a cache line, an AVX-512 vector), as PyTorch's CPU allocator does. The autotuner's
runner measures with them, ``tcomp.nn`` allocates with them, and a user who wants the speed
the tuner recorded passes them (``aligned`` copies an array only where it must).
``POOL`` (a ``BufferPool``) hands ``tcomp.nn`` its large kernel outputs and takes them back
when their arrays die, so a repeated step reuses memory that is already mapped.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..errors import ArgumentValueError
from .kernel import DATA_OFFSET, pointer_at

ALIGN = 64


def _address(a: np.ndarray) -> int:
    """``a``'s data address (``a.ctypes.data`` costs ~8x more)."""
    return (pointer_at(id(a) + DATA_OFFSET).value or 0) if DATA_OFFSET >= 0 else a.ctypes.data


def _dtype(dtype: Any) -> np.dtype:
    np_dt = getattr(dtype, "np", None)  # a tcomp DType
    return np.dtype(np_dt if np_dt is not None else dtype)


def _check_align(align: Any) -> int:
    if isinstance(align, bool) or not isinstance(align, int) or align < 1 or align & (align - 1):
        raise ArgumentValueError(f"align must be a power of two in bytes, got {align!r}")
    return align


def empty(shape: Any, dtype: Any = np.float32, *, align: int = ALIGN) -> np.ndarray:
    """An uninitialized C-contiguous array whose data starts at a multiple of ``align``."""
    shp = (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)
    for i, d in enumerate(shp):
        if (type(d) is not int and (isinstance(d, bool) or not isinstance(d, np.integer))) \
                or d < 0:
            raise ArgumentValueError(f"shape[{i}] must be a non-negative int, got {d!r} "
                                     f"(shape {shape!r})")
    dt = dtype if type(dtype) is np.dtype else _dtype(dtype)
    if align != ALIGN:
        _check_align(align)
    buf = np.empty(math.prod(shp) * dt.itemsize + align, np.uint8)
    return np.ndarray(shp, dt, buffer=buf, offset=-_address(buf) % align)


def zeros(shape: Any, dtype: Any = np.float32, *, align: int = ALIGN) -> np.ndarray:
    """Like ``empty``, filled with zeros."""
    out = empty(shape, dtype, align=align)
    out.fill(0)
    return out


def is_aligned(a: np.ndarray, align: int = ALIGN) -> bool:
    """Whether ``a``'s data starts at a multiple of ``align`` bytes."""
    return _address(a) % _check_align(align) == 0


def aligned(a: Any, dtype: Any = None, *, align: int = ALIGN) -> np.ndarray:
    """``a`` itself when it is a C-contiguous numpy array of ``dtype`` starting at a multiple
    of ``align`` bytes, else an aligned C-contiguous copy of it (as ``np.asarray`` would
    convert it)."""
    align = _check_align(align)
    arr = np.asarray(a, dtype=None if dtype is None else _dtype(dtype))
    if arr.flags.c_contiguous and _address(arr) % align == 0:
        return arr
    out = empty(arr.shape, arr.dtype, align=align)
    out[...] = arr
    return out



class _Lease:
    """Owner of a pooled buffer while any array uses it: numpy keeps the object behind an
    ``__array_interface__`` as the array's base, so the last view's death returns it."""

    __slots__ = ("__array_interface__", "nbytes", "pool", "raw")

    def __init__(self, pool: BufferPool, raw: np.ndarray, shape: tuple[int, ...],
                 dtype: np.dtype, nbytes: int):
        self.pool, self.raw, self.nbytes = pool, raw, nbytes
        addr = _address(raw)
        self.__array_interface__ = {"shape": shape, "typestr": dtype.str, "version": 3,
                                    "data": (addr + -addr % ALIGN, False)}

    def __del__(self) -> None:
        self.pool._give_back(self.raw, self.nbytes)


class BufferPool:
    """Host buffers that outlive their arrays, reused by size: a training step allocates the
    same large outputs every call, and each fresh allocation of megabytes (glibc maps it
    anew) pays a page fault per 4 KB page at first touch, inside the next kernel. Capsule
    routing's forward and backward spent ~4 of its 22 ms so (``u_hat``'s kernel: 4.2 ms in
    the step, 1.5 ms on a reused buffer). Arrays come out 64-byte aligned and
    uninitialized, like ``empty``; at most ``max_bytes`` wait in the pool (``clear()``
    returns them)."""

    def __init__(self, max_bytes: int = 1 << 30):
        self.max_bytes = max_bytes
        self._free: dict[int, list[np.ndarray]] = {}
        self._held = 0
        self.reused = 0

    def empty(self, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
        n = math.prod(shape) * dtype.itemsize
        try:
            raw = self._free[n].pop()  # atomic under the GIL; another thread may win it
        except (KeyError, IndexError):
            raw = np.empty(n + ALIGN, np.uint8)
        else:
            self._held -= n
            self.reused += 1
        return np.asarray(_Lease(self, raw, shape, dtype, n))

    def _give_back(self, raw: np.ndarray, n: int) -> None:
        if self._held + n <= self.max_bytes:
            self._free.setdefault(n, []).append(raw)
            self._held += n

    @property
    def held_bytes(self) -> int:
        """Bytes of freed buffers waiting for reuse."""
        return self._held

    def clear(self) -> None:
        """Let every waiting buffer go back to the system."""
        self._free.clear()
        self._held = 0


POOL = BufferPool()


__all__ = ["ALIGN", "POOL", "BufferPool", "aligned", "empty", "is_aligned", "zeros"]
