"""Automatic differentiation of DSL compute definitions, reverse and forward mode (layer 6).

``gradient(y, xs, head)`` returns the DSL computes of the vector-Jacobian products
``head^T dy/dx`` for each ``x``; ``jvp(ys, xs, tangents)`` returns those of the
Jacobian-vector products ``sum_x dy/dx . t_x``; ``hvp(loss, xs, vs)`` is forward over reverse,
the jvp of the gradient graph. All are new tensor expressions that build through
``tc.build`` like any op. Scalar rules come from one table keyed by ``ir.expr.Op``, shared by
both modes through ``tangent`` (forward derivative of a scalar expression with a seed per
read); reduction rules (sum, max/min at the arg-max, prod) are shared through
``_reduce_parts``. In reverse mode, reads ``X[f(i, k)]`` are inverted by solving the affine
indices for loop variables, and what can't be solved becomes a reduction over the consumer's
iteration space guarded by index equality (scatter-add); forward mode needs no inversion:
the tangent reads ``dX[f(i, k)]`` where the compute reads ``X[f(i, k)]``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from . import dtypes
from .dsl import ops as dsl
from .dsl.printer import topo_ops
from .dsl.tensor import ComputeOp, PlaceholderOp, Tensor
from .errors import DSLShapeError, DSLTypeError
from .ir import expr as E
from .ir.expr import Op
from .ir.visitor import Mutator, substitute, uses_var, walk

# ----------------------------------------------------------------------------- scalar rules
# Each rule gives the local partial derivative(s) of ``y = op(a[, b])``; None means zero.

_Partial = Callable[..., Any]

UNARY_RULES: dict[Op, _Partial] = {
    Op.NEG: lambda a, y: E.const(-1, a.dtype),
    Op.EXP: lambda a, y: y,
    Op.LOG: lambda a, y: 1.0 / a,
    Op.SQRT: lambda a, y: 0.5 / y,
    Op.RSQRT: lambda a, y: -0.5 * y / a,
    Op.TANH: lambda a, y: 1.0 - y * y,
    Op.SIGMOID: lambda a, y: y * (1.0 - y),
    Op.ERF: lambda a, y: (2.0 / math.sqrt(math.pi)) * dsl.exp(-(a * a)),
    Op.ABS: lambda a, y: E.select(a >= 0.0, E.const(1, a.dtype), E.const(-1, a.dtype)),
    Op.FLOOR: lambda a, y: None,
    Op.CEIL: lambda a, y: None,
}

BINARY_RULES: dict[Op, _Partial] = {
    Op.ADD: lambda a, b, y: (E.const(1, y.dtype), E.const(1, y.dtype)),
    Op.SUB: lambda a, b, y: (E.const(1, y.dtype), E.const(-1, y.dtype)),
    Op.MUL: lambda a, b, y: (b, a),
    Op.DIV: lambda a, b, y: (1.0 / b, -a / (b * b)),
    Op.POW: lambda a, b, y: (b * dsl.pow(a, b - 1.0), dsl.log(a) * y),
}
# MIN/MAX route the whole derivative to the chosen operand (ties go to the first).
_PICK_RULES = {Op.MAX: lambda a, b: a >= b, Op.MIN: lambda a, b: a <= b}
_ZERO_OPS = E.COMPARE_OPS | E.LOGIC_OPS | {Op.FLOORDIV, Op.FLOORMOD, Op.NOT}


def _is_one(e: E.Expr) -> bool:
    return isinstance(e, E.Const) and e.value == 1


def _mul(f: E.Expr, d: E.Expr | None) -> E.Expr | None:
    if d is None:
        return None
    if _is_one(f):
        return d
    if _is_one(d):
        return f
    if isinstance(f, E.Const) and f.value == -1:
        return -d
    return f * d


def _add(a: E.Expr | None, b: E.Expr | None) -> E.Expr | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


Seed = Callable[[E.ProducerLoad], "E.Expr | None"]


def diff(e: E.Expr, wrt: E.ProducerLoad) -> E.Expr | None:
    """Derivative of the scalar expression ``e`` with respect to the read ``wrt``.

    Every read structurally equal to ``wrt`` is the same variable; other reads are
    constants. Returns None when the derivative is identically zero.
    """
    return tangent(e, lambda load: E.const(1, load.dtype) if load == wrt else None)


def tangent(e: E.Expr, seed: Seed) -> E.Expr | None:
    """Forward derivative of the scalar expression ``e``: ``sum over reads r of de/dr * seed(r)``.

    ``seed(r)`` is the tangent of the read ``r`` (None for zero). Returns None when the result
    is identically zero. Reads under one branch of an if_then_else keep their tangents under
    that branch, so a guarded read stays guarded.
    """
    memo: dict[int, E.Expr | None] = {}

    def d(x: E.Expr) -> E.Expr | None:
        key = id(x)
        if key in memo:
            return memo[key]
        memo[key] = r = _d(x)
        return r

    def _d(x: E.Expr) -> E.Expr | None:
        if isinstance(x, E.ProducerLoad):
            return seed(x)
        if isinstance(x, (E.Const, E.Var)) or not x.dtype.is_float:
            return None
        if isinstance(x, E.Cast):
            dv = d(x.value)
            return None if dv is None else E.cast(x.dtype, dv)
        if isinstance(x, E.Select):
            dt, df = d(x.t), d(x.f)
            if dt is None and df is None:
                return None
            z = E.const(0, x.dtype)
            return E.select(x.cond, z if dt is None else dt, z if df is None else df)
        if isinstance(x, E.Unary):
            if x.op in _ZERO_OPS:
                return None
            da = d(x.a)
            if da is None:
                return None
            f = UNARY_RULES[x.op](x.a, x)
            return None if f is None else _mul(f, da)
        if isinstance(x, E.Binary):
            if x.op in _ZERO_OPS:
                return None
            da, db = d(x.a), d(x.b)
            if da is None and db is None:
                return None
            if x.op in _PICK_RULES:
                z = E.const(0, x.dtype)
                return E.select(_PICK_RULES[x.op](x.a, x.b), z if da is None else da,
                                z if db is None else db)
            fa, fb = BINARY_RULES[x.op](x.a, x.b, x)
            return _add(_mul(fa, da), _mul(fb, db) if db is not None else None)
        if isinstance(x, E.Reduce):
            raise DSLShapeError("tangent: a reduction inside an expression has no scalar rule")
        raise DSLTypeError(f"tangent: no derivative rule for {type(x).__name__} {x!r}")

    return d(e)


# ----------------------------------------------------------------------------- registry

GradientFn = Callable[[ComputeOp, Tensor, Tensor], "Tensor | None"]
_REGISTRY: dict[str, GradientFn] = {}


def register_gradient(tag: str) -> Callable[[GradientFn], GradientFn]:
    """Register a hand-written gradient for computes created with ``tag=tag``.

    The function gets ``(op, adjoint_of_op_output, input_tensor)`` (for a multi-output op,
    the adjoint of output 0 when it has one) and returns the contribution to the input's
    adjoint (a Tensor of the input's shape) or None for zero.
    """
    def deco(fn: GradientFn) -> GradientFn:
        _REGISTRY[tag] = fn
        return fn

    return deco


JvpFn = Callable[[ComputeOp, dict[Tensor, Tensor]], Any]
_JVP_REGISTRY: dict[str, JvpFn] = {}

# A compute tagged ``STOP_GRADIENT`` passes no derivative back and no tangent forward (JAX's
# stop_gradient): for values that change nothing they feed, like the max a softmax subtracts.
STOP_GRADIENT = "stop_gradient"
_REGISTRY[STOP_GRADIENT] = lambda op, adj, x: None
_JVP_REGISTRY[STOP_GRADIENT] = lambda op, tangents: None


def register_jvp(tag: str) -> Callable[[JvpFn], JvpFn]:
    """Register a hand-written forward rule for computes created with ``tag=tag``.

    The function gets ``(op, tangents)``, where ``tangents`` maps each input tensor of ``op``
    with a nonzero tangent to that tangent (a Tensor of the input's shape), and returns the
    tangent of the op's output (a Tensor of its shape, or None for zero), or a list of them,
    one per output, for a multi-output op. ``hvp`` uses it for the op's occurrences in the
    forward graph, and ``register_gradient``'s rule for the reverse pass.
    """
    def deco(fn: JvpFn) -> JvpFn:
        _JVP_REGISTRY[tag] = fn
        return fn

    return deco


# ----------------------------------------------------------------------------- index inversion


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
    (dim -> elements before, after)."""
    shape = tuple(int(d.value) + sum(pads[k]) if k in pads else d
                  for k, d in enumerate(adj.shape))

    def body(*i: E.Var) -> E.Expr:
        inside = _and([c for k, (b, _) in pads.items()
                       for c in (i[k] >= b, i[k] < b + int(adj.shape[k].value))])
        src = adj[tuple(v - pads[k][0] if k in pads else v for k, v in enumerate(i))]
        return src if inside is None else E.select(inside, src, E.const(0, adj.dtype))
    padded = dsl.compute(shape, body, name=f"{adj.name}.pad")

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


def _and(conds: list[E.Expr]) -> E.Expr | None:
    out = None
    for c in conds:
        if isinstance(c, E.Const) and c.value is True:
            continue
        out = c if out is None else dsl.logical_and(out, c)
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
            conds.append(dsl.equal(substitute(e, sub), js[dim]))
        for iv in [iv for iv in left if E.is_const(iv.dom.extent, 1)]:
            one = {iv.var: iv.dom.min}  # a kept (size-1) axis: its one value, not a sum
            sub = {k: substitute(s, one) for k, s in sub.items()} | one
            left.remove(iv)
        pads: dict[int, tuple[int, int]] = {}
        for dim, iv, rest, bound in guards:
            pad = _pad_for(adjoint, value, cond, iv, rest, left, x.shape[dim])
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
                                   name=_unique_name(iv.name, taken))
                   for iv in left]
            rmap = {iv.var: rk.var for iv, rk in zip(left, rks, strict=True)}
            val = substitute(val, rmap)
            where = _and([substitute(c, rmap) for c in conds])
            return dsl.sum(E.cast(x.dtype, val), axis=rks, where=where)
        where = _and(conds)
        val = E.cast(x.dtype, val)
        return val if where is None else E.select(where, val, E.const(0, x.dtype))

    return dsl.compute(x.shape, body, name=name or f"{x.name}.adj")


