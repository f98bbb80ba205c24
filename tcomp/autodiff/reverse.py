"""Reverse mode (layer 6): ``gradient`` walks the graph from the output back to the inputs
and sums each compute's contributions to the adjoint of what it reads; reduction rules
(sum, max/min at the arg-max, prod) through ``reduce_parts``, shared with forward mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..dsl import ops as dsl
from ..dsl.printer import topo_ops
from ..dsl.tensor import ComputeOp, PlaceholderOp, Tensor
from ..dtypes import bool_
from ..errors import DSLShapeError, DSLTypeError
from ..ir import expr as E
from ..ir.visitor import substitute, uses_var, walk
from .rules import GRADIENT_FNS, diff
from .scatter import fresh_axes, scatter

# ----------------------------------------------------------------------------- graph walk


Factor = Callable[[E.Expr, E.Expr], E.Expr]
Reader = Callable[[dict[E.Var, E.Expr]], E.Expr]
Best = tuple[Reader, Tensor, Tensor]


def _over_reduction(op: ComputeOp, js: Sequence[E.Var]
                    ) -> tuple[dict[E.Var, E.Expr], list[E.IterVar]]:
    """For a new stage over ``op``'s output axes ``js``: the substitution of ``op``'s axes
    and reduction axes, and the fresh reduction axes it maps the latter to."""
    sub: dict[E.Var, E.Expr] = dict(zip([iv.var for iv in op.axis], js, strict=True))
    return sub, fresh_axes(op.body[0].axis, sub, js)


def _per_op(make: Callable[[ComputeOp], Any]) -> Callable[[ComputeOp], Any]:
    """``make(op)`` once per op, kept on it, so every gradient and jvp of it shares the
    stages it builds."""
    key = f"_autodiff{make.__name__}"

    def get(op: ComputeOp) -> Any:
        if key not in op.__dict__:
            op.__dict__[key] = make(op)
        return op.__dict__[key]
    return get


@_per_op
def _source(op: ComputeOp) -> tuple[Reader, bool]:
    """``value(sub)``, the source of the reduction ``op`` at the positions ``sub`` maps its
    axes and reduction axes to, and whether it reads a stored copy.

    A plain read is the read. A computed source such as ``a*b - c*d`` is stored once
    (``T.src``, 0 where the ``where=`` fails) where the gradient compares it with something:
    computed twice, it may differ in its last bit (LLVM contracts each copy into fused
    multiply-adds in its own context), and a max compared with the stored result matched no
    element, so the compiled gradient was 0. Not where a reduction's domain depends on the
    output position."""
    body, y = op.body[0], op.output(0)
    axes = [iv.var for iv in op.axis]
    raxes = list(body.axis)
    cond = None if E.is_const(body.condition, True) else body.condition
    src = body.source[0]
    if isinstance(src, E.ProducerLoad) or any(
            uses_var(e, v) for iv in raxes for e in (iv.dom.min, iv.dom.extent) for v in axes):
        return (lambda sub: substitute(src, sub)), False

    def source(*idx: E.Var) -> E.Expr:
        sub = dict(zip(axes, idx[:len(axes)], strict=True)) | {
            iv.var: i if E.is_const(iv.dom.min, 0) else i + iv.dom.min
            for iv, i in zip(raxes, idx[len(axes):], strict=True)}
        v = substitute(src, sub)  # read only where the where= holds
        return v if cond is None else E.select(substitute(cond, sub), v, E.const(0, v.dtype))
    stored = dsl.compute((*op.shape, *(iv.dom.extent for iv in raxes)), source,
                         name=f"{y.name}.src")

    def value(sub: dict[E.Var, E.Expr]) -> E.Expr:
        return stored[(*(sub.get(a, a) for a in axes),
                       *(sub.get(iv.var, iv.var) if E.is_const(iv.dom.min, 0)
                         else sub.get(iv.var, iv.var) - iv.dom.min for iv in raxes))]
    return value, True


def _counted(op: ComputeOp, value: Reader, test: Callable[[E.Expr, tuple], E.Expr],
             name: str) -> Tensor:
    """How many positions of ``op``'s reduction pass ``test(value, output index)`` where its
    ``where=`` holds (read only there), one per output element."""
    cond = op.body[0].condition

    def count(*js: E.Var) -> E.Expr:
        sub, rks = _over_reduction(op, js)
        hit = test(value(sub), js)
        if not E.is_const(cond, True):
            hit = E.select(substitute(cond, sub), hit, E.const(False, bool_))
        return dsl.sum(E.const(1, op.output(0).dtype), axis=rks, where=hit)
    return dsl.compute(op.shape, count, name=f"{op.output(0).name}.{name}")


@_per_op
def _best_parts(op: ComputeOp) -> Best:
    """``(value, best, ties)`` of a max/min reduction: ``value`` as ``_source``, ``best`` the
    tensor it is compared with (the result, or the max/min of a stored source) and ``ties``
    how many positions equal it (where the ``where=`` holds)."""
    body, y = op.body[0], op.output(0)
    cond = None if E.is_const(body.condition, True) else body.condition
    value, stored = _source(op)
    best = y
    if stored:
        def reduced(*js: E.Var) -> E.Expr:
            sub, rks = _over_reduction(op, js)
            red = dsl.max if body.combiner.name == "max" else dsl.min
            return red(value(sub), axis=rks,
                       where=None if cond is None else substitute(cond, sub))
        best = dsl.compute(op.shape, reduced, name=f"{y.name}.best")
    return value, best, _counted(op, value, lambda v, js: dsl.equal(v, best[js]), "ties")


@_per_op
def _prod_parts(op: ComputeOp) -> Best:
    """``(value, zeros, rest)`` of a prod reduction: ``value`` as ``_source``, how many of its
    factors are 0 and the product of the others (where the ``where=`` holds). The derivative
    by one factor is the product of the others: ``out / factor`` where none is 0, ``rest`` at
    the one 0 where one is, else 0 (``out / factor`` alone was 0/0 at a 0 factor: NaN where
    the gradient is finite; gradient fuzzer, seed 910354)."""
    body, y = op.body[0], op.output(0)
    cond = body.condition
    value, _ = _source(op)
    zero, one = E.const(0, y.dtype), E.const(1, y.dtype)

    def rest(*js: E.Var) -> E.Expr:
        sub, rks = _over_reduction(op, js)
        v = value(sub)
        return dsl.prod(E.select(dsl.equal(v, zero), one, v), axis=rks,
                        where=None if E.is_const(cond, True) else substitute(cond, sub))
    return (value, _counted(op, value, lambda v, js: dsl.equal(v, zero), "zeros"),
            dsl.compute(op.shape, rest, name=f"{y.name}.rest"))


def reduce_parts(op: ComputeOp, who: str, hook: str
                  ) -> tuple[E.Expr, list[E.IterVar], E.Expr | None, Factor]:
    """``(source, reduction axes, where-condition or None, factor)`` of a reduction compute.

    ``factor(source, d)`` scales the derivative ``d`` of one source element into that of the
    output: ``d`` for sum; for max/min, ``d / ties`` where the element equals the output, else
    0 (the derivative goes to the arg-max, shared evenly among tied ones, as in JAX, so a max
    over a broadcast value keeps slope 1); for prod ``d`` times the product of the other
    factors (``_prod_parts``). Both modes use it:
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
        value, best, ties = _best_parts(op)
        at = value({})  # at the op's own axes and reduction axes
        factor = lambda s, dv: E.select(dsl.equal(at, best[axes]), dv / ties[axes],  # noqa
                                        E.const(0, dv.dtype))
    elif name == "prod":
        value, zeros, rest = _prod_parts(op)
        at, n = value({}), zeros[axes]
        zero = E.const(0, y.dtype)
        only = dsl.logical_and(dsl.equal(n, E.const(1, y.dtype)), dsl.equal(at, zero))
        factor = lambda s, dv: dv * E.select(dsl.equal(n, zero), y / at,  # noqa: E731
                                             E.select(only, rest[axes], zero))
    elif name != "sum":
        raise DSLShapeError(
            f"{who}: compute '{op.name}' reduces with '{name}', which has no automatic rule "
            f"(sum, max, min, prod have one); give it a tag= and {hook}(tag)")
    cond = None if E.is_const(body.condition, True) else body.condition
    return body.source[0], list(body.axis), cond, factor


