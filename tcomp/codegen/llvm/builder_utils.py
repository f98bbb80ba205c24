"""cgutils-style helpers over llvmlite's IR builder: types, constants, loops, entry-block
allocas, loop metadata, masked-memory intrinsics and the per-Op arithmetic tables (layer 5).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from llvmlite import ir
from llvmlite.ir import types as _ir_types

from ...dtypes import DType
from ...errors import CompileError
from ...ir.expr import Op
from ..float_mode import FloatMode

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


def vector_all(builder: ir.IRBuilder, mask: ir.Value) -> ir.Value:
    """``i1`` that is true when every lane of ``mask`` is set."""
    return intrinsic(builder, "vector.reduce.and", I1, [mask], overload=[mask.type])


# ----------------------------------------------------------------------------- operators

_FCMP = {Op.EQ: "==", Op.LT: "<", Op.LE: "<=", Op.GT: ">", Op.GE: ">="}
_ICMP = {Op.EQ: "==", Op.NE: "!=", Op.LT: "<", Op.LE: "<=", Op.GT: ">", Op.GE: ">="}


def fp_flags(mode: FloatMode, arith: bool = True) -> tuple[str, ...]:
    """LLVM fast-math flags of ``mode``: ``contract`` on +,-,*,/ when STRICT (so a*b+c can
    fuse), ``reassoc`` and ``contract`` when REASSOC (reductions may be reordered, special
    values kept), all when FAST. ``arith=False``: the flags of other float operations
    (comparisons, fabs, sqrt), which only FAST sets."""
    if mode is FloatMode.REASSOC:
        return ("reassoc", "contract") if arith else ()
    if mode is FloatMode.FAST:
        return ("fast",)
    return ("contract",) if arith else ()


def _zero(v: ir.Value) -> ir.Constant:
    return ir.Constant(v.type, None)


def _like(v: ir.Value, value: Any) -> ir.Constant:
    t = v.type
    if isinstance(t, ir.VectorType):
        return ir.Constant(t, [ir.Constant(t.element, value)] * t.count)
    return ir.Constant(t, value)


def binary_op(b: ir.IRBuilder, op: Op, x: ir.Value, y: ir.Value, dtype: DType,
              mode: FloatMode = FloatMode.STRICT) -> ir.Value:
    """``x op y`` for operands of ``dtype`` (same lanes); comparisons give ``i1``."""
    if dtype.is_float:
        return _float_binary(b, op, x, y, mode)
    if dtype.is_bool:
        return _bool_binary(b, op, x, y)
    return _int_binary(b, op, x, y, mode is FloatMode.FAST)


def _float_binary(b: ir.IRBuilder, op: Op, x: ir.Value, y: ir.Value,
                  mode: FloatMode) -> ir.Value:
    fa, fo = fp_flags(mode), fp_flags(mode, arith=False)
    if op == Op.ADD:
        return b.fadd(x, y, flags=fa)
    if op == Op.SUB:
        return b.fsub(x, y, flags=fa)
    if op == Op.MUL:
        return b.fmul(x, y, flags=fa)
    if op == Op.DIV:
        # A schedule's reassociate() reorders + and *, not division: with reassoc on the
        # fdiv, LLVM rewrites (a / b) * c as (a * c) / b, which overflows to inf where the
        # written order is finite (fuzz case 2035033586: -3e38 * -1.69 / -3e38 gave -inf).
        return b.fdiv(x, y, flags=("contract",) if mode is FloatMode.REASSOC else fa)
    if op in (Op.FLOORDIV, Op.FLOORMOD):
        # numpy's npy_divmod: fmod, then fix the sign so the result follows the divisor; a
        # zero result takes its sign from the divisor (mod) or from x / y (div), as numpy's
        # and Python's do (1 / (-3.0 % 1.5) is +inf).
        mod = b.frem(x, y, flags=fo)
        is_zero = b.fcmp_ordered("==", mod, _zero(mod))
        fix = b.and_(b.fcmp_unordered("!=", mod, _zero(mod)),
                     b.xor(b.fcmp_ordered("<", y, _zero(y)), b.fcmp_ordered("<", mod, _zero(mod))))
        if op == Op.FLOORMOD:
            signed_zero = intrinsic(b, "copysign", mod.type, [_zero(mod), y], fastmath=fo)
            return b.select(fix, b.fadd(mod, y, flags=fo), b.select(is_zero, signed_zero, mod))
        div = b.fdiv(b.fsub(x, mod, flags=fo), y, flags=fo)
        div = b.select(fix, b.fsub(div, _like(div, 1.0), flags=fo), div)
        fl = intrinsic(b, "floor", div.type, [div], fastmath=fo)
        up = b.fcmp_ordered(">", b.fsub(div, fl, flags=fo), _like(div, 0.5))
        fl = b.select(up, b.fadd(fl, _like(fl, 1.0), flags=fo), fl)
        quot = b.fdiv(x, y, flags=fo)
        signed_zero = intrinsic(b, "copysign", div.type, [_zero(div), quot], fastmath=fo)
        fl = b.select(b.fcmp_ordered("==", div, _zero(div)), signed_zero, fl)
        return b.select(b.fcmp_ordered("==", y, _zero(y)), quot, fl)
    if op in (Op.MIN, Op.MAX):
        # numpy.maximum exactly: ``x if (x > y or isnan(x)) else y``: a NaN operand is
        # returned, and of two equal values (0.0 and -0.0) y. Written as ``t = x > y ? x : y``
        # (x86's maxps/minps: a NaN in either gives y) and ``isnan(x) ? x : t``: three vector
        # instructions, where llvm.maximum orders -0.0 below 0.0 (unlike numpy) in six.
        # ``t`` is frozen (a no-op on a value that isn't poison) so that instcombine can't
        # merge the two selects into one on ``x > y or isnan(x)``: x86 has no blend for an
        # or-ed scalar condition and lowers it to a branch, data-dependent in a running
        # max (a softmax's row max: a third of capsule routing's forward on Zen 2).
        cmp = b.fcmp_ordered(">" if op == Op.MAX else "<", x, y, flags=fo)
        t = freeze(b, b.select(cmp, x, y))
        return b.select(b.fcmp_unordered("uno", x, x), x, t)
    if op == Op.POW:
        from .intrinsics import emit_pow

        return emit_pow(b, x, y, fast_math=mode.approximate)
    if op == Op.NE:
        return b.fcmp_unordered("!=", x, y, flags=fo)  # nan != nan is true
    if op in _FCMP:
        return b.fcmp_ordered(_FCMP[op], x, y, flags=fo)
    raise CompileError(f"operator {op.value!r} is not defined on floats")


def _int_binary(b: ir.IRBuilder, op: Op, x: ir.Value, y: ir.Value, fast_math: bool) -> ir.Value:
    if op == Op.ADD:
        return b.add(x, y)
    if op == Op.SUB:
        return b.sub(x, y)
    if op == Op.MUL:
        return b.mul(x, y)
    if op in (Op.FLOORDIV, Op.FLOORMOD):
        # Python semantics, and no trap: x // 0 == x % 0 == 0 (numpy's result) and
        # MIN // -1 wraps instead of raising SIGFPE. Constant divisors fold all of this away.
        zero, one, minus1 = _zero(y), _like(y, 1), _like(y, -1)
        bad = b.or_(b.icmp_signed("==", y, zero), b.icmp_signed("==", y, minus1))
        safe = b.select(bad, one, y)
        q = b.sdiv(x, safe)
        r = b.srem(x, safe)
        fix = b.and_(b.icmp_signed("!=", r, zero),
                     b.xor(b.icmp_signed("<", r, zero), b.icmp_signed("<", safe, zero)))
        if op == Op.FLOORDIV:
            q = b.sub(q, b.zext(fix, q.type))
            return b.select(b.icmp_signed("==", y, minus1), b.sub(zero, x),
                            b.select(bad, zero, q))
        r = b.select(fix, b.add(r, safe), r)
        return b.select(bad, zero, r)
    if op in (Op.MIN, Op.MAX):
        return intrinsic(b, "smin" if op == Op.MIN else "smax", x.type, [x, y])
    if op == Op.POW:
        return int_pow(b, x, y)
    if op in _ICMP:
        return b.icmp_signed(_ICMP[op], x, y)
    raise CompileError(f"operator {op.value!r} is not defined on integers"
                       + ("; use '//' for floor division" if op == Op.DIV else ""))


def int_pow(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    """Exact wrapping ``x ** y`` of integers (scalars or vectors of one type).

    Square-and-multiply over the exponent's bits, branch-free (a select per bit), so a loop
    of it vectorizes; a constant exponent only multiplies where its bits are set. A negative
    exponent gives 1 for ``x == 1``, +-1 by parity for ``x == -1``, else 0.

    Each square is frozen: ``base*base`` names its operand twice, so the chain of squares is
    a DAG with 2**bits paths, and LLVM 22's loop vectoriser walks every path when the base
    is the same in all lanes of a vector (``A[i // 4]`` with 4 lanes): its recursive
    ``vputils::isSingleScalar`` does not memoise, and a 32-bit pow took forever (fuzz case
    2028006124). A freeze does not pass uniformity on, which cuts the walk at each square;
    it costs no instruction. The result is a chain, not a DAG, for the same reason.
    """
    width = (x.type.element if is_vector(x) else x.type).width
    one = _like(x, 1)
    if isinstance(y, ir.Constant) and not is_vector(y):
        e = int(y.constant)
        e = e - (1 << width) if e >= 1 << (width - 1) else e
        if e < 0:
            return _negative_pow(b, x, _like(x, e))
        res, base = None, x
        while e:
            if e & 1:
                res = base if res is None else b.mul(res, base)
            e >>= 1
            if e:
                base = b.mul(base, base)
        return one if res is None else res
    res, base = one, x
    for bit in range(width - 1):  # the sign bit only says "negative exponent"
        set_ = b.icmp_unsigned("!=", b.and_(y, _like(y, 1 << bit)), _zero(y))
        res = b.mul(res, b.select(set_, base, one))
        if bit < width - 2:
            base = freeze(b, b.mul(base, base))
    return b.select(b.icmp_signed("<", y, _zero(y)), _negative_pow(b, x, y), res)


def freeze(b: ir.IRBuilder, v: ir.Value) -> ir.Value:
    """``freeze v``: v, or an arbitrary fixed value where v is poison. llvmlite's IRBuilder
    has no freeze; its generic instruction prints as ``freeze <type> <v>``."""
    instr = ir.Instruction(b.block, v.type, "freeze", [v])
    b._insert(instr)  # the builder's one way to place an instruction
    return instr


def _negative_pow(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    """``x ** y`` for ``y < 0``: 1 if x == 1, (-1)**y if x == -1, else 0."""
    one, minus1 = _like(x, 1), _like(x, -1)
    odd = b.icmp_unsigned("!=", b.and_(y, _like(y, 1)), _zero(y))
    return b.select(b.icmp_signed("==", x, one), one,
                    b.select(b.icmp_signed("==", x, minus1),
                             b.select(odd, minus1, one), _zero(x)))


def float_to_int(b: ir.IRBuilder, v: ir.Value, t: ir.Type) -> ir.Value:
    """Saturating float -> int (``llvm.fptosi.sat``): NaN -> 0, beyond the range -> MIN/MAX,
    else truncation toward zero. A plain ``fptosi`` would be poison there."""
    return intrinsic(b, "fptosi.sat", t, [v], overload=[t, v.type])


def _bool_binary(b: ir.IRBuilder, op: Op, x: ir.Value, y: ir.Value) -> ir.Value:
    if op in (Op.AND, Op.MUL, Op.MIN):
        return b.and_(x, y)
    if op in (Op.OR, Op.ADD, Op.MAX):
        return b.or_(x, y)
    if op in (Op.NE, Op.SUB):
        return b.xor(x, y)
    if op in _ICMP:
        return b.icmp_unsigned(_ICMP[op], x, y)  # false < true
    raise CompileError(f"operator {op.value!r} is not defined on bool")


def unary_op(b: ir.IRBuilder, op: Op, x: ir.Value, dtype: DType,
             mode: FloatMode = FloatMode.STRICT, features: frozenset[str] = frozenset()
             ) -> ir.Value:
    """``op(x)`` for an operand of ``dtype``; transcendentals come from ``intrinsics.py``
    (``features``: the target CPU's, which pick their reciprocal estimate). Reassociation
    does not apply to one operand: REASSOC compiles as STRICT here."""
    if mode is FloatMode.REASSOC:
        mode = FloatMode.STRICT
    fo = fp_flags(mode, arith=False)
    if op == Op.NOT:
        return b.not_(x)
    if op == Op.NEG:
        return b.fneg(x, flags=fo) if dtype.is_float else b.sub(_zero(x), x)
    if op == Op.ABS:
        if dtype.is_bool:
            return x
        if dtype.is_float:
            return intrinsic(b, "fabs", x.type, [x], fastmath=fo)
        return intrinsic(b, "abs", x.type, [x, ir.Constant(I1, 0)])
    if not dtype.is_float:
        raise CompileError(f"{op.value}() needs a float operand, got {dtype}")
    if op in (Op.SQRT, Op.FLOOR, Op.CEIL):
        return intrinsic(b, op.value, x.type, [x], fastmath=fo)
    if op == Op.RSQRT:
        root = intrinsic(b, "sqrt", x.type, [x], fastmath=fo)
        return b.fdiv(_like(x, 1.0), root, flags=fp_flags(mode))
    if op in (Op.EXP, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF):
        from .intrinsics import emit_unary

        return emit_unary(b, op, x, fast_math=mode.approximate, features=features)
    raise CompileError(f"LLVM codegen has no rule for unary {op.value!r}")


__all__ = [
    "I1",
    "I8",
    "I32",
    "I64",
    "PTR",
    "VOID",
    "all_true",
    "alloca_entry",
    "binary_op",
    "constant",
    "float_to_int",
    "for_range",
    "fp_flags",
    "get_function",
    "int_pow",
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
    "unary_op",
    "vector_any",
    "vector_gep",
]
