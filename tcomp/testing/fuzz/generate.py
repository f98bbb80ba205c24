"""Random programs for the fuzzer, every feature switchable by name (``Features``).

Programs are built so that they are legal by construction: every read is in range (indices are
derived from the loop bounds, gathers read index tensors whose values are made in range, and
any other read sits in the untaken branch of an ``if_then_else`` or at a reduction position
excluded by ``where=``), transcendentals get arguments in their domain, and float values stay
well-conditioned (small dyadic inputs, bounded exponents). What is left undefined elsewhere is
defined by tcomp's semantics (wrapping ints, ``x // 0 == 0``, saturating casts), and those
cases are generated on purpose.
"""

from __future__ import annotations

import random
from typing import Any

from .features import DEFAULT_OFF, FEATURES, Features
from .program import (
    FLOAT_TYPES,
    INT_TYPES,
    concretize_dim,
    kind,
    node_dtype,
    promote,
    prune,
    stage_outputs,
)

SIZES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 16, 17, 19, 20)
MAX_ELEMS = 1500
INT_MIN = {"int32": -2**31, "int64": -2**63}
INT_MAX = {"int32": 2**31 - 1, "int64": 2**63 - 1}
FLOAT_CONSTS = (0.0, 0.5, 1.0, -1.0, 2.0, -0.25, 1.5, 3.0, 0.125, -2.5)
# Matmul-shaped stages (feature "matmul"): rows, weight widths and reduction lengths wide enough
# for the automatic schedule's size-dependent rules (register tiles of many rows, panels of
# weights whose rows lie a multiple of 2 KB apart, packs), under a cap on rows x columns x
# reduction that keeps the reference's grid small.
MM_ROWS = (1, 3, 6, 7, 12, 13, 24, 33, 48, 49, 64)
MM_COLS = (16, 17, 48, 64, 100, 256, 512, 520, 1024)
MM_RED = (1, 2, 3, 4, 8, 13, 16, 31, 64, 257, 300, 512)
MM_WORK = 8_000_000
MM_CHANCE = 0.12
# Row-wise stages (feature "rows": softmax, layer norm and squash shapes) over rows this long,
# so the automatic schedule's row rules (vectors along the row, interleaved registers, the
# next row's prefetch) apply.
ROW_LENS = (16, 64, 100, 128, 256, 512, 1024)
ROW_COUNTS = (1, 2, 3, 7, 8, 16, 33, 64)
ROW_ELEMS = 65536
ROWS_CHANCE = 0.2
# Convolutions (feature "conv"): [batch, channels, height, width] images, 1 x 1 to 3 x 3 kernels,
# stride 1 or 2, maybe a zero-padding stage, bias, ReLU and a 2 x 2 max pooling after (the
# automatic schedule's padding, strip and pooled-anchor rules), under a cap on the work.
CONV_CHANNELS = (1, 3, 4, 8, 16, 32)
CONV_SIZES = (4, 6, 7, 8, 14, 16, 28, 32)
CONV_WORK = 3_000_000
CONV_CHANCE = 0.12


class _Ctx:
    """Loop variables visible to an expression: (node, bound = max value + 1, symbolic dim of
    the bound or None, min value)."""

    def __init__(self, axes: list[tuple[list[Any], int, str | None, int]],
                 in_reduce: bool = False) -> None:
        self.axes = axes
        self.in_reduce = in_reduce


def _c(v: Any, dt: str) -> list[Any]:
    return ["c", v, dt]


def _i64(v: int) -> list[Any]:
    return ["c", int(v), "int64"]


def _bin(op: str, a: list[Any], b: list[Any]) -> list[Any]:
    return ["bin", op, a, b]


