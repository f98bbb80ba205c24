"""Text form of a DSL graph, one line per operation (layer 2)."""

from __future__ import annotations

from typing import Any

from ..ir.printer import Printer
from .tensor import ComputeOp, Operation, PlaceholderOp, Tensor


def topo_ops(outputs: Any) -> list[Operation]:
    """Operations reachable from ``outputs`` (tensors), producers before consumers."""
    if isinstance(outputs, Tensor):
        outputs = [outputs]
    order: list[Operation] = []
    seen: set[int] = set()

    def visit(op: Operation) -> None:
        if id(op) in seen:
            return
        seen.add(id(op))
        for t in op.input_tensors:
            visit(t.op)
        order.append(op)

    for t in outputs:
        visit(t.op if isinstance(t, Tensor) else t)
    return order


def op_str(op: Operation, p: Printer | None = None) -> str:
    p = p or Printer()
    if isinstance(op, PlaceholderOp):
        shape = ", ".join(p.expr(d) for d in op.shape)
        return f"{p.name(op.output(0))} = placeholder({op.dtype}[{shape}])"
    assert isinstance(op, ComputeOp)
    axes = ", ".join(p.name(iv.var) for iv in op.axis)
    shape = ", ".join(p.expr(iv.dom.extent) for iv in op.axis)
    outs = ", ".join(p.name(op.output(i)) for i in range(op.num_outputs))
    body = ", ".join(p.expr(b) for b in op.body)
    if op.num_outputs > 1:
        body = f"({body})"
    return f"{outs}[{axes}] = {body}    # {op.output(0).dtype}[{shape}]"


def graph_str(outputs: Any) -> str:
    """Print every operation that ``outputs`` depend on, in dependency order."""
    p = Printer()
    return "\n".join(op_str(op, p) for op in topo_ops(outputs))
