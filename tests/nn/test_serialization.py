"""nn state dicts on disk: .npz and safetensors round trips, format choice by suffix, argument
and content, every mismatch listed by parameter name, and clear errors for truncated, foreign,
pickled or misnamed files (never a crash later, never pickle)."""

from __future__ import annotations

import builtins
import sys

import numpy as np
import pytest

from tcomp import nn
from tcomp.nn import serialization as S


def _model(seed=0):
    return nn.Sequential(nn.Linear(4, 6, seed=seed), nn.ReLU(), nn.LayerNorm(6),
                         nn.Linear(6, 3, seed=seed + 1))


def _same_params(a, b):
    sa, sb = a.state_dict(), b.state_dict()
    assert sa.keys() == sb.keys()
    for k in sa:
        np.testing.assert_array_equal(sa[k], sb[k])
        assert sa[k].dtype == sb[k].dtype


@pytest.mark.parametrize("name,fmt,kind", [
    ("m.npz", None, "npz"), ("m.safetensors", None, "safetensors"),
    ("m.bin", "safetensors", "safetensors"), ("m.bin", "npz", "npz")])
def test_round_trip_and_format_choice(tmp_path, name, fmt, kind):
    if kind == "safetensors":
        pytest.importorskip("safetensors")
    m = _model(0)
    m.eval()
    x = nn.Tensor(np.random.default_rng(0).standard_normal((2, 4)).astype(np.float32))
    written = m.save(tmp_path / name, format=fmt)
    assert S._sniff(written) == kind
    assert written.endswith(".npz") if kind == "npz" else written == str(tmp_path / name)
    m2 = _model(7)
    m2.load_state_dict(written)  # format from the content
    m2.eval()
    _same_params(m, m2)
    np.testing.assert_array_equal(m2(x).numpy(), m(x).numpy())
    m3 = _model(9)
    m3.load_state_dict(written, format=kind)
    _same_params(m, m3)
    assert not list(tmp_path.glob("*.tmp*"))  # the temporary file was renamed into place


def test_safetensors_files_are_plain_safetensors(tmp_path):
    stn = pytest.importorskip("safetensors.numpy")
    m = _model(0)
    m.save(tmp_path / "m.safetensors")
    raw = stn.load_file(str(tmp_path / "m.safetensors"))
    assert set(raw) == {"0.weight", "0.bias", "2.weight", "2.bias", "3.weight", "3.bias"}
    np.testing.assert_array_equal(raw["3.weight"], m.state_dict()["3.weight"])
    # and a file another tool wrote loads into the module
    stn.save_file({k: v + 1.0 for k, v in raw.items()}, str(tmp_path / "other.safetensors"))
    m.load_state_dict(tmp_path / "other.safetensors")
    np.testing.assert_array_equal(m.state_dict()["0.bias"], raw["0.bias"] + 1.0)


def test_every_mismatch_is_listed_and_nothing_is_loaded():
    m = _model(0)
    before = m.state_dict()
    state = dict(before)
    del state["0.bias"]
    state["9.weight"] = np.zeros(3, np.float32)
    state["2.weight"] = np.zeros(5, np.float32)  # wrong shape
    state["3.bias"] = state["3.bias"].astype(np.float64)  # wrong dtype
    state["3.weight"] = np.zeros((2, 2))  # wrong shape and dtype
    with pytest.raises(nn.StateDictError) as err:
        m.load_state_dict(state)
    msg = str(err.value)
    for part in ["Sequential (6 problems)", "missing keys ['0.bias']",
                 "unexpected keys ['9.weight']",
                 "'2.weight': shape [5] in the state, [6] in the module",
                 "'3.bias': dtype float64 in the state, float32 in the module",
                 "'3.weight': shape [2, 2] in the state, [3, 6] in the module",
                 "'3.weight': dtype float64"]:
        assert part in msg, (part, msg)
    assert isinstance(err.value, KeyError) and isinstance(err.value, ValueError)
    _same_params_dict(m.state_dict(), before)  # all-or-nothing


def _same_params_dict(a, b):
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])


@pytest.mark.parametrize("suffix", [".npz", ".safetensors"])
def test_0d_arrays_keep_their_shape(tmp_path, suffix):
    """A scalar parameter (a temperature, say) is saved 0-d, not as a 1-element vector
    (np.ascontiguousarray makes arrays at least 1-d)."""
    state = {"temperature": np.array(0.5, np.float32), "w": np.ones((2, 3), np.float32)}
    got = nn.load_state(nn.save_state(state, tmp_path / f"s{suffix}"))
    assert got["temperature"].shape == () and float(got["temperature"]) == 0.5
    assert got["w"].shape == (2, 3)


