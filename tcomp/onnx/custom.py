"""Custom DSL ops in ONNX files (layer 9): an op a model runs through
``tcomp.nn.functional.apply`` (a computation its author wrote in the tcomp DSL) is exported as
one node ``DslOp`` of the domain ``ai.tcomp``, its DSL graph in the attribute ``graph`` (the
JSON form of ``tcomp.dsl.serial``) and its name in ``name``. ``tcomp.onnx.load`` rebuilds the
op from the graph, trainable as before (its gradients derived from the graph). No other runtime
knows the domain: such a file runs where tcomp is, and nowhere else.

The graph is fixed to the shapes the op was exported at; a call with other input shapes is an
error naming the node.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import numpy as np

from ..dsl.ops import placeholder
from ..dsl.serial import GraphFormatError, graph_from_json, graph_to_json
from ..dsl.tensor import Tensor as DTensor
from ..nn import functional as F
from ..nn.dispatch import as_tensor
from .ops import Node, OnnxError, is_t, lift

DOMAIN = "ai.tcomp"
VERSION = 1
OP_TYPE = "DslOp"


class CustomOpWarning(UserWarning):
    """An exported model holds ``ai.tcomp`` nodes: only tcomp runs them."""


def dsl_graph(name: str, builder: Any, specs: list[tuple[tuple[int, ...], np.dtype]],
              attrs: tuple[Any, ...]) -> str:
    """The JSON text of ``builder``'s graph over placeholders of ``specs`` (shape, dtype), as
    ``functional.apply`` builds it."""
    params = [placeholder(shape, np.dtype(dt).name, f"in{k}")
              for k, (shape, dt) in enumerate(specs)]
    out = builder(*params, *attrs)
    if isinstance(out, (list, tuple)):
        if len(out) != 1:
            raise OnnxError(f"custom op {name!r}: its builder returns {len(out)} tensors; "
                            "the export takes one output per op")
        out = out[0]
    if not isinstance(out, DTensor):
        raise OnnxError(f"custom op {name!r}: its builder returns a {type(out).__name__}, "
                        "not a DSL tensor")
    return json.dumps(graph_to_json([out], params), separators=(",", ":"))


def warn_custom(names: list[str]) -> None:
    warnings.warn(f"the exported model holds {len(names)} tcomp DSL op(s) {sorted(set(names))} "
                  f"as nodes of the custom domain {DOMAIN!r}: tcomp.onnx.load runs them, other "
                  "runtimes (onnxruntime, TensorRT, ...) need the tcomp library for them",
                  CustomOpWarning, stacklevel=3)


def _b_graph(*args: Any) -> Any:
    """``functional.apply``'s builder of an imported op: its graph over the op's placeholders
    (the last argument is the graph's JSON text)."""
    *params, text = args
    (out,), _ = graph_from_json(json.loads(text), args=params)
    return out


def check_node(node: Node, version: int) -> list[str]:
    """Problems that keep ``node`` (domain ai.tcomp) from being imported, one line each; its
    graph is parsed here, so a malformed one is refused at load time."""
    where = f"node {node.name or '#' + str(node.index)!r} ({DOMAIN}.{node.op_type})"
    if version != VERSION:
        return [f"{where}: domain {DOMAIN!r} version {version} (tcomp reads version "
                f"{VERSION})"]
    if node.op_type != OP_TYPE:
        return [f"{where}: the domain {DOMAIN!r} has no op {node.op_type!r} (only {OP_TYPE})"]
    text, name = node.attrs.get("graph"), node.attrs.get("name")
    if not isinstance(text, str) or not isinstance(name, str):
        return [f"{where}: needs the string attributes 'graph' and 'name'"]
    extra = sorted(set(node.attrs) - {"graph", "name"})
    if extra:
        return [f"{where}: unknown attribute(s) {extra}"]
    try:
        _, args = graph_from_json(json.loads(text))
    except (GraphFormatError, ValueError, TypeError) as exc:
        return [f"{where}: its DSL graph can't be read: {exc}"]
    if len(args) != len(node.inputs) or len(node.outputs) != 1:
        return [f"{where}: {len(node.inputs)} input(s) and {len(node.outputs)} output(s); its "
                f"graph takes {len(args)} and gives 1"]
    node.attrs["specs"] = [(tuple(int(d.value) for d in a.shape), a.dtype.np) for a in args]
    return []


def run(node: Node, *inputs: Any) -> Any:
    """The op on ``inputs`` (its graph's shapes and dtypes, checked)."""
    for k, (v, (shape, dt)) in enumerate(zip(inputs, node.attrs["specs"], strict=True)):
        if v is None or tuple(v.shape) != shape or np.dtype(v.dtype) != dt:
            got = "nothing" if v is None else f"{v.dtype} {list(v.shape)}"
            raise node.error(f"input {k} must be {np.dtype(dt)} {list(shape)} (the shapes the "
                             f"DSL op {node.attrs['name']!r} was exported at), got {got}")
    ts = [v if is_t(v) else lift(node, np.asarray(v)) if np.dtype(v.dtype).kind == "f"
          else as_tensor(np.asarray(v)) for v in inputs]
    return F.apply(node.attrs["name"], _b_graph, ts, (node.attrs["graph"],))


__all__ = ["DOMAIN", "OP_TYPE", "VERSION", "CustomOpWarning", "check_node", "dsl_graph", "run",
           "warn_custom"]
