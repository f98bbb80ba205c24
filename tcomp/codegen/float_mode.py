"""How a kernel's float arithmetic may be compiled (layer 5).

One option, decided once at the API edge (``tc.build``) from ``fast_math`` and the schedule's
``reassociate()``, then handed down to the caches and code generators as this enum, where it
used to travel as a bool that could also hold the string ``"reassoc"``.
"""

from __future__ import annotations

import enum


class FloatMode(enum.Enum):
    """``STRICT``: IEEE operations in the written order; only ``a * b + c`` may fuse into an
    FMA (LLVM's ``contract``). ``REASSOC``: a schedule's ``reassociate()``: ``+`` and ``*``
    may be reordered (reductions split across vector lanes), division stays as written, and
    NaN, infinities and signed zeros keep their meaning; math functions stay the accurate
    ones. ``FAST``: ``build(..., fast_math=True)``: every LLVM fast-math flag, and the vector
    math functions assume finite operands."""

    STRICT = "strict"
    REASSOC = "reassoc"
    FAST = "fast"

    @classmethod
    def of(cls, value: FloatMode | bool) -> FloatMode:
        """``value`` as a FloatMode: a FloatMode, or a bool (``fast_math``: True is FAST,
        False STRICT). Anything else is a TypeError naming it."""
        if isinstance(value, FloatMode):
            return value
        if isinstance(value, bool):
            return cls.FAST if value else cls.STRICT
        raise TypeError(f"fast_math must be a bool (or a tcomp FloatMode), got "
                        f"{type(value).__name__} {value!r}")

    @classmethod
    def for_build(cls, fast_math: FloatMode | bool, reassociate: bool) -> FloatMode:
        """The mode of a build: ``fast_math`` (True: FAST), raised from STRICT to REASSOC
        where the schedule asks for reassociation."""
        mode = cls.of(fast_math)
        return cls.REASSOC if mode is cls.STRICT and reassociate else mode

    @property
    def approximate(self) -> bool:
        """Whether vector math may drop its special-value handling (FAST only)."""
        return self is FloatMode.FAST


__all__ = ["FloatMode"]
