"""PyTorch-like model building on tcomp kernels: Tensor, autograd, layers, optimizers (layer 9)."""

from . import functional, init, optim, utils
from .batch import dynamic_batch, is_dynamic_batch, set_dynamic_batch
from .compiled_step import CompiledStep, compile_step
from .creation import manual_seed, ones, randn, zeros
from .data import DataLoader, Dataset, TensorDataset
from .deploy import ExportedModel, export
from .functional import cat, stack
from .inference import CompiledInference, compile_inference
from .interop import InteropError, from_dlpack, from_numpy
from .layers import (
    GELU,
    BatchNorm1d,
    BatchNorm2d,
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
    MSELoss,
    NLLLoss,
    PrimaryCapsules,
    ReLU,
    Softmax,
    margin_loss,
)
from .modules import Module, ModuleDict, ModuleList, Parameter, Sequential
from .optim import SGD, Adam, AdamW
from .serialization import SerializationError, StateDictError, load_state, save_state
from .tensor import Tensor, is_grad_enabled, no_grad, tensor
from .tuning import KernelTuning, ModelTuneReport, kernel_profile, tune

__all__ = [
    "GELU",
    "SGD",
    "Adam",
    "AdamW",
    "BatchNorm1d",
    "BatchNorm2d",
    "CompiledInference",
    "CompiledStep",
    "Conv1d",
    "Conv2d",
    "CrossEntropyLoss",
    "DataLoader",
    "Dataset",
    "DigitCapsules",
    "Dropout",
    "Embedding",
    "ExportedModel",
    "Flatten",
    "InteropError",
    "KernelTuning",
    "LayerNorm",
    "Linear",
    "MSELoss",
    "MaxPool2d",
    "ModelTuneReport",
    "Module",
    "ModuleDict",
    "ModuleList",
    "NLLLoss",
    "Parameter",
    "PrimaryCapsules",
    "ReLU",
    "Sequential",
    "SerializationError",
    "Softmax",
    "StateDictError",
    "Tensor",
    "TensorDataset",
    "cat",
    "compile_inference",
    "compile_step",
    "dynamic_batch",
    "export",
    "from_dlpack",
    "from_numpy",
    "functional",
    "init",
    "is_dynamic_batch",
    "is_grad_enabled",
    "kernel_profile",
    "load_state",
    "manual_seed",
    "margin_loss",
    "no_grad",
    "ones",
    "optim",
    "randn",
    "save_state",
    "set_dynamic_batch",
    "stack",
    "tensor",
    "tune",
    "utils",
    "zeros",
]
