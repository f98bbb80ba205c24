"""``Stage.prefetch``: the loop nest it produces, that results don't change (LLVM and the
loop-IR interpreter against the reference evaluator), the instructions it emits, replay,
the GPU pipeline dropping it, and the refusals."""

from __future__ import annotations

import platform
import re

import numpy as np
import pytest

import tcomp as tc
from schedules import cpu
from tcomp.codegen.target import Target
from tcomp.dsl import evaluate
from tcomp.errors import ScheduleError
from tcomp.ir import interp
from tcomp.ir import stmt as S
from tcomp.ir.visitor import walk
from tcomp.passes.gpu import drop_cpu_hints
from tcomp.testing import assert_allclose, random_inputs

_X86 = platform.machine().lower() in ("x86_64", "amd64")


def _softmax(rows=6, cols=40, lanes=8):
    """The hand softmax (schedules/cpu.py) without its prefetches, small: the row max's
    reduction split into a vector of ``lanes`` partial results (stage ``Y.max.rf``, loop
    ``k.outer`` over the row's vectors)."""
    X = tc.placeholder((rows, cols), name="X")
    s, (_, y) = cpu.softmax(X, tc.ops.softmax(X), lanes=lanes, interleave=1, prefetch=0)
    rf = s.stage_by_name("Y.max.rf").op.output(0)
    (rko,) = [iv for iv in s[rf].leaf_iter_vars if iv.var.name == "k.outer"]
    return X, y, s, rf, rko


def _check(s, inputs, outputs):
    args = [*inputs, *outputs]
    ins = random_inputs(inputs, np.random.default_rng(3))
    refs = evaluate(outputs, ins, params=inputs)
    f = tc.build(s, args)
    outs = [np.empty([int(d.value) for d in t.shape], t.dtype.np) for t in outputs]
    f(*ins, *outs)
    arrays = [*ins, *[np.empty_like(o) for o in outs]]
    interp.run(tc.lower(s, args), arrays)
    for o, io, r, t in zip(outs, arrays[len(ins):], refs, outputs, strict=True):
        assert_allclose(o, r, t.dtype, name=t.name)
        assert_allclose(io, r, t.dtype, name=t.name)
    return f


def test_prefetch_of_the_next_row_loop_nest_results_and_instructions():
    X, y, s, rf, rko = _softmax(rows=6, cols=40, lanes=8)
    s[rf].prefetch(X, rko, 5)  # 5 iterations of 8 columns: the same columns of the next row
    text = str(tc.lower(s, [X, y]))
    line = next(ln for ln in text.splitlines() if "prefetch" in ln)
    # The read X[i, k.outer*8 + k.inner], 5 iterations of k.outer ahead.
    assert re.search(r"prefetch X\[i, .*\+ 40\]", line), text
    f = _check(s, [X], [y])
    if _X86:
        asm = f.source("asm")
        assert "prefetcht0" in asm, asm
    # A prefetch past the last row reads nothing and changes nothing (the last row's hints
    # point beyond the array): the results above already cover it; so does a huge offset.
    X2, y2, s2, rf2, rko2 = _softmax(rows=3, cols=16, lanes=8)
    s2[rf2].prefetch(X2, rko2, 1 << 20)
    _check(s2, [X2], [y2])


def test_prefetch_replays_to_the_same_loop_nest():
    X, y, s, rf, rko = _softmax()
    s[rf].prefetch(X, rko, 5)
    text = str(tc.lower(s, [X, y]))
    X2 = tc.placeholder((6, 40), name="X")
    y2 = tc.ops.softmax(X2)[-1]
    s2 = tc.replay(y2, s.trace_json())
    assert str(tc.lower(s2, [X2, y2])) == text
    assert "prefetch(" in str(s.trace[-1]) and "offset=5" in str(s.trace[-1])


def test_prefetch_of_a_computed_tensor_a_gather_and_unrolled_loops():
    # B is a computed buffer (compute_at) read transposed: a vector prefetch with a stride.
    A = tc.placeholder((16, 24), name="A")
    B = tc.compute((24, 16), lambda i, j: A[j, i] + 1.0, name="B")
    C = tc.compute((16, 24), lambda i, j: B[j, i] * 2.0, name="C")
    s = tc.create_schedule(C)
    i, j = s[C].op.axis
    jo, ji = s[C].split(j, factor=8)
    s[C].vectorize(ji)
    s[C].prefetch(B, i, 2)
    s[C].unroll(jo)
    s[C].prefetch(B, jo, 1)
    text = str(tc.lower(s, [A, C]))
    assert text.count("prefetch B") >= 2, text
    _check(s, [A], [C])


