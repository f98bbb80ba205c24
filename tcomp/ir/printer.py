"""Deterministic text printer for expressions, statements and PrimFuncs (layer 1).

Variables and buffers get display names in order of first appearance; two distinct
variables with the same hint print as ``i`` and ``i_1``.
"""

from __future__ import annotations

from typing import Any

from . import expr as E
from . import stmt as S
from .buffer import Buffer
from .func import PrimFunc

_PREC = {
    E.Op.OR: 1, E.Op.AND: 2,
    E.Op.EQ: 3, E.Op.NE: 3, E.Op.LT: 3, E.Op.LE: 3, E.Op.GT: 3, E.Op.GE: 3,
    E.Op.ADD: 4, E.Op.SUB: 4,
    E.Op.MUL: 5, E.Op.DIV: 5, E.Op.FLOORDIV: 5, E.Op.FLOORMOD: 5,
}


class Namer:
    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.used: dict[str, int] = {}

    def __call__(self, obj: Any) -> str:
        key = id(obj)
        name = self.names.get(key)
        if name is None:
            hint = obj.name or "v"
            n = self.used.get(hint, 0)
            name = hint if n == 0 else f"{hint}_{n}"
            while name in self.used and n > 0:
                n += 1
                name = f"{hint}_{n}"
            self.used[hint] = n + 1
            self.used.setdefault(name, 1)
            self.names[key] = name
        return name


class Printer:
    def __init__(self, namer: Namer | None = None) -> None:
        self.name = namer or Namer()

    # ------------------------------------------------------------------ expressions
    def expr(self, e: Any, prec: int = 0) -> str:
        if isinstance(e, E.IterVar):
            return self.name(e.var)
        if isinstance(e, E.Var):
            return self.name(e)
        if isinstance(e, E.Const):
            if e.dtype.is_float:
                v = repr(float(e.value))
                return v if e.dtype.bits == 32 else f"{v}:f64"
            if e.dtype.is_bool:
                return "true" if e.value else "false"
            return str(e.value) if e.dtype.bits == 64 else f"{e.value}:i{e.dtype.bits}"
        if isinstance(e, E.Binary):
            p = _PREC.get(e.op)
            if p is None:
                return f"{e.op.value}({self.expr(e.a)}, {self.expr(e.b)})"
            s = f"{self.expr(e.a, p)} {e.op.value} {self.expr(e.b, p + 1)}"
            return f"({s})" if p < prec else s
        if isinstance(e, E.Unary):
            if e.op == E.Op.NEG:
                return f"-{self.expr(e.a, 9)}"
            if e.op == E.Op.NOT:
                return f"!{self.expr(e.a, 9)}"
            return f"{e.op.value}({self.expr(e.a)})"
        if isinstance(e, E.Cast):
            return f"{e.dtype}({self.expr(e.value)})"
        if isinstance(e, E.Select):
            return f"select({self.expr(e.cond)}, {self.expr(e.t)}, {self.expr(e.f)})"
        if isinstance(e, E.Load):
            return f"{self.name(e.buffer)}[{', '.join(self.expr(i) for i in e.indices)}]"
        if isinstance(e, E.ProducerLoad):
            return f"{self.name(e.tensor)}[{', '.join(self.expr(i) for i in e.indices)}]"
        if isinstance(e, E.Ramp):
            return f"ramp({self.expr(e.base)}, {self.expr(e.stride)}, {e.lanes})"
        if isinstance(e, E.Broadcast):
            return f"x{e.lanes}({self.expr(e.value)})"
        if isinstance(e, E.Reduce):
            axes = ", ".join(
                f"{self.name(a.var)} in {self.range(a.dom)}" for a in e.axis
            )
            src = ", ".join(self.expr(s) for s in e.source)
            cond = "" if E.is_const(e.condition, True) else f", where={self.expr(e.condition)}"
            idx = f"[{e.value_index}]" if len(e.source) > 1 else ""
            return f"{e.combiner.name}({src}, axis=[{axes}]{cond}){idx}"
        raise TypeError(f"no printer for {type(e).__name__}")

    def range(self, r: E.Range) -> str:
        if E.is_const(r.min, 0):
            return f"0..{self.expr(r.extent)}"
        return f"{self.expr(r.min)}..{self.expr(r.min)} + {self.expr(r.extent, 4)}"

    # ------------------------------------------------------------------ statements
    def stmt(self, s: S.Stmt, indent: int = 0) -> list[str]:
        pad = "  " * indent
        if isinstance(s, S.For):
            kind = "" if s.kind == S.ForKind.SERIAL else f"  # {s.kind.value}"
            if s.kind == S.ForKind.THREAD:
                kind = f"  # bind {s.thread_tag}"
            rng = self.range(E.Range(s.min, s.extent))
            head = f"{pad}for {self.name(s.var)} in {rng}:{kind}"
            return [head, *self.stmt(s.body, indent + 1)]
        if isinstance(s, S.Seq):
            return [line for st in s.stmts for line in self.stmt(st, indent)]
        if isinstance(s, S.Store):
            idx = ", ".join(self.expr(i) for i in s.indices)
            note = "  # stream" if s.stream else ""
            return [f"{pad}{self.name(s.buffer)}[{idx}] = {self.expr(s.value)}{note}"]
        if isinstance(s, S.Allocate):
            b = s.buffer
            shape = ", ".join(self.expr(d) for d in b.shape)
            head = f"{pad}allocate {self.name(b)}: {b.dtype}[{shape}] in {b.scope}"
            return [head, *self.stmt(s.body, indent)]
        if isinstance(s, S.If):
            out = [f"{pad}if {self.expr(s.cond)}:", *self.stmt(s.then, indent + 1)]
            if s.orelse is not None:
                out += [f"{pad}else:", *self.stmt(s.orelse, indent + 1)]
            return out
        if isinstance(s, S.LetStmt):
            return [f"{pad}{self.name(s.var)} = {self.expr(s.value)}", *self.stmt(s.body, indent)]
        if isinstance(s, S.Evaluate):
            return [f"{pad}{self.expr(s.value)}"]
        if isinstance(s, S.Barrier):
            return [f"{pad}barrier({s.scope})"]
        if isinstance(s, S.Prefetch):
            idx = ", ".join(self.expr(i) for i in s.indices)
            how = "prefetch for write" if s.write else "prefetch"
            return [f"{pad}{how} {self.name(s.buffer)}[{idx}]"]
        raise TypeError(f"no printer for {type(s).__name__}")

    def buffer_decl(self, b: Buffer) -> str:
        return f"{self.name(b)}: {b.dtype}[{', '.join(self.expr(d) for d in b.shape)}]"

    def func(self, f: PrimFunc) -> str:
        params = ", ".join(self.buffer_decl(b) for b in f.params)
        lines = [f"func {f.name}({params}):"]
        launch = f.attrs.get("launch")
        if launch:
            lines.append(f"  # launch {launch}")
        lines += self.stmt(f.body, 1)
        return "\n".join(lines)


def expr_str(e: Any) -> str:
    return Printer().expr(e)


def stmt_str(s: S.Stmt) -> str:
    return "\n".join(Printer().stmt(s))


def func_str(f: PrimFunc) -> str:
    return Printer().func(f)
