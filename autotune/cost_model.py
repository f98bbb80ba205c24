"""Loop-nest features of lowered IR and the online cost model that ranks candidates (layer 8).

Features come from ``tc.lower(s, args, passes="all")``: trip counts, vector lanes, loop kinds,
loads per store, local buffer sizes, per store and summed. The model predicts log run time;
scikit-learn's gradient boosting when installed (the ``tune`` extra), else numpy ridge
regression on the same features.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

import tcomp as tc
from tcomp.ir import expr as E
from tcomp.ir import stmt as S
from tcomp.ir.visitor import children, walk

N_FEATURES = 16


def _extent(e: Any) -> float:
    return float(e.value) if isinstance(e, E.Const) else 64.0  # unknown: a typical tile


def ir_features(func: Any) -> np.ndarray:
    """A fixed-length feature vector of a lowered PrimFunc."""
    f = np.zeros(N_FEATURES)
    stores = vec_stores = 0
    trips_total = trips_vec = loads = 0.0
    max_depth = 0
    local_bytes = 0.0

    def visit(node: Any, trips: float, depth: int, par: bool) -> None:
        nonlocal stores, vec_stores, trips_total, trips_vec, loads, max_depth, local_bytes
        if isinstance(node, S.For):
            ext = _extent(node.extent)
            f[0] += 1
            if node.kind == S.ForKind.PARALLEL:
                f[1] += 1
                f[2] = max(f[2], math.log2(ext + 1))
            elif node.kind == S.ForKind.UNROLLED:
                f[3] += 1
            elif node.kind == S.ForKind.VECTORIZED:
                f[4] += 1
            visit(node.body, trips * ext, depth + 1, par or node.kind == S.ForKind.PARALLEL)
            return
        if isinstance(node, S.Allocate):
            size = math.prod(_extent(d) for d in node.buffer.shape) * node.buffer.dtype.bits / 8
            local_bytes += size
            visit(node.body, trips, depth, par)
            return
        if isinstance(node, S.Store):
            lanes = getattr(node.value.dtype, "lanes", 1)
            stores += 1
            max_depth = max(max_depth, depth)
            trips_total += trips
            if lanes > 1:
                vec_stores += 1
                trips_vec += trips * lanes
            loads += trips * sum(1 for n in walk(node.value) if isinstance(n, E.Load))
            return
        for child in children(node):
            if isinstance(child, S.Stmt):
                visit(child, trips, depth, par)

    visit(func.body, 1.0, 0, False)
    f[5] = math.log2(trips_total + 1)
    f[6] = math.log2(trips_vec + 1)
    f[7] = trips_vec / max(trips_total, 1.0)
    f[8] = stores
    f[9] = vec_stores
    f[10] = math.log2(loads + 1)
    f[11] = max_depth
    f[12] = math.log2(local_bytes + 1)
    f[13] = math.log2(sum(1 for _ in walk(func.body)) + 1)
    f[14] = loads / max(trips_total, 1.0)
    f[15] = float(f[1] > 0)
    return f


def schedule_features(s: tc.Schedule, args: list[tc.Tensor]) -> np.ndarray:
    return ir_features(tc.lower(s, args, passes="all"))


class CostModel:
    """Learns log(seconds) from feature vectors of measured candidates."""

    def __init__(self, kind: str = "auto", seed: int = 0) -> None:
        if kind == "auto":
            try:
                import sklearn  # noqa: F401

                kind = "gbm"
            except ImportError:
                kind = "ridge"
        if kind not in ("gbm", "ridge"):
            raise ValueError(f"cost model kind must be 'auto', 'gbm' or 'ridge', got {kind!r}")
        self.kind, self.seed = kind, seed
        self.X: list[np.ndarray] = []
        self.y: list[float] = []
        self._model: Any = None

    def update(self, feats: list[np.ndarray], seconds: list[float]) -> None:
        self.X.extend(feats)
        self.y.extend(math.log(max(t, 1e-9)) for t in seconds)
        if len(self.y) < 4:
            return
        X, y = np.array(self.X), np.array(self.y)
        if self.kind == "gbm":
            from sklearn.ensemble import GradientBoostingRegressor

            self._model = GradientBoostingRegressor(n_estimators=80, max_depth=3,
                                                    learning_rate=0.1, subsample=0.8,
                                                    random_state=self.seed).fit(X, y)
        else:
            mu, sd = X.mean(0), X.std(0) + 1e-9
            Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
            w = np.linalg.solve(Z.T @ Z + 1.0 * np.eye(Z.shape[1]), Z.T @ y)
            self._model = (mu, sd, w)

    @property
    def trained(self) -> bool:
        return self._model is not None

    def predict(self, feats: list[np.ndarray]) -> np.ndarray:
        """Predicted log seconds (lower is better); zeros before any training."""
        if not feats:
            return np.zeros(0)
        X = np.array(feats)
        if self._model is None:
            return np.zeros(len(X))
        if self.kind == "gbm":
            return self._model.predict(X)
        mu, sd, w = self._model
        return np.hstack([(X - mu) / sd, np.ones((len(X), 1))]) @ w


__all__ = ["N_FEATURES", "CostModel", "ir_features", "schedule_features"]
