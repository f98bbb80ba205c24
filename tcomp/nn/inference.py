"""``tcomp.nn.compile_inference``: a model's forward as one machine-code call in this process
(layer 9).

``compile_inference(model, example)`` traces the forward as ``tcomp.nn.export`` does
(``forward_trace.trace_forward``: twice, in eval mode under ``no_grad``, every array found by its
memory) and generates, in LLVM IR, one function that calls the traced kernels in order:
its argument is a table of base addresses (inputs, outputs, each parameter and buffer, each
constant, one arena for the intermediates), and each kernel argument is a base plus a byte
offset. A call checks the inputs, fills the table and makes one ctypes call, so the Python
per op of the node-by-node forward (tape, dispatch, allocation, checks) is gone.

What the plan promises, and how it keeps it:

- **Shapes and dtypes**: a plan holds for the example's shapes and dtypes only. Every call
  checks each input; another dtype is an ArgumentTypeError naming the input, another shape
  an ArgumentShapeError, unless ``max_shapes`` allows tracing a plan for that shape too.
  Integer inputs (token ids) are read by the kernels as given (a gather wraps a negative
  index as numpy does); an index out of range is an OutOfBoundsError at the call, the read
  skipped.
- **A pure forward**: the trace runs the forward in eval mode (dropout off, batch norm on
  its running statistics) under ``no_grad``, whatever the model's training flag is then or
  at call time: the plan always computes the eval-mode forward, and its outputs carry no
  gradient. A forward that writes into its model (a statistic updated in eval mode), reads
  values computed outside tcomp kernels (numpy on the data, a random mask) or branches on
  the values is refused with an ExportError, as ``tcomp.nn.export`` refuses it.
- **Weights are read live**: the table points at each parameter's and buffer's current
  array. In-place updates are seen as they happen; an array replaced (``p.data = new``, as
  the optimizers do) is found at the next call by identity and its address taken, after
  checking it has the traced shape, dtype and layout. Arrays that are neither parameters nor
  buffers (an attribute the forward turns into a Tensor, an ONNX model's constants) are
  copied when compiling: constants of the plan.
- **Or frozen** (``freeze=True``, as ``torch.jit.freeze`` or onnxruntime's initializers):
  the parameters and buffers are copied when compiling and are constants from then on, for
  every plan the callable traces; later changes to the model are not seen (compile again).
  Ops may then prepare a weight for their kernel in a launch of its own (``linear`` reads
  its weight transposed, not gathered into panels at each call), and every launch that
  reads only constants runs once, when compiling (``forward_trace.fold_constants``).
- **Outputs** are fresh arrays per call, returned as Tensors; ``out=`` writes into given
  arrays instead (checked: shape, dtype, layout, no overlap with an input, another output or
  a weight).

One call runs at a time per plan (a lock: the arena is its state); the kernels' parallel
loops use tcomp's thread pool as the node-by-node forward does.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from llvmlite import ir

from ..codegen.llvm import builder_utils as bu
from ..codegen.llvm.builder_utils import I32, I64, PTR, VOID
from ..codegen.llvm.jit import LoadedModule, compile_ir
from ..errors import ArgumentShapeError, ArgumentTypeError, ArgumentValueError, ExportError
from ..runtime.kernel import DATA_OFFSET, pointer_at
from ..runtime.memory import POOL
from . import kernels
from .forward_trace import (
    Traced,
    aligned_copy,
    check_outputs,
    model_state,
    place_temps,
    trace_forward,
    weights_swapped,
)
from .launch import allocator, record, recording_active
from .tensor import Tensor, array_of, make_result

WHO = "tcomp.nn.compile_inference"
_SYMBOL = "tcomp_inference_run"


def _address(a: np.ndarray) -> int:
    return (pointer_at(id(a) + DATA_OFFSET).value or 0) if DATA_OFFSET >= 0 else a.ctypes.data


def _shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def _place(ref: Any, slot: dict[int, int], arena: int, n_in: int) -> tuple[int, int]:
    """Where an argument (region, byte offset) lives: its table slot and byte offset."""
    r, off = ref
    if r.kind == "temp" and r.output is not None:
        return n_in + r.output, off
    if r.kind == "temp":
        return arena, r.offset + off
    return (r.index if r.kind == "input" else slot[id(r)]), off


def _copied(t: Traced) -> list[tuple[int, Any, int]]:
    """The outputs the plan copies at the end (not written in place): (output, ref, bytes)."""
    return [(o, ref, t.runs[0][1][o].nbytes) for o, ref in enumerate(t.out_refs)
            if not (ref[0].kind == "temp" and ref[0].output == o) and t.runs[0][1][o].nbytes]


def _driver(t: Traced, slot: dict[int, int], arena: int, n_in: int
            ) -> tuple[LoadedModule, Any]:
    """``i32 run(ptr table)``: the launches in order, then the outputs not written in place
    copied into theirs. Returns 0, or ``k + 1`` when launch ``k`` recorded an out-of-bounds
    access (the kernel's bounds record, left set for ``raise_bounds_error``)."""
    m = ir.Module(name=_SYMBOL)
    target = t.steps[0][0].target
    m.triple = target.resolved_triple
    fn = ir.Function(m, ir.FunctionType(I32, [PTR]), _SYMBOL)
    fn.attributes.add("nounwind")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    table = fn.args[0]
    bases: dict[int, ir.Value] = {}

    def base(s: int) -> ir.Value:
        if s not in bases:
            bases[s] = b.load(b.gep(table, [ir.Constant(I64, s)], source_etype=PTR), typ=PTR)
        return bases[s]

    def at(ref: Any) -> ir.Value:
        s, off = _place(ref, slot, arena, n_in)
        return b.gep(base(s), [ir.Constant(I64, off)], source_etype=bu.I8) if off else base(s)

    for i, (k, refs, dims) in enumerate(t.steps):
        fnty = ir.FunctionType(VOID, [PTR] * len(refs) + [I64] * len(dims))
        entry = ctypes.cast(k.unchecked_entry, ctypes.c_void_p).value
        b.call(bu.Callee(ir.Constant(I64, entry).inttoptr(PTR), fnty),
               [*(at(r) for r in refs), *(ir.Constant(I64, d) for d in dims)])
        flag = k.bounds_flag
        if flag is not None:
            rec = ir.Constant(I64, ctypes.addressof(flag)).inttoptr(PTR)
            bad = b.icmp_signed("!=", b.load(rec, typ=I64), ir.Constant(I64, 0))
            with b.if_then(bad, likely=False):
                b.ret(ir.Constant(I32, i + 1))
    copy = bu.get_function(m, "llvm.memcpy.p0.p0.i64", VOID, [PTR, PTR, I64, ir.IntType(1)])
    for o, ref, nbytes in _copied(t):
        b.call(copy, [base(n_in + o), at(ref), ir.Constant(I64, nbytes),
                      ir.Constant(ir.IntType(1), 0)])
    b.ret(ir.Constant(I32, 0))
    obj = compile_ir(str(m), target, _SYMBOL, uses_parallel=False, count_as="runtime_codegen")
    loaded = LoadedModule(obj)
    return loaded, ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p)(loaded.address)


