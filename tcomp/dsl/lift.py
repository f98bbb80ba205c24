"""Reductions inside a compute body, lifted into stages of their own (layer 2).

``tc.compute((n,), lambda i: tc.sum(X[i, k], axis=k) / m)`` becomes two stages: ``Y.sum0[i] =
sum(X[i, k], axis=k)`` and ``Y[i] = Y.sum0[i] / m``. A lifted stage has as spatial axes only
the variables its reduction uses: axes of the enclosing compute, and the reduction axes of an
enclosing reduction it is nested in (``tc.sum(tc.max(X[i, k, l], axis=l), axis=k)`` lifts the
max into a ``(n, K)`` stage). A reduction under ``if_then_else`` or inside a ``where=``-guarded
reduction keeps the part of that guard on its own variables as its ``where=``, so it reads
only where the original would. Alpha-equivalent reductions under the same guard share one
stage.
"""

from __future__ import annotations

from typing import Any

from ..arith import simplify
from ..errors import DSLShapeError
from ..ir import expr as E
from ..ir.visitor import substitute, walk
from .tensor import ComputeOp

_canon: dict[tuple[str, int, Any], E.Var] = {}


def _canon_var(kind: str, n: int, dtype: Any) -> E.Var:
    """A fixed variable per (kind, position, dtype), so alpha-equivalent reductions key alike."""
    return _canon.setdefault((kind, n, dtype), E.Var(f"_{kind}{n}", dtype))


def _conjuncts(c: E.Expr) -> list[E.Expr]:
    if isinstance(c, E.Binary) and c.op is E.Op.AND:
        return _conjuncts(c.a) + _conjuncts(c.b)
    return [] if E.is_const(c, True) else [c]


def _has_reduce(*es: Any) -> bool:
    return any(isinstance(n, E.Reduce) for e in es for n in walk(e))


def _axis_vars(e: Any) -> set[E.Var]:
    return {n for n in walk(e) if isinstance(n, E.Var) and not isinstance(n, E.SizeVar)}


def _sub(xs: tuple[Any, ...], vmap: dict[E.Var, E.Expr]) -> tuple[Any, ...]:
    return tuple(_sub(x, vmap) if isinstance(x, tuple) else
                 substitute(x, vmap) if isinstance(x, E.Expr) else x for x in xs)


def whole_reduction(bodies: tuple[E.Expr, ...]) -> bool:
    """Whether the bodies are one (tuple) reduction call, a TVM-style reduction stage."""
    r0 = bodies[0]
    return isinstance(r0, E.Reduce) and all(
        isinstance(b, E.Reduce) and b.combiner is r0.combiner and b.source is r0.source
        and b.axis == r0.axis and b.condition is r0.condition for b in bodies)


