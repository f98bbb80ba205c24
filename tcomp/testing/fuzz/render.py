"""Fuzz programs as tcomp DSL graphs (``to_dsl``) and as the Python source that builds the
same graphs (``to_source``), for repro files. Both walk the program the same way, so the
printed source and the graph the fuzzer tests agree (tests/fuzz/test_program.py checks it)."""

from __future__ import annotations

import math
import operator
from typing import Any

from .program import (
    COMPARE,
    TUPLE_REDUCERS,
    const_value,
    kind,
    node_dtype,
    stage_outputs,
    tensor_dtypes,
    walk_paths,
)

_BIN_SRC = {"add": "+", "sub": "-", "mul": "*", "div": "/", "floordiv": "//", "mod": "%",
            "lt": "<", "le": "<=", "gt": ">", "ge": ">=", "eq_op": "==", "ne_op": "!="}
_BIN_FN = {"min": "tc.min", "max": "tc.max", "eq": "tc.equal", "ne": "tc.not_equal",
           "and": "tc.logical_and", "or": "tc.logical_or"}

# ----------------------------------------------------------------------------- to the DSL


def _reducer(tc: Any, name: str) -> Any:
    if name in ("sum", "prod"):
        return getattr(tc, name)
    if name == "mulsum":  # (1 + x)(1 + y) - 1: commutative and associative (wrapping ints too)
        return tc.comm_reducer(lambda x, y: x + y + x * y,
                               lambda t: tc.const(0, t), name="mulsum")
    if name in TUPLE_REDUCERS:
        better = operator.gt if name == "argmax" else operator.lt
        pick = tc.max if name == "argmax" else tc.min
        worst = tc.min_value if name == "argmax" else tc.max_value
        # Ties go to the smaller index, so the result doesn't depend on the combine order.
        return tc.comm_reducer(
            lambda x, y: (tc.if_then_else(tc.logical_or(better(x[1], y[1]), tc.logical_and(
                tc.equal(x[1], y[1]), x[0] < y[0])), x[0], y[0]), pick(x[1], y[1])),
            lambda t0, t1: (tc.const(-1, t0), worst(t1)), name=name)
    return None


class _Builder:
    """Builds the DSL graph of a program (tcomp's public API only)."""

    def __init__(self, prog: dict[str, Any]) -> None:
        import tcomp as tc

        self.tc = tc
        self.prog = prog
        self.types = tensor_dtypes(prog)
        self.dims = {name: tc.var(name) for name in prog["dims"]}
        self.tensors: dict[str, Any] = {}
        self.inline = 0  # inline reductions built so far (their axes: r1_0, r2_0, ...)
        self.inputs = []
        for t in prog["inputs"]:
            ph = tc.placeholder(self.shape(t["shape"]), dtype=t["dtype"], name=t["name"])
            self.tensors[t["name"]] = ph
            self.inputs.append(ph)
        for st in prog["stages"]:
            self.stage(st)
        self.outputs = [self.tensors[o] for o in prog["outputs"]]

    def shape(self, shape: list[Any]) -> tuple[Any, ...]:
        return tuple(self.dims[d] if isinstance(d, str) else int(d) for d in shape)

    def stage(self, st: dict[str, Any]) -> None:
        tc = self.tc
        shape = self.shape(st["shape"])
        body = st["body"]
        if "expr" in body:
            out = tc.compute(shape, lambda *ax: self.expr(body["expr"], ax, ()), name=st["name"])
            self.tensors[st["name"]] = out
            return
        red = body["reduce"]
        raxes = self.reduce_axes(red)
        res = tc.compute(shape, lambda *ax: self.reduce(red, ax, raxes), name=st["name"])
        if isinstance(res, list):
            for name, t in zip(stage_outputs(st), res, strict=True):
                self.tensors[name] = t
        else:
            self.tensors[st["name"]] = res

    def reduce_axes(self, red: dict[str, Any], prefix: str = "k") -> list[Any]:
        out = []
        for q, (lo, hi) in enumerate(red["axes"]):
            h = self.dims[hi] if isinstance(hi, str) else int(hi)
            dom = h if int(lo) == 0 else (int(lo), h)  # as printed: reduce_axis(n) for (0, n)
            out.append(self.tc.reduce_axis(dom, name=f"{prefix}{q}"))
        return out

    def reduce(self, red: dict[str, Any], ax: tuple[Any, ...], raxes: list[Any]) -> Any:
        srcs = [self.expr(s, ax, raxes) for s in red["src"]]
        where = None if red.get("where") is None else self.expr(red["where"], ax, raxes)
        reducer = _reducer(self.tc, red["reducer"])
        if red["reducer"] in TUPLE_REDUCERS:
            return reducer(tuple(srcs), axis=raxes, where=where)
        if red["reducer"] in ("max", "min"):
            return getattr(self.tc, red["reducer"])(srcs[0], axis=raxes, where=where)
        return reducer(srcs[0], axis=raxes, where=where)

    def expr(self, n: list[Any], ax: tuple[Any, ...], rax: Any) -> Any:
        tc, tag = self.tc, n[0]
        if tag == "c":
            return tc.const(const_value(n[1], n[2]), n[2])
        if tag == "ax":
            return ax[n[1]]
        if tag == "rk":
            return rax[n[1]]
        if tag == "dim":
            return self.dims[n[1]]
        if tag == "ld":
            return self.tensors[n[1]][tuple(self.expr(i, ax, rax) for i in n[2])]
        if tag == "cast":
            return tc.cast(n[1], self.expr(n[2], ax, rax))
        if tag == "sel":
            return tc.if_then_else(*(self.expr(c, ax, rax) for c in n[1:]))
        if tag == "un":
            a = self.expr(n[2], ax, rax)
            return -a if n[1] == "neg" else getattr(tc, "logical_not" if n[1] == "not"
                                                   else n[1])(a)
        if tag == "bin":
            a, b = self.expr(n[2], ax, rax), self.expr(n[3], ax, rax)
            op = n[1]
            if op == "pow":
                return a ** b if kind(node_dtype(n, self.types)) == "i" else tc.pow(a, b)
            if op in _BIN_FN:
                return _tc_fn(tc, _BIN_FN[op])(a, b)
            return _PY_OPS[op](a, b)
        if tag == "red":
            self.inline += 1
            return self.reduce(n[1], ax, self.reduce_axes(n[1], f"r{self.inline}_"))
        raise ValueError(f"unknown node {n!r}")


