"""The peers tcomp is measured against: numpy, torch (eager, compile), TVM, Halide and, for the
chain, the same algorithm written by hand in C (benchmarks).

Each peer's ``prepare_*`` function takes a workload name, its inputs and the float64 reference,
builds the peer's kernel, checks one result and returns a ``Contender`` (its call, not yet
timed); a peer that is not installed, fails, or computes a wrong result gives a row with
``ms_median=None`` instead, saying why in ``note``. Nothing here raises. ``time_rounds`` times
contenders in interleaved rounds, so each ratio compares figures taken side by side (these VMs'
speed drifts between seconds). Unset ``OPENBLAS_CORETYPE``/``OPENBLAS_L2_SIZE`` before
starting Python.
"""

from __future__ import annotations

import importlib.metadata
import os
import statistics
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

import tcomp as tc

# Set before torch, TVM or Halide start their thread pools: every contender gets the 2 cores.
NUM_THREADS = 2
os.environ.setdefault("TVM_NUM_THREADS", str(NUM_THREADS))
os.environ.setdefault("HL_NUM_THREADS", str(NUM_THREADS))

# "avx2": TVM (-mattr=-avx512f) and Halide (its AVX512 features removed) build AVX2 code on
# an AVX-512 host too; None: the host's best. numpy and torch take theirs from the
# environment, set before they load (OPENBLAS_CORETYPE=Haswell; ATEN_CPU_CAPABILITY=avx2,
# ONEDNN_MAX_CPU_ISA=AVX2, MKL_ENABLE_INSTRUCTIONS=AVX2), as ``make bench-avx2`` does.
ISA: str | None = None
ISA_ENV = {"avx2": {"OPENBLAS_CORETYPE": "Haswell", "ATEN_CPU_CAPABILITY": "avx2",
                    "ONEDNN_MAX_CPU_ISA": "AVX2", "MKL_ENABLE_INSTRUCTIONS": "AVX2"}}


def isa_env_missing(isa: str | None) -> list[str]:
    """The environment settings that hold numpy and torch to ``isa`` and are not set so
    (``NAME=value``); none for the host's best (None)."""
    want = ISA_ENV.get(isa or "", {})
    return [f"{k}={v}" for k, v in want.items() if os.environ.get(k, "").lower() != v.lower()]


WORKLOADS = ("gemm", "chain", "softmax")
GEMM_N = 1024
CHAIN_SHAPE = (4096, 4096)
SOFTMAX_SHAPE = (8192, 1024)
GELU_C = 0.7978845608  # sqrt(2/pi)
GELU_A = 0.044715

Row = dict[str, Any]
Inputs = dict[str, np.ndarray]


# ----------------------------------------------------------------------------- workloads

def make_inputs(workload: str, seed: int = 0) -> Inputs:
    """Deterministic float32 inputs for ``workload`` ('gemm', 'chain' or 'softmax'), the same
    arrays for every contender, each 64-byte aligned (``tc.aligned``) as torch's, TVM's and
    tcomp's allocators give: numpy's own large arrays start 16 bytes past a page, so every
    other 32-byte vector straddles a cache line and a non-temporal store goes out in 16-byte
    pieces."""
    rng = np.random.default_rng(seed)

    def rand(*shape: int) -> np.ndarray:
        return tc.aligned(rng.standard_normal(shape, dtype=np.float32))

    if workload == "gemm":
        return {"a": rand(GEMM_N, GEMM_N), "b": rand(GEMM_N, GEMM_N)}
    if workload == "chain":
        rows, cols = CHAIN_SHAPE
        return {"x": rand(rows, cols), "w": rand(cols), "b": rand(cols)}
    if workload == "softmax":
        return {"x": rand(*SOFTMAX_SHAPE)}
    raise ValueError(f"unknown workload {workload!r}; choose one of {WORKLOADS}")


def gelu_tanh_np(z: np.ndarray) -> np.ndarray:
    """gelu_tanh(z) = 0.5*z*(1 + tanh(0.7978845608*(z + 0.044715*z^3)))."""
    return 0.5 * z * (1.0 + np.tanh(GELU_C * (z + GELU_A * (z * z * z))))


