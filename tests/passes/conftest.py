"""Fixtures for the pass tests: golden-text comparison and a small numpy loop-IR executor.

``TCOMP_UPDATE_GOLDEN=1 python3 -m pytest tests/passes`` rewrites the expected files in
``tests/passes/golden/``; review the diff before committing it.

The executor here is deliberately tiny and independent of ``tcomp.ir.interp`` so the pass
tests don't depend on it; when ``tcomp.ir.interp`` exists, tests also compare against it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tcomp.ir import expr as E
from tcomp.ir import stmt as S
from tcomp.ir.buffer import Buffer
from tcomp.ir.func import PrimFunc

GOLDEN_DIR = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with ``golden/<name>.txt`` (or rewrite it under TCOMP_UPDATE_GOLDEN=1)."""
    path = GOLDEN_DIR / f"{name}.txt"
    text = text.rstrip("\n") + "\n"
    if os.environ.get("TCOMP_UPDATE_GOLDEN", "0") not in ("", "0"):
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"missing golden file {path}; run with TCOMP_UPDATE_GOLDEN=1 to create it "
                    f"from this output:\n{text}")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"output differs from {path}:\n--- got ---\n{text}"


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    return check_golden


# ----------------------------------------------------------------------------- executor

_BINARY: dict[E.Op, Callable[[Any, Any], Any]] = {
    E.Op.ADD: np.add, E.Op.SUB: np.subtract, E.Op.MUL: np.multiply, E.Op.DIV: np.true_divide,
    E.Op.FLOORDIV: np.floor_divide, E.Op.FLOORMOD: np.mod, E.Op.MIN: np.minimum,
    E.Op.MAX: np.maximum, E.Op.POW: np.power, E.Op.EQ: np.equal, E.Op.NE: np.not_equal,
    E.Op.LT: np.less, E.Op.LE: np.less_equal, E.Op.GT: np.greater, E.Op.GE: np.greater_equal,
    E.Op.AND: np.logical_and, E.Op.OR: np.logical_or,
}
_UNARY: dict[E.Op, Callable[[Any], Any]] = {
    E.Op.NEG: np.negative, E.Op.NOT: np.logical_not, E.Op.EXP: np.exp, E.Op.LOG: np.log,
    E.Op.SQRT: np.sqrt, E.Op.RSQRT: lambda x: 1 / np.sqrt(x), E.Op.TANH: np.tanh,
    E.Op.SIGMOID: lambda x: 1 / (1 + np.exp(-x)), E.Op.ERF: np.vectorize(math.erf),
    E.Op.ABS: np.abs, E.Op.FLOOR: np.floor, E.Op.CEIL: np.ceil,
}


