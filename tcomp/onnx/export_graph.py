"""The graph ``tcomp.onnx.export`` writes and the converter table its ops fill (layer 9).

``Ref`` and ``Call`` are what the tracer records of a ``tcomp.nn.functional`` op (its tensors
and its call); ``Graph`` collects the ONNX nodes and initializers; ``CONVERT`` maps each
functional op's name to the converter that writes its nodes, registered with ``converts``. The
converters are in ``export_ops`` (tensor ops) and ``export_layers`` (layers and DSL ops);
``export_ops.CONVERT`` is the table with both registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ExportError


@dataclass(frozen=True)
class Ref:
    """A traced tensor: its value name in the graph, shape and dtype (in one run)."""

    name: str
    shape: tuple[int, ...]
    dtype: np.dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)


@dataclass
class Call:
    """One traced functional op: its bound arguments (tensors as ``Ref``s), its output(s) and
    the module that ran it."""

    fn: str
    args: dict[str, Any]
    outs: list[Ref]
    where: str

    def error(self, msg: str) -> ExportError:
        return ExportError(f"tcomp.onnx.export: {self.fn} in {self.where}: {msg}")


class Graph:
    """The nodes and initializers being written; node outputs are value names."""

    def __init__(self, params: dict[str, np.ndarray], consts: dict[str, np.ndarray]) -> None:
        self.params, self.consts = params, consts
        self.nodes: list[tuple[str, list[str], list[str], dict[str, Any], str]] = []
        self.inits: dict[str, np.ndarray] = {}
        self.custom: list[str] = []
        self._keyed: dict[tuple[Any, ...], str] = {}
        self._fresh: set[str] = set()

    def fresh(self, hint: str) -> str:
        """A new value name ("/Op_n": traced values are "/op_k", lowercase)."""
        name = f"/{hint}_{len(self._fresh) + 1}"
        self._fresh.add(name)
        return name

    def node(self, op: str, ins: list[str], out: str | list[str] | None = None,
             domain: str = "", **attrs: Any) -> str:
        """A node; its output value name (the first, given a list of names)."""
        outs = out if isinstance(out, list) else [out or self.fresh(op)]
        self.nodes.append((op, ins, outs, attrs, domain))
        return outs[0]

    def take_over(self, name: str) -> None:
        """The node that made value ``name`` makes a fresh name instead: a node written next
        makes ``name`` (the nodes only the old value needed are left out of the file)."""
        for _, _, outs, _, _ in self.nodes:
            if name in outs:
                outs[outs.index(name)] = self.fresh("replaced")

    def finish(self, y: str, out: str) -> None:
        """Make value ``y`` the value ``out``: the last node's output renamed when it made
        ``y`` (a fresh name), else an Identity."""
        if self.nodes and self.nodes[-1][2] == [y] and y in self._fresh:
            self.nodes[-1][2][0] = out
        else:
            self.node("Identity", [y], out)

    def const(self, arr: Any, dtype: Any = None) -> str:
        """An initializer holding ``arr`` (one per distinct value)."""
        a = np.asarray(arr, dtype)
        key = (a.dtype.str, a.shape, a.tobytes())
        name = self._keyed.get(key)
        if name is None:
            name = self._keyed[key] = self.fresh("const")
            self.inits[name] = a
        return name

    def ints(self, values: Any) -> str:
        return self.const(np.asarray(list(values), np.int64))

    def name(self, v: Any, dtype: Any = None) -> str:
        """The value name of an operand: a traced tensor, a weight, a constant, or a Python
        number / array (a new initializer of ``dtype``)."""
        if isinstance(v, Ref):
            for table in (self.params, self.consts):
                if v.name in table and v.name not in self.inits:
                    self.inits[v.name] = table[v.name]
            return v.name
        return self.const(v, dtype)

    def value(self, v: Any) -> np.ndarray | None:
        """The values of a constant operand (None for a tensor the forward computes)."""
        if isinstance(v, Ref):
            return self.consts.get(v.name)
        return np.asarray(v)


Converter = Callable[[Graph, Call, Call], None]
CONVERT: dict[str, Converter] = {}


def converts(names: str) -> Callable[[Converter], Converter]:
    def deco(fn: Converter) -> Converter:
        for n in names.split():
            CONVERT[n] = fn
        return fn
    return deco


def out_name(c: Call) -> str:
    """The value name of the op's (first) output."""
    return c.outs[0].name


__all__ = ["CONVERT", "Call", "Converter", "Graph", "Ref", "converts", "out_name"]
