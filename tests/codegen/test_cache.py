"""Kernel caches: memory hits, disk hits in a second process without LLVM codegen, corrupt
entries, the off switch and what the key depends on."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from tcomp import config, dtypes
from tcomp.codegen import Target
from tcomp.codegen.llvm import jit
from tcomp.ir import For, ForKind, Load, Op, Store, Var, binary, const
from tcomp.runtime import STATS, KernelCache, cache_key

ROOT = Path(__file__).resolve().parents[2]
f32 = dtypes.float32


def scale_func(cg, name="scale", factor=3.0, kind=ForKind.SERIAL):
    n = cg.size_var("n")
    A, B = cg.buf("A", (n,)), cg.buf("B", (n,))
    i = Var("i")
    body = For(i, const(0), n, kind, Store(B, (i,), binary(Op.MUL, Load(A, (i,), f32),
                                                          const(factor, f32))))
    return cg.func(name, (A, B), body, (n,))


def check(kernel, factor=3.0):
    a = np.arange(10, dtype=np.float32)
    b = np.zeros_like(a)
    kernel(a, b)
    np.testing.assert_array_equal(b, a * factor)


def entries(d: Path) -> list[Path]:
    return sorted((d / "kernels").rglob("*.json"))


def test_memory_hit_shares_code(cg, tmp_path):
    cache = KernelCache(str(tmp_path))
    f = scale_func(cg)
    before = dict(STATS)
    k1 = cache.get(f, Target.host(), key_text=repr(f), stages={"lowered": "x"})
    k2 = cache.get(f, Target.host(), key_text=repr(f))
    assert STATS["compiles"] == before["compiles"] + 1
    assert STATS["mem_hits"] == before["mem_hits"] + 1
    assert k1.object_code is k2.object_code
    assert k1.source("lowered") == "x" and "lowered" not in k2.stages
    check(k1)
    check(k2)
    assert len(entries(tmp_path)) == 1


_CHILD = textwrap.dedent("""
    import json, sys
    import numpy as np
    from tcomp import dtypes
    from tcomp.codegen.llvm import jit
    from tcomp.ir import Buffer, For, ForKind, Load, Op, PrimFunc, Store, Var, binary, const
    from tcomp.ir.expr import SizeVar
    from tcomp.runtime import STATS, compile_cached

    n = SizeVar("n")
    A = Buffer("A", (n,), dtypes.float32)
    B = Buffer("B", (n,), dtypes.float32)
    i = Var("i")
    body = For(i, const(0), n, ForKind.PARALLEL,
               Store(B, (i,), binary(Op.ADD, Load(A, (i,), dtypes.float32),
                                     const(1.5, dtypes.float32))))
    f = PrimFunc("child", (A, B), body, (n,), {"flattened": True, "outputs": (1,)})
    k = compile_cached(f, "llvm -num-threads=2", key_text=repr(f))
    a = np.arange(1000, dtype=np.float32)
    b = np.zeros_like(a)
    k(a, b)
    ok = bool(np.array_equal(b, a + 1.5)) and "tcomp_child" in k.source("llvm")
    print(json.dumps({"codegen": jit.STATS["codegen"], "disk_hits": STATS["disk_hits"],
                      "compiles": STATS["compiles"], "ok": ok}))
