"""The suite-wide setup of tests/conftest.py is in force (IR verification, private cache)."""

from __future__ import annotations

import importlib.metadata
import os
import re
import tempfile
import tomllib
from pathlib import Path

import llvmlite
import llvmlite.binding as llvm
import pytest
from hypothesis import settings

from tcomp import config

ROOT = Path(__file__).resolve().parent.parent


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


def _version(text: str) -> tuple[int, ...]:
    """The leading numeric release of a version string: '2.4.6' -> (2, 4, 6)."""
    return tuple(int(p) for p in re.match(r"\d+(?:\.\d+)*", text).group(0).split("."))


@pytest.mark.parametrize("name", ["numpy", "llvmlite"])
def test_core_dependencies_are_bounded_and_installed_within_bounds(name: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    spec = next((d for d in project["dependencies"] if re.match(rf"{name}\b", d)), None)
    assert spec is not None, f"pyproject.toml does not list {name}"
    lower = re.search(r">=\s*([\d.]+)", spec)
    upper = re.search(r"<\s*([\d.]+)", spec)
    assert lower and upper, f"{spec!r}: give {name} a lower (>=) and an upper (<) bound"
    installed = _version(importlib.metadata.version(name))
    assert _version(lower.group(1)) <= installed < _version(upper.group(1)), (
        f"{name} {importlib.metadata.version(name)} is installed, outside {spec!r}: the "
        "bounds say what is tested; move them only with a run of the suite on the new version")


def test_llvm_is_the_version_the_code_is_written_for() -> None:
    # llvmlite's bound pins one LLVM; codegen/cuda/ptx.py's PTX feature table, the mask-fold
    # check of codegen/llvm/jit.py and the compile-time workarounds were written for LLVM 22.
    assert llvm.llvm_version_info[0] == 22, (
        f"llvmlite {llvmlite.__version__} brings LLVM {llvm.llvm_version_info}; revisit the "
        "LLVM-specific tables before widening llvmlite's bound in pyproject.toml")
