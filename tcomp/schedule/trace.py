"""Replay a recorded schedule trace (JSON) onto a fresh schedule of the same graph (layer 3)."""

from __future__ import annotations

import json
from typing import Any

from ..errors import ScheduleError
from .schedule import Schedule, create_schedule


def replay(outputs: Any, trace: str | list[dict[str, Any]]) -> Schedule:
    """Rebuild a schedule from ``Schedule.trace_json()`` output.

    Stages and axes are found by name, so the graph must be built the same way (same op and
    axis names). Raises ScheduleError naming the directive that can't be applied.
    """
    records = json.loads(trace) if isinstance(trace, str) else list(trace)
    s = create_schedule(outputs)
    for n, rec in enumerate(records):
        try:
            _apply(s, rec)
        except (KeyError, TypeError, ValueError) as exc:
            raise ScheduleError(f"replaying directive {n} {rec!r}: {exc}") from exc
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
        s.cache_read(st.op.output(0), p["scope"], readers, layout=layout)
    elif kind == "cache_write":
        s.cache_write(st.op.output(0), p["scope"])
    elif kind == "reassociate":
        s.reassociate(p.get("enable", True))
    elif kind == "rfactor":
        s.rfactor(st.op.output(0), p["axis"], p.get("factor_axis", 0))
    else:
        raise ScheduleError(f"unknown directive kind {kind!r}")