class Lifter:
    """Rebuild the bodies of compute ``name``, lifting every reduction that is not the whole
    body into a stage; ``ops`` lists the lifted stages in creation order."""

    def __init__(self, name: str, loc: str, axis: tuple[E.IterVar, ...]) -> None:
        self.name, self.loc, self.axis = name, loc, axis
        self.ops: list[ComputeOp] = []
        self._stages: dict[Any, ComputeOp] = {}
        self._memo: dict[Any, Any] = {}

    def bodies(self, bodies: tuple[E.Expr, ...]) -> tuple[E.Expr, ...]:
        r0 = bodies[0]
        # expressions around reductions, or unrelated reductions side by side
        if not whole_reduction(bodies):
            return tuple(self.visit(b, (), ()) for b in bodies)
        inner = self._inner(r0, (), ())  # a TVM-style reduction body stays as written
        if inner is r0:
            return bodies
        return tuple(E.Reduce(inner.combiner, inner.source, inner.axis, inner.condition,
                              b.value_index, b.dtype) for b in bodies)

    def visit(self, e: Any, outer: tuple[E.IterVar, ...], guards: tuple[E.Expr, ...]) -> Any:
        """``e`` with its reductions lifted; ``outer`` are the enclosing reductions' axes and
        ``guards`` the conditions under which ``e`` is evaluated at all."""
        t = type(e)
        if t is E.Const or isinstance(e, E.Var):
            return e
        key = (id(e), tuple(map(id, outer)), tuple(map(id, guards)))
        hit = self._memo.get(key)
        if hit is not None:
            return hit[-1]
        if t is E.Select:
            c = self.visit(e.cond, outer, guards)
            tv = self.visit(e.t, outer, (*guards, c))
            fv = self.visit(e.f, outer, (*guards, E.unary(E.Op.NOT, c)))
            new = e if (c is e.cond and tv is e.t and fv is e.f) else E.Select(c, tv, fv, e.dtype)
        elif t is E.Reduce:
            new = self._lift(self._inner(e, outer, guards), outer, guards)
        else:
            changes = {}
            for n in e._fields:
                old = getattr(e, n)
                if isinstance(old, E.Expr):
                    val = self.visit(old, outer, guards)
                elif isinstance(old, tuple) and old and isinstance(old[0], E.Expr):
                    val = tuple(self.visit(x, outer, guards) for x in old)
                    val = old if all(a is b for a, b in zip(val, old, strict=False)) else val
                else:
                    continue
                if val is not old:
                    changes[n] = val
            new = type(e)(**{n: changes.get(n, getattr(e, n)) for n in e._fields}) \
                if changes else e
        self._memo[key] = (e, outer, guards, new)  # keeps the keyed objects (and ids) alive
        return new

    def _inner(self, r: E.Reduce, outer: tuple[E.IterVar, ...], guards: tuple[E.Expr, ...]
               ) -> E.Reduce:
        """``r`` with the reductions in its condition and sources lifted."""
        what = f"compute '{self.name}' at {self.loc}"
        for iv in r.axis:
            if _has_reduce(iv.dom.min, iv.dom.extent):
                raise DSLShapeError(
                    f"{what}: the range of reduce_axis '{iv.name}' holds a reduction; compute "
                    "that bound in a stage of its own (a range can't depend on tensor data)")
        if _has_reduce(*r.combiner.result, *r.combiner.identity):
            raise DSLShapeError(f"{what}: reducer '{r.combiner.name}' combines with a reduction")
        inner = (*outer, *r.axis)
        cond = self.visit(r.condition, inner, guards)
        src_guards = guards if E.is_const(cond, True) else (*guards, cond)
        src = tuple(self.visit(s, inner, src_guards) for s in r.source)
        if cond is r.condition and all(a is b for a, b in zip(src, r.source, strict=False)):
            return r
        return E.Reduce(r.combiner, src, r.axis, cond, r.value_index, r.dtype)

    def _lift(self, r: E.Reduce, outer: tuple[E.IterVar, ...], guards: tuple[E.Expr, ...]
              ) -> E.Expr:
        """A stage computing ``r`` (whose own sub-reductions are lifted already) and the read
        of it that replaces ``r``."""
        what = f"compute '{self.name}' at {self.loc}"
        own = {iv.var for iv in r.axis}
        used = _axis_vars(r) - own
        # The guards it runs under: one on the reduction's own variables becomes part of its
        # where=; one on other axes only is dropped (the reduction reads the same whatever
        # those axes are), and one on both makes those other axes axes of the stage.
        conds, rest = _conjuncts(r.condition), [c for g in guards for c in _conjuncts(g)]
        while True:
            keep = [c for c in rest if not _axis_vars(c) or _axis_vars(c) & used]
            if not keep:
                break
            conds += keep
            used |= {v for c in keep for v in _axis_vars(c)}
            rest = [c for c in rest if not any(c is k for k in keep)]
        axes = [iv for iv in (*self.axis, *outer) if iv.var in used]
        stray = used - {iv.var for iv in axes}
        if stray:
            v = next(iter(stray))
            raise DSLShapeError(
                f"{what}: variable '{v.name}' is neither an axis of this compute nor a "
                "reduction axis of its reduction (a reduce_axis used outside tc.sum/max/min?)")
        for iv in axes:
            deps = [n for x in (iv.dom.min, iv.dom.extent) for n in walk(x)
                    if isinstance(n, E.Var) and not isinstance(n, E.SizeVar)]
            if deps:
                raise DSLShapeError(
                    f"{what}: a reduction nested in the reduction over '{iv.name}' uses "
                    f"'{iv.name}', whose range depends on '{deps[0].name}'; compute the inner "
                    "reduction in a stage of its own")
        comb = r.combiner
        canon = {v: _canon_var("x", n, v.dtype) for n, v in enumerate(comb.lhs)}
        canon |= {v: _canon_var("y", n, v.dtype) for n, v in enumerate(comb.rhs)}
        canon |= {iv.var: _canon_var("k", n, iv.dtype) for n, iv in enumerate(r.axis)}
        key = _sub((comb.name, comb.result, comb.identity, r.source, tuple(conds),
                    tuple((iv.dom.min, iv.dom.extent) for iv in r.axis)), canon)
        op = self._stages.get(key)
        if op is None:
            op = self._stage(r, conds, axes)
            self._stages[key] = op
        if not axes:
            return op.output(r.value_index)[0]
        return op.output(r.value_index)[tuple(
            iv.var if E.is_const(iv.dom.min, 0) else iv.var - iv.dom.min for iv in axes)]

    def _stage(self, r: E.Reduce, conds: list[E.Expr], axes: list[E.IterVar]) -> ComputeOp:
        new = [E.IterVar(E.Var(iv.name), E.Range(E.const(0), simplify(iv.dom.extent)),
                         E.IterKind.SPATIAL, self.loc) for iv in axes]
        vmap: dict[E.Var, E.Expr] = {
            o.var: n.var if E.is_const(o.dom.min, 0) else n.var + o.dom.min
            for o, n in zip(axes, new, strict=False)}
        red = []
        for iv in r.axis:
            dom = E.Range(substitute(iv.dom.min, vmap), substitute(iv.dom.extent, vmap))
            red.append(E.IterVar(E.Var(iv.name), dom, E.IterKind.REDUCE, iv.location))
            vmap[iv.var] = red[-1].var
        cond: E.Expr = E.const(True)
        for c in conds:
            c = substitute(c, vmap)
            cond = c if E.is_const(cond, True) else E.binary(E.Op.AND, cond, c)
        src = tuple(substitute(s, vmap) for s in r.source)
        if not new:  # a reduction over no axis of the compute: one element
            new = [E.IterVar(E.Var("i"), E.Range(E.const(0), E.const(1)), E.IterKind.SPATIAL,
                             self.loc)]
        body = tuple(E.Reduce(r.combiner, src, tuple(red), cond, n, s.dtype)
                     for n, s in enumerate(src))
        op = ComputeOp(f"{self.name}.{r.combiner.name}{len(self.ops)}", tuple(new), body, self.loc)
        self.ops.append(op)
        return op
