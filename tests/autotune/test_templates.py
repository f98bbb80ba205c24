"""Templates refuse computations they can't schedule, up front and with the reason; a tuning
run in which every candidate failed says so and shows the first errors whole."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import tcomp as tc
from autotune import SearchSpace, TemplateSpace, TuningError, Workload, tune
from autotune import workloads as W
from schedules import templates as T
from tcomp.cli import main

sys.path.insert(0, str(Path(__file__).parent))
from tune_faults import FAULTY_WORKER, FaultSpace

WORKLOADS = {
    "matmul": (W.matmul, dict(n=16)),
    "batch_matmul": (W.batch_matmul, dict(b=2, n=8, m=8, k=8)),
    "conv2d": (W.conv2d, dict(c=2, k=2, size=6)),
    "depthwise": (W.conv2d, dict(c=4, k=4, size=8, groups=4)),
    "max_pool": (W.pool2d, dict(c=2, size=8)),
    "avg_pool": (W.pool2d, dict(c=2, size=8, kind="avg")),
    "softmax": (W.softmax, dict(n=4, m=8)),
    "row_sum": (W.row_sum, dict(n=4, m=16)),
    "gelu_dense": (W.gelu_dense, dict(n=8, m=8)),
}
FITS = {  # template -> the workloads it schedules
    "matmul": {"matmul"},
    "batch_matmul": {"batch_matmul"},
    "conv2d_nchw": {"conv2d", "depthwise"},
    "depthwise_conv2d": {"conv2d", "depthwise", "max_pool", "avg_pool"},
    "pool2d": {"conv2d", "depthwise", "max_pool", "avg_pool"},
    "softmax": {"softmax"},
    "row_reduce": {"row_sum"},
}
CASES = [(t, w) for t in sorted(FITS) for w in sorted(WORKLOADS)]


@pytest.mark.parametrize("template,workload", CASES, ids=[f"{t}-{w}" for t, w in CASES])
def test_template_checks_what_it_can_schedule(template: str, workload: str) -> None:
    """The bug: a template on another computation ended in a raw IndexError, ValueError or
    StopIteration from inside the template."""
    fac, kw = WORKLOADS[workload]
    outs, args = fac(**kw)  # type: ignore[operator]
    if workload in FITS[template]:
        sp = TemplateSpace(template, outs, args)
        tc.build(sp.apply(sp.default()), args)
        return
    with pytest.raises(tc.ScheduleError, match=f"template '{template}' can't schedule") as ei:
        TemplateSpace(template, outs, args)
    assert outs[0].name in str(ei.value) and "space='auto'" in str(ei.value)
    with pytest.raises(tc.ScheduleError, match=f"template '{template}'"):
        T.get(template).apply({}, outs, args)


def test_template_mismatch_reasons() -> None:
    outs, args = W.matmul(n=8)
    with pytest.raises(tc.ScheduleError, match=r"'C' is 2-D \(shape \[8, 8\]\), not 3-D"):
        T.get("batch_matmul").check(outs, args)
    X = tc.placeholder((8, 8), name="X")
    W_ = tc.placeholder((8, 8), name="W")
    k = tc.reduce_axis(8, name="k")
    dense = tc.compute((8, 8), lambda i, j: tc.sum(X[i, k] * W_[j, k], axis=k), name="D")
    with pytest.raises(tc.ScheduleError, match=r"'D' reads X\[i, k\], W\[j, k\].*A\[i, k\] "
                       r"and B\[k, j\]"):
        T.get("matmul").check([dense], [X, W_, dense])
    n = tc.var("n")
    Xs = tc.placeholder((n, 8), name="Xs")
    r = tc.reduce_axis(8, name="r")
    rs = tc.compute((n,), lambda i: tc.sum(Xs[i, r], axis=r), name="rs")
    with pytest.raises(tc.ScheduleError, match="symbolic shape"):
        T.get("row_reduce").check([rs], [Xs, rs])
    with pytest.raises(tc.ScheduleError, match="2 outputs"):
        T.get("row_reduce").check([rs, dense], [])


def test_tune_refuses_a_mismatched_template_before_measuring(db_path: str) -> None:
    """The bug: "0 trials (0 failed) ... search space exhausted", every config having failed
    in apply."""
    with pytest.raises(tc.ScheduleError, match="template 'matmul' can't schedule"):
        tune("softmax", kwargs={"n": 4, "m": 8}, space="matmul", trials=4, db=db_path,
             progress=False)


class _Unschedulable(SearchSpace):
    name = "unschedulable"

    def __init__(self, outputs: list, args: list) -> None:
        super().__init__(outputs, args)
        self.knobs = {"f": [2, 3, 5, 7]}

    def apply(self, cfg: dict[str, Any]) -> tc.Schedule:
        s = tc.create_schedule(self.outputs)
        C = self.outputs[0]
        s[C].split(C.op.axis[0], factor=cfg["f"])
        raise tc.ScheduleError(f"factor {cfg['f']} is not allowed here\nsecond line of it")


def test_every_config_failing_in_apply_is_a_clear_error(db_path: str) -> None:
    w = Workload("autotune.workloads:matmul", {"n": 16})
    outs, args = w.build()
    with pytest.raises(TuningError, match="every candidate failed") as ei:
        tune(workload=w, space=_Unschedulable(outs, args), trials=4, db=db_path,
             progress=False, strategy="grid")
    text = str(ei.value)
    assert "0 measured trial(s) failed, 4 config(s) could not be scheduled" in text
    assert "factor 2 is not allowed here" in text and "second line of it" in text  # whole
    rep = ei.value.result.report
    assert rep.all_failed and rep.rejected == 4 and len(rep.first_errors) == 3
    assert "EVERY CANDIDATE FAILED" in str(rep)


def test_every_trial_failing_is_a_clear_error_and_exit_status(
        db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    w = Workload("autotune.workloads:matmul", {"n": 16})
    outs, args = w.build()
    with pytest.raises(TuningError) as ei:
        tune(workload=w, space=FaultSpace(outs, args, ["wrong"]), strategy="grid", trials=2,
             db=db_path, remeasure=0, progress=False, batch_size=2, worker=FAULTY_WORKER)
    text = str(ei.value)
    assert "2 measured trial(s) failed" in text and text.count("wrong result") >= 2
    # the command line: the same message and status 2, not a report of an empty success
    assert main(["--db", db_path, "tune", "softmax", "--arg", "n=4", "--arg", "m=8",
                 "--space", "matmul", "--trials", "2", "--quiet"]) == 2
    assert "template 'matmul' can't schedule" in capsys.readouterr().err


@pytest.mark.parametrize("n, size, tile_y", [(1, 10, 3), (2, 10, 3), (2, 9, 3)])
def test_conv_row_strips_pad_per_strip_and_keep_the_tile_unrolled(n: int, size: int,
                                                                  tile_y: int) -> None:
    """``parallel="ny"`` with ``pad="rows"``: each strip's padded input is computed inside
    the strip's loop (no whole padded image), the results are right, and every full tile's
    rows have a constant extent: peeled for one image, versioned by the CPU passes
    (``version_tiles``) where the strips are fused with several images."""
    import numpy as np

    from tcomp.ir import expr as E
    from tcomp.ir import stmt as S
    from tcomp.ir.visitor import walk
    from tcomp.passes import version_tiles

    outs, args = W.conv2d(n=n, c=3, k=4, size=size)
    sp = TemplateSpace("conv2d_nchw", outs, args)
    cfg = {**sp.default(), "pad": "rows", "parallel": "ny", "tile_y": tile_y, "tile_f": 4}
    assert sp.template.valid(cfg) and not sp.template.valid({**cfg, "parallel": "nf"})
    s = sp.apply(cfg)
    text = str(tc.lower(s, args))
    assert f"conv.pad: float32[{n}, 3, {size + 2}, {size + 2}]" not in text
    if n == 1 or size % tile_y == 0:
        assert "min(" not in text  # every tile loop has a constant extent
    else:  # the full tiles' copy: no unrolled loop of unknown extent
        full = [v.then for v in walk(version_tiles(tc.lower(s, args)).body)
                if isinstance(v, S.If) and isinstance(v.then, S.Allocate) and v.orelse]
        assert full and not any(isinstance(lp, S.For) and lp.kind == S.ForKind.UNROLLED and
                                not isinstance(lp.extent, E.Const)
                                for t in full for lp in walk(t))
    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, 3, size, size)).astype(np.float32)
    w = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
    y = np.zeros((n, 4, size, size), np.float32)
    tc.build(s, args)(x, w, y)
    want = tc.dsl.evaluate(outs, [x, w], params=args[:2])[0]
    np.testing.assert_allclose(y, want, rtol=1e-4, atol=1e-4)
