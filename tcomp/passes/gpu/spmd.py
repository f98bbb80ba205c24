"""Pass to_spmd: a kernel's thread-bound loops -> what one GPU thread runs (layer 4).

Each loop bound to a block or thread index reads that index instead of iterating::

    for v in 0..n  # bind threadIdx.x      ->    let v = threadIdx.x
      body                                       if v < n: body

The guard is dropped when ``n`` is the launch extent of the tag (the loop covers it
exactly); ``threadIdx.x`` is the Var in ``attrs["thread_vars"]``.

Pre:  a kernel after ``check_launch`` (``attrs["launch"]`` and ``attrs["thread_vars"]``).
Post: SPMD form: no THREAD loop; each became a LetStmt of its variable (``min`` plus the
      index), guarded by ``index < extent`` unless the extent is the launch extent. The
      verifier can't check this form (the index vars are bound by the launch), so it checks
      ``grid_program`` of the kernel instead.
"""

from __future__ import annotations

from ...arith import can_prove, simplify
from ...dtypes import int64
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.stmt import BLOCK_TAGS, THREAD_TAGS
from ...ir.visitor import Mutator


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


def to_spmd(kernel: PrimFunc) -> PrimFunc:
    """``kernel`` in SPMD form (see module doc)."""
    la = kernel.attrs["launch"]
    extents = dict(zip(BLOCK_TAGS, la["grid"], strict=True))
    extents.update((t, E.const(n, int64)) for t, n in zip(THREAD_TAGS, la["block"], strict=True))
    body = _ToSPMD(extents, kernel.attrs["thread_vars"]).visit(kernel.body)
    return kernel if body is kernel.body else kernel.with_body(body)


__all__ = ["to_spmd"]
