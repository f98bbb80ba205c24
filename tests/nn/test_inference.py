"""tcomp.nn.compile_inference: the traced forward as one call in this process, equal to the
forward, checked per call, reading the weights live."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import tcomp.nn as nn
import tcomp.nn.functional as F
from tcomp.errors import (
    ArgumentShapeError,
    ArgumentTypeError,
    ArgumentValueError,
    ExportError,
    OutOfBoundsError,
)


def rand(shape: tuple[int, ...], seed: int, dtype: type = np.float32) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def mlp() -> nn.Module:
    nn.manual_seed(1)
    return nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 5))


def cnn() -> nn.Module:
    nn.manual_seed(2)
    return nn.Sequential(nn.Conv2d(3, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Dropout(0.5), nn.Flatten(),
                         nn.Linear(6 * 4 * 4, 10))


def forward(model: nn.Module, *xs: np.ndarray) -> np.ndarray:
    """The eval-mode forward, the training flag left as it was."""
    mode = model.training
    model.eval()
    try:
        with nn.no_grad():
            return model(*(nn.Tensor(x) for x in xs)).numpy().copy()
    finally:
        model.train(mode)


@pytest.mark.parametrize(("make", "shape"), [(mlp, (3, 12)), (cnn, (2, 3, 8, 8))])
def test_equals_the_eval_forward(make, shape):
    model = make()
    bn = [m for m in model.modules() if isinstance(m, nn.BatchNorm2d)]
    for m in bn:  # statistics that aren't the identity
        m.running_mean.data = rand((6,), 7) * 0.1
        m.running_var.data = 1 + np.abs(rand((6,), 8))
    assert model.training
    run = nn.compile_inference(model, rand(shape, 0))
    assert model.training  # traced in eval mode, the flag restored
    for seed in (1, 2):
        x = rand(shape, seed)
        y = run(x)
        assert isinstance(y, nn.Tensor) and not y.requires_grad
        np.testing.assert_allclose(y.numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
        np.testing.assert_array_equal(run(nn.Tensor(x)).numpy(), y.numpy())
    # still eval mode with the model training: dropout off, batch norm on its statistics
    np.testing.assert_array_equal(run(x).numpy(), forward(model, x))
    assert run(x).numpy() is not run(x).numpy()  # fresh outputs
    strided = np.asfortranarray(x)  # a non-contiguous input is copied
    np.testing.assert_array_equal(run(strided).numpy(), y.numpy())


def test_a_plan_runs_kernels_built_for_its_shapes():
    model = nn.Sequential(nn.Linear(12, 40), nn.ReLU(), nn.Linear(40, 5))
    for n in (3, 5):  # a second batch size: the nn layer's ops are batch families now
        forward(model, rand((n, 12), n))
    run = nn.compile_inference(model, rand((5, 12), 0))
    assert run.kernels and all(not k.func.dim_vars for k in run._last.kernels)
    np.testing.assert_allclose(run(rand((5, 12), 1)).numpy(), forward(model, rand((5, 12), 1)),
                               rtol=1e-5, atol=1e-6)


class Scaled(nn.Module):
    """Two inputs, two outputs (one a reshape), a constant built in the forward."""

    def __init__(self):
        super().__init__()
        nn.manual_seed(3)
        self.fc = nn.Linear(6, 6)

    def forward(self, x, z):
        scale = nn.Tensor(np.linspace(0.5, 2.0, 6, dtype=np.float32))
        h = F.relu(self.fc(x)) * scale
        h = self.fc(h) + z
        return h.reshape(3, 2, 2), F.relu(h)


def test_two_inputs_two_outputs_and_out_buffers():
    model = Scaled()
    run = nn.compile_inference(model, (rand((2, 6), 1), rand((2, 6), 2)))
    x, z = rand((2, 6), 3), rand((2, 6), 4)
    with nn.no_grad():
        r0, r1 = model(nn.Tensor(x), nn.Tensor(z))
    y0, y1 = run(x, z)
    np.testing.assert_allclose(y0.numpy(), r0.numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(y1.numpy(), r1.numpy(), rtol=1e-5, atol=1e-5)
    o0, o1 = np.zeros((3, 2, 2), np.float32), np.zeros((2, 6), np.float32)
    t0, t1 = run(x, z, out=(o0, o1))
    assert np.shares_memory(t0.numpy(), o0) and np.shares_memory(t1.numpy(), o1)
    np.testing.assert_array_equal(o0, y0.numpy())
    np.testing.assert_array_equal(o1, y1.numpy())
    with pytest.raises(ArgumentShapeError, match=r"out\[1\] is float32 \(3, 4\); output 1 is "
                       r"float32 \(2, 6\)"):
        run(x, z, out=(o0, np.zeros((3, 4), np.float32)))
    with pytest.raises(ArgumentTypeError, match=r"out= holds 1 array\(s\); Scaled.forward "
                       r"has 2 output\(s\)"):
        run(x, z, out=o0)
    with pytest.raises(ArgumentValueError, match=r"out\[1\] shares memory with input "
                       r"'input 0'"):
        run(x, z, out=(o0, x))
    with pytest.raises(ArgumentValueError, match=r"out\[1\] shares memory with weight "
                       r"'fc.weight'"):
        run(x, z, out=(o0, model.fc.weight.data[:2]))
    with pytest.raises(ArgumentValueError, match=r"out\[0\] must be C-contiguous, writeable"):
        run(x, z, out=(np.zeros((2, 2, 3), np.float32).transpose(2, 0, 1), o1))


def test_input_shape_and_dtype_errors_name_the_input():
    model = mlp()
    run = nn.compile_inference(model, rand((2, 12), 0))
    with pytest.raises(ArgumentTypeError, match=r"compile_inference: 'input 0' has dtype "
                       r"float64; the model was compiled for float32"):
        run(rand((2, 12), 1, np.float64))
    with pytest.raises(ArgumentShapeError, match=r"'input 0' has shape \(3, 12\); the model "
                       r"was compiled for \(2, 12\) \(1 of max_shapes=1\)"):
        run(rand((3, 12), 1))
    with pytest.raises(ArgumentShapeError, match=r"'input 0' has shape \(24,\), compiled "
                       r"for \(2, 12\): another rank"):
        run(rand((24,), 1))
    with pytest.raises(ArgumentTypeError, match=r"takes 1 input\(s\) \['input 0'\], got 2"):
        run(rand((2, 12), 1), rand((2, 12), 1))
    with pytest.raises(ArgumentTypeError, match=r"input 'x' is not an input of the model"):
        run(x=rand((2, 12), 1))
    # a plan per shape, up to max_shapes
    run = nn.compile_inference(model, rand((2, 12), 0), max_shapes=2)
    for shape in ((5, 12), (2, 12), (5, 12)):
        x = rand(shape, 3)
        np.testing.assert_allclose(run(x).numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
    assert [s[0][0] for s in run.shapes] == [(2, 12), (5, 12)]
    with pytest.raises(ArgumentShapeError, match=r"\(7, 12\); the model was compiled for "
                       r"\(2, 12\), \(5, 12\) \(2 of max_shapes=2\)"):
        run(rand((7, 12), 1))
    with pytest.raises(ArgumentValueError, match="max_shapes must be an int >= 1, got 0"):
        nn.compile_inference(model, rand((2, 12), 0), max_shapes=0)


def test_weight_updates_are_seen():
    model, x = mlp(), rand((4, 12), 5)
    run = nn.compile_inference(model, x)
    model[0].weight.data[...] *= 1.5  # in place
    np.testing.assert_allclose(run(x).numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
    target = nn.Tensor(rand((4, 5), 6))
    opt = nn.SGD(model.parameters(), lr=0.1)  # the optimizer assigns new arrays
    for _ in range(2):
        opt.zero_grad()
        F.mse_loss(model(nn.Tensor(x)), target).backward()
        opt.step()
        np.testing.assert_allclose(run(x).numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
    model[2].bias = nn.Parameter(rand((5,), 9))  # another Parameter object
    np.testing.assert_allclose(run(x).numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
    model[2].weight.data = rand((5, 33), 9)
    with pytest.raises(ArgumentShapeError, match=r"Sequential's '2.weight' is now float32 "
                       r"\(5, 33\), compiled for float32 \(5, 32\); compile the model again"):
        run(x)
    model[2].weight.data = np.asfortranarray(rand((5, 32), 9))
    with pytest.raises(ArgumentValueError, match=r"'2\.weight' is now a strided or misaligned"):
        run(x)
    model[2].weight = None
    with pytest.raises(ArgumentTypeError, match=r"'2\.weight' is now NoneType, not a Tensor"):
        run(x)


def test_frozen_weights_are_constants_and_what_they_alone_give_is_computed_once():
    model, x, x2 = mlp(), rand((4, 12), 5), rand((7, 12), 6)
    want, want2 = forward(model, x), forward(model, x2)
    live = nn.compile_inference(model, x)
    frozen = nn.compile_inference(model, x, freeze=True, max_shapes=3)
    assert "weights frozen" in repr(frozen) and "frozen" not in repr(live)
    np.testing.assert_allclose(frozen(x).numpy(), want, rtol=1e-5, atol=1e-6)
    # each Linear's weight was transposed when compiling: the plan runs the two GEMMs only
    assert live.kernels == ["linear_add_relu", "linear_add"]
    assert frozen.kernels == ["matmul_add_relu", "matmul_add"]
    model[0].weight.data[...] *= 1.5  # in place, then replaced by the optimizer
    opt = nn.SGD(model.parameters(), lr=0.1)
    opt.zero_grad()
    F.mse_loss(model(nn.Tensor(x)), nn.Tensor(rand((4, 5), 6))).backward()
    opt.step()
    model[2].bias = nn.Parameter(rand((5,), 9))
    np.testing.assert_allclose(live(x).numpy(), forward(model, x), rtol=1e-5, atol=1e-5)
    assert not np.allclose(forward(model, x), want, atol=1e-3)
    np.testing.assert_allclose(frozen(x).numpy(), want, rtol=1e-5, atol=1e-6)
    # a plan traced later, for another shape, holds the weights of compile time as well
    np.testing.assert_allclose(frozen(x2).numpy(), want2, rtol=1e-5, atol=1e-6)
    assert len(frozen.shapes) == 2
    model[2].bias = None  # the weights of compile time can't be put back for a new trace
    with pytest.raises(ArgumentTypeError, match=r"Sequential's '2\.bias' is no longer a tensor "
                       r"of the model; compile the model again"):
        frozen(rand((2, 12), 8))
    np.testing.assert_allclose(frozen(x).numpy(), want, rtol=1e-5, atol=1e-6)
    with pytest.raises(ArgumentTypeError, match=r"freeze must be True or False, got 1"):
        nn.compile_inference(model, x, freeze=1)


@pytest.mark.parametrize("freeze", [False, True])
def test_a_plain_callable_compiles_too(freeze):
    # a function of Tensors, not a Module: no weights (it used to fail on named_parameters)
    x = rand((3, 5), 4)
    run = nn.compile_inference(lambda t: F.relu(t) * 2.0, x, freeze=freeze)
    np.testing.assert_allclose(run(x).numpy(), np.maximum(x, 0) * 2.0, rtol=1e-6)


class WeightMath(nn.Module):
    def __init__(self, only_weights: bool = False):
        super().__init__()
        nn.manual_seed(3)
        self.fc = nn.Linear(6, 4)
        self.only_weights = only_weights

    def forward(self, x):
        w = F.exp(self.fc.weight) * 0.5  # reads a weight only: folded when frozen
        if self.only_weights:  # the output itself: nothing left to run, so nothing folds
            return w
        return F.linear(x, w.T.T, self.fc.bias)


@pytest.mark.parametrize("only_weights", [False, True])
def test_frozen_plans_fold_launches_that_read_only_constants(only_weights):
    model, x = WeightMath(only_weights), rand((3, 6), 7)
    want = forward(model, x)
    live = nn.compile_inference(model, x)
    frozen = nn.compile_inference(model, x, freeze=True)
    np.testing.assert_allclose(frozen(x).numpy(), want, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(live(x).numpy(), want, rtol=1e-5, atol=1e-6)
    if only_weights:
        assert frozen.kernels == live.kernels
    else:  # exp * 0.5 and the two transposes ran when compiling
        assert len(live.kernels) == 4 and frozen.kernels == ["linear_add"]
    model.fc.weight.data[...] = 0.0
    np.testing.assert_allclose(frozen(x).numpy(), want, rtol=1e-5, atol=1e-6)
    assert not np.allclose(live(x).numpy(), want, atol=1e-3)


class NumpyInside(nn.Module):
    def __init__(self):
        super().__init__()
        nn.manual_seed(4)
        self.fc1, self.fc2 = nn.Linear(4, 8), nn.Linear(8, 2)

    def forward(self, x):
        return self.fc2(nn.Tensor(np.tanh(self.fc1(x).numpy())))


class RandomMask(NumpyInside):
    def forward(self, x):
        mask = np.random.default_rng().random((2, 8)) > 0.5
        return self.fc2(self.fc1(x) * nn.Tensor(mask.astype(np.float32)))


class InPlaceNumpy(NumpyInside):
    def forward(self, x):
        h = self.fc1(x)
        h.numpy()[...] *= 2.0
        return self.fc2(h)


class NumpyOnWeight(NumpyInside):
    def forward(self, x):  # host arithmetic on a weight: stale once the weight changes
        w = nn.Tensor(self.fc1.weight.numpy() * 2.0)
        return self.fc2(F.linear(x, w, self.fc1.bias))


class Branchy(nn.Module):
    def forward(self, x):
        a = x.numpy()
        return F.relu(x) if a[0, 0] > a[0, 1] else x * 2.0


def test_refuses_forwards_that_are_not_functions_of_their_inputs(tmp_path):
    x = rand((2, 4), 15)
    with pytest.raises(ExportError, match=r"^tcomp.nn.compile_inference: input in0 of op "
                       r"'\w+' \(kernel 2 of the 2 launched\) is an array computed "
                       r"outside tcomp kernels"):
        nn.compile_inference(NumpyInside(), x)
    with pytest.raises(ExportError, match=r"outside tcomp kernels from the input \(numpy, or "
                       r"another library\) or at random"):
        nn.compile_inference(RandomMask(), x)
    with pytest.raises(ExportError, match=r"the compiled forward computes output 0 unlike "
                       r"InPlaceNumpy\.forward on the example input"):
        nn.compile_inference(InPlaceNumpy(), x)
    xb = np.array([[1.0, 0.0], [0.5, -1.0]], np.float32)
    with pytest.raises(ExportError, match=r"launched different kernels for another input of "
                       r"the same shape"):
        nn.compile_inference(Branchy(), xb)
    with pytest.raises(ExportError, match=r"example input 0 is a str"):
        nn.compile_inference(mlp(), "x")
    # the second run has other weights too: data computed from a weight is not a constant
    with pytest.raises(ExportError, match=r"input \w+ of op '\w+' \(kernel 1 of the 2 "
                       r"launched\) is an array computed outside tcomp kernels"):
        nn.compile_inference(NumpyOnWeight(), x)
    nn.export(NumpyOnWeight(), x, str(tmp_path / "w.so"))  # weights frozen: allowed there


class Embedded(nn.Module):
    def __init__(self):
        super().__init__()
        nn.manual_seed(6)
        self.emb, self.fc = nn.Embedding(10, 4), nn.Linear(4, 3)

    def forward(self, i):
        return self.fc(self.emb(i))


def test_integer_input_and_an_out_of_range_index():
    model = Embedded()
    run = nn.compile_inference(model, np.array([1, 2, 3], np.int64))
    i = np.array([0, 9, 7], np.int64)
    np.testing.assert_allclose(run(i).numpy(), forward(model, i), rtol=1e-5, atol=1e-5)
    with pytest.raises(OutOfBoundsError, match=r"kernel 'embedding': read of in0\[12, 0\] "
                       r"\(flat index 48\) is out of bounds: in0 has shape \(10, 4\)"):
        run(np.array([0, 12, 7], np.int64))
    np.testing.assert_allclose(run(i).numpy(), forward(model, i), rtol=1e-5, atol=1e-5)


def test_calls_from_threads_at_once():
    model = cnn()
    run = nn.compile_inference(model, rand((2, 3, 8, 8), 0))
    xs = [rand((2, 3, 8, 8), s) for s in range(4)]
    want = [forward(model, x) for x in xs]
    bad: list[int] = []

    def work(k: int) -> None:
        for _ in range(20):
            if not np.allclose(run(xs[k]).numpy(), want[k], rtol=1e-5, atol=1e-5):
                bad.append(k)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not bad
