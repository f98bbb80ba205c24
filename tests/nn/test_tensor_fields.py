"""Tensor's storage fields (``_data``, ``_pending``) are read and written only in
tcomp/nn/tensor.py: the rest of nn and the ONNX package use its public API (``.data``,
``.is_pending``, ``.device``, ``array_of``, ``pending_of``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"_data", "_pending"}


def test_only_tensor_py_touches_the_tensor_fields():
    # another class's own ``self._data`` is its business; any other object's is a Tensor's
    bad = []
    for pkg in ("tcomp/nn", "tcomp/onnx"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            if path == ROOT / "tcomp" / "nn" / "tensor.py":
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if (isinstance(node, ast.Attribute) and node.attr in FIELDS
                        and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    assert not bad, "Tensor fields used outside tcomp/nn/tensor.py:\n" + "\n".join(bad)
