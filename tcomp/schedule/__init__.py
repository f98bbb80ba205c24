"""Schedules: the Stage/Schedule API, its primitives and their recorded trace (layer 3)."""

from .primitives import Directive, Fuse, Split
from .schedule import (
    BIND_TAGS,
    IterAttr,
    Schedule,
    Stage,
    ThreadAxis,
    create_schedule,
    thread_axis,
)
from .trace import replay

__all__ = ["BIND_TAGS", "Directive", "Fuse", "IterAttr", "Schedule", "Split", "Stage",
           "ThreadAxis", "create_schedule", "replay", "thread_axis"]
