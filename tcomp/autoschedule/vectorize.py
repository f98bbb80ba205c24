"""Vector loops of the automatic schedule: the trailing axes every read indexes alike,
fused and vectorized (layer 6).
"""

from __future__ import annotations

import math
from typing import Any

from ..codegen.target import Target
from ..ir import expr as E
from ..ir.visitor import walk
from .graph import const_extent


def place_and_vectorize(st: Any, sp: list[Any], target: Target) -> None:
    """Loops ``sp`` of a stage in the fused sketch: its reduction outermost when it reduces
    more than ``sp`` holds, else around the last axis; its contiguous trailing axes
    vectorized."""
    red = list(st.op.reduce_axis)
    if not sp:
        return
    if red and math.prod(const_extent(iv) for iv in red) >= math.prod(
            const_extent(iv) for iv in sp):
        st.reorder(*red, *sp)
        vectorize_trailing(st, sp, target)
    elif red:
        st.reorder(*sp[:-1], *red, sp[-1])
        last = const_extent(sp[-1])
        if last >= 8 and last % 8 == 0:
            vectorize_trailing(st, sp[-1:], target)
        elif 1 < last <= MAX_UNROLL:
            st.unroll(sp[-1])
    else:
        vectorize_trailing(st, sp, target, shortest=True)


MAX_UNROLL = 32  # a loop of up to this many iterations may be unrolled


def vectorize_trailing(st: Any, axes: list[Any], target: Target, shortest: bool = False
                       ) -> None:
    """Vectorize the innermost loops: the trailing ``axes`` that every read indexes the
    same way as the stage's own output (or not at all) are fused, so the flattened index
    stays contiguous; an axis read differently (``M[b, i, 0]`` beside ``A[b, i, j]``)
    stops the fusion, since lanes across it would need a gather per lane. With ``shortest``
    only the shortest suffix that fills whole vectors is fused: a stage whose inlined
    producers are smaller than it (``c[i, j] * U[i, j, d]``) then reads them at loop
    indices, where over the fused axis each vector recomputed ``f // 16 % 10`` and the like
    (a third of capsule routing's gradient)."""
    axes = _uniformly_read_suffix(st.op, axes)
    if not axes:
        return
    full = target.vector_lanes(st.op.output(0).dtype)
    if shortest:
        for n in range(1, len(axes)):
            if math.prod(const_extent(iv) for iv in axes[-n:]) % full == 0:
                axes = axes[-n:]
                break
    total = math.prod(const_extent(iv) for iv in axes)
    f = st.fuse(*axes) if len(axes) > 1 else axes[0]
    if total < 8:
        if 1 < total <= MAX_UNROLL:
            st.unroll(f)
        return
    lanes = next((n for n in (full, full // 2) if n >= 4 and total % n == 0), None)
    if lanes is None and total <= full:
        st.vectorize(f)  # one vector of an odd width (10 lanes)
        return
    lanes = lanes or full
    if total == lanes:
        st.vectorize(f)
        return
    _, vi = st.split(f, factor=lanes)
    st.vectorize(vi)


def _uniformly_read_suffix(op: Any, axes: list[Any]) -> list[Any]:
    """The longest suffix of ``axes`` that each input read of ``op`` either ignores or
    indexes with exactly those axes, as its own last indices in the same order."""
    loads = [n for b in op.body for n in walk(b) if isinstance(n, E.ProducerLoad)]
    out: list[Any] = []
    for iv in reversed(axes):
        cand = [iv, *out]
        vs = [a.var for a in cand]
        ok = True
        for ld in loads:
            uses = [any(n is v for n in walk(ix) for v in vs) for ix in ld.indices]
            if not any(uses):
                continue
            tail = ld.indices[len(ld.indices) - len(vs):]
            if len(ld.indices) < len(vs) or any(a is not v for a, v in zip(tail, vs, strict=True)) \
                    or any(uses[: len(ld.indices) - len(vs)]):
                ok = False
                break
        if not ok:
            break
        out = cand
    return out
