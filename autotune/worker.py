"""The measuring process: ``python -m autotune.worker`` builds, checks and times candidates
(layer 8).

A fresh interpreter (never forked: LLVM in a forked process is fragile) that receives only
JSON, one job per line on stdin, and answers one JSON line per job on stdout. A job holds the
workload's factory spec and the schedule trace: ``{"kind": "build", ...}`` compiles it (filling
the on-disk kernel cache), ``{"kind": "run", ...}`` checks its result against
``tcomp.dsl.evaluate`` and times it. The executors (``autotune.measure``) start these processes
and kill one that crashes or hangs; ``MeasureOptions.worker`` names another command line to
start instead, such as one that wraps ``handle`` (the tests' fault injection does).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from .workloads import Workload

Job = dict[str, Any]
_state: dict[str, Any] = {"workloads": {}, "refs": {}}  # per process: built workloads, refs


def _workload(spec: str) -> Any:
    if spec not in _state["workloads"]:
        w = Workload.from_spec(spec)
        outs, args = w.build()
        _state["workloads"][spec] = (outs, args)
    return _state["workloads"][spec]


def _schedule(spec: str, trace: str) -> Any:
    import tcomp as tc

    outs, args = _workload(spec)
    return tc.replay(outs, trace), args


def build(job: Job) -> Job:
    """Compile the job's schedule (the kernel lands in the on-disk cache the run reads)."""
    import tcomp as tc

    t0 = time.perf_counter()
    s, args = _schedule(job["spec"], job["trace"])
    tc.build(s, args, target=job.get("target", "llvm"))  # fills the on-disk kernel cache
    return {"ok": True, "build_s": time.perf_counter() - t0}


def _reference(spec: str, ref_dir: str, seed: int) -> tuple[list[Any], list[Any]]:
    """Random inputs and the evaluator's outputs, cached in memory and in ``ref_dir``."""
    import hashlib

    import numpy as np

    from tcomp.dsl.eval import evaluate
    from tcomp.runtime.memory import aligned
    from tcomp.testing import random_inputs

    if spec in _state["refs"]:
        return _state["refs"][spec]
    outs, args = _workload(spec)
    path = os.path.join(ref_dir, hashlib.sha256(f"{spec}|{seed}".encode()).hexdigest()[:20]
                        + ".npz")
    ins_t = [a for a in args if not any(a is o for o in outs)]
    if os.path.exists(path):
        with np.load(path, allow_pickle=False) as z:
            ins = [z[f"in{i}"] for i in range(len(ins_t))]
            refs = [z[f"out{i}"] for i in range(len(outs))]
    else:
        ins = random_inputs(ins_t, rng=seed, outputs=outs)  # gather indices in range
        refs = evaluate(outs, ins, params=ins_t)
        refs = [r.astype(o.dtype.np) for r, o in zip(refs, outs, strict=False)]
        tmp = path + f".{os.getpid()}.tmp.npz"
        np.savez(tmp, **{f"in{i}": a for i, a in enumerate(ins)},
                 **{f"out{i}": r for i, r in enumerate(refs)})
        os.replace(tmp, path)
    # 64-byte aligned, as tcomp.nn and tc.empty allocate: numpy's 16-byte alignment splits
    # every other AVX2 load across cache lines (up to 23% slower on a GEMM-like kernel)
    ins = [aligned(a) for a in ins]
    _state["refs"][spec] = (ins, refs)
    return ins, refs


def run(job: Job) -> Job:
    """Build (from the cache), check against the reference, then time the job's schedule."""
    import tcomp as tc
    from tcomp.runtime.memory import zeros
    from tcomp.runtime.timing import time_kernel
    from tcomp.testing import assert_allclose

    t0 = time.perf_counter()
    s, args = _schedule(job["spec"], job["trace"])
    target = job.get("target", "llvm")
    kernel = tc.build(s, args, target=target)
    build_s = time.perf_counter() - t0
    outs, _ = _workload(job["spec"])
    ins, refs = _reference(job["spec"], job["ref_dir"], job["seed"])
    res = [zeros(r.shape, r.dtype) for r in refs]
    call_args = [*ins, *res]
    if target.split()[0] == "cuda":  # inputs and outputs live on the device while timed
        kernel, call_args, res = _on_device(kernel, ins, res)
    kernel(*call_args)
    if callable(res):
        res = res()
    if job["check"]:
        for o, r, t in zip(res, refs, outs, strict=False):
            try:
                assert_allclose(o, r, rtol=job["rtol"], atol=job["atol"], name=t.name)
            except AssertionError as exc:
                return {"ok": False, "error": f"wrong result: {exc}", "build_s": build_s}
    timing = time_kernel(kernel, call_args, warmup=job["warmup"], repeat=job["repeat"],
                         min_repeat_s=job["min_repeat_s"], warmup_s=job.get("warmup_s", 0.0))
    return {"ok": True, "costs": list(timing.all), "build_s": build_s,
            "run_s": time.perf_counter() - t0 - build_s}


def _on_device(kernel: Any, ins: list[Any], res: list[Any]) -> tuple[Any, list[Any], Any]:
    """A GPU kernel's arguments as device arrays, a call that waits for the GPU (so timings
    are of the kernel, not of the launch), and a function reading the outputs back."""
    from tcomp.runtime import cuda as rt

    dev = rt.get_device()
    d_ins = [rt.to_device(a) for a in ins]
    d_res = [rt.empty(r.shape, r.dtype) for r in res]
    sync = getattr(dev, "synchronize", None)

    def call(*a: Any) -> None:
        kernel(*a)
        if sync is not None:
            sync()

    return call, [*d_ins, *d_res], lambda: [d.numpy() for d in d_res]


def handle(job: Job) -> Job:
    """One job's reply: ``build`` or ``run`` by its ``kind``."""
    return build(job) if job["kind"] == "build" else run(job)


def serve(handler: Callable[[Job], Job] = handle) -> None:
    """Answer JSON-line jobs from stdin with ``handler`` until stdin closes; one JSON reply
    line per job, ``{"ok": False, "error": ...}`` when the handler raises.

    The protocol uses a private copy of fd 1; fd 1 itself then points at stderr, so anything
    LLVM or a kernel prints can't corrupt a reply.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    for line in sys.stdin:
        job = json.loads(line)
        try:
            out = handler(job)
        except BaseException as exc:
            tb = traceback.format_exc(limit=4)  # serve, handle, build or run, what failed
            out = {"ok": False, "error": f"{type(exc).__name__}: {exc}\n{tb}"}
        proto.write(json.dumps(out) + "\n")
        proto.flush()


__all__ = ["Job", "build", "handle", "run", "serve"]

if __name__ == "__main__":
    serve()
