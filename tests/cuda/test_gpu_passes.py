"""The GPU pass pipeline (tcomp.passes.gpu): each pass runs by name and shows in
``kernel.stages``, each keeps its stated post-condition, and ``lower_gpu`` builds new
objects instead of changing the ones it is given."""

from __future__ import annotations

import re

import tcomp as tc
from tcomp.ir import stmt as S
from tcomp.ir.visitor import walk
from tcomp.lowering import lower_schedule
from tcomp.passes import gpu as G
from tcomp.passes import run_pipeline


def _stage_names(stages: dict[str, str]) -> list[str]:
    return [m.group(1) for k in stages if (m := re.fullmatch(r"pass:\d+:(\w+)", k))]


def test_stages_show_every_gpu_pass_by_name(H):
    s, args, _ = H.workloads()["softmax"]()  # one kernel with two cross-thread reductions
    f = tc.build(s, args, target="cuda")
    host = [p.name for p in G.host_pipeline()]
    device = [p.name for p in (*G.device_pipeline(), *G.kernel_pipeline())]
    assert _stage_names(f.stages) == [*host, "split_host_device", *device]
    red = next(v for k, v in f.stages.items() if k.endswith(":cross_thread_reduce"))
    assert "Y.max.red" in red and "Y.max.red" not in next(
        v for k, v in f.stages.items() if k.endswith(":split_host_device"))


def test_every_kernel_of_a_program_runs_the_device_passes():
    X = tc.placeholder((50,), name="X")
    A = tc.compute((50,), lambda i: X[i] + 1.0, name="A")
    B = tc.compute((50,), lambda i: A[49 - i] * 2.0, name="B")
    s = tc.create_schedule(B)
    for T in (A, B):  # two root stages: two kernels and a temporary
        bo, bi = s[T].split(T.op.axis[0], factor=16)
        s[T].bind(bo, "blockIdx.x")
        s[T].bind(bi, "threadIdx.x")
    f = tc.build(s, [X, B], target="cuda")
    assert [k.name for k in f.program.kernels] == ["main_k0", "main_k1"]
    names = _stage_names(f.stages)
    per_kernel = ["split_host_device", *(p.name for p in G.device_pipeline()),
                  *(p.name for p in G.kernel_pipeline())]
    assert names == [*(p.name for p in G.host_pipeline()), *per_kernel, *per_kernel]


def _lowered(H, name):
    s, args, _ = H.workloads()[name]()
    return run_pipeline(lower_schedule(s, args, "main"), G.host_pipeline())


def test_device_passes_keep_their_post_conditions(H):
    prog = G.split_host_device(_lowered(H, "block_reduction"))
    (k,) = prog.kernels
    assert "launch" not in k.attrs and any(
        isinstance(n, S.For) and n.kind == S.ForKind.THREAD for n in walk(k.body))
    reduced = G.cross_thread_reduce(k)
    assert {n.buffer.name for n in walk(reduced.body) if isinstance(n, S.Allocate)} >= {
        "R.acc", "R.red"}
    launched = G.check_launch(reduced)
    assert launched.body is reduced.body  # a check: the body is unchanged
    la = launched.attrs["launch"]
    assert la["block"] == (8, 1, 1) and la["shared_bytes"] == 8 * 4
    assert set(launched.attrs["thread_vars"]) == {"blockIdx.x", "threadIdx.x"}
    barriers = G.insert_barriers(launched)
    assert sum(isinstance(n, S.Barrier) for n in walk(barriers.body)) >= 3  # one per tree step
    spmd = G.to_spmd(barriers)
    assert not any(isinstance(n, S.For) and n.kind == S.ForKind.THREAD
                   for n in walk(spmd.body))


def test_lower_vthreads_leaves_no_vthread_loop():
    X = tc.placeholder((40,), name="X")
    Y = tc.compute((40,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    bo, r = s[Y].split(Y.op.axis[0], factor=8)
    v, t = s[Y].split(r, nparts=2)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(v, "vthread")
    s[Y].bind(t, "threadIdx.x")
    func = lower_schedule(s, [X, Y])
    out = G.lower_vthreads(func)
    loops = [n for n in walk(out.body) if isinstance(n, S.For)]
    assert not any(n.thread_tag == "vthread" for n in loops)
    assert any(n.kind == S.ForKind.UNROLLED for n in loops)
    assert G.lower_vthreads(out) is out  # nothing left to do: the same function


def test_lower_gpu_makes_new_objects(H):
    func = _lowered(H, "softmax")
    before = repr(func)
    attrs = dict(func.attrs)
    prog = G.lower_gpu(func)
    assert repr(func) == before and func.attrs == attrs
    (k,) = prog.kernels
    spmd = k.attrs["spmd"]
    assert "spmd" not in spmd.attrs and spmd.attrs is not k.attrs
    assert spmd.attrs["launch"] is not k.attrs["launch"]
    assert k.attrs["flattened"] and not spmd.attrs.get("flattened")
