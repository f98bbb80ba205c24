"""Inference of imported ONNX models: onnxruntime, tcomp.onnx.load node by node, and the
compiled forward (``OnnxModule.compile``, one call into machine code), issue 12. The
compiled forward runs twice: reading the parameters live, and frozen (``freeze=True``: the
parameters are constants, as onnxruntime holds initializers, so a Gemm's weight is laid
out for its kernel once, when compiling).

Two models are built with ``onnx.helper`` (random weights, a symbolic batch ``N``) and
written to ONNX files, which each contender loads:

- ``cnn``: Conv 3->16 3x3 pad 1, Relu, MaxPool 2, Conv 16->32 3x3 pad 1, Relu, MaxPool 2,
  Flatten, Gemm 2048->10, on 3x32x32 inputs;
- ``mlp``: Gemm 784->256, Relu, Gemm 256->256, Relu, Gemm 256->10;
- ``block``: a pre-norm transformer block on 32 tokens of width 64 (opset 20):
  LayerNormalization, one MatMul for q, k and v, 4 heads split by Reshape/Transpose/Gather,
  attention as MatMul, Mul by 1/sqrt(16), Softmax and MatMul, the output projection and a
  residual Add; LayerNormalization, MatMul 64->256, Gelu, MatMul 256->64 and a residual Add.

At each batch (1, 32 and 64 by default) and in interleaved rounds (the order reversed every
other round), each contender runs the same input ``calls`` times; its figure for the round
is the median per call, and the table gives the median over rounds. The ratios are medians
of the per-round ratios: ``ort / compiled`` above 1 means the compiled forward is faster
than onnxruntime. Threads: onnxruntime ``intra_op_num_threads`` = 2 (one inter-op thread),
tcomp ``TCOMP_NUM_THREADS`` = 2 unless set. Every contender allocates its outputs. Outputs
are checked against onnxruntime's (1e-4) before any timing.

tcomp's kernels are the automatic schedules, or with ``--db model.db`` that database's
records; ``--tune SECONDS`` first tunes each model's forward at each batch into it
(``tcomp.nn.tune``), and the forward is compiled after that.

Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE PYTHONPATH=. .venv/bin/python \\
         benchmarks/onnx_infer.py [--batches 1,32,64] [--rounds 7] [--models cnn,mlp,block]
         [--db model.db [--tune 120]] [--json out]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from typing import Any

os.environ.setdefault("TCOMP_NUM_THREADS", "2")  # before tcomp reads its configuration

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from export_c import machine, timed
from train_step import machine_idle

import tcomp.onnx as tonnx
from tcomp import nn

THREADS = int(os.environ["TCOMP_NUM_THREADS"])


def _model(nodes: list[Any], inits: dict[str, np.ndarray], shape: list[Any], out: list[Any],
           name: str, opset: int = 17) -> Any:
    import onnx

    h, nh = onnx.helper, onnx.numpy_helper
    g = h.make_graph(nodes, name, [h.make_tensor_value_info("x", onnx.TensorProto.FLOAT, shape)],
                     [h.make_tensor_value_info("y", onnx.TensorProto.FLOAT, out)],
                     [nh.from_array(v, k) for k, v in inits.items()])
    return h.make_model(g, opset_imports=[h.make_opsetid("", opset)], ir_version=8)


def _weights(rng: np.random.Generator, shapes: dict[str, tuple[int, ...]]
             ) -> dict[str, np.ndarray]:
    """He-scaled weights (fan-in: every axis but the first), small biases."""
    return {k: (rng.standard_normal(s) * (np.sqrt(2.0 / np.prod(s[1:])) if len(s) > 1 else 0.1)
                ).astype(np.float32) for k, s in shapes.items()}


def cnn() -> tuple[Any, tuple[int, ...]]:
    from onnx import helper as h

    w = _weights(np.random.default_rng(1), {"c1.w": (16, 3, 3, 3), "c1.b": (16,),
                                            "c2.w": (32, 16, 3, 3), "c2.b": (32,),
                                            "fc.w": (10, 2048), "fc.b": (10,)})
    pool = {"kernel_shape": [2, 2], "strides": [2, 2]}
    nodes = [h.make_node("Conv", ["x", "c1.w", "c1.b"], ["c1"], pads=[1, 1, 1, 1]),
             h.make_node("Relu", ["c1"], ["r1"]), h.make_node("MaxPool", ["r1"], ["p1"], **pool),
             h.make_node("Conv", ["p1", "c2.w", "c2.b"], ["c2"], pads=[1, 1, 1, 1]),
             h.make_node("Relu", ["c2"], ["r2"]), h.make_node("MaxPool", ["r2"], ["p2"], **pool),
             h.make_node("Flatten", ["p2"], ["f"]),
             h.make_node("Gemm", ["f", "fc.w", "fc.b"], ["y"], transB=1)]
    return _model(nodes, w, ["N", 3, 32, 32], ["N", 10], "cnn"), (3, 32, 32)


def mlp() -> tuple[Any, tuple[int, ...]]:
    from onnx import helper as h

    w = _weights(np.random.default_rng(2), {"w1": (256, 784), "b1": (256,), "w2": (256, 256),
                                            "b2": (256,), "w3": (10, 256), "b3": (10,)})
    nodes = [h.make_node("Gemm", ["x", "w1", "b1"], ["h1"], transB=1),
             h.make_node("Relu", ["h1"], ["r1"]),
             h.make_node("Gemm", ["r1", "w2", "b2"], ["h2"], transB=1),
             h.make_node("Relu", ["h2"], ["r2"]),
             h.make_node("Gemm", ["r2", "w3", "b3"], ["y"], transB=1)]
    return _model(nodes, w, ["N", 784], ["N", 10], "mlp"), (784,)


def block(seq: int = 32, d: int = 64, heads: int = 4, hidden: int = 256
          ) -> tuple[Any, tuple[int, ...]]:
    from onnx import helper as h

    w = _weights(np.random.default_rng(3), {"qkv.w": (d, 3 * d), "qkv.b": (3 * d,),
                                            "o.w": (d, d), "o.b": (d,), "f1.w": (d, hidden),
                                            "f1.b": (hidden,), "f2.w": (hidden, d),
                                            "f2.b": (d,)})
    dh = d // heads
    w.update({f"ln{k}.{p}": np.full(d, float(p == "w"), np.float32) for k in (1, 2)
              for p in "wb"})
    w.update({"heads": np.array([0, 0, 3, heads, dh], np.int64),
              "width": np.array([0, 0, d], np.int64),
              "scale": np.array(1 / np.sqrt(dh), np.float32)})
    w.update({f"i{k}": np.array(k, np.int64) for k in range(3)})
    n = h.make_node
    nodes = [n("LayerNormalization", ["x", "ln1.w", "ln1.b"], ["ln1"], axis=-1),
             n("MatMul", ["ln1", "qkv.w"], ["qkv0"]), n("Add", ["qkv0", "qkv.b"], ["qkv"]),
             n("Reshape", ["qkv", "heads"], ["qkv5"]),  # [N, seq, 3, heads, dh]
             n("Transpose", ["qkv5"], ["t"], perm=[2, 0, 3, 1, 4]),
             *(n("Gather", ["t", f"i{k}"], [v], axis=0) for k, v in enumerate("qkv")),
             n("Transpose", ["k"], ["kt"], perm=[0, 1, 3, 2]), n("MatMul", ["q", "kt"], ["s0"]),
             n("Mul", ["s0", "scale"], ["s"]), n("Softmax", ["s"], ["p"], axis=-1),
             n("MatMul", ["p", "v"], ["a"]), n("Transpose", ["a"], ["a2"], perm=[0, 2, 1, 3]),
             n("Reshape", ["a2", "width"], ["a3"]), n("MatMul", ["a3", "o.w"], ["o0"]),
             n("Add", ["o0", "o.b"], ["o"]), n("Add", ["x", "o"], ["r"]),
             n("LayerNormalization", ["r", "ln2.w", "ln2.b"], ["ln2"], axis=-1),
             n("MatMul", ["ln2", "f1.w"], ["f0"]), n("Add", ["f0", "f1.b"], ["f"]),
             n("Gelu", ["f"], ["g"]), n("MatMul", ["g", "f2.w"], ["m0"]),
             n("Add", ["m0", "f2.b"], ["m"]), n("Add", ["r", "m"], ["y"])]
    return _model(nodes, w, ["N", seq, d], ["N", seq, d], "block", opset=20), (seq, d)


MODELS = {"cnn": cnn, "mlp": mlp, "block": block}


def bench(name: str, path: str, shape: tuple[int, ...], batch: int, rounds: int,
          tune_s: float = 0.0, db: str | None = None) -> dict[str, Any]:
    import onnxruntime as ort

    x = np.random.default_rng(batch).standard_normal((batch, *shape)).astype(np.float32)
    if tune_s:
        m = tonnx.load(path)
        m.eval()

        def fwd() -> None:
            with nn.no_grad():
                m(x).numpy()

        print(f"{name} batch {batch}: tuning {tune_s:.0f} s\n"
              f"{nn.tune(fwd, budget_s=tune_s, db=db, progress=False)}\n", flush=True)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = THREADS
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    m = tonnx.load(path)
    m.eval()
    t0 = time.perf_counter()
    compiled = m.compile(x)
    compile_s = time.perf_counter() - t0
    frozen = m.compile(x, freeze=True)

    def forward() -> Any:
        with nn.no_grad():
            return m(x).numpy()

    contenders = {"ort": lambda: sess.run(None, {"x": x})[0], "forward": forward,
                  "compiled": lambda: compiled(x).numpy(), "frozen": lambda: frozen(x).numpy()}
    want = contenders["ort"]()
    for k in ("forward", "compiled", "frozen"):
        np.testing.assert_allclose(contenders[k](), want, rtol=1e-4, atol=1e-4,
                                   err_msg=f"{name} batch {batch}: tcomp {k} differs from ort")
    estimate = max(timed(contenders["forward"], 5), 1e-6)
    calls = int(min(3000, max(30, 0.3 / estimate)))
    per_round: dict[str, list[float]] = {k: [] for k in contenders}
    for r in range(rounds):
        order = list(contenders)
        for k in order if r % 2 == 0 else order[::-1]:
            time.sleep(0.2)  # the last contender's pool threads stop spinning
            per_round[k].append(timed(contenders[k], calls))

    def ratio(a: str, b: str) -> float:
        return float(np.median([p / q for p, q in zip(per_round[a], per_round[b],
                                                      strict=True)]))

    return {"model": name, "batch": batch, "rounds": rounds, "calls_per_round": calls,
            "kernels": len(compiled.kernels), "nodes": len(m.program),
            "compile_s": compile_s,
            "ms": {k: float(np.median(v)) * 1e3 for k, v in per_round.items()},
            "ms_rounds": {k: [t * 1e3 for t in v] for k, v in per_round.items()},
            "ort_over_compiled": ratio("ort", "compiled"),
            "ort_over_frozen": ratio("ort", "frozen"),
            "ort_over_forward": ratio("ort", "forward"),
            "forward_over_compiled": ratio("forward", "compiled")}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batches", default="1,32,64", help="comma-separated batch sizes")
    ap.add_argument("--models", default="cnn,mlp,block",
                    help=f"comma-separated, of {list(MODELS)}")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--db", default=None, help="tuning database whose records the kernels "
                    "use (autotune.use_database); default: none, the automatic schedules")
    ap.add_argument("--tune", type=float, default=0.0, metavar="SECONDS",
                    help="with --db: tune each model's forward at each batch this long first")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    if args.tune and not args.db:
        ap.error("--tune needs --db (where the records go)")
    import onnx
    import onnxruntime as ort

    if args.db:
        from autotune import use_database

        use_database(args.db)
    res: dict[str, Any] = {"machine": machine(), "onnxruntime": ort.__version__,
                           "ort_threads": THREADS, "db": args.db, "tune_s": args.tune}
    res["machine_idle_before"] = machine_idle()
    print(f"{res['machine']}\nonnxruntime {ort.__version__}, {THREADS} threads each; machine "
          f"idle before: {res['machine_idle_before']}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="tcomp-onnx-bench-") as tmp:
        for name in args.models.split(","):
            model, shape = MODELS[name]()
            path = os.path.join(tmp, f"{name}.onnx")
            onnx.save(model, path)
            for b in (int(b) for b in args.batches.split(",")):
                rows.append(bench(name, path, shape, b, args.rounds, args.tune, args.db))
                r = rows[-1]
                print(f"{name} batch {b}: {r['nodes']} nodes, {r['kernels']} kernels, "
                      f"compiled in {r['compile_s']:.2f} s", flush=True)
    res["results"] = rows
    print("model | batch | onnxruntime | tcomp node by node | tcomp compiled | compiled, frozen | "
          "ort / compiled | ort / frozen | ort / node by node | node by node / compiled   "
          "(ms per call)")
    for r in rows:
        ms = r["ms"]
        print(f"{r['model']:5s} | {r['batch']:5d} | {ms['ort']:.4f} | {ms['forward']:.4f} | "
              f"{ms['compiled']:.4f} | {ms['frozen']:.4f} | {r['ort_over_compiled']:.2f}x | "
              f"{r['ort_over_frozen']:.2f}x | {r['ort_over_forward']:.2f}x | "
              f"{r['forward_over_compiled']:.1f}x")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    return res


if __name__ == "__main__":
    main()
