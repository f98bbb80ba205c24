"""The scalar operator enum and its operator classes (layer 1).

``Op`` names every scalar operator once; the printer, interpreter, simplifier and code
generators each keep one table indexed by it. The frozensets group the operators by kind
(comparisons, logic, infix, unary, float-only, commutative). A leaf module: it imports
nothing of tcomp.
"""

from __future__ import annotations

import enum


class Op(enum.Enum):
    """Every scalar operator. One enum drives the printer, interpreter and code generators."""

    # binary arithmetic
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"  # true division (floats); ints use FLOORDIV
    FLOORDIV = "//"
    FLOORMOD = "%"
    MIN = "min"
    MAX = "max"
    POW = "pow"
    # comparisons (result is bool)
    EQ = "=="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    # logic (bool operands)
    AND = "&&"
    OR = "||"
    # unary
    NEG = "neg"
    NOT = "!"
    EXP = "exp"
    EXP2 = "exp2"
    LOG = "log"
    SQRT = "sqrt"
    RSQRT = "rsqrt"
    TANH = "tanh"
    SIGMOID = "sigmoid"
    ERF = "erf"
    ABS = "abs"
    FLOOR = "floor"
    CEIL = "ceil"


COMPARE_OPS = frozenset({Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE})
LOGIC_OPS = frozenset({Op.AND, Op.OR})
INFIX_OPS = frozenset(
    {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.FLOORDIV, Op.FLOORMOD} | COMPARE_OPS | LOGIC_OPS
)
BINARY_OPS = INFIX_OPS | {Op.MIN, Op.MAX, Op.POW}
UNARY_OPS = frozenset(
    {Op.NEG, Op.NOT, Op.EXP, Op.EXP2, Op.LOG, Op.SQRT, Op.RSQRT, Op.TANH, Op.SIGMOID, Op.ERF,
     Op.ABS, Op.FLOOR, Op.CEIL}
)
# Unary ops defined only on floats (transcendentals and rounding).
FLOAT_UNARY_OPS = frozenset(
    {Op.EXP, Op.EXP2, Op.LOG, Op.SQRT, Op.RSQRT, Op.TANH, Op.SIGMOID, Op.ERF, Op.FLOOR,
     Op.CEIL}
)
COMMUTATIVE_OPS = frozenset({Op.ADD, Op.MUL, Op.MIN, Op.MAX, Op.EQ, Op.NE, Op.AND, Op.OR})
