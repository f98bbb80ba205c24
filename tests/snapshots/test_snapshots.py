"""The snapshot corpus: generated code of workload x schedule pairs, committed byte for byte.

Each case is a computation and a schedule (a hand schedule from ``schedules/``, a template's
default config, ``tc.auto_schedule``'s default, a blank ``tc.create_schedule``) for a fixed
target, so the text doesn't depend on the machine that runs the test. For every case the
test renders

- ``<case>.lower.txt``: ``tc.lower``'s readable loop nest;
- CPU: ``<case>.ll``: the LLVM IR tcomp emits after the CPU pass pipeline;
- CUDA: ``<case>.device.txt``: the device program after the GPU passes (launches and each
  SPMD kernel), ``<case>.ll``: each kernel's NVPTX LLVM IR, ``<case>.cu``: the CUDA C;

and compares it with the files under ``tests/snapshots/{cpu,cuda}/``. A refactor of
lowering, passes or code generation must leave them byte-identical, or the diff is reviewed
and explained in the commit. ``TCOMP_UPDATE_GOLDEN=1 python -m pytest tests/snapshots``
rewrites them (the flag of the golden-text tests in ``tests/passes``).

The LLVM IR is the unoptimised module as tcomp's emitter builds it, not LLVM's optimised
output or the PTX/assembly: those change with the LLVM version llvmlite bundles, which is
not a change of tcomp. Nothing is compiled to machine code, so the test stays fast.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import schedules.cpu as cpu_s
import schedules.cuda as cuda_s
import tcomp as tc
from autotune import workloads as W
from schedules.templates import TEMPLATES
from tcomp import passes as P
from tcomp.codegen.cuda import cuda_c, lower_cuda
from tcomp.codegen.cuda.ptx import emit_llvm
from tcomp.codegen.float_mode import FloatMode
from tcomp.codegen.llvm.builder_utils import module_text
from tcomp.codegen.llvm.emit import emit_module
from tcomp.lowering import lower_schedule
from tcomp.ops.conv import conv2d
from tcomp.ops.reduce import layer_norm_rows, softmax

ROOT = Path(__file__).parent
# Fixed targets: the host's CPU would change the vector widths and tiles the schedules pick.
AVX512 = tc.Target.parse("llvm -mtriple=x86_64-unknown-linux-gnu -mcpu=skylake-avx512")
AVX2 = tc.Target.parse("llvm -mtriple=x86_64-unknown-linux-gnu -mcpu=haswell")
CUDA = tc.Target.parse("cuda -arch=sm_80")

Case = Callable[[], tuple[tc.Schedule, list[tc.Tensor]]]


def _auto(factory: Callable[..., Any], target: tc.Target, **kwargs: Any) -> Case:
    """A built-in autotuner workload under ``tc.auto_schedule``'s default for ``target``."""

    def make() -> tuple[tc.Schedule, list[tc.Tensor]]:
        outs, args = factory(**kwargs)
        return tc.auto_schedule(outs, target=target), args

    return make


def _template(name: str, factory: Callable[..., Any], target: tc.Target, **kwargs: Any
              ) -> Case:
    """A workload under template ``name``'s default config (each knob's first value)."""

    def make() -> tuple[tc.Schedule, list[tc.Tensor]]:
        outs, args = factory(**kwargs)
        t = TEMPLATES[name]
        cfg = {k: v[0] for k, v in t.knobs(outs, args, target).items()}
        return t.apply(cfg, outs, args), args

    return make


def _blank(factory: Callable[..., Any], **kwargs: Any) -> Case:
    def make() -> tuple[tc.Schedule, list[tc.Tensor]]:
        outs, args = factory(**kwargs)
        return tc.create_schedule(outs), args

    return make


# ----------------------------------------------------------------------------- CPU cases


def _hand_matmul(target: tc.Target, **kw: Any) -> Case:
    def make() -> tuple[tc.Schedule, list[tc.Tensor]]:
        (C,), (A, B, _) = W.matmul(64)
        return cpu_s.matmul(A, B, C, target=target, **kw)

    return make


def _hand_chain() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((37, 50), name="X")
    a = tc.compute((37, 50), lambda i, j: X[i, j] * 2.0 + 1.0, name="a")
    b = tc.compute((37, 50), lambda i, j: tc.tanh(a[i, j]) - tc.sigmoid(X[i, j]), name="b")
    return cpu_s.elementwise_chain([a, b], [X], target=AVX512)


