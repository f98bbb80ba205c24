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

Semantics (shared with the evaluator, the interpreter and the code generators): integers are
two's complement and wrap; ``x // 0 == x % 0 == 0``; ``MIN // -1 == MIN``; ``**`` is exact
and wrapping; float -> int casts saturate. Every rewrite holds for every value of the type:
rules that treat values as mathematics (moving terms across a comparison, min/max of a
difference, splitting ``//`` and ``%``) first prove from the ranges that nothing overflows, so
give index variables their loop ranges. A variable without a range may take any value of its
type (``SizeVar``: any value >= 0), except in ``bounds``, which takes unranged variables as
loop indices far from the type's limits (see its docstring).
"""

from .bounds import Interval, bounds, const_bounds
from .simplify import Simplifier, can_prove, simplify
from .simplify_stmt import simplify_stmt

__all__ = ["Interval", "Simplifier", "bounds", "can_prove", "const_bounds", "simplify",
           "simplify_stmt"]
