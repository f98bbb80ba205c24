"""``load``: an ONNX model as a ``tcomp.nn.Module`` whose forward runs the graph with
``tcomp.nn`` ops (layer 9).

Loading checks that every name a node reads is defined before the node, resolves each node
to the op version its opset implies and refuses, in one error listing them all, the nodes
whose op, version or attributes tcomp.onnx does not implement. Float initializers become
``Parameter``s (trainable, in ``state_dict`` under their ONNX names), except a
BatchNormalization's running mean and variance and Pad's fill value, which stay constants
(PyTorch keeps the statistics in buffers). Nodes whose inputs are all constants
run once, at load time (numpy for shapes and integers); ``forward`` runs the rest.

float16 and bfloat16 graphs compute in float32 (tcomp has no float16 kernels): their
inputs, initializers and constants are widened to float32 (the Parameters are float32), a
Cast to float16 or bfloat16 of a Tensor isn't rounded, and the outputs declared float16 or
bfloat16 are rounded at the end (values without gradient). float8 and float4 values are held
in float32 and 4- and 2-bit integers in 8 bits the same way, but a Cast to them rounds
exactly, in numpy (as a Cast to an integer type does, out of the differentiable graph).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..errors import ArgumentShapeError, ArgumentTypeError, TcompError
from ..nn.modules import Module, Parameter
from ..nn.tensor import FLOAT_DTYPES, Tensor, no_grad
from . import act_ops, custom, nn_ops, pool_ops, shape_ops  # noqa: F401  (the *_ops: register in OPS)
from .ops import (
    MASK_OPS,
    OPS,
    Node,
    OnnxError,
    UnsupportedOnnxError,
    dtype_name,
    is_float,
    is_narrow,
    is_t,
    onnx_dtype,
    widen,
)


def import_onnx() -> Any:
    """The ``onnx`` package, or an error saying how to install it."""
    try:
        import onnx
    except ImportError:
        raise ImportError("tcomp.onnx needs the onnx package: pip install 'tcomp[onnx]'"
                          ) from None
    return onnx


def _attr_value(onnx: Any, a: Any, where: str) -> Any:
    v = onnx.helper.get_attribute_value(a)
    if isinstance(v, onnx.TensorProto):
        return widen(onnx.numpy_helper.to_array(v))
    if isinstance(v, bytes):
        return v.decode()
    if isinstance(v, list) and v and isinstance(v[0], bytes):
        return [s.decode() for s in v]
    if isinstance(v, list) and v and not isinstance(v[0], (int, float, str)):
        raise UnsupportedOnnxError(f"{where}: attribute {a.name!r} holds graphs or tensors "
                                   "(control flow and sparse tensors are not implemented)")
    if isinstance(v, (onnx.GraphProto, onnx.SparseTensorProto, onnx.TypeProto)):
        raise UnsupportedOnnxError(f"{where}: attribute {a.name!r} of type "
                                   f"{type(v).__name__} is not implemented")
    return v


def _resolve(onnx: Any, proto: Any, opset: int) -> tuple[list[Node], list[str], bool]:
    """The graph's nodes with their op versions, a line per node tcomp can't run, and whether
    some node's version is older than every version tcomp.onnx implements of its op."""
    nodes, problems, too_old = [], [], False
    versions = {o.domain: o.version for o in proto.opset_import}
    for k, n in enumerate(proto.graph.node):
        node = Node(n.op_type, n.name, k, list(n.input), list(n.output), {}, 0, opset, n.domain)
        if n.domain == custom.DOMAIN:  # a tcomp DSL op (tcomp.onnx.export wrote it)
            try:
                node.attrs = {a.name: _attr_value(onnx, a, node.where()) for a in n.attribute}
            except OnnxError as exc:
                problems.append(str(exc))
                continue
            node.version = versions.get(custom.DOMAIN, 0)
            found = custom.check_node(node, node.version)
            problems.extend(found)
            if not found:
                nodes.append(node)
            continue
        if n.domain not in ("", "ai.onnx"):
            problems.append(f"{node.where()}: domain {n.domain!r} is not implemented (only "
                            f"the default ONNX domain and {custom.DOMAIN!r})")
            continue
        try:
            schema = onnx.defs.get_schema(n.op_type, opset, "")
        except onnx.defs.SchemaError:
            problems.append(f"{node.where()}: no op {n.op_type!r} exists in ONNX opset {opset}")
            continue
        node.version = schema.since_version
        d = OPS.get(n.op_type)
        too_old = too_old or (d is not None and node.version < d.versions[0])
        if not schema.min_input <= len(n.input) <= schema.max_input or \
                not schema.min_output <= len(n.output) <= schema.max_output:
            problems.append(f"{node.where()}: {len(n.input)} inputs and {len(n.output)} "
                            f"outputs; {n.op_type}-{node.version} takes {schema.min_input} "
                            f"to {schema.max_input} inputs and {schema.min_output} to "
                            f"{schema.max_output} outputs")
            continue
        if d is None:
            problems.append(f"{node.where()}: op {n.op_type} is not implemented by tcomp.onnx")
            continue
        if not d.versions[0] <= node.version <= d.versions[1]:
            problems.append(f"{node.where()}: {n.op_type}-{node.version} is not implemented "
                            f"(tcomp.onnx implements versions {d.versions[0]} to "
                            f"{d.versions[1]})")
            continue
        try:
            node.attrs = {a.name: _attr_value(onnx, a, node.where()) for a in n.attribute}
        except OnnxError as exc:
            problems.append(str(exc))
            continue
        extra = sorted(set(node.attrs) - d.attrs)
        if extra:
            problems.append(f"{node.where()}: attribute(s) {extra} not implemented (tcomp.onnx "
                            f"reads {sorted(d.attrs) or 'none'})")
        nodes.append(node)
    return nodes, problems, too_old


