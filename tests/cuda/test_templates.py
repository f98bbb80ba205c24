"""Every GPU template: PTX accepted by ptxas for sm_80 and sm_90, and the emulated kernel
equals the reference evaluator."""

from __future__ import annotations

import pytest

import tcomp as tc

NAMES = ["matmul", "elementwise", "reduction", "block_reduction", "softmax",
         "conv2d"]


@pytest.mark.parametrize("name", NAMES)
def test_template_emulated_matches_reference(H, name):
    s, args, outs = H.workloads()[name]()
    H.check_emulated(s, args, outs)


@pytest.mark.parametrize("name", NAMES)
def test_template_ptx_assembles(H, need_ptxas, tmp_path, name):
    s, args, _ = H.workloads()[name]()
    for arch in ("sm_80", "sm_90"):
        f = tc.build(s, args, target=f"cuda -arch={arch}")
        assert f"\n.target {arch}" in f.source("ptx")
        for k, mod in zip(f.program.kernels, f.ptx, strict=False):
            report = H.ptxas(mod.ptx, arch, tmp_path)
            assert "error" not in report.lower()
            if k.attrs["launch"]["shared_bytes"]:
                assert "smem" in report


def test_matmul_ptx_uses_shared_memory_and_barriers(H):
    s, args, _ = H.workloads()["matmul"]()
    f = tc.build(s, args, target="cuda")
    ptx = f.source("ptx")
    assert ".shared" in ptx and "bar.sync" in ptx
    assert "%tid.x" in ptx and "%ctaid.y" in ptx
    assert ".maxntid 8, 8, 1" in ptx
    cu = f.source("cuda")
    assert "__shared__ __align__(16) float A_shared" in cu and "__syncthreads();" in cu


def test_softmax_is_one_kernel_with_block_reductions(H):
    s, args, _outs = H.workloads()["softmax"]()
    f = tc.build(s, args, target="cuda")
    assert len(f.program.kernels) == 1 and f.program.temps == ()
    la = f.program.kernels[0].attrs["launch"]
    assert la["block"] == (8, 1, 1) and la["grid"][0].value == 13  # a block per row
    assert la["shared_bytes"] == 2 * 8 * 4  # the two reductions' partial results
    assert f.source("ptx").count("bar.sync") >= 6
    assert "Y_max_red[" in f.source("cuda")
