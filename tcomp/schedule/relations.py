"""Extents and values of split/fused iteration variables (layer 3).

Relations are kept in creation order, so parents come before their children: extents flow
forward (root to leaves), values flow backward (leaves to roots).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..arith import simplify
from ..ir import expr as E
from .primitives import Fuse, Relation, Split


def ceildiv(a: E.Expr, b: E.Expr) -> E.Expr:
    if isinstance(a, E.Const) and isinstance(b, E.Const):
        # b == 0: the inner extent of an nparts split of an empty loop; the loop is empty
        # (and x // 0 == 0, as everywhere in tcomp)
        return E.const(0 if b.value == 0 else -(-a.value // b.value))
    return simplify((a + (b - 1)) // b)


def split_factor(rel: Split, parent_ext: E.Expr) -> E.Expr:
    """The inner extent of a split, given the current extent of its parent."""
    return _inner_extent(parent_ext, rel.factor, rel.nparts)


def _inner_extent(parent_ext: E.Expr, factor: int | None, nparts: int | None) -> E.Expr:
    if factor is not None:
        return E.const(factor)
    assert nparts is not None
    return ceildiv(parent_ext, E.const(nparts))


def split_extents(parent_ext: E.Expr, factor: int | None, nparts: int | None
                  ) -> tuple[E.Expr, E.Expr]:
    """(outer, inner) extents of a split of a loop of extent ``parent_ext``: the inner loop
    runs ``factor`` (or ``ceildiv(parent_ext, nparts)``) iterations and the outer loop as
    many as it takes to cover the parent, so an nparts split of 9 into 4 runs 3 outer
    iterations of 3, not 4. ``Stage.split`` gives its new loops these extents and
    ``compute_extents`` gives them to lowering: one definition for both."""
    f = _inner_extent(parent_ext, factor, nparts)
    return ceildiv(parent_ext, f), f


def fused_extent(outer_ext: E.Expr, inner_ext: E.Expr) -> E.Expr:
    """The extent of the fusion of two loops (``Stage.fuse`` and ``compute_extents``)."""
    return simplify(outer_ext * inner_ext)


def compute_extents(relations: Sequence[Relation], root_ext: Mapping[E.IterVar, E.Expr],
                    tails: Mapping[Split, E.Expr] | None = None) -> dict[E.IterVar, E.Expr]:
    """Extent of every iteration variable, given the extents of the roots (a stage computed
    at a loop of another runs over its region there, not its whole shape). ``tails[s] =
    rem`` means split ``s`` runs its peeled last outer iteration: the outer loop has extent
    1 and the inner loop ``rem``."""
    ext: dict[E.IterVar, E.Expr] = dict(root_ext)
    tails = tails or {}
    for rel in relations:
        if isinstance(rel, Split):
            if rel in tails:
                ext[rel.outer], ext[rel.inner] = E.const(1), tails[rel]
            else:
                ext[rel.outer], ext[rel.inner] = split_extents(ext[rel.parent], rel.factor,
                                                               rel.nparts)
        else:
            ext[rel.fused] = fused_extent(ext[rel.outer], ext[rel.inner])
    return ext


def compute_values(relations: Sequence[Relation], extents: Mapping[E.IterVar, E.Expr],
                   leaf_vals: Mapping[E.IterVar, E.Expr] | None = None
                   ) -> dict[E.IterVar, E.Expr]:
    """Value of every iteration variable as an expression of the leaf loop variables."""
    val: dict[E.IterVar, E.Expr] = dict(leaf_vals or {})

    def get(iv: E.IterVar) -> E.Expr:
        return val.get(iv, iv.var)

    for rel in reversed(relations):
        if isinstance(rel, Split):
            f = split_factor(rel, extents[rel.parent])
            val[rel.parent] = get(rel.outer) * f + get(rel.inner)
        else:
            inner_ext = extents[rel.inner]
            fused = get(rel.fused)
            val[rel.outer] = fused // inner_ext
            val[rel.inner] = fused % inner_ext
    return val


def needs_guard(rel: Split, extents: Mapping[E.IterVar, E.Expr]) -> bool:
    """Can ``outer * factor + inner`` run past the parent's extent?"""
    pe = extents[rel.parent]
    f = split_factor(rel, pe)
    if isinstance(pe, E.Const) and isinstance(f, E.Const):
        # factor 0: an nparts split of an empty parent (ceildiv(0, nparts)); no iteration runs
        return f.value != 0 and pe.value % f.value != 0
    return True


def leaf_values(relations: Sequence[Relation], roots: Sequence[E.IterVar],
                root_ext: Mapping[E.IterVar, E.Expr]) -> tuple[dict[E.IterVar, E.Expr], list[Any]]:
    """Root values in leaf variables plus the guards (``parent < extent``) that non-dividing
    splits need when nothing is peeled."""
    ext = compute_extents(relations, root_ext)
    vals = compute_values(relations, ext)
    guards = []
    for rel in relations:
        if isinstance(rel, Split) and needs_guard(rel, ext):
            guards.append(vals.get(rel.parent, rel.parent.var) < ext[rel.parent])
    return {r: vals.get(r, r.var) for r in roots}, guards


__all__ = ["Fuse", "Split", "ceildiv", "compute_extents", "compute_values", "fused_extent",
           "leaf_values", "needs_guard", "split_extents", "split_factor"]
