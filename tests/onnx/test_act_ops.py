"""The activations, InstanceNormalization and Tile of tcomp.onnx.act_ops: against onnxruntime
(attribute values, shapes, op versions, broadcast slopes), exact at 0 and without overflow for
large inputs, numpy on constants, their gradients against central differences and numpy
formulas, an imported model of them re-exported, and the errors for models they refuse."""

from __future__ import annotations

import os
import sys
from typing import Any

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import compare, graph_model, ort_run, single_node_model  # noqa: E402

import tcomp.onnx as tonnx  # noqa: E402
from tcomp import nn  # noqa: E402
from tcomp.onnx import OnnxError  # noqa: E402

h, nh, TP = onnx.helper, onnx.numpy_helper, onnx.TensorProto
R = np.random.default_rng(23)
X, C = "x", "c"  # graph input, initializer


def f32(*shape: int, lo: float = -3.0, hi: float = 3.0) -> np.ndarray:
    return R.uniform(lo, hi, shape).astype(np.float32)


def f64(*shape: int) -> np.ndarray:
    return R.standard_normal(shape)


def i64(*vals: int) -> np.ndarray:
    return np.array(vals, np.int64)


def case(op: str, ins: list[tuple[str, Any, str]], attrs: dict[str, Any] | None = None,
         opset: int = 17, id: str = "", ref: bool = False) -> Any:
    """A single-node model checked against onnxruntime, or with ``ref`` (float64 Elu, Selu,
    Softplus, HardSigmoid and InstanceNormalization, which onnxruntime's CPU provider lacks)
    against onnx's reference implementation."""
    return pytest.param(op, ins, attrs or {}, opset, ref, id=id or op)