def test_state_from_tensors_and_files_checked_the_same(tmp_path):
    m = _model(0)
    m.load_state_dict({k: nn.Tensor(v) for k, v in _model(3).state_dict().items()})
    _same_params(m, _model(3))
    path = nn.save_state({"0.weight": np.zeros((6, 4))}, tmp_path / "part.npz")
    with pytest.raises(nn.StateDictError, match=r"missing keys \['0.bias'.*\n.*'0.weight': "
                                                r"dtype float64"):
        m.load_state_dict(path)


_CORRUPT = {
    "truncated npz": lambda npz, st: npz[: len(npz) // 2],
    "npz cut to 3 bytes": lambda npz, st: npz[:3],
    "npz with a flipped data byte": lambda npz, st: npz[:200] + bytes([npz[200] ^ 1]) + npz[201:],
    "empty": lambda npz, st: b"",
    "text": lambda npz, st: b"this is not a model, just some text\n",
    "truncated safetensors": lambda npz, st: st[:-7],
    "safetensors header only": lambda npz, st: st[:40],
}


@pytest.mark.parametrize("suffix", [".npz", ".safetensors"])
@pytest.mark.parametrize("case", list(_CORRUPT))
def test_truncated_or_foreign_files_give_clear_errors(tmp_path, suffix, case):
    if "safetensors" in case:
        pytest.importorskip("safetensors")
        st = open(_model(0).save(tmp_path / "good.safetensors"), "rb").read()
    else:
        st = b""
    npz = open(_model(0).save(tmp_path / "good.npz"), "rb").read()
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(_CORRUPT[case](npz, st))
    with pytest.raises(nn.SerializationError,
                       match=r"bad\.(npz|safetensors): (can't read|not a state dict file)"):
        _model(0).load_state_dict(path)


def test_pickles_and_single_arrays_are_refused(tmp_path):
    np.savez(tmp_path / "obj.npz", **{"0.weight": np.array([{"a": 1}], dtype=object)})
    with pytest.raises(nn.SerializationError, match="pickled objects"):
        _model(0).load_state_dict(tmp_path / "obj.npz")
    np.save(tmp_path / "one.npy", np.ones(3))
    with pytest.raises(nn.SerializationError, match=r"one\.npy: holds one \.npy array"):
        _model(0).load_state_dict(tmp_path / "one.npy")


def test_format_argument_is_checked(tmp_path):
    pytest.importorskip("safetensors")
    m = _model(0)
    path = m.save(tmp_path / "m.npz")
    with pytest.raises(nn.SerializationError, match=r"format='safetensors' was asked for, but "
                                                    r"the file is npz"):
        m.load_state_dict(path, format="safetensors")
    with pytest.raises(nn.SerializationError, match=r"unknown state dict format 'pt'"):
        m.save(tmp_path / "m.pt", format="pt")
    misnamed = m.save(tmp_path / "really_safetensors.npz.bin", format="safetensors")
    m.load_state_dict(misnamed)  # content decides


def test_safetensors_bfloat16_file_is_a_clear_error(tmp_path):
    pytest.importorskip("safetensors")
    import json
    import struct

    header = json.dumps({"0.weight": {"dtype": "BF16", "shape": [2], "data_offsets": [0, 4]}})
    (tmp_path / "bf.safetensors").write_bytes(
        struct.pack("<Q", len(header)) + header.encode() + b"\0" * 4)
    with pytest.raises(nn.SerializationError, match=r"bf\.safetensors: can't read"):
        _model(0).load_state_dict(tmp_path / "bf.safetensors")


def test_safetensors_bfloat16_read_through_ml_dtypes_is_a_clear_error(tmp_path):
    # onnx imports ml_dtypes, which gives numpy a bfloat16: safetensors then reads the file,
    # and the tensor's dtype (one tcomp doesn't compute in) is the error, named with its key
    pytest.importorskip("safetensors")
    pytest.importorskip("ml_dtypes")
    import json
    import struct

    header = json.dumps({"0.weight": {"dtype": "BF16", "shape": [2], "data_offsets": [0, 4]}})
    (tmp_path / "bf.safetensors").write_bytes(
        struct.pack("<Q", len(header)) + header.encode() + b"\0" * 4)
    with pytest.raises(nn.SerializationError, match=r"bf\.safetensors: can't read tensor "
                                                     r"'0\.weight': bfloat16 is not a dtype"):
        _model(0).load_state_dict(tmp_path / "bf.safetensors")


def test_missing_safetensors_names_the_extra(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_safetensors(name, *args, **kw):
        if name.startswith("safetensors"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kw)

    for mod in [k for k in sys.modules if k.startswith("safetensors")]:
        monkeypatch.delitem(sys.modules, mod)
    monkeypatch.setattr(builtins, "__import__", no_safetensors)
    with pytest.raises(ImportError, match=r"pip install tcomp\[safetensors\]"):
        _model(0).save(tmp_path / "m.safetensors")
    assert not list(tmp_path.iterdir())
    _model(0).save(tmp_path / "m.npz")  # .npz needs nothing extra