# Models of an older opset, where some node's version predates every version tcomp.onnx
# implements (PyTorch's opset-6 exports: Add with the legacy broadcast attribute, Pad-2,
# Slice-1, ...), are upgraded to this opset by onnx's own version converter before import.
UPGRADE_OPSET = 13


def _upgrade(onnx: Any, proto: Any, opset: int, problems: list[str]) -> tuple[Any, str]:
    """``proto`` (not modified) converted to ``UPGRADE_OPSET`` by ``onnx.version_converter``,
    and the words that say so in a later error; the original problems in an error when the
    converter fails."""
    copy = onnx.ModelProto()
    copy.CopyFrom(proto)
    # IR 3 lists every initializer among the graph inputs; the converter's adapters add
    # initializers (Pad's pads) without inputs, which only IR 4 and later allow
    copy.ir_version = max(copy.ir_version, 4)
    if opset < 7:
        _align_legacy_axes(onnx, copy)
    try:
        from onnx import version_converter

        out = version_converter.convert_version(copy, UPGRADE_OPSET)
    except Exception as exc:  # the converter raises its own C++ and checker errors
        raise UnsupportedOnnxError(
            f"{len(problems)} node(s) of the graph can't be imported, and onnx's version "
            f"converter could not upgrade the model from opset {opset} to {UPGRADE_OPSET} "
            f"({type(exc).__name__}: {exc}):\n  " + "\n  ".join(problems)) from None
    return out, f" (after onnx's version converter upgraded the model from opset {opset})"


# Ops whose versions before 7 broadcast B only with broadcast=1, aligned with A's axes from
# ``axis`` (onnx's Broadcasting.md, "legacy"; numpy's rules align the trailing axes).
_LEGACY_BROADCAST = frozenset({"Add", "Sub", "Mul", "Div", "Pow", "And", "Or", "Xor", "Equal",
                               "Greater", "Less"})