CASES = [
    case("LeakyRelu", [("x", f32(3, 4), X)], opset=13, id="LeakyRelu-6-default"),
    case("LeakyRelu", [("x", f32(2, 3, 4, 5), X)], {"alpha": 0.2}, id="LeakyRelu-16-0.2"),
    case("LeakyRelu", [("x", f32(7), X)], {"alpha": 1.5}, opset=22, id="LeakyRelu-1.5"),
    case("LeakyRelu", [("x", f64(3, 5), X)], {"alpha": -0.3}, id="LeakyRelu-negative-f64"),
    case("PRelu", [("x", f32(2, 3, 4, 5), X), ("s", f32(3, 1, 1, lo=0, hi=1), C)],
         id="PRelu-16-per-channel-trained"),
    case("PRelu", [("x", f32(2, 3, 4, 5), X), ("s", f32(1, lo=0, hi=1), X)], opset=13,
         id="PRelu-9-shared-input"),
    case("PRelu", [("x", f32(2, 3, 4), X), ("s", f32(4), C)], opset=7, id="PRelu-7-trailing"),
    case("PRelu", [("x", f32(3, 4), X), ("s", f32(3, 4), X)], id="PRelu-same-shape"),
    case("PRelu", [("x", f64(2, 3, 2, 2), X), ("s", f64(3, 1, 1), C)], id="PRelu-f64"),
    case("Elu", [("x", f32(3, 4), X)], opset=13, id="Elu-6-default"),
    case("Elu", [("x", f32(2, 3, 4), X)], {"alpha": 0.5}, opset=22, id="Elu-22-0.5"),
    case("Elu", [("x", f64(5, 2), X)], {"alpha": 2.0}, id="Elu-2-f64", ref=True),
    case("Selu", [("x", f32(3, 4), X)], opset=13, id="Selu-6-default"),
    case("Selu", [("x", f32(2, 3, 4), X)], {"alpha": 2.0, "gamma": 3.0}, opset=22,
         id="Selu-22-2-3"),
    case("Selu", [("x", f64(6), X)], {"alpha": 0.5}, id="Selu-f64", ref=True),
    case("Celu", [("x", f32(3, 4), X)], opset=12, id="Celu-12-default"),
    case("Celu", [("x", f32(2, 3, 4), X)], {"alpha": 0.5}, opset=22, id="Celu-0.5"),
    case("Celu", [("x", f32(4, 5), X)], {"alpha": 2.5}, id="Celu-2.5"),
    case("Celu", [("x", f32(4, 5), X)], {"alpha": -0.7}, id="Celu-negative-alpha"),
    case("Softplus", [("x", f32(3, 4), X)], opset=13, id="Softplus-1"),
    case("Softplus", [("x", f32(2, 3, 4, lo=-100, hi=100), X)], opset=22,
         id="Softplus-22-large"),
    case("Softplus", [("x", f64(5, 3) * 30, X)], id="Softplus-f64", ref=True),
    case("Softsign", [("x", f32(3, 4), X)], opset=13, id="Softsign-1"),
    case("Softsign", [("x", f32(2, 3, 4, lo=-1e4, hi=1e4), X)], opset=22, id="Softsign-22"),
    case("HardSigmoid", [("x", f32(3, 4, lo=-5, hi=5), X)], opset=13, id="HardSigmoid-default"),
    case("HardSigmoid", [("x", f32(2, 3, 4), X)], {"alpha": 0.5, "beta": 0.6}, opset=22,
         id="HardSigmoid-22"),
    case("HardSigmoid", [("x", f64(4, 4) * 3, X)], {"alpha": -1.0, "beta": 0.25},
         id="HardSigmoid-negative-f64", ref=True),
    case("HardSwish", [("x", f32(3, 4, lo=-5, hi=5), X)], opset=14, id="HardSwish-14"),
    case("HardSwish", [("x", f32(2, 3, 4, lo=-5, hi=5), X)], opset=22, id="HardSwish-22"),
    case("Tile", [("x", f32(5), X), ("r", i64(3), C)], id="Tile-1d"),
    case("Tile", [("x", f32(2, 3), X), ("r", i64(2, 1), C)], opset=6, id="Tile-6-2d"),
    case("Tile", [("x", f32(2, 3, 4), X), ("r", i64(1, 2, 3), C)], id="Tile-3d"),
    case("Tile", [("x", f32(2, 1, 3), X), ("r", i64(3, 4, 1), X)], id="Tile-repeats-input"),
    case("Tile", [("x", f32(2, 3), X), ("r", i64(1, 1), C)], id="Tile-ones"),
    case("Tile", [("x", f32(2, 3), X), ("r", i64(2, 0), C)], id="Tile-zero-empty"),
    case("Tile", [("x", i64(1, 2, 3).reshape(3, 1), X), ("r", i64(2, 2), C)], id="Tile-int64"),
    case("Tile", [("x", R.random((2, 2)) > 0.5, X), ("r", i64(1, 3), C)], id="Tile-bool"),
    case("InstanceNormalization", [("x", f32(2, 3, 4, 5), X), ("s", f32(3), C),
                                   ("b", f32(3), C)], opset=13, id="InstanceNorm-2d"),
    case("InstanceNormalization", [("x", f32(2, 3, 7), X), ("s", f32(3), X), ("b", f32(3), X)],
         {"epsilon": 1e-2}, opset=22, id="InstanceNorm-1d-epsilon"),
    case("InstanceNormalization", [("x", f32(1, 2, 3, 4, 2), X), ("s", f32(2), C),
                                   ("b", f32(2), C)], id="InstanceNorm-3d"),
    # one value per instance and channel: B (onnxruntime is 5e-5 off, its variance not 0)
    case("LRN", [("x", f32(2, 5, 4, 3), X)], {"size": 3}, opset=13, id="LRN-13-default"),
    case("LRN", [("x", f32(1, 7, 3, 3), X)], {"size": 5, "alpha": 0.01, "beta": 0.6,
                                             "bias": 2.0}, id="LRN-5"),
    case("LRN", [("x", f32(1, 3, 2, 2), X)], {"size": 9, "alpha": 0.1}, opset=12,
         id="LRN-1-window-past-both-edges"),
    case("InstanceNormalization", [("x", f32(3, 2, 1), X), ("s", f32(2), C),
                                   ("b", f32(2), C)], id="InstanceNorm-one-element", ref=True),
    case("InstanceNormalization", [("x", f64(2, 4, 3, 3) * 5 + 2, X), ("s", f64(4), C),
                                   ("b", f64(4), C)], id="InstanceNorm-f64",
         ref=True),
]