# ----------------------------------------------------------------------------- graph walk


Factor = Callable[[E.Expr, E.Expr], E.Expr]


def _unique_name(base: str, taken: set[str]) -> str:
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


def _fresh_axes(raxes: Sequence[E.IterVar], sub: dict[E.Var, E.Expr],
                spatial: Sequence[E.Var]) -> list[E.IterVar]:
    """New reduction axes like ``raxes`` (domains substituted by ``sub``), added to ``sub``;
    named apart from each other and from the new stage's ``spatial`` axes."""
    taken = {v.name for v in spatial}
    rks = []
    for iv in raxes:
        lo = substitute(iv.dom.min, sub)
        rk = dsl.reduce_axis(iv.dom.extent if E.is_const(lo, 0)
                             else (lo, lo + substitute(iv.dom.extent, sub)),
                             name=_unique_name(iv.name, taken))
        rks.append(rk)
        sub[iv.var] = rk.var
    return rks


def _ties(op: ComputeOp) -> Tensor:
    """How many elements of a max/min reduction equal its result (one compute per op, kept on
    the op so every gradient and jvp of it shares one)."""
    t = getattr(op, "_autodiff_ties", None)
    if t is None:
        body, y = op.body[0], op.output(0)
        axes = [iv.var for iv in op.axis]

        def count(*js: E.Var) -> E.Expr:
            sub: dict[E.Var, E.Expr] = dict(zip(axes, js, strict=True))
            rks = _fresh_axes(body.axis, sub, js)
            hit = dsl.equal(substitute(body.source[0], sub), y[js])
            if not E.is_const(body.condition, True):
                hit = dsl.logical_and(substitute(body.condition, sub), hit)
            return dsl.sum(E.const(1, y.dtype), axis=rks, where=hit)

        t = dsl.compute(op.shape, count, name=f"{y.name}.ties")
        setattr(op, "_autodiff_ties", t)  # noqa: B010 (an op has no such field to declare)
    return t


