"""Tests of simplify_stmt and the ``simplify`` pass: golden loop nests and interpreter checks."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tcomp import dtypes
from tcomp.arith import simplify_stmt
from tcomp.ir import interp
from tcomp.ir.buffer import decl_buffer
from tcomp.ir.expr import Const, Load, Op, SizeVar, Var, binary, const, ramp
from tcomp.ir.func import PrimFunc
from tcomp.ir.stmt import Evaluate, For, ForKind, If, LetStmt, Seq, Store
from tcomp.ir.verify import verify
from tcomp.passes.simplify import simplify as simplify_pass

sys.path.insert(0, os.path.dirname(__file__))
import arith_helpers as H

F32 = dtypes.float32


def body_text(func: PrimFunc) -> str:
    return "\n".join(repr(func).splitlines()[1:])


def tiled_copy(n_dim):
    """C[i] = A[i] over a 32-tiled loop with a tail guard and some redundant index math."""
    A = decl_buffer((n_dim,), F32, "A")
    C = decl_buffer((n_dim,), F32, "C")
    io, ii = Var("io"), Var("ii")
    idx = io * 32 + ii
    inner = Seq((
        Store(C, ((idx // 32) * 32 + idx % 32,), Load(A, (idx,), F32)),
        If(idx < n_dim, Store(C, (idx,), Load(A, (idx,), F32) * 1.0)),
        If(idx <= n_dim + 5, Store(C, (idx + 0,), Load(A, (idx,), F32))),
        If(io < (n_dim + 31) // 32, Evaluate(const(1)), Evaluate(const(2))),
    ))
    body = For(io, const(0), (n_dim + 31) // 32, ForKind.SERIAL,
               For(ii, const(0), const(32), ForKind.SERIAL, If(idx < n_dim, inner)))
    dims = (n_dim,) if isinstance(n_dim, Var) else ()
    return PrimFunc("copy", (A, C), body, dims)


def test_tail_guard_and_redundant_conditions():
    n = SizeVar("n")
    out = simplify_pass(tiled_copy(n))
    assert body_text(out) == """\
  for io in 0..(n + 31) // 32:
    for ii in 0..32:
      if io * 32 + ii < n:
        C[io * 32 + ii] = A[io * 32 + ii]
        C[io * 32 + ii] = A[io * 32 + ii]
        C[io * 32 + ii] = A[io * 32 + ii]
        1"""
    # n <= MAX_DIM (2**48 - 1, checked at calls), so n + 5 doesn't wrap: that guard goes too.


def test_constant_sizes_drop_provable_guards():
    out = simplify_pass(tiled_copy(const(128)))
    assert body_text(out) == """\
  for io in 0..4:
    for ii in 0..32:
      C[io * 32 + ii] = A[io * 32 + ii]
      C[io * 32 + ii] = A[io * 32 + ii]
      C[io * 32 + ii] = A[io * 32 + ii]
      1"""


@pytest.mark.parametrize("size", [1, 31, 32, 33, 100, 128])
def test_pass_keeps_results(size):
    n = SizeVar("n")
    func = tiled_copy(n)
    out = simplify_pass(func)
    verify(out)
    a = np.arange(size, dtype=np.float32)
    c1, c2 = np.zeros(size, np.float32), np.zeros(size, np.float32)
    interp.run(func, [a, c1])
    interp.run(out, [a, c2])
    np.testing.assert_array_equal(c1, c2)
    np.testing.assert_array_equal(c2, a)


def test_loops_with_extent_one_and_empty_loops():
    A = decl_buffer((16,), F32, "A")
    C = decl_buffer((16,), F32, "C")
    x = Var("x")
    one = For(x, const(3), const(1), ForKind.SERIAL, Store(C, (x * 2,), Load(A, (x,), F32)))
    assert repr(simplify_stmt(one)) == "C[6] = A[3]"
    n = SizeVar("n")
    empty = For(x, const(0), n - n, ForKind.SERIAL, Store(C, (x,), Load(A, (x,), F32)))
    assert repr(simplify_stmt(empty)) == "0"
    neg = For(x, const(0), binary(Op.MIN, n, const(-1)), ForKind.SERIAL,
              Store(C, (x,), Load(A, (x,), F32)))
    assert repr(simplify_stmt(neg)) == "0"
    bound = For(x, const(0), const(1), ForKind.THREAD, Store(C, (x,), Load(A, (x,), F32)),
                "threadIdx.x")
    assert simplify_stmt(bound) is bound  # thread-bound loops are kept for the launch


def test_if_with_provable_condition_keeps_the_right_branch():
    C = decl_buffer((16,), F32, "C")
    i = Var("i")
    s = For(i, const(0), const(8), ForKind.SERIAL,
            If(i < 8, Store(C, (i,), const(1.0)), Store(C, (i,), const(2.0))))
    assert repr(simplify_stmt(s)) == "for i in 0..8:\n  C[i] = 1.0"
    s = For(i, const(0), const(8), ForKind.SERIAL,
            If(i >= 8, Store(C, (i,), const(1.0)), Store(C, (i,), const(2.0))))
    assert repr(simplify_stmt(s)) == "for i in 0..8:\n  C[i] = 2.0"
    s = For(i, const(0), const(8), ForKind.SERIAL, If(i >= 8, Store(C, (i,), const(1.0))))
    assert repr(simplify_stmt(s)) == "for i in 0..8:\n  0"


def test_if_narrows_loop_ranges_in_each_branch():
    C = decl_buffer((64,), F32, "C")
    i = Var("i")
    then = Store(C, (i // 16,), const(1.0))  # i < 16 here: i // 16 is 0
    orelse = Store(C, (binary(Op.MAX, i, const(16)),), const(2.0))  # i >= 16 here
    s = For(i, const(0), const(64), ForKind.SERIAL, If(i < 16, then, orelse))
    assert repr(simplify_stmt(s)) == """\
