"""Lazy elementwise fusion for nn Tensors (layer 9).

An elementwise op (arithmetic with numpy broadcasting, scalar ops, activations, casts) on nn
Tensors doesn't run a kernel: it returns a *pending* Tensor that records the op. A dense,
matmul or conv2d result is pending too, as a possible *anchor*. Reading ``.data`` (any
non-elementwise op, ``.numpy()``, ``__array__``, ``backward()``, indexing, printing) computes
the pending graph behind the tensor as ONE generated kernel:

- the graph's concrete inputs become the kernel's arguments: the arrays they held when the
  op was recorded (rebinding ``p.data = ...`` later, as optimizers do, doesn't change a
  pending result; writing into such an array in place before the result is read does);
- one pending anchor among the inputs, of the output's shape, is computed in the kernel's
  epilogue: the schedule tiles the elementwise output and computes the matmul/conv tile in
  registers at each output tile (``tc.auto_schedule``); the kernel also writes
  the anchor's own value when the backward needs it or something else still holds the
  anchor tensor, so it is never computed twice;
- a reshape of a pending tensor is a pending *view* (C order): an elementwise op on views
  whose leading dims merge or split (the trailing dim unchanged, as ``linear`` on (..., in)
  inputs reshapes its rows back) runs in the viewed tensor's shape, so it joins that
  tensor's graph (``gelu(fc(x))``, ``x + proj(y)`` fuse into the dense kernel's epilogue);
- kernels are cached by a structural key (the op graph + input shapes + dtypes), in memory by
  ``kernels.get_op`` and on disk by ``tc.build``, so a fixed-shape training loop compiles
  once and a second process links the stored object code.

Autograd: the computed tensor gets one tape node whose parents are the graph's inputs; its
vjps are derived by ``tcomp.autodiff`` from the fused DSL graph, so each input's gradient
through the whole chain is one kernel too (a vjp that is the adjoint itself runs none). An
anchor keeps its own node (its usual vjp kernels).

``TCOMP_NN_LAZY=0`` in the environment, ``set_enabled(False)`` or ``with enabled(False):``
make every op run eagerly, one kernel each, for debugging.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from ..dsl import ops as dsl
from ..ir import expr as E
from ..ops import common, reduce
from ..ops.activation import gelu_tanh_of
from . import kernels
from .tensor import Tensor, array_of, computed, make_result, pending_of, pending_tensor

# lazy fusion on (set_enabled, enabled); functional ops read it on every call
ENABLED = [os.environ.get("TCOMP_NN_LAZY", "1").strip().lower() not in ("0", "false", "off",
                                                                         "no")]
MAX_NODES = 32  # ops in one fused kernel; a longer chain computes its biggest input first

UNARY: dict[str, Callable[[E.Expr], E.Expr]] = {
    "neg": lambda v: -v, "exp": dsl.exp, "log": dsl.log, "sqrt": dsl.sqrt, "tanh": dsl.tanh,
    "sigmoid": dsl.sigmoid, "abs": dsl.abs,
    "relu": lambda v: dsl.max(v, E.const(0, v.dtype)),
    "gelu": lambda v: 0.5 * v * (1.0 + dsl.erf(v * (1.0 / math.sqrt(2.0)))),
    "gelu_tanh": gelu_tanh_of,  # PyTorch's gelu(approximate="tanh")
}
BINARY: dict[str, Callable[[E.Expr, E.Expr], E.Expr]] = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b, "pow": lambda a, b: dsl.pow(a, b),
    "maximum": lambda a, b: dsl.max(a, b), "minimum": lambda a, b: dsl.min(a, b),
}


def scalar_fn(op: str, c: float, rev: bool) -> Callable[[E.Expr], E.Expr]:
    """``v op c`` (``c op v`` when ``rev``) with ``c`` a constant of ``v``'s dtype."""
    def f(v: E.Expr) -> E.Expr:
        k = E.const(c, v.dtype)
        return BINARY[op](k, v) if rev else BINARY[op](v, k)
    return f


def op_fn(op: str, attrs: tuple[Any, ...]) -> Callable[..., E.Expr]:
    """The scalar function of elementwise op ``op`` with attributes ``attrs``."""
    if op in UNARY:
        return UNARY[op]
    if op in BINARY:
        return BINARY[op]
    if op == "scalar":
        return scalar_fn(*attrs)
    if op == "cast":
        return lambda v: dsl.cast(attrs[0], v)
    if op == "expand":  # the identity, read broadcast to the node's shape
        return lambda v: v
    raise KeyError(f"unknown elementwise op {op!r}")


