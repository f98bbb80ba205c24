"""Element-wise float arithmetic for the inline math of ``intrinsics.py`` (layer 5): ``VecMath``
builds constants, fast-math-flagged operations, polynomials and bit manipulation on one float
type, scalar or vector, with the target's reciprocal-estimate and scalef instructions where
it has them; the polynomial coefficients and float formats it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from llvmlite import ir

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
        # 2^f = 1 + f q(f), |f| <= 1/2; 2.6e-9
        "exp2": (0.6931472149680279, 0.24022652782887738, 0.05550310551013797,
                 0.009617692972993062, 0.0013406643902351759, 0.0001559467816132662),
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
        # 2^f = 1 + f q(f), |f| <= 1/2; 1.8e-17
        "exp2": (0.6931471805599457, 0.24022650695910097, 0.05550410866479039,
                 0.009618129107607003, 0.0013333558153439966, 0.0001540353044157213,
                 1.5252727385193868e-05, 1.3215442675329823e-06, 1.0180647659234139e-07,
                 7.072570412814423e-09, 4.078071929588337e-10),
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
             exp_normal=87.0,  # |x| <= this: exp(x) and p*2^n are normal, |n| <= 126
             exp2_normal=125.0, exp2_clamp=(-160.0, 160.0)),
    64: dict(mant=52, bias=1023, ln2_hi=0.6931471803691238, ln2_lo=1.9082149292705877e-10,
             exp_hi=709.782712893384, exp_lo=-746.0,
             sqrt_half_bits=0x3FE6A09E667F3BCD, one_bits=0x3FF0000000000000,
             tanh_clamp=-80.0, erf_mid=3.475, erf_one=5.95,
             exp_clamp=(-800.0, 750.0),  # 0 below -745.2, inf above 709.8
             exp_normal=707.0,  # |n| <= 1020
             exp2_normal=1020.0, exp2_clamp=(-1100.0, 1100.0)),
}


def mangle(ty: ir.Type) -> str:
    """Intrinsic-name suffix of a float type: ``f32``, ``f64``, ``v16f32``."""
    if isinstance(ty, ir.VectorType):
        return f"v{ty.count}{mangle(ty.element)}"
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


class VecMath:
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
        fname = f"llvm.{name}.{mangle(self.ty)}"
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

    def all_within(self, x: ir.Value, bound: float) -> ir.Value:
        """``i1``: every lane has ``|x| <= bound`` (false where one is NaN).

        Compared as integers, the sign bit cleared: for floats of one sign the bit patterns
        order as the values do, and NaN's lie above inf's. The lanes are joined with integer
        ors, one register at a time, and tested once. This check sits in every ``exp``;
        exp's earlier one (two float compares and an ``and`` per lane, then the ``i1``
        vector reduced through packs) made an in-cache gelu chain (AVX2, Zen 3, 2 threads)
        0.318 ns per element, this one 0.286 (two runs; with no check at all 0.268 and
        0.273 in them).
        """
        if not self.lanes:
            return self.cmp("<=", self.fabs(x), self.c(bound))
        mag = self.b.and_(self.to_bits(x), self.ci((1 << (self.bits - 1)) - 1))
        bad = self.b.sext(self.b.icmp_signed(">", mag, self.to_bits(self.c(bound))), self.ity)
        n = self.lanes
        while n * self.bits > 256 and n % 2 == 0:  # or the halves down to one AVX register
            n //= 2
            bad = self.b.or_(*(self.b.shuffle_vector(bad, bad, ir.Constant(
                ir.VectorType(ir.IntType(32), n), list(range(k, k + n)))) for k in (0, n)))
        wide = ir.IntType(n * self.bits)
        return self.b.icmp_unsigned("==", self.b.bitcast(bad, wide), ir.Constant(wide, 0))

    def pow2i(self, n: ir.Value) -> ir.Value:
        """2^n for an integer n in the normal exponent range."""
        biased = self.b.add(n, self.ci(self.k["bias"]))
        return self.from_bits(self.b.shl(biased, self.ci(self.k["mant"])))
