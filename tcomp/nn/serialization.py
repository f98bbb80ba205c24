"""State dicts on disk as ``.npz`` or safetensors, never pickle (layer 9).

The format comes from ``format=`` or else the suffix when saving (``.safetensors``, anything
else ``.npz``), and from the file's first bytes when loading, so a misnamed file still loads
and a foreign one is named as such. A file is written to a temporary name and renamed into
place, so an interrupted save leaves no truncated file. safetensors files are written with
the ``safetensors`` package (numpy API), the ``safetensors`` extra.

A nested state (an optimizer's ``state_dict()``, a checkpoint dict of several) is saved as
its arrays plus one ``__tree__`` entry: the structure as JSON (UTF-8 bytes), holding the
numbers, strings and dict keys and naming the array that stands at each leaf.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..dtypes import ALL as _ALL_DTYPES
from ..errors import TcompError
from .tensor import Tensor, shape_str

FORMATS = ("npz", "safetensors")
TREE_KEY = "__tree__"
_SCALARS = (bool, int, float, str, type(None))


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


def _flatten(tree: Any, path: tuple[str, ...], arrays: dict[str, np.ndarray]) -> Any:
    """The JSON form of ``tree``; each array moves into ``arrays`` under its path's name."""
    if isinstance(tree, Tensor):
        tree = tree.numpy()
    if isinstance(tree, (np.ndarray, np.generic)):
        name = "/".join(path) or "array"
        while name in arrays or name == TREE_KEY:
            name += "'"
        arrays[name] = np.require(tree, requirements="C")
        return {"__array__": name}
    if isinstance(tree, Mapping):
        for k in tree:
            if not isinstance(k, _SCALARS):
                raise SerializationError(f"can't save the key {k!r} at '{'/'.join(path)}': "
                                         "keys must be strings, numbers, booleans or None")
        return {"__dict__": [[k, _flatten(v, (*path, str(k)), arrays)] for k, v in tree.items()]}
    if isinstance(tree, (list, tuple)):
        items = [_flatten(v, (*path, str(k)), arrays) for k, v in enumerate(tree)]
        return items if isinstance(tree, list) else {"__tuple__": items}
    if isinstance(tree, _SCALARS):
        return tree
    raise SerializationError(f"can't save a {type(tree).__name__} at '{'/'.join(path)}': a "
                             "state holds arrays, numbers, strings, None, and dicts, lists "
                             "and tuples of them")


def _unflatten(node: Any, arrays: Mapping[str, np.ndarray]) -> Any:
    if isinstance(node, list):
        return [_unflatten(v, arrays) for v in node]
    if not isinstance(node, dict):
        return node
    if "__array__" in node:
        return arrays[node["__array__"]]
    if "__tuple__" in node:
        return tuple(_unflatten(v, arrays) for v in node["__tuple__"])
    return {k: _unflatten(v, arrays) for k, v in node["__dict__"]}


def save_state(state: Mapping[Any, Any], path: Any, format: str | None = None) -> str:
    """Write ``state`` (name -> array, or a nested state: dicts, lists and tuples of arrays,
    numbers, strings and None, such as an optimizer's ``state_dict()``) to ``path``; returns
    the path written.

    As ``np.savez`` does, ``.npz`` is appended to an npz path without that suffix.
    """
    path = os.fspath(path)
    fmt = _format(path, format)
    if not all(isinstance(k, str) and k != TREE_KEY
               and isinstance(v, (np.ndarray, np.generic, Tensor, int, float))
               for k, v in state.items()):
        arrays: dict[str, np.ndarray] = {}
        text = json.dumps(_flatten(state, (), arrays), allow_nan=True)
        arrays[TREE_KEY] = np.frombuffer(text.encode(), np.uint8)
    else:
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


def load_state(path: Any, format: str | None = None) -> dict[Any, Any]:
    """Read a state dict (name -> array, or the nested state saved) from an ``.npz`` or
    safetensors file."""
    arrays = _load_arrays(path, format)
    if TREE_KEY not in arrays:
        return arrays
    try:
        return _unflatten(json.loads(arrays.pop(TREE_KEY).tobytes().decode()), arrays)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SerializationError(f"{os.fspath(path)}: the nested state's structure "
                                 f"({TREE_KEY}) is corrupt: {exc!r}") from None


_DTYPES = {d.name for d in _ALL_DTYPES}


def _load_arrays(path: Any, format: str | None) -> dict[str, np.ndarray]:
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
            arrays = dict(stn.load_file(path))
        except (SafetensorError, TypeError, ValueError, OSError) as exc:
            raise SerializationError(f"{path}: can't read the safetensors file (truncated, "
                                     f"corrupt, or a dtype numpy lacks): {exc}") from None
        for k, a in arrays.items():  # bfloat16 and float8 read where ml_dtypes is loaded
            if a.dtype.name not in _DTYPES and k != TREE_KEY:  # the tree: JSON as uint8
                raise SerializationError(
                    f"{path}: can't read tensor '{k}': {a.dtype} is not a dtype tcomp computes "
                    f"in ({', '.join(sorted(_DTYPES))}); convert the file's tensors first")
        return arrays
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
            problems.append(f"'{k}': shape {shape_str(v.shape)} in the state, "
                            f"{shape_str(p.shape)} in the module")
        if v.dtype != p.dtype:
            problems.append(f"'{k}': dtype {v.dtype} in the state, {p.dtype} in the module "
                            f"(cast it first, e.g. .astype('{p.dtype}'))")
        arrays[k] = v
    if problems:
        n = len(problems)
        raise StateDictError(f"load_state_dict: the state doesn't fit {owner} ({n} problem"
                             f"{'s' * (n > 1)}):\n  " + "\n  ".join(problems))
    return arrays


__all__ = ["FORMATS", "TREE_KEY", "MissingExtraError", "SerializationError", "StateDictError",
           "check_state", "load_state", "save_state"]
