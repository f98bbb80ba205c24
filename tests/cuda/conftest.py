"""Shared helpers of the CUDA backend tests: template workloads and a ptxas runner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import schedules.cuda as sc
import tcomp as tc
from tcomp.dsl import evaluate
from tcomp.ops.conv import conv2d
from tcomp.ops.linalg import matmul
from tcomp.ops.reduce import softmax

PTXAS = shutil.which("ptxas")


def ptxas(ptx: str, arch: str, tmp: Path) -> str:
    """Assemble PTX for ``arch``; returns ptxas's -v report, fails the test on errors."""
    src = tmp / f"k_{arch}.ptx"
    src.write_text(ptx)
    res = subprocess.run([PTXAS, f"-arch={arch}", "-v", str(src), "-o", str(tmp / "k.cubin")],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, f"ptxas -arch={arch} failed:\n{res.stderr}\n{ptx[:4000]}"
    return res.stderr


def workloads() -> dict:
    """name -> () -> (schedule, args, outputs) for every GPU template (small, odd sizes)."""

    def mm():
        A = tc.placeholder((37, 21), name="A")
        B = tc.placeholder((21, 29), name="B")
        C = matmul(A, B)
        s, args = sc.matmul(A, B, C, block=16, thread=2, kt=4)
        return s, args, [C]

    def ew():
        X = tc.placeholder((33, 17), name="X")
        a = tc.compute((33, 17), lambda i, j: X[i, j] * 2.0 + 1.0, name="a")
        b = tc.compute((33, 17), lambda i, j: tc.tanh(a[i, j]) - tc.sigmoid(X[i, j])
                       + tc.exp2(X[i, j] * 0.5), name="b")
        s, args = sc.elementwise_chain([a, b], [X], threads=64)
        return s, args, [b]

    def red():
        X = tc.placeholder((23, 19), name="X")
        k = tc.reduce_axis(19, name="k")
        R = tc.compute((23,), lambda i: tc.sum(X[i, k] * X[i, k], axis=k), name="R")
        s, args = sc.reduction(X, R, threads=16)
        return s, args, [R]

    def bred():
        X = tc.placeholder((7, 45), name="X")
        k = tc.reduce_axis(45, name="k")
        R = tc.compute((7,), lambda i: tc.max(tc.abs(X[i, k]), axis=k), name="R")
        s, args = sc.reduction(X, R, threads=8, block_reduce=True, vec=2)
        return s, args, [R]

    def smx():
        X = tc.placeholder((13, 40), name="X")
        st = softmax(X)
        s, args = sc.softmax(X, st, threads=8, vec=4)
        return s, args, [st[-1]]

    def conv():
        X = tc.placeholder((1, 3, 9, 8), name="X")
        W = tc.placeholder((4, 3, 3, 3), name="W")
        Y = conv2d(X, W, padding=1)
        s, args = sc.conv2d(X, W, Y, threads=32)
        return s, args, [Y]

    return {"matmul": mm, "elementwise": ew, "reduction": red, "block_reduction": bred,
            "softmax": smx, "conv2d": conv}


def check_emulated(s, args, outs, seed: int = 0, rtol: float = 1e-5) -> None:
    """Build for cuda, run on the emulator, compare every output with the DSL evaluator."""
    f = tc.build(s, args, target="cuda")
    rng = np.random.default_rng(seed)
    arrays = []
    for t in args:
        shape = [int(d.value) for d in t.shape]
        if any(t is o for o in outs):
            arrays.append(np.zeros(shape, t.dtype.np))
        else:
            arrays.append(rng.standard_normal(shape).astype(t.dtype.np))
    inputs = [a for a, t in zip(arrays, args, strict=False) if not any(t is o for o in outs)]
    params = [t for t in args if not any(t is o for o in outs)]
    ref = evaluate(outs, inputs, params=params)
    f.emulate(*arrays)
    for o, r in zip(outs, ref if isinstance(ref, list) else [ref], strict=False):
        got = arrays[next(i for i, t in enumerate(args) if t is o)]
        np.testing.assert_allclose(got, r, rtol=rtol, atol=1e-5)


class _Helpers:
    ptxas = staticmethod(ptxas)
    workloads = staticmethod(workloads)
    check_emulated = staticmethod(check_emulated)
    PTXAS = PTXAS


@pytest.fixture(scope="session")
def H() -> type:
    """The helpers above (conftest modules can't be imported under --import-mode=importlib)."""
    return _Helpers


@pytest.fixture
def need_ptxas():
    if PTXAS is None:
        pytest.skip("ptxas is not on PATH")
