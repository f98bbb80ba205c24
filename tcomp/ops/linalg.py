"""Products: matmul, a linear layer's dense, batched matmul, and the embedding lookup (a
one-hot matmul's gather form) (layer 6)."""

from __future__ import annotations

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from .common import same_dim, shape_of


def matmul(A: Tensor, B: Tensor, name: str = "C") -> Tensor:
    """``C[i, j] = sum_k A[i, k] * B[k, j]``."""
    if A.ndim != 2 or B.ndim != 2:
        raise DSLShapeError(f"matmul: '{A.name}' and '{B.name}' must be 2-D, got shapes "
                            f"{list(A.shape)} and {list(B.shape)}")
    if not same_dim(A.shape[1], B.shape[0]):
        raise DSLShapeError(f"matmul: inner dimensions differ: '{A.name}' is "
                            f"{list(A.shape)}, '{B.name}' is {list(B.shape)}")
    k = dsl.reduce_axis(A.shape[1], name="k")
    return dsl.compute((A.shape[0], B.shape[1]),
                       lambda i, j: dsl.sum(A[i, k] * B[k, j], axis=k), name=name, tag="matmul")


def dense(X: Tensor, W: Tensor, name: str = "dense") -> Tensor:
    """``Y[i, j] = sum_k X[i, k] * W[j, k]``: ``X @ W.T`` with ``W`` stored (out, in), as
    a linear layer keeps it; no transposed copy of ``W`` is needed."""
    if X.ndim != 2 or W.ndim != 2:
        raise DSLShapeError(f"dense: '{X.name}' and '{W.name}' must be 2-D, got shapes "
                            f"{list(X.shape)} and {list(W.shape)}")
    if not same_dim(X.shape[1], W.shape[1]):
        raise DSLShapeError(f"dense: '{X.name}' is {list(X.shape)} but '{W.name}' is "
                            f"{list(W.shape)}; their last dimensions must match")
    k = dsl.reduce_axis(X.shape[1], name="k")
    return dsl.compute((X.shape[0], W.shape[0]),
                       lambda i, j: dsl.sum(X[i, k] * W[j, k], axis=k), name=name, tag="dense")


def batch_matmul(A: Tensor, B: Tensor, name: str = "bmm") -> Tensor:
    """``C[b, i, j] = sum_k A[b, i, k] * B[b, k, j]``."""
    (b, n, k), (b2, k2, m) = shape_of(A), shape_of(B)
    if b != b2 or k != k2:
        raise DSLShapeError(f"batch_matmul: shapes {list(shape_of(A))} and "
                            f"{list(shape_of(B))} don't match")
    r = dsl.reduce_axis(k, name="k")
    return dsl.compute((b, n, m), lambda q, i, j: dsl.sum(A[q, i, r] * B[q, r, j], axis=r),
                       name=name)


def embedding(Wt: Tensor, idx: Tensor, name: str = "emb") -> Tensor:
    """``out[..., d] = Wt[idx[...], d]``."""
    ishp, (_, d) = shape_of(idx), shape_of(Wt)
    return dsl.compute((*ishp, d), lambda *i: Wt[dsl.cast("int64", idx[i[:-1]]), i[-1]],
                       name=name)


__all__ = ["batch_matmul", "dense", "embedding", "matmul"]
