"""Schedule templates with knobs (AutoTVM style) for the autotuner's template spaces (layer 7).

A ``Template`` names its knobs and the values each may take for a given workload, and turns
one choice of values (a config: knob name -> value) into a schedule. The autotuner searches
the configs; the schedule it stores is the trace the template produced, so a record replays
without the template.

Each template states what it can schedule (``Template.tunes``) and checks it
(``Template.check``, with its precondition from ``schedules.stage_match``) before giving
knobs or a schedule: a computation of another shape is refused up front with a ScheduleError
naming the template and the mismatch.

Knob ranges come from the target (issue 10): vector widths are the target's lanes for the
output's dtype (and half and multiples of it), register tiles are the ones whose
accumulators fit the target's vector registers with room for the loaded operands
(``Template.fits``), and each knob's first value, the space's default, is the tile the hand
schedules in ``schedules.cpu`` pick for that target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import tcomp as tc

from . import cpu
from .stage_match import (
    bmm_check,
    computes,
    conv_check,
    matmul_check,
    matmul_operands,
    reduce_check,
    softmax_check,
    softmax_stages,
    window_check,
)

Config = dict[str, Any]
Knobs = dict[str, list[Any]]
Check = Callable[[list[tc.Tensor], list[tc.Tensor]], "str | None"]
MakeKnobs = Callable[[list[tc.Tensor], list[tc.Tensor], tc.Target], Knobs]


def _no_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    return None


def _always_fits(cfg: Config, outs: list[tc.Tensor], target: tc.Target) -> bool:
    return True


@dataclass(frozen=True)
class Template:
    """``make_knobs(outputs, args, target)`` -> candidate values per knob (the first of each
    is the default for that target); ``make_schedule(cfg, outputs, args)`` -> schedule;
    ``valid(cfg)`` rejects combinations that make no sense; ``fits(cfg, outputs, target)``
    rejects register tiles that would spill on ``target``; ``precondition(outputs, args)``
    -> why the template can't schedule that computation (None: it can); ``tunes`` says in
    words what it schedules."""

    name: str
    make_knobs: MakeKnobs
    make_schedule: Callable[[Config, list[tc.Tensor], list[tc.Tensor]], tc.Schedule]
    valid: Callable[[Config], bool] = lambda cfg: True
    precondition: Check = _no_check
    tunes: str = ""
    fits: Callable[[Config, list[tc.Tensor], tc.Target], bool] = _always_fits

    def check(self, outputs: Any, args: Any) -> None:
        """Raise ScheduleError unless this template can schedule ``outputs``."""
        outs = [outputs] if isinstance(outputs, tc.Tensor) else list(outputs)
        why = self.precondition(outs, list(args))
        if why is not None:
            what = f" It schedules {self.tunes}." if self.tunes else ""
            raise tc.ScheduleError(
                f"template '{self.name}' can't schedule this computation: {why}.{what} "
                "Use space='auto' (any computation) or the template written for this op "
                f"(templates: {', '.join(sorted(TEMPLATES))})")

    def knobs(self, outputs: list[tc.Tensor], args: list[tc.Tensor], target: Any = None
              ) -> Knobs:
        """The candidate values of each knob for this computation on ``target`` (default:
        the host), checked first."""
        self.check(outputs, args)
        return self.make_knobs(list(outputs), list(args), cpu.target_of(target))

    def apply(self, cfg: Config, outputs: list[tc.Tensor], args: list[tc.Tensor]
              ) -> tc.Schedule:
        """The schedule of config ``cfg`` for this computation (checked first)."""
        self.check(outputs, args)
        return self.make_schedule(cfg, list(outputs), list(args))


def _lanes(outs: list[tc.Tensor], target: tc.Target) -> int:
    return target.vector_lanes(outs[0].dtype)


def _widths(lanes: int, extent: int, multiples: tuple[float, ...] = (1, 0.5, 2, 4)
            ) -> list[int]:
    """Vector widths around the target's ``lanes`` (it first), those that fit ``extent``."""
    cands = []
    for m in multiples:
        w = int(lanes * m)
        if w >= 2 and w not in cands:
            cands.append(w)
    return _fits(cands, extent)