# ----------------------------------------------------------------------------- switch


def is_enabled() -> bool:
    return ENABLED[0]


def set_enabled(flag: bool) -> bool:
    """Turn lazy fusion on or off; returns the previous setting."""
    old = ENABLED[0]
    ENABLED[0] = bool(flag)
    return old


@contextlib.contextmanager
def enabled(flag: bool = True) -> Iterator[None]:
    """``with enabled(False):`` runs every op eagerly inside the block."""
    old = set_enabled(flag)
    try:
        yield
    finally:
        set_enabled(old)


# ----------------------------------------------------------------------------- recording


class Pending:
    """A recorded op: elementwise (``builder`` None) or an anchor (``builder`` given).

    ``arrays[k]`` is input ``k``'s array when the op was recorded, None where that input was
    pending itself. ``nodes`` bounds the op count of the graph behind this one; ``anygrad``
    says whether any input, however deep, requires grad.
    """

    __slots__ = ("anygrad", "arrays", "attrs", "builder", "dtype", "inputs", "nodes", "op",
                 "pooled", "shape")

    def __init__(self, op: str, attrs: tuple[Any, ...], inputs: Sequence[Tensor],
                 shape: tuple[int, ...], dtype: np.dtype, builder: Any = None):
        self.op, self.attrs, self.builder = op, attrs, builder
        self.inputs = tuple(inputs)
        arrays, nodes, anygrad = [], 1, False
        for x in self.inputs:
            q = pending_of(x)
            if q is None:
                arrays.append(array_of(x))
            else:
                arrays.append(None)
                nodes += q.nodes
                anygrad = anygrad or q.anygrad
            anygrad = anygrad or x.requires_grad
        self.arrays, self.nodes, self.anygrad = tuple(arrays), nodes, anygrad
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)
        self.pooled: Any = None  # the fused pooling kernel that read this graph (``pooled``)


VIEW = "view"  # a pending reshape: Pending(VIEW, (), [base], new shape); never in a graph


def view(x: Tensor, shape: tuple[int, ...]) -> Tensor:
    """Pending ``x`` reshaped (same element order); computed when read, with ``x``."""
    p = pending_of(x)
    base = p.inputs[0] if p.op == VIEW else x
    if tuple(shape) == base.shape:
        return base
    return pending_tensor(Pending(VIEW, (), [base], shape, base.dtype))


def _lift(inputs: list[Tensor], shape: tuple[int, ...]
          ) -> tuple[list[Tensor], tuple[int, ...]] | None:
    """``inputs`` of an elementwise op of ``shape`` restated in the shape of the first view's
    base, when the two shapes differ only in leading dims (a common trailing part) and every
    input is a view of that shape, a full-shape array, or broadcast along all leading dims;
    None otherwise."""
    first = next(p for p in map(pending_of, inputs) if p is not None and p.op == VIEW)
    base = first.inputs[0].shape
    k = 0
    while k < min(len(base), len(shape)) and base[-1 - k] == shape[-1 - k]:
        k += 1
    if k == 0 or math.prod(base) != math.prod(shape):
        return None
    out = []
    for x in inputs:
        p = pending_of(x)
        if p is not None and p.op == VIEW:
            if x.shape != shape or p.inputs[0].shape != base:
                return None
            out.append(p.inputs[0])
            continue
        s = (1,) * (len(shape) - x.ndim) + x.shape
        if s == shape and p is None:  # full shape: the same memory in the base's shape
            old = x.shape
            out.append(make_result(array_of(x).reshape(base), "reshape", [x],
                                   lambda g, old=old: [g.reshape(old)]))
        elif all(d == 1 for d in s[:len(shape) - k]):
            if x.ndim > k:  # drop the leading ones; the trailing part broadcasts as before
                if p is not None:
                    return None
                old = x.shape
                out.append(make_result(array_of(x).reshape(s[len(shape) - k:]), "reshape",
                                       [x], lambda g, old=old: [g.reshape(old)]))
            else:
                out.append(x)
        else:
            return None
    return out, base


