"""SPMD kernel (loop IR) -> PTX through llvmlite's NVPTX backend (layer 5).

The CPU emitter's expression and statement code is reused; this subclass changes what
differs on a GPU: kernel signature (global-memory pointers in address space 1, i64 dims,
``ptx_kernel`` calling convention plus ``nvvm.annotations`` launch bounds), thread indices
from ``llvm.nvvm.read.ptx.sreg.*``, ``__syncthreads`` as ``llvm.nvvm.barrier0``, shared
buffers as address-space-3 globals and local buffers as allocas (address space 5 after
NVPTX lowering). Contiguous vector accesses get the alignment ``align.vector_alignment``
proves (16 bytes -> ``ld.global.v4.f32``); pointer arguments are declared ``align 16``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import llvmlite.binding as llvm
from llvmlite import ir

from ... import dtypes
from ...errors import CompileError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.func import PrimFunc
from ..float_mode import FloatMode
from ..llvm import builder_utils as bu
from ..llvm.builder_utils import I32, VOID
from ..llvm.emit import Emitter, kernel_symbol
from ..llvm.jit import LLVM_LOCK, NO_CRC, llvm_options
from ..target import Target
from .align import BASE_ALIGN, known_multiple, vector_alignment

TRIPLE = "nvptx64-nvidia-cuda"
GLOBAL_PTR = ir.PointerType(addrspace=1)
SHARED_PTR = ir.PointerType(addrspace=3)
LOCAL_LIMIT = 16 * 1024  # bytes of per-thread local arrays before we call the schedule wrong
_SREG = {"threadIdx": "tid", "blockIdx": "ctaid"}
# Newest PTX ISA the NVPTX backend of LLVM 22 writes for each architecture.
_PTX_FEATURES = {"sm_70": "+ptx64", "sm_75": "+ptx64", "sm_80": "+ptx70", "sm_86": "+ptx71",
                 "sm_89": "+ptx78", "sm_90": "+ptx78"}


def ptx_features(arch: str) -> str:
    return _PTX_FEATURES.get(arch, "+ptx78")


@functools.cache
def _init() -> None:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()
    llvm.initialize_native_asmparser()


@functools.cache
def target_machine(arch: str, features: str) -> llvm.TargetMachine:
    _init()
    return llvm.Target.from_triple(TRIPLE).create_target_machine(
        cpu=arch, features=features, opt=3)


@dataclass
class PTXModule:
    """PTX of one kernel plus the LLVM texts it came from."""

    symbol: str
    ptx: str
    llvm_ir: str
    llvm_opt: str


class _PTXEmitter(Emitter):
    def __init__(self, func: PrimFunc, mode: FloatMode, data_layout: str) -> None:
        super().__init__(func, TRIPLE, mode)
        self.module.data_layout = data_layout
        self.n_shared = 0
        self.multiples: dict[E.Var, int] = {}  # let-bound var -> known_multiple of its value

    def emit(self):  # type: ignore[override]
        f = self.func
        if not f.attrs.get("flattened"):
            raise CompileError(f"kernel {f.name!r} reached PTX codegen unflattened; run "
                               "tcomp.passes.gpu.lower_gpu first")
        symbol = kernel_symbol(f.name)
        fn = self.declare_kernel(symbol, GLOBAL_PTR, "ptx_kernel")
        for arg in fn.args[:len(f.params)]:
            arg.attributes.align = BASE_ALIGN  # whole cudaMalloc allocations (align.py)
        for tag, var in f.attrs["thread_vars"].items():
            kind, axis = tag.split(".")
            sreg = bu.get_function(self.module, f"llvm.nvvm.read.ptx.sreg.{_SREG[kind]}.{axis}",
                                   I32, [])
            v = self.b.call(sreg, [], name=tag.replace(".", "_"))
            self.fn.vars[var] = self.cast_value(v, dtypes.int32, var.dtype)
        self.stmt(f.body)
        self.b.ret_void()
        self._annotate(fn)
        return symbol

    def _annotate(self, fn: ir.Function) -> None:
        """``!nvvm.annotations``: kernel marker and maxntid (launch bounds) of the block."""
        block = self.func.attrs["launch"]["block"]
        ops = [fn, ir.MetaDataString(self.module, "kernel"), ir.Constant(I32, 1)]
        for axis, n in zip("xyz", block, strict=True):
            ops += [ir.MetaDataString(self.module, f"maxntid{axis}"), ir.Constant(I32, n)]
        self.module.add_named_metadata("nvvm.annotations", self.module.add_metadata(ops))

    def stmt_LetStmt(self, s: S.LetStmt) -> None:
        if s.var.dtype.is_int and s.var.dtype.lanes == 1:
            self.multiples[s.var] = known_multiple(s.value, self.multiples)
        super().stmt_LetStmt(s)

    def _vector_align(self, buf, indices: tuple[E.Expr, ...], lanes: int) -> int | None:
        """Alignment of a contiguous vector access when wider than one element, else None."""
        idx = indices[0] if len(indices) == 1 else None
        if lanes == 1 or not isinstance(idx, E.Ramp) or not E.is_const(idx.stride, 1) or \
                buf.dtype.is_bool or self.mask is not None or buf not in self.fn.bufs:
            return None
        align = vector_alignment(idx.base, buf.dtype.itemsize, lanes, self.multiples)
        return align if align > buf.dtype.itemsize else None

    def expr_Load(self, e: E.Load) -> ir.Value:
        align = self._vector_align(e.buffer, e.indices, e.dtype.lanes)
        if align is None:
            return super().expr_Load(e)
        elem = bu.scalar_type(e.buffer.dtype, memory=True)
        addr = self.b.gep(self.fn.bufs[e.buffer], [self._contiguous_base(e.indices[0])],
                          inbounds=True, source_etype=elem)
        return self.b.load(addr, typ=ir.VectorType(elem, e.dtype.lanes), align=align)

    def stmt_Store(self, s: S.Store) -> None:
        lanes = s.indices[0].dtype.lanes if len(s.indices) == 1 else 1
        align = self._vector_align(s.buffer, s.indices, lanes)
        if align is None:
            return super().stmt_Store(s)
        value = self.expr(s.value)
        if not bu.is_vector(value):
            value = bu.splat(self.b, value, lanes)
        elem = bu.scalar_type(s.buffer.dtype, memory=True)
        addr = self.b.gep(self.fn.bufs[s.buffer], [self._contiguous_base(s.indices[0])],
                          inbounds=True, source_etype=elem)
        self.b.store(value, addr, align=align)
        return None

    def stmt_Barrier(self, s: S.Barrier) -> None:
        self.b.call(bu.get_function(self.module, "llvm.nvvm.barrier0", VOID, []), [])

    def stmt_For(self, s: S.For) -> None:
        if s.kind in (S.ForKind.THREAD, S.ForKind.PARALLEL):
            raise CompileError(f"loop {s.var.name} ({s.kind.value} {s.thread_tag}) reached "
                               "PTX codegen; kernels must be in SPMD form (lower_gpu)")
        super().stmt_For(s)

    def stmt_Allocate(self, s: S.Allocate) -> None:
        buf = s.buffer
        size = 1
        for d in buf.shape:
            if not isinstance(d, E.Const):
                raise CompileError(f"{buf.scope} buffer '{buf.name}' has symbolic size "
                                   f"{list(buf.shape)}; GPU buffers need constant sizes")
            size *= int(d.value)
        elem = bu.scalar_type(buf.dtype, memory=True)
        if buf.scope == "shared":
            arr = ir.ArrayType(elem, max(size, 1))
            gv = ir.GlobalVariable(self.module, arr, f"{buf.name}.shared{self.n_shared}",
                                   addrspace=3)
            self.n_shared += 1
            gv.linkage = "internal"
            gv.align = 16
            gv.initializer = ir.Constant(arr, ir.Undefined)
            gv.type = SHARED_PTR  # opaque: accesses use explicit GEP element types
            self.fn.bufs[buf] = gv
        elif buf.scope == "local":
            if size * buf.dtype.itemsize > LOCAL_LIMIT:
                raise CompileError(f"local buffer '{buf.name}' needs {size * buf.dtype.itemsize}"
                                   f" bytes per thread (> {LOCAL_LIMIT}); give the local stage "
                                   "a smaller region (compute_at a thread-level loop)")
            self.fn.bufs[buf] = bu.alloca_entry(self.b, ir.ArrayType(elem, max(size, 1)),
                                                align=16, name=buf.name)
        else:
            raise CompileError(f"buffer '{buf.name}' of scope {buf.scope!r} is allocated inside "
                               "a GPU kernel; the host allocates global temporaries")
        self.stmt(s.body)
        del self.fn.bufs[buf]


def emit_llvm(func: PrimFunc, target: Target, mode: FloatMode = FloatMode.STRICT
              ) -> tuple[str, str]:
    """``(symbol, LLVM IR text)`` of one SPMD kernel for ``target.cuda_arch``."""
    tm = target_machine(target.cuda_arch, ptx_features(target.cuda_arch))
    em = _PTXEmitter(func, mode, str(tm.target_data))
    symbol = em.emit()
    return symbol, bu.module_text(em.module)


def compile_ptx(func: PrimFunc, target: Target, mode: FloatMode = FloatMode.STRICT
                ) -> PTXModule:
    """Verify, optimise at O3 (new pass manager) and emit PTX for one SPMD kernel."""
    symbol, text = emit_llvm(func, target, mode)
    tm = target_machine(target.cuda_arch, ptx_features(target.cuda_arch))
    try:
        mod = llvm.parse_assembly(text)
        mod.verify()
    except RuntimeError as exc:
        raise CompileError(f"LLVM rejected the NVPTX IR of kernel {func.name!r}: {exc}. This "
                           "is a tcomp bug; please report it with the IR", log=text) from None
    with LLVM_LOCK:  # the CPU compiler's too: LLVM's global options are shared
        pto = llvm.create_pipeline_tuning_options(speed_level=3)
        pto.loop_unrolling = True
        pb = llvm.create_pass_builder(tm, pto)
        with llvm_options(NO_CRC):
            pb.getModulePassManager().run(mod, pb)
        ptx = tm.emit_assembly(mod)
    return PTXModule(symbol, ptx, text, str(mod))


__all__ = ["TRIPLE", "PTXModule", "compile_ptx", "emit_llvm", "ptx_features", "target_machine"]
