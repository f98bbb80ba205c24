"""The CapsNet digits demo reaches >= 95% test accuracy (slow: ~10 s with compilation)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.mark.slow
def test_capsnet_demo_accuracy():
    pytest.importorskip("sklearn")
    path = Path(__file__).resolve().parents[2] / "examples" / "capsnet.py"
    spec = importlib.util.spec_from_file_location("capsnet_demo", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--epochs", "6"]) >= 0.95
