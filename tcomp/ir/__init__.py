"""Loop IR: expression and statement nodes, buffers, functions, printer, visitors (layer 1)."""

from .buffer import SCOPES, Buffer, decl_buffer
from .expr import (
    Binary,
    Broadcast,
    Cast,
    CommReducer,
    Const,
    Expr,
    IterKind,
    IterVar,
    Load,
    Op,
    ProducerLoad,
    Ramp,
    Range,
    Reduce,
    Select,
    Unary,
    Var,
    as_expr,
    binary,
    broadcast,
    cast,
    const,
    const_value,
    is_const,
    ramp,
    select,
    unary,
)
from .func import PrimFunc
from .printer import expr_str, func_str, stmt_str
from .stmt import (
    Allocate,
    Barrier,
    Evaluate,
    For,
    ForKind,
    If,
    LetStmt,
    Prefetch,
    Seq,
    Stmt,
    Store,
    seq,
)
from .visitor import Mutator, free_vars, replace_buffers, substitute, uses_var, walk

__all__ = [
    "SCOPES", "Allocate", "Barrier", "Binary", "Broadcast", "Buffer", "Cast", "CommReducer",
    "Const", "Evaluate", "Expr", "For", "ForKind", "If", "IterKind", "IterVar", "LetStmt", "Load",
    "Mutator", "Op", "Prefetch", "PrimFunc", "ProducerLoad", "Ramp", "Range", "Reduce", "Select",
    "Seq", "Stmt", "Store", "Unary", "Var", "as_expr", "binary", "broadcast", "cast", "const",
    "const_value", "decl_buffer", "expr_str", "free_vars", "func_str", "is_const", "ramp",
    "replace_buffers", "select", "seq", "stmt_str", "substitute", "unary", "uses_var", "walk",
]
