"""Forward-mode products of a DSL function on concrete arrays: ``jvp`` and ``hvp`` (layer 9).

``fn`` is a builder like the ones in ``tcomp.ops``: it takes DSL placeholders (and
constant ``attrs``) and returns one DSL tensor. ``tcomp.autodiff.jvp``/``hvp`` derive the
product's compute definition, which is scheduled with ``tc.auto_schedule`` and
built once per (fn, input shapes and dtypes, attrs, differentiated inputs); later calls with
the same shapes reuse the compiled kernel. Inputs are numpy arrays or ``nn.Tensor``s; a
``None`` tangent leaves an input out (an integer target, a constant)::

    out, dout = forward_ad.jvp(layers.softmax_last, [x], [dx])
    hv, _ = forward_ad.hvp(layers.cross_entropy, [logits, target], [v, None])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .. import autodiff
from ..dsl.printer import topo_ops
from ..dsl.tensor import PlaceholderOp
from ..dsl.tensor import Tensor as DTensor
from ..errors import DSLShapeError, DSLTypeError
from .tensor import Tensor

_CACHE: dict[tuple[Any, ...], list[Any]] = {}


def _build(out: DTensor, params: list[DTensor], name: str) -> Any:
    import tcomp as tc

    s = tc.auto_schedule(out)
    args = [op.output(0) for op in topo_ops(out) if isinstance(op, PlaceholderOp)]
    kern = tc.build(s, [*args, out], name="".join(c if c.isalnum() else "_" for c in name),
                    tuned=True)
    pos = [params.index(a) for a in args]
    shape = tuple(int(d.value) for d in out.shape)
    return kern, pos, shape, out.dtype.np


def _compiled(kind: str, fn: Callable[..., Any], arrays: list[np.ndarray], mask: tuple[bool, ...],
              attrs: tuple[Any, ...]) -> list[Any]:
    import tcomp as tc

    key = (kind, fn, tuple((a.shape, str(a.dtype)) for a in arrays), mask, attrs)
    got = _CACHE.get(key)
    if got is not None:
        return got
    params = [tc.placeholder(a.shape, str(a.dtype), f"in{k}") for k, a in enumerate(arrays)]
    vecs = [tc.placeholder(a.shape, str(a.dtype), f"tan{k}")
            for k, a in enumerate(arrays) if mask[k]]
    y = fn(*params, *attrs)
    if not isinstance(y, DTensor):
        raise DSLTypeError(f"forward_ad.{kind}: fn must return one DSL tensor, got "
                           f"{type(y).__name__}")
    xs = [p for p, m in zip(params, mask, strict=True) if m]
    every = params + vecs
    name = getattr(fn, "__name__", "fn")
    if kind == "jvp":
        outs = [y, autodiff.jvp(y, xs, vecs)]
    else:
        outs = autodiff.hvp(y, xs, vecs)
    got = _CACHE[key] = [_build(o, every, f"{name}_{kind}{n}") for n, o in enumerate(outs)]
    return got


def _arrays(kind: str, primals: Sequence[Any], tangents: Sequence[Any]
            ) -> tuple[list[np.ndarray], list[np.ndarray]]:
    if len(primals) != len(tangents):
        raise DSLShapeError(f"forward_ad.{kind}: {len(primals)} primal(s) but {len(tangents)} "
                            "tangent(s); give one per primal (None for no tangent)")
    xs = [np.require(p.data if isinstance(p, Tensor) else np.asarray(p), requirements="C")
          for p in primals]
    ts = []
    for k, (x, t) in enumerate(zip(xs, tangents, strict=True)):
        if t is None:
            continue
        a = np.require(t.data if isinstance(t, Tensor) else np.asarray(t), requirements="C")
        if a.shape != x.shape or a.dtype != x.dtype:
            cls = DSLTypeError if a.dtype != x.dtype else DSLShapeError
            raise cls(f"forward_ad.{kind}: tangent {k} is {a.dtype}{list(a.shape)}, "
                      f"primal {k} is {x.dtype}{list(x.shape)}; they must match")
        ts.append(a)
    if not ts:
        raise DSLShapeError(f"forward_ad.{kind}: every tangent is None; nothing to differentiate")
    return xs, ts


def _run(built: list[Any], every: list[np.ndarray]) -> list[Tensor]:
    res = []
    for kern, pos, shape, dt in built:
        out = np.empty(shape, dt)
        kern(*[every[p] for p in pos], out)
        res.append(Tensor(out))
    return res


def jvp(fn: Callable[..., Any], primals: Sequence[Any], tangents: Sequence[Any],
        attrs: tuple[Any, ...] = ()) -> tuple[Tensor, Tensor]:
    """``(fn(*primals), J_fn(primals) . tangents)`` as nn Tensors (no gradient tracking)."""
    xs, ts = _arrays("jvp", primals, tangents)
    mask = tuple(t is not None for t in tangents)
    out, tan = _run(_compiled("jvp", fn, xs, mask, tuple(attrs)), xs + ts)
    return out, tan


def hvp(fn: Callable[..., Any], primals: Sequence[Any], vectors: Sequence[Any],
        attrs: tuple[Any, ...] = ()) -> list[Tensor | None]:
    """Hessian-vector products of the scalar ``fn(*primals)``: one per primal with a vector
    (``sum_j d2 fn / dx_i dx_j . v_j``), None where the vector is None."""
    xs, vs = _arrays("hvp", primals, vectors)
    mask = tuple(v is not None for v in vectors)
    got = iter(_run(_compiled("hvp", fn, xs, mask, tuple(attrs)), xs + vs))
    return [next(got) if m else None for m in mask]


def clear_cache() -> None:
    """Forget the compiled products (tc.build's disk cache still avoids recompiling)."""
    _CACHE.clear()


__all__ = ["clear_cache", "hvp", "jvp"]
