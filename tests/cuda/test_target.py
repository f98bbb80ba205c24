"""CUDA target fields live in tcomp.codegen.target.Target (arch, threads and shared memory per
block); tcomp.codegen.codegen() dispatches cuda targets to the CUDA backend."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen import Target, TargetError, codegen
from tcomp.codegen.cuda import CudaKernel, GPUScheduleError
from tcomp.lowering import lower_schedule


def _ew(n: int = 1024, threads: int = 512):
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=threads)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    return s, [X, Y]


def test_cuda_target_fields_and_round_trip():
    t = Target.parse("cuda")
    assert (t.arch, t.cuda_arch, str(t)) == ("", "sm_80", "cuda")
    assert (t.max_threads_per_block, t.max_shared_memory) == (1024, 48 * 1024)
    t = Target.parse("cuda -arch=sm_90 -max-threads-per-block=256 -max-shared-memory=16384")
    assert (t.cuda_arch, t.max_threads_per_block, t.max_shared_memory) == ("sm_90", 256, 16384)
    assert Target.parse(str(t)) == t
    assert t.key() == Target.parse("cuda -arch=sm_90").key() != Target.parse("cuda").key()


@pytest.mark.parametrize("text, match", [
    ("cuda -arch=sm_50", r"'sm_50'.*sm_70 or newer"),
    ("cuda -arch=compute_80", r"'compute_80'.*sm_70 or newer"),
    ("cuda -max-threads-per-block=2048", r"max_threads_per_block.*1\.\.1024.*2048"),
    ("cuda -max-shared-memory=-1", r"max_shared_memory.*-1"),
    ("cuda -max-shared-memory=lots", r"-max-shared-memory must be an integer"),
    ("llvm -max-shared-memory=1024", r"unknown option"),
])
def test_bad_cuda_targets(text, match):
    with pytest.raises(TargetError, match=match):
        Target.parse(text)


def test_cpu_target_rejects_gpu_fields():
    with pytest.raises(TargetError, match=r"fields of 'cuda' targets"):
        Target("llvm", arch="sm_80")


def test_limits_come_from_the_target():
    s, args = _ew(threads=512)
    tc.build(s, args, target="cuda")
    with pytest.raises(GPUScheduleError, match=r"512 threads per block.*more than the 256"):
        tc.build(s, args, target="cuda -max-threads-per-block=256")
    A = tc.placeholder((64,), name="A")
    B = tc.compute((64,), lambda i: A[63 - i] * 2.0, name="B")
    s = tc.create_schedule(B)
    AS = s.cache_read(A, "shared", [B])
    bo, bi = s[B].split(B.op.axis[0], factor=64)
    s[B].bind(bo, "blockIdx.x")
    s[B].bind(bi, "threadIdx.x")
    s[AS].compute_at(s[B], bo)
    s[AS].bind(s[AS].op.axis[0], "threadIdx.x")
    tc.build(s, [A, B], target="cuda -max-shared-memory=256")
    with pytest.raises(GPUScheduleError, match=r"256 bytes of shared memory.*more than the 128"):
        tc.build(s, [A, B], target="cuda -arch=sm_90 -max-shared-memory=128")


def test_codegen_dispatches_cuda():
    s, args = _ew(n=100, threads=32)
    k = codegen(lower_schedule(s, args), "cuda -arch=sm_90")
    assert isinstance(k, CudaKernel)
    assert "\n.target sm_90" in k.source("ptx") and "__global__" in k.source("cuda")
    x = np.arange(100, dtype=np.float32)
    y = np.zeros(100, np.float32)
    k.emulate(x, y)
    np.testing.assert_array_equal(y, x + 1)
