"""Tuning target keys for cuda: the GPU's name, compute capability and driver when a GPU is
present; without one, an explicit -arch gives an emulation-only key, and plain 'cuda' is a
clear error naming what is missing."""

from __future__ import annotations

import pytest

import tcomp as tc
from autotune import Database, TrialRecord, fingerprint, target_description
from tcomp.errors import TcompRuntimeError
from tcomp.runtime import cuda as rt

H100 = {"gpu": "NVIDIA H100 80GB HBM3", "compute_capability": "9.0", "arch": "sm_90",
        "driver": 12040}


@pytest.fixture
def no_gpu(monkeypatch):
    monkeypatch.setattr(rt, "_emulate", False)
    monkeypatch.setattr(rt, "missing_reason", lambda: "pycuda is not installed (test)")


@pytest.fixture
def fake_gpu(monkeypatch):
    info = dict(H100)
    monkeypatch.setattr(rt, "_emulate", False)
    monkeypatch.setattr(rt, "missing_reason", lambda: None)
    monkeypatch.setattr(rt, "device_info", lambda ordinal=0: dict(info))
    return info


def test_gpu_key_holds_name_capability_and_driver(fake_gpu):
    d = target_description("cuda")
    assert d == {"kind": "cuda", "gpu": H100["gpu"], "compute_capability": "9.0",
                 "driver": 12040, "arch": "sm_80", "measured_on": "hardware"}
    key = fingerprint("cuda")
    assert key.startswith("cuda-") and key == fingerprint(tc.codegen.Target.parse("cuda"))
    assert fingerprint("cuda -arch=sm_90") != key  # the code differs
    fake_gpu["driver"] = 12080
    assert fingerprint("cuda") != key  # another driver: other records
    fake_gpu.update(driver=12040, gpu="NVIDIA A100-SXM4-80GB", compute_capability="8.0")
    assert fingerprint("cuda") != key


def test_without_gpu_plain_cuda_names_what_is_missing(no_gpu):
    with pytest.raises(TcompRuntimeError, match=r"can't identify the GPU for target 'cuda': "
                       r"pycuda is not installed \(test\).*'cuda -arch=sm_80'"):
        fingerprint("cuda")


def test_emulation_key_needs_an_explicit_arch(monkeypatch, fake_gpu):
    monkeypatch.setattr(rt, "_emulate", True)
    with pytest.raises(TcompRuntimeError, match=r"CPU emulator"):
        fingerprint("cuda")
    d = target_description("cuda -arch=sm_80")
    assert d == {"kind": "cuda", "arch": "sm_80", "measured_on": "emulator"}


def test_emulation_key_never_matches_hardware_records(monkeypatch, no_gpu):
    emulated = fingerprint("cuda -arch=sm_90")
    assert emulated == fingerprint("cuda -arch=sm_90") != fingerprint("cuda -arch=sm_80")
    monkeypatch.setattr(rt, "missing_reason", lambda: None)
    monkeypatch.setattr(rt, "device_info", lambda ordinal=0: dict(H100))
    assert fingerprint("cuda -arch=sm_90") != emulated


def test_build_with_database_and_no_gpu_uses_the_given_schedule(tmp_path, no_gpu):
    """A lookup for plain 'cuda' can't identify hardware: no record applies, build goes on;
    an emulation key finds records tuned for it (with tuned=True: a schedule given is used
    as written otherwise)."""
    db = Database(str(tmp_path / "t.db"))
    X = tc.placeholder((64,), name="X")
    Y = tc.compute((64,), lambda i: X[i] * 2.0, name="Y")
    s = tc.create_schedule(Y)
    bo, bi = s[Y].split(Y.op.axis[0], factor=32)
    s[Y].bind(bo, "blockIdx.x")
    s[Y].bind(bi, "threadIdx.x")
    f = tc.build(s, [X, Y], target="cuda", database=db, tuned=True)
    assert f.program.kernels[0].attrs["launch"]["block"] == (32, 1, 1)
    from tcomp.build import workload_key

    wkey = workload_key([Y], [X, Y])
    s2 = tc.create_schedule(Y)
    bo, bi = s2[Y].split(Y.op.axis[0], factor=16)
    s2[Y].bind(bo, "blockIdx.x")
    s2[Y].bind(bi, "threadIdx.x")
    tkey = fingerprint("cuda -arch=sm_80")
    db.add(TrialRecord(wkey, "w", {}, tkey, target_description("cuda -arch=sm_80"), "t", {},
                       s2.trace_json(), True, 1e-6, 0.0, [1e-6]))
    f = tc.build(s, [X, Y], target="cuda -arch=sm_80", database=db)  # as written
    assert f.program.kernels[0].attrs["launch"]["block"] == (32, 1, 1)
    f = tc.build(s, [X, Y], target="cuda -arch=sm_80", database=db, tuned=True)
    assert f.program.kernels[0].attrs["launch"]["block"] == (16, 1, 1)
    assert db.lookup(wkey, "cuda") is None
