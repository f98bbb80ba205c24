"""``==``/``!=`` build comparisons (TVM style), tc.all/tc.any, and no Python bool where a
tensor expression was meant (issue 9)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.autodiff import diff
from tcomp.dsl import evaluate
from tcomp.ir import expr as E


def _run(out, args, feed):
    f = tc.build(tc.create_schedule(out), [*args, out])
    res = np.zeros(tuple(int(d.value) for d in out.shape), out.dtype.np)
    f(*[feed[a] for a in args], res)
    return res


def test_eq_in_if_then_else_selects_elementwise():
    # was all zeros: `y % 2 == 0` was the Python bool False (structural equality)
    X = tc.placeholder((9,), "float32", "X")
    Y = tc.compute((9,), lambda y: tc.if_then_else(y % 2 == 0, X[y], 0.0), name="Y")
    Z = tc.compute((9,), lambda y: tc.if_then_else(X[y] != 3.0, X[y], -1.0), name="Z")
    x = np.arange(9, dtype="float32")
    want_y = np.where(np.arange(9) % 2 == 0, x, 0.0)
    want_z = np.where(x != 3.0, x, -1.0)
    np.testing.assert_array_equal(_run(Y, [X], {X: x}), want_y)
    np.testing.assert_array_equal(_run(Z, [X], {X: x}), want_z)
    np.testing.assert_array_equal(evaluate(Y, {X: x}), want_y)
    np.testing.assert_array_equal(evaluate(Z, {X: x}), want_z)


def test_eq_on_axes_in_where_and_bodies():
    X = tc.placeholder((5, 5), "int32", "X")
    k = tc.reduce_axis(5, "k")
    # off-diagonal row sums (k != i), a bool body (i == j), and == of an int read
    S = tc.compute((5,), lambda i: tc.sum(X[i, k], axis=k, where=k != i), name="S")
    D = tc.compute((5, 5), lambda i, j: i == j, name="D")
    T = tc.compute((5,), lambda i: (X[i, 0] == 2).astype("int32") + (0 == X[i, 1]), name="T")
    x = np.random.default_rng(0).integers(0, 4, (5, 5)).astype("int32")
    np.testing.assert_array_equal(_run(S, [X], {X: x}), x.sum(1) - np.diag(x))
    np.testing.assert_array_equal(_run(D, [], {}), np.eye(5, dtype=bool))
    np.testing.assert_array_equal(_run(T, [X], {X: x}), (x[:, 0] == 2) + (x[:, 1] == 0))
    assert D.dtype == tc.bool_


def test_comparison_operands_are_promoted_when_used():
    X = tc.placeholder((4,), "float32", "X")
    c = X[0] == 1
    assert isinstance(c, E.EqualOp)  # lazy: operands as written
    e = E.as_expr(c)
    assert isinstance(e, E.Binary) and e.op is E.Op.EQ and e.dtype == tc.bool_
    assert e.b == E.const(1.0, "float32")
    assert (c & (X[1] > 0)).dtype == tc.bool_
    assert E.as_expr(X[0] != X[1]).op is E.Op.NE


def test_truth_of_a_comparison_is_structural_equality():
    A = tc.placeholder((4,), name="A")
    i, j = E.Var("i"), E.Var("i")
    a1, a2 = A[i] + 1.0, A[i] + 1.0
    assert a1 == a2 and not (a1 != a2)
    assert a1 != A[j] + 1.0  # same name, different variable
    assert i == i and i != j and not (i == j)
    assert a1 != 1.0 and a1 != "x" and a1 != None  # noqa: E711 (non-expressions: unequal)
    k = tc.reduce_axis(4, "k")
    assert k == k and k != tc.reduce_axis(4, "k") and k != k.var
    # dicts, sets and `in` over structurally equal expressions keep working
    d = {a1: "a", A[i] * 2.0: "b"}
    assert d[a2] == "a" and d.get(A[i] * 2.0) == "b" and d.get(A[j] * 2.0) is None
    assert a2 in [A[j], a1] and len({a1, a2, A[j]}) == 2
    assert [A[j], a1].index(a2) == 1
    assert E.structural_equal((a1, E.const(2)), (a2, E.const(2)))
    assert not E.structural_equal(E.const(1, "int32"), E.const(1, "int64"))


def test_python_logic_on_a_comparison_in_a_body_is_an_error():
    X = tc.placeholder((6,), name="X")
    msg = r"and/or/not/if on the comparison .* in the body of compute 'Y' at .*" \
          r"test_comparisons.py:\d+.*Use & \| ~.*tc.if_then_else"
    with pytest.raises(tc.DSLTypeError, match=msg):
        tc.compute((6,), lambda i: X[i] if i == 0 else 0.0, name="Y")
    with pytest.raises(tc.DSLTypeError, match=msg):
        tc.compute((6,), lambda i: tc.if_then_else((i == 0) or (i == 5), X[i], 0.0), name="Y")
    with pytest.raises(tc.DSLTypeError, match=msg):
        tc.compute((6,), lambda i: tc.if_then_else(not (X[i] != 1.0), X[i], 0.0), name="Y")
    with pytest.raises(tc.DSLTypeError, match=msg):  # a chained == is an `and`
        tc.compute((6,), lambda i: tc.if_then_else(X[i] == X[0] == 1.0, 1.0, 0.0), name="Y")

    def body(i):
        if i in (0, 5):  # `in` compares with ==: as silent as `if i == 0`
            return X[i]
        return 0.0

    with pytest.raises(tc.DSLTypeError, match=msg):
        tc.compute((6,), body, name="Y")
    # a user reducer's combine function is traced too
    bad = tc.comm_reducer(lambda x, y: x if x == y else x + y, lambda t: tc.const(0, t), "bad")
    k = tc.reduce_axis(6, "k")
    with pytest.raises(tc.DSLTypeError, match=r"combine function of reducer 'bad'"):
        tc.compute((1,), lambda i: bad(X[k], axis=k), name="Y")
    # outside tracing, and in tcomp's own code while tracing, bool() stays structural:
    # autodiff.diff matches reads with `load == wrt`
    assert (X[0] == X[0]) and not (X[0] == X[1])
    D = tc.compute((6,), lambda i: diff(X[i] * X[i] + X[(i + 1) % 6], X[i]), name="D")
    np.testing.assert_allclose(evaluate(D, {X: np.arange(6, dtype="float32")}), 2 * np.arange(6))
    Y = tc.compute((6,), lambda i: tc.if_then_else((i == 0) | (i == 5), X[i], 0.0), name="Y")
    x = np.arange(6, dtype="float32")
    np.testing.assert_array_equal(evaluate(Y, {X: x}), [0, 0, 0, 0, 0, 5])


def test_all_and_any():
    X = tc.placeholder((8,), "int32", "X")
    Y = tc.compute((8,), lambda i: tc.if_then_else(
        tc.all(i >= 1, i < 7, X[i] % 2 == 0), X[i], -1), name="Y")
    Z = tc.compute((8,), lambda i: tc.any([i == 0, X[i] == 3, X[i] > 5]), name="Z")
    W = tc.compute((8,), lambda i: tc.all(X[i] > d for d in range(3)), name="W")
    x = np.array([0, 1, 2, 3, 4, 5, 6, 8], dtype="int32")
    idx = np.arange(8)
    np.testing.assert_array_equal(_run(Y, [X], {X: x}),
                                  np.where((idx >= 1) & (idx < 7) & (x % 2 == 0), x, -1))
    np.testing.assert_array_equal(_run(Z, [X], {X: x}), (idx == 0) | (x == 3) | (x > 5))
    np.testing.assert_array_equal(evaluate(W, {X: x}), x > 2)
    assert E.is_const(tc.all(), True) and E.is_const(tc.any(), False)
    assert tc.all(X[0] > 0) == (X[0] > 0)  # one operand: itself
    with pytest.raises(tc.DSLTypeError, match=r"tc.all\(\) operand 1 must be a bool"):
        tc.all(X[0] > 0, X[1])
    with pytest.raises(tc.DSLTypeError, match=r"tc.any\(\) operand 0 is the Python bool True"):
        tc.any(True, X[0] > 0)


def _where_true(X):
    k = tc.reduce_axis(4, "k")
    return tc.compute((1,), lambda i: tc.sum(X[k], axis=k, where=True), name="Y")


@pytest.mark.parametrize("place, make", [
    ("the condition of tc.if_then_else", lambda X: tc.compute(
        (4,), lambda i: tc.if_then_else(i in (), X[i], 0.0), name="Y")),  # noqa: RUF060
    ("sum\\(\\): where=", lambda X: _where_true(X)),
    ("an operand of &", lambda X: (X[0] > 0) & True),
    ("an operand of |", lambda X: False | (X[0] > 0)),
    ("an operand of &", lambda X: tc.logical_and(X[0] > 0, np.bool_(True))),
    ("the operand of ~", lambda X: tc.logical_not(False)),
    ("compute 'Y' at .*: the body is", lambda X: tc.compute((4,), lambda i: 3 == 3, name="Y")),
    ("compute 'Y' at .*: the body \\(output 1\\) is", lambda X: tc.compute(
        (4,), lambda i: (X[i], np.bool_(False)), name="Y")),
    ("the index of tensor 'X' axis 0", lambda X: tc.compute((4,), lambda i: X[i in ()], name="Y")),  # noqa: RUF060
])
def test_a_python_bool_where_an_expression_is_meant_is_an_error(place, make):
    X = tc.placeholder((4,), name="X")
    with pytest.raises(tc.DSLTypeError, match=f"{place}.*Python bool"):
        make(X)


def test_a_body_that_is_not_an_expression_is_an_error():
    X = tc.placeholder((4,), name="X")
    with pytest.raises(tc.DSLTypeError, match=r"compute 'Y' at .*: the body is NoneType None "
                                              r"\(a missing 'return'\?\)"):
        tc.compute((4,), lambda i: None, name="Y")
    with pytest.raises(tc.DSLTypeError, match=r"the body is Tensor"):
        tc.compute((4,), lambda i: X, name="Y")
    # explicit constants stay allowed, bool ones included
    B = tc.compute((4,), lambda i: tc.const(True), name="B")
    C = tc.compute((4,), lambda i: tc.if_then_else(tc.const(False), X[i], 2.0), name="C")
    F = tc.compute((4,), lambda i: 1.5, name="F")
    assert B.dtype == tc.bool_
    np.testing.assert_array_equal(evaluate(C, {X: np.zeros(4, "float32")}), np.full(4, 2.0))
    np.testing.assert_array_equal(evaluate(F, {}), np.full(4, 1.5))
