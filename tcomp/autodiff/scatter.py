"""Index inversion for reverse mode (layer 6): the adjoint of a read ``X[f(i, k)]`` as a
compute over ``X``'s indices, solving affine indices (and digit decompositions) for the
loop variables, padding the adjoint where a window runs past it, and a guarded reduction
(scatter-add) over the consumer's iteration space for what can't be solved; and the fresh
reduction axes, with unique names, that both modes give the reductions they build.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import dtypes
from ..dsl import ops as dsl
from ..dsl.tensor import Tensor
from ..ir import expr as E
from ..ir.expr import Op
from ..ir.visitor import Mutator, substitute, uses_var, walk

# ----------------------------------------------------------------------------- index inversion


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base_1``, ``base_2``... : the first not in ``taken`` (which it joins).

    Axis names are how a schedule trace finds a loop again on replay, so the spatial and
    reduction axes of one generated stage must all differ: the reduction axes autodiff adds
    are named after the consumer's axes, which can coincide with the new stage's own.
    """
    name, n = base, 0
    while name in taken:
        n += 1
        name = f"{base}_{n}"
    taken.add(name)
    return name


def fresh_axes(raxes: Sequence[E.IterVar], sub: dict[E.Var, E.Expr],
                spatial: Sequence[E.Var]) -> list[E.IterVar]:
    """New reduction axes like ``raxes`` (domains substituted by ``sub``), added to ``sub``;
    named apart from each other and from the new stage's ``spatial`` axes."""
    taken = {v.name for v in spatial}
    rks = []
    for iv in raxes:
        lo = substitute(iv.dom.min, sub)
        rk = dsl.reduce_axis(iv.dom.extent if E.is_const(lo, 0)
                             else (lo, lo + substitute(iv.dom.extent, sub)),
                             name=unique_name(iv.name, taken))
        rks.append(rk)
        sub[iv.var] = rk.var
    return rks


def _linear(e: E.Expr, v: E.Var) -> tuple[int, E.Expr] | None:
    """``e == c * v + rest`` with an integer ``c`` and ``rest`` free of ``v``, else None."""
    if e is v:
        return 1, E.const(0)
    if not uses_var(e, v):
        return 0, e
    if isinstance(e, E.Cast) and e.dtype.is_int and e.value.dtype.is_int:
        return _linear(e.value, v)
    if isinstance(e, E.Unary) and e.op == Op.NEG:
        r = _linear(e.a, v)
        return None if r is None else (-r[0], _neg(r[1]))
    if isinstance(e, E.Binary) and e.op in (Op.ADD, Op.SUB):
        ra, rb = _linear(e.a, v), _linear(e.b, v)
        if ra is None or rb is None:
            return None
        if e.op == Op.ADD:
            return ra[0] + rb[0], _iadd(ra[1], rb[1])
        return ra[0] - rb[0], _iadd(ra[1], _neg(rb[1]))
    if isinstance(e, E.Binary) and e.op == Op.MUL:
        for x, k in ((e.a, e.b), (e.b, e.a)):
            if isinstance(k, E.Const) and not uses_var(k, v):
                r = _linear(x, v)
                if r is not None:
                    return r[0] * int(k.value), _imul(r[1], int(k.value))
    return None


def _pad_for(adjoint: Any, value: E.Expr, cond: E.Expr | None, iv: E.IterVar, rest: E.Expr,
             left: Sequence[E.IterVar], extent: E.Expr) -> tuple[int, tuple[int, int]] | None:
    """``(k, (before, after))``: the zero padding of dim ``k`` of the adjoint that makes the
    guard ``0 <= j - rest < iv's extent`` of a read ``adj[..., j - rest, ...]`` needless, for
    ``j`` in ``[0, extent)`` and ``rest`` over the summed variables ``left``; None when
    ``value`` uses ``iv`` otherwise (or ``cond`` uses it at all), or a range is not
    constant."""
    adj, axes = adjoint
    k = next((n for n, a in enumerate(axes) if a is iv.var), None)
    if k is None or not (E.is_const(iv.dom.min, 0) and E.is_const(iv.dom.extent)
                         and E.is_const(extent) and E.is_const(adj.shape[k])):
        return None
    if cond is not None and uses_var(cond, iv.var):
        return None
    uses = sum(1 for n in walk(value) if n is iv.var)
    as_index = sum(1 for n in walk(value) if isinstance(n, E.ProducerLoad)
                   and n.tensor is adj and n.indices[k] is iv.var)
    rng = _affine_range(rest, left)
    if rng is None or not as_index or uses != as_index:
        return None
    ext = iv.dom.extent.value
    return k, (max(0, rng[1]), max(0, extent.value - 1 - rng[0] - (ext - 1)))


