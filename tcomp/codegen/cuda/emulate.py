"""Run a GPU program on the CPU: every block and thread of each kernel, with barriers
(layer 5). The reference loop-IR interpreter executes it; no GPU or pycuda is needed.

Each SPMD kernel is wrapped as ``for blockIdx.z/y/x: allocate shared; for threadIdx.z/y/x:
body`` where the threadIdx loops run in lockstep from barrier to barrier (``tcomp.ir.interp``),
so a missing barrier reads NaN from unwritten shared memory and a divergent barrier raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ...dtypes import MAX_DIM
from ...errors import ArgumentShapeError, ArgumentTypeError
from ...ir import expr as E
from ...ir.interp import Program
from ...ir.npops import eval_int
from ...passes.gpu import DeviceProgram, grid_program


def bind_dims(prog: DeviceProgram, arrays: Sequence[np.ndarray]) -> dict[E.Var, int]:
    """Values of the program's dimension variables from the argument shapes."""
    if len(arrays) != len(prog.params):
        raise ArgumentTypeError(
            f"'{prog.name}' takes {len(prog.params)} arrays "
            f"({', '.join(b.name for b in prog.params)}) but got {len(arrays)}; pass one "
            "array per parameter, in that order")
    dims: dict[E.Var, int] = {}
    for i, (b, a) in enumerate(zip(prog.params, arrays, strict=True)):
        shape = getattr(a, "shape", None)
        if shape is None or len(shape) != b.ndim:
            raise (ArgumentTypeError if shape is None else ArgumentShapeError)(
                f"argument {i} ('{b.name}') must be an array with {b.ndim} dims "
                f"{list(b.shape)}, got {type(a).__name__} of shape {shape}")
        for d, n in zip(b.shape, shape, strict=True):
            if isinstance(d, E.Var):
                if int(n) > MAX_DIM:
                    raise ArgumentShapeError(
                        f"argument {i} ('{b.name}'): dimension {d.name} is {n}, above the "
                        f"largest symbolic dimension tcomp supports ({MAX_DIM} = 2**48 - 1)")
                if dims.setdefault(d, int(n)) != int(n):
                    raise ArgumentShapeError(
                        f"argument {i} ('{b.name}'): dimension {d.name} is {n} here but "
                        f"{dims[d]} in an earlier argument; make the shapes agree")
    for i, (b, a) in enumerate(zip(prog.params, arrays, strict=True)):
        for d, n in zip(b.shape, a.shape, strict=True):
            if isinstance(d, E.Var):
                continue
            want = int(d.value) if isinstance(d, E.Const) else eval_shape((d,), dims)[0]
            if int(n) != want:
                raise ArgumentShapeError(
                    f"argument {i} ('{b.name}') has shape {tuple(a.shape)}, expected "
                    f"{list(b.shape)}: a dimension is {n}, must be {d!r} = {want}; pass an "
                    "array of that shape")
    return dims


def eval_shape(shape: Sequence[E.Expr], dims: Mapping[E.Var, int]) -> tuple[int, ...]:
    """A shape (or launch grid) of expressions over the dims bound from the arguments."""
    return tuple(eval_int(d, dims, f"dimension {d!r}") for d in shape)


class Emulator:
    """Runs a DeviceProgram's kernels on the CPU (compiled once, called many times)."""

    def __init__(self, prog: DeviceProgram) -> None:
        self.prog = prog
        self.programs = [Program(grid_program(k)) for k in prog.kernels]

    def __call__(self, *arrays: Any) -> None:
        prog = self.prog
        for i, (b, a) in enumerate(zip(prog.params, arrays, strict=False)):
            if not isinstance(a, np.ndarray) or a.dtype != b.dtype.np:
                raise ArgumentTypeError(
                    f"argument {i} ('{b.name}') must be a numpy array of {b.dtype}, got "
                    f"{getattr(a, 'dtype', type(a).__name__)}; pass "
                    f"np.asarray(x, dtype=np.{b.dtype.np.name})")
        dims = bind_dims(prog, arrays)
        bufs = {b: a for b, a in zip(prog.params, arrays, strict=True)}
        for t in prog.temps:
            bufs[t] = np.full(eval_shape(t.shape, dims), np.nan if t.dtype.is_float else 0,
                              t.dtype.np)
        for k, p in zip(prog.kernels, self.programs, strict=True):
            p([bufs[b] for b in k.params], {v: dims[v] for v in k.dim_vars})


def emulate(prog: DeviceProgram, *arrays: Any) -> None:
    """Run ``prog`` on numpy arrays in place, block by block, thread by thread."""
    Emulator(prog)(*arrays)


__all__ = ["Emulator", "bind_dims", "emulate", "eval_shape", "grid_program"]
