"""A workload factory for tests/testing/test_random_inputs.py (imported by name in the
autotuner's measuring processes, so it lives in a module of its own)."""

from __future__ import annotations

import tcomp as tc


def gather(n: int = 16, m: int = 5) -> tuple[list, list]:
    """Y[i] = X[I[i]] * 2 + Z[i]: I (int32) indexes X's axis of extent ``m``."""
    X = tc.placeholder((m,), dtype="float32", name="X")
    I = tc.placeholder((n,), dtype="int32", name="I")  # noqa: E741
    Z = tc.placeholder((n,), dtype="float32", name="Z")
    Y = tc.compute((n,), lambda i: X[I[i]] * 2.0 + Z[i], name="Y")
    return [Y], [X, I, Z, Y]
