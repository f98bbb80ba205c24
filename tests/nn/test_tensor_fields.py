"""Tensor's storage and tape fields (``_data``, ``_pending``, ``_node``) are read and
written only in tcomp/nn/tensor.py: the rest of nn and the ONNX package use its public API
(``.data``, ``.is_pending``, ``.is_leaf``, ``.device``, ``array_of``, ``pending_of``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"_data", "_pending", "_node"}


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


def test_is_leaf_as_torch_defines_it():
    import numpy as np

    from tcomp import nn

    w = nn.Tensor(np.ones((2, 3), np.float32), requires_grad=True)
    c = nn.Tensor(np.ones((2, 3), np.float32))
    assert w.is_leaf and c.is_leaf
    y = w * 2.0  # pending (lazy), then computed: a non-leaf either way
    assert y.is_pending and not y.is_leaf
    assert y.data.shape == (2, 3)
    assert not y.is_pending and not y.is_leaf
    assert (c * 2.0).is_leaf  # nothing to differentiate: a leaf, as in torch
    with nn.no_grad():
        assert (w * 2.0).is_leaf
