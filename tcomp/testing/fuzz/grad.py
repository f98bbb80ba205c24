"""Gradients of random programs: the program fuzzer's programs, float64 and made of what has a
derivative, differentiated by ``tcomp.autodiff.gradient`` and checked three ways.

For each float output ``y`` of a program and a random head ``u``:

1. the gradients evaluated by the reference evaluator (``tcomp.dsl.evaluate``), which raises on
   a read outside a tensor, so a gradient that reads where the program did not is caught;
2. the same gradients compiled (``create_schedule``, then the automatic default, both
   bounds-checked) against those values;
3. the directional derivative ``sum_x <grad_x, t_x>`` against central differences of
   ``<u, y(x + h t)>`` (float64, the reference evaluator), where the function is smooth along
   ``t``: one-sided differences that disagree mark a kink (``abs`` at 0, a flipped
   comparison, a tie in a max) and skip the check.

Run: ``python -m tcomp.testing.fuzz.grad [--seed S] [--minutes M] [--shrink SECONDS]``; each
failure class is shrunk in this process (``shrink.shrink``) and printed as a program.
"""

from __future__ import annotations

import argparse
import time
import traceback
from typing import Any

import numpy as np

from .features import Features
from .generate import generate
from .program import dim_value
from .reference import make_inputs
from .render import to_dsl, to_source
from .shrink import shrink

# The constructs that have derivatives (and the int/bool inputs they read: indices, masks).
GRAD_FEATURES = Features({
    "float64", "arith", "div", "minmax", "compare", "select", "intrinsics", "abs_neg", "pow",
    "reduce", "prod", "reduce_offset", "reduce_where", "multi_reduce_axis", "multi_stage",
    "shift_index", "stride_index", "transpose", "broadcast", "inline_reduce", "gather",
    "guarded_read", "matmul", "rows", "conv", "multi_output", "rank0", "symbolic"})

STEP = 1e-6  # central-difference step (float64 inputs of magnitude ~1)
TOL = 1e-5  # relative to 1 + |difference| + |gradient|


def _shape(t: Any, prog: dict[str, Any]) -> tuple[int, ...]:
    return tuple(int(d.value) if hasattr(d, "value") else dim_value(prog, d.name)
                 for d in t.shape)


def _eval(ts: Any, feed: dict[Any, np.ndarray], prog: dict[str, Any]) -> Any:
    """``evaluate``, with the program's dim values where no input's shape binds a dim."""
    from tcomp.dsl.eval import evaluate
    from tcomp.errors import ArgumentTypeError, ArgumentValueError

    try:
        return evaluate(ts, feed)
    except (ArgumentTypeError, ArgumentValueError):
        return evaluate(ts, feed, dim_values=dict(prog.get("dims", {})))


