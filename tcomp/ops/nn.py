"""Declarations of matmul, the GELU epilogue chain, row softmax and layer norm (layer 6)."""

from __future__ import annotations

from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..errors import DSLShapeError
from ..ir import expr as E


def _same(a: E.Expr, b: E.Expr) -> bool:
    return a == b or (isinstance(a, E.Const) and isinstance(b, E.Const) and a.value == b.value)


def matmul(A: Tensor, B: Tensor, name: str = "C") -> Tensor:
    """``C[i, j] = sum_k A[i, k] * B[k, j]``."""
    if A.ndim != 2 or B.ndim != 2:
        raise DSLShapeError(f"matmul: '{A.name}' and '{B.name}' must be 2-D, got shapes "
                            f"{list(A.shape)} and {list(B.shape)}")
    if not _same(A.shape[1], B.shape[0]):
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
    if not _same(X.shape[1], W.shape[1]):
        raise DSLShapeError(f"dense: '{X.name}' is {list(X.shape)} but '{W.name}' is "
                            f"{list(W.shape)}; their last dimensions must match")
    k = dsl.reduce_axis(X.shape[1], name="k")
    return dsl.compute((X.shape[0], W.shape[0]),
                       lambda i, j: dsl.sum(X[i, k] * W[j, k], axis=k), name=name, tag="dense")


def gelu_tanh(X: Tensor, W: Tensor, Bias: Tensor, name: str = "Y") -> list[Tensor]:
    """``Y = gelu_tanh(X * W + Bias)`` with ``W``, ``Bias`` broadcast along rows.

    Returns the stages ``[Z, Y]`` (``Z = X * W + Bias``) so a schedule can inline ``Z``.
    """
    if X.ndim != 2 or W.ndim != 1 or Bias.ndim != 1:
        raise DSLShapeError("gelu_tanh: expects X 2-D and W, Bias 1-D")
    n, m = X.shape
    z = dsl.compute((n, m), lambda i, j: X[i, j] * W[j] + Bias[j], name=f"{name}.z")
    c = 0.7978845608028654

    def gelu(i: E.Var, j: E.Var) -> E.Expr:
        # 0.5 v (1 + tanh(u)) with u = c (v + 0.044715 v^3) is v sigmoid(2u) = v / (1 + e^-2u)
        # (Halide's form too): one exp and a division, where tanh costs an expm1, a division
        # and sign fix-ups, and no 1 + tanh(u) that cancels for negative v. The chain was
        # compute-bound on the tanh form (AVX2, Zen 2: 0.76 -> 0.56 ns per element).
        v = z[i, j]
        return v / (1.0 + dsl.exp(v * ((-2.0 * c) + (-2.0 * 0.044715 * c) * (v * v))))

    return [z, dsl.compute((n, m), gelu, name=name)]


def softmax(X: Tensor, name: str = "Y") -> list[Tensor]:
    """Row softmax in three stages: row max, exp-sum, divide.

    Returns ``[mx, e, s, Y]`` so schedules can place each stage.
    """
    if X.ndim != 2:
        raise DSLShapeError(f"softmax: '{X.name}' must be 2-D, got {list(X.shape)}")
    n, m = X.shape
    k1 = dsl.reduce_axis(m, name="k")
    mx = dsl.compute((n,), lambda i: dsl.max(X[i, k1], axis=k1), name=f"{name}.max")
    e = dsl.compute((n, m), lambda i, j: dsl.exp(X[i, j] - mx[i]), name=f"{name}.exp")
    k2 = dsl.reduce_axis(m, name="k")
    s = dsl.compute((n,), lambda i: dsl.sum(e[i, k2], axis=k2), name=f"{name}.sum")
    # Times the row's reciprocal (within an ulp of e / s, as PyTorch's CPU softmax): one
    # division per row, where a vector division per element bound the whole kernel.
    y = dsl.compute((n, m), lambda i, j: e[i, j] * (1.0 / s[i]), name=name)
    return [mx, e, s, y]


def layer_norm(X: Tensor, W: Tensor, Bias: Tensor, eps: float = 1e-5,
               name: str = "Y") -> list[Tensor]:
    """Layer norm over the rows of a 2-D ``X``, scaled by ``W`` and shifted by ``Bias``.

    Returns the stages ``[sum, mean, sqsum, rstd, Y]`` (``ops.layers.layer_norm_stages``)
    so schedules can place each one.
    """
    from .layers import layer_norm_stages

    if X.ndim != 2 or W.ndim != 1 or Bias.ndim != 1:
        raise DSLShapeError(f"layer_norm: expects '{X.name}' 2-D and '{W.name}', "
                            f"'{Bias.name}' 1-D, got {list(X.shape)}, {list(W.shape)}, "
                            f"{list(Bias.shape)}")
    if not (_same(W.shape[0], X.shape[1]) and _same(Bias.shape[0], X.shape[1])):
        raise DSLShapeError(f"layer_norm: '{W.name}' {list(W.shape)} and '{Bias.name}' "
                            f"{list(Bias.shape)} must match the rows of '{X.name}' "
                            f"{list(X.shape)}")
    return layer_norm_stages(X, W, Bias, eps, name)