def _hand_softmax() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((16, 100), name="X")
    return cpu_s.softmax(X, softmax(X), target=AVX512)


def _hand_layer_norm() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X, Wt, B = (tc.placeholder(s, name=n) for s, n in (((8, 96), "X"), ((96,), "W"),
                                                       ((96,), "B")))
    return cpu_s.layer_norm(layer_norm_rows(X, Wt, B), [X, Wt, B], target=AVX2)


def _symbolic_blank() -> tuple[tc.Schedule, list[tc.Tensor]]:
    n = tc.var("n")
    X = tc.placeholder((n, 7), name="X")
    Y = tc.compute((n, 7), lambda i, j: X[i, j] * X[i, j] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    _, ji = s[Y].split(Y.op.axis[0], factor=4)
    s[Y].vectorize(s[Y].op.axis[1])
    s[Y].unroll(ji)
    return s, [X, Y]


def _gather() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((5,), name="X")
    Ix = tc.placeholder((16,), dtype="int32", name="I")
    Y = tc.compute((16,), lambda i: X[Ix[i]] * 2.0, name="Y")
    return tc.create_schedule(Y), [X, Ix, Y]


# (schedule maker, target, bounds-check mode of the CPU kernel)
CPU_CASES: dict[str, tuple[Case, tc.Target, str]] = {
    "hand_matmul_avx512": (_hand_matmul(AVX512), AVX512, "gather"),
    "hand_matmul_avx2_pack_a": (_hand_matmul(AVX2, pack_a=True), AVX2, "gather"),
    "hand_elementwise_chain": (_hand_chain, AVX512, "gather"),
    "hand_softmax": (_hand_softmax, AVX512, "gather"),
    "hand_layer_norm_avx2": (_hand_layer_norm, AVX2, "gather"),
    "template_matmul": (_template("matmul", W.matmul, AVX512, n=64), AVX512, "gather"),
    "template_batch_matmul": (_template("batch_matmul", W.batch_matmul, AVX2, b=2, n=32,
                                        m=32, k=16), AVX2, "gather"),
    "template_conv2d": (_template("conv2d_nchw", W.conv2d, AVX512, c=8, k=16, size=10),
                        AVX512, "gather"),
    "template_depthwise_conv2d": (_template("depthwise_conv2d", W.conv2d, AVX512, c=8, k=8,
                                            size=12, groups=8), AVX512, "gather"),
    "template_pool2d": (_template("pool2d", W.pool2d, AVX512, c=4, size=16), AVX512,
                        "gather"),
    "template_softmax": (_template("softmax", W.softmax, AVX2, n=8, m=40), AVX2, "gather"),
    "template_row_reduce": (_template("row_reduce", W.row_sum, AVX512, n=8, m=100), AVX512,
                            "gather"),
    "auto_matmul": (_auto(W.matmul, AVX512, n=48, m=40, k=24), AVX512, "gather"),
    "auto_batch_matmul": (_auto(W.batch_matmul, AVX2, b=2, n=16, m=24, k=8), AVX2, "gather"),
    "auto_conv2d": (_auto(W.conv2d, AVX512, c=4, k=8, size=8), AVX512, "gather"),
    "auto_pool2d": (_auto(W.pool2d, AVX2, c=4, size=12, kind="avg"), AVX2, "gather"),
    "auto_softmax": (_auto(W.softmax, AVX512, n=8, m=50), AVX512, "gather"),
    "auto_row_sum": (_auto(W.row_sum, AVX2, n=6, m=70), AVX2, "gather"),
    "auto_capsule_routing": (_auto(W.capsule_routing, AVX512, batch=2, in_caps=6,
                                   out_caps=3, in_dim=4, out_dim=8, iterations=2), AVX512,
                             "gather"),
    "auto_gelu_dense": (_auto(W.gelu_dense, AVX512, n=8, m=40), AVX512, "gather"),
    "auto_attention_head": (_auto(W.attention_head, AVX512, seq=16, d=8), AVX512, "gather"),
    "auto_lstm_cell": (_auto(W.lstm_cell, AVX2, batch=4, n=16), AVX2, "gather"),
    "auto_maxpool_relu": (_auto(W.maxpool_relu, AVX512, n=2, c=4, size=8), AVX512, "gather"),
    "auto_capsule_squash": (_auto(W.capsule_squash, AVX512, batch=2, caps=10, dim=8), AVX512,
                            "gather"),
    "auto_causal_conv1d": (_auto(W.causal_conv1d, AVX2, batch=2, channels=4, length=30),
                           AVX2, "gather"),
    "auto_layer_norm": (_auto(W.layer_norm, AVX512, rows=8, n=64), AVX512, "gather"),
    "blank_matmul": (_blank(W.matmul, n=8, m=6, k=5), AVX512, "gather"),
    "blank_softmax": (_blank(W.softmax, n=4, m=9), AVX512, "gather"),
    "blank_causal_conv1d": (_blank(W.causal_conv1d, batch=1, channels=2, length=9), AVX2,
                            "gather"),
    "blank_symbolic_vectorized": (_symbolic_blank, AVX512, "gather"),
    "blank_gather": (_gather, AVX512, "gather"),
    "bounds_checked_gather": (_gather, AVX512, "all"),
    "bounds_checked_conv2d": (_auto(W.conv2d, AVX2, c=2, k=4, size=6), AVX2, "all"),
}

# ----------------------------------------------------------------------------- CUDA cases


def _cuda_matmul() -> tuple[tc.Schedule, list[tc.Tensor]]:
    (C,), (A, B, _) = W.matmul(37, 29, 21)
    return cuda_s.matmul(A, B, C, block=16, thread=2, kt=4)


def _cuda_chain() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((33, 17), name="X")
    a = tc.compute((33, 17), lambda i, j: X[i, j] * 2.0 + 1.0, name="a")
    b = tc.compute((33, 17), lambda i, j: tc.tanh(a[i, j]) - tc.sigmoid(X[i, j]), name="b")
    return cuda_s.elementwise_chain([a, b], [X], threads=64)


def _cuda_reduction(block_reduce: bool) -> Case:
    def make() -> tuple[tc.Schedule, list[tc.Tensor]]:
        X = tc.placeholder((7, 45), name="X")
        k = tc.reduce_axis(45, name="k")
        R = tc.compute((7,), lambda i: tc.max(tc.abs(X[i, k]), axis=k), name="R")
        return cuda_s.reduction(X, R, threads=8, block_reduce=block_reduce, vec=2)

    return make


def _cuda_softmax() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((13, 40), name="X")
    return cuda_s.softmax(X, softmax(X), threads=8, vec=4)


def _cuda_conv2d() -> tuple[tc.Schedule, list[tc.Tensor]]:
    X = tc.placeholder((1, 3, 9, 8), name="X")
    Wt = tc.placeholder((4, 3, 3, 3), name="W")
    return cuda_s.conv2d(X, Wt, conv2d(X, Wt, padding=1), threads=32)


def _cuda_vthread_transpose() -> tuple[tc.Schedule, list[tc.Tensor]]:
    """A shared tile read by two virtual threads per thread (as in tests/cuda/test_vthread)."""
    A = tc.placeholder((21, 21), name="A")
    B = tc.compute((21, 21), lambda i, j: A[j, i] + 1.0, name="B")
    s = tc.create_schedule(B)
    AS = s.cache_read(A, "shared", [B])
    i, j = s[B].op.axis
    bi, ri = s[B].split(i, factor=8)
    bj, rj = s[B].split(j, factor=8)
    vi, ti = s[B].split(ri, nparts=2)
    s[B].reorder(bi, bj, vi, ti, rj)
    s[B].bind(bi, "blockIdx.y")
    s[B].bind(bj, "blockIdx.x")
    s[B].bind(vi, "vthread")
    s[B].bind(ti, "threadIdx.x")
    s[AS].compute_at(s[B], bj)
    _fo, fi = s[AS].split(s[AS].fuse(*s[AS].op.axis), factor=4)
    s[AS].bind(fi, "threadIdx.x")
    return s, [A, B]


def _cuda_prefetch() -> tuple[tc.Schedule, list[tc.Tensor]]:
    """A CPU prefetch hint in a GPU schedule (the GPU passes drop it) over a symbolic size."""
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    Y = tc.compute((n,), lambda i: X[i] + 1.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].prefetch(X, bo, 1)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    return s, [X, Y]


CUDA_CASES: dict[str, Case] = {
    "hand_matmul": _cuda_matmul,
    "hand_elementwise_chain": _cuda_chain,
    "hand_reduction": _cuda_reduction(False),
    "hand_block_reduction": _cuda_reduction(True),
    "hand_softmax": _cuda_softmax,
    "hand_conv2d": _cuda_conv2d,
    "vthread_transpose": _cuda_vthread_transpose,
    "prefetch_symbolic": _cuda_prefetch,
    "auto_matmul": _auto(W.matmul, CUDA, n=40, m=24, k=20),
    "auto_softmax": _auto(W.softmax, CUDA, n=6, m=70),
    "auto_row_sum": _auto(W.row_sum, CUDA, n=5, m=300),
    "auto_conv2d": _auto(W.conv2d, CUDA, c=2, k=2, size=5),
    "auto_pool2d": _auto(W.pool2d, CUDA, c=3, size=10),
    "auto_attention_head": _auto(W.attention_head, CUDA, seq=8, d=4),
    "auto_lstm_cell": _auto(W.lstm_cell, CUDA, batch=3, n=8),
    "auto_layer_norm": _auto(W.layer_norm, CUDA, rows=4, n=96),
    "auto_causal_conv1d": _auto(W.causal_conv1d, CUDA, batch=2, channels=3, length=20),
}

# ----------------------------------------------------------------------------- rendering


def _cpu_texts(case: Case, target: tc.Target, mode: str) -> dict[str, str]:
    s, args = case()
    func = lower_schedule(s, args, "main")
    readable = P.run_pipeline(func, P.readable_pipeline())
    final = P.run_pipeline(func, P.cpu_pipeline(target.vector_bits))
    final = dataclasses.replace(final, attrs={**final.attrs, "bounds_check": mode})
    emitted = emit_module(final, target.resolved_triple, FloatMode.STRICT, target.feature_set)
    return {"lower.txt": str(readable), "ll": module_text(emitted.module)}


def _cuda_texts(case: Case) -> dict[str, str]:
    s, args = case()
    func = lower_schedule(s, args, "main")
    readable = P.run_pipeline(func, P.readable_pipeline())
    prog = lower_cuda(func, CUDA)
    ll = [emit_llvm(k, CUDA, FloatMode.STRICT)[1] for k in prog.kernels]
    return {"lower.txt": str(readable), "device.txt": repr(prog), "ll": "\n".join(ll),
            "cu": cuda_c(prog)}


def _check(folder: str, name: str, texts: dict[str, str]) -> None:
    update = os.environ.get("TCOMP_UPDATE_GOLDEN", "0") not in ("", "0")
    differ = []
    for ext, text in texts.items():
        path = ROOT / folder / f"{name}.{ext}"
        text = text.rstrip("\n") + "\n"
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        elif not path.exists():
            differ.append(f"{path} is missing")
        elif path.read_text(encoding="utf-8") != text:
            differ.append(f"{path} differs")
    assert not differ, ("generated code changed: " + "; ".join(differ) + ". If the change is "
                        "meant, rewrite the snapshots with TCOMP_UPDATE_GOLDEN=1, review "
                        "`git diff tests/snapshots` and explain it in the commit")


@pytest.mark.parametrize("name", sorted(CPU_CASES))
def test_cpu_snapshot(name: str) -> None:
    case, target, mode = CPU_CASES[name]
    _check("cpu", name, _cpu_texts(case, target, mode))


@pytest.mark.parametrize("name", sorted(CUDA_CASES))
def test_cuda_snapshot(name: str) -> None:
    _check("cuda", name, _cuda_texts(CUDA_CASES[name]))


def test_no_stale_snapshots() -> None:
    """Every committed file belongs to a case (a renamed case leaves none behind)."""
    want = {f"cpu/{n}" for n in CPU_CASES} | {f"cuda/{n}" for n in CUDA_CASES}
    have = {f"{p.parent.name}/{p.name.split('.')[0]}" for p in ROOT.glob("*/*.*")}
    assert have <= want, f"snapshots without a case: {sorted(have - want)}"
    assert len(CPU_CASES) + len(CUDA_CASES) >= 40
