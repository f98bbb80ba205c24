"""Throughput of tcomp's inline vector math (codegen/llvm/intrinsics.py) against numpy (benchmarks).

Run from the repository root: ``python3 benchmarks/vecmath.py [--n 65536] [--json out.json]``.
Each function is a kernel ``f(in..., out, n)`` looping over 16-float / 8-double vectors,
built with llvmlite at O3 for the host CPU; one thread. numpy writes into a preallocated
output (``out=``) so both sides do the same memory traffic. Prints ns per element, median of
``--repeat`` timed calls after warm-up, and the numpy/tcomp ratio (> 1: tcomp is faster).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
import time
from collections.abc import Callable

import llvmlite.binding as llvm
import numpy as np
from llvmlite import ir

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tcomp.codegen.llvm.intrinsics import emit_pow, emit_unary
from tcomp.ir.expr import Op

I64 = ir.IntType(64)
PTR = ir.PointerType()
FT = {np.float32: ir.FloatType(), np.float64: ir.DoubleType()}
WIDTH = {np.float32: 16, np.float64: 8}
FUNCS = ["exp", "log", "tanh", "sigmoid", "erf", "pow"]


def _kernel(module: ir.Module, name: str, dtype: type, nin: int,
            emit: Callable[[ir.IRBuilder, list[ir.Value]], ir.Value]) -> None:
    ft, w = FT[dtype], WIDTH[dtype]
    vt, align = ir.VectorType(ft, w), np.dtype(dtype).itemsize
    fn = ir.Function(module, ir.FunctionType(ir.VoidType(), [PTR] * (nin + 1) + [I64]), name)
    *ins, out, n = fn.args
    entry, cond, body, tcond, tbody, done = (fn.append_basic_block() for _ in range(6))
    b = ir.IRBuilder(entry)
    b.branch(cond)
    b.position_at_end(cond)
    i = b.phi(I64)
    i.add_incoming(ir.Constant(I64, 0), entry)
    b.cbranch(b.icmp_signed("<=", b.add(i, ir.Constant(I64, w)), n), body, tcond)
    b.position_at_end(body)
    args = [b.load(b.gep(p, [i], source_etype=ft), typ=vt, align=align) for p in ins]
    b.store(emit(b, args), b.gep(out, [i], source_etype=ft), align=align)
    i.add_incoming(b.add(i, ir.Constant(I64, w)), body)
    b.branch(cond)
    b.position_at_end(tcond)
    j = b.phi(I64)
    j.add_incoming(i, cond)
    b.cbranch(b.icmp_signed("<", j, n), tbody, done)
    b.position_at_end(tbody)
    args = [b.load(b.gep(p, [j], source_etype=ft), typ=ft, align=align) for p in ins]
    b.store(emit(b, args), b.gep(out, [j], source_etype=ft), align=align)
    j.add_incoming(b.add(j, ir.Constant(I64, 1)), tbody)
    b.branch(tcond)
    b.position_at_end(done)
    b.ret_void()


def build(dtype: type) -> tuple[object, dict[str, Callable[..., None]]]:
    """Compile every function, accurate and fast-math, for ``dtype``; returns the engine
    (keep it alive) and name -> ctypes function."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = ir.Module()
    module.triple = llvm.get_process_triple()
    names = []
    for fast in (False, True):
        for f in FUNCS:
            name = f"{f}{'_fast' if fast else ''}"
            names.append(name)
            if f == "pow":
                _kernel(module, name, dtype, 2, lambda b, a, fast=fast: emit_pow(b, *a, fast))
            else:
                op = Op(f)
                _kernel(module, name, dtype, 1,
                        lambda b, a, op=op, fast=fast: emit_unary(b, op, a[0], fast))
    tm = llvm.Target.from_triple(module.triple).create_target_machine(
        cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(), opt=3)
    mod = llvm.parse_assembly(str(module))
    mod.verify()
    pb = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=3))
    pb.getModulePassManager().run(mod, pb)
    engine = llvm.create_mcjit_compiler(mod, tm)
    engine.finalize_object()
    fns = {}
    for name in names:
        nargs = 3 if name.startswith("pow") else 2
        proto = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * nargs, ctypes.c_int64)
        fns[name] = proto(engine.get_function_address(name))
    return engine, fns


def _time(call: Callable[[], object], repeat: int) -> float:
    for _ in range(3):
        call()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        ts.append(time.perf_counter() - t0)
    return float(np.median(ts))


def _numpy_impls() -> dict[str, Callable[..., object]]:
    def sigmoid(x: np.ndarray, out: np.ndarray) -> None:
        np.negative(x, out=out)
        np.exp(out, out=out)
        out += 1
        np.reciprocal(out, out=out)

    impls: dict[str, Callable[..., object]] = {
        "exp": lambda x, out: np.exp(x, out=out), "log": lambda x, out: np.log(x, out=out),
        "tanh": lambda x, out: np.tanh(x, out=out), "sigmoid": sigmoid,
        "pow": lambda x, y, out: np.power(x, y, out=out)}
    try:
        from scipy.special import erf  # optional: numpy has no erf

        impls["erf"] = lambda x, out: erf(x, out=out)
    except ImportError:
        pass
    return impls


def run(n: int, repeat: int) -> list[dict[str, object]]:
    rng = np.random.default_rng(0)
    rows = []
    impls = _numpy_impls()
    with np.errstate(all="ignore"):
        for dtype in (np.float32, np.float64):
            _engine, fns = build(dtype)
            x = rng.uniform(-5, 5, n).astype(dtype)
            xp = rng.uniform(0.01, 5, n).astype(dtype)
            y = rng.uniform(-4, 4, n).astype(dtype)
            out = np.empty_like(x)
            for f in FUNCS:
                ins = [xp, y] if f == "pow" else [xp if f == "log" else x]
                ptrs = [a.ctypes.data for a in ins] + [out.ctypes.data]
                row: dict[str, object] = {"func": f, "dtype": np.dtype(dtype).name, "n": n}
                for variant in (f, f"{f}_fast"):
                    fn = fns[variant]
                    t = _time(lambda fn=fn, ptrs=ptrs: fn(*ptrs, n), repeat)
                    row["tcomp_fast_ns" if variant.endswith("_fast") else "tcomp_ns"] = t / n * 1e9
                t_np = (_time(lambda f=f, ins=ins, o=out: impls[f](*ins, out=o), repeat)
                        if f in impls else None)
                row["numpy_ns"] = None if t_np is None else t_np / n * 1e9
                row["numpy_over_tcomp"] = None if t_np is None else t_np * 1e9 / n / row["tcomp_ns"]
                rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1 << 16, help="elements per call")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--json", help="write the rows to this file")
    args = ap.parse_args()
    rows = run(args.n, args.repeat)
    print(f"{'func':8} {'dtype':8} {'tcomp ns/el':>11} {'fast ns/el':>10} {'numpy ns/el':>11} "
          f"{'numpy/tcomp':>11}")
    for r in rows:
        npn = "-" if r["numpy_ns"] is None else f"{r['numpy_ns']:.3f}"
        ratio = "-" if r["numpy_over_tcomp"] is None else f"{r['numpy_over_tcomp']:.2f}"
        print(f"{r['func']:8} {r['dtype']:8} {r['tcomp_ns']:11.3f} {r['tcomp_fast_ns']:10.3f} "
              f"{npn:>11} {ratio:>11}")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