def _align_legacy_axes(onnx: Any, model: Any) -> None:
    """Rewrite ``model`` (opset < 7, a copy) so that no legacy broadcast has an ``axis``: B
    gets trailing axes of 1 (an Unsqueeze-1 before the node) where A's and B's ranks are
    known, and the attribute goes. onnx's converter mishandles the axis itself: it asserted
    on a legal ``Add(broadcast=1, axis=1)`` of (2, 3, 4, 5) and (3,)."""
    try:
        shapes = onnx.shape_inference.infer_shapes(model).graph
        infos = [*shapes.input, *shapes.value_info, *shapes.output]
    except Exception:  # shapes are a help here, not a requirement
        infos = list(model.graph.input)
    ranks = {v.name: len(v.type.tensor_type.shape.dim) for v in infos
             if v.type.tensor_type.HasField("shape")}
    ranks.update({t.name: len(t.dims) for t in model.graph.initializer})
    names = {n for node in model.graph.node for n in (*node.input, *node.output)}
    names.update(v.name for v in (*model.graph.input, *model.graph.initializer))
    nodes = []
    for node in model.graph.node:
        axis = next((a for a in node.attribute if a.name == "axis"), None)
        if node.op_type in _LEGACY_BROADCAST and node.domain in ("", "ai.onnx") \
                and axis is not None and len(node.input) == 2:
            ra, rb = ranks.get(node.input[0]), ranks.get(node.input[1])
            if ra is None or rb is None or not 0 <= axis.i <= ra - rb:
                nodes.append(node)  # left to the converter, and to its error
                continue
            if ra - rb - axis.i:
                k = 0
                while f"{node.input[1]}.axis{k}" in names:
                    k += 1
                name = f"{node.input[1]}.axis{k}"
                names.add(name)
                nodes.append(onnx.helper.make_node("Unsqueeze", [node.input[1]], [name],
                                                   axes=list(range(rb, ra - axis.i))))
                node.input[1] = name
            node.attribute.remove(axis)
        nodes.append(node)
    del model.graph.node[:]
    model.graph.node.extend(nodes)


# Inputs that are statistics or settings, not weights: float initializers there stay
# constants (not Parameters), as PyTorch keeps BatchNorm's running statistics in buffers.
_NOT_TRAINED = {"BatchNormalization": (3, 4), "Pad": (2,)}


def run_node(node: Node, inputs: list[Any]) -> list[Any]:
    """The node's outputs; tcomp errors from its ops are prefixed with the node."""
    if node.domain != custom.DOMAIN and node.op_type not in MASK_OPS:
        inputs = [np.array(v.numpy(), copy=True) if is_t(v) and not is_float(v) else v
                  for v in inputs]
    try:
        fn = custom.run if node.domain == custom.DOMAIN else OPS[node.op_type].fn
        out = fn(node, *inputs)
    except OnnxError:
        raise
    except TcompError as exc:
        exc.args = (f"{node.where()}: {exc.args[0] if exc.args else ''}", *exc.args[1:])
        raise
    except (ValueError, ZeroDivisionError) as exc:  # numpy on constants
        raise node.error(str(exc)) from exc
    outs = list(out) if isinstance(out, tuple) else [out]
    for k, name in enumerate(node.outputs):
        if name and k >= len(outs):
            raise node.unsupported(f"output #{k} ({name!r}) is not computed by tcomp.onnx")
    return outs