@pytest.mark.parametrize(("op", "ins", "attrs", "opset", "ref"), CASES)
def test_op_matches_onnxruntime(op: str, ins: list[Any], attrs: dict[str, Any],
                                opset: int, ref: bool) -> None:
    model = single_node_model(op, ins, attrs, opset)
    feeds = {nm: a for nm, a, kind in ins if kind == X}
    if not ref:
        compare(model, feeds)
        return
    from onnx.reference import ReferenceEvaluator

    (want,) = ReferenceEvaluator(model).run(None, feeds)
    got = tonnx.load(model)(**feeds).numpy()
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-10 if want.dtype == np.float64 else 1e-6,
                               atol=1e-12 if want.dtype == np.float64 else 1e-7)


def test_every_op_has_cases() -> None:
    ops = {p.values[0] for p in CASES}
    assert ops == {"LeakyRelu", "PRelu", "Elu", "Selu", "Celu", "Softplus", "Softsign",
                   "HardSigmoid", "HardSwish", "Tile", "InstanceNormalization", "LRN"}
    assert ops <= set(tonnx.SUPPORTED_OPS)


# ----------------------------------------------------------------------------- exact values

_EDGE = np.array([0.0, -0.0, -1e-30, 1e-30, -0.5, 0.5, -3.0, 3.0, -100.0, 100.0, -1e4, 1e4])


def _f(v: float) -> float:
    """An attribute value as ONNX holds it: float32."""
    return float(np.float32(v))


# op, alpha -> the spec's formula in float64 on the float32 attribute values (expm1 of
# min(x, 0): the same values, without numpy's overflow warning)
_REF = {
    ("LeakyRelu", 0.1): lambda x: np.where(x < 0, _f(0.1) * x, x),
    ("Elu", 0.7): lambda x: np.where(x < 0, _f(0.7) * np.expm1(np.minimum(x, 0)), x),
    ("Selu", 1.5): lambda x: 2.0 * np.where(x <= 0, 1.5 * np.expm1(np.minimum(x, 0)), x),
    ("Celu", 0.5): lambda x: np.maximum(0, x) + np.minimum(0, 0.5 * np.expm1(
        np.minimum(x, 0) / 0.5)),
    ("Softplus", None): lambda x: np.logaddexp(0.0, x),
    ("Softsign", None): lambda x: x / (1 + np.abs(x)),
    ("HardSigmoid", 0.3): lambda x: np.clip(_f(0.3) * x + _f(0.4), 0, 1),
    ("HardSwish", None): lambda x: x * np.clip(_f(1 / 6) * x + 0.5, 0, 1),
}


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(("op", "alpha"), list(_REF), ids=[o for o, _ in _REF])
def test_exact_at_zero_and_no_overflow(op: str, alpha: float | None, dtype: type) -> None:
    """0 and -0 give the spec's value exactly (0, log 2 for Softplus, beta for
    HardSigmoid), the other inputs the formula's (to an ulp of 1 absolute next to 0, where
    ``exp(x) - 1`` stands for expm1), and +-1e4 (exp overflows in float32 and float64 alike
    past ~710) finite values, not inf or NaN."""
    attrs = {} if alpha is None else {"alpha": alpha}
    attrs.update({"Selu": {"gamma": 2.0}, "HardSigmoid": {"beta": 0.4}}.get(op, {}))
    x = _EDGE.astype(dtype)
    y = tonnx.load(single_node_model(op, [("x", x, X)], attrs, 22))(x).numpy()
    want = _REF[(op, alpha)](x.astype(np.float64))
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y, want, rtol=1e-6, atol=float(np.finfo(dtype).eps))
    zero = y[:2]
    np.testing.assert_array_equal(zero, want[:2].astype(dtype))  # exactly, at 0 and -0


