"""Gradients of random programs (``tcomp.testing.fuzz.grad``) and the bugs that fuzzing them
found, each as a small program: the reference evaluator raises on a read outside a tensor, so
a gradient that reads where its program did not fails here rather than reading stray memory
in a kernel."""

import numpy as np
import pytest

import tcomp as tc
from tcomp.autodiff import gradient
from tcomp.dsl import PlaceholderOp, evaluate, topo_ops
from tcomp.testing.fuzz.generate import generate
from tcomp.testing.fuzz.grad import GRAD_FEATURES, check_gradients


def _compiled(grads, feed):
    """The gradients built into one kernel (bounds-checked) and run on ``feed``."""
    params = [op.output(0) for op in topo_ops(grads) if isinstance(op, PlaceholderOp)]
    k = tc.build(tc.create_schedule(grads), [*params, *grads], bounds_check=True)
    outs = [np.zeros(tuple(int(d.value) for d in g.shape)) for g in grads]
    k(*[feed[p] for p in params], *outs)
    return outs


def _differences(y, xs, feed, u, ts, h=1e-6):
    def f(s):
        return float(np.sum(u * evaluate(y, feed | {x: feed[x] + s * h * t
                                                  for x, t in zip(xs, ts, strict=True)})))
    return (f(1) - f(-1)) / (2 * h)


def test_an_input_read_only_in_a_where_gets_a_zero_gradient():
    # gradient() raised IndexError (a sum of no contributions)
    a = tc.placeholder((1, 1), "float64", "A1")
    k0, k1 = tc.reduce_axis(1, name="k0"), tc.reduce_axis(1, name="k1")
    y = tc.compute((1, 1), lambda i, j: tc.sum(tc.const(0.0, "float64"), axis=[k0, k1],
                                               where=tc.const(0.0, "float64") <= a[0, 0]),
                   name="T1")
    (g,) = gradient(y, [a])
    np.testing.assert_array_equal(evaluate(g, {a: np.array([[-1.75]])}), [[0.0]])


def test_a_where_read_at_the_solved_index_stays_inside_the_reduction():
    # T1[i] reads T0[i, 0] in its where=; the adjoint of T0 at [k, j] solved i = j for
    # j in [0, 2), outside T1's [0, 1), and read T0[1, 0] there
    a = tc.placeholder((1, 1), "float64", "A0")
    r = tc.reduce_axis(1, name="r")
    t0 = tc.compute((1, 2), lambda i, j: tc.sum(a[i, r], axis=r), name="T0")
    k0 = tc.reduce_axis(1, name="k0")
    y = tc.compute((1,), lambda i: tc.sum(t0[k0, i], axis=k0,
                                          where=tc.const(0.0, "float64") >= t0[i, 0]),
                   name="T1")
    (g,) = gradient(y, [a])
    feed = {a: np.array([[-1.75]])}
    np.testing.assert_array_equal(evaluate(g, feed), [[1.0]])
    np.testing.assert_array_equal(_compiled([g], feed)[0], [[1.0]])


def test_a_gather_index_is_read_only_where_the_solved_index_is_in_range():
    # the adjoint of T0 read A2[5 - j] for j = 0 (A2 has 5 elements): the bounds of the
    # solved index were folded into a padded read, so nothing guarded the gather
    a0 = tc.placeholder((2,), "float64", "A0")
    a2 = tc.placeholder((5,), "int64", "A2")
    t0 = tc.compute((2, 2), lambda i, j: a0[0] * (1.0 + tc.cast("float64", i + j)), name="T0")
    y = tc.compute((1,), lambda i: t0[a2[4 - i], i + 1], name="T1")
    (g,) = gradient(y, [a0])
    feed = {a0: np.array([0.79, -0.61]), a2: np.array([4, 1, 3, 1, 0])}
    np.testing.assert_allclose(evaluate(g, feed), [2.0, 0.0])  # T1[0] = T0[0, 1] = 2 a0[0]
    np.testing.assert_allclose(_compiled([g], feed)[0], [2.0, 0.0])


def test_the_ties_of_a_max_are_counted_where_its_where_holds():
    # the count of elements equal to the max read A2[i + k] for every k, past the where=
    a = tc.placeholder((5,), "float64", "A2")
    k0 = tc.reduce_axis(4, name="k0")
    y = tc.compute((3,), lambda i: tc.max(a[i + k0], axis=k0, where=(i + k0) < 5), name="T1")
    (g,) = gradient(y, [a])
    feed = {a: np.array([-0.5, -0.5, 0.0, 0.125, 0.75])}
    np.testing.assert_allclose(evaluate(g, feed), [0, 0, 0, 1.0, 2.0])  # maxes 0.125, .75, .75
    np.testing.assert_allclose(_compiled([g], feed)[0], [0, 0, 0, 1.0, 2.0])


