"""The fuzzer's features: every kind of program construct and schedule primitive it can
generate, by name, so a run can leave out what is known to be broken (``--exclude``)."""

from __future__ import annotations

from typing import Any

# name -> what it adds.
FEATURES: dict[str, str] = {
    "float32": "float32 values", "float64": "float64 values", "int32": "int32 values",
    "int64": "int64 values", "bool": "bool values",
    "arith": "+ - *", "div": "float /", "intdiv": "integer // and %",
    "zero_div": "divisors that can be zero (x // 0 == x % 0 == 0, float inf/nan)",
    "float_divmod": "float // and %", "minmax": "tc.min/tc.max", "compare": "< <= > >=",
    "eq": "tc.equal / tc.not_equal", "eq_operator": "== and != on expressions (TVM style)",
    "logic": "logical and/or/not", "select": "if_then_else",
    "cast": "casts between all types", "cast_sat": "float->int casts of NaN and out-of-range",
    "int_wrap": "values near INT_MIN/INT_MAX (wrapping arithmetic)",
    "intrinsics": "exp exp2 log sqrt rsqrt tanh sigmoid erf on their domains",
    "rounding": "floor, ceil", "abs_neg": "abs, unary minus", "pow": "float pow",
    "int_pow": "integer **", "promote": "mixed-type operands (promotion)",
    "nan_inf": "NaN/inf/huge/denormal floats in inputs and constants",
    "gather": "reads through index tensors", "guarded_read": "reads guarded by if_then_else",
    "reduce": "reduction stages (sum/max/min)", "prod": "product reductions",
    "reduce_offset": "reduce_axis((lo, hi)) with lo > 0", "reduce_where": "where= conditions",
    "multi_reduce_axis": "two reduction axes", "argmax": "argmax/argmin tuple comm_reducer",
    "custom_reducer": "a custom single-value comm_reducer", "multi_stage": "chains/DAGs of stages",
    "shift_index": "shifted/flipped reads", "stride_index": "strided/divided/modulo reads",
    "transpose": "permuted index order", "broadcast": "constant and broadcast indices",
    "symbolic": "symbolic dims (tc.var)", "multi_output": "several outputs",
    "rank0": "0-d stages", "inline_reduce": "reductions inside larger expressions",
    "matmul": "matmul-shaped stages with wide weights (up to 64 rows, 1024 columns)",
    "rows": "row-wise outputs over rows up to 1024 long (softmax, layer norm, squash shapes)",
    "conv": "2-D convolutions (padded, strided, depthwise) with bias, ReLU, 2 x 2 max pooling",
    # schedule primitives (schedules.py)
    "split": "split (factor/nparts)", "reorder": "reorder", "fuse": "fuse", "tile": "tile",
    "vectorize": "vectorize", "unroll": "unroll", "parallel": "parallel",
    "compute_at": "compute_at into a stage's only reader",
    "compute_at_anywhere": "compute_at into any stage downstream (other readers may be outside)",
    "late_loops": "split/fuse/reorder loops after stages were attached to them",
    "compute_inline": "compute_inline",
    "cache_read": "cache_read", "packed": "cache_read(..., layout=('pack', dim, factor))",
    "cache_write": "cache_write", "rfactor": "rfactor",
    "reassociate": "s.reassociate()", "interp": "also run the loop-IR interpreter",
    "prefetch": "prefetch of a tensor a stage reads, or of its output, some iterations ahead",
    "stream": "stream(): an output's stores non-temporal (refused on the other stages)",
    "auto": "tc.auto_schedule with random choices of its knobs (tc.auto_knobs)",
    "avx2": "on an AVX-512 host, some schedules built for an AVX2 target (-mattr=-avx512f)",
}
# Features a plain run leaves out (none: the DSL has inline reductions and comparison-node
# == / !=); ``--features all`` is every feature.
DEFAULT_OFF: frozenset[str] = frozenset()


class Features:
    """The set of enabled feature names."""

    def __init__(self, enabled: Any = None) -> None:
        self.enabled = frozenset(FEATURES) - DEFAULT_OFF if enabled is None else frozenset(enabled)
        unknown = self.enabled - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown fuzz feature(s) {sorted(unknown)}; known: "
                             f"{', '.join(sorted(FEATURES))}")

    @classmethod
    def parse(cls, features: str | None = None, exclude: str | None = None) -> Features:
        """``features``: comma list ('all' or 'default' allowed; ``+name`` adds to the
        default set); ``exclude``: names to remove."""
        base = set(FEATURES) - DEFAULT_OFF
        if features and features not in ("default",):
            items = [f.strip() for f in features.split(",") if f.strip()]
            if items == ["all"]:
                base = set(FEATURES)
            elif all(i.startswith("+") for i in items):
                base |= {i[1:] for i in items}
            else:
                base = {i.lstrip("+") for i in items}
        for x in (exclude or "").split(","):
            base.discard(x.strip())
        return cls(base)

    def on(self, name: str) -> bool:
        return name in self.enabled

    def names(self) -> list[str]:
        return sorted(self.enabled)


__all__ = ["DEFAULT_OFF", "FEATURES", "Features"]
