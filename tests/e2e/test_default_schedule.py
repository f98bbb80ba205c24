"""A schedule-free build compiles the automatic schedule (tc.auto_schedule), never the naive
loop nest, and falls back to the blank schedule (CPU) or the plain one (GPU) if the automatic
one fails (issue 10)."""

from __future__ import annotations

import logging
import math
import re

import numpy as np
import pytest

import tcomp as tc


def _dense_relu(n=64, k=32, m=48):
    X = tc.placeholder((n, k), name="X")
    W = tc.placeholder((k, m), name="W")
    B = tc.placeholder((m,), name="B")
    r = tc.reduce_axis(k, name="r")
    Y = tc.compute((n, m), lambda i, j: tc.sum(X[i, r] * W[r, j], axis=r), name="Y")
    Z = tc.compute((n, m), lambda i, j: tc.max(Y[i, j] + B[j], 0.0), name="Z")
    rng = np.random.default_rng(0)
    ins = [rng.standard_normal(s).astype("float32") for s in ((n, k), (k, m), (m,))]
    want = np.maximum(ins[0] @ ins[1] + ins[2], 0)
    return [X, W, B, Z], Z, ins, want


def test_schedule_free_build_is_the_automatic_schedule():
    args, Z, ins, want = _dense_relu()
    f = tc.build(Z, args, database=False)
    assert f.stages["schedule_origin"].startswith("the default schedule (tc.auto_schedule")
    low = str(tc.lower(Z, args, database=False, passes="all"))
    lanes = tc.Target.host().vector_lanes("float32")
    assert f"x{min(lanes, 8)}(" in low or f"x{lanes}(" in low, low  # vectorized, not naive
    out = np.zeros_like(want)
    f(*ins, out)
    np.testing.assert_allclose(out, want, rtol=1e-4, atol=1e-4)


def test_auto_schedule_is_a_public_schedule():
    args, Z, _ins, _want = _dense_relu()
    s = tc.auto_schedule(Z, target="llvm -mattr=-avx512f")
    assert isinstance(s, tc.Schedule)
    assert "x8(" in str(tc.lower(s, args, passes="all"))  # AVX2: 8 float32 lanes
    gpu = tc.auto_schedule(Z, target="cuda")  # the same function schedules GPUs
    assert '"bind"' in gpu.trace_json() and '"vectorize"' not in gpu.trace_json()


def test_a_failing_automatic_schedule_falls_back_to_the_blank_one(monkeypatch, caplog):
    from tcomp import autoschedule

    def broken(outs, **kw):
        raise tc.ScheduleError("broken on purpose")

    monkeypatch.setattr(autoschedule, "auto_schedule", broken)
    args, Z, ins, want = _dense_relu(8, 4, 8)
    with caplog.at_level(logging.WARNING, logger="tcomp"):
        f = tc.build(Z, args, database=False)
    assert f.stages["schedule_origin"].startswith("the blank default schedule")
    assert "tcomp bug" in caplog.text and "broken on purpose" in caplog.text
    out = np.zeros_like(want)
    f(*ins, out)
    np.testing.assert_allclose(out, want, rtol=1e-4, atol=1e-4)


def test_a_failing_automatic_gpu_schedule_falls_back_to_the_plain_one(monkeypatch, caplog):
    from tcomp import autoschedule

    real = autoschedule.auto_schedule

    def broken(outs, **kw):
        if not kw.get("config"):
            raise tc.ScheduleError("broken on purpose")
        return real(outs, **kw)

    monkeypatch.setattr(autoschedule, "auto_schedule", broken)
    args, Z, ins, want = _dense_relu(8, 4, 8)
    with caplog.at_level(logging.WARNING, logger="tcomp"):
        f = tc.build(Z, args, database=False, target="cuda")
    assert f.stages["schedule_origin"].startswith("the plain GPU schedule (tc.auto_schedule, "
                                                  "sketch 'plain'; tc.auto_schedule failed")
    assert "tcomp bug" in caplog.text and "broken on purpose" in caplog.text
    out = np.zeros_like(want)
    f.emulate(*ins, out)
    np.testing.assert_allclose(out, want, rtol=1e-4, atol=1e-4)


