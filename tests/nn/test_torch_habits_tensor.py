"""PyTorch's tensor habits in tcomp.nn: view/view_as/reshape_as, expand/expand_as, repeat,
chunk/split, argmax/argmin, F.pad and conv1d / nn.Conv1d. Values against numpy, gradients by
float64 central differences, errors naming the argument; a torch comparison where torch is
installed."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from tcomp import nn
from tcomp.dsl.printer import topo_ops
from tcomp.errors import ArgumentValueError, AxisError, DSLShapeError, DSLTypeError
from tcomp.nn import builders, kernels, lazy
from tcomp.nn import functional as F
from tcomp.runtime import cuda as rt

sys.path.insert(0, os.path.dirname(__file__))
from nn_helpers import gradcheck

R = np.random.default_rng(7)


def rand(*shape):
    return R.standard_normal(shape)


# ----------------------------------------------------------------------------- view


def test_view_takes_torch_shape_forms_and_infers_minus_one() -> None:
    a = rand(3, 4)
    x = nn.tensor(a)
    for args, want in (((2, 6), (2, 6)), (((2, 6),), (2, 6)), (([4, -1],), (4, 3)),
                       ((-1,), (12,)), ((1, 3, -1, 1), (1, 3, 4, 1))):
        y = x.view(*args)
        assert y.shape == want
        np.testing.assert_array_equal(y.numpy(), a.reshape(want))
    assert F.view(x, 12).shape == (12,) and nn.tensor([5.0]).view(()).shape == ()
    assert x.view_as(nn.zeros(6, 2)).shape == (6, 2)
    assert x.reshape_as(np.zeros((2, 2, 3))).shape == (2, 2, 3)
    gradcheck(lambda t: t.view(2, -1) * 3.0, rand(3, 4))


def test_a_view_keeps_the_values_its_tensor_had() -> None:
    """tcomp has no in-place ops: rebinding a tensor's data (as optimizers do) leaves an
    earlier view as it was, where a torch view would follow."""
    x = nn.tensor(np.arange(6.0))
    y = x.view(2, 3)
    x.data = np.zeros(6)
    np.testing.assert_array_equal(y.numpy(), np.arange(6.0).reshape(2, 3))


@pytest.mark.parametrize("shape", [(5, -1), (-1, -1), (7, 2), (-2, 6), (0, -1)])
def test_view_refuses_a_shape_of_another_size(shape) -> None:
    with pytest.raises(DSLShapeError, match=r"view: shape \[.*\] is invalid for a tensor of "
                       r"shape \[3, 4\] \(12 elements\)"):
        nn.tensor(rand(3, 4)).view(*shape)
    with pytest.raises(DSLTypeError, match=r"view: shape must be ints, got float 2\.0"):
        nn.tensor(rand(3, 4)).view(2.0, 6)


# ----------------------------------------------------------------------------- expand, repeat


def test_expand_follows_torch_rules() -> None:
    a = rand(3, 1)
    x = nn.tensor(a)
    for sizes, want in (((3, 4), (3, 4)), ((2, -1, 5), (2, 3, 5)), (((2, 3, 1),), (2, 3, 1)),
                        (([-1, -1],), (3, 1))):
        y = x.expand(*sizes)
        assert y.shape == want
        np.testing.assert_array_equal(y.numpy(), np.broadcast_to(a, want))
    assert x.expand(-1, 1) is x
    np.testing.assert_array_equal(x.expand_as(nn.zeros(2, 3, 6)).numpy(),
                                  np.broadcast_to(a, (2, 3, 6)))
    i = nn.tensor(np.array([[1], [2]], np.int64)).expand(2, 3)
    assert i.dtype == np.int64 and i.tolist() == [[1, 1, 1], [2, 2, 2]]


@pytest.mark.parametrize("eager", [False, True])
def test_expand_gradient_sums_the_broadcast_dims(eager) -> None:
    with lazy.enabled(not eager):
        gradcheck(lambda t: t.expand(2, 3, 4) * 2.0, rand(3, 1))
        gradcheck(lambda t: F.expand(t, (4, -1)), rand(1, 3))
        gradcheck(lambda t, u: t.expand_as(u) * u, rand(1, 4), rand(3, 4))


def test_expand_feeding_elementwise_ops_fuses_into_their_kernel() -> None:
    x, y = nn.tensor(rand(3, 1)), nn.tensor(rand(3, 5))
    z = x.expand(3, 5) * y
    assert z.is_pending  # one fused kernel when read, no expanded copy first
    np.testing.assert_allclose(z.numpy(), x.numpy() * y.numpy())


@pytest.mark.parametrize("sizes", [(3, 8), (4,), (-1, -1, 4), (3, -2), (3, 0)])
def test_expand_errors_name_the_sizes(sizes) -> None:
    with pytest.raises(DSLShapeError, match=r"expand: .*sizes"):
        nn.tensor(rand(3, 4)).expand(*sizes)


def test_repeat_tiles_like_numpy_with_extra_leading_sizes() -> None:
    a = rand(2, 3)
    x = nn.tensor(a)
    for sizes in ((2, 1), (1, 3), (2, 1, 2), (3, 2, 2, 1)):
        np.testing.assert_array_equal(x.repeat(*sizes).numpy(), np.tile(a, sizes))
    np.testing.assert_array_equal(F.repeat(x, [2, 2]).numpy(), np.tile(a, (2, 2)))
    gradcheck(lambda t: t.repeat(2, 1, 3), rand(2, 3))
    with pytest.raises(DSLShapeError, match=r"repeat: 1 sizes \[2\] for a tensor of shape "
                       r"\[2, 3\]; give at least one size per dim"):
        x.repeat(2)
    for bad in ((2, -1), (0, 1)):
        with pytest.raises(DSLShapeError, match=r"repeat: sizes \[.*\] must be >= 1"):
            x.repeat(*bad)


# ----------------------------------------------------------------------------- chunk, split


def test_chunk_and_split_cut_as_torch() -> None:
    a = rand(7, 6)
    x = nn.tensor(a)
    lens = lambda ps, d: [p.shape[d] for p in ps]  # noqa: E731
    assert lens(x.chunk(4, dim=1), 1) == [2, 2, 2]  # fewer chunks when they run out
    assert lens(x.chunk(3), 0) == [3, 3, 1]
    assert lens(F.chunk(x, 10, -2), 0) == [1] * 7
    assert lens(x.split(3), 0) == [3, 3, 1] and lens(x.split(6, dim=-1), 1) == [6]
    parts = F.split(x, [1, 4, 2])
    assert isinstance(parts, tuple) and lens(parts, 0) == [1, 4, 2]
    for got, want in zip(parts, np.split(a, [1, 5]), strict=True):
        np.testing.assert_array_equal(got.numpy(), want)
    for got, want in zip(x.chunk(3, dim=1), np.split(a, 3, axis=1), strict=True):
        np.testing.assert_array_equal(got.numpy(), want)
    gradcheck(lambda t: t.chunk(3, dim=1), rand(2, 5))
    gradcheck(lambda t: tuple(p * float(k + 1) for k, p in enumerate(t.split([2, 1], -1))),
              rand(2, 3))


def test_chunk_and_split_errors_name_the_argument() -> None:
    x = nn.tensor(rand(7, 6))
    with pytest.raises(ArgumentValueError, match="chunk: chunks must be an int >= 1, got 0"):
        x.chunk(0)
    with pytest.raises(ArgumentValueError, match="split: split_size_or_sections must be an "
                       "int >= 1, got 0"):
        x.split(0)
    with pytest.raises(DSLShapeError, match=r"split: split_size_or_sections=\[2, 4\] sums to "
                       r"6, but dim 0 of the tensor \[7, 6\] has size 7"):
        x.split([2, 4])
    with pytest.raises(ArgumentValueError, match=r"split_size_or_sections\[1\] must be"):
        x.split([7, 0])
    with pytest.raises(AxisError, match="chunk: dim=2 is out of range"):
        x.chunk(2, dim=2)


# ----------------------------------------------------------------------------- argmax, argmin


def test_argmax_argmin_pick_the_first_index_and_return_int64() -> None:
    a = np.array([[1.0, 3.0, 3.0, 0.0], [2.0, -1.0, 5.0, -1.0], [4.0, 4.0, 1.0, 1.0]])
    x = nn.tensor(a, requires_grad=True)
    for dim in (0, 1, -1, -2):
        for keep in (False, True):
            got = x.argmax(dim=dim, keepdim=keep)
            assert got.dtype == np.int64 and not got.requires_grad
            np.testing.assert_array_equal(got.numpy(), np.argmax(a, dim, keepdims=keep))
            np.testing.assert_array_equal(F.argmin(x, dim, keep).numpy(),
                                          np.argmin(a, dim, keepdims=keep))
    assert x.argmax().shape == () and int(x.argmax()) == 6 and int(x.argmin()) == 5
    assert x.argmax(keepdim=True).shape == (1, 1)
    assert nn.tensor(rand(5)).argmax(0).shape == () and nn.tensor(3.0).argmin(dim=-1).item() == 0
    i = nn.tensor(np.array([[3, 1, 3, 1], [0, 7, 7, -2]], np.int32))
    assert i.argmax(1).tolist() == [0, 1] and i.argmin(1).tolist() == [1, 3]
    b = rand(2, 3, 5)
    np.testing.assert_array_equal(F.argmax(nn.tensor(b), dim=1).numpy(), b.argmax(1))


def test_argmax_argmin_take_the_first_nan_as_torch() -> None:
    a = np.array([[1.0, np.nan, 3.0, np.nan], [2.0, 5.0, 1.0, 0.0], [9.0, 1.0, 1.0, np.nan]])
    x = nn.tensor(a)
    assert x.argmax(1).tolist() == [1, 1, 3] and x.argmin(1).tolist() == [1, 3, 3]
    assert int(x.argmax()) == 1 and x.argmin(0).tolist() == [0, 0, 1, 0]


def test_argmax_errors() -> None:
    with pytest.raises(AxisError, match="argmax: dim=2 is out of range"):
        nn.tensor(rand(3, 4)).argmax(2)
    with pytest.raises(DSLTypeError, match="argmin: needs an integer or float tensor, got bool"):
        nn.tensor(np.array([True, False])).argmin()


# ----------------------------------------------------------------------------- pad


def test_constant_pad_takes_torch_pairs_last_dim_first() -> None:
    a = rand(2, 3, 4)
    x = nn.tensor(a)
    np.testing.assert_array_equal(F.pad(x, (1, 2)).numpy(),
                                  np.pad(a, ((0, 0), (0, 0), (1, 2))))
    np.testing.assert_array_equal(F.pad(x, [0, 1, 2, 0], value=-1.5).numpy(),
                                  np.pad(a, ((0, 0), (2, 0), (0, 1)), constant_values=-1.5))
    np.testing.assert_array_equal(F.pad(x, (1, -2, 0, 0, -1, 1)).numpy(),
                                  np.pad(a[1:, :, :2], ((0, 1), (0, 0), (1, 0))))
    assert F.pad(x, (0, 0)) is x
    i = nn.tensor(np.arange(3, dtype=np.int64))
    assert F.pad(i, (1, 1), value=7).tolist() == [7, 0, 1, 2, 7]
    gradcheck(lambda t: F.pad(t, (2, 1, -1, 1), value=0.5), rand(2, 3, 3))


@pytest.mark.parametrize("mode,np_mode", [("reflect", "reflect"), ("replicate", "edge"),
                                          ("circular", "wrap")])
def test_reflect_replicate_circular_pad_match_numpy(mode, np_mode) -> None:
    a = rand(2, 3, 4)
    x = nn.tensor(a)
    np.testing.assert_array_equal(F.pad(x, (2, 3), mode).numpy(),
                                  np.pad(a, ((0, 0), (0, 0), (2, 3)), np_mode))
    np.testing.assert_array_equal(F.pad(x, (1, 0, 2, 1), mode=mode).numpy(),
                                  np.pad(a, ((0, 0), (2, 1), (1, 0)), np_mode))
    if mode != "circular":  # reflect, replicate: the original's values, then crop
        np.testing.assert_array_equal(F.pad(x, (-1, 2), mode).numpy(),
                                      np.pad(a, ((0, 0), (0, 0), (0, 2)), np_mode)[..., 1:])
    else:  # circular wraps what the crop keeps, as torch
        np.testing.assert_array_equal(F.pad(x, (-1, 2), mode).numpy(),
                                      np.pad(a[..., 1:], ((0, 0), (0, 0), (0, 2)), np_mode))
    gradcheck(lambda t: F.pad(t, (2, 1, 1, 2), mode=mode), rand(1, 3, 4))


@pytest.mark.parametrize("mode", ["reflect", "circular"])
def test_reflect_and_circular_pad_gradients_read_the_adjoint_directly(mode) -> None:
    """Each side of the pad reads ``x`` at an affine index, so autodiff inverts it: no
    reduction. Read at a computed (select) index, the vjp scanned the whole output for every
    element (60 s for an (8, 16, 128, 128) reflect pad, against torch's 46 ms)."""
    a = np.zeros((2, 6), np.float32)
    g, _ = kernels.get_op("pad", builders.pad_dim, [a], (1, 2, 3, mode))._grad_dsl(0)
    assert not any(op.is_reduction for op in topo_ops(g) if hasattr(op, "body"))


def test_negative_pads_crop_as_torch() -> None:
    r = nn.tensor(np.arange(6.0).reshape(1, 6))
    assert F.pad(r, (3, -3), "reflect").tolist() == [[3, 2, 1, 0, 1, 2]]
    assert F.pad(r, (-5, 1), "reflect").tolist() == [[5, 4]]
    assert F.pad(r, (-4, 2), "replicate").tolist() == [[4, 5, 5, 5]]
    assert F.pad(r, (3, -2), "circular").tolist() == [[1, 2, 3, 0, 1, 2, 3]]
    assert F.pad(r, (-5, 1), "circular").tolist() == [[5, 5]]
    with pytest.raises(DSLShapeError, match="mode 'circular' pads dim 1 of size 6 by 3; at "
                       "most 2"):
        F.pad(r, (3, -4), "circular")


def test_pad_errors_name_the_argument() -> None:
    x = nn.tensor(rand(3, 4))
    with pytest.raises(ArgumentValueError, match="pad: mode must be one of constant, reflect, "
                       "replicate, circular, got 'symmetric'"):
        F.pad(x, (1, 1), mode="symmetric")
    with pytest.raises(DSLShapeError, match=r"pad: pad=\[1, 2, 3\] must hold \(before, after\) "
                       "pairs"):
        F.pad(x, (1, 2, 3))
    with pytest.raises(DSLShapeError, match=r"pad=\[1, 1, 1, 1, 1, 1\] must hold"):
        F.pad(x, (1,) * 6)
    with pytest.raises(DSLShapeError, match=r"crops the tensor \[3, 4\] below size 0"):
        F.pad(x, (-3, -2))
    with pytest.raises(DSLShapeError, match="mode 'reflect' pads dim 1 of size 4 by 4; at most 3"):
        F.pad(x, (4, 0), mode="reflect")
    with pytest.raises(DSLShapeError, match="mode 'circular' pads dim 1 of size 4 by 5; at most "
                       "4"):
        F.pad(x, (0, 5), mode="circular")
    with pytest.raises(DSLShapeError, match=r"mode 'replicate' pads the last 1, 2 or 3 dims .* "
                       r"pads 1 of the 1 dims"):
        F.pad(nn.tensor(rand(5)), (1, 1), mode="replicate")
    with pytest.raises(ArgumentValueError, match=r"mode 'reflect' takes no value=, got 2\.0"):
        F.pad(x, (1, 1), mode="reflect", value=2.0)
    with pytest.raises(DSLTypeError, match="pad: pad must be ints"):
        F.pad(x, (1.0, 1))


# ----------------------------------------------------------------------------- conv1d


def conv1d_ref(x, w, b=None, stride=1, padding=0, dilation=1, groups=1):
    """Direct numpy convolution over (N, C, L) with (O, C/groups, K) weights."""
    n, _, length = x.shape
    o, cg, k = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding)))
    lout = (length + 2 * padding - dilation * (k - 1) - 1) // stride + 1
    out = np.zeros((n, o, lout))
    for f in range(o):
        g = f // (o // groups)
        for t in range(lout):
            t0 = t * stride
            seg = xp[:, g * cg:(g + 1) * cg, t0:t0 + dilation * (k - 1) + 1:dilation]
            out[:, f, t] = (seg * w[f]).sum((1, 2))
    return out if b is None else out + b[None, :, None]


