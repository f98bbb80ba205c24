"""CompiledKernel: a callable compiled kernel with argument checks and every stage's text
(layer 5).

A call checks each array against its Buffer (type, dtype, rank, shape with symbolic dims,
C-contiguity, alignment, writeable outputs, outputs not overlapping any other argument),
then calls the machine code through ctypes. Everything that doesn't depend on the
arguments is precomputed in the constructor so a small call costs a few microseconds. A
kernel built with bounds checks records the first access it skipped as out of bounds; the
call then raises OutOfBoundsError naming the tensor, the index and the shape.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import numpy as np

from ..codegen.llvm.checks import OOB_SUFFIX, buffer_table, unravel
from ..codegen.llvm.jit import CompiledObject, LoadedModule, release_workspaces
from ..codegen.target import Target
from ..dtypes import MAX_DIM
from ..errors import (
    ArgumentShapeError,
    ArgumentTypeError,
    ArgumentValueError,
    CompileError,
    OutOfBoundsError,
    OutOfMemoryError,
    TcompRuntimeError,
)
from ..ir import expr as E
from ..ir.func import PrimFunc
from ..ir.npops import eval_int
from ..ir.printer import expr_str, func_str
from ..ir.visitor import free_vars

_LLVM_STAGES = ("llvm", "llvm-opt", "asm")


def _probe_data_offset() -> int:
    """Offset of ``PyArrayObject.data``; reading it directly is ~8x faster than
    ``a.ctypes.data``. Verified on live arrays, else -1 (use the slow path)."""
    for off in (16, 32):  # PyObject header: default build, free-threaded build
        ok = True
        for a in (np.zeros(3), np.ones((2, 2), np.float32)[1:]):
            if ctypes.c_void_p.from_address(id(a) + off).value != a.ctypes.data:
                ok = False
        if ok:
            return off
    return -1


# Public for callers with their own checked fast path (tcomp.nn's fixed-shape launches):
# ``pointer_at(id(a) + DATA_OFFSET).value`` is ``a``'s data address when DATA_OFFSET >= 0.
DATA_OFFSET = _probe_data_offset()
pointer_at = ctypes.c_void_p.from_address


class Param:
    """Precomputed facts about one array parameter."""

    __slots__ = ("dims", "dtype", "fixed_shape", "index", "itemsize", "name", "ndim",
                 "output", "shape_text")

    def __init__(self, index: int, buf: Any, dim_index: dict[E.Var, int], output: bool) -> None:
        self.index = index
        self.name = buf.name
        self.dtype = buf.dtype.np
        self.itemsize = self.dtype.itemsize
        self.ndim = len(buf.shape)
        self.output = output
        self.shape_text = "(" + ", ".join(expr_str(d) for d in buf.shape) + (
            ",)" if len(buf.shape) == 1 else ")")
        # per dim: ("c", value) constant, ("v", k) dim var k, ("e", expr) derived expression
        self.dims: list[tuple[str, Any]] = []
        for d in buf.shape:
            if isinstance(d, E.Const):
                self.dims.append(("c", int(d.value)))
            elif isinstance(d, E.Var) and d in dim_index:
                self.dims.append(("v", dim_index[d]))
            else:
                self.dims.append(("e", d))
        self.fixed_shape = (tuple(v for _, v in self.dims)
                            if all(k == "c" for k, _ in self.dims) else None)


class _Stages(Mapping[str, str]):
    """Stage texts; ``asm`` is generated on first access (it needs a second codegen), and so
    is a given stage whose value is a function (called once, its text kept)."""

    def __init__(self, given: Mapping[str, str | Callable[[], str]], obj: CompiledObject
                 ) -> None:
        self._given = dict(given)
        self._obj = obj

    def __getitem__(self, key: str) -> str:
        if key == "llvm":
            return self._obj.llvm_ir
        if key == "llvm-opt":
            return self._obj.llvm_opt
        if key == "asm":
            return self._obj.assembly()
        text = self._given[key]
        if callable(text):
            text = self._given[key] = text()
        return text

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self._given if k not in _LLVM_STAGES)
        yield from _LLVM_STAGES

    def __len__(self) -> int:
        return len([k for k in self._given if k not in _LLVM_STAGES]) + len(_LLVM_STAGES)

    def __repr__(self) -> str:
        return f"<stages {list(self)}>"


class CompiledKernel:
    """A compiled kernel, callable on numpy arrays in the order of ``func.params``.

    Outputs (``func.attrs["outputs"]``) are written in place; the call returns None.
    """

    def __init__(self, func: PrimFunc, compiled: CompiledObject, loaded: LoadedModule | None,
                 stages: Mapping[str, str | Callable[[], str]] | None = None,
                 target: Target | None = None) -> None:
        self.func = func
        self.name = func.name
        self.target = target or compiled.target
        self._compiled = compiled
        self._loaded = loaded
        self._stages = _Stages(stages or {}, compiled)
        outputs = func.attrs.get("outputs")
        out_set = set(range(len(func.params))) if outputs is None else set(outputs)
        dim_index = {v: k for k, v in enumerate(func.dim_vars)}
        self._params = [Param(i, b, dim_index, i in out_set) for i, b in enumerate(func.params)]
        self._outputs = [p for p in self._params if p.output]
        self._ndims = len(func.dim_vars)
        self._has_exprs = any(k == "e" for p in self._params for k, _ in p.dims)
        for p in self._params:
            for kind, e in p.dims:
                stray = [v.name for v in free_vars(e) if v not in dim_index] if kind == "e" else []
                if stray:
                    raise CompileError(f"kernel {self.name!r}: the shape of {p.name} uses "
                                       f"{stray}, which are not dim vars of the function")
        bound = {v for p in self._params for k, v in p.dims if k == "v"}
        unbound = [func.dim_vars[k].name for k in range(self._ndims) if k not in bound]
        if unbound:
            raise CompileError(f"kernel {self.name!r}: dim var(s) {unbound} appear in no "
                               "parameter's shape, so a call can't bind them")
        self._cfunc = None
        self._oob: Any = None  # the module's error record (3 x int64), when it has checks
        if loaded is not None:
            proto = ctypes.CFUNCTYPE(None, *([ctypes.c_void_p] * len(self._params)),
                                     *([ctypes.c_int64] * self._ndims))
            self._cfunc = proto(loaded.address)
            self.num_threads = self.target.threads
            addr = loaded.engine.get_global_value_address(compiled.symbol + OOB_SUFFIX)
            if addr:
                self._oob = (ctypes.c_int64 * 3).from_address(addr)

    @property
    def bounds_flag(self) -> Any:
        """A ctypes int64 that is non-zero after a call skipped an out-of-bounds access or
        could not allocate a temporary (then call ``raise_bounds_error``), or None for a
        kernel without checks or heap temporaries. For callers of ``unchecked_entry``: ``if
        flag is not None and flag.value: ...``. The record is one per kernel, so calls of the
        same kernel from several Python threads at once may see each other's error."""
        if self._oob is None:
            return None
        return ctypes.c_int64.from_address(ctypes.addressof(self._oob))

    def raise_bounds_error(self, args: Any) -> None:
        """Raise OutOfBoundsError (or OutOfMemoryError) for what the last call recorded (made
        with the arrays ``args``, in parameter order), and clear the record."""
        code, index, size = self._oob[0], self._oob[1], self._oob[2]
        self._oob[0] = self._oob[1] = self._oob[2] = 0
        table = buffer_table(self.func)
        if code < 0:  # a heap temporary (codegen/llvm/workspace.py)
            buf = table[-code - 1] if -code - 1 < len(table) else None
            name = buf.name if buf is not None else f"buffer #{-code - 1}"
            dims = "" if buf is None else ", ".join(map(expr_str, buf.shape))
            shape = "" if buf is None else f" ({buf.dtype.name}[{dims}])"
            wanted = "more than 2**62 bytes" if index < 0 else f"{index} bytes"
            raise OutOfMemoryError(
                f"kernel {self.name!r}: could not allocate the temporary buffer '{name}'"
                f"{shape}: {wanted}. Its code did not run, so the outputs are incomplete. "
                "Call the kernel with smaller sizes, or schedule the stage that makes it "
                "(compute_at) so it needs less memory")
        bid, store = divmod(code - 1, 2)
        buf = table[bid] if 0 <= bid < len(table) else None
        what = "write to" if store else "read of"
        if bid < len(self._params) and buf is not None and bid < len(args):
            p = self._params[bid]
            shape = tuple(np.shape(args[bid]))
            pos = list(unravel(index, shape)) if shape else [index]
            where = (f"{what} {p.name}{pos} (flat index {index}) is out of bounds: "
                     f"{p.name} has shape {shape}")
        else:
            name = buf.name if buf is not None else f"buffer #{bid}"
            where = (f"{what} the temporary buffer '{name}' at flat index {index} is out of "
                     f"bounds: it holds {size} elements")
        raise OutOfBoundsError(
            f"kernel {self.name!r}: {where}. The access was skipped, so no memory outside "
            "the arrays was touched, but the outputs are incomplete. Keep the indices of the "
            "computes inside their tensors (an index read from an array must be valid for "
            "the tensor it indexes)")

    @property
    def unchecked_entry(self) -> Any:
        """The machine code as a ctypes function of raw data pointers (then the dim values),
        with none of ``__call__``'s checks; None where it can't run in this process. For
        callers that check their arrays themselves, and ``bounds_flag`` after each call."""
        return self._cfunc

    @property
    def params(self) -> list[Param]:
        """Each buffer's contract in parameter order: ``index``, ``name``, ``dtype``,
        ``ndim``, ``output``, ``shape_text`` and ``dims`` (per axis ``("c", extent)``,
        ``("v", k)``: dim var ``k``, or ``("e", expr)``: derived from the dim vars)."""
        return list(self._params)

    @property
    def compiled(self) -> CompiledObject:
        """What codegen made of the kernel: its object code, LLVM texts and symbol."""
        return self._compiled

    @property
    def uses_parallel(self) -> bool:
        """Whether the code calls the thread runtime (``tcomp_rt_parallel_for``)."""
        return self._compiled.uses_parallel

    # ------------------------------------------------------------------ texts and files
    @property
    def stages(self) -> Mapping[str, str]:
        """Every stage's text by name: the caller's loop-IR stages, then llvm/llvm-opt/asm."""
        return self._stages

    def source(self, kind: str = "llvm") -> str:
        """Text of one stage: ``"llvm"`` (unoptimised), ``"llvm-opt"``, ``"asm"``, ``"ir"``
        or any loop-IR stage name the build driver recorded."""
        if kind == "ir" and "ir" not in self._stages._given:
            return func_str(self.func)
        try:
            return self._stages[kind]
        except KeyError:
            raise ValueError(f"kernel {self.name!r} has no stage {kind!r}; available: "
                             f"{[*self._stages, 'ir']}") from None

    @property
    def object_code(self) -> bytes:
        return self._compiled.object_code

    @property
    def symbol(self) -> str:
        """The C symbol of the kernel in its object file."""
        return self._compiled.symbol

    def export_object(self, path: str) -> None:
        """Write the relocatable object file (ELF/Mach-O/COFF of the target).

        The symbol is ``void <symbol>(T* params..., int64_t dims...)``. A kernel with parallel
        loops also needs ``tcomp_rt_parallel_for`` (see ``codegen.llvm.parallel.runtime_ir``);
        ``tc.export_library`` makes a complete library, with checked C entry points.
        A kernel with bounds checks defines ``int64_t <symbol>_oob[3]``: non-zero ``[0]`` after
        a call means an access was skipped (``[1]`` its flat index, ``[2]`` the buffer size;
        see ``codegen.llvm.checks``); clear it before the next call.
        """
        with open(path, "wb") as fh:
            fh.write(self._compiled.object_code)

    def export_asm(self, path: str) -> None:
        with open(path, "w") as fh:
            fh.write(self._compiled.assembly())

    @property
    def num_threads(self) -> int:
        return self._num_threads

    @num_threads.setter
    def num_threads(self, n: int) -> None:
        """Threads for this kernel's parallel loops (takes effect on the next call)."""
        self._num_threads = max(1, int(n))
        if self._loaded is not None:
            self._loaded.set_num_threads(self._num_threads)

    def release_workspace(self) -> None:
        """Free the blocks this kernel keeps for its heap temporaries between calls (safe
        while it runs on other threads: a call keeps the block it is using); the next call
        allocates again. ``tc.release_workspaces()`` does it for every loaded kernel."""
        if self._loaded is not None:
            self._loaded.release_workspace()

    def __repr__(self) -> str:
        return f"<CompiledKernel {self.name} ({', '.join(p.name for p in self._params)}) " \
               f"for {self.target}>"

    # ------------------------------------------------------------------ calling
    def __call__(self, *args: Any) -> None:
        params = self._params
        if len(args) != len(params):
            raise ArgumentTypeError(
                f"kernel {self.name!r} takes {len(params)} arrays "
                f"({', '.join(p.name for p in params)}) but got {len(args)}; pass one array "
                "per parameter, in that order")
        if self._cfunc is None:
            lacks = self.target.missing_on_host()
            why = f"its code uses {', '.join(lacks)}, which this CPU lacks" if lacks else (
                "another architecture")
            raise TcompRuntimeError(
                f"kernel {self.name!r} was compiled for {self.target} ({why}) and can't run "
                "in this process; use export_object(), or build for the host (target='llvm')")
        dims = [-1] * self._ndims
        ptrs = []
        off = DATA_OFFSET
        for p, a in zip(params, args, strict=True):
            if not isinstance(a, np.ndarray):
                raise ArgumentTypeError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} must be a numpy "
                    f"ndarray, got {type(a).__name__}; pass np.asarray(x, dtype=np.{p.dtype})")
            if a.dtype is not p.dtype and a.dtype != p.dtype:
                raise ArgumentTypeError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} has dtype "
                    f"{a.dtype}, expected {p.dtype}; pass {p.name}.astype(np.{p.dtype})")
            shape = a.shape
            if shape != p.fixed_shape:
                self._check_shape(p, shape, dims, args)
            flags = a.flags
            if not flags.c_contiguous:
                raise ArgumentValueError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} is not "
                    f"C-contiguous (strides {a.strides}); pass np.ascontiguousarray({p.name})")
            if p.output and not flags.writeable:
                raise ArgumentValueError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} is an output but "
                    f"is read-only; pass a writeable array (e.g. np.empty_like({p.name}))")
            ptr = (pointer_at(id(a) + off).value or 0) if off >= 0 else a.ctypes.data
            if ptr % p.itemsize and a.size:
                raise ArgumentValueError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} is not aligned to "
                    f"its {p.itemsize}-byte elements (address {ptr:#x}); pass a copy: "
                    f"np.array({p.name})")
            ptrs.append(ptr)
        if self._has_exprs:
            self._check_derived(dims, args)
        live = False
        for o in self._outputs:
            a = args[o.index]
            n = a.nbytes
            if not n:
                continue
            live = True
            lo = ptrs[o.index]
            hi = lo + n
            for p in params:
                if p is o:
                    continue
                b = args[p.index]
                bn = b.nbytes
                if bn and lo < ptrs[p.index] + bn and ptrs[p.index] < hi:
                    raise ArgumentValueError(
                        f"output argument {o.index} ({o.name}) of kernel {self.name!r} shares "
                        f"memory with argument {p.index} ({p.name}); the kernel assumes no "
                        f"overlap: pass a separate output array, e.g. np.empty_like({o.name})")
        if not live and self._outputs:
            return  # every output is empty: nothing to compute
        self._cfunc(*ptrs, *dims)
        oob = self._oob
        if oob is not None and oob[0]:
            self.raise_bounds_error(args)

    def _check_shape(self, p: Param, shape: tuple[int, ...], dims: list[int],
                     args: tuple[Any, ...]) -> None:
        if len(shape) != p.ndim:
            raise ArgumentShapeError(
                f"argument {p.index} ({p.name}) of kernel {self.name!r} must have {p.ndim} "
                f"dimension(s), shape {p.shape_text}, but has {len(shape)}: shape {shape}; "
                f"pass an array of shape {p.shape_text}")
        for axis, ((kind, v), size) in enumerate(zip(p.dims, shape, strict=True)):
            if kind == "c" and size != v:
                raise ArgumentShapeError(
                    f"argument {p.index} ({p.name}) of kernel {self.name!r} has shape {shape}, "
                    f"expected {p.shape_text}: dimension {axis} is {size}, must be {v}; pass "
                    f"an array of shape {p.shape_text} (or rebuild the kernel for this size)")
            if kind == "v":
                if dims[v] < 0:
                    if size > MAX_DIM:
                        raise ArgumentShapeError(
                            f"argument {p.index} ({p.name}) of kernel {self.name!r}: dimension "
                            f"{axis} ({self.func.dim_vars[v].name}) is {size}, above the "
                            f"largest symbolic dimension tcomp supports ({MAX_DIM} = 2**48 - 1)")
                    dims[v] = size
                elif dims[v] != size:
                    var = self.func.dim_vars[v].name
                    first = self._binder(v, args)
                    raise ArgumentShapeError(
                        f"argument {p.index} ({p.name}) of kernel {self.name!r} has shape "
                        f"{shape}, expected {p.shape_text}: dimension {axis} ({var}) is {size},"
                        f" but {var} = {dims[v]} from {first}; make the shapes agree")

    def _binder(self, k: int, args: tuple[Any, ...]) -> str:
        for p in self._params:
            for kind, v in p.dims:
                if kind == "v" and v == k:
                    return f"argument {p.index} ({p.name}) with shape {args[p.index].shape}"
        return "?"

    def _check_derived(self, dims: list[int], args: tuple[Any, ...]) -> None:
        env = {v: dims[k] for k, v in enumerate(self.func.dim_vars)}
        for p in self._params:
            shape = args[p.index].shape
            for axis, (kind, e) in enumerate(p.dims):
                if kind != "e":
                    continue
                want = eval_int(e, env, f"dimension {axis} of argument {p.index} ({p.name})")
                if shape[axis] != want:
                    raise ArgumentShapeError(
                        f"argument {p.index} ({p.name}) of kernel {self.name!r} has shape "
                        f"{shape}, expected {p.shape_text}: dimension {axis} is {shape[axis]}, "
                        f"must be {expr_str(e)} = {want}; make the shapes agree")


__all__ = ["CompiledKernel", "Param", "release_workspaces"]
