"""tc.export_library: kernels as a .so/.a/.o plus a C header, called from C programs that run
without Python (subprocess), and through ctypes; the wrapper's argument checks; export errors.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

import tcomp as tc
from tcomp.errors import CompileError, ExportError, TcompRuntimeError

CC = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
needs_cc = pytest.mark.skipif(CC is None, reason="no C compiler (cc, gcc or clang) on PATH")
ARM = "llvm -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1"
ARM_CC, QEMU = shutil.which("aarch64-linux-gnu-gcc"), shutil.which("qemu-aarch64")
ARM_ROOT = "/usr/aarch64-linux-gnu"  # Debian's aarch64 libc (libc6-dev-arm64-cross)
needs_qemu = pytest.mark.skipif(
    not (ARM_CC and QEMU and os.path.isdir(ARM_ROOT)),
    reason="no aarch64 cross tools to run an aarch64 library (Debian/Ubuntu: apt-get install "
           "qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross)")
M, N, K, PAD_N, SCALE_N = 37, 48, 29, 5, 11


def _kernels(target: str = "llvm") -> list:
    A, B = tc.placeholder((3, 5), name="A"), tc.placeholder((3, 5), name="B")
    C = tc.compute((3, 5), lambda i, j: A[i, j] * B[i, j] + 1.0, name="C")
    add = tc.build(tc.create_schedule(C), [A, B, C], target=target, name="muladd")

    X, W = tc.placeholder((M, K), name="X"), tc.placeholder((K, N), name="W")
    r = tc.reduce_axis((0, K), name="r")
    Y = tc.compute((M, N), lambda i, j: tc.sum(X[i, r] * W[r, j], axis=r), name="Y")
    s = tc.create_schedule(Y)
    jo, ji = s[Y].split(Y.op.axis[1], factor=8)
    s[Y].reorder(Y.op.axis[0], jo, r, ji)
    s[Y].vectorize(ji)
    s[Y].parallel(Y.op.axis[0])
    gemm = tc.build(s, [X, W, Y], target=target, name="gemm")

    n = tc.var("n")
    P = tc.placeholder((n, 16), name="P")
    Q = tc.compute((n, 16), lambda i, j: P[i, j] * 2.0 - 1.0, name="Q")
    s = tc.create_schedule(Q)
    s[Q].parallel(Q.op.axis[0])
    scale = tc.build(s, [P, Q], target=target, name="scale")

    m = tc.var("m")
    U = tc.placeholder((m,), name="U")
    V = tc.compute((m + 2,), lambda i: tc.if_then_else(tc.all(i >= 1, i <= m), U[i - 1], 0.0),
                   name="V")
    pad = tc.build(tc.create_schedule(V), [U, V], target=target, name="pad")

    T = tc.placeholder((8,), name="T")
    idx = tc.placeholder((4,), dtype="int64", name="idx")
    G = tc.compute((4,), lambda i: T[idx[i]], name="G")
    gather = tc.build(tc.create_schedule(G), [T, idx, G], target=target, name="gather")
    return [add, gemm, scale, pad, gather]


@pytest.fixture(scope="module")
def kernels() -> list:
    return _kernels()


def val(n: int, seed: int) -> np.ndarray:
    """The C driver's inputs: ((i * 37 + seed) % 101) / 50 - 1 in float32."""
    k = (np.arange(n, dtype=np.int64) * 37 + seed) % 101
    return (k.astype(np.float32) / np.float32(50) - np.float32(1)).astype(np.float32)


