"""A DSL graph as JSON data and back (layer 2).

``graph_to_json(outputs, args)`` writes every operation the outputs and the arguments depend
on, and ``graph_from_json(data)`` rebuilds an equal graph: the same ``graph_str`` and so the
same ``workload_key``. The tuner uses it to measure a computation that no importable factory
builds (the kernels a ``tcomp.nn`` model runs, their derived gradients, fused chains) in its
worker processes, through the workload factory ``tcomp.dsl.serial:workload``.

The format is plain data: reading it evaluates nothing, and anything malformed (an unknown
operator or dtype, a reference out of range, a field of the wrong type) raises
``GraphFormatError`` naming the field.
"""

from __future__ import annotations

import math
from typing import Any

from .. import dtypes
from ..errors import TcompError
from ..ir import expr as E
from .printer import topo_ops
from .tensor import ComputeOp, Operation, PlaceholderOp, Tensor

FORMAT = "tcomp-graph/1"


class GraphFormatError(TcompError, ValueError):
    """A graph's JSON form is malformed."""


# ----------------------------------------------------------------------------- writing


class _Writer:
    def __init__(self) -> None:
        self.ops: dict[Operation, int] = {}
        self.vars: dict[E.Var, int] = {}
        self.var_list: list[dict[str, Any]] = []
        self.ivs: dict[E.IterVar, int] = {}
        self.iv_list: list[dict[str, Any]] = []
        self.reducers: dict[E.CommReducer, int] = {}
        self.reducer_list: list[dict[str, Any]] = []

    def var(self, v: E.Var) -> int:
        k = self.vars.get(v)
        if k is None:
            k = self.vars[v] = len(self.var_list)
            self.var_list.append({"name": v.name, "dtype": str(v.dtype),
                                  "size": isinstance(v, E.SizeVar)})
        return k

    def iv(self, iv: E.IterVar) -> int:
        k = self.ivs.get(iv)
        if k is None:
            rec = {"var": self.var(iv.var), "min": self.expr(iv.dom.min),
                   "extent": self.expr(iv.dom.extent), "kind": iv.kind.value}
            k = self.ivs[iv] = len(self.iv_list)
            self.iv_list.append(rec)
        return k

    def reducer(self, c: E.CommReducer) -> int:
        k = self.reducers.get(c)
        if k is None:
            rec = {"name": c.name, "lhs": [self.var(v) for v in c.lhs],
                   "rhs": [self.var(v) for v in c.rhs],
                   "result": [self.expr(e) for e in c.result],
                   "identity": [self.expr(e) for e in c.identity]}
            k = self.reducers[c] = len(self.reducer_list)
            self.reducer_list.append(rec)
        return k

    def tensor(self, t: Tensor) -> list[int]:
        return [self.ops[t.op], t.value_index]

    def expr(self, e: E.Expr) -> Any:
        t = str(e.dtype)
        if isinstance(e, E.Const):
            return {"const": _value(e.value), "dtype": t}
        if isinstance(e, E.Var):
            return {"var": self.var(e)}
        if isinstance(e, E.Unary):
            return {"unary": e.op.value, "a": self.expr(e.a), "dtype": t}
        if isinstance(e, E.Binary):
            return {"binary": e.op.value, "a": self.expr(e.a), "b": self.expr(e.b), "dtype": t}
        if isinstance(e, E.Cast):
            return {"cast": t, "a": self.expr(e.value)}
        if isinstance(e, E.Select):
            return {"select": [self.expr(e.cond), self.expr(e.t), self.expr(e.f)], "dtype": t}
        if isinstance(e, E.ProducerLoad):
            return {"load": self.tensor(e.tensor), "indices": [self.expr(i) for i in e.indices],
                    "dtype": t}
        if isinstance(e, E.Reduce):
            return {"reduce": self.reducer(e.combiner), "source": [self.expr(s) for s in e.source],
                    "axis": [self.iv(a) for a in e.axis], "condition": self.expr(e.condition),
                    "value_index": e.value_index, "dtype": t}
        raise GraphFormatError(f"a DSL graph holds no {type(e).__name__} nodes ({e!r})")

    def op(self, op: Operation) -> dict[str, Any]:
        if isinstance(op, PlaceholderOp):
            return {"placeholder": op.name, "dtype": str(op.dtype),
                    "shape": [self.expr(d) for d in op.shape]}
        assert isinstance(op, ComputeOp)
        return {"compute": op.name, "tag": op.tag, "attrs": _json_attrs(op),
                "axis": [self.iv(a) for a in op.axis], "body": [self.expr(b) for b in op.body],
                "reductions": [self.tensor(t) for t in op.reductions if t.op in self.ops]}


