"""The tensor-expression DSL: tensors, computes, reducers, math, evaluator (layer 2)."""

from .eval import evaluate
from .ops import *  # noqa: F403
from .ops import __all__ as _ops_all
from .printer import graph_str, topo_ops
from .tensor import ComputeOp, Operation, PlaceholderOp, Tensor

__all__ = [*_ops_all, "ComputeOp", "Operation", "PlaceholderOp", "Tensor", "evaluate", "graph_str",
           "topo_ops"]