def _reduce_parts(op: ComputeOp, who: str, hook: str
                  ) -> tuple[E.Expr, list[E.IterVar], E.Expr | None, Factor]:
    """``(source, reduction axes, where-condition or None, factor)`` of a reduction compute.

    ``factor(source, d)`` scales the derivative ``d`` of one source element into that of the
    output: ``d`` for sum; for max/min, ``d / ties`` where the element equals the output, else
    0 (the derivative goes to the arg-max, shared evenly among tied ones, as in JAX, so a max
    over a broadcast value keeps slope 1); ``d * out / source`` for prod. Both modes use it:
    the vjp scatters ``adjoint * factor``, the jvp sums ``factor`` of the source's tangent
    over the reduction axes, so the two stay transposes of each other.
    """
    body = op.body[0]
    assert isinstance(body, E.Reduce)
    name = body.combiner.name
    axes = tuple(iv.var for iv in op.axis)
    y = op.output(0)[axes]
    factor: Factor = lambda s, dv: dv  # noqa: E731
    if name in ("max", "min"):
        n = _ties(op)[axes]
        factor = lambda s, dv: E.select(dsl.equal(s, y), dv / n, E.const(0, dv.dtype))  # noqa
    elif name == "prod":
        factor = lambda s, dv: dv * y / s  # noqa: E731
    elif name != "sum":
        raise DSLShapeError(
            f"{who}: compute '{op.name}' reduces with '{name}', which has no automatic rule "
            f"(sum, max, min, prod have one); give it a tag= and {hook}(tag)")
    cond = None if E.is_const(body.condition, True) else body.condition
    return body.source[0], list(body.axis), cond, factor


