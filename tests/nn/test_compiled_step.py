"""tcomp.nn.compile_step: a loss's forward and backward as one call, checked against the
eager step it replaces, and every setting it can't replay refused with a clear error."""

import numpy as np
import pytest

from tcomp import nn
from tcomp.errors import ArgumentShapeError, ArgumentValueError, ExportError, TcompError
from tcomp.nn import functional as F

RNG = np.random.default_rng(7)


def rand(shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def labels(n, c, seed=0):
    return np.random.default_rng(seed).integers(0, c, n)


class Block(nn.Module):
    """Attention with a residual (x is read twice: its adjoint is a sum of two), layer
    norm, a GELU MLP and a head on the mean over positions."""

    def __init__(self, d=16, heads=2):
        super().__init__()
        self.h = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v = (nn.Linear(d, d, seed=s) for s in (1, 2, 3))
        self.fc1, self.fc2 = nn.Linear(d, 2 * d, seed=4), nn.Linear(2 * d, d, seed=5)
        self.head = nn.Linear(d, 3, seed=6)

    def forward(self, x):
        b, t, d = x.shape
        h, dh = self.h, d // self.h
        z = self.ln1(x)

        def split(u):
            return u.reshape(b, t, h, dh).permute(0, 2, 1, 3).reshape(b * h, t, dh)
        o = F.scaled_dot_product_attention(split(self.q(z)), split(self.k(z)), split(self.v(z)))
        x = x + o.reshape(b, h, t, dh).permute(0, 2, 1, 3).reshape(b, t, d)
        x = x + self.fc2(F.gelu(self.fc1(self.ln2(x))))
        return self.head(F.mean(x, axis=1))


def mlp(seed=0):
    return nn.Sequential(nn.Linear(12, 20, seed=seed), nn.ReLU(), nn.Linear(20, 4, seed=seed + 1))


def xent(model):
    return lambda x, y: F.cross_entropy(model(x), y)


@pytest.mark.parametrize("make, xshape, classes", [(mlp, (6, 12), 4),
                                                    (Block, (3, 5, 16), 3)])
def test_adam_steps_follow_the_eager_steps(make, xshape, classes):
    eager, comp = make(), make()
    comp.load_state_dict(eager.state_dict())
    opts = nn.Adam(eager.parameters(), lr=1e-2), nn.Adam(comp.parameters(), lr=1e-2)
    step = nn.compile_step(xent(comp), comp, (rand(xshape), labels(xshape[0], classes)))
    for i in range(5):
        x, y = rand(xshape, 10 + i), labels(xshape[0], classes, 10 + i)
        opts[0].zero_grad()
        want = F.cross_entropy(eager(nn.Tensor(x)), y)
        want.backward()
        opts[1].zero_grad()
        got = step(x, y)
        assert not got.requires_grad and got.shape == ()
        np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-5)
        for (name, p), q in zip(eager.named_parameters(), comp.parameters(), strict=True):
            np.testing.assert_allclose(q.grad.numpy(), p.grad.numpy(), rtol=1e-4, atol=1e-6,
                                       err_msg=name)
        for o in opts:
            o.step()
    for p, q in zip(eager.parameters(), comp.parameters(), strict=True):
        np.testing.assert_allclose(q.numpy(), p.numpy(), rtol=1e-4, atol=1e-6)


def test_capsule_routing_and_the_margin_loss_compile():
    class Caps(nn.Module):
        def __init__(self):
            super().__init__()
            self.prim = nn.PrimaryCapsules(2, 2, 3, 3, seed=0)
            self.digit = nn.DigitCapsules(2 * 2 * 2, 3, 2, 4, iterations=2, seed=1)

        def forward(self, x):
            return self.digit(self.prim(x))
    model = Caps()
    loss_fn = lambda x, y: nn.margin_loss(model(x), y)  # noqa: E731
    x, y = rand((2, 2, 4, 4), 3), np.array([1, 0])
    step = nn.compile_step(loss_fn, model, (x, y))
    got = step(x, y)
    grads = [p.grad.numpy().copy() for p in model.parameters()]
    for p in model.parameters():
        p.grad = None
    want = loss_fn(nn.Tensor(x), y)
    want.backward()
    np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-5)
    for p, g in zip(model.parameters(), grads, strict=True):
        np.testing.assert_allclose(g, p.grad.numpy(), rtol=1e-4, atol=1e-7)
    with pytest.raises(TcompError, match="margin_loss: class id 2 is out of range"):
        step(x, np.array([2, 0]))


