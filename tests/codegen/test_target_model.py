"""The target model: ISA level, vector width and registers, FMA, caches and cores come from
the Target (parsed once), for the host and for named CPUs alike (issue 10)."""

from __future__ import annotations

import pytest

from tcomp.codegen import target as T
from tcomp.codegen.target import Target

X86 = "x86_64-unknown-linux-gnu"


@pytest.mark.parametrize("cpu, isa, bits, regs, fma", [
    ("haswell", "avx2", 256, 16, True), ("znver3", "avx2", 256, 16, True),
    ("skylake-avx512", "avx512", 512, 32, True), ("znver5", "avx512", 512, 32, True),
    ("sandybridge", "avx", 256, 16, False), ("x86-64", "sse", 128, 16, False),
])
def test_a_named_cpu_without_features_has_its_own_isa(cpu, isa, bits, regs, fma):
    # "llvm -mcpu=haswell" used to count as 128-bit (no features given): AVX2 code was
    # vectorized for SSE.
    t = Target("llvm", cpu, "", X86)
    assert (t.isa, t.vector_bits, t.vector_registers, t.has_fma) == (isa, bits, regs, fma)


def test_minus_a_feature_drops_what_needs_it():
    t = Target("llvm", "skylake-avx512", "-avx512f", X86)
    assert t.isa == "avx2" and t.vector_bits == 256 and t.vector_registers == 16
    assert not any(f.startswith("avx512") for f in t.feature_set)
    t = Target("llvm", "znver4", "-avx2", X86)
    assert t.isa == "avx" and "avx512f" not in t.feature_set and "fma" in t.feature_set
    assert Target("llvm", "haswell", "+avx512f", X86).isa == "avx512"


def test_the_host_reads_llvm_features_and_an_avx2_build_of_it():
    host = Target.host()
    assert host.isa in ("avx512", "avx2", "avx", "sse", "neon", "generic")
    feats = {f[1:] for f in host.features.split(",") if f.startswith("+")}
    assert host.feature_set == frozenset(feats)
    if host.isa == "avx512":  # the AVX2 build of an AVX-512 machine (issue 10's benchmarks)
        avx2 = Target.parse("llvm -mattr=-avx512f")
        assert (avx2.isa, avx2.vector_bits, avx2.vector_registers) == ("avx2", 256, 16)
        assert avx2.key() != host.key()


def test_aarch64_is_neon():
    t = Target("llvm", "generic", "", "aarch64-unknown-linux-gnu")
    assert (t.isa, t.vector_bits, t.vector_registers, t.has_fma) == ("neon", 128, 32, True)


def test_cache_sizes_from_the_os_or_the_table(monkeypatch, tmp_path):
    monkeypatch.setattr(T, "_host_caches", dict)  # the table, also where the host is a znver3
    named = Target("llvm", "znver3", "", X86).cache_sizes
    assert named == {"l1d": 32 << 10, "l2": 512 << 10, "l3": 4 << 20}
    unknown = Target("llvm", "pentium4", "", X86).cache_sizes
    assert unknown == dict(zip(("l1d", "l2", "l3"), T.CPU_CACHES["generic"], strict=False))
    monkeypatch.undo()
    host = Target.host().cache_sizes
    assert set(host) >= {"l1d", "l2", "l3"} and all(v > 0 for v in host.values())
    assert Target.host().cores >= 1


def test_sysfs_parsing():
    assert T._parse_size("48K\n") == 48 << 10 and T._parse_size("2048K") == 2 << 20
    assert T._parse_size("32M") == 32 << 20
    assert T._count_cpus("0-1\n") == 2 and T._count_cpus("0,2,4-7") == 6


def test_a_non_x86_triple_has_no_x86_features():
    assert Target("llvm", "generic", "", "aarch64-unknown-linux-gnu").feature_set == frozenset()
    assert "sse2" in Target("llvm", "generic", "", X86).feature_set


@pytest.mark.parametrize("text", [
    "llvm", "llvm -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1", "llvm -mtriple=aarch64-linux-gnu",
    "llvm -mcpu=haswell", "llvm -mcpu=haswell -mattr=+avx2,+fma -num-threads=3",
    "llvm -mattr=-avx512f", "llvm -mcpu=native -num-threads=2",
    f"llvm -mtriple={X86} -mcpu=znver4 -mattr=-avx512f",
])
def test_str_of_a_cpu_target_parses_back_to_it(text):
    t = Target.parse(text)
    assert Target.parse(str(t)) == t, str(t)
    assert t.resolved_triple in str(t) or t.resolved_triple == Target.host().triple


def test_str_of_another_cpu_with_the_hosts_features_keeps_them():
    host = Target.host()
    if not host.features:
        pytest.skip("LLVM reports no features for this host")
    other = "x86-64" if host.cpu != "x86-64" else "haswell"
    t = Target.parse(f"llvm -mcpu={other} -mattr={host.features}")
    assert t.features == host.features and Target.parse(str(t)) == t


def test_a_kernel_for_features_this_cpu_lacks_raises_instead_of_dying():
    # Built for AVX-512 on a Zen 3 (AVX2 only), a test's kernel ran and killed pytest with an
    # illegal instruction: such code is compiled (for its assembly, or export) but not loaded,
    # and a call says which features are missing.
    import numpy as np

    import tcomp as tc
    from tcomp.errors import TcompRuntimeError

    host = Target.host().feature_set
    lacking = next(f for f in ("avx512f", "avx512fp16", "amx-tile", "avx10.2-512")
                   if f not in host)
    target = Target.parse(f"llvm -mattr=+{lacking}")
    assert lacking in target.missing_on_host() and not Target.host().missing_on_host()
    A = tc.placeholder((64,), name="A")
    B = tc.compute((64,), lambda i: A[i] * 2.0, name="B")
    f = tc.build(tc.create_schedule(B), [A, B], target=target, database=False)
    assert "tcomp_main" in f.stages["asm"]
    with pytest.raises(TcompRuntimeError, match=rf"uses [^)]*{lacking}.*which this CPU lacks"):
        f(np.ones(64, np.float32), np.zeros(64, np.float32))
    assert not Target.parse("llvm -mattr=-avx512f").missing_on_host()