class OnnxModule(Module):
    """An imported ONNX graph. ``forward`` takes the graph inputs positionally (in the graph's
    order) or by name and returns one Tensor, or a tuple for several outputs.

    ``named_parameters`` yields the trained initializers under their ONNX names."""

    def __init__(self, proto: Any) -> None:
        super().__init__()
        onnx = import_onnx()
        opsets = {o.domain: o.version for o in proto.opset_import}
        opset = opsets.get("", opsets.get("ai.onnx"))
        if opset is None:
            raise OnnxError("the model imports no opset of the default ONNX domain")
        nodes, problems, too_old = _resolve(onnx, proto, opset)
        upgraded = ""
        if too_old and opset < UPGRADE_OPSET:
            proto, upgraded = _upgrade(onnx, proto, opset, problems)
            opset = UPGRADE_OPSET
            nodes, problems, _ = _resolve(onnx, proto, opset)
        if problems:
            raise UnsupportedOnnxError(f"{len(problems)} node(s) of the graph can't be "
                                       f"imported{upgraded}:\n  " + "\n  ".join(problems))
        g = proto.graph
        if g.sparse_initializer:
            raise UnsupportedOnnxError("sparse initializers are not implemented")
        inits = {t.name: widen(onnx.numpy_helper.to_array(t)) for t in g.initializer}
        buffers = {n.inputs[k] for n in nodes for k in _NOT_TRAINED.get(n.op_type, ())
                   if len(n.inputs) > k}
        params: dict[str, Parameter] = {}
        consts: dict[str, Any] = {}
        for name, arr in inits.items():
            if arr.dtype in FLOAT_DTYPES and name not in buffers:
                params[name] = Parameter(arr, dtype=arr.dtype)
            else:
                consts[name] = arr
        # a plain dict of Parameters: Module.__setattr__ refuses it (_named_tensors below
        # reads it)
        object.__setattr__(self, "_params", params)
        self.opset = opset
        self.input_info = [(i.name, i.type) for i in g.input if i.name not in inits]
        self.output_names = [o.name for o in g.output]
        # outputs of a narrow type (float16, bfloat16, float8, int4, ...): computed in a
        # wider one, rounded at the end
        self.narrow = [dt if is_narrow(dt := onnx_dtype(_elem(o.type))) else None
                       for o in g.output]
        self.program: list[Node] = []
        known = set(inits) | {n for n, _ in self.input_info}
        with no_grad():  # constant subgraphs: once, now
            for node in nodes:
                undefined = [n for n in node.inputs if n and n not in known]
                if undefined:
                    raise OnnxError(f"{node.where()}: input(s) {undefined} are not graph "
                                    "inputs, initializers or outputs of an earlier node (the "
                                    "nodes must be in topological order)")
                known.update(node.outputs)
                ins = [consts.get(n, params.get(n)) if n else None for n in node.inputs]
                if all(n == "" or n in consts for n in node.inputs):
                    for name, v in zip(node.outputs, run_node(node, ins), strict=False):
                        if name:
                            consts[name] = v
                else:
                    self.program.append(node)
        self.consts = consts
        missing = [n for n in self.output_names if n not in known]
        if missing:
            raise OnnxError(f"graph output(s) {missing} are computed by no node")

    def __repr__(self) -> str:
        return (f"OnnxModule(opset {self.opset}, inputs {[n for n, _ in self.input_info]}, "
                f"outputs {self.output_names}, {len(self.program)} nodes to run, "
                f"{len(self._params)} parameters)")

    def _named_tensors(self, prefix: str, want: Any) -> Iterator[tuple[str, Tensor]]:
        """The initializers that are Parameters, under their ONNX names: what
        ``named_parameters``, ``state_dict``, ``to`` and ``double`` walk (no buffers)."""
        for name, p in self._params.items():
            if want(p, None):
                yield prefix + name, p

    def _bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        names = [n for n, _ in self.input_info]
        if len(args) > len(names):
            raise ArgumentTypeError(f"the model takes {len(names)} input(s) {names}, got "
                                    f"{len(args)}")
        given = dict(zip(names, args, strict=False))
        for k, v in kwargs.items():
            if k not in names or k in given:
                why = "given twice" if k in given else "not an input of the model"
                raise ArgumentTypeError(f"input {k!r} is {why}; the inputs are {names}")
            given[k] = v
        env: dict[str, Any] = {}
        for name, typ in self.input_info:
            if name not in given:
                raise ArgumentTypeError(f"input {name!r} is missing; the model takes {names}")
            env[name] = _check_input(name, typ, given[name])
        return env

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.forward(*args, **kwargs)

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        env = {**self.consts, **self._params, **self._bind(args, kwargs)}
        for node in self.program:
            ins = [env[n] if n else None for n in node.inputs]
            for name, v in zip(node.outputs, run_node(node, ins), strict=False):
                if name:
                    env[name] = v
        outs = [_output(env[n], dt)
                for n, dt in zip(self.output_names, self.narrow, strict=True)]
        return outs[0] if len(outs) == 1 else tuple(outs)

    def compile(self, example: Any = None, *, max_shapes: int = 1, freeze: bool = False
                ) -> Any:
        """The graph as one machine-code call (``tcomp.nn.compile_inference``): the callable
        takes the inputs positionally or by name, reads the parameters live (fine-tuning
        shows) unless ``freeze``, and runs in eval mode.

        Args:
            example: the inputs (a tuple in graph order, or a dict by name); default, where
                every input is a float tensor of fixed shape: random values of those shapes.
            max_shapes: input shapes to trace a plan for before another is an error.
            freeze: hold the parameters as they are now, as onnxruntime holds initializers:
                what depends on them alone (a Gemm's weight laid out for its kernel) is
                computed once, when compiling; later fine-tuning is not seen.
        """
        from ..nn.inference import compile_inference

        names = [n for n, _ in self.input_info]
        narrow = [str(dt) for dt in self.narrow if dt is not None] + [
            str(onnx_dtype(_elem(t))) for _, t in self.input_info if is_narrow(
                onnx_dtype(_elem(t)))]
        if narrow:
            raise UnsupportedOnnxError(f"compile: the graph has {sorted(set(narrow))} inputs "
                                       "or outputs, cast to a wider type and back in numpy "
                                       "around the kernels; tcomp has no kernels of those "
                                       "types to compile them")
        if example is None:
            example = tuple(_example(n, t) for n, t in self.input_info)
        elif isinstance(example, dict):
            missing = [n for n in names if n not in example]
            extra = [n for n in example if n not in names]
            if missing or extra:
                raise ArgumentTypeError(f"compile: the example names {sorted(example)}; the "
                                        f"inputs are {names}")
            example = tuple(example[n] for n in names)
        return compile_inference(self, example, max_shapes=max_shapes, input_names=names,
                                 freeze=freeze)


