"""``PRIMITIVES`` drives both the recording and the replay of schedule primitives: every public
primitive of Stage and Schedule is in it, and each one's trace round-trips (record -> JSON ->
replay gives the same trace and the same lowered loop nest)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import tcomp as tc
from tcomp.schedule import Schedule, Stage, replay
from tcomp.schedule.primitives import COMPOSITES, PRIMITIVES, recorded

# Public methods that read a schedule and record nothing. A new public method of Stage or
# Schedule is a primitive (an entry in PRIMITIVES or COMPOSITES) or is listed here.
QUERIES = {"reads", "stage_by_name", "stage_of", "consumers", "trace_json", "trace_str"}


def _mm(n=16, m=32, kk=8):
    A = tc.placeholder((n, kk), name="A")
    B = tc.placeholder((kk, m), name="B")
    k = tc.reduce_axis(kk, name="k")
    C = tc.compute((n, m), lambda i, j: tc.sum(A[i, k] * B[k, j], axis=k), name="C")
    return [A, B], C


def _chain():
    X = tc.placeholder((8, 12), name="X")
    T = tc.compute((8, 12), lambda i, j: X[i, j] * 2.0, name="T")
    Y = tc.compute((8, 12), lambda i, j: T[i, j] + 1.0, name="Y")
    return [X], T, Y


def _split(s, C):
    s[C].split(C.op.axis[0], factor=3)
    s[C].split(C.op.axis[1], nparts=5)


def _fuse(s, C):
    s[C].fuse(*C.op.axis)


def _reorder(s, C):
    s[C].reorder(C.op.reduce_axis[0], C.op.axis[1])


def _tile(s, C):
    s[C].tile(*C.op.axis, 4, 8)


def _annotate(kind):
    def apply(s, C):
        _, ji = s[C].split(C.op.axis[1], factor=8)
        getattr(s[C], kind)(ji if kind != "parallel" else C.op.axis[0])
    return apply


def _bind(s, C):
    io, ii = s[C].split(C.op.axis[0], factor=4)
    s[C].bind(io, "blockIdx.x")
    s[C].bind(ii, tc.thread_axis("threadIdx.x"))


def _cache_read(s, C):
    A, B = C.op.input_tensors
    s.cache_read(B, "global", [C], layout=("pack", 1, 16))
    s.cache_read(A, "local", C)


def _cache_write(s, C):
    CC = s.cache_write(C, "local")
    s[CC].compute_at(s[C], C.op.axis[0])


def _rfactor(s, C):
    _, ki = s[C].split(C.op.reduce_axis[0], factor=4)
    s.rfactor(C, ki, 1)


def _reassociate(s, C):
    s.reassociate()


def _prefetch(s, C):
    A = C.op.input_tensors[0]
    s[C].prefetch(A, C.op.axis[0], 2)
    s[C].prefetch(C, C.op.axis[0], 1)


def _stream(s, C):
    s.cache_write(C, "local")  # C's stage is then a copy, which can stream
    s[C].stream()


def _placement(kind):
    def apply(s, T, Y):
        if kind == "compute_at":
            s[T].compute_at(s[Y], Y.op.axis[0])
        else:
            s[T].compute_at(s[Y], Y.op.axis[1])
            getattr(s[T], kind)()
    return apply


# primitive -> how a schedule uses it (on a matmul, or on a chain T -> Y)
ON_MATMUL = {"split": _split, "fuse": _fuse, "reorder": _reorder, "tile": _tile,
             "vectorize": _annotate("vectorize"), "unroll": _annotate("unroll"),
             "parallel": _annotate("parallel"), "bind": _bind, "prefetch": _prefetch,
             "cache_read": _cache_read, "cache_write": _cache_write, "rfactor": _rfactor,
             "reassociate": _reassociate, "stream": _stream}
ON_CHAIN = {k: _placement(k) for k in ("compute_at", "compute_inline", "compute_root")}


def test_every_public_primitive_is_in_the_table():
    for cls, ons in ((Stage, {"stage"}), (Schedule, {"tensor", "schedule"})):
        for name in dir(cls):
            member = getattr(cls, name)
            if name.startswith("_") or not callable(member) or name in QUERIES:
                continue
            assert name in PRIMITIVES or name in COMPOSITES, (
                f"{cls.__name__}.{name} is public and neither a query nor in PRIMITIVES: add "
                "its entry to tcomp/schedule/primitives.py (or to QUERIES here if it records "
                "nothing)")
            if name in PRIMITIVES:
                assert PRIMITIVES[name].on in ons, (name, PRIMITIVES[name].on)
                assert getattr(member, "primitive", None) is PRIMITIVES[name], (
                    f"{cls.__name__}.{name} is in PRIMITIVES but not wrapped by @recorded")
    owners = {n for cls in (Stage, Schedule) for n in dir(cls)}
    assert set(PRIMITIVES) | set(COMPOSITES) <= owners


def test_every_primitive_has_a_round_trip_case_here():
    assert set(ON_MATMUL) | set(ON_CHAIN) == set(PRIMITIVES) | set(COMPOSITES)


@pytest.mark.parametrize("kind", sorted(ON_MATMUL) + sorted(ON_CHAIN))
def test_record_json_replay_round_trips(kind):
    if kind in ON_MATMUL:
        inputs, C = _mm()
        outputs = [C]
        s = tc.create_schedule(C)
        ON_MATMUL[kind](s, C)
    else:
        inputs, T, Y = _chain()
        outputs = [Y]
        s = tc.create_schedule(Y)
        ON_CHAIN[kind](s, T, Y)
    kinds = [d.kind for d in s.trace]
    assert all(k in kinds for k in COMPOSITES.get(kind, (kind,))), kinds
    if kind in COMPOSITES:
        assert kinds == list(COMPOSITES[kind])
    text = s.trace_json()
    s2 = replay(outputs, json.loads(text))
    assert s2.trace_json() == text
    assert str(tc.lower(s2, inputs + outputs)) == str(tc.lower(s, inputs + outputs))
    assert s2.reassociate_floats == s.reassociate_floats


def test_a_tensor_primitive_on_the_second_output_of_a_tuple_stage_round_trips():
    """Found by fuzzing the autotuner's automatic space: the trace named only the stage, and
    replay passed its first output, so a packed copy of argmax's values (output 1) replayed
    as a copy of its indices, which the reader does not read (a record that never replays)."""
    X = tc.placeholder((8, 12), name="X")
    argmax = tc.comm_reducer(
        lambda x, y: (tc.if_then_else(x[1] >= y[1], x[0], y[0]), tc.max(x[1], y[1])),
        lambda t0, t1: (tc.const(-1, t0), tc.min_value(t1)), name="argmax")
    k = tc.reduce_axis(12, name="k")
    idx, val = tc.compute((8,), lambda i: argmax((k, X[i, k]), axis=k), name="T")
    j = tc.reduce_axis(8, name="j")
    Y = tc.compute((12,), lambda c: tc.sum(val[j] * X[j, c], axis=j), name="Y")
    s = tc.create_schedule([Y, idx])
    s.cache_read(val, "global", [s[Y]])
    _, ki = s[idx].split(k, factor=4)
    s.rfactor(val, ki)
    text = s.trace_json()
    assert [d["params"].get("output") for d in json.loads(text)] == [1, None, 1]
    s2 = replay([Y, idx], text)
    assert s2.trace_json() == text
    args = [X, Y, idx]
    assert str(tc.lower(s2, args)) == str(tc.lower(s, args))


def test_a_call_that_fails_records_nothing():
    _, C = _mm()
    s = tc.create_schedule(C)
    with pytest.raises(tc.ScheduleError):
        s[C].split(C.op.axis[0], factor=0)
    with pytest.raises(tc.ScheduleError):
        s[C].vectorize(C.op.reduce_axis[0])
    assert s.trace == []


def test_a_table_entry_that_does_not_match_its_method_is_refused_at_definition():
    def split(self, axis, factor=None):  # the table lists three arguments
        return None

    with pytest.raises(TypeError, match=r"PRIMITIVES\['split'\] lists 3 argument"):
        recorded(split)


def test_replay_names_a_missing_argument_and_an_unknown_primitive():
    _, C = _mm()
    with pytest.raises(tc.ScheduleError, match=r"directive 0 .*'axis'"):
        replay([C], [{"kind": "split", "stage": "C", "params": {"factor": 2}}])
    with pytest.raises(tc.ScheduleError, match=r"unknown directive kind 'swizzle'.*split"):
        replay([C], [{"kind": "swizzle", "stage": "C", "params": {}}])


def test_only_the_table_makes_directives():
    # Recording by hand (``trace.append(Directive(...))``) would bypass the table, and replay
    # could then disagree with what was recorded.
    root = Path(tc.__file__).parent
    makers = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                    if "Directive(" in p.read_text() and p.name != "primitives.py")
    assert makers == [], makers
    assert "Directive(" in inspect.getsource(recorded)
