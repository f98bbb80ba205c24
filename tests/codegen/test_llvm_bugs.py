"""Bugs of the LLVM that llvmlite bundles, each as the smallest module that shows it, with
how tcomp keeps its kernels away from it. A test here that starts to pass (strict xfail)
says the bundled LLVM was fixed: the workaround it names may then go."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest

import tcomp as tc
from tcomp.autodiff import gradient
from tcomp.dsl import evaluate

# InstCombine's mergeStoreIntoSuccessor, "if/then triangle" case: the store in `outer` (SI,
# before an unconditional branch) and the one in `latch` (which branches to `inner` and back
# to `outer`) are merged into one store at the top of `inner`, as if both wrote one
# location; but %p is computed in `outer` from the outer loop's variable, so on the edge
# latch -> outer the latch's store wrote out[0] and the merged code drops it. out[0] ends at
# 3, not 4. tcomp's partition_loops peels the iteration that makes such a nest (below).
TRIANGLE = r"""
define void @f(ptr noalias %out) {
entry:
  br label %outer
outer:
  %i = phi i64 [0, %entry], [1, %latch]
  %p = getelementptr inbounds double, ptr %out, i64 %i
  store double 0.0, ptr %p
  br label %inner
inner:
  %j = phi i64 [0, %outer], [%j1, %latch]
  %first = icmp eq i64 %i, 0
  br i1 %first, label %latch, label %exit
latch:
  %v = load double, ptr %p
  %v1 = fadd double %v, 1.0
  store double %v1, ptr %p
  %j1 = add i64 %j, 1
  %more = icmp ult i64 %j1, 4
  br i1 %more, label %inner, label %outer
exit:
  ret void
}
"""


def _run_triangle(instcombine: bool) -> np.ndarray:
    import llvmlite.binding as llvm

    from tcomp.codegen.llvm.jit import LLVM_LOCK, _init_llvm

    _init_llvm()
    with LLVM_LOCK:
        mod = llvm.parse_assembly(TRIANGLE)
        tm = llvm.Target.from_default_triple().create_target_machine(opt=0)
        if instcombine:
            pb = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(
                speed_level=0))
            fpm = llvm.create_new_function_pass_manager()
            fpm.add_instruction_combine_pass()
            for f in mod.functions:
                fpm.run(f, pb)
        ee = llvm.create_mcjit_compiler(mod, tm)
        ee.finalize_object()
        fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(ee.get_function_address("f"))
        out = np.full(2, 7.0)
        fn(out.ctypes.data)
    return out


def test_the_triangle_module_without_instcombine_is_right():
    np.testing.assert_array_equal(_run_triangle(False), [4.0, 0.0])


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="LLVM 22 InstCombine merges stores to a pointer that differs on "
                          "the loop's back edge")
def test_instcombine_keeps_the_store_of_the_previous_outer_iteration():
    np.testing.assert_array_equal(_run_triangle(True), [4.0, 0.0])


def test_a_min_gradient_scattered_into_one_element_keeps_its_last_term():
    # gradient fuzzer, seed 900526: the adjoint of a min over ties, read at A0[0] only, is
    # scattered under "if k1 < 1 and i0 < 1" in a loop over i0 of 2; LLVM made the inner
    # loop's latch branch to the outer header and InstCombine then merged the zero store of
    # A0.adj[1] with the last update of A0.adj[0]: 6 (1 + 2 + 3) where 10 is right
    A0 = tc.placeholder((2,), dtype="float64", name="A0")
    k0, k1 = tc.reduce_axis(9, name="k0"), tc.reduce_axis(2, name="k1")
    T0 = tc.compute((1, 4), lambda i0, i1: tc.min(A0[i0], axis=[k0, k1],
                                                   where=(k1 + k1) < 2), name="T0")
    head = tc.placeholder((1, 4), "float64", "head")
    (g,) = gradient(T0, [A0], head)
    feed = {A0: np.array([0.5, -1.0]), head: np.array([[1.0, 2.0, 3.0, 4.0]])}
    np.testing.assert_array_equal(evaluate(g, feed), [10.0, 0.0])
    k = tc.build(tc.create_schedule(g), [A0, head, g], bounds_check=True, database=False)
    out = np.full(2, np.nan)
    k(feed[A0], feed[head], out)
    np.testing.assert_array_equal(out, [10.0, 0.0])
