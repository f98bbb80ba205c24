"""The suite-wide setup of tests/conftest.py is in force (IR verification, private cache)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import settings

from tcomp import config


def test_verify_is_on_and_cache_is_private() -> None:
    cfg = config.get()
    assert cfg.verify, "tests/conftest.py should turn TCOMP_VERIFY on for the whole suite"
    assert os.environ["TCOMP_VERIFY"] == "1"
    assert cfg.bounds_check and os.environ["TCOMP_BOUNDS_CHECK"] == "1"
    cache = Path(cfg.cache_dir)
    assert cache == Path(os.environ["TCOMP_CACHE_DIR"])
    assert cache.is_relative_to(tempfile.gettempdir()), f"tests would write the cache to {cache}"


def test_hypothesis_profile_has_no_deadline() -> None:
    assert settings.default.deadline is None
    assert settings.default.max_examples <= 30