def test_gradients_add_up_without_zero_grad_as_backward_adds():
    model = mlp()
    x, y = rand((4, 12)), labels(4, 4)
    step = nn.compile_step(xent(model), model, (x, y))
    step(x, y)
    once = [p.grad.numpy().copy() for p in model.parameters()]
    step(x, y)
    for p, g in zip(model.parameters(), once, strict=True):
        np.testing.assert_allclose(p.grad.numpy(), 2 * g, rtol=1e-6)
    assert all(p.grad is not None for p in model.parameters())


def test_an_unused_or_frozen_parameter_gets_no_gradient():
    model = mlp()
    model[0].bias.requires_grad = False
    extra = nn.Linear(3, 3)
    model.extra = extra  # a parameter the loss never reaches
    x, y = rand((4, 12)), labels(4, 4)
    nn.compile_step(xent(model), model, (x, y))(x, y)
    assert model[0].bias.grad is None and extra.weight.grad is None
    assert model[0].weight.grad is not None


def test_a_class_id_out_of_range_is_an_error_at_the_call():
    model = mlp()
    x, y = rand((5, 12)), labels(5, 4)
    step = nn.compile_step(xent(model), model, (x, y))
    bad = y.copy()
    bad[3] = 4
    with pytest.raises(TcompError, match=r"cross_entropy: target 4 at \[3\] is out of range"):
        step(x, bad)
    assert all(p.grad is None for p in model.parameters())
    ignored = y.copy()
    ignored[1] = -100  # ignore_index: allowed
    step(x, ignored)


def test_an_embedding_index_out_of_range_is_an_error_at_the_call():
    emb = nn.Embedding(10, 4)
    model = nn.Sequential(emb)
    step = nn.compile_step(lambda i: F.sum(model(i) * model(i)), model,
                           (np.array([1, 2, 3]),))
    step(np.array([9, 0, 4]))
    with pytest.raises(TcompError, match="out of"):
        step(np.array([1, 10, 2]))


def test_the_parameters_are_read_as_they_are_at_each_call():
    model = mlp()
    x, y = rand((4, 12)), labels(4, 4)
    step = nn.compile_step(xent(model), model, (x, y))
    before = float(step(x, y).numpy())
    model[2].weight.data = np.zeros_like(model[2].weight.numpy())  # rebound, as optimizers do
    model[2].bias.data[...] = 0.0  # written in place
    assert float(step(x, y).numpy()) == pytest.approx(np.log(4.0), rel=1e-6) != before
    new = nn.Parameter(rand((4, 20), 3))
    model[2].weight = new  # replaced: its gradient goes to the new parameter
    for p in model.parameters():
        p.grad = None
    step(x, y)
    assert new.grad is not None and new.grad.shape == (4, 20)


def test_a_dropout_mask_or_numpy_on_a_weight_is_refused():
    x, y = rand((4, 12)), labels(4, 4)
    drop = nn.Sequential(nn.Linear(12, 20), nn.Dropout(0.5), nn.Linear(20, 4))
    with pytest.raises(ExportError, match="at random"):
        nn.compile_step(xent(drop), drop, (x, y))
    model = mlp()

    def numpy_on_weight(x, y):  # host arithmetic on a parameter: must not become a constant
        w = nn.Tensor(model[0].weight.numpy() * 2.0)
        return F.cross_entropy(model[2](F.relu(F.linear(x, w, model[0].bias))), y)
    with pytest.raises(ExportError, match="computed outside tcomp kernels"):
        nn.compile_step(numpy_on_weight, model, (x, y))
    assert all(p.grad is None for p in model.parameters())


