"""The thread pool's CPU placement: workers bound to CPUs of the allowed set, the caller
stepping off a worker's CPU, the caller's own affinity mask left as the user set it."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

import tcomp as tc
from tcomp.codegen.llvm.parallel import runtime_stats, worker_cpus

linux_smp = pytest.mark.skipif(
    platform.system() != "Linux" or not hasattr(os, "sched_getaffinity")
    or len(os.sched_getaffinity(0)) < 2 or not tc.config.get().bind_threads,
    reason="needs Linux, two allowed CPUs and thread binding on (TCOMP_BIND_THREADS)")


def test_worker_cpu_plan():
    assert worker_cpus({0, 1}, bind=True) == [1]
    assert worker_cpus({7, 2, 5}, bind=True) == [5, 7]  # the caller keeps the first
    assert worker_cpus({3}, bind=True) == []
    assert worker_cpus({0, 1, 2}, bind=False) == []
    assert worker_cpus({0, 5000}, bind=True) == [-1]  # beyond cpu_set_t: left unbound


def _parallel_kernel():
    n = 1 << 16
    A = tc.placeholder((n,), name="A")
    B = tc.compute((n,), lambda i: A[i] * 2.0 + 1.0, name="B")
    s = tc.create_schedule(B)
    io, ii = s[B].split(B.op.axis[0], factor=1024)
    s[B].parallel(io)
    s[B].vectorize(ii)
    k = tc.build(s, [A, B], database=False)
    k.num_threads = 2
    a = np.arange(n, dtype=np.float32)
    return k, a, np.zeros_like(a)


def _threads() -> dict[int, tuple[int, set[int]]]:
    """tid -> (CPU it last ran on, CPUs it may run on), for this process's threads."""
    out = {}
    for t in os.listdir("/proc/self/task"):
        try:
            stat = open(f"/proc/self/task/{t}/stat").read().rsplit(")", 1)[1].split()
            out[int(t)] = (int(stat[36]), os.sched_getaffinity(int(t)))
        except (FileNotFoundError, ProcessLookupError):
            pass
    return out


def _current_cpu() -> int:
    return _threads()[threading.get_native_id()][0]


@linux_smp
def test_workers_are_bound_and_the_caller_is_not():
    mask = os.sched_getaffinity(0)
    k, a, b = _parallel_kernel()
    k(a, b)
    np.testing.assert_array_equal(b, a * 2 + 1)
    assert os.sched_getaffinity(0) == mask
    plan = set(worker_cpus())
    me = threading.get_native_id()
    single = {t: cpus for t, (_, cpus) in _threads().items() if t != me and len(cpus) == 1}
    # the pool's worker (more where other tests started more threads) holds one planned CPU
    assert single and all(cpus <= plan for cpus in single.values()), single


@linux_smp
def test_caller_steps_off_a_workers_cpu_and_keeps_its_mask():
    k, a, b = _parallel_kernel()
    k(a, b)  # the pool is up
    wcpu = worker_cpus()[0]
    mask = os.sched_getaffinity(0)
    if wcpu not in mask:
        pytest.skip("this thread's mask excludes the worker's CPU")
    before = runtime_stats()["moves"]
    os.sched_setaffinity(0, {wcpu})  # move onto the worker's CPU ...
    os.sched_setaffinity(0, mask)  # ... and allow every CPU again: Linux leaves us there
    try:
        assert _current_cpu() == wcpu
        k(a, b)
        np.testing.assert_array_equal(b, a * 2 + 1)
        assert runtime_stats()["moves"] == before + 1
        # Not asserted: the CPU it runs on now. With the user's mask back, Linux may move it
        # onto the worker's CPU again when the other CPUs are busy (another pytest-xdist
        # worker: one such failure in a loaded `make test`); the move itself is the counter.
        assert os.sched_getaffinity(0) == mask  # the user's mask, not the one used to move
    finally:
        os.sched_setaffinity(0, mask)


@linux_smp
def test_a_caller_confined_to_a_workers_cpu_stays_there():
    """No CPU of the caller's own mask is free of workers: it is not moved (its mask is the
    user's choice), and the kernel still runs."""
    k, a, b = _parallel_kernel()
    k(a, b)
    wcpu = worker_cpus()[0]
    mask = os.sched_getaffinity(0)
    before = runtime_stats()["moves"]
    os.sched_setaffinity(0, {wcpu})
    try:
        k(a, b)
        np.testing.assert_array_equal(b, a * 2 + 1)
        assert runtime_stats()["moves"] == before
        assert os.sched_getaffinity(0) == {wcpu}
    finally:
        os.sched_setaffinity(0, mask)


def _small_parallel(n: int, scale: float):
    A = tc.placeholder((n, 64), name="A")
    r = tc.reduce_axis(64, name="r")
    B = tc.compute((n,), lambda i: tc.sum(A[i, r] * scale, axis=r), name="B")
    s = tc.create_schedule(B)
    s[B].parallel(B.op.axis[0])
    k = tc.build(s, [A, B], database=False)
    k.num_threads = 2
    return k


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2 if hasattr(os, "sched_getaffinity")
                    else True, reason="needs two allowed CPUs")
def test_chunks_go_to_whoever_claims_them_and_every_call_is_right() -> None:
    # Chunks are claimed from one counter tagged with the job's generation: the worker
    # takes part on a quiet machine; with its CPU busy with another process it wakes late
    # and finds the chunks taken (the caller ran them), and must claim nothing of that job
    # nor of the next. Three kernels alternate, back to back, thousands of times. (The
    # races this guards against are rare by nature; this is a smoke test of the protocol:
    # a lost chunk leaves -1 in an output, a miscounted one hangs.)
    ks = [(_small_parallel(n, c), np.random.default_rng(n).random((n, 64), np.float32), c)
          for n, c in ((32, 2.0), (48, 3.0), (80, 5.0))]

    def calls(count: int) -> None:
        for it in range(count):
            k, a, c = ks[it % 3]
            b = np.full(a.shape[0], -1.0, np.float32)
            k(a, b)
            np.testing.assert_allclose(b, a.sum(1) * c, rtol=1e-5, err_msg=f"call {it}")

    before = runtime_stats()["worker_chunks"]
    calls(2000)
    deadline = time.monotonic() + 20  # another process (a second pytest worker) may hold
    while runtime_stats()["worker_chunks"] == before and time.monotonic() < deadline:
        calls(300)  # the worker's CPU for a while: it takes part once it runs
    assert runtime_stats()["worker_chunks"] > before  # the worker took part
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        calls(2000)
    finally:
        busy.kill()
        busy.wait()
