"""Random integer expression trees at the edges of their types, for the semantics tests.

``int_trees`` draws int32/int64 trees of ``+ - * // % min max **``, neg, abs, comparisons
(inside select, or cast to an integer), int <-> int casts, int -> float -> int round trips and
saturating casts of float variables, over variables that take extreme values (``EDGE``). The
trees are built with the DSL constructors (``binary``, ``cast``, ...), the way user code
builds them; ``arith_helpers.evaluate`` is their reference semantics.
"""

from __future__ import annotations

import itertools
import random

from hypothesis import strategies as st

from tcomp import dtypes
from tcomp.ir.expr import Op, Var, binary, cast, const, select, unary

I32, I64, F32, F64, BOOL = (dtypes.int32, dtypes.int64, dtypes.float32, dtypes.float64,
                            dtypes.bool_)
OTHER = {I32: I64, I64: I32}


def edge_ints(bits: int) -> list[int]:
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return [lo, lo + 1, lo + 7, -(1 << (bits - 2)), -65536, -33, -8, -2, -1, 0, 1, 2, 3, 7,
            31, 32, 65535, 1 << (bits - 2), hi - 7, hi - 1, hi]


EDGE = {I32: edge_ints(32), I64: edge_ints(64)}
EDGE_FLOATS = [float("nan"), float("inf"), -float("inf"), 0.0, -0.0, 0.5, -2.5, 3.7, 1e10,
               -1e10, 2.0**31, -(2.0**31) - 1.0, 2.0**63, -(2.0**63), 9.3e18, 1e300, -1e300]


class Leaves:
    """The variables a batch of trees reads: ``n`` of each integer type and ``n`` float64."""

    def __init__(self, n: int = 3) -> None:
        self.ints = {I32: [Var(f"a{k}", I32) for k in range(n)],
                     I64: [Var(f"b{k}", I64) for k in range(n)]}
        self.floats = [Var(f"f{k}", F64) for k in range(n)]

    def all(self) -> list[Var]:
        return [*self.ints[I32], *self.ints[I64], *self.floats]

    def envs(self, count: int, seed: int) -> list[dict]:
        """Environments that mix edge values; the first ones pair the extremes exhaustively."""
        rnd = random.Random(seed)
        out = []
        corners = itertools.product((0, 1, 2), repeat=2)
        for _ in range(count):
            env: dict = {}
            pick = next(corners, None)
            for dt, vs in self.ints.items():
                edges = EDGE[dt]
                for k, v in enumerate(vs):
                    if pick is not None and k < 2:
                        env[v] = (edges[0], edges[-1], -1)[pick[k]]
                    else:
                        env[v] = rnd.choice(edges) if rnd.random() < 0.8 else rnd.randint(
                            edges[0], edges[-1])
            for v in self.floats:
                env[v] = rnd.choice(EDGE_FLOATS)
            out.append(env)
        return out


_BINOPS = [Op.ADD, Op.SUB, Op.MUL, Op.FLOORDIV, Op.FLOORMOD, Op.MIN, Op.MAX, Op.POW]
_CMPS = [Op.LT, Op.LE, Op.GT, Op.GE, Op.EQ, Op.NE]


@st.composite
def int_trees(draw, leaves: Leaves, dt=I64, depth: int = 4):
    """An integer tree of type ``dt``."""
    if depth <= 0 or draw(st.integers(0, 5)) == 0:
        if draw(st.integers(0, 2)):
            return draw(st.sampled_from(leaves.ints[dt]))
        return const(draw(st.sampled_from(EDGE[dt]) | st.integers(-9, 9)), dt)
    kind = draw(st.sampled_from(
        ["bin", "bin", "bin", "bin", "neg", "abs", "cast", "select", "bool", "float",
         "sat"]))

    def sub(t=dt, d=depth - 1):
        return draw(int_trees(leaves, t, d))

    if kind == "bin":
        op = draw(st.sampled_from(_BINOPS))
        return binary(op, sub(), sub())
    if kind == "neg":
        return unary(Op.NEG, sub())
    if kind == "abs":
        return unary(Op.ABS, sub())
    if kind == "cast":
        return cast(dt, sub(OTHER[dt]))
    if kind == "select":
        return select(draw(bool_trees(leaves, depth - 1)), sub(), sub())
    if kind == "bool":
        return cast(dt, draw(bool_trees(leaves, depth - 1)))
    if kind == "float":  # int -> float -> int: exact or rounded, then saturated
        src = draw(st.sampled_from([I32, I64]))
        ft = F32 if src == I32 and draw(st.booleans()) else F64
        return cast(dt, cast(ft, sub(src)))
    f = draw(st.sampled_from(leaves.floats))  # a float variable at its edges: NaN, inf, 1e300
    return cast(dt, f)


@st.composite
def bool_trees(draw, leaves: Leaves, depth: int = 3):
    """Comparisons of integer trees (either type), joined by and/or/not."""
    kind = draw(st.sampled_from(["cmp", "cmp", "cmp", "and", "or", "not"]))
    if depth <= 0 or kind == "cmp":
        dt = draw(st.sampled_from([I32, I64]))
        d = max(depth - 1, 0)
        return binary(draw(st.sampled_from(_CMPS)), draw(int_trees(leaves, dt, d)),
                      draw(int_trees(leaves, dt, d)))
    if kind == "not":
        return unary(Op.NOT, draw(bool_trees(leaves, depth - 1)))
    op = Op.AND if kind == "and" else Op.OR
    return binary(op, draw(bool_trees(leaves, depth - 1)), draw(bool_trees(leaves, depth - 1)))