def _contributions(op: ComputeOp, adj: Tensor, x: Tensor) -> list[Tensor]:
    """The parts of ``x``'s adjoint that flow back through ``op`` (adjoint ``adj``)."""
    if op.tag in _REGISTRY:
        r = _REGISTRY[op.tag](op, adj, x)
        return [] if r is None else [r]
    if op.num_outputs != 1:
        raise DSLShapeError(
            f"gradient: compute '{op.name}' has {op.num_outputs} outputs (a tuple reducer?); "
            "tcomp has no automatic rule for it: give it a tag= and register_gradient(tag)")
    axes = [iv.var for iv in op.axis]
    ivs = list(op.axis)
    src, cond, factor = op.body[0], None, (lambda s, dv: dv)
    if op.is_reduction:
        src, raxes, cond, factor = _reduce_parts(op, "gradient", "register_gradient")
        ivs += raxes
    loads: dict[E.ProducerLoad, None] = {}
    for n in walk(src):
        if isinstance(n, E.ProducerLoad) and n.tensor is x:
            loads.setdefault(n, None)
    g = adj[tuple(axes)]
    out = []
    for n, load in enumerate(loads):
        dv = diff(src, load)
        if dv is None:
            continue
        val = g * factor(src, dv)
        out.append(scatter(x, load.indices, val, ivs, cond, name=f"{x.name}.adj.{op.name}.{n}",
                           adjoint=(adj, axes)))
    return out


def _sum_tensors(ts: list[Tensor], name: str) -> Tensor:
    if len(ts) == 1:
        return ts[0]
    return dsl.compute(ts[0].shape, lambda *i: _sum_exprs([t[i] for t in ts]), name=name)


