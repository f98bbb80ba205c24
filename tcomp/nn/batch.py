"""Dynamic batch sizes: the nn layer's kernels are built for a symbolic leading (batch)
dimension, so a new batch size reuses them instead of compiling anew (layer 9). The first
size an op runs at keeps kernels built for it (symbolic extents cost some speed: loops of
unknown trip count keep their guards); the family is built at the second size.

``kernels.get_op`` asks ``generalize`` for an op's *family*: its input specs and attributes
with the batch size replaced by ``SYM``. Ops of one family share one DSL graph, in which the
batch is the ``tc.var`` ``VAR``, and its kernels; each batch size keeps only its own launch
state. Which dimensions are the batch is a per-builder rule (``RULES``): the leading axis of
the inputs that hold the batch (the input of a linear layer, not its weight), and for
elementwise graphs every operand whose leading axis lines up with the output's under numpy
broadcasting. A builder without a rule, an op whose batch inputs disagree, and an op whose
DSL can't take a symbolic dimension are built for their exact shapes, as before.

Any choice of dimensions is correct: the family key holds everything but the replaced size,
so a family is only ever called with the batch size in the places it was built with it. The
choice only decides how often a family is reused. The one guess is at batch size 1, where a
broadcast operand (a bias of shape [1, C, 1, 1]) looks like a batch of one: there an operand
counts as batch-sized only when its whole shape is the output's.

``TCOMP_NN_DYNAMIC_BATCH=0`` in the environment, ``set_dynamic_batch(False)`` or
``with dynamic_batch(False):`` build every kernel for its exact shapes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from ..dsl import ops as dsl

Spec = tuple[tuple[Any, ...], np.dtype]

# kernel families on (set_dynamic_batch, dynamic_batch); kernels.get_op reads it per call
ENABLED = [os.environ.get("TCOMP_NN_DYNAMIC_BATCH", "1").strip().lower()
           not in ("0", "false", "off", "no")]


class _Sym:
    """The batch size in a family's specs and attributes (printed ``N``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "N"

    def __reduce__(self) -> str:
        return "SYM"


SYM = _Sym()
VAR = dsl.var("batch")  # the batch in every family's DSL graph
# A family's kernels are scheduled for the batch size of the call that built them (the
# automatic schedule, or a tuning record of the op at that size), then run at any size: a
# training loop's usual size gets the kernel an exact build gives it. A first call smaller
# than MIN_SCHEDULED (a single sample, say) schedules for REPRESENTATIVE instead: a schedule
# for a batch of one tiles nothing along the batch. (At a fixed 64 for every family, the
# transformer block's 1024-row dense kernels ran 2x slower than their exact builds.)
REPRESENTATIVE = 64
MIN_SCHEDULED = 16


def scheduled_size(first: int) -> int:
    """The batch size a family first called at size ``first`` is scheduled for."""
    return first if first >= MIN_SCHEDULED else REPRESENTATIVE


def is_dynamic_batch() -> bool:
    """Whether new nn kernels are built for a symbolic batch size."""
    return ENABLED[0]


def set_dynamic_batch(flag: bool) -> bool:
    """Build the nn layer's kernels for a symbolic batch size (True, the default) or for
    the exact shapes of each call (False); returns the previous setting. Kernels already
    built stay in the cache; the setting decides how the next ones are built."""
    if not isinstance(flag, bool):
        raise TypeError(f"set_dynamic_batch: flag must be True or False, got {flag!r}")
    old = ENABLED[0]
    ENABLED[0] = flag
    return old


@contextlib.contextmanager
def dynamic_batch(flag: bool = True) -> Iterator[None]:
    """``with dynamic_batch(False):`` builds exact-shape kernels inside the block."""
    old = set_dynamic_batch(flag)
    try:
        yield
    finally:
        set_dynamic_batch(old)


# ----------------------------------------------------------------------------- rules
# A rule maps (input specs, attributes) to the input positions whose axis 0 is the batch and
# the attributes with the batch size replaced (``_sub``), or None: no batch to generalize.
Rule = Callable[[Sequence[Spec], tuple[Any, ...]], "tuple[list[int], tuple[Any, ...]] | None"]
RULES: dict[Any, Rule] = {}


def leading(*positions: int) -> Rule:
    """A rule: the inputs at ``positions`` (those present) hold the batch in axis 0; the
    attributes hold no shape."""
    def rule(specs: Sequence[Spec], attrs: tuple[Any, ...]) -> Any:
        pos = [k for k in positions if k < len(specs)]
        return (pos, attrs) if pos else None
    return rule


def _aligned(shape: tuple[Any, ...], out: tuple[Any, ...]) -> bool:
    """Whether axis 0 of an operand of ``shape`` is the batch of an elementwise output of
    shape ``out``: it lines up with the output's axis 0 and holds its size; at size 1 (a
    batch of one, or a broadcast operand) only when the shapes are equal."""
    return (len(shape) == len(out) and len(out) > 0 and shape[0] == out[0]
            and (out[0] != 1 or tuple(shape) == tuple(out)))


