"""cgutils-style helpers over llvmlite's IR builder: types, constants, loops, entry-block
allocas, loop metadata and masked-memory intrinsics (layer 5). The per-Op arithmetic is
``operators.py``'s.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from llvmlite import ir
from llvmlite.ir import types as _ir_types

from ...dtypes import DType

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
PTR = ir.PointerType()
VOID = ir.VoidType()

_SCALAR = {("f", 32): ir.FloatType(), ("f", 64): ir.DoubleType(), ("i", 8): I8,
           ("i", 16): ir.IntType(16), ("i", 32): I32, ("i", 64): I64}


_print_lock = threading.Lock()


def module_text(module: ir.Module) -> str:
    """LLVM assembly of ``module`` with every pointer printed as the opaque ``ptr``.

    llvmlite still builds typed pointers for allocas, globals and functions (its builder
    checks use them) and prints them as ``T*`` unless its module-level switch is off; we
    flip it only while printing, so other llvmlite users in the process are unaffected.
    """
    with _print_lock:
        old = _ir_types.ir_layer_typed_pointers_enabled
        _ir_types.ir_layer_typed_pointers_enabled = False
        try:
            return str(module)
        finally:
            _ir_types.ir_layer_typed_pointers_enabled = old


def scalar_type(dtype: DType, memory: bool = False) -> ir.Type:
    """LLVM type of one element: bool is ``i1`` in registers and ``i8`` in memory."""
    if dtype.kind == "b":
        return I8 if memory else I1
    return _SCALAR[(dtype.kind, dtype.bits)]


def llvm_type(dtype: DType, memory: bool = False) -> ir.Type:
    """LLVM type of a scalar or vector dtype."""
    t = scalar_type(dtype, memory)
    return t if dtype.lanes == 1 else ir.VectorType(t, dtype.lanes)


def constant(dtype: DType, value: Any) -> ir.Constant:
    """A scalar or splatted vector constant (inf and nan included)."""
    t = scalar_type(dtype)
    if dtype.is_float:
        c = ir.Constant(t, float(value))
    elif dtype.is_bool:
        c = ir.Constant(t, 1 if value else 0)
    else:
        c = ir.Constant(t, int(value))
    return c if dtype.lanes == 1 else ir.Constant(ir.VectorType(t, dtype.lanes), [c] * dtype.lanes)


def splat(builder: ir.IRBuilder, value: ir.Value, lanes: int) -> ir.Value:
    """Broadcast a scalar to ``<lanes x T>`` (insertelement + zero shuffle)."""
    vt = ir.VectorType(value.type, lanes)
    if isinstance(value, ir.Constant):
        return ir.Constant(vt, [value] * lanes)
    v = builder.insert_element(ir.Constant(vt, ir.Undefined), value, ir.Constant(I32, 0))
    return builder.shuffle_vector(v, ir.Constant(vt, ir.Undefined),
                                  ir.Constant(ir.VectorType(I32, lanes), [0] * lanes))


def lane_ids(element: ir.Type, lanes: int) -> ir.Constant:
    """The constant vector ``<0, 1, ..., lanes-1>`` of ``element`` type."""
    vals = [float(i) if isinstance(element, (ir.FloatType, ir.DoubleType)) else i
            for i in range(lanes)]
    return ir.Constant(ir.VectorType(element, lanes), [ir.Constant(element, v) for v in vals])


def mangle(t: ir.Type) -> str:
    """Intrinsic name suffix of a type (``f32``, ``v8f64``, ``p0``, ``v4p0``)."""
    if isinstance(t, ir.VectorType):
        return f"v{t.count}{mangle(t.element)}"
    if isinstance(t, ir.FloatType):
        return "f32"
    if isinstance(t, ir.DoubleType):
        return "f64"
    if isinstance(t, ir.IntType):
        return f"i{t.width}"
    if isinstance(t, ir.PointerType):
        return f"p{t.addrspace}"
    raise TypeError(f"can't mangle {t}")


def get_function(module: ir.Module, name: str, ret: ir.Type, args: Sequence[ir.Type],
                 var_arg: bool = False) -> ir.Function:
    """Declare ``name`` once per module (or return the existing declaration)."""
    fn = module.globals.get(name)
    if fn is None:
        fn = ir.Function(module, ir.FunctionType(ret, list(args), var_arg=var_arg), name)
    return fn


def intrinsic(builder: ir.IRBuilder, base: str, ret: ir.Type, args: Sequence[ir.Value],
              overload: Sequence[ir.Type] | None = None, fastmath: Sequence[str] = (),
              name: str = "") -> ir.Value:
    """Call ``llvm.<base>.<mangled overload types>`` (default overload: the return type)."""
    tys = [ret] if overload is None else list(overload)
    full = ".".join([f"llvm.{base}", *(mangle(t) for t in tys)])
    fn = get_function(builder.module, full, ret, [a.type for a in args])
    return builder.call(fn, list(args), fastmath=tuple(fastmath), name=name)


class Callee(ir.values.Value):
    """An indirect callee: an opaque ``ptr`` (a function pointer loaded or computed at run time)
    that llvmlite's CallInstr can call, since it takes the signature from
    ``callee.function_type``."""

    def __init__(self, ptr: ir.Value, fnty: ir.FunctionType) -> None:
        self.ptr = ptr
        self.type = ptr.type
        self.function_type = fnty

    def get_reference(self) -> str:
        return self.ptr.get_reference()

    def __str__(self) -> str:
        return str(self.ptr)


# ----------------------------------------------------------------------------- allocas


def alloca_entry(builder: ir.IRBuilder, typ: ir.Type, count: int | None = None,
                 align: int = 0, name: str = "") -> ir.Value:
    """``alloca`` at the top of the current function's entry block, so LLVM promotes it and
    a loop around the use doesn't grow the stack.
    """
    entry = builder.function.entry_basic_block
    with builder.goto_block(entry):
        if entry.instructions:
            builder.position_before(entry.instructions[0])
        size = None if count is None else ir.Constant(I64, count)
        slot = builder.alloca(typ, size=size, name=name)
        slot.type = PTR  # opaque: element access goes through explicit GEP source types
        if align:
            slot.align = align
    return slot


# ----------------------------------------------------------------------------- control flow


@contextlib.contextmanager
def for_range(builder: ir.IRBuilder, start: ir.Value, stop: ir.Value, name: str = "i",
              loop_md: ir.MDValue | None = None) -> Iterator[ir.Value]:
    """Counted loop ``for i in [start, stop)`` with step 1; yields the induction variable.

    The body is emitted inside the ``with``; ``loop_md`` goes on the latch branch.
    """
    ity = start.type
    pre = builder.block
    header = builder.append_basic_block(f"{name}.header")
    body = builder.append_basic_block(f"{name}.body")
    exit_ = builder.append_basic_block(f"{name}.exit")
    builder.branch(header)
    builder.position_at_end(header)
    iv = builder.phi(ity, name=name)
    iv.add_incoming(start, pre)
    builder.cbranch(builder.icmp_signed("<", iv, stop), body, exit_)
    builder.position_at_end(body)
    yield iv
    nxt = builder.add(iv, ir.Constant(ity, 1), name=f"{name}.next", flags=("nsw",))
    iv.add_incoming(nxt, builder.block)
    br = builder.branch(header)
    if loop_md is not None:
        br.set_metadata("llvm.loop", loop_md)
    builder.position_at_end(exit_)


class _DistinctMD(ir.values.MDValue):
    """A ``distinct`` metadata node (loop IDs must be distinct and self-referencing)."""

    def descr(self, buf: list[str]) -> None:
        buf.append("distinct ")
        super().descr(buf)


def loop_metadata(module: ir.Module, *hints: str | tuple[str, ir.Constant]) -> ir.MDValue:
    """``distinct !{self, !{!"hint"}, ...}`` for a loop's latch branch; a hint given as
    ``(name, value)`` is ``!{!"name", value}`` (``("llvm.loop.vectorize.enable", false)``)."""
    ops = [module.add_metadata([ir.MetaDataString(module, h)] if isinstance(h, str) else
                               [ir.MetaDataString(module, h[0]), h[1]]) for h in hints]
    md = _DistinctMD(module, [], name=str(len(module.metadata)))
    md.operands = (md, *ops)
    return md


# ----------------------------------------------------------------------------- memory


def is_vector(v: ir.Value) -> bool:
    return isinstance(v.type, ir.VectorType)


def vector_gep(builder: ir.IRBuilder, base: ir.Value, index: ir.Value,
               element: ir.Type) -> ir.Value:
    """``getelementptr T, ptr base, <n x i64> index`` -> ``<n x ptr>`` (in ``base``'s address
    space: a GPU kernel's global pointers are ``ptr addrspace(1)``)."""
    g = builder.gep(base, [index], inbounds=True, source_etype=element)
    # NOTE: llvmlite types a GEP by its pointer operand only; a vector index makes a vector
    # of pointers in LLVM, so fix the result type by hand.
    g.type = ir.VectorType(ir.PointerType(addrspace=base.type.addrspace), index.type.count)
    return g


def _set_align(call: ir.CallInstr, arg: int, align: int) -> None:
    from llvmlite.ir.values import ArgumentAttributes

    attrs = ArgumentAttributes()
    attrs.align = align
    call.arg_attributes[arg] = attrs


def masked_load(builder: ir.IRBuilder, ptr: ir.Value, mask: ir.Value, vtype: ir.VectorType,
                align: int) -> ir.Value:
    """``llvm.masked.load``: inactive lanes read nothing and give zero."""
    call = intrinsic(builder, "masked.load", vtype,
                     [ptr, mask, ir.Constant(vtype, None)], overload=[vtype, PTR])
    _set_align(call, 0, align)
    return call


def masked_gather(builder: ir.IRBuilder, ptrs: ir.Value, mask: ir.Value, vtype: ir.VectorType,
                  align: int) -> ir.Value:
    """``llvm.masked.gather``: inactive lanes read nothing and give zero."""
    call = intrinsic(builder, "masked.gather", vtype,
                     [ptrs, mask, ir.Constant(vtype, None)], overload=[vtype, ptrs.type])
    _set_align(call, 0, align)
    return call


def masked_scatter(builder: ir.IRBuilder, value: ir.Value, ptrs: ir.Value, mask: ir.Value,
                   align: int) -> None:
    call = intrinsic(builder, "masked.scatter", VOID, [value, ptrs, mask],
                     overload=[value.type, ptrs.type])
    _set_align(call, 1, align)


def all_true(lanes: int) -> ir.Constant:
    return ir.Constant(ir.VectorType(I1, lanes), [ir.Constant(I1, 1)] * lanes)


def vector_any(builder: ir.IRBuilder, mask: ir.Value) -> ir.Value:
    """``i1`` that is true when any lane of ``mask`` is set."""
    return intrinsic(builder, "vector.reduce.or", I1, [mask], overload=[mask.type])


__all__ = [
    "I1",
    "I8",
    "I32",
    "I64",
    "PTR",
    "VOID",
    "Callee",
    "all_true",
    "alloca_entry",
    "constant",
    "for_range",
    "get_function",
    "intrinsic",
    "is_vector",
    "lane_ids",
    "llvm_type",
    "loop_metadata",
    "mangle",
    "masked_gather",
    "masked_load",
    "masked_scatter",
    "module_text",
    "scalar_type",
    "splat",
    "vector_any",
    "vector_gep",
]
