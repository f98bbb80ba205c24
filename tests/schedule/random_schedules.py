"""Hypothesis strategies: small workloads and random legal schedules for them.

Used by the schedule-invariance tests: whatever schedule is drawn, the kernel must compute
what the reference evaluator computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

import tcomp as tc
from tcomp.ir import expr as E


@dataclass
class Workload:
    name: str
    outputs: list[tc.Tensor]
    inputs: list[tc.Tensor]
    producers: list[tc.Tensor]  # intermediate stages whose placement is drawn


def _elementwise(n: int, m: int) -> Workload:
    X = tc.placeholder((n, m), name="X")
    W = tc.placeholder((m,), name="W")
    T = tc.compute((n, m), lambda i, j: X[i, j] * 3.0 + W[j], name="T")
    Y = tc.compute((n, m), lambda i, j: tc.exp(T[i, j] * 0.5) - tc.tanh(T[i, j]), name="Y")
    return Workload("elementwise", [Y], [X, W], [T])


def _reduction(n: int, m: int, kind: str) -> Workload:
    X = tc.placeholder((n, m), name="X")
    k = tc.reduce_axis(m, name="k")
    red = tc.sum if kind == "sum" else tc.max
    R = tc.compute((n,), lambda i: red(X[i, k] * 2.0, axis=k), name="R")
    return Workload(f"reduce_{kind}", [R], [X], [])


def _matmul(n: int, m: int, kk: int) -> Workload:
    A = tc.placeholder((n, kk), name="A")
    B = tc.placeholder((kk, m), name="B")
    k = tc.reduce_axis(kk, name="k")
    C = tc.compute((n, m), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    D = tc.compute((n, m), lambda i, j: tc.max(C[i, j], 0.0), name="D")
    return Workload("matmul_relu", [D], [A, B], [C])


def _softmax(n: int, m: int) -> Workload:
    X = tc.placeholder((n, m), name="X")
    mx, e, s, y = tc.ops.softmax(X)
    return Workload("softmax", [y], [X], [mx, e, s])


@st.composite
def workloads(draw: Any) -> Workload:
    n = draw(st.integers(1, 13))
    m = draw(st.integers(1, 13))
    kind = draw(st.sampled_from(["elementwise", "sum", "max", "matmul", "softmax"]))
    if kind == "elementwise":
        return _elementwise(n, m)
    if kind in ("sum", "max"):
        return _reduction(n, m, kind)
    if kind == "matmul":
        return _matmul(n, m, draw(st.integers(1, 9)))
    return _softmax(n, m)


def _try(fn: Any, *args: Any, **kw: Any) -> Any:
    """Apply a primitive; an illegal draw raises ScheduleError before changing anything."""
    try:
        return fn(*args, **kw)
    except tc.ScheduleError:
        return None


def _const_ext(iv: E.IterVar) -> int | None:
    ext = iv.dom.extent
    return ext.value if isinstance(ext, E.Const) else None


def schedule_loops(draw: Any, stage: Any, steps: int) -> None:
    """Random splits, fuses, reorders and annotations on one stage's loops."""
    for _ in range(steps):
        leaves = stage.leaf_iter_vars
        if not leaves:
            return
        action = draw(st.sampled_from(["split", "split", "fuse", "reorder", "vectorize",
                                       "unroll", "parallel"]))
        iv = draw(st.sampled_from(leaves))
        if action == "split":
            if draw(st.booleans()):
                _try(stage.split, iv, factor=draw(st.integers(1, 6)))
            else:
                _try(stage.split, iv, nparts=draw(st.integers(1, 4)))
        elif action == "fuse":
            p = leaves.index(iv)
            if p + 1 < len(leaves):
                _try(stage.fuse, iv, leaves[p + 1])
        elif action == "reorder":
            _try(stage.reorder, *draw(st.permutations(leaves)))
        elif action == "vectorize":
            ext = _const_ext(iv)
            if ext is not None and ext <= 16:
                _try(stage.vectorize, iv)
        elif action == "unroll":
            ext = _const_ext(iv)
            if ext is not None and ext <= 8:
                _try(stage.unroll, iv)
        else:
            _try(stage.parallel, iv)


@st.composite
def scheduled(draw: Any) -> tuple[Workload, tc.Schedule]:
    """A workload and a random schedule of it that the primitives accept."""
    wl = draw(workloads())
    s = tc.create_schedule(wl.outputs)
    out = s[wl.outputs[0]]
    op = out.op
    cache = None
    if op.is_reduction and draw(st.booleans()):
        if draw(st.booleans()):
            cache = s.cache_write(wl.outputs[0], draw(st.sampled_from(["local", "global"])))
            schedule_loops(draw, s[cache], draw(st.integers(0, 3)))
        else:
            (k,) = op.reduce_axis
            ko, ki = s[wl.outputs[0]].split(k, factor=draw(st.integers(1, 5)))
            rf = s.rfactor(wl.outputs[0], draw(st.sampled_from([ko, ki])))
            schedule_loops(draw, s[rf], draw(st.integers(0, 3)))
    schedule_loops(draw, out, draw(st.integers(0, 5)))
    if cache is not None and out.leaf_iter_vars and draw(st.booleans()):
        s[cache].compute_at(out, draw(st.sampled_from(out.leaf_iter_vars)))
    # Producers: inline, compute_at a loop of the output, or root (the default).
    for t in wl.producers:
        stage = s[t]
        choice = draw(st.sampled_from(["root", "inline", "at"]))
        if choice == "inline":
            _try(stage.compute_inline)
        elif choice == "at" and out.leaf_iter_vars:
            # Only stages the output reads (directly or through inlined ones) can attach.
            _try(stage.compute_at, out, draw(st.sampled_from(out.leaf_iter_vars)))
        if stage.attach != "inline":
            schedule_loops(draw, stage, draw(st.integers(0, 3)))
    return wl, s
