"""An independent numpy computation of fuzz programs, with a sound error bound per element.

This does not use tcomp's evaluator or its numpy op tables: it implements the decided
semantics directly (two's-complement wrapping ints, floor ``//``/``%`` with ``x // 0 == x % 0
== 0``, ``INT_MIN // -1 == INT_MIN``, integer ``**`` modulo 2**bits, saturating float->int
casts, NaN-propagating min/max, IEEE floats).

Each value carries, per element, ``e``: a bound on how far any correct implementation may be
from this one (transcendentals are accurate to a few ulp, float sums may be evaluated in any
order, ``reassociate`` allows reassociation), ``u``: "uncertain", set where a discontinuous
operation (comparison, floor, cast to int, select) sees an input whose error interval
straddles its discontinuity, and ``p``: "poisoned", set where an out-of-range read took
place. Uncertain elements are not compared; a poisoned output element means the program
itself reads out of range (a fuzzer bug). Exact computations (``e`` is None) compare
bit for bit, NaN and inf positions included.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .program import TUPLE_REDUCERS, dim_value, kind, node_dtype, promote, stage_outputs
from .semantics import (
    COMPARE_FN,
    ProgramError,
    Val,
    cast,
    either,
    eps,
    finish,
    float_binary,
    float_unary,
    int_binary,
    np_dtype,
    terms,
    tiny,
    ulp,
    wrap_const,
)

# reduce axes per reduction (a convolution's three); the grids of a stage have rank nsp + MAXR
MAXR = 3


# ----------------------------------------------------------------------------- inputs


def make_inputs(prog: dict[str, Any]) -> dict[str, np.ndarray]:
    """The input arrays of a program, a pure function of the program (``input_seed``)."""
    rng = np.random.default_rng(int(prog.get("input_seed", 0)))
    out = {}
    for t in prog["inputs"]:
        shape = tuple(dim_value(prog, d) for d in t["shape"])
        f, dt = t["fill"], t["dtype"]
        if f["kind"] == "bool":
            a = rng.integers(0, 2, shape).astype(bool)
        elif f["kind"] == "index":
            a = rng.integers(0, dim_value(prog, f["hi"]), shape).astype(dt)
        elif f["kind"] == "int":
            a = rng.integers(f["lo"], f["hi"], shape).astype(dt)
            if f.get("special"):
                info = np.iinfo(np_dtype(dt))
                sp = np.array([info.min, info.max, info.min + 1, 0, -1], dt)
                m = rng.random(shape) < f["special"]
                a = np.where(m, rng.choice(sp, shape), a).astype(dt)
        else:
            a = (rng.integers(-16, 17, shape) / 8.0 if f.get("grid")
                 else rng.uniform(-2.0, 2.0, shape)).astype(dt)
            if f.get("special"):
                big = 3e38 if dt == "float32" else 1e300
                tiny = 1e-40 if dt == "float32" else 1e-310
                sp = np.array([np.nan, np.inf, -np.inf, big, -big, tiny, -0.0], dt)
                m = rng.random(shape) < f["special"]
                a = np.where(m, rng.choice(sp, shape), a).astype(dt)
        out[t["name"]] = np.array(a, order="C")
    return out


# ----------------------------------------------------------------------------- programs


class Reference:
    """Computes every tensor of ``prog`` from ``inputs``; ``reassoc`` widens float bounds
    for ``s.reassociate()`` schedules."""

    def __init__(self, prog: dict[str, Any], inputs: dict[str, np.ndarray],
                 reassoc: bool = False) -> None:
        self.prog = prog
        self.reassoc = reassoc
        self.types = {t["name"]: t["dtype"] for t in prog["inputs"]}
        self.vals: dict[str, Val] = {k: Val(v) for k, v in inputs.items()}
        with np.errstate(all="ignore"):
            for st in prog["stages"]:
                self.stage(st)

    def outputs(self) -> list[Val]:
        return [self.vals[o] for o in self.prog["outputs"]]

    def ty(self, n: list[Any]) -> str:
        return node_dtype(n, self.types)

    def stage(self, st: dict[str, Any]) -> None:
        shape = [dim_value(self.prog, d) for d in st["shape"]]
        nsp = len(shape)
        rank = nsp + MAXR
        grids = []
        for d, n in enumerate(shape):
            g = [1] * rank
            g[d] = n
            grids.append(np.arange(n, dtype=np.int64).reshape(g))
        body = st["body"]
        if "expr" in body:
            res = [self.ev(body["expr"], grids, [])]
            dts = [self.ty(body["expr"])]
        else:
            res = self.reduce(body["reduce"], grids, nsp)
            dts = [self.ty(s) for s in body["reduce"]["src"]]
            if body["reduce"]["reducer"] not in TUPLE_REDUCERS:
                res, dts = res[:1], dts[:1]
        full = tuple(shape) + (1,) * MAXR
        for name, r, dt in zip(stage_outputs(st), res, dts, strict=True):
            def fit(a: Any, fill: Any = None) -> Any:
                if a is None:
                    return None
                return np.array(np.broadcast_to(a, full).reshape(shape))  # a C-contiguous copy
            self.vals[name] = Val(fit(r.v).astype(np_dtype(dt)), fit(r.e), fit(r.u), fit(r.p), r.m)
            self.types[name] = dt

    # ------------------------------------------------------------------ expressions
    def ev(self, n: list[Any], grids: list[Any], rgrids: list[Any]) -> Val:
        tag = n[0]
        if tag == "c":
            return Val(wrap_const(n[1], n[2]))
        if tag == "ax":
            return Val(grids[n[1]])
        if tag == "rk":
            return Val(rgrids[n[1]])
        if tag == "dim":
            return Val(np.asarray(int(self.prog["dims"][n[1]]), np.int64))
        if tag == "ld":
            return self.load(n, grids, rgrids)
        if tag == "cast":
            return cast(self.ev(n[2], grids, rgrids), self.ty(n[2]), n[1])
        if tag == "sel":
            c = self.ev(n[1], grids, rgrids)
            t_dt = promote(self.ty(n[2]), self.ty(n[3]))
            t = cast(self.ev(n[2], grids, rgrids), self.ty(n[2]), t_dt)
            f = cast(self.ev(n[3], grids, rgrids), self.ty(n[3]), t_dt)
            cv = c.v
            e = None if t.e is None and f.e is None else \
                np.where(cv, 0.0 if t.e is None else t.e, 0.0 if f.e is None else f.e)
            pick = lambda x, y: None if x is None and y is None else np.where(  # noqa: E731
                cv, False if x is None else x, False if y is None else y)
            v = np.where(cv, t.v, f.v).astype(np_dtype(t_dt))
            return Val(v, e, either(c.u, pick(t.u, f.u)), either(c.p, pick(t.p, f.p)),
                       m=t.m or f.m)
        if tag == "un":
            dt = self.ty(n)
            a = self.ev(n[2], grids, rgrids)
            if n[1] == "not":
                return Val(np.logical_not(a.v), None, a.u, a.p)
            if kind(dt) == "f":
                res = float_unary(n[1], a, dt)
                if n[1] == "neg":
                    res.t = a.t
                return res
            v = np.negative(a.v) if n[1] == "neg" else np.abs(a.v)
            return Val(np.asarray(v).astype(dt), None, a.u, a.p)
        if tag == "bin":
            return self.binary(n, grids, rgrids)
        if tag == "red":
            return self.reduce(n[1], grids, len(grids))[0]
        raise ValueError(f"unknown node {n!r}")

    def binary(self, n: list[Any], grids: list[Any], rgrids: list[Any]) -> Val:
        op = n[1]
        da, db = self.ty(n[2]), self.ty(n[3])
        t = promote(da, db)
        a = cast(self.ev(n[2], grids, rgrids), da, t)
        b = cast(self.ev(n[3], grids, rgrids), db, t)
        u, p = either(a.u, b.u), either(a.p, b.p)
        if op in ("and", "or"):
            f = np.logical_and if op == "and" else np.logical_or
            return Val(f(a.v, b.v), None, u, p)
        if op in COMPARE_FN:
            res = Val(COMPARE_FN[op](a.v, b.v), None, u, p)
            if a.e is not None or b.e is not None:
                diff = np.abs(np.asarray(a.v).astype(np.float64) - np.asarray(b.v))
                tol = (0.0 if a.e is None else a.e) + (0.0 if b.e is None else b.e)
                res.u = either(res.u, diff <= tol)
            return res
        if kind(t) == "f":
            res = float_binary(op, a, b, t, self.reassoc)
            if self.reassoc and op in ("add", "sub"):
                # Regrouped, a partial sum of the terms may overflow where this order's
                # doesn't (or the reverse): 3e38 + (3e38 - 3e38) in float32.
                res.t = terms(a) + terms(b)
                fmax = float(np.finfo(np_dtype(t)).max)
                res.u = either(res.u, res.t * (1 + 64 * eps(t)) >= fmax)
            return res
        return Val(int_binary(op, a, b, t), None, u, p)

    def load(self, n: list[Any], grids: list[Any], rgrids: list[Any]) -> Val:
        src = self.vals[n[1]]
        shape = src.v.shape
        idx, u, p = [], None, None
        for d, i_node in enumerate(n[2]):
            iv = self.ev(i_node, grids, rgrids)
            u, p = either(u, iv.u), either(p, iv.p)
            ix = np.asarray(iv.v).astype(np.int64)
            oob = (ix < 0) | (ix >= shape[d])
            if oob.any():
                p = either(p, oob)
            idx.append(np.clip(ix, 0, max(shape[d] - 1, 0)))
        key = tuple(idx)
        take = lambda a: None if a is None else a[key]  # noqa: E731
        return Val(src.v[key], take(src.e), either(take(src.u), u), either(take(src.p), p), src.m)

    # ------------------------------------------------------------------ reductions
    def reduce(self, red: dict[str, Any], grids: list[Any], nsp: int) -> list[Val]:
        rank = nsp + MAXR
        rgrids, ext = [], []
        for q, (lo, hi) in enumerate(red["axes"]):
            lo, hi = int(lo), dim_value(self.prog, hi)
            g = [1] * rank
            g[nsp + q] = max(hi - lo, 0)
            rgrids.append(np.arange(lo, max(hi, lo), dtype=np.int64).reshape(g))
            ext.append(max(hi - lo, 0))
        axes = tuple(range(nsp, nsp + len(ext)))
        full = np.broadcast_shapes(*(np.shape(g) for g in grids + rgrids), (1,) * rank)
        mask = np.ones(full, bool)
        u = p = None
        if red.get("where") is not None:
            w = self.ev(red["where"], grids, rgrids)
            mask = np.broadcast_to(w.v, full)
            u = None if w.u is None else np.broadcast_to(w.u, full).any(axis=axes, keepdims=True)
            p = None if w.p is None else np.broadcast_to(w.p, full).any(axis=axes, keepdims=True)
        srcs = [self.ev(s, grids, rgrids) for s in red["src"]]
        dts = [self.ty(s) for s in red["src"]]
        for s in srcs:
            if s.u is not None:
                u = either(u, (np.broadcast_to(s.u, full) & mask).any(axis=axes, keepdims=True))
            if s.p is not None:
                p = either(p, (np.broadcast_to(s.p, full) & mask).any(axis=axes, keepdims=True))
        name = red["reducer"]
        if name in TUPLE_REDUCERS:
            return self.arg_reduce(name, srcs, dts, mask, full, axes, u, p)
        x, dt = srcs[0], dts[0]
        xv = np.broadcast_to(x.v, full)
        xe = None if x.e is None else np.where(mask, np.broadcast_to(x.e, full), 0.0)
        kw = {"axis": axes, "keepdims": True}
        e: Any = None
        if name in ("max", "min"):
            worst = _identity(name, dt)
            v = (np.max if name == "max" else np.min)(np.where(mask, xv, worst), initial=worst,
                                                      **kw)
            if xe is not None:
                e = xe.max(initial=0.0, **kw)
        elif kind(dt) != "f":
            acc = np.where(mask, xv, 0 if name == "sum" else 1).astype(np.int64)
            if name == "sum":
                v = acc.sum(**kw)
            elif name == "prod":
                v = acc.prod(**kw)
            else:  # mulsum: (1 + x)(1 + y) - 1
                v = (np.where(mask, xv.astype(np.int64) + 1, 1)).prod(**kw) - 1
            v = v.astype(dt)
        else:
            x64 = xv.astype(np.float64)
            cnt = mask.sum(**kw)
            fin = mask & np.isfinite(x64)
            fmax, fmin = float(np.finfo(np_dtype(dt)).max), float(np.finfo(np_dtype(dt)).tiny)
            with np.errstate(all="ignore"):
                if name == "sum":
                    v64 = np.where(mask, x64, 0.0).sum(**kw)
                    v = v64.astype(dt)
                    mag = np.where(mask, np.abs(x64), 0.0).sum(**kw)
                    e = (cnt + 1) * eps(dt) * mag + ulp(v, dt) + tiny(dt)
                    if xe is not None:
                        e = e + xe.sum(**kw)
                    # A partial sum (in some order) may overflow to +-inf although the whole
                    # doesn't: 3e38 + 3e38 - 3e38 in float32. |partial| <= sum of |finite x|;
                    # reassociated, of the terms of each x's own sum (acc + a + b).
                    if self.reassoc and x.t is not None:
                        part = np.where(mask, np.broadcast_to(x.t, full), 0.0).sum(**kw)
                    else:
                        part = np.where(fin, np.abs(x64), 0.0).sum(**kw)
                    if xe is not None:
                        part = part + xe.sum(**kw)
                    unsure = part * (1 + (cnt + 2) * eps(dt)) >= fmax
                else:  # prod
                    v = np.where(mask, x64, 1.0).prod(**kw).astype(dt)
                    ax_ = np.where(mask, np.abs(x64), 1.0)
                    up = np.where(mask, np.abs(x64) + (0.0 if xe is None else xe), 1.0)
                    grow = (1 + 2 * eps(dt)) ** (cnt + 1)
                    e = up.prod(**kw) * grow - ax_.prod(**kw) + ulp(v, dt) + tiny(dt)
                    # A partial product may overflow, or fall below the normal range (losing
                    # precision, or to 0) and be multiplied up again afterwards.
                    a = np.where(fin, up, 1.0)
                    big = np.maximum(a, 1.0).prod(**kw) * grow
                    small = np.where(fin & (x64 != 0), np.minimum(a, 1.0), 1.0).prod(**kw)
                    unsure = (big >= fmax) | ((small < fmin) & (big > 1.0))
            u = either(u, unsure)
        return [finish(Val(np.asarray(v), e, u, p), dt)]

    def arg_reduce(self, name: str, srcs: list[Val], dts: list[str], mask: Any, full: Any,
                   axes: tuple[int, ...], u: Any, p: Any) -> list[Val]:
        """argmax/argmin with ties to the smaller index; the identity (-1, worst value)
        takes part (so an all-worst or empty reduction gives index -1)."""
        idx = np.broadcast_to(srcs[0].v, full).astype(np.int64)
        val = np.broadcast_to(srcs[1].v, full)
        worst = _identity("max" if name == "argmax" else "min", dts[1])
        kw = {"axis": axes, "keepdims": True}
        masked = np.where(mask, val, worst)
        best = (np.max if name == "argmax" else np.min)(masked, initial=worst, **kw)
        cand = mask & (masked == best)
        big = np.iinfo(np.int64).max
        bi = np.where(cand, idx, big).min(initial=big, **kw)
        bi = np.where((best == worst) | (bi == big), -1, bi)
        e = None
        if kind(dts[1]) == "f":
            nan = (mask & np.isnan(val)).any(**kw)
            u = either(u, nan)
            if srcs[1].e is not None:
                ev = np.where(mask, np.broadcast_to(srcs[1].e, full), 0.0)
                e = ev.max(initial=0.0, **kw)
                sign = 1 if name == "argmax" else -1
                close = mask & (masked != best) & (sign * (masked - best) >= -2 * e)
                u = either(u, close.any(**kw))
        return [Val(bi.astype(dts[0]), None, u, p),
                finish(Val(best.astype(dts[1]), e, u, p), dts[1])]


def _identity(name: str, dt: str) -> Any:
    if kind(dt) == "f":
        return np.asarray(-np.inf if name == "max" else np.inf, np_dtype(dt))
    if dt == "bool":
        return np.asarray(name != "max")
    info = np.iinfo(np_dtype(dt))
    return np.asarray(info.min if name == "max" else info.max, np_dtype(dt))


# ----------------------------------------------------------------------------- comparison


def compare(actual: Any, ref: Val, dt: str, what: str) -> str | None:
    """None when ``actual`` agrees with ``ref`` on every certain element, else a message."""
    act = np.asarray(actual)
    if act.shape != ref.v.shape:
        return f"{what}: shape {act.shape} != expected {ref.v.shape}"
    if act.dtype != np_dtype(dt):
        return f"{what}: dtype {act.dtype} != expected {dt}"
    if ref.p is not None and ref.p.any():
        raise ProgramError(f"{what}: the program reads out of range at "
                           f"{tuple(int(i) for i in np.argwhere(ref.p)[0])}")
    certain = np.ones(act.shape, bool) if ref.u is None else ~ref.u
    if kind(dt) != "f":
        bad = certain & (act != ref.v)
    else:
        a64, r64 = act.astype(np.float64), ref.v.astype(np.float64)
        with np.errstate(all="ignore"):
            both_nan = np.isnan(a64) & np.isnan(r64)
            tol = 0.0 if ref.e is None else ref.e
            diff = np.where(a64 == r64, 0.0, np.abs(a64 - r64))  # inf == inf: no inf - inf
            ok = both_nan | (diff <= tol)
        bad = certain & ~ok
    if not bad.any():
        return None
    first = tuple(int(i) for i in np.argwhere(bad)[0])
    bound = "exact" if ref.e is None or kind(dt) != "f" else f"bound {float(ref.e[first]):.3g}"
    return (f"{what}: {int(bad.sum())} of {act.size} elements differ ({dt}, {bound}); first "
            f"at {first}: got {act[first]!r}, expected {ref.v[first]!r}")


__all__ = ["ProgramError", "Reference", "Val", "cast", "compare", "make_inputs"]
