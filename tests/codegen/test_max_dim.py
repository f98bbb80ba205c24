"""A symbolic dimension is at most MAX_DIM (2**48 - 1): the simplifier relies on it (so
``n + 5`` of a dimension doesn't wrap), and every executor refuses larger sizes."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.dsl.eval import evaluate
from tcomp.dtypes import MAX_DIM
from tcomp.errors import ArgumentShapeError, ArgumentValueError
from tcomp.ir import interp


def _graph():
    n = tc.var("n")
    m = tc.var("m")
    A = tc.placeholder((n, m), name="A")
    B = tc.compute((n, m), lambda i, j: A[i, j] + 1.0, name="B")
    return A, B


def test_dims_above_max_dim_are_refused_by_every_executor():
    A, B = _graph()
    huge = MAX_DIM + 1
    # A zero-size array may have any other dimension: the only way to pass a huge one.
    a = np.lib.stride_tricks.as_strided(np.empty(1, np.float32), (0, huge), (4, 4))
    b = np.lib.stride_tricks.as_strided(np.empty(1, np.float32), (0, huge), (4, 4))
    f = tc.build(tc.create_schedule(B), [A, B])
    with pytest.raises(ArgumentShapeError, match="2\\*\\*48"):
        f(a, b)
    with pytest.raises(ArgumentShapeError, match="2\\*\\*48"):
        evaluate(B, {A: a})
    with pytest.raises(ArgumentValueError, match="2\\*\\*48"):
        interp.run(tc.lower(tc.create_schedule(B), [A, B], passes="all"), [a, b])
    # At the limit it is fine.
    ok = np.lib.stride_tricks.as_strided(np.empty(1, np.float32), (0, MAX_DIM), (4, 4))
    f(ok, ok.copy())

