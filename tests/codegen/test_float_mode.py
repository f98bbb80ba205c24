"""FloatMode: the one float-compilation option, decided at tc.build and handed down (issue 10:
``fast_math`` no longer carries "reassoc" in a bool)."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen import FloatMode
from tcomp.codegen.target import Target
from tcomp.runtime.cache import cache_key


def test_of_and_for_build():
    assert FloatMode.of(True) is FloatMode.FAST and FloatMode.of(False) is FloatMode.STRICT
    assert FloatMode.of(FloatMode.REASSOC) is FloatMode.REASSOC
    for bad in ("reassoc", 1, None):
        with pytest.raises(TypeError, match="fast_math must be a bool"):
            FloatMode.of(bad)
    assert FloatMode.for_build(False, True) is FloatMode.REASSOC
    assert FloatMode.for_build(False, False) is FloatMode.STRICT
    assert FloatMode.for_build(True, True) is FloatMode.FAST
    assert FloatMode.for_build(FloatMode.REASSOC, False) is FloatMode.REASSOC
    assert [m.approximate for m in FloatMode] == [False, False, True]


def test_each_mode_has_its_own_cache_key():
    host = Target.host()
    keys = {m: cache_key("text", host, m) for m in FloatMode}
    assert len(set(keys.values())) == 3
    assert cache_key("text", host, True) == keys[FloatMode.FAST]
    assert cache_key("text", host) == keys[FloatMode.STRICT]


def _sum_kernel(reassociate: bool, fast_math: bool):
    X = tc.placeholder((4, 64), name="X")
    k = tc.reduce_axis(64, name="k")
    Y = tc.compute((4,), lambda i: tc.sum(X[i, k] / 3.0, axis=k), name="Y")
    s = tc.create_schedule(Y)
    if reassociate:
        s.reassociate()
    return tc.build(s, [X, Y], fast_math=fast_math)


def test_build_hands_the_mode_down():
    text = {(r, f): _sum_kernel(r, f).source("llvm") for r in (False, True) for f in (False, True)}
    assert "reassoc" not in text[False, False] and " fast " not in text[False, False]
    # REASSOC: + and * reassociate, the division keeps its order (contract only)
    assert "fadd reassoc contract" in text[True, False]
    assert "fdiv contract" in text[True, False] and "fdiv reassoc" not in text[True, False]
    assert "fadd fast" in text[False, True] and text[False, True] == text[True, True]
    x = np.random.default_rng(0).standard_normal((4, 64)).astype("f4")
    for (r, f) in text:
        y = np.zeros(4, "f4")
        _sum_kernel(r, f)(x, y)
        np.testing.assert_allclose(y, (x / 3).sum(1), rtol=1e-5, atol=1e-5)


def test_build_refuses_a_fast_math_that_is_not_a_bool():
    X = tc.placeholder((8,), name="X")
    Y = tc.compute((8,), lambda i: X[i] * 2.0, name="Y")
    with pytest.raises(TypeError, match=r"fast_math must be a bool.*'reassoc'"):
        tc.build(tc.create_schedule(Y), [X, Y], fast_math="reassoc")
