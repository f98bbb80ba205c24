"""Heap temporaries (codegen/llvm/workspace.py): kept between calls, sized with overflow checks,
and a failed allocation is an OutOfMemoryError (ENOMEM from C), never a crash."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import tcomp as tc
from tcomp.errors import OutOfMemoryError

CC = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")


def _outer_diag(rank: int = 2, name: str = "diag"):
    """B[i] = A[i, i] + 1 with A[i, j] = X[i] * X[j] (rank 3: A[i, i, i], X[i]**3) kept as a
    heap temporary of n**rank elements."""
    n = tc.var("n")
    X = tc.placeholder((n,), name="X")
    if rank == 2:
        A = tc.compute((n, n), lambda i, j: X[i] * X[j], name="A")
        B = tc.compute((n,), lambda i: A[i, i] + 1.0, name="B")
    else:
        A = tc.compute((n, n, n), lambda i, j, k: X[i] * X[j] * X[k], name="A")
        B = tc.compute((n,), lambda i: A[i, i, i] + 1.0, name="B")
    return tc.build(tc.create_schedule(B), [X, B], name=name)


def _cell(f) -> int:
    """The block the kernel's one heap temporary keeps between calls (0: none)."""
    return f._loaded.ws_cells.array[0] or 0


def test_a_call_reuses_the_block_of_the_call_before():
    f = _outer_diag()
    assert "ws_take" in f.source("llvm")
    x = np.arange(1, 41, dtype=np.float32)
    y = np.empty_like(x)
    f(x, y)
    np.testing.assert_allclose(y, x * x + 1)
    first = _cell(f)
    assert first
    f(x[:10], y[:10])  # smaller: the same block
    np.testing.assert_allclose(y[:10], x[:10] ** 2 + 1)
    assert _cell(f) == first
    x2 = np.linspace(0, 2, 300, dtype=np.float32)
    y2 = np.empty_like(x2)
    f(x2, y2)  # larger: a new block, kept for the next call
    np.testing.assert_allclose(y2, x2 * x2 + 1, rtol=1e-6)
    grown = _cell(f)
    f(x2, y2)
    assert _cell(f) == grown
    f._loaded.ws_cells.free()
    assert _cell(f) == 0
    f(x, y)  # after the blocks were freed, the kernel allocates again
    np.testing.assert_allclose(y, x * x + 1)


def _calls(f, seed: int, calls: int) -> None:
    """``calls`` calls of an ``_outer_diag`` kernel at random sizes, each checked."""
    rng = np.random.default_rng(seed)
    for _ in range(calls):
        n = int(rng.integers(1, 400))
        x = rng.standard_normal(n).astype(np.float32)
        y = np.empty_like(x)
        f(x, y)
        np.testing.assert_allclose(y, x * x + 1, rtol=1e-6)


def test_calls_from_threads_at_once_each_get_their_own_block():
    f = _outer_diag(name="diag_threads")
    with ThreadPoolExecutor(4) as pool:  # map re-raises a thread's failure
        list(pool.map(lambda seed: _calls(f, seed, 30), range(4)))


def test_release_workspace_frees_the_kept_blocks_and_the_next_call_allocates_again():
    f, g = _outer_diag(name="diag_release"), _outer_diag(name="diag_release_all")
    x = np.arange(1, 65, dtype=np.float32)
    y = np.empty_like(x)
    f(x, y)
    g(x, y)
    assert _cell(f) and _cell(g)
    f.release_workspace()
    assert _cell(f) == 0 and _cell(g)
    f(x, y)
    np.testing.assert_allclose(y, x * x + 1)
    assert _cell(f)
    tc.release_workspaces()  # every loaded kernel's
    assert _cell(f) == 0 and _cell(g) == 0
    X = tc.placeholder((4,), name="X")
    Y = tc.compute((4,), lambda i: X[i] * 2.0, name="Y")
    tc.build(tc.create_schedule(Y), [X, Y], name="no_temporaries").release_workspace()


def test_a_release_beside_calls_on_other_threads_frees_only_idle_blocks():
    f = _outer_diag(name="diag_release_threads")
    done = threading.Event()

    def release() -> int:
        n = 0
        while not done.is_set():
            f.release_workspace()
            n += 1
        return n

    with ThreadPoolExecutor(5) as pool:
        releaser = pool.submit(release)
        try:
            list(pool.map(lambda seed: _calls(f, seed, 60), range(4)))
        finally:
            done.set()
        assert releaser.result() > 0
    f.release_workspace()
    assert _cell(f) == 0


