"""Tune a small GEMM for a few trials, then build it with the tuned record applied.

Run: python examples/tune_demo.py [--db PATH]   (default: a temporary database file)
"""

from __future__ import annotations

import argparse
import os
import tempfile

import numpy as np

import autotune
import tcomp as tc


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", default=os.path.join(tempfile.mkdtemp(), "demo.db"))
    p.add_argument("--n", type=int, default=256)
    p.add_argument("--trials", type=int, default=16)
    a = p.parse_args()
    work = autotune.Workload("autotune.workloads:matmul", {"n": a.n})
    res = autotune.tune(work, space="matmul", trials=a.trials, db=a.db, seed=0, batch_size=4)
    print(res.report)

    # With the database in use, a build that gives no schedule (only the outputs) compiles
    # the best record for this machine; a hand-written schedule would be used as written
    # unless built with tuned=True.
    autotune.use_database(a.db)
    outs, args = work.build()
    kernel = tc.build(outs, args, name="gemm")
    A, B = (np.random.rand(a.n, a.n).astype("float32") for _ in range(2))
    C = np.zeros((a.n, a.n), "float32")
    kernel(A, B, C)
    np.testing.assert_allclose(C, A @ B, rtol=1e-3, atol=1e-3)
    print(f"tc.build used {kernel.stages['schedule_origin']}")

if __name__ == "__main__":
    main()
