"""Argument errors of every executor keep tcomp's class and add numpy's and PyTorch's builtin:
a wrong dtype, type or argument count is a TypeError, a wrong shape, rank or symbolic dim a
ValueError. (CompiledKernel's own checks: tests/codegen/test_runtime.py.)"""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from tcomp import dtypes as D
from tcomp.dsl import evaluate
from tcomp.errors import (
    ArgumentShapeError,
    ArgumentTypeError,
    ArgumentValueError,
    TcompError,
    TcompRuntimeError,
)
from tcomp.ir import For as _For
from tcomp.ir import ForKind, Load, PrimFunc, Store, Var, decl_buffer
from tcomp.ir.interp import Program
from tcomp.runtime import cuda as rt

F32 = D.float32


def check(exc, builtin, pattern):
    """``exc`` is a TcompRuntimeError (so a RuntimeError and a TcompError) and ``builtin``."""
    assert isinstance(exc, TcompRuntimeError) and isinstance(exc, TcompError)
    assert isinstance(exc, RuntimeError)
    assert isinstance(exc, builtin), type(exc).__mro__
    assert re.search(pattern, str(exc)), str(exc)


def fails(fn, builtin, pattern):
    with pytest.raises(builtin) as info:
        fn()
    check(info.value, builtin, pattern)


def test_hierarchy():
    assert issubclass(ArgumentTypeError, TypeError)
    assert issubclass(ArgumentShapeError, ValueError)
    assert issubclass(ArgumentShapeError, ArgumentValueError)
    for cls in (ArgumentTypeError, ArgumentValueError, ArgumentShapeError):
        assert issubclass(cls, TcompRuntimeError) and issubclass(cls, RuntimeError)
    assert tc.errors.ArgumentTypeError is ArgumentTypeError


# ----------------------------------------------------------------------------- interpreter


def _scale():
    n = Var("n")
    A, B = decl_buffer((n,), F32, "A"), decl_buffer((n,), F32, "B")
    C = decl_buffer((4,), F32, "C")
    i = Var("i")
    body = _For(i, tc.const(0, "int64"), n, ForKind.SERIAL,
                Store(B, (i,), Load(A, (i,), F32) * 2.0 + Load(C, (tc.const(0, "int64"),), F32)))
    return Program(PrimFunc("scale", (A, B, C), body, dim_vars=(n,)))


def test_interpreter_argument_classes():
    prog = _scale()
    a, b, c = np.ones(5, np.float32), np.zeros(5, np.float32), np.zeros(4, np.float32)
    prog([a, b, c])
    np.testing.assert_array_equal(b, 2 * a)
    fails(lambda: prog([a, b]), TypeError, r"'scale' takes 3 arrays \(A, B, C\) but got 2")
    fails(lambda: prog([a.tolist(), b, c]), TypeError, r"argument 0 \('A'\) must be a numpy")
    fails(lambda: prog([a.astype(np.float64), b, c]), TypeError,
          r"argument 0 \('A'\) has dtype float64.*float32.*astype")
    fails(lambda: prog([a.reshape(5, 1), b, c]), ValueError, r"argument 0 \('A'\).*1 dims")
    fails(lambda: prog([a, np.zeros(4, np.float32), c]), ValueError,
          r"argument 1 \('B'\) dim 0 \(n\) is 4, but n = 5")
    fails(lambda: prog([a, b, np.zeros(3, np.float32)]), ValueError,
          r"argument 2 \('C'\) has shape \(3,\).*dim 0 = 4")
    fails(lambda: prog([a, b, c], dim_values={"q": 3}), ValueError, r"dim_values key 'q'")


# ----------------------------------------------------------------------------- evaluator