def _ext(x: Any) -> int:
    return int(x.dom.extent.value) if hasattr(x, "dom") else int(x.value)


def _fits(values: list[int], extent: int) -> list[int]:
    """Values no larger than ``extent``; at least the smallest one."""
    vals = [v for v in values if v <= extent]
    return vals or [min(values)]


# ----------------------------------------------------------------------------- matmul
def _matmul_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target
                  ) -> Knobs:
    n, m = (int(d.value) for d in outs[0].shape)
    mr, nr, lanes = cpu.gemm_tile(target, outs[0].dtype)
    return {"mr": _fits(_first(mr, [4, 6, 8, 12, 16]), n),
            "nr": _fits(_first(nr, [lanes * v for v in (1, 2, 3, 4)]), m),
            "mc_blocks": [1, 2, 4, 8, 16], "lanes": [lanes], "pack_a": [False, True],
            "parallel": [True, False]}


def _first(v: int, rest: list[int]) -> list[int]:
    return [v] + [x for x in rest if x != v]


def _matmul_fits(cfg: Config, outs: list[tc.Tensor], target: tc.Target) -> bool:
    """``mr`` rows of ``nr / lanes`` accumulator vectors, plus the ``nr / lanes`` vectors of
    B and A's broadcast, in the target's vector registers."""
    nvec = -(-cfg["nr"] // cfg["lanes"])
    return cfg["mr"] * nvec + nvec + 1 <= target.vector_registers


def _matmul_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    C = outs[0]
    A, B = matmul_operands(C)  # type: ignore[misc]  # checked by matmul_check
    s, _ = cpu.matmul(A, B, C, mr=cfg["mr"], nr=cfg["nr"], mc=cfg["mr"] * cfg["mc_blocks"],
                      lanes=cfg["lanes"], parallel=cfg["parallel"], pack_a=cfg["pack_a"])
    return s


# ----------------------------------------------------------------------------- batch matmul
def _bmm_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target) -> Knobs:
    _, n, m = (int(d.value) for d in outs[0].shape)
    lanes = _lanes(outs, target)
    return {"ti": _fits([1, 2, 4, 8], n), "tj": _fits([lanes * v for v in (1, 2, 4)], m),
            "lanes": _widths(lanes, m, (1, 0.5)), "parallel": [True, False]}


