"""State dicts on disk as ``.npz`` or safetensors, never pickle (layer 9).

The format comes from ``format=`` or else the suffix when saving (``.safetensors``, anything
else ``.npz``), and from the file's first bytes when loading, so a misnamed file still loads
and a foreign one is named as such. A file is written to a temporary name and renamed into
place, so an interrupted save leaves no truncated file. safetensors files are written with
the ``safetensors`` package (numpy API), the ``safetensors`` extra.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..errors import TcompError
from .tensor import Tensor, _shape_str

FORMATS = ("npz", "safetensors")


class SerializationError(TcompError, ValueError):
    """A file is not a state dict tcomp can read (foreign, truncated, pickled), or an unknown
    format was asked for."""


class StateDictError(SerializationError, KeyError):
    """A state dict doesn't fit a module; the message lists every mismatch by name. Also a
    ``KeyError`` (missing or unexpected names)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class MissingExtraError(TcompError, ImportError):
    """An optional dependency is not installed; the message names the extra."""


def _safetensors_numpy() -> Any:
    try:
        import safetensors.numpy as stn
    except ImportError as exc:
        raise MissingExtraError(
            f"safetensors files need the 'safetensors' package ({exc}); install the extra "
            "with `pip install tcomp[safetensors]`, or save as .npz") from None
    return stn


def _format(path: str, format: str | None) -> str:
    if format is None:
        return "safetensors" if path.endswith(".safetensors") else "npz"
    if format not in FORMATS:
        raise SerializationError(f"unknown state dict format {format!r}; use one of {FORMATS}")
    return format


def _sniff(path: str) -> str | None:
    """The format the first bytes show: 'npz' (a zip), 'npy', 'safetensors' or None."""
    with open(path, "rb") as f:
        head = f.read(9)
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "npz"
    if head[:6] == b"\x93NUMPY":
        return "npy"
    if len(head) == 9 and head[8:9] == b"{":  # u64 header size, then the JSON header
        return "safetensors"
    return None


def save_state(state: Mapping[str, Any], path: Any, format: str | None = None) -> str:
    """Write ``state`` (name -> array) to ``path``; returns the path written.

    As ``np.savez`` does, ``.npz`` is appended to an npz path without that suffix.
    """
    path = os.fspath(path)
    fmt = _format(path, format)
    arrays = {k: np.require(v.data if isinstance(v, Tensor) else v, requirements="C")
              for k, v in state.items()}
    if fmt == "npz" and not path.endswith(".npz"):
        path += ".npz"
    tmp = f"{path}.tmp{os.getpid()}"
    try:
        if fmt == "safetensors":
            _safetensors_numpy().save_file(arrays, tmp, metadata={"producer": "tcomp"})
        else:
            with open(tmp, "wb") as f:
                np.savez(f, allow_pickle=False, **arrays)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def load_state(path: Any, format: str | None = None) -> dict[str, np.ndarray]:
    """Read a state dict (name -> array) from an ``.npz`` or safetensors file."""
    path = os.fspath(path)
    if format is not None:
        _format(path, format)
    kind = _sniff(path)
    if kind == "npy":
        raise SerializationError(f"{path}: holds one .npy array, not a state dict; save a "
                                 "module with Module.save() (.npz or .safetensors)")
    if kind is None:
        raise SerializationError(f"{path}: not a state dict file: neither an .npz archive nor "
                                 "safetensors (or it is truncated to a few bytes)")
    if format is not None and format != kind:
        raise SerializationError(f"{path}: format={format!r} was asked for, but the file is "
                                 f"{kind}")
    if kind == "safetensors":
        stn = _safetensors_numpy()
        from safetensors import SafetensorError
        try:
            return dict(stn.load_file(path))
        except (SafetensorError, TypeError, ValueError, OSError) as exc:
            raise SerializationError(f"{path}: can't read the safetensors file (truncated, "
                                     f"corrupt, or a dtype numpy lacks): {exc}") from None
    try:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, KeyError) as exc:
        raise SerializationError(f"{path}: can't read the .npz archive (truncated, corrupt, "
                                 f"or holding pickled objects): {exc}") from None


def check_state(params: Mapping[str, Tensor], state: Mapping[str, Any], owner: str,
                strict: bool = True) -> dict[str, np.ndarray]:
    """``state``'s arrays if names, shapes and dtypes all match ``params``, else a
    ``StateDictError`` listing every mismatch by parameter name. ``strict=False`` lets
    names be missing from either side (the arrays returned are those both have); shapes
    and dtypes must still match."""
    missing = sorted(set(params) - set(state))
    extra = sorted(set(state) - set(params))
    problems = []
    if missing and strict:
        problems.append(f"missing keys {missing}")
    if extra and strict:
        problems.append(f"unexpected keys {extra}")
    arrays = {}
    for k, p in params.items():
        if k not in state:
            continue
        v = state[k]
        v = np.asarray(v.data if isinstance(v, Tensor) else v)
        if v.shape != p.shape:
            problems.append(f"'{k}': shape {_shape_str(v.shape)} in the state, "
                            f"{_shape_str(p.shape)} in the module")
        if v.dtype != p.dtype:
            problems.append(f"'{k}': dtype {v.dtype} in the state, {p.dtype} in the module "
                            f"(cast it first, e.g. .astype('{p.dtype}'))")
        arrays[k] = v
    if problems:
        n = len(problems)
        raise StateDictError(f"load_state_dict: the state doesn't fit {owner} ({n} problem"
                             f"{'s' * (n > 1)}):\n  " + "\n  ".join(problems))
    return arrays


__all__ = ["FORMATS", "MissingExtraError", "SerializationError", "StateDictError",
           "check_state", "load_state", "save_state"]
