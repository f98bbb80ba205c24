"""The CUDA backend keeps tcomp's integer semantics: wrapping arithmetic, ``x // 0 == x % 0 ==
0``, ``MIN // -1 == MIN``, exact wrapping ``**`` and saturating float -> int casts, in the
PTX (through the LLVM emitter), in the readable CUDA C (which nvcc must accept) and on the
emulated thread grid; on a GPU (``-m gpu``) the device agrees with the evaluator."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

import tcomp as tc
from tcomp.dsl import evaluate

MIN32, MAX32 = -(2**31), 2**31 - 1


def workload():
    X = tc.placeholder((64,), name="X", dtype="int32")
    D = tc.placeholder((64,), name="D", dtype="int32")
    F = tc.placeholder((64,), name="F", dtype="float32")
    Y = tc.compute((64, 8), lambda i, k: tc.if_then_else(
        tc.equal(k, 0), X[i] // D[i], tc.if_then_else(
            tc.equal(k, 1), X[i] % D[i], tc.if_then_else(
                tc.equal(k, 2), X[i] ** D[i], tc.if_then_else(
                    tc.equal(k, 3), F[i].astype("int32"), tc.if_then_else(
                        tc.equal(k, 4), X[i] * D[i] + X[i], tc.if_then_else(
                            tc.equal(k, 5), abs(X[i]), tc.if_then_else(
                                tc.equal(k, 6), -X[i], X[i] ** 3))))))), name="Y")
    s = tc.create_schedule(Y)
    f = s[Y].fuse(*s[Y].op.axis)
    bo, bi = s[Y].split(f, factor=64)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    return s, [X, D, F, Y]


def inputs():
    rng = np.random.default_rng(0)
    edges = np.array([MIN32, MIN32 + 1, -7, -1, 0, 1, 7, MAX32], np.int32)
    x = np.concatenate([edges, rng.integers(MIN32, MAX32, 56, dtype=np.int32)])
    d = np.concatenate([np.array([-1, 0, 2, -1, 0, 40, -3, 2], np.int32),
                        rng.integers(-3, 40, 56, dtype=np.int32)])
    f = np.concatenate([np.array([np.nan, np.inf, -np.inf, 3e9, -3e9, 2.5, -2.5, 2**31],
                                 np.float32), rng.standard_normal(56).astype(np.float32) * 1e9])
    return [x, d, f]


def test_emulated_grid_agrees_with_the_evaluator():
    s, args = workload()
    f = tc.build(s, args, target="cuda")
    ins = inputs()
    want = evaluate(args[-1], ins, params=args[:-1])
    got = np.zeros((64, 8), np.int32)
    f.emulate(*ins, got)
    np.testing.assert_array_equal(got, want)
    assert want[0].tolist()[:2] == [MIN32, 0]  # MIN // -1 == MIN, MIN % -1 == 0
    assert want[1, 0] == 0 and want[4, 0] == 0  # x // 0 == 0


def test_ptx_saturates_and_never_calls_pow_for_integers():
    s, args = workload()
    ptx = tc.build(s, args, target="cuda").source("ptx")
    assert "cvt.rzi.s32.f32" in ptx  # PTX float -> int conversions clamp, NaN -> 0
    assert "pow" not in ptx.lower().replace("tcomp", "")  # integer ** is multiplications


def test_cuda_c_uses_the_wrapping_helpers_and_compiles():
    s, args = workload()
    src = tc.build(s, args, target="cuda").source("cuda")
    for helper in ("tc_pow(", "tc_floordiv(", "tc_floormod(", "__float2int_rz(", "tc_mul(",
                   "tc_neg("):
        assert helper in src, helper
    nvcc = shutil.which("nvcc")
    if nvcc is None:
        pytest.skip("nvcc is not on PATH")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        cu = Path(tmp) / "k.cu"
        cu.write_text(src)
        res = subprocess.run([nvcc, "-arch=sm_80", "-cubin", "-o", str(Path(tmp) / "k.cubin"),
                              str(cu)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr + src


@pytest.mark.gpu
def test_device_agrees_with_the_evaluator(monkeypatch):
    from tcomp.runtime import cuda as rt

    monkeypatch.setattr(rt, "_emulate", False)
    why = rt.missing_reason()
    if why is not None:
        pytest.skip(why)
    s, args = workload()
    f = tc.build(s, args, target="cuda -arch=" + rt.get_device().arch)
    ins = inputs()
    want = evaluate(args[-1], ins, params=args[:-1])
    got = np.zeros((64, 8), np.int32)
    f(*ins, got)
    np.testing.assert_array_equal(got, want)


def test_vectorized_gather_compiles_for_the_gpu(H, tmp_path):
    # Found through this work: a vector load at a non-contiguous index (a gather) put a
    # <4 x ptr> where the kernel's global pointers are <4 x ptr addrspace(1)>: LLVM refused it.
    X = tc.placeholder((64,), name="X")
    Y = tc.compute((64,), lambda i: X[(i * 7) % 64] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=16)
    ti, v = s[Y].split(bi, factor=4)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(ti, "threadIdx.x")
    s[Y].vectorize(v)
    f = tc.build(s, [X, Y], target="cuda")
    x, y = np.arange(64, dtype=np.float32), np.zeros(64, np.float32)
    f.emulate(x, y)
    np.testing.assert_array_equal(y, x[(np.arange(64) * 7) % 64] * 2)
    if H.PTXAS is not None:
        H.ptxas(f.source("ptx"), "sm_80", tmp_path)


def test_fused_gpu_index_stays_contiguous():
    # Integers wrap, so the simplifier merges d*(x // d) + x % d back into x only where the
    # ranges of x's variables are known: in an SPMD kernel the thread indices range over the
    # launch dimensions, and the flattened index of a fused, vectorized axis stays a ramp.
    from schedules import cuda as sc
    from tcomp.lowering import lower_schedule
    from tcomp.passes.gpu import lower_gpu

    X = tc.placeholder((33, 17), name="X")
    a = tc.compute((33, 17), lambda i, j: X[i, j] * 2.0 + 1.0, name="a")
    b = tc.compute((33, 17), lambda i, j: tc.tanh(a[i, j]) - tc.sigmoid(X[i, j]), name="b")
    s, args = sc.elementwise_chain([a, b], [X], threads=64)
    (k,) = lower_gpu(lower_schedule(s, args, "main")).kernels
    text = str(k)
    assert "x4(17)" not in text and "b[ramp(" in text, text
    assert "i.j.fused.outer.outer * 64 + i.j.fused.outer.inner < 140" in text


def test_float_floor_division_follows_numpy_in_cuda_c_and_ptx(tmp_path):
    # The CUDA C printer wrote x - floor(x / y) * y: not numpy's divmod (which rounds the
    # quotient of x - fmod(x, y)), and -0.0 for -3.0 % 1.5 where numpy gives +0.0.
    X = tc.placeholder((8,), name="X", dtype="float32")
    D = tc.placeholder((8,), name="D", dtype="float64")
    Y = tc.compute((8, 2), lambda i, k: tc.if_then_else(
        tc.equal(k, 0), X[i] % X[7 - i], X[i] // X[7 - i]), name="Y")
    Z = tc.compute((8,), lambda i: D[i] % D[7 - i] + D[i] // D[7 - i], name="Z")
    s = tc.create_schedule([Y, Z])
    s[Y].bind(s[Y].fuse(*s[Y].op.axis), "threadIdx.x")
    s[Z].bind(s[Z].op.axis[0], "threadIdx.x")
    f = tc.build(s, [X, D, Y, Z], target="cuda")
    src = f.source("cuda")
    for helper in ("tc_floormod_f32(", "tc_floordiv_f32(", "tc_floormod_f64(",
                   "tc_floordiv_f64("):
        assert helper in src, helper
    assert "floorf(" not in src.split("TC_FDIVMOD(double")[-1]  # no x - floor(x/y)*y left
    x = np.array([-3.0, -1.5, 2.5, 0.0, -0.0, 1.5, 3.0, -1.0], np.float32)
    d = x.astype(np.float64)
    y, z = np.zeros((8, 2), np.float32), np.zeros(8)
    f.emulate(x, d, y, z)
    want_y = np.stack([np.remainder(x, x[::-1]), np.floor_divide(x, x[::-1])], 1)
    np.testing.assert_array_equal(y, want_y)
    np.testing.assert_array_equal(np.signbit(y), np.signbit(want_y))
    np.testing.assert_array_equal(z, np.remainder(d, d[::-1]) + np.floor_divide(d, d[::-1]))
    nvcc = shutil.which("nvcc")
    if nvcc is None:
        pytest.skip("nvcc is not on PATH")
    cu = tmp_path / "k.cu"
    cu.write_text(src)
    res = subprocess.run([nvcc, "-arch=sm_80", "-cubin", "-o", str(tmp_path / "k.cubin"),
                          str(cu)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr + src
