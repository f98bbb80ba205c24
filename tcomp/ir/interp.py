"""Reference interpreter of the loop IR on numpy arrays (layer 1).

``run(func, args)`` compiles a PrimFunc once into nested Python closures and executes it,
writing the outputs in place. Slow but exact: it is the oracle that passes are checked against.
Vector ops use the numpy tables of ``npops.py``; scalar ops are Python operators with the same
semantics (the integer rules are written out there). The compiler is ``interp_compile.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..dtypes import MAX_DIM
from ..errors import ArgumentShapeError, ArgumentTypeError, ArgumentValueError
from . import expr as E
from .func import PrimFunc
from .interp_compile import Compiler, Fn, InterpError
from .visitor import walk


class Program:
    """A PrimFunc compiled once to closures. Call it like ``run`` without the ``func``."""

    def __init__(self, func: PrimFunc) -> None:
        self.func = func
        c = Compiler()
        for b in func.params:
            c.new_slot(b)
        dims = list(dict.fromkeys([*func.dim_vars, *(
            n for b in func.params for d in b.shape for n in walk(d) if isinstance(n, E.Var))]))
        for v in dims:
            c.new_slot(v)
        self.dim_vars = tuple(dims)
        self._slots = c.slots
        self._shape_fns = [[c.expr(d) for d in b.shape] for b in func.params]
        if c.has_barrier(func.body):
            g = c.stmt(func.body, gen=True)

            def body(r: list) -> None:
                for _ in g(r):  # a barrier outside every thread loop synchronises nothing
                    pass
            self._body: Fn = body
        else:
            self._body = c.stmt(func.body)
        self._nslots = c.nslots

    def _dim_slot(self, key: Any) -> int:
        found = [v for v in self.dim_vars if v is key or (isinstance(key, str) and v.name == key)]
        if len(found) != 1:
            raise ArgumentValueError(
                f"dim_values key {key!r} matches {len(found)} dimension(s) of '{self.func.name}'"
                f" (its dimensions: {[v.name for v in self.dim_vars]}); key it by the Var")
        return self._slots[id(found[0])]

    def __call__(self, args: Sequence[np.ndarray],
                 dim_values: Mapping[Any, int] | None = None) -> None:
        f = self.func
        if len(args) != len(f.params):
            raise ArgumentTypeError(
                f"'{f.name}' takes {len(f.params)} arrays "
                f"({', '.join(b.name for b in f.params)}) but got {len(args)}; pass one "
                "array per parameter, in that order")
        r: list = [None] * self._nslots
        origin: dict[int, str] = {}
        for key, value in (dim_values or {}).items():
            s = self._dim_slot(key)
            r[s], origin[s] = int(value), "dim_values"
        for i, (b, a) in enumerate(zip(f.params, args, strict=True)):
            if not isinstance(a, np.ndarray):
                raise ArgumentTypeError(
                    f"argument {i} ('{b.name}') must be a numpy array, got {type(a).__name__}; "
                    f"pass np.asarray(x, dtype=np.{b.dtype.np.name})")
            if a.dtype != b.dtype.np or a.ndim != b.ndim:
                cls = ArgumentTypeError if a.dtype != b.dtype.np else ArgumentShapeError
                raise cls(
                    f"argument {i} ('{b.name}') has dtype {a.dtype} and shape {a.shape} but the "
                    f"function expects {b.dtype} with {b.ndim} dims {list(b.shape)}; convert it "
                    f"with .astype(np.{b.dtype.np.name}) or reshape it")
            for d, (ext, n) in enumerate(zip(b.shape, a.shape, strict=True)):
                if isinstance(ext, E.Var):
                    s = self._slots[id(ext)]
                    if r[s] is None:
                        r[s], origin[s] = n, f"{b.name}.shape[{d}]"
                    elif r[s] != n:
                        raise ArgumentShapeError(
                            f"argument {i} ('{b.name}') dim {d} ({ext.name}) is {n}, but "
                            f"{ext.name} = {r[s]} from {origin[s]}; make the shapes agree")
        for v in self.dim_vars:
            val = r[self._slots[id(v)]]
            if val is None:
                raise ArgumentTypeError(
                    f"dimension '{v.name}' of '{f.name}' is not the size of any argument "
                    "dimension; pass it in dim_values")
            if not 0 <= val <= MAX_DIM:
                raise ArgumentValueError(
                    f"dimension '{v.name}' of '{f.name}' is {val}; a symbolic dimension must be "
                    f"in [0, {MAX_DIM}] (2**48 - 1)")
        for i, (b, a, fns) in enumerate(zip(f.params, args, self._shape_fns, strict=True)):
            for d, fn in enumerate(fns):
                if fn(r) != a.shape[d]:
                    raise ArgumentShapeError(
                        f"argument {i} ('{b.name}') has shape {a.shape} but the function "
                        f"expects dim {d} = {b.shape[d]!r} = {fn(r)}; make the shapes agree")
        copies = []
        for b, a in zip(f.params, args, strict=True):
            s = self._slots[id(b)]
            work = a if a.flags.c_contiguous else np.ascontiguousarray(a)
            if work is not a:
                copies.append((a, work))
            r[s], r[s + 1] = work, work.reshape(-1)
        with np.errstate(all="ignore"):
            self._body(r)
        for a, work in copies:
            a[...] = work


def run(func: PrimFunc, args: Sequence[np.ndarray],
        dim_values: Mapping[Any, int] | None = None) -> None:
    """Execute ``func`` on ``args`` (numpy arrays in ``func.params`` order), in place.

    Dimension variables are bound from the argument shapes where a parameter's shape entry is
    a Var, or from ``dim_values`` (keyed by Var or by unique name). Works before and after
    buffer flattening (a single index into a multi-dim buffer addresses its flat view).
    Allocated buffers start filled with NaN (floats), -987654321 (ints) or True (bools) so
    reads of uninitialised memory show up. Raises InterpError on out-of-bounds accesses.
    """
    Program(func)(args, dim_values)


__all__ = ["InterpError", "Program", "run"]