for i in 0..64:
  if i < 16:
    C[0] = 1.0
  else:
    C[i] = 2.0"""


def test_let_values_are_simplified_and_known():
    C = decl_buffer((64,), F32, "C")
    i, t = Var("i"), Var("t")
    s = For(i, const(0), const(4), ForKind.SERIAL,
            LetStmt(t, i * 16 + 0, Store(C, ((t - i * 16) // 16 + t,), const(1.0))))
    assert repr(simplify_stmt(s)) == "for i in 0..4:\n  t = i * 16\n  C[t] = 1.0"


def test_vectorized_store_after_flattening():
    B = decl_buffer((1 << 16,), F32, "B")
    C = decl_buffer((1 << 16,), F32, "C")
    i, j0 = Var("i"), Var("j0")
    idx = ramp(i * 1024 + j0 * 16, const(1), 16)
    lanes = F32.with_lanes(16)
    store = Store(C, (idx // 16 * 16 + idx % 16,), Load(B, (idx,), lanes))
    s = For(i, const(0), const(64), ForKind.SERIAL,
            For(j0, const(0), const(64), ForKind.SERIAL, store))
    assert repr(simplify_stmt(s)) == """\
for i in 0..64:
  for j0 in 0..64:
    C[ramp(i * 1024 + j0 * 16, 1, 16)] = B[ramp(i * 1024 + j0 * 16, 1, 16)]"""


def test_pass_is_pure_and_returns_same_object_when_unchanged():
    A = decl_buffer((16,), F32, "A")
    i = Var("i")
    func = PrimFunc("f", (A,), For(i, const(0), const(16), ForKind.SERIAL,
                                   Store(A, (i,), Const(1.0, F32))))
    assert simplify_pass(func) is func
    func2 = PrimFunc("f", (A,), For(i, const(0), const(16), ForKind.SERIAL,
                                    Store(A, (i + 0,), Const(1.0, F32))))
    before = repr(func2)
    out = simplify_pass(func2)
    assert out is not func2 and repr(func2) == before
    assert "A[i] = 1.0" in repr(out)


LI, LJ, LN = Var("i"), Var("j"), SizeVar("n")


@settings(max_examples=150, deadline=None)
@given(H.int_exprs((LI, LJ, LN), LN, 3), H.int_exprs((LI, LJ, LN), LN, 2),
       H.bool_exprs((LI, LJ, LN), LN, 2), H.bool_exprs((LI, LJ, LN), LN, 2),
       st.sampled_from(["const", "min_n", "one"]), st.integers(1, 6), st.integers(0, 9))
def test_pass_keeps_interpreted_results_of_random_nests(value, value2, cond, cond2, ext_kind,
                                                        ext, n_value):
    C = decl_buffer((64,), dtypes.int64, "C")
    outer_ext = {"const": const(ext), "min_n": binary(Op.MIN, LN, const(ext)),
                 "one": LN - LN + 1}[ext_kind]
    idx = LI * 4 + LJ
    inner = If(cond2, If(cond, Store(C, (idx,), value), Store(C, (idx,), value2)),
               Store(C, (idx,), value + value2))
    body = For(LI, const(0), outer_ext, ForKind.SERIAL,
               For(LJ, const(0), const(4), ForKind.SERIAL, inner))
    func = PrimFunc("f", (C,), body, (LN,))
    out = simplify_pass(func)
    verify(out)
    c1 = np.full(64, -7, np.int64)
    c2 = c1.copy()
    interp.run(func, [c1], {LN: n_value})
    interp.run(out, [c2], {LN: n_value})
    np.testing.assert_array_equal(c1, c2)
