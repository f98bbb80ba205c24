"""Schedule templates with tunable knobs and hand schedules, per op family and target (layer 7).

Uses only tcomp's public API (``import tcomp`` / ``from tcomp import ...``); tests/test_layering.py
enforces it. Templates are added per op family as they are written.
"""
