"""tcomp.nn against PyTorch: the same transformer block, the same weights, 50 Adam steps; the
loss curves agree to 1e-5 (float64). Skipped where torch is not installed (the ``bench``
extra installs it)."""

from __future__ import annotations

import numpy as np
import pytest

from tcomp import nn
from tcomp.nn import functional as F

torch = pytest.importorskip("torch")


class Block(nn.Module):
    """Pre-norm block: x + proj(attention(ln1(x))), x + fc2(gelu(fc1(ln2(x)))), a linear head
    on the mean over positions."""

    def __init__(self, d: int, heads: int) -> None:
        super().__init__()
        self.h = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v, self.proj = (nn.Linear(d, d) for _ in range(4))
        self.fc1, self.fc2 = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)
        self.head = nn.Linear(d, 5)

    def forward(self, x: nn.Tensor) -> nn.Tensor:
        b, t, d = x.shape
        h, dh = self.h, d // self.h
        z = self.ln1(x)

        def split(u: nn.Tensor) -> nn.Tensor:
            return u.reshape(b, t, h, dh).permute(0, 2, 1, 3).reshape(b * h, t, dh)
        o = F.scaled_dot_product_attention(split(self.q(z)), split(self.k(z)), split(self.v(z)))
        o = o.reshape(b, h, t, dh).permute(0, 2, 1, 3).reshape(b, t, d)
        x = x + self.proj(o)
        x = x + self.fc2(F.gelu(self.fc1(self.ln2(x))))
        return self.head(F.mean(x, axis=1))


class TorchBlock(torch.nn.Module):
    def __init__(self, d: int, heads: int) -> None:
        super().__init__()
        t = torch.nn
        self.h = heads
        self.ln1, self.ln2 = t.LayerNorm(d), t.LayerNorm(d)
        self.q, self.k, self.v, self.proj = (t.Linear(d, d) for _ in range(4))
        self.fc1, self.fc2, self.head = t.Linear(d, 4 * d), t.Linear(4 * d, d), t.Linear(d, 5)

    def forward(self, x):
        b, n, d = x.shape
        h, dh = self.h, d // self.h
        z = self.ln1(x)

        def split(u):
            return u.reshape(b, n, h, dh).permute(0, 2, 1, 3).reshape(b * h, n, dh)
        q, k, v = split(self.q(z)), split(self.k(z)), split(self.v(z))
        att = torch.softmax((q @ k.transpose(-2, -1)) * (1.0 / dh ** 0.5), -1)
        o = (att @ v).reshape(b, h, n, dh).permute(0, 2, 1, 3).reshape(b, n, d)
        x = x + self.proj(o)
        x = x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))
        return self.head(x.mean(1))


@pytest.mark.parametrize("compiled", [False, True])
def test_transformer_block_follows_torch_for_50_adam_steps(compiled):
    nn.manual_seed(0)
    d, heads, batch, length, steps = 16, 2, 4, 8, 50
    ours = Block(d, heads).double()
    theirs = TorchBlock(d, heads).double()
    sd = ours.state_dict()
    assert set(sd) == set(theirs.state_dict())
    theirs.load_state_dict({k: torch.from_numpy(v.copy()) for k, v in sd.items()})
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, length, d))
    y = rng.integers(0, 5, batch)
    opt = nn.Adam(ours.parameters(), lr=1e-2)
    topt = torch.optim.Adam(theirs.parameters(), lr=1e-2)
    xt, yt = nn.Tensor(x), nn.Tensor(y, dtype=np.int64)
    xtt, ytt = torch.from_numpy(x), torch.from_numpy(y)
    curve, tcurve = [], []
    # compiled: the forward and backward as one call (nn.compile_step), the same Adam
    step = nn.compile_step(lambda x, y: F.cross_entropy(ours(x), y), ours, (xt, yt)) \
        if compiled else None
    for _ in range(steps):
        opt.zero_grad()
        if step is None:
            loss = F.cross_entropy(ours(xt), yt)
            loss.backward()
        else:
            loss = step(xt, yt)
        opt.step()
        curve.append(float(loss))
        topt.zero_grad()
        tloss = torch.nn.functional.cross_entropy(theirs(xtt), ytt)
        tloss.backward()
        topt.step()
        tcurve.append(float(tloss))
    assert curve[-1] < 0.5 * curve[0]  # it trained: the comparison is not of flat curves
    np.testing.assert_allclose(curve, tcurve, rtol=1e-5, atol=1e-7)
    final = {k: v.detach().numpy() for k, v in theirs.state_dict().items()}
    for k, v in ours.state_dict().items():
        np.testing.assert_allclose(v, final[k], rtol=1e-5, atol=1e-7, err_msg=k)
