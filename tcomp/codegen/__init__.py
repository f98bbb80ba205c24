"""Code generation: PrimFunc -> object code for a Target (layer 5).

``codegen(func, target)`` dispatches on ``target.kind``: ``llvm`` gives object code that the
runtime (``tcomp.runtime``) loads and wraps in a callable kernel; ``cuda`` gives a
``CudaKernel`` (PTX per kernel, launched through ``tcomp.runtime.cuda``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .float_mode import FloatMode
from .target import Target, TargetError

if TYPE_CHECKING:
    from ..ir.func import PrimFunc
    from .cuda import CudaKernel
    from .llvm.jit import CompiledObject


def codegen(func: PrimFunc, target: Target | str, fast_math: FloatMode | bool = False
            ) -> CompiledObject | CudaKernel:
    """Compile a PrimFunc for ``target``.

    Args:
        func: for ``llvm``, the kernel after the CPU pass pipeline (flattened); for ``cuda``,
            the lowered function with GPU-bound loops (the GPU pipeline runs here: host/device
            split, barriers, then flatten/vectorize/unroll per kernel).
        target: a Target or a target string (``"llvm -mcpu=znver4"``, ``"cuda -arch=sm_90"``).
        fast_math: how float code may be compiled: a ``FloatMode``, or True for FAST
            (reassociation and approximations), False for STRICT.

    Returns:
        ``llvm``: the object code with the ``llvm`` and ``llvm-opt`` texts (assembly on
        demand). ``cuda``: a ``CudaKernel`` holding the PTX of every kernel and its stages.
    """
    target = Target.parse(target)
    mode = FloatMode.of(fast_math)
    if target.kind == "cuda":
        from .cuda import compile_cuda

        return compile_cuda(func, target, fast_math=mode)
    from .llvm.builder_utils import module_text
    from .llvm.emit import emit_module
    from .llvm.jit import compile_ir

    emitted = emit_module(func, target.resolved_triple, mode, target.feature_set)
    return compile_ir(module_text(emitted.module), target, emitted.symbol,
                      emitted.uses_parallel, slp=not emitted.reassociable_accumulator)


__all__ = ["FloatMode", "Target", "TargetError", "codegen"]
