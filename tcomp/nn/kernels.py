"""Compiled DSL ops for the nn layer: forward and autodiff-derived backward kernels, built once
per (op, shapes, dtypes, attributes) and cached in memory (layer 9).

Each kernel is a schedule-free build (``tc.build(outputs, args)``): a tuning record of the op's
workload in the database in use (``autotune.use_database()``, ``tcomp.nn.tune``) when there is
one, else the automatic schedule (``tc.auto_schedule``). ``tc.build`` keeps a disk cache under
this one, so a second process with the same ops links the stored object code instead of
compiling. ``STATS`` counts CompiledOps made (builds), the kernels they compiled, batch
bindings, cache hits and kernel launches (``launch`` calls the kernels).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..autodiff import gradient
from ..dsl.eval import eval_int
from ..dsl.printer import topo_ops
from ..dsl.tensor import PlaceholderOp
from ..dsl.tensor import Tensor as DTensor
from ..ir import expr as E
from . import batch
from .launch import (  # the names nn modules and tools read as kernels.<name>
    STATS,
    DeviceLaunch,
    KernelUse,
    Launch,
    allocator,
    c_array,
    recording,
)

Builder = Callable[..., Any]
Spec = tuple[tuple[int, ...], np.dtype]
_CACHE: dict[tuple[Any, ...], CompiledOp] = {}
_EXACT: dict[tuple[Any, ...], CompiledOp] = {}  # _CACHE while dynamic batches are off
_FAMILIES: dict[tuple[Any, ...], CompiledOp | None] = {}  # None: no DSL for a symbolic batch
_FIRST: dict[tuple[Any, ...], int] = {}  # family key -> the batch size it first ran at


def _as_vector(t: DTensor) -> DTensor:
    import tcomp as tc

    return tc.compute((1,), lambda i: t[()], name=f"{t.name}.vec")


def _gpu_build(outs: list[DTensor], args: list[DTensor], name: str) -> Any:
    """Build for target "cuda" with the automatic GPU schedule (``tc.auto_schedule``): its
    default, else its plainest tiling, else its plain one-element-per-thread sketch.

    A 0-d output (a scaled loss) has no axis to bind threads to: it is computed as a
    1-element vector, and the kernel is called with its 0-d array viewed as one."""
    if any(not o.shape for o in outs):
        import tcomp as tc

        vec = {id(o): _as_vector(o) for o in outs if not o.shape}  # DSL == builds exprs
        new_outs = [vec.get(id(o), o) for o in outs]
        new_args = [vec.get(id(a), a) for a in args]
        if len(vec) == len(outs):  # all 0-d: one thread computes them, 0-d stages inlined
            s = tc.create_schedule(new_outs)
            for op in topo_ops(new_outs):
                if hasattr(op, "body") and not op.axis and not op.is_reduction:
                    s[op].compute_inline()
            for o in new_outs:
                s[o].bind(s[o].op.axis[0], "threadIdx.x")
            kern = tc.build(s, new_args, target="cuda", name=name, tuned=True)
        else:
            kern = _gpu_build(new_outs, new_args, name)
        pos = [k for k, a in enumerate(args) if id(a) in vec]

        def call(*arrays: Any) -> None:
            arrays = tuple(a.reshape(1) if k in pos else a for k, a in enumerate(arrays))
            kern(*arrays)

        return call
    import tcomp as tc

    from ..errors import TcompError

    # The automatic GPU schedule, then its plainest tiling (no staging, one element per
    # thread), then the plain sketch (every stage a kernel, one element per thread).
    knobs = tc.auto_knobs(outs, target="cuda")
    configs: list[dict[str, Any]] = [{}]
    if "tiled" in knobs["sketch"]:
        configs.append({k: (1 if k.startswith("reg:") else False) for k in knobs
                        if k.startswith(("reg:", "stage:"))})
    configs.append({"sketch": "plain"})
    errors: list[TcompError] = []
    for cfg in configs:
        try:
            s = tc.auto_schedule(outs, target="cuda", config=cfg)
            return tc.build(s, args, target="cuda", name=name, tuned=True)
        except TcompError as exc:
            errors.append(exc)
    raise type(errors[-1])(f"no GPU schedule builds for nn op '{name}': "
                           + "; ".join(str(e) for e in errors)) from errors[-1]


def _placeholders(t: Any) -> list[DTensor]:
    return [op.output(0) for op in topo_ops(t) if isinstance(op, PlaceholderOp)]


def _is_identity_of(g: DTensor, head: DTensor) -> bool:
    """``g[i...] = head[i...]``: a vjp that passes the adjoint through unchanged."""
    op = g.op
    if isinstance(op, PlaceholderOp):
        return g is head
    if op.is_reduction or len(op.body) != 1 or g.shape != head.shape:
        return False
    b = op.body[0]
    while isinstance(b, E.Binary) and b.op is E.Op.MUL:  # autodiff leaves ``head * 1``
        if isinstance(b.b, E.Const) and b.b.value == 1:
            b = b.a
        elif isinstance(b.a, E.Const) and b.a.value == 1:
            b = b.b
        else:
            break
    if not (isinstance(b, E.ProducerLoad)
            and tuple(b.indices) == tuple(iv.var for iv in op.axis)):
        return False
    # the adjoint through a chain of adds is a copy of a copy of ``head``
    return b.tensor is head or _is_identity_of(b.tensor, head)


class CompiledOp:
    """One op at fixed shapes: its DSL graph, forward kernel and per-input vjp kernels.

    Kernels are built on first use, so an op used only for its gradients (the elementwise
    part of a graph fused into a matmul epilogue) never builds its forward kernel. A builder
    may return a list of tensors: the forward then returns one array per output (such an op
    has no vjp kernels).

    With dynamic batch sizes (``tcomp.nn.batch``) the specs hold ``batch.SYM`` for the batch
    size: the op is then a *family*, never launched itself; ``bind`` makes the op of one
    batch size, which shares the family's DSL graph and kernels and keeps its own launchers
    and output shapes.
    """

    def __init__(self, name: str, builder: Builder, specs: Sequence[Spec],
                 attrs: tuple[Any, ...], device: str = "cpu"):
        import tcomp as tc

        self.name = name
        self.device = device
        sym = batch.SYM
        self.params = [tc.placeholder(batch.substitute(tuple(s)), np.dtype(d).name, f"in{k}")
                       for k, (s, d) in enumerate(specs)]
        out = builder(*self.params, *(batch.substitute(attrs) if any(
            sym in s for s, _ in specs) else attrs))
        self.outs: list[DTensor] = list(out) if isinstance(out, (list, tuple)) else [out]
        self.out = self.outs[-1]
        self.out_dtype = self.out.dtype.np
        used = set(_placeholders(self.outs))
        self.fwd_pos = [k for k, p in enumerate(self.params) if p in used]
        self.head = tc.placeholder(self.out.shape, self.out.dtype, "head")
        self._grad: dict[int, tuple[DTensor | None, list[int]]] = {}
        self._kernels: dict[Any, Any] = {}  # "fwd" or input k -> built kernel (with a family)
        self._recipe = (builder, tuple(specs), attrs)
        self._n: int | None = None
        self._first: int | None = None  # a family's first size: its kernels' schedule size
        self._bind([(tuple(s), d) for s, d in specs])
        STATS["builds"] += 1

    def _bind(self, specs: Sequence[Spec]) -> None:
        """The per-shape state: input specs, output shapes, launchers (made on first use)."""
        self._specs = [(tuple(shp), np.dtype(dt)) for shp, dt in specs]
        symbolic = any(batch.SYM in shp for shp, _ in self._specs)
        self.out_shape = None if symbolic else self._shape(self.out.shape)
        self._out_specs = None if symbolic else [(self._shape(o.shape), o.dtype.np)
                                                 for o in self.outs]
        self._out_allocs: list[tuple[Callable[..., Any], tuple[int, ...], np.dtype]] | None = None
        self._fwd: Any = None
        self._bwd: dict[int, tuple[Any, tuple[int, ...], Any, Any]] = {}

    def bind(self, specs: Sequence[Spec], n: int) -> CompiledOp:
        """The op of this family for input ``specs``, batch size ``n``."""
        op = object.__new__(CompiledOp)
        op.__dict__.update({k: v for k, v in self.__dict__.items()
                            if k in _SHARED})  # the DSL graph and the kernels
        op._n = n
        op._bind(specs)
        STATS["bindings"] += 1
        return op

    @property
    def batch_size(self) -> int | None:
        """The batch size a family's op was bound to; None for an exact-shape op."""
        return self._n

    def _shape(self, dims: Sequence[E.Expr]) -> tuple[int, ...]:
        if self._n is None:
            return tuple(int(d.value) for d in dims)
        env = {batch.VAR: self._n}
        return tuple(int(d.value) if isinstance(d, E.Const) else eval_int(d, env, "a dim")
                     for d in dims)

    def _dims(self, kern: Any) -> tuple[int, ...]:
        """The values of ``kern``'s symbolic dims (the batch size) for its fast path."""
        return tuple(self._n for _ in kern.func.dim_vars) if self._n is not None else ()

    def _kernel(self, which: Any, build: Callable[[], Any]) -> Any:
        kern = self._kernels.get(which)
        if kern is None:
            kern = self._kernels[which] = build()
            STATS["kernels"] += 1
        return kern

    def forward(self, arrays: Sequence[np.ndarray]) -> Any:
        """The output array (a tuple of arrays for a multi-output builder)."""
        if self._fwd is None:

            args = [*(self.params[k] for k in self.fwd_pos), *self.outs]
            if self.device == "cuda":
                self._fwd = self._kernel("fwd", lambda: _gpu_build(self.outs, args,
                                                                   _sym(self.name)))
                self._fwd_launch = DeviceLaunch(self._fwd)
            else:
                outs = self.outs if len(self.outs) > 1 else [self.out]
                # schedule-free: this machine's tuning record if there is one, else the
                # automatic schedule
                self._fwd = self._kernel("fwd", lambda: self._build(outs, args,
                                                                    _sym(self.name), "fwd"))
                self._fwd_launch = Launch(self._fwd, [self._specs[k] for k in self.fwd_pos],
                                          (self.name, outs, args, *self._family("fwd")),
                                          self._dims(self._fwd))
        if self._out_allocs is None:  # chosen once per output: the launch path stays lean
            self._out_allocs = [(allocator(shp, dt, self.device), shp, dt)
                                for shp, dt in self._out_specs]
        outs = [alloc(shp, dt) for alloc, shp, dt in self._out_allocs]
        self._fwd_launch([arrays[k] for k in self.fwd_pos], outs)
        return outs[0] if len(outs) == 1 else tuple(outs)

    def grad_reads(self, k: int) -> list[int]:
        """Positions of the inputs the vjp of input ``k`` reads (-1: the output adjoint);
        empty when that vjp is the adjoint itself."""
        return self._grad_dsl(k)[1]

    def _grad_dsl(self, k: int) -> tuple[DTensor | None, list[int]]:
        got = self._grad.get(k)
        if got is None:
            (g,) = gradient(self.out, [self.params[k]], self.head)
            if _is_identity_of(g, self.head):
                got = (None, [])
            else:
                pos = [-1 if a is self.head else self.params.index(a) for a in _placeholders(g)]
                got = (g, pos)
            self._grad[k] = got
        return got

    def backward(self, k: int, arrays: Sequence[np.ndarray | None], grad_out: np.ndarray
                 ) -> np.ndarray:
        """The vector-Jacobian product of input ``k`` for the adjoint ``grad_out``. A vjp
        that is the adjoint itself returns ``grad_out`` (no copy, no kernel)."""
        g, pos = self._grad_dsl(k)
        if g is None:
            return grad_out
        if k not in self._bwd:
            args = [self.head if p < 0 else self.params[p] for p in pos]
            gname = _sym(f"{self.name}_grad{k}")
            if self.device == "cuda":
                launch: Any = DeviceLaunch(self._kernel(k, lambda: _gpu_build([g], [*args, g],
                                                                              gname)))
            else:
                kern = self._kernel(k, lambda: self._build([g], [*args, g], gname, k))
                specs = [(self.out_shape, self.out_dtype) if p < 0 else self._specs[p]
                         for p in pos]
                launch = Launch(kern, specs, (f"{self.name} grad{k}", [g], [*args, g],
                                              *self._family(k)), self._dims(kern))
            shp, dt = self._shape(g.shape), g.dtype.np
            self._bwd[k] = (launch, shp, dt, allocator(shp, dt, self.device))
        launch, shp, dt, alloc = self._bwd[k]
        out = alloc(shp, dt)
        launch([grad_out if p < 0 else arrays[p] for p in pos], [out])  # type: ignore[misc]
        return out


    def _family(self, which: Any) -> tuple[Any, ...]:
        """What ``recording()`` notes of a family's kernel: the batch size, the twin maker."""
        if self._n is None:
            return ()
        return self._n, lambda size: self._twin(which, size)

    def _build(self, outs: list[DTensor], args: list[DTensor], name: str, which: Any) -> Any:
        """A CPU kernel: schedule-free for exact shapes. A family's kernel takes the tuning
        record of its symbolic graph that was tuned at the batch size nearest to this one
        (``tcomp.nn.tune`` makes them), else the schedule of its twin at
        ``batch.scheduled_size`` of this size (the twin's own record, else the automatic
        schedule, which has every extent to go by), replayed onto the symbolic graph."""
        import tcomp as tc

        from ..build import chosen_schedule, tuning_database
        from ..errors import TcompError
        from ..schedule import replay

        if self._n is None:
            return tc.build(outs, args, name=name)
        from .tuning import nearest_records

        records = nearest_records(tuning_database(), self._n)
        try:
            size = batch.scheduled_size(self._first or self._n)
            t_outs, t_args = self._twin(which, size)
            sch, origin = chosen_schedule(t_outs, t_args)
            s = replay(outs, sch.trace_json(), origin=f"{origin} at batch size {size}, "
                       "replayed for any batch size")
        except TcompError:  # no twin schedule fits the symbolic graph: its own default
            return tc.build(outs, args, name=name, database=records)
        return tc.build(s, args, name=name, tuned=True, database=records)

    def _twin(self, which: Any, size: int) -> tuple[list[DTensor], list[DTensor]]:
        """The outputs and arguments of kernel ``which`` ("fwd" or input ``k``'s vjp) built
        for batch size ``size``: the same graph, with the same names, at a fixed size."""
        import tcomp as tc

        builder, specs, attrs = self._recipe
        params = [tc.placeholder(batch.substitute(tuple(s), size), np.dtype(d).name, f"in{k}")
                  for k, (s, d) in enumerate(specs)]
        out = builder(*params, *batch.substitute(attrs, size))
        outs = list(out) if isinstance(out, (list, tuple)) else [out]
        if which == "fwd":
            kept = outs if len(outs) > 1 else [outs[-1]]
            return kept, [*(params[k] for k in self.fwd_pos), *outs]
        head = tc.placeholder(outs[-1].shape, outs[-1].dtype, "head")
        (g,) = gradient(outs[-1], [params[which]], head)
        return [g], [*(head if p < 0 else params[p] for p in self._grad_dsl(which)[1]), g]