def _affine_range(e: E.Expr, ivs: Sequence[E.IterVar]) -> tuple[int, int] | None:
    """``(min, max)`` of ``e``, a sum of constant multiples of ``ivs`` (constant domains)
    and a constant; None for anything else."""
    lo = hi = 0
    for iv in ivs:
        lin = _linear(e, iv.var)
        if lin is None:
            return None
        c, e = lin
        if c:
            if not (E.is_const(iv.dom.min) and E.is_const(iv.dom.extent)):
                return None
            a = c * int(iv.dom.min.value)
            b = c * (int(iv.dom.min.value) + int(iv.dom.extent.value) - 1)
            lo, hi = lo + min(a, b), hi + max(a, b)
    if not (isinstance(e, E.Const) and e.dtype.is_int):
        return None
    return lo + int(e.value), hi + int(e.value)


def _read_padded(val: E.Expr, adj: Tensor, pads: dict[int, tuple[int, int]]) -> E.Expr:
    """``val`` with every read of ``adj`` moved to a copy of it zero-padded by ``pads``
    (dim -> elements before, after). One copy per padding of ``adj``, shared by every
    gradient that reads it so (the gradients of a sum's two operands are built into one
    kernel, where two stages of one name would be refused)."""
    key = tuple(sorted(pads.items()))
    copies = adj.op.__dict__.setdefault("_autodiff_pads", {})
    padded = copies.get(key)
    if padded is None:
        shape = tuple(int(d.value) + sum(pads[k]) if k in pads else d
                      for k, d in enumerate(adj.shape))

        def body(*i: E.Var) -> E.Expr:
            inside = _and([c for k, (b, _) in pads.items()
                           for c in (i[k] >= b, i[k] < b + int(adj.shape[k].value))])
            src = adj[tuple(v - pads[k][0] if k in pads else v for k, v in enumerate(i))]
            return src if inside is None else E.select(inside, src, E.const(0, adj.dtype))
        suffix = "" if not copies else f"{len(copies)}"
        padded = copies[key] = dsl.compute(shape, body, name=f"{adj.name}.pad{suffix}")

    class Move(Mutator):
        def visit_ProducerLoad(self, n: E.ProducerLoad) -> E.Expr:
            if n.tensor is not adj:
                return self.generic_visit(n)
            idx = [self.visit(v) for v in n.indices]
            return padded[tuple(v + pads[k][0] if k in pads and pads[k][0] else v
                                for k, v in enumerate(idx))]
    return Move().visit(val)


def _digit(rest: E.Expr, c: int, cands: Sequence[E.IterVar]
           ) -> tuple[E.IterVar, E.Expr] | None:
    """``(w, r)`` with ``rest == w + r`` for a ``w`` of ``cands`` whose domain is exactly
    ``[0, c)``, so an index ``c * v + rest`` takes each value once and inverts without a
    sum: ``v = (j - r) // c``, ``w = (j - r) % c`` (a pooling window as wide as its stride,
    a reshape's split axis). None when ``c < 2`` or no such ``w``."""
    if c < 2:
        return None
    for w in cands:
        if not (E.is_const(w.dom.min, 0) and E.is_const(w.dom.extent, c)):
            continue
        lin = _linear(rest, w.var)
        if lin is not None and lin[0] == 1:
            return w, lin[1]
    return None


def _iadd(a: E.Expr, b: E.Expr) -> E.Expr:
    if E.is_const(a, 0):
        return b
    if E.is_const(b, 0):
        return a
    return a + b


def _neg(a: E.Expr) -> E.Expr:
    return E.const(-a.value, a.dtype) if isinstance(a, E.Const) else -a


def _imul(a: E.Expr, k: int) -> E.Expr:
    if isinstance(a, E.Const):
        return E.const(a.value * k, a.dtype)
    return a if k == 1 else a * k


def _reads(e: E.Expr) -> bool:
    """Whether ``e`` reads a tensor."""
    return any(isinstance(n, E.ProducerLoad) for n in walk(e))


def _and(conds: list[E.Expr]) -> E.Expr | None:
    """All of ``conds``: the index tests first, then each test that reads a tensor only
    where those hold (``if_then_else``, which reads nothing on the branch not taken). A
    reduction's ``where=`` read at a solved index (``T[i, 0]`` with ``i`` from ``out[j]``'s
    ``j``) must not be read where ``j`` lies outside the reduction's domain: there it may
    be out of ``T``'s range."""
    out = None
    reads = [_reads(c) for c in conds]
    for c in [c for c, r in zip(conds, reads, strict=True) if not r]:
        if isinstance(c, E.Const) and c.value is True:
            continue
        out = c if out is None else dsl.logical_and(out, c)
    for c in [c for c, r in zip(conds, reads, strict=True) if r]:
        out = c if out is None else E.select(out, c, E.const(False, dtypes.bool_))
    return out


