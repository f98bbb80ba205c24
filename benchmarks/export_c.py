"""An exported model run from C against the same kernels run from Python (issue 12).

The small CNN of ``train_step.py`` (conv16, pool, conv32, pool, linear; 16x16 inputs), in
inference, at batch 64 and 1, is exported with ``tcomp.nn.export`` (the tuned kernels where
``--db`` has records; ``--tune SECONDS`` tunes the forward's kernels into it first) and timed
four ways, in interleaved rounds:

- ``c``: ``<p>_run`` called in a loop by a C driver (the system ``cc -O2``, no Python in the
  process), each call timed with ``clock_gettime``;
- ``py_kernels``: the kernels the forward launches, in its order, on preallocated arrays,
  through their bare ctypes entry points (``CompiledKernel.unchecked_entry``);
- ``py_kernels_checked``: the same through ``CompiledKernel.__call__`` (argument checks);
- ``py_forward``: ``model(x)`` in tcomp.nn (eval, ``no_grad``), outputs allocated per call.

Each figure is the median per call over every round's median. ``c / py_kernels`` is the
median of the per-round ratios; ``py_kernels`` minus the launches' ctypes call cost (a 1-element
kernel's bare call, timed here) is the kernels' own time from Python, which the C library
should match within 10%. The library's output is checked against tcomp.nn's to 1e-5 first.

Run: PYTHONPATH=. .venv/bin/python benchmarks/export_c.py [--batches 64,1] [--rounds 7]
     [--db model.db [--tune 300]] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

os.environ.setdefault("TCOMP_NUM_THREADS", "2")  # before tcomp reads its configuration

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import peak

import tcomp as tc
from tcomp import nn
from tcomp.nn import kernels

THREADS = int(os.environ["TCOMP_NUM_THREADS"])

# argv: warm-up calls, timed calls, threads, input file, output file. Prints the median,
# 10th percentile and mean of the timed calls in seconds. PFX/pfx: the export's prefix.
DRIVER = r"""
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "pfx.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}
static int cmp(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

int main(int argc, char** argv) {
    static const int64_t in_shape[] = {IN_SHAPE}, out_shape[] = {OUT_SHAPE};
    if (argc < 6) return 10;
    int warmup = atoi(argv[1]), n = atoi(argv[2]);
    pfx_set_num_threads(atoi(argv[3]));
    float* x = aligned_alloc(64, 64 * ((PFX_INPUT0_NUMEL * 4 + 63) / 64));
    float* y = aligned_alloc(64, 64 * ((PFX_OUTPUT0_NUMEL * 4 + 63) / 64));
    double* t = malloc(sizeof(double) * (size_t)n);
    FILE* f = fopen(argv[4], "rb");
    if (!x || !y || !t || !f || fread(x, 4, PFX_INPUT0_NUMEL, f) != PFX_INPUT0_NUMEL) return 11;
    fclose(f);
    pfx_model* m = NULL;
    if (pfx_create(&m, NULL)) { fprintf(stderr, "%s\n", pfx_last_error()); return 12; }
    for (int i = 0; i < warmup; i++) {
        if (pfx_run(m, x, in_shape, y, out_shape)) {
            fprintf(stderr, "%s\n", pfx_last_error());
            return 13;
        }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
        double t0 = now();
        pfx_run(m, x, in_shape, y, out_shape);
        t[i] = now() - t0;
        sum += t[i];
    }
    qsort(t, (size_t)n, sizeof(double), cmp);
    printf("%.9g %.9g %.9g\n", t[n / 2], t[n / 10], sum / n);
    f = fopen(argv[5], "wb");
    fwrite(y, 4, PFX_OUTPUT0_NUMEL, f);
    fclose(f);
    pfx_destroy(m);
    return 0;
}
"""


def cnn() -> nn.Module:
    """``train_step.py``'s CNN, same seeds."""
    return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, seed=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 3, padding=1, seed=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 4 * 4, 10, seed=3))


