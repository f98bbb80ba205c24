"""Run one fuzz case in this process: build the program, compute the reference, then build and
run it under each schedule and compare every executor with the reference.

Failure classes (``Failure.cls``): ``dsl-error`` (building the DSL graph raised),
``eval-error``/``eval-mismatch`` (the reference evaluator), ``replay-refused`` (a recorded
schedule no longer applies), ``build-error``, ``run-error``, ``kernel-mismatch``,
``kernel-oob-write`` (the kernel wrote into the canary bytes around an output, or into an
input), ``interp-error``/``interp-mismatch`` (the loop-IR interpreter on the lowered IR) and
``fuzzer-error`` (the fuzzer itself, e.g. a generated program that reads out of range). The
pool adds ``crash`` and ``hang``. ``Failure.key`` groups failures of the same kind.

Not failures: a primitive the schedule refuses (dropped while drawing), and a build that
refuses a drawn schedule with ``tc.ScheduleError`` (the schedule is drawn again; counted in
``build_refused``).
"""

from __future__ import annotations

import inspect
import random
import re
import traceback
from collections.abc import Callable
from typing import Any

import numpy as np

import tcomp as tc

from .features import Features
from .generate import generate
from .program import dim_value, shape_of, tensor_dtypes
from .reference import Reference, compare, make_inputs
from .render import to_dsl
from .schedules import random_auto, random_schedule, reassociates, replay, start
from .semantics import ProgramError

_FILL = {"f": np.nan, "i": -123456789, "b": True}
# tc.build(..., bounds_check=True), where this tcomp has it: out-of-range reads raise.
HAS_BOUNDS_CHECK = "bounds_check" in inspect.signature(tc.build).parameters
INTERP_WORK = 6000  # run the interpreter only on programs this small (elements x reduce)
REDRAWS = 3  # draws of a random schedule before giving up when builds refuse them
AUTO_FRAC = 0.25  # share of drawn schedules that are tc.auto_schedule with random knobs
# On an AVX-512 host (feature "avx2"), this share of schedules is built for an AVX2 target
# (the host CPU without AVX-512), whose lanes, register tiles and rules differ.
AVX2_TARGET = "llvm -mattr=-avx512f"
AVX2_FRAC = 0.3

HAS_AVX512 = tc.Target.host().isa == "avx512"


def normalize(msg: str) -> str:
    """An error message with the parts that vary between cases (names, numbers, the user's
    file:line) blanked, so failures of one kind share a key."""
    text = msg.strip()
    line = text.splitlines()[0] if text else ""
    line = re.sub(r"\S+\.py:\d+:?|<[^>]*>:\d+:?|<unknown>:", "", line)  # the user's file:line
    line = re.sub(r"'[^']*'|\"[^\"]*\"", "'_'", line)
    line = re.sub(r"[\w.]*\[[^\]]*\]", "_[_]", line)  # tensor reads, shapes, lists
    line = re.sub(r"\b\d+(\.\d+)?(e[-+]?\d+)?\b", "N", line)
    line = " ".join(line.split())
    cut = line.find(" in ", 20)  # "... division by zero in <the expression>"
    return line[:cut] if cut > 0 else line[:72]


GUARD = 256  # bytes of canary either side of each output
_CANARY = 0xA5


def guarded_array(shape: tuple[int, ...], dtype: Any, fill: Any) -> np.ndarray:
    """A C-contiguous array of ``shape`` filled with ``fill``, the view of a byte buffer with
    ``GUARD`` canary bytes before and after it (64-byte aligned like numpy's own)."""
    dt = np.dtype(dtype)
    n = int(np.prod(shape, dtype=np.int64)) * dt.itemsize
    raw = np.full(n + 2 * GUARD + 64, _CANARY, np.uint8)
    start = (-raw.ctypes.data) % 64 + GUARD
    arr = raw[start:start + n].view(dt).reshape(shape)
    arr.fill(fill)
    return arr


