"""Property tests of the compiled plans (``compile_step``, ``compile_inference``) on random
small models: hypothesis draws a stack of layers, a pooling and a loss, and the compiled step
must give the eager ``loss.backward()``'s loss and gradients over a few Adam steps on other
inputs (two copies of the model, one trained eagerly, one compiled, whose parameters stay
equal), and the compiled forward the eval-mode forward. Shapes come from small fixed sets,
so the kernels built for one example serve the next ones."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tcomp import nn
from tcomp.errors import ExportError
from tcomp.nn import functional as F

D, HALF, CLASSES = 8, 4, 3  # features, half of them, classes of the head
LAYERS = ("linear", "relu", "gelu", "tanh", "sigmoid", "layernorm", "residual", "roundtrip",
          "attention", "causal", "shared", "tiedlin", "frozen", "frozenall", "center",
          "detach", "affine")


class Scale(nn.Module):
    def __init__(self, shape, seed):
        super().__init__()
        self.weight = nn.Parameter(1 + 0.1 * np.random.default_rng(seed).standard_normal(shape))


class RandomNet(nn.Module):
    """``layers`` (names from ``LAYERS``) on (B, T, D) features, then a pooling over T
    (``pool``) and a linear head to the classes. ``image``: the features come from a
    (B, 2, 4, 4) image through Conv2d, ReLU and MaxPool2d (T = 4 positions).

    Weight sharing: "shared" and "residual" call one Linear (``tied``) twice each, "tiedlin"
    is a Linear of its own holding ``tied``'s weight. "frozen" has a weight that doesn't
    require grad, "frozenall" no parameter that does; "detach" cuts the layers before it
    from the tape; ``unused`` adds a Linear the forward never calls."""

    def __init__(self, layers, image, pool, unused, seed):
        super().__init__()
        self.layers, self.image, self.pool = layers, image, pool
        seeds = iter(range(seed, seed + 100))
        if image:
            self.conv = nn.Conv2d(2, D, 3, padding=1, seed=next(seeds))
            self.pooling = nn.MaxPool2d(2)
        self.tied = nn.Linear(D, D, seed=next(seeds))
        self.blocks = nn.ModuleList()
        for name in layers:
            block = nn.ReLU()
            if name in ("linear", "frozen", "frozenall", "tiedlin"):
                block = nn.Linear(D, D, seed=next(seeds))
                block.weight.requires_grad = name in ("linear", "tiedlin")
                block.bias.requires_grad = name != "frozenall"
                if name == "tiedlin":
                    block.weight = self.tied.weight
            elif name == "layernorm":
                block = nn.LayerNorm(D)
            elif name in ("attention", "causal"):
                block = nn.ModuleList(nn.Linear(D, D, bias=False, seed=next(seeds))
                                      for _ in range(3))
            elif name == "roundtrip":
                block = Scale((HALF,), next(seeds))
            elif name == "gelu":
                block = nn.GELU()
            self.blocks.append(block)
        if unused:
            self.unused = nn.Linear(D, D, seed=next(seeds))
        self.head = nn.Linear(D, CLASSES, seed=next(seeds))

    def forward(self, x):
        if self.image:
            b = x.shape[0]
            x = self.pooling(F.relu(self.conv(x)))  # (B, D, 2, 2)
            x = x.reshape(b, D, 4).permute(0, 2, 1)
        b, t, _ = x.shape
        for name, block in zip(self.layers, self.blocks, strict=True):
            if name in ("tanh", "sigmoid"):
                x = getattr(F, name)(x)
            elif name == "residual":
                x = x + self.tied(F.tanh(x))
            elif name == "shared":
                x = self.tied(F.relu(self.tied(x)))
            elif name == "center":
                x = x - x.mean(axis=-1, keepdims=True)
            elif name == "detach":
                x = x.detach()
            elif name == "affine":
                x = 0.5 * x + 1.0
            elif name == "roundtrip":  # heads apart, scaled per head feature, back together
                h = x.reshape(b, t, 2, HALF).permute(0, 2, 1, 3) * block.weight
                x = h.permute(0, 2, 1, 3).reshape(b, t, D)
            elif name in ("attention", "causal"):
                q, k, v = (lin(x).reshape(b, t, 2, HALF).permute(0, 2, 1, 3) for lin in block)
                o = F.scaled_dot_product_attention(q, k, v, is_causal=name == "causal")
                x = x + o.permute(0, 2, 1, 3).reshape(b, t, D)
            else:
                x = block(x)
        x = x.mean(axis=1) if self.pool == "mean" else x.sum(axis=1)
        return self.head(x)


def loss_of(model, loss):
    """The loss function of ``model`` for the loss named ``loss``."""
    if loss == "xent":
        return lambda x, y: F.cross_entropy(model(x), y)
    if loss == "mse":
        return lambda x, y: F.mse_loss(model(x), y)
    if loss == "l2":  # a parameter read by the loss too, outside the model's forward
        return lambda x, y: F.cross_entropy(model(x), y) + 0.01 * F.sum(model.head.weight ** 2)
    return lambda x: F.sum(model(x) * model(x))  # the forward twice


def inputs(image, b, t, loss, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    x = (rng.standard_normal((b, 2, 4, 4) if image else (b, t, D)) * scale).astype(np.float32)
    if loss in ("xent", "l2"):
        y = rng.integers(0, CLASSES, b)
        y[:-1][rng.random(b - 1) < 0.3] = -100  # some ignored (ignore_index), the last kept
        return x, y
    if loss == "mse":
        return x, rng.standard_normal((b, CLASSES)).astype(np.float32)
    return (x,)


def parameters(model):
    """The model's parameters, each once (a tied one is named twice)."""
    return list({id(p): p for p in model.parameters()}.values())


