"""The automatic schedule's knobs (issue 10, one automatic scheduler): ``tc.auto_knobs`` lists
each decision of ``tc.auto_schedule`` with the heuristic's choice first, every candidate
builds a correct kernel, bad configs are refused by name, and the autotuner's automatic space
searches these knobs with the automatic default as its default configuration."""

from __future__ import annotations

import json
import random
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tcomp as tc
from autotune import AutoSpace
from autotune import workloads as W
from tcomp.dsl.eval import evaluate
from tcomp.testing import assert_allclose, random_inputs

AVX2, AVX512 = "llvm -mcpu=haswell", "llvm -mcpu=skylake-avx512"


def _dense_relu():
    X = tc.placeholder((20, 12), name="X")
    Wt = tc.placeholder((24, 12), name="Wt")  # x @ W.T: Wt read strided along j, packed
    r = tc.reduce_axis(12, name="r")
    Y = tc.compute((20, 24), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    Z = tc.compute((20, 24), lambda i, j: tc.max(Y[i, j], 0.0), name="Z")
    return [Z], [X, Wt, Z]


def _dense_gelu_saved():
    """``x @ W.T + b`` then exact GELU, reading the biased value twice (``z * (1 + erf(z c))``),
    as one output with the dense result beside it (what ``tcomp.nn`` saves for the
    backward)."""
    X = tc.placeholder((20, 12), name="X")
    Wt = tc.placeholder((24, 12), name="Wt")
    b = tc.placeholder((24,), name="b")
    r = tc.reduce_axis(12, name="r")
    Y = tc.compute((20, 24), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    Z = tc.compute((20, 24), lambda i, j: Y[i, j] + b[j], name="Z")
    G = tc.compute((20, 24), lambda i, j: (Y[i, j], 0.5 * Z[i, j] * (
        1.0 + tc.erf(Z[i, j] * 0.7071067811865476))), name="G")
    return list(G), [X, Wt, b, *G]


def _conv_data_grad():
    """conv2d's data gradient: a convolution of the adjoint into the padded input's shape,
    cropped to the input's (read at [y + 1, x + 1]): the crop's epilogue."""
    from tcomp.autodiff import gradient
    from tcomp.ops.conv import conv2d

    X = tc.placeholder((2, 4, 8, 8), name="X")
    Wt = tc.placeholder((8, 4, 3, 3), name="W")
    head = tc.placeholder((2, 8, 8, 8), name="head")
    (gx,) = gradient(conv2d(X, Wt, padding=1), [X], head)
    return [gx], [head, Wt, gx]


def _colsum():
    X = tc.placeholder((40, 48), name="X")
    r = tc.reduce_axis(40, name="r")
    C = tc.compute((48,), lambda j: tc.sum(X[r, j], axis=r), name="colsum")
    return [C], [X, C]


def _chain():
    X = tc.placeholder((6, 64), name="X")
    A = tc.compute((6, 64), lambda i, j: X[i, j] * 2.0 + 1.0, name="A")
    B = tc.compute((6, 64), lambda i, j: tc.exp(A[i, j]) - A[i, j], name="B")
    return [B], [X, B]


def _conv_weight_grad():
    """conv2d's weight gradient dW[k, c, 3, 3] = sum over (n, y, x): no register tile (a
    3-wide last axis), vector partial sums along x (the ``dot`` knob)."""
    from tcomp.autodiff import gradient
    from tcomp.ops.conv import conv2d

    X = tc.placeholder((2, 3, 8, 8), name="X")
    Wt = tc.placeholder((4, 3, 3, 3), name="W")
    Y = conv2d(X, Wt, padding=1)
    head = tc.placeholder((2, 4, 8, 8), name="head")
    (gw,) = gradient(Y, [Wt], head)
    return [gw], [X, head, gw]


def _conv_relu_pool():
    """conv2d with a bias and ReLU, then 2 x 2 max pooling: the pooled anchor (odd sizes: the
    last row and column of the convolution are pooled by no window)."""
    from tcomp.ops.conv import conv2d, pool2d

    X = tc.placeholder((2, 3, 11, 11), name="X")
    Wt = tc.placeholder((6, 3, 3, 3), name="W")
    b = tc.placeholder((6,), name="b")
    Y = conv2d(X, Wt, padding=1)
    R = tc.compute(Y.shape, lambda n, c, y, x: tc.max(Y[n, c, y, x] + b[c], 0.0), name="R")
    P = pool2d(R, 2, 2, "max")
    return [P], [X, Wt, b, P]


def _conv_pad_output():
    """A padded convolution whose padded input is an output too: it stays at root, written
    whole, not copied per strip of the convolution (the default raised ScheduleError: fuzz
    case 1214 of the conv programs)."""
    (Y,), (X, Wt, _) = W.conv2d(n=1, c=4, k=16, size=30, kernel=3, pad=1)
    (pad,) = [t for t in Y.op.input_tensors if t.op.name == "conv.pad"]
    return [Y, pad], [X, Wt, Y, pad]


GRAPHS = {
    "dense_relu": _dense_relu,
    "conv_pad_output": _conv_pad_output,
    "conv_weight_grad": _conv_weight_grad,
    "dense_gelu_saved": _dense_gelu_saved,
    "conv_data_grad": _conv_data_grad,
    "conv_relu_pool": _conv_relu_pool,
    "colsum": _colsum,
    "chain": _chain,
    "softmax": lambda: W.softmax(n=6, m=64),
    "lstm": lambda: W.lstm_cell(batch=8, n=16),
    "lstm_aliased": lambda: W.lstm_cell(batch=8, n=128),  # rows of W 2 KB apart: panel:
    "capsule_routing": lambda: W.capsule_routing(batch=2, in_caps=12, out_caps=3, in_dim=4,
                                                 out_dim=8),
}


def _check(s: tc.Schedule, outs: list, args: list, target: str = "llvm") -> None:
    ins_t = [a for a in args if not any(a is o for o in outs)]
    ins = random_inputs(ins_t, rng=1)
    ref = evaluate(outs, ins, params=ins_t)
    res = [np.zeros([int(d.value) for d in o.shape], o.dtype.np) for o in outs]
    if tc.Target.parse(target).missing_on_host():  # AVX-512 code on an AVX2 CPU:
        tc.build(s, args, target=target, database=False)  # it compiles,
        target = "llvm"  # and the same schedule runs here for the host
    tc.build(s, args, target=target, database=False)(*ins, *res)
    for r, e in zip(res, ref, strict=True):
        assert_allclose(r, e, rtol=2e-4, atol=1e-4)


@pytest.mark.parametrize("graph", [g for g in GRAPHS if g != "capsule_routing"])
def test_every_candidate_of_every_knob_is_correct(graph: str) -> None:
    outs, args = GRAPHS[graph]()
    knobs = tc.auto_knobs(outs)
    assert knobs
    default = {k: v[0] for k, v in knobs.items()}
    assert tc.auto_schedule(outs, config=default).trace_json() == \
        tc.auto_schedule(outs).trace_json()
    base = tc.auto_schedule(outs).trace_json()
    _check(tc.auto_schedule(outs), outs, args)
    changed = set()
    for k, vals in knobs.items():
        for v in vals[1:]:
            s = tc.auto_schedule(outs, config={k: v})
            if s.trace_json() != base:  # a knob may be inert under the others' choices
                changed.add(k)
            _check(s, outs, args)
    assert len(changed) >= min(3, len(knobs)), (sorted(knobs), sorted(changed))


def test_the_knobs_cover_the_heuristics_decisions() -> None:
    kinds = set()
    for graph in GRAPHS:
        kinds |= {k.split(":")[0] for k in tc.auto_knobs(GRAPHS[graph]()[0])}
    assert kinds == {"inline", "rows", "interleave", "rows.prefetch", "epilogue", "tile",
                     "pack", "panel", "reassoc", "col", "dot", "vec", "par", "fuse",
                     "fuse.reassoc", "pool"}
    dw = tc.auto_knobs(_conv_weight_grad()[0], target=AVX2)
    assert [v for k, v in dw.items() if k.startswith("dot:")] == [[8, 0]]
    z = tc.auto_knobs(_dense_relu()[0])
    assert z["epilogue"][0] is True and z["pack:Y"][0] is True and z["tile:Y"][0] != "none"
    # capsule routing's agreement packs a 24 MB input it reuses nothing of: no tile
    cap = tc.auto_knobs(W.capsule_routing(batch=32)[0])
    assert any(k.startswith("tile:") and v[0] == "none" for k, v in cap.items())


def test_a_stage_read_twice_at_the_same_indices_is_inlined_into_the_epilogue() -> None:
    # GELU reads the biased dense value twice at its own indices: one value once inlined, so
    # the bias is inlined and the whole chain runs in the dense kernel's epilogue, with no
    # dense-sized buffer in memory between them (it ran as three passes over memory before)
    outs, args = _dense_gelu_saved()
    knobs = tc.auto_knobs(outs)
    assert knobs["inline:Z"][0] is True and knobs["epilogue"][0] is True
    text = str(tc.lower(tc.auto_schedule(outs), args))
    assert "allocate Z" not in text and "allocate Y: float32[480]" not in text, text
    assert "allocate Y" in text  # the register tile's accumulators, in local scope


def test_a_row_sum_no_register_tile_takes_runs_as_vector_partial_sums() -> None:
    # sum over the last axis into a 2-D output (layer norm's row means, recomputed in its
    # weight gradient): a register tile would pack X and reuse none of it, so the tile is
    # "none"; the partial sums along the contiguous row are then the default, not one
    # dependent scalar add per element (that gradient: 0.085 -> 0.025 ms, 1024 rows of 64)
    X = tc.placeholder((8, 32, 64), name="X")
    k = tc.reduce_axis(64, name="k")
    S = tc.compute((8, 32), lambda i, j: tc.sum(X[i, j, k], axis=k), name="S")
    knobs = tc.auto_knobs([S], target=AVX2)
    assert knobs["tile:S"][0] == "none" and knobs["dot:S"][0] == 8, knobs
    assert "S.rf" in str(tc.lower(tc.auto_schedule([S], target=AVX2), [X, S]))
    _check(tc.auto_schedule([S], target=AVX2), [S], [X, S])


@pytest.mark.parametrize("target, lanes", [(AVX2, 16), (AVX512, 32)])
def test_an_elementwise_output_computing_a_transcendental_takes_two_vectors_a_step(
        target: str, lanes: int) -> None:
    # two independent polynomial chains per step (exact GELU 1024x256: 0.181 -> 0.160 ms,
    # AVX2); through an inlined stage too; a cheap output keeps one vector of 8 lanes
    X = tc.placeholder((16, 64), name="X")
    Z = tc.compute((16, 64), lambda i, j: X[i, j] * 0.7071067811865476, name="Z")
    G = tc.compute((16, 64), lambda i, j: 0.5 * X[i, j] * (1.0 + tc.erf(Z[i, j])), name="G")
    A = tc.compute((16, 64), lambda i, j: X[i, j] * 2.0 + 1.0, name="A")
    assert tc.auto_knobs([G], target=target)["vec:G"][0] == lanes
    assert tc.auto_knobs([A], target=target)["vec:A"][0] == 8
    _check(tc.auto_schedule([G], target=target), [G], [X, G])


def test_a_padded_input_a_convolution_reads_many_times_is_copied_not_inlined() -> None:
    # inlined, every multiply-add evaluates the border guard and a masked load (conv2d
    # 64 -> 64 at 56 x 56: 2.99 ms inlined, 1.64 ms with the copy, AVX2, 2 threads); a
    # depthwise window reads each element a few times only, and short padded rows (12:
    # the copy lost there) keep it inlined
    conv, args = W.conv2d(n=1, c=4, k=16, size=30, kernel=3, pad=1)
    assert tc.auto_knobs(conv)["inline:conv.pad"][0] is False
    _check(tc.auto_schedule(conv), conv, args)
    short, _ = W.conv2d(n=1, c=16, k=16, size=10, kernel=3, pad=1)
    assert tc.auto_knobs(short)["inline:conv.pad"][0] is True
    X = tc.placeholder((2, 8, 10, 10), name="X")
    Wd = tc.placeholder((8, 3, 3), name="Wd")
    P = tc.compute((2, 8, 12, 12), lambda n, c, y, x: tc.if_then_else(
        tc.all(y >= 1, y < 11, x >= 1, x < 11), X[n, c, y - 1, x - 1], 0.0), name="P")
    ry, rx = tc.reduce_axis(3, name="ry"), tc.reduce_axis(3, name="rx")
    D = tc.compute((2, 8, 10, 10), lambda n, c, y, x: tc.sum(
        P[n, c, y + ry, x + rx] * Wd[c, ry, rx], axis=[ry, rx]), name="D")
    assert tc.auto_knobs([D])["inline:P"][0] is True


def test_a_cropped_reduction_is_computed_in_the_crop_s_epilogue() -> None:
    # the data gradient of a padded conv was computed at the padded size (10 x 10 for 8 x 8,
    # a 2-lane tail per row) and cropped; in the crop's epilogue only the kept region is
    # computed (batch 64, 16 <- 32 channels at 8 x 8: 1.06 -> 0.46 ms, AVX2, 2 threads)
    outs, args = _conv_data_grad()
    assert tc.auto_knobs(outs)["epilogue"][0] is True
    text = str(tc.lower(tc.auto_schedule(outs), args))
    assert "in global" not in text, text  # no padded-size gradient in memory


@pytest.mark.parametrize("target, side", [(AVX2, 2), (AVX512, 4)])
def test_a_dot_with_a_short_last_axis_shares_loads_across_the_first_axis(target: str,
                                                                           side: int) -> None:
    # conv2d's weight gradient dW[k, c, 3, 3]: the 3 taps' partial sums side by side, and
    # 2 (AVX2's 16 registers) or 4 (AVX-512's 32) output channels with them, which share
    # the loads of the input (batch 64, 16 -> 32 at 8x8: 0.605 -> 0.362 ms, AVX2, 2 threads)
    outs, args = _conv_weight_grad()
    s = tc.auto_schedule(outs, target=target)
    steps = json.loads(s.trace_json())
    assert {"kind": "split", "params": {"axis": "i0", "factor": side, "nparts": None},
            "stage": "W.adj.conv.0"} in steps, steps
    _check(s, outs, args)


def test_the_fused_sketch_is_not_the_default_where_it_would_recompute_stages() -> None:
    # layer norm's weight gradient: a sum over rows into a 64-wide output reads each row's
    # mean and rstd at the reduction's row index; inside the output's loop they would be
    # computed once per output column (1.47 ms against 0.025 stage by stage, AVX2).
    from tcomp.autodiff import gradient
    from tcomp.ops.reduce import layer_norm

    X = tc.placeholder((64, 16), name="X")
    G = tc.placeholder((16,), name="G")
    B = tc.placeholder((16,), name="B")
    head = tc.placeholder((64, 16), name="head")
    (gg,) = gradient(layer_norm(X, G, B), [G], head)
    knobs = tc.auto_knobs(gg)
    assert knobs["fuse"] == [False, True]
    _check(tc.auto_schedule(gg), [gg], [X, head, gg])
    _check(tc.auto_schedule(gg, config={"fuse": True}), [gg], [X, head, gg])
    # capsule routing and an attention head read every stage through the output's lead
    # index (the batch, the query row): fused by default, as measured
    for outs in (W.capsule_routing()[0], W.attention_head()[0]):
        assert tc.auto_knobs(outs)["fuse"][0] is True


def test_row_wise_outputs_prefetch_the_next_row_when_asked() -> None:
    big = tc.placeholder((8192, 1024), name="X")
    y = tc.ops.softmax(big)[-1]
    # off first where the target's prefetchers follow the rows (on a Zen 4 the prefetch
    # slowed rows bigger than the caches too), on first where they stop at a row's end (Zen 3)
    zen4, zen3 = "llvm -mcpu=znver4", "llvm -mcpu=znver3"
    assert tc.auto_knobs(y, target=zen4)["rows.prefetch"] == [False, True]
    assert tc.auto_knobs(y, target=zen3)["rows.prefetch"] == [True, False]
    assert "prefetch" not in str(tc.lower(tc.auto_schedule(y, target=zen4), [big, y]))
    assert "prefetch X" in str(tc.lower(tc.auto_schedule(y, target=zen3), [big, y]))
    text = str(tc.lower(tc.auto_schedule(y, config={"rows.prefetch": True}), [big, y]))
    # the exp pass (the row's longest) fetches the next row of X; nothing else prefetches
    # (j.outer steps by the vector lanes times the interleave: 32 bytes x 4 with AVX2, 64
    # bytes x 2 with AVX-512, two cache lines)
    fetched = [ln.strip() for ln in text.splitlines() if "prefetch" in ln]
    assert len(fetched) == 1, text
    assert re.fullmatch(r"prefetch X\[i, j\.outer \* 32 \+ j\.inner \+ 1024\]",
                        fetched[0]), text


@pytest.mark.parametrize("target,registers", [(AVX2, 16), (AVX512, 32)])
def test_register_tiles_offered_fit_the_target_s_register_file(target: str,
                                                                registers: int) -> None:
    outs, _ = W.matmul(n=256)
    knobs = tc.auto_knobs(outs, target=target)
    lanes = registers // 2  # 8 float32 lanes with AVX2, 16 with AVX-512
    tiles = [v for v in knobs["tile:C"] if v != "none"]
    assert len(tiles) > 4
    for t in tiles:
        rows, cols = (int(x) for x in t.split("x"))
        assert cols % lanes == 0
        assert rows * (cols // lanes) + cols // lanes + 1 <= registers, t
    assert knobs["tile:C"][0] == ("6x16" if registers == 16 else "12x32")


def test_a_config_names_only_knobs_and_candidates_of_this_graph() -> None:
    outs, _ = W.softmax(n=6, m=64)
    with pytest.raises(tc.ScheduleError, match=r"no knob 'tile:nope'.*its knobs: "):
        tc.auto_schedule(outs, config={"tile:nope": "1x8"})
    with pytest.raises(tc.ScheduleError, match=r"knob 'interleave' = 3 is not one of"):
        tc.auto_schedule(outs, config={"interleave": 3})
    with pytest.raises(tc.ScheduleError, match=r"knob 'rows' = 1 is not one of"):
        tc.auto_schedule(outs, config={"rows": 1})  # a bool knob takes bools only
    with pytest.raises(TypeError, match=r"config must be a dict .* got list"):
        tc.auto_schedule(outs, config=[("rows", False)])
    with pytest.raises(TypeError, match=r"config must be a dict .* got str"):
        tc.auto_schedule(outs, target="cuda", config="plain")
    with pytest.raises(TypeError, match=r"out\[0\] is a list"):
        tc.auto_knobs([outs])
    with pytest.raises(ValueError, match="empty list"):
        tc.auto_schedule([])


@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_random_configs_of_the_automatic_schedule_are_correct(data) -> None:
    graph = data.draw(st.sampled_from(list(GRAPHS)))  # capsule routing: a dozen stages
    outs, args = GRAPHS[graph]()
    knobs = tc.auto_knobs(outs)
    cfg = data.draw(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in knobs.items()}))
    _check(tc.auto_schedule(outs, config=cfg), outs, args)


def test_the_automatic_space_searches_the_automatic_schedule_s_knobs() -> None:
    """Tuning starts from the automatic default: the space's default config applies to it
    exactly, its knobs are the space's ("auto." + name), and mutating one of them gives a
    new, correct schedule."""
    outs, args = GRAPHS["dense_relu"]()
    sp = AutoSpace(outs, args)
    assert sp.seeds()[0] == sp.default() and sp.default()["sketch"] == "auto"
    assert sp.apply(sp.default()).trace_json() == tc.auto_schedule(outs).trace_json()
    assert {f"auto.{k}" for k in tc.auto_knobs(outs)} <= set(sp.knobs)
    # a 2-row tile, one vector wide or two (8 lanes with AVX2, 16 with AVX-512)
    two_rows = next(t for t in sp.knobs["auto.tile:Y"] if t.startswith("2x"))
    cfg = dict(sp.default(), **{"auto.tile:Y": two_rows})
    s = sp.apply(cfg)
    assert s.trace_json() != tc.auto_schedule(outs).trace_json()
    _check(s, outs, args)
    rng = random.Random(4)
    for _ in range(3):
        child = sp.mutate(sp.default(), rng, n=2)
        assert set(child) == set(sp.knobs)
        _check(sp.apply(child), outs, args)


@pytest.mark.parametrize("shape", [(5, 6, 3), (7, 3), (40,), (3,)])
def test_the_dot_rule_on_outputs_of_every_rank(shape: tuple[int, ...]) -> None:
    # vector partial sums along a contiguous reduction; the short last axis side by side
    # (ranks 2 and 3, where the partial sums sit at the second-to-last loop), or one per
    # output element
    A = tc.placeholder((*shape, 128), name="A")
    k = tc.reduce_axis(128, name="k")
    Y = tc.compute(shape, lambda *i: tc.sum(A[(*i, k)] * 2.0, axis=k), name="Y")
    assert tc.auto_knobs(Y, target=AVX2)["dot:Y"] == [8, 0]
    for cfg in ({}, {"dot:Y": 0}):
        _check(tc.auto_schedule(Y, config=cfg), [Y], [A, Y])


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_a_dot_whose_operands_both_read_the_first_axis_keeps_its_partial_sums(target: str
                                                                             ) -> None:
    # a depthwise conv's weight gradient dW[c, 3, 3]: no first-axis values side by side
    # (both operands read c), so the partial sums sit at the second loop of three; the
    # parallel fuse of the first two loops removed that loop (ScheduleError, and a schedule-
    # free build fell back to the blank schedule; found by the gradient fuzzer, seed 900081)
    x = tc.placeholder((1, 32, 30, 30), "float64", "x")
    g = tc.placeholder((1, 32, 28, 28), "float64", "g")
    i, j = tc.reduce_axis(28, name="i"), tc.reduce_axis(28, name="j")
    wg = tc.compute((32, 3, 3), lambda c, a, b: tc.sum(x[0, c, i + a, j + b] * g[0, c, i, j],
                                                        axis=[i, j]), name="wg")
    assert tc.auto_knobs(wg, target=target)["dot:wg"][0] > 0
    _check(tc.auto_schedule(wg, target=target), [wg], [x, g, wg], target)


@pytest.mark.parametrize(("rows", "cols"), [(1, 256), (3, 13), (1, 40), (2, 5), (8, 64)])
def test_a_few_rows_of_x_at_w_transposed_run_as_dots(rows: int, cols: int) -> None:
    # a batch-1 dense layer (x @ W.T, W stored (out, in)): packing W would copy all of it
    # for one output row; dots read it as stored, outputs side by side (a ragged last
    # group where 13 has no divisor of 4 or more)
    X = tc.placeholder((rows, 96), name="X")
    Wt = tc.placeholder((cols, 96), name="Wt")
    r = tc.reduce_axis(96, name="r")
    Y = tc.compute((rows, cols), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    for target, lanes in ((AVX2, 8), (AVX512, 16)):
        knobs = tc.auto_knobs(Y, target=target)
        assert knobs["tile:Y"][0] == "none" and knobs["dot:Y"][0] == lanes
    s = tc.auto_schedule(Y)
    assert "cache_read" not in s.trace_json()  # W unpacked
    for cfg in ({}, {"dot:Y": 0}, {"tile:Y": tc.auto_knobs(Y)["tile:Y"][1]}):
        _check(tc.auto_schedule(Y, config=cfg), [Y], [X, Wt, Y])


def _x_at_wt(rows: int, red: int, cols: int) -> tuple[tc.Tensor, tc.Tensor, tc.Tensor]:
    """``(X, Wt, Y)``: a dense layer's ``Y = X @ Wt.T``, ``Wt`` stored (out, in)."""
    X = tc.placeholder((rows, red), name="X")
    Wt = tc.placeholder((cols, red), name="Wt")
    r = tc.reduce_axis(red, name="r")
    return X, Wt, tc.compute((rows, cols), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r),
                             name="Y")


def test_enough_rows_of_x_at_w_transposed_keep_the_packed_register_tile() -> None:
    # more than 32 rows (8 tiles of the dots' 4 rows on AVX-512)
    Y = _x_at_wt(36, 96, 64)[2]
    knobs = tc.auto_knobs(Y, target=AVX2)
    assert knobs["tile:Y"][0] == "6x16" and knobs["dot:Y"][0] == 0
    assert tc.auto_knobs(Y, target=AVX512)["tile:Y"][0] == "12x32"
    assert "cache_read" in tc.auto_schedule(Y, target=AVX2).trace_json()


@pytest.mark.parametrize(("red", "lanes", "target"), [(256, 16, AVX512), (512, 16, AVX512),
                                                      (96, 8, AVX2), (128, 8, AVX2)])
def test_more_than_8_rows_run_as_dots_only_with_a_long_reduction(red: int, lanes: int,
                                                                  target: str) -> None:
    # 9 to 32 rows run as dots only with a reduction of 2 * lanes vectors or more: each dot
    # ends in a sum of its lanes, which a short one doesn't pay for; 48 rows never do
    for rows in (16, 32, 48):
        dots = tc.auto_knobs(_x_at_wt(rows, red, 64)[2], target=target)["tile:Y"][0] == "none"
        assert dots == (red >= 2 * lanes * lanes and rows <= 32), rows


def test_the_dots_row_tiles_run_inside_their_column_tiles() -> None:
    # each block of W's rows is read by every row tile of x while it is in L1 (consecutive
    # iterations of the parallel loop share it), not once per row tile
    X, Wt, Y = _x_at_wt(32, 784, 256)
    s = tc.auto_schedule(Y, target=AVX2)
    assert "cache_read" not in s.trace_json()  # dots, W read as stored
    nest = str(tc.lower(s, [X, Wt, Y]))
    assert "for j.outer.i.outer.fused in 0..1024:  # parallel" in nest, nest
    _check(s, [Y], [X, Wt, Y])


@pytest.mark.parametrize(("rows", "red", "cols", "target", "dots"), [
    (32, 256, 10, AVX2, True), (32, 256, 10, AVX512, True),  # vectors filled in part
    (200, 256, 12, AVX2, True), (256, 256, 10, AVX512, True),
    (32, 256, 16, AVX512, True),  # one whole vector, few rows: no pack for them
    (96, 256, 16, AVX512, False),  # one whole vector, more rows: the packed tile
    (300, 256, 10, AVX512, False),  # more rows than the reduction: the packed tile
    (48, 256, 16, AVX2, False),  # two whole vectors: not narrow (and more than 32 rows)
])
def test_a_narrow_output_of_x_at_w_transposed_runs_as_dots(rows: int, red: int, cols: int,
                                                           target: str, dots: bool) -> None:
    # a classifier head (x @ W.T to 10 classes): dots along the reduction read W as stored,
    # where a register tile would fill its vectors in part and pack W on every call
    X = tc.placeholder((rows, red), name="X")
    Wt = tc.placeholder((cols, red), name="Wt")
    r = tc.reduce_axis(red, name="r")
    Y = tc.compute((rows, cols), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    knobs = tc.auto_knobs(Y, target=target)
    assert (knobs["tile:Y"][0] == "none") is dots, knobs["tile:Y"]
    assert knobs["dot:Y"][0] == (tc.Target.parse(target).vector_lanes("float32") if dots else 0)
    assert ("cache_read" in tc.auto_schedule(Y, target=target).trace_json()) is not dots


@pytest.mark.parametrize("cols", [10, 12])
def test_a_narrow_output_run_as_dots_is_correct(cols: int) -> None:
    X = tc.placeholder((24, 64), name="X")
    Wt = tc.placeholder((cols, 64), name="Wt")
    B = tc.placeholder((cols,), name="B")
    r = tc.reduce_axis(64, name="r")
    Y = tc.compute((24, cols), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    Z = tc.compute((24, cols), lambda i, j: Y[i, j] + B[j], name="Z")
    knobs = tc.auto_knobs(Z)
    assert knobs["tile:Y"][0] == "none" and knobs["dot:Y"][0] > 0, knobs
    for cfg in ({}, {"dot:Y": 0}, {"tile:Y": knobs["tile:Y"][1]}):
        _check(tc.auto_schedule(Z, config=cfg), [Z], [X, Wt, B, Z])


def test_one_row_of_x_at_w_takes_more_columns_of_accumulators() -> None:
    # x @ W with W stored (in, out): no packing; one row of two vectors would run two FMA
    # chains, so the tile widens to as many columns as the registers hold (four), a count
    # dividing the 256 columns
    X = tc.placeholder((1, 96), name="X")
    Wm = tc.placeholder((96, 256), name="W")
    r = tc.reduce_axis(96, name="r")
    Y = tc.compute((1, 256), lambda i, j: tc.sum(X[i, r] * Wm[r, j], axis=r), name="Y")
    assert tc.auto_knobs(Y, target=AVX2)["tile:Y"][0] == "1x32"
    assert tc.auto_knobs(Y, target=AVX512)["tile:Y"][0] == "1x64"
    _check(tc.auto_schedule(Y), [Y], [X, Wm, Y])


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_a_register_tile_is_one_row_high_where_the_rows_share_no_input(target: str) -> None:
    # a depthwise conv reads x and w at its channel: a tile of 8 channels read 8 streams
    # 4 KB apart and reused nothing between them (0.47 ms; one channel by 64 steps 0.15)
    outs, args = W.causal_conv1d(batch=2, channels=16, length=256, width=4)
    lanes = 16 if target == AVX512 else 8
    assert tc.auto_knobs(outs, target=target)["tile:Y"][0] == f"1x{4 * lanes}"
    _check(tc.auto_schedule(outs, target=target), outs, args, target=target)
    outs, _ = W.matmul(n=256)  # B is shared by the rows of A: rows still pay
    assert tc.auto_knobs(outs, target=target)["tile:C"][0] != f"1x{4 * lanes}"


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_rows_shorter_than_a_vector_run_at_root_vectorized_across_rows(target: str) -> None:
    # a capsule's 8 values: a full AVX2 vector, half an AVX-512 one
    outs, args = W.capsule_squash(batch=4, caps=6, dim=8)
    knobs = tc.auto_knobs(outs, target=target)
    short = target == AVX512
    assert knobs["rows"][0] is not short and (knobs["vec:squash"][0] == 0) is short
    _check(tc.auto_schedule(outs, target=target), outs, args, target=target)


@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_a_row_s_partial_results_are_combined_one_register_long(target: str) -> None:
    # the registers of partial maxima and sums (four of AVX2, two of AVX-512: two cache
    # lines) are first added into one vector, so the serial combine per row is one register
    # long (AVX-512 softmax 8192 x 1024, four registers: 1.94 -> 1.69-1.76 ms on a Zen 4)
    outs, args = W.softmax(n=4, m=1024)
    lanes = 16 if target == AVX512 else 8
    assert tc.auto_knobs(outs, target=target)["interleave"][0] == 128 // (4 * lanes)
    low = str(tc.lower(tc.auto_schedule(outs, target=target), args))
    serial = re.findall(r"for \S+ in 0\.\.(\d+):\n\s+\S+\[0\] = (?:max\()?\S+\[0\]", low)
    assert serial == [str(lanes)] * 2, low
    _check(tc.auto_schedule(outs, target=target), outs, args, target=target)


@pytest.mark.parametrize(("red", "grouped"), [(512, True), (1024, True), (392, False),
                                              (256, False)])
@pytest.mark.parametrize("target", [AVX2, AVX512])
def test_a_pack_gathers_eight_rows_at_a_time_where_rows_share_cache_sets(
        red: int, grouped: bool, target: str) -> None:
    # W's rows 2 KB or a multiple apart fall into a few L1 sets: a 32-row panel's gathers
    # evicted each other at every step, so its rows are gathered 8 at a time along the whole
    # reduction (a last, partial panel of 8 rows included); other strides keep whole-panel
    # gathers
    X = tc.placeholder((48, red), name="X")
    Wt = tc.placeholder((136, red), name="Wt")
    r = tc.reduce_axis(red, name="r")
    Y = tc.compute((48, 136), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    s = tc.auto_schedule(Y, target=target)
    text = str(tc.lower(s, [X, Wt, Y]))
    pack = text[text.index("allocate Wt.packed"):text.index("allocate Y.local")]
    assert ("for i0.inner.inner in 0..8:  # vectorized" in pack) == grouped, pack
    if grouped:  # a thread per panel, so no two write one cache line of it
        assert re.search(r"for i0\.outer in 0\.\.\d+:  # parallel", pack), pack
    _check(s, [Y], [X, Wt, Y], target)


@pytest.mark.parametrize(("rows", "cols", "target", "tile"), [
    (32, 64, AVX512, "[4, 4, 16]"), (16, 64, AVX2, "[2, 4, 8]"),
    (6, 20, AVX512, "[3, 5, 16]"), (7, 13, AVX2, "[1, 8, 8]"), (12, 13, AVX512, "[4, 6, 16]"),
    (9, 40, AVX2, "[1, 8, 8]")])
def test_dots_accumulate_a_tile_of_rows_and_columns(rows: int, cols: int, target: str,
                                                   tile: str) -> None:
    # x @ W.T with few row tiles runs as dots; W doesn't read the rows, so rows side by side
    # share each of its vectors, as the columns share each of x's: a tile of rows x columns
    # of vector partial sums (4 x 6 with AVX-512's 32 registers, 2 x 4 with AVX2's 16; the
    # largest divisor of the rows below that, a divisor of the columns from 4 up)
    X = tc.placeholder((rows, 512), name="X")
    Wt = tc.placeholder((cols, 512), name="Wt")
    b = tc.placeholder((cols,), name="b")
    r = tc.reduce_axis(512, name="r")
    Y = tc.compute((rows, cols), lambda i, j: tc.sum(X[i, r] * Wt[j, r], axis=r), name="Y")
    Z = tc.compute((rows, cols), lambda i, j: Y[i, j] + b[j], name="Z")
    knobs = tc.auto_knobs(Z, target=target)
    assert knobs["tile:Y"][0] == "none" and knobs["dot:Y"][0] > 0
    s = tc.auto_schedule(Z, target=target)
    text = str(tc.lower(s, [X, Wt, b, Z]))
    assert f"allocate Y.rf: float32{tile} in local" in text, text
    _check(s, [Z], [X, Wt, b, Z], target)


def test_weights_whose_rows_share_cache_sets_are_packed_in_panels_where_that_pays() -> None:
    # An LSTM's Wx[k, j] with 512 columns: rows 2 KB apart, so a register tile's panel (one
    # cache line of each of its 128 rows) falls into two L1 sets. AVX2's 6 x 16 tile reads
    # one line a row: each column tile copies its panel into a local buffer, contiguous,
    # inside the parallel column loop (AVX2 x @ W 64 x 1024 -> 1024: 0.94 -> 0.72 ms).
    # AVX-512's 12 x 32 reads two lines a row, which the adjacent-line prefetch fetches
    # together: no panels by default (slower there), the knob still offers them.
    outs, args = W.lstm_cell(batch=48, n=128)  # 8 row tiles of 6 read each panel
    assert tc.auto_knobs(outs, target=AVX2)["panel:G"] == [True, False]
    assert tc.auto_knobs(outs, target=AVX512)["panel:G"] == [False, True]
    text = str(tc.lower(tc.auto_schedule(outs, target=AVX2), args))
    loop = text.index("# parallel")
    for w in ("Wx", "Wh"):
        assert text.index(f"allocate {w}.local: float32[128, 16] in local") > loop, text
        assert f"{w}.local[k, " in text, text
    assert "allocate Wx.local" not in str(tc.lower(tc.auto_schedule(outs, target=AVX512),
                                                   args))
    _check(tc.auto_schedule(outs, target=AVX2, config={"panel:G": True}), outs, args, AVX2)
    # row tiles outermost (198 rows: 33 tiles, 32 column tiles): every row tile reads every
    # panel, so the whole weight is packed once, at root (AVX2 512 x 1024 -> 1024: 8.10 ->
    # 5.19 ms)
    A3 = tc.placeholder((198, 128), name="A3")
    W3 = tc.placeholder((128, 512), name="W3")
    k3 = tc.reduce_axis(128, name="k3")
    Y3 = tc.compute((198, 512), lambda i, j: tc.sum(A3[i, k3] * W3[k3, j], axis=k3), name="Y3")
    assert tc.auto_knobs(Y3, target=AVX2)["panel:Y3"] == [True, False]
    text = str(tc.lower(tc.auto_schedule(Y3, target=AVX2), [A3, W3, Y3]))
    assert text.index("allocate W3.packed: float32[32, 128, 16] in global") < text.index(
        "# parallel"), text
    _check(tc.auto_schedule(Y3, target=AVX2), [Y3], [A3, W3, Y3], AVX2)
    # 8 rows, two row tiles: the copy would cost more than it saves (8 x 1024 -> 1024, AVX2:
    # 0.29 -> 0.38 ms); the knob offers it
    assert tc.auto_knobs(W.lstm_cell(batch=8, n=128)[0], target=AVX2)["panel:G"] == [False, True]
    # rows 1.6 KB apart (400 columns): no knob
    assert "panel:G" not in tc.auto_knobs(W.lstm_cell(batch=8, n=100)[0], target=AVX2)
    # weights indexed by the tile's rows too: each row tile reads other panels, no knob
    A = tc.placeholder((8, 128), name="A")
    Wb = tc.placeholder((2, 128, 512), name="Wb")
    k = tc.reduce_axis(128, name="k")
    Y = tc.compute((8, 512), lambda i, j: tc.sum(A[i, k] * Wb[i // 4, k, j], axis=k), name="Y")
    knobs = tc.auto_knobs(Y, target=AVX2)
    assert knobs["tile:Y"][0] != "none" and "panel:Y" not in knobs
    # W read along the columns in both dimensions: packed whole (pack:), no panel (its
    # cache_read found no read of W left and the default schedule raised)
    A2 = tc.placeholder((8, 512), name="A2")
    W2 = tc.placeholder((512, 512), name="W2")
    k2 = tc.reduce_axis(512, name="k2")
    Y2 = tc.compute((8, 512), lambda i, j: tc.sum(A2[i, k2] * (W2[k2, j] + W2[j, k2]), axis=k2),
                    name="Y2")
    assert "panel:Y2" not in tc.auto_knobs(Y2, target=AVX2)
    _check(tc.auto_schedule(Y2, target=AVX2), [Y2], [A2, W2, Y2], AVX2)


# Reads of a 512-column weight (rows 2 KB apart) a matmul-like sum may combine: contiguous
# along the columns by the reduction (panels), transposed (packed whole), at a shifted
# column, indexed by the rows too, or a second weight; Y[i, j] = sum_k A[i, k] * (...).
_WEIGHT_READS = {
    "W[k, j]": lambda w, v, i, j, k: w[k, j],
    "W[j, k]": lambda w, v, i, j, k: w[j, k],
    "W[k, 511 - j]": lambda w, v, i, j, k: w[k, 511 - j],
    "W[i, j]": lambda w, v, i, j, k: w[i, j],
    "V[k // 2, j]": lambda w, v, i, j, k: v[k // 2, j],
    "V[0, j]": lambda w, v, i, j, k: v[0, j],
}


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_random_weight_reads_build_correct_panels(data) -> None:
    reads = data.draw(st.lists(st.sampled_from(sorted(_WEIGHT_READS)), min_size=1, max_size=3,
                               unique=True))
    rows = data.draw(st.sampled_from([6, 13, 40]))  # 40: row tiles outermost with some tiles
    A = tc.placeholder((rows, 512), name="A")
    Wt = tc.placeholder((512, 512), name="W")
    V = tc.placeholder((256, 512), name="V")
    k = tc.reduce_axis(512, name="k")

    def body(i, j):
        terms = [_WEIGHT_READS[r](Wt, V, i, j, k) for r in reads]
        return tc.sum(A[i, k] * sum(terms[1:], terms[0]), axis=k)

    Y = tc.compute((rows, 512), body, name="Y")
    ins = [A, *(t for t in (Wt, V) if any(r.startswith(t.name) for r in reads))]
    out = Y
    if data.draw(st.booleans()):  # a bias and ReLU: the sum computed in their tiles
        b = tc.placeholder((512,), name="b")
        out = tc.compute((rows, 512), lambda i, j: tc.max(Y[i, j] + b[j], 0.0), name="Z")
        ins.append(b)
    knobs = tc.auto_knobs(out, target=AVX2)
    cfg = data.draw(st.fixed_dictionaries({n: st.sampled_from(v) for n, v in knobs.items()}))
    _check(tc.auto_schedule(out, target=AVX2, config=cfg), [out], [*ins, out], AVX2)
