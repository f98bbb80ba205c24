"""ONNX's neural-network operators: normalization, reductions and convolution, as tcomp.nn
ops (layer 9; pooling in ``pool_ops``). Registered in ``ops.OPS`` on import, as the operators
of ``ops``.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..nn import functional as F
from ..nn.tensor import FLOAT_DTYPES, Tensor
from ..ops.common import shape_of
from .ops import (
    Node,
    Value,
    arith,
    axes_of,
    axis_of,
    const,
    ints,
    is_float,
    is_t,
    on_const,
    op,
    pad,
    reshape,
    same_dtype,
)

# ----------------------------------------------------------------------------- normalization

@op("Softmax LogSoftmax", 1, 13, "axis")
def _softmax(node: Node, x: Value) -> Value:
    log = node.op_type == "LogSoftmax"
    axis = axis_of(node, int(node.attr("axis", -1 if node.version >= 13 else 1)), x.ndim)

    def sm(x: Tensor) -> Tensor:
        if node.version >= 13:
            return F.log_softmax(x, axis) if log else F.softmax(x, axis)
        # before opset 13: the input is coerced to 2-D at axis, softmax over the second dim
        x2 = F.reshape(x, (math.prod(x.shape[:axis]), math.prod(x.shape[axis:])))
        y = F.log_softmax(x2, -1) if log else F.softmax(x2, -1)
        return F.reshape(y, x.shape)
    return on_const(sm, node, x)


@op("LayerNormalization", 17, 17, "axis epsilon stash_type")
def _layer_norm(node: Node, x: Value, scale: Value, bias: Value = None) -> Value:
    same_dtype(node, x, scale, bias)
    eps = float(node.attr("epsilon", 1e-5))
    ax = axis_of(node, int(node.attr("axis", -1)), x.ndim)
    inner = x.shape[ax:]

    def ln(x: Tensor, s: Tensor, b: Tensor | None) -> tuple[Tensor, ...]:
        n = math.prod(inner)
        one = Tensor(np.ones(n, x.dtype))
        if ax == x.ndim - 1 and s.shape == inner and (b is None or b.shape == inner):
            y = F.layer_norm(x, s, b if b is not None else Tensor(np.zeros(n, x.dtype)), eps)
        else:
            zero = Tensor(np.zeros(n, x.dtype))
            y = F.layer_norm(F.reshape(x, (*x.shape[:ax], n)), one, zero, eps)
            y = arith(node, "Mul", F.reshape(y, x.shape), s)
            y = y if b is None else arith(node, "Add", y, b)
        if not (node.wants(1) or node.wants(2)):
            return (y,)
        red = tuple(range(ax, x.ndim))
        mean = F.mean(x, axis=red, keepdims=True)
        inv = 1.0 / F.sqrt(F.var(x, axis=red, keepdims=True) + eps)
        return y, mean, inv
    return on_const(ln, node, x, scale, bias)


@op("BatchNormalization", 9, 15, "epsilon momentum training_mode spatial")
def _batch_norm(node: Node, x: Value, scale: Value, bias: Value, mean: Value, var: Value
                ) -> Value:
    """Inference: ``(x - mean) * scale / sqrt(var + eps) + bias`` per channel. Training mode
    (``training_mode=1``, from version 14): the batch's mean and (population) variance in
    their place, and the running statistics' update as outputs 1 and 2 if asked for."""
    train = bool(int(node.attr("training_mode", 0)))
    if int(node.attr("spatial", 1)) != 1:
        raise node.unsupported("spatial=0")
    if not train and any(node.wants(k) for k in (1, 2)):
        raise node.unsupported("the running mean and variance outputs without training_mode=1"
                               " (opset 14 on)")
    same_dtype(node, x, scale, bias, mean, var)
    if x.ndim < 2:
        raise node.error(f"input must be (N, C, ...), got {list(x.shape)}")
    c = x.shape[1]
    for what, v in (("scale", scale), ("B", bias), ("input_mean", mean), ("input_var", var)):
        if tuple(v.shape) != (c,):
            raise node.error(f"input {what!r} has shape {list(v.shape)}, expected [{c}] (one "
                             "value per channel)")
    shape = (1, c) + (1,) * (x.ndim - 2)
    eps = float(node.attr("epsilon", 1e-5))
    if train:
        red = (0, *range(2, x.ndim))
        mom = float(node.attr("momentum", 0.9))

        def bn(x: Tensor, s: Tensor, b: Tensor, m: Tensor, v: Tensor) -> tuple[Tensor, ...]:
            bm, bv = F.mean(x, axis=red, keepdims=True), F.var(x, axis=red, keepdims=True)
            k = F.reshape(s, shape) / F.sqrt(bv + eps)
            y = (x - bm) * k + F.reshape(b, shape)
            return (y, m * mom + F.reshape(bm, (c,)) * (1 - mom),
                    v * mom + F.reshape(bv, (c,)) * (1 - mom))
        out = on_const(bn, node, x, scale, bias, mean, var)
        return out if node.wants(1) or node.wants(2) else out[0]
    inv = (1 / np.sqrt(var + np.asarray(eps, x.dtype))).astype(x.dtype) if not is_t(var) else \
        1.0 / F.sqrt(var + eps)
    k = arith(node, "Mul", scale, inv)
    y = arith(node, "Mul", arith(node, "Sub", x, reshape(mean, shape)), reshape(k, shape))
    return arith(node, "Add", y, reshape(bias, shape))