_PY_OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
           "div": operator.truediv, "floordiv": operator.floordiv, "mod": operator.mod,
           "lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge,
           "eq_op": operator.eq, "ne_op": operator.ne}


def _tc_fn(tc: Any, dotted: str) -> Any:
    """``tc.min`` etc. by name (an attribute lookup, not Python eval)."""
    return getattr(tc, dotted.split(".", 1)[1])


def to_dsl(prog: dict[str, Any]) -> tuple[list[Any], list[Any], dict[str, Any]]:
    """(input placeholders, output tensors, every tensor by name) of ``prog``."""
    b = _Builder(prog)
    return b.inputs, b.outputs, b.tensors


# ----------------------------------------------------------------------------- to source


def py_name(tensor: str) -> str:
    return tensor.replace(".", "_")


def _lit(value: Any, dtype: str) -> str:
    v = const_value(value, dtype)
    if isinstance(v, float) and not math.isfinite(v):
        return f'float("{v}")'
    return repr(v)


class _Printer:
    def __init__(self, prog: dict[str, Any]) -> None:
        self.prog = prog
        self.types = tensor_dtypes(prog)
        self.reducers: set[str] = set()
        self.inline = 0  # inline reductions printed so far (names their axes r1_0, r2_0, ...)

    def dt(self, n: list[Any]) -> str:
        return node_dtype(n, self.types)

    def operand(self, n: list[Any], other: list[Any], ax: list[str], rax: list[str]) -> str:
        """A constant next to a non-constant of its own dtype prints as a bare literal."""
        if n[0] == "c" and other[0] != "c" and self.dt(other) == n[2] and n[2] != "bool" \
                and not isinstance(n[1], str):
            return _lit(n[1], n[2])
        return self.expr(n, ax, rax)

    def expr(self, n: list[Any], ax: list[str], rax: list[str]) -> str:
        tag = n[0]
        if tag == "c":
            return f'tc.const({_lit(n[1], n[2])}, "{n[2]}")'
        if tag == "ax":
            return ax[n[1]]
        if tag == "rk":
            return rax[n[1]]
        if tag == "dim":
            return n[1]
        if tag == "ld":
            idx = ", ".join(self.expr(i, ax, rax) for i in n[2])
            return f"{py_name(n[1])}[{idx or '()'}]"
        if tag == "cast":
            return f'tc.cast("{n[1]}", {self.expr(n[2], ax, rax)})'
        if tag == "sel":
            c = self.expr(n[1], ax, rax)
            return f"tc.if_then_else({c}, {self.expr(n[2], ax, rax)}, " \
                   f"{self.operand(n[3], n[2], ax, rax)})"
        if tag == "un":
            a = self.expr(n[2], ax, rax)
            if n[1] == "neg":
                return f"(-{a})"
            return f"tc.{'logical_not' if n[1] == 'not' else n[1]}({a})"
        if tag == "bin":
            op = n[1]
            # A literal left of < would flip the comparison (Python reflects it): not there.
            a = self.expr(n[2], ax, rax) if op in COMPARE else self.operand(n[2], n[3], ax, rax)
            b = self.operand(n[3], n[2], ax, rax)
            if op == "pow":
                return f"({a} ** {b})" if kind(self.dt(n)) == "i" else f"tc.pow({a}, {b})"
            if op in _BIN_FN:
                return f"{_BIN_FN[op]}({a}, {b})"
            return f"({a} {_BIN_SRC[op]} {b})"
        if tag == "red":
            self.inline += 1
            return self.reduce(n[1], ax, self.reduce_axis_names(n[1], f"r{self.inline}_"))
        raise ValueError(f"unknown node {n!r}")

    def reduce_axis_names(self, red: dict[str, Any], prefix: str) -> list[str]:
        return [f"{prefix}{q}" for q in range(len(red["axes"]))]

    def reduce(self, red: dict[str, Any], ax: list[str], rax: list[str]) -> str:
        srcs = [self.expr(s, ax, rax) for s in red["src"]]
        axis = rax[0] if len(rax) == 1 else f"[{', '.join(rax)}]"
        where = "" if red.get("where") is None else \
            f", where={self.expr(red['where'], ax, rax)}"
        name = red["reducer"]
        if name in TUPLE_REDUCERS:
            self.reducers.add(name)
            return f"{name}(({', '.join(srcs)}), axis={axis}{where})"
        if name == "mulsum":
            self.reducers.add(name)
            return f"mulsum({srcs[0]}, axis={axis}{where})"
        return f"tc.{name}({srcs[0]}, axis={axis}{where})"

    def axes_decl(self, red: dict[str, Any], names: list[str]) -> list[str]:
        out = []
        for nm, (lo, hi) in zip(names, red["axes"], strict=True):
            rng = str(hi) if lo == 0 and not isinstance(hi, str) else f"({lo}, {hi})"
            if isinstance(hi, str) and lo == 0:
                rng = hi
            out.append(f'{nm} = tc.reduce_axis({rng}, name="{nm}")')
        return out