def test_gradients_sharing_a_padded_adjoint_build_into_one_kernel():
    # each gradient made its own zero-padded copy of the head, both named 'head.pad'
    a1 = tc.placeholder((1, 2), "float64", "A1")
    a2 = tc.placeholder((1, 2), "float64", "A2")
    k0 = tc.reduce_axis(1, name="k0")
    y = tc.compute((1, 1), lambda i, j: tc.sum(a1[k0, j + 1] + a2[k0, j + 1], axis=k0),
                   name="T0")
    head = tc.placeholder((1, 1), "float64", "head")
    grads = gradient(y, [a1, a2], head)
    feed = {a1: np.array([[-1.4, -1.1]]), a2: np.array([[0.25, 0.375]]),
            head: np.array([[2.0]])}
    for got in _compiled(grads, feed):
        np.testing.assert_array_equal(got, [[0.0, 2.0]])


def test_a_max_of_a_computed_source_sends_its_gradient_to_the_argmax():
    # A max of a*b - c*3: the source computed again for the comparison with the stored max
    # was contracted differently (one copy with a fused multiply-add) and matched no
    # element, so the compiled gradient was 0 everywhere
    rng = np.random.default_rng(7)
    a, b = tc.placeholder((64,), "float64", "a"), tc.placeholder((4, 64), "float64", "b")
    k = tc.reduce_axis(64, name="k")
    y = tc.compute((4,), lambda i: tc.max((tc.cast("float64", k) * a[k] - b[i, k] * 3.0)
                                          * a[(k + i) % 64], axis=k), name="T1")
    head = tc.placeholder((4,), "float64", "head")
    grads = gradient(y, [a, b], head)
    hits = 0
    for _ in range(8):
        feed = {a: rng.standard_normal(64), b: rng.integers(-16, 17, (4, 64)) / 8.0,
                head: rng.standard_normal(4)}
        want = evaluate(grads, feed)
        for got, w in zip(_compiled(grads, feed), want, strict=True):
            np.testing.assert_allclose(got, w, rtol=1e-12, atol=1e-12)
        hits += int(np.count_nonzero(want[1]))
        ts = [rng.standard_normal(64), rng.standard_normal((4, 64))]
        num = _differences(y, [a, b], feed, feed[head], ts)
        ana = sum(float(np.sum(g * t)) for g, t in zip(want, ts, strict=True))
        assert ana == pytest.approx(num, rel=1e-5, abs=1e-6)
    assert hits == 8 * 4  # one argmax per output in each draw


def test_the_fuzzer_program_that_found_the_contraction_bug():
    prog = {"dims": {}, "inputs": [
        {"name": "A0", "shape": [8, 7], "dtype": "float64",
         "fill": {"kind": "float", "grid": False, "special": 0.0}},
        {"name": "A1", "shape": [2, 8], "dtype": "float64",
         "fill": {"kind": "float", "grid": True, "special": 0.0}}],
        "stages": [{"name": "T1", "shape": [2], "body": {"reduce": {
            "reducer": "max", "axes": [[0, 8]], "where": None, "src": [
                ["bin", "mul", ["bin", "sub",
                                ["bin", "mul", ["cast", "float64", ["rk", 0]],
                                 ["ld", "A0", [["rk", 0], ["c", 0, "int64"]]]],
                                ["bin", "mul", ["ld", "A1", [["ax", 0], ["rk", 0]]],
                                 ["c", 3.0, "float64"]]],
                 ["ld", "A0", [["bin", "add", ["ax", 0], ["c", 3, "int64"]],
                               ["bin", "floordiv", ["rk", 0], ["c", 4, "int64"]]]]]]}}}],
        "outputs": ["T1"], "input_seed": 2027194543}
    assert check_gradients(prog) is None


@pytest.mark.parametrize("seed", range(12))
def test_random_program_gradients(seed):
    assert check_gradients(generate(40000 + seed, GRAD_FEATURES)) is None


def test_a_program_that_does_not_build_is_a_finding_not_a_crash():
    # the shrinker's candidates can be malformed (a reduce axis read outside its reduction):
    # the check names that instead of raising out of the fuzz loop
    prog = {"dims": {}, "inputs": [{"name": "A0", "shape": [2], "dtype": "float64",
                                    "fill": {"kind": "float", "grid": False, "special": 0.0}}],
            "stages": [{"name": "T0", "shape": [2], "body": {"expr": [
                "bin", "add", ["ld", "A0", [["ax", 0]]], ["cast", "float64", ["rk", 0]]]}}],
            "outputs": ["T0"], "input_seed": 1}
    assert check_gradients(prog) == "the program does not build: IndexError"