def guard_damage(arr: np.ndarray) -> str | None:
    """Where the canary around a ``guarded_array`` was overwritten, or None."""
    raw = arr.base
    while raw is not None and raw.base is not None:
        raw = raw.base
    if raw is None:
        return None
    start = arr.ctypes.data - raw.ctypes.data
    lo, hi = raw[start - GUARD:start], raw[start + arr.nbytes:start + arr.nbytes + GUARD]
    for side, zone in (("before", lo), ("after", hi)):
        bad = np.flatnonzero(zone != _CANARY)
        if bad.size:
            off = int(bad[0]) - GUARD if side == "before" else int(bad[0])
            return f"{bad.size} byte(s) {side} it (first at byte offset {off} from its " \
                   f"{'start' if side == 'before' else 'end'})"
    return None


def failure(cls: str, exc: BaseException | None = None, msg: str = "", **extra: Any) -> dict:
    if exc is not None:
        head = f"{type(exc).__name__}: {exc}"
        key = f"{cls}:{type(exc).__name__}:{normalize(str(exc))}"
        tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-6:])
        msg = head if len(head) < 4000 else head[:4000] + " ..."
        extra.setdefault("trace", tb[-3000:])
    else:
        key = cls
    return {"cls": cls, "key": key, "msg": msg, **extra}


def program_work(prog: dict[str, Any]) -> int:
    """Elements computed, times the extents of the reductions (inline ones too) each takes."""

    def per_element(node: Any) -> int:
        if isinstance(node, dict) and "reducer" in node:
            n = 1
            for lo, hi in node["axes"]:
                n *= max(dim_value(prog, hi) - int(lo), 1)
            return n * max([per_element(x) for x in [*node["src"], node.get("where")]] + [1])
        if isinstance(node, (list, dict)):
            items = node.values() if isinstance(node, dict) else node
            return max([per_element(x) for x in items] + [1])
        return 1

    total = 0
    for st in prog["stages"]:
        n = 1
        for d in st["shape"]:
            n *= dim_value(prog, d)
        total += n * per_element(st["body"])
    return total


