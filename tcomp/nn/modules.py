"""Modules: the ``Module`` base class (parameters, buffers, sub-modules, train/eval, devices,
dtypes, state dicts), ``Parameter``, ``evaluating`` and the containers ``ModuleList``,
``ModuleDict`` and ``Sequential`` (layer 9). The layers are in ``tcomp.nn.layers``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..errors import ArgumentTypeError, ArgumentValueError
from ..runtime.memory import aligned
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



def _unique(items: Iterator[Any]) -> Iterator[Any]:
    """``items`` (objects, or (name, object) pairs) with each object once, at its first."""
    seen: set[int] = set()
    for item in items:
        obj = item[1] if isinstance(item, tuple) else item
        if id(obj) not in seen:
            seen.add(id(obj))
            yield item

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

    def named_buffers(self, prefix: str = "", remove_duplicate: bool = True
                      ) -> Iterator[tuple[str, Tensor]]:
        """Every buffer (persistent or not) of this module and its sub-modules; one held
        twice (a shared sub-module) comes once unless ``remove_duplicate=False``, as torch's."""
        found = self._named_tensors(prefix, lambda v, persistent: persistent is not None)
        return _unique(found) if remove_duplicate else found

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

    def named_parameters(self, prefix: str = "", remove_duplicate: bool = True
                         ) -> Iterator[tuple[str, Parameter]]:
        """Every parameter of this module and its sub-modules, in attribute order; a tied
        parameter (one Parameter held in two places) comes once, under its first name,
        unless ``remove_duplicate=False``, as torch's (so an optimizer updates it once)."""
        found = self._named_tensors(prefix, lambda v, persistent: isinstance(v, Parameter))
        return _unique(found) if remove_duplicate else found  # type: ignore[return-value]

    def parameters(self) -> list[Parameter]:
        return [p for _, p in self.named_parameters()]

    def modules(self) -> Iterator[Module]:
        """This module and its sub-modules, each once (a shared one at its first place)."""
        return _unique(self._modules_all())

    def _modules_all(self) -> Iterator[Module]:
        yield self
        for v in vars(self).values():
            if isinstance(v, Module):
                yield from v._modules_all()

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
            p.data = D.move(p.data, dev)
            if p.grad is not None:
                p.grad.data = D.move(p.grad.data, dev)
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
                p.data = aligned(p.data, dtype)
                if p.grad is not None:
                    p.grad.data = aligned(p.grad.data, dtype)
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


__all__ = ["Module", "ModuleDict", "ModuleList", "Parameter", "Sequential", "evaluating"]
