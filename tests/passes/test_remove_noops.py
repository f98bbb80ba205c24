"""Tests of the remove_noops pass."""

from __future__ import annotations

import numpy as np

from tcomp import dtypes
from tcomp.ir import (
    Allocate,
    Buffer,
    Evaluate,
    For,
    ForKind,
    If,
    LetStmt,
    Load,
    PrimFunc,
    Seq,
    Store,
    Var,
    as_expr,
    const,
    decl_buffer,
    walk,
)
from tcomp.passes.remove_noops import is_noop, remove_noops

f32 = dtypes.float32


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(as_expr(i) for i in idx), buf.dtype)


def st(buf: Buffer, idx: tuple[object, ...], value: object) -> Store:
    return Store(buf, tuple(as_expr(i) for i in idx), as_expr(value, like=buf.dtype))


def loop(var: Var, ext: object, body: object, kind: ForKind = ForKind.SERIAL,
         lo: object = 0, tag: str = "") -> For:
    return For(var, as_expr(lo), as_expr(ext), kind, body, tag)  # type: ignore[arg-type]


NOOP = Evaluate(const(0))


def test_mixed_noops(golden, run) -> None:
    a = decl_buffer((8,), f32, "A")
    tmp = decl_buffer((4,), f32, "tmp", "local")
    i, j, k, z, n = Var("i"), Var("j"), Var("k"), Var("z"), Var("n")
    body = Seq((
        loop(z, 0, st(a, (z,), 9.0)),                                   # extent 0: gone
        Seq((NOOP, Seq((loop(i, 1, st(a, (i,), 1.0), lo=3),)))),          # extent 1: A[3] = 1
        If(const(True), st(a, (0,), 2.0), st(a, (0,), 3.0)),            # then branch only
        If(const(False), st(a, (1,), 4.0)),                              # gone
        If(const(False), st(a, (1,), 4.0), st(a, (1,), 5.0)),            # else branch only
        Allocate(tmp, Seq((NOOP, NOOP))),                                # empty allocate
        loop(j, n, If(j < 2, NOOP, NOOP)),                               # loop doing nothing
        loop(k, 4, Seq((Evaluate(const(7)), st(a, (k + 4,), ld(a, k) * 2.0)))),
    ))
    b = decl_buffer((n,), f32, "B")  # binds n
    func = PrimFunc("f", (a, b), body, (n,))
    out = remove_noops(func)
    golden("remove_noops_mixed", repr(out))
    assert not any(isinstance(x, (Evaluate, If, Allocate)) for x in walk(out.body))
    x, y = np.zeros(8, np.float32), np.zeros(3, np.float32)
    (before, _) = run(func, x, y)
    (after, _) = run(out, x, y)
    np.testing.assert_array_equal(before, after)
    np.testing.assert_array_equal(after, [2, 5, 0, 1, 4, 10, 0, 2])


def test_nested_seqs_flatten() -> None:
    a = decl_buffer((4,), f32, "A")
    body = Seq((st(a, (0,), 1.0), Seq((Seq((st(a, (1,), 1.0),)), st(a, (2,), 1.0)))))
    out = remove_noops(PrimFunc("f", (a,), body))
    assert isinstance(out.body, Seq) and len(out.body.stmts) == 3
    assert not any(isinstance(s, Seq) for s in out.body.stmts)


def test_thread_loop_of_extent_one_is_kept() -> None:
    a = decl_buffer((4,), f32, "A")
    t = Var("tx")
    func = PrimFunc("f", (a,), loop(t, 1, st(a, (t,), 1.0), ForKind.THREAD, tag="threadIdx.x"))
    assert remove_noops(func) is func


def test_empty_then_with_else_negates_condition() -> None:
    a = decl_buffer((4,), f32, "A")
    i = Var("i")
    func = PrimFunc("f", (a,), loop(i, 4, If(i < 2, NOOP, st(a, (i,), 1.0))))
    assert repr(remove_noops(func).body) == "for i in 0..4:\n  if !(i < 2):\n    A[i] = 1.0"


def test_everything_removed_leaves_one_noop() -> None:
    a = decl_buffer((4,), f32, "A")
    i, v = Var("i"), Var("v")
    func = PrimFunc("f", (a,), Seq((loop(i, 0, st(a, (i,), 1.0)), LetStmt(v, const(1), NOOP))))
    out = remove_noops(func)
    assert is_noop(out.body) and repr(out.body) == "0"


def test_unchanged_function_is_shared() -> None:
    a = decl_buffer((4,), f32, "A")
    i = Var("i")
    func = PrimFunc("f", (a,), loop(i, 4, st(a, (i,), 1.0)))
    assert remove_noops(func) is func


def test_extent_one_substitution_reaches_nested_noops() -> None:
    a = decl_buffer((4,), f32, "A")
    i = Var("i")
    # after i -> 0 the condition is `0 < 1`, not a Const: remove_noops doesn't simplify
    func = PrimFunc("f", (a,), loop(i, 1, If(i < 1, st(a, (i,), 1.0))))
    assert repr(remove_noops(func).body) == "if 0 < 1:\n  A[0] = 1.0"
