"""onnx's backend test suite (``onnx.backend.test.BackendTest``) against tcomp: the node tests
whose every node is an op tcomp.onnx implements (``tcomp.onnx.SUPPORTED_OPS``), through
``tcomp.onnx.backend.TcompBackend``. The tests tcomp can't pass are expected failures, each
with its reason; an unexpected success fails, so the list stays exact.

About 50 s of CPU (13 s of it onnx generating its node test cases; the 3-D pooling tests the
most of the rest), 90 s of wall time on a busy 2-core machine: marked ``slow`` (``make
test-slow``, ``pytest -m slow``).
"""

from __future__ import annotations

import pytest

pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

import onnx.backend.test
from onnx.backend.test.loader import load_node_model_tests

import tcomp.onnx as tonnx
from tcomp.onnx.backend import TcompBackend

pytestmark = pytest.mark.slow

DTYPES = ("an element type tcomp does not compute in (bfloat16, float8, float4, int4, int2, "
          "string): tcomp.onnx computes in float32/float64, and float16 in float32")

# reason -> the node tests (without "test_" and "_cpu") that fail for it
XFAIL = {
    DTYPES: """
        cast_BFLOAT16_to_FLOAT cast_FLOAT16_to_FLOAT4E2M1 cast_FLOAT16_to_FLOAT8E4M3FN
        cast_FLOAT16_to_FLOAT8E4M3FNUZ cast_FLOAT16_to_FLOAT8E5M2 cast_FLOAT16_to_FLOAT8E5M2FNUZ
        cast_FLOAT16_to_INT2 cast_FLOAT16_to_INT4 cast_FLOAT16_to_UINT2 cast_FLOAT16_to_UINT4
        cast_FLOAT4E2M1_to_FLOAT cast_FLOAT4E2M1_to_FLOAT16 cast_FLOAT8E4M3FNUZ_to_FLOAT
        cast_FLOAT8E4M3FNUZ_to_FLOAT16 cast_FLOAT8E4M3FN_to_FLOAT cast_FLOAT8E4M3FN_to_FLOAT16
        cast_FLOAT8E5M2FNUZ_to_FLOAT cast_FLOAT8E5M2FNUZ_to_FLOAT16 cast_FLOAT8E5M2_to_FLOAT
        cast_FLOAT8E5M2_to_FLOAT16 cast_FLOAT_to_BFLOAT16 cast_FLOAT_to_FLOAT4E2M1
        cast_FLOAT_to_FLOAT8E4M3FN cast_FLOAT_to_FLOAT8E4M3FNUZ cast_FLOAT_to_FLOAT8E5M2
        cast_FLOAT_to_FLOAT8E5M2FNUZ cast_FLOAT_to_INT2 cast_FLOAT_to_INT4 cast_FLOAT_to_UINT2
        cast_FLOAT_to_UINT4 cast_INT2_to_FLOAT cast_INT2_to_FLOAT16 cast_INT2_to_INT8
        cast_INT4_to_FLOAT cast_INT4_to_FLOAT16 cast_INT4_to_INT8 cast_UINT2_to_FLOAT
        cast_UINT2_to_FLOAT16 cast_UINT2_to_UINT8 cast_UINT4_to_FLOAT cast_UINT4_to_FLOAT16
        cast_UINT4_to_UINT8 cast_e8m0_FLOAT16_to_FLOAT8E8M0 cast_e8m0_FLOAT8E8M0_to_FLOAT
        cast_e8m0_FLOAT8E8M0_to_FLOAT16 cast_e8m0_FLOAT_to_FLOAT8E8M0
        cast_no_saturate_FLOAT16_to_FLOAT8E4M3FN cast_no_saturate_FLOAT16_to_FLOAT8E4M3FNUZ
        cast_no_saturate_FLOAT16_to_FLOAT8E5M2 cast_no_saturate_FLOAT16_to_FLOAT8E5M2FNUZ
        cast_no_saturate_FLOAT_to_FLOAT8E4M3FN cast_no_saturate_FLOAT_to_FLOAT8E4M3FNUZ
        cast_no_saturate_FLOAT_to_FLOAT8E5M2 cast_no_saturate_FLOAT_to_FLOAT8E5M2FNUZ
        castlike_BFLOAT16_to_FLOAT_expanded castlike_FLOAT16_to_FLOAT4E2M1_expanded
        castlike_FLOAT16_to_FLOAT8E4M3FNUZ_expanded castlike_FLOAT16_to_FLOAT8E4M3FN_expanded
        castlike_FLOAT16_to_FLOAT8E5M2FNUZ_expanded castlike_FLOAT16_to_FLOAT8E5M2_expanded
        castlike_FLOAT16_to_INT2_expanded castlike_FLOAT16_to_INT4_expanded
        castlike_FLOAT16_to_UINT2_expanded castlike_FLOAT16_to_UINT4_expanded
        castlike_FLOAT4E2M1_to_FLOAT16_expanded castlike_FLOAT4E2M1_to_FLOAT_expanded
        castlike_FLOAT8E4M3FNUZ_to_FLOAT16_expanded castlike_FLOAT8E4M3FNUZ_to_FLOAT_expanded
        castlike_FLOAT8E4M3FN_to_FLOAT16_expanded castlike_FLOAT8E4M3FN_to_FLOAT_expanded
        castlike_FLOAT8E5M2FNUZ_to_FLOAT16_expanded castlike_FLOAT8E5M2FNUZ_to_FLOAT_expanded
        castlike_FLOAT8E5M2_to_FLOAT16_expanded castlike_FLOAT8E5M2_to_FLOAT_expanded
        castlike_FLOAT_to_BFLOAT16_expanded castlike_FLOAT_to_FLOAT4E2M1_expanded
        castlike_FLOAT_to_FLOAT8E4M3FNUZ_expanded castlike_FLOAT_to_FLOAT8E4M3FN_expanded
        castlike_FLOAT_to_FLOAT8E5M2FNUZ_expanded castlike_FLOAT_to_FLOAT8E5M2_expanded
        castlike_FLOAT_to_INT2_expanded castlike_FLOAT_to_INT4_expanded
        castlike_FLOAT_to_UINT2_expanded castlike_FLOAT_to_UINT4_expanded
        castlike_INT2_to_FLOAT16_expanded castlike_INT2_to_FLOAT_expanded
        castlike_INT2_to_INT8_expanded castlike_INT4_to_FLOAT16_expanded
        castlike_INT4_to_FLOAT_expanded castlike_INT4_to_INT8_expanded
        castlike_UINT2_to_FLOAT16_expanded castlike_UINT2_to_FLOAT_expanded
        castlike_UINT2_to_UINT8_expanded castlike_UINT4_to_FLOAT16_expanded
        castlike_UINT4_to_FLOAT_expanded castlike_UINT4_to_UINT8_expanded
        castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FNUZ_expanded
        castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FN_expanded
        castlike_no_saturate_FLOAT16_to_FLOAT8E5M2FNUZ_expanded
        castlike_no_saturate_FLOAT16_to_FLOAT8E5M2_expanded
        castlike_no_saturate_FLOAT_to_FLOAT8E4M3FNUZ_expanded
        castlike_no_saturate_FLOAT_to_FLOAT8E4M3FN_expanded
        castlike_no_saturate_FLOAT_to_FLOAT8E5M2FNUZ_expanded
        castlike_no_saturate_FLOAT_to_FLOAT8E5M2_expanded equal_string equal_string_broadcast
        range_bfloat16_type_positive_delta
    """.split(),
    "training_mode=1 of Dropout (random masks)": """
        training_dropout training_dropout_default training_dropout_default_mask
        training_dropout_mask
    """.split(),
    "sequence and optional inputs": """
        identity_opt identity_sequence
    """.split(),
}


