"""tcomp: a tensor compiler. Write an op as a tensor expression, schedule it, build it.

Public API only; ``tcomp.nn`` is imported on first use so ``import tcomp`` stays fast.
"""

from __future__ import annotations

from typing import Any

from . import config, dtypes, errors, ir
from .autoschedule import auto_knobs, auto_schedule
from .build import build, lower
from .codegen.target import Target
from .dsl import (
    Tensor,
    abs,
    all,
    any,
    cast,
    ceil,
    comm_reducer,
    compute,
    const,
    equal,
    erf,
    exp,
    exp2,
    floor,
    graph_str,
    if_then_else,
    log,
    logical_and,
    logical_not,
    logical_or,
    max,
    max_value,
    min,
    min_value,
    not_equal,
    placeholder,
    pow,
    prod,
    reduce_axis,
    rsqrt,
    select,
    sigmoid,
    sqrt,
    sum,
    tanh,
    topo_ops,
    var,
)
from .dtypes import bool_, float32, float64, int32, int64
from .errors import (
    ArgumentShapeError,
    ArgumentTypeError,
    ArgumentValueError,
    AxisError,
    CompileError,
    DSLShapeError,
    DSLTypeError,
    ExportError,
    LoweringError,
    OutOfBoundsError,
    OutOfMemoryError,
    ProvablyOutOfBoundsError,
    ScheduleError,
    TcompError,
    TcompRuntimeError,
    TensorIndexError,
)
from .runtime.export import export_library
from .runtime.kernel import release_workspaces
from .runtime.memory import aligned, empty, zeros
from .schedule import Schedule, Stage, create_schedule, replay, thread_axis

__version__ = "0.1.0"

__all__ = [
    "ArgumentShapeError", "ArgumentTypeError", "ArgumentValueError", "AxisError", "CompileError",
    "DSLShapeError", "DSLTypeError", "ExportError", "LoweringError", "OutOfBoundsError",
    "OutOfMemoryError",
    "ProvablyOutOfBoundsError", "Schedule", "ScheduleError", "Stage", "Target", "TcompError",
    "TcompRuntimeError", "Tensor", "TensorIndexError", "abs", "aligned", "all", "any",
    "auto_knobs", "auto_schedule",
    "bool_", "build", "cast", "ceil", "comm_reducer", "compute", "config", "const",
    "create_schedule", "dtypes", "empty", "equal", "erf", "errors", "exp", "exp2", "export_library",
    "float32", "float64",
    "floor",
    "graph_str", "if_then_else", "int32", "int64", "ir", "log", "logical_and", "logical_not",
    "logical_or", "lower", "max", "max_value", "min", "min_value", "not_equal", "placeholder",
    "pow", "prod", "reduce_axis", "release_workspaces", "replay", "rsqrt", "select", "sigmoid",
    "sqrt", "sum", "tanh", "thread_axis", "topo_ops", "var", "zeros",
]


def __getattr__(name: str) -> Any:
    if name in ("nn", "testing", "passes", "runtime", "codegen", "arith", "ops"):
        import importlib

        return importlib.import_module(f"tcomp.{name}")
    raise AttributeError(f"module 'tcomp' has no attribute {name!r}")
