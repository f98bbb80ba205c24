"""The CUDA C printer: golden text of a small kernel, and nvcc accepts every template's C."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import tcomp as tc

GOLDEN = """\
// grid (4, 1, 1), block (32, 1, 1), 0 bytes of shared memory
extern "C" __global__ void __launch_bounds__(32) tcomp_main(float* __restrict__ X, \
float* __restrict__ Y) {
  const int64_t i_outer = ((int64_t)blockIdx.x);
  const int64_t i_inner = ((int64_t)threadIdx.x);
  if ((((i_outer * 32LL) + i_inner) < 100LL)) {
    Y[((i_outer * 32LL) + i_inner)] = (((X[((i_outer * 32LL) + i_inner)] * 2.0f) > 0.0f) ? \
(X[((i_outer * 32LL) + i_inner)] * 2.0f) : 0.0f);
  }
}
"""


def test_cuda_c_golden():
    X = tc.placeholder((100,), name="X")
    Y = tc.compute((100,), lambda i: tc.if_then_else(X[i] * 2.0 > 0.0, X[i] * 2.0, 0.0),
                   name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    src = tc.build(s, [X, Y], target="cuda").source("cuda")
    assert src.startswith("#include <stdint.h>")
    assert src[src.index("// grid"):] == GOLDEN


@pytest.mark.parametrize("name", ["matmul", "elementwise", "reduction", "block_reduction",
                                  "softmax", "conv2d"])
def test_nvcc_compiles_cuda_c(H, tmp_path, name):
    nvcc = shutil.which("nvcc")
    if nvcc is None:
        pytest.skip("nvcc is not on PATH")
    s, args, _ = H.workloads()[name]()
    src = tmp_path / "k.cu"
    src.write_text(tc.build(s, args, target="cuda").source("cuda"))
    res = subprocess.run([nvcc, "-arch=sm_80", "-cubin", "-o", str(tmp_path / "k.cubin"),
                          str(src)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr + src.read_text()


def test_cuda_c_min_max_are_numpys():
    # fmaxf/fminf return the operand that is not NaN; numpy, the PTX and the CPU code
    # return the NaN. The printed C uses helpers with numpy's semantics.
    X = tc.placeholder((64,), name="X")
    Y = tc.compute((64,), lambda i: tc.max(X[i], 0.0) + tc.min(X[i], 1.0), name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    src = tc.build(s, [X, Y], target="cuda").source("cuda")
    body = src[src.index("// grid"):]
    assert "tc_max_f32(" in body and "tc_min_f32(" in body
    assert "fmaxf(" not in body and "fminf(" not in body
