"""Optimizers SGD (momentum, dampening, Nesterov), Adam and AdamW with PyTorch's parameter
groups and state dicts (layer 9).

A step is one compiled tcomp kernel per bucket: the parameters with a gradient that share a
dtype and the hyperparameters that shape the update (momentum or none, weight decay or none,
...). Per parameter, one elementwise pass reads the parameter, its gradient and its state once
and writes the new parameter and state as separate outputs. The hyperparameter values (lr,
betas, bias corrections) are an input, one row per parameter, so a scheduler changing ``lr``
every step, or groups with different ``lr``, reuse one compiled kernel.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any

import numpy as np

from ...dsl import ops as dsl
from ...errors import ArgumentShapeError, ArgumentTypeError, ArgumentValueError
from ...ir import expr as E
from ...runtime.memory import aligned, zeros
from .. import device as _dev
from .. import kernels
from ..serialization import load_state
from ..tensor import Tensor, shape_str


def _sgd(h: Any, k: int, flags: tuple[Any, ...], p: Any, g: Any, *buf: Any) -> list[Any]:
    """New param (and momentum buffer): row ``h[k]`` holds lr, momentum, 1 - dampening (1 on
    the first step: the buffer starts as the gradient, as torch's) and weight decay."""
    momentum, wd, nesterov, maximize = flags

    def body(*i: E.Var) -> tuple[E.Expr, ...]:
        gi = -g[i] if maximize else g[i]
        gi = gi + h[k, 3] * p[i] if wd else gi
        if not momentum:
            return (p[i] - h[k, 0] * gi,)
        b = h[k, 1] * buf[0][i] + h[k, 2] * gi
        return p[i] - h[k, 0] * (gi + h[k, 1] * b if nesterov else b), b
    return dsl.compute(tuple(int(d.value) for d in p.shape), body, name=f"sgd{k}")


def _adam(h: Any, k: int, flags: tuple[Any, ...], p: Any, g: Any, m: Any, v: Any
          ) -> list[Any]:
    """New ``[param, m, v]``; row ``h[k]``: lr, b1, 1 - b1, b2, 1 - b2, eps, weight decay,
    ``1 / (1 - b1^t)``, ``1 / (1 - b2^t)``, ``1 - lr * wd``. Decoupled weight decay (AdamW)
    shrinks the parameter by ``lr * wd`` of itself instead of joining the gradient."""
    wd, decoupled, maximize = flags

    def body(*i: E.Var) -> tuple[E.Expr, E.Expr, E.Expr]:
        gi = -g[i] if maximize else g[i]
        gi = gi + h[k, 6] * p[i] if wd and not decoupled else gi
        mi = h[k, 1] * m[i] + h[k, 2] * gi
        vi = h[k, 3] * v[i] + h[k, 4] * gi * gi
        base = p[i] * h[k, 9] if wd and decoupled else p[i]
        return base - h[k, 0] * (mi * h[k, 7]) / (dsl.sqrt(vi * h[k, 8]) + h[k, 5]), mi, vi
    return dsl.compute(tuple(int(d.value) for d in p.shape), body, name=f"adam{k}")


def _bucket(*args: Any) -> list[Any]:
    """The update of each parameter of a bucket: ``(*per-parameter arrays, h, rule, width,
    n, flags)``, ``width`` arrays (param, grad, state...) per parameter."""
    *arrs, h, rule, width, n, flags = args
    return [t for k in range(n) for t in rule(h, k, flags, *arrs[width * k:width * (k + 1)])]


def _on(arr: Any, p: Tensor) -> Any:
    """Optimizer state ``arr`` on parameter ``p``'s device (moved once after Module.to)."""
    if _dev.USED[0] and _dev.of(arr) != p.device:
        return _dev.move(arr, p.device)
    return arr


def _number(where: str, name: str, v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) \
            or not 0 <= v < math.inf:
        raise ArgumentValueError(f"{where}: {name} must be a finite number >= 0, got {v!r}")


class ParamState(MutableMapping[Tensor, dict[str, Any]]):
    """Per-parameter state keyed by the parameter itself, by identity (as torch's)."""

    def __init__(self) -> None:
        self._d: dict[int, tuple[Tensor, dict[str, Any]]] = {}

    def __getitem__(self, p: Tensor) -> dict[str, Any]:
        return self._d[id(p)][1]

    def __setitem__(self, p: Tensor, state: dict[str, Any]) -> None:
        self._d[id(p)] = (p, state)

    def of(self, p: Tensor) -> dict[str, Any]:
        """``p``'s state, made empty when it has none."""
        got = self._d.get(id(p))
        if got is None:
            got = self._d[id(p)] = (p, {})
        return got[1]

    def __delitem__(self, p: Tensor) -> None:
        del self._d[id(p)]

    def __iter__(self) -> Iterator[Tensor]:
        return (p for p, _ in self._d.values())

    def __len__(self) -> int:
        return len(self._d)


class Optimizer:
    """Base of the optimizers: ``param_groups`` (a list of dicts: ``"params"`` and every
    hyperparameter, read afresh by each ``step()``), per-parameter ``state``, ``zero_grad``
    and ``state_dict``/``load_state_dict`` in PyTorch's shape."""

    _state_keys: tuple[str, ...] = ()  # what load_state_dict accepts per parameter
    _rule: Any  # the update of one parameter (_sgd, _adam)

    def __init__(self, params: Any, defaults: dict[str, Any]):
        self.defaults = defaults
        self._check(type(self).__name__, defaults)
        if isinstance(params, Tensor) or not isinstance(params, Iterable):
            raise ArgumentTypeError(f"{type(self).__name__}: params must be an iterable of "
                                    f"Tensors or of dicts, got {type(params).__name__}")
        groups = list(params)
        if not groups:
            raise ArgumentValueError("optimizer got an empty parameter list; pass "
                                     "model.parameters() of a model that has parameters")
        self.param_groups: list[dict[str, Any]] = []
        self.state = ParamState()
        self._hyper: dict[Any, tuple[list[list[float]], Any]] = {}  # bucket -> last rows
        for g in groups if isinstance(groups[0], Mapping) else [{"params": groups}]:
            self.add_param_group(g)

    def add_param_group(self, group: Mapping[str, Any]) -> None:
        """Add a group: ``{"params": [...], **overrides}``; missing hyperparameters take the
        optimizer's defaults. A parameter can be in one group only."""
        name = f"{type(self).__name__}: param_groups[{len(self.param_groups)}]"
        if not isinstance(group, Mapping) or "params" not in group:
            raise ArgumentTypeError(f"{name} must be a dict with a 'params' entry, got "
                                    f"{type(group).__name__}")
        ps = group["params"]
        ps = [ps] if isinstance(ps, Tensor) else ps
        if isinstance(ps, (set, frozenset)) or not isinstance(ps, Iterable):
            raise ArgumentTypeError(f"{name}: 'params' must be an ordered collection of "
                                    f"Tensors (a list), got {type(ps).__name__}")
        ps = list(ps)
        for p in ps:
            if not isinstance(p, Tensor):
                raise ArgumentTypeError(f"{name}: optimizer can only optimize Tensors, but "
                                        f"one of the params is {type(p).__name__}")
            if not p.is_leaf:
                raise ArgumentValueError(f"{name}: can't optimize a non-leaf tensor (the "
                                         "result of an op); optimize the leaf it came from")
        owner = {id(q): n for n, g in enumerate(self.param_groups) for q in g["params"]}
        for k, p in enumerate(ps):
            if id(p) in owner:
                raise ArgumentValueError(f"{name}: params[{k}] is already in param_groups["
                                         f"{owner[id(p)]}]; a parameter belongs to one group, "
                                         "once")
            owner[id(p)] = len(self.param_groups)
        new = {**self.defaults, **{k: v for k, v in group.items() if k != "params"}}
        self._check(name, new)
        self.param_groups.append({"params": ps, **new})

    def __repr__(self) -> str:
        groups = "\n".join(f"Parameter Group {n}\n" + "".join(
            f"    {k}: {g[k]}\n" for k in sorted(g) if k != "params")
            for n, g in enumerate(self.param_groups))
        return f"{type(self).__name__} (\n{groups})"

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Drop every parameter's gradient (``set_to_none=False``: fill it with zeros)."""
        for g in self.param_groups:
            for p in g["params"]:
                if set_to_none or p.grad is None:
                    p.grad = None
                else:
                    p.grad.data = _on(np.zeros(p.grad.shape, p.grad.dtype), p.grad)

    # ------------------------------------------------------------------ the update
    def _check(self, where: str, group: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def _flags(self, group: Mapping[str, Any]) -> tuple[Any, ...]:
        raise NotImplementedError

    def _phase(self, state: dict[str, Any], fresh: bool) -> Any:
        """What besides the group the update of a parameter with ``state`` depends on
        (``fresh``: its state was just made); advances the state's step count."""
        raise NotImplementedError

    def _row(self, group: Mapping[str, Any], phase: Any) -> list[float]:
        """The hyperparameter row of the update of a parameter in ``phase``."""
        raise NotImplementedError

    def step(self) -> None:
        """Update every parameter that has a gradient, with its group's hyperparameters."""
        buckets: dict[tuple[Any, ...], list[tuple[Tensor, dict[str, Any]]]] = {}
        for n, g in enumerate(self.param_groups):
            self._check(f"{type(self).__name__}: param_groups[{n}]", g)
            flags = self._flags(g)
            for p in g["params"]:
                if p.grad is not None:
                    buckets.setdefault((p.dtype, flags), []).append((p, g))
        for (dt, flags), items in buckets.items():
            keys = self._keys(flags)
            rows, arrs, states = [], [], []
            memo: dict[tuple[int, Any], list[float]] = {}
            for p, g in items:
                st = self.state.of(p)
                fresh = bool(keys) and keys[0] not in st
                if fresh or _dev.USED[0]:
                    for key in keys:
                        st[key] = _on(st[key] if key in st else zeros(p.shape, dt), p)
                phase = self._phase(st, fresh)
                row = memo.get((id(g), phase))
                if row is None:
                    row = memo[id(g), phase] = self._row(g, phase)
                rows.append(row)
                arrs += (p.data, p.grad.data, *[st[key] for key in keys])  # type: ignore
                states.append(st)
            dev = _dev.common(type(self).__name__, [p for p, _ in items]) \
                if _dev.USED[0] else "cpu"
            arrs.append(self._hyperparameters((dt, flags, dev), rows))
            rule = self._rule
            op = kernels.get_op(rule.__name__[1:], _bucket, arrs,
                                (rule, 2 + len(keys), len(items), flags), dev)
            out = op.forward(arrs)
            out = out if isinstance(out, tuple) else (out,)
            width = 1 + len(keys)
            for k, ((p, _), st) in enumerate(zip(items, states, strict=True)):
                p.data = out[width * k]
                st.update(zip(keys, out[width * k + 1:width * (k + 1)], strict=True))

    def _keys(self, flags: tuple[Any, ...]) -> tuple[str, ...]:
        """The state arrays the update of a bucket with ``flags`` reads and writes."""
        return tuple(k for k in self._state_keys if k != "step")

    def _hyperparameters(self, key: tuple[Any, ...], rows: list[list[float]]) -> Any:
        """The rows as the kernel's input on the bucket's device (``key``: dtype, flags,
        device); the last step's array again when they are unchanged (no upload)."""
        last = self._hyper.get(key)
        if last is None or last[0] != rows:
            last = self._hyper[key] = (rows, _dev.move(np.array(rows, key[0]), key[2]))
        return last[1]

    # ------------------------------------------------------------------ state dicts
    def state_dict(self) -> dict[str, Any]:
        """``{"state": {index: {name: array}}, "param_groups": [{..., "params": [index]}]}``
        as PyTorch's: parameters numbered in group order, state only for parameters that
        have taken a step, arrays as numpy copies (a step count as a 0-d float32)."""
        index: dict[int, int] = {}
        groups = []
        for g in self.param_groups:
            ids = [index.setdefault(id(p), len(index)) for p in g["params"]]
            groups.append({**{k: v for k, v in g.items() if k != "params"}, "params": ids})
        state = {index[id(p)]: {k: _export(v) for k, v in st.items()}
                 for p, st in self.state.items() if id(p) in index}
        return {"state": dict(sorted(state.items())), "param_groups": groups}

    def load_state_dict(self, state_dict: Any) -> None:
        """Load a ``state_dict()`` (this optimizer's kind, the same groups with the same
        sizes), or a file ``save_state(opt.state_dict(), path)`` wrote: hyperparameters and
        per-parameter state, cast to each parameter's dtype and device. Any mismatch raises
        naming it, and leaves the optimizer unchanged."""
        name = f"{type(self).__name__}.load_state_dict"
        if isinstance(state_dict, str) or hasattr(state_dict, "__fspath__"):
            state_dict = load_state(state_dict)
        if not (isinstance(state_dict, Mapping) and set(state_dict) == {"state", "param_groups"}
                and isinstance(state_dict["state"], Mapping)
                and all(isinstance(s, Mapping) and "params" in s
                        for s in state_dict["param_groups"])):
            raise ArgumentValueError(f"{name}: expected an optimizer's state_dict(): a dict "
                                     "with the keys 'state' (a dict) and 'param_groups' (a "
                                     "list of dicts, each with 'params')")
        saved = list(state_dict["param_groups"])
        if len(saved) != len(self.param_groups):
            raise ArgumentValueError(f"{name}: the state has {len(saved)} parameter groups, "
                                     f"the optimizer {len(self.param_groups)}")
        params: dict[int, Tensor] = {}
        groups = []
        for n, (s, g) in enumerate(zip(saved, self.param_groups, strict=True)):
            if len(s["params"]) != len(g["params"]):
                raise ArgumentValueError(f"{name}: param_groups[{n}] has {len(s['params'])} "
                                         f"parameters in the state, {len(g['params'])} in "
                                         "the optimizer")
            params.update(zip((int(i) for i in s["params"]), g["params"], strict=True))
            new = {**g, **{k: v for k, v in s.items() if k != "params"}, "params": g["params"]}
            self._check(f"{name}: param_groups[{n}]", new)
            groups.append(new)
        if len(params) != sum(len(g["params"]) for g in groups):
            raise ArgumentValueError(f"{name}: the state's groups list a parameter index twice")
        state = ParamState()
        for idx, st in state_dict["state"].items():
            p = params.get(int(idx))
            if p is None:
                raise ArgumentValueError(f"{name}: state for parameter {idx}, which no group "
                                         "lists")
            state[p] = {k: self._import(f"{name}: state[{idx}]['{k}']", k, v, p)
                        for k, v in st.items()}
        self.param_groups[:] = groups
        self.state = state

    def _import(self, where: str, key: str, value: Any, p: Tensor) -> Any:
        """One state entry, checked against parameter ``p``, as the optimizer keeps it."""
        if key not in self._state_keys:
            raise ArgumentValueError(f"{where}: {type(self).__name__} has no state "
                                     f"'{key}' (a state of another optimizer?)")
        arr = np.asarray(value.numpy() if isinstance(value, Tensor) else value)
        if arr.dtype.kind not in "biuf":
            raise ArgumentValueError(f"{where}: expected numbers, got {value!r}")
        if key == "step":
            if arr.size != 1 or arr.item() < 0 or arr.item() != int(arr.item()):
                raise ArgumentValueError(f"{where}: a step count must be an integer >= 0, "
                                         f"got {value!r}")
            return int(arr.item())
        if arr.shape != p.shape:
            raise ArgumentShapeError(f"{where} has shape {shape_str(arr.shape)}, its "
                                     f"parameter {shape_str(p.shape)}")
        return _on(aligned(np.array(arr, p.dtype, copy=True)), p)


def _export(v: Any) -> np.ndarray:
    if isinstance(v, int):
        return np.array(v, np.float32)
    return np.array(v.numpy() if _dev.of(v) == "cuda" else v, copy=True)


class SGD(Optimizer):
    """``g = grad + wd * p; buf = momentum * buf + (1 - dampening) * g`` (the first step:
    ``buf = g``); ``p -= lr * buf``, or with ``nesterov`` ``p -= lr * (g + momentum * buf)``;
    ``maximize`` ascends. As PyTorch's ``torch.optim.SGD``."""

    _state_keys = ("momentum_buffer",)
    _rule = staticmethod(_sgd)

    def __init__(self, params: Any, lr: float = 0.01, momentum: float = 0.0,
                 dampening: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False,
                 *, maximize: bool = False):
        super().__init__(params, {"lr": lr, "momentum": momentum, "dampening": dampening,
                                  "weight_decay": weight_decay, "nesterov": nesterov,
                                  "maximize": maximize})

    def _check(self, where: str, group: Mapping[str, Any]) -> None:
        for k in ("lr", "momentum", "dampening", "weight_decay"):
            _number(where, k, group[k])
        if group["nesterov"] and (not group["momentum"] or group["dampening"]):
            raise ArgumentValueError(f"{where}: nesterov=True needs a momentum > 0 and zero "
                                     "dampening")

    def _flags(self, group: Mapping[str, Any]) -> tuple[Any, ...]:
        return (bool(group["momentum"]), bool(group["weight_decay"]), bool(group["nesterov"]),
                bool(group["maximize"]))

    def _keys(self, flags: tuple[Any, ...]) -> tuple[str, ...]:
        return self._state_keys if flags[0] else ()

    def _phase(self, state: dict[str, Any], fresh: bool) -> bool:
        return fresh

    def _row(self, group: Mapping[str, Any], phase: bool) -> list[float]:
        return [group["lr"], group["momentum"], 1.0 if phase else 1.0 - group["dampening"],
                group["weight_decay"]]


class Adam(Optimizer):
    """Adam (Kingma & Ba); ``weight_decay`` joins the gradient (L2), or with
    ``decoupled_weight_decay`` shrinks the parameter (AdamW); ``maximize`` ascends. As
    PyTorch's ``torch.optim.Adam``, without ``amsgrad``."""

    _state_keys = ("step", "exp_avg", "exp_avg_sq")
    _rule = staticmethod(_adam)

    def __init__(self, params: Any, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.0, *, maximize: bool = False,
                 decoupled_weight_decay: bool = False):
        super().__init__(params, {"lr": lr, "betas": betas, "eps": eps,
                                  "weight_decay": weight_decay, "maximize": maximize,
                                  "decoupled_weight_decay": decoupled_weight_decay})

    def _check(self, where: str, group: Mapping[str, Any]) -> None:
        for k in ("lr", "eps", "weight_decay"):
            _number(where, k, group[k])
        b = group["betas"]
        if not (isinstance(b, (tuple, list)) and len(b) == 2 and all(
                not isinstance(x, bool) and isinstance(x, (int, float)) and 0 <= x < 1
                for x in b)):
            raise ArgumentValueError(f"{where}: betas must be two numbers in [0, 1), got {b!r}")

    def _flags(self, group: Mapping[str, Any]) -> tuple[Any, ...]:
        return (bool(group["weight_decay"]), bool(group["decoupled_weight_decay"]),
                bool(group["maximize"]))

    def _phase(self, state: dict[str, Any], fresh: bool) -> int:
        state["step"] = state.get("step", 0) + 1
        return state["step"]

    def _row(self, group: Mapping[str, Any], t: int) -> list[float]:
        lr, (b1, b2), wd = group["lr"], group["betas"], group["weight_decay"]
        return [lr, b1, 1.0 - b1, b2, 1.0 - b2, group["eps"], wd, 1.0 / (1.0 - b1 ** t),
                1.0 / (1.0 - b2 ** t), 1.0 - lr * wd]


class AdamW(Adam):
    """Adam with decoupled weight decay (Loshchilov & Hutter): each step shrinks the
    parameters by ``lr * weight_decay`` of themselves, apart from the gradient's moments;
    PyTorch's default decay, 0.01."""

    def __init__(self, params: Any, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.01, *, maximize: bool = False):
        super().__init__(params, lr, betas, eps, weight_decay, maximize=maximize,
                         decoupled_weight_decay=True)


from . import lr_scheduler  # noqa: E402  (it imports Optimizer from here)

__all__ = ["SGD", "Adam", "AdamW", "Optimizer", "ParamState", "lr_scheduler"]
