"""Pass cross_thread_reduce: reductions over a threadIdx axis -> a block-wide tree (layer 4).

A reduction axis bound to threadIdx (``s[R].bind(k, "threadIdx.x")``): each thread folds its
share into a register, then the block combines the partial results in shared memory, in a
tree of log2(n) steps. The reduction nest (the outermost loop that holds only the update
``R[idx] = op(R[idx], v)`` and none of idx's loops) becomes::

    for t in 0..n  # threadIdx: acc = identity; <nest without the t loop, into acc>;
                                red[t] = acc
    for t in 0..n  # threadIdx: if t < s and t + s < n: red[t] = op(red[t], red[t + s])
    ...                         (s = n/2 rounded up to a power of two, ..., 2, 1)
    for t in 0..n  # threadIdx: [if t == 0:] R[idx] = op(R[idx], red[0])

(every thread does the last step when R is local, so each thread's copy gets the total).

Pre:  one kernel of ``split_host_device`` (bound loops, not yet SPMD).
Post: no update of one location by every thread of a threadIdx loop: each such reduction
      nest is the tree above, over a ``<R>.acc`` local and a ``<R>.red`` shared buffer.
      Raises GPUScheduleError for a reduction it can't combine across threads (several
      thread loops, a reducer that isn't +, *, min or max, a non-constant thread count).
"""

from __future__ import annotations

from typing import Any

from ...errors import GPUScheduleError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.visitor import Mutator, walk
from .program import is_thread_loop

_COMBINERS = (E.Op.ADD, E.Op.MUL, E.Op.MIN, E.Op.MAX)


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
    """Lowers each reduction nest over a threadIdx loop (see module doc)."""

    def __init__(self, kernel: str) -> None:
        super().__init__()
        self.kernel = kernel
        self.outer: list[S.For] = []

    def visit_For(self, node: S.For) -> S.Stmt:
        stores = [n for n in walk(node) if isinstance(n, S.Store)]
        if len(stores) == 1 and _reads_itself(stores[0]):
            used = _index_vars(stores[0])
            loops = [n for n in walk(node) if isinstance(n, S.For)]
            reducing = [n for n in loops if is_thread_loop(n)]
            if reducing and not any(n.var in used for n in loops):
                return self.lower(node, reducing, stores[0])
        if is_thread_loop(node) and not E.is_const(node.extent, 1):  # no reduction nest: no
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
        outer = [o for o in self.outer if is_thread_loop(o)]
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
            S.Store(acc, (zero,), E.reduce_identity(op, dt)), folded,
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


def cross_thread_reduce(kernel: PrimFunc) -> PrimFunc:
    """``kernel`` with its cross-thread reductions combined in shared memory (module doc)."""
    body = _CrossThreadReduce(kernel.name).visit(kernel.body)
    return kernel if body is kernel.body else kernel.with_body(body)


__all__ = ["cross_thread_reduce"]