def eval_forward(model, x):
    model.eval()
    try:
        with nn.no_grad():
            return model(nn.Tensor(x)).numpy().copy()
    finally:
        model.train()


def close(got, want, what):
    """float32 results of the same computation: equal up to the last bits."""
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6 * max(1.0, np.abs(want).max()),
                               err_msg=what)


def check_training(spec, shapes, loss, data_seed, keep_grads):
    """Three Adam steps, eager and compiled, at the batch and length sizes ``shapes`` (one
    plan per size), on inputs of other values (and scales) than the example's."""
    eager, comp = RandomNet(**spec), RandomNet(**spec)
    fns = loss_of(eager, loss), loss_of(comp, loss)
    opts = nn.Adam(parameters(eager), lr=1e-2), nn.Adam(parameters(comp), lr=1e-2)
    image, (b, t) = spec["image"], shapes[0]
    step = nn.compile_step(fns[1], comp, inputs(image, b, t, loss, data_seed),
                           max_shapes=len(set(shapes)))
    run = nn.compile_inference(comp, inputs(image, b, t, loss, data_seed)[0],
                               max_shapes=len(set(shapes)))
    for i, (scale, (b, t)) in enumerate(zip((1.0, 3.0, 0.5), shapes, strict=True)):
        args = inputs(image, b, t, loss, data_seed + 1 + i, scale)
        if not (keep_grads and i == 1):  # else the gradients add to the last step's
            for o in opts:
                o.zero_grad()
        want = fns[0](nn.Tensor(args[0]), *args[1:])
        want.backward()
        # numpy arrays, Tensors, a strided array: each taken as its values
        got = step(*(args, [nn.Tensor(a) for a in args], [np.asfortranarray(a) for a in args]
                     )[i])
        assert not got.requires_grad
        close(got.numpy(), want.numpy(), f"loss at step {i}")
        for (name, p), q in zip(eager.named_parameters(), comp.parameters(), strict=True):
            assert (q.grad is None) == (p.grad is None), name
            if p.grad is not None:
                close(q.grad.numpy(), p.grad.numpy(), f"gradient of {name} at step {i}")
        for o in opts:
            o.step()
        for m in (eager, comp):  # frozen weights change too: read live, never constants
            for p in m.parameters():
                if not p.requires_grad:
                    p.data = p.data * np.float32(0.9) if i % 2 else p.data
                    p.data[...] *= np.float32(1.1)
        for (name, p), q in zip(eager.named_parameters(), comp.parameters(), strict=True):
            close(q.numpy(), p.numpy(), f"{name} after step {i}")
        close(run(args[0]).numpy(), eval_forward(comp, args[0]), f"forward after step {i}")


