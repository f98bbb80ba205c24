"""Tests of the flatten_buffers pass: golden text, numerics, buffer identity and errors."""

from __future__ import annotations

import numpy as np
import pytest

from tcomp import dtypes
from tcomp.errors import IRVerifyError
from tcomp.ir import (
    Allocate,
    Buffer,
    For,
    ForKind,
    Load,
    PrimFunc,
    Store,
    Var,
    cast,
    const,
    decl_buffer,
    seq,
    walk,
)
from tcomp.passes.flatten_buffers import flat_index, flatten_buffers

f32 = dtypes.float32


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(idx), buf.dtype)  # type: ignore[arg-type]


def loop(var: Var, ext: object, body: object, lo: object = 0) -> For:
    return For(var, const(lo) if isinstance(lo, int) else lo,  # type: ignore[arg-type]
               const(ext) if isinstance(ext, int) else ext,  # type: ignore[arg-type]
               ForKind.SERIAL, body)  # type: ignore[arg-type]


def accesses(func: PrimFunc) -> list[object]:
    return [n for n in walk(func.body) if isinstance(n, (Load, Store))]


def _flat_2d() -> PrimFunc:
    a = decl_buffer((3, 4), f32, "A")
    b = decl_buffer((3, 4), f32, "B")
    i, j = Var("i"), Var("j")
    body = loop(i, 3, loop(j, 4, Store(b, (i, j), ld(a, i, j) * 2.0)))
    return PrimFunc("scale", (a, b), body)


def test_flatten_2d(golden, run) -> None:
    func = _flat_2d()
    out = flatten_buffers(func)
    assert out.attrs["flattened"] is True
    assert out.params == func.params and out.params[0] is func.params[0]
    assert all(len(n.indices) == 1 and n.indices[0].dtype == dtypes.int64  # type: ignore
               for n in accesses(out))
    assert "flattened" not in func.attrs  # the input is not modified
    golden("flatten_2d", repr(out))
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    _, y = run(out, x, np.zeros_like(x))
    np.testing.assert_array_equal(y, x * 2)


def _func_3d() -> PrimFunc:
    a = decl_buffer((2, 3, 4), f32, "A")
    b = decl_buffer((2, 3, 4), f32, "B")
    tmp = decl_buffer((2, 3, 4), f32, "tmp", scope="local")
    i, j, k = Var("i"), Var("j"), Var("k")
    i2, j2, k2 = Var("i"), Var("j"), Var("k")
    fill = loop(i, 2, loop(j, 3, loop(k, 4, Store(tmp, (i, j, k), ld(a, i, j, k) + 1.0))))
    use = loop(i2, 2, loop(j2, 3, loop(k2, 4, Store(b, (i2, j2, k2), ld(tmp, i2, j2, k2) * 3.0))))
    return PrimFunc("f3", (a, b), Allocate(tmp, seq(fill, use)))


def test_flatten_3d_with_allocate(golden, run) -> None:
    func = _func_3d()
    out = flatten_buffers(func)
    golden("flatten_3d", repr(out))
    alloc = out.body
    assert isinstance(alloc, Allocate)
    old = func.body.buffer  # type: ignore[attr-defined]
    assert alloc.buffer is not old
    assert (alloc.buffer.name, alloc.buffer.scope, alloc.buffer.dtype) == ("tmp", "local", f32)
    assert alloc.buffer.shape == (const(24),)
    # every access of the temporary goes to the new 1-D buffer
    bufs = {n.buffer for n in accesses(out)}  # type: ignore[attr-defined]
    assert old not in bufs and alloc.buffer in bufs
    x = np.random.default_rng(0).standard_normal((2, 3, 4)).astype(np.float32)
    _, y = run(out, x, np.zeros_like(x))
    np.testing.assert_allclose(y, (x + 1) * 3, rtol=1e-6)