def test_a_temporary_too_large_is_an_error_not_a_crash():
    f = _outer_diag(name="diag_huge")
    x = np.ones(3_000_000, np.float32)  # A would hold 9e12 floats: 36 TB
    y = np.empty_like(x)
    with pytest.raises(OutOfMemoryError, match=r"temporary buffer 'A' .*36000000000064 bytes"):
        f(x, y)
    assert isinstance(OutOfMemoryError("x"), MemoryError)
    small = np.arange(5, dtype=np.float32)
    out = np.empty_like(small)
    f(small, out)  # the kernel and its error record are fine afterwards
    np.testing.assert_allclose(out, small * small + 1)


def test_a_size_that_overflows_int64_is_an_error_not_a_small_buffer():
    f = _outer_diag(rank=3, name="cube")
    x = np.full(1 << 21, 0.5, np.float32)  # 2**63 elements: the byte count overflows
    y = np.empty_like(x)
    with pytest.raises(OutOfMemoryError, match=r"'A' .*more than 2\*\*62 bytes"):
        f(x, y)
    f(x[:7], y[:7])
    np.testing.assert_allclose(y[:7], 1.125)


def test_unloading_a_kernel_frees_its_blocks():
    code = textwrap.dedent("""
        import ctypes, gc, sys
        import numpy as np
        sys.path.insert(0, sys.argv[1])
        import tcomp as tc
        from tcomp.runtime import cache

        class MallInfo2(ctypes.Structure):
            _fields_ = [(f, ctypes.c_size_t) for f in ("arena", "ordblks", "smblks", "hblks",
                        "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
        info = ctypes.CDLL(None).mallinfo2
        info.restype = MallInfo2

        def in_use():  # bytes malloc has handed out and not had back (heap and mmap)
            m = info()
            return (m.uordblks + m.hblkhd) >> 20
        n = tc.var("n")
        X = tc.placeholder((n,), name="X")
        x = np.ones(2048, np.float32); y = np.empty_like(x)
        before = in_use()
        for k in range(40):  # 40 kernels, each with a 16 MB temporary, dropped after a call
            A = tc.compute((n, n), lambda i, j: X[i] * X[j] + float(k), name="A")
            B = tc.compute((n,), lambda i: A[i, i], name="B")
            f = tc.build(tc.create_schedule(B), [X, B], name=f"k{k}")
            f(x, y)
            assert f._loaded.ws_cells.array[0]
            del f
            cache.default_cache()._mem.clear()
            gc.collect()
        print(in_use() - before)
    """)
    env = {"TCOMP_NO_DISK_CACHE": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, str(_root())], capture_output=True,
                         text=True, env=env, timeout=300)
    if "mallinfo2" in out.stderr:
        pytest.skip("this C library has no mallinfo2 (glibc 2.33 or newer)")
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[-1]) < 100, out.stdout  # MB; 40 blocks kept: 640


def _root():
    from pathlib import Path

    return Path(tc.__file__).resolve().parents[1]


@pytest.mark.skipif(CC is None, reason="no C compiler (cc, gcc or clang) on PATH")
def test_exported_kernel_returns_enomem(tmp_path):
    f = _outer_diag(name="diag")
    tc.export_library([f], tmp_path / "libws.so", header=tmp_path / "ws.h")
    assert "ENOMEM" in (tmp_path / "ws.h").read_text()
    lib = ctypes.CDLL(str(tmp_path / "libws.so"))
    lib.ws_last_error.restype = ctypes.c_char_p
    x = np.arange(1, 9, dtype=np.float32)
    y = np.empty_like(x)

    def call(a: np.ndarray, b: np.ndarray) -> int:
        return lib.ws_diag(ctypes.c_void_p(a.ctypes.data), a.ctypes.shape,
                           ctypes.c_void_p(b.ctypes.data), b.ctypes.shape)
    assert call(x, y) == 0
    np.testing.assert_allclose(y, x * x + 1)
    big = np.ones(3_000_000, np.float32)
    assert call(big, np.empty_like(big)) == 4
    msg = lib.ws_last_error().decode()
    assert "could not allocate the temporary buffer 'A' (36000000000064 bytes" in msg
    assert call(x, y) == 0  # the record was cleared