def _sum_exprs(es: list[E.Expr]) -> E.Expr:
    out = es[0]
    for e in es[1:]:
        out = out + e
    return out


def gradient(output: Tensor, inputs: Sequence[Tensor], head: Tensor | None = None
             ) -> list[Tensor]:
    """Compute definitions of ``head^T d output / d input`` for each of ``inputs``.

    Args:
        output: the tensor to differentiate (any shape, float dtype).
        inputs: tensors of ``output``'s graph (placeholders or intermediate computes).
        head: the adjoint of ``output``, a tensor of its shape; default all ones (so a
            scalar output gives the plain gradient).

    Returns one Tensor per input, of the input's shape and dtype. Inputs that ``output``
    does not depend on get a zero compute.
    """
    if not isinstance(output, Tensor):
        raise DSLTypeError(f"gradient: output must be a DSL Tensor, got {type(output).__name__}")
    if not output.dtype.is_float:
        raise DSLTypeError(f"gradient: output '{output.name}' is {output.dtype}; only float "
                           "outputs can be differentiated")
    ops = topo_ops([output])
    in_graph = {t.op for t in [output]} | set(ops)
    for x in inputs:
        if x.op not in in_graph:
            raise DSLShapeError(f"gradient: '{x.name}' is not part of the graph of "
                                f"'{output.name}'")
    if head is None:
        head = dsl.compute(output.shape, lambda *i: E.const(1, output.dtype),
                           name=f"{output.name}.ones")
    elif tuple(map(repr, head.shape)) != tuple(map(repr, output.shape)):
        raise DSLShapeError(f"gradient: head '{head.name}' has shape {list(head.shape)}, "
                            f"output '{output.name}' has shape {list(output.shape)}")
    wanted = {x.op for x in inputs}
    needed: set[Any] = set()
    for op in ops:  # producers first: an op is needed if a wanted op feeds it
        if op in wanted or any(t.op in needed for t in op.input_tensors):
            needed.add(op)
    parts: dict[Tensor, list[Tensor]] = {output: [head]}
    adjoint: dict[Tensor, Tensor] = {}
    for op in reversed(ops):
        if op not in needed:
            continue
        for k in range(op.num_outputs):
            t = op.output(k)
            if t in parts:
                adjoint[t] = _sum_tensors(parts[t], f"{t.name}.grad")
        if isinstance(op, PlaceholderOp) or (op in wanted and op not in _feeds_wanted(op, needed)):
            continue
        adjs = [adjoint[op.output(k)] for k in range(op.num_outputs) if op.output(k) in adjoint]
        if not adjs:
            continue
        adj = adjoint.get(op.output(0), adjs[0])
        for x in op.input_tensors:
            if x.op in needed and x.dtype.is_float:
                parts.setdefault(x, []).extend(_contributions(op, adj, x))
    out = []
    for x in inputs:
        g = adjoint.get(x)
        if g is None:
            g = dsl.compute(x.shape, lambda *i, _x=x: E.const(0, _x.dtype), name=f"{x.name}.grad")
        out.append(g)
    return out


def _feeds_wanted(op: Any, needed: set[Any]) -> set[Any]:
    """``{op}`` when one of op's inputs is needed (so propagation must continue)."""
    return {op} if any(t.op in needed for t in op.input_tensors) else set()


# ----------------------------------------------------------------------------- forward mode


def _dims(t: Tensor) -> list[Any]:
    return [int(d.value) if isinstance(d, E.Const) else d for d in t.shape]


def _as_list(v: Any, what: str, who: str) -> list[Any]:
    if isinstance(v, Tensor) or v is None:
        return [v]
    if not isinstance(v, (list, tuple)):
        raise DSLTypeError(f"{who}: {what} must be a Tensor or a list of Tensors, got "
                           f"{type(v).__name__}")
    return list(v)


