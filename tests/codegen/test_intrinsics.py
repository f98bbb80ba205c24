"""Accuracy, special values and vector code of the inline math in codegen/llvm/intrinsics.py.

Each kernel is ``void f(ptr in..., ptr out, i64 n)``: a loop over vector chunks (16 floats /
8 doubles) and a scalar tail, built with llvmlite, optimised at O3 for the host CPU, run
through ctypes and compared with numpy (float64 or long double references) in ulps.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Callable

import llvmlite.binding as llvm
import mpmath  # the test extra's reference for float64 edge values
import numpy as np
import pytest
from llvmlite import ir

from tcomp.codegen.llvm.intrinsics import UNARY_MATH_OPS, emit_pow, emit_unary
from tcomp.errors import DSLTypeError, IRVerifyError
from tcomp.ir.expr import Op

I64 = ir.IntType(64)
PTR = ir.PointerType()
FTYPES = {np.float32: ir.FloatType(), np.float64: ir.DoubleType()}
WIDTH = {np.float32: 16, np.float64: 8}
UNARY = [Op.EXP, Op.EXP2, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF]

# Max ulp error measured offline on x86-64 (Zen 5, LLVM 22, FMA): float32 over every 61st bit
# pattern (70M inputs); float64 over 4M random inputs (300k for erf, mpmath reference);
# pow over 2.5M pairs with |y log x| up to the overflow limit, and integer powers.
MEASURED_MAX_ULP = {
    ("float32", "exp"): 1.00, ("float32", "log"): 0.82, ("float32", "tanh"): 2.49,
    ("float32", "sigmoid"): 2.30, ("float32", "erf"): 1.03, ("float32", "pow"): 0.51,
    ("float64", "exp"): 1.01, ("float64", "log"): 0.81, ("float64", "tanh"): 2.51,
    ("float64", "sigmoid"): 2.01, ("float64", "erf"): 1.09, ("float64", "pow"): 0.94,
    # exp2 on a Zen 3 (AVX2): float32 every 61st bit pattern in (-151, 129) (37M inputs),
    # float64 3M random in (-1076, 1025), long double reference
    ("float32", "exp2"): 1.01, ("float64", "exp2"): 1.02,
}
MAX_ULP = 4.0  # the contract; each function is also held to its measured maximum + 0.5


def _bound(dtype: type, name: str) -> float:
    return min(MAX_ULP, MEASURED_MAX_ULP[(np.dtype(dtype).name, name)] + 0.5)


# ----------------------------------------------------------------------------- building


def _loop_kernel(module: ir.Module, name: str, dtype: type, width: int, nin: int,
                 emit: Callable[[ir.IRBuilder, list[ir.Value]], ir.Value]) -> None:
    """``void name(ptr in_0..in_{nin-1}, ptr out, i64 n)``: vector chunks, then scalar tail
    (only the scalar loop for ``width == 0``)."""
    ft = FTYPES[dtype]
    vt = ir.VectorType(ft, max(width, 1))
    align = np.dtype(dtype).itemsize
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [PTR] * (nin + 1) + [I64]), name)
    *ins, out, n = fn.args
    entry, vcond, vbody, tcond, tbody, done = (
        fn.append_basic_block(s) for s in ("entry", "vcond", "vbody", "tcond", "tbody", "done"))
    b = ir.IRBuilder(entry)
    b.branch(vcond)

    b.position_at_end(vcond)
    i = b.phi(I64)
    i.add_incoming(ir.Constant(I64, 0), entry)
    fits = b.icmp_signed("<=", b.add(i, ir.Constant(I64, width)), n)
    b.cbranch(fits if width else ir.Constant(ir.IntType(1), 0), vbody, tcond)
    b.position_at_end(vbody)
    args = [b.load(b.gep(p, [i], source_etype=ft), typ=vt, align=align) for p in ins]
    b.store(emit(b, args), b.gep(out, [i], source_etype=ft), align=align)
    i.add_incoming(b.add(i, ir.Constant(I64, width)), vbody)
    b.branch(vcond)

    b.position_at_end(tcond)
    j = b.phi(I64)
    j.add_incoming(i, vcond)
    b.cbranch(b.icmp_signed("<", j, n), tbody, done)
    b.position_at_end(tbody)
    args = [b.load(b.gep(p, [j], source_etype=ft), typ=ft, align=align) for p in ins]
    b.store(emit(b, args), b.gep(out, [j], source_etype=ft), align=align)
    j.add_incoming(b.add(j, ir.Constant(I64, 1)), tbody)
    b.branch(tcond)

    b.position_at_end(done)
    b.ret_void()


class Jit:
    """A module of kernels compiled at O3 for the host; ``self[name](*arrays)`` runs one."""

    def __init__(self, module: ir.Module) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_triple(llvm.get_process_triple())
        self.tm = target.create_target_machine(
            cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
            opt=3)
        module.triple = llvm.get_process_triple()
        mod = llvm.parse_assembly(str(module))
        mod.verify()
        pb = llvm.create_pass_builder(self.tm, llvm.create_pipeline_tuning_options(speed_level=3))
        pb.getModulePassManager().run(mod, pb)
        self.optimized_ir = str(mod)
        self.asm = self.tm.emit_assembly(mod)
        self.engine = llvm.create_mcjit_compiler(mod, self.tm)
        self.engine.finalize_object()
        self._mod = mod

    def __getitem__(self, name: str) -> Callable[..., np.ndarray]:
        addr = self.engine.get_function_address(name)

        def run(*arrays: np.ndarray) -> np.ndarray:
            arrays = [np.ascontiguousarray(a) for a in arrays]
            out = np.empty_like(arrays[0])
            cf = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * (len(arrays) + 1), ctypes.c_int64)
            cf(addr)(*[a.ctypes.data for a in arrays], out.ctypes.data, out.size)
            return out

        return run


def _kernel_name(fn: str, dtype: type, fast: bool) -> str:
    return f"k_{fn}_{np.dtype(dtype).name}" + ("_fast" if fast else "")


def _build(dtype: type) -> Jit:
    module = ir.Module(name=f"vecmath_{np.dtype(dtype).name}")
    w = WIDTH[dtype]
    for fast in (False, True):
        for op in UNARY:
            _loop_kernel(module, _kernel_name(op.value, dtype, fast), dtype, w, 1,
                         lambda b, a, op=op, fast=fast: emit_unary(b, op, a[0], fast_math=fast))
        _loop_kernel(module, _kernel_name("pow", dtype, fast), dtype, w, 2,
                     lambda b, a, fast=fast: emit_pow(b, a[0], a[1], fast_math=fast))
    return Jit(module)


@pytest.fixture(scope="module", params=[np.float32, np.float64], ids=["f32", "f64"])
def jit(request: pytest.FixtureRequest) -> tuple[type, Jit]:
    return request.param, _build(request.param)


# ----------------------------------------------------------------------------- references

_LD_OK = np.finfo(np.longdouble).nmant >= 63  # x87 extended: 11 spare bits over float64


_HP = np.longdouble if _LD_OK else np.float64


def _mp(fn: Callable, *args: np.ndarray) -> np.ndarray:
    """``fn`` in 80-bit mpmath, element-wise, returned in long double (25 digits kept)."""
    mpmath.mp.prec = 80

    def one(*vs: float) -> object:
        if not all(math.isfinite(v) for v in vs):
            return _HP(np.nan)  # the caller takes numpy's float64 value there
        try:
            return _HP(mpmath.nstr(fn(*(mpmath.mpf(v) for v in vs)), 25))
        except ZeroDivisionError:
            return _HP(np.nan)

    return np.array([one(*vs) for vs in zip(*(a.astype(np.float64).tolist() for a in args),
                                            strict=True)], dtype=_HP)


_MP_FNS: dict[str, Callable] = {
    "erf": mpmath.erf, "exp": mpmath.exp, "tanh": mpmath.tanh,
    "exp2": lambda v: mpmath.power(2, v),
    "log": lambda v: mpmath.log(v) if v >= 0 else mpmath.nan,
    "sigmoid": lambda v: 1 / (1 + mpmath.exp(-v)),
    "pow": lambda a, b: mpmath.power(a, b) if a >= 0 or b == int(b) else mpmath.nan,
}


def _np_ref(name: str, x: np.ndarray, y: np.ndarray | None, hp: type) -> np.ndarray:
    xh = x.astype(hp)
    if name == "erf":  # numpy has no erf
        return np.vectorize(math.erf, otypes=[np.float64])(x.astype(np.float64)).astype(hp)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-xh))
    if name == "pow":
        return np.power(xh, y.astype(hp))
    return getattr(np, name)(xh)


def _reference(name: str, x: np.ndarray, y: np.ndarray | None = None) -> np.ndarray:
    """A reference with precision to spare: float64 for float32; long double for float64,
    from mpmath for erf (and for everything where long double is only double), special
    values from numpy's float64."""
    with np.errstate(all="ignore"):
        if x.dtype == np.float32:
            return _np_ref(name, x, y, np.float64)
        if name != "erf" and _LD_OK:
            return _np_ref(name, x, y, np.longdouble)
        f64 = _np_ref(name, x, y, np.float64).astype(_HP)
        hp = _mp(_MP_FNS[name], *((x,) if y is None else (x, y)))
        return np.where(np.isnan(hp) | ~np.isfinite(f64), f64, hp)


