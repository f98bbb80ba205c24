"""ONNX import and export (layer 9, beside ``tcomp.nn``): ``tcomp.onnx.load(path or
ModelProto)`` gives a ``tcomp.nn.Module`` that runs the graph with tcomp.nn ops, trainable like
any other; ``tcomp.onnx.export(model, example, "model.onnx")`` writes a tcomp.nn model's forward.

``onnx`` is imported when a model is loaded (``pip install 'tcomp[onnx]'``); importing this
package needs only tcomp.
"""

from .custom import CustomOpWarning
from .exporter import OPSET, export
from .model import OnnxModule, load
from .ops import OPS, OnnxError, UnsupportedOnnxError

SUPPORTED_OPS = tuple(sorted(OPS))

__all__ = ["OPSET", "SUPPORTED_OPS", "CustomOpWarning", "OnnxError", "OnnxModule",
           "UnsupportedOnnxError", "export", "load"]