def scatter(x: Tensor, index: Sequence[E.Expr], value: E.Expr, ivs: Sequence[E.IterVar],
            cond: E.Expr | None = None, name: str = "",
            adjoint: tuple[Tensor, Sequence[E.Var]] | None = None) -> Tensor:
    """``out[j] = sum over ivs where index(ivs) == j and cond of value``, shaped like ``x``.

    Index dims affine in a loop variable are solved for it (a direct read, with a bounds
    and divisibility guard where needed); the variables left over are summed over.

    ``adjoint``: ``(adj, axes)`` when ``value`` reads the tensor ``adj`` as ``adj[axes]``.
    A bounds guard on a loop variable that ``value`` uses only as that index of ``adj``
    (a stride-1 window: a convolution's data gradient) becomes a read of ``adj`` zero-padded
    by the reach of the window, so the sum has no guard per term: a plain convolution.
    """
    def body(*js: E.Var) -> E.Expr:
        sub: dict[E.Var, E.Expr] = {}
        conds: list[E.Expr] = [] if cond is None else [cond]
        guards: list[tuple[int, E.IterVar, E.Expr, list[E.Expr]]] = []
        left = list(ivs)
        unsolved: list[tuple[int, E.Expr]] = []
        for dim, e in enumerate(index):
            e = substitute(e, sub)
            for iv in [iv for iv in left if uses_var(e, iv.var)]:
                lin = _linear(e, iv.var)
                if lin is None or lin[0] == 0:
                    continue
                c, rest = lin
                j = E.cast(dtypes.int64, js[dim])
                digit = _digit(rest, c, [w for w in left if w is not iv])
                if digit is not None:  # c*v + w with w in [0, c): v = n // c, w = n % c
                    w, rest = digit
                    num = _iadd(j, _neg(rest))
                    sol, wsol = num // c, num % c
                    lo, ext = iv.dom.min, iv.dom.extent
                    if not (E.is_const(rest, 0) and E.is_const(lo, 0) and E.is_const(ext)
                            and E.is_const(x.shape[dim])
                            and c * ext.value >= x.shape[dim].value):
                        conds.append(sol >= lo)
                        conds.append(sol < lo + ext)
                    sub = {k: substitute(s, {iv.var: sol, w.var: wsol})
                           for k, s in sub.items()}
                    sub[iv.var], sub[w.var] = sol, wsol
                    left.remove(iv)
                    left.remove(w)
                    break
                num = _iadd(j, _neg(rest))
                if c == 1:
                    sol = num
                elif c == -1:
                    sol = _neg(num)
                else:
                    sol = num // c
                    conds.append(dsl.equal(num % c, 0))
                lo, ext = iv.dom.min, iv.dom.extent
                exact = E.is_const(rest, 0) and c == 1 and E.is_const(lo, 0) and (
                    x.shape[dim] == ext or (E.is_const(ext) and E.is_const(x.shape[dim])
                                            and ext.value >= x.shape[dim].value))
                if not exact:
                    bound = [sol >= lo, sol < lo + ext]
                    if c == 1 and adjoint is not None:
                        guards.append((dim, iv, rest, bound))  # perhaps a padded read
                    else:
                        conds.extend(bound)
                sub = {k: substitute(s, {iv.var: sol}) for k, s in sub.items()}
                sub[iv.var] = sol
                left.remove(iv)
                break
            else:
                unsolved.append((dim, e))
        for dim, e in unsolved:
            # a dim of extent 1 (a kept reduced axis: ``sum[i, 0]``): an in-bounds read
            # index there is 0, as ``js[dim]`` is, so the guard would always hold; left in,
            # it hides a plain sum from the schedules (no vector partial sums under a guard)
            if not E.is_const(x.shape[dim], 1):
                conds.append(dsl.equal(substitute(e, sub), js[dim]))
        for iv in [iv for iv in left if E.is_const(iv.dom.extent, 1)]:
            one = {iv.var: iv.dom.min}  # a kept (size-1) axis: its one value, not a sum
            sub = {k: substitute(s, one) for k, s in sub.items()} | one
            left.remove(iv)
        pads: dict[int, tuple[int, int]] = {}
        # a test that reads a tensor (a where=, a gather's index) at the solved index must
        # stay behind the bounds: padding the adjoint instead would let it read out of range
        guarded_reads = any(_reads(c) for c in conds)
        for dim, iv, rest, bound in guards:
            pad = None if guarded_reads else _pad_for(adjoint, value, cond, iv, rest, left,
                                                      x.shape[dim])
            if pad is None or pad[0] in pads:
                conds.extend(bound)
            else:
                pads[pad[0]] = pad[1]
        val = substitute(value, sub)
        if pads and any(p != (0, 0) for p in pads.values()):
            val = _read_padded(val, adjoint[0], pads)  # type: ignore[index]
        conds = [substitute(c, sub) for c in conds]
        if left:
            taken = {j.name for j in js}
            rks = [dsl.reduce_axis(iv.dom.extent if E.is_const(iv.dom.min, 0)
                                   else (iv.dom.min, iv.dom.min + iv.dom.extent),
                                   name=unique_name(iv.name, taken))
                   for iv in left]
            rmap = {iv.var: rk.var for iv, rk in zip(left, rks, strict=True)}
            val = substitute(val, rmap)
            where = _and([substitute(c, rmap) for c in conds])
            return dsl.sum(E.cast(x.dtype, val), axis=rks, where=where)
        where = _and(conds)
        val = E.cast(x.dtype, val)
        return val if where is None else E.select(where, val, E.const(0, x.dtype))

    return dsl.compute(x.shape, body, name=name or f"{x.name}.adj")