# What the ops of a family share (``CompiledOp.bind``); the rest is per batch size.
_SHARED = frozenset({"name", "device", "params", "outs", "out", "out_dtype", "fwd_pos",
                     "head", "_grad", "_kernels", "_recipe", "_first"})


def _sym(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name)


def get_op(name: str, builder: Builder, arrays: Sequence[Any],
           attrs: tuple[Any, ...] = (), device: str = "cpu") -> CompiledOp:
    """The compiled op for these input shapes/dtypes and attributes (built on first use);
    ``device="cuda"``: GPU kernels that take and return ``DeviceArray``s."""
    return get_op_specs(name, builder, tuple((a.shape, a.dtype) for a in arrays), attrs,
                        device)


def get_op_specs(name: str, builder: Builder, specs: tuple[Spec, ...],
                 attrs: tuple[Any, ...] = (), device: str = "cpu") -> CompiledOp:
    """``get_op`` from input (shape, numpy dtype) pairs instead of arrays."""
    key = (name, builder, specs, attrs) if device == "cpu" else (name, builder, specs, attrs,
                                                                 device)
    cache = _CACHE if batch.ENABLED[0] else _EXACT
    op = cache.get(key)
    if op is None:
        op = cache[key] = _new_op(name, builder, specs, attrs, device)
    else:
        STATS["hits"] += 1
    return op


