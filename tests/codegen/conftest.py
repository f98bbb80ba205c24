"""Fixtures for the codegen/runtime tests: hand-built flattened PrimFuncs, compiled without
the cache, and arrays placed next to inaccessible pages to catch out-of-bounds reads.
"""

from __future__ import annotations

import ctypes
import mmap
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from tcomp import dtypes
from tcomp.codegen import Target, codegen
from tcomp.codegen.llvm.jit import LoadedModule
from tcomp.ir import Buffer, PrimFunc, Stmt, Var, const
from tcomp.ir.expr import SizeVar
from tcomp.runtime.kernel import CompiledKernel


def buf(name: str, shape: tuple[Any, ...], dtype: dtypes.DType = dtypes.float32,
        scope: str = "global") -> Buffer:
    return Buffer(name, tuple(const(s) if isinstance(s, int) else s for s in shape), dtype, scope)


def func(name: str, params: tuple[Buffer, ...], body: Stmt, dim_vars: tuple[Var, ...] = (),
         outputs: tuple[int, ...] | None = None) -> PrimFunc:
    """A flattened PrimFunc; the last param is the output unless ``outputs`` says otherwise."""
    outs = (len(params) - 1,) if outputs is None else outputs
    return PrimFunc(name, params, body, dim_vars, {"flattened": True, "outputs": outs})


def build(f: PrimFunc, fast_math: bool = False, num_threads: int = 0) -> CompiledKernel:
    """Compile and load without any cache."""
    target = Target.host(num_threads)
    obj = codegen(f, target, fast_math=fast_math)
    return CompiledKernel(f, obj, LoadedModule(obj), {"ir": repr(f)}, target)


def size_var(name: str) -> SizeVar:
    return SizeVar(name, dtypes.int64)


class GuardedMemory:
    """One read-write page between two PROT_NONE pages: touching either neighbour faults."""

    def __init__(self) -> None:
        self.page = mmap.PAGESIZE
        self.map = mmap.mmap(-1, 3 * self.page, prot=mmap.PROT_READ | mmap.PROT_WRITE)
        base = ctypes.addressof(ctypes.c_char.from_buffer(self.map))
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        for off in (0, 2 * self.page):
            if libc.mprotect(base + off, self.page, 0) != 0:
                raise OSError(ctypes.get_errno(), "mprotect failed")
        self._views: list[np.ndarray] = []

    def array(self, n: int, dtype: Any, at_end: bool) -> np.ndarray:
        """``n`` elements at the start (``at_end=False``) or end of the accessible page."""
        dt = np.dtype(dtype)
        start = self.page + (self.page - n * dt.itemsize if at_end else 0)
        a = np.frombuffer(self.map, dtype=dt, count=n, offset=start)
        self._views.append(a)
        return a

    def close(self) -> None:
        self._views.clear()


@pytest.fixture
def guarded() -> Iterator[GuardedMemory]:
    g = GuardedMemory()
    yield g
    g.close()


@pytest.fixture
def cg() -> SimpleNamespace:
    return SimpleNamespace(buf=buf, func=func, build=build, size_var=size_var)