def _contributions(op: ComputeOp, adj: Tensor, x: Tensor) -> list[Tensor]:
    """The parts of ``x``'s adjoint that flow back through ``op`` (adjoint ``adj``)."""
    if op.tag in GRADIENT_FNS:
        r = GRADIENT_FNS[op.tag](op, adj, x)
        return [] if r is None else [r]
    if op.num_outputs != 1:
        raise DSLShapeError(
            f"gradient: compute '{op.name}' has {op.num_outputs} outputs (a tuple reducer?); "
            "tcomp has no automatic rule for it: give it a tag= and register_gradient(tag)")
    axes = [iv.var for iv in op.axis]
    ivs = list(op.axis)
    src, cond, factor = op.body[0], None, (lambda s, dv: dv)
    # a result the derivative reuses (exp, tanh, sigmoid, sqrt) is read from the stage, not
    # computed again: softmax's backward read its exps and computed each a second time
    value = None if op.is_reduction else op.output(0)[tuple(axes)]
    if op.is_reduction:
        src, raxes, cond, factor = reduce_parts(op, "gradient", "register_gradient")
        ivs += raxes
    loads: dict[E.ProducerLoad, None] = {}
    for n in walk(src):
        if isinstance(n, E.ProducerLoad) and n.tensor is x:
            loads.setdefault(n, None)
    g = adj[tuple(axes)]
    out = []
    for n, load in enumerate(loads):
        dv = diff(src, load, value)
        if dv is None:
            continue
        val = g * factor(src, dv)
        out.append(scatter(x, load.indices, val, ivs, cond, name=f"{x.name}.adj.{op.name}.{n}",
                           adjoint=(adj, axes)))
    return out


def sum_tensors(ts: list[Tensor], name: str) -> Tensor:
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
            if parts.get(t):  # empty where t is read only where no derivative flows (a where=)
                adjoint[t] = sum_tensors(parts[t], f"{t.name}.grad")
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