DRIVER = r"""
#include "ops.h"
#include <dirent.h>
#include <stdio.h>
#include <string.h>

static float val(int64_t i, int seed) { return (float)((i * 37 + seed) % 101) / 50.0f - 1.0f; }
static void fill(float* x, int64_t n, int seed) {
    for (int64_t i = 0; i < n; i++) x[i] = val(i, seed);
}
static void dump(const char* name, const float* x, int64_t n) {
    printf("OUT %s", name);
    for (int64_t i = 0; i < n; i++) printf(" %.9g", x[i]);
    printf("\n");
}
static void err(const char* what, int rc) { printf("ERR %s %d %s\n", what, rc, ops_last_error()); }
static int threads(void) {
    int n = 0;
    DIR* d = opendir("/proc/self/task");
    for (struct dirent* e; d && (e = readdir(d));) n += e->d_name[0] != '.';
    if (d) closedir(d);
    return n;
}
#define CHECK(call) do { int rc_ = (call); if (rc_) { err(#call, rc_); return 1; } } while (0)

static float a[15], b[15], c[15], x[M * K], w[K * N], y[M * N], p[SN * 16], q[SN * 16];
static float u[PN], v[PN + 2], t[8], g[4];
static int64_t idx[4] = {7, 0, 3, 5};

int main(void) {
    int64_t s35[2] = {3, 5}, sx[2] = {M, K}, sw[2] = {K, N}, sy[2] = {M, N};
    int64_t sp[2] = {SN, 16}, su[1] = {PN}, sv[1] = {PN + 2}, s8[1] = {8}, s4[1] = {4};
    printf("THREADS default %d\n", ops_get_num_threads());
    fill(a, 15, 1); fill(b, 15, 2); fill(x, M * K, 3); fill(w, K * N, 4); fill(p, SN * 16, 5);
    fill(u, PN, 6); fill(t, 8, 7);
    CHECK(ops_muladd(a, s35, b, s35, c, s35));
    ops_set_num_threads(2);
    CHECK(ops_gemm(x, sx, w, sw, y, sy));
    printf("THREADS set %d, running %d\n", ops_get_num_threads(), threads());
    CHECK(ops_scale(p, sp, q, sp));
    CHECK(ops_pad(u, su, v, sv));
    CHECK(ops_gather(t, s8, idx, s4, g, s4));
    dump("muladd", c, 15); dump("gemm", y, M * N); dump("scale", q, SN * 16);
    dump("pad", v, PN + 2); dump("gather", g, 4);
    ops_release_workspace();  /* the kernels' kept temporaries freed; the next call allocates */
    memset(y, 0, sizeof y);
    CHECK(ops_gemm(x, sx, w, sw, y, sy));
    dump("gemm_after_release", y, M * N);
    ops_set_num_threads(0);
    printf("THREADS reset %d\n", ops_get_num_threads());

    int64_t s39[2] = {3, 9}, s6[2] = {SN - 1, 16}, neg[2] = {-1, 16}, sv1[1] = {PN + 1};
    err("fixed", ops_muladd(a, s35, b, s39, c, s35));
    err("symbolic", ops_scale(p, sp, q, s6));
    err("negative", ops_scale(p, neg, q, neg));
    err("derived", ops_pad(u, su, v, sv1));
    err("nullshape", ops_muladd(a, s35, b, NULL, c, s35));
    err("nulldata", ops_muladd(a, s35, NULL, s35, c, s35));
    err("misaligned", ops_muladd(a, s35, (const float*)((const char*)b + 2), s35, c, s35));
    err("overlap", ops_muladd(a, s35, b, s35, a, s35));
    int64_t s0[2] = {0, 16};
    err("empty", ops_scale(NULL, s0, NULL, s0));  /* nothing to compute: OK, NULL allowed */
    idx[2] = 10;
    err("bounds", ops_gather(t, s8, idx, s4, g, s4));
    idx[2] = 3;
    CHECK(ops_gather(t, s8, idx, s4, g, s4));
    printf("ERR after-success 0 %s\n", ops_last_error());
    return 0;
}
"""


def _compile_driver(tmp, link: list[str], name: str, cc: str | None = CC) -> str:
    src = tmp / "driver.c"
    src.write_text(DRIVER)
    exe = str(tmp / name)
    defs = [f"-DM={M}", f"-DN={N}", f"-DK={K}", f"-DPN={PAD_N}", f"-DSN={SCALE_N}"]
    subprocess.run([cc, "-std=c99", "-Wall", "-Werror", "-O1", f"-I{tmp}", *defs, str(src),
                    "-o", exe, *link], check=True, capture_output=True, text=True)
    return exe


