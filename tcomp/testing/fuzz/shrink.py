"""Shrink a failing case to a small one that still fails the same way, and print it as a
standalone Python repro.

``shrink(prog, steps, fails_same)`` is greedy: it tries smaller candidates (schedule
steps dropped, outputs dropped, subtrees replaced by constants or by their own children,
reductions simplified, dims made smaller, symbolic dims made constant, inputs made plainer) and
keeps each one for which ``fails_same(prog, steps)`` is true, until no candidate is
kept or the time is up. ``fails_same`` normally replays the candidate in a worker process
(``pool.Pool``), so candidates that crash or hang are safe to try.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from .program import (
    TUPLE_REDUCERS,
    children,
    clone,
    concretize_dim,
    get_at,
    kind,
    node_dtype,
    prune,
    set_at,
    stage_outputs,
    stage_roots,
    tensor_dtypes,
    walk_paths,
)
from .render import py_name, to_source
from .schedules import reassociates, schedule_source

Candidate = tuple[dict[str, Any], list[dict[str, Any]]]


def size(prog: dict[str, Any], steps: list[dict[str, Any]]) -> int:
    """What shrinking lowers: expression nodes, stages, schedule steps, extents, symbolic
    dims, and inputs that are not plain (special values, wide ranges)."""
    def ext(d: Any) -> int:
        return int(prog["dims"][d]) + 1 if isinstance(d, str) else int(d)

    n = len(steps) + 4 * len(prog["stages"]) + len(prog["outputs"]) + len(prog["dims"])
    for st in prog["stages"]:
        n += sum(ext(d) for d in st["shape"])
        for _, root in stage_roots(st):
            for _, node in walk_paths(root):
                n += 1
                if node[0] == "red":
                    n += sum(ext(hi) - int(lo) for lo, hi in node[1]["axes"])
        if "reduce" in st["body"]:
            red = st["body"]["reduce"]
            n += sum(ext(hi) + int(lo) for lo, hi in red["axes"]) + (red["reducer"] != "sum")
    for t in prog["inputs"]:
        n += sum(ext(d) for d in t["shape"])
        f = t["fill"]
        n += bool(f.get("special")) + (f["kind"] == "float" and not f.get("grid")) + \
            (f["kind"] == "int" and (f["lo"], f["hi"]) != (-3, 4))
    return n


def _renamed(step: dict[str, Any], stage: str, old: dict[str, str]) -> dict[str, Any]:
    """``step`` with loops of ``stage`` renamed by prefix (``i0.inner.x`` -> ``i0.x``)."""
    def ren(name: str) -> str:
        for o, n in old.items():
            if name == o or name.startswith(o + "."):
                return n + name[len(o):]
        return name

    out = dict(step)
    if step.get("st") == stage and step["p"] not in ("cache_write", "rfactor"):
        for k in ("ax", "x", "y"):
            if k in out:
                out[k] = ren(out[k])
        if "axes" in out:
            out["axes"] = [ren(a) for a in out["axes"]]
    if step["p"] == "compute_at" and step["parent"] == stage:
        out["ax"] = ren(out["ax"])
    return out


def _step_candidates(prog: dict, steps: list[dict]) -> Iterator[Candidate]:
    if steps:
        yield prog, []
    for i in range(len(steps) - 1, -1, -1):
        rest = steps[i + 1:]
        st = steps[i]
        if st["p"] == "auto":  # back to the heuristic's choice, one knob at a time
            for k in st["config"]:
                if not k.startswith("reassoc:"):  # named: they say how to compare
                    cfg = {kk: v for kk, v in st["config"].items() if kk != k}
                    yield prog, [*steps[:i], dict(st, config=cfg), *rest]
        # Dropping a split/fuse renames the loops it made back to their parent, so later
        # steps on them still apply (e.g. split + vectorize(inner) -> vectorize(parent)).
        if st["p"] == "split":
            a = st["ax"]
            for keep in (".inner", ".outer"):
                yield prog, steps[:i] + [_renamed(x, st["st"], {a + keep: a}) for x in rest]
        elif st["p"] == "fuse":
            a, b = st["axes"]
            yield prog, steps[:i] + [_renamed(x, st["st"], {f"{a}.{b}.fused": a})
                                     for x in rest]
        yield prog, steps[:i] + rest


def _leaves_for(n: list[Any], dt: str, types: dict[str, str]) -> list[list[Any]]:
    """Smaller replacements of node ``n`` of type ``dt``: constants, then its children of
    the same type."""
    out: list[list[Any]] = []
    for c in children(n):
        sub = get_at(n, c)
        if node_dtype(sub, types) == dt:
            out.append(sub)
    if dt == "bool":
        out += [["c", False, dt], ["c", True, dt]]
    else:
        zero, one = (0.0, 1.0) if kind(dt) == "f" else (0, 1)
        out += [["c", zero, dt], ["c", one, dt]]
    return [o for o in out if o != n]


def _node_candidates(prog: dict, steps: list[dict]) -> Iterator[Candidate]:
    types = tensor_dtypes(prog)
    for si, st in enumerate(prog["stages"]):
        for rpath, root in stage_roots(st):
            for path, n in list(walk_paths(root)):
                if n[0] == "c" and (n[1] in (0, 1, False, True, 0.0, 1.0)):
                    continue
                if path and path[-2:-1] == (2,) and get_at(root, path[:-2])[0] == "ld":
                    # an index: replace by 0 only (a constant index is always in range)
                    repl = [["c", 0, "int64"]] if n != ["c", 0, "int64"] else []
                else:
                    repl = _leaves_for(n, node_dtype(n, types), types)
                for r in repl:
                    p = clone(prog)
                    set_at(p["stages"][si], rpath + path, clone(r))
                    yield prune(p), steps


def _reduce_candidates(prog: dict, steps: list[dict]) -> Iterator[Candidate]:
    for si, st in enumerate(prog["stages"]):
        reds = []
        if "reduce" in st["body"]:
            reds.append(("body", "reduce"))
        for rpath, root in stage_roots(st):
            reds += [rpath + path + (1,) for path, n in walk_paths(root) if n[0] == "red"]
        for rp in reds:
            red = get_at(st, rp)
            if red.get("where") is not None:
                p = clone(prog)
                get_at(p["stages"][si], rp)["where"] = None
                yield prune(p), steps
            for q, (lo, hi) in enumerate(red["axes"]):
                if isinstance(hi, int) and hi - lo > 1:
                    for new in (lo + 1, lo + (hi - lo) // 2):
                        p = clone(prog)
                        get_at(p["stages"][si], rp)["axes"][q] = [lo, new]
                        yield p, steps
                if lo > 0:
                    p = clone(prog)
                    get_at(p["stages"][si], rp)["axes"][q] = [0, hi if isinstance(hi, str)
                                                              else hi - lo]
                    yield p, steps
            if red["reducer"] not in TUPLE_REDUCERS and red["reducer"] != "sum":
                p = clone(prog)
                get_at(p["stages"][si], rp)["reducer"] = "sum"
                yield p, steps
        if "reduce" in st["body"] and len(stage_outputs(st)) == 1:
            dt = node_dtype(st["body"]["reduce"]["src"][0], tensor_dtypes(prog))
            p = clone(prog)
            p["stages"][si]["body"] = {"expr": ["c", 1 if kind(dt) != "f" else 1.0, dt]}
            yield prune(p), steps


def _shape_candidates(prog: dict, steps: list[dict]) -> Iterator[Candidate]:
    for d in list(prog["dims"]):
        yield concretize_dim(clone(prog), d), steps
        v = int(prog["dims"][d])
        for new in (1, v // 2, v - 1):
            if 1 <= new < v:
                p = clone(prog)
                p["dims"][d] = new
                yield p, steps
    for group in ("stages", "inputs"):
        for ti, t in enumerate(prog[group]):
            for q, ext in enumerate(t["shape"]):
                if isinstance(ext, int):
                    for new in (1, ext // 2, ext - 1):
                        if 1 <= new < ext:
                            p = clone(prog)
                            p[group][ti]["shape"][q] = new
                            yield p, steps
    for ti, t in enumerate(prog["inputs"]):
        f = t["fill"]
        plain = dict(f)
        if f.get("special"):
            plain["special"] = 0.0
        if f["kind"] == "int" and (f["lo"], f["hi"]) != (-3, 4):
            plain.update(lo=-3, hi=4)
        if f["kind"] == "float" and not f.get("grid"):
            plain["grid"] = True
        if plain != f:
            p = clone(prog)
            p["inputs"][ti]["fill"] = plain
            yield p, steps


def _output_candidates(prog: dict, steps: list[dict]) -> Iterator[Candidate]:
    if len(prog["outputs"]) > 1:
        for o in prog["outputs"]:
            p = clone(prog)
            p["outputs"] = [o]
            yield prune(p), steps


PASSES = (_step_candidates, _output_candidates, _node_candidates, _reduce_candidates,
          _shape_candidates)


def shrink(prog: dict[str, Any], steps: list[dict[str, Any]],
           fails_same: Callable[[dict, list[dict]], bool], seconds: float = 60.0,
           log: Callable[[str], None] | None = None) -> tuple[dict, list[dict], int]:
    """The smallest (program, steps) found that still ``fails_same``; and the number of
    candidates tried."""
    stop = time.monotonic() + seconds
    tried = 0
    best = (prog, steps)
    progress = True
    while progress and time.monotonic() < stop:
        progress = False
        for gen in PASSES:
            for cand in gen(*best):
                if time.monotonic() > stop:
                    return best[0], best[1], tried
                if size(*cand) >= size(*best):
                    continue
                tried += 1
                if fails_same(*cand):
                    best = cand
                    progress = True
                    if log:
                        log(f"  shrunk to size {size(*best)} ({gen.__name__[1:]})")
                    break
            if progress:
                break
    return best[0], best[1], tried


# ----------------------------------------------------------------------------- repro


def _literal(a: np.ndarray) -> str:
    body = repr(a.tolist())
    return f'np.array({body}, dtype="{a.dtype.name}")'


def repro_source(prog: dict[str, Any], steps: list[dict[str, Any]], opts: dict[str, Any],
                 fail: dict[str, Any], origin: str = "") -> str:
    """A standalone Python script reproducing ``fail`` (a failure record of ``prog`` under
    ``steps``), with the inputs, and for wrong results the expected values, as literals."""
    from .reference import Reference, make_inputs

    cls = fail["cls"]
    msg = "\n".join("# " + line for line in str(fail.get("msg", "")).splitlines()[:12])
    lines = [f"# tcomp fuzz repro: {cls}", msg]
    if origin:
        lines.append(f"# found by: {origin}")
    lines += ["import numpy as np", "import tcomp as tc", "",
              'nan, inf = float("nan"), float("inf")', ""]
    lines.append(to_source(prog))
    if cls == "dsl-error":
        return "\n".join(lines)
    arrays = make_inputs(prog)
    names = [t["name"] for t in prog["inputs"]]
    for n in names:
        lines.append(f"{n.lower()}_data = {_literal(arrays[n])}")
    outs = [py_name(o) for o in prog["outputs"]]
    out_list = f"[{', '.join(outs)}]"
    ins = "".join(f"{n.lower()}_data, " for n in names)
    if cls.startswith("eval"):
        feed = ", ".join(f"{n}: {n.lower()}_data" for n in names)
        lines += ["from tcomp.dsl.eval import evaluate", f"got = evaluate({out_list}, {{{feed}}})"]
    else:
        lines += ["", f"s = tc.create_schedule({out_list})", *schedule_source(steps, prog),
                  f"args = [{', '.join(names + outs)}]"]
        ref_shapes = [np.asarray(v.v).shape for v in Reference(prog, arrays).outputs()]
        types = tensor_dtypes(prog)
        lines.append("got = [" + ", ".join(
            f'np.zeros({shp}, dtype="{np.dtype(types[o]).name}")'
            for o, shp in zip(prog["outputs"], ref_shapes, strict=True)) + "]")
        tgt = f", target={opts['target']!r}" if opts.get("target") else ""
        if cls.startswith("interp"):
            lines += ["from tcomp.ir import interp",
                      f"interp.run(tc.lower(s, args, passes='all'{tgt}), [{ins}*got])"]
        else:
            check = ", bounds_check=True" if opts.get("bounds") else ""
            lines += [f"f = tc.build(s, args{check}{tgt})", f"f({ins}*got)"]
    if cls.endswith("mismatch"):
        reassoc = reassociates(steps)
        refs = Reference(prog, arrays, reassoc=reassoc).outputs()
        lines.append("# the expected values, from the fuzzer's independent numpy reference")
        for i, (o, v) in enumerate(zip(prog["outputs"], refs, strict=True)):
            checked = np.ones(np.shape(v.v), bool) if v.u is None else ~v.u
            lines.append(f"expected = {_literal(np.asarray(v.v))}")
            lines.append(f"checked = {_literal(checked)}  # elements the reference is sure of")
            if v.e is not None:
                lines.append(f"bound = {_literal(np.broadcast_to(v.e, np.shape(v.v)) + 0.0)}")
                cond = (f"(np.abs(got[{i}].astype(float) - expected) <= bound) | "
                        f"(np.isnan(got[{i}]) & np.isnan(expected))")
            elif np.asarray(v.v).dtype.kind == "f":
                cond = f"(got[{i}] == expected) | (np.isnan(got[{i}]) & np.isnan(expected))"
            else:
                cond = f"got[{i}] == expected"
            lines += [f"bad = checked & ~({cond})",
                      f'assert not bad.any(), f"{o}: {{bad.sum()}} wrong, first at '
                      f'{{np.argwhere(bad)[0]}}: got {{got[{i}][bad][:5]}}, expected '
                      f'{{expected[bad][:5]}}"']
    return "\n".join(lines) + "\n"


__all__ = ["repro_source", "shrink", "size"]