@op("Dropout", 7, 22, "ratio seed")
def _dropout(node: Node, x: Value, ratio: Value = None, training: Value = None) -> Value:
    """Inference: the identity (and an all-true mask)."""
    p = 0.5 if ratio is None else float(np.asarray(ratio))
    if training is not None and bool(const(node, training, "training_mode")) and p:
        raise node.unsupported("training_mode=True (random dropout in the imported graph); "
                               "dropout is the identity in inference")
    return (x, np.ones(x.shape, np.bool_)) if node.wants(1) else x


# ----------------------------------------------------------------------------- reductions

_REDUCE = {"ReduceSum": ("sum", np.sum, 13), "ReduceMean": ("mean", np.mean, 18),
           "ReduceMax": ("max", np.max, 18), "ReduceMin": ("min", np.min, 18)}


@op("ReduceSum ReduceMean ReduceMax ReduceMin", 1, 20, "axes keepdims noop_with_empty_axes")
def _reduce(node: Node, x: Value, axes_in: Value = None) -> Value:
    kind, np_fn, axes_input_since = _REDUCE[node.op_type]
    if node.version >= axes_input_since:
        if "axes" in node.attrs:
            raise node.error(f"attribute 'axes' was replaced by an input in "
                             f"{node.op_type}-{axes_input_since}")
        axes = None if axes_in is None else ints(node, axes_in, "axes")
    else:
        axes = node.attr("axes")
    keep = bool(int(node.attr("keepdims", 1)))
    if not axes:
        if int(node.attr("noop_with_empty_axes", 0)):
            return x
        axes = list(range(x.ndim))
    red = tuple(axes_of(node, list(axes), x.ndim))
    if not is_t(x) and (not is_float(x) or x.dtype not in FLOAT_DTYPES or not x.size):
        kw = {}
        if not x.size and kind in ("max", "min"):  # the empty set's max is the lowest value
            info = np.finfo(x.dtype) if is_float(x) else np.iinfo(x.dtype) \
                if x.dtype != np.bool_ else None
            lo, hi = (-np.inf, np.inf) if is_float(x) else (False, True) if info is None \
                else (info.min, info.max)
            kw = {"initial": lo if kind == "max" else hi}
        return np.asarray(np_fn(x, axis=red, keepdims=keep, **kw)).astype(x.dtype)
    fn = {"sum": F.sum, "mean": F.mean, "max": F.max, "min": F.min}[kind]
    return on_const(lambda t: fn(t, axis=red, keepdims=keep), node, x)


# ----------------------------------------------------------------------------- convolution

