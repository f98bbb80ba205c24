"""Loop-IR statements (layer 1)."""

from __future__ import annotations

import enum
from dataclasses import field

from .buffer import Buffer
from .expr import Expr, Var
from .node import node


class ForKind(enum.Enum):
    SERIAL = "for"
    PARALLEL = "parallel"
    VECTORIZED = "vectorized"
    UNROLLED = "unrolled"
    THREAD = "thread"  # bound to a GPU thread/block index; see For.thread_tag


# The GPU indices a THREAD loop can be bound to (its ``For.thread_tag``): the one table that
# schedules, GPU passes, the interpreter and the CUDA code generator read.
BLOCK_TAGS = ("blockIdx.x", "blockIdx.y", "blockIdx.z")
THREAD_TAGS = ("threadIdx.x", "threadIdx.y", "threadIdx.z")
VTHREAD_TAG = "vthread"  # a virtual thread: a loop each GPU thread runs (unrolled)
BIND_TAGS = (*BLOCK_TAGS, *THREAD_TAGS, VTHREAD_TAG)


class Stmt:
    __slots__ = ()
    _fields: tuple[str, ...]

    def __repr__(self) -> str:
        from .printer import stmt_str

        return stmt_str(self)


@node
class For(Stmt):
    """``for var in [min, min + extent)``; ``kind`` says how the loop is executed."""

    var: Var
    min: Expr
    extent: Expr
    kind: ForKind
    body: Stmt
    thread_tag: str = ""
    _h: int = field(default=0, init=False, compare=False)


@node
class Seq(Stmt):
    stmts: tuple[Stmt, ...]
    _h: int = field(default=0, init=False, compare=False)


@node
class Store(Stmt):
    """``buffer[indices] = value``. ``stream``: a non-temporal store (the schedule's
    ``stream``), a hint that changes no result: the CPU backend writes a whole aligned vector
    past the caches, without first reading its lines; any other store is an ordinary one."""

    buffer: Buffer
    indices: tuple[Expr, ...]
    value: Expr
    stream: bool = False
    _h: int = field(default=0, init=False, compare=False)


@node
class Allocate(Stmt):
    """Allocate ``buffer`` (in its scope) for the duration of ``body``."""

    buffer: Buffer
    body: Stmt
    _h: int = field(default=0, init=False, compare=False)


@node
class If(Stmt):
    cond: Expr
    then: Stmt
    orelse: Stmt | None = None
    _h: int = field(default=0, init=False, compare=False)


@node
class LetStmt(Stmt):
    """Bind ``var = value`` within ``body``."""

    var: Var
    value: Expr
    body: Stmt
    _h: int = field(default=0, init=False, compare=False)


@node
class Evaluate(Stmt):
    """Evaluate an expression for its effect; ``Evaluate(0)`` is the no-op."""

    value: Expr
    _h: int = field(default=0, init=False, compare=False)


@node
class Prefetch(Stmt):
    """A hint to bring the memory at ``buffer[indices]`` into the cache (``write``: for
    writing). It reads nothing for the program and never faults: ``indices`` may lie outside
    the buffer (a prefetch of the next row while the last row is computed)."""

    buffer: Buffer
    indices: tuple[Expr, ...]
    write: bool = False
    _h: int = field(default=0, init=False, compare=False)


@node
class Barrier(Stmt):
    """Synchronise the threads of a GPU block (``__syncthreads``)."""

    scope: str = "shared"
    _h: int = field(default=0, init=False, compare=False)


def seq(*stmts: Stmt | None) -> Stmt:
    """Sequence that flattens nested Seqs and drops Nones and no-ops."""
    out: list[Stmt] = []
    for s in stmts:
        if s is None:
            continue
        if isinstance(s, Seq):
            out.extend(s.stmts)
        elif isinstance(s, Evaluate) and getattr(s.value, "value", None) == 0:
            continue
        else:
            out.append(s)
    if len(out) == 1:
        return out[0]
    if not out:
        from .expr import const

        return Evaluate(const(0))
    return Seq(tuple(out))
