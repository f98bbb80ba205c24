"""The hand schedules (schedules/cpu.py) take their vector width and register tile from the
target: an AVX2 build gets 8-lane vectors and a 6 x 16 tile that fits 16 registers; each is
built for an AVX2 and an AVX-512 target and checked against numpy (issue 10)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import tcomp as tc
from schedules import cpu
from tcomp.codegen.target import Target

X86 = "x86_64-unknown-linux-gnu"
AVX2 = "llvm -mcpu=haswell"
AVX512 = "llvm -mcpu=skylake-avx512"


def test_gemm_tile_fits_the_register_file():
    assert cpu.gemm_tile(Target("llvm", "haswell", "", X86)) == (4, 24, 8)
    assert cpu.gemm_tile(Target("llvm", "skylake-avx512", "", X86)) == (8, 32, 16)
    assert cpu.gemm_tile(Target("llvm", "haswell", "", X86), "float64") == (4, 12, 4)
    for t in (Target("llvm", c, "", X86) for c in ("haswell", "skylake-avx512", "x86-64")):
        mr, nr, lanes = cpu.gemm_tile(t)
        assert mr * (nr // lanes) + nr // lanes + 1 <= t.vector_registers


def _host_runs(target: str) -> bool:
    return Target.parse(target).feature_set <= Target.host().feature_set


_STACK_STORE = re.compile(r"vmov[au]p[sd]\s+%[xyz]mm\d+, -?\d*\(%rsp\)")
_STACK_READ = re.compile(r"^\s+(?!lea)\w+\s+-?\d*\(%rsp\), %")  # a load, not an address


def _spills_in_inner_loop(asm: str) -> int:
    """Vector stores to the stack frame (spills) inside the kernel's innermost loops that also
    read the stack back.

    A loop is the code from a label to the last backward branch to it; an innermost loop
    holds no other. Stores before a loop (LLVM hoisting loop-invariant broadcasts and
    parking them on the stack) and the stores of a stack buffer outside the hot loop are
    not counted, nor a loop that only fills a stack buffer (a conv strip's padded input):
    a register tile that spills stores its accumulators inside the loop and reloads them."""
    return sum(1 for loop in _innermost_loops(asm) if any(_STACK_READ.search(ln) for ln in loop)
               for ln in loop if _STACK_STORE.search(ln))


def _innermost_loops(asm: str) -> list[list[str]]:
    """The lines of each innermost loop of ``asm``."""
    lines = asm.splitlines()
    label_at = {ln[:-1]: i for i, ln in enumerate(lines) if re.match(r"\.LBB\w+:$", ln)}
    loops = {}
    for j, ln in enumerate(lines):
        m = re.match(r"\s+j\w+\s+(\.LBB\w+)$", ln)
        if m and label_at.get(m.group(1), j) < j:
            loops[label_at[m.group(1)]] = j  # the last backward branch closes the loop
    spans = sorted(loops.items())
    return [lines[a:b + 1] for a, b in spans
            if not any(a < c and d <= b and (c, d) != (a, b) for c, d in spans)]


def test_spill_check_sees_a_spilling_tile():
    # The control for every "no spill" assertion here: a 16 x 32 tile of 8-lane vectors
    # (64 accumulators) on AVX2's 16 registers must be seen spilling in its inner loop.
    A, B, C = _matmul(64, 64, 32)
    s, args = cpu.matmul(A, B, C, mr=16, nr=32, lanes=8, target=AVX2)
    f = tc.build(s, args, target=AVX2, bounds_check=False)
    assert _spills_in_inner_loop(f.source("asm")) > 0


def _matmul(M: int, N: int, K: int) -> tuple[tc.Tensor, tc.Tensor, tc.Tensor]:
    A = tc.placeholder((M, K), name="A")
    B = tc.placeholder((K, N), name="B")
    k = tc.reduce_axis(K, name="k")
    return A, B, tc.compute((M, N), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")


def _check_matmul(f, target: str, C: tc.Tensor, K: int, seed: int) -> None:
    """No spill in the kernel; on a host that runs ``target``, ``C`` equals ``a @ b``."""
    assert _spills_in_inner_loop(f.source("asm")) == 0
    if _host_runs(target):
        M, N = (int(d.value) for d in C.shape)
        rng = np.random.default_rng(seed)
        a = rng.standard_normal((M, K)).astype("float32")
        b = rng.standard_normal((K, N)).astype("float32")
        c = np.zeros((M, N), "float32")
        f(a, b, c)
        np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_matmul_for_each_isa(target):
    A, B, C = _matmul(48, 64, 40)
    s, args = cpu.matmul(A, B, C, target=target)
    f = tc.build(s, args, target=target)
    width = "ymm" if target == AVX2 else "zmm"
    assert re.search(rf"vfmadd\w+\s+.*%{width}", f.source("asm"))
    _check_matmul(f, target, C, 40, seed=0)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_chain_and_softmax_vectors_follow_the_target(target):
    X = tc.placeholder((4, 64), name="X")
    Y = tc.compute((4, 64), lambda i, j: X[i, j] * 2.0, name="Y")
    Z = tc.compute((4, 64), lambda i, j: tc.exp(Y[i, j]), name="Z")
    s, args = cpu.elementwise_chain([Y, Z], [X], target=target)
    lanes = Target.parse(target).vector_lanes("float32")
    # four registers side by side (interleave=4), each the target's width
    assert f"x{4 * lanes}(" in str(tc.lower(s, args, passes="all"))
    asm = tc.build(s, args, target=target).source("asm")
    assert re.search(r"vmulps\s.*%" + ("ymm" if target == AVX2 else "zmm"), asm)
    k = tc.reduce_axis(64, name="k")
    mx = tc.compute((4,), lambda i: tc.max(X[i, k], axis=k), name="mx")
    e = tc.compute((4, 64), lambda i, j: tc.exp(X[i, j] - mx[i]), name="e")
    k2 = tc.reduce_axis(64, name="k2")
    sm = tc.compute((4,), lambda i: tc.sum(e[i, k2], axis=k2), name="sm")
    y = tc.compute((4, 64), lambda i, j: e[i, j] / sm[i], name="y")
    s2, args2 = cpu.softmax(X, [mx, e, sm, y], target=target)
    f = tc.build(s2, args2, target=target)
    # ops.softmax multiplies by the row's reciprocal: no vector division per element
    s3, args3 = cpu.softmax(X, tc.ops.softmax(X), target=target)
    assert "vdivps" not in tc.build(s3, args3, target=target).source("asm")
    if _host_runs(target):
        x = np.random.default_rng(1).standard_normal((4, 64)).astype("float32")
        out = np.zeros_like(x)
        f(x, out)
        ref = np.exp(x - x.max(1, keepdims=True))
        np.testing.assert_allclose(out, ref / ref.sum(1, keepdims=True), rtol=1e-5)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_gelu_chain_matches_the_tanh_formula(target):
    # ops.gelu_tanh is factored for fewer operations, and its tanh divides through the
    # target's reciprocal estimate: it must still be the textbook formula to float32 rounding.
    n, m = 8, 100  # a tail after the vector chunks
    X = tc.placeholder((n, m), name="X")
    W = tc.placeholder((m,), name="W")
    Bb = tc.placeholder((m,), name="Bias")
    s, args = cpu.elementwise_chain(tc.ops.gelu_tanh(X, W, Bb), [X, W, Bb], target=target)
    f = tc.build(s, args, target=target)
    if not _host_runs(target):
        pytest.skip("the host cannot run this ISA")
    rng = np.random.default_rng(3)
    x = (rng.standard_normal((n, m)) * 4).astype("float32")
    w, b = rng.standard_normal(m).astype("float32"), rng.standard_normal(m).astype("float32")
    x[0, :4] = [np.nan, np.inf, -np.inf, 0.0]
    y = np.zeros_like(x)
    f(x, w, b, y)
    z = x.astype(np.float64) * w + b
    with np.errstate(invalid="ignore"):
        ref = 0.5 * z * (1 + np.tanh(0.7978845608028654 * (z + 0.044715 * z ** 3)))
    np.testing.assert_allclose(y, ref, rtol=2e-6, atol=1e-6)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_layer_norm_hand_schedule_matches_numpy(target):
    rows, n = 6, 72  # rows not a multiple of anything; n leaves a tail after the vectors
    X = tc.placeholder((rows, n), name="X")
    W = tc.placeholder((n,), name="W")
    Bb = tc.placeholder((n,), name="Bias")
    stages = tc.ops.layer_norm_rows(X, W, Bb, eps=1e-3)
    s, args = cpu.layer_norm(stages, [X, W, Bb], target=target)
    lanes = Target.parse(target).vector_lanes("float32")
    low = str(tc.lower(s, args, passes="all"))
    # every stage in the row loop, vectors of four AVX2 registers, one AVX-512 register
    assert f"x{4 * lanes if lanes <= 8 else lanes}(" in low and low.count("for i0 ") == 1
    # the serial combine of a row's partial sums is one vector long (four registers' worth
    # are first added into one)
    serial = re.findall(r"for \S+ in 0\.\.(\d+):\n\s+Y\.(?:sum|sqsum)\[0\] = ", low)
    assert serial == [str(lanes)] * 2, low
    f = tc.build(s, args, target=target)
    if not _host_runs(target):
        pytest.skip("the host cannot run this ISA")
    rng = np.random.default_rng(4)
    x = (rng.standard_normal((rows, n)) * 3 + 5).astype("float32")
    w, b = rng.standard_normal(n).astype("float32"), rng.standard_normal(n).astype("float32")
    y = np.zeros_like(x)
    f(x, w, b, y)
    x64 = x.astype(np.float64)
    ref = (x64 - x64.mean(1, keepdims=True)) / np.sqrt(x64.var(1, keepdims=True) + 1e-3) * w + b
    np.testing.assert_allclose(y, ref, rtol=1e-5, atol=1e-5)


def test_layer_norm_op_names_bad_shapes():
    X = tc.placeholder((4, 8), name="X")
    with pytest.raises(tc.DSLShapeError, match=r"'W' \[9\].*rows of 'X'"):
        tc.ops.layer_norm_rows(X, tc.placeholder((9,), name="W"), tc.placeholder((8,), name="B"))
    with pytest.raises(tc.DSLShapeError, match="2-D"):
        tc.ops.layer_norm_rows(tc.placeholder((8,), name="V"), tc.placeholder((8,), name="W"),
                          tc.placeholder((8,), name="B"))


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_auto_schedule_register_tile_follows_the_target(target):
    # The automatic schedule (nn's kernels) had a 12 x 32 tile of 16 lanes: 24
    # accumulators, more than AVX2's 16 registers. It now reads them from the target.
    A, B, C = _matmul(36, 64, 24)
    s = tc.auto_schedule(C, target=target)
    lanes = Target.parse(target).vector_lanes("float32")
    low = str(tc.lower(s, [A, B, C], passes="all"))
    assert f"x{lanes}(" in low and f"x{2 * lanes}(" not in low
    _check_matmul(tc.build(s, [A, B, C], target=target), target, C, 24, seed=2)


def test_auto_space_reads_the_target():
    from autotune import AutoSpace

    A, B, C = _matmul(32, 64, 16)
    avx2, avx512 = AutoSpace([C], [A, B, C], AVX2), AutoSpace([C], [A, B, C], AVX512)
    assert (avx2.lanes(C.op), avx2.max_acc(C.op)) == (8, 128)
    assert (avx512.lanes(C.op), avx512.max_acc(C.op)) == (16, 512)
    assert avx2.default()["tile:C:j"] == 8 and avx512.default()["tile:C:j"] == 16
    with pytest.raises(ValueError, match="not a CPU"):
        AutoSpace([C], [A, B, C], "cuda -arch=sm_80")


# Register-tile templates: each one's default, and its largest tile that fits, for each ISA.
_TEMPLATE_CASES = {
    "matmul": ("matmul", dict(n=96)),
    "batch_matmul": ("batch_matmul", dict(b=2, n=16, m=64, k=32)),
    "conv2d_nchw": ("conv2d", dict(c=8, k=16, size=16)),
    "pool2d": ("pool2d", dict(c=4, size=32)),
    "row_reduce": ("row_sum", dict(n=8, m=128)),
}


def _template_space(name: str, target: str):
    from autotune import TemplateSpace
    from autotune import workloads as W

    fac, kw = _TEMPLATE_CASES[name]
    outs, args = getattr(W, fac)(**kw)
    return TemplateSpace(name, outs, args, target), outs, args


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_template_knobs_follow_the_target(target):
    # The knob ranges were AVX-512 constants (lanes [8, 16], nr up to 64 with mr up to 16:
    # up to 64 accumulators on AVX2's 16 registers). They now come from the target: vector
    # widths from its lanes, the default tile is the hand schedule's, and every register
    # tile the space offers fits its vector registers with room for the operands.
    t = Target.parse(target)
    lanes = t.vector_lanes("float32")
    sp, _, _ = _template_space("matmul", target)
    mr, nr, _ = cpu.gemm_tile(t)
    assert sp.knobs["lanes"] == [lanes] and (sp.default()["mr"], sp.default()["nr"]) == (mr, nr)
    configs = list(sp.enumerate())
    assert configs and all(c["mr"] * (c["nr"] // lanes) + c["nr"] // lanes + 1
                           <= t.vector_registers for c in configs)
    assert max(c["mr"] * c["nr"] for c in configs) == max(
        m * n for m in sp.knobs["mr"] for n in sp.knobs["nr"]
        if m * -(-n // lanes) + -(-n // lanes) + 1 <= t.vector_registers)
    for name in ("batch_matmul", "pool2d", "row_reduce"):
        sp, _, _ = _template_space(name, target)
        width = next(k for k in ("lanes", "tile_x") if k in sp.knobs)
        assert sp.knobs[width][0] == lanes, name
    sp, _, _ = _template_space("conv2d_nchw", target)
    assert sp.default()["tile_x"] == lanes
    assert all(sp.template.fits(c, sp.outputs, t) for c in sp.enumerate())


@pytest.mark.parametrize("target", [AVX2, AVX512])
@pytest.mark.parametrize("name", sorted(_TEMPLATE_CASES))
def test_template_register_tiles_do_not_spill(name, target):
    sp, _outs, args = _template_space(name, target)
    configs = [sp.default()]
    if name in ("matmul", "batch_matmul", "conv2d_nchw"):  # also the largest tile that fits
        size = {"matmul": lambda c: c["mr"] * c["nr"], "batch_matmul": lambda c: c["ti"] * c[
            "tj"], "conv2d_nchw": lambda c: c["tile_f"] * c["tile_y"] * c["tile_x"] * (
                c["unroll_f"] and c["unroll_k"])}[name]
        configs.append(max(sp.enumerate(), key=size))
    for cfg in configs:  # as users build it: the suite's run-time bounds checks cost registers
        f = tc.build(sp.apply(cfg), args, target=target, bounds_check=False)
        assert _spills_in_inner_loop(f.source("asm")) == 0, (name, cfg)


def _conv2d_tiles_do_not_spill(target: str, every: bool) -> None:
    # The conv2d space's fit rule is fitted to measurements (the default's 4 x 3 tile with
    # the window as a loop fits AVX2's 16 registers exactly; unrolled it spills): the register
    # tiles it admits, with the padding per row strip, at root or inlined and the window
    # unrolled or not, are checked here, not only the default and the largest. The default
    # run checks, per padding and unrolling, the two largest tiles of each shape family (the
    # ones at the fit rule's edge) and the default; ``every`` checks all of them.
    import itertools

    sp, outs, args = _template_space("conv2d_nchw", target)
    kn, t = sp.knobs, Target.parse(target)
    admitted = [c for c in (dict(tile_f=f, tile_y=y, tile_x=x, pad=p, unroll_f=True,
                                 unroll_k=u, parallel="ny" if p == "rows" else "nf")
                            for f, y, x, p, u in itertools.product(
                                kn["tile_f"], kn["tile_y"], kn["tile_x"], kn["pad"],
                                kn["unroll_k"]))
                if sp.template.fits(c, outs, t)]
    assert len(admitted) >= 20 and sp.default() in admitted
    if not every:
        edge = []
        for key in {(c["pad"], c["unroll_k"], c["tile_y"] > 1) for c in admitted}:
            group = [c for c in admitted if (c["pad"], c["unroll_k"], c["tile_y"] > 1) == key]
            edge += sorted(group, key=lambda c: c["tile_f"] * c["tile_y"] * c["tile_x"])[-2:]
        admitted = [sp.default(), *[c for c in edge if c != sp.default()]]
    spilled = [c for c in admitted if _spills_in_inner_loop(tc.build(
        sp.apply(c), args, target=target, bounds_check=False).source("asm"))]
    assert not spilled, spilled


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_the_conv2d_tiles_at_the_fit_rules_edge_do_not_spill(target):
    _conv2d_tiles_do_not_spill(target, every=False)


@pytest.mark.slow
@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_every_conv2d_tile_the_space_admits_does_not_spill(target):
    _conv2d_tiles_do_not_spill(target, every=True)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_the_fma_peak_probe_runs_on_registers_only(target):
    # benchmarks/peak.py's probe is the limit every GEMM percentage is quoted against: its
    # FMAs read registers only (the AVX2 build read a spilled addend per FMA and measured
    # 166 GFLOP/s where numpy's GEMM ran at 213)
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).parents[2] / "benchmarks" / "peak.py"
    spec = importlib.util.spec_from_file_location("peak", path)
    peak = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(peak)
    f, width = peak.fma_probe(4, k=256, target=target)
    assert width == (12 * 8 if target == AVX2 else 16 * 16)
    fmas = [ln for loop in _innermost_loops(f.source("asm")) for ln in loop if "vfmadd" in ln]
    assert len(fmas) >= width // (8 if target == AVX2 else 16), fmas
    assert not [ln for ln in fmas if "(" in ln], fmas


def test_row_wise_schedules_prefetch_the_next_row_where_the_target_says():
    # a Zen 3's prefetchers stop at a 4 KB row's end (softmax 8192 x 1024 4.36 -> 3.18 ms
    # with the prefetch), a Zen 4's follow the rows (1.81 -> 1.57 ms without it)
    X = tc.placeholder((64, 1024), name="X")
    W, B = tc.placeholder((1024,), name="W"), tc.placeholder((1024,), name="B")
    for cpu_name, want in (("znver3", True), ("znver4", False), ("haswell", False)):
        target = f"llvm -mcpu={cpu_name}"
        assert Target.parse(target).prefetch_rows is want
        s, args = cpu.softmax(X, tc.ops.softmax(X), target=target)
        assert ("prefetch X" in str(tc.lower(s, args))) is want, cpu_name
        s, args = cpu.layer_norm(tc.ops.layer_norm_rows(X, W, B), [X, W, B], target=target)
        assert ("prefetch X" in str(tc.lower(s, args))) is want, cpu_name
        s, args = cpu.layer_norm(tc.ops.layer_norm_rows(X, W, B), [X, W, B], target=target,
                                 prefetch=0)
        assert "prefetch" not in str(tc.lower(s, args))
    # a softmax whose output streams (its rows from memory) prefetches its next row on any
    # CPU, while the row before's exponentials are computed (Zen 4: 0.92x the time)
    big = tc.placeholder((8192, 1024), name="X")
    for cpu_name in ("znver3", "znver4", "haswell"):
        s, args = cpu.softmax(big, tc.ops.softmax(big), target=f"llvm -mcpu={cpu_name}")
        assert "prefetch X" in str(tc.lower(s, args)), cpu_name
