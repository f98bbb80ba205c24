"""Random legal schedules, recorded as replayable steps, and printed as Python.

A step is a dict naming stages and loops by name (``{"p": "split", "st": "T1", "ax": "i0",
"factor": 3}``), so a schedule can be replayed on a freshly built program (in a worker process,
or after the shrinker changed the program) and printed for a repro. A primitive that the
schedule refuses with ScheduleError is dropped: refusing is legal, and nothing is recorded.
A schedule may instead begin with one ``{"p": "auto", "config": {...}}`` step: ``tc.auto_schedule``
with random choices of its knobs; or a ``{"p": "trace", "trace": "..."}`` step: a schedule's
stored trace (``Schedule.trace_json()``), as the autotuner's search spaces make them
(``start`` builds either).
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

from .features import Features


def _leaf_names(stage: Any) -> list[str]:
    return [iv.var.name for iv in stage.leaf_iter_vars]


def _const_extent(stage: Any, name: str) -> int | None:
    for iv in stage.leaf_iter_vars:
        if iv.var.name == name:
            ext = iv.dom.extent
            return int(ext.value) if hasattr(ext, "value") else None
    return None


def _is_reduce(stage: Any, name: str) -> bool:
    return any(iv.var.name == name and iv.kind.value == "reduce" for iv in stage.leaf_iter_vars)


def _tensor(s: Any, name: str) -> Any:
    """The tensor called ``name`` (``T3.v1`` for output 1 of a tuple stage) as its readers
    see it."""
    import tcomp as tc

    try:
        st, index = s.stage_by_name(name), 0
    except tc.ScheduleError:
        base, _, vi = name.rpartition(".v")
        st, index = s.stage_by_name(base), int(vi)
    for other in s.stages:
        for t in getattr(other.op, "input_tensors", []):
            if s[t] is st and t.value_index == index:
                return t
    return st.op.output(index)


def apply_step(s: Any, step: dict[str, Any]) -> None:
    """Apply one recorded step to schedule ``s`` (ScheduleError if refused)."""
    p = step["p"]
    if p == "reassociate":
        s.reassociate()
        return
    if p == "cache_write":
        s.cache_write(_tensor(s, step["st"]), step["scope"])
        return
    if p == "cache_read":
        readers = [s.stage_by_name(r) for r in step["readers"]]
        layout = tuple(step["layout"]) if step.get("layout") else None
        s.cache_read(_tensor(s, step["t"]), step["scope"], readers, layout=layout)
        return
    if p == "rfactor":
        s.rfactor(_tensor(s, step["st"]), step["ax"], factor_axis=step["factor_axis"])
        return
    st = s.stage_by_name(step["st"])
    if p == "split":
        st.split(step["ax"], factor=step.get("factor"), nparts=step.get("nparts"))
    elif p == "reorder":
        st.reorder(*step["axes"])
    elif p == "fuse":
        st.fuse(*step["axes"])
    elif p == "tile":
        st.tile(step["x"], step["y"], step["xf"], step["yf"])
    elif p in ("vectorize", "unroll", "parallel"):
        getattr(st, p)(step["ax"])
    elif p == "prefetch":
        st.prefetch(_read_tensor(s, st, step["t"]), step["ax"], step["offset"])
    elif p == "compute_at":
        st.compute_at(s.stage_by_name(step["parent"]), step["ax"])
    elif p in ("compute_inline", "compute_root", "stream"):
        getattr(st, p)()
    else:
        raise ValueError(f"unknown schedule step {step!r}")


def _read_tensor(s: Any, st: Any, name: str) -> Any:
    """The tensor called ``name`` that stage ``st`` reads, or its own output."""
    for t in [*st.op.input_tensors, *(st.op.output(i) for i in range(st.op.num_outputs))]:
        if t.name == name:
            return t
    return _tensor(s, name)


def replay(s: Any, steps: list[dict[str, Any]]) -> None:
    for step in steps:
        apply_step(s, step)


def start(outputs: list[Any], steps: list[dict[str, Any]] | None) -> tuple[Any, list[dict]]:
    """The schedule ``steps`` begin from and the steps left to replay on it: the automatic
    schedule of an ``auto`` first step, else the blank one."""
    import tcomp as tc

    if steps and steps[0]["p"] == "auto":
        return tc.auto_schedule(outputs, config=steps[0]["config"],
                                target=steps[0].get("target")), steps[1:]
    if steps and steps[0]["p"] == "trace":  # a stored schedule (an autotuner's candidate)
        return tc.replay(outputs, steps[0]["trace"]), steps[1:]
    return tc.create_schedule(outputs), list(steps or [])


DEFAULT_FRAC = 0.25  # share of auto steps that are the automatic default, no knob drawn


def random_auto(outputs: list[Any], rng: random.Random,
                target: str | None = None) -> list[dict[str, Any]]:
    """One ``auto`` step: a quarter of the time the automatic default itself (what a
    schedule-free ``tc.build`` compiles), else half of the graph's automatic-schedule knobs
    (on ``target``, default the host) at a random candidate, the others at the heuristic's
    choice; the ``reassoc:`` knobs always named, so the step says whether the schedule
    reassociates sums."""
    import tcomp as tc

    cfg = {}
    share = 0.0 if rng.random() < DEFAULT_FRAC else 0.5
    for k, v in tc.auto_knobs(outputs, target=target).items():
        if rng.random() < share:
            cfg[k] = rng.choice(v)
        elif k.startswith("reassoc:"):
            cfg[k] = v[0]
    step: dict[str, Any] = {"p": "auto", "config": cfg}
    if target:
        step["target"] = target
    return [step]


def reassociates(steps: list[dict[str, Any]]) -> bool:
    """The schedule of ``steps`` lets float sums reassociate."""
    return any(st["p"] == "reassociate" or (st["p"] == "auto" and any(
        k.startswith("reassoc:") and v for k, v in st["config"].items()))
        or (st["p"] == "trace" and _trace_reassociates(st["trace"])) for st in steps)


def _trace_reassociates(trace: str) -> bool:
    on = False  # the last reassociate directive decides
    for d in json.loads(trace):
        if d["kind"] == "reassociate":
            on = bool(d["params"].get("enable", True))
    return on


class ScheduleGen:
    """Draws random primitives onto a live schedule, keeping the ones it accepts."""

    def __init__(self, s: Any, rng: random.Random, feats: Features) -> None:
        self.s, self.r, self.f = s, rng, feats
        self.steps: list[dict[str, Any]] = []
        self.refused = 0
        self.cached: set[tuple[str, str]] = set()

    def do(self, step: dict[str, Any]) -> bool:
        import tcomp as tc

        try:
            apply_step(self.s, step)
        except tc.ScheduleError:
            self.refused += 1
            return False
        self.steps.append(step)
        return True

    def fresh(self, name: str) -> bool:
        """No stage is called ``name`` yet. (A cache_read and a cache_write of one tensor
        in one scope both make '<tensor>.<scope>'; tcomp allows two stages of one name, but
        ``stage_by_name`` finds only the first, so steps naming the second would not
        replay.)"""
        return all(st.name != name for st in self.s.stages)

    def computes(self) -> list[Any]:
        return [st for st in self.s.stages if hasattr(st.op, "body")]

    def run(self) -> list[dict[str, Any]]:
        r, on = self.r, self.f.on
        if on("reassociate") and r.random() < 0.12:
            self.do({"p": "reassociate"})
        for st in list(self.computes()):
            if st.op.is_reduction and on("rfactor") and r.random() < 0.2:
                self.rfactor(st)
        if on("cache_write") and r.random() < 0.2:
            st = r.choice(self.computes())
            scope = r.choice(["local", "global"])
            if (st.name, "w") not in self.cached and self.fresh(f"{st.name}.{scope}"):
                self.cached.add((st.name, "w"))
                self.do({"p": "cache_write", "st": st.name, "scope": scope})
        if on("cache_read") and r.random() < 0.2:
            self.cache_read()
        actions = []
        for n, st in enumerate(self.computes()):
            actions += [(0, n, st, "loops")] * r.randint(0, 2)
            if not st.is_output:
                actions.append((1, -n, st, "place"))  # consumers are placed first
            actions += [(2, n, st, "annotate")] * r.randint(0, 1)
        if on("late_loops") and r.random() < 0.3:
            r.shuffle(actions)
        else:
            actions.sort(key=lambda a: a[:2])
        for _, _, st, what in actions:
            if st.attach == "inline":
                continue
            if what == "loops":
                self.loops(st)
            elif what == "place":
                self.place(st)
            else:
                self.annotate(st)
        return self.steps

    def rfactor(self, st: Any) -> None:
        red = [n for n in _leaf_names(st) if _is_reduce(st, n)]
        if not red:
            return
        ax = self.r.choice(red)
        if self.r.random() < 0.8:
            f = self.r.randint(2, 5)
            if self.do({"p": "split", "st": st.name, "ax": ax, "factor": f}):
                ax = self.r.choice([f"{ax}.outer", f"{ax}.inner"])
        nsp = len(st.op.axis)
        self.do({"p": "rfactor", "st": st.name, "ax": ax,
                 "factor_axis": self.r.randint(0, nsp)})

    def cache_read(self) -> None:
        cands = []
        for st in self.computes():
            for t in st.op.input_tensors:
                cands.append((t, st))
        if not cands:
            return
        t, reader = self.r.choice(cands)
        src = self.s[t]
        name = src.name if src.op.num_outputs == 1 else f"{src.name}.v{t.value_index}"
        scope = self.r.choice(["global", "local"])
        readers = [reader.name]
        for st in self.computes():
            if st is not reader and t in st.op.input_tensors and self.r.random() < 0.5:
                readers.append(st.name)
        layout = None
        if t.ndim >= 2 and self.f.on("packed") and self.r.random() < 0.25:
            layout = ["pack", self.r.randrange(t.ndim), self.r.choice([2, 4, 8])]
        key = (name, scope if layout is None else "packed")
        if key in self.cached or not self.fresh(f"{t.name}.{key[1]}"):
            return
        self.cached.add(key)
        self.do({"p": "cache_read", "t": name, "scope": scope, "readers": readers,
                 "layout": layout})

    def loops(self, st: Any) -> None:
        r, on = self.r, self.f.on
        leaves = _leaf_names(st)
        if not leaves:
            return
        opts = [o for o in ("split", "split", "reorder", "fuse", "tile") if on(o)]
        if not opts:
            return
        what = r.choice(opts)
        ax = r.choice(leaves)
        if what == "split":
            key = "factor" if r.random() < 0.6 else "nparts"
            self.do({"p": "split", "st": st.name, "ax": ax, key: r.randint(1, 8)})
        elif what == "reorder" and len(leaves) > 1:
            order = list(leaves)
            r.shuffle(order)
            self.do({"p": "reorder", "st": st.name, "axes": order[:r.randint(2, len(order))]})
        elif what == "fuse" and len(leaves) > 1:
            i = r.randrange(len(leaves) - 1)
            self.do({"p": "fuse", "st": st.name, "axes": leaves[i:i + 2]})
        elif what == "tile" and len(leaves) > 1:
            i = r.randrange(len(leaves) - 1)
            self.do({"p": "tile", "st": st.name, "x": leaves[i], "y": leaves[i + 1],
                     "xf": r.randint(1, 6), "yf": r.randint(1, 6)})

    def downstream(self, st: Any) -> list[Any]:
        seen, todo, out = {id(st)}, [st], []
        while todo:
            for c in self.s.consumers(todo.pop()):
                if id(c) not in seen:
                    seen.add(id(c))
                    out.append(c)
                    todo.append(c)
        return out

    def place(self, st: Any) -> None:
        r, on = self.r, self.f.on
        x = r.random()
        if x < 0.3 and on("compute_inline") and not st.op.is_reduction:
            self.do({"p": "compute_inline", "st": st.name})
        elif x < 0.75 and (on("compute_at") or on("compute_at_anywhere")):
            readers = self.s.consumers(st)
            parents = []
            if len(readers) == 1 and (not on("compute_at_anywhere") or r.random() < 0.5):
                parents = readers  # its only reader: legal whatever the loop
            elif on("compute_at_anywhere"):  # any stage downstream, even if others read it
                # (the build refuses a loop that some other reader runs outside of)
                parents = self.downstream(st)
            parents = [p for p in parents if p.attach != "inline" and _leaf_names(p)]
            if parents:
                p = r.choice(parents)
                self.do({"p": "compute_at", "st": st.name, "parent": p.name,
                         "ax": r.choice(_leaf_names(p))})

    def annotate(self, st: Any) -> None:
        r, on = self.r, self.f.on
        leaves = _leaf_names(st)
        if not leaves:
            return
        opts = [o for o in ("vectorize", "vectorize", "unroll", "parallel", "prefetch",
                            "stream") if on(o)]
        if not opts:
            return
        what = r.choice(opts)
        if what == "vectorize":
            ax = leaves[-1] if r.random() < 0.7 else r.choice(leaves)
            ext = _const_extent(st, ax)
            if ext is not None and ext <= 64 and not _is_reduce(st, ax):
                self.do({"p": "vectorize", "st": st.name, "ax": ax})
        elif what == "unroll":
            ax = r.choice(leaves)
            ext = _const_extent(st, ax)
            if ext is not None and ext <= 8:
                self.do({"p": "unroll", "st": st.name, "ax": ax})
        elif what == "prefetch":
            names = [t.name for t in st.op.input_tensors] + [st.op.output(0).name]
            self.do({"p": "prefetch", "st": st.name, "t": r.choice(names),
                     "ax": r.choice(leaves), "offset": r.choice([1, 2, 3, 16, 1 << 20])})
        elif what == "stream":
            self.do({"p": "stream", "st": st.name})
        else:
            spatial = [n for n in leaves if not _is_reduce(st, n)]
            if spatial:
                self.do({"p": "parallel", "st": st.name, "ax": spatial[0]})


def random_schedule(s: Any, rng: random.Random, feats: Features) -> tuple[list[dict], int]:
    """Apply random primitives to ``s``; returns (accepted steps, refused count)."""
    g = ScheduleGen(s, rng, feats)
    return g.run(), g.refused


# ----------------------------------------------------------------------------- printing


def schedule_source(steps: list[dict[str, Any]], prog: dict[str, Any]) -> list[str]:
    """Python lines applying ``steps`` to ``s`` (tensors named as in ``to_source``)."""
    from .program import stage_outputs
    from .render import py_name

    var = {t["name"]: t["name"] for t in prog["inputs"]}
    for st in prog["stages"]:
        var[st["name"]] = py_name(stage_outputs(st)[0])
        for o in stage_outputs(st):
            var[o] = py_name(o)
    ref = lambda name: f"s[{var[name]}]" if name in var else \
        f's.stage_by_name("{name}")'  # noqa: E731

    def tensor(name: str) -> str:
        """A tensor by name: a Python variable of the program, or (for stages the schedule
        made: lifted inline reductions, caches, rfactor stages) looked up in ``s``."""
        if name in var:
            return var[name]
        m = re.fullmatch(r"(.+)\.v(\d+)", name)  # output k of a tuple stage
        base, k = (m.group(1), int(m.group(2))) if m else (name, 0)
        return f's.stage_by_name("{base}").origin_op.output({k})'

    lines = []
    for step in steps:
        p = step["p"]
        if p == "auto":
            outs = ", ".join(py_name(o) for o in prog["outputs"])
            tgt = f", target={step['target']!r}" if step.get("target") else ""
            lines.append(f"s = tc.auto_schedule([{outs}], config={step['config']!r}{tgt})")
        elif p == "trace":
            outs = ", ".join(py_name(o) for o in prog["outputs"])
            lines.append(f"s = tc.replay([{outs}], {step['trace']!r})")
        elif p == "reassociate":
            lines.append("s.reassociate()")
        elif p == "cache_write":
            lines.append(f's.cache_write({tensor(step["st"])}, "{step["scope"]}")')
        elif p == "cache_read":
            readers = ", ".join(ref(r) for r in step["readers"])
            lay = f", layout={tuple(step['layout'])!r}" if step.get("layout") else ""
            lines.append(f's.cache_read({tensor(step["t"])}, "{step["scope"]}", '
                         f'[{readers}]{lay})')
        elif p == "rfactor":
            lines.append(f's.rfactor({tensor(step["st"])}, "{step["ax"]}", '
                         f'factor_axis={step["factor_axis"]})')
        elif p == "split":
            key = "factor" if step.get("factor") is not None else "nparts"
            lines.append(f'{ref(step["st"])}.split("{step["ax"]}", {key}={step[key]})')
        elif p in ("reorder", "fuse"):
            axes = ", ".join(f'"{a}"' for a in step["axes"])
            lines.append(f'{ref(step["st"])}.{p}({axes})')
        elif p == "tile":
            lines.append(f'{ref(step["st"])}.tile("{step["x"]}", "{step["y"]}", {step["xf"]}, '
                         f'{step["yf"]})')
        elif p in ("vectorize", "unroll", "parallel"):
            lines.append(f'{ref(step["st"])}.{p}("{step["ax"]}")')
        elif p == "prefetch":
            lines.append(f'{ref(step["st"])}.prefetch({tensor(step["t"])}, "{step["ax"]}", '
                         f'{step["offset"]})')
        elif p == "compute_at":
            lines.append(f'{ref(step["st"])}.compute_at({ref(step["parent"])}, "{step["ax"]}")')
        else:
            lines.append(f'{ref(step["st"])}.{p}()')
    return lines


__all__ = ["apply_step", "random_auto", "random_schedule", "reassociates", "replay",
           "schedule_source", "start"]