def _run_driver(exe: str, runner: tuple[str, ...] = (), **env: str
                ) -> tuple[dict[str, np.ndarray], dict[str, tuple[int, str]], list[str]]:
    r = subprocess.run([*runner, exe], capture_output=True, text=True, timeout=60,
                       env={**os.environ, **env})
    assert r.returncode == 0, r.stdout + r.stderr
    outs, errs, threads = {}, {}, []
    for line in r.stdout.splitlines():
        tag, _, rest = line.partition(" ")
        if tag == "OUT":
            name, *vals = rest.split()
            outs[name] = np.array([float(v) for v in vals], np.float32)
        elif tag == "ERR":
            what, rc, msg = [*rest.split(" ", 2), ""][:3]
            errs[what] = (int(rc), msg)
        else:
            threads.append(line)
    return outs, errs, threads


def _expected() -> dict[str, np.ndarray]:
    a, b = val(15, 1), val(15, 2)
    x, w = val(M * K, 3).reshape(M, K), val(K * N, 4).reshape(K, N)
    u, t = val(PAD_N, 6), val(8, 7)
    return {"muladd": a * b + np.float32(1),
            "gemm": (x.astype(np.float64) @ w.astype(np.float64)).ravel(),
            "gemm_after_release": (x.astype(np.float64) @ w.astype(np.float64)).ravel(),
            "scale": val(SCALE_N * 16, 5) * np.float32(2) - np.float32(1),
            "pad": np.concatenate([[0], u, [0]]), "gather": t[[7, 0, 3, 5]]}


def _check_outputs(outs: dict[str, np.ndarray]) -> None:
    want = _expected()
    assert sorted(outs) == sorted(want)
    for name, w in want.items():
        np.testing.assert_allclose(outs[name], w, rtol=1e-5, atol=1e-5, err_msg=name)


