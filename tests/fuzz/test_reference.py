"""The fuzzer's independent reference: the decided semantics, element by element, and its
error bounds (what it marks uncertain)."""

from __future__ import annotations

import numpy as np

from tcomp.testing.fuzz.reference import Reference, compare, make_inputs
from tcomp.testing.fuzz.semantics import Val, cast, float_to_int, int_floordiv, int_mod, int_pow

I32_MIN, I32_MAX = -2**31, 2**31 - 1


def test_integer_division_semantics():
    a = np.array([7, -7, 7, -7, 5, I32_MIN, I32_MIN], np.int32)
    b = np.array([2, 2, -2, -2, 0, -1, 0], np.int32)
    assert int_floordiv(a, b, "int32").tolist() == [3, -4, -4, 3, 0, I32_MIN, 0]
    assert int_mod(a, b, "int32").tolist() == [1, 1, -1, -1, 0, 0, 0]


def test_integer_pow_semantics():
    a = np.array([3, 2, 0, 1, -1, -1, 5, 7], np.int64)
    b = np.array([4, 70, -2, -9, -3, -4, -1, 2**62 + 1], np.int64)
    want = [81, pow(2, 70, 2**64), 0, 1, -1, 1, 0, pow(7, 2**62 + 1, 2**64)]
    want = [((w + 2**63) % 2**64) - 2**63 for w in want]
    assert int_pow(a, b, "int64").tolist() == want
    assert int_pow(np.array([3], np.int32), np.array([21], np.int32), "int32").tolist() == \
        [((3**21 + 2**31) % 2**32) - 2**31]


def test_float_to_int_saturates():
    x = np.array([np.nan, np.inf, -np.inf, 3e9, -3e9, -2.7, 2.7, 2147483520.0], np.float32)
    assert float_to_int(x, "int32").tolist() == [0, I32_MAX, I32_MIN, I32_MAX, I32_MIN, -2, 2,
                                                 2147483520]
    assert float_to_int(np.array([1e19, -1e19]), "int64").tolist() == [2**63 - 1, -2**63]


def test_casts_wrap_and_bool():
    v = cast(Val(np.array([2**31, -1, 2**32 + 5], np.int64)), "int64", "int32")
    assert v.v.tolist() == [I32_MIN, -1, 5]
    b = cast(Val(np.array([0.0, -0.0, np.nan, 2.0], np.float32)), "float32", "bool")
    assert b.v.tolist() == [False, False, True, True]


def _prog(body, shape=(4,), inputs=()):
    return {"dims": {}, "inputs": list(inputs), "outputs": ["T0"], "input_seed": 1,
            "stages": [{"name": "T0", "shape": list(shape), "body": body}]}


def test_argmax_ties_go_to_the_smaller_index():
    src = ["ld", "A0", [["rk", 0]]]
    prog = _prog({"reduce": {"reducer": "argmax", "axes": [[1, 6]], "src": [["rk", 0], src],
                             "where": None}}, shape=(1,),
                 inputs=[{"name": "A0", "shape": [6], "dtype": "int32",
                          "fill": {"kind": "int", "lo": 0, "hi": 1}}])
    prog["outputs"] = ["T0.v0", "T0.v1"]
    a = np.array([9, 3, 7, 7, 2, 7], np.int32)
    idx, val = Reference(prog, {"A0": a}).outputs()
    assert idx.v.tolist() == [2] and val.v.tolist() == [7]  # position 0 is outside (1, 6)


def test_empty_where_gives_the_identity():
    body = {"reduce": {"reducer": "max", "axes": [[0, 3]], "src": [["c", 1.5, "float32"]],
                       "where": ["c", False, "bool"]}}
    (out,) = Reference(_prog(body), {}).outputs()
    assert np.all(out.v == -np.inf)


def test_comparison_near_equality_is_uncertain():
    # exp() is only accurate to a few ulp, so exp(0) == 1 can't be decided; exp(0) < 3 can.
    e0 = ["un", "exp", ["c", 0.0, "float32"]]
    near = Reference(_prog({"expr": ["bin", "eq", e0, ["c", 1.0, "float32"]]}), {}).outputs()[0]
    far = Reference(_prog({"expr": ["bin", "lt", e0, ["c", 3.0, "float32"]]}), {}).outputs()[0]
    assert near.u is not None and near.u.all()
    assert far.u is None or not far.u.any()
    assert far.v.all()