models = st.fixed_dictionaries({
    "layers": st.lists(st.sampled_from(LAYERS), min_size=1, max_size=4).map(tuple),
    "image": st.booleans(),
    "pool": st.sampled_from(("mean", "sum")),
    "unused": st.booleans(),
    "seed": st.integers(0, 1000),
})
# three steps at one (batch, length) size, or alternating between two
sizes = st.sampled_from(((2, 3), (3, 4))).flatmap(lambda s: st.sampled_from((
    (s, s, s), (s, (5 - s[0], s[1]), s))))
losses = st.sampled_from(("xent", "mse", "l2", "sumsq"))


training_cases = given(spec=models, shapes=sizes, loss=losses,
                       data_seed=st.integers(0, 1000), keep_grads=st.booleans())


@settings(max_examples=6, deadline=None)  # 200 in the slow variant below
@training_cases
def test_compiled_step_and_forward_follow_eager_training(spec, shapes, loss, data_seed,
                                                         keep_grads):
    check_training(spec, shapes, loss, data_seed, keep_grads)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@training_cases
def test_compiled_step_and_forward_follow_eager_training_long(spec, shapes, loss, data_seed,
                                                              keep_grads):
    check_training(spec, shapes, loss, data_seed, keep_grads)


# Found by the properties above, shrunk: an input whose values the second trace couldn't
# change (all True, all zero) let an array computed from it on the host pass as a constant.

class MaskedAttention(nn.Module):
    def __init__(self):
        super().__init__()
        self.q = nn.Linear(D, D, seed=0)

    def forward(self, x, mask):  # the bool mask becomes a float one on the host
        q = self.q(x)
        return F.scaled_dot_product_attention(q, q, x, attn_mask=mask)


def test_a_mask_made_on_the_host_from_an_all_true_example_is_refused():
    x = inputs(False, 2, 3, "sumsq", 0)[0]
    with pytest.raises(ExportError, match="computed outside tcomp kernels"):
        nn.compile_inference(MaskedAttention(), (x, np.ones((2, 1, 3), bool)))


def test_numpy_on_an_all_zero_example_input_is_refused():
    model = nn.Linear(D, D, seed=0)
    x, h = inputs(False, 2, 3, "sumsq", 0)[0], np.zeros((2, 3, D), np.float32)

    def loss_fn(x, h):  # np.exp(h): all ones for the example
        return F.sum(model(x) * nn.Tensor(np.exp(h.numpy())))
    with pytest.raises(ExportError, match="computed outside tcomp kernels"):
        nn.compile_step(loss_fn, model, (x, h))


def test_a_mean_cross_entropy_with_every_class_id_ignored_is_nan_compiled_too():
    # the loss kernel makes the NaN (0/0, as torch): no host branch on the divisor's value
    model = nn.Linear(D, CLASSES, seed=0)
    x = inputs(False, 2, 3, "sumsq", 0)[0][:, 0]
    loss_fn = lambda x, y: F.cross_entropy(model(x), y)  # noqa: E731
    step = nn.compile_step(loss_fn, model, (x, np.array([0, 2])))
    ignored = np.array([-100, -100])
    eager = loss_fn(nn.Tensor(x), ignored)
    assert np.isnan(eager.numpy())  # torch's 0/0
    eager.backward()
    assert not model.weight.grad.numpy().any()  # and torch's zero gradient
    model.zero_grad()
    assert np.isnan(step(x, ignored).numpy())
    assert not model.weight.grad.numpy().any()