def test_the_computation_s_own_error_is_raised_not_hidden(caplog):
    A = tc.placeholder((8,), name="A")
    Y = tc.compute((8,), lambda i: A[i + 1], name="Y")
    with caplog.at_level(logging.WARNING, logger="tcomp"), \
            pytest.raises(tc.ProvablyOutOfBoundsError):
        tc.build(Y, [A, Y], database=False)
    assert "tcomp bug" not in caplog.text


@pytest.mark.parametrize("target,rows", [("llvm -mcpu=emeraldrapids", 8),
                                         ("llvm -mcpu=znver3", 4)])
def test_batched_register_tile_divides_the_rows(target, rows):
    # Row tiles fused with the batch axis into the parallel loop can't have their partial
    # last tile peeled: with 12-row tiles for 128 rows the accumulator tile had a variable
    # extent, lived in memory, and the batched matmul ran 20x slower than numpy.
    from autotune import workloads

    outs, args = workloads.batch_matmul(b=3, n=128, m=64, k=16)
    low = str(tc.lower(tc.auto_schedule(outs, target=target), args))
    assert "min(" not in low and f"bmm.local: float32[1, {rows}, " in low  # 12 / 6 rows before
    if tc.Target.parse(target).feature_set <= tc.Target.host().feature_set:  # runs here
        rng = np.random.default_rng(1)
        a, b = rng.standard_normal((3, 128, 16), "f4"), rng.standard_normal((3, 16, 64), "f4")
        c = np.zeros((3, 128, 64), "f4")
        tc.build(outs, args, target=target, database=False)(a, b, c)
        np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-4)


def _row_graphs():
    from autotune import workloads
    from tcomp.ops.reduce import softmax_last

    X = tc.placeholder((6, 96), name="X")
    sm = softmax_last(X)  # keepdims (6, 1) row stages
    rng = np.random.default_rng(2)
    x = rng.standard_normal((6, 96)).astype("f4")
    e = np.exp(x - x.max(1, keepdims=True))
    yield [sm], [X, sm], [x], e / e.sum(1, keepdims=True)
    # 32 rows: the mean (one value per row) was vectorized along the rows, so each row
    # computed 16 rows' sums (layer norm 4096 x 1024 took 133 ms)
    outs, args = workloads.layer_norm(rows=32, n=64)
    w, b = rng.standard_normal(64).astype("f4"), rng.standard_normal(64).astype("f4")
    x = (rng.standard_normal((32, 64)) * 2 + 3).astype("f4")
    x64 = x.astype(np.float64)
    yield outs, args, [x, w, b], (x64 - x64.mean(1, keepdims=True)) / np.sqrt(
        x64.var(1, keepdims=True) + 1e-5) * w + b
    outs, args = workloads.capsule_squash(batch=3, caps=5, dim=8)
    s = rng.standard_normal((3, 5, 8)).astype("f4")
    n2 = (s * s).sum(-1, keepdims=True)
    yield outs, args, [s], s * n2 / (1 + n2) / np.sqrt(n2 + 1e-7)


@pytest.mark.parametrize("case", range(3), ids=["softmax", "layer_norm", "squash"])
def test_row_wise_outputs_compute_every_stage_per_row(case):
    # softmax, layer norm and squash: every stage inside the (fused) row loop, as the hand
    # schedules do (it was one full pass over memory per stage), and still correct.
    outs, args, ins, want = list(_row_graphs())[case]
    # an AVX2 target on every host: on AVX-512 a squash's 8-long rows are shorter than a
    # vector and run at root instead (test_auto_knobs.py)
    avx2 = "llvm -mcpu=haswell"
    low = str(tc.lower(tc.auto_schedule(outs, target=avx2), args))
    assert low.count("\n  for ") == 1, low  # one loop nest at the top level
    assert "vectorized" in low
    for size in re.findall(r"allocate \S+: \w+\[([\d, ]+)\]", low):  # one row's worth
        assert math.prod(int(d) for d in size.split(",")) <= 96, low
    got = np.zeros(want.shape, "f4")
    tc.build(tc.auto_schedule(outs, target=avx2), args, target=avx2, database=False)(*ins, got)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_a_stage_of_another_shape_keeps_the_stage_by_stage_schedule():
    X = tc.placeholder((4, 32), name="X")
    k = tc.reduce_axis(4, name="k")
    colsum = tc.compute((32,), lambda j: tc.sum(X[k, j], axis=k), name="colsum")
    Y = tc.compute((4, 32), lambda i, j: X[i, j] * colsum[j], name="Y")
    low = str(tc.lower(tc.auto_schedule(Y), [X, Y]))
    # colsum's loops (one nest, or a column-tiled one on an 8-lane target) all come before
    # Y's row loop, and nothing of colsum is computed inside it
    head, row_loop = low.split("\n  for i in ")
    assert "colsum[" in head and "colsum" not in row_loop.replace("* colsum[", ""), low
    x = np.random.default_rng(3).standard_normal((4, 32)).astype("f4")
    y = np.zeros_like(x)
    tc.build(Y, [X, Y], database=False)(x, y)
    np.testing.assert_allclose(y, x * x.sum(0), rtol=1e-5, atol=1e-5)


