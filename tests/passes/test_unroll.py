"""Tests of the unroll pass: expansion (golden + numerics), nesting, fresh binders, limits."""

from __future__ import annotations

import logging

import numpy as np

from tcomp import dtypes
from tcomp.ir import (
    Allocate,
    Buffer,
    For,
    ForKind,
    LetStmt,
    Load,
    PrimFunc,
    Store,
    Var,
    as_expr,
    decl_buffer,
    seq,
    walk,
)
from tcomp.passes.unroll import unroll

f32 = dtypes.float32


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(as_expr(i) for i in idx), buf.dtype)


def st(buf: Buffer, idx: tuple[object, ...], value: object) -> Store:
    return Store(buf, tuple(as_expr(i) for i in idx), as_expr(value, like=buf.dtype))


def loop(var: Var, ext: object, body: object, kind: ForKind = ForKind.SERIAL,
         lo: object = 0) -> For:
    return For(var, as_expr(lo), as_expr(ext), kind, body)  # type: ignore[arg-type]


def uloop(var: Var, ext: object, body: object, lo: object = 0) -> For:
    return loop(var, ext, body, ForKind.UNROLLED, lo)


def kinds(func: PrimFunc) -> list[ForKind]:
    return [n.kind for n in walk(func.body) if isinstance(n, For)]


def test_unroll_reduction(golden, run) -> None:
    a = decl_buffer((4,), f32, "A")
    s = decl_buffer((1,), f32, "S")
    k = Var("k")
    func = PrimFunc("sum", (a, s), seq(st(s, (0,), 0.0),
                                       uloop(k, 4, st(s, (0,), ld(s, 0) + ld(a, k)))))
    out = unroll(func)
    golden("unroll_reduction", repr(out))
    assert kinds(out) == []
    x = np.arange(1, 5, dtype=np.float32)
    _, z = run(out, x, np.zeros(1, np.float32))
    assert z[0] == 10.0


def test_nested_unroll_multiplies_and_min_offsets(golden, run) -> None:
    c = decl_buffer((6, 8), f32, "C")
    i, j, n = Var("i"), Var("j"), Var("n")
    body = loop(n, 2, uloop(i, 2, uloop(j, 3, st(c, (i + n * 2, j), ld(c, i + n * 2, j) + 1.0),
                                        lo=5)))
    func = PrimFunc("nest", (c,), body)
    out = unroll(func)
    golden("unroll_nested", repr(out))
    stores = [x for x in walk(out.body) if isinstance(x, Store)]
    assert len(stores) == 6 and kinds(out) == [ForKind.SERIAL]
    (z,) = run(out, np.zeros((6, 8), np.float32))
    expect = np.zeros((6, 8), np.float32)
    expect[0:4, 5:8] = 1.0
    np.testing.assert_array_equal(z, expect)


def test_symbolic_min_becomes_min_plus_k() -> None:
    a = decl_buffer((16,), f32, "A")
    k, base = Var("k"), Var("base")
    func = PrimFunc("f", (a,), loop(base, 2, uloop(k, 3, st(a, (k,), 1.0), lo=base * 4)))
    assert repr(unroll(func).body) == (
        "for base in 0..2:\n  A[base * 4] = 1.0\n  A[base * 4 + 1] = 1.0\n  A[base * 4 + 2] = 1.0"
    )


def test_copies_get_fresh_binders(run) -> None:
    a = decl_buffer((3, 4), f32, "A")
    tmp = decl_buffer((4,), f32, "tmp", "local")
    k, j, j2, t = Var("k"), Var("j"), Var("j"), Var("t", f32)
    body = uloop(k, 3, Allocate(tmp, seq(
        loop(j, 4, LetStmt(t, ld(a, k, j) * 2.0, st(tmp, (j,), t))),
        loop(j2, 4, st(a, (k, j2), ld(tmp, j2) + 1.0)),
    )))
    func = PrimFunc("f", (a,), body)
    out = unroll(func)
    allocs = [x.buffer for x in walk(out.body) if isinstance(x, Allocate)]
    loop_vars = [x.var for x in walk(out.body) if isinstance(x, For)]
    let_vars = [x.var for x in walk(out.body) if isinstance(x, LetStmt)]
    assert len(allocs) == 3 and len({id(b) for b in allocs}) == 3 and tmp not in allocs
    assert len(loop_vars) == 6 and len({id(v) for v in loop_vars}) == 6
    assert len(let_vars) == 3 and len({id(v) for v in let_vars}) == 3 and t not in let_vars
    # every access of a temporary goes to the copy allocated around it
    for alloc in (x for x in walk(out.body) if isinstance(x, Allocate)):
        used = {x.buffer for x in walk(alloc.body) if isinstance(x, (Load, Store))}
        assert used == {alloc.buffer, a}
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    (z,) = run(out, x)
    np.testing.assert_array_equal(z, x * 2 + 1)


def test_limits_keep_a_serial_loop(caplog) -> None:
    a = decl_buffer((1024,), f32, "A")
    k, n = Var("k"), Var("n")
    wide = PrimFunc("f", (a,), uloop(k, 513, st(a, (k,), 1.0)))
    symbolic = PrimFunc("g", (a,), uloop(k, n, st(a, (k,), 1.0)), (n,))
    with caplog.at_level(logging.DEBUG, logger="tcomp"):
        assert kinds(unroll(wide)) == [ForKind.SERIAL]
        assert kinds(unroll(symbolic)) == [ForKind.SERIAL]
        assert kinds(unroll(wide, max_extent=1024)) == []
        assert kinds(unroll(wide, max_extent=1024, max_stmts=100)) == [ForKind.SERIAL]
    assert "exceeds 512 iterations" in caplog.text
    assert "not a constant" in caplog.text
    assert "exceed 100 statements" in caplog.text


def test_statement_limit_counts_nested_copies(caplog) -> None:
    a = decl_buffer((64 * 64,), f32, "A")
    i, j = Var("i"), Var("j")
    func = PrimFunc("f", (a,), uloop(i, 64, uloop(j, 64, st(a, (i * 64 + j,), 1.0))))
    with caplog.at_level(logging.DEBUG, logger="tcomp"):
        out = unroll(func, max_stmts=1000)
    # the inner loop (64 statements) unrolls, the outer (64 * 64) would exceed the limit
    assert kinds(out) == [ForKind.SERIAL]
    assert len([x for x in walk(out.body) if isinstance(x, Store)]) == 64
    assert "64 copies of 64 statement(s)" in caplog.text


def test_zero_extent_and_untouched() -> None:
    a = decl_buffer((4,), f32, "A")
    k, k2 = Var("k"), Var("k")
    out = unroll(PrimFunc("f", (a,), seq(uloop(k, 0, st(a, (k,), 1.0)), st(a, (0,), 2.0))))
    assert repr(out.body) == "0\nA[0] = 2.0"
    serial = PrimFunc("g", (a,), loop(k2, 4, st(a, (k2,), 1.0)))
    assert unroll(serial) is serial
