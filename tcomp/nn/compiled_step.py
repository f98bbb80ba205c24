"""``tcomp.nn.compile_step``: the forward and backward of a training step as one machine-code
call in this process (layer 9).

``compile_step(loss_fn, model, example)`` runs ``loss = loss_fn(*example)`` and
``loss.backward()`` twice under ``kernels.recording`` and lays the launches out as
``compile_inference`` does (``forward_trace``: every array found by its memory, one arena for
the intermediates, one generated function that calls the kernels in order). A call
``step(*inputs)`` then does what ``loss = loss_fn(*inputs); loss.backward()`` does, without
the Python of each op (the lazy graph, the tape, dispatch, allocation, checks): each
parameter's gradient is stored in its ``.grad``, or added to it as ``backward()`` adds, and
the loss comes back as a Tensor without a tape. The optimizer's update stays a separate call
(``opt.step()``), so its hyperparameters (the learning rate, Adam's step count) are read as
they are at each step.

What the plan promises, and how it keeps it:

- **What it can't see, it refuses.** The second trace runs on other inputs *and* other
  weights (every float parameter and buffer scaled at random), so an array the step computes
  outside tcomp kernels (numpy on the data or on a weight, a dropout mask drawn at random) is
  an ExportError naming the op that read it, not a constant frozen into the plan; so is a
  second run that launches other kernels (control flow on the values). A step that changes
  the model's state (rebinds a parameter or a buffer, as batch norm's running statistics in
  training mode) is refused too, its state restored. The plan is checked against both traced
  runs.
- **Weights are read live**, as ``compile_inference`` reads them: each call takes the array
  each parameter holds then (the optimizer's ``p.data = new`` is seen), after checking its
  shape, dtype and layout.
- **The traced setting holds**: each call checks that the modules' training flags, each
  parameter's ``requires_grad`` and the grad mode are as traced; otherwise an
  ArgumentValueError says what changed (compile the step again in the new setting).
- A gradient that reaches a tensor with ``requires_grad`` that is not a parameter of
  ``model`` is refused at compile time: the plan could not store it; so is an input that
  requires grad.
- What is neither an input nor a parameter or buffer of ``model`` and was the same in both
  traced runs (a tensor the loss function closes over, a causal mask) is a constant of the
  plan, copied when compiling: pass anything that changes between steps as an input.
- The plan keeps its arena (every intermediate of the forward and backward, laid out so
  that arrays whose lives don't meet share bytes) for as long as it lives.

Inside ``kernels.recording()`` (``nn.tune``, ``nn.kernel_profile``) a call runs the kernels
one by one, each timed as the kernel the trace launched, so tuning sees them; after
``kernels.clear_cache()`` (which ``nn.tune`` calls once it has records) the next call traces
the step again, on the kernels built now.

Inputs are checked as ``compile_inference`` checks them (shapes and dtypes as traced, or a
plan per shape up to ``max_shapes``). One call runs at a time per plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..errors import ArgumentValueError, ExportError
from . import batch, device, kernels
from .forward_trace import (
    Traced,
    as_arrays,
    model_state,
    other_input,
    perturbed_weights,
    traced,
    weights_swapped,
)
from .inference import CompiledInference, Plan
from .tensor import LEAF_ADJOINTS, Tensor, is_grad_enabled, make_result

WHO = "tcomp.nn.compile_step"


def _run_once(fn: Callable[..., Any], model: Any, arrays: list[np.ndarray],
              uses: dict[int, Any], params: list[Tensor], who: str
              ) -> tuple[Any, list[np.ndarray], list[Tensor], bool, list[int], list[Any]]:
    """``loss_fn`` and its backward once on ``arrays``, as ``forward_trace`` traces a forward:
    the launches, the output arrays (the loss, then each gradient), the input tensors, False
    (one loss), the indices in ``params`` of the parameters that got a gradient and the
    value checks it ran (``launch.value_check``). The parameters' ``.grad`` and the model's
    state are as before afterwards."""
    xs = [Tensor(a) for a in arrays]
    state = model_state(model)
    before = [(name, t, t.data) for name, t in state]
    grads = [p.grad for p in params]
    launches: list[Any] = []
    checks: list[Any] = []
    sink: dict[int, Any] = {}
    try:
        for p in params:
            p.grad = None
        LEAF_ADJOINTS[0], device.KERNEL_ADD[0] = sink, True
        with batch.dynamic_batch(False), kernels.recording(launches, checks) as used:
            loss = fn(*xs)
            if not isinstance(loss, Tensor):
                raise ExportError(f"{who}: the loss function returned a "
                                  f"{type(loss).__name__}; return the loss as a Tensor")
            if loss.size != 1 or not loss.requires_grad or loss.device != "cpu":
                why = ("has shape " + str(list(loss.shape)) + "; reduce it to one value"
                       if loss.size != 1 else "is on " + loss.device + "; move the model "
                       "to the cpu" if loss.device != "cpu" else "doesn't require grad: no "
                       "parameter of the model reaches it")
                raise ExportError(f"{who}: the loss {why}")
            loss.backward()
            value = loss.data
    finally:
        LEAF_ADJOINTS[0], device.KERNEL_ADD[0] = None, False
        for p, g in zip(params, grads, strict=True):
            p.grad = g
        changed = [name for name, t, a in before if t.data is not a]
        for _, t, a in before:
            t.data = a
    if changed:
        raise ExportError(f"{who}: the step changes the model's {changed[0]!r} (batch norm's "
                          "running statistics in training mode?); a compiled step can't "
                          "replay that: compile with the model in eval mode, or run this "
                          "model's steps uncompiled")
    uses.update(used)
    mine = {id(p): k for k, p in enumerate(params)}
    stray = [k for k in sink if k not in mine]
    if stray:
        raise ExportError(f"{who}: the loss reaches a tensor that requires grad but is not a "
                          f"parameter of {type(model).__name__}; a compiled step stores the "
                          "gradients of the model's parameters only: make it a Parameter of "
                          "the model, or detach it")
    got = sorted(mine[k] for k in sink)
    outs = [value]
    for k in got:
        g = sink[id(params[k])]
        if type(g) is not np.ndarray:
            raise ExportError(f"{who}: parameter {k}'s gradient is a {type(g).__name__}; "
                              "a compiled step runs on the cpu")
        outs.append(g if g.flags.c_contiguous else np.ascontiguousarray(g))
    return launches, outs, xs, False, got, checks


def trace_step(fn: Callable[..., Any], model: Any, example: Any, who: str
               ) -> tuple[Traced, list[Tensor], list[Any]]:
    """``fn`` and its backward traced twice (the second time on other inputs and with every
    float parameter and buffer scaled at random), the parameters whose gradients the traced
    outputs hold after the loss, in order, and the first run's value checks."""
    if not callable(fn):
        raise ExportError(f"{who}: the loss function is a {type(fn).__name__}; pass a "
                          "callable that takes the inputs and returns the loss")
    if not hasattr(model, "named_parameters"):
        raise ExportError(f"{who}: the model is a {type(model).__name__}, not a "
                          "tcomp.nn.Module")
    if not is_grad_enabled():
        raise ExportError(f"{who}: gradients are off (inside no_grad()); compile the step "
                          "where backward() could run")
    items = example if isinstance(example, (tuple, list)) else [example]
    if any(isinstance(x, Tensor) and x.requires_grad for x in items):
        raise ExportError(f"{who}: an example input requires grad; a compiled step gives "
                          "gradients to the model's parameters only: detach the input")
    arrays = as_arrays(example, who)
    params = [t for _, t in model_state(model) if t.requires_grad]
    uses: dict[int, Any] = {}
    first = _run_once(fn, model, arrays, uses, params, who)
    rng = np.random.default_rng(0)
    swaps = perturbed_weights(model, rng)
    with weights_swapped(swaps):
        other = _run_once(fn, model, [other_input(a, rng) for a in arrays], uses, params, who)
    if first[4] != other[4]:
        raise ExportError(f"{who}: the step gave gradients to other parameters for another "
                          "input of the same shape: which ones depends on the values")
    if not first[0]:
        raise ExportError(f"{who}: the step launched no kernel; there is nothing to compile")
    t = traced(model, first[:4], other[:4], uses, who)
    t.weights = [[], swaps]
    return t, [params[k] for k in first[4]], first[5]


