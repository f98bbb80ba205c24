"""The ONNX nodes of nn's layer ops for ``tcomp.onnx.export`` (layer 9): matmul and linear,
convolutions and pooling, softmax, the normalizations, embedding, dropout, attention, and DSL
ops called through ``functional.apply`` (tcomp.onnx.load's own as the ONNX ops again, any
other as a node of the ``ai.tcomp`` domain).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..nn import functional as F
from ..nn.dispatch import UNSET
from ..ops.axes import normalize_axis
from . import custom
from .export_graph import Call, Graph, Ref, converts, out_name
from .nn_ops import build_conv3d, build_conv_transpose
from .ops import build_erf, build_logic, build_where
from .pool_ops import build_max_pool_indices


@converts("matmul")
def _c_matmul(g: Graph, c: Call, c2: Call) -> None:
    dt = c.outs[0].dtype
    g.node("MatMul", [g.name(c.args["a"], dt), g.name(c.args["b"], dt)], out_name(c))


@converts("linear")
def _c_linear(g: Graph, c: Call, c2: Call) -> None:
    """Gemm for a 2-D input (the weight read as stored, transB), else MatMul by the
    transposed weight."""
    x, w, b = c.args["x"], c.args["w"], c.args["b"]
    dt = c.outs[0].dtype
    if isinstance(x, Ref) and x.ndim == 2 and w.ndim == 2:
        ins = [g.name(x), g.name(w)] + ([g.name(b, dt)] if b is not None else [])
        g.node("Gemm", ins, out_name(c), transB=1)
        return
    wt = g.node("Transpose", [g.name(w)], perm=list(reversed(range(w.ndim))))
    y = g.node("MatMul", [g.name(x, dt), wt], out_name(c) if b is None else None)
    if b is not None:
        g.node("Add", [y, g.name(b, dt)], out_name(c))


def _pair(v: Any) -> list[int]:
    return [int(a) for a in v] if isinstance(v, (tuple, list)) else [int(v)] * 2


def _one(v: Any) -> int:
    return int(v[0]) if isinstance(v, (tuple, list)) else int(v)


@converts("conv2d")
def _c_conv2d(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    w, b = a["w"], a["b"]
    ph, pw = _pair(a["padding"])
    ins = [g.name(a["x"]), g.name(w)] + ([g.name(b)] if b is not None else [])
    g.node("Conv", ins, out_name(c), kernel_shape=list(w.shape[2:]), strides=_pair(a["stride"]),
           pads=[ph, pw, ph, pw], dilations=_pair(a["dilation"]), group=int(a["groups"]))


@converts("conv1d")
def _c_conv1d(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    x, w, b = a["x"], a["w"], a["b"]
    k, dil, pad = w.shape[2], _one(a["dilation"]), a["padding"]
    if pad in ("valid", "same"):
        total = dil * (k - 1) if pad == "same" else 0
        lo, hi = total // 2, total - total // 2
    else:
        lo = hi = _one(pad)
    xn = g.name(x)
    if x.ndim == 2:  # unbatched (C, L)
        xn = g.node("Unsqueeze", [xn, g.ints([0])])
    ins = [xn, g.name(w)] + ([g.name(b)] if b is not None else [])
    y = g.node("Conv", ins, out_name(c) if x.ndim == 3 else None, kernel_shape=[k],
               strides=[_one(a["stride"])], pads=[lo, hi], dilations=[dil],
               group=int(a["groups"]))
    if x.ndim == 2:
        g.node("Squeeze", [y, g.ints([0])], out_name(c))


@converts("max_pool2d avg_pool2d")
def _c_pool(g: Graph, c: Call, c2: Call) -> None:
    k = int(c.args["kernel"])
    s = int(c.args["stride"] or k)
    op = "MaxPool" if c.fn == "max_pool2d" else "AveragePool"
    g.node(op, [g.name(c.args["x"])], out_name(c), kernel_shape=[k, k], strides=[s, s])


@converts("softmax log_softmax")
def _c_softmax(g: Graph, c: Call, c2: Call) -> None:
    x = c.args["x"]
    axis, _ = F.torch_names(c.fn, c.args["axis"], UNSET, c.args["dim"], UNSET, -1)
    op = "Softmax" if c.fn == "softmax" else "LogSoftmax"
    g.node(op, [g.name(x)], out_name(c), axis=normalize_axis(axis, x.ndim, c.fn))


@converts("layer_norm")
def _c_layer_norm(g: Graph, c: Call, c2: Call) -> None:
    a = c.args
    g.node("LayerNormalization", [g.name(a["x"]), g.name(a["w"]), g.name(a["b"])], out_name(c),
           axis=-1, epsilon=float(a["eps"]))


@converts("batch_norm")
def _c_batch_norm(g: Graph, c: Call, c2: Call) -> None:
    """BatchNormalization with the running statistics; the batch's own statistics (a layer
    that tracks none) as their reductions."""
    a = c.args
    x, dt = a["input"], c.outs[0].dtype
    ch = x.shape[1]
    scale = g.name(a["weight"]) if a["weight"] is not None else g.const(np.ones(ch, dt))
    bias = g.name(a["bias"]) if a["bias"] is not None else g.const(np.zeros(ch, dt))
    if not a["training"]:
        g.node("BatchNormalization", [g.name(x), scale, bias, g.name(a["running_mean"]),
                                      g.name(a["running_var"])], out_name(c),
               epsilon=float(a["eps"]))
        return
    if a["running_mean"] is not None:
        raise c.error("batch_norm in training mode updates its running statistics; the "
                      "export runs the model in eval mode: call batch_norm with "
                      "training=False (or through a BatchNorm module)")
    shape = g.ints([1, ch] + [1] * (x.ndim - 2))
    ax = g.ints([0, *range(2, x.ndim)])
    xn = g.name(x)
    d = g.node("Sub", [xn, g.node("ReduceMean", [xn, ax], keepdims=1)])
    v = g.node("ReduceMean", [g.node("Mul", [d, d]), ax], keepdims=1)
    y = g.node("Div", [d, g.node("Sqrt", [g.node("Add", [v, g.const(a["eps"], dt)])])])
    y = g.node("Mul", [y, g.node("Reshape", [scale, shape])])
    g.node("Add", [y, g.node("Reshape", [bias, shape])], out_name(c))


@converts("embedding")
def _c_embedding(g: Graph, c: Call, c2: Call) -> None:
    g.node("Gather", [g.name(c.args["w"]), g.name(c.args["idx"])], out_name(c), axis=0)


@converts("dropout")
def _c_dropout(g: Graph, c: Call, c2: Call) -> None:
    raise c.error(f"dropout with training=True (p={c.args['p']}) draws a random mask; the "
                  "export runs the model in eval mode: pass training=self.training (or use "
                  "nn.Dropout)")


@converts("scaled_dot_product_attention")
def _c_sdpa(g: Graph, c: Call, c2: Call) -> None:
    """``softmax(q @ k^T * scale + mask) @ v``; a constant mask is folded into one additive
    initializer, a boolean mask the forward reads is a Where on the scores (and the rows that
    may attend to nothing are zeroed, as tcomp does)."""
    import onnx

    a = c.args
    q, k, v, mask = a["query"], a["key"], a["value"], a["attn_mask"]
    dt = c.outs[0].dtype
    if a["dropout_p"]:
        raise c.error(f"dropout_p={a['dropout_p']} draws random masks; pass 0.0 in eval mode")
    perm = [*range(k.ndim - 2), k.ndim - 1, k.ndim - 2]
    s = g.node("MatMul", [g.name(q), g.node("Transpose", [g.name(k)], perm=perm)])
    scale = 1.0 / math.sqrt(q.shape[-1]) if a["scale"] is None else a["scale"]
    s = g.node("Mul", [s, g.const(scale, dt)])
    keep = None
    if a["is_causal"]:
        mask = np.tril(np.ones((q.shape[-2], k.shape[-2]), bool))
    if mask is not None:
        m = g.value(mask)
        if m is None and mask.dtype == np.bool_:
            mn = g.name(mask)
            to = onnx.helper.np_dtype_to_tensor_dtype(dt)
            keep = g.node("ReduceMax", [g.node("Cast", [mn], to=to), g.ints([-1])], keepdims=1)
            dead = g.node("Not", [g.node("Cast", [keep], to=onnx.TensorProto.BOOL)])
            s = g.node("Where", [g.node("Or", [mn, dead]), s, g.const(-np.inf, dt)])
        elif m is None:
            s = g.node("Add", [s, g.name(mask)])
        else:
            dead = ~m.any(-1, keepdims=True) if m.dtype == np.bool_ else \
                np.isneginf(m).all(-1, keepdims=True)
            add = np.where(m | dead, 0.0, -np.inf) if m.dtype == np.bool_ else \
                np.where(dead, 0.0, m)
            s = g.node("Add", [s, g.const(add, dt)])
            keep = g.const((~dead).astype(dt)) if dead.any() else None
    att = g.node("Softmax", [s], axis=-1)
    if keep is not None:
        att = g.node("Mul", [att, keep])
    g.node("MatMul", [att, g.name(v)], out_name(c))


def _c_conv_transpose(g: Graph, c: Call) -> None:
    """tcomp.onnx.load's ConvTranspose: the ONNX op again, its output zero-padded to whole
    stride phases and reshaped to the compute's (N, group, M/group, Q1, s1, ...)."""
    (x, w), (st, dl, group, begin, outs) = c.args["inputs"], c.args["attrs"]
    ends = [s * (n - 1) + (k - 1) * d + 1 - b - o for n, k, s, d, b, o in
            zip(x.shape[2:], w.shape[2:], st, dl, begin, outs, strict=True)]
    y = g.node("ConvTranspose", [g.name(x), g.name(w)], strides=list(st), dilations=list(dl),
               group=group, pads=[*begin, *(max(e, 0) for e in ends)],
               output_padding=[max(-e, 0) for e in ends])
    tails = [-(-o // s) * s - o for o, s in zip(outs, st, strict=True)]
    if any(tails):
        y = g.node("Pad", [y, g.ints([0] * x.ndim + [0, 0, *tails])])
    g.node("Reshape", [y, g.ints([0, group, w.shape[1], *c.outs[0].shape[3:]])], out_name(c))


def _pool_size(n: int, k: int, s: int, d: int, begin: int, end: int, ceil: int) -> int:
    """ONNX's MaxPool output size (a ceil_mode window starts inside the input or its begin
    pad, as in onnxruntime)."""
    span = n + begin + end - (k - 1) * d - 1
    out = (-(-span // s) if ceil else span // s) + 1
    return out - int(bool(ceil) and (out - 1) * s >= n + begin)


def _c_max_pool_indices(g: Graph, c: Call) -> None:
    """tcomp.onnx.load's MaxPool Indices: a MaxPool node with both outputs, its Y the value
    the pooling ops made (their nodes are left out). Each end pad is the first, with
    ceil_mode 0 then 1, that gives the pooled size; a pad must be smaller than the kernel
    (onnxruntime checks it)."""
    (x, y), (strides, dil, begin, kernel, column_major) = c.args["inputs"], c.args["attrs"]
    sizes = list(zip(x.shape[2:], y.shape[2:], kernel, strides, dil, begin, strict=True))
    for ceil in (0, 1):
        ends = [next((e for e in range(k) if _pool_size(n, k, s, d, b, e, ceil) == out), k)
                for n, out, k, s, d, b in sizes]
        if all(b < k and e < k for e, (_, _, k, _, _, b) in zip(ends, sizes, strict=True)):
            break
    else:
        raise c.error(f"MaxPool with Indices: no pads smaller than the kernel {list(kernel)} "
                      f"(begin pads {list(begin)}, strides {list(strides)}, dilations "
                      f"{list(dil)}) give the pooled size {list(y.shape[2:])} of "
                      f"{list(x.shape[2:])} with one ceil_mode; ONNX runtimes refuse pads as "
                      "large as the kernel")
    kept = y.name == x.name  # a window of one: the pooling ops returned x
    if not kept:
        g.take_over(y.name)
    g.node("MaxPool", [g.name(x)], [g.fresh("MaxPool") if kept else y.name, out_name(c)],
           kernel_shape=list(kernel), strides=list(strides), dilations=list(dil),
           pads=[*begin, *ends], ceil_mode=ceil, storage_order=int(column_major))


@converts("apply")
def _c_apply(g: Graph, c: Call, c2: Call) -> None:
    """A DSL op called through ``functional.apply``: tcomp.onnx.load's own (Erf, Where, the
    comparisons and logical ops, MaxPool's Indices, Conv, ConvTranspose) as ONNX nodes again,
    any other as a node of the ``ai.tcomp`` domain."""
    ins, ins2 = c.args["inputs"], c2.args["inputs"]
    name, builder = c.args["name"], c.args["builder"]
    if builder in (build_erf, build_where, build_logic):  # tcomp.onnx.load's own: ONNX ops
        op = "Erf" if builder is build_erf else "Where" if builder is build_where else \
            c.args["attrs"][0]
        g.node(op, [g.name(r) for r in ins], out_name(c))
        return
    if builder is build_max_pool_indices:
        _c_max_pool_indices(g, c)
        return
    if builder is build_conv3d:
        st, dl, group = c.args["attrs"]
        g.node("Conv", [g.name(r) for r in ins], out_name(c), strides=list(st),
               dilations=list(dl), group=group)
        return
    if builder is build_conv_transpose:
        _c_conv_transpose(g, c)
        return
    specs = [(r.shape, r.dtype) for r in ins]
    if specs != [(r.shape, r.dtype) for r in ins2]:
        raise c.error(f"the DSL op {name!r} is exported as its graph at the example's shapes "
                      f"{[list(s) for s, _ in specs]}, and its input shapes change with the "
                      "batch size: export with dynamic_batch=False")
    try:
        text = custom.dsl_graph(name, builder, specs, tuple(c.args["attrs"]))
    except Exception as exc:  # the user's builder: any failure is reported with the op
        raise c.error(f"rebuilding the DSL op {name!r} failed: {exc}") from exc
    g.node(custom.OP_TYPE, [g.name(r) for r in ins], out_name(c), domain=custom.DOMAIN,
           graph=text, name=name)
    g.custom.append(name)