def check_gradients(prog: dict[str, Any], compiled: int = 2) -> str | None:
    """The class of the first gradient failure of ``prog`` (a short text), or None;
    ``compiled``: how many builds are checked (0: none, 1: the blank schedule, 2: and the
    automatic one)."""
    import tcomp as tc
    from tcomp.autodiff import gradient
    from tcomp.dsl import PlaceholderOp, topo_ops
    from tcomp.errors import OutOfBoundsError, TcompError

    try:
        ins, outs, _ = to_dsl(prog)
        arrays = make_inputs(prog)
    except Exception as e:  # a generator (or shrinker) bug, not a gradient's
        return f"the program does not build: {type(e).__name__}"
    feed = {p: arrays[p.name] for p in ins}
    rng = np.random.default_rng(int(prog.get("input_seed", 0)))
    for y in outs:
        if not y.dtype.is_float:
            continue
        used = {op for op in topo_ops(y) if isinstance(op, PlaceholderOp)}
        xs = [p for p in ins if p.dtype.is_float and p.op in used]
        if not xs:
            continue
        head = tc.placeholder(y.shape, y.dtype, "head")
        try:
            grads = gradient(y, xs, head)
        except TcompError:
            continue  # refused with a message (no rule for the construct)
        except Exception as e:  # any other exception is the finding
            where = traceback.extract_tb(e.__traceback__)[-1].name
            return f"gradient() raised {type(e).__name__} in {where}"
        try:
            y0 = _eval(y, feed, prog)
        except TcompError:
            continue  # the program itself reads out of range on these inputs
        if not np.all(np.isfinite(y0)):
            continue
        u = rng.standard_normal(_shape(y, prog))
        full = feed | {head: u}
        try:
            want = _eval(grads, full, prog)
        except OutOfBoundsError:
            return "the gradient reads out of range"
        gin = {op for op in topo_ops(grads) if isinstance(op, PlaceholderOp)}
        params = [p for p in [*ins, head] if p.op in gin]
        # the blank schedule, then the automatic default (what tcomp.nn builds backward with)
        for how, make in (("blank", tc.create_schedule), ("automatic", tc.auto_schedule)
                          )[:compiled]:
            try:  # the automatic one made here: a build would fall back to the blank one
                k = tc.build(make(grads), [*params, *grads], bounds_check=True,
                             database=False)
            except TcompError as e:
                if "is used but no" in str(e):  # a dim no argument's shape binds: refused
                    break
                return f"build refused the gradient ({how} schedule): {type(e).__name__}"
            got = [np.zeros(_shape(g, prog), g.dtype.np) for g in grads]
            try:
                k(*[full[p] for p in params], *got)
            except OutOfBoundsError:
                return f"the compiled gradient ({how} schedule) reads out of range"
            for a, b in zip(got, want, strict=True):
                # norm-wise: a gradient sums terms of both signs, and the two sum them in
                # different orders (1e25-sized terms of a product's gradient left 3e11)
                bound = 1e-9 * (1.0 + float(np.max(np.abs(b), initial=0.0, where=np.isfinite(b))))
                if not np.allclose(a, b, rtol=0.0, atol=bound, equal_nan=True):
                    return f"compiled gradient ({how} schedule) != evaluated gradient"
        ts = {p: rng.standard_normal(feed[p].shape) for p in xs}
        ana = sum(float(np.sum(g * ts[p])) for g, p in zip(want, xs, strict=True))

        def f(h: float, ts: dict = ts, u: np.ndarray = u, y: Any = y, xs: list = xs) -> float:
            return float(np.sum(u * _eval(y, feed | {p: feed[p] + h * ts[p] for p in xs},
                                          prog)))
        try:
            f0, fp, fm = f(0.0), f(STEP), f(-STEP)
        except TcompError:
            continue
        central, ahead, behind = (fp - fm) / (2 * STEP), (fp - f0) / STEP, (f0 - fm) / STEP
        # the differences' own rounding: a few ulps of the terms of <u, y>, over the step
        noise = 64 * np.finfo(np.float64).eps * float(np.sum(np.abs(u * y0))) / STEP
        scale = 1.0 + abs(central) + abs(ana) + noise / TOL
        smooth = abs(ahead - behind) <= 10 * TOL * scale
        if not (smooth and np.isfinite(ana) and np.isfinite(central)):
            continue  # a kink along t here, or no finite value
        # within the one-sided slopes: at a kink too small to skip (a max at a tie of grid
        # inputs, seed 990122) the gradient takes one side's slope and the central
        # difference their mean
        lo, hi = min(ahead, behind, central), max(ahead, behind, central)
        if not lo - TOL * scale <= ana <= hi + TOL * scale:
            return "gradient != central differences"
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tcomp.testing.fuzz.grad",
                                description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--minutes", type=float, default=1.0)
    p.add_argument("--shrink", type=float, default=60.0,
                   help="seconds to shrink the first program of each failure class")
    a = p.parse_args(argv)
    from tcomp import config

    stop = time.monotonic() + 60 * a.minutes
    seed, n, found = a.seed, 0, {}
    with config.override(disk_cache=False):
        while time.monotonic() < stop:
            prog = generate(seed, GRAD_FEATURES)
            cls = check_gradients(prog)
            if cls and cls not in found:
                small, _, _ = shrink(prog, [], lambda q, _s, c=cls: check_gradients(q) == c,
                                     seconds=a.shrink)
                found[cls] = seed
                print(f"# {cls} (seed {seed}, shrunk)\n{to_source(small)}", flush=True)
            elif cls:
                found.setdefault(cls, seed)
            seed, n = seed + 1, n + 1
    print(f"{n} programs (seeds {a.seed}..{seed - 1}), {len(found)} failure classes")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