def elementwise(op: str, attrs: tuple[Any, ...], inputs: Sequence[Tensor],
                shape: tuple[int, ...], dtype: Any) -> Tensor:
    """A pending Tensor for elementwise ``op`` of ``inputs`` (broadcast to ``shape``)."""
    inputs = list(inputs)
    ps = [pending_of(x) for x in inputs]
    if any(p is not None and p.op == VIEW for p in ps):
        lifted = _lift(inputs, tuple(shape))
        if lifted is not None:
            return view(elementwise(op, attrs, lifted[0], lifted[1], dtype), tuple(shape))
        for x, p in zip(inputs, ps, strict=True):
            if p is not None and p.op == VIEW:
                materialize(x)
        ps = [pending_of(x) for x in inputs]
    while 1 + sum(p.nodes for p in ps if p is not None) > MAX_NODES:
        big = max((k for k, p in enumerate(ps) if p is not None), key=lambda k: ps[k].nodes)
        materialize(inputs[big])
        ps = [pending_of(x) for x in inputs]
    return pending_tensor(Pending(op, attrs, inputs, shape, dtype))


def anchor(name: str, builder: Any, inputs: Sequence[Tensor], attrs: tuple[Any, ...]
           ) -> Tensor:
    """A pending matmul/conv result ``builder(*inputs, *attrs)``, fusable into the epilogue
    of the elementwise graph that consumes it. Its inputs are computed now, and its DSL
    definition is built (and checked) now; its kernels only when needed."""
    op = kernels.get_op(name, builder, [x.data for x in inputs], attrs)
    return pending_tensor(Pending(name, attrs, inputs, op.out_shape, op.out_dtype, builder))


# ----------------------------------------------------------------------------- computing


def _vjps(op: kernels.CompiledOp, arrays: list[Any], inputs: Sequence[Tensor],
          sums: dict[int, tuple[int, tuple[int, ...]]] | None = None
          ) -> Callable[[np.ndarray], list[np.ndarray | None]]:
    """The tape's backward of ``op``: input ``k``'s vjp kernel, or for ``k`` in ``sums``
    (``k -> (m, axes)``, see ``_bias_sums``) input ``m``'s gradient summed over ``axes``."""
    sums = {k: v for k, v in (sums or {}).items()
            if inputs[k].requires_grad and inputs[v[0]].requires_grad}

    def backward(g: np.ndarray) -> list[np.ndarray | None]:
        g = kernels.c_array(g, op.out_dtype)
        grads = [op.backward(k, arrays, g) if x.requires_grad and k not in sums else None
                 for k, x in enumerate(inputs)]
        for k, (m, axes) in sums.items():
            gm = grads[m]
            red = kernels.get_op("sum", reduce.reduce, [gm], (axes, "sum", True)).forward([gm])
            grads[k] = red.reshape(inputs[k].shape)
        return grads
    return backward


def _bias_sums(nodes: Sequence[tuple[Any, ...]], leaves: Sequence[Tensor]
               ) -> dict[int, tuple[int, tuple[int, ...]]]:
    """Leaves ``k`` whose gradient is leaf ``m``'s summed over the axes ``k`` is broadcast
    along: the two are the operands of one ``add`` (a bias added to a matmul or conv) and
    appear nowhere else. The sum reads ``m``'s gradient instead of running a second kernel
    that recomputes the chain's derivative (gelu's, say) only to reduce it."""
    uses: dict[int, int] = {}
    for _, _, refs, _ in nodes:
        for r in refs:
            uses[r] = uses.get(r, 0) + 1
    out: dict[int, tuple[int, tuple[int, ...]]] = {}
    for op, _, refs, shape in nodes:
        if op != "add" or len(refs) != 2 or max(refs) >= 0 or refs[0] == refs[1] \
                or uses[refs[0]] != 1 or uses[refs[1]] != 1:
            continue
        for rk, rm in (refs, refs[::-1]):
            ks, ms = leaves[-1 - rk].shape, leaves[-1 - rm].shape
            if ms == tuple(shape) and ks != ms:
                ks = (1,) * (len(ms) - len(ks)) + ks
                # size-1 axes too: summing over them changes nothing, and a batch of one
                # then sums over the batch axis like every other batch size (one kernel)
                out[-1 - rk] = (-1 - rm, tuple(i for i, d in enumerate(ks)
                                               if d != ms[i] or d == 1))
    return out


