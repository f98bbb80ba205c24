"""Search spaces: templates and the automatic space give correct schedules (checked against
the reference evaluator) for several graphs, including one with no template."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from autotune import AutoSpace, TemplateSpace
from autotune import workloads as W
from autotune.cost_model import N_FEATURES, CostModel, schedule_features
from autotune.space import AUTO_DEFAULT, make_space
from tcomp.dsl.eval import evaluate
from tcomp.ir.stmt import For, ForKind
from tcomp.ir.visitor import walk
from tcomp.testing import assert_allclose, random_inputs

GRAPHS = {
    "matmul": (W.matmul, dict(n=32, m=48, k=16)),
    "softmax": (W.softmax, dict(n=8, m=32)),
    "conv2d": (W.conv2d, dict(c=4, k=8, size=10)),
    "capsule_routing": (W.capsule_routing, dict(batch=2, in_caps=12, out_caps=3, in_dim=4,
                                                out_dim=8)),
    "pool_avg": (W.pool2d, dict(c=2, size=8, kind="avg")),
}
TEMPLATE_CASES = [
    ("matmul", W.matmul, dict(n=64, m=96, k=40)),
    ("batch_matmul", W.batch_matmul, dict(b=2, n=16, m=32, k=8)),
    ("conv2d_nchw", W.conv2d, dict(c=4, k=8, size=14)),
    ("depthwise_conv2d", W.conv2d, dict(c=8, k=8, size=16, groups=8)),
    ("pool2d", W.pool2d, dict(c=4, size=16, kind="max")),
    ("softmax", W.softmax, dict(n=8, m=64)),
    ("row_reduce", W.row_sum, dict(n=8, m=64)),
]


def _check(s: tc.Schedule, outs: list, args: list) -> None:
    ins_t = [a for a in args if not any(a is o for o in outs)]
    ins = random_inputs(ins_t, rng=1)
    ref = evaluate(outs, ins, params=ins_t)
    res = [np.zeros([int(d.value) for d in o.shape], o.dtype.np) for o in outs]
    tc.build(s, args)(*ins, *res)
    for r, e in zip(res, ref, strict=False):
        assert_allclose(r, e, rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("graph", list(GRAPHS))
def test_auto_space_schedules_are_correct(graph: str) -> None:
    fac, kw = GRAPHS[graph]
    outs, args = fac(**kw)
    sp = AutoSpace(outs, args)
    rng = random.Random(7)
    cfgs = [sp.default()] + [sp.random(rng) for _ in range(3)]
    for cfg in cfgs:
        s = sp.apply(cfg)
        _check(tc.replay(outs, s.trace_json()), outs, args)  # the stored form replays


def _unrolled_around_a_reduction(func: object, sp: AutoSpace) -> bool:
    red = {iv.var.name for op in sp.ops for iv in op.reduce_axis}
    return any(isinstance(n, For) and n.kind is ForKind.UNROLLED
               and any(isinstance(m, For) and m.kind is ForKind.SERIAL and m.var.name in red
                       for m in walk(n.body))
               for n in walk(func.body))  # type: ignore[attr-defined]


SPACE_GRAPHS = {**GRAPHS,
                "batch_matmul": (W.batch_matmul, dict(b=2, n=32, m=64, k=16)),
                "lstm_cell": (W.lstm_cell, dict(batch=4, n=16)),
                "attention_head": (W.attention_head, dict(seq=16, d=8)),
                "layer_norm": (W.layer_norm, dict(rows=4, n=64))}


@pytest.mark.parametrize("graph", list(SPACE_GRAPHS))
def test_every_auto_space_config_lowers_without_copying_reductions(graph: str) -> None:
    """Random configurations of the automatic space all make complete schedules (capsule
    routing's once attached a stage inside a loop while the packed copy of it, which a
    reader's ``pack:`` knob made, ran at root: 11% of them raised ScheduleError), and no
    unrolled loop holds a reduction's loop (a batch_matmul tile of 16 x 32 unrolled around
    its reduction: 512 loops, 57 s in LLVM)."""
    fac, kw = SPACE_GRAPHS[graph]
    outs, args = fac(**kw)
    sp = AutoSpace(outs, args)
    rng = random.Random(5)
    for _ in range(40):
        cfg = sp.random(rng)
        func = tc.lower(sp.apply(cfg), args)
        assert not _unrolled_around_a_reduction(func, sp), cfg


def test_auto_space_uses_tiling_caching_inlining_and_attachment() -> None:
    outs, args = W.capsule_routing(batch=2, in_caps=12, out_caps=3, in_dim=4, out_dim=8)
    sp = AutoSpace(outs, args)
    kinds = {k.split(":")[0] for k in sp.knobs}
    assert {"inline", "tile", "cache", "rpos", "unroll", "par", "at"} <= kinds
    cfg = {**sp.default(), "sketch": "loops"}
    for k in sp.knobs:
        if k.startswith("at:"):
            cfg[k] = 0
        if k.startswith("cache:"):
            cfg[k] = True
    trace = sp.apply(cfg).trace_json()
    for prim in ("compute_inline", "compute_at", "cache_write", "vectorize", "parallel"):
        assert f'"{prim}"' in trace, prim


@pytest.mark.parametrize("graph", ["capsule_routing", "softmax"])
def test_fuse_sketch_seed_is_correct_and_fuses(graph: str) -> None:
    fac, kw = GRAPHS[graph]
    if graph == "capsule_routing":  # a vector axis of 16 that reads W strided: packed
        kw = dict(kw, out_dim=16)
    outs, args = fac(**kw)
    sp = AutoSpace(outs, args)
    seeds = sp.seeds()
    assert seeds[0] == sp.default() and seeds[0]["sketch"] == "auto"  # measured first
    assert len(seeds) == 3 and seeds[1]["sketch"] == "loops" and seeds[2]["sketch"] == "fuse"
    s = sp.apply(seeds[2])
    _check(s, outs, args)
    trace = s.trace_json()
    out = outs[0].op.name
    attached = [st for st in s.stages if st.attach_stage is not None]
    assert attached and all(st.attach_stage.name == out for st in attached
                            if not st.name.endswith(".local"))
    if graph == "capsule_routing":
        assert '"pack"' in trace  # W read along its 'd' axis: packed into panels
        assert s[sp.ops[0]].attach_stage is None  # uhat (the entry stage) stays at root
    rng = random.Random(11)
    for _ in range(3):  # random fused configs are correct too
        cfg = sp.random(rng)
        cfg["sketch"] = "fuse"
        _check(sp.apply(cfg), outs, args)


@pytest.mark.parametrize("name,fac,kw", TEMPLATE_CASES, ids=[c[0] for c in TEMPLATE_CASES])
def test_template_configs_are_correct(name: str, fac: object, kw: dict) -> None:
    outs, args = fac(**kw)  # type: ignore[operator]
    sp = TemplateSpace(name, outs, args)
    rng = random.Random(3)
    for cfg in [sp.default()] + [sp.random(rng) for _ in range(2)]:
        _check(sp.apply(cfg), outs, args)


def _template_case(data: st.DataObject) -> tuple[str, object, dict]:
    """A template and a random shape of its workload: odd and small sizes, 1x1 to 5x5
    windows, strides and padding."""
    dim = lambda lo, hi: data.draw(st.one_of(  # noqa: E731
        st.integers(lo, hi), st.sampled_from([1, 2, 3, 5, 7, 8, 15, 16, 17, 31, 33])))
    name = data.draw(st.sampled_from([c[0] for c in TEMPLATE_CASES]))
    if name == "matmul":
        return name, W.matmul, dict(n=dim(1, 80), m=dim(1, 200), k=dim(1, 120))
    if name == "batch_matmul":
        return name, W.batch_matmul, dict(b=dim(1, 4), n=dim(1, 40), m=dim(1, 80), k=dim(1, 40))
    if name in ("conv2d_nchw", "depthwise_conv2d"):
        c = dim(1, 24)
        ker = data.draw(st.sampled_from([1, 3, 5]))
        groups = c if name == "depthwise_conv2d" else 1
        return name, W.conv2d, dict(n=data.draw(st.sampled_from([1, 2])), c=c,
                                    k=c if groups > 1 else dim(1, 24), size=max(ker, dim(1, 20)),
                                    kernel=ker, pad=data.draw(st.sampled_from([0, ker // 2])),
                                    groups=groups)
    if name == "pool2d":
        ker = data.draw(st.sampled_from([2, 3]))
        return name, W.pool2d, dict(c=dim(1, 16), size=max(ker, dim(2, 24)), kernel=ker,
                                    stride=data.draw(st.sampled_from([1, 2, ker])),
                                    kind=data.draw(st.sampled_from(["max", "avg"])))
    fac = W.softmax if name == "softmax" else W.row_sum
    return name, fac, dict(n=dim(1, 40), m=dim(1, 300))


@settings(max_examples=6)
@given(data=st.data())
def test_template_configs_of_random_shapes_are_correct(data: st.DataObject) -> None:
    """Each template's default and a random config on a random shape of its workload, for
    the host and for AVX2 (an 8-minute run of this found nothing: 965 shapes, 2895
    schedules)."""
    name, fac, kw = _template_case(data)
    outs, args = fac(**kw)  # type: ignore[operator]
    target = data.draw(st.sampled_from(["llvm", "llvm -mattr=-avx512f"]))
    sp = TemplateSpace(name, outs, args, target)
    rng = random.Random(data.draw(st.integers(0, 2**16)))
    for cfg in (sp.default(), sp.random(rng)):
        s = tc.replay(outs, sp.apply(cfg).trace_json())
        ins_t = [a for a in args if not any(a is o for o in outs)]
        ins = random_inputs(ins_t, rng=1)
        ref = evaluate(outs, ins, params=ins_t)
        res = [np.zeros([int(d.value) for d in o.shape], o.dtype.np) for o in outs]
        tc.build(s, args, target=target)(*ins, *res)
        for r, e in zip(res, ref, strict=True):
            assert_allclose(r, e, rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("kind", ["ridge", "gbm"])
def test_cost_model_learns_a_ranking(kind: str) -> None:
    if kind == "gbm":
        pytest.importorskip("sklearn")
    outs, args = W.matmul(n=64)
    sp = TemplateSpace("matmul", outs, args)
    rng = random.Random(0)
    feats = [schedule_features(sp.apply(sp.random(rng)), args) for _ in range(24)]
    assert all(f.shape == (N_FEATURES,) for f in feats)
    # A synthetic target that depends on the features: the model must rank it well.
    truth = [float(np.exp(-0.3 * f[7] - 0.1 * f[15] + 0.05 * f[11])) for f in feats]
    m = CostModel(kind)
    m.update(feats[:16], truth[:16])
    pred = m.predict(feats)
    assert np.corrcoef(pred[:16], np.log(truth[:16]))[0, 1] > 0.8


@pytest.mark.parametrize("space", ["auto", "template"])
def test_tuning_measures_the_automatic_default_first(space: str) -> None:
    """The untuned build (tc.auto_schedule) is a candidate of every CPU tuning run, so a
    tuned record is never slower than it: it is the first seed, it applies to exactly the
    automatic schedule, and mutations and crossovers of it are ordinary configs."""
    outs, args = W.matmul(n=48) if space == "template" else W.softmax(n=16, m=64)
    sp = make_space("matmul" if space == "template" else "auto", outs, args)
    auto = sp.seeds()[0]
    # The template space measures the automatic default as its own candidate; in the
    # automatic space it is the space's default config.
    assert auto == ({AUTO_DEFAULT: True} if space == "template" else sp.default())
    assert sp.valid(auto)
    assert sp.apply(auto).trace_json() == tc.auto_schedule(outs).trace_json()
    rng = random.Random(0)
    child = sp.mutate(auto, rng)
    assert AUTO_DEFAULT not in child and set(child) == set(sp.knobs)
    assert set(sp.crossover(auto, sp.default(), rng)) == set(sp.knobs)
    _check(sp.apply(auto), outs, args)


@pytest.mark.parametrize("tj", [4, 5, 20])
def test_loops_sketch_packs_a_strided_input_through_the_core_helper(tj: int) -> None:
    # x @ W.T: the vector axis j reads Wt along its first dimension; pack:Y copies it into
    # panels of tj (tc.autoschedule.pack_strided, the one the automatic schedule uses).
    X = tc.placeholder((16, 24), "float32", name="X")
    Wt = tc.placeholder((20, 24), "float32", name="Wt")
    k = tc.reduce_axis(24, name="k")
    Y = tc.compute((16, 20), lambda i, j: tc.sum(X[i, k] * Wt[j, k], axis=k), name="Y")
    sp = AutoSpace([Y], [X, Wt, Y])
    assert sp.knobs["pack:Y"] == [False, True]
    cfg = {**sp.default(), "sketch": "loops", "pack:Y": True, "tile:Y:j": tj}
    s = sp.apply(cfg)
    packs = [d for d in s.trace if d.kind == "cache_read"]
    assert len(packs) == 1 and packs[0].params["layout"] == ["pack", 0, tj]
    _check(tc.replay([Y], s.trace_json()), [Y], [X, Wt, Y])
