"""Schedules: the Stage/Schedule API, its primitives and their recorded trace (layer 3)."""

from .primitives import Directive, Fuse, Split
from .schedule import IterAttr, Schedule, Stage, create_schedule
from .trace import replay

__all__ = ["Directive", "Fuse", "IterAttr", "Schedule", "Split", "Stage", "create_schedule", "replay"]