class Generator:
    """Draws one random program from ``rng`` with the enabled ``feats``."""

    def __init__(self, rng: random.Random, feats: Features) -> None:
        self.r = rng
        self.f = feats
        self.prog: dict[str, Any] = {"dims": {}, "inputs": [], "stages": [], "outputs": []}
        self.types: dict[str, str] = {}
        self.dtypes = [d for d in ("float32", "float64", "int32", "int64", "bool") if feats.on(d)]
        if not any(kind(d) in "fi" for d in self.dtypes):
            self.dtypes.append("float32")
        self.num_types = [d for d in self.dtypes if d != "bool"]
        self.wide: list[str] = []  # matmul and conv stages: outputs more often than others

    # ------------------------------------------------------------------ helpers
    def chance(self, p: float, feature: str | None = None) -> bool:
        return (feature is None or self.f.on(feature)) and self.r.random() < p

    def pick(self, options: list[tuple[float, Any]]) -> Any:
        total = sum(w for w, _ in options)
        x = self.r.random() * total
        for w, o in options:
            x -= w
            if x < 0:
                return o
        return options[-1][1]

    def enabled_ops(self, table: list[tuple[str, float, Any]]) -> list[tuple[float, Any]]:
        """The ``(weight, make)`` options of ``table``'s ``(feature, weight, make)`` rows whose
        feature is on, in table order."""
        return [(w, make) for feature, w, make in table if self.f.on(feature)]

    def ty(self, n: list[Any]) -> str:
        return node_dtype(n, self.types)

    def val(self, d: Any) -> int:
        return int(self.prog["dims"][d]) if isinstance(d, str) else int(d)

    # ------------------------------------------------------------------ shapes and inputs
    def size(self) -> int:
        return self.r.choice(SIZES[:9]) if self.r.random() < 0.7 else self.r.choice(SIZES)

    def new_shape(self, rank: int | None = None) -> list[Any]:
        if rank is None:
            rank = self.pick([(0.35, 1), (0.45, 2), (0.15, 3)] +
                             ([(0.05, 0)] if self.f.on("rank0") else []))
        while True:
            shape: list[Any] = [self.size() for _ in range(rank)]
            if self.prog["dims"] and shape and self.chance(0.5):
                shape[self.r.randrange(rank)] = self.r.choice(list(self.prog["dims"]))
            n = 1
            for d in shape:
                n *= self.val(d)
            if n <= MAX_ELEMS:
                return shape

    def related_shape(self) -> list[Any]:
        """A shape taken from an existing tensor: same, permuted, one dim fewer or more."""
        pool = [*self.prog["inputs"], *self.prog["stages"]]
        if not pool or self.chance(0.35):
            return self.new_shape()
        shape = list(self.r.choice(pool)["shape"])
        how = self.r.random()
        if how < 0.25 and self.f.on("transpose"):
            self.r.shuffle(shape)
        elif how < 0.45 and len(shape) > 1:
            shape.pop(self.r.randrange(len(shape)))
        elif how < 0.6 and len(shape) < 3:
            shape.insert(self.r.randrange(len(shape) + 1), self.size())
        n = 1
        for d in shape:
            n *= self.val(d)
        return shape if n <= MAX_ELEMS else self.new_shape()

    def fill(self, dt: str) -> dict[str, Any]:
        if dt == "bool":
            return {"kind": "bool"}
        if kind(dt) == "f":
            return {"kind": "float", "grid": self.chance(0.6),
                    "special": 0.1 if self.chance(0.15, "nan_inf") else 0.0}
        lo, hi = self.r.choice([(-8, 9), (-3, 4), (0, 6), (-100, 101)])
        return {"kind": "int", "lo": lo, "hi": hi,
                "special": 0.15 if self.chance(0.2, "int_wrap") else 0.0}

    def new_input(self, shape: list[Any], dt: str, fill: dict[str, Any] | None = None) -> str:
        name = f"A{len(self.prog['inputs'])}"
        self.prog["inputs"].append({"name": name, "shape": list(shape), "dtype": dt,
                                    "fill": fill or self.fill(dt)})
        self.types[name] = dt
        return name

    # ------------------------------------------------------------------ indices
    def index(self, n: Any, ctx: _Ctx, depth: int = 1) -> list[Any]:
        """An int64 index expression whose values lie in [0, n) wherever it is evaluated."""
        nv, nsym = self.val(n), (n if isinstance(n, str) else None)
        opts: list[tuple[float, Any]] = [(0.4 if self.f.on("broadcast") else 0.02,
                                          _i64(self.r.randrange(nv)))]
        for node, bound, bsym, _lo in ctx.axes:
            w = 3.0 if (ctx.in_reduce and node[0] == "rk") else 1.0
            if bound <= nv:
                opts.append((2.0 * w, node))
                if self.f.on("shift_index"):
                    if bound < nv:
                        opts.append((w, _bin("add", node, _i64(self.r.randint(1, nv - bound)))))
                    last = _bin("sub", ["dim", nsym], _i64(1)) if nsym and bsym == nsym \
                        else _i64(nv - 1)
                    if bsym == nsym or not nsym:
                        opts.append((w, _bin("sub", last, node)))
            if self.f.on("stride_index"):
                s = self.r.randint(2, 4)
                if (bound - 1) * s < nv:
                    opts.append((w, _bin("mul", node, _i64(s))))
                if (bound - 1) // s < nv:
                    opts.append((w * 0.6, _bin("floordiv", node, _i64(s))))
                m = self.r.randint(1, nv)
                opts.append((w * 0.5, _bin("mod", node, ["dim", nsym] if nsym and
                                           self.chance(0.5) else _i64(m))))
        if len(ctx.axes) >= 2 and self.f.on("shift_index"):
            (a, ba, _, _), (b, bb, _, _) = self.r.sample(ctx.axes, 2)
            if ba + bb - 1 <= nv:
                opts.append((0.7, _bin("add", a, b)))
        if depth > 0 and self.f.on("gather"):
            opts.append((0.6, ("gather",)))
        choice = self.pick(opts)
        if choice == ("gather",):
            return self.gather_index(n, ctx, depth - 1)
        return choice

    def gather_index(self, n: Any, ctx: _Ctx, depth: int) -> list[Any]:
        """A read of an index tensor: values made in range, or any ints floor-mod n."""
        dt = self.r.choice([d for d in ("int32", "int64") if self.f.on(d)] or ["int64"])
        rank = self.r.randint(1, 2)
        shape = [self.r.choice([bs or b for _, b, bs, _ in ctx.axes] or [self.size()])
                 for _ in range(rank)]
        if self.chance(0.4, "intdiv"):
            name = self.new_input(shape, dt)
            ld = ["ld", name, [self.index(d, ctx, depth) for d in shape]]
            return ["cast", "int64", _bin("mod", ld, ["dim", n] if isinstance(n, str)
                                          else _c(self.val(n), dt))]
        name = self.new_input(shape, dt, {"kind": "index", "hi": n})
        ld = ["ld", name, [self.index(d, ctx, depth) for d in shape]]
        return ["cast", "int64", ld] if self.chance(0.5) else ld  # or cast by T[...] itself

    def loose_index(self, ctx: _Ctx) -> list[Any]:
        """An int64 index that may be out of range (to be guarded)."""
        node = self.r.choice(ctx.axes)[0] if ctx.axes else _i64(0)
        return _bin("add", node, _i64(self.r.randint(-3, 3)))

    # ------------------------------------------------------------------ loads and leaves
    def readable(self, dt: str | None) -> list[str]:
        names = [t["name"] for t in self.prog["inputs"]]
        for st in self.prog["stages"]:
            names += stage_outputs(st)
        return [n for n in names if dt is None or self.types[n] == dt]

    def load(self, dt: str, ctx: _Ctx) -> list[Any]:
        same = self.readable(dt)
        stages = [n for n in same if n[0] == "T"]
        if stages and self.chance(0.6):
            name = self.r.choice(stages)
        elif same and self.chance(0.6):
            name = self.r.choice(same)
        elif self.readable(None) and self.chance(0.3, "cast"):
            name = self.r.choice(self.readable(None))
        else:
            shape = [self.r.choice([bs or b for _, b, bs, _ in ctx.axes]) if ctx.axes and
                     self.chance(0.7) else self.size() for _ in range(self.r.randint(1, 2))]
            name = self.new_input(shape, dt)
        shape = self._shape_of(name)
        if self.chance(0.12, "guarded_read") and shape:
            d = self.r.randrange(len(shape))
            loose = self.loose_index(ctx)
            idx = [loose if q == d else self.index(e, ctx) for q, e in enumerate(shape)]
            ld = ["ld", name, idx]
            nd = ["dim", shape[d]] if isinstance(shape[d], str) else _i64(shape[d])
            ok = _bin("and", _bin("ge", loose, _i64(0)), _bin("lt", loose, nd))
            ld = ["sel", ok, ld, self.const(self.types[name])]
        else:
            ld = ["ld", name, [self.index(e, ctx) for e in shape]]
        return ld if self.types[name] == dt else ["cast", dt, ld]

    def _shape_of(self, name: str) -> list[Any]:
        base = name.split(".")[0]
        for t in [*self.prog["inputs"], *self.prog["stages"]]:
            if t["name"] == base:
                return t["shape"]
        raise KeyError(name)

    def const(self, dt: str) -> list[Any]:
        if dt == "bool":
            return _c(self.chance(0.5), dt)
        if kind(dt) == "f":
            if self.chance(0.05, "nan_inf"):
                return _c(self.r.choice(["nan", "inf", "-inf"]), dt)
            return _c(self.r.choice(FLOAT_CONSTS), dt)
        if self.chance(0.15, "int_wrap"):
            return _c(self.r.choice([INT_MIN[dt], INT_MAX[dt], INT_MIN[dt] + 1, -1]), dt)
        return _c(self.r.randint(-3, 5), dt)

    def leaf(self, dt: str, ctx: _Ctx) -> list[Any]:
        x = self.r.random()
        if x < 0.65:
            return self.load(dt, ctx)
        if x < 0.85 or not ctx.axes or dt == "bool":
            return self.const(dt)
        node = self.r.choice(ctx.axes)[0]
        if self.prog["dims"] and self.chance(0.2):
            node = ["dim", self.r.choice(list(self.prog["dims"]))]
        return node if dt == "int64" else ["cast", dt, node]

    # ------------------------------------------------------------------ expressions
    def expr(self, dt: str, ctx: _Ctx, depth: int) -> list[Any]:
        if depth <= 0 or self.r.random() < 0.2:
            return self.leaf(dt, ctx)
        k = kind(dt)
        opts = self.bool_ops(ctx, depth) if k == "b" else (
            self.float_ops(dt, ctx, depth) if k == "f" else self.int_ops(dt, ctx, depth))
        opts.append((0.5, lambda: self.leaf(dt, ctx)))
        if self.f.on("select"):
            opts.append((0.8, lambda: ["sel", self.expr("bool", ctx, depth - 1),
                                       self.expr(dt, ctx, depth - 1),
                                       self.expr(dt, ctx, depth - 1)]))
        if self.f.on("cast"):
            opts.append((0.6, lambda: self.cast_to(dt, ctx, depth)))
        if k != "b" and self.f.on("inline_reduce") and not ctx.in_reduce:
            opts.append((0.5, lambda: self.inline_reduce(dt, ctx, depth)))
        return self.pick(opts)()

    def sub(self, dt: str, ctx: _Ctx, depth: int) -> list[Any]:
        return self.expr(dt, ctx, depth - 1)

    def positive(self, x: list[Any], dt: str) -> list[Any]:
        """|x| + c with c > 0: a value away from zero (float)."""
        return _bin("add", ["un", "abs", x], _c(self.r.choice([0.5, 1.0, 2.0]), dt))

    def float_ops(self, dt: str, ctx: _Ctx, d: int) -> list[tuple[float, Any]]:
        s = lambda: self.sub(dt, ctx, d)  # noqa: E731
        ops = self.enabled_ops([
            ("arith", 3.0, lambda: _bin(self.r.choice(["add", "sub", "mul"]), s(), s())),
            ("div", 1.0, lambda: _bin("div", s(), s() if self.chance(0.15, "zero_div")
                                      else self.positive(s(), dt))),
            ("float_divmod", 0.5, lambda: _bin(self.r.choice(["floordiv", "mod"]), s(),
                                               self.positive(s(), dt))),
            ("minmax", 1.0, lambda: _bin(self.r.choice(["min", "max"]), s(), s())),
            ("abs_neg", 0.7, lambda: ["un", self.r.choice(["abs", "neg"]), s()]),
            ("rounding", 0.6, lambda: ["un", self.r.choice(["floor", "ceil"]), s()]),
            ("intrinsics", 1.5, lambda: self.intrinsic(dt, s())),
            ("pow", 0.6, lambda: self.float_pow(dt, ctx, d)),
        ])
        other = [t for t in self.num_types if promote(dt, t) == dt and t != dt]
        if other and self.f.on("promote"):
            ops.append((0.6, lambda: _bin(self.r.choice(["add", "sub", "mul"]), s(),
                                          self.sub(self.r.choice(other), ctx, d))))
        return ops

    def intrinsic(self, dt: str, x: list[Any]) -> list[Any]:
        name = self.r.choice(["exp", "exp2", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "erf"])
        if name in ("exp", "exp2"):
            b = (8.0 if dt == "float32" else 30.0) * (1.5 if name == "exp2" else 1.0)
            return ["un", name, _bin("min", _bin("max", x, _c(-b, dt)), _c(b, dt))]
        if name in ("log", "rsqrt"):
            return ["un", name, self.positive(x, dt)]
        if name == "sqrt":
            return ["un", "sqrt", ["un", "abs", x]]
        return ["un", name, x]

    def float_pow(self, dt: str, ctx: _Ctx, d: int) -> list[Any]:
        base = self.sub(dt, ctx, d)
        if self.chance(0.4):  # any base, integral exponent
            return _bin("pow", base, _c(self.r.choice([2.0, 3.0, -1.0, 0.0]), dt))
        if self.chance(0.5):
            ex = _c(self.r.choice([-2.0, -0.5, 0.5, 1.5, 2.0, 3.0]), dt)
        else:
            ex = _bin("mul", ["un", "tanh", self.sub(dt, ctx, d)], _c(2.0, dt))
        return _bin("pow", self.positive(base, dt), ex)

    def int_ops(self, dt: str, ctx: _Ctx, d: int) -> list[tuple[float, Any]]:
        s = lambda: self.sub(dt, ctx, d)  # noqa: E731
        ops = self.enabled_ops([
            ("arith", 3.0, lambda: _bin(self.r.choice(["add", "sub", "mul"]), s(), s())),
            ("intdiv", 1.5, lambda: _bin(self.r.choice(["floordiv", "mod"]), s(),
                                         self.int_divisor(dt, ctx, d))),
            ("minmax", 1.0, lambda: _bin(self.r.choice(["min", "max"]), s(), s())),
            ("abs_neg", 0.7, lambda: ["un", self.r.choice(["abs", "neg"]), s()]),
            ("int_pow", 0.6, lambda: _bin("pow", s(), s() if self.chance(0.3, "int_wrap")
                                          else _c(self.r.randint(-2, 6), dt))),
        ])
        if dt == "int64" and self.f.on("promote") and self.f.on("int32"):
            ops.append((0.5, lambda: _bin(self.r.choice(["add", "mul"]), s(),
                                          self.sub("int32", ctx, d))))
        return ops

    def int_divisor(self, dt: str, ctx: _Ctx, d: int) -> list[Any]:
        x = self.r.random()
        if x < 0.4:
            return _c(self.r.choice([1, 2, 3, 5, 7, -1, -2, -3, -4]), dt)
        if x < 0.7 and self.f.on("zero_div"):
            return self.sub(dt, ctx, d)  # any value, zero included
        one = _bin("add", _bin("mod", self.sub(dt, ctx, d), _c(5, dt)), _c(1, dt))  # 1..5
        return one if self.chance(0.5) else ["un", "neg", one] if self.f.on("abs_neg") else one

    def bool_ops(self, ctx: _Ctx, d: int) -> list[tuple[float, Any]]:
        ops: list[tuple[float, Any]] = []
        if self.f.on("compare") or self.f.on("eq") or self.f.on("eq_operator"):
            ops.append((3.0, lambda: self.compare(ctx, d)))
        if self.f.on("logic"):
            ops.append((1.0, lambda: _bin(self.r.choice(["and", "or"]),
                                          self.sub("bool", ctx, d), self.sub("bool", ctx, d))))
            ops.append((0.4, lambda: ["un", "not", self.sub("bool", ctx, d)]))
        return ops

    def compare(self, ctx: _Ctx, d: int) -> list[Any]:
        ops = ([*("lt", "le", "gt", "ge")] if self.f.on("compare") else []) + \
            (["eq", "ne"] if self.f.on("eq") else []) + \
            (["eq_op", "ne_op"] if self.f.on("eq_operator") else [])
        t = self.r.choice(self.num_types)
        return _bin(self.r.choice(ops), self.sub(t, ctx, d), self.sub(t, ctx, d))

    def cast_to(self, dt: str, ctx: _Ctx, d: int) -> list[Any]:
        src = self.r.choice([t for t in self.dtypes if t != dt] or [dt])
        x = self.sub(src, ctx, d)
        if kind(dt) == "i" and kind(src) == "f" and self.chance(0.3, "cast_sat"):
            x = _bin("mul", x, _c(self.r.choice([1e10, 3e9, -5e18, 1e30]), src))
        return ["cast", dt, x]

    def inline_reduce(self, dt: str, ctx: _Ctx, depth: int) -> list[Any]:
        red = self.reduction(dt, ctx, depth, inline=True)
        return ["red", red]

    # ------------------------------------------------------------------ reductions
    def reduce_axes(self) -> list[list[Any]]:
        axes = []
        for _ in range(2 if self.chance(0.25, "multi_reduce_axis") else 1):
            lo = self.r.randint(1, 3) if self.chance(0.4, "reduce_offset") else 0
            if self.prog["dims"] and lo <= 1 and self.chance(0.3):
                axes.append([lo, self.r.choice(list(self.prog["dims"]))])
            else:
                axes.append([lo, lo + self.r.choice(SIZES[:10])])
        return axes

    def reduction(self, dt: str, ctx: _Ctx, depth: int, inline: bool = False) -> dict[str, Any]:
        names = ["sum", "max", "min"]
        if self.f.on("prod"):
            names.append("prod")
        if kind(dt) == "i" and self.f.on("custom_reducer"):
            names.append("mulsum")
        if not inline and self.f.on("argmax"):
            names += ["argmax", "argmin"]
        reducer = self.r.choice(names)
        axes = self.reduce_axes()
        raxes = [(["rk", q], self.val(hi), hi if isinstance(hi, str) else None, int(lo))
                 for q, (lo, hi) in enumerate(axes)]
        rctx = _Ctx(ctx.axes + raxes, in_reduce=True)
        where = None
        if self.chance(0.35, "reduce_where"):
            where = self.expr("bool", rctx, 2)
        if reducer == "prod" and kind(dt) == "f":  # keep products near 1
            src = [_bin("add", ["un", "tanh", self.expr(dt, rctx, depth - 1)], _c(1.0, dt))]
        else:
            src = [self.expr(dt, rctx, depth - 1)]
        if self.chance(0.15, "guarded_read") and where is None:
            src, where = self.where_guarded(dt, rctx, src)
        if reducer in ("argmax", "argmin"):
            idx: list[Any] = ["rk", 0]
            if len(axes) == 2:
                idx = _bin("add", _bin("mul", ["rk", 0], _i64(self.val(axes[1][1]) + 1)),
                           ["rk", 1])
            src = [idx, src[0]]
        return {"reducer": reducer, "axes": axes, "src": src, "where": where}

    def where_guarded(self, dt: str, rctx: _Ctx, src: list[Any]) -> tuple[list[Any], Any]:
        """Read ``T[ax + k]`` only where ``ax + k < n``: the excluded reads may be out of
        range and must not be performed."""
        cands = [t for t in self.readable(dt) if len(self._shape_of(t)) == 1]
        if not cands or not rctx.axes:
            return src, None
        name = self.r.choice(cands)
        n = self._shape_of(name)[0]
        a = self.r.choice(rctx.axes)[0]
        b = self.r.choice(rctx.axes)[0]
        idx = _bin("add", a, b)
        lim = ["dim", n] if isinstance(n, str) else _i64(n)
        return [_bin("add", src[0], ["ld", name, [idx]])], _bin("lt", idx, lim)

    # ------------------------------------------------------------------ stages and programs
    def matmul(self) -> tuple[list[Any], dict[str, Any], str]:
        """(shape, body, dtype) of ``T[i, j] = sum_k X[i, k] * W[k, j]``: ``W`` read along
        ``j`` (contiguous, column-shifted, or two weights), or transposed (``W[j, k]``);
        ``X`` an input or an earlier 2-D tensor; maybe a bias and a ``max(., 0)`` after."""
        dt = self.r.choice([d for d in ("float32", "float32", "float64", "int32")
                            if d in self.num_types] or self.num_types)
        xs = [n for n in self.readable(dt) if len(self._shape_of(n)) == 2]
        x = self.r.choice(xs) if xs and self.chance(0.3) else None
        while True:
            m, k = self._shape_of(x) if x else (self.r.choice(MM_ROWS), self.r.choice(MM_RED))
            wide = self.r.choice(MM_COLS)
            shift = self.r.choice([1, 3, 8]) if self.chance(0.2, "shift_index") else 0
            n = wide - shift
            if self.val(m) * n * self.val(k) <= MM_WORK:
                break
            x = None
        if x is None:
            x = self.new_input([m, k], dt)
        i, j, rk = ["ax", 0], ["ax", 1], ["rk", 0]
        if self.chance(0.2, "transpose"):
            src = _bin("mul", ["ld", x, [i, rk]], ["ld", self.new_input([n, k], dt), [j, rk]])
        else:
            col = _bin("add", j, _i64(shift)) if shift else j
            src = _bin("mul", ["ld", x, [i, rk]], ["ld", self.new_input([k, wide], dt),
                                                   [rk, col]])
            if self.chance(0.15):  # a second weight on the same columns
                w2 = ["ld", self.new_input([k, wide], dt), [rk, col]]
                src = _bin("add", src, _bin("mul", ["ld", x, [i, rk]], w2))
        red = {"reducer": "sum", "axes": [[0, k]], "src": [src], "where": None}
        if not self.chance(0.5, "inline_reduce"):
            return [m, n], {"reduce": red}, dt
        out = _bin("add", ["red", red], ["ld", self.new_input([n], dt), [j]])
        if self.chance(0.5, "minmax"):
            out = _bin("max", out, _c(0.0 if kind(dt) == "f" else 0, dt))
        return [m, n], {"expr": out}, dt

    def rows(self, idx: int) -> tuple[list[Any], dict[str, Any], str]:
        """(shape, body, dtype) of a row-wise output ``Y[i, j]`` of a wide 2-D ``X`` (an
        earlier stage, such as a matmul, or an input), with its one or two per-row
        reductions over the whole row added as stages ``T{idx}r0``, ``T{idx}r1``: a softmax
        (or log-softmax), a layer norm (maybe with a weight and bias per column) or a
        squash-like scaling."""
        dt = self.r.choice([d for d in FLOAT_TYPES if d in self.num_types] or ["float32"])
        xs = [t for t in self.readable(dt) if len(sh := self._shape_of(t)) == 2 and
              all(isinstance(d, int) for d in sh) and sh[1] >= 16 and sh[0] * sh[1] <= ROW_ELEMS]
        if xs and self.chance(0.5):
            x = self.r.choice(xs)
            nr, n = self._shape_of(x)
        else:
            nr, n = self.r.choice(ROW_COUNTS), self.r.choice(ROW_LENS)
            x = self.new_input([nr, n], dt)
        i, j, k = ["ax", 0], ["ax", 1], ["rk", 0]
        xk, xj = ["ld", x, [i, k]], ["ld", x, [i, j]]
        s0, s1 = f"T{idx}r0", f"T{idx}r1"
        row = lambda name: ["ld", name, [i]]  # noqa: E731

        def red(reducer: str, src: list[Any]) -> dict[str, Any]:
            return {"reduce": {"reducer": reducer, "axes": [[0, n]], "src": [src],
                               "where": None}}

        kind_ = self.r.choice(["softmax", "norm", "scale"])
        if kind_ == "softmax":
            self._add_stage(s0, [nr], red("max", xk))
            self._add_stage(s1, [nr], red("sum", ["un", "exp", _bin("sub", xk, row(s0))]))
            d = _bin("sub", xj, row(s0))
            out = _bin("sub", d, ["un", "log", row(s1)]) if self.chance(0.3) else \
                _bin("div", ["un", "exp", d], row(s1))
        elif kind_ == "norm":
            inv = _c(1.0 / n, dt)
            self._add_stage(s0, [nr], red("sum", xk))
            dk = _bin("sub", xk, _bin("mul", row(s0), inv))
            self._add_stage(s1, [nr], red("sum", _bin("mul", dk, dk)))
            rstd = ["un", "rsqrt", _bin("add", _bin("mul", row(s1), inv), _c(1e-5, dt))]
            out = _bin("mul", _bin("sub", xj, _bin("mul", row(s0), inv)), rstd)
            if self.chance(0.5):
                out = _bin("add", _bin("mul", out, ["ld", self.new_input([n], dt), [j]]),
                           ["ld", self.new_input([n], dt), [j]])
        else:
            self._add_stage(s0, [nr], red("sum", _bin("mul", xk, xk)) if self.chance(0.6)
                            else red("max", ["un", "abs", xk]))
            out = _bin("mul", xj, ["un", "rsqrt", _bin("add", row(s0), _c(1.0, dt))]) \
                if self.chance(0.5) else _bin("div", xj, _bin("add", row(s0), _c(1.0, dt)))
        return [nr, n], {"expr": out}, dt

    def conv(self, idx: int) -> tuple[list[Any], dict[str, Any], str]:
        """(shape, body, dtype) of a 2-D convolution ``Y[b, o, y, x] = sum X[b, c, y*s + ky,
        x*s + kx] * W[o, c, ky, kx]`` (or depthwise: ``W[o, ky, kx]`` on channel ``o``), of
        an input or of a zero-padded copy of it (stage ``T{idx}p``), maybe with a bias and a
        ReLU; or, 40% of the time (an output of 2 x 2 or more), the conv as stage
        ``T{idx}c`` and a 2 x 2 max pooling of it (stride 2) as the output."""
        dt = self.r.choice([d for d in ("float32", "float32", "float64", "int32")
                            if d in self.num_types] or self.num_types)
        zero = _c(0.0 if kind(dt) == "f" else 0, dt)
        while True:
            b, c, o = self.r.choice([1, 1, 2, 3]), *self.r.sample(CONV_CHANNELS, 2)
            depthwise = self.chance(0.25)
            if depthwise:
                o = c
            h, w = self.r.choice(CONV_SIZES), self.r.choice(CONV_SIZES)
            k, st = self.r.choice([1, 3, 3]), self.r.choice([1, 1, 2])
            pad = k // 2 if self.chance(0.5) else 0
            oh, ow = (h + 2 * pad - k) // st + 1, (w + 2 * pad - k) // st + 1
            if oh >= 1 and ow >= 1 and b * o * oh * ow * (1 if depthwise else c) * k * k \
                    <= CONV_WORK:
                break
        x = self.new_input([b, c, h, w], dt)
        ax = [["ax", d] for d in range(4)]
        if pad:
            y, xx = ax[2], ax[3]
            inside = _bin("and", _bin("and", _bin("ge", y, _i64(pad)),
                                      _bin("lt", y, _i64(h + pad))),
                          _bin("and", _bin("ge", xx, _i64(pad)), _bin("lt", xx, _i64(w + pad))))
            ld = ["ld", x, [ax[0], ax[1], _bin("sub", y, _i64(pad)), _bin("sub", xx, _i64(pad))]]
            x = f"T{idx}p"
            self._add_stage(x, [b, c, h + 2 * pad, w + 2 * pad],
                            {"expr": ["sel", inside, ld, zero]})
        rks = [["rk", q] for q in range(3)]
        ci, ky, kx = (ax[1], rks[0], rks[1]) if depthwise else tuple(rks)
        pos = lambda a, r: _bin("add", _bin("mul", a, _i64(st)), r) if st > 1 else \
            _bin("add", a, r)  # noqa: E731
        read = ["ld", x, [ax[0], ci, pos(ax[2], ky), pos(ax[3], kx)]]
        wt = ["ld", self.new_input([o, k, k] if depthwise else [o, c, k, k], dt),
              [ax[1], ky, kx] if depthwise else [ax[1], ci, ky, kx]]
        axes = [[0, k], [0, k]] if depthwise else [[0, c], [0, k], [0, k]]
        red = {"reducer": "sum", "axes": axes, "src": [_bin("mul", read, wt)], "where": None}
        shape = [b, o, oh, ow]
        if self.chance(0.6, "inline_reduce"):
            out = _bin("add", ["red", red], ["ld", self.new_input([o], dt), [ax[1]]])
            body: dict[str, Any] = {"expr": _bin("max", out, zero) if self.chance(0.6)
                                    else out}
        else:
            body = {"reduce": red}
        if oh < 2 or ow < 2 or not self.chance(0.4):
            return shape, body, dt
        conv = f"T{idx}c"
        self._add_stage(conv, shape, body)
        win = ["ld", conv, [ax[0], ax[1], _bin("add", _bin("mul", ax[2], _i64(2)), rks[0]),
                            _bin("add", _bin("mul", ax[3], _i64(2)), rks[1])]]
        pool = {"reducer": "max", "axes": [[0, 2], [0, 2]], "src": [win], "where": None}
        return [b, o, oh // 2, ow // 2], {"reduce": pool}, dt

    def stage(self, idx: int) -> None:
        if self.f.on("reduce") and self.chance(CONV_CHANCE, "conv"):
            shape, body, _ = self.conv(idx)
            self._add_stage(f"T{idx}", shape, body)
            self.wide.append(f"T{idx}")
            return
        if self.f.on("reduce") and self.chance(MM_CHANCE, "matmul"):
            shape, body, dt = self.matmul()
            self._add_stage(f"T{idx}", shape, body)
            self.wide.append(f"T{idx}")
            return
        shape = self.related_shape() if idx else self.new_shape()
        axes = [(["ax", d], self.val(e), e if isinstance(e, str) else None, 0)
                for d, e in enumerate(shape)]
        ctx = _Ctx(axes)
        dt = self.r.choice(self.dtypes if self.chance(0.2) else self.num_types)
        depth = self.r.randint(1, 4)
        name = f"T{idx}"
        if dt != "bool" and self.chance(0.4, "reduce"):
            body: dict[str, Any] = {"reduce": self.reduction(dt, ctx, depth)}
        else:
            body = {"expr": self.expr(dt, ctx, depth)}
        self._add_stage(name, shape, body)

    def _add_stage(self, name: str, shape: list[Any], body: dict[str, Any]) -> None:
        st = {"name": name, "shape": shape, "body": body}
        self.prog["stages"].append(st)
        outs = stage_outputs(st)
        if len(outs) == 1:
            self.types[name] = self.ty(body["expr"]) if "expr" in body else \
                self.ty(body["reduce"]["src"][0])
        else:
            for o, s in zip(outs, body["reduce"]["src"], strict=True):
                self.types[o] = self.ty(s)

    def program(self) -> dict[str, Any]:
        if self.chance(0.3, "symbolic"):
            for q in range(self.r.randint(1, 2)):
                self.prog["dims"][f"n{q}"] = self.r.choice(SIZES[:12])
        nst = self.r.randint(1, 4) if self.f.on("multi_stage") else 1
        for i in range(nst):
            self.stage(i)
        sole = False
        if self.f.on("reduce") and self.chance(ROWS_CHANCE, "rows"):
            # last, and half the time the only output, so the row rules of the automatic
            # schedule (a single row-wise output) apply
            shape, body, _ = self.rows(nst)
            self._add_stage(f"T{nst}", shape, body)
            sole = self.chance(0.5)
        elif self.prog["stages"][-1]["name"] in self.wide:  # a matmul or conv last: the same
            sole = self.chance(0.4)
        last = self.prog["stages"][-1]
        outs = stage_outputs(last)
        outputs = [o for o in outs if self.chance(0.7)] or outs[:1]
        if self.f.on("multi_output") and not sole:
            for st in self.prog["stages"][:-1]:
                if self.chance(0.7 if st["name"] in self.wide else 0.3):
                    outputs.append(self.r.choice(stage_outputs(st)))
        self.prog["outputs"] = list(dict.fromkeys(outputs))
        self.prog["input_seed"] = self.r.randrange(2**31)
        self._ensure_dims_bound()
        return self.prog

    def _ensure_dims_bound(self) -> None:
        """Every symbolic dim must be the size of some input dimension (kernels bind dims
        from argument shapes); a dim no input carries becomes its value."""
        prune(self.prog)
        for d in list(self.prog["dims"]):
            if not any(d in t["shape"] for t in self.prog["inputs"]):
                concretize_dim(self.prog, d)


def generate(seed: int, feats: Features | None = None) -> dict[str, Any]:
    """One random program, a pure function of ``seed`` and the features."""
    return Generator(random.Random(seed), feats or Features()).program()


__all__ = ["DEFAULT_OFF", "FEATURES", "FLOAT_TYPES", "INT_TYPES", "Features", "Generator",
           "generate"]