def test_evaluator_argument_classes():
    n = tc.var("n")
    A = tc.placeholder((n, 4), name="A")
    B = tc.placeholder((4,), "int32", name="B")
    C = tc.compute((n, 4), lambda i, j: A[i, j] + B[j].astype("float32"), name="C")
    a, b = np.ones((3, 4), np.float32), np.arange(4, dtype=np.int32)
    np.testing.assert_array_equal(evaluate(C, {A: a, B: b}), a + b)
    fails(lambda: evaluate(C, {A: a, B: b.astype(np.int64)}), TypeError,
          r"input 'B' has dtype int64 but the placeholder is int32")
    fails(lambda: evaluate(C, {A: a}), TypeError, r"no input array for placeholder 'B'")
    fails(lambda: evaluate(C, [a, b], params=[A]), TypeError, r"2 input arrays for 1 params")
    fails(lambda: evaluate(C, [a, b]), TypeError, r"params= must list")
    fails(lambda: evaluate(C, {A: a.reshape(12), B: b}), ValueError, r"input 'A' has 1 dims")
    fails(lambda: evaluate(C, {A: a, B: np.arange(5, dtype=np.int32)}), ValueError,
          r"input 'B' dim 0 is 5 but the placeholder says")
    fails(lambda: evaluate(C, {A: a, B: b}, dim_values={n: 2}), ValueError,
          r"input 'A' dim 0 is 3 but symbolic dim 'n' is 2")
    fails(lambda: evaluate(C, {A: a, B: b}, dim_values={n: -1}), ValueError, r"must be in \[0, ")
    fails(lambda: evaluate(C, {A: a, B: b}, dim_values={3.5: 1}), TypeError,
          r"not a tc.var or its name")


# ----------------------------------------------------------------------------- CUDA runtime


@pytest.fixture
def emulated(monkeypatch):
    monkeypatch.setattr(rt, "_device", None)
    monkeypatch.setattr(rt, "_emulate", True)


def _gpu_add_one(n=64):
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    return tc.build(s, [X, Y], target="cuda")


def test_cuda_kernel_argument_classes(emulated):
    f = _gpu_add_one()
    x, y = np.arange(64, dtype=np.float32), np.zeros(64, np.float32)
    f(x, y)
    np.testing.assert_array_equal(y, x + 1)
    fails(lambda: f(x), TypeError, r"takes 2 arrays")
    fails(lambda: f(x, np.zeros(64, np.float64)), TypeError,
          r"argument 1 \('Y'\) must have dtype float32, got float64; pass")
    fails(lambda: f(x.reshape(8, 8), y), ValueError, r"argument 0 \('X'\).*1 dims")
    fails(lambda: f.emulate(x, [0.0] * 64), TypeError, r"argument 1 \('Y'\) must be a numpy")


def test_cuda_constant_dims_are_checked_before_a_launch(emulated):
    """A too-small array would let a real GPU kernel read and write past it: the device
    launch path checks the fixed dims itself (bind_dims), not only the emulator."""
    from tcomp.codegen.cuda.emulate import bind_dims

    f = _gpu_add_one()
    small = rt.to_device(np.zeros(32, np.float32))
    y = rt.empty((64,), np.float32)
    with pytest.raises(ValueError) as info:
        bind_dims(f.program, [small, y])
    check(info.value, ValueError, r"argument 0 \('X'\) has shape \(32,\).*must be 64")
    fails(lambda: f(small, y), ValueError, r"argument 0 \('X'\) has shape \(32,\)")


def test_device_array_argument_classes(emulated):
    d = rt.to_device(np.zeros((2, 3), np.float32))
    fails(lambda: d.reshape(4, 2), ValueError, r"can't reshape device array float32\[2, 3\]")
    fails(lambda: d.copy_from(np.zeros((2, 3), np.float64)), TypeError,
          r"copy_from: host array float64\[2, 3\] doesn't match device array float32\[2, 3\]")
    fails(lambda: d.copy_from(np.zeros((3, 2), np.float32)), ValueError,
          r"copy_from: host array float32\[3, 2\]")
    assert d.reshape(3, -1).shape == (3, 2)
