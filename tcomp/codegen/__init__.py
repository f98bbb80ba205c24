"""Code generation: PrimFunc -> object code for a Target (layer 5).

``codegen(func, target)`` dispatches on ``target.kind``; the runtime (``tcomp.runtime``)
loads the result and wraps it in a callable kernel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import CompileError
from .target import Target, TargetError

if TYPE_CHECKING:
    from ..ir.func import PrimFunc
    from .llvm.jit import CompiledObject


def codegen(func: PrimFunc, target: Target | str, fast_math: bool = False) -> CompiledObject:
    """Compile a flattened PrimFunc to optimised object code.

    Args:
        func: the kernel after the pass pipeline.
        target: a Target or a target string (``"llvm"``, ``"llvm -mcpu=znver4"``).
        fast_math: allow reassociation and approximations in float code.

    Returns:
        The object code with the ``llvm`` and ``llvm-opt`` texts (assembly on demand).
    """
    target = Target.parse(target)
    if target.kind == "cuda":
        raise CompileError(f"CUDA code generation is not available yet (kernel {func.name!r}); "
                           "build for target 'llvm' to run on the CPU")
    from .llvm.builder_utils import module_text
    from .llvm.emit import emit_module
    from .llvm.jit import compile_ir

    emitted = emit_module(func, target.resolved_triple, fast_math)
    return compile_ir(module_text(emitted.module), target, emitted.symbol,
                      emitted.uses_parallel)


__all__ = ["Target", "TargetError", "codegen"]
