"""The automatic GPU space (autotune.space_gpu): random valid configs of matmul, softmax,
conv2d and capsule routing build for cuda, assemble with ptxas for sm_80 and sm_90, stay
within the target's thread and shared-memory limits, and emulate to the reference
evaluator's result; make_space and tune() pick it for a cuda target."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import autotune
import tcomp as tc
from autotune import workloads as W
from autotune.measure import MeasureResult
from autotune.space import AutoSpace, make_space
from autotune.space_gpu import GPUAutoSpace, GPUSpaceError
from tcomp.codegen.cuda.ptx import compile_ptx
from tcomp.codegen.target import Target
from tcomp.dsl import evaluate
from tcomp.errors import GPUScheduleError

SMALL = {
    "matmul": {"n": 16, "m": 12, "k": 8},
    "softmax": {"n": 4, "m": 16},
    "conv2d": {"c": 2, "k": 4, "size": 4},
    "capsule_routing": {"batch": 1, "in_caps": 4, "out_caps": 2, "in_dim": 2, "out_dim": 4,
                        "iterations": 2},
}
# Configs per workload in the default run (seeds first, then seeded random ones): building
# the dozen kernels of capsule routing is what costs.
SAMPLES = {"matmul": 3, "softmax": 2, "conv2d": 1, "capsule_routing": 1}


def _space(name: str, target: str = "cuda", **kw):
    outs, args = getattr(W, name)(**(kw or SMALL[name]))
    return GPUAutoSpace(outs, args, target), outs, args


def _configs(sp, n: int, seed: int) -> list[dict]:
    """``n`` configs: the space's seeds first, then seeded random ones."""
    rng = random.Random(seed)
    out = sp.seeds()[:n]
    return out + [sp.random(rng) for _ in range(n - len(out))]


def _check(sp, cfg, outs, args, target: str = "cuda", seed: int = 0):
    """Build ``cfg`` for ``target``: launch limits and shared bytes as valid() computed them,
    and the emulated outputs equal the evaluator's. Returns the kernel."""
    assert sp.valid(cfg), sp.why_invalid(cfg)
    f = tc.build(sp.apply(cfg), args, target=target)
    tgt = Target.parse(target)
    shared = 0
    for k in f.program.kernels:
        la = k.attrs["launch"]
        assert math.prod(la["block"]) <= tgt.max_threads_per_block
        assert la["shared_bytes"] <= tgt.max_shared_memory
        shared += la["shared_bytes"]
    assert shared == sum(sp.shared_bytes(op, cfg) for op in sp.kernels(cfg))
    assert len(f.program.kernels) == len(sp.kernels(cfg))
    rng = np.random.default_rng(seed)
    ins_t = [a for a in args if not any(a is o for o in outs)]
    ins = [rng.standard_normal([int(d.value) for d in t.shape]).astype(t.dtype.np)
           for t in ins_t]
    res = [np.zeros([int(d.value) for d in o.shape], o.dtype.np) for o in outs]
    ref = evaluate(outs, ins, params=ins_t)
    f.emulate(*ins, *res)
    for got, want in zip(res, ref if isinstance(ref, list) else [ref], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5, err_msg=str(cfg))
    return f


def _assemble(H, f, tmp_path) -> None:
    """ptxas accepts the kernels' PTX for sm_80 (as built) and sm_90 (the same device
    program compiled again for that architecture)."""
    assert "\n.target sm_80" in f.source("ptx")
    for mod in f.ptx:
        H.ptxas(mod.ptx, "sm_80", tmp_path)
    sm90 = Target.parse("cuda -arch=sm_90")
    for k in f.program.kernels:
        mod = compile_ptx(k, sm90)
        assert "\n.target sm_90" in mod.ptx
        H.ptxas(mod.ptx, "sm_90", tmp_path)


@pytest.mark.parametrize("name", list(SMALL))
def test_random_configs_build_assemble_and_emulate_to_reference(H, tmp_path, name):
    sp, outs, args = _space(name)
    cfgs = _configs(sp, SAMPLES[name], seed=len(name))
    for cfg in cfgs:
        f = _check(sp, cfg, outs, args, target="cuda -arch=sm_80")
        if H.PTXAS is not None:
            _assemble(H, f, tmp_path)


