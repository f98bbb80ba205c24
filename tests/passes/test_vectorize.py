"""Tests of the vectorize pass: vector forms (golden + numerics) and every serial fallback."""

from __future__ import annotations

import logging
import re

import numpy as np
import pytest

from tcomp import dtypes
from tcomp.ir import (
    Allocate,
    Barrier,
    Binary,
    Broadcast,
    Buffer,
    Evaluate,
    Expr,
    For,
    ForKind,
    If,
    LetStmt,
    Load,
    Op,
    PrimFunc,
    Ramp,
    Select,
    Store,
    Var,
    as_expr,
    cast,
    const,
    decl_buffer,
    select,
    seq,
    unary,
    walk,
)
from tcomp.ir.expr import SizeVar
from tcomp.passes.vectorize import vectorize

f32, i64 = dtypes.float32, dtypes.int64


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(as_expr(i) for i in idx), buf.dtype)


def st(buf: Buffer, idx: tuple[object, ...], value: object) -> Store:
    return Store(buf, tuple(as_expr(i) for i in idx), as_expr(value, like=buf.dtype))


def loop(var: Var, ext: object, body: object, kind: ForKind = ForKind.SERIAL,
         lo: object = 0) -> For:
    lo_e = const(lo) if isinstance(lo, int) else lo
    ext_e = const(ext) if isinstance(ext, int) else ext
    return For(var, lo_e, ext_e, kind, body)  # type: ignore[arg-type]


def vloop(var: Var, ext: object, body: object, lo: object = 0) -> For:
    return loop(var, ext, body, ForKind.VECTORIZED, lo)


def kinds(func: PrimFunc) -> list[ForKind]:
    return [n.kind for n in walk(func.body) if isinstance(n, For)]


def vector_nodes(func: PrimFunc) -> list[Expr]:
    return [n for n in walk(func.body) if isinstance(n, Expr) and n.dtype.lanes > 1]


