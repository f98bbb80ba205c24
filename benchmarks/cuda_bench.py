"""GPU benchmarks against torch on the same device: fp32 GEMM (TF32 off), row softmax, an
elementwise chain vs device-to-device copy bandwidth. Needs pycuda, torch and a GPU; writes
JSON (``--out``). Run: ``python benchmarks/cuda_bench.py``. Not a unit test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np


def _time(fn, sync, repeat: int = 20) -> float:
    fn()
    sync()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        sync()
        ts.append(time.perf_counter() - t0)
    return float(np.median(ts))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4096)
    ap.add_argument("--out", default="cuda_bench.json")
    a = ap.parse_args()
    from tcomp.runtime import cuda as rt

    why = rt.missing_reason()
    if why is not None:
        print(f"cuda_bench: skipped: {why}")
        return 0
    import torch

    import schedules.cuda as sc
    import tcomp as tc
    from tcomp.ops.linalg import matmul
    from tcomp.ops.reduce import softmax

    torch.backends.cuda.matmul.allow_tf32 = False
    dev = rt.get_device()
    target = f"cuda -arch={dev.arch}"
    res: dict = {"device": dev.name, "arch": dev.arch}
    n = a.n
    A, B = tc.placeholder((n, n), name="A"), tc.placeholder((n, n), name="B")
    C = matmul(A, B)
    f = tc.build(*sc.matmul(A, B, C), target=target)
    da, db = rt.to_device(np.random.rand(n, n).astype("f4")), rt.to_device(
        np.random.rand(n, n).astype("f4"))
    dc = rt.empty((n, n), np.float32)
    t_ours = _time(lambda: f(da, db, dc), dev.synchronize)
    ta, tb = torch.rand(n, n, device="cuda"), torch.rand(n, n, device="cuda")
    t_torch = _time(lambda: ta @ tb, torch.cuda.synchronize)
    res["gemm"] = {"n": n, "tcomp_s": t_ours, "torch_s": t_torch, "ratio": t_torch / t_ours}
    rows, cols = 32768, 1024
    X = tc.placeholder((rows, cols), name="X")
    st = softmax(X)
    g = tc.build(*sc.softmax(X, st), target=target)
    dx, dy = rt.to_device(np.random.rand(rows, cols).astype("f4")), rt.empty((rows, cols))
    tx = torch.rand(rows, cols, device="cuda")
    t_ours = _time(lambda: g(dx, dy), dev.synchronize)
    t_torch = _time(lambda: torch.softmax(tx, dim=1), torch.cuda.synchronize)
    res["softmax"] = {"tcomp_s": t_ours, "torch_s": t_torch, "ratio": t_torch / t_ours}
    m = 1 << 26
    Xe = tc.placeholder((m,), name="X")
    e1 = tc.compute((m,), lambda i: Xe[i] * 2.0 + 1.0, name="e1")
    e2 = tc.compute((m,), lambda i: tc.tanh(e1[i]), name="e2")
    h = tc.build(*sc.elementwise_chain([e1, e2], [Xe]), target=target)
    de, do = rt.to_device(np.random.rand(m).astype("f4")), rt.empty((m,))
    t_ours = _time(lambda: h(de, do), dev.synchronize)
    te = torch.rand(m, device="cuda")
    t_copy = _time(lambda: te.clone(), torch.cuda.synchronize)
    res["elementwise"] = {"tcomp_GBps": 8 * m / t_ours / 1e9, "copy_GBps": 8 * m / t_copy / 1e9,
                          "fraction_of_copy": t_copy / t_ours}
    print(json.dumps(res, indent=2))
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(res, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