class _StepPlan(Plan):
    """A compiled step at one set of input shapes: ``Plan`` plus where each gradient goes
    and the setting it was traced in."""

    def __init__(self, fn: Callable[..., Any], model: Any, example: list[Any],
                 names: list[str]) -> None:
        t, grads, checks = trace_step(fn, model, example, WHO)
        self.checks = []
        for a, check in checks:
            got = t.mem.find(a)
            if got is None or got[0].kind != "input" or got[1] or a.nbytes != got[0].nbytes:
                raise ExportError(f"{WHO}: the step checks the values of an array that is not "
                                  "one of its inputs (class ids computed inside the step?); a "
                                  "compiled step can run such a check on its inputs only: "
                                  "pass the array as an input")
            self.checks.append((got[0].index, a.shape, check))
        super().__init__(t, model, names, WHO, "step")
        entries = []
        for p in grads:
            got = t.mem.find(p.data)
            if got is None or got[0].tensor is not p:
                raise ExportError(f"{WHO}: a parameter of shape {list(p.shape)} shares its "
                                  "array with another; a compiled step needs each "
                                  "parameter's own array")
            entries.append(self.watched[id(got[0])])
        self.grad_entries = entries
        self.requires = [w[3].requires_grad for w in self.watch]
        self.mods = list(model.modules())  # the modules traced: their flags are checked
        self.modes = [m.training for m in self.mods]

    def run(self, xs: list[np.ndarray], out: Any) -> list[np.ndarray]:
        for i, shape, check in self.checks:  # what the ops checked on the host when traced
            check(xs[i].reshape(shape))
        return super().run(xs, out)


