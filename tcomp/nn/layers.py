"""The layers: Linear, Conv1d, Conv2d, pooling, activations, Embedding, LayerNorm,
BatchNorm, Dropout, the losses as modules, and the capsule layers with margin loss; each
``forward`` calls ``tcomp.nn.functional`` (layer 9).

Layers created without ``seed=`` draw their initial weights from the ``manual_seed``
generator (``creation.layer_rng``).
"""

from __future__ import annotations

import functools
import math
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, DSLShapeError, TensorIndexError
from ..runtime.memory import aligned
from . import builders as B
from . import functional as F
from .creation import layer_rng
from .dispatch import apply, as_tensor
from .launch import value_check
from .modules import Module, Parameter
from .tensor import Tensor


def _uniform(rng: np.random.Generator, shape: tuple[int, ...], fan_in: int) -> np.ndarray:
    bound = 1.0 / math.sqrt(fan_in)
    return rng.uniform(-bound, bound, shape)


class Linear(Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True,
                 seed: int | None = None):
        super().__init__()
        rng = layer_rng(seed)
        self.weight = Parameter(_uniform(rng, (out_features, in_features), in_features))
        self.bias = Parameter(_uniform(rng, (out_features,), in_features)) if bias else None

    def forward(self, x: Tensor) -> Tensor:
        if x.shape[-1] != self.weight.shape[1]:
            raise DSLShapeError(f"Linear: input {list(x.shape)} has {x.shape[-1]} features, "
                                f"the layer expects {self.weight.shape[1]}")
        return F.linear(x, self.weight, self.bias)


