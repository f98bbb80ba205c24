"""Matrix products and convolutions of nn Tensors: matmul, linear, conv2d and conv1d, whose
kernels take an elementwise epilogue (pending when lazy: ``dispatch.anchored``), and 2-D
max and average pooling (layer 9).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError
from ..ops import conv, linalg
from . import builders as B
from . import lazy
from .dispatch import (
    anchored,
    apply,
    as_tensor,
    count_arg,
    is_frozen,
    lazy_ok,
    need_float,
    same_dtype,
)
from .shapes import pad, reshape
from .tensor import Tensor, shape_str


def matmul(a: Any, b: Any) -> Tensor:
    """``a @ b`` for 2-D operands, batched 3-D operands, or (..., k) @ (k, m)."""
    a, b = as_tensor(a), as_tensor(b)
    need_float("matmul", a, b)
    same_dtype("matmul", a, b)
    if a.ndim >= 2 and b.ndim == 2:
        if a.shape[-1] != b.shape[0]:
            raise DSLShapeError(f"matmul: inner dimensions differ: {shape_str(a.shape)} @ "
                                f"{shape_str(b.shape)}")
        if a.ndim > 2:
            out = matmul(reshape(a, (-1, a.shape[-1])), b)
            return reshape(out, (*a.shape[:-1], b.shape[1]))
        return anchored("matmul", B.matmul, [a, b])
    if a.ndim == 3 and b.ndim == 3:
        if a.shape[0] != b.shape[0] or a.shape[2] != b.shape[1]:
            raise DSLShapeError(f"matmul: batched shapes don't match: {shape_str(a.shape)} @ "
                                f"{shape_str(b.shape)}")
        return apply("bmm", linalg.batch_matmul, [a, b])
    raise DSLShapeError(f"matmul: unsupported operand shapes {shape_str(a.shape)} @ "
                        f"{shape_str(b.shape)} (2-D @ 2-D, N-D @ 2-D or 3-D @ 3-D)")


def linear(x: Tensor, w: Tensor, b: Tensor | None = None) -> Tensor:
    """``x @ w.T + b`` with ``w`` of shape (out, in); 2-D inputs use one kernel that reads
    ``w`` as stored (no transposed copy, forward or backward). A frozen weight (a trace for
    ``compile_inference(freeze=True)``) is transposed by a launch of its own, which the plan
    runs once: the kernel then reads ``w.T``'s rows as they are, where it otherwise gathers
    ``w``'s columns into panels at every call (x 32 x 784, w 256 x 784, ReLU, AVX-512 on a
    Zen 4: 106 -> 62 us)."""
    x, w = as_tensor(x), as_tensor(w)
    if x.ndim >= 2 and w.ndim == 2:
        need_float("linear", x, w)
        same_dtype("linear", x, w)
        if x.shape[-1] != w.shape[1]:
            raise DSLShapeError(f"linear: input {shape_str(x.shape)} and weight "
                                f"{shape_str(w.shape)} differ in the last dimension")
        if x.ndim > 2:  # (..., in) as rows: the same kernels, the bias in their epilogue
            y = linear(reshape(x, (-1, x.shape[-1])), w, b)
            return reshape(y, (*x.shape[:-1], w.shape[0]))
        if is_frozen(w):
            y = anchored("matmul", B.matmul, [x, w.T])
        else:
            y = anchored("linear", B.linear, [x, w])
    else:
        y = matmul(x, w.T)
    return y if b is None else y + b


def conv2d(x: Tensor, w: Tensor, b: Tensor | None = None, stride: int = 1, padding: int = 0,
           dilation: int = 1, groups: int = 1) -> Tensor:
    need_float("conv2d", x, w)
    same_dtype("conv2d", x, w)
    if x.ndim != 4 or w.ndim != 4:
        raise DSLShapeError(f"conv2d: expects NCHW input and OIHW weight, got "
                            f"{shape_str(x.shape)} and {shape_str(w.shape)}")
    attrs = tuple(tuple(a) if isinstance(a, list) else a for a in (stride, padding, dilation,
                                                                   groups))
    y = anchored("conv2d", conv.conv2d, [x, w], attrs)
    return y if b is None else y + reshape(b, (1, -1, 1, 1))


def max_pool2d(x: Tensor, kernel: int, stride: int | None = None) -> Tensor:
    """2-D max pooling; of a pending convolution (with its bias and ReLU), when no gradient
    is needed, one kernel that never writes the convolution's output (``lazy.pooled``)."""
    need_float("max_pool2d", x)
    attrs = (kernel, stride or kernel, "max")
    y = lazy.pooled(x, "max_pool2d", conv.pool2d, attrs) if lazy_ok(x) else None
    return y if y is not None else apply("max_pool2d", conv.pool2d, [x], attrs)


