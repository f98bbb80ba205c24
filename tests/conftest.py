"""Suite-wide test setup: IR verification and run-time bounds checks on, a private kernel
cache, hypothesis profiles.

The environment is set at import, before any test module imports tcomp, so ``tcomp.config``
reads it; a session fixture also overrides the config in case tcomp was imported earlier.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

_CACHE_DIR = tempfile.mkdtemp(prefix="tcomp-test-cache-")
os.environ["TCOMP_VERIFY"] = "1"
os.environ["TCOMP_BOUNDS_CHECK"] = "1"  # every access not proved in range is checked
os.environ["TCOMP_CACHE_DIR"] = _CACHE_DIR  # tests never touch the user's kernel cache

# "ci" is the default (CI and `make test`); HYPOTHESIS_PROFILE=dev for quick local runs.
settings.register_profile("ci", deadline=None, max_examples=30, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=10,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True, scope="session")
def _tcomp_test_config() -> Iterator[None]:
    """Verify IR after every pass, check bounds at run time and cache kernels in the
    session's temporary folder."""
    try:
        from tcomp import config
    except Exception:  # tcomp not importable: the tests that use it say why
        yield
        return
    with config.override(verify=True, bounds_check=True, cache_dir=_CACHE_DIR):
        yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)
