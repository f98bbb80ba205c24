"""LLVM 22's x86 "VPMOV*2M + KMOV -> MOVMSK" fold (llvm-project issues 191304 and 198197)
miscompiles silently; the JIT finds where it may have struck in the assembly and builds that
kernel again without AVX-512VL (tcomp/codegen/llvm/jit.py, ``evex_fold_hazard``)."""

from __future__ import annotations

import re

import llvmlite.binding as llvm
import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen import Target
from tcomp.codegen.llvm import jit
from tcomp.errors import CompileError

X86_HOST = re.match(r"(x86_64|amd64)", llvm.get_process_triple()) is not None
needs_x86 = pytest.mark.skipif(not X86_HOST, reason="builds for x86 CPUs (needs the host's "
                               "x86 LLVM backend)")
# A VEX-only mask instruction naming xmm16-31/ymm16-31: the object code reads another register.
UNENCODABLE = re.compile(r"(vmovmskp[sd]|vpmovmskb)\b[^\n]*\b[xy]mm(1[6-9]|2\d|3[01])\b")


def tiled_gather_program():
    """The fuzzer's case 202002168: a gather index ``A5[i1 % 4] % 6`` (a floor-mod of a
    negative value, -7 % 6 == 5) on a tiled (3, 8) output. Its O3 code tests the signs of the
    four remainders with one 4-lane compare, held in xmm17 on AVX-512 CPUs, and LLVM 22 folded
    that into 'vmovmskps %xmm17, %ecx', which the object code encodes as xmm1: garbage gather
    indices in columns 2 and 6."""
    A0 = tc.placeholder((1, 1), dtype="bool", name="A0")
    A3 = tc.placeholder((6, 2), dtype="float64", name="A3")
    A4 = tc.placeholder((6, 5), dtype="int32", name="A4")
    A5 = tc.placeholder((8,), dtype="int32", name="A5")
    T1 = tc.compute((6, 8), lambda i0, i1: tc.if_then_else(A0[0, 0], A3[i1 % 5, 0],
                                                           A3[i0 % 3, 0]), name="T1")
    T2 = tc.compute((3, 8), lambda i0, i1: (
        tc.ceil(tc.if_then_else(i1 + 1 < 8, T1[0, 0], 0.0) / T1[i0, 7])
        - (tc.if_then_else(i1 < 5, A4[0, 0], 1) - A4[tc.cast("int64", A5[i1 % 4] % 6), 4 - i0])
        * tc.cast("int32", i1)), name="T2")
    s = tc.create_schedule([T2])
    s[T2].tile("i0", "i1", 4, 4)
    return s, [A0, A3, A4, A5, T2]


def tiled_gather_data():
    a0 = np.array([[False]])
    a3 = np.array([[-1.0, -1.75], [-0.875, -1.625], [1.875, 1.0], [-0.375, 1.125],
                   [0.125, -1.0], [-0.875, 0.375]])
    a4 = np.array([[-5, -1, 7, 1, 2], [6, -3, -5, 8, 7], [-5, -5, 3, -4, 7], [-5, -3, -3, -1, 8],
                   [-6, 7, 4, 6, 3], [0, -4, -1, 4, 6]], dtype=np.int32)
    a5 = np.array([4, 4, -7, 6, -1, 4, 5, 6], dtype=np.int32)
    i0, i1 = np.meshgrid(np.arange(6), np.arange(8), indexing="ij")
    t1 = np.where(a0[0, 0], a3[i1 % 5, 0], a3[i0 % 3, 0])
    i0, i1 = np.meshgrid(np.arange(3), np.arange(8), indexing="ij")
    lhs = np.ceil(np.where(i1 + 1 < 8, t1[0, 0], 0.0) / t1[i0, 7])
    rhs = (np.where(i1 < 5, a4[0, 0], np.int32(1)) - a4[a5[i1 % 4] % 6, 4 - i0]) * i1.astype(
        np.int32)
    return (a0, a3, a4, a5), lhs - rhs.astype(np.float64)


@pytest.mark.parametrize("bounds_check", [False, True])
def test_tiled_gather_through_a_floor_mod_matches_numpy(bounds_check):
    s, args = tiled_gather_program()
    inputs, expected = tiled_gather_data()
    f = tc.build(s, args, bounds_check=bounds_check)
    out = np.zeros((3, 8))
    f(*inputs, out)
    np.testing.assert_array_equal(out, expected)
    assert not UNENCODABLE.search(f.source("asm"))


