"""Schedule templates with knobs (AutoTVM style) for the autotuner's template spaces (layer 7).

A ``Template`` names its knobs and the values each may take for a given workload, and turns
one choice of values (a config: knob name -> value) into a schedule. The autotuner searches
the configs; the schedule it stores is the trace the template produced, so a record replays
without the template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import tcomp as tc

from . import cpu

Config = dict[str, Any]
Knobs = dict[str, list[Any]]


@dataclass(frozen=True)
class Template:
    """``knobs(outputs, args)`` -> candidate values per knob; ``apply(cfg, outputs, args)`` ->
    schedule; ``valid(cfg)`` rejects combinations that make no sense (optional)."""

    name: str
    knobs: Callable[[list[tc.Tensor], list[tc.Tensor]], Knobs]
    apply: Callable[[Config, list[tc.Tensor], list[tc.Tensor]], tc.Schedule]
    valid: Callable[[Config], bool] = lambda cfg: True


def _ext(x: Any) -> int:
    return int(x.dom.extent.value) if hasattr(x, "dom") else int(x.value)


def _fits(values: list[int], extent: int) -> list[int]:
    """Values no larger than ``extent``; at least the smallest one."""
    vals = [v for v in values if v <= extent]
    return vals or [min(values)]


def _computes(t: tc.Tensor) -> list[tc.Tensor]:
    return [x for x in t.op.input_tensors if hasattr(x.op, "body")]


# ----------------------------------------------------------------------------- matmul
def _matmul_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    n, m = (int(d.value) for d in outs[0].shape)
    return {"mr": _fits([4, 6, 8, 12, 16], n), "nr": _fits([16, 32, 48, 64], m),
            "mc_blocks": [1, 2, 4, 8, 16], "lanes": [8, 16], "pack_a": [False, True],
            "parallel": [True, False]}


def _matmul_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    A, B, C = args[0], args[1], outs[0]
    s, _ = cpu.matmul(A, B, C, mr=cfg["mr"], nr=cfg["nr"], mc=cfg["mr"] * cfg["mc_blocks"],
                      lanes=cfg["lanes"], parallel=cfg["parallel"], pack_a=cfg["pack_a"])
    return s


# ----------------------------------------------------------------------------- batch matmul
def _bmm_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    _, n, m = (int(d.value) for d in outs[0].shape)
    return {"ti": _fits([1, 2, 4, 8], n), "tj": _fits([8, 16, 32, 64], m), "lanes": [4, 8, 16],
            "parallel": [True, False]}


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
def _conv_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    _, f, h, w = (int(d.value) for d in outs[0].shape)
    return {"tile_f": _fits([1, 2, 4, 8, 16], f), "tile_y": _fits([1, 2, 4], h),
            "tile_x": _fits([8, 14, 16, 28, 32], w), "pad": ["inline", "root"],
            "unroll_f": [True, False], "unroll_k": [True, False],
            "parallel": ["nf", "nfy", "none"]}


def _conv_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    """Direct convolution: an (f, y, x) output tile accumulates in registers over (rc, ry, rx),
    vectorized along x (contiguous in both the input rows and the output)."""
    Y = outs[0]
    s = tc.create_schedule(Y)
    pad = _computes(Y)
    if pad and cfg["pad"] == "inline":
        s[pad[0]].compute_inline()
    YL = s.cache_write(Y, "local")
    n, f, y, x = s[Y].op.axis
    fo, fi = s[Y].split(f, factor=cfg["tile_f"])
    yo, yi = s[Y].split(y, factor=cfg["tile_y"])
    xo, xi = s[Y].split(x, factor=cfg["tile_x"])
    s[Y].reorder(n, fo, yo, xo, fi, yi, xi)
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
    if pad and cfg["pad"] == "root":
        pn, pc, _py, _px = s[pad[0]].op.axis
        s[pad[0]].parallel(s[pad[0]].fuse(pn, pc))
    if cfg["parallel"] == "nf":
        s[Y].parallel(s[Y].fuse(n, fo))
    elif cfg["parallel"] == "nfy":
        s[Y].parallel(s[Y].fuse(n, fo, yo))
    return s


# ------------------------------------------------------- depthwise conv2d and pooling (windows)
def _window_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    w = int(outs[0].shape[3].value)
    return {"tile_x": _fits([4, 8, 16, 32], w), "pad": ["inline", "root"],
            "unroll_window": [True, False], "parallel": [True, False]}


def _window_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    """Small-window reductions (depthwise conv, pooling): the window loops sit inside the
    x-tile loop, the x tile is vectorized, (n, c) rows run in parallel."""
    Y = outs[0]
    s = tc.create_schedule(Y)
    R = Y if Y.op.reduce_axis else _computes(Y)[0]  # avg pool: Y scales the window sum R
    for p in _computes(R):
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
def _softmax_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    m = int(outs[0].shape[1].value)
    return {"lanes": _fits([4, 8, 16, 32], m), "parallel": [True, False]}


def _softmax_apply(cfg: Config, outs: list[tc.Tensor], args: list[tc.Tensor]) -> tc.Schedule:
    y = outs[0]
    ins = y.op.input_tensors
    e = next(t for t in ins if t.ndim == 2)
    sm = next(t for t in ins if t.ndim == 1)
    (mx,) = [t for t in e.op.input_tensors if t.ndim == 1]
    X = args[0]
    s, _ = cpu.softmax(X, [mx, e, sm, y], lanes=cfg["lanes"], parallel=cfg["parallel"])
    return s


# ----------------------------------------------------------------------------- row reductions
def _reduce_knobs(outs: list[tc.Tensor], args: list[tc.Tensor]) -> Knobs:
    m = _ext(outs[0].op.reduce_axis[-1])
    return {"lanes": _fits([4, 8, 16, 32], m), "parallel": [True, False]}


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


TEMPLATES: dict[str, Template] = {
    "matmul": Template("matmul", _matmul_knobs, _matmul_apply),
    "batch_matmul": Template("batch_matmul", _bmm_knobs, _bmm_apply, _bmm_valid),
    "conv2d_nchw": Template("conv2d_nchw", _conv_knobs, _conv_apply),
    "depthwise_conv2d": Template("depthwise_conv2d", _window_knobs, _window_apply),
    "pool2d": Template("pool2d", _window_knobs, _window_apply),
    "softmax": Template("softmax", _softmax_knobs, _softmax_apply),
    "row_reduce": Template("row_reduce", _reduce_knobs, _reduce_apply),
}


def get(name: str) -> Template:
    """The template called ``name`` (see ``TEMPLATES``)."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise tc.ScheduleError(f"no schedule template named {name!r}; templates: "
                               f"{', '.join(sorted(TEMPLATES))}, or use space='auto'") from None


__all__ = ["TEMPLATES", "Template", "get"]
