"""Modules: Module/Parameter (and buffers), Sequential, Linear, Conv1d, Conv2d, pooling,
activations, LayerNorm, BatchNorm, Dropout, losses and the capsule layers with margin loss
(layer 9).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..errors import ArgumentTypeError, ArgumentValueError, DSLShapeError
from ..runtime.memory import aligned
from . import functional as F
from .serialization import check_state, load_state, save_state
from .tensor import Tensor


class Parameter(Tensor):
    """A Tensor a Module owns and trains (``requires_grad=True``)."""

    def __init__(self, data: Any, dtype: Any = np.float32):
        # 64-byte aligned (a copy only where numpy's allocation was not), like torch's
        super().__init__(aligned(data, dtype), requires_grad=True)


@contextlib.contextmanager
def evaluating(model: Any) -> Iterator[None]:
    """Every module of ``model`` in eval mode inside the block (dropout off, batch norm on its
    running statistics), each module's own training flag restored afterwards, also on an
    error. A callable that is not a Module has no flags: nothing changes."""
    modes = [(m, m.training) for m in getattr(model, "modules", lambda: [])()]
    for m, _ in modes:
        object.__setattr__(m, "training", False)
    try:
        yield
    finally:
        for m, mode in modes:
            object.__setattr__(m, "training", mode)


class Module:
    """Base class: holds Parameters and sub-Modules as attributes; ``__call__`` = forward."""

    def __init__(self) -> None:
        object.__setattr__(self, "training", True)

    def forward(self, *args: Any) -> Any:
        raise NotImplementedError(f"{type(self).__name__} must define forward()")

    def __call__(self, *args: Any) -> Any:
        return self.forward(*args)

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, (list, tuple, dict)) and any(
                isinstance(v, (Module, Parameter))
                for v in (value.values() if isinstance(value, dict) else value)):
            kind = "ModuleDict" if isinstance(value, dict) else "ModuleList"
            raise ArgumentValueError(
                f"{type(self).__name__}.{name}: a plain {type(value).__name__} of modules or "
                f"parameters is invisible to parameters(), the optimizer and state_dict(); "
                f"wrap it: self.{name} = nn.{kind}(...)")
        if name in vars(self).get("_buffers", ()) and value is not None \
                and not isinstance(value, Tensor):
            raise ArgumentTypeError(f"{type(self).__name__}.{name} is a buffer: assign a "
                                    f"Tensor or None, not {type(value).__name__}")
        object.__setattr__(self, name, value)

    def register_buffer(self, name: str, tensor: Tensor | None, persistent: bool = True
                        ) -> None:
        """Make ``tensor`` the module's buffer ``name``: state that is not trained (running
        statistics). It is an attribute, moves and casts with the module, and is saved in
        ``state_dict()`` when ``persistent``, but is not in ``parameters()`` (as in torch)."""
        if not isinstance(name, str) or not name.isidentifier():
            raise ArgumentValueError(f"register_buffer: the name must be an identifier (no "
                                     f"'.'), got {name!r}")
        if name in vars(self) and name not in vars(self).get("_buffers", ()):
            raise ArgumentValueError(f"register_buffer: {type(self).__name__} already has an "
                                     f"attribute {name!r}")
        if tensor is not None and (not isinstance(tensor, Tensor) or isinstance(tensor,
                                                                                 Parameter)):
            raise ArgumentTypeError(f"register_buffer: buffer {name!r} must be a Tensor (not "
                                    f"a Parameter) or None, got {type(tensor).__name__}")
        vars(self).setdefault("_buffers", {})[name] = bool(persistent)
        object.__setattr__(self, name, tensor)

    def _named_tensors(self, prefix: str, want: Any) -> Iterator[tuple[str, Tensor]]:
        """The tensors of this module and its sub-modules, in attribute order, that
        ``want(value, persistent)`` selects (``persistent``: None when not a buffer)."""
        bufs = vars(self).get("_buffers", {})
        for name, v in vars(self).items():
            if isinstance(v, Module):
                yield from v._named_tensors(f"{prefix}{name}.", want)
            elif isinstance(v, Tensor) and want(v, bufs.get(name)):
                yield prefix + name, v

    def named_buffers(self, prefix: str = "") -> Iterator[tuple[str, Tensor]]:
        """Every buffer (persistent or not) of this module and its sub-modules."""
        return self._named_tensors(prefix, lambda v, persistent: persistent is not None)

    def buffers(self) -> list[Tensor]:
        return [b for _, b in self.named_buffers()]

    def _named_state(self) -> Iterator[tuple[str, Tensor]]:
        """What ``state_dict()`` holds: the parameters and the persistent buffers."""
        return self._named_tensors("", lambda v, persistent: persistent or (
            persistent is None and isinstance(v, Parameter)))

    def named_children(self) -> Iterator[tuple[str, Module]]:
        """The direct sub-modules, with their attribute names."""
        for name, v in vars(self).items():
            if isinstance(v, Module):
                yield name, v

    def children(self) -> Iterator[Module]:
        for _, m in self.named_children():
            yield m

    def named_modules(self, prefix: str = "") -> Iterator[tuple[str, Module]]:
        """This module (named ``prefix``) and every module under it, depth first."""
        yield prefix, self
        for name, m in self.named_children():
            yield from m.named_modules(f"{prefix}.{name}" if prefix else name)

    def named_parameters(self, prefix: str = "") -> Iterator[tuple[str, Parameter]]:
        return self._named_tensors(  # type: ignore[return-value]
            prefix, lambda v, persistent: isinstance(v, Parameter))

    def parameters(self) -> list[Parameter]:
        return [p for _, p in self.named_parameters()]

    def modules(self) -> Iterator[Module]:
        yield self
        for v in vars(self).values():
            if isinstance(v, Module):
                yield from v.modules()

    def train(self, mode: bool = True) -> Module:
        for m in self.modules():
            object.__setattr__(m, "training", mode)
        return self

    def eval(self) -> Module:
        return self.train(False)

    def zero_grad(self) -> None:
        for p in self.parameters():
            p.grad = None

    def to(self, device: Any) -> Module:
        """Move every parameter (and its grad) and buffer to ``device`` in place, as torch
        does: the Parameter objects stay the same, so optimizers keep working on them."""
        from . import device as D

        dev = D.parse(device)
        for p in [*self.parameters(), *self.buffers()]:
            p._data = D.move(p.data, dev)
            if p.grad is not None:
                p.grad._data = D.move(p.grad.data, dev)
        return self

    def cuda(self) -> Module:
        return self.to("cuda")

    def cpu(self) -> Module:
        return self.to("cpu")

    def double(self) -> Module:
        """Every float parameter (and its grad) and buffer as float64, in place: the objects
        stay the same. Make the optimizer afterwards (its state takes the parameters' dtype
        when it is made), as in torch."""
        return self._cast(np.float64)

    def float(self) -> Module:
        """Every float parameter (and its grad) as float32, in place."""
        return self._cast(np.float32)

    def _cast(self, dtype: Any) -> Module:
        for p in [*self.parameters(), *self.buffers()]:
            if p.device != "cpu":
                raise ArgumentValueError(f"{type(self).__name__}: casting parameters on "
                                         f"{p.device} is not supported; move to cpu first")
            if p.data.dtype.kind == "f":
                p._data = aligned(p.data, dtype)
                if p.grad is not None:
                    p.grad._data = aligned(p.grad.data, dtype)
        return self

    def state_dict(self) -> dict[str, np.ndarray]:
        """Host copies of the parameters and persistent buffers (cuda ones are copied
        back)."""
        return {k: np.array(p.numpy(), copy=True) for k, p in self._named_state()}

    def load_state_dict(self, state: Any, format: str | None = None, strict: bool = True
                        ) -> tuple[list[str], list[str]]:
        """Load from a dict of arrays, or a path to an ``.npz`` or safetensors file (the
        format is read from the file; ``format=`` insists on one). Names, shapes and dtypes
        must match; a ``StateDictError`` lists every mismatch and nothing is loaded.
        ``strict=False`` (as in PyTorch) loads the names both sides have and returns
        ``(missing, unexpected)``: the module's names the state lacks, and the state's names
        the module lacks; shapes and dtypes must still match."""
        if isinstance(state, str) or hasattr(state, "__fspath__"):
            state = load_state(state, format)
        params = dict(self._named_state())
        arrays = check_state(params, state, type(self).__name__, strict)
        from . import device as D

        for k, p in params.items():
            if k in arrays:
                p.data = D.move(np.array(arrays[k], dtype=p.dtype, order="C", copy=True),
                                p.device)
        return sorted(set(params) - set(state)), sorted(set(state) - set(params))

    def save(self, path: Any, format: str | None = None) -> str:
        """Save the parameters to ``path`` (no pickle): safetensors when ``format=
        'safetensors'`` or the name ends in ``.safetensors`` (the ``safetensors`` extra), else
        ``.npz``. Returns the path written."""
        return save_state(self.state_dict(), path, format)


class ModuleList(Module):
    """Modules in a list whose parameters the parent finds (``layers.0.weight``, ...):
    index, slice, iterate, ``len``, ``append``, ``extend``."""

    def __init__(self, modules: Any = ()) -> None:
        super().__init__()
        object.__setattr__(self, "_n", 0)
        self.extend(modules)

    def _check(self, m: Any) -> Module:
        if not isinstance(m, Module):
            raise ArgumentValueError(f"{type(self).__name__} holds modules, got "
                                     f"{type(m).__name__} {m!r}")
        return m

    def append(self, m: Module) -> ModuleList:
        object.__setattr__(self, str(self._n), self._check(m))
        object.__setattr__(self, "_n", self._n + 1)
        return self

    def extend(self, modules: Any) -> ModuleList:
        for m in modules:
            self.append(m)
        return self

    def _index(self, k: int) -> int:
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
            raise ArgumentValueError(f"{type(self).__name__} index must be an int or a slice, "
                                     f"got {type(k).__name__} {k!r}")
        if not -self._n <= k < self._n:
            raise IndexError(f"{type(self).__name__} index {k} out of range for "
                             f"{self._n} modules")
        return int(k) % self._n

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return type(self)(*[self[i] for i in range(self._n)[k]]) \
                if isinstance(self, Sequential) else ModuleList(
                    [self[i] for i in range(self._n)[k]])
        return getattr(self, str(self._index(k)))

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Module]:
        return (getattr(self, str(k)) for k in range(self._n))


class ModuleDict(Module):
    """Modules by name whose parameters the parent finds (``heads.left.weight``, ...):
    ``[]``, ``in``, ``len``, ``keys``, ``values``, ``items``, iteration over the names."""

    def __init__(self, modules: Any = None) -> None:
        super().__init__()
        for k, m in dict(modules or {}).items():
            self[k] = m

    def __setitem__(self, key: str, m: Module) -> None:
        if not isinstance(key, str) or not key or "." in key or key in vars(Module()) \
                or hasattr(Module, key):
            raise ArgumentValueError(f"ModuleDict key must be a non-empty name without '.' "
                                     f"that no Module method uses, got {key!r}")
        if not isinstance(m, Module):
            raise ArgumentValueError(f"ModuleDict holds modules, got {type(m).__name__} for "
                                     f"key {key!r}")
        object.__setattr__(self, key, m)

    def __getitem__(self, key: str) -> Module:
        if key not in self:
            raise KeyError(f"ModuleDict has no module {key!r}; it has {list(self.keys())}")
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and isinstance(vars(self).get(key), Module)

    def keys(self) -> list[str]:
        return [k for k, _ in self.named_children()]

    def values(self) -> list[Module]:
        return [m for _, m in self.named_children()]

    def items(self) -> list[tuple[str, Module]]:
        return list(self.named_children())

    def __len__(self) -> int:
        return len(self.keys())

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())


class Sequential(ModuleList):
    """Modules applied in order; indexable, sliceable and iterable like a ModuleList."""

    def __init__(self, *layers: Module):
        super().__init__(layers)

    def forward(self, x: Any) -> Any:
        for m in self:
            x = m(x)
        return x


_GENERATOR = np.random.default_rng(0)


def manual_seed(seed: int) -> None:
    """Seed the generator that layers created without ``seed=`` draw their initial weights
    (and Dropout its masks) from, as ``torch.manual_seed`` does: each such layer gets its
    own stream, so two ``Linear(d, d)`` start different, and a program that seeds first
    starts the same every run (the generator starts seeded with 0 at import)."""
    global _GENERATOR
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ArgumentValueError(f"manual_seed: seed must be a non-negative int, got "
                                 f"{seed!r}")
    _GENERATOR = np.random.default_rng(int(seed))


def _shape(shape: tuple[Any, ...], what: str) -> tuple[int, ...]:
    dims = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) \
        else shape
    for d in dims:
        if isinstance(d, bool) or not isinstance(d, (int, np.integer)) or d < 0:
            raise ArgumentValueError(f"{what}: sizes must be ints >= 0, got {list(dims)}")
    return tuple(int(d) for d in dims)


def zeros(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    """A tensor of zeros: ``zeros(2, 3)`` or ``zeros((2, 3))``."""
    return Tensor(np.zeros(_shape(shape, "zeros"), dtype), requires_grad=requires_grad)


def ones(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    return Tensor(np.ones(_shape(shape, "ones"), dtype), requires_grad=requires_grad)


def randn(*shape: Any, dtype: Any = np.float32, requires_grad: bool = False) -> Tensor:
    """Standard normal samples from the ``manual_seed`` generator."""
    data = _GENERATOR.standard_normal(_shape(shape, "randn")).astype(dtype)
    return Tensor(data, requires_grad=requires_grad)


def _rng(seed: int | None) -> np.random.Generator:
    """The generator of one layer: from ``seed`` when given, else its own stream drawn from
    the ``manual_seed`` generator."""
    if seed is None:
        return np.random.default_rng(int(_GENERATOR.integers(2**63)))
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ArgumentValueError(f"seed must be a non-negative int or None, got {seed!r}")
    return np.random.default_rng(int(seed))


def _uniform(rng: np.random.Generator, shape: tuple[int, ...], fan_in: int) -> np.ndarray:
    bound = 1.0 / math.sqrt(fan_in)
    return rng.uniform(-bound, bound, shape)


class Linear(Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True,
                 seed: int | None = None):
        super().__init__()
        rng = _rng(seed)
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
        rng = _rng(seed)
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
        rng = _rng(seed)
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
        self.weight = Parameter(_rng(seed).standard_normal((num_embeddings, embedding_dim)))

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
        self.rng = _rng(seed)

    def forward(self, x: Tensor) -> Tensor:
        return F.dropout(x, self.p, self.training, self.rng)


class _WeightedLoss(Module):
    """A class loss: ``weight`` (per class, or None) is a buffer, as in torch."""

    def __init__(self, weight: Any = None, ignore_index: int = -100, reduction: str = "mean"
                 ) -> None:
        super().__init__()
        self.register_buffer("weight", None if weight is None else F._t(weight))
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
        rng = _rng(seed)
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
    """Capsule margin loss on output capsule lengths, averaged over the batch."""
    t = np.asarray(target.data if isinstance(target, Tensor) else target)
    onehot = np.zeros((v.shape[0], v.shape[1]), v.dtype)
    onehot[np.arange(v.shape[0]), t] = 1.0
    length = F.sqrt(F.sum(v * v, axis=-1) + 1e-9)
    pos = F.relu(m_plus - length)
    neg = F.relu(length - m_minus)
    loss = Tensor(onehot) * pos * pos + Tensor(lam * (1.0 - onehot)) * neg * neg
    return F.sum(loss) * (1.0 / v.shape[0])


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
    "Module",
    "ModuleDict",
    "ModuleList",
    "NLLLoss",
    "Parameter",
    "PrimaryCapsules",
    "ReLU",
    "Sequential",
    "Softmax",
    "evaluating",
    "manual_seed",
    "margin_loss",
    "ones",
    "randn",
    "zeros",
]
