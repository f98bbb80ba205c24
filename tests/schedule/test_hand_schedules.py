"""The hand schedules (schedules/cpu.py) take their vector width and register tile from the
target: an AVX2 build gets 8-lane vectors and a 6 x 16 tile that fits 16 registers; each is
built for an AVX2 and an AVX-512 target and checked against numpy (issue 10)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from schedules import cpu
from tcomp.codegen.target import Target

X86 = "x86_64-unknown-linux-gnu"
AVX2 = "llvm -mcpu=haswell"
AVX512 = "llvm -mcpu=skylake-avx512"


def test_gemm_tile_fits_the_register_file():
    assert cpu.gemm_tile(Target("llvm", "haswell", "", X86)) == (6, 16, 8)
    assert cpu.gemm_tile(Target("llvm", "skylake-avx512", "", X86)) == (8, 32, 16)
    assert cpu.gemm_tile(Target("llvm", "haswell", "", X86), "float64") == (6, 8, 4)
    for t in (Target("llvm", c, "", X86) for c in ("haswell", "skylake-avx512", "x86-64")):
        mr, nr, lanes = cpu.gemm_tile(t)
        assert mr * (nr // lanes) + nr // lanes + 1 <= t.vector_registers


def _host_runs(target: str) -> bool:
    return Target.parse(target).feature_set <= Target.host().feature_set


def _spills_in_inner_loop(asm: str) -> int:
    """Vector stores to the stack frame (a spill) in the kernel's assembly."""
    return len(re.findall(r"vmovup[sd]\s+%[xyz]mm\d+, -?\d*\(%rsp\)|vmovap[sd]\s+%[xyz]mm\d+, "
                          r"-?\d*\(%rsp\)", asm))


def _matmul(M: int, N: int, K: int) -> tuple[tc.Tensor, tc.Tensor, tc.Tensor]:
    A = tc.placeholder((M, K), name="A")
    B = tc.placeholder((K, N), name="B")
    k = tc.reduce_axis(K, name="k")
    return A, B, tc.compute((M, N), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")


def _check_matmul(f, target: str, C: tc.Tensor, K: int, seed: int) -> None:
    """No spill in the kernel; on a host that runs ``target``, ``C`` equals ``a @ b``."""
    assert _spills_in_inner_loop(f.source("asm")) == 0
    if _host_runs(target):
        M, N = (int(d.value) for d in C.shape)
        rng = np.random.default_rng(seed)
        a = rng.standard_normal((M, K)).astype("float32")
        b = rng.standard_normal((K, N)).astype("float32")
        c = np.zeros((M, N), "float32")
        f(a, b, c)
        np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_matmul_for_each_isa(target):
    A, B, C = _matmul(48, 64, 40)
    s, args = cpu.matmul(A, B, C, target=target)
    f = tc.build(s, args, target=target)
    width = "ymm" if target == AVX2 else "zmm"
    assert re.search(rf"vfmadd\w+\s+.*%{width}", f.source("asm"))
    _check_matmul(f, target, C, 40, seed=0)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_chain_and_softmax_vectors_follow_the_target(target):
    X = tc.placeholder((4, 64), name="X")
    Y = tc.compute((4, 64), lambda i, j: X[i, j] * 2.0, name="Y")
    Z = tc.compute((4, 64), lambda i, j: tc.exp(Y[i, j]), name="Z")
    s, args = cpu.elementwise_chain([Y, Z], [X], target=target)
    lanes = Target.parse(target).vector_lanes("float32")
    assert f"x{lanes}(" in str(tc.lower(s, args, passes="all"))
    k = tc.reduce_axis(64, name="k")
    mx = tc.compute((4,), lambda i: tc.max(X[i, k], axis=k), name="mx")
    e = tc.compute((4, 64), lambda i, j: tc.exp(X[i, j] - mx[i]), name="e")
    k2 = tc.reduce_axis(64, name="k2")
    sm = tc.compute((4,), lambda i: tc.sum(e[i, k2], axis=k2), name="sm")
    y = tc.compute((4, 64), lambda i, j: e[i, j] / sm[i], name="y")
    s2, args2 = cpu.softmax(X, [mx, e, sm, y], target=target)
    f = tc.build(s2, args2, target=target)
    if _host_runs(target):
        x = np.random.default_rng(1).standard_normal((4, 64)).astype("float32")
        out = np.zeros_like(x)
        f(x, out)
        ref = np.exp(x - x.max(1, keepdims=True))
        np.testing.assert_allclose(out, ref / ref.sum(1, keepdims=True), rtol=1e-5)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_auto_schedule_register_tile_follows_the_target(target):
    # schedules.nn.auto_schedule (nn's kernels) had a 12 x 32 tile of 16 lanes: 24
    # accumulators, more than AVX2's 16 registers. It now reads them from the target.
    from schedules import nn as nn_sched

    A, B, C = _matmul(36, 64, 24)
    s, _ = nn_sched.auto_schedule(C, target=target)
    lanes = Target.parse(target).vector_lanes("float32")
    low = str(tc.lower(s, [A, B, C], passes="all"))
    assert f"x{lanes}(" in low and f"x{2 * lanes}(" not in low
    _check_matmul(tc.build(s, [A, B, C], target=target), target, C, 24, seed=2)


def test_auto_space_reads_the_target():
    from autotune import AutoSpace

    A, B, C = _matmul(32, 64, 16)
    avx2, avx512 = AutoSpace([C], [A, B, C], AVX2), AutoSpace([C], [A, B, C], AVX512)
    assert (avx2.lanes(C.op), avx2.max_acc(C.op)) == (8, 128)
    assert (avx512.lanes(C.op), avx512.max_acc(C.op)) == (16, 512)
    assert avx2.default()["tile:C:j"] == 8 and avx512.default()["tile:C:j"] == 16
    with pytest.raises(ValueError, match="not a CPU"):
        AutoSpace([C], [A, B, C], "cuda -arch=sm_80")
