"""Workloads named by a factory (``"module:function"`` + JSON kwargs), and built-in ones (layer 8).

Measurement runs in other processes; they rebuild the computation by importing the factory
and calling it with the same kwargs, so nothing is pickled. A factory returns
``(outputs, args)``: the output tensors and the kernel's argument list (inputs, then outputs).
"""

from __future__ import annotations

import importlib
import json
import math
from dataclasses import dataclass, field
from typing import Any

import tcomp as tc
from tcomp.errors import TcompError


class WorkloadError(TcompError, ValueError):
    """A workload factory can't be found or returns something else than (outputs, args)."""


@dataclass(frozen=True)
class Workload:
    """A computation that any process can rebuild: ``factory`` is ``"module:function"``."""

    factory: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if ":" not in self.factory:
            raise WorkloadError(f"workload factory {self.factory!r} must look like "
                                "'package.module:function'")
        try:
            json.dumps(self.kwargs, sort_keys=True)
        except TypeError as exc:
            raise WorkloadError(f"kwargs of workload {self.factory!r} must be JSON values "
                                f"(numbers, strings, lists): {exc}") from exc

    def __hash__(self) -> int:
        return hash(self.spec_json())

    def spec(self) -> dict[str, Any]:
        return {"factory": self.factory, "kwargs": dict(self.kwargs)}

    def spec_json(self) -> str:
        return json.dumps(self.spec(), sort_keys=True)

    @staticmethod
    def from_spec(spec: dict[str, Any] | str) -> Workload:
        d = json.loads(spec) if isinstance(spec, str) else spec
        return Workload(d["factory"], dict(d.get("kwargs", {})))

    @property
    def name(self) -> str:
        if "graph" in self.kwargs:  # tcomp.dsl.serial:workload: the graph itself is no name
            return str(self.kwargs.get("name") or "graph")
        args = ",".join(f"{k}={v}" for k, v in sorted(self.kwargs.items()))
        return f"{self.factory.rsplit(':', 1)[1]}({args})"

    def build(self) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
        """Import the factory and call it: ``(outputs, args)``."""
        mod_name, _, fn_name = self.factory.partition(":")
        try:
            fn = getattr(importlib.import_module(mod_name), fn_name)
        except (ImportError, AttributeError) as exc:
            raise WorkloadError(f"can't load workload factory '{self.factory}': {exc}; it must "
                                "be importable in a fresh process (on sys.path)") from exc
        res = fn(**self.kwargs)
        if not (isinstance(res, tuple) and len(res) == 2):
            raise WorkloadError(f"workload factory '{self.factory}' must return "
                                f"(outputs, args), got {type(res).__name__}")
        outs, args = res
        outs = [outs] if isinstance(outs, tc.Tensor) else list(outs)
        return outs, list(args)


def flop_count(outputs: list[tc.Tensor]) -> float:
    """Floating-point operations of a graph: 2 per multiply-add in reductions, 1 per output
    element elsewhere (a rough count for GFLOP/s display)."""
    E = tc.ir.expr
    total = 0.0
    seen: set[int] = set()
    todo = [t.op for t in outputs]
    while todo:
        op = todo.pop()
        if id(op) in seen or not hasattr(op, "body"):
            continue
        seen.add(id(op))
        todo.extend(t.op for t in op.input_tensors)
        sp = math.prod(int(iv.dom.extent.value) if isinstance(iv.dom.extent, E.Const) else 1
                       for iv in op.axis)
        red = math.prod(int(iv.dom.extent.value) if isinstance(iv.dom.extent, E.Const) else 1
                        for iv in op.reduce_axis)
        total += sp * (2 * red if op.is_reduction else 1)
    return float(total)


# ----------------------------------------------------------------------------- built-ins
def matmul(n: int = 64, m: int | None = None, k: int | None = None,
           dtype: str = "float32") -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """``C[n, m] = A[n, k] @ B[k, m]``."""
    from tcomp.ops import linalg

    m = n if m is None else m
    k = n if k is None else k
    A = tc.placeholder((n, k), dtype, name="A")
    B = tc.placeholder((k, m), dtype, name="B")
    C = linalg.matmul(A, B)
    return [C], [A, B, C]


