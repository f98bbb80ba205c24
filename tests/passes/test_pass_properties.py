"""Property test: split loops with random loop kinds keep their results through the passes."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tcomp import dtypes
from tcomp.ir import (
    Buffer,
    For,
    ForKind,
    If,
    Load,
    PrimFunc,
    Store,
    Var,
    as_expr,
    const,
    decl_buffer,
    seq,
    walk,
)
from tcomp.passes import Pass, flatten_buffers, remove_noops, run_pipeline, unroll, vectorize

f32 = dtypes.float32
PASSES = [Pass("remove_noops", remove_noops), Pass("flatten_buffers", flatten_buffers),
          Pass("vectorize", vectorize), Pass("unroll", unroll),
          Pass("remove_noops", remove_noops)]


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(as_expr(i) for i in idx), buf.dtype)


def _build(n: int, factor: int, outer: ForKind, inner: ForKind, kind: str) -> PrimFunc:
    """Over rows r < 2 and i < n, split i by ``factor`` (guarded when it doesn't divide):
    map:    C[r, i] = A[r, i] * 2 + B[i // 2]
    reduce: S[r] += A[r, i]
    """
    a = decl_buffer((2, n), f32, "A")
    b = decl_buffer((n,), f32, "B")
    out = decl_buffer((2, n) if kind == "map" else (2,), f32, "C" if kind == "map" else "S")
    r, io, ii = Var("r"), Var("io"), Var("ii")
    i = io * factor + ii
    if kind == "map":
        body = Store(out, (r, i), ld(a, r, i) * 2.0 + ld(b, i // 2))
    else:
        body = Store(out, (r,), ld(out, r) + ld(a, r, i))
    if n % factor:
        body = If(i < n, body)
    nest = For(io, const(0), const(-(-n // factor)), outer,
               For(ii, const(0), const(factor), inner, body))
    if kind == "reduce":
        nest = seq(Store(out, (r,), const(0.0)), nest)
    return PrimFunc(f"{kind}_{n}_{factor}", (a, b, out),
                    For(r, const(0), const(2), ForKind.SERIAL, nest))


# The `run` fixture is stateless, so sharing it between examples is fine.
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(1, 40),
    factor=st.integers(1, 20),
    outer=st.sampled_from([ForKind.SERIAL, ForKind.UNROLLED]),
    inner=st.sampled_from([ForKind.SERIAL, ForKind.VECTORIZED, ForKind.UNROLLED]),
    kind=st.sampled_from(["map", "reduce"]),
)
def test_split_loops_keep_results(run, n: int, factor: int, outer: ForKind, inner: ForKind,
                                  kind: str) -> None:
    func = _build(n, factor, outer, inner, kind)
    out = run_pipeline(func, PASSES, verify=False)
    remaining = {f.kind for f in walk(out.body) if isinstance(f, For)}
    assert remaining <= {ForKind.SERIAL}
    rng = np.random.default_rng(n * 100 + factor)
    x = rng.standard_normal((2, n)).astype(np.float32)
    y = rng.standard_normal(n).astype(np.float32)
    res = np.zeros((2, n) if kind == "map" else 2, np.float32)
    *_, got = run(out, x, y, res)
    if kind == "map":
        np.testing.assert_allclose(got, x * 2 + y[np.arange(n) // 2], rtol=1e-6)
    else:
        np.testing.assert_allclose(got, x.sum(axis=1), rtol=1e-5, atol=1e-5)