def _value(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return {"float": repr(v)}  # nan, inf, -inf: JSON has no such numbers
    return v


def _json_attrs(op: ComputeOp) -> dict[str, Any]:
    """The op's attrs where they are JSON values (others are hints for schedules that the
    computation does not depend on: dropped)."""
    out = {}
    for k, v in op.attrs.items():
        if isinstance(v, (bool, int, float, str)) or v is None:
            out[str(k)] = _value(v)
    return out


def graph_to_json(outputs: Any, args: Any = ()) -> dict[str, Any]:
    """The graph ``outputs`` depend on (and the tensors of ``args``) as JSON data."""
    outs = [outputs] if isinstance(outputs, Tensor) else list(outputs)
    args = list(args)
    for t in [*outs, *args]:
        if not isinstance(t, Tensor):
            raise TypeError(f"graph_to_json takes tensors, got {type(t).__name__} {t!r}")
    w = _Writer()
    ops = []
    for op in topo_ops([*outs, *args]):
        rec = w.op(op)  # its producers are numbered already (topological order)
        w.ops[op] = len(ops)
        ops.append(rec)
    return {"format": FORMAT, "vars": w.var_list, "itervars": w.iv_list,
            "reducers": w.reducer_list, "ops": ops,
            "outputs": [w.tensor(t) for t in outs], "args": [w.tensor(t) for t in args]}


# ----------------------------------------------------------------------------- reading


class _Reader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.vars: list[E.Var] = []
        for k, v in enumerate(_list(data, "vars")):
            where = f"vars[{k}]"
            cls = E.SizeVar if _get(v, "size", bool, where) else E.Var
            self.vars.append(cls(_get(v, "name", str, where), _dtype(v, "dtype", where)))
        self.ivs: list[E.IterVar | None] = [None] * len(_list(data, "itervars"))
        self.reducers: list[E.CommReducer | None] = [None] * len(_list(data, "reducers"))
        self.ops: list[Operation] = []

    def var(self, k: Any, where: str) -> E.Var:
        return self.vars[_index(k, len(self.vars), where)]

    def iv(self, k: Any, where: str) -> E.IterVar:
        k = _index(k, len(self.ivs), where)
        got = self.ivs[k]
        if got is None:
            rec, at = self.data["itervars"][k], f"itervars[{k}]"
            kind = _get(rec, "kind", str, at)
            if kind not in {m.value for m in E.IterKind}:
                raise GraphFormatError(f"graph JSON: {at}.kind {kind!r} is not an axis kind")
            got = self.ivs[k] = E.IterVar(
                self.var(rec.get("var"), f"{at}.var"),
                E.Range(self.expr(rec.get("min"), f"{at}.min"),
                        self.expr(rec.get("extent"), f"{at}.extent")), E.IterKind(kind))
        return got

    def reducer(self, k: Any, where: str) -> E.CommReducer:
        k = _index(k, len(self.reducers), where)
        got = self.reducers[k]
        if got is None:
            rec, at = self.data["reducers"][k], f"reducers[{k}]"
            got = self.reducers[k] = E.CommReducer(
                _get(rec, "name", str, at),
                tuple(self.var(v, f"{at}.lhs") for v in _list(rec, "lhs", at)),
                tuple(self.var(v, f"{at}.rhs") for v in _list(rec, "rhs", at)),
                tuple(self.expr(e, f"{at}.result") for e in _list(rec, "result", at)),
                tuple(self.expr(e, f"{at}.identity") for e in _list(rec, "identity", at)))
        return got

    def tensor(self, ref: Any, where: str) -> Tensor:
        if not (isinstance(ref, list) and len(ref) == 2):
            raise GraphFormatError(f"graph JSON: {where} must be [op, output], got {ref!r}")
        op = self.ops[_index(ref[0], len(self.ops), where)]
        return op.output(_index(ref[1], op.num_outputs, where))

    def expr(self, e: Any, where: str) -> E.Expr:
        if not isinstance(e, dict):
            raise GraphFormatError(f"graph JSON: {where} must be an expression object, got "
                                   f"{type(e).__name__}")
        if "const" in e:
            dt = _dtype(e, "dtype", where)
            v = _scalar(e["const"], where)
            ok = isinstance(v, bool) if dt.is_bool else (
                isinstance(v, float) if dt.is_float else isinstance(v, int)
                and not isinstance(v, bool))
            if not ok:
                _bad(where, f"a {dt} constant (got {v!r})")
            return E.Const(v, dt)
        if "var" in e:
            return self.var(e["var"], f"{where}.var")
        if "unary" in e:
            return E.Unary(_op(e["unary"], where), self.expr(e.get("a"), f"{where}.a"),
                           _dtype(e, "dtype", where))
        if "binary" in e:
            return E.Binary(_op(e["binary"], where), self.expr(e.get("a"), f"{where}.a"),
                            self.expr(e.get("b"), f"{where}.b"), _dtype(e, "dtype", where))
        if "cast" in e:
            return E.Cast(_dtype(e, "cast", where), self.expr(e.get("a"), f"{where}.a"))
        if "select" in e:
            parts = _list(e, "select", where)
            if len(parts) != 3:
                _bad(where, "[condition, then, else]")
            c, t, f = (self.expr(p, f"{where}.select") for p in parts)
            return E.Select(c, t, f, _dtype(e, "dtype", where))
        if "load" in e:
            return E.ProducerLoad(self.tensor(e["load"], f"{where}.load"),
                                  tuple(self.expr(i, f"{where}.indices")
                                        for i in _list(e, "indices", where)),
                                  _dtype(e, "dtype", where))
        if "reduce" in e:
            return E.Reduce(self.reducer(e["reduce"], f"{where}.reduce"),
                            tuple(self.expr(s, f"{where}.source")
                                  for s in _list(e, "source", where)),
                            tuple(self.iv(a, f"{where}.axis") for a in _list(e, "axis", where)),
                            self.expr(e.get("condition"), f"{where}.condition"),
                            _get(e, "value_index", int, where), _dtype(e, "dtype", where))
        raise GraphFormatError(f"graph JSON: {where}: unknown expression {sorted(e)}")

    def op(self, rec: Any, k: int) -> Operation:
        where = f"ops[{k}]"
        if not isinstance(rec, dict):
            _bad(where, "an operation object")
        if "placeholder" in rec:
            shape = tuple(self.expr(d, f"{where}.shape") for d in _list(rec, "shape", where))
            return PlaceholderOp(_get(rec, "placeholder", str, where), shape,
                                 _dtype(rec, "dtype", where), "")
        if "compute" in rec:
            axis = tuple(self.iv(a, f"{where}.axis") for a in _list(rec, "axis", where))
            body = tuple(self.expr(b, f"{where}.body") for b in _list(rec, "body", where))
            if not body:
                _bad(where, "a compute with a body")
            attrs = rec.get("attrs", {})
            if not isinstance(attrs, dict):
                _bad(f"{where}.attrs", "an object")
            op = ComputeOp(_get(rec, "compute", str, where), axis, body, "",
                           _get(rec, "tag", str, where),
                           {k: _scalar(v, f"{where}.attrs.{k}") for k, v in attrs.items()})
            op.reductions = tuple(self.tensor(t, f"{where}.reductions")  # earlier ops
                                  for t in _list(rec, "reductions", where))
            return op
        raise GraphFormatError(f"graph JSON: {where}: neither a placeholder nor a compute")


def _scalar(v: Any, where: str) -> Any:
    """A JSON scalar as written by ``_value`` (non-finite floats as ``{"float": "nan"}``)."""
    if isinstance(v, dict):
        if set(v) == {"float"} and v["float"] in ("nan", "inf", "-inf"):
            return float(v["float"])
        _bad(where, "a non-finite float spelled {\"float\": \"nan\" | \"inf\" | \"-inf\"}")
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return _bad(where, f"a number, string, bool or null (got {type(v).__name__})")


def _bad(where: str, want: str) -> Any:
    raise GraphFormatError(f"graph JSON: {where} must be {want}")


def _get(rec: Any, key: str, typ: type, where: str) -> Any:
    if not isinstance(rec, dict) or key not in rec:
        raise GraphFormatError(f"graph JSON: {where} has no field '{key}'")
    v = rec[key]
    if (typ is int and isinstance(v, bool)) or not isinstance(v, typ):
        raise GraphFormatError(f"graph JSON: {where}.{key} must be a {typ.__name__}, got "
                               f"{type(v).__name__} {v!r}")
    return v


def _list(rec: Any, key: str, where: str = "the graph") -> list[Any]:
    return _get(rec, key, list, where)


def _index(k: Any, n: int, where: str) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not 0 <= k < n:
        raise GraphFormatError(f"graph JSON: {where}: reference {k!r} is not in 0..{n - 1}")
    return k


def _dtype(rec: Any, key: str, where: str) -> dtypes.DType:
    name = _get(rec, key, str, where)
    try:
        return dtypes.as_dtype(name)
    except Exception as exc:
        raise GraphFormatError(f"graph JSON: {where}.{key}: {name!r} is not a dtype") from exc


def _op(name: Any, where: str) -> E.Op:
    try:
        return E.Op(name)
    except ValueError:
        raise GraphFormatError(f"graph JSON: {where}: {name!r} is not an operator") from None


def graph_from_json(data: Any, args: Any = None) -> tuple[list[Tensor], list[Tensor]]:
    """``(outputs, args)`` rebuilt from ``graph_to_json``'s data. ``args``: placeholders to
    stand for the graph's arguments (in order, each of the same shape and dtype), so that the
    rebuilt outputs read them (a computation rebuilt over the placeholders of an nn op)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        got = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise GraphFormatError(f"graph JSON: format must be {FORMAT!r}, got {got!r}")
    r = _Reader(data)
    ops = _list(data, "ops")
    bind: dict[int, Tensor] = {}
    if args is not None:
        refs = _list(data, "args")
        if len(args) != len(refs):
            raise GraphFormatError(f"graph JSON: the graph has {len(refs)} argument(s), "
                                   f"{len(args)} placeholder(s) were given for them")
        for j, (ref, t) in enumerate(zip(refs, args, strict=True)):
            if not (isinstance(ref, list) and len(ref) == 2):
                raise GraphFormatError(f"graph JSON: args[{j}] must be [op, output], got "
                                       f"{ref!r}")
            bind[_index(ref[0], len(ops), f"args[{j}]")] = t
    for k, rec in enumerate(ops):
        op = r.op(rec, k)
        given = bind.get(k)
        if given is not None:
            if not isinstance(op, PlaceholderOp) or op.shape != given.op.shape \
                    or op.dtype != given.dtype:
                raise GraphFormatError(f"graph JSON: argument ops[{k}] ({op.name}) is not a "
                                       f"placeholder of shape {list(given.shape)} and dtype "
                                       f"{given.dtype}, as the one given for it")
            op = given.op
        r.ops.append(op)
    outs = [r.tensor(t, "outputs") for t in _list(data, "outputs")]
    args = [r.tensor(t, "args") for t in _list(data, "args")]
    return outs, args


def workload(graph: dict[str, Any], name: str = "") -> tuple[list[Tensor], list[Tensor]]:
    """Workload factory (``Workload("tcomp.dsl.serial:workload", {"graph": data, "name":
    label})``): the computation of ``graph_to_json``'s data, for tuning a graph no importable
    function builds; ``name`` only labels it (records and reports show it)."""
    return graph_from_json(graph)


__all__ = ["FORMAT", "GraphFormatError", "graph_from_json", "graph_to_json", "workload"]