def test_a_costly_per_row_value_is_not_inlined_into_the_row():
    # layer norm's rsqrt(var + eps) is one value per row; inlined into the output it was a
    # vector square root and division per 16 elements (layer norm 4096 x 1024: 1.76 ms,
    # 1.33 ms as its own per-row stage)
    from autotune import workloads

    outs, args = workloads.layer_norm(rows=8, n=64)
    low = str(tc.lower(tc.auto_schedule(outs), args))
    row_loop = [ln for ln in low.splitlines() if "vectorized" in ln or "ramp" in ln]
    assert "allocate Y.rstd" in low and not any("rsqrt" in ln for ln in row_loop), low


def test_a_sum_of_products_is_reassociated_into_fmas():
    # An LSTM's gates, sum_k x[b, k] wx[k, j] + h[b, k] wh[k, j]: in source order each step
    # is a multiply, an FMA and an add; reassociated, two FMAs into the accumulator (the
    # gates 20% faster, benchmarks/default_schedule.py).
    from autotune import workloads

    outs, args = workloads.lstm_cell(batch=8, n=32)
    s = tc.auto_schedule(outs)
    assert "reassociate" in s.trace_str()
    rng = np.random.default_rng(5)
    x, h, c = (rng.standard_normal((8, 32), "f4") for _ in range(3))
    wx, wh = rng.standard_normal((32, 128), "f4"), rng.standard_normal((32, 128), "f4")
    b = rng.standard_normal(128, "f4")
    cn, hn = np.zeros((8, 32), "f4"), np.zeros((8, 32), "f4")
    tc.build(s, args)(x, h, c, wx, wh, b, cn, hn)
    g = x.astype("f8") @ wx + h.astype("f8") @ wh + b
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    want_c = sig(g[:, 32:64]) * c + sig(g[:, :32]) * np.tanh(g[:, 64:96])
    np.testing.assert_allclose(cn, want_c, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(hn, sig(g[:, 96:]) * np.tanh(want_c), rtol=1e-4, atol=1e-4)
    X, W = tc.placeholder((8, 32), name="X"), tc.placeholder((32, 16), name="W")
    k = tc.reduce_axis(32, name="k")
    Y = tc.compute((8, 16), lambda i, j: tc.sum(X[i, k] * W[k, j], axis=k), name="Y")
    assert "reassociate" not in tc.auto_schedule(Y).trace_str()  # one product: as written


def test_a_strided_input_without_reuse_is_not_packed_for_a_register_tile():
    # capsule routing's agreement, sum_d U[b, i, j, d] v[b, j, d]: U is read strided along
    # the tile's vector axis j and indexed by every output axis, so a register tile reuses
    # nothing of it and packing copied all of U on each call (19.3 ms; 1.5 ms untiled).
    U = tc.placeholder((2, 12, 10, 16), name="U")
    v = tc.placeholder((2, 10, 16), name="v")
    d = tc.reduce_axis(16, name="d")
    a = tc.compute((2, 12, 10), lambda b, i, j: tc.sum(U[b, i, j, d] * v[b, j, d], axis=d),
                   name="a")
    trace = tc.auto_schedule(a).trace_str()
    assert "cache_read" not in trace and "cache_write" not in trace, trace
    rng = np.random.default_rng(6)
    u, vv = rng.standard_normal((2, 12, 10, 16), "f4"), rng.standard_normal((2, 10, 16), "f4")
    got = np.zeros((2, 12, 10), "f4")
    tc.build(a, [U, v, a], database=False)(u, vv, got)
    np.testing.assert_allclose(got, np.einsum("bijd,bjd->bij", u, vv), rtol=1e-5, atol=1e-5)
    # x @ W.T reads W strided along j too, but each W[j, k] serves every row i: packed
    X, W = tc.placeholder((24, 32), name="X"), tc.placeholder((48, 32), name="W")
    k = tc.reduce_axis(32, name="k")
    Y = tc.compute((24, 48), lambda i, j: tc.sum(X[i, k] * W[j, k], axis=k), name="Y")
    assert "pack" in tc.auto_schedule(Y).trace_str()


def test_a_long_row_is_vectorized_two_cache_lines_wide():
    # the automatic default of a row-wise output runs several registers side by side, two
    # cache lines of them: a row of 1024 float32 runs 32-lane vectors (four registers on
    # AVX2, two on AVX-512); a row of 16 (a capsule) stays one narrow vector
    from autotune import workloads

    for target in ("llvm -mcpu=haswell", "llvm -mcpu=skylake-avx512"):
        outs, args = workloads.layer_norm(rows=4, n=1024)
        low = str(tc.lower(tc.auto_schedule(outs, target=target), args))
        assert "for i1.inner in 0..32:  # vectorized" in low, low
        assert "for k.inner in 0..32:  # vectorized" in low, low
    outs, args = workloads.layer_norm(rows=4, n=16)
    low = str(tc.lower(tc.auto_schedule(outs, target="llvm -mcpu=haswell"), args))
    assert "0..32" not in low and "0..64" not in low


def _run_against_the_evaluator(outs, args, seed=0, rtol=1e-4):
    from tcomp.dsl.eval import evaluate
    from tcomp.testing import random_inputs

    ins_t = [a for a in args if not any(a is o for o in outs)]
    ins = random_inputs(ins_t, rng=seed)
    got = [np.zeros([int(d.value) for d in o.shape], o.dtype.np) for o in outs]
    tc.build(outs, args, database=False)(*ins, *got)
    for g, w in zip(got, evaluate(outs, ins, params=ins_t), strict=True):
        np.testing.assert_allclose(g, w, rtol=rtol, atol=1e-5)


def test_a_graph_of_many_small_stages_runs_fused_in_the_output_s_loop():
    # Capsule routing (a dozen small reductions over one big tensor) and an attention head:
    # neither the epilogue nor the row fusion applies, so every stage but the entry ones
    # is computed in the output's outer, parallel loop (capsule routing on AVX2: 13.3 ms
    # stage by stage, 6.2 ms now, in two runs; the autotuner's fuse sketch 5.3-5.9).
    # Layer norm keeps its row fusion.
    from autotune import workloads

    for outs, args in (workloads.capsule_routing(batch=2, in_caps=12, out_caps=3, in_dim=4,
                                                 out_dim=8),
                       workloads.attention_head(seq=16, d=8)):
        assert tc.auto_knobs(outs)["fuse"][0] is True
        s = tc.auto_schedule(outs)
        out = s[outs[0]]
        inside = [st for st in s.stages if st.attach_stage is out]
        assert len(inside) >= 3 and '"parallel", "params": {"axis": "' in s.trace_json()
        assert all(st.attach_stage is out or st.attach in ("root", "inline") or
                   st.name.endswith(".local") or st.name.endswith(".packed")
                   for st in s.stages if st is not out)
        _run_against_the_evaluator(outs, args)
    outs, _ = workloads.layer_norm(rows=8, n=64)
    assert tc.auto_knobs(outs)["fuse"][0] is False


def test_the_fused_sketch_vectorizes_the_shortest_whole_vector_suffix():
    # Capsule routing's gradient: the output du[b, i, j, d] reads c[b, i, j] and v[b, j, d]
    # through inlined stages. Fused over (i, j, d), each vector of lanes recomputed
    # f // 16 % 10 and the like for those reads (a third of the kernel on AVX2); d alone
    # (16 = whole vectors) indexes them at plain loop variables.
    from tcomp import autodiff
    from tcomp.ops.capsule import dynamic_routing

    u = tc.placeholder((2, 12, 10, 16), name="u")
    v = dynamic_routing(u, 2)
    head = tc.placeholder((2, 10, 16), name="head")
    (du,) = autodiff.gradient(v, [u], head)
    assert tc.auto_knobs([du])["fuse"][0] is True
    ir = tc.lower(tc.auto_schedule([du]), [head, u, du])
    stores = [ln for ln in str(ir).splitlines() if ln.strip().startswith(f"{du.name}[")]
    assert stores and not any("//" in ln or "%" in ln for ln in stores), stores
    _run_against_the_evaluator([du], [head, u, du])


def test_a_register_tile_takes_its_rows_from_the_axis_that_shares_the_big_input():
    # u_hat[b, i, j, d] = sum_q W[i, j, d, q] u[b, i, q]: rows of j read all of W once
    # per batch element; rows of b share it. A conv's rows come from the output channels,
    # which share the input window (auto default of conv2d 64->64 56x56: 4.0 -> 2.1 ms).
    # A batched matmul keeps rows of i.
    from autotune import workloads

    W = tc.placeholder((12, 10, 16, 8), name="W")
    u = tc.placeholder((8, 12, 8), name="u")
    q = tc.reduce_axis(8, name="q")
    uhat = tc.compute((8, 12, 10, 16), lambda b, i, j, d: tc.sum(W[i, j, d, q] * u[b, i, q],
                                                                 axis=q), name="uhat")
    trace = tc.auto_schedule(uhat, target="llvm -mcpu=haswell").trace_str()
    assert "uhat.split(axis='b', factor=4" in trace, trace
    # W has one panel of 16 along d: its packing runs in parallel over another axis
    assert "W.packed.parallel(axis='i0')" in trace, trace
    _run_against_the_evaluator([uhat], [W, u, uhat])
    outs, args = workloads.conv2d(c=8, k=16, size=10)
    trace = tc.auto_schedule(outs, target="llvm -mcpu=haswell").trace_str()
    assert "conv.split(axis='f', factor=4" in trace, trace  # f: the output channels
    _run_against_the_evaluator(outs, args, rtol=1e-3)
    outs, args = workloads.batch_matmul(b=4, n=32, m=32, k=16)
    assert "split(axis='i', factor=" in tc.auto_schedule(outs).trace_str()
    _run_against_the_evaluator(outs, args)


@pytest.mark.parametrize("relu", [False, True])
def test_a_padded_input_is_computed_per_strip_by_the_thread_that_reads_it(relu):
    # At root, each thread's row tiles read the whole padded image, half of it written by
    # the other core a moment before (AVX2 conv2d 3 -> 16 at 32 x 32, batch 32: 0.27 ->
    # 0.16 ms): the padding is computed inside the strip loop (image and output row), the
    # loop that runs in parallel, unless the config says strip False or nothing is parallel.
    from tcomp.ops import conv

    X = tc.placeholder((2, 3, 32, 32), name="X")  # rows of 34: a padded copy pays
    Wt = tc.placeholder((8, 3, 3, 3), name="Wt")
    Y = conv.conv2d(X, Wt, padding=1)
    out, args = Y, [X, Wt, Y]
    if relu:
        B = tc.placeholder((8,), name="B")
        out = tc.compute(Y.shape, lambda n, f, y, x: tc.max(Y[n, f, y, x] + B[f], 0.0),
                         name="R")
        args = [X, Wt, B, out]
    knob = next(k for k in tc.auto_knobs(out) if k.startswith("strip:"))
    assert tc.auto_knobs(out)[knob] == [True, False]
    whole = "float32[2, 3, 34, 34]"  # the padded image
    per_strip = str(tc.lower(tc.auto_schedule(out), args))
    assert whole not in per_strip and re.search(r"# parallel\n\s+allocate \S+pad", per_strip)
    assert whole in str(tc.lower(tc.auto_schedule(out, config={knob: False}), args))
    assert whole in str(tc.lower(tc.auto_schedule(out, parallel=False), args))
    rng = np.random.default_rng(3)
    ins = [rng.standard_normal([int(d.value) for d in a.shape]).astype("f4") for a in args[:-1]]
    want = tc.dsl.evaluate([out], ins, params=args[:-1])[0]
    got = np.zeros(want.shape, "f4")
    tc.build(out, args, database=False)(*ins, got)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