REDUCER_SRC = {
    "mulsum": ('mulsum = tc.comm_reducer(lambda x, y: x + y + x * y, '
               'lambda t: tc.const(0, t), name="mulsum")'),
    "argmax": ('argmax = tc.comm_reducer(\n'
               '    lambda x, y: (tc.if_then_else(tc.logical_or(x[1] > y[1], tc.logical_and('
               'tc.equal(x[1], y[1]), x[0] < y[0])), x[0], y[0]), tc.max(x[1], y[1])),\n'
               '    lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")'),
    "argmin": ('argmin = tc.comm_reducer(\n'
               '    lambda x, y: (tc.if_then_else(tc.logical_or(x[1] < y[1], tc.logical_and('
               'tc.equal(x[1], y[1]), x[0] < y[0])), x[0], y[0]), tc.min(x[1], y[1])),\n'
               '    lambda t0, t1: (tc.const(-1, t0), tc.max_value(t1)), name="argmin")'),
}


def _shape_src(shape: list[Any]) -> str:
    items = [str(d) for d in shape]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def to_source(prog: dict[str, Any]) -> str:
    """Python source that defines the program's tensors with tcomp's public API."""
    p = _Printer(prog)
    lines = [f'{d} = tc.var("{d}")  # = {v} in this case' for d, v in prog["dims"].items()]
    for t in prog["inputs"]:
        lines.append(f'{t["name"]} = tc.placeholder({_shape_src(t["shape"])}, '
                     f'dtype="{t["dtype"]}", name="{t["name"]}")')
    for st in prog["stages"]:
        ax = [f"i{d}" for d in range(len(st["shape"]))]
        outs = ", ".join(py_name(o) for o in stage_outputs(st))
        body = st["body"]
        if "expr" in body:
            first = p.inline
            for _, n in walk_paths(body["expr"]):  # inline reductions, in printing order
                if n[0] == "red":
                    first += 1
                    lines += p.axes_decl(n[1], p.reduce_axis_names(n[1], f"r{first}_"))
            text = p.expr(body["expr"], ax, [])
        else:
            names = p.reduce_axis_names(body["reduce"], "k")
            lines += p.axes_decl(body["reduce"], names)
            text = p.reduce(body["reduce"], ax, names)
        lines.append(f'{outs} = tc.compute({_shape_src(st["shape"])}, lambda {", ".join(ax)}: '
                     f'{text}, name="{st["name"]}")')
    head = [REDUCER_SRC[r] for r in sorted(p.reducers)]
    return "\n".join(head + lines) + "\n"


__all__ = ["REDUCER_SRC", "py_name", "to_dsl", "to_source"]
