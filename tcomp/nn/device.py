"""Devices of nn tensors: "cpu" (numpy storage) or "cuda" (a ``runtime.cuda.DeviceArray``,
real or emulated), moves between them and the same-device check of every op (layer 9).

``USED[0]`` turns True at the first move to "cuda"; until then ops skip the device checks, so
the CPU path pays one list lookup per op.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentValueError
from ..runtime.cuda import DeviceArray

USED = [False]
KERNEL_ADD = [False]  # gradient accumulation on the cpu by a kernel (add)
DEVICES = ("cpu", "cuda")


def parse(device: Any) -> str:
    """``"cpu"``, ``"cuda"`` (``"cuda:0"`` too); a clear error for anything else."""
    d = str(device).lower()
    if d in ("cuda:0", "gpu"):
        d = "cuda"
    if d not in DEVICES:
        raise ArgumentValueError(f"unknown device {device!r}; use 'cpu' or 'cuda'")
    return d


def of(arr: Any) -> str:
    return "cuda" if type(arr) is DeviceArray else "cpu"


def move(arr: Any, device: str) -> Any:
    """``arr`` on ``device`` (itself when already there)."""
    if device == "cuda":
        if type(arr) is DeviceArray:
            return arr
        from ..runtime.cuda import get_device

        dev = get_device()  # the runtime's error when there is no pycuda/GPU/emulation
        USED[0] = True
        return dev.to_device(np.require(arr, requirements="C"))
    return arr.numpy() if type(arr) is DeviceArray else arr


def common(name: str, tensors: Sequence[Any]) -> str:
    """The one device of ``tensors`` (an op's inputs); mixing devices is an error naming each
    tensor's device and shape and the op."""
    devs = [t.device for t in tensors]
    if all(d == devs[0] for d in devs):
        return devs[0] if devs else "cpu"
    desc = ", ".join(f"input {k}: {d} {list(t.shape)}"
                     for k, (t, d) in enumerate(zip(tensors, devs, strict=True)))
    raise ArgumentValueError(f"{name}: inputs are on different devices ({desc}); move them to "
                             "one device first with .to('cuda') or .to('cpu')")


def ones(shape: tuple[int, ...], dtype: np.dtype, like: Any) -> Any:
    """A ones array on ``like``'s device (the seed adjoint of backward())."""
    return move(np.ones(shape, dtype), of(like))


def add(a: Any, b: Any) -> Any:
    """``a + b`` for two same-shape arrays on one device (gradient accumulation): numpy's on
    the cpu, a kernel on cuda, and on the cpu too while ``KERNEL_ADD[0]`` (``compile_step``
    traces a backward: its launches are all the trace sees)."""
    if type(a) is not DeviceArray and type(b) is not DeviceArray:
        if not KERNEL_ADD[0] or a.shape != b.shape or a.dtype != b.dtype:
            return a + b
        from . import builders, kernels

        op = kernels.get_op("add", builders.binary, [a, b], ("add", tuple(a.shape)))
        return op.forward([kernels.c_array(a), kernels.c_array(b)])
    if type(a) is not DeviceArray or type(b) is not DeviceArray:
        raise ArgumentValueError(f"gradient accumulation: arrays on different devices "
                                 f"({of(a)} {list(a.shape)}, {of(b)} {list(b.shape)}); keep "
                                 "a tensor and its gradient on one device")
    from . import builders, kernels

    op = kernels.get_op("add", builders.binary, [a, b], ("add", tuple(a.shape)), device="cuda")
    return op.forward([a, b])


def leaf_grad(t: Any, gt: Any, given: set[int]) -> None:
    """Store or accumulate a device adjoint in leaf ``t``'s grad (copied, on the device,
    when the caller owns it, it is a view, or another leaf holds it)."""
    if t.grad is None:
        if id(gt) in given or gt.base is not None:
            gt = gt.copy()
        given.add(id(gt))
        from .tensor import Tensor

        t.grad = Tensor(gt)
    else:
        t.grad.data = add(t.grad.data, gt)


__all__ = ["DEVICES", "KERNEL_ADD", "USED", "add", "common", "leaf_grad", "move", "of", "ones",
           "parse"]
