"""Each scalar Op as LLVM instructions, with tcomp's semantics (layer 5).

``binary_op`` and ``unary_op`` emit one Op on scalars or vectors of one dtype: integers wrap,
``x // 0 == x % 0 == 0`` and ``MIN // -1 == MIN`` without a trap, ``**`` is exact and
wrapping (``int_pow``), float ``//`` and ``%`` and min/max follow numpy (NaN and signed
zeros included), float -> int casts saturate (``float_to_int``); comparisons give ``i1``.
``fp_flags`` maps a ``FloatMode`` to LLVM's fast-math flags; transcendentals come from
``intrinsics.py``.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from ...dtypes import DType
from ...errors import CompileError
from ...ir.expr import Op
from ..float_mode import FloatMode
from .builder_utils import I1, intrinsic, is_vector
from .intrinsics import UNARY_MATH_OPS, emit_unary

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

    A constant exponent only multiplies where its bits are set. Any other is a loop of
    square-and-multiply over the exponent's bits, while any lane has bits left (a select per
    bit, so the lanes of a vector step together), not the ``width - 1`` steps written out:
    a 64-bit pow of a loop-invariant operand written out in each of 24 unrolled vector
    copies kept LLVM's O1 pipeline busy past 40 s (LLVM 14's opt spent half its time on it
    in InstCombine; fuzz case 2101007805), and before that its loop vectoriser walked the
    chain of squares as a DAG with 2**bits paths (fuzz case 2028006124). A negative exponent
    gives 1 for ``x == 1``, +-1 by parity for ``x == -1``, else 0 (its lanes enter the loop
    with exponent 0, a step that multiplies by 1).
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
    negative = b.icmp_signed("<", y, _zero(y))
    e0 = b.select(negative, _zero(y), y)
    entry = b.block
    loop = b.append_basic_block("ipow.loop")
    done = b.append_basic_block("ipow.done")
    b.branch(loop)
    b.position_at_end(loop)
    res = b.phi(x.type, name="ipow.res")
    base = b.phi(x.type, name="ipow.base")
    e = b.phi(y.type, name="ipow.e")
    set_ = b.icmp_unsigned("!=", b.and_(e, _like(y, 1)), _zero(y))
    res_next = b.mul(res, b.select(set_, base, one))
    base_next = b.mul(base, base)
    e_next = b.lshr(e, _like(y, 1))
    left = b.icmp_unsigned("!=", e_next, _zero(y))
    if is_vector(y):
        left = intrinsic(b, "vector.reduce.or", I1, [left], overload=[left.type])
    for phi, first, nxt in ((res, one, res_next), (base, x, base_next), (e, e0, e_next)):
        phi.add_incoming(first, entry)
        phi.add_incoming(nxt, loop)
    b.cbranch(left, loop, done)
    b.position_at_end(done)
    return b.select(negative, _negative_pow(b, x, y), res_next)


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
    if op in UNARY_MATH_OPS:
        return emit_unary(b, op, x, fast_math=mode.approximate, features=features)
    raise CompileError(f"LLVM codegen has no rule for unary {op.value!r}")


__all__ = ["binary_op", "float_to_int", "fp_flags", "int_pow", "unary_op"]
