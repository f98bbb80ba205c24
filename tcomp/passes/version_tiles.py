"""Pass version_tiles: a local buffer's unrolled loops of unknown extent run as constant ones
where that extent takes its largest value (layer 4).

Pre:  none (any loop IR; before ``unroll``).
Post: an ``Allocate`` whose body holds UNROLLED loops whose extents are one expression ``e``
      of the enclosing loops' variables, each loop's variable indexing the buffer's
      dimension of constant size ``n`` (2 to ``MAX_EXTENT``; the accesses stay in bounds,
      so ``e <= n``), is ``if e == n: <the body with those extents n> else: <the body>``;
      the first copy's buffer and inner variables are fresh. Nothing else changes.

A split that doesn't divide, fused into a parallel loop, can't peel its last partial tile:
the tile's rows become ``for y in 0..min(yo * 3 + 2, 55) - yo * 3 + 1`` in every iteration,
and ``unroll`` keeps a loop of unknown extent serial, so the register tile lives in memory
(a conv2d's 4 x 3 tile with the image rows fused into the parallel loop: 4.1 ms where the
peeled schedule took 1.1). The full tiles, nearly all of them, now take the unrolled copy.
"""

from __future__ import annotations

from typing import Any

from ..ir import expr as E
from ..ir import stmt as S
from ..ir.func import PrimFunc
from ..ir.node import structural_equal
from ..ir.visitor import Mutator, walk
from .partition_loops import LoopRanges
from .unroll import count_stmts, fresh_copy

MAX_EXTENT = 64  # the largest constant extent a versioned tile loop may take
MAX_BODY_STMTS = 256  # statements of a body that may be copied


def version_tiles(func: PrimFunc) -> PrimFunc:
    new = _Version().visit(func.body)
    return func if new is func.body else func.with_body(new)


class _Version(LoopRanges):
    def visit_Allocate(self, node: S.Allocate) -> Any:
        node = self.generic_visit(node)
        loops = [n for n in walk(node.body) if isinstance(n, S.For)
                 and n.kind == S.ForKind.UNROLLED and not isinstance(n.extent, E.Const)]
        if not loops or count_stmts(node.body) > MAX_BODY_STMTS:
            return node
        e = loops[0].extent
        if not all(structural_equal(lp.extent, e) for lp in loops[1:]) or any(
                isinstance(v, E.Var) and v not in self.ranges for v in walk(e)):
            return node  # several extents, or one bound inside the allocation
        # the tile's size: the buffer dimension such a loop's variable indexes (its accesses
        # stay in bounds, so the extent never exceeds it)
        sizes = {_dim(node.buffer, lp) for lp in loops}
        if len(sizes) != 1 or None in sizes:
            return node
        n = sizes.pop()
        if not 2 <= n <= MAX_EXTENT:
            return node
        full = _Extents(e, E.const(n, e.dtype)).visit(fresh_copy(node, {}))
        return S.If(E.binary(E.Op.EQ, e, E.const(n, e.dtype)), full, node)


def _dim(buf: Any, loop: S.For) -> int | None:
    """The constant size of the dimension of ``buf`` that ``loop``'s variable indexes alone
    in the accesses of ``buf`` inside it (None if none or several)."""
    dims = set()
    for n in walk(loop.body):
        if isinstance(n, (E.Load, S.Store)) and n.buffer is buf:
            for k, ix in enumerate(n.indices):
                if ix is loop.var or structural_equal(ix, loop.var):
                    d = buf.shape[k]
                    dims.add(d.value if isinstance(d, E.Const) else None)
    return dims.pop() if len(dims) == 1 else None


class _Extents(Mutator):
    """UNROLLED loops of extent ``old`` get extent ``new``."""

    def __init__(self, old: E.Expr, new: E.Expr) -> None:
        super().__init__()
        self.old, self.new = old, new

    def visit_For(self, node: S.For) -> Any:
        node = self.generic_visit(node)
        if node.kind == S.ForKind.UNROLLED and structural_equal(node.extent, self.old):
            return S.For(node.var, node.min, self.new, node.kind, node.body, node.thread_tag)
        return node