""")


def run_child(cache_dir: Path, **env: str) -> dict:
    environ = {k: v for k, v in os.environ.items() if k != "TCOMP_NO_DISK_CACHE"}
    environ.update(TCOMP_CACHE_DIR=str(cache_dir), PYTHONPATH=str(ROOT), **env)
    out = subprocess.run([sys.executable, "-c", _CHILD], env=environ, capture_output=True,
                         text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_second_process_loads_object_without_codegen(tmp_path):
    first = run_child(tmp_path)
    assert first == {"codegen": 1, "disk_hits": 0, "compiles": 1, "ok": True}
    second = run_child(tmp_path)
    assert second == {"codegen": 0, "disk_hits": 1, "compiles": 0, "ok": True}
    off = run_child(tmp_path, TCOMP_NO_DISK_CACHE="1")
    assert off["codegen"] == 1 and off["disk_hits"] == 0


@pytest.mark.parametrize("damage", ["object", "json", "checksum"])
def test_corrupt_entry_is_rebuilt(cg, tmp_path, caplog, damage):
    f = scale_func(cg)
    KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f))
    (meta_path,) = entries(tmp_path)
    obj_path = meta_path.with_suffix(".o")
    if damage == "object":
        obj_path.write_bytes(b"\x7fELF garbage")
    elif damage == "json":
        meta_path.write_text("{not json")
    else:
        meta = json.loads(meta_path.read_text())
        meta["object_sha256"] = "0" * 64
        meta_path.write_text(json.dumps(meta))
    compiles = STATS["compiles"]
    with caplog.at_level(logging.WARNING, logger="tcomp.cache"):
        k = KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f))
    assert STATS["compiles"] == compiles + 1
    assert "not loading cache entry" in caplog.text
    check(k)
    # the rebuilt entry is whole again: a fresh cache loads it without compiling
    hits, codegens = STATS["disk_hits"], jit.STATS["codegen"]
    check(KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f)))
    assert STATS["disk_hits"] == hits + 1 and jit.STATS["codegen"] == codegens


def test_loaded_object_that_fails_to_link_is_rebuilt(cg, tmp_path, caplog):
    """A well-formed entry whose object lacks the symbol (e.g. edited by hand)."""
    f = scale_func(cg)
    KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f))
    (meta_path,) = entries(tmp_path)
    meta = json.loads(meta_path.read_text())
    meta["symbol"] = "tcomp_missing"
    meta_path.write_text(json.dumps(meta))
    with caplog.at_level(logging.WARNING, logger="tcomp.cache"):
        check(KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f)))
    assert "tcomp_missing" in caplog.text


def test_disk_cache_off_writes_nothing(cg, tmp_path):
    f = scale_func(cg)
    with config.override(disk_cache=False):
        check(KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f)))
    assert not entries(tmp_path)


def test_disk_hit_keeps_stage_texts(cg, tmp_path):
    f = scale_func(cg)
    KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f))
    k = KernelCache(str(tmp_path)).get(f, Target.host(), key_text=repr(f),
                                       stages={"final": repr(f)})
    assert "fmul" in k.source("llvm") and "tcomp_scale" in k.source("llvm-opt")
    assert "tcomp_scale:" in k.source("asm") and k.source("final") == repr(f)


def test_key_depends_on_text_target_and_options(cg):
    host = Target.host()
    base = cache_key("text", host)
    assert base == cache_key("text", host)
    assert base == cache_key("text", host.with_threads(7))  # a run-time setting
    assert base != cache_key("text2", host)
    assert base != cache_key("text", host, fast_math=True)
    assert base != cache_key("text", Target.parse("llvm -mcpu=x86-64"))


# ----------------------------------------------------------------------------- edited metadata
_BUILD = textwrap.dedent("""
    import json
    import numpy as np
    import tcomp as tc
    from tcomp.runtime import STATS

    X = tc.placeholder((64, 64), name="X")
    Y = tc.compute((64, 64), lambda i, j: X[i, j] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    s[Y].parallel(Y.op.axis[0])
    f = tc.build(s, [X, Y])
    x = np.arange(64 * 64, dtype=np.float32).reshape(64, 64)
    y = np.zeros_like(x)
    f(x, y)
    print(json.dumps({"ok": bool(np.array_equal(y, 2 * x)), **STATS}))
""")


def _build_child(cache_dir: Path) -> tuple[dict, str]:
    environ = {k: v for k, v in os.environ.items() if k != "TCOMP_NO_DISK_CACHE"}
    environ.update(TCOMP_CACHE_DIR=str(cache_dir), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _BUILD], env=environ, capture_output=True,
                         text=True, timeout=120, check=False)
    assert out.returncode == 0, f"exit status {out.returncode}\n{out.stderr}"
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stderr


@pytest.fixture(scope="module")
def pristine_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("kcache")
    stats, _ = _build_child(d)
    assert stats["ok"] and stats["disk_writes"] == 1
    return d


def _edit_params(meta: dict) -> None:
    meta["params"][0] = meta["params"][0].replace("float32", "float64")


EDITS = {
    # the object's checksum still matches after each of these
    "symbol": lambda m: m.update(symbol="tcomp_main.par0"),  # the outlined parallel body
    "uses_parallel": lambda m: m.update(uses_parallel=False),
    "param_dtype": _edit_params,
    "param_shape": lambda m: m["params"].__setitem__(1, "Y:float32[4096, 64]"),
    "llvm_text": lambda m: m.update(llvm_opt=m["llvm_opt"] + "\n; edited"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_edited_metadata_is_rebuilt_not_loaded(pristine_cache: Path, tmp_path: Path,
                                               edit: str) -> None:
    """The bug: an entry whose JSON was edited (its object's hash still matching) was loaded;
    a changed symbol or parallel flag then crashed the process."""
    import shutil

    d = tmp_path / "cache"
    shutil.copytree(pristine_cache, d)
    (meta_path,) = entries(d)
    meta = json.loads(meta_path.read_text())
    EDITS[edit](meta)
    meta_path.write_text(json.dumps(meta))
    stats, err = _build_child(d)
    assert stats["ok"]
    assert stats["disk_errors"] == 1 and stats["disk_hits"] == 0 and stats["compiles"] == 1
    assert "not loading cache entry" in err and meta_path.name in err
    stats, _ = _build_child(d)  # the entry was rewritten whole
    assert stats["ok"] and stats["disk_hits"] == 1 and stats["disk_errors"] == 0


def test_entry_of_another_kernel_is_not_loaded(cg, tmp_path, caplog):
    """An entry written for one kernel, found under another's key (what a digest can't tell),
    is refused by the consistency check."""
    f = scale_func(cg)
    g = scale_func(cg, name="other")
    cache = KernelCache(str(tmp_path))
    cache.get(f, Target.host(), key_text="shared text")
    with caplog.at_level(logging.WARNING, logger="tcomp.cache"):
        k = KernelCache(str(tmp_path)).get(g, Target.host(), key_text="shared text")
    assert "symbol 'tcomp_scale' is not the kernel's 'tcomp_other'" in caplog.text
    check(k)


def _gpu_kernel_args():
    import tcomp as tc

    X = tc.placeholder((32, 16), name="X")
    Y = tc.compute((32, 16), lambda i, j: tc.exp(X[i, j]) * 2.0, name="Y")
    s = tc.auto_schedule(Y, target="cuda")
    return s, [X, Y]


def test_gpu_programs_go_through_the_same_cache(tmp_path, monkeypatch, caplog):
    """A CUDA build is cached like a CPU one (issue 10: one cache for every target): a
    second build of the same schedule generates no PTX, in memory or from disk; a damaged
    entry is refused, logged and rebuilt; the float mode is part of the key."""
    import tcomp as tc
    from tcomp.codegen.cuda import ptx as ptx_mod
    from tcomp.runtime import cache as cache_mod

    monkeypatch.setattr(cache_mod, "_default", KernelCache(str(tmp_path)))
    calls = []
    real = ptx_mod.compile_ptx

    def counting(*a, **kw):
        calls.append(a[0].name)
        return real(*a, **kw)

    monkeypatch.setattr("tcomp.codegen.cuda.compile_ptx", counting)
    s, args = _gpu_kernel_args()
    x = np.random.default_rng(0).standard_normal((32, 16)).astype("f4")
    want = np.exp(x) * 2

    def run(kern):
        y = np.zeros_like(x)
        kern.emulate(x, y)
        np.testing.assert_allclose(y, want, rtol=1e-5)
        return kern

    with config.override(disk_cache=True):
        k1 = run(tc.build(s, args, target="cuda"))
        assert len(calls) == 1 and len(entries(tmp_path)) == 1
        before = dict(STATS)
        k2 = run(tc.build(s, args, target="cuda"))
        assert len(calls) == 1 and STATS["mem_hits"] == before["mem_hits"] + 1
        assert k2.source("ptx") == k1.source("ptx") and "cuda" in k2.stages
        cache_mod._default.clear_memory()
        k3 = run(tc.build(s, args, target="cuda"))
        assert len(calls) == 1 and STATS["disk_hits"] == before["disk_hits"] + 1
        assert k3.source("ptx") == k1.source("ptx")
        # damaged: one character of the PTX changed
        (opath,) = (tmp_path / "kernels").rglob("*.o")
        data = opath.read_bytes()
        opath.write_bytes(data[:200] + bytes([data[200] ^ 1]) + data[201:])
        cache_mod._default.clear_memory()
        with caplog.at_level(logging.WARNING, logger="tcomp.cache"):
            run(tc.build(s, args, target="cuda"))
        assert len(calls) == 2 and "digest over metadata and PTX" in caplog.text
        run(tc.build(s, args, target="cuda", fast_math=True))  # another entry
        assert len(calls) == 3 and len(entries(tmp_path)) == 2
