"""Property tests of tcomp.arith: simplify keeps values, bounds contain them, can_prove is sound."""

from __future__ import annotations

import os
import random
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tcomp import dtypes
from tcomp.arith import Interval, bounds, can_prove, const_bounds, simplify
from tcomp.ir.expr import (
    Binary,
    Broadcast,
    Const,
    Op,
    Ramp,
    SizeVar,
    Unary,
    Var,
    binary,
)

sys.path.insert(0, os.path.dirname(__file__))
import arith_helpers as H
from arith_helpers import evaluate

I64 = dtypes.int64
I32 = dtypes.int32
BOOL = dtypes.bool_

X, Y, Z = Var("x"), Var("y"), Var("z")  # ranged; z's range depends on x
W = Var("w")  # free (no range)
N = SizeVar("n")  # free symbolic dimension, >= 0
VARS = (X, Y, Z, W, N)
RANGED = (X, Y, Z)

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def c(v: int, dt=I64) -> Const:
    return Const(v, dt)


def int_exprs(depth: int = 4, dt=I64):
    return H.int_exprs(VARS, N, depth, dt)


def bool_exprs(depth: int = 3):
    return H.bool_exprs(VARS, N, depth)


@st.composite
def range_maps(draw):
    xl = draw(st.integers(-10, 10))
    yl = draw(st.integers(-40, 40))
    return {
        X: Interval(c(xl), c(xl + draw(st.integers(0, 12)))),
        Y: Interval(c(yl), c(yl + draw(st.integers(0, 70)))),
        Z: Interval(X, Binary(Op.ADD, X, c(draw(st.integers(0, 5))), I64)),
    }


def sample_envs(ranges, count: int, seed: int) -> list[dict]:
    rnd = random.Random(seed)
    envs = []
    for _ in range(count):
        env = {W: rnd.randint(-50, 50), N: rnd.choice([0, 1, 2, 5, 31, 32, 33, 64])}
        for v in (X, Y):
            lo, hi = ranges[v].lo.value, ranges[v].hi.value
            env[v] = rnd.choice([lo, hi, rnd.randint(lo, hi)])
        zlo = evaluate(ranges[Z].lo, env)
        env[Z] = rnd.randint(zlo, evaluate(ranges[Z].hi, env))
        envs.append(env)
    return envs


def _check_bounds(e, ranges, envs) -> None:
    iv = bounds(e, ranges)
    clo, chi = const_bounds(e, ranges)
    for a in (iv.lo, iv.hi):
        assert a is None or not any(v in RANGED for v in _vars(a)), f"ranged var in {iv}"
    for env in envs:
        v = evaluate(e, env)
        vals = v if isinstance(v, list) else [v]
        for val in vals:
            if iv.lo is not None:
                assert evaluate(iv.lo, env) <= val, (e, iv, env)
            if iv.hi is not None:
                assert val <= evaluate(iv.hi, env), (e, iv, env)
            assert clo is None or clo <= val, (e, clo, env)
            assert chi is None or val <= chi, (e, chi, env)


def _vars(e) -> list:
    from tcomp.ir.visitor import walk

    return [n for n in walk(e) if isinstance(n, Var)]


@SETTINGS
@given(int_exprs(), range_maps(), st.integers(0, 2**31))
def test_simplify_keeps_integer_values(e, ranges, seed):
    s = simplify(e, ranges)
    assert s.dtype == e.dtype
    for env in sample_envs(ranges, 25, seed):
        try:
            want = evaluate(e, env)
        except ZeroDivisionError:  # pragma: no cover - excluded by construction
            raise AssertionError("generator made a zero divisor") from None
        assert evaluate(s, env) == want, (e, s, env)


@SETTINGS
@given(int_exprs(dt=I32), range_maps(), st.integers(0, 2**31))
def test_simplify_keeps_int32_values(e, ranges, seed):
    s = simplify(e, ranges)
    assert s.dtype == I32
    for env in sample_envs(ranges, 15, seed):
        assert evaluate(s, env) == evaluate(e, env), (e, s, env)


@SETTINGS
@given(int_exprs(), range_maps(), st.integers(0, 2**31))
def test_bounds_contain_every_sampled_value(e, ranges, seed):
    _check_bounds(e, ranges, sample_envs(ranges, 25, seed))


@SETTINGS
@given(bool_exprs(), range_maps(), st.integers(0, 2**31))
def test_bool_simplify_and_can_prove_are_sound(cond, ranges, seed):
    s = simplify(cond, ranges)
    proved = can_prove(cond, ranges)
    refuted = can_prove(Unary(Op.NOT, cond, BOOL), ranges)
    assert not (proved and refuted)
    for env in sample_envs(ranges, 25, seed):
        v = bool(evaluate(cond, env))
        assert bool(evaluate(s, env)) == v, (cond, s, env)
        assert v or not proved, (cond, env)
        assert not v or not refuted, (cond, env)


@SETTINGS
@given(int_exprs(3), int_exprs(3), range_maps(), st.integers(0, 2**31))
def test_can_prove_never_proves_a_falsifiable_comparison(a, b, ranges, seed):
    envs = sample_envs(ranges, 25, seed)
    for op in (Op.LT, Op.LE, Op.EQ, Op.NE, Op.GE):
        cond = Binary(op, a, b, BOOL)
        if can_prove(cond, ranges):
            for env in envs:
                assert evaluate(cond, env), (cond, env)


