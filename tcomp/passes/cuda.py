"""The GPU pass pipeline: host/device split, barriers, SPMD kernels (layer 4).

``split_host_device(func)`` turns a lowered PrimFunc whose stages are bound to GPU blocks and
threads into a ``DeviceProgram``: temporaries the host allocates plus an ordered list of
kernels, one per root stage. Each kernel is a PrimFunc in *SPMD form*: its body is what one
GPU thread runs. A thread-bound loop ``for v in 0..n  # bind threadIdx.x`` becomes
``let v = threadIdx.x; if v < n: body`` (the guard is dropped when ``n`` is the launch
extent), where ``threadIdx.x`` is the Var in ``kernel.attrs["thread_vars"]``. Barriers are
inserted between block-level statements that communicate through shared memory, and at the
end of block-level loops that write it (the next iteration overwrites what was read).

``kernel.attrs["launch"]`` holds ``grid`` (three int64 Exprs over the dim vars) and ``block``
(three ints) and ``shared_bytes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import config
from ..arith import Interval, can_prove, const_bounds, simplify
from ..dtypes import int64
from ..errors import TcompError
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, walk
from . import Pass, run_pipeline
from .flatten_buffers import flatten_buffers
from .remove_noops import remove_noops
from .simplify import simplify as simplify_pass
from .unroll import unroll
from .vectorize import vectorize

BLOCK_TAGS = ("blockIdx.x", "blockIdx.y", "blockIdx.z")
THREAD_TAGS = ("threadIdx.x", "threadIdx.y", "threadIdx.z")


class GPUScheduleError(TcompError, ValueError):
    """A schedule a GPU can't run: unbound loops, bad nesting of bindings, too many threads
    per block, too much shared memory. The message names the loop and says how to fix it."""


@dataclass
class DeviceProgram:
    """What the host does for one ``build``: allocate ``temps`` in device memory, launch the
    ``kernels`` in order (each a PrimFunc in SPMD form), free the temps."""

    name: str
    params: tuple[Buffer, ...]
    dim_vars: tuple[E.Var, ...]
    temps: list[Buffer] = field(default_factory=list)
    kernels: list[PrimFunc] = field(default_factory=list)

    def __repr__(self) -> str:
        lines = [f"device program {self.name}: temps "
                 f"{[f'{b.name}{list(b.shape)}' for b in self.temps]}"]
        for k in self.kernels:
            la = k.attrs["launch"]
            lines.append(f"launch {k.name} grid={list(la['grid'])} block={list(la['block'])} "
                         f"shared={la['shared_bytes']}B")
        return "\n".join(lines + [repr(k) for k in self.kernels])


def _loop_name(s: S.For) -> str:
    return s.var.name


def _thread_loops(stmt: S.Stmt) -> list[S.For]:
    return [n for n in walk(stmt) if isinstance(n, S.For) and n.kind == S.ForKind.THREAD]


# ----------------------------------------------------------------------------- checks


def _check_nesting(stmt: S.Stmt, kernel: str) -> None:
    """Block loops only at the top chain, thread tags never nested in the same tag."""

    def visit(s: S.Stmt, outer: list[S.For], in_non_block: bool) -> None:
        if isinstance(s, S.For):
            if s.kind == S.ForKind.THREAD:
                if s.thread_tag == "vthread":
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loop '{s.var.name}' is bound to vthread, which "
                        "the CUDA backend does not implement; split it and bind threadIdx.*")
                if s.thread_tag in BLOCK_TAGS and in_non_block:
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loop '{s.var.name}' is bound to {s.thread_tag} "
                        "inside a thread or serial loop; blockIdx bindings must be the "
                        "outermost loops of a root stage (reorder them to the top)")
                same = [o for o in outer if o.thread_tag == s.thread_tag]
                if same:
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loop '{s.var.name}' is bound to {s.thread_tag} "
                        f"inside loop '{same[0].var.name}', which is bound to the same index; "
                        "a stage attached inside a thread-bound loop must not bind that index "
                        "again (attach shared-memory stages at block level, outside the "
                        "threadIdx loops)")
                outer = [*outer, s]
                visit(s.body, outer, in_non_block or s.thread_tag not in BLOCK_TAGS)
                return
            if s.kind == S.ForKind.PARALLEL:
                raise GPUScheduleError(
                    f"kernel '{kernel}': loop '{s.var.name}' is marked parallel(), which means "
                    "CPU threads; on a GPU bind it to blockIdx.*/threadIdx.* instead")
            visit(s.body, outer, True)
            return
        if isinstance(s, S.Allocate) and s.buffer.scope == "shared" and any(
                o.thread_tag in THREAD_TAGS for o in outer):
            raise GPUScheduleError(
                f"kernel '{kernel}': shared buffer '{s.buffer.name}' is allocated inside "
                f"thread loop '{[o for o in outer if o.thread_tag in THREAD_TAGS][0].var.name}'"
                "; every thread would get its own region, so compute_at it at a block-level "
                "loop (outside the threadIdx loops) or use scope 'local'")
        for c in _children(s):
            visit(c, outer, in_non_block)

    visit(stmt, [], False)


def _children(s: S.Stmt) -> list[S.Stmt]:
    if isinstance(s, S.Seq):
        return list(s.stmts)
    if isinstance(s, (S.For, S.Allocate, S.LetStmt)):
        return [s.body]
    if isinstance(s, S.If):
        return [s.then] + ([s.orelse] if s.orelse is not None else [])
    return []


def _eval_np(e: E.Expr, env: dict[E.Var, np.ndarray]) -> Any:
    """Evaluate an integer expression on numpy arrays of variable values."""
    from ..ir.interp import NP_BINARY, NP_UNARY

    if isinstance(e, E.Const):
        return e.value
    if isinstance(e, E.Var):
        return env[e]
    if isinstance(e, E.Binary):
        return NP_BINARY[e.op](_eval_np(e.a, env), _eval_np(e.b, env))
    if isinstance(e, E.Unary):
        return NP_UNARY[e.op](_eval_np(e.a, env))
    if isinstance(e, E.Cast):
        return np.asarray(_eval_np(e.value, env)).astype(e.dtype.np)
    if isinstance(e, E.Select):
        return np.where(_eval_np(e.cond, env), _eval_np(e.t, env), _eval_np(e.f, env))
    raise TypeError(type(e).__name__)


def _upper_bound(e: E.Expr, ranges: dict[E.Var, Interval]) -> int | None:
    """Tight constant upper bound: by enumeration over small constant ranges, else by
    bound analysis. (A guarded tail makes bound analysis loose: min(b*16+15, 69) - b*16.)"""
    hi = const_bounds(e, ranges)[1]
    free = sorted({n for n in walk(e) if isinstance(n, E.Var)}, key=lambda v: v.uid)
    spans = []
    for v in free:
        r = ranges.get(v)
        lo_v = r.lo.value if r is not None and isinstance(r.lo, E.Const) else None
        hi_v = r.hi.value if r is not None and isinstance(r.hi, E.Const) else None
        if lo_v is None or hi_v is None:
            return hi
        spans.append(np.arange(lo_v, hi_v + 1, dtype=np.int64))
    if int(np.prod([len(s) for s in spans])) > 1 << 16:
        return hi
    grids = np.meshgrid(*spans, indexing="ij") if spans else []
    try:
        with np.errstate(all="ignore"):
            val = int(np.max(_eval_np(e, dict(zip(free, grids, strict=True)))))
    except (TypeError, KeyError):
        return hi
    return val if hi is None else min(hi, val)


def _launch(stmt: S.Stmt, dim_vars: tuple[E.Var, ...], kernel: str
            ) -> tuple[dict[str, E.Expr], dict[str, E.Var], dict[str, list[str]]]:
    """Launch extent per tag (the bound of every loop with that tag) and the tag's dtype var."""
    extents: dict[str, Any] = {}
    tag_vars: dict[str, E.Var] = {}
    loops: dict[str, list[str]] = {}
    dims = set(dim_vars)

    def visit(s: S.Stmt, ranges: dict[E.Var, Interval]) -> None:
        if isinstance(s, S.For):
            if s.kind == S.ForKind.THREAD:
                tag = s.thread_tag
                hi = _upper_bound(simplify(s.min + s.extent), ranges)
                if hi is not None:
                    value: Any = hi
                else:
                    free = {n for n in walk(s.extent) if isinstance(n, E.Var)}
                    if tag in THREAD_TAGS or not free <= dims or not E.is_const(s.min, 0):
                        raise GPUScheduleError(
                            f"kernel '{kernel}': the extent of loop '{s.var.name}' (bound to "
                            f"{tag}) is {s.extent!r}, which has no constant upper bound; "
                            "split the loop by a constant factor and bind the inner part to "
                            "threads")
                    value = simplify(E.cast(int64, s.extent))
                old = extents.get(tag)
                if old is None:
                    extents[tag] = value
                elif isinstance(old, int) and isinstance(value, int):
                    extents[tag] = max(old, value)
                elif not (repr(old) == repr(value)):
                    raise GPUScheduleError(
                        f"kernel '{kernel}': loops bound to {tag} have different symbolic "
                        f"extents {old!r} and {value!r}; bind loops of equal extent")
                tag_vars.setdefault(tag, E.Var(tag, s.var.dtype))
                loops.setdefault(tag, []).append(s.var.name)
            inner = dict(ranges)
            inner[s.var] = Interval.from_extent(s.min, s.extent)
            visit(s.body, inner)
            return
        if isinstance(s, S.LetStmt):
            b = const_bounds(s.value, ranges)
            inner = dict(ranges)
            inner[s.var] = Interval(*(E.const(v, s.var.dtype) if v is not None else None
                                      for v in b))
            visit(s.body, inner)
            return
        for c in _children(s):
            visit(c, ranges)

    visit(stmt, {})
    out = {t: (E.const(v, int64) if isinstance(v, int) else v) for t, v in extents.items()}
    return out, tag_vars, loops