def _new_op(name: str, builder: Builder, specs: tuple[Spec, ...], attrs: tuple[Any, ...],
            device: str) -> CompiledOp:
    """The op for shapes not seen before: bound from its batch family when it has one
    (``tcomp.nn.batch``; CPU), else built for these exact shapes."""
    fam = None
    if device == "cpu" and batch.is_dynamic_batch():
        batch.register_rules()
        fam = batch.generalize(builder, specs, attrs)
    if fam is None:
        return CompiledOp(name, builder, specs, attrs, device)
    gspecs, gattrs, n = fam
    fkey = (name, builder, gspecs, gattrs)
    if fkey not in _FAMILIES:
        # The first size an op runs at (a training loop's usual batch) gets an exact kernel,
        # as fast as without dynamic batches; the family's symbolic kernel is built when a
        # second size comes, scheduled for the first, and serves every size after it.
        first = _FIRST.setdefault(fkey, n)
        if first == n:
            return CompiledOp(name, builder, specs, attrs, device)
        try:
            _FAMILIES[fkey] = CompiledOp(name, builder, gspecs, gattrs, device)
            _FAMILIES[fkey]._first = first
        except Exception:  # a builder that needs the batch as an int: exact shapes
            _FAMILIES[fkey] = None
    family = _FAMILIES[fkey]
    if family is None:
        return CompiledOp(name, builder, specs, attrs, device)
    return family.bind(specs, n)


# bumped by clear_cache(): a compiled plan (compile_step, compile_inference) traced under an
# older generation traces again at its next call, so it runs the kernels built now (tuned)
GENERATION = [0]


def clear_cache() -> None:
    """Forget every compiled op (tc.build's disk cache still avoids recompiling)."""
    GENERATION[0] += 1
    _CACHE.clear()
    _EXACT.clear()
    _FAMILIES.clear()
    _FIRST.clear()


__all__ = ["GENERATION", "STATS", "CompiledOp", "KernelUse", "Launch", "c_array",
           "clear_cache", "get_op", "get_op_specs", "recording"]
