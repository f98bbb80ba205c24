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


def _offset_reduction(n: int, lo: int, length: int) -> Workload:
    """A reduction over ``k in (lo, lo + length)``: rfactor and splits must keep the offset."""
    X = tc.placeholder((n, lo + length + 1), name="X")
    k = tc.reduce_axis((lo, lo + length), name="k")
    R = tc.compute((n,), lambda i: tc.sum(X[i, k] * 2.0 + 1.0, axis=k), name="R")
    return Workload("reduce_offset", [R], [X], [])


def _gather(n: int, m: int) -> Workload:
    """A data-dependent index into a stage that may be computed inside the reader's loop."""
    X = tc.placeholder((5, m), name="X")
    Ix = tc.placeholder((n,), name="I", dtype="int32")
    T = tc.compute((5, m), lambda a, b: X[a, b] * 2.0, name="T")
    Y = tc.compute((n, m), lambda i, j: T[Ix[i] % 5, j] + 1.0, name="Y")
    return Workload("gather", [Y], [X, Ix], [T])


def _chain(n: int, m: int) -> Workload:
    """Stages reading stages: A -> B -> C plus C reading A directly (two readers of A)."""
    X = tc.placeholder((n, m), name="X")
    A = tc.compute((n, m), lambda i, j: X[i, j] + 1.0, name="A")
    B = tc.compute((n, m), lambda i, j: A[i, j] * A[i, j], name="B")
    C = tc.compute((n, m), lambda i, j: B[i, j] - A[i, j], name="C")
    return Workload("chain", [C], [X], [A, B])


def _clamp_cast(n: int, m: int) -> Workload:
    """float -> int32 of a clamped value, through a producer stage."""
    X = tc.placeholder((n, m), name="X")
    T = tc.compute((n, m), lambda i, j: X[i, j] * 3.0e6, name="T")
    Y = tc.compute((n, m), lambda i, j: tc.cast("int32", tc.max(tc.min(T[i, j], 1e6), -1e6)),
                   name="Y")
    return Workload("clamp_cast", [Y], [X], [T])


@st.composite
def workloads(draw: Any) -> Workload:
    n = draw(st.integers(1, 13))
    m = draw(st.integers(1, 13))
    kind = draw(st.sampled_from(["elementwise", "sum", "max", "matmul", "softmax",
                                 "reduce_offset", "gather", "chain", "clamp_cast"]))
    if kind == "elementwise":
        return _elementwise(n, m)
    if kind in ("sum", "max"):
        return _reduction(n, m, kind)
    if kind == "matmul":
        return _matmul(n, m, draw(st.integers(1, 9)))
    if kind == "reduce_offset":
        return _offset_reduction(n, draw(st.integers(1, 4)), m)
    if kind == "gather":
        return _gather(n, m)
    if kind == "chain":
        return _chain(n, m)
    if kind == "clamp_cast":
        return _clamp_cast(n, m)
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
    producers = list(wl.producers)
    if draw(st.integers(0, 3)) == 0:  # stage an input in a cache read by one of its readers
        t = draw(st.sampled_from(wl.inputs))
        readers = [x for x in s.stages if t in getattr(x.op, "input_tensors", [])]
        if readers:
            producers.append(s.cache_read(t, draw(st.sampled_from(["local", "global"])),
                                          [draw(st.sampled_from(readers))]))
    # Producers: inline, compute_at a loop of the output or of another stage, or root.
    for t in producers:
        stage = s[t]
        choice = draw(st.sampled_from(["root", "inline", "at", "at_any"]))
        if choice == "inline":
            _try(stage.compute_inline)
        elif choice == "at" and out.leaf_iter_vars:
            # Only stages the output reads (directly or through inlined ones) can attach.
            _try(stage.compute_at, out, draw(st.sampled_from(out.leaf_iter_vars)))
        elif choice == "at_any":
            hosts = [x for x in s.stages if x is not stage and x.leaf_iter_vars]
            if hosts:
                host = draw(st.sampled_from(hosts))
                _try(stage.compute_at, host, draw(st.sampled_from(host.leaf_iter_vars)))
        if stage.attach != "inline":
            schedule_loops(draw, stage, draw(st.integers(0, 3)))
    return wl, s
