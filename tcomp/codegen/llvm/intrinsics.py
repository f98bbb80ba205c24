"""Inline vector math for the LLVM backend: exp, log, tanh, sigmoid, erf and pow (layer 5).

Each function is polynomial code built with llvmlite's builder, so a vector operand gives
vector instructions instead of one libm call per lane; straight-line, except exp without
AVX-512's vscalef, which branches once per vector to a short path when every lane's result
is a normal number. Measured accuracy and
speed: tests/codegen/test_intrinsics.py and benchmarks/vecmath.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from llvmlite import ir

from ...errors import DSLTypeError, IRVerifyError
from ...ir.expr import Op
from .builder_utils import vector_all

__all__ = ["UNARY_MATH_OPS", "emit_pow", "emit_unary", "reciprocal_estimate", "scalef_intrinsic"]

UNARY_MATH_OPS = frozenset({Op.EXP, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF})

# Measured max error (float32 and float64 alike): exp, log, erf, pow <= 1.1 ulp; sigmoid
# <= 2.3 ulp; tanh <= 2.5 ulp, including denormal inputs and results. No tables, no
# gathers: every lane runs the same code, and special values are fixed up by select.

# Every fast-math flag except reassoc: reassociation would fold the Cody-Waite reduction
# (x - n*hi) - n*lo into x - n*(hi + lo) and cancel the error terms of pow's double-double
# arithmetic, which costs far more accuracy than it could gain speed.
_FAST_FLAGS = ("nnan", "ninf", "nsz", "arcp", "contract", "afn")
_ACCURATE_FLAGS = ("contract",)

# Polynomial coefficients, lowest degree first. All are minimax fits made with a weighted
# Remez exchange in mpmath (80 digits) on the stated interval, weighted for relative error
# of the final function, then rounded to the target precision; the comment gives the fit's
# own weighted error (the tests measure the end-to-end error).
_COEF = {
    32: {
        # exp(r) = 1 + r + r^2 q(r), |r| <= ln2/2; 3.1e-9
        "exp": (0.4999999403953552, 0.1666651964187622, 0.041668400168418884,
                0.00836885068565607, 0.0013814319390803576),
        # log(1+f) = f - f^2/2 + f^3 p(f), f in [sqrt(1/2)-1, sqrt(2)-1]; 5.9e-9
        "log": (0.3333333134651184, -0.2500082552433014, 0.20001235604286194,
                -0.1662314385175705, 0.14201369881629944, -0.13162006437778473,
                0.12765420973300934, -0.07634372264146805),
        # tanh(x) = x + x z p(z), z = x^2 <= 0.625^2; 4.4e-9
        "tanh": (-0.3333328068256378, 0.13331441581249237, -0.05373959615826607,
                 0.020638681948184967, -0.005704513750970364),
        # erf(x) = x + x p(x^2), |x| < 1; 1.2e-9
        "erf_small": (0.12837916612625122, -0.3761262595653534, 0.1128358468413353,
                      -0.026853803545236588, 0.005188308656215668, -0.000801000976935029,
                      7.853200077079237e-05),
        # erf(x) = p(x - 2.46), 1 <= x <= 3.92 (erf rounds to 1 above); 6.8e-9
        "erf_big": (0.9994966387748718, 0.0026562379207462072, -0.006534508429467678,
                    0.009832440875470638, -0.009914270602166653, 0.00679959449917078,
                    -0.0029369101393967867, 0.00045925978338345885, 0.0003555318107828498,
                    -0.0002995666582137346, 7.608968735439703e-05, 2.4689472411409952e-05,
                    -1.7424548786948435e-05, 9.697902214611531e-08, 1.1072315828641877e-06),
    },
    64: {
        # exp(r) = 1 + r + r^2 q(r), |r| <= ln2/2; 3.7e-18
        "exp": (0.5000000000000011, 0.16666666666666408, 0.0416666666665281,
                0.008333333333496914, 0.0013888888944248944, 0.0001984126950276466,
                2.4801492388507732e-05, 2.7557588398923596e-06, 2.7630523406318785e-07,
                2.4999865619396435e-08),
        # log(1+f) = 2s + s R, s = f/(2+f), R = z p(z), z = s^2 <= 0.0295 (fdlibm form); 1.3e-18
        "log": (0.6666666666666735, 0.3999999999940921, 0.2857142874376346,
                0.22222198416602243, 0.18183573221042099, 0.15313804542752027,
                0.147985875649682),
        # pow's log: 2 atanh(s) = 2s + 2s^3/3 + s^5 p(s^2); 1.1e-20
        "pow_log": (0.4000000000000228, 0.28571428570086843, 0.2222222252234783,
                    0.18181784142662843, 0.15386768194618985, 0.13256553451150302,
                    0.13198879815375514),
        # float32 pow computed in float64 needs only ~2^-35: shorter "log" and "exp" fits
        "pow32_log": (0.6666666564034657, 0.4000033658671202, 0.28537206756288586,
                      0.23584303731263942),  # 4.8e-12
        "pow32_exp": (0.5000000068434908, 0.16666665859634874, 0.041666292168224886,
                      0.00833349836589707, 0.0013944868873209165,
                      0.00019790122976662955),  # 5.3e-11
        # tanh(x) = x + x z p(z), z = x^2 <= 0.625^2; 1.0e-17
        "tanh": (-0.33333333333332854, 0.1333333333326196, -0.053968253931206606,
                 0.021869487574702022, -0.008863220984484109, 0.0035919890281444974,
                 -0.0014549581330112842, 0.0005863141073366834, -0.00022855929993936328,
                 7.713878541957121e-05, -1.6069839384572714e-05),
        # erf(x) = x + x p(x^2), |x| < 1; 7.3e-18
        "erf_small": (0.12837916709551256, -0.3761263890318352, 0.11283791670944164,
                      -0.026866170643108013, 0.005223977606089239, -0.0008548325927875197,
                      0.00012055293532846964, -1.4924711438214655e-05, 1.6447120715553584e-06,
                      -1.6206229217307674e-07, 1.3710609032281286e-08, -7.77876525457901e-10),
        # erf(x) = 1 - exp(-x^2) p(x - 3.475), 1 <= x <= 5.95 (erf rounds to 1 above);
        # p fits erfcx, weighted by erfc/erf; 2.2e-18
        "erf_big": (0.15633345028501472, -0.04186168759165181, 0.010864086058651459,
                    -0.0027393256081733996, 0.0006724630779203273, -0.00016101166488960295,
                    3.764619557899687e-05, -8.615310505487148e-06, 1.950269829744356e-06,
                    -3.9472757337082607e-07, 1.0346522036229306e-07, -3.210002085965782e-08,
                    -1.66879375150348e-08, -1.2471197468295388e-08, -8.381564651560896e-10,
                    2.8276025504065907e-09, 2.1487433549880103e-09, 8.067001329889778e-10,
                    1.819846016410201e-10, 2.3458929205670234e-11, 1.3897331656490978e-12),
    },
}

# Per-format constants. ln2 is split Cody-Waite style: ln2_hi has enough trailing zero bits
# that n*ln2_hi is exact for every exponent n of the format.
_FMT = {
    32: dict(mant=23, bias=127, ln2_hi=0.693145751953125, ln2_lo=1.428606765330187e-06,
             exp_hi=88.72283172607422,  # largest x with exp(x) finite
             exp_lo=-104.0,  # exp(x) rounds to 0 below; n stays in range down to here
             sqrt_half_bits=0x3F3504F3, one_bits=0x3F800000,
             tanh_clamp=-40.0, erf_mid=2.4600000381469727, erf_one=3.92,
             exp_clamp=(-120.0, 100.0),  # exp rounds to 0 below -104, to inf above 89
             exp_normal=(-87.0, 88.72283172607422)),  # p*2^n normal: n in [-125, 128]
    64: dict(mant=52, bias=1023, ln2_hi=0.6931471803691238, ln2_lo=1.9082149292705877e-10,
             exp_hi=709.782712893384, exp_lo=-746.0,
             sqrt_half_bits=0x3FE6A09E667F3BCD, one_bits=0x3FF0000000000000,
             tanh_clamp=-80.0, erf_mid=3.475, erf_one=5.95,
             exp_clamp=(-800.0, 750.0),  # 0 below -745.2, inf above 709.8
             exp_normal=(-707.0, 709.782712893384)),  # n in [-1020, 1024]
}


def _mangle(ty: ir.Type) -> str:
    """Intrinsic-name suffix of a float type: ``f32``, ``f64``, ``v16f32``."""
    if isinstance(ty, ir.VectorType):
        return f"v{ty.count}{_mangle(ty.element)}"
    return "f32" if isinstance(ty, ir.FloatType) else "f64"


# x86 reciprocal estimates: (lanes, bits of the element) -> (intrinsic, bits of accuracy,
# width of the all-ones mask argument or 0). AVX-512's rcp14 is good to 2^-14, SSE/AVX rcp to
# 1.5 * 2^-12 (counted as 11 bits). Newton refinement needs fused multiply-adds.
_RCP_AVX512 = {
    (16, 32): ("llvm.x86.avx512.rcp14.ps.512", 14, 16),
    (8, 64): ("llvm.x86.avx512.rcp14.pd.512", 14, 8),
}
_RCP_AVX512VL = {
    (8, 32): ("llvm.x86.avx512.rcp14.ps.256", 14, 8),
    (4, 32): ("llvm.x86.avx512.rcp14.ps.128", 14, 8),
    (4, 64): ("llvm.x86.avx512.rcp14.pd.256", 14, 8),
    (2, 64): ("llvm.x86.avx512.rcp14.pd.128", 14, 8),
}
_RCP_AVX = {(8, 32): ("llvm.x86.avx.rcp.ps.256", 11, 0), (4, 32): ("llvm.x86.sse.rcp.ps", 11, 0)}


# AVX-512's vscalef: (lanes, bits) -> (intrinsic, mask width, takes a rounding argument).
_SCALEF = {
    (16, 32): ("llvm.x86.avx512.mask.scalef.ps.512", 16, True),
    (8, 64): ("llvm.x86.avx512.mask.scalef.pd.512", 8, True),
}
_SCALEF_VL = {
    (8, 32): ("llvm.x86.avx512.mask.scalef.ps.256", 8, False),
    (4, 32): ("llvm.x86.avx512.mask.scalef.ps.128", 8, False),
    (4, 64): ("llvm.x86.avx512.mask.scalef.pd.256", 8, False),
    (2, 64): ("llvm.x86.avx512.mask.scalef.pd.128", 8, False),
}


def _widest(tables: Sequence[dict], ty: ir.Type) -> tuple[tuple, int] | None:
    """The entry of ``tables`` (searched in order, each keyed by (lanes, element bits)) with
    the most lanes that divide ``ty``'s, and those lanes: a vector wider than the register
    (a schedule's vectors of 2 or 4 registers, which interleave as many dependency chains)
    is handled as register-wide pieces, a power of two of them."""
    if not isinstance(ty, ir.VectorType):
        return None
    bits = 32 if isinstance(ty.element, ir.FloatType) else 64
    for lanes in sorted({k[0] for t in tables for k in t if k[1] == bits}, reverse=True):
        pieces = ty.count // lanes
        if ty.count % lanes == 0 and pieces & (pieces - 1) == 0:  # joined pairwise
            for t in tables:
                if (lanes, bits) in t:
                    return t[(lanes, bits)], lanes
    return None


def scalef_intrinsic(features: frozenset[str], ty: ir.Type
                     ) -> tuple[str, int, bool, int] | None:
    """AVX-512's ``vscalef`` (``a * 2^floor(b)``, rounded once, overflow to inf, underflow
    through the denormals to 0, NaN kept) for vectors of ``ty``, as (name, mask width, takes
    a rounding argument, lanes of one call), or None."""
    if "avx512f" not in features:
        return None
    hit = _widest([_SCALEF] + ([_SCALEF_VL] if "avx512vl" in features else []), ty)
    return (*hit[0], hit[1]) if hit else None


def reciprocal_estimate(features: frozenset[str], ty: ir.Type
                        ) -> tuple[str, int, int, int] | None:
    """The x86 reciprocal-estimate intrinsic for vectors of ``ty`` on a CPU with
    ``features`` (LLVM's names, as ``Target.feature_set``), as (name, bits of accuracy, mask
    width or 0, lanes of one call: a wider vector is estimated in pieces); None where the
    CPU has none for this type or has no FMA (scalars, other architectures, float64 without
    AVX-512)."""
    if "fma" not in features:
        return None
    tables: list[dict] = []
    if "avx512f" in features:
        tables += [_RCP_AVX512] + ([_RCP_AVX512VL] if "avx512vl" in features else [])
    if "avx" in features:
        tables.append(_RCP_AVX)
    hit = _widest(tables, ty)
    return (*hit[0], hit[1]) if hit else None


class _Math:
    """Element-wise arithmetic on one float type (scalar or vector) at one builder."""

    def __init__(self, builder: ir.IRBuilder, ty: ir.Type, fast: bool,
                 features: frozenset[str] = frozenset()) -> None:
        self.b = builder
        self.recip = reciprocal_estimate(features, ty)
        self.scalef = scalef_intrinsic(features, ty)
        self.ty = ty
        self.lanes = ty.count if isinstance(ty, ir.VectorType) else 0
        self.scalar = ty.element if self.lanes else ty
        self.bits = 32 if isinstance(self.scalar, ir.FloatType) else 64
        ity = ir.IntType(self.bits)
        self.ity = ir.VectorType(ity, self.lanes) if self.lanes else ity
        self.fast = fast
        self.flags = _FAST_FLAGS if fast else _ACCURATE_FLAGS
        self.k = _FMT[self.bits]
        self.coef = _COEF[self.bits]

    # -- constants and intrinsics
    def c(self, v: float) -> ir.Constant:
        s = ir.Constant(self.scalar, v)
        return ir.Constant(self.ty, [s] * self.lanes) if self.lanes else s

    def ci(self, v: int) -> ir.Constant:
        ity = self.ity.element if self.lanes else self.ity
        s = ir.Constant(ity, v)
        return ir.Constant(self.ity, [s] * self.lanes) if self.lanes else s

    def _call(self, name: str, *args: ir.Value, flags: Sequence[str] | None = None) -> ir.Value:
        fname = f"llvm.{name}.{_mangle(self.ty)}"
        module = self.b.module
        fn = module.globals.get(fname)
        if fn is None:
            fn = ir.Function(module, ir.FunctionType(self.ty, [self.ty] * len(args)), fname)
        return self.b.call(fn, list(args), fastmath=self.flags if flags is None else flags)

    # -- arithmetic with the default flags (contract, or the fast set)
    def add(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fadd(a, b, flags=self.flags)

    def sub(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fsub(a, b, flags=self.flags)

    def mul(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fmul(a, b, flags=self.flags)

    def div(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fdiv(a, b, flags=self.flags)

    def neg(self, a: ir.Value) -> ir.Value:
        return self.b.fneg(a, flags=self.flags)

    def scale2(self, p: ir.Value, nf: ir.Value) -> ir.Value:
        """``p * 2^nf`` (nf an integer-valued float) through ``vscalef``; needs
        ``self.scalef``."""
        assert self.scalef is not None
        name, mask_bits, rounding, lanes = self.scalef
        tail = [ir.Constant(ir.IntType(32), 4)] if rounding else []  # _MM_FROUND_CUR_DIRECTION
        return self._pieces(name, lanes, [p, nf, self.c(0.0)],
                            [ir.Constant(ir.IntType(mask_bits), -1), *tail])

    def _pieces(self, name: str, lanes: int, vectors: Sequence[ir.Value],
                scalars: Sequence[ir.Value]) -> ir.Value:
        """``name(*vectors, *scalars)`` for an intrinsic that takes ``lanes``-wide vectors:
        called once per ``lanes`` piece of ``self.ty``'s vectors and the results joined
        (the shuffles vanish when LLVM splits the wide type into registers)."""
        vty = ir.VectorType(self.scalar, lanes)
        fn = self.b.module.globals.get(name)
        if fn is None:
            fty = ir.FunctionType(vty, [vty] * len(vectors) + [v.type for v in scalars])
            fn = ir.Function(self.b.module, fty, name)
        if lanes == self.lanes:
            return self.b.call(fn, [*vectors, *scalars])

        def idx(ks: range) -> ir.Constant:
            return ir.Constant(ir.VectorType(ir.IntType(32), len(ks)),
                               [ir.Constant(ir.IntType(32), k) for k in ks])

        parts = []
        for lo in range(0, self.lanes, lanes):
            args = [self.b.shuffle_vector(v, v, idx(range(lo, lo + lanes))) for v in vectors]
            parts.append(self.b.call(fn, [*args, *scalars]))
        while len(parts) > 1:  # join neighbours: (a, b) -> a ++ b
            parts = [self.b.shuffle_vector(parts[k], parts[k + 1],
                                           idx(range(2 * parts[k].type.count)))
                     for k in range(0, len(parts), 2)]
        return parts[0]

    def div_unit(self, a: ir.Value, b: ir.Value) -> ir.Value:
        """``a / b`` for ``b`` in [1, 2] (or NaN): from the target's reciprocal estimate where
        it has one, else a division.

        The estimate ``r`` (relative error 2^-14 with AVX-512, 1.5 * 2^-12 with AVX) is
        refined by Newton steps until its error squared is below half an ulp, and the
        quotient is corrected once from its exact (fused) residual: ``q = a r``,
        ``q += r (a - b q)``, which is within an ulp of ``a / b``. On AVX-512 this takes
        four instructions that pipeline where a ``vdivps`` occupies the divider for about
        ten cycles, so tanh and sigmoid stop being bound by it.
        """
        if self.recip is None:
            return self.div(a, b)
        name, bits, mask_bits, lanes = self.recip
        # masked forms: pass-through 0, every lane on
        r = self._pieces(name, lanes, [b, self.c(0.0)] if mask_bits else [b],
                         [ir.Constant(ir.IntType(mask_bits), -1)] if mask_bits else [])
        nb = self.neg(b)
        while 2 * bits < self.k["mant"] + 3:  # Newton: r += r (1 - b r), error squared
            r = self.xfma(r, self.xfma(nb, r, self.c(1.0)), r)
            bits = 2 * bits - 1
        q = self.xmul(a, r)
        return self.xfma(self.xfma(nb, q, a), r, q)

    def fma(self, a: ir.Value, b: ir.Value, c: ir.Value) -> ir.Value:
        """a*b + c, fused where the target has FMA (llvm.fmuladd)."""
        return self._call("fmuladd", a, b, c)

    def poly(self, x: ir.Value, coefs: Sequence[float]) -> ir.Value:
        """Horner evaluation of sum coefs[i] * x^i."""
        acc = self.c(coefs[-1])
        for cf in reversed(coefs[:-1]):
            acc = self.fma(acc, x, self.c(cf))
        return acc

    # -- exact IEEE operations (no flags) for error-free transformations
    def xadd(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fadd(a, b)

    def xsub(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fsub(a, b)

    def xmul(self, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fmul(a, b)

    def xfma(self, a: ir.Value, b: ir.Value, c: ir.Value) -> ir.Value:
        """a*b + c with one rounding (llvm.fma; a library call where the CPU has no FMA)."""
        return self._call("fma", a, b, c, flags=())

    def two_sum(self, a: ir.Value, b: ir.Value) -> tuple[ir.Value, ir.Value]:
        s = self.xadd(a, b)
        bb = self.xsub(s, a)
        return s, self.xadd(self.xsub(a, self.xsub(s, bb)), self.xsub(b, bb))

    def fast_two_sum(self, a: ir.Value, b: ir.Value) -> tuple[ir.Value, ir.Value]:
        """Error-free a + b for |a| >= |b|."""
        s = self.xadd(a, b)
        return s, self.xsub(b, self.xsub(s, a))

    def two_prod(self, a: ir.Value, b: ir.Value) -> tuple[ir.Value, ir.Value]:
        p = self.xmul(a, b)
        return p, self.xfma(a, b, self.neg(p))

    # -- comparisons (no flags: a ninf/nnan compare of inf/nan would be poison), selects, bits
    def cmp(self, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.fcmp_ordered(op, a, b)

    def isnan(self, a: ir.Value, b: ir.Value | None = None) -> ir.Value:
        return self.b.fcmp_unordered("uno", a, a if b is None else b)

    def sel(self, cond: ir.Value, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.b.select(cond, a, b)

    def fabs(self, a: ir.Value) -> ir.Value:
        return self._call("fabs", a)

    def copysign(self, mag: ir.Value, sign: ir.Value) -> ir.Value:
        return self._call("copysign", mag, sign)

    def floor(self, a: ir.Value) -> ir.Value:
        return self._call("floor", a)

    def to_bits(self, a: ir.Value) -> ir.Value:
        return self.b.bitcast(a, self.ity)

    def from_bits(self, i: ir.Value) -> ir.Value:
        return self.b.bitcast(i, self.ty)

    def all_lanes(self, cond: ir.Value) -> ir.Value:
        """``i1``: every lane of the compare result ``cond`` is true (``cond`` if scalar)."""
        return vector_all(self.b, cond) if self.lanes else cond

    def pow2i(self, n: ir.Value) -> ir.Value:
        """2^n for an integer n in the normal exponent range."""
        biased = self.b.add(n, self.ci(self.k["bias"]))
        return self.from_bits(self.b.shl(biased, self.ci(self.k["mant"])))


# ----------------------------------------------------------------------------- exp


def _exp_reduce(m: _Math, x: ir.Value) -> tuple[ir.Value, ir.Value, ir.Value]:
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


def _exp_poly(m: _Math, r: ir.Value, coefs: str = "exp") -> ir.Value:
    return m.add(m.c(1.0), m.fma(m.mul(r, r), m.poly(r, m.coef[coefs]), r))


def _exp_core(m: _Math, x: ir.Value) -> ir.Value:
    """exp(x) for x whose result is a normal number; no special cases."""
    _, ni, r = _exp_reduce(m, x)
    return m.mul(_exp_poly(m, r), m.pow2i(ni))


def _scale_and_special(m: _Math, x: ir.Value, p: ir.Value, ni: ir.Value) -> ir.Value:
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


def _exp(m: _Math, x: ir.Value) -> ir.Value:
    if m.scalef is not None:
        return _exp_scaled(m, x)
    # Where every lane's result is a normal number (the common case: softmax, sigmoid, gelu
    # arguments), n goes straight into the exponent field of the polynomial's value: two
    # integer operations, where the general path clamps and scales by two factors (ten).
    # The lower bound keeps n >= -125, so p * 2^n (p in [0.7, 1.42]) stays normal; the
    # ordered compares send NaN lanes to the general path.
    lo, hi = m.k["exp_normal"]
    normal = m.all_lanes(m.b.and_(m.cmp(">=", x, m.c(lo)), m.cmp("<=", x, m.c(hi))))
    with m.b.if_else(normal, likely=True) as (then, otherwise):
        with then:
            _, ni, r = _exp_reduce(m, x)
            shifted = m.b.shl(ni, m.ci(m.k["mant"]))
            fast = m.from_bits(m.b.add(m.to_bits(_exp_poly(m, r)), shifted))
            fast_bb = m.b.block
        with otherwise:
            slow = _exp_scaled(m, x)
            slow_bb = m.b.block
    res = m.b.phi(m.ty)
    res.add_incoming(fast, fast_bb)
    res.add_incoming(slow, slow_bb)
    return res


def _exp_scaled(m: _Math, x: ir.Value) -> ir.Value:
    # x is clamped first (NaN passes) to where 2^n is certain to overflow or underflow, so
    # +-inf reduce to a finite r and no select is needed for them: vscalef (AVX-512) or the
    # two-factor scaling gives inf above, denormals and then 0 below, and NaN stays NaN (the
    # selects of _scale_and_special took six more vector instructions).
    lo, hi = m.k["exp_clamp"]
    xc = m.sel(m.cmp("<", x, m.c(lo)), m.c(lo), x)
    xc = m.sel(m.cmp(">", xc, m.c(hi)), m.c(hi), xc)
    nf, ni, r = _exp_reduce(m, xc)
    p = _exp_poly(m, r)
    if m.scalef is not None:
        return m.scale2(p, nf)
    n1 = m.b.ashr(ni, m.ci(1))
    return m.mul(m.mul(p, m.pow2i(n1)), m.pow2i(m.b.sub(ni, n1)))


# ----------------------------------------------------------------------------- log


def _log_split(m: _Math, x: ir.Value) -> tuple[ir.Value, ir.Value]:
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


def _log_core(m: _Math, kf: ir.Value, f: ir.Value, coefs: str = "log") -> ir.Value:
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


def _log(m: _Math, x: ir.Value) -> ir.Value:
    res = _log_core(m, *_log_split(m, x))
    if m.fast:
        return res
    res = m.sel(m.cmp("==", x, m.c(math.inf)), x, res)
    res = m.sel(m.cmp("==", x, m.c(0.0)), m.c(-math.inf), res)
    return m.sel(m.b.fcmp_unordered("<", x, m.c(0.0)), m.c(math.nan), res)  # x < 0 or NaN


# ----------------------------------------------------------------------------- tanh etc.


def _tanh(m: _Math, x: ir.Value) -> ir.Value:
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


def _sigmoid(m: _Math, x: ir.Value) -> ir.Value:
    # e = exp(-|x|) never overflows; 1/(1+e) for x >= 0 and e/(1+e) for x < 0, so results
    # down to the denormals keep their relative accuracy and nothing becomes inf/inf.
    e = _exp(m, m.neg(m.fabs(x)))
    num = m.sel(m.cmp("<", x, m.c(0.0)), e, m.c(1.0))
    return m.div_unit(num, m.add(m.c(1.0), e))


def _erf(m: _Math, x: ir.Value) -> ir.Value:
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


def _log_dd(m: _Math, ax: ir.Value) -> tuple[ir.Value, ir.Value]:
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


def _exp_dd(m: _Math, zh: ir.Value, zl: ir.Value) -> ir.Value:
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


def _pow_mag_dd(m: _Math, ax: ir.Value, y: ir.Value) -> ir.Value:
    """|x|^y on float64 lanes through a double-double log and exp."""
    lh, ll = _log_dd(m, ax)
    lh = m.sel(m.cmp("==", ax, m.c(0.0)), m.c(-math.inf), lh)
    lh = m.sel(m.cmp("==", ax, m.c(math.inf)), ax, lh)
    zh = m.xmul(y, lh)
    zl = m.fma(y, ll, m.xfma(y, lh, m.neg(zh)))
    zl = m.sel(m.cmp("<", m.fabs(zh), m.c(1e300)), zl, m.c(0.0))  # inf/nan: no tail
    return _exp_dd(m, zh, zl)


def _pow_mag_f32(m32: _Math, ax: ir.Value, y: ir.Value) -> ir.Value:
    """|x|^y for float32 operands: the exponent split in float32, then a plain float64 log
    and exp with shorter polynomials (relative error ~1e-10), rounded to float32."""
    b = m32.b
    t64 = ir.VectorType(ir.DoubleType(), m32.lanes) if m32.lanes else ir.DoubleType()
    m = _Math(b, t64, m32.fast)
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


def _pow_special(m: _Math, x: ir.Value, y: ir.Value, mag: ir.Value) -> ir.Value:
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

_UNARY: dict[Op, Callable[[_Math, ir.Value], ir.Value]] = {
    Op.EXP: _exp, Op.LOG: _log, Op.TANH: _tanh, Op.SIGMOID: _sigmoid, Op.ERF: _erf,
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
    fname = f"tcomp.math.{name}.{_mangle(ty)}" + (".fast" if fast else "") + variant
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
        op: Op.EXP, Op.LOG, Op.TANH, Op.SIGMOID or Op.ERF.
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
                 lambda hb, a: _UNARY[op](_Math(hb, a.type, fast_math, features), a),
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
        m = _Math(hb, a.type, fast_math)
        if m.bits == 64:
            return _pow_special(m, a, e, _pow_mag_dd(m, m.fabs(a), e))
        return _pow_special(m, a, e, _pow_mag_f32(m, m.fabs(a), e))

    fn = _helper(builder, "pow", x.type, 2, fast_math, body)
    return builder.call(fn, [x, y])