def window_pads(node: Node, spatial: tuple[int, ...], kernel: list[int], strides: list[int],
          dilations: list[int]) -> list[int]:
    """Explicit pads [begin..., end...] from ``pads`` or ``auto_pad``."""
    mode = node.attr("auto_pad", "NOTSET")
    nd = len(spatial)
    if mode == "NOTSET":
        pads = list(node.attr("pads", [0] * 2 * nd))
        if len(pads) != 2 * nd or min(pads) < 0:
            raise node.error(f"pads={pads} must hold {2 * nd} non-negative values")
        return pads
    if mode == "VALID":
        return [0] * 2 * nd
    if mode not in ("SAME_UPPER", "SAME_LOWER"):
        raise node.error(f"auto_pad={mode!r}: must be NOTSET, VALID, SAME_UPPER or SAME_LOWER")
    begin, end = [], []
    for n, k, s, d in zip(spatial, kernel, strides, dilations, strict=True):
        total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
        small = total // 2
        begin.append(small if mode == "SAME_UPPER" else total - small)
        end.append(total - begin[-1])
    return begin + end


def build_conv3d(x: Any, w: Any, strides: tuple[int, ...], dil: tuple[int, ...], group: int
              ) -> Any:
    """NCDHW convolution (no padding) with OIDHW weights, any strides and dilations."""
    (n, _, *size), (o, cg, *kernel) = shape_of(x), shape_of(w)
    outs = [(m - (k - 1) * d - 1) // s + 1
            for m, k, s, d in zip(size, kernel, strides, dil, strict=True)]
    rc = dsl.reduce_axis(cg, name="rc")
    rk = [dsl.reduce_axis(k, name=f"r{i}") for i, k in enumerate(kernel)]
    og = o // group

    def body(*i: Any) -> Any:
        ch = (i[1] // og) * cg + rc if group > 1 else rc
        at = [y * s + r * d for y, r, s, d in zip(i[2:], rk, strides, dil, strict=True)]
        return dsl.sum(x[(i[0], ch, *at)] * w[(i[1], rc, *rk)], axis=[rc, *rk])
    return dsl.compute((n, o, *outs), body, name="conv3d")


@op("Conv", 1, 22, "auto_pad dilations group kernel_shape pads strides")
def _conv(node: Node, x: Value, w: Value, b: Value = None) -> Value:
    same_dtype(node, x, w, b)
    if w.ndim != x.ndim:
        raise node.error(f"weight {list(w.shape)} and input {list(x.shape)} differ in rank")
    if x.ndim == 3:  # 1-D: the 2-D convolution of a height-1 image
        a = node.attrs
        attrs = {**a, "kernel_shape": [1, *a.get("kernel_shape", w.shape[2:])],
                 "strides": list(a.get("strides", [1])) * 2,
                 "dilations": list(a.get("dilations", [1])) * 2}
        if "pads" in a:
            if len(a["pads"]) != 2:
                raise node.error(f"pads={a['pads']} must hold 2 values for a 1-D input")
            attrs["pads"] = [0, a["pads"][0], 0, a["pads"][-1]]
        y = _conv(dataclasses.replace(node, attrs=attrs), reshape(x, (*x.shape[:2], 1, -1)),
                  reshape(w, (*w.shape[:2], 1, -1)), b)
        return reshape(y, (*y.shape[:2], y.shape[3]))
    if x.ndim not in (4, 5):
        raise node.unsupported(f"{x.ndim - 2}-D input {list(x.shape)}: tcomp.onnx implements "
                               "1-D, 2-D and 3-D convolution")
    nd = x.ndim - 2
    kernel = list(node.attr("kernel_shape", w.shape[2:]))
    strides = list(node.attr("strides", [1] * nd))
    dil = list(node.attr("dilations", [1] * nd))
    if tuple(kernel) != tuple(w.shape[2:]) or len(strides) != nd or len(dil) != nd:
        raise node.error(f"kernel_shape {kernel}, strides {strides} and dilations {dil} must "
                         f"have {nd} entries each, kernel_shape the weight's "
                         f"{list(w.shape[2:])}")
    pads = window_pads(node, x.shape[2:], kernel, strides, dil)
    group = int(node.attr("group", 1))
    if x.shape[1] != w.shape[1] * group or w.shape[0] % group:
        raise node.error(f"input {list(x.shape)} and weight {list(w.shape)} don't match for "
                         f"group={group}")
    begin, end = pads[:nd], pads[nd:]
    st, dl = tuple(strides), tuple(dil)

    def conv(x: Tensor, w: Tensor, b: Tensor | None) -> Tensor:
        if nd == 2 and begin == end:
            return F.conv2d(x, w, b, st, tuple(begin), dl, group)
        x = pad(x, {2 + i: (lo, hi) for i, (lo, hi) in enumerate(zip(begin, end, strict=True))
                    if lo or hi}, 0.0)
        if nd == 2:
            return F.conv2d(x, w, b, st, 0, dl, group)
        y = F.apply("conv3d", build_conv3d, [x, w], (st, dl, group))
        return y if b is None else y + F.reshape(b, (1, -1, 1, 1, 1))
    return on_const(conv, node, x, w, b)


def build_conv_transpose(x: Any, w: Any, strides: tuple[int, ...], dil: tuple[int, ...],
                      group: int, begin: tuple[int, ...], outs: tuple[int, ...]) -> Any:
    """ConvTranspose (weight (C, M/group, k...)) as one compute over the output's stride
    phases: shape (N, group, M/group, Q1, s1, Q2, s2, ...), where output position ``q*s + ph``
    (a reshape merges each (Q, s) pair) of the full output cropped by ``begin`` reads input
    position ``q - r`` and kernel tap ``(r*s + ph + begin) / d`` where that divides and both
    are in range. Every index is affine in a loop variable (no ``(o + p - k*d) / s``), so the
    derived input gradient is a strided convolution's gather, not a scatter over the output."""
    (n, c, *size), (_, og, *kernel) = shape_of(x), shape_of(w)
    cg = c // group
    rc = dsl.reduce_axis(cg, name="rc")
    rs = [dsl.reduce_axis((-((s - 1 + p) // s), ((k - 1) * d - p) // s + 1), name=f"r{i}")
          for i, (k, s, d, p) in enumerate(zip(kernel, strides, dil, begin, strict=True))]

    def body(*i: Any) -> Any:
        conds, at, taps = [], [], []
        for k, r, s, d, p, m, q, ph in zip(kernel, rs, strides, dil, begin, size, i[3::2],
                                           i[4::2], strict=True):
            v = r * s + ph + p  # the tap's offset, k * d
            conds += [q - r >= 0, q - r < m, v >= 0, v <= (k - 1) * d]
            if d > 1:
                conds.append(dsl.equal(v % d, 0))
                v = v // d
            at.append(q - r)
            taps.append(v)
        ch = i[1] * cg + rc if group > 1 else rc
        return dsl.sum(x[(i[0], ch, *at)] * w[(ch, i[2], *taps)], axis=[rc, *rs],
                       where=dsl.all(*conds))
    phases = [v for o, s in zip(outs, strides, strict=True) for v in (-(-o // s), s)]
    return dsl.compute((n, group, og, *phases), body, name="conv_transpose")


def _conv_transpose_geometry(node: Node, x: Value, w: Value
                             ) -> tuple[list[int], list[int], list[int], list[int]]:
    """(strides, dilations, begin crops, output sizes) of a ConvTranspose node: the full
    output ``s*(n-1) + (k-1)*d + 1 + output_padding`` cropped by the pads, given or derived
    from ``output_shape`` or ``auto_pad`` as onnxruntime does: SAME_UPPER crops less at the
    beginning, the others more; an output_shape past the full output adds zeros at the end."""
    nd = x.ndim - 2
    kernel = list(node.attr("kernel_shape", w.shape[2:]))
    strides = list(node.attr("strides", [1] * nd))
    dil = list(node.attr("dilations", [1] * nd))
    extra = list(node.attr("output_padding", [0] * nd))
    if tuple(kernel) != tuple(w.shape[2:]) or any(len(v) != nd for v in (strides, dil, extra)):
        raise node.error(f"kernel_shape {kernel}, strides {strides}, dilations {dil} and "
                         f"output_padding {extra} must have {nd} entries each, kernel_shape "
                         f"the weight's {list(w.shape[2:])}")
    if min(strides + dil) < 1 or not all(0 <= e < max(s, d)
                                         for e, s, d in zip(extra, strides, dil, strict=True)):
        raise node.error(f"strides {strides} and dilations {dil} must be positive, each "
                         f"output_padding {extra} in [0, max(stride, dilation))")
    full = [s * (n - 1) + (k - 1) * d + 1
            for n, k, s, d in zip(x.shape[2:], kernel, strides, dil, strict=True)]
    mode = node.attr("auto_pad", "NOTSET")
    if mode not in ("NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER"):
        raise node.error(f"auto_pad={mode!r}: must be NOTSET, VALID, SAME_UPPER or SAME_LOWER")
    shape = node.attr("output_shape")
    if shape is None and mode in ("NOTSET", "VALID"):
        pads = list(node.attr("pads", [0] * 2 * nd)) if mode == "NOTSET" else [0] * 2 * nd
        outs = [f + e - lo - hi for f, e, lo, hi in zip(full, extra, pads[:nd], pads[nd:],
                                                        strict=True)] if len(pads) == 2 * nd else []
        if not outs or min(pads) < 0 or min(outs) < 1:
            raise node.error(f"pads={pads} must hold {2 * nd} non-negative values that leave "
                             f"an output (the full output is {full}, output_padding {extra})")
        return strides, dil, pads[:nd], outs
    # SAME: input * stride, as the spec says, but no more than the full output (onnxruntime,
    # where the kernel's extent plus output_padding is below the stride)
    outs = [min(n * s, f + e) for n, s, f, e in zip(x.shape[2:], strides, full, extra,
                                                    strict=True)]
    if shape is not None:
        outs = list(shape)
        if len(outs) != nd or not all(
                1 <= o < f + s for o, f, s in zip(outs, full, strides, strict=True)):
            raise node.error(f"output_shape={list(shape)}: must give {nd} sizes, each from 1 "
                             f"to the full output {full} plus stride {strides} minus one")
    totals = [max(f + e - o, 0) for f, e, o in zip(full, extra, outs, strict=True)]
    begin = [t // 2 if mode == "SAME_UPPER" else t - t // 2 for t in totals]
    return strides, dil, begin, outs


@op("ConvTranspose", 1, 22,
    "auto_pad dilations group kernel_shape output_padding output_shape pads strides")
def _conv_transpose(node: Node, x: Value, w: Value, b: Value = None) -> Value:
    same_dtype(node, x, w, b)
    group = int(node.attr("group", 1))
    if x.ndim < 3 or w.ndim != x.ndim or group < 1 or x.shape[1] != w.shape[0] or \
            x.shape[1] % group:
        raise node.error(f"input {list(x.shape)} (N, C, D1, ...) and weight {list(w.shape)} "
                         f"(C, M/group, k1, ...) don't match for group={group}")
    m, nd = w.shape[1] * group, x.ndim - 2
    if b is not None and tuple(b.shape) != (m,):
        raise node.error(f"input 'B' has shape {list(b.shape)}, expected [{m}]")
    strides, dil, begin, outs = _conv_transpose_geometry(node, x, w)
    attrs = (tuple(strides), tuple(dil), group, tuple(begin), tuple(outs))
    sizes = [-(-o // s) * s for o, s in zip(outs, strides, strict=True)]

    def conv_transpose(x: Tensor, w: Tensor, b: Tensor | None) -> Tensor:
        y = F.reshape(F.apply("conv_transpose", build_conv_transpose, [x, w], attrs),
                      (x.shape[0], m, *sizes))
        if sizes != outs:  # the last phases run past the output
            y = y[(slice(None), slice(None), *(slice(0, o) for o in outs))]
        return y if b is None else y + F.reshape(b, (1, m) + (1,) * nd)
    return on_const(conv_transpose, node, x, w, b)
