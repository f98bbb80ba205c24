"""The target says how wide its vectors are (nothing else holds an ISA constant); the JIT
checks the IR it hands to the LLVM backend."""

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


_BREAK_AFTER_O3 = """
import llvmlite.binding as llvm
from tcomp.codegen.llvm import jit
from tcomp.codegen.target import Target
real = jit.optimize
def breaking_optimize(mod, tm, slp=True):
    real(mod, tm, slp)
    mod.link_in(llvm.parse_assembly("define void @bad() {\\nentry:\\n  br label %entry\\n}\\n"))
jit.optimize = breaking_optimize
try:
    jit.compile_ir("define void @f() {\\n  ret void\\n}\\n", Target.host(), "f", False)
except Exception as exc:
    print(type(exc).__name__, str(exc).splitlines()[0])
"""


def test_ir_the_optimiser_breaks_is_a_compile_error_not_a_backend_abort():
    # The module is verified again after the O3 pipeline, before instruction selection;
    # invalid IR there reached the backend, whose assertions abort the whole process. Run in
    # a child process, since without the check that is what happens.
    import os
    import subprocess
    import sys

    root = os.path.join(os.path.dirname(__file__), "..", "..")
    env = dict(os.environ, PYTHONPATH=os.path.abspath(root))
    out = subprocess.run([sys.executable, "-c", _BREAK_AFTER_O3], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, (out.returncode, out.stderr[-2000:])
    assert "CompileError LLVM's optimiser produced invalid IR for kernel f" in out.stdout, \
        out.stdout + out.stderr[-2000:]


def test_one_lane_masked_stores_become_scalar_stores():
    from tcomp.codegen.llvm.jit import scalarize_one_lane_masked_stores

    text = (
        "define void @f(ptr %p, <4 x i32> %v, <8 x float> %w) {\n"
        "  tail call void @llvm.masked.store.v4i32.p0(<4 x i32> %v, ptr align 4 %p, "
        "<4 x i1> <i1 false, i1 false, i1 true, i1 false>)\n"
        "  call void @llvm.masked.store.v8f32.p0(<8 x float> %w, ptr nonnull align 32 %p, "
        "<8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, "
        "i1 false>)\n"
        "  ret void\n}\n"
        "declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, <4 x i1>)\n"
        "declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr, <8 x i1>)\n")
    out, n = scalarize_one_lane_masked_stores(text)
    assert n == 1
    assert "%tcomp.mstore1.v = extractelement <4 x i32> %v, i64 2" in out
    assert "getelementptr inbounds i32, ptr %p, i64 2" in out
    assert "store i32 %tcomp.mstore1.v, ptr %tcomp.mstore1.p, align 1" in out
    assert out.count("@llvm.masked.store.v8f32.p0(<8 x float> %w") == 1  # two lanes: kept
    import llvmlite.binding as llvm

    llvm.parse_assembly(out).verify()