def rand(*shape: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


# ----------------------------------------------------------------------------- vector forms


def test_elementwise(golden, run) -> None:
    a = decl_buffer((4, 16), f32, "A")
    b = decl_buffer((16,), f32, "B")
    c = decl_buffer((4, 16), f32, "C")
    i, j = Var("i"), Var("j")
    body = loop(i, 4, vloop(j, 16, st(c, (i * 16 + j,), ld(a, i * 16 + j) + ld(b, j))))
    func = PrimFunc("add", (a, b, c), body, attrs={"flattened": True})
    out = vectorize(func)
    golden("vectorize_elementwise", repr(out))
    assert kinds(out) == [ForKind.SERIAL]
    loads = [n for n in walk(out.body) if isinstance(n, Load)]
    assert {ld_.dtype for ld_ in loads} == {f32.with_lanes(16)}
    assert all(isinstance(ld_.indices[0], Ramp) for ld_ in loads)
    x, y = rand(4, 16), rand(16, seed=1)
    *_, z = run(out, x, y, np.zeros((4, 16), np.float32))
    np.testing.assert_allclose(z, x + y, rtol=1e-6)


def test_ramp_arithmetic_closed_form() -> None:
    a = decl_buffer((64 * 1024,), f32, "A")
    i, j0, j = Var("i"), Var("j0"), Var("j")
    # i*1024 + (j0 + j)*2 with j vectorized: one ramp, base and stride folded
    idx = i * 1024 + (j0 + j) * 2
    func = PrimFunc("f", (a,), loop(i, 4, loop(j0, 2, vloop(j, 16, st(a, (idx,), 1.0)))))
    (store,) = [n for n in walk(vectorize(func).body) if isinstance(n, Store)]
    assert repr(store.indices[0]) == "ramp(i * 1024 + j0 * 2, 2, 16)"
    assert isinstance(store.value, Broadcast)  # scalar value broadcast to the lanes
    # and a nonzero loop min
    func = PrimFunc("g", (a,), vloop(j, 8, st(a, (j * 3 - 1,), 0.0), lo=const(5)))
    (store,) = [n for n in walk(vectorize(func).body) if isinstance(n, Store)]
    assert repr(store.indices[0]) == "ramp(14, 3, 8)"


def test_inner_reduction_loop_stays_a_loop(golden, run) -> None:
    # C[i, j] = sum_k A[i, k] * B[k, j] with j vectorized outside the k loop
    m, n, kk = 3, 8, 5
    a = decl_buffer((m * kk,), f32, "A")
    b = decl_buffer((kk * n,), f32, "B")
    c = decl_buffer((m * n,), f32, "C")
    i, j, k = Var("i"), Var("j"), Var("k")
    body = loop(i, m, vloop(j, n, seq(
        st(c, (i * n + j,), const(0.0)),
        loop(k, kk, st(c, (i * n + j,), ld(c, i * n + j) + ld(a, i * kk + k) * ld(b, k * n + j))),
    )))
    out = vectorize(PrimFunc("matmul", (a, b, c), body))
    golden("vectorize_inner_reduction", repr(out))
    assert kinds(out) == [ForKind.SERIAL, ForKind.SERIAL]
    x, y = rand(m, kk), rand(kk, n, seed=2)
    *_, z = run(out, x.ravel(), y.ravel(), np.zeros(m * n, np.float32))
    np.testing.assert_allclose(z.reshape(m, n), x @ y, rtol=1e-5)


def test_broadcast_load(golden, run) -> None:
    a = decl_buffer((4,), f32, "A")
    c = decl_buffer((32,), f32, "C")
    i, j = Var("i"), Var("j")
    body = loop(i, 4, vloop(j, 8, st(c, (i * 8 + j,), ld(a, i) * 2.0)))
    out = vectorize(PrimFunc("bcast", (a, c), body))
    golden("vectorize_broadcast_load", repr(out))
    (store,) = [n for n in walk(out.body) if isinstance(n, Store)]
    # the invariant load stays scalar: computed once, broadcast after
    assert isinstance(store.value, Broadcast) and store.value.value.dtype == f32
    x = rand(4)
    _, z = run(out, x, np.zeros(32, np.float32))
    np.testing.assert_allclose(z, np.repeat(x * 2, 8), rtol=1e-6)


def test_strided_and_gather_loads(golden, run) -> None:
    a = decl_buffer((48,), f32, "A")
    c = decl_buffer((16,), f32, "C")
    d = decl_buffer((16,), f32, "D")
    j, j2 = Var("j"), Var("j")
    body = seq(
        vloop(j, 16, st(c, (j,), ld(a, j * 3 + 1))),  # strided
        vloop(j2, 16, st(d, (j2,), ld(a, (j2 * j2) % 48))),  # general gather
    )
    out = vectorize(PrimFunc("gather", (a, c, d), body))
    golden("vectorize_gather", repr(out))
    idx = [n.indices[0] for n in walk(out.body) if isinstance(n, Load)]
    assert isinstance(idx[0], Ramp) and idx[0].stride == const(3)
    assert isinstance(idx[1], Binary) and idx[1].dtype == i64.with_lanes(16)
    x = rand(48)
    _, zc, zd = run(out, x, np.zeros(16, np.float32), np.zeros(16, np.float32))
    r = np.arange(16)
    np.testing.assert_array_equal(zc, x[r * 3 + 1])
    np.testing.assert_array_equal(zd, x[(r * r) % 48])


def test_select_cast_unary_and_let(golden, run) -> None:
    a = decl_buffer((8,), f32, "A")
    c = decl_buffer((8,), f32, "C")
    j = Var("j")
    t, base = Var("t", f32), Var("base")
    val = select(t > 0.0, unary(Op.EXP, t), cast(f32, j) - t)
    body = vloop(j, 8, LetStmt(base, j * 1, LetStmt(t, ld(a, base) * 2.0,
                                                    st(c, (base,), val))))
    out = vectorize(PrimFunc("mix", (a, c), body))
    golden("vectorize_select_cast_let", repr(out))
    lets = [n for n in walk(out.body) if isinstance(n, LetStmt)]
    # the ramp-valued let is inlined; the float one binds a fresh vector variable
    assert len(lets) == 1 and lets[0].var is not t and lets[0].var.dtype == f32.with_lanes(8)
    assert any(isinstance(n, Select) and n.dtype.lanes == 8 for n in walk(out.body))
    x = rand(8)
    _, z = run(out, x, np.zeros(8, np.float32))
    tt = x * 2
    np.testing.assert_allclose(z, np.where(tt > 0, np.exp(tt), np.arange(8) - tt), rtol=1e-6)


def test_invariant_if_stays(golden, run) -> None:
    c = decl_buffer((4 * 8,), f32, "C")
    i, j = Var("i"), Var("j")
    body = loop(i, 4, vloop(j, 8, If(i < 2, st(c, (i * 8 + j,), cast(f32, j)),
                                     st(c, (i * 8 + j,), const(-1.0)))))
    out = vectorize(PrimFunc("cond", (c,), body))
    golden("vectorize_invariant_if", repr(out))
    assert kinds(out) == [ForKind.SERIAL]
    (z,) = run(out, np.zeros(32, np.float32))
    expect = np.where(np.arange(4)[:, None] < 2, np.arange(8)[None, :], -1.0)
    np.testing.assert_array_equal(z, expect.ravel())


def test_extent_one_and_zero() -> None:
    c = decl_buffer((8,), f32, "C")
    j, j2 = Var("j"), Var("j")
    func = PrimFunc("f", (c,), seq(vloop(j, 1, st(c, (j,), 1.0), lo=const(3)),
                                   vloop(j2, 0, st(c, (j2,), 2.0))))
    assert repr(vectorize(func).body) == "C[3] = 1.0\n0"


def test_untouched_function_is_returned_as_is() -> None:
    c = decl_buffer((8,), f32, "C")
    j = Var("j")
    func = PrimFunc("f", (c,), loop(j, 8, st(c, (j,), 1.0)))
    assert vectorize(func) is func


def test_unflattened_indices_get_lanes() -> None:
    a = decl_buffer((4, 8), f32, "A")
    i, j = Var("i"), Var("j")
    func = PrimFunc("f", (a,), loop(i, 4, vloop(j, 8, st(a, (i, j), 1.0))))
    (store,) = [n for n in walk(vectorize(func).body) if isinstance(n, Store)]
    assert repr(store) == "A[x8(i), ramp(0, 1, 8)] = x8(1.0)"


# ----------------------------------------------------------------------------- fallbacks


def _fallback_cases() -> dict[str, tuple[PrimFunc, str]]:
    """name -> (function whose vectorized loop must stay serial, expected log reason)."""
    a = decl_buffer((100,), f32, "A")
    s = decl_buffer((1,), f32, "S")
    n = Var("n")
    cases: dict[str, tuple[PrimFunc, str]] = {}
    j = Var("j")
    cases["reduction"] = (PrimFunc("f", (a, s), vloop(j, 8, st(s, (const(0),),
                                                                   ld(s, 0) + ld(a, j)))),
                          "reduction into one location")
    j = Var("j")
    cases["self_read_scalar"] = (PrimFunc("f", (a, s), vloop(j, 8, st(s, (const(0),),
                                                                          ld(s, 0) + 1.0))),
                                 "reads 'S'")
    j = Var("j")
    cases["varying_if"] = (PrimFunc("f", (a,), vloop(j, 8, If(j < 5, st(a, (j,), 1.0)))),
                           "varies per lane")
    j = Var("j")
    tmp = decl_buffer((1,), f32, "tmp", "local")
    cases["allocate"] = (PrimFunc("f", (a,), vloop(j, 8, Allocate(tmp, seq(
        st(tmp, (const(0),), ld(a, j)), st(a, (j,), ld(tmp, 0) * 2.0))))),
        "allocates 'tmp'")
    j = Var("j")
    cases["symbolic_extent"] = (PrimFunc("f", (a,), vloop(j, n, st(a, (j,), 1.0)), (n,)),
                                "not a constant")
    j = Var("j")
    cases["too_wide"] = (PrimFunc("f", (a,), vloop(j, 65, st(a, (j,), 1.0))),
                         "exceeds 64 lanes")
    j = Var("j")
    cases["cross_lane"] = (PrimFunc("f", (a,), vloop(j, 8, st(a, (j + 1,), ld(a, j) + 1.0))),
                           "lanes may depend on each other")
    j = Var("j")
    cases["repeated_lanes"] = (PrimFunc("f", (a,), vloop(j, 8, st(a, (j // 2,),
                                                                    ld(a, j // 2) + 1.0))),
                               "may repeat across lanes")
    j, k = Var("j"), Var("k")
    cases["inner_bound"] = (PrimFunc("f", (a,), vloop(j, 8, loop(k, j, st(a, (j * 8 + k,),
                                                                              1.0)))),
                            "bounds of the inner loop 'k'")
    j = Var("j")
    cases["barrier"] = (PrimFunc("f", (a,), vloop(j, 8, seq(st(a, (j,), 1.0), Barrier()))),
                        "barrier")
    return cases


@pytest.mark.parametrize("name", sorted(_fallback_cases()))
def test_fallback_keeps_a_serial_loop(name: str, caplog, run) -> None:
    func, reason = _fallback_cases()[name]
    with caplog.at_level(logging.DEBUG, logger="tcomp"):
        out = vectorize(func)
    assert kinds(out)[0] == ForKind.SERIAL
    assert not vector_nodes(out)
    assert out.body.body is func.body.body  # type: ignore[attr-defined]
    assert reason in caplog.text and "kept serial" in caplog.text
    if name in ("symbolic_extent", "barrier"):
        return
    # same results as the loop run as written
    arrays = [np.arange(b.shape[0].value, dtype=np.float32) for b in func.params]  # type: ignore
    before = run(func.with_body(_as_serial(func.body)), *arrays)
    after = run(out, *arrays)
    for x, y in zip(before, after, strict=True):
        np.testing.assert_array_equal(x, y)


def _as_serial(loop_: For) -> For:
    return For(loop_.var, loop_.min, loop_.extent, ForKind.SERIAL, loop_.body)


def test_nested_vectorized_loops_vectorize_the_inner_one(caplog) -> None:
    a = decl_buffer((64,), f32, "A")
    i, j = Var("i"), Var("j")
    func = PrimFunc("f", (a,), vloop(i, 8, vloop(j, 8, st(a, (i * 8 + j,), 1.0))))
    with caplog.at_level(logging.DEBUG, logger="tcomp"):
        out = vectorize(func)
    assert repr(out.body) == "for i in 0..8:\n  A[ramp(i * 8, 1, 8)] = x8(1.0)"
    assert "already holds vectors" in caplog.text


def test_invariant_store_of_invariant_value_is_kept_scalar() -> None:
    a = decl_buffer((8,), f32, "A")
    s = decl_buffer((1,), f32, "S")
    j = Var("j")
    func = PrimFunc("f", (a, s), vloop(j, 8, seq(st(s, (const(0),), 3.0),
                                                 st(a, (j,), ld(s, 0)))))
    out = vectorize(func)
    assert repr(out.body) == "S[0] = 3.0\nA[ramp(0, 1, 8)] = x8(S[0])"
    assert not any(isinstance(n, For) for n in walk(out.body))
    assert isinstance(out.body.stmts[0], Store)  # type: ignore[attr-defined]
    assert not isinstance(out.body.stmts[0], Evaluate)  # type: ignore[attr-defined]


def test_read_modify_write_with_symbolic_stride_vectorizes(run) -> None:
    n, m = SizeVar("n"), SizeVar("m")
    a = decl_buffer((n, m), f32, "A")
    i, j = Var("i"), Var("j")
    # A[i, j] += 1 with i (stride m) vectorized: lanes are distinct rows
    body = loop(j, m, vloop(i, 4, st(a, (i * m + j,), ld(a, i * m + j) + 1.0)))
    func = PrimFunc("f", (a,), body, (n, m), {"flattened": True})
    out = vectorize(func)
    assert repr(out.body) == (
        "for j in 0..m:\n  A[ramp(j, m, 4)] = A[ramp(j, m, 4)] + x4(1.0)"
    )
    x = np.arange(12, dtype=np.float32).reshape(4, 3)
    (z,) = run(out, x)
    np.testing.assert_array_equal(z, x + 1)


def test_max_lanes_option() -> None:
    a = decl_buffer((16,), f32, "A")
    j = Var("j")
    func = PrimFunc("f", (a,), vloop(j, 16, st(a, (j,), 1.0)))
    assert kinds(vectorize(func, max_lanes=8)) == [ForKind.SERIAL]
    assert kinds(vectorize(func, max_lanes=16)) == []


# ----------------------------------------------------------------------------- target vectors


def test_vector_bits_split_a_wide_loop_into_target_vectors_and_a_narrower_tail(run) -> None:
    a = decl_buffer((200,), f32, "A")
    c = decl_buffer((200,), f32, "C")
    i, j = Var("i"), Var("j")
    func = PrimFunc("f", (a, c), vloop(j, 100, st(c, (j * 2,), ld(a, j * 2) + 1.0)))
    out = vectorize(func, vector_bits=256)  # 8 float32 lanes
    assert repr(out.body) == (
        "for j.vec in 0..12:\n"
        "  C[ramp(j.vec * 8 * 2, 2, 8)] = A[ramp(j.vec * 8 * 2, 2, 8)] + x8(1.0)\n"
        "C[ramp(192, 2, 4)] = A[ramp(192, 2, 4)] + x4(1.0)")
    x = rand(200)
    _, z = run(out, x, np.zeros(200, np.float32))
    np.testing.assert_allclose(z[::2], x[::2] + 1.0)
    assert not z[1::2].any()
    # float64 elements: half the lanes
    d = decl_buffer((100,), dtypes.float64, "D")
    out = vectorize(PrimFunc("g", (d,), vloop(i, 100, st(d, (i,), 2.0))), vector_bits=256)
    assert {n.value.dtype.lanes for n in walk(out.body) if isinstance(n, Store)} == {4}


def test_vector_bits_split_a_symbolic_loop_with_a_serial_tail(run) -> None:
    n = SizeVar("n")
    a = decl_buffer((n,), f32, "A")
    j, k = Var("j"), Var("k")
    body = vloop(j, n, loop(k, 2, st(a, (j,), ld(a, j) * 2.0)))
    out = vectorize(PrimFunc("f", (a,), body, (n,)), vector_bits=128)
    assert kinds(out) == [ForKind.SERIAL, ForKind.SERIAL, ForKind.SERIAL, ForKind.SERIAL]
    loops = [f for f in walk(out.body) if isinstance(f, For)]
    assert len({f.var for f in loops}) == 4  # the tail's copy binds its own inner loop
    for size in (0, 3, 4, 11):
        x = rand(size, seed=size)
        (z,) = run(out, x)
        np.testing.assert_allclose(z, x * 4.0)


def test_vector_bits_leave_loops_up_to_max_lanes_as_one_vector() -> None:
    a = decl_buffer((32,), f32, "A")
    j = Var("j")
    out = vectorize(PrimFunc("f", (a,), vloop(j, 32, st(a, (j,), 1.0))), vector_bits=128)
    assert repr(out.body) == "A[ramp(0, 1, 32)] = x32(1.0)"


@pytest.mark.parametrize("n,widths", [(17, [16, 1]), (12, [8, 4]), (13, [8, 4, 1]),
                                      (3, [3]), (16, [16])])
def test_odd_widths_become_power_of_two_vectors(n, widths) -> None:
    # Fuzz case 2040008152: LLVM 22's x86 backend never finished compiling an int64
    # compare of two select chains on <17 x i64>. A vectorized loop of 5+ lanes that is no
    # power of two becomes vectors of decreasing powers of two (what LLVM legalizes into).
    import tcomp as tc

    A1 = tc.placeholder((19, 19), dtype="int64", name="A1")
    A4 = tc.placeholder((19, 19), dtype="int64", name="A4")
    T3 = tc.compute((n,), lambda i0: (i0 // (A1[15, i0] % 5)) == (1 % A4[0, i0 // 4]),
                    name="T3")
    s = tc.create_schedule([T3])
    s[T3].vectorize(s[T3].op.axis[0])
    low = str(tc.lower(s, [A1, A4, T3], passes="all"))
    got = [int(w) for w in re.findall(r"ramp\(\d+, 1, (\d+)\)\] =", low)] or [1] * (n == 1)
    scalars = len(re.findall(r"T3\[\d+\] =", low))
    assert got + [1] * scalars == widths, low
    f = tc.build(s, [A1, A4, T3])
    rng = np.random.default_rng(0)
    a1, a4 = rng.integers(-9, 9, (19, 19)), rng.integers(-3, 4, (19, 19))
    a4[0, 0] = np.iinfo(np.int64).max
    out = np.zeros(n, bool)
    f(a1, a4, out)
    i = np.arange(n)
    m1, m4 = a1[15, :n] % 5, a4[0, i // 4]
    with np.errstate(divide="ignore"):
        want = np.where(m1 == 0, 0, i // np.where(m1 == 0, 1, m1)) == \
            np.where(m4 == 0, 0, 1 % np.where(m4 == 0, 1, m4))
    np.testing.assert_array_equal(out, want)
