"""Autotuner: search spaces, search, cost model, isolated measurement, tuning database (layer 8).

May import ``tcomp`` and ``schedules``, never ``tcomp.nn`` or ``tcomp.cli`` (layer 9); the core
takes tuning results as a database argument instead of importing this package.
"""
