"""Every error the DSL raises while an op is being written: type, and a message that names
the tensor, axis or argument."""

from __future__ import annotations

import pytest

import tcomp as tc


def test_index_arity_and_type():
    A = tc.placeholder((4, 5), name="A")
    with pytest.raises(tc.DSLShapeError, match=r"tensor 'A' has 2 dimension\(s\).*1 index"):
        tc.compute((4,), lambda i: A[i], name="B")
    with pytest.raises(tc.DSLTypeError, match=r"tensor 'A' axis 1 is indexed with a float32"):
        tc.compute((4,), lambda i: A[i, i * 0.5], name="B")
    with pytest.raises(tc.DSLShapeError, match=r"tensor 'A' axis 0: slices"):
        A[0:2, 1]


def test_shapes_and_dtypes():
    with pytest.raises(tc.DSLShapeError, match=r"placeholder 'X': dimension 1 must be positive"):
        tc.placeholder((3, 0), name="X")
    with pytest.raises(tc.DSLShapeError, match=r"placeholder 'X': dimension 0 is 2.5"):
        tc.placeholder((2.5,), name="X")
    with pytest.raises(tc.DSLTypeError, match=r"unsupported dtype 'float16'"):
        tc.placeholder((3,), dtype="float16", name="X")
    with pytest.raises(tc.DSLTypeError, match=r"symbolic dimension 'n' must be an integer"):
        tc.var("n", "float32")


def test_compute_arity_and_reduction_axis_placement():
    A = tc.placeholder((4, 5), name="A")
    with pytest.raises(tc.DSLShapeError, match=r"2 dimension\(s\) but fcompute takes 1"):
        tc.compute((4, 5), lambda i: A[i, 0], name="B")
    k = tc.reduce_axis(5, name="k")
    with pytest.raises(tc.DSLShapeError, match=r"variable 'k' is neither an axis"):
        tc.compute((4,), lambda i: A[i, k], name="B")
    with pytest.raises(tc.DSLShapeError, match=r"variable 'k' is neither an axis"):
        tc.compute((4,), lambda i: A[i, k] + tc.sum(A[i, k], axis=k), name="B")


def test_reducer_arguments():
    A = tc.placeholder((4, 5), name="A")
    with pytest.raises(tc.DSLTypeError, match=r"sum\(\): axis must be made by tc.reduce_axis"):
        tc.compute((4,), lambda i: tc.sum(A[i, 0], axis=i), name="B")
    k = tc.reduce_axis(5, name="k")
    with pytest.raises(tc.DSLTypeError, match=r"where= must be a bool expression"):
        tc.compute((4,), lambda i: tc.sum(A[i, k], axis=k, where=A[i, k]), name="B")
    with pytest.raises(tc.DSLTypeError, match=r"tc.max needs two operands, or axis="):
        tc.max(A[0, 0])


def test_operator_typing():
    A = tc.placeholder((4,), name="A")
    Ix = tc.placeholder((4,), dtype="int32", name="I")
    with pytest.raises(tc.DSLTypeError, match=r"true division and needs a float operand"):
        Ix[0] / Ix[1]
    with pytest.raises(tc.DSLTypeError, match=r"exp\(\) needs a float operand, got int32"):
        tc.exp(Ix[0])
    with pytest.raises(tc.DSLTypeError, match=r"needs bool operands"):
        A[0] & A[1]
    with pytest.raises(tc.DSLTypeError, match=r"if_then_else condition must be bool"):
        tc.if_then_else(A[0], 1.0, 2.0)
    with pytest.raises(tc.DSLTypeError, match=r"no Python truth value.*if_then_else"):
        bool(A[0] < A[1])
    with pytest.raises(tc.DSLTypeError, match=r"can't use str 'x'"):
        A[0] + "x"


def test_equality_is_structural_and_elementwise_has_its_own_name():
    A = tc.placeholder((4,), name="A")
    assert (A[0] + 1.0) == (A[0] + 1.0)
    eq = tc.equal(A[0], A[1])
    assert eq.dtype == tc.bool_


def test_reduce_axis_constant_pair_has_a_constant_extent():
    # (0, 24) is range(24): the automatic schedule and the tuner's space see a constant
    # extent (it was the expression 24 - 0, and the stage got no tiling choices)
    import tcomp.autoschedule as A

    assert tc.reduce_axis((3, 27)).dom.extent.value == 24

    def graph(dom):
        a = tc.placeholder((64, 24), name="A")
        k = tc.reduce_axis(dom, "k")
        return tc.compute((64,), lambda i: tc.sum(a[i, k], axis=k), name="S")
    assert A.auto_knobs(graph((0, 24))) == A.auto_knobs(graph(24))
    assert tc.reduce_axis((5, 5)).dom.extent.value == 0  # empty, as range(5, 5)
    with pytest.raises(tc.DSLShapeError, match=r"range \(5, 4\) ends before it starts"):
        tc.reduce_axis((5, 4))
