"""A short, deterministic fuzz run in the default suite: random programs under random
schedules, compared with the independent reference and the evaluator (in this process; the
worker pool is tested in test_pool.py). Longer runs: ``python -m tcomp.testing.fuzz``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tcomp.testing.fuzz.features import Features
from tcomp.testing.fuzz.runner import fuzz_case

# Features left out until the bugs they find are fixed (issue 9; FINDINGS of the fuzzer).
# Remove a name here when its bug is fixed: the run must then still pass. (gather, late_loops,
# cast_sat, nan_inf, int_pow, zero_div, int_wrap and argmax pass since the fixes of their
# bugs.)
KNOWN_BROKEN = {
    # rfactor of a reduction with where= over a split that doesn't divide its extent: the
    # rfactor stage evaluates where= (and its reads) for the padding iterations, so builds
    # raise ProvablyOutOfBoundsError (being fixed in lowering).
    "rfactor",
    # cache_read(layout=("pack", ...)) of a stage read at a non-constant offset:
    # "LoweringError: packed layout of 'A3.packed': output dimension 0 (i1 // 4) has no
    # non-negative constant bound" (being fixed in lowering).
    "packed",
    # compute_at into a stage that other readers run outside of: lowering raises
    # LoweringError ("... also reads it and runs at root, outside that loop"); it is being
    # turned into a ScheduleError, which the fuzzer counts as a refusal and redraws.
    "compute_at_anywhere",
}
SMOKE = Features.parse(exclude=",".join(sorted(KNOWN_BROKEN)))


@pytest.mark.parametrize("seed", range(16))
def test_fuzz_smoke(seed):
    res = fuzz_case(9_000 + seed, SMOKE, nsched=2, interp_frac=0.3)
    assert not res["fails"], "\n\n".join(f"{f['cls']} (schedule {f['sched']}): {f['msg']}"
                                         for f in res["fails"])


@settings(max_examples=6, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**31 - 1))
def test_fuzz_property(seed):
    """Any program the generator makes computes what the reference computes, under any
    schedule it draws (hypothesis picks the seeds; shrinking is the fuzzer's own)."""
    res = fuzz_case(seed, SMOKE, nsched=1, interp_frac=0.0)
    assert not res["fails"], f"python -m tcomp.testing.fuzz --case {seed}: " + "\n".join(
        f"{f['cls']}: {f['msg']}" for f in res["fails"])
