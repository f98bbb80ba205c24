"""LLVM CPU backend: IR emission, JIT/object output and the parallel thread runtime (layer 5)."""

from __future__ import annotations

from .emit import EmittedModule, emit_module, kernel_symbol
from .jit import STATS, CompiledObject, LoadedModule, compile_ir

__all__ = ["STATS", "CompiledObject", "EmittedModule", "LoadedModule", "compile_ir",
           "emit_module", "kernel_symbol"]