def machine() -> dict[str, Any]:
    """CPU model, the ISA tcomp compiles for, threads."""
    name = peak.cpu_model()
    host = tc.Target.host()
    vec = [f for f in ("avx512f", "avx2", "fma", "neon", "sve") if f in host.feature_set]
    # The library's pool never binds its workers to CPUs; tcomp's in-process pool does
    # unless TCOMP_BIND_THREADS=0, which matters on a loaded machine.
    return {"cpu": name, "llvm_cpu": host.cpu, "isa": f"{platform.machine()} "
            f"{'+'.join(vec) or 'scalar'}", "threads": THREADS, "cores": os.cpu_count(),
            "python_pool_binds_cpus": tc.config.get().bind_threads}


def build_driver(tmp: str, info: Any) -> str:
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        raise SystemExit("export_c.py needs a C compiler (cc, gcc or clang) on PATH")
    src = os.path.join(tmp, f"{info.prefix}_driver.c")
    with open(src, "w") as f:
        f.write(DRIVER.replace("PFX", info.prefix.upper()).replace("pfx", info.prefix)
                .replace("IN_SHAPE", ", ".join(map(str, info.inputs[0][0])))
                .replace("OUT_SHAPE", ", ".join(map(str, info.outputs[0][0]))))
    exe = os.path.join(tmp, f"{info.prefix}_driver")
    lib_dir = os.path.dirname(info.library)
    subprocess.run([cc, "-std=c11", "-O2", "-Wall", "-Werror", f"-I{lib_dir}", src, "-o", exe,
                    info.library, f"-Wl,-rpath,{lib_dir}"], check=True)
    return exe


