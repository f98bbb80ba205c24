"""Standard operator declarations in the DSL (layer 6). Schedules live in ``schedules/``."""

from .nn import dense, gelu_tanh, layer_norm, matmul, softmax

__all__ = ["dense", "gelu_tanh", "layer_norm", "matmul", "softmax"]