class Plan:
    """The compiled forward at one set of input shapes and dtypes."""

    def __init__(self, t: Traced, model: Any, names: list[str], who: str = WHO,
                 what: str = "forward") -> None:
        self.who = who
        self.names = names
        self.model = t.model
        # the kernels only: the launches' regions hold the traced runs' arrays
        self.kernels = [k for k, _, _ in t.steps]
        self.returns_tuple = t.returns_tuple
        self.ins = [(a.shape, a.dtype) for a in t.runs[0][0]]
        self.outs = [(a.shape, a.dtype) for a in t.runs[0][1]]
        self.shapes = t.shapes
        # as tcomp.nn allocates kernel outputs (64-byte aligned from the pool when large)
        self.allocs = [(allocator(shp, np.dtype(dt), "cpu"), shp, dt) for shp, dt in self.outs]
        n_in, n_out = len(self.ins), len(self.outs)
        fixed = [r for r in t.mem.regions if r.kind in ("weight", "const")]
        slot = {id(r): n_in + n_out + k for k, r in enumerate(fixed)}
        arena_slot = n_in + n_out + len(fixed)
        self.table = (ctypes.c_void_p * (arena_slot + 1))()
        self.table_address = ctypes.addressof(self.table)
        # NOTE: consts are the trace's copies (np.array in _classify): the plan owns them.
        self.keep = [r.array for r in fixed if r.kind == "const"]
        for r in fixed:
            self.table[slot[id(r)]] = _address(r.array)
        self.arena = POOL.empty((place_temps(t.mem),), np.dtype(np.uint8))
        self.table[arena_slot] = _address(self.arena)
        # weights: [slot, name, where the model holds it, its tensor, the array the table
        # points at]
        weights = [r for r in fixed if r.kind == "weight"]
        self.watch = [[slot[id(r)], r.name, h, r.tensor, r.array]
                      for r, h in zip(weights, _holders(model, [r.tensor for r in weights]),
                                      strict=True)]
        self.watched = {id(r): w for r, w in zip(weights, self.watch, strict=True)}
        self.loaded, self.cfunc = _driver(t, slot, arena_slot, n_in)
        # for a call inside kernels.recording() (nn.tune): each launch on its own, timed
        self.generation = kernels.GENERATION[0]
        self.launches = [(k, [_place(r, slot, arena_slot, n_in) for r in refs], dims)
                         for k, refs, dims in t.steps]
        self.copies = [(n_in + o, _place(ref, slot, arena_slot, n_in), nbytes)
                       for o, ref, nbytes in _copied(t)]
        self.uses = {id(u.kernel): (key, u) for key, u in t.uses.items()}
        self.lock = threading.Lock()
        for k, (which, (xs, want)) in enumerate(zip(("example", "second"), t.runs,
                                                    strict=True)):
            with weights_swapped(t.weights[k] if t.weights else []):
                got = self.run(xs, None)
            check_outputs(f"{who}: the compiled {what}", "trace",
                          self.model, which, got, want, rtol=1e-5, atol=1e-6)

    def matches(self, xs: list[np.ndarray]) -> bool:
        for a, (shp, dt) in zip(xs, self.ins, strict=True):
            if a.shape != shp or a.dtype != dt:
                return False
        return True

    def _rebind(self, w: list[Any]) -> None:
        """Point weight ``w``'s slot at the array its tensor now holds (the model may hold
        another tensor there now), after checking it."""
        s, name, holder, tensor, old = w
        if holder is not None:
            try:
                tensor = holder[0][holder[1]]
            except KeyError:
                tensor = None
        if not isinstance(tensor, Tensor):
            raise ArgumentTypeError(f"{self.who}: {self.model}'s '{name}' is now "
                                    f"{type(tensor).__name__}, not a Tensor; compile the "
                                    "model again")
        data = tensor.data
        if type(data) is not np.ndarray:
            raise ArgumentTypeError(f"{self.who}: {self.model}'s '{name}' is now a "
                                    f"{type(data).__name__} (on {tensor.device}); the compiled "
                                    "forward runs on the cpu: move the model back (model.cpu())")
        if data.shape != old.shape or data.dtype != old.dtype:
            raise ArgumentShapeError(f"{self.who}: {self.model}'s '{name}' is now {data.dtype} "
                                     f"{_shape(data.shape)}, compiled for {old.dtype} "
                                     f"{_shape(old.shape)}; compile the model again")
        if not data.flags.c_contiguous or _address(data) % data.itemsize:
            raise ArgumentValueError(f"{self.who}: {self.model}'s '{name}' is now a strided or "
                                     "misaligned array; assign a C-contiguous one "
                                     "(np.ascontiguousarray)")
        self.table[s] = _address(data)
        w[3], w[4] = tensor, data

    def _check_out(self, out: Any, xs: list[np.ndarray]) -> list[np.ndarray]:
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        if len(outs) != len(self.outs):
            raise ArgumentTypeError(f"{self.who}: out= holds {len(outs)} array(s); "
                                    f"{self.model}.forward has {len(self.outs)} output(s)")
        arrays = []
        for o, (a, (shp, dt)) in enumerate(zip(outs, self.outs, strict=True)):
            a = a.data if isinstance(a, Tensor) else a
            if type(a) is not np.ndarray:
                raise ArgumentTypeError(f"{self.who}: out[{o}] is a {type(a).__name__}; pass a "
                                        "numpy array or a cpu Tensor")
            if a.shape != shp or a.dtype != dt:
                raise ArgumentShapeError(f"{self.who}: out[{o}] is {a.dtype} {_shape(a.shape)}; "
                                         f"output {o} is {dt} {_shape(shp)}")
            if not (a.flags.c_contiguous and a.flags.writeable) or _address(a) % a.itemsize:
                raise ArgumentValueError(f"{self.who}: out[{o}] must be C-contiguous, writeable "
                                         "and aligned to its elements")
            others = [(f"input {self.names[i]!r}", x) for i, x in enumerate(xs)] + \
                [(f"out[{p}]", q) for p, q in enumerate(arrays)] + \
                [(f"weight '{w[1]}'", w[4]) for w in self.watch]
            for what, other in others:
                if np.may_share_memory(a, other):
                    raise ArgumentValueError(f"{self.who}: out[{o}] shares memory with {what}; "
                                             "pass a separate array")
            arrays.append(a)
        return arrays

    def run(self, xs: list[np.ndarray], out: Any) -> list[np.ndarray]:
        """The outputs for inputs ``xs`` (checked by the caller: this plan's shapes and
        dtypes, C-contiguous, aligned), in fresh arrays or in ``out``."""
        if out is None:
            outs = [alloc(shp, dt) for alloc, shp, dt in self.allocs]
        else:
            outs = self._check_out(out, xs)
        with self.lock:
            table = self.table
            for w in self.watch:
                h = w[2]
                # array_of, not .data: a pending tensor's array is None, and _rebind
                # computes it
                if (h is not None and h[0].get(h[1]) is not w[3]) or array_of(w[3]) is not w[4]:
                    self._rebind(w)
            i = 0
            for a in xs:
                table[i] = _address(a)
                i += 1
            for a in outs:
                table[i] = _address(a)
                i += 1
            rc = self._recorded() if recording_active() else self.cfunc(self.table_address)
        if rc:
            k = self.kernels[rc - 1]
            k.raise_bounds_error([np.broadcast_to(np.uint8(0), s) for s in
                                  self.shapes[rc - 1]])
        return outs

    def _recorded(self) -> int:
        """The driver's work launch by launch, each timed into the open ``recording()`` as
        the kernel the trace launched (so ``nn.tune`` sees a compiled plan's kernels)."""
        table = self.table
        for i, (k, places, dims) in enumerate(self.launches):
            ptrs = [(table[s] or 0) + off for s, off in places]
            t0 = time.perf_counter()
            k.unchecked_entry(*ptrs, *dims)
            dt = time.perf_counter() - t0
            key, use = self.uses[id(k)]
            record(key, use, dt)
            flag = k.bounds_flag
            if flag is not None and flag.value:
                return i + 1
        for s, (src, off), nbytes in self.copies:
            ctypes.memmove(table[s], table[src] + off, nbytes)
        return 0


