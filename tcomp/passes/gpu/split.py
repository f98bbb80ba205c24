"""split_host_device: a lowered GPU function -> host temporaries and kernels (layer 4).

Not a PrimFunc -> PrimFunc pass: it makes a ``DeviceProgram``, whose kernels the device
pipeline (``tcomp.passes.gpu``) then transforms one by one. The function's body is the root
stages in order, each inside the Allocates of the global temporaries::

    allocate T (global)                     program: temps [T]
      for b  # blockIdx.x: T = ..     ->      kernel main_k0: for b  # blockIdx.x: T = ..
      for b  # blockIdx.x: Y = T ..           kernel main_k1: for b  # blockIdx.x: Y = T ..

Pre:  a lowered GPU function after ``lower_vthreads`` (the host pipeline).
Post: one kernel per root stage (named after the function, ``_k<i>`` when there are
      several), each a PrimFunc of the stage's bound loops whose params are the function's
      params and temporaries it reads or writes, and whose dim vars are those it uses.
      Raises GPUScheduleError for a root stage that isn't bound to a block or thread index
      (it would run on the host) or a root temporary that isn't global.
"""

from __future__ import annotations

from ...errors import GPUScheduleError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.buffer import Buffer
from ...ir.func import PrimFunc
from ...ir.visitor import walk
from .program import DeviceProgram


def _kernel(stmt: S.Stmt, func: PrimFunc, temps: list[Buffer], name: str) -> PrimFunc:
    """The root stage ``stmt`` as a kernel: only the buffers and dim vars it uses."""
    used = {n.buffer for n in walk(stmt) if isinstance(n, (E.Load, S.Store))}
    params = tuple(b for b in (*func.params, *temps) if b in used)
    free = {n for n in walk(stmt) if isinstance(n, E.Var)}
    for b in params:
        for d in b.shape:
            free |= {n for n in walk(d) if isinstance(n, E.Var)}
    dims = tuple(v for v in func.dim_vars if v in free)
    return PrimFunc(name, params, stmt, dims)


def split_host_device(func: PrimFunc) -> DeviceProgram:
    """Cut a lowered GPU function into host temporaries and kernels (see module doc)."""
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
    kernels: list[PrimFunc] = []
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
        kname = func.name if len(stmts) == 1 else f"{func.name}_k{len(kernels)}"
        kernels.append(_kernel(s, func, temps, kname))
    return DeviceProgram(func.name, func.params, func.dim_vars, tuple(temps), tuple(kernels))


__all__ = ["split_host_device"]