def test_default_matmul_stages_tiles_in_shared_memory_with_register_tiles():
    sp, outs, args = _space("matmul", n=32, m=32, k=16)
    cfg = sp.default()
    assert cfg["stage:C:A"] and cfg["stage:C:B"]  # each row/column tile is reused
    assert cfg["reg:C:i"] == cfg["reg:C:j"] == 2
    f = tc.build(sp.apply(cfg), args, target="cuda")
    (k,) = f.program.kernels
    threads = cfg["thread:C:i"] * cfg["thread:C:j"]
    assert k.attrs["launch"]["block"] == (threads, 1, 1)
    assert k.attrs["launch"]["shared_bytes"] == sp.shared_bytes(outs[0].op, cfg) > 0
    ptx, cu = f.source("ptx"), f.source("cuda")
    assert ".shared" in ptx and "bar.sync" in ptx and "%ctaid.x" in ptx
    assert "__syncthreads();" in cu and "#pragma unroll" in cu


def test_plain_seed_keeps_the_accumulator_in_the_thread():
    """Without staging the local tile is computed inside the thread loop: one register tile
    per thread, no shared memory and no barrier."""
    sp, outs, args = _space("matmul", n=16, m=32, k=8)
    plain = sp.seeds()[1]
    assert not any(v for k, v in plain.items() if k.startswith("stage:"))
    cfg = {**plain, "reg:C:i": 2, "reg:C:j": 4, "thread:C:i": 4, "thread:C:j": 8}
    cu = _check(sp, cfg, outs, args).source("cuda")
    assert "float C_local[8]" in cu and "__syncthreads" not in cu


def test_unroll_budget_bounds_the_unrolled_loops():
    sp, _, _ = _space("matmul", n=16, m=16, k=16)
    base = {**sp.default(), "thread:C:i": 4, "thread:C:j": 4, "reg:C:i": 2, "reg:C:j": 4,
            "rstep:C:k": 8}
    unrolled = {}
    for budget in (0, 16, 256):
        s = sp.apply({**base, "unroll:C": budget})
        unrolled[budget] = sum(1 for stg in s.stages for a in stg.iter_attrs.values()
                               if a.value == "unroll")
    assert unrolled[0] == 0 < unrolled[16] < unrolled[256]


def test_valid_follows_the_target_limits():
    """A smaller block (64 threads, 1 KiB of shared memory): every config valid() accepts
    builds for it, and one it rejects for shared memory fails the build's GPU check."""
    small = "cuda -max-threads-per-block=64 -max-shared-memory=1024"
    sp, outs, args = _space("matmul", small, n=16, m=16, k=32)
    rng = random.Random(3)
    cfgs = [sp.random(rng) for _ in range(30)]
    for cfg in cfgs:
        assert sp.valid(cfg)
        k = sp.kernels(cfg)[0]
        assert math.prod(sp._tiles(k, cfg)[0]) <= 64 and sp.shared_bytes(k, cfg) <= 1024
    staged = next(c for c in cfgs if sp.shared_bytes(sp.kernels(c)[0], c))
    _check(sp, staged, outs, args, target=small)  # the build's GPU checks use these limits
    big = {**sp.default(), "thread:C:i": 8, "thread:C:j": 8, "reg:C:i": 2, "reg:C:j": 2,
           "rstep:C:k": 16, "stage:C:A": True, "stage:C:B": True}
    assert "shared memory" in sp.why_invalid(big)
    with pytest.raises(GPUSpaceError, match="shared memory"):
        sp.apply(big)
    wide, _, wide_args = _space("matmul", "cuda", n=16, m=16, k=32)  # default limits
    with pytest.raises(GPUScheduleError, match="shared memory"):
        tc.build(wide.apply(big), wide_args, target=small)
    too_many = {**sp.default(), "thread:C:i": 16, "thread:C:j": 8, "reg:C:i": 1,
                "reg:C:j": 1}
    assert "threads per block" in sp.why_invalid(too_many)
    with pytest.raises(GPUScheduleError, match="threads per block"):
        tc.build(wide.apply(too_many), wide_args, target=small)
    assert sp.valid(sp.repair(too_many))


@settings(max_examples=20)
@given(seed=st.integers(0, 2**16), n=st.integers(1, 3))
def test_random_mutate_crossover_stay_valid(seed, n):
    sp, _, _ = _space("capsule_routing")
    rng = random.Random(seed)
    a, b = sp.random(rng), sp.random(rng)
    for cfg in (a, b, sp.mutate(a, rng, n), sp.crossover(a, b, rng)):
        assert sp.valid(cfg), sp.why_invalid(cfg)
        assert set(cfg) == set(sp.knobs)
        assert all(cfg[k] in vals for k, vals in sp.knobs.items())