def test_a_step_that_changes_the_model_is_refused_and_undone():
    bn = nn.BatchNorm1d(20)
    model = nn.Sequential(nn.Linear(12, 20), bn, nn.Linear(20, 4))
    mean = bn.running_mean.numpy().copy()
    x, y = rand((4, 12)), labels(4, 4)
    with pytest.raises(ExportError, match="running_mean"):
        nn.compile_step(xent(model), model, (x, y))
    np.testing.assert_array_equal(bn.running_mean.numpy(), mean)
    model.eval()  # running statistics read, not written: compiles
    nn.compile_step(xent(model), model, (x, y))(x, y)
    assert model[0].weight.grad is not None


def test_what_the_step_can_not_store_is_refused():
    model = mlp()
    x, y = rand((4, 12)), labels(4, 4)
    scale = nn.Tensor(np.float32(2.0), requires_grad=True)
    with pytest.raises(ExportError, match="not a parameter of Sequential"):
        nn.compile_step(lambda x, y: xent(model)(x, y) * scale, model, (x, y))
    with pytest.raises(ExportError, match=r"the loss has shape \[4, 4\]"):
        nn.compile_step(lambda x, y: model(x), model, (x, y))
    with pytest.raises(ExportError, match="returned a float"):
        nn.compile_step(lambda x, y: 1.0, model, (x, y))
    with nn.no_grad(), pytest.raises(ExportError, match="no_grad"):
        nn.compile_step(xent(model), model, (x, y))
    xg = nn.Tensor(x, requires_grad=True)  # its gradient would not be stored
    with pytest.raises(ExportError, match="an example input requires grad"):
        nn.compile_step(xent(model), model, (xg, y))
    with pytest.raises(ArgumentValueError, match="an input requires grad"):
        nn.compile_step(xent(model), model, (x, y))(xg, y)


def test_a_call_in_another_setting_is_an_error():
    model = mlp()
    x, y = rand((4, 12)), labels(4, 4)
    step = nn.compile_step(xent(model), model, (x, y))
    model.eval()
    with pytest.raises(ArgumentValueError, match="eval mode now, the step was compiled in "
                       "training mode"):
        step(x, y)
    model.train()
    with nn.no_grad(), pytest.raises(ArgumentValueError, match="inside no_grad"):
        step(x, y)
    model[0].weight.requires_grad = False
    with pytest.raises(ArgumentValueError, match=r"'0.weight' has requires_grad=False now"):
        step(x, y)
    model[0].weight.requires_grad = True
    with pytest.raises(ArgumentShapeError, match="compiled for"):
        step(rand((5, 12)), labels(5, 4))
    assert all(p.grad is None for p in model.parameters())


def test_max_shapes_compiles_a_plan_per_batch_size():
    model = mlp()
    step = nn.compile_step(xent(model), model, (rand((4, 12)), labels(4, 4)), max_shapes=2)
    for n in (4, 7, 4):
        x, y = rand((n, 12), n), labels(n, 4, n)
        for p in model.parameters():
            p.grad = None
        got = step(x, y)
        want = F.cross_entropy(model(nn.Tensor(x)), y)
        np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-6)
    assert len(step.shapes) == 2 and "2 of at most 2" in repr(step)


def test_inside_a_recording_each_kernel_is_timed_and_the_results_are_the_same():
    from tcomp.nn import kernels

    model = Block()
    x, y = rand((2, 5, 16)), labels(2, 3)
    step = nn.compile_step(xent(model), model, (x, y))
    want = step(x, y).numpy()
    grads = [p.grad.numpy().copy() for p in model.parameters()]
    for p in model.parameters():
        p.grad = None
    with kernels.recording() as uses:
        got = step(x, y).numpy()
    assert sum(u.calls for u in uses.values()) == len(step.kernels)
    assert all(u.seconds > 0 for u in uses.values())
    np.testing.assert_array_equal(got, want)
    for p, g in zip(model.parameters(), grads, strict=True):
        np.testing.assert_array_equal(p.grad.numpy(), g)
    with pytest.raises(RuntimeError, match="trace the model or loss function itself"), \
            kernels.recording([]):
        step(x, y)
