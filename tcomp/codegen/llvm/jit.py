"""LLVM text -> verified, O3-optimised module -> object code -> function loaded in MCJIT
(layer 5). Objects from the disk cache take only the last step: no optimiser, no codegen.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field

import llvmlite.binding as llvm

from ...errors import CompileError
from ..target import Target

# Counters for tests and --debug output: "codegen" counts LLVM optimise+codegen runs of
# kernels, "loads" counts objects linked into MCJIT.
STATS: dict[str, int] = {"codegen": 0, "loads": 0, "runtime_codegen": 0}

_lock = threading.Lock()


@functools.cache
def _init_llvm() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@functools.cache
def _target_machine(triple: str, cpu: str, features: str) -> llvm.TargetMachine:
    return _new_target_machine(triple, cpu, features)


def _new_target_machine(triple: str, cpu: str, features: str) -> llvm.TargetMachine:
    _init_llvm()
    try:
        tgt = llvm.Target.from_triple(triple)
    except RuntimeError as exc:
        raise CompileError(f"LLVM has no backend for target triple {triple!r}: {exc}") from None
    # PIC + small code model: the object is relocatable both into MCJIT memory and into a
    # shared library built from export_object().
    return tgt.create_target_machine(cpu=cpu, features=features, opt=3, reloc="pic",
                                     codemodel="default")


def target_machine(target: Target) -> llvm.TargetMachine:
    """The (cached) LLVM TargetMachine of a CPU target."""
    if target.kind != "llvm":
        raise CompileError(f"target {target} is not an LLVM CPU target")
    return _target_machine(target.resolved_triple, target.cpu or "generic", target.features)


def parse_and_verify(text: str, what: str) -> llvm.ModuleRef:
    """Parse LLVM assembly and run the verifier; failures raise CompileError with the IR."""
    _init_llvm()
    try:
        mod = llvm.parse_assembly(text)
        mod.verify()
    except RuntimeError as exc:
        raise CompileError(f"LLVM rejected the generated IR of {what}: {exc}. This is a tcomp "
                           "bug; please report it with the IR below", log=text) from None
    return mod


def optimize(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> None:
    """Run the new pass manager's O3 pipeline with loop and SLP vectorisation on."""
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pto.loop_unrolling = True
    pb = llvm.create_pass_builder(tm, pto)
    pm = pb.getModulePassManager()
    pm.run(mod, pb)


@dataclass
class CompiledObject:
    """Object code of one kernel module plus the texts of its LLVM stages."""

    symbol: str
    object_code: bytes
    target: Target
    uses_parallel: bool
    llvm_ir: str
    llvm_opt: str
    _asm: str | None = field(default=None, repr=False)

    def assembly(self) -> str:
        """Assembly text, generated on first use from the optimised IR (a second codegen)."""
        if self._asm is None:
            mod = parse_and_verify(self.llvm_opt, self.symbol)
            self._asm = target_machine(self.target).emit_assembly(mod)
        return self._asm


def compile_ir(text: str, target: Target, symbol: str, uses_parallel: bool,
               count_as: str = "codegen") -> CompiledObject:
    """Verify, optimise at O3 and emit object code for ``target``."""
    tm = target_machine(target)
    mod = parse_and_verify(text, f"kernel {symbol}")
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    with _lock:  # LLVM's global option state isn't guaranteed thread safe
        optimize(mod, tm)
        try:  # what the optimiser made must be valid too before the backend sees it
            mod.verify()
        except RuntimeError as exc:
            raise CompileError(f"LLVM's optimiser produced invalid IR for kernel {symbol}: "
                               f"{exc}. This is a tcomp or LLVM bug; please report it with "
                               "the IR below", log=text) from None
        obj = tm.emit_object(mod)
        STATS[count_as] += 1
    return CompiledObject(symbol, obj, target, uses_parallel, text, str(mod))


class LoadedModule:
    """An object file linked into its own MCJIT engine; keeps the engine (and code) alive."""

    def __init__(self, obj: CompiledObject) -> None:
        from .emit import NUM_THREADS_GLOBAL

        if obj.target.resolved_triple != llvm.get_process_triple():
            raise CompileError(f"kernel {obj.symbol} was compiled for "
                               f"{obj.target.resolved_triple} and can't run on this "
                               f"{llvm.get_process_triple()} machine; export it instead")
        if obj.uses_parallel:
            from .parallel import ensure_runtime

            ensure_runtime()
        t = obj.target
        # An MCJIT engine takes ownership of its TargetMachine: give each its own.
        tm = _new_target_machine(t.resolved_triple, t.cpu or "generic", t.features)
        with _lock:
            engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
            try:
                engine.add_object_file(llvm.ObjectFileRef.from_data(obj.object_code))
                engine.finalize_object()
            except RuntimeError as exc:
                raise CompileError(f"MCJIT could not load the object of {obj.symbol}: "
                                   f"{exc}") from None
            STATS["loads"] += 1
        self.obj = obj
        self.engine = engine
        self.address = engine.get_function_address(obj.symbol)
        if not self.address:
            raise CompileError(f"symbol {obj.symbol} not found in the compiled object")
        self.num_threads_address = (engine.get_global_value_address(NUM_THREADS_GLOBAL)
                                    if obj.uses_parallel else 0)

    def set_num_threads(self, n: int) -> None:
        """Set the module's ``tcomp_num_threads`` global (parallel loops read it per call)."""
        if self.num_threads_address:
            import ctypes

            ctypes.c_int32.from_address(self.num_threads_address).value = max(1, int(n))


__all__ = ["STATS", "CompiledObject", "LoadedModule", "compile_ir", "optimize",
           "parse_and_verify", "target_machine"]
