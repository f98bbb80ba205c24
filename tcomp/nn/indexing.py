"""``Tensor.__getitem__``: ints, slices, ``...``, and one integer-array or boolean-mask index
(layer 9).

Ints and slices (step > 0) run ``functional.getitem``'s slice kernel. Then at most one
advanced index acts on one axis:

- an integer array (a list, a numpy array or an integer Tensor, of any shape; negative entries
  count from the end; repeats allowed) gathers with a generated kernel built like
  ``ops.linalg.embedding`` (``out[..., j, ...] = x[..., idx[j], ...]``) along any axis.
  Its backward is a scatter-add, so repeated indices accumulate: the kernel ``tcomp.autodiff``
  derives for axes up to ``SCATTER_KERNEL_MAX_AXIS`` long, ``np.add.at`` beyond (the derived
  kernel's work grows with rows x indices). Kernels depend on shapes, not index values.
- a 1-D boolean mask selects along its axis. How many entries it keeps changes from call to
  call, and each new count would compile new kernels, so masks run in numpy
  (``np.compress`` forward, assignment into zeros backward: a mask has no repeats).

Result shapes follow numpy, including its rule that puts the array's dims first when an int
index is separated from it by a slice (``x[0, :, idx]``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..errors import DSLShapeError, DSLTypeError, TensorIndexError
from ..ir import expr as E
from ..ops.axes import normalize_axis
from ..ops.common import shape_of
from . import functional as F
from . import kernels
from .tensor import Tensor, make_result, shape_str


def _b_take(x: Any, idx: Any, axis: int) -> Any:
    xs, ish = shape_of(x), shape_of(idx)
    k = len(ish)

    def body(*i: E.Var) -> E.Expr:
        j = dsl.cast("int64", idx[tuple(i[axis:axis + k])])
        # a negative index counts from the end (numpy), in the kernel: the index array is
        # read as given, so a traced forward (compile_inference, export) follows its values
        j = dsl.if_then_else(j < 0, j + xs[axis], j)
        return x[(*i[:axis], j, *i[axis + k:])]
    return dsl.compute((*xs[:axis], *ish, *xs[axis + 1:]), body, name="take")


# The derived scatter-add kernel scans every index for each row of the axis (work ~ rows x
# indices); np.add.at is linear in the indices. Measured crossover (2 cores, float32): the
# kernel wins up to ~1000-2000 rows (e.g. 1000x256 table, 128 indices: 0.43 vs 0.63 ms), numpy
# beyond (50000x64 table, 1024 indices: 42 vs 1.8 ms).
SCATTER_KERNEL_MAX_AXIS = 2048


def _empty(x: Tensor, idx: Any) -> DSLShapeError:
    return DSLShapeError(f"indexing {shape_str(x.shape)} with {idx!r} gives an empty tensor")


def take(x: Tensor, indices: Any, axis: int = 0, _axis_name: int | None = None) -> Tensor:
    """``x`` gathered at integer ``indices`` along ``axis`` (``np.take``), differentiable."""
    ind = np.asarray(indices.data if isinstance(indices, Tensor) else indices)
    axis = normalize_axis(axis, x.ndim, "take", "axis", x.shape)
    if ind.dtype.kind not in "iu":
        raise DSLTypeError(f"take: indices must be integers, got {ind.dtype} "
                           f"{shape_str(ind.shape)}")
    n = x.shape[axis]
    if ind.size == 0:
        raise _empty(x, indices)
    lo, hi = ind.min(), ind.max()
    if lo < -n or hi >= n:
        name = axis if _axis_name is None else _axis_name
        raise TensorIndexError(f"index {lo if lo < -n else hi} is out of range for axis {name} "
                               f"of size {n} (expected indices in [{-n}, {n - 1}])")
    # the caller's array itself when it is int32/int64 (a trace follows it)
    ind = np.require(ind, ind.dtype if ind.dtype in (np.int32, np.int64) else np.int64, "C")
    xd = np.require(x.data, requirements="C")
    op = kernels.get_op("take", _b_take, [xd, ind], (axis,))
    out = op.forward([xd, ind])
    k = ind.ndim

    def backward(g: np.ndarray) -> list[np.ndarray | None]:
        g = kernels.c_array(g, op.out_dtype)
        if n <= SCATTER_KERNEL_MAX_AXIS:
            return [op.backward(0, [xd, ind], g), None]
        gm = np.moveaxis(g, list(range(axis, axis + k)), list(range(k)))
        acc = np.zeros((n, *xd.shape[:axis], *xd.shape[axis + 1:]), xd.dtype)
        np.add.at(acc, ind.ravel(), gm.reshape(ind.size, *acc.shape[1:]))
        return [np.ascontiguousarray(np.moveaxis(acc, 0, axis)), None]
    return make_result(out, "take", [x, Tensor(ind)], backward)


def _mask(x: Tensor, mask: np.ndarray, axis: int, what: Any, axis_name: int) -> Tensor:
    n = x.shape[axis]
    if mask.shape != (n,):
        raise DSLShapeError(f"boolean mask of shape {shape_str(mask.shape)} for axis "
                            f"{axis_name} of "
                            f"size {n}: a mask must be 1-D with one entry per element of the "
                            "axis")
    keep = np.flatnonzero(mask)
    if keep.size == 0:
        raise _empty(x, what)
    data = np.ascontiguousarray(np.compress(mask, x.data, axis=axis))
    shape, dtype, lead = x.shape, x.dtype, (slice(None),) * axis

    def backward(g: np.ndarray) -> list[np.ndarray]:
        gx = np.zeros(shape, dtype)
        gx[(*lead, keep)] = g
        return [gx]
    return make_result(data, "mask", [x], backward)


def _item(i: Any, d: int) -> Any:
    """An index entry as a slice, an int or an index array; errors name axis ``d``."""
    if isinstance(i, slice):
        return i
    if i is None:
        raise DSLShapeError("indexing with None (newaxis) is not supported; use reshape")
    if isinstance(i, Tensor):
        i = i.data
    if isinstance(i, bool | np.bool_):
        raise DSLTypeError(f"a boolean scalar can't index axis {d}; use a boolean mask array")
    if isinstance(i, int | np.integer):
        return int(i)
    if isinstance(i, list | tuple | np.ndarray):
        arr = np.asarray(i)
        if arr.size == 0 and arr.dtype == np.float64 and not isinstance(i, np.ndarray):
            arr = arr.astype(np.int64)  # [] indexes like numpy: an empty integer array
        if arr.dtype.kind not in "iub":
            raise DSLTypeError(f"an index array for axis {d} must hold integers or bools, "
                               f"got {arr.dtype} {shape_str(arr.shape)}")
        if arr.ndim == 0:
            return _item(arr[()], d)
        return arr
    raise DSLTypeError(f"can't index axis {d} with {type(i).__name__} {i!r}; use ints, "
                       "slices, an integer array or a boolean mask")


def getitem(x: Tensor, idx: Any) -> Tensor:
    """``x[idx]``: basic indexing plus at most one array index (see the module docstring)."""
    what = idx
    idx = idx if isinstance(idx, tuple) else (idx,)
    ells = [k for k, i in enumerate(idx) if i is Ellipsis]
    if len(ells) > 1:
        raise DSLShapeError(f"indexing with {what!r}: at most one '...' is allowed")
    if ells:
        k = ells[0]
        idx = idx[:k] + (slice(None),) * max(x.ndim - len(idx) + 1, 0) + idx[k + 1:]
    if len(idx) > x.ndim:
        raise TensorIndexError(f"too many indices ({len(idx)}) for a tensor of shape "
                               f"{shape_str(x.shape)}; give at most one per axis")
    items = [_item(i, d) for d, i in enumerate(idx)]
    arrays = [d for d, i in enumerate(items) if isinstance(i, np.ndarray)]
    if not arrays:
        return F.getitem(x, tuple(items))
    if len(arrays) > 1:
        raise DSLShapeError(f"indexing {shape_str(x.shape)}: only one index array is "
                            f"supported, got arrays for axes {arrays}; index one axis at a time")
    (d,) = arrays
    arr = items[d]
    y = F.getitem(x, tuple(slice(None) if k == d else i for k, i in enumerate(items)))
    ints = [k for k, i in enumerate(items) if isinstance(i, int)]
    axis = d - sum(k < d for k in ints)
    if arr.dtype == np.bool_:
        out, k = _mask(y, arr, axis, what, d), 1
    else:
        out, k = take(y, arr, axis, _axis_name=d), arr.ndim  # errors name x's axis
    pos = [*ints, d]
    if ints and max(pos) - min(pos) + 1 != len(pos) and axis:
        # numpy: advanced indices separated by a slice put the array's dims first
        rest = [a for a in range(out.ndim) if not axis <= a < axis + k]
        out = F.permute(out, [*range(axis, axis + k), *rest])
    return out


__all__ = ["getitem", "take"]