# ----------------------------------------------------------------------------- barriers


def _shared_access(s: S.Stmt) -> tuple[set[Buffer], set[Buffer]]:
    reads: set[Buffer] = set()
    writes: set[Buffer] = set()
    for n in walk(s):
        if isinstance(n, S.Store) and n.buffer.scope == "shared":
            writes.add(n.buffer)
        elif isinstance(n, E.Load) and n.buffer.scope == "shared":
            reads.add(n.buffer)
    return reads, writes


class _InsertBarriers(Mutator):
    """Barriers at block level (outside thread loops), where threads communicate."""

    def visit_For(self, node: S.For) -> S.Stmt:
        if node.kind == S.ForKind.THREAD and node.thread_tag in THREAD_TAGS:
            return node  # one thread's work: no barrier inside
        body = self.visit(node.body)
        if node.kind != S.ForKind.THREAD:
            reads, writes = _shared_access(body)
            last = body.stmts[-1] if isinstance(body, S.Seq) else body
            if reads & writes and not isinstance(last, S.Barrier):
                body = S.seq(body, S.Barrier())  # the next iteration overwrites shared data
        return node if body is node.body else S.For(node.var, node.min, node.extent, node.kind,
                                                    body, node.thread_tag)

    def visit_Seq(self, node: S.Seq) -> S.Stmt:
        out: list[S.Stmt] = []
        pend_r: set[Buffer] = set()
        pend_w: set[Buffer] = set()
        for c in node.stmts:
            c = self.visit(c)
            if isinstance(c, S.Barrier):
                pend_r, pend_w = set(), set()
                out.append(c)
                continue
            r, w = _shared_access(c)
            if (r | w) & pend_w or w & pend_r:
                out.append(S.Barrier())
                pend_r, pend_w = set(), set()
            pend_r |= r
            pend_w |= w
            out.append(c)
        return S.Seq(tuple(out))


