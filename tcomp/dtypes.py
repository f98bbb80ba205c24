"""Scalar and vector data types, promotion rules and name tables (layer 0)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import DSLTypeError


@dataclass(frozen=True, slots=True)
class DType:
    """A scalar type (``lanes == 1``) or a vector of ``lanes`` scalars.

    ``kind`` is ``"f"`` (float), ``"i"`` (signed int) or ``"b"`` (bool).
    """

    kind: str
    bits: int
    lanes: int = 1

    @property
    def name(self) -> str:
        base = {"f": f"float{self.bits}", "i": f"int{self.bits}", "b": "bool"}[self.kind]
        return base if self.lanes == 1 else f"{base}x{self.lanes}"

    def __repr__(self) -> str:
        return self.name

    __str__ = __repr__

    @property
    def is_float(self) -> bool:
        return self.kind == "f"

    @property
    def is_int(self) -> bool:
        return self.kind == "i"

    @property
    def is_bool(self) -> bool:
        return self.kind == "b"

    @property
    def scalar(self) -> DType:
        return DType(self.kind, self.bits) if self.lanes != 1 else self

    def with_lanes(self, lanes: int) -> DType:
        return DType(self.kind, self.bits, lanes)

    @property
    def lowest(self) -> float | int | bool:
        """The least value of the scalar type: -inf, False, or -2**(bits - 1)."""
        if self.kind == "f":
            return float("-inf")
        return False if self.kind == "b" else -(1 << (self.bits - 1))

    @property
    def highest(self) -> float | int | bool:
        """The greatest value of the scalar type: inf, True, or 2**(bits - 1) - 1."""
        if self.kind == "f":
            return float("inf")
        return True if self.kind == "b" else (1 << (self.bits - 1)) - 1

    def hold(self, value: float | int | bool) -> float | int | bool:
        """The Python value of this type for the number ``value``: floats rounded to float32
        where 32 bits wide, ints wrapped like the hardware, float -> int saturating (NaN -> 0,
        else clamped and truncated)."""
        if self.kind == "f":
            value = float(value)
            if self.bits == 32:  # the value a float32 can hold
                with np.errstate(over="ignore"):
                    value = float(np.float32(value))
            return value
        if self.kind == "b":
            return bool(value)
        half = 1 << (self.bits - 1)
        if isinstance(value, float):
            value = 0 if value != value else half - 1 if value >= half else \
                -half if value < -half else int(value)
        return (int(value) + half) % (1 << self.bits) - half

    @property
    def itemsize(self) -> int:
        return 1 if self.kind == "b" else self.bits // 8

    @property
    def np(self) -> np.dtype:
        if self.lanes != 1:
            raise DSLTypeError(f"vector type {self} has no numpy equivalent")
        return np.dtype(_NP_NAMES[(self.kind, self.bits)])


float32 = DType("f", 32)
float64 = DType("f", 64)
int32 = DType("i", 32)
int64 = DType("i", 64)
bool_ = DType("b", 8)

_NP_NAMES = {("f", 32): "float32", ("f", 64): "float64", ("i", 32): "int32", ("i", 64): "int64",
             ("b", 8): "bool"}
_BY_NAME = {"float32": float32, "float64": float64, "int32": int32, "int64": int64,
            "bool": bool_, "float": float32, "int": int64}

ALL = (float32, float64, int32, int64, bool_)

# The largest value a symbolic dimension (tc.var) may take. Calls refuse larger sizes, so the
# simplifier may take ``n + c`` and ``n * c`` of a dimension as free of int64 overflow (no real
# array reaches 2**48 elements along one axis).
MAX_DIM = (1 << 48) - 1


def as_dtype(value: object) -> DType:
    """Convert a DType, a name (``"float32"``), a numpy dtype or a Python type to a DType."""
    if isinstance(value, DType):
        return value
    if value is bool:
        return bool_
    if value is float:
        return float32
    if value is int:
        return int64
    if isinstance(value, str) and value in _BY_NAME:
        return _BY_NAME[value]
    try:
        npd = np.dtype(value)  # type: ignore[call-overload]
    except TypeError:
        npd = None
    if npd is not None and npd.name in _BY_NAME:
        return _BY_NAME[npd.name]
    raise DSLTypeError(
        f"unsupported dtype {value!r}; tcomp supports {', '.join(d.name for d in ALL)}"
    )


def promote(a: DType, b: DType) -> DType:
    """Result type of a binary arithmetic op: float beats int beats bool, wider beats narrower."""
    if a == b:
        return a
    if a.lanes != b.lanes and a.lanes != 1 and b.lanes != 1:
        raise DSLTypeError(f"lane mismatch between {a} and {b}")
    lanes = max(a.lanes, b.lanes)
    rank = {"b": 0, "i": 1, "f": 2}
    sa, sb = a.scalar, b.scalar
    if rank[sa.kind] != rank[sb.kind]:
        win = sa if rank[sa.kind] > rank[sb.kind] else sb
    else:
        win = sa if sa.bits >= sb.bits else sb
    return win.with_lanes(lanes)