def batch_matmul(b: int = 4, n: int = 64, m: int = 64, k: int = 64
                 ) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    from tcomp.ops import linalg

    A = tc.placeholder((b, n, k), name="A")
    B = tc.placeholder((b, k, m), name="B")
    C = linalg.batch_matmul(A, B)
    return [C], [A, B, C]


def conv2d(n: int = 1, c: int = 64, k: int = 64, size: int = 56, kernel: int = 3,
           pad: int = 1, groups: int = 1) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """NCHW conv2d, OIHW weights (``groups=c`` makes it depthwise)."""
    from tcomp.ops import conv

    X = tc.placeholder((n, c, size, size), name="X")
    W = tc.placeholder((k, c // groups, kernel, kernel), name="W")
    Y = conv.conv2d(X, W, padding=pad, groups=groups)
    return [Y], [X, W, Y]


def pool2d(n: int = 1, c: int = 16, size: int = 32, kernel: int = 2, stride: int = 2,
           kind: str = "max") -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    from tcomp.ops import conv

    X = tc.placeholder((n, c, size, size), name="X")
    Y = conv.pool2d(X, kernel, stride, kind)
    return [Y], [X, Y]


def softmax(n: int = 64, m: int = 128) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    from tcomp.ops import reduce

    X = tc.placeholder((n, m), name="X")
    y = reduce.softmax(X)[-1]
    return [y], [X, y]


def row_sum(n: int = 64, m: int = 256) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    X = tc.placeholder((n, m), name="X")
    r = tc.reduce_axis(m, name="k")
    y = tc.compute((n,), lambda i: tc.sum(X[i, r], axis=r), name="rowsum")
    return [y], [X, y]


def capsule_routing(batch: int = 32, in_caps: int = 1152, out_caps: int = 10, in_dim: int = 8,
                    out_dim: int = 16, iterations: int = 3
                    ) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """CapsNet forward from primary capsules: ``u_hat = W u`` then routing by agreement.

    No template covers it: it tunes in the automatic space.
    """
    from tcomp.ops import capsule

    u = tc.placeholder((batch, in_caps, in_dim), name="u")
    W = tc.placeholder((in_caps, out_caps, out_dim, in_dim), name="W")
    r = tc.reduce_axis(in_dim, name="q")
    uhat = tc.compute((batch, in_caps, out_caps, out_dim),
                      lambda b, i, j, d: tc.sum(W[i, j, d, r] * u[b, i, r], axis=r), name="uhat")
    v = capsule.dynamic_routing(uhat, iterations)
    return [v], [u, W, v]


def gelu_dense(n: int = 64, m: int = 64) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    from tcomp.ops import activation

    X = tc.placeholder((n, m), name="X")
    W = tc.placeholder((m,), name="W")
    Bias = tc.placeholder((m,), name="Bias")
    y = activation.gelu_tanh(X, W, Bias)[-1]
    return [y], [X, W, Bias, y]


def attention_head(seq: int = 128, d: int = 64) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """One attention head: ``softmax(Q K^T / sqrt(d)) V`` over rows of ``seq`` queries."""
    from tcomp.ops import reduce

    Q = tc.placeholder((seq, d), name="Q")
    K = tc.placeholder((seq, d), name="K")
    V = tc.placeholder((seq, d), name="V")
    r = tc.reduce_axis(d, name="d")
    scale = 1.0 / math.sqrt(d)
    S = tc.compute((seq, seq), lambda i, j: tc.sum(Q[i, r] * K[j, r] * scale, axis=r),
                   name="S")
    P = reduce.softmax_last(S, name="P")
    t = tc.reduce_axis(seq, name="t")
    Out = tc.compute((seq, d), lambda i, c: tc.sum(P[i, t] * V[t, c], axis=t), name="O")
    return [Out], [Q, K, V, Out]


def lstm_cell(batch: int = 64, n: int = 256) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """One LSTM step: ``g = x Wx + h Wh + b``; ``c' = f c + i tanh(g_c)``,
    ``h' = o tanh(c')`` (gates i, f, g, o in that order along g's columns)."""
    X = tc.placeholder((batch, n), name="X")
    H = tc.placeholder((batch, n), name="H")
    C = tc.placeholder((batch, n), name="C")
    Wx = tc.placeholder((n, 4 * n), name="Wx")
    Wh = tc.placeholder((n, 4 * n), name="Wh")
    B = tc.placeholder((4 * n,), name="B")
    k = tc.reduce_axis(n, name="k")
    G = tc.compute((batch, 4 * n), lambda b, j: tc.sum(X[b, k] * Wx[k, j] + H[b, k] * Wh[k, j],
                                                       axis=k), name="G")
    Cn = tc.compute((batch, n), lambda b, j: tc.sigmoid(G[b, n + j] + B[n + j]) * C[b, j]
                    + tc.sigmoid(G[b, j] + B[j]) * tc.tanh(G[b, 2 * n + j] + B[2 * n + j]),
                    name="Cn")
    Hn = tc.compute((batch, n), lambda b, j: tc.sigmoid(G[b, 3 * n + j] + B[3 * n + j])
                    * tc.tanh(Cn[b, j]), name="Hn")
    return [Cn, Hn], [X, H, C, Wx, Wh, B, Cn, Hn]


def maxpool_relu(n: int = 16, c: int = 64, size: int = 56
                 ) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """``relu(max_pool2d(X, 2, stride 2))`` on NCHW."""
    from tcomp.ops import conv

    X = tc.placeholder((n, c, size, size), name="X")
    P = conv.pool2d(X, 2, 2, "max")
    h = size // 2
    Y = tc.compute((n, c, h, h), lambda b, q, i, j: tc.max(P[b, q, i, j], 0.0), name="relu")
    return [Y], [X, Y]


def capsule_squash(batch: int = 64, caps: int = 1152, dim: int = 8
                   ) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """CapsNet's squash over the last axis of ``[batch, caps, dim]``."""
    from tcomp.ops import capsule

    S = tc.placeholder((batch, caps, dim), name="S")
    V = capsule.squash(S)
    return [V], [S, V]


def causal_conv1d(batch: int = 8, channels: int = 256, length: int = 1024, width: int = 4
                  ) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    """Causal depthwise conv1d: ``y[b, c, t] = sum_k w[c, k] x[b, c, t - k]``, zero before
    the start (as in Mamba's and Hyena's short convolutions)."""
    X = tc.placeholder((batch, channels, length), name="X")
    W = tc.placeholder((channels, width), name="W")
    k = tc.reduce_axis(width, name="k")
    Y = tc.compute((batch, channels, length),
                   lambda b, c, t: tc.sum(W[c, k] * X[b, c, t - k], axis=k, where=t >= k),
                   name="Y")
    return [Y], [X, W, Y]


def layer_norm(rows: int = 4096, n: int = 1024) -> tuple[list[tc.Tensor], list[tc.Tensor]]:
    from tcomp.ops import reduce

    X = tc.placeholder((rows, n), name="X")
    W = tc.placeholder((n,), name="W")
    B = tc.placeholder((n,), name="B")
    y = reduce.layer_norm_rows(X, W, B)[-1]
    return [y], [X, W, B, y]


BUILTIN = {name: f"autotune.workloads:{name}" for name in (
    "matmul", "batch_matmul", "conv2d", "pool2d", "softmax", "row_sum", "capsule_routing",
    "gelu_dense", "attention_head", "lstm_cell", "maxpool_relu", "capsule_squash",
    "causal_conv1d", "layer_norm")}


def resolve(name_or_factory: str, kwargs: dict[str, Any] | None = None) -> Workload:
    """``"matmul"`` (a built-in) or ``"pkg.mod:fn"`` plus kwargs -> Workload."""
    factory = BUILTIN.get(name_or_factory, name_or_factory)
    if ":" not in factory:
        raise WorkloadError(f"unknown workload {name_or_factory!r}; built-ins: "
                            f"{', '.join(sorted(BUILTIN))}, or give 'package.module:function'")
    return Workload(factory, dict(kwargs or {}))


__all__ = ["BUILTIN", "Workload", "WorkloadError", "flop_count", "resolve"]
