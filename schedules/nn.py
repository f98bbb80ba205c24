"""CPU schedules for the nn operators and their autodiff-generated gradients (layer 7).

``auto_schedule(out)`` works on any DSL graph: single-use elementwise stages are inlined
into their consumer, and every remaining stage runs with its outer loops fused and
parallel and, for elementwise stages, its innermost axis vectorized.
"""

from __future__ import annotations

import math
from typing import Any

import tcomp as tc

from . import cpu

E = tc.ir.expr
walk = tc.ir.visitor.walk


def _is_compute(op: Any) -> bool:
    return hasattr(op, "body")


PARALLEL_MIN = 1 << 15  # elements times reduction work below which threads don't pay
LANES = 8


def _extent(iv: E.IterVar) -> int:
    return int(iv.dom.extent.value) if isinstance(iv.dom.extent, E.Const) else 0


def _reads(ops: list[Any]) -> dict[Any, int]:
    count: dict[Any, int] = {}
    for op in ops:
        if _is_compute(op):
            for b in op.body:
                for n in walk(b):
                    if isinstance(n, E.ProducerLoad):
                        count[n.tensor.op] = count.get(n.tensor.op, 0) + 1
    return count


def _work(op: Any) -> int:
    red = math.prod(_extent(iv) for iv in op.reduce_axis) if op.is_reduction else 1
    return math.prod(_extent(iv) for iv in op.axis) * max(red, 1)


def _is_matmul(op: Any) -> bool:
    return op.tag == "matmul" and len(op.axis) == 2


def auto_schedule(out: tc.Tensor, *, parallel: bool = True) -> tuple[tc.Schedule, list]:
    """A reasonable CPU schedule for any graph ending in ``out``; returns ``(s, [out])``."""
    ops = tc.topo_ops(out)
    s = tc.create_schedule(out)
    reads = _reads(ops)
    for op in ops:
        if not _is_compute(op) or op is out.op:
            continue
        if not op.is_reduction and op.num_outputs == 1 and reads.get(op, 0) <= 1:
            s[op].compute_inline()
    for op in ops:
        if not _is_compute(op) or op.num_outputs != 1:
            continue
        if op is not out.op and not op.is_reduction and reads.get(op, 0) <= 1:
            continue
        _loop_nest(s, op, parallel)
    return s, [out]


TILE_I, TILE_J, VEC = 8, 32, 16  # register tile of a reduction: 8 x 32 floats, 16 lanes


def _strided_reads(red: Any, jvar: Any) -> list[tuple[tc.Tensor, int]]:
    """Inputs read with ``jvar`` alone at a dimension other than the last (each once)."""
    out: list[tuple[tc.Tensor, int]] = []
    for src in red.source:
        for n in walk(src):
            if isinstance(n, E.ProducerLoad) and len(n.indices) >= 2:
                dims = [d for d, ix in enumerate(n.indices) if ix is jvar]
                if dims and dims[0] != len(n.indices) - 1 and all(
                        t is not n.tensor for t, _ in out):
                    out.append((n.tensor, dims[0]))
    return out


def _register_tiled(s: tc.Schedule, op: Any, parallel: bool) -> bool:
    """Matmul-like reductions (2+ spatial axes, a wide last axis): accumulate an 8 x 32 tile
    in registers over all reduction loops (cache_write + compute_at), vectorized 16 wide."""
    sp = list(op.axis)
    if not op.is_reduction or op.num_outputs != 1 or len(sp) < 2 or _extent(sp[-1]) < 4:
        return False
    if any(_extent(iv) == 0 for iv in sp):
        return False
    st = s[op]
    i, j = sp[-2], sp[-1]
    # A narrow last axis (a 10-class output) is one vector of that many lanes.
    vec = min(VEC, _extent(j))
    tj = TILE_J if _extent(j) >= TILE_J else vec
    # An input that the vector axis j indexes in a non-last dimension (W[j, k] in x @ W.T)
    # would be read with strided gathers: pack it into tj-wide panels, contiguous in j.
    red = op.body[0]
    for t, dim in _strided_reads(red, j.var):
        packed = s[s.cache_read(t, "global", [s[op]], layout=("pack", dim, tj))]
        axes = list(packed.op.axis)
        po, pi = packed.split(axes[dim], factor=tj)
        packed.reorder(po, *[a for d, a in enumerate(axes) if d != dim], pi)
        if parallel:
            packed.parallel(po)
    cc = s.cache_write(op.output(0), "local")
    io, jo, ii, ji = st.tile(i, j, min(TILE_I, _extent(i)), tj)
    jio, jii = st.split(ji, factor=vec)
    st.vectorize(jii)
    s[cc].compute_at(st, jo)
    ccs = s[cc]
    ci, cj = ccs.op.axis[-2], ccs.op.axis[-1]
    ccs.reorder(*ccs.op.reduce_axis, ci, cj)
    cjo, cji = ccs.split(cj, factor=vec)
    ccs.unroll(ci)
    ccs.unroll(cjo)
    ccs.vectorize(cji)
    if parallel and _work(op) >= PARALLEL_MIN:
        f = io
        for a in reversed(sp[:-2]):
            f = st.fuse(a, f)
        st.parallel(f)
    return True


def _loop_nest(s: tc.Schedule, op: Any, parallel: bool) -> None:
    if _register_tiled(s, op, parallel):
        return
    st = s[op]
    axes = list(st.op.axis)
    if not axes:
        return
    inner = axes[-1]
    if not op.is_reduction and _extent(inner) >= LANES and _extent(inner) % LANES == 0:
        _, vi = st.split(inner, factor=LANES)
        st.vectorize(vi)
        axes = axes[:-1] + [_]
    outer = [a for a in axes[:-1]] if len(axes) > 1 else axes[:1]
    if parallel and _work(op) >= PARALLEL_MIN and outer:
        f = outer[0]
        for a in outer[1:2]:
            f = st.fuse(f, a)
        st.parallel(f)


def matmul(A: tc.Tensor, B: tc.Tensor, C: tc.Tensor) -> tuple[tc.Schedule, list]:
    """The packed GEMM of ``schedules.cpu`` when the shape is large enough, else auto."""
    n, m = (int(d.value) for d in C.shape)
    if n >= 64 and m >= 64 and n % 8 == 0 and m % 32 == 0:
        return cpu.matmul(A, B, C)
    s, _ = auto_schedule(C)
    return s, [A, B, C]


__all__ = ["auto_schedule", "matmul"]