# ----------------------------------------------------------------------------- SPMD form


class _ToSPMD(Mutator):
    def __init__(self, extents: dict[str, E.Expr], tag_vars: dict[str, E.Var]) -> None:
        super().__init__()
        self.extents = extents
        self.tag_vars = tag_vars

    def visit_For(self, node: S.For) -> S.Stmt:
        body = self.visit(node.body)
        if node.kind != S.ForKind.THREAD:
            return node if body is node.body else S.For(node.var, node.min, node.extent,
                                                        node.kind, body, node.thread_tag)
        tv = self.tag_vars[node.thread_tag]
        idx: E.Expr = tv if tv.dtype == node.var.dtype else E.cast(node.var.dtype, tv)
        full = self.extents[node.thread_tag]
        if not (E.is_const(node.min, 0) and can_prove(
                E.binary(E.Op.EQ, E.cast(int64, node.extent), full))):
            body = S.If(E.binary(E.Op.LT, idx, node.extent), body)
        return S.LetStmt(node.var, simplify(node.min + idx), body)


def _kernel(stmt: S.Stmt, func: PrimFunc, temps: list[Buffer], name: str) -> PrimFunc:
    _check_nesting(stmt, name)
    extents, tag_vars, loops = _launch(stmt, func.dim_vars, name)
    stmt = _InsertBarriers().visit(stmt)
    body = _ToSPMD(extents, tag_vars).visit(stmt)
    used = {n.buffer for n in walk(body) if isinstance(n, (E.Load, S.Store))}
    params = tuple(b for b in (*func.params, *temps) if b in used)
    free = {n for n in walk(body) if isinstance(n, E.Var)}
    for b in params:
        for d in b.shape:
            free |= {n for n in walk(d) if isinstance(n, E.Var)}
    for g in extents.values():
        free |= {n for n in walk(g) if isinstance(n, E.Var)}
    dims = tuple(v for v in func.dim_vars if v in free)
    grid = tuple(extents.get(t, E.const(1, int64)) for t in BLOCK_TAGS)
    block = tuple(int(extents[t].value) if t in extents else 1 for t in THREAD_TAGS)
    shared = sum(_nbytes(n.buffer) for n in walk(body)
                 if isinstance(n, S.Allocate) and n.buffer.scope == "shared")
    attrs = {"launch": {"grid": grid, "block": block, "shared_bytes": shared},
             "thread_vars": dict(tag_vars), "bound_loops": loops}
    return PrimFunc(name, params, body, dims, attrs)