def _check_tangents(who: str, inputs: list[Any], tangents: list[Any], word: str
                    ) -> None:
    if len(inputs) != len(tangents):
        raise DSLShapeError(f"{who}: {len(inputs)} input(s) but {len(tangents)} {word}(s); "
                            f"give one {word} per input")
    seen: set[Tensor] = set()
    for x, t in zip(inputs, tangents, strict=True):
        if not isinstance(x, Tensor):
            raise DSLTypeError(f"{who}: inputs must be DSL Tensors, got {type(x).__name__}")
        if x in seen:
            raise DSLShapeError(f"{who}: input '{x.name}' is listed twice")
        seen.add(x)
        if not x.dtype.is_float:
            raise DSLTypeError(f"{who}: input '{x.name}' is {x.dtype}; only float inputs "
                               "can be differentiated")
        if not isinstance(t, Tensor):
            raise DSLTypeError(f"{who}: the {word} for input '{x.name}' must be a DSL Tensor, "
                               f"got {type(t).__name__}")
        if tuple(map(repr, t.shape)) != tuple(map(repr, x.shape)):
            raise DSLShapeError(f"{who}: {word} '{t.name}' has shape {_dims(t)}, input "
                                f"'{x.name}' has shape {_dims(x)}")
        if t.dtype != x.dtype:
            raise DSLTypeError(f"{who}: {word} '{t.name}' is {t.dtype}, input '{x.name}' is "
                               f"{x.dtype}; they must match")


def _op_tangents(op: ComputeOp, tan: dict[Tensor, Tensor]) -> list[Tensor | None]:
    """Tangents of ``op``'s outputs given the tangents ``tan`` of (some of) its inputs."""
    if op.tag in _JVP_REGISTRY:
        got = _JVP_REGISTRY[op.tag](op, {t: tan[t] for t in op.input_tensors if t in tan})
        outs = list(got) if isinstance(got, (list, tuple)) else [got]
        if len(outs) != op.num_outputs:
            raise DSLShapeError(f"jvp: the rule registered for tag '{op.tag}' returned "
                                f"{len(outs)} tangent(s) for '{op.name}', which has "
                                f"{op.num_outputs} output(s)")
        return outs

    def seed(load: E.ProducerLoad) -> E.Expr | None:
        t = tan.get(load.tensor)
        return None if t is None else t[load.indices]

    axes = [iv.var for iv in op.axis]
    if not op.is_reduction:
        out: list[Tensor | None] = []
        for k, b in enumerate(op.body):
            d = tangent(b, seed) if b.dtype.is_float else None
            out.append(None if d is None else dsl.compute(op.shape, lambda *js, d=d, dt=b.dtype:
                       E.cast(dt, substitute(d, dict(zip(axes, js, strict=True)))),
                       name=f"{op.output(k).name}.tan"))
        return out
    if op.num_outputs != 1:
        raise DSLShapeError(
            f"jvp: compute '{op.name}' has {op.num_outputs} outputs (a tuple reducer?); tcomp "
            "has no automatic rule for it: give it a tag= and register_jvp(tag)")
    src, raxes, cond, factor = _reduce_parts(op, "jvp", "register_jvp")
    d = tangent(src, seed) if src.dtype.is_float else None
    if d is None:
        return [None]
    val = factor(src, d)
    dt = op.output(0).dtype

    def body(*js: E.Var) -> E.Expr:
        sub: dict[E.Var, E.Expr] = dict(zip(axes, js, strict=True))
        rks = _fresh_axes(raxes, sub, js)
        where = None if cond is None else substitute(cond, sub)
        return dsl.sum(E.cast(dt, substitute(val, sub)), axis=rks, where=where)

    return [dsl.compute(op.shape, body, name=f"{op.output(0).name}.tan")]