def run_c(exe: str, tmp: str, calls: int) -> tuple[float, np.ndarray]:
    """The median seconds per call of one driver run, and its output."""
    x_bin, y_bin = os.path.join(tmp, "x.bin"), os.path.join(tmp, "y.bin")
    r = subprocess.run([exe, str(max(5, calls // 5)), str(calls), str(THREADS), x_bin, y_bin],
                       capture_output=True, text=True, timeout=600)
    if r.returncode:
        raise SystemExit(f"the C driver failed ({r.returncode}): {r.stderr.strip()}")
    return float(r.stdout.split()[0]), np.fromfile(y_bin, np.float32)


def timed(fn: Any, calls: int) -> float:
    """Median seconds per call of ``fn()`` (after a fifth as many warm-up calls)."""
    for _ in range(max(5, calls // 5)):
        fn()
    t = np.empty(calls)
    for i in range(calls):
        t0 = time.perf_counter()
        fn()
        t[i] = time.perf_counter() - t0
    return float(np.median(t))


def replay(launches: list[Any], checked: bool) -> Any:
    """A forward as the recorded launches on their own (kept, so preallocated) arrays."""
    steps = []
    for k, ins, outs in launches:
        arrays = [*ins, *outs]
        entry = None if checked or k.func.dim_vars else k.unchecked_entry
        if entry is None:
            steps.append((k, tuple(arrays)))
        else:
            steps.append((entry, tuple(a.ctypes.data for a in arrays)))

    def run() -> None:
        for fn, args in steps:
            fn(*args)
    return run


def call_floor() -> float:
    """Seconds of one bare ctypes call of a kernel that does (almost) nothing."""
    A = tc.placeholder((1,), name="A")
    B = tc.compute((1,), lambda i: A[i] + 1.0, name="B")
    k = tc.build(tc.create_schedule(B), [A, B], name="bench_floor")
    a, b = tc.empty((1,), np.float32), tc.empty((1,), np.float32)
    entry, pa, pb = k.unchecked_entry, a.ctypes.data, b.ctypes.data
    return timed(lambda: entry(pa, pb), 20000)


def bench_batch(batch: int, rounds: int, tmp: str, floor: float) -> dict[str, Any]:
    model = cnn()
    model.eval()
    x = tc.empty((batch, 1, 16, 16), np.float32)
    x[...] = np.random.default_rng(batch).standard_normal(x.shape)
    xt = nn.Tensor(x)
    info = nn.export(model, x, os.path.join(tmp, f"cnn{batch}"), prefix=f"cnn{batch}")
    exe = build_driver(tmp, info)
    x.tofile(os.path.join(tmp, "x.bin"))

    def forward() -> None:
        with nn.no_grad():
            model(xt).data  # noqa: B018 (computes a lazy output)

    launches: list[Any] = []
    with nn.no_grad(), kernels.recording(launches):
        want = model(xt).numpy().copy()
    contenders = {"py_kernels": replay(launches, False),
                  "py_kernels_checked": replay(launches, True), "py_forward": forward}
    estimate = timed(contenders["py_kernels"], 5)
    calls = int(min(2000, max(30, 0.25 / max(estimate, 1e-6))))
    _, got = run_c(exe, tmp, 5)
    np.testing.assert_allclose(got.reshape(want.shape), want, rtol=1e-5, atol=1e-5,
                               err_msg="the exported library's output differs from tcomp.nn's")
    per_round: dict[str, list[float]] = {k: [] for k in ("c", *contenders)}
    for r in range(rounds):
        order = ["c", *contenders]
        for name in order if r % 2 == 0 else order[::-1]:
            time.sleep(0.2)  # the other contender's pool workers stop spinning
            if name == "c":
                per_round["c"].append(run_c(exe, tmp, calls)[0])
            else:
                per_round[name].append(timed(contenders[name], calls))
    med = {k: float(np.median(v)) for k, v in per_round.items()}
    n = len(launches)
    ratios = [c / p for c, p in zip(per_round["c"], per_round["py_kernels"], strict=True)]
    own = [c / (p - n * floor) for c, p in zip(per_round["c"], per_round["py_kernels"],
                                                 strict=True)]
    return {"batch": batch, "kernels": n, "calls_per_round": calls, "rounds": rounds,
            "ms": {k: v * 1e3 for k, v in med.items()},
            "c_over_py_kernels": float(np.median(ratios)),
            "c_over_py_kernels_less_call_cost": float(np.median(own)),
            "c_over_py_forward": float(np.median([c / p for c, p in zip(
                per_round["c"], per_round["py_forward"], strict=True)])),
            "schedules": dict(zip(info.kernels, info.schedules, strict=True))}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batches", default="64,1", help="comma-separated batch sizes")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--db", default=None, help="tuning database whose records the kernels "
                    "use (autotune.use_database); default: none, the automatic schedules")
    ap.add_argument("--tune", type=float, default=0.0, metavar="SECONDS",
                    help="with --db: tune each batch's forward kernels this long first")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    if args.tune and not args.db:
        ap.error("--tune needs --db (where the records go)")
    batches = [int(b) for b in args.batches.split(",")]
    if args.db:
        from autotune import use_database

        use_database(args.db)
        for b in batches if args.tune else []:
            model, xt = cnn(), nn.Tensor(np.zeros((b, 1, 16, 16), np.float32))
            model.eval()

            def fwd(model: Any = model, xt: Any = xt) -> None:
                with nn.no_grad():
                    model(xt).data  # noqa: B018

            print(f"batch {b}: tuning {args.tune:.0f} s\n"
                  f"{nn.tune(fwd, budget_s=args.tune, db=args.db, progress=False)}\n",
                  flush=True)
    res: dict[str, Any] = {"machine": machine(), "db": args.db}
    from train_step import machine_idle

    res["machine_idle_before"] = machine_idle()
    print(f"{res['machine']}\nmachine idle before: {res['machine_idle_before']}")
    floor = call_floor()
    res["ctypes_call_us"] = floor * 1e6
    with tempfile.TemporaryDirectory(prefix="tcomp-export-bench-") as tmp:
        res["batches"] = [bench_batch(b, args.rounds, tmp, floor) for b in batches]
    print(f"bare ctypes call of a kernel: {floor * 1e6:.2f} us")
    print("batch | kernels | C API | py kernels | py kernels checked | py forward | "
          "C / py kernels | C / (py kernels - calls) | C / py forward   (ms per call)")
    for r in res["batches"]:
        ms = r["ms"]
        print(f"{r['batch']:5d} | {r['kernels']:7d} | {ms['c']:.4f} | {ms['py_kernels']:.4f} | "
              f"{ms['py_kernels_checked']:.4f} | {ms['py_forward']:.4f} | "
              f"{r['c_over_py_kernels']:.3f} | {r['c_over_py_kernels_less_call_cost']:.3f} | "
              f"{r['c_over_py_forward']:.3f}")
    for r in res["batches"]:
        print(f"batch {r['batch']} kernels: " + ", ".join(
            f"{k} ({'tuned' if v.startswith('tuning record') else 'default'})"
            for k, v in r["schedules"].items()))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
