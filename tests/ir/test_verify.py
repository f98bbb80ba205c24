"""ir.verify: each invariant violation raises IRVerifyError with a marked IR window."""

from __future__ import annotations

import re

import pytest

import tcomp as tc
from tcomp import dtypes as D
from tcomp.errors import IRVerifyError
from tcomp.ir import (
    Allocate,
    Binary,
    Broadcast,
    Const,
    For,
    ForKind,
    If,
    LetStmt,
    Load,
    Op,
    PrimFunc,
    Select,
    Store,
    Var,
    broadcast,
    cast,
    const,
    decl_buffer,
    ramp,
    seq,
)
from tcomp.ir.verify import verify

F32, I32 = D.float32, D.int32
N = 8


def loop(var, body, extent=N, kind=ForKind.SERIAL, tag=""):
    ext = const(extent) if isinstance(extent, int) else extent
    return For(var, const(0), ext, kind, body, tag)


@pytest.fixture
def bufs():
    return decl_buffer((N,), F32, "A"), decl_buffer((N, N), F32, "B")


def check_fails(f: PrimFunc, pattern: str, marked: str | None = None) -> str:
    with pytest.raises(IRVerifyError, match=pattern) as info:
        verify(f)
    msg = str(info.value)
    assert f"func '{f.name}'" in msg
    if marked is not None:
        lines = [ln for ln in msg.splitlines() if ln.startswith(">> ")]
        assert len(lines) == 1 and marked in lines[0], msg
    return msg


def test_valid_functions_pass(bufs):
    A, B = bufs
    i, j, t = Var("i"), Var("j"), Var("t", F32)
    n = Var("n")
    C = decl_buffer((n,), F32, "C")
    tmp = decl_buffer((N,), F32, "tmp", "local")
    body = seq(
        loop(i, Allocate(tmp, seq(
            loop(j, Store(tmp, (j,), Load(B, (i, j), F32))),
            LetStmt(t, Load(tmp, (i,), F32), If(t > 0.0, Store(A, (i,), t)))))),
    )
    m = Var("m")
    verify(PrimFunc("ok", (A, B), body))
    verify(PrimFunc("dims", (C,), loop(m, Store(C, (m,), const(1.0)), extent=n)))
    k = Var("k")
    idx = ramp(k * 4, const(1), 4)
    verify(PrimFunc("vec", (A, B), loop(k, Store(B, (idx,), broadcast(Load(A, (k,), F32), 4)),
                                        extent=2), attrs={"flattened": True}))


def test_unbound_variable_marks_the_statement(bufs):
    A, _ = bufs
    i, j = Var("i"), Var("j")
    f = PrimFunc("unbound", (A,), seq(loop(i, Store(A, (i,), const(0.0))),
                                      Store(A, (j,), const(1.0))))
    msg = check_fails(f, "variable 'j' is used where it is not bound", marked="A[j] = 1.0")
    assert "offending node: j" in msg
    # A loop variable is out of scope after its loop.
    f2 = PrimFunc("after_loop", (A,), seq(loop(i, Store(A, (i,), const(0.0))),
                                          Store(A, (i,), const(1.0))))
    check_fails(f2, "variable 'i' is used where it is not bound", marked="A[i] = 1.0")


def test_loop_var_rebound_inside_its_own_scope(bufs):
    A, B = bufs
    i = Var("i")
    # Sequential loops may reuse a Var (peeled copies, a reduction's init and update nests).
    verify(PrimFunc("reuse", (A,), seq(loop(i, Store(A, (i,), const(0.0))),
                                       loop(i, Store(A, (i,), const(1.0))))))
    f = PrimFunc("nested", (B,), loop(i, loop(i, Store(B, (i, i), const(1.0)))))
    check_fails(f, "loop variable 'i' is bound again inside its own scope",
                marked="for i in 0..8:")
    t = Var("t")
    g = PrimFunc("let_in_loop", (A,), loop(i, LetStmt(i, i + 1, Store(A, (i,), const(0.0)))))
    check_fails(g, "let variable 'i' is bound again inside its own scope")
    h = PrimFunc("let_twice", (A,), LetStmt(t, const(1), LetStmt(t, const(2), Store(
        A, (t,), const(0.0)))))
    check_fails(h, "let variable 't' is bound again")
    n = Var("n")
    C = decl_buffer((n,), F32, "C")
    check_fails(PrimFunc("shadow_dim", (C,), loop(n, Store(C, (n,), const(0.0)))),
                "loop variable 'n' is bound again inside its own scope")


def test_index_arity(bufs):
    A, B = bufs
    i = Var("i")
    check_fails(PrimFunc("arity", (B,), loop(i, Store(B, (i,), const(0.0)))),
                "store to 'B' uses 1 indices but 'B' has 2 dims", marked="B[i] = 0.0")
    check_fails(PrimFunc("flat", (B,), loop(i, Store(B, (i, i), const(0.0))),
                         attrs={"flattened": True}),
                "store to 'B' uses 2 indices but the function is flattened")
    check_fails(PrimFunc("load_arity", (A, B), loop(i, Store(A, (i,), Load(B, (i,), F32)))),
                "load from 'B' uses 1 indices")


