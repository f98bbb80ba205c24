"""The device program and the helpers every GPU pass shares (layer 4).

``DeviceProgram`` is what ``split_host_device`` makes of a lowered GPU function: the
temporaries the host allocates and the kernels it launches in order. ``grid_program`` turns
one SPMD kernel back into an ordinary loop nest over its whole launch grid (the verifier and
the CPU emulator read that form).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import GPUScheduleError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.stmt import BLOCK_TAGS, THREAD_TAGS
from ...ir.visitor import Mutator, walk


@dataclass(frozen=True)
class DeviceProgram:
    """What the host does for one ``build``: allocate ``temps`` in device memory, launch the
    ``kernels`` in order (each a PrimFunc in SPMD form), free the temps."""

    name: str
    params: tuple[Buffer, ...]
    dim_vars: tuple[E.Var, ...]
    temps: tuple[Buffer, ...] = ()
    kernels: tuple[PrimFunc, ...] = ()

    def __repr__(self) -> str:
        lines = [f"device program {self.name}: temps "
                 f"{[f'{b.name}{list(b.shape)}' for b in self.temps]}"]
        for k in self.kernels:
            la = k.attrs["launch"]
            lines.append(f"launch {k.name} grid={list(la['grid'])} block={list(la['block'])} "
                         f"shared={la['shared_bytes']}B")
        return "\n".join(lines + [repr(k) for k in self.kernels])


def is_thread_loop(s: object) -> bool:
    """True for a loop bound to a threadIdx index."""
    return isinstance(s, S.For) and s.kind == S.ForKind.THREAD and s.thread_tag in THREAD_TAGS


def shared_bytes(body: S.Stmt) -> int:
    """Bytes of the shared buffers ``body`` allocates (each Allocate counted once)."""
    return sum(_nbytes(n.buffer) for n in walk(body)
               if isinstance(n, S.Allocate) and n.buffer.scope == "shared")


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


__all__ = ["DeviceProgram", "grid_program", "hoist_shared", "is_thread_loop",
           "shared_bytes"]