def _holders(model: Any, tensors: list[Tensor]) -> list[tuple[dict[str, Any], str] | None]:
    """Where the model holds each tensor: a (dict, key) of a module's attributes (or of a
    dict among them, such as an ONNX model's initializers) whose value is the tensor, so a
    call sees a tensor replaced there (``layer.weight = Parameter(...)``); None if not
    found (the tensor itself is watched then)."""
    where: dict[int, tuple[dict[str, Any], str]] = {}
    for m in getattr(model, "modules", lambda: [model])():
        attrs = vars(m)
        for d in (attrs, *(v for v in attrs.values() if type(v) is dict)):
            for key, v in d.items():
                if isinstance(v, Tensor):
                    where.setdefault(id(v), (d, key))
    return [where.get(id(t)) for t in tensors]


class CompiledInference:
    """A model's eval-mode forward compiled to one call (see the module docstring). Call it
    like the model: inputs positionally (Tensors or numpy arrays), or by name where the
    model names them (an ONNX model's graph inputs); ``out=`` an array (or a tuple, one per
    output) to write into. Returns a Tensor, or a tuple as the forward does."""

    def __init__(self, model: Any, example: Any, max_shapes: int = 1,
                 input_names: Sequence[str] | None = None, freeze: bool = False) -> None:
        if isinstance(max_shapes, bool) or not isinstance(max_shapes, int) or max_shapes < 1:
            raise ArgumentValueError(f"{self.who}: max_shapes must be an int >= 1, got "
                                     f"{max_shapes!r}")
        items = list(example) if isinstance(example, (tuple, list)) else [example]
        self.names = list(input_names) if input_names is not None else [
            f"input {i}" for i in range(len(items))]
        if len(self.names) != len(items):
            raise ExportError(f"{self.who}: the model takes {len(self.names)} input(s) "
                              f"{self.names}, the example has {len(items)}")
        self.model = model
        self.max_shapes = max_shapes
        if not isinstance(freeze, bool):
            raise ArgumentTypeError(f"{self.who}: freeze must be True or False, got {freeze!r}")
        self.frozen = freeze
        # freeze: the weights as they are now, by name, which every plan's trace runs with
        self._snapshot = {name: aligned_copy(t.data) for name, t in model_state(model)
                          if type(t.data) is np.ndarray} if freeze else {}
        self._lock = threading.Lock()  # one trace at a time (kernels.recording is global)
        plan = self._new_plan(items)
        self._plans = {self._key(plan.ins): plan}
        self._last = plan

    who = WHO

    def _new_plan(self, example: list[Any]) -> Plan:
        if not self.frozen:
            return Plan(trace_forward(self.model, example, WHO, live_weights=True), self.model,
                        self.names)
        now = dict(model_state(self.model))
        for name in self._snapshot:
            if name not in now:
                raise ArgumentTypeError(f"{self.who}: {type(self.model).__name__}'s '{name}' "
                                        "is no longer a tensor of the model; compile the model "
                                        "again")
        with weights_swapped([(now[name], a) for name, a in self._snapshot.items()]):
            return Plan(trace_forward(self.model, example, WHO, frozen=True), self.model,
                        self.names)

    @staticmethod
    def _key(specs: Any) -> tuple[Any, ...]:
        return tuple((tuple(s), np.dtype(d).str) for s, d in specs)

    @property
    def shapes(self) -> list[list[tuple[tuple[int, ...], np.dtype]]]:
        """The input (shape, dtype)s of each plan compiled so far."""
        return [p.ins for p in self._plans.values()]

    @property
    def kernels(self) -> list[str]:
        """The kernels the first plan calls, in order."""
        return [k.name for k in next(iter(self._plans.values())).kernels]

    def __repr__(self) -> str:
        first = next(iter(self._plans.values()))
        return (f"<CompiledInference of {first.model}: {len(first.kernels)} kernels in one call, "
                f"{len(self._plans)} of at most {self.max_shapes} input shape(s)"
                f"{', weights frozen' if self.frozen else ''}>")

    def _bind(self, args: tuple[Any, ...], named: dict[str, Any]) -> list[np.ndarray]:
        n = len(self.names)
        if len(args) > n or (named and len(args) + len(named) != n):
            raise ArgumentTypeError(f"{self.who}: the model takes {n} input(s) {self.names}, got "
                                    f"{len(args) + len(named)}")
        items = list(args)
        if named:
            given = dict(zip(self.names, args, strict=False))
            for k, v in named.items():
                if k not in self.names or k in given:
                    why = "given twice" if k in given else "not an input of the model"
                    raise ArgumentTypeError(f"{self.who}: input {k!r} is {why}; the inputs are "
                                            f"{self.names}")
                given[k] = v
            items = [given[k] for k in self.names]
        if len(items) != n:
            raise ArgumentTypeError(f"{self.who}: the model takes {n} input(s) {self.names}, got "
                                    f"{len(items)}")
        xs = []
        for name, x in zip(self.names, items, strict=True):
            if type(x) is not np.ndarray:
                if isinstance(x, Tensor):
                    if x.device != "cpu":
                        raise ArgumentTypeError(f"{self.who}: {name!r} is on {x.device}; the "
                                                "compiled forward runs on the cpu")
                    x = x.data
                else:
                    x = np.asarray(x)
            if not (x.flags.c_contiguous and x.flags.aligned):
                x = np.ascontiguousarray(x)
            xs.append(x)
        return xs

    def __call__(self, *args: Any, out: Any = None, **named: Any) -> Any:
        plan, outs = self._run(args, named, out)
        ts = [make_result(a, "compiled", (), None) for a in outs]  # type: ignore[arg-type]
        return tuple(ts) if plan.returns_tuple else ts[0]

    def _run(self, args: tuple[Any, ...], named: dict[str, Any], out: Any
             ) -> tuple[Plan, list[np.ndarray]]:
        """The plan for the inputs ``args``/``named`` and the output arrays it wrote."""
        plan = self._last
        xs = list(args)
        fast = not named and len(xs) == len(plan.ins)
        if fast:  # the common call: arrays of the last plan's shapes and dtypes
            for x, (shp, dt) in zip(xs, plan.ins, strict=True):
                if type(x) is not np.ndarray or x.shape != shp or x.dtype != dt:
                    fast = False
                    break
                f = x.flags
                if not (f.c_contiguous and f.aligned):
                    fast = False
                    break
        if not fast:
            xs = self._bind(args, named)
            if not plan.matches(xs):
                plan = self._select(xs)
        if plan.generation != kernels.GENERATION[0]:  # kernels rebuilt since (nn.tune)
            with self._lock:
                plan = self._plans[self._key(plan.ins)] = self._last = self._new_plan(xs)
        return plan, plan.run(xs, out)

    def _select(self, xs: list[np.ndarray]) -> Plan:
        """The plan for ``xs``' shapes: compiled before, or traced now if ``max_shapes``
        allows; another dtype than the first plan's is an error."""
        first = next(iter(self._plans.values()))
        for name, a, (shp, dt) in zip(self.names, xs, first.ins, strict=True):
            if a.dtype != dt:
                raise ArgumentTypeError(f"{self.who}: {name!r} has dtype {a.dtype}; the model was "
                                        f"compiled for {dt}: cast it with .astype({dt.name!r})")
            if a.ndim != len(shp):
                raise ArgumentShapeError(f"{self.who}: {name!r} has shape {_shape(a.shape)}, "
                                         f"compiled for {_shape(shp)}: another rank")
        key = self._key((a.shape, a.dtype) for a in xs)
        with self._lock:
            return self._plan_for(key, xs, first)

    def _plan_for(self, key: tuple[Any, ...], xs: list[np.ndarray], first: Plan) -> Plan:
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) >= self.max_shapes:
                i = next(i for i, (a, (shp, _)) in enumerate(zip(xs, first.ins, strict=True))
                         if a.shape != shp)
                known = ", ".join(dict.fromkeys(_shape(p.ins[i][0]) for p in self._plans.values()))
                raise ArgumentShapeError(
                    f"{self.who}: {self.names[i]!r} has shape {_shape(xs[i].shape)}; the model was "
                    f"compiled for {known} ({len(self._plans)} of max_shapes="
                    f"{self.max_shapes}). Compile with a larger max_shapes to trace a plan "
                    "per input shape, or pass inputs of a compiled shape")
            plan = self._plans[key] = self._new_plan(xs)
        self._last = plan
        return plan


def compile_inference(model: Any, example: Any, *, max_shapes: int = 1,
                      input_names: Sequence[str] | None = None, freeze: bool = False
                      ) -> CompiledInference:
    """``model``'s eval-mode forward on inputs shaped like ``example`` as one call into
    machine code in this process (see the module docstring for what it checks).

    Args:
        model: a ``tcomp.nn.Module`` on the cpu (or a callable of Tensors); traced in eval
            mode under ``no_grad``, its training flags restored afterwards.
        example: the input Tensor or numpy array, or a tuple of them.
        max_shapes: how many input shapes the callable may compile a plan for; a call with
            another shape traces one (seconds where new kernels are built) until there are
            this many, then is an ArgumentShapeError. 1: the example's shapes only.
        input_names: the inputs' names, for keyword calls and messages.
        freeze: copy the weights now and hold them constant (later changes to the model are
            not seen), so that what depends on them alone is computed once, here; False:
            read them live at each call.
    """
    return CompiledInference(model, example, max_shapes, input_names, freeze)


__all__ = ["CompiledInference", "Plan", "compile_inference"]
