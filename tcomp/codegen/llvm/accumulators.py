"""What the CPU emitter must tell LLVM about a loop body's accumulators and divisions (layer 5):
a reduction LLVM may reorder (``compile_ir`` then turns the SLP vectoriser off), an update
that reads its accumulator twice (no unrolling) and a division under a condition (no loop
vectorisation).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...ir import expr as E
from ...ir import stmt as S
from ...ir.visitor import walk
from ..float_mode import FloatMode


def contains_load(e: E.Expr) -> bool:
    """Whether ``e`` reads memory."""
    return any(isinstance(n, E.Load) for n in walk(e))


def _accumulator_updates(body: S.Stmt) -> Iterator[tuple[S.Store, int]]:
    """(store, number of uses of its own location in its value) for every store in ``body``
    that reads that location: the updates of reductions (``B[i] = B[i] + x``). A float
    min/max of the location counts twice: it is emitted as numpy's
    ``isnan(a) ? a : (a < b ? a : b)``, three uses of ``a`` (an unrolled chain of 32 float
    min steps took LLVM 22 forever, fuzz case 2040010832)."""
    lets = [n.value for n in walk(body) if isinstance(n, S.LetStmt)]
    for st in walk(body):
        if isinstance(st, S.Store):
            n = 0

            def own(x: Any, st: S.Store = st) -> bool:
                return isinstance(x, E.Load) and x.buffer is st.buffer \
                    and bool(x.indices == st.indices)

            for e in (st.value, *lets):
                for x in walk(e):
                    if own(x):
                        n += 1
                    elif isinstance(x, E.Binary) and x.op in (E.Op.MIN, E.Op.MAX) \
                            and x.dtype.is_float and (own(x.a) or own(x.b)):
                        n += 1
            if n:
                yield st, n


def reads_accumulator_twice(body: S.Stmt) -> bool:
    """True when a store in ``body`` updates ``B[i]`` from two or more reads of ``B[i]`` (a
    reducer that uses its accumulator twice: argmax's selects, ``a + b + a*b``), counting
    the update under a data-dependent condition (``if A[k] == 0: B[i] = f(B[i])``) as a
    second read: LLVM if-converts it to ``select(c, f(B[i]), B[i])``.

    LLVM may not unroll such a loop: fully unrolled, the update chain is a DAG whose paths
    double at every step, and LLVM 22's SCCP (range propagation) took exponential time on
    it (54 steps of ``a + b + a*b`` did not finish in 10 minutes), as its loop vectoriser
    did on the if-converted chain (fuzz case 2033006285). A condition of loop variables
    only (a split's guard) folds to a constant per unrolled step, so leaves no select. A
    loop the schedule unrolls keeps its unroll: the user asked for it.
    """
    data_dependent = {id(st) for n in walk(body) if isinstance(n, S.If) and contains_load(n.cond)
                      for branch in (n.then, n.orelse) if branch is not None
                      for st in walk(branch) if isinstance(st, S.Store)}
    return any(n + (id(st) in data_dependent) >= 2 for st, n in _accumulator_updates(body))


def _variable_division(node: Any) -> bool:
    """An integer ``//`` or ``%`` by a divisor that is not a constant under ``node``."""
    return any(isinstance(x, E.Binary) and x.op in (E.Op.FLOORDIV, E.Op.FLOORMOD)
               and x.dtype.is_int and not isinstance(x.b, E.Const) for x in walk(node))


def conditional_division(body: S.Stmt) -> bool:
    """True when ``body`` divides by a variable inside a conditional: an ``If`` branch, or a
    select branch that reads memory (emitted as real branches, see ``expr_Select``).

    LLVM 22's loop vectoriser must predicate such a division (the divisor may be zero where
    the branch is not taken). When the division is the same in every lane (``A[(k + 1) % n]``
    inside a loop over ``j``), it computed it only where the first lane's condition held, and
    the other lanes' masked gather then read through a poison address: a segfault (fuzz case
    2032014157). Loops around such code are not vectorised by LLVM.
    """
    for n in walk(body):
        if isinstance(n, S.If) and (_variable_division(n.then) or (
                n.orelse is not None and _variable_division(n.orelse))):
            return True
        if isinstance(n, E.Select) and (contains_load(n.t) or contains_load(n.f)) and (
                _variable_division(n.t) or _variable_division(n.f)):
            return True
    return False


def reassociable_accumulator(body: S.Stmt, fp_mode: FloatMode) -> bool:
    """True when ``body`` updates an integer or bool accumulator, or a float one when
    ``fp_mode`` is not STRICT: reductions LLVM may reassociate, and so
    rewrite as SLP horizontal reductions (see the note on SLP above ``jit.optimize``)."""
    for st, _ in _accumulator_updates(body):
        dt = st.buffer.dtype
        if dt.is_int or dt.is_bool or (dt.is_float and fp_mode is not FloatMode.STRICT):
            return True
    return False
