"""PyTorch-like model building on tcomp kernels: Tensor, autograd, layers, optimizers (layer 9)."""

from . import functional
from .data import DataLoader, Dataset, TensorDataset
from .modules import (
    GELU,
    Conv2d,
    CrossEntropyLoss,
    DigitCapsules,
    Dropout,
    LayerNorm,
    Linear,
    MaxPool2d,
    Module,
    Parameter,
    PrimaryCapsules,
    ReLU,
    Sequential,
    margin_loss,
)
from .optim import SGD, Adam
from .tensor import Tensor, is_grad_enabled, no_grad, tensor

__all__ = [
    "GELU", "SGD", "Adam", "Conv2d", "CrossEntropyLoss", "DataLoader", "Dataset",
    "DigitCapsules", "Dropout", "LayerNorm", "Linear", "MaxPool2d", "Module", "Parameter",
    "PrimaryCapsules", "ReLU", "Sequential", "Tensor", "TensorDataset", "functional",
    "is_grad_enabled", "margin_loss", "no_grad", "tensor",
]
