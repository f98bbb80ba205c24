"""Axis arguments: the one range and duplicate check every op taking an axis uses (layer 6).

An axis of an ``ndim``-d tensor is an integer in ``[-ndim, ndim - 1]``; a negative one counts
from the end. Anything else is an ``AxisError`` (an ``IndexError``, as in PyTorch) naming the
op, the argument, the tensor's shape and the valid range, never a silent wrap-around.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

from ..errors import AxisError, DSLTypeError


def _shape_text(shape: Sequence[Any] | None) -> str:
    return "" if shape is None else " of shape [" + ", ".join(str(d) for d in shape) + "]"


def normalize_axis(axis: Any, ndim: int, op: str, arg: str = "axis",
                   shape: Sequence[Any] | None = None) -> int:
    """``axis`` as an index in ``range(ndim)``; raises AxisError when it is out of range.

    ``op`` and ``arg`` name the call and its argument in the message (``"softmax"``,
    ``"axis"``); ``shape`` (optional) is shown with it.
    """
    if isinstance(axis, bool):
        raise DSLTypeError(f"{op}: {arg} must be an integer axis, got the bool {axis!r}")
    try:
        a = operator.index(axis)
    except TypeError:
        raise DSLTypeError(f"{op}: {arg} must be an integer axis, got {type(axis).__name__} "
                           f"{axis!r}") from None
    if ndim == 0:
        raise AxisError(f"{op}: {arg}={a} is out of range: the tensor{_shape_text(shape)} is "
                        "0-d and has no axes; reshape it to 1-d first (x.reshape(1))")
    if not -ndim <= a < ndim:
        raise AxisError(f"{op}: {arg}={a} is out of range for a {ndim}-d tensor"
                        f"{_shape_text(shape)} (expected an axis in [{-ndim}, {ndim - 1}]; "
                        f"-1 is the last axis)")
    return a % ndim


def normalize_axes(axes: Any, ndim: int, op: str, arg: str = "axis",
                   shape: Sequence[Any] | None = None) -> tuple[int, ...]:
    """One axis or a sequence of them, each checked by ``normalize_axis``, in the given order;
    an axis listed twice (``(0, -2)`` of a 2-d tensor included) is an AxisError."""
    seq = isinstance(axes, (list, tuple, range)) or getattr(axes, "ndim", 0) > 0  # ndarray
    items = tuple(axes) if seq else (axes,)
    out: list[int] = []
    for k, a in enumerate(items):
        n = normalize_axis(a, ndim, op, f"{arg}[{k}]" if seq else arg, shape)
        if n in out:
            first = items[out.index(n)]
            raise AxisError(f"{op}: {arg}={list(items)} lists axis {n} twice ({first!r} and "
                            f"{a!r} at positions {out.index(n)} and {k}); give each axis once")
        out.append(n)
    return tuple(out)


__all__ = ["normalize_axes", "normalize_axis"]
