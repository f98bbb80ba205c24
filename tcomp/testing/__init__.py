"""Helpers for tests of every package: random inputs and dtype-aware comparisons (layer 6).

The oracles themselves are ``tcomp.dsl.eval.evaluate`` (algorithm level) and
``tcomp.ir.interp.run`` (loop IR); these helpers feed and compare them. The program fuzzer,
``python -m tcomp.testing.fuzz``, lives in ``tcomp.testing.fuzz``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..dtypes import DType, as_dtype
from ..errors import TcompRuntimeError
from ..ir import expr as E
from ..ir.npops import eval_int
from ..ir.visitor import walk

# Default (rtol, atol) by dtype kind/bits; ints and bools compare exactly.
TOLERANCES: dict[str, tuple[float, float]] = {
    "float32": (1e-4, 1e-5),
    "float64": (1e-10, 1e-12),
}


def _rng(rng: Any) -> np.random.Generator:
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(0 if rng is None else rng)


def _shape(obj: Any, dims: Mapping[Any, int]) -> tuple[int, ...]:
    name = getattr(obj, "name", repr(obj))
    out = []
    for d, ext in enumerate(obj.shape):
        if isinstance(ext, E.Const):
            out.append(int(ext.value))
            continue
        env: dict[E.Var, int] = {}
        for v in {n for n in walk(ext) if isinstance(n, E.Var)}:
            if v in dims:
                env[v] = int(dims[v])
            elif v.name in dims:
                env[v] = int(dims[v.name])
            else:
                raise TcompRuntimeError(
                    f"random_inputs: dim {d} of '{name}' is {ext!r}; pass dim_values="
                    f"{{{v.name}: ...}} to give '{v.name}' a size")
        out.append(eval_int(ext, env, f"dim {d} of '{name}'"))
    return tuple(out)


def random_array(shape: Sequence[int], dtype: Any, rng: Any = None,
                 int_range: tuple[int, int] = (-5, 6)) -> np.ndarray:
    """One random array: floats uniform in [-1, 1], ints in ``int_range``, bools fair coins."""
    g = _rng(rng)
    dt = as_dtype(dtype)
    if dt.is_float:
        return g.uniform(-1.0, 1.0, tuple(shape)).astype(dt.np)
    if dt.is_int:
        return g.integers(int_range[0], int_range[1], tuple(shape)).astype(dt.np)
    return g.integers(0, 2, tuple(shape)).astype(bool)


def _index_read(idx: E.Expr) -> E.Expr:
    """The read an index is made of: through casts, and through numpy's wrap of negative
    indices ``select(I < 0, I + n, I)`` (``nn.take``), whose values in [0, n) are the read's
    own."""
    while isinstance(idx, E.Cast):
        idx = idx.value
    if isinstance(idx, E.Select):
        t, f = _index_read(idx.t), _index_read(idx.f)
        if isinstance(t, E.Binary) and t.op in (E.Op.ADD, E.Op.SUB) and isinstance(t.b, E.Const):
            t = _index_read(t.a)
        if t == f:
            return f
    return idx


def index_ranges(outputs: Any, dim_values: Mapping[Any, int] | None = None
                 ) -> dict[Any, int]:
    """Integer placeholders that the computation of ``outputs`` uses as indices, directly
    (``X[I[i]]``, or through a cast), each with the extent ``n`` it indexes: their values
    must lie in [0, n). A placeholder that indexes several axes gets the smallest extent.
    Returns ``{placeholder op: n}``; axes whose extent is unknown are left out."""
    from ..dsl.tensor import ComputeOp, PlaceholderOp

    dims = dim_values or {}
    todo = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
    seen: set[int] = set()
    out: dict[Any, int] = {}
    while todo:
        op = todo.pop().op
        if id(op) in seen or not isinstance(op, ComputeOp):
            continue
        seen.add(id(op))
        for body in op.body:
            for n in walk(body):
                if not isinstance(n, E.ProducerLoad):
                    continue
                todo.append(n.tensor)
                for d, idx in enumerate(n.indices):
                    idx = _index_read(idx)
                    if not (isinstance(idx, E.ProducerLoad) and idx.dtype.is_int
                            and isinstance(idx.tensor.op, PlaceholderOp)):
                        continue
                    try:
                        ext = _shape(n.tensor, dims)[d]
                    except TcompRuntimeError:  # a symbolic extent we have no value for
                        continue
                    key = idx.tensor.op
                    out[key] = min(out.get(key, ext), ext)
    return out


def random_inputs(tensors_or_buffers: Any, rng: Any = None,
                  dim_values: Mapping[Any, int] | None = None,
                  int_range: tuple[int, int] = (-5, 6), outputs: Any = None) -> Any:
    """Random numpy arrays for placeholders (Tensors) or Buffers, in the given order.

    Symbolic dims take their sizes from ``dim_values`` (keyed by Var or name). ``rng`` is a
    numpy Generator or a seed (default 0, so tests are deterministic). Ints are drawn from
    ``int_range``, except that, given the ``outputs`` computed from these placeholders, an
    int placeholder used as an index (a gather ``X[I[i]]``) gets values in [0, n) for the
    extent n it indexes (see ``index_ranges``), so reading through it stays in range.
    Returns a list, or one array when given a single tensor/buffer.
    """
    single = not isinstance(tensors_or_buffers, (list, tuple))
    items = [tensors_or_buffers] if single else list(tensors_or_buffers)
    g = _rng(rng)
    ranges = {} if outputs is None else index_ranges(outputs, dim_values)
    out = []
    for t in items:
        if not isinstance(getattr(t, "dtype", None), DType) or not hasattr(t, "shape"):
            raise TcompRuntimeError(
                f"random_inputs: expected tensors or buffers, got {type(t).__name__}")
        n = ranges.get(getattr(t, "op", None))
        rng_t = int_range if n is None or n <= 0 else (0, n)
        out.append(random_array(_shape(t, dim_values or {}), t.dtype, g, rng_t))
    return out[0] if single else out


def assert_allclose(actual: Any, expected: Any, dtype: Any = None, rtol: float | None = None,
                    atol: float | None = None, name: str = "output") -> None:
    """Assert ``actual`` matches ``expected`` within tolerances chosen by ``dtype``.

    ``dtype`` defaults to ``expected``'s. Floats use TOLERANCES (NaNs must coincide), ints and
    bools must be equal. The failure message names ``name`` and shows the worst element.
    """
    act, exp = np.asarray(actual), np.asarray(expected)
    dt = as_dtype(dtype if dtype is not None else exp.dtype)
    if act.shape != exp.shape:
        raise AssertionError(f"{name}: shape {act.shape} != expected {exp.shape}")
    if act.dtype != dt.np:
        raise AssertionError(f"{name}: dtype {act.dtype} != expected {dt}")
    if act.size == 0:
        return
    if not dt.is_float:
        bad = act != exp
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            raise AssertionError(
                f"{name}: {int(bad.sum())} of {act.size} elements differ ({dt}, exact "
                f"comparison); first at {idx}: actual {act[idx]!r}, expected {exp[idx]!r}")
        return
    d_rtol, d_atol = TOLERANCES.get(dt.name, TOLERANCES["float32"])
    rtol = d_rtol if rtol is None else rtol
    atol = d_atol if atol is None else atol
    a64, e64 = act.astype(np.float64), exp.astype(np.float64)
    nan_a, nan_e = np.isnan(a64), np.isnan(e64)
    with np.errstate(invalid="ignore"):
        err = np.abs(a64 - e64)
        same_inf = np.isinf(e64) & (a64 == e64)
        err = np.where(same_inf | (nan_a & nan_e), 0.0, err)
        err = np.where(nan_a ^ nan_e, np.inf, err)
    bad = err > atol + rtol * np.abs(np.where(np.isfinite(e64), e64, 0.0))
    if not bad.any():
        return
    excess = np.where(bad, err - rtol * np.abs(np.nan_to_num(e64)), -np.inf)
    idx = np.unravel_index(int(np.argmax(excess)), act.shape)
    rel = err[idx] / abs(e64[idx]) if e64[idx] != 0 else np.inf
    raise AssertionError(
        f"{name}: {int(bad.sum())} of {act.size} elements differ beyond rtol={rtol:g}, "
        f"atol={atol:g} ({dt}); worst at {tuple(int(i) for i in idx)}: actual {act[idx]!r}, "
        f"expected {exp[idx]!r}, abs err {err[idx]:.3g}, rel err {rel:.3g}")


__all__ = ["TOLERANCES", "assert_allclose", "index_ranges", "random_array", "random_inputs"]