@needs_x86
@pytest.mark.parametrize("cpu", ["skylake-avx512", "znver4", "x86-64-v4"])
def test_avx512_builds_hold_no_movmsk_of_a_register_vex_cannot_name(cpu):
    # Without the check, LLVM 22 emits 'vmovmskps %xmm20, ...' for each of these CPUs (built
    # here, not run, so this needs no AVX-512 host).
    s, args = tiled_gather_program()
    f = tc.build(s, args, target=f"llvm -mcpu={cpu}")
    asm = f.source("asm")
    assert not UNENCODABLE.search(asm), UNENCODABLE.search(asm).group(0)
    if "-avx512vl" in f.source("llvm"):  # rebuilt: the attribute says so in both IR texts
        assert '"target-features"' in f.source("llvm-opt")


def test_the_hazard_is_an_unencodable_register_always_and_any_movmsk_with_llvm_22():
    for line in ("\tvmovmskps\t%xmm17, %ecx", "\tvpmovmskb\t%ymm31, %eax",
                 "  vmovmskpd eax, xmm16", "\tvblendvps\t%xmm0, %xmm20, %xmm1, %xmm2"):
        for version in ((22, 1, 0), (23, 0, 0)):
            why = jit.evex_fold_hazard(f"\tvzeroupper\n{line}\n\tretq\n", version)
            assert why is not None and "191304" in why, (line, version)
    plain = "\tvpextrd\t$2, %xmm17, %r8d\n\tvmovmskps\t%xmm1, %ecx\n\ttestb\t$4, %cl\n"
    assert "198197" in jit.evex_fold_hazard(plain, (22, 1, 0))
    assert jit.evex_fold_hazard(plain, (22, 1, 0), fold_may_erase=False) is None
    assert jit.evex_fold_hazard(plain, (23, 0, 0)) is None
    evex_ok = "\tvmovaps\t%xmm17, %xmm1\n\tvpmovd2m\t%xmm20, %k0\n\tkmovb\t%k0, %ecx\n"
    assert jit.evex_fold_hazard(evex_ok, (22, 1, 0)) is None


@needs_x86
def test_only_x86_targets_with_avx512vl_and_llvm_22_or_newer_are_checked():
    x86 = "x86_64-unknown-linux-gnu"
    v22 = (22, 1, 0)
    assert jit.evex_check_needed(Target("llvm", "x86-64-v4", "", x86), v22)
    assert jit.evex_check_needed(Target("llvm", "znver4", "", x86), v22)
    assert not jit.evex_check_needed(Target("llvm", "x86-64-v4", "", x86), (21, 1, 0))
    assert not jit.evex_check_needed(Target("llvm", "haswell", "", x86), v22)
    assert not jit.evex_check_needed(Target("llvm", "x86-64-v4", "-avx512vl", x86), v22)
    assert not jit.evex_check_needed(Target("llvm", "knl", "", x86), v22)  # AVX-512F, no VL
    assert not jit.evex_check_needed(Target("llvm", "generic", "", "aarch64-unknown-linux-gnu"),
                                     v22)


def test_function_features_go_on_every_definition_and_parse():
    text = ('define void @"k(1)"(ptr noalias dereferenceable(8) %"a)", i64 %"n") nounwind\n'
            '{\nentry:\n  call void @helper()\n  ret void\n}\n\n'
            'define internal void @helper() alwaysinline\n{\nentry:\n  ret void\n}\n\n'
            'declare double @"llvm.ceil.f64"(double %".1")\n')
    out = jit.with_function_features(text, "+avx2,-avx512vl")
    defines = [ln for ln in out.splitlines() if ln.startswith("define ")]
    assert all('"target-features"="+avx2,-avx512vl"' in ln for ln in defines)
    assert defines[0].startswith('define void @"k(1)"(ptr noalias dereferenceable(8) %"a)", '
                                 'i64 %"n") "target-features"')
    assert "declare double @\"llvm.ceil.f64\"(double %\".1\")\n" in out
    mod = llvm.parse_assembly(out)
    mod.verify()
    groups = [ln for ln in str(mod).splitlines() if ln.startswith("attributes #")]
    assert sum('"target-features"="+avx2,-avx512vl"' in g for g in groups) == 2  # one each


def test_a_hazard_left_after_the_rebuild_is_a_compile_error(monkeypatch):
    monkeypatch.setattr(jit, "evex_check_needed", lambda target: True)
    monkeypatch.setattr(jit, "evex_fold_hazard",
                        lambda asm, version=None, fold_may_erase=True: "'vmovmskps %xmm17'")
    with pytest.raises(CompileError, match=r"LLVM miscompiled kernel f .*-avx512vl"):
        jit.compile_ir("define void @f() {\n  ret void\n}\n", Target.host(), "f", False)