class Case:
    """One program, its DSL graph, inputs, reference values and evaluator check."""

    def __init__(self, prog: dict[str, Any]) -> None:
        self.prog = prog
        self.fails: list[dict[str, Any]] = []
        self.ok = False
        try:
            self.inputs, self.outputs, _ = to_dsl(prog)
        except Exception as exc:  # any error from the DSL is a finding
            self.fails.append(failure("dsl-error", exc))
            return
        self.arrays = make_inputs(prog)
        self.types = tensor_dtypes(prog)
        self.out_dtypes = [self.types[o] for o in prog["outputs"]]
        self._refs: dict[bool, list[Any]] = {}
        try:
            self.ref(False)
        except Exception as exc:
            self.fails.append(failure("fuzzer-error", exc))
            return
        self.ok = True

    def ref(self, reassoc: bool) -> list[Any]:
        if reassoc not in self._refs:
            r = Reference(self.prog, self.arrays, reassoc=reassoc).outputs()
            for name, v in zip(self.prog["outputs"], r, strict=True):
                if v.p is not None and v.p.any():
                    raise ProgramError(f"output {name} depends on an out-of-range read")
            self._refs[reassoc] = r
        return self._refs[reassoc]

    def check(self, results: list[np.ndarray], reassoc: bool, cls: str) -> dict | None:
        for name, arr, ref, dt in zip(self.prog["outputs"], results, self.ref(reassoc),
                                      self.out_dtypes, strict=True):
            msg = compare(arr, ref, dt, f"output {name}")
            if msg is not None:
                return failure(cls, msg=msg)
        return None

    def memory_damage(self, outs: list[np.ndarray], ins: list[np.ndarray],
                      before: list[np.ndarray]) -> dict | None:
        """A kernel-oob-write failure when a kernel wrote outside its outputs: into an
        output's guard bytes, or into an input."""
        for name, arr in zip(self.prog["outputs"], outs, strict=True):
            where = guard_damage(arr)
            if where is not None:
                return failure("kernel-oob-write", msg=f"output {name}: wrote {where}")
        for t, arr, old in zip(self.prog["inputs"], ins, before, strict=True):
            if not np.array_equal(arr, old, equal_nan=arr.dtype.kind == "f"):
                return failure("kernel-oob-write", msg=f"input {t['name']} was changed")
        return None

    def check_evaluator(self) -> None:
        from tcomp.dsl.eval import evaluate

        try:
            got = evaluate(self.outputs, dict(zip(self.inputs, self.arrays_list(), strict=True)))
        except Exception as exc:
            self.fails.append(failure("eval-error", exc))
            return
        f = self.check([np.asarray(g) for g in got], False, "eval-mismatch")
        if f is not None:
            self.fails.append(f)

    def arrays_list(self) -> list[np.ndarray]:
        return [self.arrays[t["name"]] for t in self.prog["inputs"]]

    def out_arrays(self) -> list[np.ndarray]:
        """Fresh outputs filled with ``_FILL``, each a view into a larger buffer whose
        ``GUARD`` bytes either side hold a canary (see ``guard_damage``)."""
        out = []
        for name, dt in zip(self.prog["outputs"], self.out_dtypes, strict=True):
            shape = tuple(dim_value(self.prog, d) for d in shape_of(self.prog, name))
            out.append(guarded_array(shape, dt, _FILL[dt[0]]))
        return out

    def run_schedule(self, steps: list[dict] | None, rng: random.Random | None,
                     feats: Features, opts: dict[str, Any],
                     progress: Callable[[dict], None] | None = None) -> dict[str, Any]:
        """Build and run one schedule: replay ``steps`` or draw a new one from ``rng``.
        ``opts``: ``interp`` (also run the interpreter), ``bounds`` (build with
        ``bounds_check=True``), ``target`` (build, and draw an automatic schedule, for this
        target instead of the host).

        A build that raises ``tc.ScheduleError`` refuses an incomplete schedule (e.g. a
        stage attached inside a loop that another reader runs outside): that is legal, not a
        bug. A drawn schedule is then drawn again (up to ``REDRAWS`` times, from the same
        ``rng``, so the case stays deterministic); the record counts the refusals in
        ``build_refused`` and says whether a kernel ran (``ran``) and whether that schedule
        was a random one (``random``: at least one primitive)."""
        rec: dict[str, Any] = {"steps": steps, "opts": opts, "fail": None, "refused": 0,
                               "build_refused": 0, "ran": False, "random": False}
        attempts = REDRAWS if steps is None else 1
        for _ in range(attempts):
            if steps is None and feats.on("auto") and rng.random() < AUTO_FRAC:
                try:  # every combination of the knobs must schedule (tc.auto_knobs)
                    rec["steps"] = random_auto(self.outputs, rng, opts.get("target"))
                    s, _ = start(self.outputs, rec["steps"])
                except Exception as exc:
                    rec["fail"] = failure("build-error", exc)
                    return rec
            elif steps is None:
                s = tc.create_schedule(self.outputs)
                rec["steps"], refused = random_schedule(s, rng, feats)
                rec["refused"] += refused
            else:
                try:
                    s, rest = start(self.outputs, steps)
                    replay(s, rest)
                except Exception as exc:
                    rec["fail"] = failure("replay-refused", exc)
                    return rec
            if progress is not None:
                progress({"steps": rec["steps"], "opts": opts})
            args = [*self.inputs, *self.outputs]
            try:
                kw: dict[str, Any] = {"bounds_check": True} \
                    if opts.get("bounds") and HAS_BOUNDS_CHECK else {}
                if opts.get("target"):
                    kw["target"] = opts["target"]
                kernel = tc.build(s, args, **kw)
            except tc.ScheduleError as exc:
                rec["build_refused"] += 1
                rec["refusal"] = f"{type(exc).__name__}: {str(exc)[:300]}"
                rec.setdefault("refusal_keys", []).append(normalize(str(exc)))
                continue
            except Exception as exc:
                rec["fail"] = failure("build-error", exc)
                return rec
            return self._run_kernel(rec, s, args, kernel, opts)
        return rec  # every draw was refused: nothing ran (not a failure)

    def _run_kernel(self, rec: dict[str, Any], s: Any, args: list[Any], kernel: Any,
                    opts: dict[str, Any]) -> dict[str, Any]:
        reassoc = reassociates(rec["steps"])
        outs = self.out_arrays()
        ins = self.arrays_list()
        before = [a.copy() for a in ins]
        rec["ran"], rec["random"] = True, bool(rec["steps"])
        try:
            kernel(*ins, *outs)
        except Exception as exc:
            rec["fail"] = failure("run-error", exc)
            return rec
        rec["fail"] = self.memory_damage(outs, ins, before) or \
            self.check(outs, reassoc, "kernel-mismatch")
        if rec["fail"] is None and opts.get("interp"):
            rec["fail"] = self.run_interp(s, args, reassoc, opts.get("target") or "llvm")
        return rec

    def run_interp(self, s: Any, args: list[Any], reassoc: bool,
                   target: str = "llvm") -> dict | None:
        from tcomp.ir import interp as I

        outs = self.out_arrays()
        try:
            func = tc.lower(s, args, passes="all", target=target)
            I.run(func, [*self.arrays_list(), *outs])
        except Exception as exc:
            return failure("interp-error", exc)
        return self.check(outs, reassoc, "interp-mismatch")


