"""benchmarks/peers.py's driver: contenders timed in interleaved rounds, ratios per round.

These VMs' speed drifts between seconds, so a ratio is only fair between figures taken side
by side: every round times each contender once, every other round in reverse order, and a
ratio is the median of per-round ratios. The timer is faked here (no kernel runs).
"""

import importlib.util
import pathlib
import sys

import numpy as np
import pytest

BENCH = pathlib.Path(__file__).parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def peers():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("peers", BENCH / "peers.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["peers"] = mod  # its dataclass looks its module up there
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.modules.pop("peers", None)
        sys.path.remove(str(BENCH))


def _fake(speed):
    """A timer whose calls take ``ms * speed[0]``; the log says who ran in which order."""
    log = []

    def timer(fn, warmup, repeat):
        name, ms = fn()
        log.append(name)
        return [ms * speed[0]] * repeat
    return timer, log


def test_rounds_alternate_their_order_and_ratios_are_per_round(peers):
    speed = [1.0]
    timer, log = _fake(speed)
    cs = [peers.Contender(n, "w", False, (lambda n=n, ms=ms: (n, ms)))
          for n, ms in (("a", 2.0), ("b", 3.0), ("c", 1.0))]
    # the machine slows 10x from the second round on: absolute medians move, ratios don't
    real = timer

    def drifting(fn, warmup, repeat):
        out = real(fn, warmup, repeat)
        if len(log) == 3:
            speed[0] = 10.0
        return out
    times = peers.time_rounds(cs, rounds=3, calls=2, timer=drifting)
    assert log == ["a", "b", "c", "c", "b", "a", "a", "b", "c"]
    rows = peers.rows_of(cs, times)
    assert [r["ms_median"] for r in rows] == [20.0, 30.0, 10.0]
    assert [r["ratio_to_base"] for r in rows] == [1.0, 1.5, 0.5]
    assert rows[1]["ratio_range"] == [1.5, 1.5]
    # a ratio of medians (10 / 10) would hide that b took twice a's time in two rounds of 3
    rows = peers.rows_of(cs[:2], [[1.0, 10.0, 10.0], [2.0, 20.0, 5.0]])
    assert rows[1]["ratio_to_base"] == 2.0 and rows[1]["ratio_range"] == [0.5, 2.0]


def test_a_peer_that_failed_keeps_its_row_and_its_place(peers):
    timer, _ = _fake([1.0])
    ok = peers.Contender("tcomp", "w", False, lambda: ("tcomp", 4.0))
    failed = peers._row("torch eager", "w", True, note="skipped: torch is not installed")
    other = peers.Contender("numpy", "w", True, lambda: ("numpy", 2.0))
    cs = [ok, failed, other]
    rows = peers.rows_of(cs, peers.time_rounds([ok, other], rounds=2, timer=timer))
    assert [r["name"] for r in rows] == ["tcomp", "torch eager", "numpy"]
    assert rows[1]["ms_median"] is None and "not installed" in rows[1]["note"]
    assert rows[2]["ratio_to_base"] == 0.5


def test_prepare_checks_the_result_before_anything_is_timed(peers):
    ref = np.arange(4.0)
    good = peers._prepare("p", "w", False, lambda: (lambda: ref.astype(np.float32),
                                                     lambda out: out), ref)
    assert isinstance(good, peers.Contender)
    wrong = peers._prepare("p", "w", False, lambda: (lambda: ref + 1, lambda out: out), ref)
    assert wrong["ms_median"] is None and "wrong result" in wrong["note"]

    def broken():
        raise RuntimeError("no such op")
    failed = peers._prepare("p", "w", False, broken, ref)
    assert failed["ms_median"] is None and "no such op" in failed["note"]


@pytest.fixture(scope="module")
def run(peers):
    """benchmarks/run.py, loaded without leaving its sys.path entries behind."""
    path, modules = list(sys.path), set(sys.modules)
    try:  # run.py puts benchmarks/ and the repository on sys.path and imports peak
        spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path[:] = path
        for name in ("peak", "bench_run"):
            if name not in modules:
                sys.modules.pop(name, None)
    return mod


def test_the_limit_is_taken_round_by_round(run):
    # benchmarks/run.py: a kernel's % of the copy compares it with the copy of its own round;
    # the faster of the two copies is the limit in each round
    copies = [[2.0, 4.0, 2.0], [1.0, 8.0, 4.0]]  # ms per round: ordinary, non-temporal
    rates = run.limit_rates(copies, [8.0, 8.0])
    assert rates == [8.0, 2.0, 4.0]
    # the kernel takes twice the limit's time in every round while the machine's speed
    # changes 4x between rounds: 50%; against a limit measured once (the first round's
    # 8 per ms) it would read 25%
    assert run.pct_of_limit([2.0, 8.0, 4.0], 8.0, rates) == 50.0
    assert run.pct_of_limit([2.0, 8.0, 4.0], 8.0, [8.0] * 3) == 25.0


@pytest.mark.parametrize("workload", ["gemm", "chain", "softmax"])
def test_every_contender_reads_the_same_aligned_inputs(peers, workload):
    """numpy's large arrays start 16 bytes past a page; the bench hands every contender
    64-byte aligned ones (as torch, TVM and tcomp allocate), the same values every run."""
    a, b = peers.make_inputs(workload), peers.make_inputs(workload)
    for name, arr in a.items():
        assert arr.ctypes.data % 64 == 0, name
        assert arr.dtype == np.float32 and arr.flags.c_contiguous
        np.testing.assert_array_equal(arr, b[name])
    assert peers.make_inputs(workload, seed=1)[name].tobytes() != arr.tobytes()


def test_rounds_that_lost_compute_are_told_apart(run):
    """The VM loses half its compute for seconds at a time while a copy keeps its speed: the
    FMA probe, timed in every round, tells which rounds had the whole machine."""
    probe = [1.0, 2.1, 1.05, 1.08, 1.2]  # ms per round; the best rate is round 0's
    full = run.full_rounds(probe)
    assert full == [0, 2, 3]  # 1/1.2 < 0.9 and 1/2.1 < 0.9 are out
    assert run.full_rounds(probe, keep=0.8) == [0, 2, 3, 4]
    assert run.full_rounds([3.0]) == [0]
    # a kernel half as fast as the copy in full rounds, a quarter in the others
    kernel, copy = [2.0, 8.0, 2.0, 2.0, 8.0], [1.0] * 5
    rates = run.limit_rates([copy], [1.0])
    assert run.pct_of_limit(kernel, 1.0, rates) == 50.0
    assert run.pct_of_limit([kernel[r] for r in full], 1.0, [rates[r] for r in full]) == 50.0
    kernel[2] = 4.0
    assert run.pct_of_limit([kernel[r] for r in full], 1.0, [rates[r] for r in full]) == 50.0
    assert run.pct_of_limit(kernel, 1.0, rates) == 25.0


def test_peers_are_held_to_the_isa_tcomp_builds_for(peers, monkeypatch):
    """make bench-avx2 on an AVX-512 machine: Halide and TVM build AVX2 code, numpy and
    torch are held to AVX2 by their environment, and run.py names what is not set."""
    class Feature:
        AVX2, AVX512, AVX512_Skylake, AVX512_Zen4, FMA = "avx2", "a512", "skx", "zen4", "fma"

    class Target:
        def __init__(self, feats):
            self.feats = frozenset(feats)

        def without_feature(self, f):
            return Target(self.feats - {f})

    class HL:
        TargetFeature = Feature

        @staticmethod
        def get_jit_target_from_environment():
            return Target({"avx2", "a512", "skx", "zen4", "fma"})

    monkeypatch.setattr(peers, "ISA", None)
    assert peers.halide_target(HL).feats == {"avx2", "a512", "skx", "zen4", "fma"}
    assert peers.isa_env_missing(None) == []
    monkeypatch.setattr(peers, "ISA", "avx2")
    assert peers.halide_target(HL).feats == {"avx2", "fma"}
    for k, v in peers.ISA_ENV["avx2"].items():
        monkeypatch.setenv(k, v.lower())  # the libraries read these case-blind
    assert peers.isa_env_missing("avx2") == []
    monkeypatch.delenv("OPENBLAS_CORETYPE")
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX512_CORE")
    assert peers.isa_env_missing("avx2") == ["OPENBLAS_CORETYPE=Haswell",
                                             "ONEDNN_MAX_CPU_ISA=AVX2"]


def test_a_bad_target_is_a_usage_error_naming_it(run, capsys):
    with pytest.raises(SystemExit) as exc:
        run.main(["--target", "llvm -mcpu", "--workloads", "gemm", "--json", ""])
    assert exc.value.code == 2
    assert "--target 'llvm -mcpu'" in capsys.readouterr().err


def test_the_hand_written_c_chain_matches_the_reference(peers, monkeypatch):
    """The chain's "C (gcc)" peer (benchmarks/c/gelu_chain.c, built with gcc for AVX2):
    right on values whose exp2 argument is far past +-126, where it clamps; a chain only."""
    import shutil

    import tcomp as tc
    if shutil.which("gcc") is None or "avx2" not in tc.Target.parse("llvm").feature_set:
        pytest.skip("needs gcc and an AVX2 host")
    monkeypatch.setattr(peers, "ISA", "avx2")
    rng = np.random.default_rng(0)
    x = tc.aligned(rng.standard_normal((6, 256), dtype=np.float32))
    x[0, :4] = [20.0, -20.0, 1e4, -1e4]  # 2^t overflows / underflows far past 2^+-126
    w = tc.aligned(np.ones(256, np.float32))
    b = tc.aligned(rng.standard_normal(256, dtype=np.float32) * 0.1)
    b[:4] = 0.0
    inputs = {"x": x, "w": w, "b": b}
    ref = peers.reference("chain", inputs)
    c = peers.prepare_c("chain", inputs, ref)
    assert isinstance(c, peers.Contender), c  # built, and its first result checked
    assert "8-lane vectors" in c.note
    got = c.call()
    np.testing.assert_allclose(got, ref, rtol=2e-6, atol=1e-30)
    assert got[0, 0] == 20.0 and got[0, 2] == 1e4 and abs(got[0, 3]) < 1e-33
    assert peers.prepare_c("gemm", {}, ref)["ms_median"] is None
    assert peers.peers_for("gemm", ["numpy", "C (gcc)"]) == ["numpy"]
    assert peers.peers_for("chain", ["numpy", "C (gcc)"]) == ["numpy", "C (gcc)"]
    # a compiler error is the peer's row, with what gcc said
    monkeypatch.setattr(peers, "c_flags", lambda isa: ["-mno-such-flag"])
    failed = peers.prepare_c("chain", inputs, ref)
    assert failed["ms_median"] is None and "could not build" in failed["note"]
    assert "no-such-flag" in failed["note"]
