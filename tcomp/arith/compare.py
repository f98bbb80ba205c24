"""Simplifier rules for integer comparisons and min/max: the order of two values (layer 1).

``a op b`` (``<``, ``<=``, ``==``, ``!=``; ``>`` and ``>=`` flipped) becomes ``d op 0`` with
``d = a - b`` when both operands' exact values fit their dtype (then ``d`` is the true
difference); the bounds of ``d`` decide it, or it is put in the canonical form
``pos < neg + k`` (content divided out, positive terms left). When an operand may wrap, only
the operands' own bounds decide it. ``min``/``max`` drop an operand whose order against
another is provable the same way, and flatten and sort nested ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dtypes import DType
from ..ir.expr import Binary, Const, Expr, Op
from .bounds import int_limits
from .poly import Poly, from_poly, key, same, to_poly

if TYPE_CHECKING:
    from .simplify import Simplifier

_FLIP = {Op.GT: Op.LT, Op.GE: Op.LE}
_CMP_PAIR = {Op.LT: lambda a, b: (a[1] < b[0], a[0] >= b[1]),
             Op.LE: lambda a, b: (a[1] <= b[0], a[0] > b[1]),
             Op.EQ: lambda a, b: (a[0] == a[1] == b[0] == b[1], a[1] < b[0] or b[1] < a[0]),
             Op.NE: lambda a, b: (a[1] < b[0] or b[1] < a[0], a[0] == a[1] == b[0] == b[1])}


def decide(op: Op, lo: int | None, hi: int | None) -> bool | None:
    """Truth of ``d op 0`` for every ``d`` in ``[lo, hi]``, or None if it depends on ``d``."""
    if op is Op.LT:
        return True if hi is not None and hi < 0 else False if lo is not None and lo >= 0 else None
    if op is Op.LE:
        return True if hi is not None and hi <= 0 else False if lo is not None and lo > 0 else None
    if op is Op.GT:
        return True if lo is not None and lo > 0 else False if hi is not None and hi <= 0 else None
    if op is Op.GE:
        return True if lo is not None and lo >= 0 else False if hi is not None and hi < 0 else None
    if lo is not None and lo == hi == 0:
        return op is Op.EQ
    if (lo is not None and lo > 0) or (hi is not None and hi < 0):
        return op is Op.NE
    return None


def _or(v: int | None, default: int) -> int:
    return default if v is None else v


class CompareRules:
    """Comparison and min/max rewrites; bounds and polynomial work go back to the
    ``Simplifier``."""

    def __init__(self, sim: Simplifier) -> None:
        self.sim = sim

    def minmax(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        """``min``/``max`` of integer scalars: operands of a provable order dropped, nested
        ones flattened and sorted (constants last)."""
        if same(a, b):
            return a
        first = self.pick(op, a, b, dt)
        if first is not None:
            return first
        args: list[Expr] = []
        for x in (a, b):
            stack = [x]
            while stack:
                y = stack.pop()
                if type(y) is Binary and y.op is op:
                    stack += (y.b, y.a)
                else:
                    args.append(y)
        if len(args) > 2:
            keep: list[Expr] = []
            for x in args:
                if len(args) <= 8 and any(
                    self.pick(op, y, x, dt) is y for y in keep
                ):
                    continue
                keep = [y for y in keep if self.pick(op, x, y, dt) is not x] + [x]
            args = keep
        args.sort(key=lambda x: (type(x) is Const, key(x)))
        out = args[0]
        for x in args[1:]:
            out = Binary(op, out, x, dt)
        return out

    def pick(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr | None:
        """``min``/``max`` of two operands when their order is provable, else None."""
        if same(a, b):
            return a
        order = self.order(a, b, dt)
        if order is None:
            return None
        a_le_b, a_ge_b = order
        if op is Op.MIN:
            return a if a_le_b else b if a_ge_b else None
        return a if a_ge_b else b if a_le_b else None

    def order(self, a: Expr, b: Expr, dt: DType) -> tuple[bool, bool] | None:
        """``(a <= b provable, a >= b provable)``, or None when neither is."""
        sim = self.sim
        if sim.expr_fits(a) and sim.expr_fits(b):  # a - b is the exact difference
            lo, hi = sim.sign(to_poly(a).iadd(to_poly(b), -1), dt)
        else:
            (al, ah), (bl, bh) = sim.value_bounds(a), sim.value_bounds(b)
            lo = None if al is None or bh is None else al - bh
            hi = None if ah is None or bl is None else ah - bl
        a_le_b = hi is not None and hi <= 0
        a_ge_b = lo is not None and lo >= 0
        return (a_le_b, a_ge_b) if a_le_b or a_ge_b else None

    def cmp_int(self, op: Op, a: Expr, b: Expr, dt: DType) -> Expr:
        """``a op b`` for integer scalars: decided by bounds, else put in canonical form."""
        sim = self.sim
        if op in _FLIP:
            op, a, b = _FLIP[op], b, a
        it = a.dtype
        if same(a, b):
            return Const(op is not Op.LT and op is not Op.NE, dt)
        if not (sim.expr_fits(a) and sim.expr_fits(b)):
            # a value may wrap, so a - b is not the difference: compare the operands' bounds.
            tmin, tmax = int_limits(it.bits)
            (al, ah), (bl, bh) = sim.value_bounds(a), sim.value_bounds(b)
            yes, no = _CMP_PAIR[op]((_or(al, tmin), _or(ah, tmax)), (_or(bl, tmin), _or(bh, tmax)))
            return Const(True, dt) if yes else Const(False, dt) if no else Binary(op, a, b, dt)
        d = to_poly(a).iadd(to_poly(b), -1)  # a op b  <=>  d op 0, exactly
        d = sim.divmod.recombine(d, it, exact=True)
        if d.is_const():
            return Const(bool(decide(op, d.const, d.const)), dt)
        r = decide(op, *sim.sign(d, it))
        if r is not None:
            return Const(r, dt)
        out = self._cmp_form(op, d, it, dt)
        return Binary(op, a, b, dt) if out is None else out

    def _cmp_form(self, op: Op, d: Poly, it: DType, dt: DType) -> Expr | None:
        """The canonical comparison ``pos op neg + k`` of ``d op 0``, or None when one of its
        sides might not fit ``it`` (then it wouldn't be the same comparison)."""
        g, k = d.content(), d.const
        if op is Op.LT:  # g*P + k < 0  <=>  P + floor(k/g) < 0
            k = k // g
        elif op is Op.LE:  # g*P + k <= 0  <=>  P + ceil(k/g) - 1 < 0
            op, k = Op.LT, -((-k) // g) - 1
        else:
            if k % g:
                return Const(op is Op.NE, dt)
            k //= g
        pos = Poly({m: c // g for m, c in d.terms.items() if c > 0})
        neg = Poly({m: -c // g for m, c in d.terms.items() if c < 0})
        if op is Op.LT and not pos.terms:  # 0 < neg - k  <=>  k < neg
            pos, neg = Poly({}, k), neg
        else:
            if op is not Op.LT and not pos.terms:
                pos, neg, k = neg, pos, -k
            neg.const = -k
        cb = self.sim.cb
        if not (cb.fits(pos, it.bits) and cb.fits(neg, it.bits)):
            return None
        return Binary(op, from_poly(pos, it), from_poly(neg, it), dt)
