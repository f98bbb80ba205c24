"""Schedule -> loop IR (layer 4): placement, region inference and nest emission.

``lower_schedule`` first proves the reads of every compute of the schedule against their
tensors' shapes (``access_check``): a read that is out of bounds for some iteration stops
the build (``tc.lower`` and ``tc.build`` alike) with ProvablyOutOfBoundsError. The phases
and what each hands to the next are described in ``lower.py``; ``lower_phases`` keeps each
phase's output for printing (``tc.lower(..., phases=True)``, and a built kernel's
``stages``).
"""

from __future__ import annotations

from .lower import PHASES, LoweringPhases, lower_phases, lower_schedule, regions_text

__all__ = ["PHASES", "LoweringPhases", "lower_phases", "lower_schedule", "regions_text"]