def test_graphs_it_cannot_schedule_are_named():
    X = tc.placeholder((8, 8), name="X")
    i, j = tc.reduce_axis(8, name="i"), tc.reduce_axis(8, name="j")
    total = tc.compute((), lambda: tc.sum(X[i, j], axis=[i, j]), name="total")
    with pytest.raises(GPUSpaceError, match="'total' has no spatial axis"):
        GPUAutoSpace([total], [X, total])
    outs, args = W.matmul(n=8)
    with pytest.raises(GPUSpaceError, match="needs a cuda target"):
        GPUAutoSpace(outs, args, "llvm")


def test_make_space_picks_the_gpu_space_for_cuda_targets():
    outs, args = W.softmax(n=4, m=8)
    assert type(make_space("auto", outs, args)) is AutoSpace
    assert type(make_space("auto", outs, args, target="llvm")) is AutoSpace
    sp = make_space("auto", outs, args, target="cuda -arch=sm_90")
    assert isinstance(sp, GPUAutoSpace) and sp.target.arch == "sm_90"
    assert isinstance(make_space(None, outs, args, target=Target.parse("cuda")), GPUAutoSpace)


class _Recorder:
    """An executor that measures nothing: it keeps the traces tune() sends."""

    def __init__(self) -> None:
        self.traces: list[str] = []

    def measure(self, inputs):
        self.traces += [i.trace for i in inputs]
        return [MeasureResult(False, error="not measured") for _ in inputs]

    def close(self) -> None:
        pass


def test_tune_with_a_cuda_target_proposes_gpu_schedules(tmp_path, monkeypatch):
    monkeypatch.setenv("TCOMP_CUDA_EMULATE", "1")  # records keyed by -arch, no GPU needed
    ex = _Recorder()
    with pytest.raises(autotune.TuningError, match="not measured") as ei:  # nothing measured
        autotune.tune(workload="matmul", kwargs={"n": 16}, target="cuda -arch=sm_80",
                      trials=3, db=tmp_path / "t.db", executor=ex, progress=False,
                      remeasure=0, cost_model="ridge")
    assert ei.value.result.report.space == "auto-cuda" and len(ex.traces) == 3
    outs, args = W.matmul(n=16)
    for trace in ex.traces:  # each one is a GPU schedule the cuda backend builds
        f = tc.build(tc.replay(outs, trace), args, target="cuda")
        assert f.program.kernels[0].attrs["launch"]["block"][0] > 1


def test_tune_measures_gpu_candidates_on_the_device(tmp_path, monkeypatch):
    """The measuring processes build for the tuner's cuda target and run on device arrays
    (here the emulator's), checked against the reference like CPU candidates."""
    monkeypatch.setenv("TCOMP_CUDA_EMULATE", "1")  # inherited by the measuring processes
    res = autotune.tune(workload="matmul", kwargs={"n": 8}, target="cuda -arch=sm_80",
                        trials=2, db=tmp_path / "t.db", progress=False, remeasure=0,
                        cost_model="ridge", repeat=1, warmup=0, min_repeat_s=0.0)
    recs = autotune.Database(tmp_path / "t.db").records()
    assert len(recs) == 2 and all(not r.error and r.costs for r in recs), [r.error for r in recs]
    assert res.report.space == "auto-cuda"


def test_tune_for_cuda_without_a_gpu_names_what_is_missing(tmp_path, monkeypatch):
    from tcomp.runtime import cuda as rt

    monkeypatch.delenv("TCOMP_CUDA_EMULATE", raising=False)
    if rt.missing_reason() is None:
        pytest.skip("pycuda and a GPU are present")
    db = tmp_path / "t.db"
    with pytest.raises(tc.TcompRuntimeError, match=r"pycuda|CUDA device") as exc:
        autotune.tune(workload="matmul", kwargs={"n": 16}, target="cuda", trials=2, db=db,
                      progress=False)
    assert "cuda -arch=sm_80" in str(exc.value)  # and how to tune in emulation instead
    assert autotune.Database(db).records() == []


@pytest.mark.slow
@pytest.mark.parametrize("name,kw", [
    ("matmul", {"n": 32, "m": 24, "k": 12}),
    ("matmul", {"n": 7, "m": 10, "k": 9}),
    ("softmax", {"n": 6, "m": 24}),
    ("conv2d", {"c": 4, "k": 8, "size": 8}),
    ("capsule_routing", SMALL["capsule_routing"]),
    ("capsule_routing", {"batch": 2, "in_caps": 6, "out_caps": 3, "in_dim": 4, "out_dim": 4,
                         "iterations": 3}),
    ("gelu_dense", {"n": 8, "m": 16}),
    ("batch_matmul", {"b": 2, "n": 8, "m": 12, "k": 6}),
    ("pool2d", {"c": 2, "size": 8}),
])
def test_random_config_sweep(H, tmp_path, name, kw):
    sp, outs, args = _space(name, **kw)
    for cfg in _configs(sp, 20, seed=11):
        f = _check(sp, cfg, outs, args, target="cuda -arch=sm_80")
        if H.PTXAS is not None:
            _assemble(H, f, tmp_path)


