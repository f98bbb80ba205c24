"""Models written in PyTorch and exported with ``torch.onnx.export`` (its TorchScript exporter,
``dynamo=False``: the dynamo exporter needs onnxscript) import into tcomp, match PyTorch's
outputs, and export again to a file onnxruntime runs. Skipped where torch isn't installed
(the test extra doesn't install it: ``pip install torch`` to run these)."""

from __future__ import annotations

import io
import os
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

sys.path.insert(0, os.path.dirname(__file__))
from onnx_helpers import ort_run  # noqa: E402

import tcomp.onnx as tonnx  # noqa: E402


class _Block(torch.nn.Module):
    """A pre-norm transformer block: attention through matmuls and softmax, a GELU MLP."""

    def __init__(self, d: int = 16, heads: int = 2) -> None:
        super().__init__()
        self.heads, self.ln1, self.ln2 = heads, torch.nn.LayerNorm(d), torch.nn.LayerNorm(d)
        self.qkv, self.out = torch.nn.Linear(d, 3 * d), torch.nn.Linear(d, d)
        self.fc1, self.fc2 = torch.nn.Linear(d, 4 * d), torch.nn.Linear(4 * d, d)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, s, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).reshape(b, s, 3, self.heads, -1).permute(
            2, 0, 3, 1, 4).unbind(0)
        a = torch.softmax(q @ k.transpose(-1, -2) / (d // self.heads) ** 0.5, dim=-1) @ v
        x = x + self.out(a.transpose(1, 2).reshape(b, s, d))
        return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))


def _models() -> dict[str, tuple[torch.nn.Module, tuple[int, ...]]]:
    torch.manual_seed(0)
    cnn = torch.nn.Sequential(
        torch.nn.Conv2d(1, 4, 3, padding=1), torch.nn.BatchNorm2d(4), torch.nn.ReLU(),
        torch.nn.MaxPool2d(2), torch.nn.Conv2d(4, 8, 3, stride=2), torch.nn.PReLU(8),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(8, 10),
        torch.nn.LeakyReLU(0.1))
    mlp = torch.nn.Sequential(torch.nn.Linear(12, 32), torch.nn.ELU(), torch.nn.Linear(32, 5),
                              torch.nn.LogSoftmax(dim=-1))
    return {"cnn": (cnn, (1, 12, 12)), "mlp": (mlp, (12,)), "block": (_Block(), (6, 16))}


@pytest.mark.parametrize("name", ["cnn", "mlp", "block"])
def test_torch_onnx_export_round_trips(name: str) -> None:
    model, shape = _models()[name]
    model.eval()
    x = torch.randn(2, *shape)
    f = io.BytesIO()
    torch.onnx.export(model, (x,), f, input_names=["x"], output_names=["y"],
                      dynamic_axes={"x": {0: "n"}, "y": {0: "n"}}, dynamo=False)
    proto = onnx.load_from_string(f.getvalue())
    m = tonnx.load(proto)
    rng = np.random.default_rng(1)
    for batch in (2, 5):
        xb = rng.standard_normal((batch, *shape)).astype(np.float32)
        with torch.no_grad():
            want = model(torch.from_numpy(xb)).numpy()
        np.testing.assert_allclose(m(xb).numpy(), want, rtol=1e-5, atol=1e-5)
    again = tonnx.export(m, xb, None)
    got = ort_run(again, {again.graph.input[0].name: xb})[0]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