def run_case(prog: dict[str, Any], feats: Features, *, rng: random.Random | None = None,
             nsched: int = 3, schedules: list[list[dict]] | None = None,
             opts: list[dict] | None = None, interp_frac: float = 0.15,
             bounds_frac: float = 0.25,
             check_eval: bool = True,
             progress: Callable[[dict], None] | None = None) -> dict[str, Any]:
    """Check one program: the evaluator, then ``schedules`` (replayed, with ``opts``) or
    ``nsched`` random schedules drawn from ``rng``. Returns ``{"fails": [...],
    "schedules": [...], ...}``; every failure names the schedule index it came from (None
    for the program itself)."""
    case = Case(prog)
    if case.ok and check_eval:
        case.check_evaluator()
    res: dict[str, Any] = {"fails": [dict(f, sched=None) for f in case.fails],
                           "schedules": [], "refused": 0, "build_refused": 0,
                           "refusal_keys": [], "random_ran": False}
    if not case.ok:
        return res
    small = program_work(prog) <= INTERP_WORK and feats.on("interp")
    count = len(schedules) if schedules is not None else nsched
    for j in range(count):
        steps = schedules[j] if schedules is not None else None
        if opts is not None:
            o = opts[j]
        else:
            assert rng is not None
            o = {"interp": bool(small and rng.random() < interp_frac),
                 "bounds": bool(HAS_BOUNDS_CHECK and rng.random() < bounds_frac)}
            if HAS_AVX512 and feats.on("avx2") and rng.random() < AVX2_FRAC:
                o["target"] = AVX2_TARGET
        cb = None if progress is None else (lambda d, j=j: progress({"sched": j, **d}))
        rec = case.run_schedule(steps, rng, feats, o, cb)
        res["schedules"].append(rec)
        res["refused"] += rec["refused"]
        res["build_refused"] += rec["build_refused"]
        res["refusal_keys"] += rec.get("refusal_keys", [])
        res["random_ran"] = res["random_ran"] or rec["random"]
        if rec["fail"] is not None:
            res["fails"].append(dict(rec["fail"], sched=j))
    return res


def fuzz_case(seed: int, feats: Features, nsched: int = 3, interp_frac: float = 0.15,
              progress: Callable[[dict], None] | None = None) -> dict[str, Any]:
    """Generate the program of ``seed`` and check it under ``nsched`` random schedules."""
    rng = random.Random(seed * 7919 + 1)
    try:
        prog = generate(seed, feats)
    except Exception as exc:
        return {"fails": [dict(failure("fuzzer-error", exc), sched=None)], "schedules": [],
                "refused": 0, "build_refused": 0, "random_ran": False, "program": None}
    if progress is not None:
        progress({"program": prog})
    res = run_case(prog, feats, rng=rng, nsched=nsched, interp_frac=interp_frac,
                   progress=progress)
    res["program"] = prog
    return res


__all__ = ["Case", "failure", "fuzz_case", "normalize", "run_case"]
