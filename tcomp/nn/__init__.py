"""PyTorch-like model building on tcomp kernels: Tensor, autograd, layers, optimizers (layer 9)."""

from . import functional, utils
from .data import DataLoader, Dataset, TensorDataset
from .functional import cat, stack
from .interop import InteropError, from_dlpack, from_numpy
from .modules import (
    GELU,
    Conv1d,
    Conv2d,
    CrossEntropyLoss,
    DigitCapsules,
    Dropout,
    Embedding,
    Flatten,
    LayerNorm,
    Linear,
    MaxPool2d,
    Module,
    ModuleDict,
    ModuleList,
    MSELoss,
    Parameter,
    PrimaryCapsules,
    ReLU,
    Sequential,
    Softmax,
    manual_seed,
    margin_loss,
    ones,
    randn,
    zeros,
)
from .optim import SGD, Adam, AdamW
from .serialization import SerializationError, StateDictError, load_state, save_state
from .tensor import Tensor, is_grad_enabled, no_grad, tensor
from .tuning import KernelTuning, ModelTuneReport, kernel_profile, tune

__all__ = [
    "GELU", "SGD", "Adam", "AdamW", "Conv1d", "Conv2d", "CrossEntropyLoss", "DataLoader", "Dataset",
    "DigitCapsules", "Dropout", "Embedding", "Flatten", "InteropError", "KernelTuning", "LayerNorm",
    "Linear", "MSELoss", "MaxPool2d", "ModelTuneReport", "Module", "ModuleDict", "ModuleList",
    "Parameter", "PrimaryCapsules", "ReLU", "Sequential", "SerializationError", "Softmax",
    "StateDictError", "Tensor", "TensorDataset", "cat", "from_dlpack", "from_numpy",
    "functional", "is_grad_enabled", "kernel_profile", "load_state", "manual_seed",
    "margin_loss", "no_grad", "ones", "randn", "save_state", "stack", "tensor", "tune",
    "utils", "zeros",
]