@st.composite
def vector_exprs(draw, lanes: int = 4, depth: int = 2):
    dt = I64.with_lanes(lanes)
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        if draw(st.booleans()):
            stride = draw(st.sampled_from([c(0), c(1), c(2), c(-1), c(3), Y]))
            return Ramp(draw(int_exprs(2)), stride, lanes, dt)
        return Broadcast(draw(int_exprs(2)), lanes, dt)
    kind = draw(st.sampled_from(["add", "sub", "mul_b", "div", "mod", "min", "max"]))
    a = draw(vector_exprs(lanes, depth - 1))
    if kind in ("add", "sub", "min", "max"):
        op = {"add": Op.ADD, "sub": Op.SUB, "min": Op.MIN, "max": Op.MAX}[kind]
        return Binary(op, a, draw(vector_exprs(lanes, depth - 1)), dt)
    if kind == "mul_b":
        return Binary(Op.MUL, a, Broadcast(draw(int_exprs(1)), lanes, dt), dt)
    k = draw(st.sampled_from([1, 2, 4, 8, 16, 3]))
    op = Op.FLOORDIV if kind == "div" else Op.FLOORMOD
    return Binary(op, a, Broadcast(c(k), lanes, dt), dt)


@SETTINGS
@given(vector_exprs(), range_maps(), st.integers(0, 2**31))
def test_vector_simplify_keeps_lane_values(e, ranges, seed):
    s = simplify(e, ranges)
    assert s.dtype == e.dtype
    envs = sample_envs(ranges, 15, seed)
    for env in envs:
        assert evaluate(s, env) == evaluate(e, env), (e, s, env)
    _check_bounds(e, ranges, envs)
    cmp = Binary(Op.LT, e, Broadcast(c(7), 4, I64.with_lanes(4)), BOOL.with_lanes(4))
    sc = simplify(cmp, ranges)
    for env in envs:
        assert evaluate(sc, env) == evaluate(cmp, env)


@SETTINGS
@given(st.integers(-40, 40), st.integers(-40, 40), st.sampled_from([1, -1, 2, -2, 3]),
       st.sampled_from([2, 4, 8, 9]), st.sampled_from([4, 6, 8, 16, 24]),
       st.sampled_from([Op.FLOORDIV, Op.FLOORMOD]))
def test_ramp_divmod_by_residues_keeps_lane_values(k, c0, stride, lanes, d, op):
    """``ramp(k*w + c0, stride, lanes) // d`` (and ``%``) for w unbounded: the rule that
    decides by w's residues modulo d, not by its range, must keep every lane's value."""
    dt = I64.with_lanes(lanes)
    base = Binary(Op.ADD, Binary(Op.MUL, W, c(k), I64), c(c0), I64)
    e = Binary(op, Ramp(base, c(stride), lanes, dt),
               Broadcast(c(d), lanes, dt), dt)
    s = simplify(e)
    for w in range(-3 * d - 5, 3 * d + 6):
        assert evaluate(s, {W: w}) == evaluate(e, {W: w}), (e, s, w)


@settings(max_examples=150, deadline=None)
@given(int_exprs(), range_maps())
def test_simplify_is_idempotent(e, ranges):
    s = simplify(e, ranges)
    assert simplify(s, ranges) == s, (e, s)


def _random_tree(rnd: random.Random, size: int, leaves: list):
    if size <= 1:
        return rnd.choice(leaves)
    left = rnd.randint(1, size - 2) if size > 2 else 1
    a = _random_tree(rnd, left, leaves)
    b = _random_tree(rnd, size - 1 - left, leaves)
    op = rnd.choice([Op.ADD, Op.ADD, Op.SUB, Op.MUL, Op.MIN, Op.MAX])
    if op is Op.MUL:
        b = c(rnd.randint(-4, 4))
    e = binary(op, a, b)
    if rnd.random() < 0.1:
        e = binary(rnd.choice([Op.FLOORDIV, Op.FLOORMOD]), e, c(rnd.choice([2, 4, 32])))
    return e


def _count(e) -> int:
    from tcomp.ir.visitor import walk

    return sum(1 for _ in walk(e))


def test_timing_of_a_1000_node_expression():
    rnd = random.Random(0)
    io, ii, jo, ji, k = (Var(n) for n in ("io", "ii", "jo", "ji", "k"))
    leaves = [io, ii, jo, ji, k, N, c(1), c(3), c(32)]
    size = 1000
    e = _random_tree(rnd, size, leaves)
    while _count(e) < 1000:  # constant right operands of * drop subtrees; grow until 1000
        size += 200
        e = _random_tree(rnd, size, leaves)
    ranges = {io: (0, 7), ii: (0, 31), jo: (0, 7), ji: (0, 31), k: (0, 255)}
    nodes = _count(e)
    t0 = time.perf_counter()
    s = simplify(e, ranges)
    dt = time.perf_counter() - t0
    chain = c(0)
    for n in range(300):
        chain = chain + leaves[n % 5] * (n % 7)
    t1 = time.perf_counter()
    sc = simplify(chain, ranges)
    dt_chain = time.perf_counter() - t1
    print(f"\nsimplify: {nodes}-node random tree in {dt * 1e3:.1f} ms "
          f"({_count(s)} nodes out); {_count(chain)}-node sum chain in {dt_chain * 1e3:.1f} ms")
    env = {io: 3, ii: 17, jo: 5, ji: 30, k: 100, N: 12}
    assert evaluate(s, env) == evaluate(e, env)
    assert evaluate(sc, env) == evaluate(chain, env)