class CompiledStep(CompiledInference):
    """A loss function's forward and backward compiled to one call (see the module
    docstring). Call it with the loss function's inputs (Tensors or numpy arrays): the
    parameters' gradients are stored or accumulated as ``loss.backward()`` would, and the
    loss is returned as a Tensor without a tape."""

    who = WHO

    def __init__(self, fn: Callable[..., Any], model: Any, example: Any,
                 max_shapes: int = 1, input_names: Sequence[str] | None = None) -> None:
        self.fn = fn
        super().__init__(model, example, max_shapes, input_names)

    def _new_plan(self, example: list[Any]) -> Plan:
        return _StepPlan(self.fn, self.model, example, self.names)

    def __repr__(self) -> str:
        first = next(iter(self._plans.values()))
        return (f"<CompiledStep of {first.model}: forward and backward, {len(first.kernels)} "
                f"kernels in one call, {len(self._plans)} of at most {self.max_shapes} input "
                "shape(s)>")

    def __call__(self, *args: Any, **named: Any) -> Tensor:
        if not is_grad_enabled():
            raise ArgumentValueError(f"{WHO}: called inside no_grad(); the compiled step "
                                     "computes gradients: call it where backward() could run")
        modes = [m.training for m in self._last.mods]
        if modes != self._last.modes:
            mode = ("training" if modes[0] else "eval", "training" if self._last.modes[0]
                    else "eval")
            raise ArgumentValueError(f"{WHO}: the model is in {mode[0]} mode now, the step was "
                                     f"compiled in {mode[1]} mode (or a submodule's mode "
                                     "changed): compile it again in this mode")
        for x in (*args, *named.values()):
            if isinstance(x, Tensor) and x.requires_grad:
                raise ArgumentValueError(f"{WHO}: an input requires grad; a compiled step "
                                         "gives gradients to the model's parameters only "
                                         "(detach the input, or run this step uncompiled)")
        plan, outs = self._run(args, named, None)
        for w, flag in zip(plan.watch, plan.requires, strict=True):
            if w[3].requires_grad != flag:
                raise ArgumentValueError(
                    f"{WHO}: {plan.model}'s '{w[1]}' has requires_grad={not flag} now, "
                    f"{flag} when the step was compiled; compile it again (its gradients "
                    "were not stored)")
        for w, g in zip(plan.grad_entries, outs[1:], strict=True):
            p = w[3]
            if p.grad is None:
                p.grad = Tensor(g)
            else:
                p.grad.data = p.grad.data + g
        return make_result(outs[0], "compiled_step", (), None)  # type: ignore[arg-type]


def compile_step(loss_fn: Callable[..., Any], model: Any, example: Any, *,
                 max_shapes: int = 1, input_names: Sequence[str] | None = None
                 ) -> CompiledStep:
    """``loss_fn``'s forward and backward on inputs shaped like ``example`` as one call into
    machine code (see the module docstring for what it checks and refuses).

    ``step = compile_step(loss_fn, model, example)`` then ``loss = step(*inputs)`` does what
    ``loss = loss_fn(*inputs); loss.backward()`` does: each parameter of ``model`` that the
    loss reaches gets its gradient stored in (or added to) ``.grad``. Zero the gradients and
    run the optimizer as usual around it::

        step = nn.compile_step(lambda x, y: F.cross_entropy(model(x), y), model, (x, y))
        for x, y in loader:
            opt.zero_grad()
            loss = step(x, y)
            opt.step()

    Args:
        loss_fn: takes the inputs (Tensors) and returns the loss (a one-element Tensor),
            computed with tcomp.nn ops from ``model``'s parameters.
        model: the ``tcomp.nn.Module`` whose parameters get gradients, on the cpu, in the
            mode (training or eval) the steps will run in.
        example: the inputs (Tensors or numpy arrays), a tuple of them or one.
        max_shapes: how many input shapes the step may compile a plan for (1: the example's).
        input_names: the inputs' names, for keyword calls and messages.
    """
    return CompiledStep(loss_fn, model, example, max_shapes, input_names)


__all__ = ["CompiledStep", "compile_step", "trace_step"]