def _nbytes(b: Buffer) -> int:
    n = b.dtype.itemsize
    for d in b.shape:
        if not isinstance(d, E.Const):
            raise GPUScheduleError(
                f"shared buffer '{b.name}' has symbolic shape {list(b.shape)}; shared memory "
                "is sized at compile time, so give the stage a constant-size region (split "
                "by constant factors)")
        n *= int(d.value)
    return n


def split_host_device(func: PrimFunc) -> DeviceProgram:
    """Cut a lowered GPU function into host temporaries and SPMD kernels (see module doc)."""
    body = func.body
    temps: list[Buffer] = []
    while isinstance(body, S.Allocate):
        if body.buffer.scope != "global":
            raise GPUScheduleError(
                f"'{body.buffer.name}' is a root stage with scope '{body.buffer.scope}'; "
                "shared/local stages must be compute_at a loop of a GPU kernel")
        temps.append(body.buffer)
        body = body.body
    stmts = list(body.stmts) if isinstance(body, S.Seq) else [body]
    prog = DeviceProgram(func.name, func.params, func.dim_vars, temps)
    for s in stmts:
        if isinstance(s, S.Evaluate):
            continue
        if not (isinstance(s, S.For) and s.kind == S.ForKind.THREAD):
            where = f"loop '{s.var.name}'" if isinstance(s, S.For) else type(s).__name__
            written = sorted({n.buffer.name for n in walk(s) if isinstance(n, S.Store)})
            raise GPUScheduleError(
                f"{where} of stage {', '.join(repr(w) for w in written)} is not bound to a "
                "GPU block or thread index, so it would run on the host; bind its outer loops, "
                "e.g. bo, bi = s[T].split(ax, factor=64); s[T].bind(bo, 'blockIdx.x'); "
                "s[T].bind(bi, 'threadIdx.x'), or compute_inline/compute_at it into a kernel")
        kname = func.name if len(stmts) == 1 else f"{func.name}_k{len(prog.kernels)}"
        prog.kernels.append(_kernel(s, func, temps, kname))
    return prog