def test_flatten_symbolic_shapes(golden, run) -> None:
    n, m = Var("n"), Var("m")
    a = decl_buffer((n, m), f32, "A")
    b = decl_buffer((n,), f32, "B")
    row = decl_buffer((2, m), f32, "row", scope="local")
    i, j, j2 = Var("i"), Var("j"), Var("j")
    # row[1, j] = A[i, j]; B[i] = sum_j row[1, j] (accumulated in B)
    body = loop(i, n, Allocate(row, seq(
        loop(j, m, Store(row, (const(1), j), ld(a, i, j))),
        Store(b, (i,), const(0.0)),
        loop(j2, m, Store(b, (i,), ld(b, i) + ld(row, const(1), j2))),
    )))
    func = PrimFunc("rowsum", (a, b), body, (n, m))
    out = flatten_buffers(func)
    golden("flatten_symbolic", repr(out))
    assert out.dim_vars == (n, m)
    x = np.random.default_rng(1).standard_normal((3, 5)).astype(np.float32)
    _, y = run(out, x, np.zeros(3, np.float32))
    np.testing.assert_allclose(y, x.sum(axis=1), rtol=1e-5)


def test_flat_index_folds_constant_strides() -> None:
    buf = decl_buffer((2, 3, 4), f32, "A")
    i, j, k = Var("i"), Var("j"), Var("k")
    assert repr(flat_index(buf, (i, j, k))) == "i * 12 + j * 4 + k"
    assert repr(flat_index(buf, (const(1), const(2), const(3)))) == "23"


def test_fused_split_index_stays_contiguous() -> None:
    """C[x // 10, x % 10] with x = 16o + i (a fused 2-D loop split by 16) is C[16o + i]:
    the vectorizer then sees a unit-stride ramp instead of a gather."""
    a = decl_buffer((12, 10), f32, "C")
    o, i = Var("o"), Var("i")
    x = o * 16 + i
    out = flatten_buffers(PrimFunc("f", (a,), loop(o, 7, loop(i, 16, Store(
        a, (x // 10, (o * 6 + i) % 10), const(1.0))))))
    (store,) = accesses(out)
    assert repr(store) == "C[o * 16 + i] = 1.0"


def test_int32_indices_become_int64() -> None:
    a = decl_buffer((4, 4), f32, "A")
    i = Var("i", dtypes.int32)
    out = flatten_buffers(PrimFunc("f", (a,), For(i, const(0, dtypes.int32),
                                                   const(4, dtypes.int32), ForKind.SERIAL,
                                                   Store(a, (i, i), const(1.0)))))
    (store,) = accesses(out)
    assert store.indices[0].dtype == dtypes.int64  # type: ignore[attr-defined]
    assert repr(store) == "A[int64(i) * 4 + int64(i)] = 1.0"


def test_scalar_buffer_gets_one_element(run) -> None:
    acc = decl_buffer((), f32, "acc", scope="local")
    out_buf = decl_buffer((1,), f32, "out")
    func = PrimFunc("f", (out_buf,), Allocate(acc, seq(
        Store(acc, (), const(2.0)), Store(out_buf, (const(0),), ld(acc)))))
    out = flatten_buffers(func)
    assert out.body.buffer.shape == (const(1),)  # type: ignore[attr-defined]
    assert "acc[0] = 2.0" in repr(out)
    (y,) = run(out, np.zeros(1, np.float32))
    assert y[0] == 2.0


def test_idempotent_and_already_flat() -> None:
    out = flatten_buffers(_func_3d())
    assert flatten_buffers(out) is out
    a = decl_buffer((8,), f32, "A")
    i = Var("i")
    func = PrimFunc("f", (a,), loop(i, 8, Store(a, (i,), cast(f32, i))))
    flat = flatten_buffers(func)
    assert flat.body is func.body  # 1-D accesses are shared, not rebuilt


def test_rank_mismatch_is_an_ir_error() -> None:
    a = decl_buffer((4, 4), f32, "A")
    i = Var("i")
    func = PrimFunc("f", (a,), loop(i, 4, Store(a, (i,), const(0.0))))
    with pytest.raises(IRVerifyError, match=r"buffer 'A' has 2 dimension\(s\).*1 index"):
        flatten_buffers(func)