def _forward(outputs: list[Tensor], seeds: dict[Tensor, Tensor]) -> list[Tensor]:
    tan: dict[Tensor, Tensor] = {}
    for op in topo_ops(outputs):  # producers first
        own: list[Tensor | None] = [None] * op.num_outputs
        if isinstance(op, ComputeOp) and any(t in tan for t in op.input_tensors):
            own = _op_tangents(op, tan)
        for k in range(op.num_outputs):
            t = op.output(k)
            parts = [p for p in (own[k], seeds.get(t)) if p is not None]
            if parts:  # a seeded intermediate adds its own tangent to the propagated one
                tan[t] = _sum_tensors(parts, f"{t.name}.tan")
    return [tan[y] if y in tan else dsl.compute(y.shape, lambda *i, _y=y: E.const(0, _y.dtype),
                                                name=f"{y.name}.tan") for y in outputs]


def jvp(outputs: Tensor | Sequence[Tensor], inputs: Tensor | Sequence[Tensor],
        tangents: Tensor | Sequence[Tensor]) -> Any:
    """Compute definitions of the Jacobian-vector products ``sum_x d output / d x . t_x``.

    Args:
        outputs: a float tensor, or a list of them, to differentiate.
        inputs: tensors of the outputs' graph (placeholders or intermediate computes).
        tangents: one tensor per input, of its shape and dtype (often a placeholder).

    Returns the tangent of each output (a Tensor of its shape and dtype), a list when
    ``outputs`` is a list. Elementwise math, broadcasting and gathers need no rule beyond the
    scalar table: the tangent reads ``t[f(i)]`` where the op reads ``x[f(i)]``. A max/min
    reduction passes on the tangent at the arg-max (the mean over ties), like ``gradient``,
    so ``<gradient(y, [x], u), t> == <u, jvp(y, [x], [t])>`` always holds. An intermediate
    input's tangent adds to the one flowing into it from other inputs.
    """
    single = isinstance(outputs, Tensor)
    outs = _as_list(outputs, "outputs", "jvp")
    xs = _as_list(inputs, "inputs", "jvp")
    ts = _as_list(tangents, "tangents", "jvp")
    if not outs:
        raise DSLShapeError("jvp: outputs is empty")
    for y in outs:
        if not isinstance(y, Tensor):
            raise DSLTypeError(f"jvp: outputs must be DSL Tensors, got {type(y).__name__}")
        if not y.dtype.is_float:
            raise DSLTypeError(f"jvp: output '{y.name}' is {y.dtype}; only float outputs can "
                               "be differentiated")
    _check_tangents("jvp", xs, ts, "tangent")
    in_graph = set(topo_ops(outs))
    for x in xs:
        if x.op not in in_graph:
            names = ", ".join(f"'{y.name}'" for y in outs)
            raise DSLShapeError(f"jvp: '{x.name}' is not part of the graph of {names}")
    res = _forward(outs, dict(zip(xs, ts, strict=True)))
    return res[0] if single else res


def hvp(loss: Tensor, inputs: Tensor | Sequence[Tensor], vectors: Tensor | Sequence[Tensor]
        ) -> list[Tensor]:
    """Compute definitions of the Hessian-vector products ``H v`` of a scalar ``loss``.

    Forward over reverse: the jvp (tangents ``vectors``) of the gradient graph of ``loss``
    with respect to ``inputs``. Returns one Tensor per input: ``sum_j d2 loss / dx_i dx_j .
    v_j``. ``loss`` must have one element (shape ``()`` or all ones).
    """
    if not isinstance(loss, Tensor):
        raise DSLTypeError(f"hvp: loss must be a DSL Tensor, got {type(loss).__name__}")
    if not all(E.is_const(d, 1) for d in loss.shape):
        raise DSLShapeError(f"hvp: loss '{loss.name}' has shape {_dims(loss)}; it must have "
                            "one element (sum it first)")
    xs = _as_list(inputs, "inputs", "hvp")
    vs = _as_list(vectors, "vectors", "hvp")
    _check_tangents("hvp", xs, vs, "vector")
    return _forward(gradient(loss, xs), dict(zip(xs, vs, strict=True)))


__all__ = ["BINARY_RULES", "STOP_GRADIENT", "UNARY_RULES", "diff", "gradient", "hvp", "jvp",
           "register_gradient", "register_jvp", "scatter", "tangent"]
