"""Axis arguments of tcomp.nn are range-checked by one helper (tcomp.ops.axes), never wrapped:
an out-of-range or repeated axis is an AxisError (an IndexError as in PyTorch, a TcompError),
naming the op, the argument, the rank and the valid range. Index values out of range are
IndexErrors too; dtype mismatches TypeErrors, shape mismatches ValueErrors."""

from __future__ import annotations

import numpy as np
import pytest

import tcomp as tc
from tcomp import nn
from tcomp.errors import AxisError, TcompError, TensorIndexError
from tcomp.nn import forward_ad
from tcomp.nn import functional as F
from tcomp.ops.reduce import reduce, softmax_last, var

R = np.random.default_rng(3)


def t(*shape, dtype=np.float64):
    return nn.Tensor(R.standard_normal(shape).astype(dtype))


def axis_error(fn, pattern):
    with pytest.raises(IndexError, match=pattern) as info:
        fn()
    assert isinstance(info.value, AxisError) and isinstance(info.value, TcompError)
    assert isinstance(info.value, ValueError)  # numpy's AxisError is both, and so is ours
    return str(info.value)


RANGE_2D = r"2-d tensor of shape \[2, 3\] \(expected an axis in \[-2, 1\]"


@pytest.mark.parametrize("fn", [F.softmax, F.log_softmax])
@pytest.mark.parametrize("axis", [2, -3, 7])
def test_softmax_axis_out_of_range_is_refused_not_wrapped(fn, axis):
    x = t(2, 3)
    axis_error(lambda: fn(x, axis), rf"{fn.__name__}: axis={axis} is out of range for a "
                                    + RANGE_2D)


@pytest.mark.parametrize("fn", [F.softmax, F.log_softmax])
def test_softmax_valid_axes(fn):
    x = t(2, 3, 4)
    for axis in range(-3, 3):
        a = x.numpy()
        e = np.exp(a - a.max(axis=axis, keepdims=True))
        want = e / e.sum(axis=axis, keepdims=True)
        want = np.log(want) if fn is F.log_softmax else want
        np.testing.assert_allclose(fn(x, np.int64(axis)).numpy(), want, rtol=1e-10, atol=1e-12)


def test_zero_d_tensors_have_no_axes():
    s = nn.Tensor(np.float32(2.0))
    axis_error(lambda: F.softmax(s), r"softmax: axis=-1 is out of range: the tensor of shape "
                                     r"\[\] is 0-d and has no axes")
    axis_error(lambda: s.sum(axis=0), r"sum: axis=0 .*0-d")
    with pytest.raises(tc.DSLShapeError, match="layer_norm: the input is 0-d"):
        F.layer_norm(s, nn.Tensor(np.ones(1, np.float32)), nn.Tensor(np.zeros(1, np.float32)))
    with pytest.raises(tc.DSLShapeError, match="squash: the input is 0-d"):
        F.squash(s)
    with pytest.raises(TypeError, match=r"len\(\) of a 0-d tensor") as info:
        len(s)
    assert isinstance(info.value, TcompError)
    assert s.sum().item() == 2.0  # axis=None still reduces a 0-d tensor


@pytest.mark.parametrize("method", ["sum", "mean", "max", "var"])
def test_reductions(method):
    x = t(2, 3)
    f = getattr(x, method)
    axis_error(lambda: f(axis=2), rf"{method}: axis=2 is out of range for a " + RANGE_2D)
    axis_error(lambda: f(axis=(0, -3)), rf"{method}: axis\[1\]=-3 is out of range")
    axis_error(lambda: f(axis=(1, -1)), rf"{method}: axis=\[1, -1\] lists axis 1 twice")
    with pytest.raises(TypeError, match=rf"{method}: axis must be an integer axis, got float"):
        f(axis=1.0)
    with pytest.raises(TypeError, match="got the bool True"):
        f(axis=True)
    np.testing.assert_allclose(f(axis=(-1, 0)).numpy(), getattr(np, method)(x.numpy()))
    np.testing.assert_allclose(f(axis=np.array([0, 1])).numpy(), getattr(np, method)(x.numpy()))
    np.testing.assert_allclose(f(axis=-2).numpy(), getattr(np, method)(x.numpy(), axis=0))


def test_permute_and_transpose():
    x = t(2, 3)
    # before: permute took every axis modulo the rank, so [0, 5] ran as [0, 1]
    axis_error(lambda: F.permute(x, [0, 5]), r"permute: axes\[1\]=5 is out of range for a "
                                             + RANGE_2D)
    axis_error(lambda: x.permute(1, -1), r"permute: axes=\[1, -1\] lists axis 1 twice")
    with pytest.raises(tc.DSLShapeError, match=r"axes=\[0\] has 1 entries but the tensor"):
        x.permute(0)
    axis_error(lambda: x.transpose(0, 2), r"transpose: dim1=2 is out of range for a "
                                          + RANGE_2D)
    axis_error(lambda: x.transpose(-3, 0), r"transpose: dim0=-3")
    np.testing.assert_array_equal(x.permute(-1, 0).numpy(), x.numpy().T)
    np.testing.assert_array_equal(x.transpose(-1, -2).numpy(), x.numpy().T)
    np.testing.assert_array_equal(x.T.numpy(), x.numpy().T)


