"""``export``: a ``tcomp.nn`` model as an ONNX file (layer 9). The module is
``tcomp.onnx.exporter``; ``tcomp.onnx.export`` is its function.

``export(model, example, "model.onnx")`` runs the forward in eval mode under ``no_grad`` with
every public ``tcomp.nn.functional`` op (and tensor indexing) wrapped: each op the forward
calls, outside other ops, is recorded with its arguments and the module that called it, and
the tensors between them are named as they appear (the model's parameters and buffers by their
``state_dict`` names, which become the initializers' names). Functions that are compositions
of others (``flatten``, ``view``, ``cat``, ``clamp``, ...) are followed inside; ops with no
ONNX form (the capsule ops, losses, argmax) are an error naming the op and the module.

The forward runs twice: on the example and on a second input (one more row when the batch is
dynamic; values moved one place and rescaled). The two runs must call the same ops on the same
tensors; a tensor the forward made outside the traced ops (numpy on ``.data``, a function
imported by name before the export) is written as a constant, and is an error when its value
or shape changes between the runs. Sizes that change with the batch become ONNX's relative
forms (see ``export_ops``). Last, the written graph runs on both inputs (onnxruntime when it
is installed and the graph has no tcomp DSL op, else ``tcomp.onnx.load``) and must give the
forward's outputs: a wrong file is an error, never written.

The graph uses ONNX opset ``OPSET`` (21: onnxruntime 1.17 and later run it) and IR version
``IR_VERSION``. A DSL op called through ``functional.apply`` is a node of the domain
``ai.tcomp`` (see ``tcomp.onnx.custom``) that only tcomp runs; the export warns about it.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..errors import ExportError
from ..nn import functional as F
from ..nn import indexing
from ..nn.modules import Module, evaluating
from ..nn.tensor import Tensor, no_grad
from . import custom
from . import model as imported
from .export_graph import Call, Graph, Ref
from .export_ops import CONVERT
from .model import import_onnx
from .ops import UnsupportedOnnxError

OPSET = 21
IR_VERSION = 10
BATCH = "batch"  # the name of the symbolic batch dim

# followed inside: compositions of traced ops
_TRANSPARENT = frozenset("clamp cat stack view repeat chunk split flatten unsqueeze squeeze "
                         "mse_loss".split())
# not functional ops: helpers that compute no tensor
_HELPERS = frozenset("check_reduction torch_names gelu_op".split())
_RAW = {"apply": ("name", "builder", "attrs"), "dropout": ("rng",)}  # kept as given
_SIZE_ARGS = {"reshape": ("shape",), "getitem": ("idx",), "expand": ("sizes",),
              "dropout": ("rng",)}  # may differ between the runs (converters check them)
_LOCK = threading.Lock()


class _Tracer:
    """One run of the forward: the ops called, the tensors they read, made and returned."""

    def __init__(self, model: Module, inputs: list[Tensor], names: list[str]) -> None:
        self.thread = threading.get_ident()
        self.depth = 0
        self.calls: list[Call] = []
        self.values: dict[int, str] = {id(t): n for t, n in zip(inputs, names, strict=True)}
        self.keep: list[Any] = list(inputs)  # every tensor named stays alive: ids stay unique
        self.state: dict[int, str] = {}
        for name, t in [*model.named_parameters(), *model.named_buffers()]:
            self.state.setdefault(id(t), name)
        self.params: dict[str, np.ndarray] = {}
        self.consts: dict[str, np.ndarray] = {}
        self.readers: dict[str, str] = {}  # constant -> the first op that read it
        self.paths = {id(m): p for p, m in model.named_modules()}
        self.stack = [f"<model> ({type(model).__name__})"]
        self.fn = ""

    def where(self) -> str:
        return self.stack[-1]

    def ref(self, t: Tensor) -> Ref:
        name = self.values.get(id(t))
        if name is None:
            name = self.state.get(id(t))
            if name is not None:
                self.params[name] = np.array(t.numpy(), copy=True)
            else:
                name = f"/const{len(self.consts)}"
                self.consts[name] = np.array(t.numpy(), copy=True)
                self.readers[name] = f"{self.fn} in {self.where()}"
            self.values[id(t)] = name
            self.keep.append(t)
        return Ref(name, tuple(t.shape), np.dtype(t.dtype))

    def arg(self, v: Any) -> Any:
        """An argument with its tensors (and arrays) as Refs."""
        if isinstance(v, Tensor):
            return self.ref(v)
        if isinstance(v, np.ndarray) and v.ndim:
            return self.ref(Tensor(v))
        if isinstance(v, (list, tuple)):
            return type(v)(self.arg(x) for x in v)
        return v

    def record(self, fn: str, sig: inspect.Signature, args: tuple[Any, ...],
               kw: dict[str, Any], out: Any) -> None:
        bound = sig.bind(*args, **kw)
        bound.apply_defaults()
        self.fn = fn
        raw = _RAW.get(fn, ())
        given = {k: v if k in raw else self.arg(v) for k, v in bound.arguments.items()}
        tensors = [v for v in bound.arguments.values() if isinstance(v, Tensor)]
        outs = list(out) if isinstance(out, tuple) else [out]
        if any(o is t for o in outs for t in tensors):
            return  # the op returned its input (a no-op permute, cast, dropout in eval)
        refs = []
        for o in outs:
            # "/": no parameter, buffer or input name has one (they can't collide)
            name = f"/{fn}_{len(self.calls)}" + (f"_{len(refs)}" if len(outs) > 1 else "")
            self.values[id(o)] = name
            self.keep.append(o)
            refs.append(Ref(name, tuple(o.shape), np.dtype(o.dtype)))
        self.calls.append(Call(fn, given, refs, self.where()))


def _wrap(tr: _Tracer, fn: str, orig: Any) -> Any:
    sig = inspect.signature(orig)
    mode = "follow" if fn in _TRANSPARENT else "convert" if fn in CONVERT else "refuse"

    def traced(*args: Any, **kw: Any) -> Any:
        if tr.depth or mode == "follow" or threading.get_ident() != tr.thread:
            return orig(*args, **kw)
        if mode == "refuse":
            raise ExportError(f"tcomp.onnx.export: {fn} in {tr.where()} has no ONNX form in "
                              "tcomp.onnx (exported: "
                              f"{', '.join(sorted(CONVERT))}); write it with those ops, or "
                              "call it through functional.apply to export it as a tcomp DSL op")
        tr.depth += 1
        try:
            out = orig(*args, **kw)
        finally:
            tr.depth -= 1
        tr.record(fn, sig, args, kw, out)
        return out
    return traced


@contextlib.contextmanager
def _tracing(tr: _Tracer) -> Iterator[None]:
    """The functional ops, tensor indexing, ``Module.__call__`` and an imported graph's
    ``run_node`` (an op's place: the node in the module) wrapped for ``tr``; restored on the
    way out, whatever happens."""
    saved = [(F, n, getattr(F, n)) for n in F.__all__
             if n not in _HELPERS and inspect.isfunction(getattr(F, n))]
    saved += [(indexing, "getitem", indexing.getitem), (indexing, "take", indexing.take)]
    module_call = Module.__dict__["__call__"]
    run_node = imported.run_node

    def call(m: Module, *args: Any) -> Any:
        if threading.get_ident() != tr.thread:
            return module_call(m, *args)
        path = tr.paths.get(id(m))
        tr.stack.append(f"module {path!r} ({type(m).__name__})" if path else tr.stack[0])
        try:
            return module_call(m, *args)
        finally:
            tr.stack.pop()

    def run(node: Any, inputs: list[Any]) -> list[Any]:  # an imported graph's node
        if threading.get_ident() != tr.thread:
            return run_node(node, inputs)
        tr.stack.append(f"{node.where()} in {tr.where()}")
        try:
            return run_node(node, inputs)
        finally:
            tr.stack.pop()
    for name in ("detach", "clone", "to"):  # the same values: the same graph value
        saved.append((Tensor, name, Tensor.__dict__[name]))
    try:
        for mod, name, orig in saved:
            setattr(mod, name, _wrap(tr, name, orig) if mod is not Tensor else
                    _alias(tr, orig))
        Module.__call__ = call  # type: ignore[method-assign]
        imported.run_node = run
        yield
    finally:
        Module.__call__ = module_call  # type: ignore[method-assign]
        imported.run_node = run_node
        for mod, name, orig in saved:
            setattr(mod, name, orig)


def _alias(tr: _Tracer, orig: Any) -> Any:
    """A Tensor method whose result has its tensor's values: named as that tensor."""
    def method(t: Tensor, *args: Any, **kw: Any) -> Any:
        out = orig(t, *args, **kw)
        if not tr.depth and threading.get_ident() == tr.thread and out is not t:
            tr.values[id(out)] = tr.ref(t).name
            tr.keep.append(out)
        return out
    return method


def _trace(model: Module, arrays: list[np.ndarray], names: list[str], what: str
           ) -> tuple[_Tracer, list[Ref], list[np.ndarray]]:
    xs = [Tensor(a) for a in arrays]
    tr = _Tracer(model, xs, names)
    try:
        with _tracing(tr):
            out = model(*xs)
    except ExportError:
        raise
    except Exception as exc:
        raise ExportError(f"tcomp.onnx.export: the forward failed on {what}: "
                          f"{type(exc).__name__}: {exc}") from exc
    outs = list(out) if isinstance(out, (tuple, list)) else [out]
    for k, o in enumerate(outs):
        if not isinstance(o, Tensor):
            raise ExportError(f"tcomp.onnx.export: output {k} of {type(model).__name__}."
                              f"forward is a {type(o).__name__}; return Tensors")
    tr.fn = "the output"
    return tr, [tr.ref(o) for o in outs], [np.array(o.numpy(), copy=True) for o in outs]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Ref) or isinstance(b, Ref):
        return isinstance(a, Ref) and isinstance(b, Ref) and a.name == b.name \
            and a.dtype == b.dtype
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(
            _same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.array_equal(a, b)
    if callable(a) or callable(b):
        return a is b
    return bool(a == b) and type(a) is type(b)


def _show(v: Any) -> str:
    if isinstance(v, Ref):
        return f"tensor {v.name!r}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    return repr(v)


def _compare(t1: _Tracer, t2: _Tracer, o1: list[Ref], o2: list[Ref], dynamic: bool) -> None:
    """The two runs made the same graph; constants kept their values."""
    second = "an input with one more row" if dynamic else "a second input"
    for k in range(max(len(t1.calls), len(t2.calls))):
        c1 = t1.calls[k] if k < len(t1.calls) else None
        c2 = t2.calls[k] if k < len(t2.calls) else None
        if c1 is not None and c2 is not None and c1.fn == c2.fn:
            bad = [a for a, v in c1.args.items()
                   if a not in _SIZE_ARGS.get(c1.fn, ()) and not _same(v, c2.args[a])]
            if bad:
                a = bad[0]
                raise ExportError(
                    f"tcomp.onnx.export: {c1.fn} in {c1.where} (op {k}) takes {a}="
                    f"{_show(c1.args[a])} on the example and {_show(c2.args[a])} on {second}; "
                    "ONNX holds one value: compute it with tcomp.nn ops, not as a Python "
                    "number or array from the data")
            continue
        what = [f"{c.fn} in {c.where}" if c else "nothing" for c in (c1, c2)]
        raise ExportError(f"tcomp.onnx.export: the forward runs other ops on {second}: "
                          f"op {k} is {what[0]} on the example, {what[1]} there (control "
                          "flow on the values, or on the batch size); ONNX holds one graph")
    if [r.name for r in o1] != [r.name for r in o2]:
        raise ExportError(f"tcomp.onnx.export: the forward returns other tensors on {second}")
    for name, a in t1.consts.items():
        b = t2.consts[name]
        if a.shape != b.shape:
            raise ExportError(f"tcomp.onnx.export: {t1.readers[name]} reads a tensor made "
                              f"outside tcomp.nn's ops whose shape {list(a.shape)} changes "
                              f"with the batch size ({list(b.shape)}); make it with tcomp.nn "
                              "ops, or export with dynamic_batch=False")
        if not np.array_equal(a, b, equal_nan=a.dtype.kind == "f"):
            raise ExportError(f"tcomp.onnx.export: {t1.readers[name]} reads a tensor "
                              f"{list(a.shape)} that changes with the input but was made "
                              "outside tcomp.nn's ops (numpy on .data or .numpy(), a "
                              "functional imported by name before the export, ...); ONNX "
                              "would hold it as a constant. Compute it with tcomp.nn ops")


def _build(onnx: Any, t1: _Tracer, t2: _Tracer, o1: list[Ref], o2: list[Ref],
           inputs: list[tuple[str, np.ndarray, np.ndarray]], out_names: list[str],
           dynamic: bool, doc: str) -> tuple[Any, list[str]]:
    g = Graph(t1.params, t1.consts)
    for c1, c2 in zip(t1.calls, t2.calls, strict=True):
        CONVERT[c1.fn](g, c1, c2)
    # outputs: the node that makes one is renamed for it; an input, a weight or a value
    # returned twice gets an Identity
    made = {out for _, _, outs, _, _ in g.nodes for out in outs}
    rename: dict[str, str] = {}
    for r, name in zip(o1, out_names, strict=True):
        if r.name in made and r.name not in rename:
            rename[r.name] = name
        else:
            g.node("Identity", [g.name(r)], name)
    nodes = [(op, [rename.get(i, i) for i in ins], [rename.get(o, o) for o in outs], attrs, dom)
             for op, ins, outs, attrs, dom in g.nodes]
    needed, kept = set(out_names), []
    for node in reversed(nodes):  # only what the outputs depend on
        if set(node[2]) & needed:
            kept.append(node)
            needed.update(node[1])
    kept.reverse()
    h, nh = onnx.helper, onnx.numpy_helper
    b1 = inputs[0][1].shape[0] if inputs[0][1].ndim else None
    b2 = inputs[0][2].shape[0] if inputs[0][2].ndim else None

    def dims(s1: tuple[int, ...], s2: tuple[int, ...]) -> list[Any]:
        return [d1 if d1 == d2 else BATCH if (d1, d2) == (b1, b2) else None
                for d1, d2 in zip(s1, s2, strict=True)]

    protos = []
    for op, ins, outs, attrs, dom in kept:
        protos.append(h.make_node(op, ins, outs, name=outs[0].lstrip("/"), domain=dom))
        # (attributes added after: a DslOp's attribute 'name' is no make_node keyword)
        protos[-1].attribute.extend(h.make_attribute(k, v) for k, v in sorted(attrs.items()))
    graph = h.make_graph(
        protos,
        "tcomp",
        [h.make_tensor_value_info(n, h.np_dtype_to_tensor_dtype(a.dtype), dims(a.shape, b.shape))
         for n, a, b in inputs],
        [h.make_tensor_value_info(n, h.np_dtype_to_tensor_dtype(r.dtype),
                                  dims(r.shape, r2.shape))
         for n, r, r2 in zip(out_names, o1, o2, strict=True)],
        [nh.from_array(np.require(a, requirements="C"), n) for n, a in g.inits.items()
         if n in needed])
    opsets = [h.make_opsetid("", OPSET)]
    custom_ops = [n[4] for n in kept if n[4] == custom.DOMAIN]
    if custom_ops:
        opsets.append(h.make_opsetid(custom.DOMAIN, custom.VERSION))
    model = h.make_model(graph, opset_imports=opsets, ir_version=IR_VERSION,
                         producer_name="tcomp", doc_string=doc)
    return model, [attrs["name"] for op, _, _, attrs, dom in kept if dom == custom.DOMAIN]


def _runner(proto: Any, has_custom: bool) -> Any:
    """A function from feeds to output arrays: onnxruntime, else tcomp.onnx.load."""
    if not has_custom:
        try:
            import onnxruntime as ort
        except ImportError:
            ort = None
        if ort is not None:
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = 1
            sess = ort.InferenceSession(proto.SerializeToString(), opts,
                                        providers=["CPUExecutionProvider"])
            return lambda feeds: sess.run(None, feeds)
    from .model import OnnxModule

    m = OnnxModule(proto)

    def run(feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        with no_grad():
            out = m(**feeds)
        return [o.numpy() for o in (out if isinstance(out, tuple) else (out,))]
    return run


def _self_check(proto: Any, has_custom: bool, runs: list[tuple[dict[str, np.ndarray],
                                                                 list[np.ndarray]]]) -> None:
    try:
        run = _runner(proto, has_custom)
        got = [run(feeds) for feeds, _ in runs]
    except UnsupportedOnnxError as exc:  # tcomp.onnx.load ran the check, and can't
        raise ExportError(f"tcomp.onnx.export: the written graph can't be checked with "
                          f"tcomp.onnx.load ({exc}); install onnxruntime for the check, or "
                          "pass check=False") from exc
    except Exception as exc:
        raise ExportError(f"tcomp.onnx.export: the written graph fails to run "
                          f"({type(exc).__name__}: {exc}); this is a tcomp.onnx.export bug, "
                          "please report it with the model") from exc
    for k, ((_, want), outs) in enumerate(zip(runs, got, strict=True)):
        for j, (w, o) in enumerate(zip(want, outs, strict=True)):
            scale = max(1.0, float(np.max(np.abs(w), initial=0.0)))
            if o.shape != w.shape or not np.allclose(o, w, rtol=1e-3, atol=1e-4 * scale):
                err = np.max(np.abs(o - w)) if o.shape == w.shape else f"shape {o.shape}"
                raise ExportError(f"tcomp.onnx.export: output {j} of the written graph "
                                  f"differs from the forward's on input set {k} (max error "
                                  f"{err}); this is a tcomp.onnx.export bug, please report it")


def _arrays(example: Any) -> list[np.ndarray]:
    items = list(example) if isinstance(example, (tuple, list)) else [example]
    if not items:
        raise ExportError("tcomp.onnx.export: no example input; pass the tensor(s) the "
                          "forward takes")
    out = []
    for k, x in enumerate(items):
        if isinstance(x, Tensor):
            x = x.numpy()
        if not isinstance(x, (np.ndarray, np.generic)):
            raise ExportError(f"tcomp.onnx.export: example input {k} is a "
                              f"{type(x).__name__}; pass tcomp.nn Tensors or numpy arrays")
        out.append(np.array(x, copy=True))
    return out


def _second(a: np.ndarray, dynamic: bool, rng: np.random.Generator) -> np.ndarray:
    """Another input: one more row when the batch is dynamic, the values moved one place
    (an index stays an index), floats scaled by a random factor in [0.5, 1.5)."""
    b = np.concatenate([a, a[:1]]) if dynamic and a.ndim else a
    flat = np.roll(b.reshape(-1), 1)
    if a.dtype.kind == "f":
        flat = flat * rng.uniform(0.5, 1.5, flat.size).astype(a.dtype)
    return flat.reshape(b.shape)


def _names(given: Any, n: int, stem: str, taken: set[str]) -> list[str]:
    """The graph's input or output names; none may be a weight's, or start with '/' (the
    names of values inside the graph)."""
    names = [stem] if n == 1 else [f"{stem}{k}" for k in range(n)]
    if given is None:
        return names
    names = [given] if isinstance(given, str) else list(given)
    if len(names) != n or len(set(names)) != n or not all(
            isinstance(s, str) and s and not s.startswith("/") and s not in taken
            for s in names):
        raise ExportError(f"tcomp.onnx.export: {stem}_names={given!r}: give {n} distinct "
                          "non-empty names, none starting with '/' or naming a parameter or "
                          "buffer of the model, or another input or output")
    return names


def export(model: Module, example: Any, path: str | os.PathLike[str] | None, *,
           dynamic_batch: bool = True, input_names: Any = None, output_names: Any = None,
           check: bool = True) -> Any:
    """Write ``model``'s forward as an ONNX model (opset ``OPSET``) and return the
    ``onnx.ModelProto``.

    Args:
        model: a ``tcomp.nn.Module`` built from tcomp.nn layers and functional ops; it runs in
            eval mode for the export (its training flags are restored after).
        example: the input Tensor or numpy array, or a tuple of them.
        path: the ``.onnx`` file to write (None: only return the model).
        dynamic_batch: axis 0 of every input (and what follows it) is the symbolic dim
            ``batch``; False fixes every shape to the example's.
        input_names, output_names: the graph's value names (default ``input``/``output``,
            numbered when there are several).
        check: run the written graph on two inputs (onnxruntime, or tcomp.onnx.load for a
            graph with tcomp DSL ops) and compare with the forward.

    A DSL op called through ``tcomp.nn.functional.apply`` becomes an ``ai.tcomp`` node that
    only tcomp runs (a ``CustomOpWarning`` says so); its shapes are the example's.
    """
    onnx = import_onnx()
    if not isinstance(model, Module):
        raise ExportError(f"tcomp.onnx.export: the model is a {type(model).__name__}, not a "
                          "tcomp.nn.Module")
    arrays = _arrays(example)
    taken = {n for n, _ in [*model.named_parameters(), *model.named_buffers()]}
    in_names = _names(input_names, len(arrays), "input", taken)
    rng = np.random.default_rng(0)
    second = [_second(a, dynamic_batch, rng) for a in arrays]
    with _LOCK, evaluating(model), no_grad():
        t1, o1, y1 = _trace(model, arrays, in_names, "the example")
        what = "the example with one more row (dynamic_batch=True runs two batch " \
            "sizes; pass dynamic_batch=False for a fixed batch)" if dynamic_batch \
            else "a second input"
        t2, o2, y2 = _trace(model, second, in_names, what)
    _compare(t1, t2, o1, o2, dynamic_batch)
    out_names = _names(output_names, len(o1), "output", taken | set(in_names))
    doc = f"{type(model).__name__} exported by tcomp.onnx.export"
    proto, custom_ops = _build(onnx, t1, t2, o1, o2, list(zip(in_names, arrays, second,
                                                              strict=True)),
                               out_names, dynamic_batch, doc)
    if custom_ops:
        proto.doc_string += (f"; nodes of the domain {custom.DOMAIN} ({', '.join(custom_ops)})"
                             " are tcomp DSL ops: other runtimes need the tcomp library for "
                             "them")
    onnx.checker.check_model(proto)
    if check:
        _self_check(proto, bool(custom_ops), [(dict(zip(in_names, arrays, strict=True)), y1),
                                              (dict(zip(in_names, second, strict=True)), y2)])
    if custom_ops:
        custom.warn_custom(custom_ops)
    if path is not None:
        onnx.save(proto, os.fspath(path))
    return proto


__all__ = ["BATCH", "IR_VERSION", "OPSET", "export"]
