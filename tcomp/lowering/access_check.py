"""Build-time bounds proof for the reads of a DSL graph (layer 4).

For every compute, every read of a tensor that is performed at every point of the compute's
domain (not inside a branch of ``if_then_else``, not in a reduction source that ``where=``
filters) gets the range of each index over the domain. When an end of that range is
*attained* (the index is affine in independent axes, a min/max or a floor division by a
positive constant of such) and lies provably outside ``[0, extent)``, the build stops with
ProvablyOutOfBoundsError naming the tensor, the axis, the index, its range and the reading
compute's line. Every other case is left to the run-time checks (``bounds_check``) and the
reference evaluator, which both raise on the reads actually performed.

The domain is taken to be non-empty (a symbolic extent is at least 1): a kernel whose only
correct size is zero is reported too.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from ..arith import Interval, bounds, can_prove, simplify
from ..dsl.tensor import ComputeOp
from ..errors import ProvablyOutOfBoundsError
from ..ir import expr as E
from ..ir.expr import Op
from ..ir.visitor import children, free_vars, walk

# Computes already checked (IR is immutable, so one proof per op object is enough).
_checked: weakref.WeakSet[ComputeOp] = weakref.WeakSet()

Ends = tuple["E.Expr | None", "E.Expr | None", frozenset]


def check_ops(ops: Iterable[Any]) -> None:
    """Raise ProvablyOutOfBoundsError for the first read of ``ops`` (ComputeOps; others are
    skipped) that is out of range for some iteration of its compute."""
    for op in ops:
        if isinstance(op, ComputeOp) and op not in _checked:
            _OpCheck(op).run()
            _checked.add(op)


def _fold(op: Op, a: E.Expr, b: E.Expr) -> E.Expr:
    """``a op b`` with integer constants folded (the common, all-static case stays cheap)."""
    if isinstance(a, E.Const) and isinstance(b, E.Const):
        x, y = int(a.value), int(b.value)
        if op is Op.ADD:
            return E.const(x + y, a.dtype)
        if op is Op.SUB:
            return E.const(x - y, a.dtype)
        if op is Op.MUL:
            return E.const(x * y, a.dtype)
        if op is Op.FLOORDIV and y > 0:
            return E.const(x // y, a.dtype)
        if op is Op.MIN:
            return E.const(min(x, y), a.dtype)
        if op is Op.MAX:
            return E.const(max(x, y), a.dtype)
    return E.binary(op, a, b)


def _holds(cond_op: Op, a: E.Expr, b: E.Expr) -> bool:
    """Whether ``a cond_op b`` provably holds (for every value of the symbolic dims)."""
    if isinstance(a, E.Const) and isinstance(b, E.Const):
        x, y = int(a.value), int(b.value)
        return x >= y if cond_op is Op.GE else x < y
    return can_prove(E.binary(cond_op, a, b))


class _OpCheck:
    def __init__(self, op: ComputeOp) -> None:
        self.op = op
        axes = list(op.axis)
        body = op.body[0]
        if isinstance(body, E.Reduce):
            axes += list(body.axis)
        axis_vars = {iv.var for iv in axes}
        self.empty = False
        # Axes whose range is a box side: bounds that mention no axis of this compute.
        self.exact: dict[E.Var, tuple[E.Expr, E.Expr]] = {}
        for iv in axes:
            mn, ext = iv.dom.min, iv.dom.extent
            if isinstance(ext, E.Const) and int(ext.value) <= 0:
                self.empty = True  # an empty domain performs no read
            if free_vars(mn) & axis_vars or free_vars(ext) & axis_vars:
                continue  # a per-output range (triangular): not attained independently
            hi = _fold(Op.SUB, _fold(Op.ADD, mn, ext), E.const(1, ext.dtype))
            self.exact[iv.var] = (mn, hi)
        self.axis_vars = axis_vars
        self.memo: dict[int, Ends] = {}
        self._varies: dict[int, bool] = {}

    def run(self) -> None:
        if self.empty:
            return
        for b in self.op.body:
            if isinstance(b, E.Reduce):
                if any(iv.var not in self.exact for iv in b.axis):
                    continue  # a per-output extent: some outputs skip the reads (run time)
                self.visit(b.condition)
                if E.is_const(b.condition, True):
                    for s in b.source:
                        self.visit(s)
                for iv in b.axis:
                    self.visit(iv.dom.min)
                    self.visit(iv.dom.extent)
            else:
                self.visit(b)

    # ------------------------------------------------------------------ performed reads
    def visit(self, e: E.Expr) -> None:
        """Check the reads of ``e`` that are performed wherever ``e`` is evaluated."""
        if isinstance(e, E.Select):
            self.visit(e.cond)  # the branches are guarded by it: left to run time
            return
        if isinstance(e, E.ProducerLoad):
            for d, idx in enumerate(e.indices):
                self.visit(idx)
                self.check(e, d, idx)
            return
        if isinstance(e, E.Binary):
            self.visit(e.a)
            self.visit(e.b)
        elif isinstance(e, E.Unary):
            self.visit(e.a)
        elif isinstance(e, E.Cast):
            self.visit(e.value)

    def check(self, e: E.ProducerLoad, d: int, idx: E.Expr) -> None:
        lo, hi, _ = self.ends(idx)
        ext = e.tensor.shape[d]
        if hi is not None and _holds(Op.GE, hi, ext):
            self.fail(e, d, idx, lo, hi, ext, f"reaches {simplify(hi)!r}")
        if lo is not None and _holds(Op.LT, lo, E.const(0, lo.dtype)):
            self.fail(e, d, idx, lo, hi, ext, f"reaches {simplify(lo)!r}")

    def fail(self, e: E.ProducerLoad, d: int, idx: E.Expr, lo: E.Expr | None,
             hi: E.Expr | None, ext: E.Expr, what: str) -> None:
        op, t = self.op, e.tensor
        ivs = [*op.axis, *(op.body[0].axis if op.is_reduction else ())]
        full = bounds(idx, {iv.var: Interval.from_extent(iv.dom.min, iv.dom.extent)
                            for iv in ivs})
        # the attained ends, else arith's bound of the other side
        lo = full.lo if lo is None else simplify(lo)
        hi = full.hi if hi is None else simplify(hi)
        rng = f"[{'?' if lo is None else repr(lo)}, {'?' if hi is None else repr(hi)}]"
        used = free_vars(idx)
        axes = ", ".join(f"{iv.var.name} in [{iv.dom.min!r}, "
                         f"{simplify(iv.dom.min + iv.dom.extent)!r})"
                         for iv in ivs if iv.var in used)
        raise ProvablyOutOfBoundsError(
            f"{op.location}: compute '{op.name}' reads {e!r} out of bounds: the index "
            f"{_strip(idx)!r} of axis {d} of '{t.name}' (shape {list(t.shape)}) ranges over "
            f"{rng}" + (f" for {axes}" if axes else "") + f" and {what}, outside "
            f"[0, {ext!r}). Keep the index inside the tensor, or guard the read with "
            "tc.if_then_else(...) (a read in the branch not taken is not performed)")

    # ------------------------------------------------------------------ attained ranges
    def ends(self, e: E.Expr) -> Ends:
        """``(lo, hi, axes)``: the least and greatest values ``e`` takes over the domain,
        each only when it is attained at some point (else None), and the axes it uses."""
        r = self.memo.get(id(e))
        if r is None:
            r = self._ends(e)
            self.memo[id(e)] = r
        return r

    def _ends(self, e: E.Expr) -> Ends:
        none: Ends = (None, None, frozenset())
        if not e.dtype.is_int or e.dtype.lanes != 1:
            return none
        if isinstance(e, E.Var):
            if e in self.exact:
                lo, hi = self.exact[e]
                return lo, hi, frozenset((e,))
            if e in self.axis_vars:
                return none
        if not self.varies(e):
            # Constants and symbolic dims: one value for the whole compute (a value read
            # from a tensor is unknown here, so it is left alone).
            return none if self.reads(e) else (e, e, frozenset())
        if isinstance(e, E.Cast):
            src = e.value.dtype
            if src.is_int and src.bits <= e.dtype.bits:
                lo, hi, vs = self.ends(e.value)
                return (None if lo is None else E.cast(e.dtype, lo),
                        None if hi is None else E.cast(e.dtype, hi), vs)
            return none
        if isinstance(e, E.Unary) and e.op is Op.NEG:
            lo, hi, vs = self.ends(e.a)
            zero = E.const(0, e.dtype)
            return (None if hi is None else _fold(Op.SUB, zero, hi),
                    None if lo is None else _fold(Op.SUB, zero, lo), vs)
        if not isinstance(e, E.Binary):
            return none
        (al, ah, av), (bl, bh, bv) = self.ends(e.a), self.ends(e.b)
        op = e.op
        if op in (Op.ADD, Op.SUB):
            if av & bv:
                return none  # a shared axis: the two ends needn't meet at one point
            if op is Op.SUB:
                bl, bh = bh, bl
            return (None if al is None or bl is None else _fold(op, al, bl),
                    None if ah is None or bh is None else _fold(op, ah, bh), av | bv)
        if op is Op.MUL:
            if bl is not None and bl is bh and self._nonneg(bl):
                return (None if al is None else _fold(op, al, bl),
                        None if ah is None else _fold(op, ah, bl), av)
            if al is not None and al is ah and self._nonneg(al):
                return (None if bl is None else _fold(op, al, bl),
                        None if bh is None else _fold(op, al, bh), bv)
            if isinstance(e.b, E.Const) and int(e.b.value) < 0:
                return (None if ah is None else _fold(op, ah, e.b),
                        None if al is None else _fold(op, al, e.b), av)
            if isinstance(e.a, E.Const) and int(e.a.value) < 0:
                return (None if bh is None else _fold(op, e.a, bh),
                        None if bl is None else _fold(op, e.a, bl), bv)
            return none
        if op is Op.FLOORDIV and isinstance(e.b, E.Const) and int(e.b.value) > 0:
            return (None if al is None else _fold(op, al, e.b),
                    None if ah is None else _fold(op, ah, e.b), av)
        if op is Op.MAX:  # the greatest value is attained; the least needn't be
            return (None, None if ah is None or bh is None else _fold(op, ah, bh), av | bv)
        if op is Op.MIN:
            return (None if al is None or bl is None else _fold(op, al, bl), None, av | bv)
        return none

    def varies(self, e: E.Expr) -> bool:
        """Whether ``e`` uses an axis of the compute."""
        r = self._varies.get(id(e))
        if r is None:
            if isinstance(e, E.Var):
                r = e in self.axis_vars
            else:
                r = any(self.varies(c) for c in children(e) if isinstance(c, E.Expr))
            self._varies[id(e)] = r
        return r

    def reads(self, e: E.Expr) -> bool:
        return any(isinstance(n, E.ProducerLoad) for n in walk(e))

    @staticmethod
    def _nonneg(e: E.Expr) -> bool:
        if isinstance(e, E.Const):
            return int(e.value) >= 0
        return can_prove(E.binary(Op.GE, e, E.const(0, e.dtype)))


def _strip(e: E.Expr) -> E.Expr:
    """The index as the user wrote it (without the int64 cast indexing adds)."""
    return e.value if isinstance(e, E.Cast) and e.value.dtype.is_int else e


__all__ = ["check_ops"]