def materialize(t: Tensor) -> None:
    """Compute pending ``t`` (and nothing else pending that it doesn't need) in one kernel."""
    p = pending_of(t)
    if p is None:
        return
    if p.op == VIEW:
        base = p.inputs[0]
        old = base.shape
        computed(t, base.data.reshape(p.shape), "reshape", [base], lambda g: [g.reshape(old)])
        return
    if p.builder is not None:
        arrays = list(p.arrays)
        op = kernels.get_op(p.op, p.builder, arrays, p.attrs)
        computed(t, op.forward(arrays), p.op, p.inputs, _vjps(op, arrays, p.inputs))
        return
    g = _Graph(t)
    nodes = tuple(g.nodes)
    name = "+".join(dict.fromkeys(n[0] for n in nodes))[:48]
    if g.anchor is None:
        op = kernels.get_op(name, build_fused, g.arrays, (nodes, None))
        computed(t, op.forward(g.arrays), name, g.leaves,
             _vjps(op, g.arrays, g.leaves, _bias_sums(nodes, g.leaves)))
        return
    a = g.anchor
    x = g.leaves[a]
    ap = pending_of(x)
    specs = tuple((arr.shape, arr.dtype) if arr is not None else (ap.shape, ap.dtype)
                  for arr in g.arrays)
    ew = kernels.get_op_specs(name, build_fused, specs, (nodes, None))
    # Write the anchor's value too when the vjps read it, or when something besides this
    # graph holds the anchor tensor (so a later read doesn't recompute the matmul): the
    # references beyond this graph's inputs, ``x``, ``g.leaves`` and getrefcount's argument.
    held = sys.getrefcount(x) - g.anchor_refs - 3 > 0
    save = held or (t.requires_grad and any(a in ew.grad_reads(k) for k, leaf in
                                           enumerate(g.leaves) if leaf.requires_grad))
    fwd_arrays = [*ap.arrays, *(arr for k, arr in enumerate(g.arrays) if k != a)]
    fop = kernels.get_op(f"{ap.op}+{name}", build_fused, fwd_arrays,
                         (nodes, (a, ap.op, ap.builder, ap.attrs, len(ap.arrays), save)))
    res = fop.forward(fwd_arrays)
    if save:
        g.arrays[a], out = res
    else:
        out = res
    aop = kernels.get_op(ap.op, ap.builder, list(ap.arrays), ap.attrs)
    computed(x, g.arrays[a], ap.op, ap.inputs, _vjps(aop, list(ap.arrays), ap.inputs))
    computed(t, out, name, g.leaves, _vjps(ew, g.arrays, g.leaves, _bias_sums(nodes, g.leaves)))


def pooled(x: Tensor, name: str, builder: Any, attrs: tuple[Any, ...]) -> Tensor | None:
    """``builder(x, *attrs)`` (a pooling, op ``name``) computed in one kernel with the
    pending graph behind ``x``, where that graph holds an anchor of ``x``'s shape
    (``conv2d(...) + b``, ReLU) and no gradient is needed (inference): the automatic
    schedule computes the anchor's tiles strip by strip inside the pooling's loops, and
    ``x`` is never written (the imported CNN of ``benchmarks/onnx_infer.py`` at batch 32:
    0.59 -> 0.53 ms). ``x`` stays pending: a later read computes it again, and from then on
    this kernel isn't used (``_REREAD``: the next forward pools ``x`` computed). None where
    this doesn't apply, or where the anchor is held elsewhere (``materialize`` writes it)."""
    p = pending_of(x)
    if p is None or p.op == VIEW or p.builder is not None or x.requires_grad:
        return None
    g = _Graph(x)
    if g.anchor is None:
        return None
    a = g.anchor
    anc = g.leaves[a]
    if sys.getrefcount(anc) - g.anchor_refs - 3 > 0:  # held elsewhere: materialize saves it
        return None
    ap = pending_of(anc)
    nodes = tuple(g.nodes)
    name = "+".join(dict.fromkeys([ap.op, *(n[0] for n in nodes), name]))[:64]
    arrays = [*ap.arrays, *(arr for k, arr in enumerate(g.arrays) if k != a)]
    op = kernels.get_op(name, build_fused, arrays, (
        nodes, (a, ap.op, ap.builder, ap.attrs, len(ap.arrays), False), (builder, attrs)))
    if op in _REREAD:
        return None
    p.pooled = op
    return make_result(op.forward(arrays), name, [x], lambda _g: [None])


