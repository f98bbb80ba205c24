"""Inline vector math for the LLVM backend: exp, exp2, log, tanh, sigmoid, erf and pow (layer 5).

Each function is polynomial code built with llvmlite's builder, so a vector operand gives
vector instructions instead of one libm call per lane; straight-line, except exp and exp2 without
AVX-512's vscalef, which branches once per vector to a short path when every lane's result
is a normal number. Measured accuracy and
speed: tests/codegen/test_intrinsics.py and benchmarks/vecmath.py. The arithmetic they are
written with, and the target's estimate instructions, are ``vecmath.VecMath``'s.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from llvmlite import ir

from ...errors import DSLTypeError, IRVerifyError
from ...ir.expr import Op
from .vecmath import VecMath, mangle, reciprocal_estimate, scalef_intrinsic

__all__ = ["UNARY_MATH_OPS", "emit_pow", "emit_unary", "reciprocal_estimate", "scalef_intrinsic"]

UNARY_MATH_OPS = frozenset({Op.EXP, Op.EXP2, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF})

# Measured max error (float32 and float64 alike): exp, exp2, log, erf, pow <= 1.1 ulp; sigmoid
# <= 2.3 ulp; tanh <= 2.5 ulp, including denormal inputs and results. No tables, no
# gathers: every lane runs the same code, and special values are fixed up by select.


# ----------------------------------------------------------------------------- exp


def _exp_reduce(m: VecMath, x: ir.Value) -> tuple[ir.Value, ir.Value, ir.Value]:
    """n = round(x/ln2) as float and as integer, and r = x - n ln2 (|r| <= ln2/2)."""
    # Round-to-nearest by adding 1.5*2^mant: no rint instruction needed (baseline x86 has
    # none), and the integer n is read off the low bits of the sum.
    magic = 1.5 * 2.0 ** m.k["mant"]
    t = m.fma(x, m.c(1.0 / math.log(2.0)), m.c(magic))
    nf = m.xsub(t, m.c(magic))
    ni = m.b.sub(m.to_bits(t), m.to_bits(m.c(magic)))
    r = m.fma(nf, m.c(-m.k["ln2_hi"]), x)  # exact: n*ln2_hi has no rounding error
    r = m.fma(nf, m.c(-m.k["ln2_lo"]), r)
    return nf, ni, r


def _exp_poly(m: VecMath, r: ir.Value, coefs: str = "exp") -> ir.Value:
    return m.add(m.c(1.0), m.fma(m.mul(r, r), m.poly(r, m.coef[coefs]), r))


def _exp_core(m: VecMath, x: ir.Value) -> ir.Value:
    """exp(x) for x whose result is a normal number; no special cases."""
    _, ni, r = _exp_reduce(m, x)
    return m.mul(_exp_poly(m, r), m.pow2i(ni))


def _scale_and_special(m: VecMath, x: ir.Value, p: ir.Value, ni: ir.Value) -> ir.Value:
    """p * 2^n with overflow to inf, underflow through denormals to 0, NaN kept."""
    # Two factors, so 2^n beyond the normal range (n in [-151, 1024+]) needs no branch and
    # denormal results are rounded once, in the last multiply.
    n1 = m.b.ashr(ni, m.ci(1))
    n2 = m.b.sub(ni, n1)
    res = m.mul(m.mul(p, m.pow2i(n1)), m.pow2i(n2))
    # Lanes outside [exp_lo, exp_hi] have garbage exponents; the selects replace them.
    res = m.sel(m.cmp(">", x, m.c(m.k["exp_hi"])), m.c(math.inf), res)
    res = m.sel(m.cmp("<", x, m.c(m.k["exp_lo"])), m.c(0.0), res)
    if not m.fast:
        res = m.sel(m.isnan(x), x, res)
    return res


def _exp2_reduce(m: VecMath, x: ir.Value) -> tuple[ir.Value, ir.Value, ir.Value]:
    """n = round(x) as float and as integer, and f = x - n (exact: |f| <= 1/2 and x and n
    are multiples of x's ulp)."""
    magic = 1.5 * 2.0 ** m.k["mant"]
    t = m.xadd(x, m.c(magic))
    nf = m.xsub(t, m.c(magic))
    return nf, m.b.sub(m.to_bits(t), m.to_bits(m.c(magic))), m.xsub(x, nf)


def _exp2_poly(m: VecMath, f: ir.Value) -> ir.Value:
    return m.fma(f, m.poly(f, m.coef["exp2"]), m.c(1.0))


# name -> (argument reduction, polynomial of the reduced argument)
_EXP_KINDS = {"exp": (_exp_reduce, _exp_poly), "exp2": (_exp2_reduce, _exp2_poly)}


def _exp_any(m: VecMath, x: ir.Value, kind: str) -> ir.Value:
    if m.scalef is not None:
        return _exp_scaled(m, x, kind)
    # Where every lane's result is a normal number (the common case: softmax, sigmoid, gelu
    # arguments), n goes straight into the exponent field of the polynomial's value: two
    # integer operations, where the general path clamps and scales by two factors (ten).
    # |x| <= {kind}_normal keeps p * 2^n (p in [0.7, 1.42]) and the result itself normal;
    # NaN lanes fail the test and take the general path.
    reduce, poly = _EXP_KINDS[kind]
    normal = m.all_within(x, m.k[f"{kind}_normal"])
    with m.b.if_else(normal, likely=True) as (then, otherwise):
        with then:
            _, ni, r = reduce(m, x)
            shifted = m.b.shl(ni, m.ci(m.k["mant"]))
            fast = m.from_bits(m.b.add(m.to_bits(poly(m, r)), shifted))
            fast_bb = m.b.block
        with otherwise:
            slow = _exp_scaled(m, x, kind)
            slow_bb = m.b.block
    res = m.b.phi(m.ty)
    res.add_incoming(fast, fast_bb)
    res.add_incoming(slow, slow_bb)
    return res


def _exp(m: VecMath, x: ir.Value) -> ir.Value:
    return _exp_any(m, x, "exp")


def _exp2(m: VecMath, x: ir.Value) -> ir.Value:
    """2^x: n = round(x) and f = x - n need no Cody-Waite steps (f is exact), so it takes
    three multiply-adds fewer than exp. An op whose argument is a product with constants
    (gelu's) folds log2(e) into them: the argument's own rounding error is then the same."""
    return _exp_any(m, x, "exp2")


def _exp_scaled(m: VecMath, x: ir.Value, kind: str = "exp") -> ir.Value:
    # x is clamped first (NaN passes) to where 2^n is certain to overflow or underflow, so
    # +-inf reduce to a finite r and no select is needed for them: vscalef (AVX-512) or the
    # two-factor scaling gives inf above, denormals and then 0 below, and NaN stays NaN (the
    # selects of _scale_and_special took six more vector instructions).
    lo, hi = m.k[f"{kind}_clamp"]
    xc = m.sel(m.cmp("<", x, m.c(lo)), m.c(lo), x)
    xc = m.sel(m.cmp(">", xc, m.c(hi)), m.c(hi), xc)
    reduce, poly = _EXP_KINDS[kind]
    nf, ni, r = reduce(m, xc)
    p = poly(m, r)
    if m.scalef is not None:
        return m.scale2(p, nf)
    n1 = m.b.ashr(ni, m.ci(1))
    return m.mul(m.mul(p, m.pow2i(n1)), m.pow2i(m.b.sub(ni, n1)))


# ----------------------------------------------------------------------------- log


def _log_split(m: VecMath, x: ir.Value) -> tuple[ir.Value, ir.Value]:
    """x = 2^k (1 + f) with 1 + f in [sqrt(1/2), sqrt(2)); returns (k as float, f exact)."""
    k = m.k
    kadj = m.ci(0)
    if not m.fast:  # scale denormals into the normal range first
        den = m.cmp("<", x, m.c(2.0 ** (1 - k["bias"])))
        x = m.sel(den, m.mul(x, m.c(2.0 ** k["mant"])), x)
        kadj = m.sel(den, m.ci(-k["mant"]), kadj)
    # Shift the bits so mantissas >= sqrt(1/2) carry into the exponent (musl's trick).
    ix = m.b.add(m.to_bits(x), m.ci(k["one_bits"] - k["sqrt_half_bits"]))
    ki = m.b.sub(m.b.ashr(ix, m.ci(k["mant"])), m.ci(k["bias"]))
    ix = m.b.add(m.b.and_(ix, m.ci((1 << k["mant"]) - 1)), m.ci(k["sqrt_half_bits"]))
    f = m.xsub(m.from_bits(ix), m.c(1.0))
    return m.b.sitofp(m.b.add(ki, kadj), m.ty), f


def _log_core(m: VecMath, kf: ir.Value, f: ir.Value, coefs: str = "log") -> ir.Value:
    hi, lo = m.c(m.k["ln2_hi"]), m.c(m.k["ln2_lo"])
    if m.bits == 32:  # Cephes form: polynomial in f, no division
        z = m.mul(f, f)
        y = m.mul(m.mul(f, z), m.poly(f, m.coef["log"]))
        y = m.fma(kf, lo, y)
        y = m.fma(z, m.c(-0.5), y)
        return m.fma(kf, hi, m.add(f, y))
    # fdlibm form: log(1+f) = f - (hfsq - s (hfsq + R)), s = f/(2+f)
    s = m.div(f, m.add(m.c(2.0), f))
    z = m.mul(s, s)
    r = m.mul(z, m.poly(z, m.coef[coefs]))
    hfsq = m.mul(m.mul(m.c(0.5), f), f)
    t = m.fma(s, m.add(hfsq, r), m.mul(kf, lo))
    t = m.sub(m.sub(hfsq, t), f)
    return m.fma(kf, hi, m.neg(t))


def _log(m: VecMath, x: ir.Value) -> ir.Value:
    res = _log_core(m, *_log_split(m, x))
    if m.fast:
        return res
    res = m.sel(m.cmp("==", x, m.c(math.inf)), x, res)
    res = m.sel(m.cmp("==", x, m.c(0.0)), m.c(-math.inf), res)
    return m.sel(m.b.fcmp_unordered("<", x, m.c(0.0)), m.c(math.nan), res)  # x < 0 or NaN


# ----------------------------------------------------------------------------- tanh etc.


def _tanh(m: VecMath, x: ir.Value) -> ir.Value:
    # tanh|x| = -em / (2 + em), em = expm1(-2|x|): one formula for all x (no separate small-x
    # polynomial), and expm1 keeps tanh(tiny) == tiny. -2|x| is clamped where tanh rounds to 1.
    t = m.mul(m.c(-2.0), m.fabs(x))
    clamp = m.c(m.k["tanh_clamp"])
    t = m.sel(m.cmp("<", t, clamp), clamp, t)
    _, ni, r = _exp_reduce(m, t)
    scale = m.pow2i(ni)
    # expm1(t) = 2^n expm1(r) + (2^n - 1); for n = 0 this is expm1(r) itself.
    em = m.fma(scale, m.fma(m.mul(r, r), m.poly(r, m.coef["exp"]), r), m.sub(scale, m.c(1.0)))
    # A NaN x is NaN all the way through (the clamp keeps it, and so does every operation
    # after it), so it needs no select of its own.
    return m.copysign(m.div_unit(m.neg(em), m.add(m.c(2.0), em)), x)


def _sigmoid(m: VecMath, x: ir.Value) -> ir.Value:
    # e = exp(-|x|) never overflows; 1/(1+e) for x >= 0 and e/(1+e) for x < 0, so results
    # down to the denormals keep their relative accuracy and nothing becomes inf/inf.
    e = _exp(m, m.neg(m.fabs(x)))
    num = m.sel(m.cmp("<", x, m.c(0.0)), e, m.c(1.0))
    return m.div_unit(num, m.add(m.c(1.0), e))


def _erf(m: VecMath, x: ir.Value) -> ir.Value:
    ax = m.fabs(x)
    small = m.fma(x, m.poly(m.mul(x, x), m.coef["erf_small"]), x)
    top = m.c(m.k["erf_one"])
    t = m.sel(m.cmp(">", ax, top), top, ax)  # erf rounds to 1 beyond; NaN passes
    p = m.poly(m.xsub(t, m.c(m.k["erf_mid"])), m.coef["erf_big"])
    if m.bits == 32:  # erf itself is smooth enough on [1, 3.92] for one polynomial
        sat = m.b.or_(m.cmp(">", p, m.c(1.0)), m.cmp(">=", ax, top))
        big = m.sel(sat, m.c(1.0), p)
    else:  # 1 - erfc, erfc = exp(-x^2) erfcx(x); erfc/erf <= 0.19 damps exp's error
        big = m.fma(m.neg(_exp_core(m, m.neg(m.mul(t, t)))), p, m.c(1.0))
    return m.sel(m.cmp("<", ax, m.c(1.0)), small, m.copysign(big, x))


# ----------------------------------------------------------------------------- pow


def _log_dd(m: VecMath, ax: ir.Value) -> tuple[ir.Value, ir.Value]:
    """log(ax) as a double-double (hi, lo), relative error about 2^-66 (float64 only)."""
    kf, f = _log_split(m, ax)
    two = m.c(2.0)
    # s = f/(2+f) to double-double: the remainder of a correctly rounded division is exact.
    th = m.xadd(two, f)
    tl = m.xsub(f, m.xsub(th, two))
    sh = m.b.fdiv(f, th)
    rem = m.xsub(m.xfma(m.neg(sh), th, f), m.xmul(sh, tl))
    sl = m.b.fdiv(rem, th)
    # log(1+f) = 2 atanh(s) = 2s + (2/3) s^3 + s^5 p(s^2); the first two terms in dd.
    uh, ul = m.two_prod(sh, sh)
    ul = m.fma(m.add(sh, sh), sl, ul)
    vh, vl = m.two_prod(uh, sh)
    vl = m.add(vl, m.fma(uh, sl, m.mul(ul, sh)))
    c_hi = 2.0 / 3.0
    c_lo = float.fromhex("0x1.5555555555555p-55")  # 2/3 - c_hi
    bh, bl = m.two_prod(m.c(c_hi), vh)
    bl = m.add(bl, m.fma(m.c(c_hi), vl, m.mul(m.c(c_lo), vh)))
    tail = m.mul(m.mul(vh, uh), m.poly(uh, m.coef["pow_log"]))
    ah, al = m.xadd(sh, sh), m.xadd(sl, sl)
    sh2, sl2 = m.fast_two_sum(ah, bh)
    sl2 = m.add(sl2, m.add(m.add(al, bl), tail))
    # + k ln2 (k*ln2_hi is exact).
    hi, lo = m.two_sum(m.xmul(kf, m.c(m.k["ln2_hi"])), sh2)
    lo = m.add(lo, m.fma(kf, m.c(m.k["ln2_lo"]), sl2))
    return m.fast_two_sum(hi, lo)


def _exp_dd(m: VecMath, zh: ir.Value, zl: ir.Value) -> ir.Value:
    """exp(zh + zl) with the error before the final rounding far below half an ulp."""
    nf, ni, _ = _exp_reduce(m, zh)
    r1 = m.fma(nf, m.c(-m.k["ln2_hi"]), zh)  # exact
    th, tl = m.two_prod(nf, m.c(m.k["ln2_lo"]))
    rh, e1 = m.two_sum(r1, m.neg(th))
    rl = m.xadd(e1, m.xsub(zl, tl))
    # exp(rh + rl) = (1 + s)(1 + rl), s = rh + rh^2 q(rh); 1 + rh summed exactly.
    q2 = m.mul(m.mul(rh, rh), m.poly(rh, m.coef["exp"]))
    s = m.add(rh, q2)
    ph, pl = m.fast_two_sum(m.c(1.0), rh)
    tail = m.add(pl, m.add(q2, m.fma(s, rl, rl)))
    return _scale_and_special(m, zh, m.xadd(ph, tail), ni)


def _pow_mag_dd(m: VecMath, ax: ir.Value, y: ir.Value) -> ir.Value:
    """|x|^y on float64 lanes through a double-double log and exp."""
    lh, ll = _log_dd(m, ax)
    lh = m.sel(m.cmp("==", ax, m.c(0.0)), m.c(-math.inf), lh)
    lh = m.sel(m.cmp("==", ax, m.c(math.inf)), ax, lh)
    zh = m.xmul(y, lh)
    zl = m.fma(y, ll, m.xfma(y, lh, m.neg(zh)))
    zl = m.sel(m.cmp("<", m.fabs(zh), m.c(1e300)), zl, m.c(0.0))  # inf/nan: no tail
    return _exp_dd(m, zh, zl)


def _pow_mag_f32(m32: VecMath, ax: ir.Value, y: ir.Value) -> ir.Value:
    """|x|^y for float32 operands: the exponent split in float32, then a plain float64 log
    and exp with shorter polynomials (relative error ~1e-10), rounded to float32."""
    b = m32.b
    t64 = ir.VectorType(ir.DoubleType(), m32.lanes) if m32.lanes else ir.DoubleType()
    m = VecMath(b, t64, m32.fast)
    kf, f = _log_split(m32, ax)  # f is exact, so widening loses nothing
    lh = _log_core(m, b.fpext(kf, t64), b.fpext(f, t64), coefs="pow32_log")
    # <N x i1> masks from float32 compares select float64 lanes directly.
    lh = m.sel(m32.cmp("==", ax, m32.c(0.0)), m.c(-math.inf), lh)
    lh = m.sel(m32.cmp("==", ax, m32.c(math.inf)), m.c(math.inf), lh)
    z = m.mul(b.fpext(y, t64), lh)
    # float32 results over/underflow inside [-200, 200]; clamping keeps 2^n normal in f64.
    z = m.sel(m.cmp(">", z, m.c(200.0)), m.c(200.0), z)
    z = m.sel(m.cmp("<", z, m.c(-200.0)), m.c(-200.0), z)
    _, ni, r = _exp_reduce(m, z)
    return b.fptrunc(m.mul(_exp_poly(m, r, "pow32_exp"), m.pow2i(ni)), m32.ty)


def _pow_special(m: VecMath, x: ir.Value, y: ir.Value, mag: ir.Value) -> ir.Value:
    """Sign and the C99/numpy special cases of pow, given mag = |x|^y, by select."""
    b = m.b
    fy = m.floor(y)
    yint = m.cmp("==", fy, y)  # inf counts as an (even) integer, NaN does not
    yodd = b.and_(yint, m.cmp("!=", m.mul(m.floor(m.mul(y, m.c(0.5))), m.c(2.0)), y))
    xneg = b.icmp_signed("<", m.to_bits(x), m.ci(0))  # sign bit: -0 counts
    res = m.sel(b.and_(xneg, yodd), m.neg(mag), mag)
    finite_neg = b.and_(m.cmp("<", x, m.c(0.0)), m.cmp(">", x, m.c(-math.inf)))
    res = m.sel(b.and_(finite_neg, b.not_(yint)), m.c(math.nan), res)
    if not m.fast:
        res = m.sel(m.isnan(x, y), m.add(x, y), res)
    # Exact small cases, as numpy gives them.
    res = m.sel(m.cmp("==", y, m.c(2.0)), m.mul(x, x), res)
    res = m.sel(m.cmp("==", y, m.c(1.0)), x, res)
    res = m.sel(m.cmp("==", y, m.c(-1.0)), m.div(m.c(1.0), x), res)
    one = b.or_(m.cmp("==", y, m.c(0.0)), m.cmp("==", x, m.c(1.0)))
    one = b.or_(one, b.and_(m.cmp("==", x, m.c(-1.0)), m.cmp("==", m.fabs(y), m.c(math.inf))))
    return m.sel(one, m.c(1.0), res)


# ----------------------------------------------------------------------------- entry points

_UNARY: dict[Op, Callable[[VecMath, ir.Value], ir.Value]] = {
    Op.EXP: _exp, Op.EXP2: _exp2, Op.LOG: _log, Op.TANH: _tanh, Op.SIGMOID: _sigmoid, Op.ERF: _erf,
}


def _check_float(ty: ir.Type, what: str) -> None:
    elem = ty.element if isinstance(ty, ir.VectorType) else ty
    if not isinstance(elem, ir.FloatType | ir.DoubleType):
        raise DSLTypeError(f"{what}: operand has LLVM type {ty}, but only float/double scalars "
                           "or vectors are supported; cast the tensor to float32 or float64")


def _helper(builder: ir.IRBuilder, name: str, ty: ir.Type, nargs: int, fast: bool,
            body: Callable[..., ir.Value], variant: str = "") -> ir.Function:
    """An internal, always-inlined function per (function, type, fast, variant): the
    kernel's IR stays small and O3 sees the straight-line code after inlining."""
    module = builder.module
    fname = f"tcomp.math.{name}.{mangle(ty)}" + (".fast" if fast else "") + variant
    fn = module.globals.get(fname)
    if fn is None:
        fn = ir.Function(module, ir.FunctionType(ty, [ty] * nargs), fname)
        fn.linkage = "internal"
        fn.attributes.add("alwaysinline")
        fn.attributes.add("nounwind")
        hb = ir.IRBuilder(fn.append_basic_block("entry"))
        hb.ret(body(hb, *fn.args))
    return fn


def emit_unary(builder: ir.IRBuilder, op: Op, x: ir.Value, fast_math: bool = False,
               features: frozenset[str] = frozenset()) -> ir.Value:
    """Emit ``op(x)`` for op in ``UNARY_MATH_OPS`` on a float/double scalar or vector.

    Args:
        builder: positioned where the result is needed.
        op: Op.EXP, Op.EXP2, Op.LOG, Op.TANH, Op.SIGMOID or Op.ERF.
        x: ``float``/``double`` or ``<N x float>``/``<N x double>``.
        fast_math: fast-math flags (all but reassoc); NaN/inf operands and denormal inputs of
            log are then not handled.
        features: the target CPU's features (``Target.feature_set``); with AVX-512 or AVX
            and FMA, tanh and sigmoid divide through the reciprocal estimate (``div_unit``);
            with AVX-512, exp scales by ``vscalef``.

    Returns:
        A value of ``x.type``. Accurate to a few ulp (see tests/codegen/test_intrinsics.py).
    """
    if op not in _UNARY:
        raise IRVerifyError(f"emit_unary got {op}; it handles only "
                            f"{sorted(o.name for o in UNARY_MATH_OPS)} (tcomp bug in the emitter)")
    _check_float(x.type, f"{op.value}()")
    variant = (".rcp" if reciprocal_estimate(features, x.type) else "") + \
        (".scalef" if scalef_intrinsic(features, x.type) else "")
    fn = _helper(builder, op.value, x.type, 1, fast_math,
                 lambda hb, a: _UNARY[op](VecMath(hb, a.type, fast_math, features), a),
                 variant=variant)
    return builder.call(fn, [x])


def emit_pow(builder: ir.IRBuilder, x: ir.Value, y: ir.Value, fast_math: bool = False) -> ir.Value:
    """Emit numpy's ``power(x, y)`` for float/double scalars or vectors of one type.

    float32: |x|^y in float64 (relative error ~1e-10, so within an ulp of the correctly
    rounded result), then sign and special cases in float32. float64: a double-double log
    and exp, so exact cases such as 3.0**5 come out exact. fast_math: fast-math flags (all
    but reassoc), NaN operands and float32 denormal bases not handled.
    """
    _check_float(x.type, "pow()")
    if x.type != y.type:
        raise DSLTypeError(f"pow(): base has LLVM type {x.type} but exponent has {y.type}; "
                           "cast both to the same dtype")

    def body(hb: ir.IRBuilder, a: ir.Value, e: ir.Value) -> ir.Value:
        m = VecMath(hb, a.type, fast_math)
        if m.bits == 64:
            return _pow_special(m, a, e, _pow_mag_dd(m, m.fabs(a), e))
        return _pow_special(m, a, e, _pow_mag_f32(m, m.fabs(a), e))

    fn = _helper(builder, "pow", x.type, 2, fast_math, body)
    return builder.call(fn, [x, y])
