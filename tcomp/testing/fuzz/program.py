"""The fuzzer's own program representation: plain JSON-able data, built into DSL tensors,
printed as standalone Python, and computed independently by ``reference.py``.

A program is a dict::

    {"dims": {"n0": 7},                                  # symbolic dims and their values
     "inputs": [{"name": "A0", "shape": [5, "n0"], "dtype": "int32", "fill": {...}}],
     "stages": [{"name": "T1", "shape": [5], "body": {"expr": node}},
                {"name": "T2", "shape": [3], "body": {"reduce": reduction}}],
     "outputs": ["T2"],                                  # tensor names (``T3.v0`` for tuples)
     "input_seed": 12}

Expression nodes are lists: ``["c", value, dtype]``, ``["ax", d]`` (spatial axis d),
``["rk", q]`` (reduce axis q of the enclosing reduction), ``["dim", name]``,
``["ld", tensor, [index nodes]]``, ``["bin", op, a, b]``, ``["un", op, a]``,
``["cast", dtype, a]``, ``["sel", cond, t, f]`` and ``["red", reduction]`` (an inline
reduction). A reduction is ``{"reducer": name, "axes": [[lo, hi], ...], "src": [node...],
"where": node | None}``; ``argmax``/``argmin`` take ``src = [index, value]`` and give two
outputs. Float constants that JSON can't hold are the strings ``"nan"``, ``"inf"``, ``"-inf"``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

# "eq_op"/"ne_op" are eq/ne written with Python's == and != (TVM style, comparison nodes).
COMPARE = ("lt", "le", "gt", "ge", "eq", "ne", "eq_op", "ne_op")
LOGIC = ("and", "or")
ARITH = ("add", "sub", "mul", "div", "floordiv", "mod", "pow", "min", "max")
UNARY = ("neg", "not", "abs", "exp", "exp2", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "erf",
         "floor", "ceil")
TUPLE_REDUCERS = ("argmax", "argmin")
REDUCERS = ("sum", "prod", "max", "min", "mulsum", *TUPLE_REDUCERS)
INT_TYPES = ("int32", "int64")
FLOAT_TYPES = ("float32", "float64")



# ----------------------------------------------------------------------------- types


def kind(dtype: str) -> str:
    return "b" if dtype == "bool" else dtype[0]


def promote(a: str, b: str) -> str:
    """The DSL's rule: float beats int beats bool, then the wider type wins."""
    if a == b:
        return a
    rank = {"b": 0, "i": 1, "f": 2}
    ka, kb = rank[kind(a)], rank[kind(b)]
    if ka != kb:
        return a if ka > kb else b
    return a if int(a[-2:]) >= int(b[-2:]) else b


def reduce_dtypes(red: dict[str, Any], ty: Any) -> list[str]:
    """Output dtypes of a reduction (two for argmax/argmin)."""
    return [ty(s) for s in red["src"]]


def node_dtype(n: list[Any], tensors: dict[str, str]) -> str:
    """dtype of an expression node; ``tensors`` maps tensor names to dtypes."""
    tag = n[0]
    if tag == "c":
        return n[2]
    if tag in ("ax", "rk", "dim"):
        return "int64"
    if tag == "ld":
        return tensors[n[1]]
    if tag == "bin":
        if n[1] in COMPARE or n[1] in LOGIC:
            return "bool"
        return promote(node_dtype(n[2], tensors), node_dtype(n[3], tensors))
    if tag == "un":
        return node_dtype(n[2], tensors)
    if tag == "cast":
        return n[1]
    if tag == "sel":
        return promote(node_dtype(n[2], tensors), node_dtype(n[3], tensors))
    if tag == "red":
        return node_dtype(n[1]["src"][0], tensors)
    raise ValueError(f"unknown node {n!r}")


def tensor_dtypes(prog: dict[str, Any]) -> dict[str, str]:
    """Every tensor name of the program -> dtype."""
    out = {t["name"]: t["dtype"] for t in prog["inputs"]}
    for st in prog["stages"]:
        for name, dt in zip(stage_outputs(st), stage_dtypes(st, out), strict=True):
            out[name] = dt
    return out


def stage_outputs(st: dict[str, Any]) -> list[str]:
    body = st["body"]
    if "reduce" in body and body["reduce"]["reducer"] in TUPLE_REDUCERS:
        return [f"{st['name']}.v0", f"{st['name']}.v1"]
    return [st["name"]]


def stage_dtypes(st: dict[str, Any], tensors: dict[str, str]) -> list[str]:
    body = st["body"]
    if "expr" in body:
        return [node_dtype(body["expr"], tensors)]
    dts = reduce_dtypes(body["reduce"], lambda s: node_dtype(s, tensors))
    return dts if body["reduce"]["reducer"] in TUPLE_REDUCERS else dts[:1]


def shape_of(prog: dict[str, Any], name: str) -> list[Any]:
    base = name.split(".")[0]
    for t in [*prog["inputs"], *prog["stages"]]:
        if t["name"] == base:
            return t["shape"]
    raise KeyError(name)


def dim_value(prog: dict[str, Any], d: Any) -> int:
    return int(prog["dims"][d]) if isinstance(d, str) else int(d)


# ----------------------------------------------------------------------------- traversal