def test_concat_axis():
    x = t(2, 3)
    axis_error(lambda: F.concat([x, x], 2), r"concat: axis=2 is out of range for a " + RANGE_2D)
    axis_error(lambda: F.concat([x, x], -3), r"concat: axis=-3")
    np.testing.assert_array_equal(F.concat([x, x], -1).numpy(),
                                  np.concatenate([x.numpy()] * 2, -1))


def test_take_and_indexing():
    from tcomp.nn.indexing import take

    x = t(2, 3)
    axis_error(lambda: take(x, [0], axis=2), r"take: axis=2 is out of range for a " + RANGE_2D)
    for fn, pattern in [(lambda: x[0, 0, 0], r"too many indices \(3\)"),
                        (lambda: x[2], r"index 2 is out of range for axis 0 of size 2 "
                                       r"\(expected an index in \[-2, 1\]\)"),
                        (lambda: x[:, [0, 3]], r"index 3 is out of range for axis 1 of size 3"),
                        (lambda: take(x, [-4], axis=1), r"index -4 is out of range")]:
        with pytest.raises(IndexError, match=pattern) as info:
            fn()
        assert isinstance(info.value, TensorIndexError)


def test_embedding_and_cross_entropy_index_values():
    w = t(4, 3)
    with pytest.raises(IndexError, match=r"embedding: index 4 is out of range for a table of "
                                         r"4 rows \(expected indices in \[0, 3\]\)"):
        F.embedding(np.array([0, 4]), w)
    with pytest.raises(IndexError, match=r"embedding: index -1"):
        F.embedding(np.array([-1, 2]), w)
    with pytest.raises(IndexError, match=r"cross_entropy: target 5 at \[1\] is out of range for "
                                         r"5 classes \(expected class ids in \[0, 4\]"):
        F.cross_entropy(t(2, 5), np.array([1, 5]))


def test_dsl_layers_check_their_axes():
    X = tc.placeholder((2, 3), "float32", "X")
    axis_error(lambda: reduce(X, [2], "sum"), r"reduce 'red': axes\[0\]=2 is out of range "
                                                r"for a " + RANGE_2D)
    axis_error(lambda: var(X, [0, -2]), r"var 'var': axes=\[0, -2\] lists axis 0 twice")
    axis_error(lambda: softmax_last(tc.placeholder((), "float32", "S")), r"0-d")


def test_dtype_mismatch_is_a_type_error_and_shape_mismatch_a_value_error():
    x32, w64 = t(2, 3, dtype=np.float32), t(3)
    with pytest.raises(TypeError, match=r"layer_norm: dtypes differ: float32 \[2, 3\] and "
                                        r"float64 \[3\]"):
        F.layer_norm(x32, w64, w64)
    with pytest.raises(TypeError, match=r"add: dtypes differ"):
        x32 + t(2, 3)
    with pytest.raises(ValueError, match=r"don't broadcast"):
        t(2, 3) + t(4)
    with pytest.raises(TypeError, match=r"forward_ad.jvp: tangent 0 is float32\[2, 3\], primal "
                                        r"0 is float64\[2, 3\]") as info:
        forward_ad.jvp(softmax_last, [t(2, 3)], [t(2, 3, dtype=np.float32)])
    assert isinstance(info.value, TcompError)
    with pytest.raises(ValueError, match=r"forward_ad.jvp: tangent 0 is float64\[3, 2\]"):
        forward_ad.jvp(softmax_last, [t(2, 3)], [t(3, 2)])


def test_backward_and_device_argument_classes():
    x = nn.Tensor(np.ones((2, 3)), requires_grad=True)
    y = x * 2.0
    with pytest.raises(ValueError, match=r"backward\(\): gradient has shape \[3, 2\]") as info:
        y.backward(np.ones((3, 2)))
    assert isinstance(info.value, tc.TcompRuntimeError)
    with pytest.raises(ValueError, match="unknown device 'tpu'") as info:
        x.to("tpu")
    assert isinstance(info.value, tc.TcompRuntimeError)


def test_loader_optimizer_and_dropout_arguments_are_tcomp_value_errors():
    from tcomp.errors import ArgumentShapeError, ArgumentValueError

    cases = [(lambda: nn.TensorDataset(np.zeros(3), np.zeros(4)), ArgumentShapeError,
              r"TensorDataset: arrays have different lengths \[3, 4\]"),
             (lambda: nn.DataLoader(nn.TensorDataset(np.zeros(3)), batch_size=0),
              ArgumentValueError, "batch_size must be positive, got 0"),
             (lambda: nn.SGD([]), ArgumentValueError, "empty parameter list"),
             (lambda: nn.Dropout(1.0), ArgumentValueError, r"p must be in \[0, 1\), got 1.0")]
    for fn, cls, pattern in cases:
        with pytest.raises(ValueError, match=pattern) as info:
            fn()
        assert isinstance(info.value, cls) and isinstance(info.value, TcompError)
