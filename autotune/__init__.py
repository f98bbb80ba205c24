"""Autotuner: search spaces, search, cost model, isolated measurement, tuning database (layer 8).

May import ``tcomp`` and ``schedules``, never ``tcomp.nn`` or ``tcomp.cli`` (layer 9); the core
takes tuning results as a database argument instead of importing this package.
"""

from __future__ import annotations

from .database import (
    Database,
    TrialRecord,
    TuningDatabaseError,
    default_path,
    fingerprint,
    target_description,
    use_database,
)
from .executors import DaskExecutor, ExecutorError
from .measure import Executor, LocalExecutor, MeasureInput, MeasureOptions, MeasureResult
from .search import EvolutionaryTuner, GridTuner, RandomTuner, Tuner, TunerProtocol
from .space import TemplateSpace, make_space
from .space_auto import AutoSpace
from .space_base import SearchSpace
from .tuner import TuneReport, TuneResult, TuningError, tune
from .workloads import Workload, WorkloadError, resolve

__all__ = [
    "AutoSpace", "DaskExecutor", "Database", "EvolutionaryTuner", "Executor", "ExecutorError",
    "GridTuner", "LocalExecutor", "MeasureInput", "MeasureOptions", "MeasureResult",
    "RandomTuner", "SearchSpace", "TemplateSpace", "TrialRecord", "TuneReport", "TuneResult",
    "Tuner", "TunerProtocol", "TuningDatabaseError", "TuningError", "Workload", "WorkloadError",
    "default_path", "fingerprint", "make_space", "resolve", "target_description", "tune",
    "use_database",
]