def _bmm_fits(cfg: Config, outs: list[tc.Tensor], target: tc.Target) -> bool:
    """``ti`` rows of ``tj / lanes`` accumulator vectors, plus a row of B and A's broadcast,
    in the target's vector registers (a vector wider than the target's is several)."""
    per = -(-min(cfg["lanes"], cfg["tj"]) // _lanes(outs, target))
    nvec = -(-cfg["tj"] // min(cfg["lanes"], cfg["tj"])) * per
    return cfg["ti"] * nvec + nvec + 1 <= target.vector_registers


def _bmm_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    C = outs[0]
    s = tc.create_schedule(C)
    CC = s.cache_write(C, "local")
    b, i, j = s[C].op.axis
    io, jo, _ii, ji = s[C].tile(i, j, cfg["ti"], cfg["tj"])
    lanes = min(cfg["lanes"], cfg["tj"])
    _jio, jii = s[C].split(ji, factor=lanes)
    s[C].vectorize(jii)
    s[CC].compute_at(s[C], jo)
    _, ci, cj = s[CC].op.axis
    (k,) = s[CC].op.reduce_axis
    s[CC].reorder(k, ci, cj)
    cjo, cji = s[CC].split(cj, factor=lanes)
    s[CC].unroll(ci)
    s[CC].unroll(cjo)
    s[CC].vectorize(cji)
    if cfg["parallel"]:
        s[C].parallel(s[C].fuse(b, io))
    return s


def _bmm_valid(cfg: Config) -> bool:
    return cfg["lanes"] <= cfg["tj"]


# ----------------------------------------------------------------------------- conv2d NCHW
def _conv_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target) -> Knobs:
    """The first value of each knob is the default: a 4 x 3 x one-vector tile with the kernel
    window as a loop, the image's row strips in parallel and each strip's padded input
    computed by the thread that reads it (the tile was the best of the template on AVX2:
    Zen 2, 64->64 56x56 3x3, one run: 1.66 ms, torch 1.64 ms; 1 x 1 x one vector with the
    padding inlined and the window unrolled, 12.7 ms; 4 x 2 with the window unrolled 1.86).

    ``parallel``: "ny" runs the row strips (n, y.outer) in parallel, each over every output
    channel; "nf" and "nfy" the output channel groups (and rows), "none" one thread.
    ``pad``: "rows" computes a strip's padded input inside the strip ("ny" only), "root"
    the whole padded image first, "inline" reads the input through the padding's select.
    With the padding at root each thread's tiles read every input channel, half of them
    written by the other core a moment before. On a 2-vCPU Zen 4 VM the 64->64 56x56 conv
    moved between two states: in one the padding at root took 1.40 ms against 1.12 per strip
    (AVX-512) and 1.52 against 1.07 for an input padded beforehand (AVX2); in the other
    1.07-1.17 ms whichever way.
    """
    _, f, h, w = (int(d.value) for d in outs[0].shape)
    lanes = _lanes(outs, target)
    return {"tile_f": _fits([4, 1, 2, 8, 16], f), "tile_y": _fits([3, 1, 2, 4], h),
            "tile_x": _fits(_first(lanes, [lanes // 2, 2 * lanes]), w),
            "pad": ["rows", "root", "inline"] if computes(outs[0]) else ["root"],
            "unroll_f": [True, False], "unroll_k": [False, True],
            "parallel": ["ny", "nf", "nfy", "none"]}


def _conv_valid(cfg: Config) -> bool:
    """A strip's padded input needs the strips as the outer loop."""
    return cfg["pad"] != "rows" or cfg["parallel"] == "ny"


def _conv_fits(cfg: Config, outs: list[tc.Tensor], target: tc.Target) -> bool:
    """The (f, y, x) accumulator tile (``tile_x / lanes`` vectors per row; the f rows only
    when unrolled) and what the FMAs read beside it in the target's vector registers: an
    input vector per output row, a weight broadcast, the inlined padding's mask and select
    per input vector, and with the kernel window unrolled two more input rows (a 3-row
    window shares rows between output rows) and three registers for the next step LLVM
    overlaps. With the f rows unrolled, a broadcast must feed at least as many FMAs as there
    are input vectors (tile_f >= tile_y * vectors): (2, 4, 1), (2, 2, 2) and (1, 3, 2)
    spilled however the window and the padding were compiled. A row narrower than a
    register counts as an unrolled window ((4, 3, half a vector) spilled with the window as
    a loop). A rule fitted to measurements (the spill check of
    tests/schedule/test_hand_schedules.py over every config of this space, 16x16 and 56x56
    images): on AVX2 (16 registers) (4, 3, 1) and (4, 2, 1) do not spill with the padding
    at root ((4, 3, 1) only with the window as a loop), (4, 3, 1) unrolled, (6, 2, 1) and
    (2, 6, 1) do; on AVX-512 (32) (8, 3, 1) spills unrolled."""
    lanes = _lanes(outs, target)
    nvec = -(-cfg["tile_x"] // lanes)
    f = cfg["tile_f"] if cfg["unroll_f"] else 1
    acc = cfg["tile_y"] * nvec * f
    if f < cfg["tile_y"] * nvec:
        return False
    # a part-register row is a small loop body, which LLVM unrolls over the window itself
    unrolled = bool(cfg["unroll_k"]) or cfg["tile_x"] < lanes
    rows = cfg["tile_y"] + (2 if unrolled else 0)
    masks = 2 * cfg["tile_y"] * nvec if cfg["pad"] == "inline" else 0  # per input vector
    operands = 1 + masks + (3 if unrolled else 0)
    return acc + rows * nvec + operands <= target.vector_registers


def _conv_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    """Direct convolution: an (f, y, x) output tile accumulates in registers over (rc, ry, rx),
    vectorized along x (contiguous in both the input rows and the output)."""
    Y = outs[0]
    s = tc.create_schedule(Y)
    pad = computes(Y)
    if pad and cfg["pad"] == "inline":
        s[pad[0]].compute_inline()
    YL = s.cache_write(Y, "local")
    n, f, y, x = s[Y].op.axis
    fo, fi = s[Y].split(f, factor=cfg["tile_f"])
    yo, yi = s[Y].split(y, factor=cfg["tile_y"])
    xo, xi = s[Y].split(x, factor=cfg["tile_x"])
    rows = cfg["parallel"] == "ny"
    s[Y].reorder(n, *((yo, fo) if rows else (fo, yo)), xo, fi, yi, xi)
    s[Y].vectorize(xi)
    s[YL].compute_at(s[Y], xo)
    _, lf, ly, lx = s[YL].op.axis
    rc, ry, rx = s[YL].op.reduce_axis
    s[YL].reorder(rc, ry, rx, lf, ly, lx)
    _lxo, lxi = s[YL].split(lx, factor=cfg["tile_x"])
    s[YL].vectorize(lxi)
    if cfg["unroll_f"]:
        s[YL].unroll(lf)
    s[YL].unroll(ly)
    if cfg.get("unroll_k", False):  # the kernel window: 9x the FMAs per rc step, no loop
        s[YL].unroll(ry)             # overhead between them (10% on 64->64 3x3 here)
        s[YL].unroll(rx)
    strip = yo
    if rows:  # one image: the strips alone, so a last partial strip is peeled; several: the
        # strips fused with the images (the passes' version_tiles gives full tiles constant
        # rows; 3 images at 56 x 56: 3.80-3.88 ms where the images alone took 4.08-4.14)
        strip = yo if int(n.dom.extent.value) == 1 else s[Y].fuse(n, yo)
        s[Y].parallel(strip)
    if pad and cfg["pad"] == "rows":
        s[pad[0]].compute_at(s[Y], strip)
    elif pad and cfg["pad"] == "root":
        pn, pc, _py, _px = s[pad[0]].op.axis
        s[pad[0]].parallel(s[pad[0]].fuse(pn, pc))
    if cfg["parallel"] == "nf":
        s[Y].parallel(s[Y].fuse(n, fo))
    elif cfg["parallel"] == "nfy":
        s[Y].parallel(s[Y].fuse(n, fo, yo))
    return s


# ------------------------------------------------------- depthwise conv2d and pooling (windows)
def _window_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target) -> Knobs:
    w = int(outs[0].shape[3].value)
    return {"tile_x": _widths(_lanes(outs, target), w), "pad": ["inline", "root"],
            "unroll_window": [True, False], "parallel": [True, False]}


def _window_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    """Small-window reductions (depthwise conv, pooling): the window loops sit inside the
    x-tile loop, the x tile is vectorized, (n, c) rows run in parallel."""
    Y = outs[0]
    s = tc.create_schedule(Y)
    R = Y if Y.op.reduce_axis else computes(Y)[0]  # avg pool: Y scales the window sum R
    for p in computes(R):
        if cfg["pad"] == "inline":
            s[p].compute_inline()
    n, c, y, x = s[Y].op.axis
    xo, xi = s[Y].split(x, factor=cfg["tile_x"])
    if R is Y:
        red = list(s[Y].op.reduce_axis)
        s[Y].reorder(n, c, y, xo, *red, xi)
        if cfg["unroll_window"]:
            for r in red[-2:]:
                s[Y].unroll(r)
    else:
        s[R].compute_at(s[Y], xo)
        _, _, _, rx = s[R].op.axis
        red = list(s[R].op.reduce_axis)
        rxo, rxi = s[R].split(rx, factor=cfg["tile_x"])
        s[R].reorder(*red, rxo, rxi)
        s[R].vectorize(rxi)
        if cfg["unroll_window"]:
            for r in red:
                s[R].unroll(r)
    s[Y].vectorize(xi)
    if cfg["parallel"]:
        s[Y].parallel(s[Y].fuse(n, c))
    return s


# ----------------------------------------------------------------------------- softmax
def _softmax_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target
                   ) -> Knobs:
    m = int(outs[0].shape[1].value)
    pf = cpu.softmax_prefetch(target, outs[0])  # rows ahead: the next row first where it pays
    return {"lanes": _widths(_lanes(outs, target), m), "parallel": [True, False],
            "prefetch": [pf, 1 - pf]}


def _softmax_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    y = outs[0]
    mx, e, sm = softmax_stages(y)  # type: ignore[misc]  # checked by softmax_check
    X = args[0]
    s, _ = cpu.softmax(X, [mx, e, sm, y], lanes=cfg["lanes"], interleave=1,
                       parallel=cfg["parallel"], prefetch=cfg.get("prefetch", 0))
    return s


# ----------------------------------------------------------------------------- row reductions
def _reduce_knobs(outs: list[tc.Tensor], args: list[tc.Tensor], target: tc.Target) -> Knobs:
    m = _ext(outs[0].op.reduce_axis[-1])
    return {"lanes": _widths(_lanes(outs, target), m), "parallel": [True, False]}


def _reduce_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    """``out[i] = reduce_k X[i, k]``: the reduction is split and rfactor-ed into a
    ``lanes``-wide vector of partial results, rows in parallel."""
    y = outs[0]
    s = tc.create_schedule(y)
    (k,) = s[y].op.reduce_axis
    _ko, ki = s[y].split(k, factor=cfg["lanes"])
    rf = s.rfactor(y, ki)
    (i,) = s[y].op.axis
    if cfg["parallel"]:
        s[y].parallel(i)
    rk, ri = s[rf].op.axis
    (rko,) = s[rf].op.reduce_axis
    s[rf].reorder(ri, rko, rk)
    s[rf].vectorize(rk)
    s[rf].compute_at(s[y], i)
    return s


_WINDOW = ("a 4-D NCHW window reduction (depthwise convolution, max pooling), or one "
           "elementwise stage over it (average pooling); elementwise stages it reads (the "
           "padding) may be inlined")
TEMPLATES: dict[str, Template] = {
    "matmul": Template("matmul", _matmul_knobs, _matmul_apply, precondition=matmul_check,
                       tunes="one 2-D output C[i, j] = sum_k A[i, k] * B[k, j] (constant sizes)",
                       fits=_matmul_fits),
    "batch_matmul": Template("batch_matmul", _bmm_knobs, _bmm_apply, _bmm_valid, bmm_check,
                             "one 3-D output with one reduction axis (C[b, i, j] = "
                             "sum_k A[b, i, k] * B[b, k, j])", fits=_bmm_fits),
    "conv2d_nchw": Template("conv2d_nchw", _conv_knobs, _conv_apply, _conv_valid, conv_check,
                            tunes="one 4-D NCHW output reducing over 3 axes (rc, ry, rx), "
                            "reading at most one elementwise stage (the padding)",
                            fits=_conv_fits),
    "depthwise_conv2d": Template("depthwise_conv2d", _window_knobs, _window_apply,
                                 precondition=window_check, tunes=_WINDOW),
    "pool2d": Template("pool2d", _window_knobs, _window_apply, precondition=window_check,
                       tunes=_WINDOW),
    "softmax": Template("softmax", _softmax_knobs, _softmax_apply,
                        precondition=softmax_check,
                        tunes="row softmax of a 2-D input in four stages: row max (1-D "
                        "reduction), exponentials (2-D), row sums (1-D reduction), quotient "
                        "(2-D output), as tcomp.ops.reduce.softmax builds it"),
    "row_reduce": Template("row_reduce", _reduce_knobs, _reduce_apply,
                           precondition=reduce_check,
                           tunes="one 1-D output reducing over one axis (out[i] = "
                           "reduce_k X[i, k])"),
}


def get(name: str) -> Template:
    """The template called ``name`` (see ``TEMPLATES``)."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise tc.ScheduleError(f"no schedule template named {name!r}; templates: "
                               f"{', '.join(sorted(TEMPLATES))}, or use space='auto'") from None


__all__ = ["TEMPLATES", "Template", "get"]
