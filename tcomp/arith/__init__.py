"""Arithmetic analysis of index expressions: simplifier and bound analysis (layer 1).

Public API (all functions are pure; ``ranges`` maps a ``Var`` to an inclusive ``Interval``,
``(lo, hi)`` pairs and Python ints are accepted too):

- ``Interval(lo, hi)``: inclusive bounds, ``None`` meaning unbounded on that side;
  ``Interval.from_extent(min, extent)`` is a loop's ``[min, min + extent - 1]``.
- ``simplify(expr, ranges=None) -> Expr``: an expression equal to ``expr`` for every value of
  the variables inside ``ranges``, with the same dtype. Integer ``+ - *`` are put in a canonical
  polynomial form (like terms collected, constants on the right); ``//``, ``%``, min, max,
  select and comparisons fold where the ranges decide them; floats are only folded bit-exactly;
  Ramp/Broadcast arithmetic moves to scalars.
- ``bounds(expr, ranges=None) -> Interval``: symbolic bounds over the variables not in
  ``ranges`` (unranged variables are their own point; a ``SizeVar`` is ``>= 0``).
- ``const_bounds(expr, ranges=None) -> (lo | None, hi | None)``: integer bounds.
- ``can_prove(cond, ranges=None) -> bool``: True only if ``cond`` always holds (sound).
- ``simplify_stmt(stmt, ranges=None) -> Stmt``: simplify every expression of a statement,
  using loop ranges, If conditions and Let values met on the way.
- ``Simplifier(ranges)``: the engine, for callers that simplify many expressions under the
  same ranges (its results are memoized).

Assumptions: integer arithmetic does not overflow (constants fold with wrap-around to the
dtype's width, like the hardware), a division by zero never happens, and a ``SizeVar`` divisor
is therefore ``>= 1``.
"""

from .bounds import Interval, bounds, const_bounds
from .simplify import Simplifier, can_prove, simplify
from .simplify_stmt import simplify_stmt

__all__ = ["Interval", "Simplifier", "bounds", "can_prove", "const_bounds", "simplify",
           "simplify_stmt"]
