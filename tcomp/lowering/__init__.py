"""Schedule -> loop IR (layer 4): bounds inference, loop nests, compute_at, caches."""

from .lower import lower_schedule

__all__ = ["lower_schedule"]