def test_an_automatic_schedule_that_fails_is_a_finding(monkeypatch):
    # a schedule-free build falls back to the blank schedule with a warning when the
    # automatic one fails: the check builds the automatic one itself, so the failure counts
    from tcomp.errors import ScheduleError

    def failing(outs, **_kw):
        raise ScheduleError("fuse() would remove a loop")
    monkeypatch.setattr(tc, "auto_schedule", failing)
    prog = generate(40000, GRAD_FEATURES)
    assert check_gradients(prog) == "build refused the gradient (automatic schedule): " \
                                    "ScheduleError"


@pytest.mark.parametrize("computed", [False, True])
def test_a_product_with_zero_factors_passes_on_the_product_of_the_others(computed):
    # gradient fuzzer, seed 910354: the derivative of a product by one of its factors was
    # out / factor, 0 / 0 = NaN at a 0 factor (and there a 1-ulp difference of tanh near -1
    # made it NaN in the kernel, 0 in the evaluator); now the product of the other factors,
    # read or computed (a computed factor is stored once and compared with 0 there)
    from tcomp.autodiff import jvp

    a = tc.placeholder((4, 4), "float64", "a")
    k = tc.reduce_axis(4, name="k")
    f = (lambda i: a[i, k] * 1.0 + 0.0) if computed else (lambda i: a[i, k])
    y = tc.compute((4,), lambda i: tc.prod(f(i), axis=k, where=k < 3), name="P")
    head = tc.placeholder((4,), "float64", "head")
    (g,) = gradient(y, [a], head)
    av = np.array([[1.0, 2, 3, 5], [0, 2, 3, 5], [0, 2, 0, 5], [2, 0, 3, 0]])
    feed = {a: av, head: np.array([1.0, 2.0, 3.0, 4.0])}
    want = np.array([[6.0, 3, 2, 0], [12, 0, 0, 0], [0, 0, 0, 0], [0, 24, 0, 0]])
    np.testing.assert_array_equal(evaluate(g, feed), want)
    for sch in (tc.create_schedule(g), tc.auto_schedule(g)):
        k_ = tc.build(sch, [a, head, g], bounds_check=True, database=False)
        out = np.full((4, 4), np.nan)
        k_(av, feed[head], out)
        np.testing.assert_array_equal(out, want)
    # forward mode: the same factors, so <gradient, t> == <head, jvp(t)>
    t = tc.placeholder((4, 4), "float64", "t")
    (dy,) = jvp([y], [a], [t])
    tv = np.arange(16.0).reshape(4, 4) / 7
    np.testing.assert_allclose(np.sum(want * tv), np.sum(feed[head] * evaluate(
        dy, {a: av, t: tv})), rtol=1e-12)


def test_the_fuzzer_program_whose_tanh_derivative_cancelled():
    # seed 960749: a product of 36 factors tanh(x) + 1 with tanh(x) near 1: the derivative
    # 1 - y^2 of the rounded tanh lost its digits there, and the kernel's tanh and the
    # evaluator's, a bit apart, made one gradient 0 and the other -1e-3; now e / (1 + e)^2
    # of the argument (test_autodiff checks the rule's own accuracy)
    assert check_gradients(generate(960749, GRAD_FEATURES)) is None


def test_a_kink_too_small_to_skip_is_judged_by_its_one_sided_slopes():
    # seed 990122: max(a, b) at a tie of grid inputs; the gradient took one side's slope
    # (a correct subgradient) and was compared with the central difference, their mean
    assert check_gradients(generate(990122, GRAD_FEATURES)) is None


def test_a_wrong_gradient_is_still_found_by_central_differences(monkeypatch):
    from tcomp.autodiff import rules
    from tcomp.ir.expr import Op
    monkeypatch.setitem(rules.UNARY_RULES, Op.EXP, lambda a, y: 1.01 * y)  # 1% off
    prog = {"dims": {}, "inputs": [{"name": "A0", "shape": [3], "dtype": "float64",
                                    "fill": {"kind": "float", "grid": False, "special": 0.0}}],
            "stages": [{"name": "T0", "shape": [3], "body": {"expr": [
                "un", "exp", ["ld", "A0", [["ax", 0]]]]}}],
            "outputs": ["T0"], "input_seed": 1}
    assert check_gradients(prog, compiled=0) == "gradient != central differences"
