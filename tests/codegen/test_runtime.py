"""CompiledKernel: argument checks (one test per error), stages, exports, timing, targets."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest

from tcomp import dtypes
from tcomp.codegen import Target, TargetError
from tcomp.errors import ArgumentShapeError, CompileError, TcompRuntimeError
from tcomp.ir import For, ForKind, Load, Op, Store, Var, binary, const
from tcomp.runtime import TimingResult, time_kernel

f32, i64 = dtypes.float32, dtypes.int64


@pytest.fixture
def addk(cg):
    """C[i, j] = A[i, j] + B[j] with A: (n, 4), B: (4,), C: (n, 4); n symbolic."""
    n = cg.size_var("n")
    A, B, C = cg.buf("A", (n, 4)), cg.buf("B", (4,)), cg.buf("C", (n, 4))
    i, j = Var("i"), Var("j")
    flat = binary(Op.ADD, binary(Op.MUL, i, const(4)), j)
    body = For(i, const(0), n, ForKind.SERIAL, For(j, const(0), const(4), ForKind.SERIAL, Store(
        C, (flat,), binary(Op.ADD, Load(A, (flat,), f32), Load(B, (j,), f32)))))
    return cg.build(cg.func("addk", (A, B, C), body, (n,)))


def args(n=3):
    return (np.ones((n, 4), np.float32), np.arange(4, dtype=np.float32),
            np.zeros((n, 4), np.float32))


def test_call_ok_and_symbolic_shapes(addk):
    for n in (1, 3, 17):
        a, b, c = args(n)
        assert addk(a, b, c) is None
        np.testing.assert_array_equal(c, a + b)


def raises(kernel, argv, pattern, builtin):
    """The call fails with a TcompRuntimeError (a RuntimeError) that is also ``builtin``, the
    class numpy and PyTorch raise for that mistake (TypeError or ValueError)."""
    with pytest.raises(TcompRuntimeError, match=pattern) as info:
        kernel(*argv)
    assert isinstance(info.value, RuntimeError)
    assert isinstance(info.value, builtin), type(info.value).__mro__
    return str(info.value)


def test_argument_count(addk):
    raises(addk, args()[:2], r"'addk' takes 3 arrays \(A, B, C\) but got 2", TypeError)


def test_not_an_ndarray(addk):
    a, b, c = args()
    raises(addk, (a, b.tolist(), c), r"argument 1 \(B\).*must be a numpy ndarray, got list.*"
                                    r"np\.asarray", TypeError)


def test_wrong_dtype(addk):
    a, b, c = args()
    raises(addk, (a.astype(np.float64), b, c), r"argument 0 \(A\).*dtype float64, expected "
                                               r"float32.*A\.astype\(np\.float32\)", TypeError)


def test_wrong_ndim(addk):
    a, b, c = args()
    raises(addk, (a, b.reshape(2, 2), c), r"argument 1 \(B\).*must have 1 dimension.*"
                                          r"\(4,\).*shape \(2, 2\)", ValueError)


def test_constant_dim_mismatch(addk):
    a, _, c = args()
    raises(addk, (a, np.zeros(5, np.float32), c),
           r"argument 1 \(B\).*shape \(5,\), expected \(4,\): dimension 0 is 5, must be 4",
           ValueError)


def test_symbolic_dim_mismatch_names_both_shapes(addk):
    a, b, _ = args(3)
    msg = raises(addk, (a, b, np.zeros((5, 4), np.float32)),
                 r"argument 2 \(C\).*shape \(5, 4\), expected \(n, 4\): dimension 0 \(n\) is 5",
                 ValueError)
    assert re.search(r"n = 3 from argument 0 \(A\) with shape \(3, 4\)", msg)


def test_not_contiguous(addk):
    _, b, c = args()
    big = np.zeros((3, 8), np.float32)
    raises(addk, (big[:, ::2], b, c), r"argument 0 \(A\).*not C-contiguous.*"
                                      r"np\.ascontiguousarray\(A\)", ValueError)


def test_misaligned(addk):
    a, _, c = args()
    raw = np.zeros(4 * 4 + 1, np.uint8)[1:].view(np.float32)
    assert raw.ctypes.data % 4
    raises(addk, (a, raw, c), r"argument 1 \(B\).*not aligned to its 4-byte elements",
           ValueError)


def test_read_only_output(addk):
    a, b, c = args()
    c.flags.writeable = False
    raises(addk, (a, b, c), r"argument 2 \(C\).*output but is read-only", ValueError)


def test_output_overlaps_input(addk):
    a, b, _ = args()
    raises(addk, (a, b, a), r"output argument 2 \(C\).*shares memory with argument 0 \(A\)",
           ValueError)
    # a partial overlap: C starts inside B's bytes
    buf = np.zeros(4 + 12, np.float32)
    raises(addk, (a, buf[:4], buf[2:14].reshape(3, 4)), r"\(C\).*shares memory with argument 1",
           ValueError)
    # adjacent, not overlapping: fine
    addk(a, buf[:4], buf[4:16].reshape(3, 4))


def test_zero_size_output_runs_nothing(addk):
    a, b, c = args(0)
    addk(a, b, c)  # nothing to do, and no error for an empty array
    assert c.shape == (0, 4)


def test_unbindable_dim_var_is_a_compile_error(cg):
    n, m = cg.size_var("n"), cg.size_var("m")
    A = cg.buf("A", (n,))
    i = Var("i")
    f = cg.func("ub", (A,), For(i, const(0), m, ForKind.SERIAL, Store(A, (i,), const(0.0, f32))),
                (n, m))
    with pytest.raises(CompileError, match=r"dim var\(s\) \['m'\] appear in no parameter"):
        cg.build(f)


def test_derived_shape_expression(cg):
    n = cg.size_var("n")
    A, B = cg.buf("A", (n,)), cg.buf("B", (binary(Op.ADD, n, const(2)),))
    i = Var("i")
    body = For(i, const(0), n, ForKind.SERIAL, Store(B, (binary(Op.ADD, i, const(1)),),
                                                      Load(A, (i,), f32)))
    k = cg.build(cg.func("pad", (A, B), body, (n,)))
    b = np.zeros(7, np.float32)
    k(np.ones(5, np.float32), b)
    np.testing.assert_array_equal(b, [0, 1, 1, 1, 1, 1, 0])
    with pytest.raises(ArgumentShapeError, match=r"\(B\).*must be n \+ 2 = 7") as info:
        k(np.ones(5, np.float32), np.zeros(6, np.float32))
    assert isinstance(info.value, ValueError) and isinstance(info.value, TcompRuntimeError)


def test_stages_source_and_exports(addk, tmp_path):
    assert list(addk.stages)[-3:] == ["llvm", "llvm-opt", "asm"]
    assert "define void @\"tcomp_addk\"" in addk.source("llvm")
    assert "tcomp_addk" in addk.source("llvm-opt")
    assert "func addk" in addk.source("ir")
    asm = addk.source("asm")
    assert "tcomp_addk:" in asm
    with pytest.raises(ValueError, match="no stage 'ptx'"):
        addk.source("ptx")
    obj = tmp_path / "k.o"
    addk.export_object(str(obj))
    data = obj.read_bytes()
    assert data[:4] == b"\x7fELF" and b"tcomp_addk" in data
    addk.export_asm(str(tmp_path / "k.s"))
    assert (tmp_path / "k.s").read_text() == asm
    assert addk.symbol == "tcomp_addk" and addk.name == "addk" and "addk" in repr(addk)


def test_time_kernel(addk):
    a, b, c = args(64)
    r = time_kernel(addk, (a, b, c), repeat=3, min_repeat_s=1e-4)
    assert isinstance(r, TimingResult) and len(r.all) == 3 and r.number >= 1
    assert 0 < r.min <= r.median <= r.max < 0.01
    r1 = time_kernel(lambda: None, number=10, repeat=2, warmup=0)
    assert r1.number == 10
    with pytest.raises(ValueError):
        time_kernel(lambda: None, repeat=0)
    with pytest.raises(ValueError, match="warmup_s"):
        time_kernel(lambda: None, warmup_s=-1.0)


def test_time_kernel_warms_up_for_warmup_s():
    """Untimed calls fill ``warmup_s`` before any timed one (a kernel runs slow for
    milliseconds after a pause)."""
    stamps: list[float] = []
    r = time_kernel(lambda: stamps.append(time.perf_counter()), warmup=1, warmup_s=0.02,
                    number=1, repeat=3)
    timed = stamps[-3:]
    # 0.019: the warm-up clock starts a few microseconds before the first call
    assert len(stamps) > 4 and timed[0] - stamps[0] >= 0.019 and len(r.all) == 3


def test_target_parse_and_key():
    host = Target.host()
    assert Target.parse("llvm") == host and Target.parse("cpu").kind == "llvm"
    # a CPU other than the host's (naming the host's CPU takes the host's features too)
    other = "znver3" if host.cpu == "znver4" else "znver4"
    t = Target.parse(f"llvm -mcpu={other} -num-threads=3")
    assert t.cpu == other and t.features == "" and t.num_threads == 3 and t.threads == 3
    assert t.key() != host.key() and t.key() == Target.parse(f"llvm -mcpu={other}").key()
    assert Target.parse("llvm -mattr=+avx2").features == "+avx2"
    assert Target.parse("cuda -arch=sm_90").arch == "sm_90"
    with pytest.raises(TargetError, match="unknown target 'opencl'"):
        Target.parse("opencl")
    with pytest.raises(TargetError, match="unknown option"):
        Target.parse("llvm -arch=sm_80")
    with pytest.raises(TargetError, match="-key=value"):
        Target.parse("llvm -mcpu")
    assert Target.host(4).with_threads(2).threads == 2


def test_cross_cpu_target_compiles(cg):
    """An object for another CPU still builds (for export); a generic one also runs here."""
    from tcomp.codegen import codegen

    A = cg.buf("A", (4,))
    i = Var("i")
    f = cg.func("g", (A,), For(i, const(0), const(4), ForKind.SERIAL,
                               Store(A, (i,), const(2.0, f32))))
    obj = codegen(f, "llvm -mcpu=x86-64")
    assert obj.object_code[:4] == b"\x7fELF"
    assert "x86-64" in str(Target.parse("llvm -mcpu=x86-64"))
