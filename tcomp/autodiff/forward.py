"""Forward mode (layer 6): ``jvp`` pushes tangents through the graph in topological order;
``hvp`` is the jvp of the gradient graph (forward over reverse).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dsl import ops as dsl
from ..dsl.printer import topo_ops
from ..dsl.tensor import ComputeOp, Tensor
from ..errors import DSLShapeError, DSLTypeError
from ..ir import expr as E
from ..ir.visitor import substitute
from .reverse import gradient, reduce_parts, sum_tensors
from .rules import JVP_FNS, tangent
from .scatter import fresh_axes

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
    if op.tag in JVP_FNS:
        got = JVP_FNS[op.tag](op, {t: tan[t] for t in op.input_tensors if t in tan})
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
    src, raxes, cond, factor = reduce_parts(op, "jvp", "register_jvp")
    d = tangent(src, seed) if src.dtype.is_float else None
    if d is None:
        return [None]
    val = factor(src, d)
    dt = op.output(0).dtype

    def body(*js: E.Var) -> E.Expr:
        sub: dict[E.Var, E.Expr] = dict(zip(axes, js, strict=True))
        rks = fresh_axes(raxes, sub, js)
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
                tan[t] = sum_tensors(parts, f"{t.name}.tan")
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
