"""The ONNX backend interface (``onnx.backend.base``) over ``tcomp.onnx.load``, so onnx's
backend test suite (``onnx.backend.test.BackendTest``) runs against tcomp (layer 9).

Importing this module imports onnx (the ``onnx`` extra).
"""

from __future__ import annotations

import importlib
from typing import Any

import numpy as np

from ..nn.tensor import no_grad
from .model import OnnxModule, import_onnx, load

import_onnx()  # the clear error when onnx is missing
_base = importlib.import_module("onnx.backend.base")


class TcompBackendRep(_base.BackendRep):  # type: ignore[misc]
    """A prepared model: ``run`` takes the graph inputs (a list in graph order, a dict by
    name, or one array) and returns the outputs as numpy arrays."""

    def __init__(self, module: OnnxModule) -> None:
        self.module = module

    def run(self, inputs: Any, **kwargs: Any) -> tuple[np.ndarray, ...]:
        with no_grad():
            if isinstance(inputs, dict):
                out = self.module(**inputs)
            elif isinstance(inputs, (list, tuple)):
                out = self.module(*inputs)
            else:
                out = self.module(inputs)
        return tuple(o.numpy() for o in (out if isinstance(out, tuple) else (out,)))


class TcompBackend(_base.Backend):  # type: ignore[misc]
    """``prepare`` imports the model with ``tcomp.onnx.load``; runs on the CPU."""

    @classmethod
    def prepare(cls, model: Any, device: str = "CPU", **kwargs: Any) -> TcompBackendRep:
        super().prepare(model, device, **kwargs)  # onnx.checker on the model
        return TcompBackendRep(load(model))

    @classmethod
    def supports_device(cls, device: str) -> bool:
        return device == "CPU"


prepare = TcompBackend.prepare
run_model = TcompBackend.run_model
supports_device = TcompBackend.supports_device

__all__ = ["TcompBackend", "TcompBackendRep", "prepare", "run_model", "supports_device"]
