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
# Remove a name here when its bug is fixed: the run must then still pass.
KNOWN_BROKEN = {
    # rfactor of a reduce_axis((lo, hi)) with lo > 0 sums the wrong range; rfactor of a
    # non-divisible split evaluates where= and reads for the padding iterations.
    "rfactor",
    # gather index read inside a compute_at stage: "LLVM codegen can't emit ProducerLoad".
    "gather",
    # compute_at accepted by the primitive but refused by lowering ("is read where it has
    # not been computed", "that loop was split or fused afterwards").
    "compute_at_anywhere", "late_loops",
    # float -> int casts don't saturate (LLVM fptosi; constant folding wraps, or raises
    # OverflowError/ValueError for inf/NaN).
    "cast_sat", "nan_inf",
    # integer ** : 0 ** negative and large exponents disagree between executors.
    "int_pow",
    # x // 0 and x % 0: the interpreter raises, the simplifier folds them differently.
    "zero_div",
    # the simplifier rewrites comparisons near INT_MIN/INT_MAX as if ints couldn't overflow
    # (argmax's identity is INT_MIN: `acc > -1 - x` becomes `-1 < x + acc`, which wraps).
    "int_wrap", "argmax",
    # cache_read(layout=("pack", ...)) of a stage read at a non-constant offset: LoweringError.
    "packed",
}
SMOKE = Features.parse(exclude=",".join(sorted(KNOWN_BROKEN)))


@pytest.mark.parametrize("seed", range(8))
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
