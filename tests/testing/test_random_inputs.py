"""tcomp.testing.random_inputs: int placeholders used as indices get in-range values, so
that the autotuner's correctness check (which feeds them to the evaluator) works on gathers."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import tcomp as tc
from tcomp.dsl.eval import evaluate
from tcomp.testing import index_ranges, random_inputs

HERE = Path(__file__).resolve().parent


def test_index_placeholders_get_values_in_range():
    X = tc.placeholder((4, 9), dtype="float64", name="X")
    I = tc.placeholder((30,), dtype="int64", name="I")  # noqa: E741
    J = tc.placeholder((30,), dtype="int32", name="J")
    K = tc.placeholder((30,), dtype="int32", name="K")  # an int that indexes nothing
    W = tc.placeholder((7,), dtype="float64", name="W")
    # I indexes axes of extent 4 and 7 (through a cast): [0, 4); J indexes axis 1 of X.
    T = tc.compute((30,), lambda i: X[I[i], J[i]] + W[tc.cast("int32", I[i])]
                   + tc.cast("float64", K[i]), name="T")
    U = tc.compute((30,), lambda i: T[i] * 2.0, name="U")
    assert index_ranges([U]) == {I.op: 4, J.op: 9}
    for seed in range(5):
        x, i, j, k, w = random_inputs([X, I, J, K, W], rng=seed, outputs=[U])
        assert i.min() >= 0 and i.max() < 4 and j.min() >= 0 and j.max() < 9
        assert k.min() < 0  # not an index: the usual range (-5, 6)
        evaluate([U], {X: x, I: i, J: j, K: k, W: w})  # in range: no OutOfBoundsError
    # Without outputs, the old behaviour (and the same values for the other inputs).
    old = random_inputs([X, I, J, K, W], rng=0)
    assert old[1].min() < 0
    assert np.array_equal(old[0], random_inputs([X, I, J, K, W], rng=0, outputs=[U])[0])


def test_autotuning_a_gather_workload_measures_it(tmp_path, monkeypatch):
    """The autotuner checks every candidate against the evaluator on random inputs; with
    out-of-range gather indices every trial failed with OutOfBoundsError."""
    from autotune import Database, Workload, tune

    monkeypatch.syspath_prepend(str(HERE))  # the measuring processes import the factory
    db = str(tmp_path / "tuning.db")
    res = tune(workload=Workload("gather_workload:gather", {"n": 16, "m": 5}), trials=2,
               strategy="random", db=db, remeasure=0, progress=False, batch_size=2,
               early_stop=None)
    recs = Database(db).records()
    assert recs and all(r.ok for r in recs), [r.error for r in recs]
    assert res.report.failed == 0


def test_an_index_wrapped_as_numpy_wraps_negatives_gets_values_in_range():
    # nn.take reads its indices as given and wraps negative ones in the kernel,
    # select(I < 0, I + n, I): the tuner's random inputs for I must still index in range
    # (every trial of an ONNX model's Gather failed with OutOfBoundsError)
    from tcomp.nn.indexing import _b_take

    X = tc.placeholder((3, 5), name="X")
    I = tc.placeholder((4,), dtype="int64", name="I")  # noqa: E741
    T = _b_take(X, I, 0)
    assert index_ranges([T]) == {I.op: 3}
    x, i = random_inputs([X, I], rng=0, outputs=[T])
    assert i.min() >= 0 and i.max() < 3
    evaluate([T], {X: x, I: i})
    # a select of two different reads is not an index of either
    J = tc.placeholder((4,), dtype="int64", name="J")
    U = tc.compute((4,), lambda k: X[tc.if_then_else(I[k] < 0, J[k], I[k]), 0], name="U")
    assert index_ranges([U]) == {}
