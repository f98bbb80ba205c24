"""IR nodes as frozen dataclasses: the ``node`` decorator and structural equality (layer 1).

``@node`` makes a class a frozen, slotted dataclass whose hash is structural and cached in its
``_h`` field. ``structural_equal(a, b)`` compares two trees: identity first, then type and
cached hash, then the fields, through ``EQUALITY`` (node class -> equality of two instances
that are not identical; ``@node`` registers the field-by-field one, and ``ir.expr`` writes out
faster ones for the common expression nodes). Instances of an ``IdentityNode`` subclass
(variables, axes) are equal only to themselves; ``fresh_uid`` numbers variables and buffers
in their order of creation. A leaf module: it imports nothing of tcomp.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any


class IdentityNode:
    """Base of the values that are equal only to themselves (``Var``, ``IterVar``)."""

    __slots__ = ()


_var_ids = itertools.count()


def fresh_uid() -> int:
    """A new unique id, for a Var or a Buffer (their identity, and their order of creation)."""
    return next(_var_ids)


def _cached_hash(self: Any) -> int:
    h = self._h
    if h == 0:
        h = hash((type(self).__name__, *[getattr(self, n) for n in self._fields])) or 1
        object.__setattr__(self, "_h", h)
    return h


# node class -> its structural equality, for two instances that are not identical
EQUALITY: dict[type, Callable[[Any, Any], bool]] = {}


def structural_equal(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` are the same tree: identity first, then type and cached hash
    before the fields. Variables, axes and buffers are equal only to themselves."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    ha, hb = getattr(a, "_h", 0), getattr(b, "_h", 0)
    return not (ha and hb and ha != hb) and same_value(a, b)


def same_value(x: Any, y: Any) -> bool:
    """Structural equality of two values that are not identical."""
    t = type(x)
    if t is not type(y):
        return False
    eq = EQUALITY.get(t)
    if eq is not None:
        return eq(x, y)
    if t is tuple:
        return same_seq(x, y)
    return not issubclass(t, IdentityNode) and bool(x == y)


def same_seq(xs: tuple[Any, ...], ys: tuple[Any, ...]) -> bool:
    """Structural equality of two tuples, element by element."""
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys, strict=False):
        if x is not y and not same_value(x, y):
            return False
    return True


def same_fields(names: tuple[str, ...]) -> Callable[[Any, Any], bool]:
    """The structural equality of two instances that compares the fields ``names``."""
    get = attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))
    return lambda a, b: same_seq(get(a), get(b))


def _node_eq(self: Any, other: Any) -> Any:
    return structural_equal(self, other) if type(other) is type(self) else NotImplemented


def node(cls: type) -> type:
    """Class decorator: frozen slotted dataclass with a cached structural hash.

    A class that has its own ``==`` keeps it: expression nodes get theirs from ExprOp (a
    comparison whose truth is structural equality); other nodes (statements, ranges,
    reducers) compare structurally."""
    cls = dataclass(frozen=True, slots=True, eq=False, repr=False)(cls)
    cls._fields = tuple(f.name for f in fields(cls) if f.name != "_h")
    cls.__hash__ = _cached_hash
    if cls.__eq__ is object.__eq__:
        cls.__eq__ = _node_eq
    EQUALITY[cls] = same_fields(cls._fields)
    return cls
