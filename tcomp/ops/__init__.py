"""Standard operator declarations in the DSL (layer 6), by family: ``linalg``, ``conv``,
``reduce`` (reductions, softmax, layer norm), ``activation``, ``losses``, ``capsule``; their
shared helpers in ``common``. Schedules live in ``schedules/``."""

from .activation import gelu_tanh
from .linalg import dense, matmul
from .reduce import layer_norm_rows, softmax

__all__ = ["dense", "gelu_tanh", "layer_norm_rows", "matmul", "softmax"]