def test_store_dtype_and_lanes(bufs):
    A, _ = bufs
    i = Var("i")
    check_fails(PrimFunc("dt", (A,), loop(i, Store(A, (i,), const(1.0, D.float64)))),
                "store of a float64 value into buffer 'A' of dtype float32")
    check_fails(PrimFunc("lanes", (A,), loop(i, Store(A, (i,), broadcast(const(1.0), 4)))),
                "store to 'A' writes a 4-lane value at a 1-lane index")
    check_fails(PrimFunc("load_dt", (A,), loop(i, Store(A, (i,), Load(A, (i,), D.float64)))),
                "load from 'A' has dtype float64")
    check_fails(PrimFunc("float_index", (A,), loop(i, Store(A, (cast(F32, i),), const(0.0)))),
                "index into 'A' has dtype float32")


def test_buffer_used_outside_its_allocate(bufs):
    A, _ = bufs
    tmp = decl_buffer((N,), F32, "tmp", "local")
    i = Var("i")
    f = PrimFunc("escape", (A,), seq(
        Allocate(tmp, loop(i, Store(tmp, (i,), const(0.0)))),
        Store(A, (const(0),), Load(tmp, (const(0),), F32))))
    check_fails(f, "load from buffer 'tmp', which is neither a parameter nor inside its Allocate",
                marked="A[0] = tmp[0]")
    check_fails(PrimFunc("realloc", (A,), Allocate(A, Store(A, (const(0),), const(0.0)))),
                "buffer 'A' is allocated while already live")
    k = Var("k")
    dyn = decl_buffer((k,), F32, "dyn", "local")
    check_fails(PrimFunc("alloc_shape", (A,), Allocate(dyn, Store(dyn, (const(0),), const(0.0)))),
                "variable 'k' is used where it is not bound")


def test_for_bounds_must_be_int64(bufs):
    A, _ = bufs
    i = Var("i")
    f = PrimFunc("i32", (A,), For(i, const(0), const(N, I32), ForKind.SERIAL,
                                  Store(A, (i,), const(0.0))))
    check_fails(f, "loop 'i' extent has dtype int32; For bounds must be int64",
                marked="for i in 0..8:i32")
    j = Var("j", I32)
    check_fails(PrimFunc("var32", (A,), For(j, const(0), const(N), ForKind.SERIAL,
                                            Store(A, (cast(D.int64, j),), const(0.0)))),
                "loop variable 'j' has dtype int32")
    check_fails(PrimFunc("notag", (A,), loop(i, Store(A, (i,), const(0.0)), kind=ForKind.THREAD)),
                "thread loop 'i' has no thread_tag")


def test_conditions_must_be_bool(bufs):
    A, _ = bufs
    i = Var("i")
    check_fails(PrimFunc("if_int", (A,), loop(i, If(i, Store(A, (i,), const(0.0))))),
                "If condition has dtype int64")
    sel = Select(i, const(1.0), const(0.0), F32)
    check_fails(PrimFunc("sel_int", (A,), loop(i, Store(A, (i,), sel))),
                "select condition has dtype int64")
    sel2 = Select(i < 3, const(1.0), const(0, I32), F32)
    check_fails(PrimFunc("sel_branches", (A,), loop(i, Store(A, (i,), sel2))),
                "select branches have dtypes float32 and int32")


def test_expression_typing(bufs):
    A, _ = bufs
    i = Var("i")
    bad_add = Binary(Op.ADD, Load(A, (i,), F32), const(1.0, D.float64), F32)
    check_fails(PrimFunc("mixed", (A,), loop(i, Store(A, (i,), bad_add))),
                "operands of '\\+' have dtypes float32 and float64")
    bad_cmp = Binary(Op.LT, Load(A, (i,), F32), const(1.0), F32)
    check_fails(PrimFunc("cmp", (A,), loop(i, Store(A, (i,), bad_cmp))),
                "'<' has dtype float32 but its operands give bool")
    bad_bc = Broadcast(const(1.0), 4, F32)
    check_fails(PrimFunc("bc", (A,), loop(i, Store(A, (i,), bad_bc))), "broadcast of float32")
    t = Var("t", D.int64)
    check_fails(PrimFunc("let", (A,), loop(i, LetStmt(t, const(1.0), Store(A, (i,), const(0.0))))),
                "let 't' has dtype int64 but its value is float32")
    bad_const_index = Const(0.5, F32)
    check_fails(PrimFunc("cidx", (A,), Store(A, (bad_const_index,), const(0.0))),
                "index into 'A' has dtype float32")


def test_dsl_nodes_are_rejected(bufs):
    A, _ = bufs
    X = tc.placeholder((N,), name="X")
    i = Var("i")
    f = PrimFunc("dsl", (A,), loop(i, Store(A, (i,), X[i])))
    msg = check_fails(f, "ProducerLoad is not loop IR")
    assert re.search(r">> .*A\[i\] = X\[i\]", msg)
