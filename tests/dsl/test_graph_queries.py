"""Graph queries on DSL operations: what they answer and that they answer it cheaply."""

from __future__ import annotations

import tcomp as tc
from tcomp.dsl import tensor as dsl_tensor


def test_input_tensors_in_first_read_order_walked_once(monkeypatch):
    # Scheduling asks each stage for its inputs per stage pair; walking the body every time
    # took a third of a 40-stage capsule routing gradient's build.
    A = tc.placeholder((4, 4), name="A")
    B = tc.placeholder((4,), name="B")
    C = tc.compute((4, 4), lambda i, j: B[j] * A[i, j] + A[j, i] + B[i], name="C")
    walks = []
    real = dsl_tensor.walk
    monkeypatch.setattr(dsl_tensor, "walk", lambda e: walks.append(e) or real(e))
    first = C.op.input_tensors
    assert first == [B, A]
    first.append(C)  # a caller's list is its own
    for _ in range(5):
        assert C.op.input_tensors == [B, A]
    assert len(walks) == len(C.op.body)
