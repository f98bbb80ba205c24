"""tests/onnx: test_backend.py (marked slow) builds onnx's node test cases when imported
(13 s), so it is imported only by runs that select slow tests (``-m slow``)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name != "test_backend.py":
        return None
    expr = config.getoption("markexpr") or ""
    return "slow" not in expr or "not slow" in expr