class Conv2d(Module):
    def __init__(self, in_channels: int, out_channels: int, kernel_size: int, stride: int = 1,
                 padding: int = 0, dilation: int = 1, groups: int = 1, bias: bool = True,
                 seed: int | None = None):
        super().__init__()
        rng = layer_rng(seed)
        fan_in = in_channels // groups * kernel_size * kernel_size
        self.weight = Parameter(_uniform(
            rng, (out_channels, in_channels // groups, kernel_size, kernel_size), fan_in))
        self.bias = Parameter(_uniform(rng, (out_channels,), fan_in)) if bias else None
        self.stride, self.padding, self.dilation, self.groups = stride, padding, dilation, groups

    def forward(self, x: Tensor) -> Tensor:
        return F.conv2d(x, self.weight, self.bias, self.stride, self.padding, self.dilation,
                        self.groups)


class Conv1d(Module):
    """``torch.nn.Conv1d`` on (N, C, L): weight (out, in / groups, kernel_size) and bias drawn
    as torch's, U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with fan_in = in / groups * kernel_size;
    ``padding`` an int, "valid" or "same"."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size: Any, stride: Any = 1,
                 padding: Any = 0, dilation: Any = 1, groups: int = 1, bias: bool = True,
                 seed: int | None = None):
        super().__init__()
        k = kernel_size[0] if isinstance(kernel_size, (tuple, list)) and len(
            kernel_size) == 1 else kernel_size
        for name, v in (("in_channels", in_channels), ("out_channels", out_channels),
                        ("kernel_size", k), ("groups", groups)):
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ArgumentValueError(f"Conv1d: {name} must be an int >= 1, got {v!r}")
        if in_channels % groups or out_channels % groups:
            raise ArgumentValueError(f"Conv1d: in_channels ({in_channels}) and out_channels "
                                     f"({out_channels}) must be divisible by groups ({groups})")
        rng = layer_rng(seed)
        fan_in = in_channels // groups * k
        self.weight = Parameter(_uniform(rng, (out_channels, in_channels // groups, k), fan_in))
        self.bias = Parameter(_uniform(rng, (out_channels,), fan_in)) if bias else None
        self.stride, self.padding, self.dilation, self.groups = stride, padding, dilation, groups

    def forward(self, x: Tensor) -> Tensor:
        return F.conv1d(x, self.weight, self.bias, self.stride, self.padding, self.dilation,
                        self.groups)


class MaxPool2d(Module):
    def __init__(self, kernel_size: int, stride: int | None = None):
        super().__init__()
        self.kernel_size, self.stride = kernel_size, stride

    def forward(self, x: Tensor) -> Tensor:
        return F.max_pool2d(x, self.kernel_size, self.stride)


class ReLU(Module):
    def forward(self, x: Tensor) -> Tensor:
        return F.relu(x)


class GELU(Module):
    def __init__(self, approximate: str = "none") -> None:
        super().__init__()
        F.gelu_op(approximate)  # checks the argument now
        self.approximate = approximate

    def forward(self, x: Tensor) -> Tensor:
        return F.gelu(x, self.approximate)


class Embedding(Module):
    """A table of ``num_embeddings`` rows of ``embedding_dim``, looked up by integer index
    (initial rows standard normal, as PyTorch's)."""

    def __init__(self, num_embeddings: int, embedding_dim: int, seed: int | None = None):
        super().__init__()
        for name, v in (("num_embeddings", num_embeddings), ("embedding_dim", embedding_dim)):
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ArgumentValueError(f"Embedding: {name} must be a positive int, got "
                                         f"{v!r}")
        self.weight = Parameter(layer_rng(seed).standard_normal((num_embeddings, embedding_dim)))

    def forward(self, idx: Any) -> Tensor:
        return F.embedding(idx, self.weight)


class LayerNorm(Module):
    def __init__(self, features: int, eps: float = 1e-5):
        super().__init__()
        self.weight = Parameter(np.ones(features))
        self.bias = Parameter(np.zeros(features))
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        return F.layer_norm(x, self.weight, self.bias, self.eps)


class Dropout(Module):
    def __init__(self, p: float = 0.5, seed: int | None = None):
        super().__init__()
        if not 0.0 <= p < 1.0:
            raise ArgumentValueError(f"Dropout: p must be in [0, 1), got {p}")
        self.p = p
        self.rng = layer_rng(seed)

    def forward(self, x: Tensor) -> Tensor:
        return F.dropout(x, self.p, self.training, self.rng)


class _WeightedLoss(Module):
    """A class loss: ``weight`` (per class, or None) is a buffer, as in torch."""

    def __init__(self, weight: Any = None, ignore_index: int = -100, reduction: str = "mean"
                 ) -> None:
        super().__init__()
        self.register_buffer("weight", None if weight is None else as_tensor(weight))
        self.ignore_index = ignore_index
        self.reduction = F.check_reduction(type(self).__name__, reduction)


class NLLLoss(_WeightedLoss):
    def forward(self, input: Tensor, target: Any) -> Tensor:
        return F.nll_loss(input, target, self.weight, self.ignore_index, self.reduction)


class CrossEntropyLoss(_WeightedLoss):
    def __init__(self, weight: Any = None, ignore_index: int = -100, reduction: str = "mean",
                 label_smoothing: float = 0.0) -> None:
        super().__init__(weight, ignore_index, reduction)
        self.label_smoothing = label_smoothing

    def forward(self, input: Tensor, target: Any) -> Tensor:
        return F.cross_entropy(input, target, self.weight, self.ignore_index, self.reduction,
                               self.label_smoothing)


class _BatchNorm(Module):
    """Batch normalisation over axis 1 with running statistics (buffers ``running_mean``,
    ``running_var``, ``num_batches_tracked``), as torch's: training normalises with the
    batch's statistics and moves the running ones ``momentum`` of the way to them (None: a
    cumulative average); eval uses the running ones."""

    ranks: tuple[int, ...] = ()
    shapes = ""

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float | None = 0.1,
                 affine: bool = True, track_running_stats: bool = True) -> None:
        super().__init__()
        if isinstance(num_features, bool) or not isinstance(num_features, (int, np.integer)) \
                or num_features < 1:
            raise ArgumentValueError(f"{type(self).__name__}: num_features must be a positive "
                                     f"int, got {num_features!r}")
        self.num_features, self.eps, self.momentum = int(num_features), eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        self.weight = Parameter(np.ones(num_features)) if affine else None
        self.bias = Parameter(np.zeros(num_features)) if affine else None
        for name in ("running_mean", "running_var", "num_batches_tracked"):
            self.register_buffer(name, None)
        self.reset_running_stats()

    def reset_running_stats(self) -> None:
        """Running mean 0, variance 1, no batch tracked (nothing when not tracking)."""
        if self.track_running_stats:
            n = self.num_features
            self.running_mean = Tensor(aligned(np.zeros(n, np.float32)))
            self.running_var = Tensor(aligned(np.ones(n, np.float32)))
            self.num_batches_tracked = Tensor(np.array(0, np.int64))

    def forward(self, x: Tensor) -> Tensor:
        name = f"{type(self).__name__}({self.num_features})"
        if x.ndim not in self.ranks:
            raise DSLShapeError(f"{name}: expected an input {self.shapes}, got "
                                f"{list(x.shape)}")
        if x.shape[1] != self.num_features:
            raise DSLShapeError(f"{name}: input {list(x.shape)} has {x.shape[1]} channels "
                                f"(axis 1), the layer expects {self.num_features}")
        track = self.training and self.track_running_stats
        factor = self.momentum
        if track:
            count = int(self.num_batches_tracked) + 1
            factor = 1.0 / count if self.momentum is None else self.momentum
        y = F.batch_norm(x, self.running_mean if not self.training or track else None,
                         self.running_var if not self.training or track else None,
                         self.weight, self.bias, self.training or self.running_mean is None,
                         factor, self.eps)
        if track:  # counted once the batch went through
            from . import device as D

            self.num_batches_tracked.data = D.move(np.array(count, np.int64),
                                                   self.num_batches_tracked.device)
        return y


class BatchNorm1d(_BatchNorm):
    ranks, shapes = (2, 3), "[N, C] or [N, C, L]"


class BatchNorm2d(_BatchNorm):
    ranks, shapes = (4,), "[N, C, H, W]"


class MSELoss(Module):
    def __init__(self, reduction: str = "mean") -> None:
        super().__init__()
        self.reduction = reduction

    def forward(self, input: Tensor, target: Any) -> Tensor:
        return F.mse_loss(input, target, self.reduction)


class Flatten(Module):
    """Merges axes ``start_dim..end_dim`` (from 1: the batch axis stays), as torch's."""

    def __init__(self, start_dim: int = 1, end_dim: int = -1) -> None:
        super().__init__()
        self.start_dim, self.end_dim = start_dim, end_dim

    def forward(self, x: Tensor) -> Tensor:
        return F.flatten(x, self.start_dim, self.end_dim)


class Softmax(Module):
    def __init__(self, dim: int = -1) -> None:
        super().__init__()
        self.dim = dim

    def forward(self, x: Tensor) -> Tensor:
        return F.softmax(x, dim=self.dim)


class PrimaryCapsules(Module):
    """A conv whose output channels group into ``num_caps`` capsule types of ``dim``;
    returns squashed capsules ``[batch, num_caps * H * W, dim]``."""

    def __init__(self, in_channels: int, num_caps: int, dim: int, kernel_size: int,
                 stride: int = 1, seed: int | None = None):
        super().__init__()
        self.conv = Conv2d(in_channels, num_caps * dim, kernel_size, stride, seed=seed)
        self.num_caps, self.dim = num_caps, dim

    def forward(self, x: Tensor) -> Tensor:
        y = self.conv(x)  # [b, caps*dim, h, w]
        b, _, h, w = y.shape
        y = F.reshape(y, (b, self.num_caps, self.dim, h * w))
        y = F.permute(y, (0, 1, 3, 2))  # [b, caps, hw, dim]
        return F.squash(F.reshape(y, (b, self.num_caps * h * w, self.dim)))


class DigitCapsules(Module):
    """``u_hat[b, i, j, :] = W[i, j] @ u[b, i]``, then ``iterations`` of routing by agreement;
    returns ``v[batch, out_caps, out_dim]``."""

    def __init__(self, in_caps: int, in_dim: int, out_caps: int, out_dim: int,
                 iterations: int = 3, seed: int | None = None):
        super().__init__()
        rng = layer_rng(seed)
        self.weight = Parameter(0.5 * rng.standard_normal((in_caps, in_dim, out_caps * out_dim))
                                / math.sqrt(in_dim))
        self.in_caps, self.in_dim, self.out_caps, self.out_dim = in_caps, in_dim, out_caps, out_dim
        self.iterations = iterations

    def forward(self, u: Tensor) -> Tensor:
        if u.shape[1:] != (self.in_caps, self.in_dim):
            raise DSLShapeError(f"DigitCapsules: input {list(u.shape)} must be "
                                f"[batch, {self.in_caps}, {self.in_dim}]")
        uh = F.capsule_predict(u, self.weight, self.out_caps)  # [b, i, j, d]
        return F.dynamic_routing(uh, self.iterations)


def margin_loss(v: Tensor, target: Any, m_plus: float = 0.9, m_minus: float = 0.1,
                lam: float = 0.5) -> Tensor:
    """Capsule margin loss on output capsule lengths ``v`` [N, C, D] for class ids
    ``target`` [N] in [0, C), averaged over the batch."""
    t = as_tensor(target)
    n, c = (v.shape[0], v.shape[1]) if v.ndim == 3 else (0, 0)
    if v.ndim != 3 or t.shape != (n,) or t.dtype.kind not in "iu":
        raise DSLShapeError(f"margin_loss: takes capsules [N, C, D] and integer class ids "
                            f"[N], got {list(v.shape)} and {t.dtype} {list(t.shape)}")
    if t.device == "cpu":
        value_check(t.data, functools.partial(_check_classes, c))
    onehot = apply("one_hot", B.one_hot, [t], (c, v.dtype.name))  # a kernel: compile_step
    length = F.sqrt(F.sum(v * v, axis=-1) + 1e-9)
    pos = F.relu(m_plus - length)
    neg = F.relu(length - m_minus)
    loss = onehot * pos * pos + lam * (1.0 - onehot) * neg * neg
    return F.sum(loss) * (1.0 / v.shape[0])


def _check_classes(c: int, t: np.ndarray) -> None:
    if t.size and (t.min() < 0 or t.max() >= c):
        bad = t.min() if t.min() < 0 else t.max()
        raise TensorIndexError(f"margin_loss: class id {bad} is out of range for {c} "
                               f"capsules (expected ids in [0, {c - 1}])")


__all__ = [
    "GELU",
    "BatchNorm1d",
    "BatchNorm2d",
    "Conv1d",
    "Conv2d",
    "CrossEntropyLoss",
    "DigitCapsules",
    "Dropout",
    "Embedding",
    "Flatten",
    "LayerNorm",
    "Linear",
    "MSELoss",
    "MaxPool2d",
    "NLLLoss",
    "PrimaryCapsules",
    "ReLU",
    "Softmax",
    "margin_loss",
]
