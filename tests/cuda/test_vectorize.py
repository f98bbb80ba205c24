"""Vectorized loads and stores in GPU kernels: float4 PTX (ld/st.global.v4) and CUDA C where
the index is provably a multiple of 4, a scalar tail for non-divisible sizes, scalar accesses
where alignment can't be proven; the emulated kernels equal the reference evaluator."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import schedules.cuda as sc
import tcomp as tc
from tcomp.codegen.cuda.align import known_multiple, vector_alignment
from tcomp.ir import expr as E
from tcomp.ops.linalg import matmul

V4_LOAD = re.compile(r"ld\.global(\.nc)?\.v4\.(b|f)32")
V4_STORE = re.compile(r"st\.global\.v4\.(b|f)32")


def _chain(n: int, m: int, vec: int = 4, threads: int = 32):
    X = tc.placeholder((n, m), name="X")
    a = tc.compute((n, m), lambda i, j: X[i, j] * 2.0 + 1.0, name="a")
    b = tc.compute((n, m), lambda i, j: tc.tanh(a[i, j]) - X[i, j], name="b")
    s, args = sc.elementwise_chain([a, b], [X], threads=threads, vec=vec)
    return s, args, [b]


def _mm(n: int, m: int, k: int, **knobs):
    A = tc.placeholder((n, k), name="A")
    B = tc.placeholder((k, m), name="B")
    C = matmul(A, B)
    s, args = sc.matmul(A, B, C, **knobs)
    return s, args, [C]


@pytest.mark.parametrize("shape", [(64, 32), (33, 17)])
def test_elementwise_template_uses_float4(H, need_ptxas, tmp_path, shape):
    s, args, outs = _chain(*shape)
    H.check_emulated(s, args, outs)
    for arch in ("sm_80", "sm_90"):
        f = tc.build(s, args, target=f"cuda -arch={arch}")
        ptx = f.source("ptx")
        H.ptxas(ptx, arch, tmp_path)
        assert V4_LOAD.search(ptx) and V4_STORE.search(ptx), ptx
        # the alignment is proven by tcomp (align.py), not left to LLVM to infer
        assert re.search(r"load <4 x float>, ptr addrspace\(1\) %\S+, align 16", f.source("llvm"))
    cu = f.source("cuda")
    assert "*reinterpret_cast<const float4*>(&X[" in cu and "make_float4(" in cu


def test_non_divisible_size_keeps_a_scalar_tail(H):
    s, args, outs = _chain(1, 4 * 37 + 3, threads=8)
    f = tc.build(s, args, target="cuda")
    ir = f.source("ir")
    assert "ramp(" in ir  # the vector path of the threads whose 4 lanes are in bounds
    assert re.search(r"for i\.j\.fused\.inner in 0\.\.4:\n\s+if ", ir)  # the tail's checks
    H.check_emulated(s, args, outs)


def test_matmul_staging_uses_float4(H, need_ptxas, tmp_path):
    s, args, outs = _mm(32, 32, 16, block=16, thread=4, kt=8)
    H.check_emulated(s, args, outs, rtol=1e-4)
    for arch in ("sm_80", "sm_90"):
        f = tc.build(s, args, target=f"cuda -arch={arch}")
        ptx = f.source("ptx")
        H.ptxas(ptx, arch, tmp_path)
        assert len(V4_LOAD.findall(ptx)) >= 2, ptx  # the A and the B tile copies
        assert re.search(r"st\.shared\.v4\.(b|f)32", ptx)
    # vec=1 is the scalar copy: no vector load of A or B
    s1, args1, _ = _mm(32, 32, 16, block=16, thread=4, kt=8, vec=1)
    assert not V4_LOAD.search(tc.build(s1, args1, target="cuda").source("ptx"))


@pytest.mark.parametrize("row", [33, "symbolic"])
def test_unprovable_alignment_stays_scalar(H, row):
    """Rows of 33 floats, or of a symbolic length, start at unaligned addresses."""
    m = tc.var("m") if row == "symbolic" else row
    X = tc.placeholder((16, m), name="X")
    Y = tc.compute((16, m), lambda i, j: X[i, j] * 3.0, name="Y")
    s = tc.create_schedule(Y)
    i, j = s[Y].op.axis
    jo, jv = s[Y].split(j, factor=4)
    bo, to = s[Y].split(jo, factor=8)
    s[Y].bind(i, "blockIdx.y")
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(to, "threadIdx.x")
    s[Y].vectorize(jv)
    f = tc.build(s, [X, Y], target="cuda")
    assert not V4_LOAD.search(f.source("ptx")) and not V4_STORE.search(f.source("ptx"))
    assert "float4" not in f.source("cuda")
    x = np.random.default_rng(1).standard_normal((16, 33)).astype(np.float32)
    y = np.zeros_like(x)
    f.emulate(x, y)
    np.testing.assert_allclose(y, x * 3.0, rtol=1e-6)


def test_known_multiple_and_alignment():
    a, b = E.Var("a"), E.Var("b")
    assert known_multiple(a * 256 + b * 4) == 4
    assert known_multiple(a * 256 + b * 4 + 2) == 2
    assert known_multiple((a * 8 + 4) * 6) == 24
    assert known_multiple(a * 4, {a: 3}) == 12  # a let-bound to a multiple of 3
    assert known_multiple(a // 4 * 4 + b) == 1
    assert vector_alignment(a * 256 + b * 4, 4, 4) == 16
    assert vector_alignment(a * 256 + b * 2, 4, 4) == 8
    assert vector_alignment(a * 256 + b * 4, 4, 2) == 8  # at most the access size
    assert vector_alignment(a * 64, 8, 4) == 16  # at most 16 bytes
    assert vector_alignment(a + 1, 4, 4) == 4


@settings(max_examples=60, deadline=None)
@given(terms=st.lists(st.tuples(st.integers(-64, 64), st.integers(-50, 50)), min_size=1,
                      max_size=4), const=st.integers(-100, 100))
def test_known_multiple_divides_every_value(terms, const):
    vs = [E.Var(f"v{i}") for i in range(len(terms))]
    e: E.Expr = E.const(const)
    for v, (c, _) in zip(vs, terms, strict=False):
        e = e + v * c
    m = known_multiple(e)
    value = const + sum(c * x for c, x in terms)
    assert value % m == 0


@settings(max_examples=12, deadline=None)
@given(n=st.integers(1, 70), vec=st.sampled_from([2, 4, 8]), threads=st.sampled_from([1, 4, 16]))
def test_random_vector_widths_and_sizes(H, n, vec, threads):
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: tc.exp(X[i]) - X[i] * 0.5, name="Y")
    s, args = sc.elementwise_chain([Y], [X], threads=threads, vec=vec)
    H.check_emulated(s, args, [Y])
