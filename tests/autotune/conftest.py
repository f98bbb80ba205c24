"""Fixtures of the autotuner tests: a fresh database file per test."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "tuning.db")
