"""CUDA runtime over pycuda (loaded lazily) and device arrays (layer 5).

Importing this module never imports pycuda. ``get_device()`` returns the process's device:
a real GPU through pycuda, or, with ``TCOMP_CUDA_EMULATE=1`` or ``use_emulation(True)``, an
emulated device whose memory is numpy and whose kernels run on the CPU emulator (slow, exact;
for tests and machines without a GPU). ``DeviceArray`` is the array type the nn layer keeps
on the device between ops: ``to_device(np_array)``, ``empty(shape, dtype)``, ``.numpy()``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentShapeError, ArgumentTypeError, TcompRuntimeError

_emulate: bool | None = None
_device: Any = None
# Copies between host and device memory (either direction), counted by every device; tests
# use it to check that device-resident work does not round-trip through the host.
TRANSFERS = {"htod": 0, "dtoh": 0}


def use_emulation(on: bool = True) -> None:
    """Run ``cuda`` kernels on the CPU emulator instead of a GPU (process-wide)."""
    global _emulate, _device
    _emulate, _device = on, None


def emulating() -> bool:
    if _emulate is not None:
        return _emulate
    return os.environ.get("TCOMP_CUDA_EMULATE", "") not in ("", "0")


def missing_reason() -> str | None:
    """Why real CUDA launches are impossible here, or None when pycuda and a GPU work."""
    try:
        import pycuda.driver as drv
    except ImportError as exc:
        return (f"pycuda is not installed ({exc}); install the extra with "
                "`pip install tcomp[cuda]` (it needs the CUDA toolkit), or set "
                "TCOMP_CUDA_EMULATE=1 to run kernels on the CPU emulator")
    try:
        drv.init()
        if drv.Device.count() == 0:
            return "pycuda found no CUDA device; set TCOMP_CUDA_EMULATE=1 to emulate"
    except Exception as exc:  # pycuda raises its own error types, e.g. no driver
        return (f"the CUDA driver could not start ({exc}); check the driver/GPU, or set "
                "TCOMP_CUDA_EMULATE=1 to run kernels on the CPU emulator")
    return None


def device_info(ordinal: int = 0) -> dict[str, Any]:
    """What identifies GPU ``ordinal`` for tuning records: ``gpu`` (name),
    ``compute_capability`` ("9.0"), ``arch`` ("sm_90") and ``driver`` (CUDA driver version,
    e.g. 12040). Needs pycuda and the GPU (no context is created); a clear error otherwise."""
    why = missing_reason()
    if why is not None:
        raise TcompRuntimeError(f"can't describe the CUDA device: {why}")
    import pycuda.driver as drv

    dev = drv.Device(ordinal)
    major, minor = dev.compute_capability()
    return {"gpu": dev.name(), "compute_capability": f"{major}.{minor}",
            "arch": f"sm_{major}{minor}", "driver": int(drv.get_driver_version())}


class DeviceArray:
    """An array in device memory (or in emulated device memory: a numpy array). It always
    owns a whole allocation, which kernels rely on for 16-byte aligned vector accesses."""

    def __init__(self, device: Any, shape: tuple[int, ...], dtype: np.dtype, handle: Any):
        self.device = device
        self.shape = tuple(int(s) for s in shape)
        self.dtype = np.dtype(dtype)
        self.handle = handle  # pycuda DeviceAllocation, or the numpy array when emulated
        self.base: DeviceArray | None = None  # the array whose allocation a view shares

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) * self.dtype.itemsize

    def numpy(self) -> np.ndarray:
        """Copy to a new host array."""
        return self.device.to_host(self)

    def reshape(self, *shape: Any) -> DeviceArray:
        """A view of the same allocation with another shape (one dim may be -1)."""
        shp = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) \
            else tuple(shape)
        n = int(np.prod(self.shape, dtype=np.int64))
        known = int(np.prod([d for d in shp if d != -1], dtype=np.int64))
        if shp.count(-1) == 1 and known and n % known == 0:
            shp = tuple(n // known if d == -1 else int(d) for d in shp)
        if shp.count(-1) or int(np.prod(shp, dtype=np.int64)) != n:
            raise ArgumentShapeError(f"can't reshape device array {self.dtype}"
                                     f"{list(self.shape)} ({n} elements) into {list(shape)}; "
                                     f"the new shape must hold {n} elements (at most one -1)")
        h = self.handle.reshape(shp) if isinstance(self.handle, np.ndarray) else self.handle
        out = DeviceArray(self.device, shp, self.dtype, h)
        out.base = self if self.base is None else self.base
        return out

    def copy(self) -> DeviceArray:
        """A new device array with the same contents (device to device, no host copy)."""
        return self.device.copy(self)

    def copy_from(self, host: np.ndarray) -> None:
        """Overwrite with a host array of the same shape and dtype."""
        host = np.asarray(host)
        if host.shape != self.shape or host.dtype != self.dtype:
            cls = ArgumentTypeError if host.dtype != self.dtype else ArgumentShapeError
            raise cls(f"copy_from: host array {host.dtype}{list(host.shape)} doesn't match "
                      f"device array {self.dtype}{list(self.shape)}; pass a host array of "
                      f"that shape and dtype (np.asarray(x, np.{self.dtype.name}).reshape("
                      f"{self.shape}))")
        self.device.to_device(host, out=self)

    def __repr__(self) -> str:
        return f"DeviceArray({self.dtype}{list(self.shape)} on {self.device.name})"


class EmulatedDevice:
    """Device memory as numpy arrays; kernels run on the CPU emulator."""

    name = "cuda-emulator"

    def empty(self, shape: Sequence[int], dtype: Any) -> DeviceArray:
        arr = np.empty(tuple(shape), np.dtype(dtype))
        return DeviceArray(self, arr.shape, arr.dtype, arr)

    def to_device(self, host: np.ndarray, out: DeviceArray | None = None) -> DeviceArray:
        host = np.require(host, requirements="C")  # keeps 0-d (ascontiguousarray: >= 1-d)
        TRANSFERS["htod"] += 1
        if out is None:
            return DeviceArray(self, host.shape, host.dtype, host.copy())
        out.handle[...] = host
        return out

    def to_host(self, arr: DeviceArray) -> np.ndarray:
        TRANSFERS["dtoh"] += 1
        return arr.handle.copy()

    def copy(self, arr: DeviceArray) -> DeviceArray:
        return DeviceArray(self, arr.shape, arr.dtype, arr.handle.copy())

    def launch(self, kernel: Any, args: Sequence[Any]) -> None:
        kernel.emulate(*[a.handle if isinstance(a, DeviceArray) else a for a in args])


class PyCudaDevice:
    """One GPU through pycuda's driver API (primary context of device 0)."""

    def __init__(self) -> None:
        import pycuda.driver as drv

        drv.init()
        self.drv = drv
        self.dev = drv.Device(0)
        self.ctx = self.dev.retain_primary_context()
        self.ctx.push()
        self.name = self.dev.name()
        major, minor = self.dev.compute_capability()
        self.arch = f"sm_{major}{minor}"
        self.driver_version = drv.get_driver_version()
        self._modules: dict[str, Any] = {}

    def key(self) -> str:
        """Hardware key for tuning records: GPU name, compute capability, driver."""
        return f"cuda|{self.name}|{self.arch}|driver{self.driver_version}"

    def empty(self, shape: Sequence[int], dtype: Any) -> DeviceArray:
        dt = np.dtype(dtype)
        n = max(int(np.prod(tuple(shape), dtype=np.int64)) * dt.itemsize, 1)
        return DeviceArray(self, tuple(shape), dt, self.drv.mem_alloc(n))

    def to_device(self, host: np.ndarray, out: DeviceArray | None = None) -> DeviceArray:
        host = np.require(host, requirements="C")  # keeps 0-d (ascontiguousarray: >= 1-d)
        TRANSFERS["htod"] += 1
        if out is None:
            out = self.empty(host.shape, host.dtype)
        self.drv.memcpy_htod(out.handle, host)
        return out

    def to_host(self, arr: DeviceArray) -> np.ndarray:
        TRANSFERS["dtoh"] += 1
        host = np.empty(arr.shape, arr.dtype)
        self.drv.memcpy_dtoh(host, arr.handle)
        return host

    def copy(self, arr: DeviceArray) -> DeviceArray:
        out = self.empty(arr.shape, arr.dtype)
        if arr.nbytes:
            self.drv.memcpy_dtod(out.handle, arr.handle, arr.nbytes)
        return out

    def function(self, ptx: str, symbol: str) -> Any:
        mod = self._modules.get(ptx)
        if mod is None:
            mod = self._modules[ptx] = self.drv.module_from_buffer(ptx.encode())
        return mod.get_function(symbol)

    def synchronize(self) -> None:
        self.drv.Context.synchronize()

    def launch(self, kernel: Any, args: Sequence[Any]) -> None:
        kernel.launch_on(self, args)


def get_device() -> Any:
    """The process's CUDA device (real or emulated); a clear error when there is none."""
    global _device
    if _device is None:
        if emulating():
            _device = EmulatedDevice()
        else:
            why = missing_reason()
            if why is not None:
                raise TcompRuntimeError(f"can't run a 'cuda' kernel: {why}")
            _device = PyCudaDevice()
    return _device


def to_device(host: np.ndarray) -> DeviceArray:
    """Copy a numpy array to the device."""
    return get_device().to_device(np.asarray(host))


def empty(shape: Sequence[int], dtype: Any = np.float32) -> DeviceArray:
    """An uninitialised device array."""
    return get_device().empty(shape, dtype)


__all__ = ["TRANSFERS", "DeviceArray", "EmulatedDevice", "PyCudaDevice", "device_info", "empty",
           "emulating", "get_device", "missing_reason", "to_device", "use_emulation"]