def numpy_fn(workload: str) -> Callable[..., np.ndarray]:
    """The numpy formulation of ``workload``; also the reference the other peers are checked by."""
    if workload == "gemm":
        return lambda a, b: a @ b
    if workload == "chain":
        return lambda x, w, b: gelu_tanh_np(x * w + b)
    if workload == "softmax":
        def softmax(x: np.ndarray) -> np.ndarray:
            e = np.exp(x - x.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        return softmax
    raise ValueError(f"unknown workload {workload!r}; choose one of {WORKLOADS}")


def reference(workload: str, inputs: Inputs) -> np.ndarray:
    """Float64 result of ``workload`` on ``inputs``."""
    return numpy_fn(workload)(*(v.astype(np.float64) for v in inputs.values()))


# ----------------------------------------------------------------------------- timing

# OpenBLAS threads spin ~0.1 s after a call and would slow whatever is timed next.
SETTLE_S = 0.2


def time_ms(fn: Callable[[], Any], warmup: int = 2, repeat: int = 10) -> list[float]:
    """Call ``fn`` ``warmup`` times untimed, then ``repeat`` times; each call's wall time in ms."""
    time.sleep(SETTLE_S)
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return times


@dataclass
class Contender:
    """One implementation of a workload, built and checked, ready to be timed."""

    name: str
    workload: str
    allocates: bool  # a fresh output each call (numpy, torch) or a preallocated one
    call: Callable[[], Any]
    note: str = ""


def time_rounds(contenders: list[Contender], rounds: int, calls: int = 3,
                timer: Callable[..., list[float]] = time_ms) -> list[list[float]]:
    """Per contender, its median ms in each of ``rounds`` rounds; a round times every
    contender once (``calls`` calls after one warm-up), every other round in reverse order,
    so no contender always follows the same one."""
    out: list[list[float]] = [[] for _ in contenders]
    order = list(range(len(contenders)))
    for r in range(rounds):
        for i in (order if r % 2 == 0 else order[::-1]):
            out[i].append(statistics.median(timer(contenders[i].call, warmup=1, repeat=calls)))
    return out


def _row(name: str, workload: str, allocates: bool, times: list[float] | None = None,
         note: str = "") -> Row:
    return {
        "name": name,
        "workload": workload,
        "ms_median": statistics.median(times) if times else None,
        "ms_all": [round(t, 4) for t in times or []],
        "allocates_output": allocates,
        "note": note,
    }


def rows_of(contenders: list[Contender | Row], times: list[list[float]]) -> list[Row]:
    """Rows of the prepared ``contenders`` (their round medians in ``times``, in order) and
    of those that failed to prepare (rows already). The first contender with times is the
    base: each row's ``ratio_to_base`` is the median of its per-round ratios (its time over
    the base's, > 1: slower), with their range."""
    timed = iter(times)
    rows = []
    base: list[float] | None = None
    for c in contenders:
        if not isinstance(c, Contender):
            rows.append(c)
            continue
        ts = next(timed)
        row = _row(c.name, c.workload, c.allocates, ts, c.note)
        base = base or ts
        ratios = [t / b for t, b in zip(ts, base, strict=True)]
        row["ratio_to_base"] = statistics.median(ratios)
        row["ratio_range"] = [round(min(ratios), 3), round(max(ratios), 3)]
        rows.append(row)
    return rows


def _check(out: Any, ref: np.ndarray) -> str:
    """'' when ``out`` matches ``ref`` to float32 accuracy, else what is wrong."""
    got = np.asarray(out, dtype=np.float64)
    if got.shape != ref.shape:
        return f"wrong result: shape {got.shape}, expected {ref.shape}"
    err = float(np.max(np.abs(got - ref) / (1.0 + np.abs(ref))))
    return "" if err < 2e-3 else f"wrong result: max relative error {err:.3g}"


Setup = Callable[[], tuple[Callable[[], Any], Callable[[Any], Any]]]


def _prepare(name: str, workload: str, allocates: bool, setup: Setup, ref: np.ndarray,
             note: str = "") -> Contender | Row:
    """Build with ``setup`` and check one result against ``ref``.

    ``setup()`` returns ``(call, fetch)``: ``call()`` runs the peer once and ``fetch(call())``
    gives its output as something numpy can read (kept out of the timed call).
    """
    try:
        t0 = time.perf_counter()
        call, fetch = setup()
        err = _check(fetch(call()), ref)  # the first call also compiles where the peer is lazy
        build_s = time.perf_counter() - t0
    except Exception as exc:  # a failing peer is reported, never fatal
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return _row(name, workload, allocates, note=f"failed: {last[:300]}")
    if err:
        return _row(name, workload, allocates, note=f"{note}; {err}" if note else err)
    done = f"build+first call {build_s:.1f} s"
    return Contender(name, workload, allocates, call, f"{note}; {done}" if note else done)


def _missing(name: str, workload: str, allocates: bool, module: str) -> Row:
    return _row(name, workload, allocates, note=f"skipped: {module} is not installed")


def _dist_version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _identity(out: Any) -> Any:
    return out


def _with_note(c: Contender | Row, note: str) -> Contender | Row:
    """``c`` with ``note`` in front of its own note (what the setup said it built)."""
    if isinstance(c, Contender):
        c.note = f"{note}; {c.note}"
    else:
        c["note"] = f"{note}; {c['note']}"
    return c


# ----------------------------------------------------------------------------- numpy, torch

def prepare_numpy(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """numpy (OpenBLAS for GEMM); allocates a fresh output each call."""
    fn = numpy_fn(workload)
    args = tuple(inputs.values())
    return _prepare("numpy", workload, True, lambda: (lambda: fn(*args), _identity), ref,
                    note=f"numpy {np.__version__}")


def _torch_fn(torch: Any, workload: str) -> Callable[..., Any]:
    if workload == "gemm":
        return lambda a, b: a @ b
    if workload == "chain":
        def chain(x: Any, w: Any, b: Any) -> Any:
            z = x * w + b
            return 0.5 * z * (1.0 + torch.tanh(GELU_C * (z + GELU_A * (z * z * z))))
        return chain
    return lambda x: torch.softmax(x, dim=1)


def _prepare_torch(name: str, compiled: bool, workload: str, inputs: Inputs,
                   ref: np.ndarray) -> Contender | Row:
    try:
        import torch
    except ImportError:
        return _missing(name, workload, True, "torch")

    def setup() -> tuple[Callable[[], Any], Callable[[Any], Any]]:
        torch.set_num_threads(NUM_THREADS)
        fn = _torch_fn(torch, workload)
        if compiled:
            fn = torch.compile(fn, dynamic=False)
        args = tuple(torch.from_numpy(v) for v in inputs.values())

        def call() -> Any:
            with torch.no_grad():
                return fn(*args)
        return call, lambda out: out.numpy()

    return _prepare(name, workload, True, setup, ref,
                    note=f"torch {torch.__version__}, {NUM_THREADS} threads")


def prepare_torch_eager(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """torch CPU eager mode; allocates a fresh output each call."""
    return _prepare_torch("torch eager", False, workload, inputs, ref)


def prepare_torch_compile(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """torch.compile (inductor, CPU); allocates a fresh output each call."""
    return _prepare_torch("torch.compile", True, workload, inputs, ref)


# ----------------------------------------------------------------------------- TVM (TensorIR)

def _tvm_gemm(te: Any, sch_cls: Any) -> tuple[Any, str]:
    """C = A @ B with 8x32 register tiles: i parallel, k outside the tile, j vectorized."""
    n = GEMM_N
    a = te.placeholder((n, n), "float32", name="A")
    b = te.placeholder((n, n), "float32", name="B")
    k = te.reduce_axis((0, n), name="k")
    c = te.compute((n, n), lambda i, j: te.sum(a[i, k] * b[k, j], axis=k), name="C")
    sch = sch_cls(te.create_prim_func([a, b, c]))
    blk = sch.get_sblock("C")
    i, j, kk = sch.get_loops(blk)
    io, ii = sch.split(i, [None, 8])
    jo, ji = sch.split(j, [None, 32])
    sch.reorder(io, jo, kk, ii, ji)
    sch.vectorize(ji)
    sch.unroll(ii)
    sch.parallel(io)
    sch.decompose_reduction(blk, kk)  # last: the loop primitives need the block whole
    return sch, "8x32 register tiles, k outside the tile, j vectorized, i parallel"


def _tvm_chain(te: Any, sch_cls: Any) -> tuple[Any, str]:
    """gelu_tanh(x*w+b) with rows parallel and 16-lane vectors along each row."""
    rows, cols = CHAIN_SHAPE
    x = te.placeholder((rows, cols), "float32", name="X")
    w = te.placeholder((cols,), "float32", name="W")
    bias = te.placeholder((cols,), "float32", name="Bias")

    def gelu(i: Any, j: Any) -> Any:
        z = x[i, j] * w[j] + bias[j]
        return 0.5 * z * (1.0 + te.tanh(GELU_C * (z + GELU_A * (z * z * z))))

    y = te.compute((rows, cols), gelu, name="Y")
    sch = sch_cls(te.create_prim_func([x, w, bias, y]))
    i, j = sch.get_loops(sch.get_sblock("Y"))
    sch.vectorize(sch.split(j, [None, 16])[1])
    sch.parallel(i)
    return sch, "rows parallel, 16-lane vectors"


def _tvm_softmax(te: Any, sch_cls: Any) -> tuple[Any, str]:
    """Row softmax in four stages, computed inside the parallel row loop of the last one."""
    rows, cols = SOFTMAX_SHAPE
    x = te.placeholder((rows, cols), "float32", name="X")
    k1 = te.reduce_axis((0, cols), name="k1")
    k2 = te.reduce_axis((0, cols), name="k2")
    mx = te.compute((rows,), lambda i: te.max(x[i, k1], axis=k1), name="mx")
    e = te.compute((rows, cols), lambda i, j: te.exp(x[i, j] - mx[i]), name="e")
    s = te.compute((rows,), lambda i: te.sum(e[i, k2], axis=k2), name="s")
    y = te.compute((rows, cols), lambda i, j: e[i, j] / s[i], name="Y")
    sch = sch_cls(te.create_prim_func([x, y]))
    i, j = sch.get_loops(sch.get_sblock("Y"))
    for stage in ("s", "e", "mx"):  # consumers first: each lands before the stage that reads it
        sch.compute_at(sch.get_sblock(stage), i)
    sch.parallel(i)
    sch.vectorize(sch.split(j, [None, 16])[1])
    sch.vectorize(sch.split(sch.get_loops(sch.get_sblock("e"))[-1], [None, 16])[1])
    return sch, "stages at the row loop, rows parallel, e and Y vectorized"


_TVM_SCHEDULES = {"gemm": _tvm_gemm, "chain": _tvm_chain, "softmax": _tvm_softmax}


def prepare_tvm(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """TVM TensorIR with a hand-written default schedule; writes a preallocated output."""
    try:
        import tvm
        from tvm import te
        from tvm.s_tir import Schedule
        from tvm.target import codegen
    except ImportError:
        return _missing("tvm", workload, False, "tvm (apache-tvm)")
    how = {"note": "no schedule"}

    def setup() -> tuple[Callable[[], Any], Callable[[Any], Any]]:
        sch, how["note"] = _TVM_SCHEDULES[workload](te, Schedule)
        spec = {"kind": "llvm", "mcpu": codegen.llvm_get_system_cpu(), "num-cores": NUM_THREADS}
        if ISA == "avx2":
            spec["mattr"] = ["-avx512f"]  # LLVM drops every AVX-512 extension with it
        target = tvm.target.Target(spec)
        fn = tvm.compile(sch.mod, target=target)["main"]
        args = [tvm.runtime.tensor(v) for v in inputs.values()]
        out = tvm.runtime.tensor(np.empty(ref.shape, np.float32))
        args.append(out)
        return lambda: fn(*args), lambda _: out.numpy()

    return _with_note(_prepare("tvm", workload, False, setup, ref),
                      f"tvm {tvm.__version__}, {how['note']}")


# ----------------------------------------------------------------------------- Halide

def _halide_gemm(hl: Any, a: Any, b: Any) -> tuple[Any, str]:
    """Halide's CPU matmul schedule (test/performance/matrix_multiplication), AVX-512 tiles."""
    # hl.Buffer reverses numpy's axes: a[i, k] is a[k, i] here, x is the fast (column) index.
    x, y, xi, yi, yii, xy = (hl.Var(n) for n in ("x", "y", "xi", "yi", "yii", "xy"))
    r = hl.RDom([hl.Range(0, GEMM_N)])
    prod, out = hl.Func("prod"), hl.Func("out")
    prod[x, y] = hl.f32(0)
    prod[x, y] += a[r.x, y] * b[x, r.x]
    out[x, y] = prod[x, y]
    # 48x32 tiles, 6 rows x 3 16-lane vectors of accumulators (tried 24x32/8: 2.4x slower).
    out.tile(x, y, xi, yi, 48, 32).fuse(x, y, xy).parallel(xy) \
        .split(yi, yi, yii, 6).vectorize(xi, 16).unroll(xi).unroll(yii)
    prod.compute_at(out, yi).vectorize(x, 16).unroll(y)
    prod.update().reorder(x, y, r.x).vectorize(x, 16).unroll(x).unroll(y).unroll(r.x, 2)
    return out, "48x32 tiles, 6x48 register block, parallel tiles"


def _halide_chain(hl: Any, xb: Any, w: Any, b: Any) -> tuple[Any, str]:
    """gelu_tanh(x*w+b); 0.5*(1+tanh(u)) == 1/(1+exp(-2u)), so it vectorizes with exp."""
    x, y, yi = hl.Var("x"), hl.Var("y"), hl.Var("yi")
    out = hl.Func("out")
    z = xb[x, y] * w[x] + b[x]
    u = hl.f32(GELU_C) * (z + hl.f32(GELU_A) * (z * z * z))
    out[x, y] = z / (hl.f32(1) + hl.exp(hl.f32(-2) * u))
    out.split(y, y, yi, 8).parallel(y).vectorize(x, 16)
    return out, "gelu via exp, rows parallel, 16-lane vectors"


def _halide_softmax(hl: Any, xb: Any) -> tuple[Any, str]:
    """Row softmax with every stage computed per row inside the parallel row loop."""
    x, y = hl.Var("x"), hl.Var("y")
    cols = SOFTMAX_SHAPE[1]
    r = hl.RDom([hl.Range(0, cols)])
    mx, e, s, out = hl.Func("mx"), hl.Func("e"), hl.Func("s"), hl.Func("out")
    mx[y] = hl.f32(-np.inf)
    mx[y] = hl.max(mx[y], xb[r.x, y])
    e[x, y] = hl.exp(xb[x, y] - mx[y])
    s[y] = hl.f32(0)
    s[y] += e[r.x, y]
    out[x, y] = e[x, y] / s[y]
    out.parallel(y).vectorize(x, 16)
    e.compute_at(out, y).vectorize(x, 16)
    for red in (mx, s):
        red.compute_at(out, y)
        red.update().atomic(True).vectorize(r.x, 16)
    return out, "stages per row, rows parallel, vectorized (atomic) reductions"


def halide_target(hl: Any) -> Any:
    """Halide's JIT target for the host, without its AVX-512 features when ``ISA`` is avx2."""
    t = hl.get_jit_target_from_environment()
    if ISA == "avx2":
        for name in dir(hl.TargetFeature):
            if name.startswith("AVX512"):
                t = t.without_feature(getattr(hl.TargetFeature, name))
    return t


def prepare_halide(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """Halide with hand schedules, JIT for the host; writes a preallocated output."""
    try:
        import halide as hl
    except ImportError:
        return _missing("halide", workload, False, "halide")
    how = {"note": ""}

    def setup() -> tuple[Callable[[], Any], Callable[[Any], Any]]:
        bufs = [hl.Buffer(np.ascontiguousarray(v)) for v in inputs.values()]
        build = {"gemm": _halide_gemm, "chain": _halide_chain, "softmax": _halide_softmax}
        func, how["note"] = build[workload](hl, *bufs)
        pipeline = hl.Pipeline(func)
        pipeline.compile_jit(halide_target(hl))
        out_np = tc.empty(ref.shape)  # aligned as tcomp's output (Halide's own Buffers are)
        out = hl.Buffer(out_np)  # shares out_np's memory
        return lambda: pipeline.realize(out), lambda _: out_np

    return _with_note(_prepare("halide", workload, False, setup, ref),
                      f"halide {_dist_version('halide')}, {how['note']}")


# ----------------------------------------------------------------------------- hand-written C

C_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c", "gelu_chain.c")


def c_flags(isa: str | None) -> list[str]:
    """gcc's ISA flags for ``isa``: AVX2 and FMA, or the host's best (-march=native)."""
    return ["-mavx2", "-mfma"] if isa == "avx2" else ["-march=native"]


def _compile_c(out_dir: str) -> Any:
    """``benchmarks/c/gelu_chain.c`` built with gcc -O3 for ``ISA`` and loaded (ctypes)."""
    import ctypes
    import shutil
    import subprocess

    cc = shutil.which("gcc")
    if cc is None:
        raise RuntimeError("gcc is not on PATH")
    lib = os.path.join(out_dir, "gelu_chain.so")
    done = subprocess.run([cc, "-O3", "-fPIC", "-shared", "-pthread", *c_flags(ISA), "-o",
                           lib, C_SOURCE], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"gcc {' '.join(c_flags(ISA))} could not build "
                           f"{os.path.basename(C_SOURCE)}: {done.stderr.strip()[-300:]}")
    dll = ctypes.CDLL(lib)
    p, long_, int_ = ctypes.c_void_p, ctypes.c_long, ctypes.c_int
    dll.gelu_chain.argtypes = [p, p, p, p, long_, long_, int_]
    dll.gelu_chain.restype = int_
    dll.lanes.restype = int_
    return dll


def prepare_c(workload: str, inputs: Inputs, ref: np.ndarray) -> Contender | Row:
    """The gelu chain written by hand in C (``benchmarks/c/gelu_chain.c``: tcomp's algorithm
    and schedule, exp2's argument clamped where tcomp's checks its range), built with gcc -O3
    for ``ISA``, on ``NUM_THREADS`` threads; writes a preallocated output. Only the chain
    has one."""
    if workload != "chain":
        return _row("C (gcc)", workload, False, note="skipped: the chain only")
    import atexit
    import shutil
    import tempfile

    how = {"note": ""}
    tmp = tempfile.mkdtemp(prefix="tcomp-bench-c-")
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)

    def setup() -> tuple[Callable[[], Any], Callable[[Any], Any]]:
        dll = _compile_c(tmp)
        x, w, b = (np.ascontiguousarray(inputs[k]) for k in ("x", "w", "b"))
        out = tc.empty(ref.shape)  # 64-byte aligned rows: whole non-temporal vectors
        rows, cols = x.shape
        ptrs = [a.ctypes.data for a in (x, w, b, out)]
        how["note"] = f"{dll.lanes()}-lane vectors, gcc {' '.join(c_flags(ISA))}"

        def call() -> np.ndarray:
            if dll.gelu_chain(*ptrs, rows, cols, NUM_THREADS):
                raise RuntimeError(f"gelu_chain refused {rows}x{cols} on {NUM_THREADS} "
                                   "threads")
            return out
        return call, _identity

    return _with_note(_prepare("C (gcc)", workload, False, setup, ref),
                      f"tcomp's algorithm by hand, exp2 argument clamped, {how['note']}")


# ----------------------------------------------------------------------------- driver

PEERS: dict[str, Callable[[str, Inputs, np.ndarray], Contender | Row]] = {
    "numpy": prepare_numpy,
    "torch eager": prepare_torch_eager,
    "torch.compile": prepare_torch_compile,
    "tvm": prepare_tvm,
    "halide": prepare_halide,
    "C (gcc)": prepare_c,
}
# Peers with a version of some workloads only (the others: all of them).
PEER_WORKLOADS = {"C (gcc)": ("chain",)}


def peers_for(workload: str, names: tuple[str, ...] | list[str]) -> list[str]:
    """Those of the peers ``names`` that have a version of ``workload``."""
    return [n for n in names if workload in PEER_WORKLOADS.get(n, (workload,))]


def run_peers(workloads: tuple[str, ...] = WORKLOADS, peers: tuple[str, ...] | None = None,
              rounds: int = 5) -> list[Row]:
    """One row per (workload, peer), the peers of a workload timed in ``rounds`` interleaved
    rounds (ratios to the first peer that runs); the float64 reference is computed once per
    workload."""
    rows = []
    for workload in workloads:
        inputs = make_inputs(workload)
        ref = reference(workload, inputs)
        cs = [PEERS[name](workload, inputs, ref)
              for name in peers_for(workload, peers or tuple(PEERS))]
        rows += rows_of(cs, time_rounds([c for c in cs if isinstance(c, Contender)], rounds))
    return rows


def format_rows(rows: list[Row]) -> str:
    """A plain-text table of ``rows``."""
    lines = [f"{'workload':<9} {'peer':<14} {'ms median':>10}  {'alloc':<5}  note"]
    for r in rows:
        ms = f"{r['ms_median']:.2f}" if r["ms_median"] is not None else "-"
        lines.append(f"{r['workload']:<9} {r['name']:<14} {ms:>10}  "
                     f"{'yes' if r['allocates_output'] else 'no':<5}  {r['note']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Time the peers on the benchmark workloads.")
    ap.add_argument("--workloads", nargs="+", choices=WORKLOADS, default=list(WORKLOADS))
    ap.add_argument("--peers", nargs="+", choices=list(PEERS), default=list(PEERS))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", help="also write the rows to this JSON file")
    args = ap.parse_args(argv)
    rows = run_peers(tuple(args.workloads), tuple(args.peers), args.rounds)
    print(format_rows(rows))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