def test_a_small_constant_root_temporary_is_on_the_stack_and_a_large_one_on_the_heap():
    """A softmax's per-row max kept at root (4 floats) needs no heap block; 64 KB + 4 does."""
    def build(rows: int):
        X = tc.placeholder((rows, 8), name="X")
        k = tc.reduce_axis((0, 8), name="k")
        M = tc.compute((rows,), lambda i: tc.max(X[i, k], axis=k), name="M")
        Y = tc.compute((rows, 8), lambda i, j: tc.exp(X[i, j] - M[i]), name="Y")
        return tc.build(tc.create_schedule(Y), [X, Y], name=f"rowexp{rows}")

    for rows, heap in ((4, False), (16 * 1024 + 1, True)):
        f = build(rows)
        assert ("ws_take" in f.source("llvm")) is heap, rows
        x = np.random.default_rng(rows).standard_normal((rows, 8)).astype(np.float32)
        y = np.empty_like(x)
        f(x, y)
        np.testing.assert_allclose(y, np.exp(x - x.max(axis=1, keepdims=True)), rtol=1e-5)


def test_stack_buffers_stay_within_the_function_s_budget():
    """Eleven 64 KB root temporaries: the first eight (512 KB) on the stack, the other three
    on the heap, so a long chain of stages can't overflow a thread's stack."""
    from tcomp.codegen.llvm.emit import ALLOCA_LIMIT, STACK_BUDGET

    n = ALLOCA_LIMIT // 4
    X = tc.placeholder((n,), name="X")
    t = X
    stages = []

    def step(prev, k):
        return tc.compute((n,), lambda i: prev[(i + 1) % n] * 0.5 + float(k), name=f"T{k}")

    for k in range(STACK_BUDGET // ALLOCA_LIMIT + 4):
        t = step(t, k)
        stages.append(t)
    f = tc.build(tc.create_schedule(t), [X, t], name="chain12")
    ir_text = f.source("llvm")
    assert ir_text.count('call ptr @"tcomp_chain12.ws_take"') == 3
    x = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    y = np.empty_like(x)
    f(x, y)
    want = x
    for k in range(len(stages)):
        want = np.roll(want, -1) * np.float32(0.5) + np.float32(k)
    np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-5)


@pytest.mark.skipif(CC is None, reason="no C compiler (cc, gcc or clang) on PATH")
def test_an_exported_library_gives_its_blocks_back_on_request(tmp_path):
    """``<p>_release_workspace()`` frees the 16 MB block the kernel kept; the next call
    allocates again and is right."""
    class MallInfo2(ctypes.Structure):
        _fields_ = [(f, ctypes.c_size_t) for f in ("arena", "ordblks", "smblks", "hblks",
                    "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "mallinfo2"):
        pytest.skip("this C library has no mallinfo2 (glibc 2.33 or newer)")
    libc.mallinfo2.restype = MallInfo2

    def in_use_mb() -> int:
        m = libc.mallinfo2()
        return (m.uordblks + m.hblkhd) >> 20

    tc.export_library([_outer_diag(name="diag")], tmp_path / "librel.so",
                      header=tmp_path / "rel.h")
    assert "void rel_release_workspace(void);" in (tmp_path / "rel.h").read_text()
    lib = ctypes.CDLL(str(tmp_path / "librel.so"))
    x = np.linspace(0, 1, 2048, dtype=np.float32)
    y = np.empty_like(x)

    def call() -> int:
        return lib.rel_diag(ctypes.c_void_p(x.ctypes.data), x.ctypes.shape,
                            ctypes.c_void_p(y.ctypes.data), y.ctypes.shape)
    lib.rel_release_workspace()  # nothing kept yet: nothing to free
    assert call() == 0
    kept = in_use_mb()
    lib.rel_release_workspace()
    assert kept - in_use_mb() >= 15, (kept, in_use_mb())
    y[:] = 0
    assert call() == 0
    np.testing.assert_allclose(y, x * x + 1, rtol=1e-6)
    lib.rel_release_workspace()
