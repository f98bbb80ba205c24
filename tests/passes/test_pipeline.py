"""Tests of the pass pipeline runner: order, stage callback, timings, dumps, verification."""

from __future__ import annotations

import functools
import importlib.util
import sys
import types

import numpy as np
import pytest

from tcomp import config, dtypes
from tcomp.errors import IRVerifyError
from tcomp.ir import (
    Buffer,
    For,
    ForKind,
    Load,
    PrimFunc,
    Ramp,
    Store,
    Var,
    as_expr,
    decl_buffer,
    walk,
)
from tcomp.passes import (
    Pass,
    flatten_buffers,
    lower_cpu,
    remove_noops,
    run_pipeline,
    unroll,
    vectorize,
)

f32 = dtypes.float32


def ld(buf: Buffer, *idx: object) -> Load:
    return Load(buf, tuple(as_expr(i) for i in idx), buf.dtype)


def _func() -> PrimFunc:
    """C[i, j] = A[i, j] + 1 over 4x16, j split 2 x 8 with the inner part vectorized and the
    outer part unrolled."""
    a = decl_buffer((4, 16), f32, "A")
    c = decl_buffer((4, 16), f32, "C")
    i, jo, ji = Var("i"), Var("jo"), Var("ji")
    j = jo * 8 + ji
    body = For(i, as_expr(0), as_expr(4), ForKind.SERIAL,
               For(jo, as_expr(0), as_expr(2), ForKind.UNROLLED,
                   For(ji, as_expr(0), as_expr(8), ForKind.VECTORIZED,
                       Store(c, (i, j), ld(a, i, j) + 1.0))))
    return PrimFunc("add1", (a, c), body)


PASSES = [Pass("remove_noops", remove_noops), Pass("flatten_buffers", flatten_buffers),
          Pass("vectorize", vectorize), Pass("unroll", unroll)]


def test_runs_in_order_and_reports_each_stage(golden, run) -> None:
    seen: list[tuple[str, str]] = []
    out = run_pipeline(_func(), PASSES, verify=False,
                       on_stage=lambda name, f: seen.append((name, repr(f))))
    assert [name for name, _ in seen] == ["remove_noops", "flatten_buffers", "vectorize",
                                          "unroll"]
    assert seen[-1][1] == repr(out)
    golden("pipeline_add1", "\n\n".join(f"# after {n}\n{text}" for n, text in seen))
    assert [f.kind for f in walk(out.body) if isinstance(f, For)] == [ForKind.SERIAL]
    assert all(isinstance(s.indices[0], Ramp) for s in walk(out.body) if isinstance(s, Store))
    x = np.random.default_rng(0).standard_normal((4, 16)).astype(np.float32)
    _, y = run(out, x, np.zeros_like(x))
    np.testing.assert_allclose(y, x + 1, rtol=1e-6)


def test_plain_tuples_and_partial_options() -> None:
    narrow = functools.partial(vectorize, max_lanes=4)
    out = run_pipeline(_func(), [("flatten_buffers", flatten_buffers), ("narrow", narrow)],
                       verify=False)
    kinds = [f.kind for f in walk(out.body) if isinstance(f, For)]
    assert kinds == [ForKind.SERIAL, ForKind.UNROLLED, ForKind.SERIAL]


def test_debug_prints_timings(capsys) -> None:
    with config.override(debug=1, dump_dir=""):
        run_pipeline(_func(), PASSES, verify=False)
    err = capsys.readouterr().err
    for number, name in enumerate(["remove_noops", "flatten_buffers", "vectorize", "unroll"], 1):
        assert f"pass {number:02d} {name}" in err
    assert err.count(" ms") == 4


def test_dump_dir_gets_numbered_files(tmp_path) -> None:
    with config.override(dump_dir=str(tmp_path / "dumps"), debug=0):
        out = run_pipeline(_func(), PASSES, verify=False)
    files = sorted(p.name for p in (tmp_path / "dumps").iterdir())
    assert files == ["01_remove_noops.txt", "02_flatten_buffers.txt", "03_vectorize.txt",
                     "04_unroll.txt"]
    assert (tmp_path / "dumps" / "04_unroll.txt").read_text() == repr(out) + "\n"


def _fake_verify(monkeypatch, fail_on: str | None = None) -> list[str]:
    """Install a stand-in tcomp.ir.verify module that records what it checks."""
    checked: list[str] = []

    def verify(func: PrimFunc) -> None:
        text = repr(func)
        checked.append(text)
        if fail_on is not None and fail_on in text:
            raise IRVerifyError(f"bad node: {fail_on}")

    mod = types.ModuleType("tcomp.ir.verify")
    mod.verify = verify  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tcomp.ir.verify", mod)
    return checked


def test_verify_runs_after_each_pass(monkeypatch) -> None:
    checked = _fake_verify(monkeypatch)
    run_pipeline(_func(), PASSES, verify=True)
    assert len(checked) == 4
    checked.clear()
    with config.override(verify=True):
        run_pipeline(_func(), PASSES)  # default comes from the config
    assert len(checked) == 4
    checked.clear()
    with config.override(verify=False):
        run_pipeline(_func(), PASSES)
    assert checked == []


def test_verify_failure_names_the_pass(monkeypatch) -> None:
    _fake_verify(monkeypatch, fail_on="ramp(")
    with pytest.raises(IRVerifyError, match=r"(?s)after pass 'vectorize'.*bad node: ramp"):
        run_pipeline(_func(), PASSES, verify=True)


def test_a_pass_must_return_a_primfunc() -> None:
    with pytest.raises(TypeError, match="pass 'broken' returned NoneType"):
        run_pipeline(_func(), [Pass("broken", lambda f: None)], verify=False)  # type: ignore


def test_cpu_pipeline_end_to_end(run) -> None:
    pytest.importorskip("tcomp.passes.simplify")
    import tcomp.passes as passes

    names = [p.name for p in passes.CPU_PIPELINE]
    assert names == ["partition_loops", "simplify", "version_tiles", "remove_noops",
                     "flatten_buffers",
                     "vectorize", "unroll",
                     "simplify", "remove_noops"]
    has_verifier = importlib.util.find_spec("tcomp.ir.verify") is not None
    out = lower_cpu(_func(), verify=has_verifier)
    assert out.attrs["flattened"] is True
    assert not any(isinstance(f, For) and f.kind != ForKind.SERIAL for f in walk(out.body))
    x = np.random.default_rng(1).standard_normal((4, 16)).astype(np.float32)
    _, y = run(out, x, np.zeros_like(x))
    np.testing.assert_allclose(y, x + 1, rtol=1e-6)


def test_real_verifier_accepts_every_stage() -> None:
    pytest.importorskip("tcomp.ir.verify")
    stages: list[str] = []
    run_pipeline(_func(), PASSES, verify=True, on_stage=lambda name, f: stages.append(name))
    assert len(stages) == len(PASSES)