class _HoistShared(Mutator):
    def __init__(self) -> None:
        super().__init__()
        self.shared: list[Buffer] = []

    def visit_Allocate(self, node: S.Allocate) -> S.Stmt:
        if node.buffer.scope == "shared":
            self.shared.append(node.buffer)
            return self.visit(node.body)
        return self.generic_visit(node)


def hoist_shared(body: S.Stmt) -> tuple[S.Stmt, list[Buffer]]:
    """Remove the Allocates of shared buffers (they live for the whole block)."""
    h = _HoistShared()
    return h.visit(body), h.shared


def grid_program(kernel: PrimFunc) -> PrimFunc:
    """The kernel as one loop-IR function over its whole launch grid."""
    la = kernel.attrs["launch"]
    tvars: dict[str, E.Var] = kernel.attrs["thread_vars"]
    body, shared = hoist_shared(kernel.body)
    for tag, ext in zip(THREAD_TAGS, la["block"], strict=True):
        v = tvars[tag] if tag in tvars else E.Var(tag, E.const(0).dtype)
        body = S.For(v, E.const(0, v.dtype), E.const(ext, v.dtype), S.ForKind.THREAD, body, tag)
    for b in reversed(shared):
        body = S.Allocate(b, body)
    for tag, ext in zip(BLOCK_TAGS, la["grid"], strict=True):
        v = tvars[tag] if tag in tvars else E.Var(tag, E.const(0).dtype)
        ext = ext if ext.dtype == v.dtype else E.cast(v.dtype, ext)
        body = S.For(v, E.const(0, v.dtype), ext, S.ForKind.THREAD, body, tag)
    return PrimFunc(kernel.name + "_grid", kernel.params, body, kernel.dim_vars,
                    {"flattened": kernel.attrs.get("flattened", False)})


def kernel_pipeline() -> list[Pass]:
    """Passes run on each SPMD kernel after the split (flat, vectorized, unrolled)."""
    return [Pass("flatten_buffers", flatten_buffers), Pass("vectorize", vectorize),
            Pass("unroll", unroll), Pass("simplify", simplify_pass),
            Pass("remove_noops", remove_noops)]


def lower_gpu(func: PrimFunc, on_stage: Any = None) -> DeviceProgram:
    """The whole GPU pipeline: simplify, split host/device, then each kernel's passes."""
    func = run_pipeline(func, [Pass("simplify", simplify_pass),
                               Pass("remove_noops", remove_noops)], on_stage=on_stage)
    prog = split_host_device(func)
    out = []
    for k in prog.kernels:
        attrs = {**k.attrs, "spmd": k}
        # The verifier can't see the thread-index vars bound; it checks the grid form instead.
        k2 = run_pipeline(k, kernel_pipeline(), on_stage=on_stage, verify=False)
        k2.attrs.update({key: v for key, v in attrs.items() if key not in k2.attrs})
        if config.get().verify:
            from ..ir.verify import verify

            verify(grid_program(k2))
        out.append(k2)
    prog.kernels = out
    return prog


__all__ = [
    "BLOCK_TAGS",
    "THREAD_TAGS",
    "DeviceProgram",
    "GPUScheduleError",
    "grid_program",
    "hoist_shared",
    "kernel_pipeline",
    "lower_gpu",
    "split_host_device",
]