def test_prefetch_through_inlined_stages_and_of_the_stage_output_for_writing():
    n = 64
    X = tc.placeholder((n, n), name="X")
    W = tc.placeholder((n,), name="W")
    Bb = tc.placeholder((n,), name="Bias")
    stages = tc.ops.gelu_tanh(X, W, Bb)
    y = stages[-1]
    s = tc.create_schedule(y)
    for t in stages[:-1]:
        s[t].compute_inline()
    i, j = s[y].op.axis
    jo, ji = s[y].split(j, factor=16)
    s[y].vectorize(ji)
    s[y].parallel(i)
    s[y].prefetch(X, jo, 4)  # X is read through the inlined stages
    s[y].prefetch(y, jo, 4)  # the output's lines, for writing
    func = tc.lower(s, [X, W, Bb, y])
    pf = [n for n in walk(func.body) if isinstance(n, S.Prefetch)]
    assert sorted((p.buffer.name, p.write) for p in pf) == [("X", False), ("Y", True)], pf
    text = str(func)
    assert "prefetch X[i, j.outer * 16 + j.inner + 64]" in text, text
    assert "prefetch for write Y[i, j.outer * 16 + j.inner + 64]" in text, text
    f = _check(s, [X, W, Bb], [y])
    if _X86:
        asm = f.source("asm")
        assert "prefetcht0" in asm, asm
        # A write prefetch is its own instruction where the CPU has one (PRFCHW).
        assert ("prefetchw" in asm) == ("prfchw" in Target.host().feature_set), asm
    s2 = tc.replay(y, s.trace_json())
    assert str(tc.lower(s2, [X, W, Bb, y])) == text


def test_the_gpu_pipeline_drops_prefetches():
    X, y, s, rf, rko = _softmax()
    s[rf].prefetch(X, rko, 5)
    func = tc.lower(s, [X, y])
    assert any(isinstance(n, S.Prefetch) for n in walk(func.body))
    assert not any(isinstance(n, S.Prefetch) for n in walk(drop_cpu_hints(func).body))


def test_prefetch_refusals_name_the_tensor_loop_and_offset():
    X, _y, s, rf, rko = _softmax()
    other = tc.placeholder((6, 40), name="Other")
    with pytest.raises(ScheduleError, match=r"'Other' is neither a tensor this stage reads "
                                            r"\(it reads 'X'\) nor its output 'Y.max.rf'"):
        s[rf].prefetch(other, rko, 1)
    with pytest.raises(ScheduleError, match="neither a tensor this stage reads"):
        s[rf].prefetch("X", rko, 1)
    for bad in (0, -2, True, 1.5, None):
        with pytest.raises(ScheduleError, match=r"offset must be a positive int"):
            s[rf].prefetch(X, rko, bad)
    with pytest.raises(ScheduleError, match="no loop named 'nope'"):
        s[rf].prefetch(X, "nope", 1)
    s[rf].prefetch(X, rko, 2)
    with pytest.raises(ScheduleError, match=r"'X' is already prefetched at loop 'k\.outer'"):
        s[rf].prefetch(X, rko, 3)
    with pytest.raises(ScheduleError, match=r"prefetch\(\) on a placeholder|needs a computed"):
        s[X].prefetch(X, "i", 1)


def test_splitting_or_fusing_a_prefetched_loop_is_refused_at_the_call():
    X, y, s, rf, rko = _softmax()
    s[rf].prefetch(X, rko, 2)
    with pytest.raises(ScheduleError, match=r"split\(\): loop 'k\.outer' is prefetching 'X', "
                                            r"and the loops split\(\) makes would silently "
                                            "lose that"):
        s[rf].split(rko, factor=2)
    with pytest.raises(ScheduleError, match=r"fuse\(\): loop 'k\.outer' is prefetching 'X'"):
        s[rf].fuse(rko, s[rf].leaf_iter_vars[2])
    tc.lower(s, [X, y])  # the schedule is unchanged by the refused calls


def test_a_prefetch_whose_reads_moved_to_a_cache_is_refused_at_lowering():
    X, y, s, rf, rko = _softmax()
    s[rf].prefetch(X, rko, 2)
    s.cache_read(X, "global", [rf])
    with pytest.raises(ScheduleError, match=r"nothing inside that loop loads 'X'"):
        tc.lower(s, [X, y])


def test_prefetch_then_inline_or_cache_write_is_refused():
    A = tc.placeholder((8, 8), name="A")
    B = tc.compute((8, 8), lambda i, j: A[i, j] + 1.0, name="B")
    C = tc.compute((8, 8), lambda i, j: B[i, j] * 2.0, name="C")
    s = tc.create_schedule(C)
    s[B].prefetch(A, B.op.axis[0], 1)
    with pytest.raises(ScheduleError, match="compute_inline"):
        s[B].compute_inline()
    with pytest.raises(ScheduleError, match="cache_write"):
        s.cache_write(B, "local")