def test_prelu_exact_at_zero() -> None:
    x = np.array([[0.0, -0.0, -2.0, 2.0]], np.float32)
    s = np.array([0.25], np.float32)
    y = tonnx.load(single_node_model("PRelu", [("x", x, X), ("s", s, C)]))(x).numpy()
    np.testing.assert_array_equal(y, [[0.0, 0.0, -0.5, 2.0]])


@pytest.mark.parametrize(("op", "ins", "attrs"), [
    ("LeakyRelu", [], {"alpha": 0.3}), ("Elu", [], {}), ("Selu", [], {}),
    ("Celu", [], {"alpha": 2.0}), ("Softplus", [], {}), ("Softsign", [], {}),
    ("HardSigmoid", [], {}), ("HardSwish", [], {}),
    ("PRelu", [("s", np.array([0.5, -1.0, 2.0], np.float32).reshape(3, 1))], {}),
    ("Tile", [("r", i64(2, 3))], {}),
    ("InstanceNormalization", [("s", f32(3)), ("b", f32(3))], {"epsilon": 1e-3}),
], ids=lambda v: v if isinstance(v, str) else None)
def test_constants_fold_to_numpy(op: str, ins: list[tuple[str, np.ndarray]],
                                 attrs: dict[str, Any]) -> None:
    """A node of constants (Constant nodes) runs at load time and gives a numpy array, as
    onnxruntime's value; the module has no node left to run."""
    x = f32(3, 4) if op != "InstanceNormalization" else f32(2, 3, 4)
    consts = [("x", x), *ins]
    nodes = [h.make_node("Constant", [], [n], value=nh.from_array(v, n)) for n, v in consts]
    nodes.append(h.make_node(op, [n for n, _ in consts], ["y"], **attrs))
    model = graph_model(h.make_graph(nodes, "g", [], [onnx.ValueInfoProto(name="y")]), 22)
    m = tonnx.load(model)
    assert not m.program
    y = m.consts["y"]
    assert isinstance(y, np.ndarray) and y.dtype == np.float32
    np.testing.assert_allclose(y, ort_run(model, {})[0], rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(("xs", "ss"), [((2, 3, 4, 5), (3,)), ((2, 3, 4), (3,)),
                                         ((2, 3, 4), (1,)), ((2, 3), (3,))],
                         ids=["2d-per-channel", "1d-per-channel", "shared", "2-d-input"])
def test_prelu_6_slope_per_channel(xs: tuple[int, ...], ss: tuple[int, ...]) -> None:
    """PRelu-6, before broadcasting (PyTorch's opset-6 exports of nn.PReLU): a slope of C
    values is one per channel (axis 1), a one-value slope is shared. onnxruntime implements
    PRelu from version 7: numpy's formula."""
    x, s = f32(*xs), f32(*ss, lo=0.1, hi=0.9)
    model = single_node_model("PRelu", [("x", x, X), ("s", s, C)], opset=6)
    y = tonnx.load(model)(x).numpy()
    per = s.reshape((-1,) + (1,) * (x.ndim - 2))
    np.testing.assert_allclose(y, np.where(x < 0, per * x, x), rtol=1e-6)


def test_prelu_integers_in_numpy() -> None:
    """PRelu on int64 (version 9 on): numpy, exactly."""
    x, s = i64(-3, 0, 4, -5), i64(2)
    y = tonnx.load(single_node_model("PRelu", [("x", x, X), ("s", s, C)], opset=16))(x=x)
    np.testing.assert_array_equal(y.numpy(), [-6, 0, 4, -10])


# ----------------------------------------------------------------------------- gradients

def _central(f: Any, x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """d f / d x by central differences (f: array -> float)."""
    num = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        for sign in (1, -1):
            moved = x.copy()
            moved[i] += sign * eps
            num[i] += sign * f(moved) / (2 * eps)
    return num


@pytest.mark.parametrize(("op", "shape", "attrs", "consts"), [
    ("LeakyRelu", (3, 4), {"alpha": 0.15}, []),
    ("PRelu", (2, 3, 2, 2), {}, [R.standard_normal((3, 1, 1))]),
    ("Elu", (3, 4), {"alpha": 0.6}, []),
    ("Softplus", (3, 4), {}, []),
    ("InstanceNormalization", (2, 3, 2, 3), {"epsilon": 1e-3},
     [R.standard_normal(3), R.standard_normal(3)]),
    ("LRN", (2, 4, 2, 3), {"size": 3, "alpha": 0.5, "beta": 0.7}, []),
])
def test_gradients_match_central_differences(op: str, shape: tuple[int, ...],
                                             attrs: dict[str, Any],
                                             consts: list[np.ndarray]) -> None:
    """float64: d sum(Y * G) / dX and / d(trained initializers) by autograd and by central
    differences."""
    inits = [nh.from_array(c, f"c{k}") for k, c in enumerate(consts)]
    node = h.make_node(op, ["x", *(i.name for i in inits)], ["y"], **attrs)
    g = h.make_graph([node], "g", [h.make_tensor_value_info("x", TP.DOUBLE, list(shape))],
                     [onnx.ValueInfoProto(name="y")], inits)
    m = tonnx.load(graph_model(g, 17))
    params = dict(m.named_parameters())
    assert sorted(params) == [i.name for i in inits]  # the slope, scale and B: trained
    x = R.standard_normal(shape)
    xt = nn.Tensor(x, requires_grad=True)
    y = m(xt)
    adj = R.standard_normal(y.shape)
    (y * nn.Tensor(adj)).sum().backward()

    def loss(moved: np.ndarray) -> float:
        with nn.no_grad():
            return float((m(moved).numpy() * adj).sum())
    np.testing.assert_allclose(xt.grad.numpy(), _central(loss, x), rtol=1e-6, atol=1e-8)
    for p in params.values():
        base = p.data.copy()

        def loss_p(v: np.ndarray, p: Any = p) -> float:
            p.data = v
            return loss(x)
        num = _central(loss_p, base)
        p.data = base
        np.testing.assert_allclose(p.grad.numpy(), num, rtol=1e-6, atol=1e-8)


def _grad(op: str, x: np.ndarray, attrs: dict[str, Any] | None = None) -> np.ndarray:
    m = tonnx.load(single_node_model(op, [("x", x, X)], attrs, 17))
    xt = nn.Tensor(x, requires_grad=True)
    m(xt).sum().backward()
    return xt.grad.numpy()


def test_gradients_match_formulas() -> None:
    """LeakyRelu: 1 above 0, alpha below; Elu: alpha * exp(x) below; Softplus: sigmoid(x),
    0.5 at 0 exactly and no NaN where exp overflows."""
    x = np.array([-50.0, -2.0, -0.5, 0.5, 2.0, 50.0])
    np.testing.assert_array_equal(_grad("LeakyRelu", x, {"alpha": 0.25}),
                                  np.where(x < 0, 0.25, 1.0))
    np.testing.assert_allclose(_grad("Elu", x, {"alpha": 0.5}),
                               np.where(x < 0, 0.5 * np.exp(x), 1.0), rtol=1e-12)
    xs = np.array([-1000.0, -30.0, -1.0, 0.0, 1.0, 30.0, 1000.0])
    np.testing.assert_allclose(_grad("Softplus", xs), np.exp(-np.logaddexp(0.0, -xs)),
                               rtol=1e-12)


def test_prelu_slope_gradient_sums_over_broadcast_dims() -> None:
    """The slope's gradient is min(x, 0) * G summed over the dims it was broadcast along."""
    x, s = f64(2, 3, 4), np.array([[0.1], [0.2], [0.3]])
    g = h.make_graph([h.make_node("PRelu", ["x", "slope"], ["y"])], "g",
                     [h.make_tensor_value_info("x", TP.DOUBLE, [2, 3, 4])],
                     [onnx.ValueInfoProto(name="y")], [nh.from_array(s, "slope")])
    m = tonnx.load(graph_model(g, 16))
    adj = f64(2, 3, 4)
    (m(x) * nn.Tensor(adj)).sum().backward()
    slope = dict(m.named_parameters())["slope"]
    want = (np.minimum(x, 0) * adj).sum(axis=(0, 2)).reshape(3, 1)
    np.testing.assert_allclose(slope.grad.numpy(), want, rtol=1e-12)


# ----------------------------------------------------------------------------- re-export

def _round_trip(model: Any, shape: tuple[int, ...]) -> Any:
    """Import, export with a dynamic batch: onnxruntime runs the written file to tcomp's and
    the original's values at two other batch sizes."""
    m = tonnx.load(model)
    proto = tonnx.export(m, R.standard_normal(shape).astype(np.float32), None)
    onnx.checker.check_model(proto, full_check=True)
    name = proto.graph.input[0].name
    for b in (1, 3):
        x = R.standard_normal((b, *shape[1:])).astype(np.float32)
        want = m(x).numpy()
        got = ort_run(proto, {name: x})[0]
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(got, ort_run(model, {"x": x})[0], rtol=1e-5, atol=1e-5)
    return m, proto


def test_imported_prelu_instance_norm_leaky_relu_reexports() -> None:
    """PRelu with a trained per-channel slope, InstanceNormalization, LeakyRelu: the slope,
    scale and B are Parameters; the export runs in onnxruntime."""
    nodes = [h.make_node("PRelu", ["x", "slope"], ["p"]),
             h.make_node("InstanceNormalization", ["p", "scale", "bias"], ["n"], epsilon=1e-4),
             h.make_node("LeakyRelu", ["n"], ["y"], alpha=0.2)]
    inits = [nh.from_array(f32(3, 1, 1, lo=0, hi=0.5), "slope"),
             nh.from_array(f32(3), "scale"), nh.from_array(f32(3), "bias")]
    g = h.make_graph(nodes, "g", [h.make_tensor_value_info("x", TP.FLOAT, ["n", 3, 4, 5])],
                     [h.make_tensor_value_info("y", TP.FLOAT, None)], inits)
    m, _ = _round_trip(graph_model(g, 17), (2, 3, 4, 5))
    assert sorted(n for n, _ in m.named_parameters()) == ["bias", "scale", "slope"]


def test_imported_activations_and_tile_reexport() -> None:
    """The other activations, LRN and Tile in one chain, exported with a dynamic batch."""
    chain = [("Elu", {"alpha": 0.5}), ("Selu", {}), ("Celu", {"alpha": 2.0}), ("Softplus", {}),
             ("Softsign", {}), ("HardSigmoid", {"alpha": 0.3}), ("HardSwish", {})]
    nodes, prev = [], "x"
    for k, (op, attrs) in enumerate(chain):
        nodes.append(h.make_node(op, [prev], [f"a{k}"], **attrs))
        prev = f"a{k}"
    nodes.append(h.make_node("LRN", [prev], [f"a{len(chain)}"], size=3, alpha=0.5))
    nodes.append(h.make_node("Tile", [f"a{len(chain)}", "reps"], ["y"]))
    g = h.make_graph(nodes, "g", [h.make_tensor_value_info("x", TP.FLOAT, ["n", 3, 4, 2])],
                     [h.make_tensor_value_info("y", TP.FLOAT, None)],
                     [nh.from_array(i64(1, 2, 3, 1), "reps")])
    _round_trip(graph_model(g, 22), (2, 3, 4, 2))


# ----------------------------------------------------------------------------- errors

def _fails(model: Any, feeds: dict[str, np.ndarray], match: str) -> None:
    with pytest.raises(OnnxError, match=match):
        tonnx.load(model)(**feeds)


def test_tile_repeats_must_be_a_constant() -> None:
    x, r = f32(2, 3), np.array([2.0, 1.0], np.float32)
    model = single_node_model("Tile", [("x", x, X), ("r", r, X)], name="tile0")
    _fails(model, {"x": x, "r": r}, r"node 'tile0' \(Tile-13.*'repeats'.*constant")


@pytest.mark.parametrize("reps", [(2,), (1, 2, 3), (2, -1)], ids=["short", "long", "negative"])
def test_tile_repeats_one_per_dim(reps: tuple[int, ...]) -> None:
    x = f32(2, 3)
    model = single_node_model("Tile", [("x", x, X), ("r", i64(*reps), C)], name="tile1")
    _fails(model, {"x": x}, r"node 'tile1' \(Tile-13.*repeats \[")


@pytest.mark.parametrize(("xs", "ss"), [((2, 3), (4,)), ((3, 4), (2, 3, 1)), ((2, 3, 4), (3,))],
                         ids=["no-broadcast", "raises-rank", "channel-not-trailing"])
def test_prelu_slope_must_broadcast_to_x(xs: tuple[int, ...], ss: tuple[int, ...]) -> None:
    """Unidirectional broadcasting only: no (C,) slope matched to a middle dim (onnx's
    reference implementation guesses; the spec and onnxruntime don't)."""
    x = f32(*xs)
    model = single_node_model("PRelu", [("x", x, X), ("s", f32(*ss), C)], name="pr")
    _fails(model, {"x": x}, r"node 'pr' \(PRelu-16.*slope of shape .* doesn't broadcast")


def test_instance_norm_scale_per_channel() -> None:
    x = f32(2, 3, 4)
    model = single_node_model("InstanceNormalization",
                              [("x", x, X), ("s", f32(4), C), ("b", f32(3), C)], name="in")
    _fails(model, {"x": x}, r"node 'in' \(InstanceNormalization-6.*'scale'.*\[4\], expected "
                            r"\[3\]")


def test_celu_alpha_zero() -> None:
    x = f32(2, 3)
    model = single_node_model("Celu", [("x", x, X)], {"alpha": 0.0}, name="ce")
    _fails(model, {"x": x}, r"node 'ce' \(Celu-12.*alpha=0")


def test_activation_needs_a_float_input() -> None:
    x = i64(1, -2)
    model = single_node_model("Elu", [("x", x, X)], name="e")
    _fails(model, {"x": x}, r"node 'e' \(Elu-6.*needs a float input")


@pytest.mark.parametrize(("shape", "size"), [((2, 6, 5), 2), ((1, 4, 3, 2, 2), 4),
                                             ((2, 3, 4), 1)])
def test_lrn_even_windows_and_other_ranks(shape: tuple[int, ...], size: int) -> None:
    """What onnxruntime refuses (an even window, a rank other than 4) against the spec's
    formula: the window is c - floor((size - 1) / 2) .. c + ceil((size - 1) / 2)."""
    x = f32(*shape)
    alpha, beta, bias = 0.5, 0.6, 1.5
    y = tonnx.load(single_node_model("LRN", [("x", x, X)], {
        "size": size, "alpha": alpha, "beta": beta, "bias": bias}))(x).numpy()
    lo, hi = (size - 1) // 2, size - 1 - (size - 1) // 2
    sq = np.zeros(x.shape)
    for c in range(x.shape[1]):
        sq[:, c] = (x[:, max(0, c - lo):c + hi + 1].astype(np.float64) ** 2).sum(axis=1)
    want = x / (bias + _f(alpha) / size * sq) ** _f(beta)
    np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-6)


def test_lrn_needs_a_window_size_and_channels() -> None:
    x = f32(2, 3, 4)
    _fails(single_node_model("LRN", [("x", x, X)], {"alpha": 0.1}, name="lrn0"), {"x": x},
           r"node 'lrn0' \(LRN-13, opset 17\): attribute size=None: LRN needs a positive")
    x2 = f32(4, 3)
    _fails(single_node_model("LRN", [("x", x2, X)], {"size": 3}, name="lrn1"), {"x": x2},
           r"node 'lrn1' .*input must be \(N, C, D1, ...\), got \[4, 3\]")
