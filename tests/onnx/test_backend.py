"""onnx's backend test suite (``onnx.backend.test.BackendTest``) against tcomp: the node tests,
and the models the onnx package ships (PyTorch-converted layers and operators in opset 6, which
tcomp upgrades with onnx's version converter, the "simple" models, and the "real" ones: the
"light" copies of AlexNet, DenseNet-121, Inception v1 and v2, ResNet-50, ShuffleNet,
SqueezeNet, VGG-19 and ZFNet-512 in onnx's package, with their expected outputs; no
downloads), whose every node is an op tcomp.onnx implements (``tcomp.onnx.SUPPORTED_OPS``),
through ``tcomp.onnx.backend.TcompBackend``. The tests tcomp can't pass are expected failures,
each with its reason; an unexpected success fails, so the list stays exact.

About 5 minutes of CPU and 4.5 of wall time with two workers on a 2-core Zen 3 (13 s of it
onnx generating its node test cases; the shipped models' 3-D convolutions and pools compile
the most of the rest): marked ``slow`` (``make test-conformance``,
which CI runs after ``make test``; ``make test-slow``, ``pytest -m slow``).
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

import onnx.backend.test
from onnx.backend.test.loader import load_model_tests, load_node_model_tests

import tcomp.onnx as tonnx
from tcomp.onnx.backend import TcompBackend

pytestmark = pytest.mark.slow

STRINGS = "string tensors: tcomp.onnx computes numbers and booleans"

# reason -> the node tests (without "test_" and "_cpu") that fail for it
XFAIL = {
    STRINGS: "equal_string equal_string_broadcast".split(),
    "training_mode=1 of Dropout (random masks)": """
        training_dropout training_dropout_default training_dropout_default_mask
        training_dropout_mask
    """.split(),
    "sequence and optional inputs": """
        identity_opt identity_sequence
    """.split(),
}


# the model suites run here: onnx's directory of each, and BackendTest's class for it
MODEL_KINDS = {"pytorch-converted": "OnnxBackendPyTorchConvertedModelTest",
               "pytorch-operator": "OnnxBackendPyTorchOperatorModelTest",
               "simple": "OnnxBackendSimpleModelTest", "real": "OnnxBackendRealModelTest"}


def _claimed(model: onnx.ModelProto) -> bool:
    claimed = set(tonnx.SUPPORTED_OPS)
    return all(n.op_type in claimed and n.domain in ("", "ai.onnx") for n in model.graph.node)


def _selected(kind: str) -> list[str]:
    """Names of the tests of a kind ("node" or a MODEL_KINDS key) whose nodes are all ops
    tcomp.onnx implements."""
    if kind == "node":
        return sorted(c.name for c in load_node_model_tests()
                      if c.model is not None and _claimed(c.model))
    return sorted(c.name for c in load_model_tests(kind=kind) if _claimed(onnx.load(
        os.path.join(c.model_dir, "model.onnx") if c.model_dir else _light(c.url))))


def _light(url: str) -> str:
    """The path of a "real" model's light copy in onnx's package (its url, relative to the
    directory that holds the onnx package)."""
    return os.path.join(os.path.dirname(os.path.dirname(onnx.__file__)), url)


@pytest.fixture(autouse=True)
def _onnx_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
               ) -> None:
    """The real models' runner writes their inputs under $ONNX_HOME (default ~/.onnx): a
    temporary directory instead."""
    monkeypatch.setenv("ONNX_HOME", str(tmp_path_factory.getbasetemp() / "onnx_home"))


SELECTED = {kind: _selected(kind) for kind in ("node", *MODEL_KINDS)}
_backend_test = onnx.backend.test.BackendTest(TcompBackend, __name__)
for _names in SELECTED.values():
    for _name in _names:
        _backend_test.include(f"^{_name}_cpu$")
for _names in XFAIL.values():
    for _name in _names:
        _backend_test.xfail(f"^test_{_name}_cpu$")

# Only the suites above, only the tests included (BackendTest adds every other test as a skip).
OnnxBackendNodeModelTest = _backend_test.test_cases["OnnxBackendNodeModelTest"]
OnnxBackendPyTorchConvertedModelTest = _backend_test.test_cases[MODEL_KINDS["pytorch-converted"]]
OnnxBackendPyTorchOperatorModelTest = _backend_test.test_cases[MODEL_KINDS["pytorch-operator"]]
OnnxBackendSimpleModelTest = _backend_test.test_cases[MODEL_KINDS["simple"]]
OnnxBackendRealModelTest = _backend_test.test_cases[MODEL_KINDS["real"]]
_keep = {f"{n}_cpu" for names in SELECTED.values() for n in names}
for _cls in (OnnxBackendNodeModelTest, OnnxBackendPyTorchConvertedModelTest,
             OnnxBackendPyTorchOperatorModelTest, OnnxBackendSimpleModelTest,
             OnnxBackendRealModelTest):
    for _attr in [a for a in vars(_cls) if a.startswith("test_")]:
        if _attr not in _keep:
            delattr(_cls, _attr)
del _cls  # a module-level name bound to a test class: pytest would collect it a second time


def test_xfail_names_are_selected_tests() -> None:
    selected = {n for names in SELECTED.values() for n in names}
    unknown = [n for names in XFAIL.values() for n in names if f"test_{n}" not in selected]
    assert not unknown
    assert len(SELECTED["node"]) > 600


def test_the_shipped_models_run() -> None:
    """The PyTorch-converted models are opset 6 (Add with the legacy broadcast attribute,
    Pad-2, Slice-1, BatchNormalization-6): they count only if most of them are selected."""
    assert len(SELECTED["pytorch-converted"]) >= 55
    assert len(SELECTED["pytorch-operator"]) >= 20
    assert len(SELECTED["real"]) == 9
