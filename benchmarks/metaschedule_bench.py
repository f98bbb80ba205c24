"""TVM MetaSchedule against tcomp's tuner at the same trial budget, with numpy as the yardstick.

For each workload (GEMM 1024^3 fp32; conv2d N=1, C=K=64, 56x56, 3x3, pad 1) this tunes with
TVM MetaSchedule (``tune_tir``, evolutionary search with its XGBoost cost model) and with
``autotune.tune`` on tcomp's template space, ``--trials`` measurements each, and records each
tuner's wall time. Then it times the two tuned kernels and numpy, interleaved over a few
rounds in this one process (2 threads each, preallocated outputs for the compiled kernels),
checks every result against numpy, and prints the ratios. JSON goes to benchmarks/results/.

Run (the bench extra: apache-tvm 0.27 with apache-tvm-ffi 0.1.14, xgboost, psutil, cloudpickle):
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/metaschedule_bench.py \\
        [--trials 64] [--only gemm,conv] [--per-iter 64] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

NUM_THREADS = 2
os.environ.setdefault("TVM_NUM_THREADS", str(NUM_THREADS))  # before TVM starts its pool

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tune_bench import CASES, _np_conv  # noqa: E402

import autotune  # noqa: E402
import tcomp as tc  # noqa: E402
from tcomp.runtime.timing import time_kernel  # noqa: E402

PEAK_GFLOPS = 230.0  # fp32 FMA peak of the 2 cores (PEERS.md)
RESULTS = Path(__file__).resolve().parent / "results"


# ----------------------------------------------------------------------------- TVM side
def _tvm_gemm(te: Any, n: int = 1024) -> Any:
    a = te.placeholder((n, n), "float32", name="A")
    b = te.placeholder((n, n), "float32", name="B")
    k = te.reduce_axis((0, n), name="k")
    c = te.compute((n, n), lambda i, j: te.sum(a[i, k] * b[k, j], axis=k), name="C")
    return te.create_prim_func([a, b, c])


def _tvm_conv(te: Any, n: int = 1, c: int = 64, k: int = 64, size: int = 56, r: int = 3,
              pad: int = 1) -> Any:
    from tvm import tirx

    x = te.placeholder((n, c, size, size), "float32", name="X")
    w = te.placeholder((k, c, r, r), "float32", name="W")
    hp = size + 2 * pad
    xp = te.compute((n, c, hp, hp), lambda b, ci, y, z: tirx.if_then_else(
        tirx.all(y >= pad, y < size + pad, z >= pad, z < size + pad),
        x[b, ci, y - pad, z - pad], tirx.const(0.0, "float32")), name="Xpad")
    rc = te.reduce_axis((0, c), name="rc")
    ry = te.reduce_axis((0, r), name="ry")
    rx = te.reduce_axis((0, r), name="rx")
    out = size + 2 * pad - r + 1
    y = te.compute((n, k, out, out), lambda b, ko, i, j: te.sum(
        xp[b, rc, i + ry, j + rx] * w[ko, rc, ry, rx], axis=[rc, ry, rx]), name="Y")
    return te.create_prim_func([x, w, y])


def _ms_build(mod: Any, target: Any, _params: Any) -> Any:
    """MetaSchedule's default build without ``import tvm.s_tir.tensor_intrin`` (30-45 s in
    every build worker here, so builds hit their timeout; fp32 needs no tensor intrinsics)."""
    from tvm.driver import build as tvm_build
    from tvm.s_tir.transform import RemoveWeightLayoutRewriteBlock

    mod = RemoveWeightLayoutRewriteBlock(skip_tensor_rewrite=True)(mod)
    return tvm_build(mod, target=target)


def tvm_tune(name: str, trials: int, per_iter: int, seed: int) -> dict[str, Any]:
    import tvm
    from tvm import te
    from tvm.s_tir import meta_schedule as ms
    from tvm.target import codegen

    func = _tvm_gemm(te) if name == "gemm" else _tvm_conv(te)
    mcpu = codegen.llvm_get_system_cpu()
    target = tvm.target.Target({"kind": "llvm", "mcpu": mcpu, "num-cores": NUM_THREADS})
    work_dir = tempfile.mkdtemp(prefix=f"ms-{name}-")
    t0 = time.monotonic()
    import tvm.s_tir.tensor_intrin  # tune_tir's TuneContext imports it: 30-45 s, timed apart

    setup_s = time.monotonic() - t0
    db = ms.tune_tir(
        func, target, work_dir, max_trials_global=trials, num_trials_per_iter=per_iter,
        builder=ms.builder.LocalBuilder(f_build=_ms_build, max_workers=NUM_THREADS,
                                        timeout_sec=60.0),
        runner=ms.runner.LocalRunner(timeout_sec=30.0), seed=seed,
        num_tuning_cores=NUM_THREADS)
    wall = time.monotonic() - t0
    sch = ms.tir_integration.compile_tir(db, func, target)
    if sch is None:
        raise RuntimeError(f"MetaSchedule found no valid schedule for {name} in {trials} trials")
    fn = tvm.compile(sch.mod, target=target)["main"]
    n_records = len(db.get_all_tuning_records())
    return {"fn": fn, "wall_s": wall, "setup_s": setup_s, "mcpu": mcpu, "records": n_records,
            "tvm": tvm.__version__, "work_dir": work_dir}


# ----------------------------------------------------------------------------- tcomp side
def tcomp_tune(name: str, trials: int, seed: int, db: str) -> dict[str, Any]:
    factory, kw, space = CASES[name]
    w = autotune.Workload(factory, kw)
    res = autotune.tune(w, space=space, trials=trials, db=db, seed=seed, early_stop=None,
                        progress=False)
    rep = res.report
    return {"kernel": tc.build(res.best_schedule, res.args), "wall_s": rep.wall_s,
            "trials": rep.trials, "failed": rep.failed, "space": rep.space,
            "trials_to_10pct": rep.trials_to_10pct, "best_ms_in_db": rep.best_ms}


# ----------------------------------------------------------------------------- timing
def _inputs(name: str) -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    shapes = {"gemm": [(1024, 1024), (1024, 1024)],
              "conv": [(1, 64, 56, 56), (64, 64, 3, 3)]}[name]
    return [rng.uniform(-1, 1, s).astype(np.float32) for s in shapes]


def _flops(name: str) -> float:
    return 2.0 * 1024**3 if name == "gemm" else 2.0 * 64 * 56 * 56 * 64 * 9


def run(name: str, trials: int, per_iter: int, seed: int, db: str, rounds: int) -> dict[str, Any]:
    import tvm

    print(f"[{name}] TVM MetaSchedule, {trials} trials ...", flush=True)
    ms_res = tvm_tune(name, trials, per_iter, seed)
    print(f"[{name}] TVM tuning took {ms_res['wall_s']:.1f} s; tcomp, {trials} trials ...",
          flush=True)
    tc_res = tcomp_tune(name, trials, seed, db)
    print(f"[{name}] tcomp tuning took {tc_res['wall_s']:.1f} s; timing ...", flush=True)

    ins = _inputs(name)
    np_fn: Callable[..., np.ndarray] = (lambda a, b: a @ b) if name == "gemm" else _np_conv
    ref = np_fn(*[x.astype(np.float64) for x in ins])
    out_tc = np.zeros(ref.shape, np.float32)
    tv_ins = [tvm.runtime.tensor(x) for x in ins]
    tv_out = tvm.runtime.tensor(np.zeros(ref.shape, np.float32))
    tc_res["kernel"](*ins, out_tc)
    ms_res["fn"](*tv_ins, tv_out)
    scale = 1.0 + np.abs(ref)
    for who, got in (("tcomp", out_tc), ("tvm", tv_out.numpy()),
                     ("numpy", np_fn(*ins))):
        err = float(np.max(np.abs(got - ref) / scale))
        if err > 2e-3:
            raise AssertionError(f"{name}: {who}'s result is wrong (max rel. error {err:.3g})")

    # Interleaved rounds: tcomp first in each (OpenBLAS threads spin ~0.1 s after a call).
    times: dict[str, list[float]] = {"tcomp": [], "tvm": [], "numpy": []}
    calls = {"tcomp": (tc_res["kernel"], [*ins, out_tc]),
             "tvm": (ms_res["fn"], [*tv_ins, tv_out]),
             "numpy": (np_fn, ins)}
    for _ in range(rounds):
        for who, (fn, args) in calls.items():
            time.sleep(0.2)
            times[who].append(time_kernel(fn, args).median * 1e3)
    ms = {who: statistics.median(t) for who, t in times.items()}
    fl = _flops(name)
    row = {
        "workload": name, "trials": trials, "ms_trials_per_iter": per_iter, "seed": seed,
        "tvm_tuning_wall_s": ms_res["wall_s"], "tvm_setup_s": ms_res["setup_s"],
        "tvm_records": ms_res["records"],
        "tvm_ms": ms["tvm"], "tcomp_tuning_wall_s": tc_res["wall_s"], "tcomp_ms": ms["tcomp"],
        "tcomp_trials": tc_res["trials"], "tcomp_failed": tc_res["failed"],
        "tcomp_space": tc_res["space"], "tcomp_trials_to_10pct": tc_res["trials_to_10pct"],
        "numpy_ms": ms["numpy"], "ms_all": times,
        "tcomp_vs_numpy": ms["numpy"] / ms["tcomp"], "tvm_vs_numpy": ms["numpy"] / ms["tvm"],
        "tcomp_vs_tvm": ms["tvm"] / ms["tcomp"],
        "tuning_time_tvm_over_tcomp": ms_res["wall_s"] / tc_res["wall_s"],
        "gflops": {who: fl / (t * 1e-3) / 1e9 for who, t in ms.items()},
        "pct_of_peak": {who: 100 * fl / (t * 1e-3) / 1e9 / PEAK_GFLOPS for who, t in ms.items()},
        "target": {"kind": "llvm", "mcpu": ms_res["mcpu"], "num-cores": NUM_THREADS},
        "tvm_version": ms_res["tvm"], "python": platform.python_version(),
    }
    return row


def _print(row: dict[str, Any]) -> None:
    g, p = row["gflops"], row["pct_of_peak"]
    print(f"\n== {row['workload']}: {row['trials']} trials each "
          f"(MetaSchedule {row['ms_trials_per_iter']} per round), target mcpu "
          f"{row['target']['mcpu']}, {NUM_THREADS} threads")
    print(f"{'':<8} {'tuning s':>9} {'ms':>8} {'GFLOP/s':>8} {'% peak':>7} {'vs numpy':>9}")
    for who, wall in (("tvm", row["tvm_tuning_wall_s"]), ("tcomp", row["tcomp_tuning_wall_s"]),
                      ("numpy", None)):
        ms = row[f"{who}_ms"]
        w = f"{wall:9.1f}" if wall is not None else f"{'-':>9}"
        print(f"{who:<8} {w} {ms:8.2f} {g[who]:8.1f} {p[who]:6.1f}% "
              f"{row['numpy_ms'] / ms:8.2f}x")
    print(f"TVM's tuning time includes {row['tvm_setup_s']:.1f} s of one-time set-up (importing "
          "tvm.s_tir.tensor_intrin, as tune_tir does)")
    print(f"tcomp vs TVM: {row['tcomp_vs_tvm']:.2f}x faster kernel, "
          f"{row['tuning_time_tvm_over_tcomp']:.2f}x less tuning time")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--trials", type=int, default=64)
    p.add_argument("--only", default="gemm", help="comma list of gemm, conv")
    p.add_argument("--per-iter", type=int, default=64,
                   help="MetaSchedule candidates per search round, its cost model retrained "
                   "between rounds (default: tune_tir's own, 64; at 64 trials, 16 gave TVM a "
                   "slower kernel in longer tuning here)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds")
    p.add_argument("--db", default=None, help="tcomp tuning database (default: a fresh one)")
    p.add_argument("--out", default=None, help="JSON path (default: benchmarks/results/...)")
    a = p.parse_args()
    names = a.only.split(",")
    for n in names:
        if n not in ("gemm", "conv"):
            p.error(f"--only: unknown workload {n!r}; choose from gemm, conv")
    db = a.db or os.path.join(tempfile.mkdtemp(prefix="ms-bench-"), "tcomp.db")
    rows = []
    for n in names:
        rows.append(run(n, a.trials, a.per_iter, a.seed, db, a.rounds))
        _print(rows[-1])
    out = Path(a.out) if a.out else RESULTS / (
        f"metaschedule_{'_'.join(names)}_{a.trials}t_{time.strftime('%Y%m%d-%H%M%S')}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=1))
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