# Fused pooling kernels whose pooled-over tensor was read again after them (a U-Net's skip
# connection): each read computed it a second time, so they run unfused from then on.
_REREAD: set[Any] = set()


class _Graph:
    """The pending elementwise graph behind ``root`` in post-order: ``nodes`` hold
    ``(op, attrs, refs, shape)`` with ``refs`` a node index, or ``-1 - k`` for leaf ``k``;
    ``leaves``/``arrays`` are the inputs and their arrays; ``anchor`` the index of the leaf
    computed in the epilogue (its array None), if any."""

    def __init__(self, root: Tensor):
        self.root = root
        self.nodes: list[tuple[Any, ...]] = []
        self.leaves: list[Tensor] = []
        self.arrays: list[np.ndarray | None] = []
        self.anchor: int | None = None
        self.anchor_refs = 0  # references to the anchor tensor from this graph's nodes
        self._leaf: dict[tuple[int, int], int] = {}
        self._node: dict[int, int] = {}
        self.visit(root)

    def leaf(self, x: Tensor, arr: np.ndarray | None) -> int:
        key = (id(x), id(arr))
        k = self._leaf.get(key)
        if k is None:
            k = self._leaf[key] = len(self.leaves)
            self.leaves.append(x)
            self.arrays.append(arr)
        return -1 - k

    def visit(self, t: Tensor) -> int:
        p = pending_of(t)
        if p.pooled is not None:  # read again after a fused pooling read it
            _REREAD.add(p.pooled)
        k = self._node.get(id(p))
        if k is not None:
            return k
        refs = []
        for x, arr in zip(p.inputs, p.arrays, strict=True):
            q = pending_of(x)
            if q is None:
                refs.append(self.leaf(x, arr if arr is not None else array_of(x)))
                continue
            if q.builder is not None:
                if q.shape == self.root.shape and (
                        self.anchor is None or self._leaf.get((id(x), id(None))) == self.anchor):
                    ref = self.leaf(x, None)
                    self.anchor = -1 - ref
                    self.anchor_refs += 1
                    refs.append(ref)
                    continue
            elif not (self.root.requires_grad and not x.requires_grad and q.anygrad):
                refs.append(self.visit(x))
                continue
            # another anchor, or a detached (no_grad) expression of inputs that need grad
            materialize(x)
            refs.append(self.leaf(x, array_of(x)))
        self.nodes.append((p.op, p.attrs, tuple(refs), p.shape))
        k = self._node[id(p)] = len(self.nodes) - 1
        return k


def build_fused(*args: Any) -> Any:
    """DSL builder of a fused graph: ``build_fused(*placeholders, nodes, anchor[, tail])``.

    ``anchor`` is None or ``(leaf, name, builder, attrs, n_inputs, save)``: the first
    ``n_inputs`` placeholders feed ``builder`` and its result stands for leaf ``leaf``; with
    ``save`` the kernel also outputs it (the result is then ``[anchor, out]``). ``tail``,
    ``(builder, attrs)``, applies ``builder(out, *attrs)`` to the graph's output (a pooling).
    """
    if isinstance(args[-1], tuple) and len(args) >= 3 and callable(args[-1][0]):
        *rest, (tail, tail_attrs) = args
        return tail(build_fused(*rest), *tail_attrs)
    *ph, nodes, anc = args
    leaves = list(ph)
    d = None
    if anc is not None:
        a, _, builder, attrs, n, _save = anc
        d = builder(*ph[:n], *attrs)
        leaves = list(ph[n:])
        leaves.insert(a, d)
    vals: list[Any] = []
    for k, (op, attrs, refs, shape) in enumerate(nodes):
        ins = [leaves[-1 - r] if r < 0 else vals[r] for r in refs]
        vals.append(common.elementwise(op_fn(op, attrs), ins, shape, name=f"ew{k}_{op}"))
    out = vals[-1]
    if d is not None and anc[5]:
        return dsl.compute(out.shape, lambda *i: (d[i], out[i]), name="epilogue")
    return out


__all__ = ["ENABLED", "MAX_NODES", "VIEW", "Pending", "anchor", "build_fused", "elementwise",
           "enabled", "is_enabled", "materialize", "pooled", "set_enabled", "view"]
