"""CUDA backend: GPU-scheduled loop IR -> PTX (llvmlite NVPTX) and CUDA C; a kernel object
that launches through pycuda or runs on the CPU emulator (layer 5).

``tcomp.build(s, args, target="cuda")`` calls ``compile_cuda``. Nothing here imports pycuda.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...errors import ArgumentTypeError, ArgumentValueError, GPUScheduleError
from ...ir.func import PrimFunc
from ...passes import run_pipeline
from ...passes.gpu import DeviceProgram, lower_gpu, readable_pipeline
from ..float_mode import FloatMode
from ..llvm.emit import kernel_symbol
from ..target import Target
from .checks import check_program
from .cuda_c import cuda_source
from .emulate import Emulator, bind_dims, eval_shape
from .ptx import PTXModule, compile_ptx


class CudaKernel:
    """A built GPU program: call it with numpy arrays (copied to and from the device) or
    ``DeviceArray``s (stay on the device). ``emulate(*arrays)`` runs it on the CPU."""

    def __init__(self, prog: DeviceProgram, ptx: list[PTXModule], target: Target,
                 stages: dict[str, str]) -> None:
        self.program = prog
        self.ptx = ptx
        self.target = target
        self.stages = stages
        self.name = prog.name
        self._emulator: Emulator | None = None

    @property
    def params(self) -> tuple:
        return self.program.params

    def source(self, kind: str = "ptx") -> str:
        """``"ptx"``, ``"cuda"``, ``"llvm"``, ``"llvm-opt"``, ``"ir"`` or any stage recorded."""
        try:
            return self.stages[kind]
        except KeyError:
            raise ValueError(f"kernel {self.name!r} has no stage {kind!r}; available: "
                             f"{list(self.stages)}") from None

    def emulate(self, *arrays: np.ndarray) -> None:
        """Run every kernel on the CPU, thread by thread, writing outputs in place."""
        if self._emulator is None:
            self._emulator = Emulator(self.program)
        self._emulator(*arrays)

    def __call__(self, *args: Any) -> None:
        from ...runtime.cuda import get_device

        if len(args) != len(self.params):
            raise ArgumentTypeError(
                f"kernel '{self.name}' takes {len(self.params)} arrays "
                f"({', '.join(b.name for b in self.params)}) but got {len(args)}; pass one "
                "array per parameter, in that order")
        for i, (b, a) in enumerate(zip(self.params, args, strict=True)):
            if getattr(a, "dtype", None) != b.dtype.np:
                raise ArgumentTypeError(
                    f"argument {i} ('{b.name}') must have dtype {b.dtype}, got "
                    f"{getattr(a, 'dtype', type(a).__name__)}; pass a numpy or device array "
                    f"of dtype {b.dtype} (e.g. {b.name}.astype(np.{b.dtype.np.name}))")
        get_device().launch(self, args)

    def launch_on(self, dev: Any, args: Sequence[Any]) -> None:
        """Launch on a real device: numpy arguments are copied in and (all) copied back."""
        from ...runtime.cuda import DeviceArray

        dev_args, back = [], []
        for a in args:
            if isinstance(a, DeviceArray):
                if a.device is not dev:
                    raise ArgumentValueError(f"{a!r} belongs to another device; copy it to "
                                             "this one (via .numpy()) first")
                dev_args.append(a)
            else:
                d = dev.to_device(np.asarray(a))
                dev_args.append(d)
                back.append((a, d))
        dims = bind_dims(self.program, dev_args)
        bufs = dict(zip(self.params, dev_args, strict=True))
        for t in self.program.temps:
            bufs[t] = dev.empty(eval_shape(t.shape, dims), t.dtype.np)
        for k, mod in zip(self.program.kernels, self.ptx, strict=True):
            fn = dev.function(mod.ptx, mod.symbol)
            la = k.attrs["launch"]
            grid = eval_shape(la["grid"], dims)
            if min(grid) <= 0:
                continue
            fn(*[bufs[b].handle for b in k.params], *[np.int64(dims[v]) for v in k.dim_vars],
               block=tuple(la["block"]), grid=grid)
        for host, d in back:
            host[...] = dev.to_host(d)


def lower_cuda(func: PrimFunc, target: Target | str = "cuda", on_stage: Any = None
               ) -> DeviceProgram:
    """The checked device program of a lowered GPU function."""
    tgt = Target.parse(target)
    prog = lower_gpu(func, on_stage=on_stage)
    check_program(prog, tgt)
    return prog


def compile_cuda(func: PrimFunc, target: Target | str = "cuda", *,
                 stages: dict[str, str] | None = None,
                 fast_math: FloatMode | bool = False,
                 ptx: Sequence[PTXModule] | None = None) -> CudaKernel:
    """Lowered PrimFunc -> CudaKernel (PTX per kernel, CUDA C, every stage's text);
    ``fast_math``: a ``FloatMode``, or a bool (True: FAST). ``ptx``: the kernels' PTX from a
    cache (the device program is lowered again, and must have kernels of those symbols);
    the NVPTX code generation is then skipped."""
    target = Target.parse(target)
    mode = FloatMode.of(fast_math)
    stages = {} if stages is None else stages

    def record(name: str, f: PrimFunc) -> None:
        stages[f"pass:{len(stages):02d}:{name}"] = str(f)

    prog = lower_cuda(func, target, on_stage=record)
    stages["device_program"] = repr(prog)
    stages["ir"] = "\n\n".join(str(k) for k in prog.kernels)
    if ptx is not None:
        want = kernel_symbols(prog)
        if [m.symbol for m in ptx] != want:
            raise ValueError(f"the cached PTX has kernels {[m.symbol for m in ptx]}, the "
                             f"device program {want}")
        mods = list(ptx)
    else:
        mods = [compile_ptx(k, target, mode) for k in prog.kernels]
    stages["ptx"] = "\n".join(m.ptx for m in mods)
    stages["llvm"] = "\n".join(m.llvm_ir for m in mods)
    stages["llvm-opt"] = "\n".join(m.llvm_opt for m in mods)
    stages["cuda"] = cuda_c(prog)
    return CudaKernel(prog, mods, target, stages)


def cuda_c(prog: DeviceProgram) -> str:
    """The CUDA C of every kernel of ``prog``, for reading: the printer reads each kernel
    before vectorize and unroll (the SPMD form ``lower_gpu`` keeps), run through the
    readable pipeline."""
    readable = [run_pipeline(k.attrs["spmd"], readable_pipeline(), verify=False)
                for k in prog.kernels]
    return cuda_source(readable)


def kernel_symbols(prog: DeviceProgram) -> list[str]:
    """The PTX entry symbol of each kernel of ``prog``, in launch order."""
    return [kernel_symbol(k.name) for k in prog.kernels]


__all__ = ["CudaKernel", "GPUScheduleError", "compile_cuda", "cuda_c", "kernel_symbols",
           "lower_cuda"]
