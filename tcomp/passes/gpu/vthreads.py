"""Pass lower_vthreads: loops bound to ``vthread`` -> loops inside each GPU thread (layer 4).

A virtual thread (as in TVM) is work one GPU thread does several times over, so that a
thread computes a strided share of a tile::

    for v in 0..n  # bind vthread        ->    for v in 0..n  # unrolled

Pre:  a lowered GPU function (loops bound to blockIdx/threadIdx/vthread).
Post: no loop bound to ``vthread``; each became an UNROLLED loop, or a SERIAL one when its
      body allocates shared memory (unrolling would copy the allocation and multiply the
      shared memory). Raises GPUScheduleError for a vthread loop of non-constant extent.
      Runs before ``split_host_device``, so the barrier pass sees the serial loop it is.
"""

from __future__ import annotations

from ...errors import GPUScheduleError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ...ir.stmt import VTHREAD_TAG
from ...ir.visitor import Mutator, walk


class _VThreads(Mutator):
    def visit_For(self, node: S.For) -> S.Stmt:
        body = self.visit(node.body)
        if node.kind != S.ForKind.THREAD or node.thread_tag != VTHREAD_TAG:
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


def lower_vthreads(func: PrimFunc) -> PrimFunc:
    """``func`` with its vthread loops made loops of each GPU thread (see module doc)."""
    body = _VThreads().visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["lower_vthreads"]
