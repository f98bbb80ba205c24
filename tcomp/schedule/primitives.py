"""Schedule directives as serialisable records, the iteration-variable relations, and
``PRIMITIVES``: the one table that both records a primitive into the trace and replays it
(layer 3).

Each entry names a Stage or Schedule method and says, argument by argument, how the call's
value is written into the directive's JSON ``params`` and how ``tc.replay`` turns it back into
an argument. ``recorded`` wraps the methods so that a successful call appends its directive;
``replay`` (trace.py) reads the same entries, so the two can't drift apart.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..dsl.tensor import Tensor
from ..errors import ScheduleError, user_location
from ..ir import expr as E


@dataclass(frozen=True)
class Split:
    """``parent = outer * factor + inner`` (``nparts`` fixes the outer extent instead)."""

    parent: E.IterVar
    outer: E.IterVar
    inner: E.IterVar
    factor: int | None
    nparts: int | None


@dataclass(frozen=True)
class Fuse:
    """``fused = outer * extent(inner) + inner``."""

    outer: E.IterVar
    inner: E.IterVar
    fused: E.IterVar


Relation = Split | Fuse


@dataclass(frozen=True)
class Directive:
    """One recorded primitive call: ``kind`` plus JSON-friendly ``params`` (axes by name)."""

    kind: str
    stage: str
    params: dict[str, Any] = field(default_factory=dict)
    location: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "stage": self.stage, "params": self.params}

    def __str__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.stage}.{self.kind}({args})"


# ----------------------------------------------------------------------------- the table

@dataclass(frozen=True)
class ArgKind:
    """How one kind of argument goes into a directive and comes back on replay.

    ``encode(value, schedule)`` gives the JSON value of an accepted call argument;
    ``decode(json, stage)`` gives the argument to pass again, ``stage`` being the directive's.
    ``spread`` arguments are a method's ``*args`` (a list in JSON).
    """

    name: str
    encode: Callable[[Any, Any], Any]
    decode: Callable[[Any, Any], Any]
    spread: bool = False


def _same(value: Any, _: Any) -> Any:
    return value


def _axis_name(ax: Any) -> Any:
    return ax.var.name if isinstance(ax, E.IterVar) else ax


def _listed(values: Any) -> list[Any]:
    """``f(a, b)``, ``f([a, b])`` and ``f(a)`` alike, as the primitives accept them."""
    if isinstance(values, tuple) and len(values) == 1 and isinstance(values[0], (list, tuple)):
        values = values[0]
    return list(values) if isinstance(values, (list, tuple)) else [values]


def _read_by_name(name: str, stage: Any) -> Tensor:
    named = [t for t in [*stage.reads(), *(stage.op.output(i)
                                          for i in range(stage.op.num_outputs))]
             if t.name == name]
    if len(named) != 1:
        raise ScheduleError(f"stage '{stage.name}' reads {len(named)} tensors named {name!r}; "
                            "prefetch needs exactly one")
    return named[0]


def _layout_rec(layout: Any, _: Any) -> Any:
    if layout is None or isinstance(layout, (tuple, list)):
        return None if layout is None else list(layout)
    return "callable"


def _layout_arg(rec: Any, _: Any) -> Any:
    if rec == "callable":
        raise ScheduleError("this cache_read used a layout function, which a trace can't hold; "
                            "use layout=('pack', dim, factor) to make it replayable")
    return rec


AXIS = ArgKind("axis", lambda ax, _: _axis_name(ax), _same)  # a loop, by name
AXES = ArgKind("axes", lambda axes, _: [_axis_name(a) for a in _listed(axes)], _same, spread=True)
VALUE = ArgKind("value", _same, _same)  # an int, a string or None, as given
FLAG = ArgKind("flag", lambda v, _: bool(v), _same)
THREAD = ArgKind("thread", lambda t, _: getattr(t, "tag", t), _same)  # ThreadAxis or its tag
STAGE = ArgKind("stage", lambda st, _: st.name, lambda name, st: st.sch.stage_by_name(name))
STAGES = ArgKind("stages",
                 lambda rs, sch: [sch[r].name if isinstance(r, Tensor) else r.name
                                  for r in _listed(rs)],
                 lambda names, st: [st.sch.stage_by_name(n) for n in names])
READ = ArgKind("read", lambda t, _: t.name, _read_by_name)  # a tensor the stage reads or writes
LAYOUT = ArgKind("layout", _layout_rec, _layout_arg)

REQUIRED = object()  # an Arg default: the record must hold the key


@dataclass(frozen=True)
class Arg:
    """One argument of a primitive: its key in ``params``, its kind, its default on replay."""

    key: str
    kind: ArgKind
    default: Any = REQUIRED


@dataclass(frozen=True)
class Primitive:
    """A schedule primitive. ``on`` says whose method it is and which stage the directive names:
    ``"stage"``, a Stage method (that stage); ``"tensor"``, a Schedule method whose first
    argument is a tensor (that tensor's stage; replay passes the stage's output of the same
    index again, recorded as ``params["output"]`` where it is not the first);
    ``"schedule"``, a Schedule method about the whole kernel (the first output's stage)."""

    on: str
    args: tuple[Arg, ...] = ()


_ON_AXIS = Primitive("stage", (Arg("axis", AXIS),))

PRIMITIVES: dict[str, Primitive] = {
    "split": Primitive("stage", (Arg("axis", AXIS), Arg("factor", VALUE, None),
                                 Arg("nparts", VALUE, None))),
    "fuse": Primitive("stage", (Arg("axes", AXES),)),
    "reorder": Primitive("stage", (Arg("axes", AXES),)),
    "vectorize": _ON_AXIS,
    "unroll": _ON_AXIS,
    "parallel": _ON_AXIS,
    "bind": Primitive("stage", (Arg("axis", AXIS), Arg("thread", THREAD))),
    "prefetch": Primitive("stage", (Arg("tensor", READ), Arg("axis", AXIS),
                                    Arg("offset", VALUE))),
    "stream": Primitive("stage", (Arg("enable", FLAG, True),)),
    "compute_inline": Primitive("stage"),
    "compute_root": Primitive("stage"),
    "compute_at": Primitive("stage", (Arg("parent", STAGE), Arg("axis", AXIS))),
    "cache_read": Primitive("tensor", (Arg("scope", VALUE), Arg("readers", STAGES),
                                       Arg("layout", LAYOUT, None))),
    "cache_write": Primitive("tensor", (Arg("scope", VALUE),)),
    "rfactor": Primitive("tensor", (Arg("axis", AXIS), Arg("factor_axis", VALUE, 0))),
    "reassociate": Primitive("schedule", (Arg("enable", FLAG, True),)),
}

# Public primitives recorded as the primitives they call, not under their own name.
COMPOSITES: dict[str, tuple[str, ...]] = {"tile": ("split", "split", "reorder")}


def recorded(method: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap the primitive ``method`` (named as in PRIMITIVES) so each call that returns appends
    its directive to the schedule's trace; a call that raises records nothing."""
    prim = PRIMITIVES[method.__name__]
    sig = inspect.signature(method)
    params = list(sig.parameters)[2 if prim.on == "tensor" else 1:]
    if len(params) != len(prim.args):
        raise TypeError(f"PRIMITIVES['{method.__name__}'] lists {len(prim.args)} argument(s), "
                        f"the method takes {params}")

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        bound = sig.bind(self, *args, **kwargs)
        bound.apply_defaults()
        values = list(bound.arguments.values())[1:]
        sch = self.sch if prim.on == "stage" else self
        tensor = values.pop(0) if prim.on == "tensor" else None
        stage = (self if prim.on == "stage" else
                 sch[tensor] if tensor is not None else sch[sch.outputs[0]]).name
        rec = {a.key: a.kind.encode(v, sch) for a, v in zip(prim.args, values, strict=True)}
        if getattr(tensor, "value_index", 0):  # output k of a tuple stage (k > 0)
            rec["output"] = tensor.value_index
        sch.trace.append(Directive(method.__name__, stage, rec, user_location()))
        return result

    call.primitive = prim  # type: ignore[attr-defined]
    return call


def replay_directive(sch: Any, kind: str, stage_name: str, params: dict[str, Any]) -> None:
    """Apply one directive of a trace to ``sch`` by calling its primitive again."""
    prim = PRIMITIVES.get(kind)
    stage = sch.stage_by_name(stage_name)
    if prim is None:
        raise ScheduleError(f"unknown directive kind {kind!r}; the primitives are "
                            f"{', '.join(PRIMITIVES)}")
    args: list[Any] = []
    for a in prim.args:
        if a.key in params:
            value = a.kind.decode(params[a.key], stage)
        elif a.default is REQUIRED:
            raise KeyError(a.key)
        else:
            value = a.default
        args.extend(value if a.kind.spread else [value])
    if prim.on == "stage":
        getattr(stage, kind)(*args)
    elif prim.on == "tensor":
        getattr(sch, kind)(stage.origin_op.output(int(params.get("output", 0))), *args)
    else:
        getattr(sch, kind)(*args)