def test_the_automatic_gpu_schedule_is_the_space_s_default_and_a_schedule_free_build():
    """One automatic scheduler (issue 10): ``tc.auto_schedule`` for a CUDA target is the GPU
    space's default config, its knobs are the space's (the heuristic's value first), and a
    schedule-free CUDA build compiles it (it compiled the blank schedule, which failed: no
    loop bound to a thread)."""
    outs, args = W.matmul(**SMALL["matmul"])
    sp = GPUAutoSpace(outs, args)
    assert tc.auto_schedule(outs, target="cuda").trace_json() == \
        sp.apply(sp.default()).trace_json()
    knobs = tc.auto_knobs(outs, target="cuda")
    assert knobs.pop("sketch") == ["tiled", "plain"]
    assert knobs.keys() == sp.knobs.keys()
    assert all(knobs[k][0] == v and sorted(knobs[k]) == sorted(sp.knobs[k])
               for k, v in sp.default().items())
    f = tc.build(outs, args, target="cuda")
    assert f.stages["schedule_origin"].startswith("the default schedule (tc.auto_schedule")
    ins = [np.random.default_rng(0).standard_normal(_shape(t)).astype("f4") for t in args[:2]]
    got = np.zeros(_shape(outs[0]), "f4")
    f.emulate(*ins, got)
    np.testing.assert_allclose(got, ins[0] @ ins[1], rtol=1e-4, atol=1e-5)
    # the plain sketch, by config; a config the limits refuse is named
    plain = tc.auto_schedule(outs, target="cuda", config={"sketch": "plain"})
    g = tc.build(plain, args, target="cuda")
    got[:] = 0
    g.emulate(*ins, got)
    np.testing.assert_allclose(got, ins[0] @ ins[1], rtol=1e-4, atol=1e-5)
    with pytest.raises(GPUSpaceError, match="does not divide axis"):
        tc.auto_schedule(outs, target="cuda", config={"reg:C:i": 16})
    with pytest.raises(tc.ScheduleError, match="no knob 'tile:C'"):
        tc.auto_schedule(outs, target="cuda", config={"tile:C": "6x16"})


def test_a_graph_the_gpu_sketch_cannot_tile_gets_the_plain_schedule():
    X = tc.placeholder((8, 16), name="X")
    k = tc.reduce_axis(16, name="k")
    argmax = tc.comm_reducer(lambda a, b: (tc.select(a[1] >= b[1], a[0], b[0]),
                                           tc.max(a[1], b[1])),
                             lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)),
                             name="argmax")
    idx, val = tc.compute((8,), lambda i: argmax((k, X[i, k]), axis=k), name="am")
    assert tc.auto_knobs([idx, val], target="cuda") == {"sketch": ["plain"]}
    f = tc.build([idx, val], [X, idx, val], target="cuda")
    x = np.random.default_rng(1).standard_normal((8, 16)).astype("f4")
    gi, gv = np.zeros(8, idx.dtype.np), np.zeros(8, "f4")
    f.emulate(x, gi, gv)
    np.testing.assert_array_equal(gi, x.argmax(1))
    np.testing.assert_array_equal(gv, x.max(1))


def _shape(t):
    return [int(d.value) for d in t.shape]


def test_an_input_with_a_symbolic_dimension_is_not_staged_and_builds():
    """Found by fuzzing the GPU space: a stage of constant extents reading an input of
    symbolic size crashed the sketch (AttributeError: 'SizeVar' object has no attribute
    'value') while it sized the input's shared tile, in ``tc.auto_schedule`` and so in a
    schedule-free CUDA build."""
    n = tc.var("n")
    A = tc.placeholder((n, 8), name="A")
    B = tc.placeholder((8, 16), name="B")
    k = tc.reduce_axis(8, name="k")
    C = tc.compute((4, 16), lambda i, j: tc.sum(A[i + 1, k] * B[k, j], axis=k), name="C")
    f = tc.build([C], [A, B, C], target="cuda")
    rng = np.random.default_rng(2)
    a, b = rng.standard_normal((7, 8)).astype("f4"), rng.standard_normal((8, 16)).astype("f4")
    got = np.zeros((4, 16), "f4")
    f.emulate(a, b, got)
    np.testing.assert_allclose(got, a[1:5] @ b, rtol=1e-4, atol=1e-5)