def _selected() -> list[str]:
    """Names of the node tests whose nodes are all ops tcomp.onnx implements."""
    claimed = set(tonnx.SUPPORTED_OPS)
    return sorted(c.name for c in load_node_model_tests()
                  if c.model is not None and all(
                      n.op_type in claimed and n.domain in ("", "ai.onnx")
                      for n in c.model.graph.node))


SELECTED = _selected()
_backend_test = onnx.backend.test.BackendTest(TcompBackend, __name__)
for _name in SELECTED:
    _backend_test.include(f"^{_name}_cpu$")
for _names in XFAIL.values():
    for _name in _names:
        _backend_test.xfail(f"^test_{_name}_cpu$")

# Only the node tests, only those included (BackendTest adds every other test as a skip).
OnnxBackendNodeModelTest = _backend_test.test_cases["OnnxBackendNodeModelTest"]
_keep = {f"{n}_cpu" for n in SELECTED}
for _attr in [a for a in vars(OnnxBackendNodeModelTest) if a.startswith("test_")]:
    if _attr not in _keep:
        delattr(OnnxBackendNodeModelTest, _attr)


def test_xfail_names_are_selected_tests() -> None:
    unknown = [n for names in XFAIL.values() for n in names if f"test_{n}" not in SELECTED]
    assert not unknown
    assert len(SELECTED) > 600
