"""tcomp.nn.functional is a facade over modules by op family: every public op is reachable
from it, and the ops made of other ops call them through the facade's names, so that a
wrapper set on the facade (tcomp.onnx.export's tracer) sees each part."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from tcomp import nn
from tcomp.nn import functional as F

FAMILIES = ("dispatch", "builders", "elementwise", "reductions", "shapes", "conv", "layer_ops",
            "losses", "attention")


def test_every_public_op_is_reachable_from_the_facade():
    assert all(callable(getattr(F, n)) or n == "PAD_MODES" for n in F.__all__)
    for fam in FAMILIES:
        mod = importlib.import_module(f"tcomp.nn.{fam}")
        assert mod.__doc__ and all(hasattr(mod, n) for n in mod.__all__), fam
        for n in mod.__all__:  # (a builder may share its op's name)
            if n in F.__all__ and fam != "builders":
                assert getattr(F, n) is getattr(mod, n), (fam, n)


X = np.arange(24, dtype=np.float32).reshape(2, 3, 4)

COMPOSITES = [  # (composite, call, the facade op it must call)
    ("clamp", lambda x: F.clamp(x, 1.0, 5.0), "maximum"),
    ("clamp", lambda x: F.clamp(x, 1.0, 5.0), "minimum"),
    ("cat", lambda x: F.cat([x, x], 1), "concat"),
    ("stack", lambda x: F.stack([x, x], 0), "unsqueeze"),
    ("stack", lambda x: F.stack([x, x], 0), "concat"),
    ("view", lambda x: F.view(x, 6, 4), "reshape"),
    ("repeat", lambda x: F.repeat(x, 1, 2, 1), "expand"),
    ("chunk", lambda x: F.chunk(x, 2, 2), "getitem"),
    ("split", lambda x: F.split(x, [1, 3], 2), "getitem"),
    ("flatten", lambda x: F.flatten(x, 1), "reshape"),
    ("unsqueeze", lambda x: F.unsqueeze(x, 0), "reshape"),
    ("squeeze", lambda x: F.squeeze(F.reshape(x, (1, 24))), "reshape"),
    ("mse_loss", lambda x: F.mse_loss(x, x * 0.5), "mean"),
    ("mse_loss", lambda x: F.mse_loss(x, x * 0.5, "sum"), "sum"),
]


@pytest.mark.parametrize(("name", "call", "part"), COMPOSITES,
                         ids=[f"{c[0]}-{c[2]}" for c in COMPOSITES])
def test_a_composite_calls_its_parts_through_the_facade(monkeypatch, name, call, part):
    seen = []
    orig = getattr(F, part)

    def wrapped(*args, **kw):
        seen.append(part)
        return orig(*args, **kw)

    monkeypatch.setattr(F, part, wrapped)
    call(nn.Tensor(X))
    assert seen, f"F.{name} didn't call F.{part}"