def test_guarded_out_of_range_read_is_not_performed():
    idx = ["bin", "add", ["ax", 0], ["c", 2, "int64"]]
    ok = ["bin", "lt", idx, ["c", 4, "int64"]]
    body = {"expr": ["sel", ok, ["ld", "A0", [idx]], ["c", -1, "int32"]]}
    prog = _prog(body, inputs=[{"name": "A0", "shape": [4], "dtype": "int32",
                                "fill": {"kind": "int", "lo": 0, "hi": 9}}])
    a = np.array([5, 6, 7, 8], np.int32)
    (out,) = Reference(prog, {"A0": a}).outputs()
    assert out.v.tolist() == [7, 8, -1, -1]
    assert out.p is None or not out.p.any()
    assert compare(np.array([7, 8, -1, -1], np.int32), out, "int32", "T0") is None
    assert "differ" in compare(np.array([7, 8, -1, 0], np.int32), out, "int32", "T0")


def test_inputs_are_deterministic_and_in_range():
    prog = _prog({"expr": ["c", 0, "int32"]}, inputs=[
        {"name": "A0", "shape": [50], "dtype": "int64", "fill": {"kind": "index", "hi": 7}},
        {"name": "A1", "shape": [50], "dtype": "float32",
         "fill": {"kind": "float", "grid": True, "special": 0.2}}])
    a, b = make_inputs(prog), make_inputs(prog)
    assert np.array_equal(a["A0"], b["A0"]) and np.array_equal(a["A1"], b["A1"], equal_nan=True)
    assert a["A0"].min() >= 0 and a["A0"].max() < 7
    assert np.isnan(a["A1"]).any() or np.isinf(a["A1"]).any()


_F32 = {"kind": "float", "grid": False, "special": 0.0}


def _unsure(out: Val) -> list[bool]:
    return [False] * np.size(out.v) if out.u is None else \
        np.broadcast_to(out.u, np.shape(out.v)).ravel().tolist()


def test_regrouped_sum_terms_that_may_overflow_are_uncertain_under_reassociate():
    """sum_k (A0[k] + A1[k]) with A0 = [1.5e38, -1.5e38, 1.5e38], A1 = -A0: each term is 0,
    but a reassociated kernel may add the three positive pieces first (4.5e38: inf). Fuzz
    seed 6476 (AVX2, s.reassociate()): -inf where the reference said -2.06e38."""
    src = ["bin", "add", ["ld", "A0", [["rk", 0]]], ["ld", "A1", [["rk", 0]]]]
    body = {"reduce": {"reducer": "sum", "axes": [[0, 3]], "src": [src], "where": None}}
    prog = _prog(body, shape=(1,), inputs=[{"name": n, "shape": [3], "dtype": "float32",
                                            "fill": _F32} for n in ("A0", "A1")])
    a = np.array([1.5e38, -1.5e38, 1.5e38], np.float32)
    arrays = {"A0": a, "A1": -a}
    assert _unsure(Reference(prog, arrays).outputs()[0]) == [False]  # in order: exact 0
    assert _unsure(Reference(prog, arrays, reassoc=True).outputs()[0]) == [True]
    small = {"A0": a / 1e30, "A1": -a / 1e30}  # no order overflows: still checked
    assert _unsure(Reference(prog, small, reassoc=True).outputs()[0]) == [False]


def test_regrouped_expression_that_may_overflow_is_uncertain_under_reassociate():
    """A0 + (A1 + (A2 + A3)) with 1.2e38, 1.2e38, 1.2e38, -1.2e38 is 2.4e38 in order, inf
    regrouped as ((A0 + A1) + A2) + A3."""
    ld = lambda n: ["ld", n, [["ax", 0]]]  # noqa: E731
    body = {"expr": ["bin", "add", ld("A0"), ["bin", "add", ld("A1"),
                                              ["bin", "add", ld("A2"), ld("A3")]]]}
    prog = _prog(body, shape=(2,), inputs=[{"name": n, "shape": [2], "dtype": "float32",
                                            "fill": _F32} for n in ("A0", "A1", "A2", "A3")])
    big = np.float32(1.2e38)
    arrays = {"A0": np.array([big, 1.0], np.float32), "A1": np.array([big, 2.0], np.float32),
              "A2": np.array([big, 3.0], np.float32), "A3": np.array([-big, 4.0], np.float32)}
    assert _unsure(Reference(prog, arrays).outputs()[0]) == [False, False]
    assert _unsure(Reference(prog, arrays, reassoc=True).outputs()[0]) == [True, False]