def _binary_rule(specs: Sequence[Spec], attrs: tuple[Any, ...]) -> Any:
    op, out = attrs
    pos = [k for k, (shp, _) in enumerate(specs) if _aligned(shp, out)]
    return (pos, (op, (SYM, *out[1:]))) if pos else None


def _fused_rule(specs: Sequence[Spec], attrs: tuple[Any, ...]) -> Any:
    """``lazy.build_fused``: the leaves aligned with the root, the nodes computed from them,
    and an anchor's own inputs by its builder's rule (the anchor has the root's shape); a
    tail (a pooling) holds no shape."""
    nodes, anc, *tail = attrs
    out = tuple(nodes[-1][3])
    if not out:
        return None
    pos: list[int] = []
    leaves: list[int | None] = list(range(len(specs)))  # spec index per leaf; None: anchor
    if anc is not None:
        a, _, builder, battrs, n, _save = anc
        rule = RULES.get(builder)
        got = rule(specs[:n], battrs) if rule is not None else None
        if got is None or not _consistent(specs, got[0]) or specs[got[0][0]][0][0] != out[0]:
            return None
        pos += got[0]
        anc = (*anc[:3], got[1], *anc[4:])
        leaves = list(range(n, len(specs)))
        leaves.insert(a, None)
    shapes = [out if k is None else tuple(specs[k][0]) for k in leaves]
    batch = [k is None or _aligned(shp, out) for k, shp in zip(leaves, shapes, strict=True)]
    pos += [k for k, b in zip(leaves, batch, strict=True) if k is not None and b]
    derived: list[bool] = []
    new_nodes = []
    for op, nattrs, refs, shape in nodes:
        ins = [(batch[-1 - r], shapes[-1 - r]) if r < 0 else (derived[r], nodes[r][3])
               for r in refs]
        b = len(shape) > 0 and any(bb and len(s) == len(shape) for bb, s in ins)
        if b and shape[0] != out[0]:
            return None
        derived.append(b)
        new_nodes.append((op, nattrs, refs, (SYM, *shape[1:]) if b else shape))
    if not derived[-1]:
        return None
    return pos, (tuple(new_nodes), anc, *tail)


def _consistent(specs: Sequence[Spec], pos: Sequence[int]) -> bool:
    sizes = {specs[k][0][0] for k in pos if len(specs[k][0])}
    return len(sizes) == 1 and all(len(specs[k][0]) for k in pos)


def generalize(builder: Any, specs: Sequence[Spec], attrs: tuple[Any, ...]
               ) -> tuple[tuple[Spec, ...], tuple[Any, ...], int] | None:
    """The family of an op: its specs and attributes with the batch size replaced by
    ``SYM``, and the batch size; None where the op has no batch rule or no batch."""
    rule = RULES.get(builder) if ENABLED[0] else None
    if rule is None:
        return None
    got = rule(specs, attrs)
    if got is None or not _consistent(specs, got[0]):
        return None
    pos, gattrs = got
    n = int(specs[pos[0]][0][0])
    gspecs = tuple(((SYM, *shp[1:]), dt) if k in pos else (shp, dt)
                   for k, (shp, dt) in enumerate(specs))
    return gspecs, gattrs, n


def substitute(value: Any, by: Any = VAR) -> Any:
    """``value`` (nested tuples and lists) with ``SYM`` replaced by ``by``."""
    if value is SYM:
        return by
    if type(value) in (tuple, list):
        return type(value)(substitute(v, by) for v in value)
    return value


def register_rules() -> None:
    """Fill ``RULES`` for the nn layer's builders (on first use: they live above this
    module)."""
    if RULES:
        return
    from ..ops.capsule import capsule_predict, dynamic_routing, squash
    from ..ops.conv import conv2d, pool2d
    from ..ops.linalg import batch_matmul, embedding
    from ..ops.reduce import layer_norm, reduce, softmax_last, var
    from . import builders as B
    from . import lazy

    first = leading(0)
    for b in (B.unary, B.scalar, B.cast, B.permute, B.linear, B.matmul, B.class_den,
              reduce, var, conv2d, pool2d, softmax_last, layer_norm, squash,
              capsule_predict, dynamic_routing):
        RULES[b] = first
    RULES[B.class_loss] = leading(0, 1)  # (logits, target[, weight][, divisor])
    RULES[batch_matmul] = leading(0, 1)
    RULES[embedding] = leading(1)  # (table, indices)
    RULES[B.binary] = _binary_rule
    RULES[lazy.build_fused] = _fused_rule


__all__ = ["ENABLED", "RULES", "SYM", "VAR", "dynamic_batch", "generalize", "is_dynamic_batch",
           "leading", "register_rules", "scheduled_size", "set_dynamic_batch", "substitute"]
