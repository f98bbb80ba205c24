"""ONNX import: ``tcomp.onnx.load(path or ModelProto)`` gives a ``tcomp.nn.Module`` that runs the
graph with tcomp.nn ops, trainable like any other (layer 9, beside ``tcomp.nn``).

``onnx`` is imported when a model is loaded (``pip install 'tcomp[onnx]'``); importing this
package needs only tcomp.
"""

from .model import OnnxModule, load
from .ops import OPS, OnnxError, UnsupportedOnnxError

SUPPORTED_OPS = tuple(sorted(OPS))

__all__ = ["SUPPORTED_OPS", "OnnxError", "OnnxModule", "UnsupportedOnnxError", "load"]
