"""Standard operator declarations in the DSL (layer 6). Schedules live in ``schedules/``."""

from .nn import gelu_tanh, matmul, softmax

__all__ = ["gelu_tanh", "matmul", "softmax"]
