"""Builders of small ONNX models and the onnxruntime reference, for tests/onnx."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest


def _onnx() -> Any:
    return pytest.importorskip("onnx")


def single_node_model(op: str, inputs: Sequence[tuple[str, np.ndarray | None, str]],
                      attrs: dict[str, Any] | None = None, opset: int = 17, n_out: int = 1,
                      name: str = "n0") -> Any:
    """A model of one node ``op``: each input is (name, array, kind) with kind "x" (a graph
    input), "c" (an initializer) or "" (omitted: array None)."""
    onnx = _onnx()
    h, nh = onnx.helper, onnx.numpy_helper
    graph_in, inits, names = [], [], []
    for nm, arr, kind in inputs:
        names.append(nm if kind else "")
        if kind == "x":
            graph_in.append(h.make_tensor_value_info(
                nm, h.np_dtype_to_tensor_dtype(arr.dtype), list(arr.shape)))
        elif kind == "c":
            inits.append(nh.from_array(arr, nm))
    outs = [f"y{k}" for k in range(n_out)]
    node = h.make_node(op, names, outs, name=name, **(attrs or {}))
    graph = h.make_graph([node], "g", graph_in, [onnx.ValueInfoProto(name=o) for o in outs],
                         inits)
    return graph_model(graph, opset)


def graph_model(graph: Any, opset: int = 17) -> Any:
    """A model of ``graph``; outputs given by name only get their types by shape inference."""
    onnx = _onnx()
    model = onnx.helper.make_model(graph, opset_imports=[onnx.helper.make_opsetid("", opset)],
                                   ir_version=8)
    return onnx.shape_inference.infer_shapes(model)


def ort_run(model: Any, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
    ort = pytest.importorskip("onnxruntime")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(model.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)


def compare(model: Any, feeds: dict[str, np.ndarray], rtol: float = 1e-5, atol: float = 1e-5
            ) -> list[np.ndarray]:
    """``tcomp.onnx.load(model)(**feeds)`` against onnxruntime (dtypes, shapes, values);
    returns tcomp's outputs."""
    import tcomp.onnx as tonnx

    ref = ort_run(model, feeds)
    out = tonnx.load(model)(**feeds)
    got = [o.numpy() for o in (out if isinstance(out, tuple) else (out,))]
    assert len(got) == len(ref)
    for g, r in zip(got, ref, strict=True):
        assert g.dtype == r.dtype, (g.dtype, r.dtype)
        assert g.shape == r.shape, (g.shape, r.shape)
        np.testing.assert_allclose(g, r, rtol=rtol, atol=atol)
    return got