def _output(v: Any, narrow: np.dtype | None) -> Tensor:
    """A graph output as a Tensor; one of a narrow type rounded from the wider type it was
    computed in (no gradient)."""
    if narrow is None:
        return v if is_t(v) else Tensor(np.asarray(v))
    with np.errstate(invalid="ignore", over="ignore"):
        return Tensor(np.asarray(v.data if is_t(v) else v).astype(narrow))


def _elem(typ: Any) -> int:
    return typ.tensor_type.elem_type if typ.HasField("tensor_type") else 0


def _example(name: str, typ: Any) -> np.ndarray:
    """Random inputs of a float graph input's declared, fixed shape (``compile``)."""
    tt = typ.tensor_type if typ.HasField("tensor_type") else None
    dt = onnx_dtype(tt.elem_type) if tt is not None else None
    if dt is None or dt.kind != "f" or not tt.HasField("shape"):
        raise ArgumentTypeError(f"compile: input {name!r} is not a float tensor of declared "
                                "shape; pass an example: model.compile(example)")
    dims = []
    for k, d in enumerate(tt.shape.dim):
        if not d.HasField("dim_value"):
            raise ArgumentShapeError(f"compile: dimension {k} of input {name!r} "
                                     f"({d.dim_param or '?'}) has no fixed size; pass an "
                                     "example of the shapes to run: model.compile(example)")
        dims.append(d.dim_value)
    return np.random.default_rng(0).standard_normal(dims).astype(dt)


def _check_input(name: str, typ: Any, v: Any) -> Any:
    """A graph input as the graph wants it: float Tensors, integer/bool numpy arrays."""
    if not typ.HasField("tensor_type"):
        kind = typ.WhichOneof("value") or "value of no declared type"
        raise UnsupportedOnnxError(f"input {name!r} is a {kind}, not a tensor; tcomp.onnx "
                                   "takes tensors")
    tt = typ.tensor_type
    dt = onnx_dtype(tt.elem_type)
    if dt is None:
        raise UnsupportedOnnxError(f"input {name!r} has type {dtype_name(tt.elem_type)}; "
                                   "tcomp.onnx takes float, integer and bool inputs (float16, "
                                   "bfloat16, float8 and float4 computed in float32)")
    got = v.dtype if is_t(v) else np.asarray(v).dtype
    if got != dt:
        raise ArgumentTypeError(f"input {name!r} must be {dt}, got {got}")
    shape = v.shape if is_t(v) else np.shape(v)
    if tt.HasField("shape"):
        dims = [d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim]
        if len(dims) != len(shape) or any(d is not None and d != s
                                          for d, s in zip(dims, shape, strict=False)):
            want_s = ["?" if d is None else d for d in dims]
            raise ArgumentShapeError(f"input {name!r} must have shape {want_s}, got "
                                     f"{list(shape)}")
    if is_t(v) and dt in FLOAT_DTYPES and math.prod(shape):
        return v
    arr = widen(np.asarray(v.data if is_t(v) else v))
    # integers and empty tensors: numpy arrays
    return Tensor(arr) if arr.dtype.kind == "f" and math.prod(shape) else arr


def load(model: Any) -> OnnxModule:
    """An ONNX model (a path, the serialized bytes or a ``ModelProto``) as a trainable
    ``tcomp.nn.Module``."""
    onnx = import_onnx()
    if isinstance(model, (str, os.PathLike)):
        proto = onnx.load(os.fspath(model))
    elif isinstance(model, bytes):
        proto = onnx.load_from_string(model)
    elif isinstance(model, onnx.ModelProto):
        proto = model
    else:
        raise ArgumentTypeError(f"load: expected a path, bytes or an onnx.ModelProto, got "
                                f"{type(model).__name__}")
    return OnnxModule(proto)


__all__ = ["OnnxModule", "import_onnx", "load", "run_node"]
