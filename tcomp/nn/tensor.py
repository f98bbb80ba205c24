"""The nn Tensor: a numpy-backed array with reverse-mode autograd on a tape (layer 9).

Every compute op runs a tcomp kernel (``kernels.get_op``); its backward runs the kernels
``tcomp.autodiff`` derives from the op's DSL definition. Views (reshape) stay in numpy.
Elementwise ops are lazy (``tcomp.nn.lazy``): their result is *pending* (``_pending`` set,
``_data`` None) until something reads ``.data``, which compiles the pending graph into one
kernel. A pending tensor gets its tape node when it is computed.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentShapeError, DSLTypeError, TcompRuntimeError
from ..runtime.cuda import DeviceArray
from .kernels import c_array

GRAD_ENABLED = [True]  # no_grad() clears it; read by lazy.py
# a dict while compile_step traces backward(): each leaf's adjoint as the walk produced it
LEAF_ADJOINTS: list[dict[int, Any] | None] = [None]
FLOAT_DTYPES = (np.dtype(np.float32), np.dtype(np.float64))


@contextlib.contextmanager
def no_grad() -> Iterator[None]:
    """Inside this block, ops record no tape (inference, optimizer updates)."""
    old = GRAD_ENABLED[0]
    GRAD_ENABLED[0] = False
    try:
        yield
    finally:
        GRAD_ENABLED[0] = old


def is_grad_enabled() -> bool:
    return GRAD_ENABLED[0]


class Node:
    """One recorded op: its inputs and a function from the output adjoint to input adjoints."""

    __slots__ = ("backward", "name", "parents")

    def __init__(self, name: str, parents: Sequence[Tensor],
                 backward: Callable[[np.ndarray], Sequence[np.ndarray | None]]):
        self.name = name
        self.parents = tuple(parents)
        self.backward = backward


def shape_str(shape: Sequence[int]) -> str:
    """A shape as error messages print it: ``[2, 3]``."""
    return "[" + ", ".join(str(d) for d in shape) + "]"


class Tensor:
    """An n-d array (float32 by default) that can track gradients: numpy broadcasting in
    arithmetic, ``@``, indexing/slicing, ``reshape``, ``transpose``/``permute``, reductions
    and the activations of ``tcomp.nn.functional``."""

    __array_priority__ = 100.0

    def __init__(self, data: Any, requires_grad: bool = False, dtype: Any = None):
        if isinstance(data, Tensor):
            data = data.data
        if type(data) is DeviceArray and (dtype is None or np.dtype(dtype) == data.dtype):
            arr: Any = data  # a cuda tensor over this device array (no copy)
        else:
            arr = np.asarray(data, dtype=dtype)
        if dtype is None and arr.dtype == np.float64 and not isinstance(data, np.ndarray):
            arr = arr.astype(np.float32)  # Python floats become float32 like torch
        self._data: Any = arr if type(arr) is DeviceArray else np.require(arr,
                                                                           requirements="C")
        self._pending: Any = None
        if requires_grad and self._data.dtype not in FLOAT_DTYPES:
            raise DSLTypeError(f"requires_grad needs a float tensor, got {self.data.dtype} "
                               f"{shape_str(self.shape)}; cast it with .astype('float32')")
        self.requires_grad = bool(requires_grad)
        self.grad: Tensor | None = None
        self._node: Node | None = None

    # ------------------------------------------------------------------ basics
    @property
    def data(self) -> np.ndarray:
        """The values (computes a pending tensor first)."""
        if self._pending is not None:
            from .lazy import materialize

            materialize(self)
        return self._data  # type: ignore[return-value]

    @data.setter
    def data(self, value: np.ndarray) -> None:
        self._data = value
        self._pending = None

    @property
    def is_pending(self) -> bool:
        """True while the tensor is a lazy elementwise expression not computed yet."""
        return self._pending is not None

    @property
    def shape(self) -> tuple[int, ...]:
        p = self._pending
        return self._data.shape if p is None else p.shape  # type: ignore[union-attr]

    @property
    def dtype(self) -> np.dtype:
        p = self._pending
        return self._data.dtype if p is None else p.dtype  # type: ignore[union-attr]

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return math.prod(self.shape)

    @property
    def is_leaf(self) -> bool:
        """False for an op's result on tensors that require grad, pending or not (torch's)."""
        return not (self.requires_grad and (self._node is not None or self._pending is not None))

    def numpy(self) -> np.ndarray:
        """The data as a numpy array (cpu: no copy, don't write into it while training;
        cuda: a copy from the device)."""
        d = self.data
        return d.numpy() if type(d) is DeviceArray else d

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        d = self.numpy()
        return d if dtype is None else d.astype(dtype)

    def item(self) -> Any:
        return self.numpy().item()

    def tolist(self) -> Any:
        """The values as (nested) Python lists, as numpy's ``tolist``."""
        return self.numpy().tolist()

    def _one(self, what: str) -> Any:
        if self.size != 1:
            raise DSLTypeError(f"{what}() of a tensor of shape {list(self.shape)}: only a "
                               "one-element tensor converts to a Python number")
        return self.item()

    def __float__(self) -> float:
        return float(self._one("float"))

    def __int__(self) -> int:
        return int(self._one("int"))

    # ------------------------------------------------------------------ devices
    @property
    def device(self) -> str:
        """"cpu" (numpy storage) or "cuda" (a device array; emulated or a real GPU)."""
        return "cuda" if type(self._data) is DeviceArray else "cpu"

    def to(self, device: Any) -> Tensor:
        """This tensor on ``device`` (itself when already there); differentiable: the
        gradient moves back to this tensor's device."""
        from . import device as D

        dev = D.parse(device)
        src = self.device
        if dev == src:
            return self
        moved = D.move(self.data, dev)
        return make_result(moved, f"to_{dev}", [self], lambda g: [D.move(g, src)])

    def cuda(self) -> Tensor:
        return self.to("cuda")

    def cpu(self) -> Tensor:
        return self.to("cpu")

    def detach(self) -> Tensor:
        """The same data, cut from the tape."""
        return Tensor(self.data)

    def astype(self, dtype: Any) -> Tensor:
        from . import functional as F

        return F.cast(self, dtype)

    def float(self) -> Tensor:
        return self.astype("float32")

    def double(self) -> Tensor:
        return self.astype("float64")

    def long(self) -> Tensor:
        return self.astype("int64")

    def int(self) -> Tensor:
        return self.astype("int32")

    def clone(self) -> Tensor:
        """A copy of the data (on the same device) on the tape: its gradient flows back to
        this tensor, as torch's ``clone``."""
        return make_result(self.data.copy(), "clone", [self], lambda g: [g])

    def __len__(self) -> int:
        if not self.shape:
            raise DSLTypeError("len() of a 0-d tensor; use .item() for its value or .shape")
        return self.shape[0]

    def __repr__(self) -> str:
        g = ", requires_grad=True" if self.requires_grad else ""
        d = ", device='cuda'" if self.device == "cuda" else ""
        return (f"Tensor({np.array2string(self.numpy(), precision=4)}, dtype={self.dtype}"
                f"{d}{g})")

    # ------------------------------------------------------------------ autograd
    def backward(self, grad: Any = None) -> None:
        """Accumulate d(self)/d(leaf) into every leaf's ``.grad``.

        ``grad`` (the adjoint of ``self``) may be omitted only for a one-element tensor.
        """
        if not self.requires_grad:
            raise TcompRuntimeError(
                f"backward() on a tensor of shape {shape_str(self.shape)} that does not "
                "require grad (no input had requires_grad=True, or it ran under no_grad())")
        if self._pending is not None:
            from .lazy import materialize

            materialize(self)
        if grad is None:
            if self.size != 1:
                raise TcompRuntimeError(
                    f"backward() on a non-scalar tensor of shape {shape_str(self.shape)} needs "
                    "a gradient argument of the same shape (or reduce it first, e.g. .sum())")
            g = np.ones(self.shape, self.dtype)
            if type(self._data) is DeviceArray:
                from .device import move

                g = move(g, "cuda")
        else:
            g = grad.data if isinstance(grad, Tensor) else grad
            if type(g) is not DeviceArray:
                g = np.asarray(g, self.dtype)
            if type(self._data) is DeviceArray or type(g) is DeviceArray:
                from .device import move

                g = move(g, self.device)
            if g.shape != self.shape:
                raise ArgumentShapeError(
                    f"backward(): gradient has shape {shape_str(g.shape)}, the tensor has "
                    f"shape {shape_str(self.shape)}; pass a gradient of the tensor's shape")
        order = _topo(self)
        grads: dict[int, np.ndarray] = {id(self): g}
        # Adjoints are fresh kernel outputs, or passed through unchanged by identity vjps; a
        # leaf takes one without a copy unless the caller owns it, it is a view, or another
        # leaf already holds it.
        given = {id(g)} if grad is not None else set()
        sink = LEAF_ADJOINTS[0]
        for t in reversed(order):
            gt = grads.pop(id(t), None)
            if gt is None:
                continue
            if t._node is None:
                if t.requires_grad and sink is not None:
                    sink[id(t)] = gt
                if t.requires_grad and type(gt) is DeviceArray:
                    from .device import leaf_grad

                    leaf_grad(t, gt, given)
                elif t.requires_grad:
                    gt = c_array(gt, t.dtype)
                    if t.grad is None:
                        if id(gt) in given or gt.base is not None or not gt.flags.writeable:
                            gt = gt.copy()
                        given.add(id(gt))
                        t.grad = Tensor(gt)
                    else:
                        t.grad.data = t.grad.data + gt
                continue
            for p, gp in zip(t._node.parents, t._node.backward(gt), strict=False):
                if gp is None or not p.requires_grad:
                    continue
                prev = grads.get(id(p))
                if prev is None:
                    grads[id(p)] = gp
                else:
                    from .device import add

                    grads[id(p)] = add(prev, gp)

    def zero_grad(self) -> None:
        self.grad = None

    # ------------------------------------------------------------------ operators
    def __add__(self, o: Any) -> Tensor: return _F().add(self, o)
    def __radd__(self, o: Any) -> Tensor: return _F().add(o, self)
    def __sub__(self, o: Any) -> Tensor: return _F().sub(self, o)
    def __rsub__(self, o: Any) -> Tensor: return _F().sub(o, self)
    def __mul__(self, o: Any) -> Tensor: return _F().mul(self, o)
    def __rmul__(self, o: Any) -> Tensor: return _F().mul(o, self)
    def __truediv__(self, o: Any) -> Tensor: return _F().div(self, o)
    def __rtruediv__(self, o: Any) -> Tensor: return _F().div(o, self)
    def __pow__(self, o: Any) -> Tensor: return _F().pow(self, o)
    def __neg__(self) -> Tensor: return _F().neg(self)
    def __matmul__(self, o: Any) -> Tensor: return _F().matmul(self, o)
    def __rmatmul__(self, o: Any) -> Tensor: return _F().matmul(o, self)
    def __getitem__(self, idx: Any) -> Tensor:
        from .indexing import getitem

        return getitem(self, idx)

    # numpy's axis=/keepdims= or PyTorch's dim=/keepdim=
    def sum(self, *args: Any, **kw: Any) -> Tensor:
        return _F().sum(self, *args, **kw)

    def mean(self, *args: Any, **kw: Any) -> Tensor:
        return _F().mean(self, *args, **kw)

    def max(self, *args: Any, **kw: Any) -> Tensor:
        return _F().max(self, *args, **kw)

    def var(self, *args: Any, **kw: Any) -> Tensor:
        return _F().var(self, *args, **kw)

    def softmax(self, *args: Any, **kw: Any) -> Tensor:
        return _F().softmax(self, *args, **kw)

    def min(self, *args: Any, **kw: Any) -> Tensor:
        return _F().min(self, *args, **kw)

    def clamp(self, min: Any = None, max: Any = None) -> Tensor:
        return _F().clamp(self, min, max)

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        return _F().flatten(self, start_dim, end_dim)

    def unsqueeze(self, dim: int) -> Tensor:
        return _F().unsqueeze(self, dim)

    def squeeze(self, dim: Any = None) -> Tensor:
        return _F().squeeze(self, dim)

    def reshape(self, *shape: Any) -> Tensor:
        return _F().reshape(self, shape[0] if len(shape) == 1 and isinstance(
            shape[0], (tuple, list)) else shape)

    def permute(self, *axes: Any) -> Tensor:
        return _F().permute(self, axes[0] if len(axes) == 1 and isinstance(
            axes[0], (tuple, list)) else axes)

    def transpose(self, a: int = -2, b: int = -1) -> Tensor:
        from ..ops.axes import normalize_axis

        a = normalize_axis(a, self.ndim, "transpose", "dim0", self.shape)
        b = normalize_axis(b, self.ndim, "transpose", "dim1", self.shape)
        axes = list(range(self.ndim))
        axes[a], axes[b] = axes[b], axes[a]
        return _F().permute(self, axes)

    # torch's habits (functional.view, expand, repeat, chunk, split, argmax, argmin)
    def view(self, *shape: Any) -> Tensor: return _F().view(self, *shape)
    def view_as(self, other: Any) -> Tensor: return _F().view(self, other.shape)
    def reshape_as(self, other: Any) -> Tensor: return _F().reshape(self, other.shape)
    def expand(self, *sizes: Any) -> Tensor: return _F().expand(self, *sizes)
    def expand_as(self, other: Any) -> Tensor: return _F().expand(self, other.shape)
    def repeat(self, *sizes: Any) -> Tensor: return _F().repeat(self, *sizes)

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
        return _F().chunk(self, chunks, dim)

    def split(self, split_size: Any, dim: int = 0) -> tuple[Tensor, ...]:
        return _F().split(self, split_size, dim)

    def argmax(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        return _F().argmax(self, dim, keepdim)

    def argmin(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        return _F().argmin(self, dim, keepdim)

    @property
    def T(self) -> Tensor:
        return _F().permute(self, list(reversed(range(self.ndim))))

    def relu(self) -> Tensor: return _F().relu(self)
    def exp(self) -> Tensor: return _F().exp(self)
    def log(self) -> Tensor: return _F().log(self)
    def tanh(self) -> Tensor: return _F().tanh(self)
    def sigmoid(self) -> Tensor: return _F().sigmoid(self)
    def sqrt(self) -> Tensor: return _F().sqrt(self)

    # ------------------------------------------------------------------ interop (nn/interop.py)
    def __dlpack__(self, *, stream: Any = None, max_version: Any = None, dl_device: Any = None,
                   copy: bool | None = None) -> Any:
        """Export the storage through DLPack, no copy (refused if it requires grad)."""
        from .interop import export_dlpack

        return export_dlpack(self, stream, max_version, dl_device, copy)

    def __dlpack_device__(self) -> tuple[int, int]:
        return (1, 0)  # kDLCPU: the storage is a numpy array


def _F() -> Any:
    from . import functional

    return functional


def _topo(root: Tensor) -> list[Tensor]:
    order: list[Tensor] = []
    seen: set[int] = set()
    stack: list[tuple[Tensor, bool]] = [(root, False)]
    while stack:
        t, done = stack.pop()
        if done:
            order.append(t)
            continue
        if id(t) in seen:
            continue
        seen.add(id(t))
        stack.append((t, True))
        if t._node is not None:
            for p in t._node.parents:
                if id(p) not in seen and p.requires_grad:
                    stack.append((p, False))
    return order


def make_result(data: np.ndarray, name: str, parents: Sequence[Tensor],
                backward: Callable[[np.ndarray], Sequence[np.ndarray | None]]) -> Tensor:
    """Wrap an op's output; record it on the tape when a parent requires grad."""
    out = Tensor.__new__(Tensor)
    out._data = data
    out._pending = None
    out.grad = None
    out._node = None
    out.requires_grad = False
    if GRAD_ENABLED[0] and any(p.requires_grad for p in parents):
        out.requires_grad = True
        out._node = Node(name, parents, backward)
    return out


# ----------------------------------------------------------------------------- pending tensors
# tcomp.nn.lazy's way to make a tensor pending and computed (the module docstring's states)


def pending_tensor(p: Any) -> Tensor:
    """A pending Tensor for recorded op ``p``, requiring grad as make_result's output would."""
    t = Tensor.__new__(Tensor)
    t._data = None
    t._pending = p
    t.grad = None
    t._node = None
    t.requires_grad = GRAD_ENABLED[0] and any(x.requires_grad for x in p.inputs)
    return t


def pending_of(t: Tensor) -> Any:
    """The recorded op of ``t`` while it is pending, else None."""
    return t._pending


def array_of(t: Tensor) -> Any:
    """The array of a computed ``t`` (None while pending); unlike ``.data``, computes nothing."""
    return t._data


def computed(t: Tensor, data: Any, name: str, parents: Sequence[Tensor],
             backward: Callable[[Any], Sequence[Any]]) -> None:
    """Pending ``t`` computed: ``data`` its array (None: not kept, ``t`` stays pending), and its
    tape node ``name`` over ``parents`` when it requires grad."""
    if data is not None:
        t._data = data
        t._pending = None
    if t.requires_grad:
        t._node = Node(name, parents, backward)


def tensor(data: Any, requires_grad: bool = False, dtype: Any = None) -> Tensor:
    """Make a Tensor (float32 for Python floats)."""
    return Tensor(data, requires_grad=requires_grad, dtype=dtype)


__all__ = ["FLOAT_DTYPES", "GRAD_ENABLED", "Node", "Tensor", "array_of", "computed",
           "is_grad_enabled", "make_result", "no_grad", "pending_of", "pending_tensor",
           "shape_str", "tensor"]