class _Exec:
    """Runs loop IR on numpy. Every value is a 1-D array of its dtype's lanes."""

    def __init__(self) -> None:
        self.env: dict[E.Var, np.ndarray] = {}
        self.mem: dict[Buffer, tuple[np.ndarray, tuple[int, ...]]] = {}

    def scalar(self, e: E.Expr) -> int:
        v = self.expr(e)
        assert v.shape == (1,), f"expected a scalar for {e!r}"
        return int(v[0])

    def offsets(self, buf: Buffer, indices: tuple[E.Expr, ...]) -> np.ndarray:
        flat, shape = self.mem[buf]
        vals = [self.expr(i).astype(np.int64) for i in indices]
        if len(vals) == 1:
            off = vals[0]
        else:
            assert len(vals) == len(shape), f"rank mismatch accessing {buf.name}"
            off = np.zeros(1, np.int64)
            for v, d in zip(vals, shape, strict=True):
                off = off * d + v
        if off.size and (off.min() < 0 or off.max() >= flat.size):
            raise IndexError(f"{buf.name}: offsets {off} out of bounds [0, {flat.size})")
        return off

    def expr(self, e: E.Expr) -> np.ndarray:
        out = self._expr(e)
        assert out.shape == (e.dtype.lanes,), f"{e!r}: {out.shape} vs {e.dtype}"
        return out

    def _expr(self, e: E.Expr) -> np.ndarray:
        dt = e.dtype.scalar.np
        if isinstance(e, E.Const):
            return np.array([e.value], dt)
        if isinstance(e, E.Var):
            return self.env[e]
        if isinstance(e, E.Binary):
            with np.errstate(all="ignore"):
                return np.asarray(_BINARY[e.op](self.expr(e.a), self.expr(e.b))).astype(dt)
        if isinstance(e, E.Unary):
            with np.errstate(all="ignore"):
                return np.asarray(_UNARY[e.op](self.expr(e.a))).astype(dt)
        if isinstance(e, E.Cast):
            return self.expr(e.value).astype(dt)
        if isinstance(e, E.Select):
            c, t, f = self.expr(e.cond), self.expr(e.t), self.expr(e.f)
            return np.where(c, t, f).astype(dt)
        if isinstance(e, E.Ramp):
            base, stride = self.expr(e.base), self.expr(e.stride)
            return (base + stride * np.arange(e.lanes)).astype(dt)
        if isinstance(e, E.Broadcast):
            return np.repeat(self.expr(e.value), e.lanes)
        if isinstance(e, E.Load):
            flat, _ = self.mem[e.buffer]
            return flat[self.offsets(e.buffer, e.indices)].copy()
        raise TypeError(f"executor: unsupported expression {type(e).__name__}")

    def stmt(self, s: S.Stmt) -> None:
        if isinstance(s, S.Seq):
            for st in s.stmts:
                self.stmt(st)
        elif isinstance(s, S.For):
            lo, ext = self.scalar(s.min), self.scalar(s.extent)
            for k in range(lo, lo + ext):
                self.env[s.var] = np.array([k], s.var.dtype.np)
                self.stmt(s.body)
            self.env.pop(s.var, None)
        elif isinstance(s, S.Store):
            flat, _ = self.mem[s.buffer]
            off = self.offsets(s.buffer, s.indices)
            val = self.expr(s.value)
            assert val.size in (1, off.size), f"store lanes mismatch in {s!r}"
            flat[off] = val
        elif isinstance(s, S.Allocate):
            shape = tuple(self.scalar(d) for d in s.buffer.shape)
            dt = s.buffer.dtype.np
            fill = np.nan if s.buffer.dtype.is_float else -12345  # catch reads before writes
            arr = np.full(int(np.prod(shape)), fill, dt)
            self.mem[s.buffer] = (arr, shape)
            self.stmt(s.body)
            del self.mem[s.buffer]
        elif isinstance(s, S.If):
            cond = self.expr(s.cond)
            assert cond.shape == (1,), "If condition must be scalar"
            if cond[0]:
                self.stmt(s.then)
            elif s.orelse is not None:
                self.stmt(s.orelse)
        elif isinstance(s, S.LetStmt):
            self.env[s.var] = self.expr(s.value)
            self.stmt(s.body)
            del self.env[s.var]
        elif isinstance(s, S.Evaluate):
            self.expr(s.value)
        elif not isinstance(s, S.Barrier):
            raise TypeError(f"executor: unsupported statement {type(s).__name__}")


def execute(func: PrimFunc, *arrays: np.ndarray) -> None:
    """Run ``func`` on ``arrays`` (one per parameter, C-contiguous), writing them in place."""
    ex = _Exec()
    assert len(arrays) == len(func.params)
    for buf, arr in zip(func.params, arrays, strict=True):
        assert arr.flags.c_contiguous and arr.dtype == buf.dtype.np
        assert arr.ndim == buf.ndim, f"{buf.name}: rank {arr.ndim} vs {buf.ndim}"
        for dim, size in zip(buf.shape, arr.shape, strict=True):
            if isinstance(dim, E.Var):
                ex.env[dim] = np.array([size], np.int64)
        ex.mem[buf] = (arr.reshape(-1), arr.shape)
    for buf in func.params:
        shape = tuple(ex.scalar(d) for d in buf.shape)
        assert shape == ex.mem[buf][1], f"{buf.name}: shape {ex.mem[buf][1]} vs {shape}"
    ex.stmt(func.body)


def run_all(func: PrimFunc, *arrays: np.ndarray) -> list[np.ndarray]:
    """Run ``func`` on copies of ``arrays`` with every available executor; returns the outputs
    of the local executor after checking ``tcomp.ir.interp`` (if present) agrees with it.

    The function is first checked by ``tcomp.ir.verify`` when that module exists.
    """
    try:
        from tcomp.ir.verify import verify
    except ImportError:
        pass
    else:
        verify(func)
    outs = [a.copy() for a in arrays]
    execute(func, *outs)
    interp = _interp_runner()
    if interp is not None:
        other = [a.copy() for a in arrays]
        interp(func, other)
        for mine, theirs in zip(outs, other, strict=True):
            np.testing.assert_allclose(theirs, mine, rtol=1e-6, equal_nan=True)
    return outs


def _interp_runner() -> Callable[[PrimFunc, list[np.ndarray]], None] | None:
    """An adaptor to ``tcomp.ir.interp`` when that module exists, else None."""
    try:
        from tcomp.ir import interp  # type: ignore[attr-defined]
    except ImportError:
        return None
    run = getattr(interp, "run", None) or getattr(interp, "interpret", None)
    if run is None:
        return None
    return lambda func, arrays: run(func, arrays)


@pytest.fixture
def run() -> Callable[..., list[np.ndarray]]:
    return run_all