@pytest.mark.parametrize("kw", [{}, {"stride": 2}, {"padding": 2}, {"dilation": 2, "padding": 1},
                                {"groups": 2, "padding": (1,)}, {"stride": 3, "padding": 1}])
def test_conv1d_matches_a_direct_convolution(kw) -> None:
    x, w, b = rand(2, 4, 9), rand(6, 4 // kw.get("groups", 1), 3), rand(6)
    ref_kw = {**kw, "padding": (kw.get("padding", 0) if not isinstance(kw.get("padding"), tuple)
                                else kw["padding"][0])}
    np.testing.assert_allclose(F.conv1d(nn.tensor(x), nn.tensor(w), nn.tensor(b), **kw).numpy(),
                               conv1d_ref(x, w, b, **ref_kw), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(F.conv1d(nn.tensor(x[0]), nn.tensor(w), **kw).numpy(),
                               conv1d_ref(x[:1], w, **ref_kw)[0], rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("kw", [{"padding": 1}, {"stride": 2, "dilation": 2},
                                {"groups": 2, "padding": "same"}])
def test_conv1d_gradients(kw) -> None:
    g = kw.get("groups", 1)
    gradcheck(lambda x, w, b: F.conv1d(x, w, b, **kw), rand(2, 2, 7), rand(4, 2 // g, 3),
              rand(4))


def test_conv1d_same_and_valid_padding() -> None:
    x = rand(1, 2, 8)
    for k, d in ((3, 1), (4, 1), (2, 3)):  # an odd total pads one more after, as torch
        w = rand(3, 2, k)
        total = d * (k - 1)
        want = conv1d_ref(np.pad(x, ((0, 0), (0, 0), (total // 2, total - total // 2))), w,
                          dilation=d)
        got = F.conv1d(nn.tensor(x), nn.tensor(w), padding="same", dilation=d).numpy()
        assert got.shape == (1, 3, 8)
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)
    w = rand(3, 2, 3)
    np.testing.assert_allclose(F.conv1d(nn.tensor(x), nn.tensor(w), padding="valid").numpy(),
                               conv1d_ref(x, w), rtol=1e-12)


def test_conv2d_takes_height_width_pairs() -> None:
    x, w = nn.tensor(rand(1, 2, 5, 6)), nn.tensor(rand(3, 2, 3, 3))
    got = F.conv2d(x, w, stride=(1, 2), padding=(0, 1)).numpy()
    want = F.conv2d(F.pad(x, (1, 1)), w).numpy()[..., ::2]
    np.testing.assert_allclose(got, want, rtol=1e-12)
    gradcheck(lambda t, u: F.conv2d(t, u, stride=(2, 1), padding=(1, 0), dilation=(1, 2)),
              rand(1, 2, 5, 6), rand(2, 2, 2, 2))


def test_conv1d_module_init_and_seed() -> None:
    nn.manual_seed(3)
    m = nn.Conv1d(4, 6, 3, stride=2, padding=1, groups=2)
    assert m.weight.shape == (6, 2, 3) and m.bias.shape == (6,)
    bound = 1 / np.sqrt(2 * 3)  # torch's: fan_in = in_channels / groups * kernel_size
    for p in (m.weight, m.bias):
        assert np.abs(p.numpy()).max() <= bound and np.abs(p.numpy()).max() > 0.5 * bound
    nn.manual_seed(3)
    np.testing.assert_array_equal(nn.Conv1d(4, 6, 3, groups=2).weight.numpy(), m.weight.numpy())
    x = rand(2, 4, 9)
    np.testing.assert_allclose(m(nn.tensor(x.astype(np.float32))).numpy(),
                               conv1d_ref(x, m.weight.numpy().astype(np.float64),
                                          m.bias.numpy().astype(np.float64), 2, 1, 1, 2),
                               rtol=1e-5, atol=1e-5)
    assert nn.Conv1d(2, 3, (5,), bias=False, seed=0).bias is None
    assert [k for k, _ in m.named_parameters()] == ["weight", "bias"]


def test_conv1d_errors_name_the_argument() -> None:
    x, w = nn.tensor(rand(2, 4, 9)), nn.tensor(rand(6, 4, 3))
    with pytest.raises(DSLShapeError, match=r"conv1d: expects \(N, C, L\) input"):
        F.conv1d(nn.tensor(rand(2, 4, 9, 1)), w)
    with pytest.raises(DSLShapeError, match="don't match for groups=2"):
        F.conv1d(x, w, groups=2)
    with pytest.raises(ArgumentValueError, match="conv1d: stride must be an int >= 1, got 0"):
        F.conv1d(x, w, stride=0)
    with pytest.raises(ArgumentValueError, match="conv1d: padding must be an int >= 0, 'valid' "
                       "or 'same', got 'full'"):
        F.conv1d(x, w, padding="full")
    with pytest.raises(ArgumentValueError, match="padding='same' needs stride=1, got 2"):
        F.conv1d(x, w, padding="same", stride=2)
    with pytest.raises(DSLShapeError, match=r"conv1d: input length 9 .* shorter than the "
                       r"kernel's reach 11"):
        F.conv1d(x, nn.tensor(rand(6, 4, 11)))
    with pytest.raises(ArgumentValueError, match=r"Conv1d: in_channels \(3\) and out_channels "
                       r"\(4\) must be divisible by groups \(2\)"):
        nn.Conv1d(3, 4, 3, groups=2)
    with pytest.raises(ArgumentValueError, match="Conv1d: kernel_size must be an int >= 1"):
        nn.Conv1d(3, 4, 0)


# ----------------------------------------------------------------------------- cuda, torch


def test_habits_on_cuda_tensors_match_the_cpu() -> None:
    """On (emulated) cuda tensors the same ops run device kernels, gradients included."""
    rt.use_emulation(True)
    try:
        a, w = rand(1, 2, 5).astype(np.float32), rand(3, 2, 3).astype(np.float32)
        for dev in ("cpu", "cuda"):
            x = nn.Tensor(a, requires_grad=True)
            xd = x.to(dev)
            y = F.conv1d(F.pad(xd, (1, 1), mode="reflect"), nn.Tensor(w).to(dev))
            y = y + xd[:, :1, :1].expand(1, 3, 5) + sum(xd.chunk(2, dim=1)).repeat(1, 3, 1)
            y = y * xd.split([3, 2], dim=-1)[0].view(1, 6, 1)[:, :3]
            y.sum().backward()
            assert y.device == dev and xd.argmax(-1).device == dev
            res = (y.numpy(), x.grad.numpy(), xd.argmax(-1).numpy(), xd.argmin().numpy())
            if dev == "cpu":
                want = res
        for got, ref in zip(res, want, strict=True):
            np.testing.assert_allclose(got, ref, rtol=1e-5, atol=1e-5)
    finally:
        rt.use_emulation(None)  # type: ignore[arg-type]


def test_against_torch() -> None:
    torch = pytest.importorskip("torch")
    tf = torch.nn.functional
    a = rand(2, 4, 6)

    def both(fn_t, fn_n, arr=a):
        xt = torch.tensor(arr, requires_grad=True)
        xn = nn.Tensor(arr, requires_grad=True)
        yt, yn = fn_t(xt), fn_n(xn)
        yt, yn = (yt, yn) if isinstance(yt, tuple) else ((yt,), (yn,))
        assert [tuple(t.shape) for t in yt] == [n.shape for n in yn]
        for t, n in zip(yt, yn, strict=True):
            np.testing.assert_allclose(n.numpy(), t.detach().numpy(), rtol=1e-10, atol=1e-12)
        sum((t * (k + 1)).sum() for k, t in enumerate(yt)).backward()
        sum((n * float(k + 1)).sum() for k, n in enumerate(yn)).backward()
        np.testing.assert_allclose(xn.grad.numpy(), xt.grad.numpy(), rtol=1e-10, atol=1e-12)

    both(lambda t: t.view(4, -1, 3), lambda n: n.view(4, -1, 3))
    both(lambda t: t[:, :1].expand(3, 2, -1, 6), lambda n: n[:, :1].expand(3, 2, -1, 6))
    both(lambda t: t.repeat(2, 1, 1, 3), lambda n: n.repeat(2, 1, 1, 3))
    both(lambda t: t.chunk(3, dim=2), lambda n: n.chunk(3, dim=2))
    both(lambda t: t.split([1, 3], -2), lambda n: n.split([1, 3], -2))
    for mode in ("constant", "reflect", "replicate", "circular"):
        both(lambda t, m=mode: tf.pad(t, (2, -1, 1, 3), mode=m),
             lambda n, m=mode: F.pad(n, (2, -1, 1, 3), mode=m))
    w, b = rand(6, 2, 4), rand(6)  # an even kernel: an odd 'same' total
    for kw in ({"stride": 2, "padding": 1, "groups": 2}, {"padding": "same", "dilation": 3,
                                                          "groups": 2},
               {"padding": "same", "groups": 2}, {"padding": "valid", "groups": 2}):
        both(lambda t, kw=kw: tf.conv1d(t, torch.tensor(w), torch.tensor(b), **kw),
             lambda n, kw=kw: F.conv1d(n, nn.Tensor(w), nn.Tensor(b), **kw))
    ties = np.array([[1.0, 3.0, 3.0, np.nan, 0.0], [2.0, 2.0, -1.0, -1.0, 0.0]])
    for dim in (None, 0, 1, -1):
        for keep in (False, True):
            for name in ("argmax", "argmin"):
                want = getattr(torch.tensor(ties), name)(dim=dim, keepdim=keep)
                got = getattr(nn.tensor(ties), name)(dim=dim, keepdim=keep)
                assert got.shape == tuple(want.shape) and got.dtype == np.int64
                np.testing.assert_array_equal(got.numpy(), want.numpy())
    torch.manual_seed(0)
    tm = torch.nn.Conv1d(4, 6, 3, groups=2)
    m = nn.Conv1d(4, 6, 3, groups=2)
    assert m.weight.shape == tuple(tm.weight.shape)
    bound = float(tm.weight.detach().abs().max())  # drawn from the same U(-b, b), b = 1/sqrt(6)
    assert bound <= 1 / np.sqrt(6) and float(np.abs(m.weight.numpy()).max()) <= 1 / np.sqrt(6)
