"""The target says how wide its vectors are; nothing else holds an ISA constant."""

from __future__ import annotations

from tcomp.codegen.target import Target


def test_vector_bits_and_lanes_follow_the_target_features():
    avx512 = Target("llvm", "skylake-avx512", "+avx,+avx2,+avx512f", "x86_64-unknown-linux-gnu")
    avx2 = Target("llvm", "haswell", "+avx,+avx2,-avx512f", "x86_64-unknown-linux-gnu")
    sse = Target("llvm", "x86-64", "+sse2", "x86_64-unknown-linux-gnu")
    assert (avx512.vector_bits, avx2.vector_bits, sse.vector_bits) == (512, 256, 128)
    assert avx512.vector_lanes("float32") == 16 and avx512.vector_lanes("float64") == 8
    assert avx2.vector_lanes("int32") == 8 and sse.vector_lanes("bool") == 16
    assert Target.parse("cuda").vector_bits == 128
