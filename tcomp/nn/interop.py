"""Zero-copy exchange of ``nn.Tensor`` data with numpy, torch and any DLPack producer (layer 9).

A Tensor's storage is a C-contiguous numpy array (``Tensor.data``), so sharing works in both
directions without a copy:

- ``Tensor.numpy()`` and ``np.asarray(t)`` return the storage itself; writes show in the tensor.
- ``from_numpy(a)`` wraps ``a`` itself when it is C-contiguous and of a dtype tcomp computes
  in (float32, float64, int32, int64, bool). It copies when ``a`` is not C-contiguous (kernels
  read C order), or when ``dtype=`` asks for another type. ``copy=False`` turns either copy
  into an error; ``copy=True`` always copies.
- ``from_dlpack(obj)`` imports any DLPack producer on the CPU (a torch CPU tensor, a numpy
  array, a JAX CPU array, ...) by way of ``np.from_dlpack``, then follows ``from_numpy``'s
  rules. Data on a GPU or another device is refused with an error naming the device.
- ``Tensor.__dlpack__`` exports the storage, so ``torch.from_dlpack(t)`` and
  ``np.from_dlpack(t)`` share memory with ``t``.

Tensors that require grad: like torch, export through DLPack is refused (use ``.detach()``,
which shares the same memory, or pass ``copy=True``). The tape keeps references to the arrays
an op read, and a consumer that writes into shared memory in place would silently corrupt the
gradients. ``Tensor.numpy()`` stays a view even then (tcomp's own code and tests read
parameters through it); don't write into it while a graph that used the tensor is alive.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import dtypes
from ..errors import DSLTypeError, TcompError
from .tensor import Tensor, shape_str


class InteropError(TcompError, BufferError):
    """Data can't be shared: wrong device, a copy needed under ``copy=False``, or an export
    of a tensor that requires grad. A ``BufferError``, as the DLPack protocol asks."""


# DLPack device types (dlpack.h); numpy can read the host-accessible ones.
DEVICE_NAMES = {1: "cpu", 2: "cuda", 3: "cuda_host", 4: "opencl", 7: "vulkan", 8: "metal",
                9: "vpi", 10: "rocm", 11: "rocm_host", 12: "ext_dev", 13: "cuda_managed",
                14: "oneapi", 15: "webgpu", 16: "hexagon", 17: "maia"}
HOST_DEVICES = (1, 3, 11, 13)
CPU_DEVICE = (1, 0)


def _describe(obj: Any) -> str:
    shape = getattr(obj, "shape", None)
    dt = getattr(obj, "dtype", None)
    parts = [type(obj).__name__]
    if shape is not None:
        parts.append(shape_str(tuple(shape)))
    if dt is not None:
        parts.append(f"dtype {dt}")
    return " ".join(parts)


def _check_dtype(dt: np.dtype, what: str) -> None:
    try:
        dtypes.as_dtype(dt)
    except DSLTypeError:
        raise DSLTypeError(
            f"{what} has dtype {dt}, which tcomp tensors don't support (they hold "
            f"{', '.join(d.name for d in dtypes.ALL)}); pass dtype= to convert it (a copy)"
        ) from None


def from_numpy(arr: np.ndarray, dtype: Any = None, copy: bool | None = None) -> Tensor:
    """A Tensor over ``arr``'s memory (see the module docstring for when it copies).

    ``copy=None`` copies only when needed, ``False`` raises ``InteropError`` instead of
    copying, ``True`` always copies.
    """
    if not isinstance(arr, np.ndarray):
        raise DSLTypeError(f"from_numpy: expected a numpy array, got {type(arr).__name__}; "
                           "use nn.tensor() for lists and scalars, from_dlpack() for other "
                           "array libraries")
    want = arr.dtype if dtype is None else dtypes.as_dtype(dtype).np
    _check_dtype(want, f"from_numpy: array {shape_str(arr.shape)}")
    reasons = []
    if want != arr.dtype:
        reasons.append(f"dtype {arr.dtype} -> {want}")
    if not arr.flags.c_contiguous:
        reasons.append(f"not C-contiguous (strides {arr.strides})")
    if copy is False and reasons:
        raise InteropError(f"from_numpy(copy=False): array {shape_str(arr.shape)} needs a "
                           f"copy: {'; '.join(reasons)}")
    data = np.array(arr, dtype=want, order="C", copy=True if copy or reasons else False)
    return Tensor(data)  # a C-contiguous ndarray of a supported dtype: wrapped as is


def from_dlpack(obj: Any, copy: bool | None = None) -> Tensor:
    """A Tensor sharing memory with ``obj``, any object with ``__dlpack__`` on the CPU.

    ``copy`` as in ``from_numpy``. A torch tensor that requires grad must be detached first
    (torch refuses the export); ``obj.detach()`` shares the same memory.
    """
    if isinstance(obj, Tensor):
        return from_numpy(obj.data, copy=copy)
    if not hasattr(obj, "__dlpack__") or not hasattr(obj, "__dlpack_device__"):
        raise DSLTypeError(f"from_dlpack: {_describe(obj)} is not a DLPack producer (it has no "
                           "__dlpack__/__dlpack_device__); use nn.tensor() or from_numpy()")
    try:
        dev_type, dev_id = obj.__dlpack_device__()
    except (ValueError, TypeError, RuntimeError, BufferError) as exc:
        dev = getattr(obj, "device", "?")
        raise InteropError(f"from_dlpack: {_describe(obj)} on device {dev} can't be shared "
                           f"({exc}); tcomp tensors live in CPU memory") from None
    if int(dev_type) not in HOST_DEVICES:
        name = DEVICE_NAMES.get(int(dev_type), f"DLPack device type {int(dev_type)}")
        raise InteropError(f"from_dlpack: {_describe(obj)} is on device {name}:{dev_id}; tcomp "
                           "tensors live in CPU memory: move it to the host first "
                           "(torch: .cpu())")
    try:
        arr = np.from_dlpack(obj)
    except (BufferError, RuntimeError, TypeError, ValueError) as exc:
        raise InteropError(f"from_dlpack: can't import {_describe(obj)}: {exc}") from None
    return from_numpy(arr, copy=copy)


def export_dlpack(t: Tensor, stream: Any = None, max_version: Any = None,
                  dl_device: Any = None, copy: bool | None = None) -> Any:
    """``Tensor.__dlpack__``: the storage's DLPack capsule (refused under requires_grad)."""
    if t.requires_grad and not copy:
        raise InteropError(
            f"can't export a tensor {shape_str(t.shape)} that requires grad through DLPack: "
            "the consumer could write into memory the tape reads; export t.detach() (same "
            "memory, no gradient) or pass copy=True")
    kw: dict[str, Any] = {}
    if max_version is not None:
        kw["max_version"] = max_version
    if dl_device is not None:
        kw["dl_device"] = dl_device
    if copy is not None:
        kw["copy"] = copy
    return t.data.__dlpack__(stream=stream, **kw)


__all__ = ["InteropError", "export_dlpack", "from_dlpack", "from_numpy"]
