"""One table of reducer identities (ir.expr.reduce_identity), read by the DSL's reducers."""

from __future__ import annotations

import pytest

import tcomp as tc
from tcomp import dtypes
from tcomp.errors import DSLTypeError
from tcomp.ir import expr as E


@pytest.mark.parametrize("dt", dtypes.ALL, ids=str)
def test_identities_and_extreme_values_per_dtype(dt: dtypes.DType) -> None:
    lo, hi = E.reduce_identity(E.Op.MAX, dt), E.reduce_identity(E.Op.MIN, dt)
    assert lo == tc.min_value(dt) and hi == tc.max_value(dt)
    if dt.is_float:
        assert (lo.value, hi.value) == (float("-inf"), float("inf"))
    elif dt.is_bool:
        assert (lo.value, hi.value) == (False, True)
    else:
        assert (lo.value, hi.value) == (-(2 ** (dt.bits - 1)), 2 ** (dt.bits - 1) - 1)
    assert E.reduce_identity(E.Op.ADD, dt).value == 0
    assert E.reduce_identity(E.Op.MUL, dt).value == 1
    assert all(c.dtype == dt for c in (lo, hi))


def test_the_builtin_reducers_start_from_the_table() -> None:
    a = tc.placeholder((4,), "int32", name="a")
    k = tc.reduce_axis((0, 4), name="k")
    for reducer, op in ((tc.sum, E.Op.ADD), (tc.max, E.Op.MAX), (tc.min, E.Op.MIN)):
        red = tc.compute((1,), lambda i: reducer(a[k], axis=k)).op.body[0]  # noqa: B023
        assert red.combiner.identity == (E.reduce_identity(op, "int32"),)


def test_another_op_has_no_identity() -> None:
    with pytest.raises(DSLTypeError, match="SUB is not a built-in reducer"):
        E.reduce_identity(E.Op.SUB, "int32")
