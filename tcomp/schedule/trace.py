"""Replay a recorded schedule trace (JSON) onto a fresh schedule of the same graph (layer 3)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..errors import ScheduleError, user_location
from .schedule import Schedule, create_schedule


def _directives(trace: Any, where: str) -> list[dict[str, Any]]:
    """The directive records of a trace, each checked for the keys replay reads."""
    if isinstance(trace, (str, bytes)):
        try:
            trace = json.loads(trace)
        except ValueError as exc:  # JSONDecodeError, or bytes that aren't UTF-8
            raise ScheduleError(f"{where}: the schedule trace is not valid JSON ({exc}); "
                                "expected the text of Schedule.trace_json()") from None
    if not isinstance(trace, (list, tuple)):
        raise ScheduleError(f"{where}: a schedule trace is a JSON list of directives, got "
                            f"{type(trace).__name__}")
    for n, rec in enumerate(trace):
        if not (isinstance(rec, dict) and isinstance(rec.get("kind"), str)
                and isinstance(rec.get("stage"), str)
                and isinstance(rec.get("params", {}), dict)):
            raise ScheduleError(f"{where}: directive {n} of the trace is {rec!r}; expected "
                                "an object with 'kind', 'stage' and 'params'")
    return list(trace)


def replay(outputs: Any, trace: str | list[dict[str, Any]], *,
           origin: str | None = None) -> Schedule:
    """Rebuild a schedule from ``Schedule.trace_json()`` output.

    Stages and axes are found by name, so the graph must be built the same way (same op and
    axis names). Raises ScheduleError naming the directive that can't be applied.
    ``origin`` names where the trace comes from (e.g. a tuning record); the schedule and each
    replayed directive carry it as their location (default: the line calling ``replay``).
    """
    where = origin or f"trace replayed at {user_location()}"
    records = _directives(trace, where)
    s = create_schedule(outputs)
    s.location = where
    for n, rec in enumerate(records):
        start = len(s.trace)
        try:
            _apply(s, rec)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise ScheduleError(f"{where}: replaying directive {n} {rec!r}: {exc}") from exc
        s.trace[start:] = [dataclasses.replace(d, location=f"{where}, directive {n}")
                           for d in s.trace[start:]]
    return s


def _apply(s: Schedule, rec: dict[str, Any]) -> None:
    kind, p = rec["kind"], rec.get("params", {})
    st = s.stage_by_name(rec["stage"])
    if kind == "split":
        st.split(p["axis"], factor=p.get("factor"), nparts=p.get("nparts"))
    elif kind == "fuse":
        st.fuse(*p["axes"])
    elif kind == "reorder":
        st.reorder(*p["axes"])
    elif kind == "bind":
        st.bind(p["axis"], p["thread"])
    elif kind in ("vectorize", "unroll", "parallel"):
        getattr(st, kind)(p["axis"])
    elif kind in ("compute_inline", "compute_root"):
        getattr(st, kind)()
    elif kind == "compute_at":
        st.compute_at(s.stage_by_name(p["parent"]), p["axis"])
    elif kind == "cache_read":
        layout = p.get("layout")
        if layout == "callable":
            raise ScheduleError("this cache_read used a layout function, which a trace can't "
                                "hold; use layout=('pack', dim, factor) to make it replayable")
        readers = [s.stage_by_name(r) for r in p["readers"]]
        s.cache_read(st.origin_op.output(0), p["scope"], readers, layout=layout)
    elif kind == "cache_write":
        s.cache_write(st.origin_op.output(0), p["scope"])
    elif kind == "prefetch":
        named = [t for t in [*st.reads(),
                             *(st.op.output(i) for i in range(st.op.num_outputs))]
                 if t.name == p["tensor"]]
        if len(named) != 1:
            raise ScheduleError(f"stage '{st.name}' reads {len(named)} tensors named "
                                f"{p['tensor']!r}; prefetch needs exactly one")
        st.prefetch(named[0], p["axis"], p["offset"])
    elif kind == "reassociate":
        s.reassociate(p.get("enable", True))
    elif kind == "rfactor":
        s.rfactor(st.origin_op.output(0), p["axis"], p.get("factor_axis", 0))
    else:
        raise ScheduleError(f"unknown directive kind {kind!r}")
