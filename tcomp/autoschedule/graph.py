"""What the automatic CPU schedule's rules read off a DSL graph: constant extents, sizes,
work, read counts, costly stages (layer 6).
"""

from __future__ import annotations

import math
from typing import Any

from ..ir import expr as E
from ..ir.node import same_seq
from ..ir.visitor import walk


def is_compute(op: Any) -> bool:
    return hasattr(op, "body")


PARALLEL_MIN = 1 << 15  # elements times reduction work below which threads don't pay


def const_extent(iv: E.IterVar) -> int:
    """The extent of an axis when it is a constant, else 0 (a symbolic extent)."""
    return int(iv.dom.extent.value) if isinstance(iv.dom.extent, E.Const) else 0


def read_counts(ops: list[Any]) -> dict[Any, int]:
    """How many times each stage is read, where reads by one stage at the same indices count
    once: ``0.5 * x * (1 + erf(x * c))`` reads ``x`` twice, and once inlined the two copies
    are one value to LLVM (pure loads, no store between), so inlining doesn't duplicate
    work."""
    count: dict[Any, int] = {}
    for op in ops:
        if is_compute(op):
            seen: list[E.ProducerLoad] = []
            for b in op.body:
                for n in walk(b):
                    if isinstance(n, E.ProducerLoad) and not any(
                            m.tensor is n.tensor and same_seq(m.indices, n.indices)
                            for m in seen):
                        seen.append(n)
                        count[n.tensor.op] = count.get(n.tensor.op, 0) + 1
    return count


TRANSCENDENTAL = frozenset({E.Op.EXP, E.Op.EXP2, E.Op.LOG, E.Op.TANH, E.Op.SIGMOID, E.Op.ERF,
                            E.Op.POW, E.Op.SQRT, E.Op.RSQRT, E.Op.DIV})


def costly_per_use(op: Any) -> bool:
    """Costly to recompute per use, and to compute as scalars: inlined into a reader whose
    vector axis it doesn't depend on (softmax's ``e / sum`` inside ``sum_i c[i, j] *
    u[i, j, :]``; layer norm's ``rsqrt(var + eps)`` per row inside the row's loop), each
    value is recomputed per element, often as one scalar or vector division."""
    return any(isinstance(n, (E.Unary, E.Binary)) and n.op in TRANSCENDENTAL
               for b in op.body for n in walk(b))


def size_of(op: Any) -> int:
    return math.prod(const_extent(iv) for iv in op.axis)


def work_of(op: Any) -> int:
    red = math.prod(const_extent(iv) for iv in op.reduce_axis) if op.is_reduction else 1
    return math.prod(const_extent(iv) for iv in op.axis) * max(red, 1)


def is_padding(op: Any) -> bool:
    """``op``'s value is a select on its indices alone (a convolution's zero border)."""
    body = op.body[0]
    return isinstance(body, E.Select) and not any(isinstance(n, E.ProducerLoad)
                                                  for n in walk(body.cond))


PAD_REUSE = 16  # reads of each padded element by a reduction from which a copy pays
PAD_ROW = 32  # the shortest padded row a copy paid for


def padding_reused(op: Any, ops: list[Any]) -> bool:
    """Whether ``op`` pads a tensor (its value a select on its indices alone: a convolution's
    zero border) into rows of ``PAD_ROW`` or more, and a reduction reads each of its
    elements ``PAD_REUSE`` times or more: inlined, every multiply-add of the reduction
    evaluates the guard and a masked load; a copy of the padded input costs one pass.
    Measured (AVX2, 2 threads), conv2d with bias and ReLU: 3 -> 16 channels at 32 x 32,
    batch 32, 0.377 -> 0.221 ms, 64 -> 64 at 56 x 56 2.99 -> 1.64 ms; on rows of 18 and
    12 (1 -> 16 at 16 x 16, batch 64; the data gradient of 16 -> 32 at 8 x 8) the copy
    lost 20-30%, so short rows stay inlined."""
    if not (is_padding(op) and op.axis and const_extent(op.axis[-1]) >= PAD_ROW):
        return False
    return any(is_compute(r) and r.is_reduction and any(t.op is op for t in r.input_tensors)
               and work_of(r) >= PAD_REUSE * size_of(op) for r in ops)