def _ulp_error(got: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """|got - ref| in ulps of ref's magnitude (denormal spacing below the normal range);
    non-finite references must be matched exactly (0 or inf)."""
    fi = np.finfo(got.dtype)
    rounded = ref.astype(got.dtype)
    _, e = np.frexp(ref)
    e = np.where(ref == 0, fi.minexp, np.maximum(e - 1, fi.minexp))
    ulp = np.ldexp(np.ones_like(ref), (e - fi.nmant).astype(np.int32))
    with np.errstate(all="ignore"):
        err = np.abs(got.astype(ref.dtype) - ref) / ulp
    special = ~np.isfinite(rounded)
    same = (np.isnan(got) & np.isnan(rounded)) | (got == rounded)
    err = np.where(special, np.where(same, 0.0, np.inf), err)
    err = np.where(~special & ~np.isfinite(got), np.inf, err)
    return err.astype(np.float64)


# ----------------------------------------------------------------------------- inputs


def _inputs(name: str, dtype: type, n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    nbits = 32 if dtype == np.float32 else 64
    ut = np.uint32 if nbits == 32 else np.uint64
    raw = rng.integers(0, 2**nbits, size=n // 4, dtype=np.uint64).astype(ut).view(dtype)
    tiny = np.finfo(dtype).tiny
    mags = np.exp(rng.uniform(np.log(np.finfo(dtype).smallest_subnormal), 0, n // 4)) \
        * rng.choice([-1, 1], n // 4)
    big = dtype == np.float64
    span = {"exp": (-746 if big else -104, 710 if big else 89), "log": (0, 4),
            "exp2": (-1076 if big else -150, 1025 if big else 129),
            "tanh": (-20, 20), "sigmoid": (-750 if big else -110, 40), "erf": (-7, 7)}[name]
    dense = rng.uniform(*span, n // 2)
    if name == "log":
        dense = np.concatenate([dense[: n // 4], 1 + rng.uniform(-0.3, 0.42, n // 4)])
    edges = [0.0, -0.0, tiny, -tiny, tiny / 2, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.625,
             -0.625, np.finfo(dtype).max, -np.finfo(dtype).max, np.finfo(dtype).smallest_subnormal]
    return np.concatenate([raw, mags, dense, edges]).astype(dtype)


# ----------------------------------------------------------------------------- accuracy


@pytest.mark.parametrize("name", [op.value for op in UNARY])
def test_unary_accuracy(jit: tuple[type, Jit], name: str) -> None:
    dtype, j = jit
    x = _inputs(name, dtype, 160_000 if dtype == np.float32 else 24_000)
    got = j[_kernel_name(name, dtype, False)](x)
    err = _ulp_error(got, _reference(name, x))
    worst = int(np.argmax(err))
    print(f"{np.dtype(dtype).name} {name}: max {err.max():.3f} ulp at x={x[worst]!r}")
    assert err.max() <= _bound(dtype, name), f"{name}({x[worst]!r}) = {got[worst]!r}: {err.max()}"


def test_exp_both_paths_and_the_edges_between_them(jit: tuple[type, Jit]) -> None:
    # Without vscalef, exp takes a short path when every lane's result is normal and the
    # clamped two-factor one otherwise: whole vectors on each side of both edges, and
    # vectors that mix the two (the mixed ones take the general path), keep the accuracy.
    # The short path's test is |x| <= 87 (707 for float64); hi is the last finite result.
    dtype, j = jit
    lo, hi = (-87.0, 88.72283172607422) if dtype == np.float32 else (-707.0, 709.782712893384)
    fi = np.finfo(dtype)
    edges = []
    for e in (lo, -lo, hi):
        e = dtype(e)
        edges += [e, np.nextafter(e, dtype(-np.inf)), np.nextafter(e, dtype(np.inf))]
    rng = np.random.default_rng(5)
    x = np.concatenate([
        np.linspace(lo, lo + 2, 4096), np.linspace(lo - 2, lo, 4096),
        np.linspace(hi - 2, hi, 4096), np.linspace(hi, hi + 1, 512),
        np.repeat(edges, 16), rng.permutation(np.concatenate([
            rng.uniform(-1, 1, 2048), rng.uniform(lo - 30, lo, 64), [np.nan] * 8,
            [np.inf, -np.inf, fi.max, -fi.max] * 4])),
        np.linspace(-lo - 2, -lo + 2, 4096)]).astype(dtype)
    # one special lane (NaN, +-inf, just outside the short path's range) among ordinary
    # ones, at every position of a 64-lane block: the test must send each to the general path
    for special in (np.nan, np.inf, -np.inf, np.nextafter(dtype(-lo), dtype(np.inf)),
                    np.nextafter(dtype(lo), dtype(-np.inf)), fi.max):
        block = np.full((64, 64), 0.5, dtype)
        block[np.arange(64), np.arange(64)] = special
        x = np.concatenate([x, block.ravel()])
    got = j[_kernel_name("exp", dtype, False)](x)
    err = _ulp_error(got, _reference("exp", x))
    worst = int(np.argmax(err))
    assert err.max() <= _bound(dtype, "exp"), f"exp({x[worst]!r}) = {got[worst]!r}: {err.max()}"


def test_exp2_both_paths_and_the_edges_between_them(jit: tuple[type, Jit]) -> None:
    # exp2's short path takes |x| <= 125 (1020 for float64); beyond it the general path
    # scales by two factors: results near overflow, denormal results, and single special
    # lanes among ordinary ones at every position of a 64-lane block.
    dtype, j = jit
    b, top, bottom = (125.0, 128.0, -149.0) if dtype == np.float32 else (1020.0, 1024.0, -1074.0)
    x = np.concatenate([np.linspace(-b - 2, -b + 2, 4096), np.linspace(b - 2, b + 2, 4096),
                        np.linspace(top - 3, top + 1, 4096), np.linspace(bottom - 2, -b, 4096)])
    for special in (np.nan, np.inf, -np.inf, np.nextafter(dtype(b), dtype(np.inf)),
                    np.nextafter(dtype(-b), dtype(-np.inf)), top - 0.25, bottom):
        block = np.full((64, 64), 0.5, dtype)
        block[np.arange(64), np.arange(64)] = special
        x = np.concatenate([x, block.ravel()])
    x = x.astype(dtype)
    got = j[_kernel_name("exp2", dtype, False)](x)
    err = _ulp_error(got, _reference("exp2", x))
    worst = int(np.argmax(err))
    assert err.max() <= _bound(dtype, "exp2"), f"exp2({x[worst]!r}) = {got[worst]!r}"


def test_pow_accuracy(jit: tuple[type, Jit]) -> None:
    dtype, j = jit
    rng = np.random.default_rng(1)
    n = 40_000
    big = 700 if dtype == np.float64 else 85
    x = np.exp(rng.uniform(-big, big, n))
    lx = np.log(x)
    # exponents that keep |y log x| in range, plus small integers on negative bases
    y = rng.uniform(-1, 1, n) * big / np.maximum(np.abs(lx), 1e-3)
    xi = -rng.uniform(0.5, 30, n // 4)
    yi = rng.integers(-12, 13, n // 4).astype(np.float64)
    xs = np.concatenate([x, xi, rng.uniform(0, 3, n // 4)]).astype(dtype)
    ys = np.concatenate([y, yi, rng.uniform(-40, 40, n // 4)]).astype(dtype)
    got = j[_kernel_name("pow", dtype, False)](xs, ys)
    err = _ulp_error(got, _reference("pow", xs, ys))
    worst = int(np.argmax(err))
    print(f"{np.dtype(dtype).name} pow: max {err.max():.3f} ulp at {xs[worst]!r}**{ys[worst]!r}")
    assert err.max() <= _bound(dtype, "pow")


@pytest.mark.parametrize("name", [op.value for op in UNARY] + ["pow"])
def test_fast_math_accuracy_on_normal_range(jit: tuple[type, Jit], name: str) -> None:
    dtype, j = jit
    rng = np.random.default_rng(2)
    lo, hi = {"exp": (-80, 80), "exp2": (-120, 120), "log": (1e-30, 1e30), "tanh": (-12, 12),
              "sigmoid": (-80, 80), "erf": (-6, 6), "pow": (0.01, 30)}[name]
    x = rng.uniform(lo, hi, 20_000).astype(dtype)
    if name == "log":
        x = np.exp(rng.uniform(-60, 60, 20_000)).astype(dtype)
    args = [x] if name != "pow" else [x, rng.uniform(-10, 10, x.size).astype(dtype)]
    got = j[_kernel_name(name, dtype, True)](*args)
    err = _ulp_error(got, _reference(name, *args))
    assert err.max() <= MAX_ULP


# ----------------------------------------------------------------------------- special values

INF, NAN = math.inf, math.nan
SPECIAL = {
    "exp": [(0.0, 1.0), (-0.0, 1.0), (INF, INF), (-INF, 0.0), (NAN, NAN), (1e4, INF),
            (-1e4, 0.0)],
    "exp2": [(0.0, 1.0), (-0.0, 1.0), (INF, INF), (-INF, 0.0), (NAN, NAN), (1e4, INF),
             (-1e4, 0.0), (1.0, 2.0), (-1.0, 0.5), (10.0, 1024.0), (-149.0, 2.0**-149)],
    "log": [(0.0, -INF), (-0.0, -INF), (INF, INF), (-1.0, NAN), (-INF, NAN), (NAN, NAN),
            (1.0, 0.0)],
    "tanh": [(0.0, 0.0), (-0.0, -0.0), (INF, 1.0), (-INF, -1.0), (NAN, NAN), (1e4, 1.0),
             (-1e4, -1.0), (25.0, 1.0), (1e-20, 1e-20), (-1e-20, -1e-20)],
    "sigmoid": [(0.0, 0.5), (INF, 1.0), (-INF, 0.0), (NAN, NAN), (1e4, 1.0), (-1e4, 0.0),
                (50.0, 1.0)],
    "erf": [(0.0, 0.0), (-0.0, -0.0), (INF, 1.0), (-INF, -1.0), (NAN, NAN), (1e4, 1.0),
            (-1e4, -1.0), (6.5, 1.0), (-6.5, -1.0)],
}


@pytest.mark.parametrize("name", list(SPECIAL))
def test_unary_special_values(jit: tuple[type, Jit], name: str) -> None:
    dtype, j = jit
    x = np.array([v for v, _ in SPECIAL[name]], dtype=dtype)
    want = np.array([w for _, w in SPECIAL[name]], dtype=dtype)
    for n in (x.size, 1):  # vector path with a tail, and the scalar path alone
        got = np.concatenate([j[_kernel_name(name, dtype, False)](x[k:k + n])
                              for k in range(0, x.size, n)])
        np.testing.assert_array_equal(got, want)
        assert (np.signbit(got) == np.signbit(want))[~np.isnan(want)].all(), (x, got)


def test_tiny_inputs_keep_relative_accuracy(jit: tuple[type, Jit]) -> None:
    dtype, j = jit
    x = np.array([1e-20, -3e-30, np.finfo(dtype).tiny, np.finfo(dtype).smallest_subnormal * 7],
                 dtype=dtype)
    np.testing.assert_array_equal(j[_kernel_name("tanh", dtype, False)](x), x)
    erf = j[_kernel_name("erf", dtype, False)](x)
    assert (_ulp_error(erf, _reference("erf", x)) <= 2).all()  # c0 ~ 2/sqrt(pi) to 1 ulp
    # log of denormals and exp results that are denormal
    den = np.array([np.finfo(dtype).smallest_subnormal * k for k in (1, 3, 1000, 2**20)],
                   dtype=dtype)
    assert (_ulp_error(j[_kernel_name("log", dtype, False)](den), _reference("log", den))
            <= MAX_ULP).all()
    e = np.array([-87.5, -95.0, -103.0] if dtype == np.float32 else [-710.0, -730.0, -744.0],
                 dtype=dtype)
    got = j[_kernel_name("exp", dtype, False)](e)
    assert (got > 0).all() and (got < np.finfo(dtype).tiny).all()
    assert (_ulp_error(got, _reference("exp", e)) <= 1).all()


_PX = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, INF, -INF, NAN, 1e-30, -7.0]
_PY = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, INF, -INF, NAN, 2.5, 1e10,
       -1e10, 16777215.0, 0.1]


def test_pow_special_values_match_numpy(jit: tuple[type, Jit]) -> None:
    dtype, j = jit
    x, y = (a.ravel().astype(dtype) for a in np.meshgrid(_PX, _PY))
    with np.errstate(all="ignore"):
        want = np.power(x, y)
    got = j[_kernel_name("pow", dtype, False)](x, y)
    err = _ulp_error(got, _reference("pow", x, y))
    bad = ~((got == want) | (np.isnan(got) & np.isnan(want))) & (err > 1)
    assert not bad.any(), list(zip(x[bad], y[bad], got[bad], want[bad], strict=True))
    zero = want == 0
    np.testing.assert_array_equal(np.signbit(got[zero]), np.signbit(want[zero]))
    infs = np.isinf(want)
    np.testing.assert_array_equal(got[infs], want[infs])


def test_pow_exact_integer_cases(jit: tuple[type, Jit]) -> None:
    dtype, j = jit
    base = np.arange(-9, 10, dtype=dtype)
    x, y = (a.ravel() for a in np.meshgrid(base, np.arange(0, 12, dtype=dtype)))
    keep = np.abs(np.power(x.astype(np.float64), y)) < (2**24 if dtype == np.float32 else 2**53)
    x, y = x[keep], y[keep]
    np.testing.assert_array_equal(j[_kernel_name("pow", dtype, False)](x, y), np.power(x, y))


# ----------------------------------------------------------------------------- code shape


def test_vector_path_has_no_libm_calls(jit: tuple[type, Jit]) -> None:
    dtype, j = jit
    calls = set(re.findall(r"call [^@\n]*@([\w.]+)", j.optimized_ir))
    assert not {c for c in calls if not c.startswith("llvm.")}, calls
    for name in ("expf", "logf", "tanhf", "erff", "powf", "exp", "log", "tanh", "erf", "pow"):
        assert not re.search(rf"@{name}\b", j.optimized_ir)
    assert not re.search(r"^\s*call", j.asm, re.M), "the assembly calls a function"
    vec = f"<{WIDTH[dtype]} x {FTYPES[dtype]}>"
    body = j.optimized_ir.split(f"@{_kernel_name('tanh', dtype, False)}(")[1]
    assert f"fmul contract {vec}" in body.split("\n}\n")[0]


@pytest.mark.parametrize("lanes", [0, 1, 3, 4, 8, 16, 64])
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=["f32", "f64"])
def test_any_vector_width(dtype: type, lanes: int) -> None:
    module = ir.Module()
    ops = [Op.EXP, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF]
    for op in ops:
        _loop_kernel(module, op.value, dtype, lanes, 1, lambda b, a, op=op: emit_unary(b, op, a[0]))
    _loop_kernel(module, "pow", dtype, lanes, 2, lambda b, a: emit_pow(b, a[0], a[1]))
    j = Jit(module)
    if lanes == 0:  # straight-line scalar code: LLVM's loop vectorizer takes the scalar loop
        assert re.search(rf"<\d+ x {FTYPES[dtype]}>", j.optimized_ir)
    x = np.linspace(-3, 3, 2 * max(lanes, 1) + 1).astype(dtype)
    for op in ops:
        assert _ulp_error(j[op.value](x), _reference(op.value, x)).max() <= MAX_ULP
    xp = np.abs(x) + 0.5
    assert _ulp_error(j["pow"](xp, x), _reference("pow", xp, x)).max() <= MAX_ULP


_HOST_FEATURES = {f[1:] for f in llvm.get_host_cpu_features().flatten().split(",")
                  if f.startswith("+")}
# (name, CPU features handed to the emitter, dtype, lanes, instruction the estimate becomes)
_RCP_CASES = [
    ("avx512", frozenset({"avx", "avx2", "fma", "avx512f", "avx512vl"}), np.float32, 16,
     "vrcp14ps"),
    ("avx512", frozenset({"avx", "avx2", "fma", "avx512f", "avx512vl"}), np.float64, 8,
     "vrcp14pd"),
    ("avx512vl", frozenset({"avx", "avx2", "fma", "avx512f", "avx512vl"}), np.float32, 8,
     "vrcp14ps"),
    ("avx2", frozenset({"avx", "avx2", "fma"}), np.float32, 8, "vrcpps"),
    ("avx2", frozenset({"avx", "avx2", "fma"}), np.float32, 4, "vrcpps"),
    # vectors of two and four registers (a schedule's interleave): estimated in pieces
    ("avx2", frozenset({"avx", "avx2", "fma"}), np.float32, 16, "vrcpps"),
    ("avx2", frozenset({"avx", "avx2", "fma"}), np.float32, 32, "vrcpps"),
    ("avx512", frozenset({"avx", "avx2", "fma", "avx512f", "avx512vl"}), np.float32, 64,
     "vrcp14ps"),
]


@pytest.mark.parametrize("isa,features,dtype,lanes,insn", _RCP_CASES,
                         ids=[f"{c[0]}-{np.dtype(c[2]).name}x{c[3]}" for c in _RCP_CASES])
def test_target_instructions_keep_accuracy(isa: str, features: frozenset[str], dtype: type,
                                           lanes: int, insn: str) -> None:
    """With the target's features, tanh and sigmoid divide through its reciprocal estimate
    (refined, then the quotient corrected), and on AVX-512 exp scales with vscalef: the
    instructions are there, and the error, the special values and the denormal results stay
    those of the portable code (the scalar tail keeps the portable code)."""
    if not {f for f in features if f != "avx512vl" or isa == "avx512vl"} <= _HOST_FEATURES:
        pytest.skip(f"the host CPU has no {isa}")
    names = ("exp", "tanh", "sigmoid")
    module = ir.Module()
    for fast in (False, True):
        for name in names:
            op = Op(name)
            _loop_kernel(module, _kernel_name(name, dtype, fast), dtype, lanes, 1,
                         lambda b, a, op=op, fast=fast: emit_unary(b, op, a[0], fast, features))
    j = Jit(module)
    assert insn in j.asm
    assert ("vscalef" in j.asm) == ("avx512f" in features)
    for name in names:
        x = _inputs(name, dtype, 80_000)
        got = j[_kernel_name(name, dtype, False)](x)
        err = _ulp_error(got, _reference(name, x))
        assert err.max() <= _bound(dtype, name), (isa, name, x[int(np.argmax(err))])
        fast = j[_kernel_name(name, dtype, True)](x)
        ok = np.isfinite(x)
        assert _ulp_error(fast[ok], _reference(name, x[ok])).max() <= MAX_ULP
        xs = np.array([v for v, _ in SPECIAL[name]], dtype=dtype)
        want = np.array([w for _, w in SPECIAL[name]], dtype=dtype)
        got = j[_kernel_name(name, dtype, False)](xs)
        np.testing.assert_array_equal(got, want)
        assert (np.signbit(got) == np.signbit(want))[~np.isnan(want)].all()
    e = np.array([-87.5, -95.0, -103.0, -103.9, -104.5, -119.0, -121.0, 88.7, 88.8, 95.0]
                 if dtype == np.float32 else
                 [-710.0, -730.0, -744.0, -745.5, -799.0, -801.0, 709.7, 709.8, 749.0, 751.0],
                 dtype=dtype)  # denormal results, 0 and inf on both sides of the clamp
    got = j[_kernel_name("exp", dtype, False)](np.repeat(e, 2))
    assert _ulp_error(got, _reference("exp", np.repeat(e, 2))).max() <= 1


def test_no_target_instructions_without_the_features() -> None:
    from tcomp.codegen.llvm.intrinsics import reciprocal_estimate, scalef_intrinsic

    v16 = ir.VectorType(ir.FloatType(), 16)
    assert reciprocal_estimate(frozenset({"avx512f", "fma"}), v16)[0].endswith("rcp14.ps.512")
    assert reciprocal_estimate(frozenset({"avx512f"}), v16) is None  # no FMA: no refinement
    assert reciprocal_estimate(frozenset({"avx512f", "fma"}), ir.FloatType()) is None
    assert reciprocal_estimate(frozenset({"avx", "fma"}), ir.VectorType(ir.DoubleType(), 4)) \
        is None  # AVX has no double estimate
    assert reciprocal_estimate(frozenset(), v16) is None  # not x86 (or no features)
    assert scalef_intrinsic(frozenset({"avx512f"}), v16)[0].endswith("scalef.ps.512")
    assert scalef_intrinsic(frozenset({"avx", "avx2", "fma"}), v16) is None
    assert scalef_intrinsic(frozenset({"avx512f"}), ir.VectorType(ir.FloatType(), 8)) is None
    # wider than a register: the widest intrinsic whose lanes divide the vector's, in pieces
    v32 = ir.VectorType(ir.FloatType(), 32)
    assert reciprocal_estimate(frozenset({"avx", "fma"}), v32)[::3] == (
        "llvm.x86.avx.rcp.ps.256", 8)
    assert scalef_intrinsic(frozenset({"avx512f"}), v32)[::3] == (
        "llvm.x86.avx512.mask.scalef.ps.512", 16)
    assert reciprocal_estimate(frozenset({"avx", "fma"}), ir.VectorType(ir.FloatType(), 24)) \
        is None  # three pieces: not joined pairwise, so a division instead


def test_fast_math_flags() -> None:
    """fast_math sets every fast-math flag but reassoc (which would undo the range reduction);
    the default is contract only."""
    texts = {}
    for fast in (False, True):
        module = ir.Module()
        fn = ir.Function(module, ir.FunctionType(ir.DoubleType(), [ir.DoubleType()] * 2), "f")
        b = ir.IRBuilder(fn.append_basic_block())
        b.ret(emit_pow(b, emit_unary(b, Op.TANH, fn.args[0], fast), fn.args[1], fast))
        texts[fast] = str(module)
    assert "fmul nnan ninf nsz arcp contract afn double" in texts[True]
    assert "reassoc" not in texts[True] and " fast " not in texts[True]
    assert "fmul contract double" in texts[False] and "nnan" not in texts[False]


def test_helpers_are_shared_and_inlined() -> None:
    module = ir.Module()
    fn = ir.Function(module, ir.FunctionType(ir.FloatType(), [ir.FloatType()]), "f")
    b = ir.IRBuilder(fn.append_basic_block())
    v = emit_unary(b, Op.EXP, emit_unary(b, Op.EXP, fn.args[0]))
    b.ret(v)
    helpers = [g for g in module.globals if g.startswith("tcomp.math.")]
    assert helpers == ["tcomp.math.exp.f32"]
    assert module.globals[helpers[0]].linkage == "internal"
    assert "alwaysinline" in module.globals[helpers[0]].attributes
    assert set(UNARY_MATH_OPS) == set(UNARY)


def test_rejects_non_float_operands() -> None:
    module = ir.Module()
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [ir.IntType(32), ir.FloatType(),
                                                             ir.DoubleType()]), "f")
    b = ir.IRBuilder(fn.append_basic_block())
    with pytest.raises(DSLTypeError, match="cast the tensor to float32 or float64"):
        emit_unary(b, Op.EXP, fn.args[0])
    with pytest.raises(DSLTypeError, match="exponent"):
        emit_pow(b, fn.args[1], fn.args[2])
    with pytest.raises(IRVerifyError, match="SQRT"):
        emit_unary(b, Op.SQRT, fn.args[1])
