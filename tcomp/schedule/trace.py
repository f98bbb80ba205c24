"""Replay a recorded schedule trace (JSON) onto a fresh schedule of the same graph (layer 3).

Each directive is applied by calling its primitive again as ``PRIMITIVES`` (primitives.py)
says; this module checks the trace's shape and names the directive that fails.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..errors import ScheduleError, user_location
from .primitives import replay_directive
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
            replay_directive(s, rec["kind"], rec["stage"], rec.get("params", {}))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise ScheduleError(f"{where}: replaying directive {n} {rec!r}: {exc}") from exc
        s.trace[start:] = [dataclasses.replace(d, location=f"{where}, directive {n}")
                           for d in s.trace[start:]]
    return s