def children(n: list[Any]) -> list[tuple[Any, ...]]:
    """Paths (relative) of the expression children of node ``n``."""
    tag = n[0]
    if tag == "ld":
        return [(2, i) for i in range(len(n[2]))]
    if tag == "bin":
        return [(2,), (3,)]
    if tag in ("un", "cast"):
        return [(2,)]
    if tag == "sel":
        return [(1,), (2,), (3,)]
    if tag == "red":
        red = n[1]
        paths = [(1, "src", i) for i in range(len(red["src"]))]
        return paths + ([(1, "where")] if red.get("where") is not None else [])
    return []


def get_at(root: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        root = root[p]
    return root


def set_at(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    """``root`` with the node at ``path`` replaced (in place; returns the new root)."""
    if not path:
        return value
    get_at(root, path[:-1])[path[-1]] = value
    return root


def walk_paths(n: list[Any], path: tuple[Any, ...] = ()) -> Any:
    """(path, node) for ``n`` and every expression under it, pre-order."""
    yield path, n
    for c in children(n):
        yield from walk_paths(get_at(n, c), path + c)


def stage_roots(st: dict[str, Any]) -> list[tuple[tuple[Any, ...], list[Any]]]:
    """(path from the stage, node) of every expression root of a stage."""
    body = st["body"]
    if "expr" in body:
        return [(("body", "expr"), body["expr"])]
    red = body["reduce"]
    roots = [(("body", "reduce", "src", i), s) for i, s in enumerate(red["src"])]
    if red.get("where") is not None:
        roots.append((("body", "reduce", "where"), red["where"]))
    return roots


def reads(st: dict[str, Any]) -> set[str]:
    """Tensor names a stage reads."""
    out = set()
    for _, root in stage_roots(st):
        for _, n in walk_paths(root):
            if n[0] == "ld":
                out.add(n[1])
    return out


def prune(prog: dict[str, Any]) -> dict[str, Any]:
    """Drop stages and inputs no output depends on (in place; returns ``prog``)."""
    need = {o.split(".")[0] for o in prog["outputs"]}
    for st in reversed(prog["stages"]):
        if st["name"] in need:
            need |= {r.split(".")[0] for r in reads(st)}
    prog["stages"] = [st for st in prog["stages"] if st["name"] in need]
    prog["inputs"] = [t for t in prog["inputs"] if t["name"] in need]
    used_dims = set()
    for t in [*prog["inputs"], *prog["stages"]]:
        used_dims |= {d for d in t["shape"] if isinstance(d, str)}
        if "body" in t:
            used_dims |= _dims_in(t)
        hi = t.get("fill", {}).get("hi")
        if isinstance(hi, str):  # an index input's range: the extent of a dim it indexes
            used_dims.add(hi)
    prog["dims"] = {k: v for k, v in prog["dims"].items() if k in used_dims}
    return prog


def _dims_in(st: dict[str, Any]) -> set[str]:
    out = set()
    for _, root in stage_roots(st):
        for _, n in walk_paths(root):
            if n[0] == "dim":
                out.add(n[1])
            if n[0] == "red":
                out |= {a[1] for a in n[1]["axes"] if isinstance(a[1], str)}
    if "reduce" in st["body"]:
        out |= {a[1] for a in st["body"]["reduce"]["axes"] if isinstance(a[1], str)}
    return out


def concretize_dim(prog: dict[str, Any], d: str) -> dict[str, Any]:
    """Replace symbolic dim ``d`` by its value everywhere (in place; returns ``prog``)."""
    v = int(prog["dims"].pop(d))

    def fix(x: Any) -> Any:
        return v if x == d else x

    for t in [*prog["inputs"], *prog["stages"]]:
        t["shape"] = [fix(x) for x in t["shape"]]
        if "fill" in t and t["fill"].get("hi") == d:
            t["fill"]["hi"] = v
    for st in prog["stages"]:
        reds = [st["body"]["reduce"]] if "reduce" in st["body"] else []
        for path, root in stage_roots(st):
            for sub, n in list(walk_paths(root)):
                if n[0] == "dim" and n[1] == d:
                    set_at(st, path + sub, ["c", v, "int64"])
                elif n[0] == "red":
                    reds.append(n[1])
        for red in reds:
            red["axes"] = [[lo, fix(hi)] for lo, hi in red["axes"]]
    return prog


def dumps(prog: dict[str, Any]) -> str:
    return json.dumps(prog, sort_keys=True, separators=(",", ":"))


def clone(prog: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(prog)


def const_value(value: Any, dtype: str) -> Any:
    """A constant node's Python value (``"nan"`` etc. decoded)."""
    if isinstance(value, str):
        return float(value)
    if dtype == "bool":
        return bool(value)
    return float(value) if kind(dtype) == "f" else int(value)


__all__ = ["COMPARE", "FLOAT_TYPES", "INT_TYPES", "LOGIC", "REDUCERS", "TUPLE_REDUCERS",
           "UNARY", "children", "clone", "concretize_dim", "const_value", "dim_value", "dumps",
           "get_at", "kind", "node_dtype", "promote", "prune", "reads", "set_at", "shape_of",
           "stage_dtypes", "stage_outputs", "stage_roots", "tensor_dtypes", "walk_paths"]
