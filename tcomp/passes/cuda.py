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

A loop bound to ``vthread`` (a virtual thread, as in TVM) runs inside each GPU thread as an
unrolled serial loop: ``for v in 0..n  # bind vthread`` becomes ``for v in 0..n  # unrolled``
before the split, so the barrier pass sees it as the serial loop it is (a loop that stages
shared memory stays serial, so that unrolling doesn't multiply the shared memory).

Per kernel, before ``vectorize``, ``partition_vector_tails`` splits a vectorized loop guarded
by a bound check (``if base + v < n``, left by a non-divisible split) into a vector path for
threads whose lanes are all in bounds and a scalar loop for the tail.
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
from ..ir.visitor import Mutator, substitute, uses_var, walk
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


# ----------------------------------------------------------------------------- checks


def _check_nesting(stmt: S.Stmt, kernel: str) -> None:
    """Block loops only at the top chain, thread tags never nested in the same tag."""

    def visit(s: S.Stmt, outer: list[S.For], in_non_block: bool) -> None:
        if isinstance(s, S.For):
            if s.kind == S.ForKind.THREAD:
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
                f"thread loop '{next(o for o in outer if o.thread_tag in THREAD_TAGS).var.name}'"
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


# ----------------------------------------------------------------------- cooperative reductions

_COMBINERS = (E.Op.ADD, E.Op.MUL, E.Op.MIN, E.Op.MAX)


def _identity(op: E.Op, dt: Any) -> E.Expr:
    if op in (E.Op.ADD, E.Op.MUL):
        return E.const(int(op == E.Op.MUL), dt)
    lo_hi = (-np.inf, np.inf) if dt.is_float else (np.iinfo(dt.np).min, np.iinfo(dt.np).max)
    return E.const(lo_hi[op == E.Op.MIN], dt)


def _update(st: S.Store) -> tuple[E.Op, E.Expr] | None:
    """``(op, value)`` of ``R[idx] = op(R[idx], value)``, else None."""
    v = st.value
    if isinstance(v, E.Binary) and v.op in _COMBINERS:
        for mine, other in ((v.a, v.b), (v.b, v.a)):
            if isinstance(mine, E.Load) and mine.buffer is st.buffer and \
                    mine.indices == st.indices:
                return v.op, other
    return None


def _reads_itself(st: S.Store) -> bool:
    return any(isinstance(n, E.Load) and n.buffer is st.buffer and n.indices == st.indices
               for n in walk(st.value))


def _index_vars(st: S.Store) -> set[E.Var]:
    return {n for i in st.indices for n in walk(i) if isinstance(n, E.Var)}


def _is_thread(s: Any) -> bool:
    return isinstance(s, S.For) and s.kind == S.ForKind.THREAD and s.thread_tag in THREAD_TAGS


class _Unwrap(Mutator):
    """The reduction nest with the thread loop removed and the update into ``acc[0]``."""

    def __init__(self, loop: S.For, update: S.Store, acc: Buffer, op: E.Op, value: E.Expr):
        super().__init__()
        self.loop, self.update = loop, update
        zero = E.const(0, loop.var.dtype)
        self.new = S.Store(acc, (zero,), E.binary(op, E.Load(acc, (zero,), acc.dtype), value))

    def visit_For(self, node: S.For) -> S.Stmt:
        return self.visit(node.body) if node is self.loop else self.generic_visit(node)

    def visit_Store(self, node: S.Store) -> S.Stmt:
        return self.new if node is self.update else node


class _CrossThreadReduce(Mutator):
    """A reduction axis bound to threadIdx: each thread folds its share into a register, then
    the block combines the partial results in shared memory (a tree of log2(n) steps).

    The reduction nest (the outermost loop that holds only the update ``R[idx] = op(R[idx],
    v)`` and none of idx's loops) becomes::

        for t in 0..n  # threadIdx: acc = identity; <nest without the t loop, into acc>;
                                    red[t] = acc
        for t in 0..n  # threadIdx: if t < s and t + s < n: red[t] = op(red[t], red[t + s])
        ...                         (s = n/2 rounded up to a power of two, ..., 2, 1)
        for t in 0..n  # threadIdx: [if t == 0:] R[idx] = op(R[idx], red[0])

    (every thread does the last step when R is local, so each thread's copy gets the total).
    """

    def __init__(self, kernel: str) -> None:
        super().__init__()
        self.kernel = kernel
        self.outer: list[S.For] = []

    def visit_For(self, node: S.For) -> S.Stmt:
        stores = [n for n in walk(node) if isinstance(n, S.Store)]
        if len(stores) == 1 and _reads_itself(stores[0]):
            used = _index_vars(stores[0])
            loops = [n for n in walk(node) if isinstance(n, S.For)]
            reducing = [n for n in loops if _is_thread(n)]
            if reducing and not any(n.var in used for n in loops):
                return self.lower(node, reducing, stores[0])
        if _is_thread(node) and not E.is_const(node.extent, 1):  # no reduction nest: no
            # two threads may update one result
            mine = {n.buffer for n in walk(node.body) if isinstance(n, S.Allocate)}
            loads = {(n.buffer, n.indices) for n in walk(node.body) if isinstance(n, E.Load)}
            for st in stores:
                if (st.buffer, st.indices) in loads and st.buffer not in mine and \
                        node.var not in _index_vars(st):
                    raise GPUScheduleError(
                        f"kernel '{self.kernel}': every thread of loop '{node.var.name}' (bound"
                        f" to {node.thread_tag}) updates '{st.buffer.name}' at the same index "
                        f"{list(st.indices)}, in a way tcomp can't combine across threads (a "
                        "reducer with several values, or updates of several buffers); keep "
                        "that reduction axis serial, or rfactor it")
        self.outer.append(node)
        try:
            return self.generic_visit(node)
        finally:
            self.outer.pop()

    def lower(self, nest: S.For, reducing: list[S.For], update: S.Store) -> S.Stmt:
        where = f"kernel '{self.kernel}': loop '{reducing[0].var.name}' (bound to " \
            f"{reducing[0].thread_tag}) reduces into '{update.buffer.name}'"
        outer = [o for o in self.outer if _is_thread(o)]
        if len(reducing) > 1 or outer:
            other = (reducing[1:] + outer)[0]
            raise GPUScheduleError(
                f"{where}, and so does or encloses loop '{other.var.name}' (bound to "
                f"{other.thread_tag}); a cooperative reduction runs over one thread index, "
                "with no other thread loop around it: bind the reduction's other loops to "
                "blockIdx.* or keep them serial")
        loop, got = reducing[0], _update(update)
        if got is None or not isinstance(loop.extent, E.Const):
            raise GPUScheduleError(
                f"{where}, but its update {update.value!r} is not R = R + v, R * v, min(R, v) "
                "or max(R, v) over a constant number of threads; reduce within each thread "
                "instead (keep the reduction axes serial, or rfactor them)")
        op, value = got
        n, t, dt = int(loop.extent.value), loop.var, update.buffer.dtype
        acc = Buffer(f"{update.buffer.name}.acc", (E.const(1),), dt, "local")
        red = Buffer(f"{update.buffer.name}.red", (E.const(n),), dt, "shared")

        def on_threads(body: Any) -> S.For:
            v = E.Var(t.name, t.dtype)
            return S.For(v, E.const(0, t.dtype), E.const(n, t.dtype), S.ForKind.THREAD, body(v),
                         loop.thread_tag)

        def at(buf: Buffer, i: E.Expr) -> E.Expr:
            return E.Load(buf, (i,), dt)

        zero = E.const(0, t.dtype)
        folded = _Unwrap(loop, update, acc, op, value).visit(nest)
        steps = [S.For(t, zero, loop.extent, S.ForKind.THREAD, S.Allocate(acc, S.seq(
            S.Store(acc, (zero,), _identity(op, dt)), folded,
            S.Store(red, (t,), at(acc, zero)))), loop.thread_tag)]
        half = 1 << ((n - 1).bit_length() - 1) if n > 1 else 0  # n/2 up to a power of 2
        while half >= 1:
            def fold(v: E.Var, h: int = half) -> S.Stmt:
                ok = v < h if 2 * h <= n else E.binary(E.Op.AND, v < h, v + h < n)
                return S.If(ok, S.Store(red, (v,), E.binary(op, at(red, v), at(red, v + h))))

            steps.append(on_threads(fold))
            half //= 2
        total = E.binary(op, E.Load(update.buffer, update.indices, dt), at(red, zero))
        last = S.Store(update.buffer, update.indices, total)
        steps.append(on_threads(lambda v: last if update.buffer.scope == "local" else
                                S.If(E.binary(E.Op.EQ, v, zero), last)))
        return S.Allocate(red, S.seq(*steps))


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
    stmt = _CrossThreadReduce(name).visit(stmt)
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


class _VThreads(Mutator):
    """``vthread`` loops -> unrolled serial loops (each GPU thread runs every virtual thread)."""

    def visit_For(self, node: S.For) -> S.Stmt:
        body = self.visit(node.body)
        if node.kind != S.ForKind.THREAD or node.thread_tag != "vthread":
            return node if body is node.body else S.For(node.var, node.min, node.extent,
                                                        node.kind, body, node.thread_tag)
        if not isinstance(node.extent, E.Const):
            raise GPUScheduleError(
                f"loop '{node.var.name}' is bound to vthread but its extent {node.extent!r} is "
                "not a constant; split it by a constant factor and bind the inner part")
        # Unrolling copies what the body allocates; keep a loop that stages shared memory.
        shared = any(isinstance(n, S.Allocate) and n.buffer.scope == "shared" for n in walk(body))
        kind = S.ForKind.SERIAL if shared else S.ForKind.UNROLLED
        return S.For(node.var, node.min, node.extent, kind, body)


def split_host_device(func: PrimFunc) -> DeviceProgram:
    """Cut a lowered GPU function into host temporaries and SPMD kernels (see module doc)."""
    body = _VThreads().visit(func.body)
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


# ----------------------------------------------------------------------------- vector tails


def _conjuncts(c: E.Expr) -> list[E.Expr]:
    if isinstance(c, E.Binary) and c.op == E.Op.AND:
        return _conjuncts(c.a) + _conjuncts(c.b)
    return [c]


def _prefix_bound(c: E.Expr, v: E.Var) -> bool:
    """True for ``a(v) < b`` (or <=, >, >= mirrored) with ``a`` increasing in v and ``b``
    free of v: if it holds at the last lane it holds at every lane."""
    if not isinstance(c, E.Binary) or any(isinstance(n, E.Load) for n in walk(c)):
        return False
    if c.op in (E.Op.LT, E.Op.LE):
        a, b = c.a, c.b
    elif c.op in (E.Op.GT, E.Op.GE):
        a, b = c.b, c.a
    else:
        return False
    if uses_var(b, v) or not a.dtype.is_int:
        return False
    step = simplify(substitute(a, {v: v + E.const(1, v.dtype)}) - a)
    return isinstance(step, E.Const) and int(step.value) > 0


def _all(conds: list[E.Expr]) -> E.Expr:
    out = conds[0]
    for c in conds[1:]:
        out = E.binary(E.Op.AND, out, c)
    return out


class _VectorTails(Mutator):
    def visit_For(self, node: S.For) -> S.Stmt:
        node = self.generic_visit(node)
        if node.kind != S.ForKind.VECTORIZED or not isinstance(node.extent, E.Const):
            return node
        conds, body = [], node.body
        while isinstance(body, S.If) and body.orelse is None:
            conds += _conjuncts(body.cond)
            body = body.then
        v = node.var
        lane_free = [c for c in conds if not uses_var(c, v)]
        per_lane = [c for c in conds if uses_var(c, v)]
        if not per_lane or not all(_prefix_bound(c, v) for c in per_lane):
            return node
        last = node.min + E.const(int(node.extent.value) - 1, node.min.dtype)
        whole = _all([substitute(c, {v: last}) for c in per_lane])
        tail = S.For(v, node.min, node.extent, S.ForKind.SERIAL, S.If(_all(per_lane), body))
        out: S.Stmt = S.If(whole, S.For(v, node.min, node.extent, node.kind, body), tail)
        return S.If(_all(lane_free), out) if lane_free else out


def partition_vector_tails(func: PrimFunc) -> PrimFunc:
    """Vectorized loops under per-lane bound checks -> ``if (every lane in bounds) vector
    loop else serial loop with the checks``; other loops unchanged (see module doc)."""
    body = _VectorTails().visit(func.body)
    return func if body is func.body else func.with_body(body)


def kernel_pipeline() -> list[Pass]:
    """Passes run on each SPMD kernel after the split (flat, vectorized, unrolled)."""
    return [Pass("flatten_buffers", flatten_buffers),
            Pass("partition_vector_tails", partition_vector_tails),
            Pass("vectorize", vectorize), Pass("unroll", unroll), Pass("simplify", simplify_pass),
            Pass("remove_noops", remove_noops)]


def readable_pipeline() -> list[Pass]:
    """What the CUDA C printer reads: each SPMD kernel flat, before vectorize and unroll."""
    return [Pass("flatten_buffers", flatten_buffers),
            Pass("partition_vector_tails", partition_vector_tails),
            Pass("simplify", simplify_pass)]


class _DropPrefetches(Mutator):
    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        return S.Evaluate(E.const(0))


def drop_prefetches(func: PrimFunc) -> PrimFunc:
    """Pre: any loop IR. Post: no Prefetch: a schedule's ``prefetch`` is a hint for a CPU's
    caches; a GPU kernel stages its data with ``cache_read`` into shared memory instead."""
    body = _DropPrefetches().visit(func.body)
    return func if body is func.body else func.with_body(body)


def lower_gpu(func: PrimFunc, on_stage: Any = None) -> DeviceProgram:
    """The whole GPU pipeline: simplify, split host/device, then each kernel's passes."""
    func = run_pipeline(func, [Pass("drop_prefetches", drop_prefetches),
                               Pass("simplify", simplify_pass),
                               Pass("remove_noops", remove_noops)], on_stage=on_stage)
    prog = split_host_device(func)
    out = []
    for k in prog.kernels:
        attrs = {**k.attrs, "spmd": k}
        # The verifier can't see the thread-index vars bound; it checks the grid form instead.
        k2 = run_pipeline(k, kernel_pipeline(), on_stage=on_stage, verify=False)
        k2.attrs.update({key: v for key, v in attrs.items() if key not in k2.attrs})
        # Unrolled loops may have copied shared allocations: count what the kernel now holds.
        k2.attrs["launch"] = {**k2.attrs["launch"], "shared_bytes": sum(
            _nbytes(n.buffer) for n in walk(k2.body)
            if isinstance(n, S.Allocate) and n.buffer.scope == "shared")}
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
    "partition_vector_tails",
    "readable_pipeline",
    "split_host_device",
]