def avg_pool2d(x: Tensor, kernel: int, stride: int | None = None) -> Tensor:
    need_float("avg_pool2d", x)
    return apply("avg_pool2d", conv.pool2d, [x], (kernel, stride or kernel, "avg"))


def conv1d(x: Tensor, w: Tensor, b: Tensor | None = None, stride: Any = 1, padding: Any = 0,
           dilation: Any = 1, groups: int = 1) -> Tensor:
    """``torch.nn.functional.conv1d`` of (N, C, L) (or unbatched (C, L)) by weight (O,
    C / groups, K): ``conv2d`` on height-1 views, so the same kernels and derived gradients.
    ``padding`` is an int, "valid" or "same" (stride 1; an odd total pads one more after)."""
    need_float("conv1d", x, w)
    same_dtype("conv1d", x, w)
    if x.ndim == 2:
        y = conv1d(reshape(x, (1, *x.shape)), w, b, stride, padding, dilation, groups)
        return reshape(y, y.shape[1:])
    if x.ndim != 3 or w.ndim != 3:
        raise DSLShapeError(f"conv1d: expects (N, C, L) input and (O, C/groups, K) weight, got "
                            f"{shape_str(x.shape)} and {shape_str(w.shape)}")
    s, dl, g = (count_arg(v[0] if isinstance(v, (tuple, list)) and len(v) == 1 else v, "conv1d",
                       name) for v, name in ((stride, "stride"), (dilation, "dilation"),
                                             (groups, "groups")))
    (n, c, length), (o, cg, k) = x.shape, w.shape
    if c != cg * g or o % g:
        raise DSLShapeError(f"conv1d: input {shape_str(x.shape)} and weight "
                            f"{shape_str(w.shape)} don't match for groups={g}: the input's "
                            "channels must be groups * weight.shape[1], and groups divide "
                            "weight.shape[0]")
    if padding in ("valid", "same"):
        total = dl * (k - 1) if padding == "same" else 0
        if padding == "same" and s != 1:
            raise ArgumentValueError(f"conv1d: padding='same' needs stride=1, got {s}")
        if total % 2:
            x = pad(x, (0, 1))
        p = total // 2
    else:
        p = padding[0] if isinstance(padding, (tuple, list)) and len(padding) == 1 else padding
        if isinstance(p, bool) or not isinstance(p, (int, np.integer)) or p < 0:
            raise ArgumentValueError(f"conv1d: padding must be an int >= 0, 'valid' or 'same', "
                                     f"got {padding!r}")
    if x.shape[2] + 2 * p - dl * (k - 1) < 1:
        raise DSLShapeError(f"conv1d: input length {length} (padding {p}) is shorter than the "
                            f"kernel's reach {dl * (k - 1) + 1} (size {k}, dilation {dl})")
    y = anchored("conv2d", conv.conv2d, [reshape(x, (n, c, 1, -1)), reshape(w, (o, cg, 1, k))],
                  ((1, s), (0, int(p)), (1, dl), g))
    y = y if b is None else y + reshape(b, (1, -1, 1, 1))
    return reshape(y, (n, o, -1))


__all__ = ["avg_pool2d", "conv1d", "conv2d", "linear", "matmul", "max_pool2d"]
