"""Lowering phase 1, placement: where each stage is computed and where its values live (layer 4).

Input: a schedule and the build's argument tensors. Output: a ``Placement``, the attach map
(the stages computed at each loop, in schedule order), the kernel's parameter buffers and the
buffers of the stages computed at root. A stage computed at a loop gets its buffer later, when
region inference has sized it (phase 2). Every refusal of the schedule's placement is made
here, before any loop is emitted: an argument that is inlined or computed at a loop, a
missing output or placeholder, an attachment to an inlined stage or to a loop that no longer
exists, a reader outside the loop its producer is computed at, a packed layout that can't be
bounded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..arith import Interval, bounds, can_prove, simplify
from ..dsl.tensor import ComputeOp, PlaceholderOp, Tensor
from ..errors import LoweringError, ScheduleError
from ..ir import expr as E
from ..ir.buffer import Buffer
from ..ir.printer import expr_str
from ..schedule.schedule import Schedule, Stage


@dataclasses.dataclass(frozen=True)
class Placement:
    """The checked placement of every stage of a schedule.

    ``attached[(stage, loop)]`` lists the stages computed inside that loop of ``stage``, in
    schedule order; ``roots`` maps each stage computed at root to its output buffers (an
    argument's buffer, else one of ``allocs``, which the kernel allocates).
    """

    sch: Schedule
    args: tuple[Tensor, ...]
    params: tuple[Buffer, ...]
    arg_buffer: dict[tuple[Stage, int], Buffer]
    attached: dict[tuple[Stage, E.IterVar], list[Stage]]
    roots: dict[Stage, list[Buffer]]
    allocs: tuple[Buffer, ...]

    def __str__(self) -> str:
        lines = []
        for st in self.sch.stages:
            if isinstance(st.op, PlaceholderOp):
                buf = self.arg_buffer.get((st, 0))
                where = f"argument {_buf_str(buf)}" if buf is not None else "unused"
            elif st.attach == "inline":
                where = "inlined into its readers"
            elif st.attach == "at":
                assert st.attach_stage is not None and st.attach_ivar is not None
                where = (f"at loop '{st.attach_ivar.var.name}' of '{st.attach_stage.name}', "
                         "in a buffer of its region there")
            else:
                bufs = ", ".join(
                    ("argument " if b not in self.allocs else "allocated ") + _buf_str(b)
                    for b in self.roots[st])
                where = f"root, {bufs}"
            lines.append(f"{st.name}: {where}")
        return "\n".join(lines)


def place(sch: Schedule, args: Sequence[Tensor]) -> Placement:
    """Check the placement of every stage of ``sch`` and bind ``args`` to parameter buffers.

    Pre: ``sch`` is a schedule whose primitives validated themselves (they refuse what they
    can see on their own); ``args`` are the build's argument tensors, in order.
    Post: a ``Placement`` whose attach map names only live loops of stages that are not
    inlined, whose every attached stage is read only inside its loop, and whose root stages
    each have their buffers. Raises ScheduleError (naming the user's line) or LoweringError.
    """
    params: list[Buffer] = []
    arg_buffer: dict[tuple[Stage, int], Buffer] = {}
    seen: set[int] = set()
    for pos, t in enumerate(args):
        if not isinstance(t, Tensor):
            raise LoweringError(f"argument {pos} is a {type(t).__name__}, expected a tensor")
        if id(t) in seen:
            raise LoweringError(f"tensor '{t.name}' appears twice in the argument list")
        seen.add(id(t))
        st = sch[t]
        if st.attach != "root" and not isinstance(st.op, PlaceholderOp):
            if st.attach == "at":
                tgt_name = st.attach_stage.name  # type: ignore[union-attr]
                prim, how = "compute_at", f"computed at a loop of '{tgt_name}'"
            else:
                prim, how = "compute_inline", "inlined"
            raise ScheduleError(
                f"{placed_at(st)}: {prim}: tensor '{t.name}' is an argument of the "
                f"build, so it must be computed at root with its full shape, but its stage "
                f"is {how}; call s[{t.name}].compute_root(), or leave '{t.name}' out of "
                "the arguments")
        buf = Buffer(t.name, t.shape, t.dtype, "global")
        params.append(buf)
        arg_buffer[(st, t.value_index)] = buf
    for out in sch.outputs:
        if (sch[out], out.value_index) not in arg_buffer:
            raise LoweringError(f"output '{out.name}' of the schedule is missing from the "
                                "argument list; pass it so the kernel can write it")
    attached: dict[tuple[Stage, E.IterVar], list[Stage]] = {}
    for st in sch.stages:
        if isinstance(st.op, PlaceholderOp) and (st, 0) not in arg_buffer and _used(sch, st):
            users = ", ".join(c.name for c in sch.consumers(st))
            raise LoweringError(f"placeholder '{st.op.name}' is read by {users} but is not "
                                "in the argument list")
        if st.attach == "at":
            tgt = st.attach_stage
            assert tgt is not None and st.attach_ivar is not None
            # The primitives refuse both (compute_inline of a stage with stages attached,
            # split/fuse of a loop a stage is attached to); kept as a safety net.
            if tgt.attach == "inline":
                raise ScheduleError(
                    f"{st.attach_location}: compute_at: stage '{st.name}' is computed at a "
                    f"loop of '{tgt.name}', which is inlined ({placed_at(tgt)}) and has no "
                    f"loops; attach '{st.name}' to a stage that is not inlined")
            if st.attach_ivar not in tgt.leaf_iter_vars:
                raise ScheduleError(
                    f"{st.attach_location}: compute_at: stage '{st.name}' is computed at "
                    f"loop '{st.attach_ivar.var.name}' of '{tgt.name}', but that loop was "
                    "split or fused afterwards; attach to one of the loops it became")
            attached.setdefault((tgt, st.attach_ivar), []).append(st)
    for st in sch.stages:
        if st.attach == "at":
            _check_readers_inside(sch, st)
    roots: dict[Stage, list[Buffer]] = {}
    allocs: list[Buffer] = []
    for st in sch.stages:
        if st.attach != "root" or isinstance(st.op, PlaceholderOp):
            continue
        op = st.op
        assert isinstance(op, ComputeOp)
        bufs = []
        for i in range(op.num_outputs):
            b = arg_buffer.get((st, i))
            if b is None:
                shape = _layout_shape(st) if st.layout else op.shape
                b = Buffer(op.output(i).name, tuple(shape), op.output(i).dtype, st.scope)
                allocs.append(b)
            bufs.append(b)
        roots[st] = bufs
    return Placement(sch, tuple(args), tuple(params), arg_buffer, attached, roots, tuple(allocs))


def _check_readers_inside(sch: Schedule, st: Stage) -> None:
    """Every stage that reads ``st`` (through inlined ones) must run inside the loop ``st``
    is computed at: there, and only there, its values exist.

    A user-schedule refusal (ScheduleError naming the compute_at line), made here and not at
    the primitive: a schedule attaches producers one at a time, so it passes through such
    states on its way to a consistent one (as in TVM and Halide, which refuse it when
    lowering too)."""
    tgt, iv = st.attach_stage, st.attach_ivar
    assert tgt is not None and iv is not None
    pos = tgt.leaf_iter_vars.index(iv)
    for r in _real_readers(sch, st):
        if r is tgt or any(q is tgt and p >= pos for q, p in _scope_chain(r)):
            continue
        where = ("at root" if r.attach == "root" else
                 f"at loop '{r.attach_ivar.var.name}' of '{r.attach_stage.name}' "  # type: ignore[union-attr]
                 f"({r.attach_location})")
        raise ScheduleError(
            f"{st.attach_location}: compute_at: stage '{st.name}' is computed at loop "
            f"'{iv.var.name}' of '{tgt.name}' here, but '{r.name}' also reads it and runs "
            f"{where}, outside that loop, where '{st.name}' does not exist; the schedule "
            f"is incomplete: compute '{r.name}' inside that loop too "
            f"(s[{r.name}].compute_at(s[{tgt.name}], {iv.var.name!r}) or a loop within "
            f"it), or attach '{st.name}' to a loop that encloses every reader, or "
            "compute_root() it")


def _real_readers(sch: Schedule, st: Stage) -> list[Stage]:
    """The stages that read ``st``, looking through inlined ones to their readers."""
    out: list[Stage] = []
    for c in sch.consumers(st):
        for r in (_real_readers(sch, c) if c.attach == "inline" else [c]):
            if r not in out:
                out.append(r)
    return out


def _used(sch: Schedule, st: Stage) -> bool:
    return any(c.attach != "inline" or _used(sch, c) for c in sch.consumers(st))


def _scope_chain(st: Stage) -> list[tuple[Stage, int]]:
    """The loops ``st`` runs inside, innermost first: (stage, position of its loop)."""
    out = []
    while st.attach == "at" and st.attach_stage is not None and st.attach_ivar is not None:
        tgt = st.attach_stage
        out.append((tgt, tgt.leaf_iter_vars.index(st.attach_ivar)))
        st = tgt
    return out


def _layout_shape(st: Stage) -> list[E.Expr]:
    """The packed buffer's shape: one past the largest index the layout maps to, per output
    dimension (symbolic where the tensor's shape is)."""
    op = st.op
    assert isinstance(op, ComputeOp) and st.layout is not None
    ranges = {iv.var: Interval(E.const(0), simplify(iv.dom.extent - 1)) for iv in op.axis}
    mapped = st.layout(*[iv.var for iv in op.axis])
    shape = []
    for d, m in enumerate(mapped):
        b = bounds(E.as_expr(m), ranges)
        if b.lo is None or b.hi is None or not can_prove(b.lo >= 0):
            raise ScheduleError(
                f"{_cache_read_at(st)}: cache_read: packed layout of '{st.name}': output "
                f"dimension {d} ({m!r}) is not provably non-negative and bounded over the "
                "tensor's shape; the layout must map every index into a non-negative range")
        shape.append(simplify(b.hi + 1))
    return shape


def placed_at(st: Stage) -> str:
    """The user's line that placed ``st`` (its last compute_at/compute_inline/compute_root)."""
    if st.attach == "at" and st.attach_location:
        return st.attach_location
    for d in reversed(st.sch.trace):
        if d.stage == st.name and d.kind in ("compute_at", "compute_inline", "compute_root"):
            return d.location
    return "<unknown>"


def _cache_read_at(st: Stage) -> str:
    """The user's line of the cache_read that made the packed stage ``st``."""
    for d in reversed(st.sch.trace):
        if d.kind == "cache_read" and st.name.startswith(f"{d.stage}.packed"):
            return d.location
    return "<unknown>"


def _buf_str(b: Buffer) -> str:
    return f"{b.name}: {b.dtype}[{', '.join(expr_str(d) for d in b.shape)}] in {b.scope}"


__all__ = ["Placement", "place", "placed_at"]