@pytest.fixture(scope="module")
def shared(kernels, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    tc.export_library(kernels, tmp / "libops.so", header=tmp / "ops.h")
    return tmp


@needs_cc
def test_c_program_calls_the_shared_library(shared):
    exe = _compile_driver(shared, [f"-L{shared}", "-lops", f"-Wl,-rpath,{shared}"], "drv_so")
    outs, errs, threads = _run_driver(exe, TCOMP_NUM_THREADS="3")
    _check_outputs(outs)
    default, setline, reset = threads
    assert default == "THREADS default 3" and reset == "THREADS reset 3"
    got = re.fullmatch(r"THREADS set 2, running (\d+)", setline)
    assert got and int(got[1]) >= 2  # the library's own pool ran the parallel loop
    _, _, threads = _run_driver(exe, TCOMP_NUM_THREADS="")
    assert threads[0] == f"THREADS default {len(os.sched_getaffinity(0))}"
    _check_errors(errs)


def _check_errors(errs: dict[str, tuple[int, str]]) -> None:
    """The statuses and messages of the driver's failing calls."""
    shape, arg, bounds = 2, 1, 3
    expect = {
        "fixed": (shape, "argument 1 (B) of kernel 'muladd' has shape (3, 9), expected (3, 5): "
                  "dimension 1 is 9, must be 5"),
        "symbolic": (shape, f"argument 1 (Q) of kernel 'scale' has shape ({SCALE_N - 1}, 16), "
                     f"expected (n, 16): dimension 0 (n) is {SCALE_N - 1}, but n = {SCALE_N} "
                     "from argument 0 (P); make the shapes agree"),
        "negative": (shape, "argument 0 (P) of kernel 'scale' has shape (-1, 16), expected "
                     "(n, 16): dimension 0 (n) is -1, must be between 0 and the largest"),
        "derived": (shape, f"argument 1 (V) of kernel 'pad' has shape ({PAD_N + 1},), expected "
                    f"(m + 2,): dimension 0 is {PAD_N + 1}, must be m + 2 = {PAD_N + 2}"),
        "nullshape": (arg, "argument 1 (B) of kernel 'muladd': its shape pointer B_shape is "
                      "NULL"),
        "nulldata": (arg, "argument 1 (B) of kernel 'muladd': the data pointer is NULL but the "
                     "buffer holds 60 bytes"),
        "misaligned": (arg, "argument 1 (B) of kernel 'muladd' is not aligned to its 4-byte "
                       "elements"),
        "overlap": (arg, "output argument 2 (C) of kernel 'muladd' shares memory with argument "
                    "0 (A)"),
        "bounds": (bounds, "kernel 'gather': read of T at flat index 10 is out of bounds: it "
                   "holds 8 elements"),
    }
    for what, (rc, msg) in expect.items():
        assert errs[what][0] == rc and errs[what][1].startswith(msg), (what, errs[what])
    assert errs["empty"][0] == 0
    # the failed call left the last message; a success doesn't clear it
    assert errs["after-success"][1] == errs["bounds"][1]


@needs_cc
def test_header_is_valid_c_and_cpp(shared):
    text = (shared / "ops.h").read_text()
    assert "#ifndef OPS_H" in text and 'extern "C"' in text and "#include <stdint.h>" in text
    assert "int ops_gemm(const float* X, const int64_t X_shape[2]," in text
    assert "Symbolic dims m" in text and "V: output float32 shape (m + 2,)" in text
    assert "const int64_t* idx, const int64_t idx_shape[1]," in text
    cxx = shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")
    for compiler, lang in ((CC, "c"), (cxx, "c++")):
        if compiler:
            subprocess.run([compiler, "-fsyntax-only", "-Wall", "-Werror", "-x", lang,
                            str(shared / "ops.h")], check=True)


@needs_cc
def test_shared_library_exports_only_the_api(shared):
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("no nm on PATH")
    out = subprocess.run([nm, "-D", "--defined-only", str(shared / "libops.so")],
                         capture_output=True, text=True, check=True).stdout
    names = sorted(line.split()[-1] for line in out.splitlines() if line.strip())
    assert names == sorted(["ops_gather", "ops_gemm", "ops_get_num_threads",
                            "ops_last_error", "ops_muladd", "ops_pad", "ops_release_workspace",
                            "ops_scale", "ops_set_num_threads"])


@needs_cc
@pytest.mark.parametrize("suffix", [".a", ".o"])
def test_static_archive_and_object_link_into_a_program(kernels, tmp_path, suffix):
    name = "libops.a" if suffix == ".a" else "ops.o"
    tc.export_library(kernels, tmp_path / name, header=tmp_path / "ops.h")
    exe = _compile_driver(tmp_path, [str(tmp_path / name), "-lm", "-lpthread"], "drv")
    outs, errs, _ = _run_driver(exe)
    _check_outputs(outs)
    assert errs["fixed"][0] == 2 and "kernel 'muladd'" in errs["fixed"][1]


@needs_cc
def test_ctypes_call_matches_the_python_kernel(kernels, shared):
    lib = ctypes.CDLL(str(shared / "libops.so"))
    lib.ops_last_error.restype = ctypes.c_char_p
    gemm = kernels[1]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((M, K), dtype=np.float32)
    w = rng.standard_normal((K, N), dtype=np.float32)
    y_c, y_py = np.zeros((M, N), np.float32), np.zeros((M, N), np.float32)
    args = [v for arr in (x, w, y_c) for v in (arr.ctypes.data, arr.ctypes.shape)]
    assert lib.ops_gemm(*[ctypes.c_void_p(a) if isinstance(a, int) else a for a in args]) == 0
    gemm(x, w, y_py)
    np.testing.assert_array_equal(y_c, y_py)  # the same machine code
    np.testing.assert_allclose(y_c, x @ w, rtol=1e-5, atol=1e-5)
    n = 9
    p, q = rng.standard_normal((n, 16), dtype=np.float32), np.zeros((n + 1, 16), np.float32)
    rc = lib.ops_scale(ctypes.c_void_p(p.ctypes.data), p.ctypes.shape,
                       ctypes.c_void_p(q.ctypes.data), q.ctypes.shape)
    assert rc == 2 and b"dimension 0 (n) is 10, but n = 9" in lib.ops_last_error()
    with pytest.raises(tc.ArgumentShapeError, match=r"dimension 0 \(n\) is 10, but n = 9"):
        kernels[2](p, q)  # the Python checker words it the same way


def test_export_errors(kernels, tmp_path, monkeypatch):
    add = kernels[0]
    with pytest.raises(ExportError, match=r"kernels 0 and 1 are both named 'muladd'"):
        tc.export_library([add, add], tmp_path / "libx.so")
    with pytest.raises(ExportError, match=r"end the path in \.so"):
        tc.export_library([add], tmp_path / "libx.dll")
    with pytest.raises(ExportError, match="prefix '1x' is not a C identifier"):
        tc.export_library([add], tmp_path / "lib1x.so")
    with pytest.raises(ExportError, match="prefix 'tcomp' would clash with tcomp's own"):
        tc.export_library([add], tmp_path / "libtcomp.so")
    with pytest.raises(ExportError, match="got no kernels"):
        tc.export_library([], tmp_path / "libx.so")
    A = tc.placeholder((4,), name="A")
    B = tc.compute((4,), lambda i: A[i] + 1.0, name="B")
    gpu = tc.build(B, [A, B], target="cuda", name="gpu")
    with pytest.raises(ExportError, match="kernel 1 \\('gpu'\\) is a CUDA kernel"):
        tc.export_library([add, gpu], tmp_path / "libx.so")
    other = tc.build(tc.create_schedule(B), [A, B], target="llvm -mcpu=x86-64", name="b")
    with pytest.raises(ExportError, match="one library holds code for one target"):
        tc.export_library([add, other], tmp_path / "libx.so")
    with pytest.raises(ExportError, match="not a kernel from"):
        tc.export_library([add, "b"], tmp_path / "libx.so")
    with pytest.raises(CompileError, match=r"linking libx\.so failed .*exit status 1"):
        tc.export_library([add], tmp_path / "libx.so", cc="false")
    assert not (tmp_path / "libx.so").exists()
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CC", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a, **k: None)
    with pytest.raises(TcompRuntimeError, match=r"needs a C compiler driver .*none of cc, "
                       r"gcc, clang.*pip install ziglang.*python -m ziglang cc"):
        tc.export_library([add], tmp_path / "libx.so")
    with pytest.raises(TcompRuntimeError, match=r"needs an archiver.*none of ar, llvm-ar"):
        tc.export_library([add], tmp_path / "libx.a", cc=CC or "cc")
    monkeypatch.setenv("CC", "no-such-cc --flag")
    with pytest.raises(TcompRuntimeError, match=r"could not run 'no-such-cc' \(linking libx\.so"):
        tc.export_library([add], tmp_path / "libx.so")


TWO_LIBS = r"""
#include "a.h"
#include "b.h"
#include <pthread.h>
#include <stdio.h>

static float x[20 * 16], y[20 * 16];
static int64_t s[2] = {20, 16}, bad[2] = {19, 16};

static void* fail(void* msg) {
    int rc = a_scale(x, s, y, bad);
    snprintf((char*)msg, 512, "%d %s", rc, a_last_error());
    return NULL;
}

int main(void) {
    for (int i = 0; i < 20 * 16; i++) x[i] = (float)i;
    a_set_num_threads(2);
    b_set_num_threads(1);
    if (a_scale(x, s, y, s) || b_shift(y, s, x, s)) return 1;
    printf("%g %g %d %d\n", y[17], x[17], a_get_num_threads(), b_get_num_threads());
    char msg[512];
    pthread_t t;
    pthread_create(&t, NULL, fail, msg);
    pthread_join(t, NULL);
    printf("thread: %s\nmain: [%s]\n", msg, a_last_error());
    return 0;
}
"""


@needs_cc
def test_two_static_libraries_in_one_program(kernels, tmp_path):
    """Each holds the thread runtime and tcomp_num_threads (weak: merged, no clash) and
    keeps its own thread count; last_error is per thread."""
    scale = kernels[2]
    n = tc.var("n")
    P = tc.placeholder((n, 16), name="P")
    Q = tc.compute((n, 16), lambda i, j: P[i, j] + 0.5, name="Q")
    s = tc.create_schedule(Q)
    s[Q].parallel(Q.op.axis[0])
    shift = tc.build(s, [P, Q], name="shift")  # kernel symbols stay global: names differ
    tc.export_library([scale], tmp_path / "liba.a", header=tmp_path / "a.h")
    tc.export_library([shift], tmp_path / "libb.a", header=tmp_path / "b.h", prefix="b")
    (tmp_path / "two.c").write_text(TWO_LIBS)
    exe = str(tmp_path / "two")
    r = subprocess.run([CC, "-std=c99", "-Wall", "-Werror", f"-I{tmp_path}",
                        str(tmp_path / "two.c"), str(tmp_path / "liba.a"),
                        str(tmp_path / "libb.a"), "-lm", "-lpthread", "-o", exe],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([exe], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.splitlines() == [
        "33 33.5 2 1",
        "thread: 2 argument 1 (Q) of kernel 'scale' has shape (19, 16), expected (n, 16): "
        "dimension 0 (n) is 19, but n = 20 from argument 0 (P); make the shapes agree",
        "main: []"]


@needs_cc
def test_int_bool_and_rank0_buffers_through_ctypes(tmp_path):
    n = tc.var("n")
    F = tc.placeholder((n,), dtype="int32", name="float")  # a C keyword: renamed in the header
    Z = tc.compute((n,), lambda i: F[i] > 3, name="Z")
    cmp = tc.build(tc.create_schedule(Z), [F, Z], name="cmp")
    X = tc.placeholder((n,), name="X")
    r = tc.reduce_axis((0, n), name="r")
    S = tc.compute((), lambda: tc.sum(X[r], axis=r), name="S")
    total = tc.build(tc.create_schedule(S), [X, S], name="total")
    tc.export_library([cmp, total], tmp_path / "libmore.so", header=tmp_path / "more.h")
    text = (tmp_path / "more.h").read_text()
    assert "int more_cmp(const int32_t* float_, const int64_t float__shape[1],\n" \
           "    uint8_t* Z, const int64_t Z_shape[1]);" in text
    assert "float* S, const int64_t* S_shape /* rank 0: may be NULL */" in text
    subprocess.run([CC, "-fsyntax-only", "-Wall", "-Werror", "-x", "c", str(tmp_path / "more.h")],
                   check=True)
    lib = ctypes.CDLL(str(tmp_path / "libmore.so"))

    def ptr(a: np.ndarray) -> ctypes.c_void_p:
        return ctypes.c_void_p(a.ctypes.data)

    x = np.arange(-3, 9, dtype=np.int32)
    z, z_py = np.zeros(12, np.bool_), np.zeros(12, np.bool_)
    assert lib.more_cmp(ptr(x), x.ctypes.shape, ptr(z), z.ctypes.shape) == 0
    cmp(x, z_py)
    np.testing.assert_array_equal(z, x > 3)
    np.testing.assert_array_equal(z, z_py)
    xs, s = np.arange(6, dtype=np.float32), np.zeros((), np.float32)
    assert lib.more_total(ptr(xs), xs.ctypes.shape, ptr(s), None) == 0
    assert s == 15.0


def test_aarch64_object_and_archive_linked_by_llvm(tmp_path, monkeypatch):
    """Cross-compiling without cc=: LLVM links the .o itself (the .a is that object
    archived); the kernel's vector loop is NEON code. Run: test_aarch64_library_runs_under_qemu."""
    n = tc.var("n")
    P = tc.placeholder((n, 16), name="P")
    Q = tc.compute((n, 16), lambda i, j: P[i, j] * 2.0 - 1.0, name="Q")
    s = tc.create_schedule(Q)
    s[Q].parallel(Q.op.axis[0])
    s[Q].vectorize(Q.op.axis[1])
    k = tc.build(s, [P, Q], target="llvm -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1",
                 name="scale")
    neon = re.compile(r"\bf(add|mul|mla|sub)\s+v\d+\.4s")
    assert neon.search(k.source("asm"))
    tc.export_library([k], tmp_path / "arm.o", header=tmp_path / "arm.h")
    data = (tmp_path / "arm.o").read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01"  # 64-bit, little-endian
    assert int.from_bytes(data[16:18], "little") == 1  # ET_REL: relocatable
    assert int.from_bytes(data[18:20], "little") == 183  # EM_AARCH64
    for sym in (b"arm_scale", b"arm_last_error", b"tcomp_scale", b"tcomp_rt_parallel_for"):
        assert sym + b"\0" in data
    assert "int arm_scale(const float* P, const int64_t P_shape[2]," in \
        (tmp_path / "arm.h").read_text()
    objdump = shutil.which("llvm-objdump")
    if objdump:  # the library's own copy of the kernel is NEON code too
        dis = subprocess.run([objdump, "-d", "--no-show-raw-insn", str(tmp_path / "arm.o")],
                             capture_output=True, text=True, check=True).stdout
        body = dis[dis.index("<tcomp_scale"):]
        assert neon.search(body)
    if shutil.which("ar") or shutil.which("llvm-ar"):
        tc.export_library([k], tmp_path / "libarm.a")
        assert (tmp_path / "libarm.a").read_bytes().startswith(b"!<arch>\n")
    from tcomp.runtime import toolchain as ex

    monkeypatch.setenv("PATH", str(tmp_path))  # no cross gcc, no zig: a .so can't be linked
    monkeypatch.setattr(ex, "_has_ziglang", lambda: False)
    with pytest.raises(ExportError, match=r"a shared library for aarch64-linux-gnu needs a "
                       r"linker for that target, and found neither aarch64-linux-gnu-gcc"):
        tc.export_library([k], tmp_path / "libarm.so")


@needs_qemu
@pytest.mark.parametrize("linker", ["gcc", "zig"])
def test_aarch64_library_runs_under_qemu(tmp_path, monkeypatch, linker):
    """The kernels built for aarch64 (NEON; gemm and scale with parallel loops) as a .so,
    linked by the cross gcc found on PATH or, without it, by zig's (the ziglang package); the
    C driver compiled by the cross gcc runs under qemu-aarch64 and gives the results and
    error statuses the library gives on this machine."""
    if linker == "zig":
        if importlib.util.find_spec("ziglang") is None:
            pytest.skip("no ziglang package (pip install ziglang)")
        monkeypatch.setenv("PATH", str(tmp_path))  # hides the cross gcc: cross_cc picks zig
    ks = _kernels(ARM)
    assert ks[1].uses_parallel and ks[2].uses_parallel
    tc.export_library(ks, tmp_path / "libops.so", header=tmp_path / "ops.h")
    monkeypatch.undo()
    exe = _compile_driver(tmp_path, [f"-L{tmp_path}", "-lops", f"-Wl,-rpath,{tmp_path}"],
                          "drv_arm", cc=ARM_CC)
    assert open(exe, "rb").read()[18:20] == (183).to_bytes(2, "little")  # EM_AARCH64
    outs, errs, threads = _run_driver(exe, (QEMU, "-L", ARM_ROOT), TCOMP_NUM_THREADS="3")
    _check_outputs(outs)
    _check_errors(errs)
    default, setline, reset = threads
    assert default == "THREADS default 3" and reset == "THREADS reset 3"
    got = re.fullmatch(r"THREADS set 2, running (\d+)", setline)
    assert got and int(got[1]) >= 2  # the pool's worker ran under qemu too


def test_cross_linker_choice(tmp_path, monkeypatch):
    """A .so for another architecture links with that target's gcc on PATH, else zig's, else
    the error says how to get either."""
    from tcomp.runtime import toolchain as ex

    monkeypatch.setenv("PATH", str(tmp_path))
    gcc = tmp_path / "aarch64-linux-gnu-gcc"
    gcc.write_text("#!/bin/sh\n")
    gcc.chmod(0o755)
    assert ex.cross_cc("aarch64-unknown-linux-gnu") == ["aarch64-linux-gnu-gcc"]
    gcc.unlink()
    monkeypatch.setattr(ex, "_has_ziglang", lambda: True)
    assert ex.cross_cc("aarch64-linux-gnu")[-4:] == ["ziglang", "cc", "-target",
                                                     "aarch64-linux-gnu"]
    monkeypatch.setattr(ex, "_has_ziglang", lambda: False)
    with pytest.raises(ExportError, match=r"a shared library for aarch64-linux-gnu needs a "
                       r"linker for that target, and found neither aarch64-linux-gnu-gcc on "
                       r"PATH nor the ziglang package. Install one \(Debian/Ubuntu: apt-get "
                       r"install gcc-aarch64-linux-gnu; or pip install ziglang"):
        ex.cross_cc("aarch64-linux-gnu")
