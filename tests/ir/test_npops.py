"""The one evaluator of index and shape expressions (tcomp.ir.npops): the executors' integer
semantics on scalars and on grids, and the error for what it can't evaluate."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.errors import TcompRuntimeError
from tcomp.ir import expr as E
from tcomp.ir.npops import eval_int, eval_np


def test_eval_int_follows_the_shared_integer_semantics() -> None:
    n, m = tc.var("n"), tc.var("m")
    assert eval_int((n + 2) // 2 * 3 - n % 4, {n: 37}) == 56
    assert eval_int(n // m, {n: 7, m: 0}) == 0 and eval_int(n % m, {n: 7, m: 0}) == 0
    assert eval_int(n // m, {n: -7, m: 2}) == -4 and eval_int(n % m, {n: -7, m: -2}) == -1
    assert eval_int(E.binary(E.Op.MAX, n, m), {n: 3, m: 9}) == 9
    assert eval_int(E.select(n < m, n, m), {n: 3, m: 9}) == 3


def test_eval_np_on_grids_agrees_with_eval_int_at_each_point() -> None:
    n, m = tc.var("n"), tc.var("m")
    e = (n * 3 - m) // (m - 2) + n % 3
    ns, ms = np.meshgrid(np.arange(-4, 5, dtype=np.int64), np.arange(0, 5, dtype=np.int64),
                         indexing="ij")
    grid = eval_np(e, {n: ns, m: ms})
    for (i, j), v in np.ndenumerate(grid):
        assert v == eval_int(e, {n: int(ns[i, j]), m: int(ms[i, j])})


def test_an_unbound_variable_names_the_expression_and_the_variable() -> None:
    n, k = tc.var("n"), tc.var("k")
    with pytest.raises(TcompRuntimeError, match=r"dim 0 of 'A'.*'k' has no value"):
        eval_int(n + k, {n: 4}, "dim 0 of 'A'")
